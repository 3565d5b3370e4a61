package tendermint

import (
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/tmhash"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmtversion "github.com/cometbft/cometbft/proto/tendermint/version"
	"github.com/cometbft/cometbft/types"
	"github.com/cometbft/cometbft/version"
)

// testChain signs real ed25519 commits for generated validator sets.
type testChain struct {
	id   string
	vals *types.ValidatorSet
	pvs  []types.PrivValidator // in validator-set order
}

func newTestChain(t testing.TB, id string, n int) *testChain {
	t.Helper()
	vals, pvs := types.RandValidatorSet(n, 10)
	// Order the private validators like the set.
	byAddr := map[string]types.PrivValidator{}
	for _, pv := range pvs {
		pk, err := pv.GetPubKey()
		if err != nil {
			t.Fatal(err)
		}
		byAddr[string(pk.Address())] = pv
	}
	ordered := make([]types.PrivValidator, len(vals.Validators))
	for i, v := range vals.Validators {
		ordered[i] = byAddr[string(v.Address)]
	}
	return &testChain{id: id, vals: vals, pvs: ordered}
}

var genesisTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// block returns a light block at height h (time genesis + h seconds) with the
// given app hash, signed by every validator.
func (c *testChain) block(t testing.TB, h int64, appHash []byte) *types.LightBlock {
	t.Helper()
	hdr := &types.Header{
		Version:            cmtversion.Consensus{Block: version.BlockProtocol, App: 1},
		ChainID:            c.id,
		Height:             h,
		Time:               genesisTime.Add(time.Duration(h) * time.Second),
		LastBlockID:        types.BlockID{Hash: tmhash.Sum([]byte{byte(h)}), PartSetHeader: types.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte("parts"))}},
		LastCommitHash:     tmhash.Sum([]byte("last commit")),
		DataHash:           tmhash.Sum([]byte("data")),
		ValidatorsHash:     c.vals.Hash(),
		NextValidatorsHash: c.vals.Hash(),
		ConsensusHash:      tmhash.Sum([]byte("consensus")),
		AppHash:            appHash,
		LastResultsHash:    tmhash.Sum([]byte("results")),
		EvidenceHash:       tmhash.Sum([]byte("evidence")),
		ProposerAddress:    c.vals.Validators[0].Address,
	}
	bid := types.BlockID{Hash: hdr.Hash(), PartSetHeader: types.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte("block parts"))}}
	commit := &types.Commit{Height: h, Round: 0, BlockID: bid}
	for i, pv := range c.pvs {
		vote := &types.Vote{
			Type: cmtproto.PrecommitType, Height: h, Round: 0, BlockID: bid,
			Timestamp:        hdr.Time.Add(500 * time.Millisecond),
			ValidatorAddress: c.vals.Validators[i].Address, ValidatorIndex: int32(i),
		}
		pb := vote.ToProto()
		if err := pv.SignVote(c.id, pb); err != nil {
			t.Fatal(err)
		}
		commit.Signatures = append(commit.Signatures, types.CommitSig{
			BlockIDFlag: types.BlockIDFlagCommit, ValidatorAddress: vote.ValidatorAddress,
			Timestamp: vote.Timestamp, Signature: pb.Signature,
		})
	}
	return &types.LightBlock{SignedHeader: &types.SignedHeader{Header: hdr, Commit: commit}, ValidatorSet: c.vals}
}

func (c *testChain) params() Params {
	return Params{ChainID: c.id, TrustingPeriod: 24 * time.Hour, MaxClockDrift: 10 * time.Second}
}
