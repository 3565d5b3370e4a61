package tendermint

import (
	"fmt"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/types"
)

type mutation struct {
	name string
	f    func(lb *types.LightBlock)
}

func flip(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)/2] ^= 0x01
	return c
}

// mutations lists single-field changes of a light block; every one must make
// verification fail.
func mutations(lb *types.LightBlock) []mutation {
	ms := []mutation{
		{"header.version.block", func(l *types.LightBlock) { l.Version.Block++ }},
		{"header.version.app", func(l *types.LightBlock) { l.Version.App++ }},
		{"header.chain_id", func(l *types.LightBlock) { l.Header.ChainID = "mocha-5" }},
		{"header.height", func(l *types.LightBlock) { l.Header.Height++ }},
		{"header.time", func(l *types.LightBlock) { l.Header.Time = l.Header.Time.Add(time.Nanosecond) }},
		{"header.last_block_id.hash", func(l *types.LightBlock) { l.LastBlockID.Hash = flip(l.LastBlockID.Hash) }},
		{"header.last_block_id.parts.hash", func(l *types.LightBlock) {
			l.LastBlockID.PartSetHeader.Hash = flip(l.LastBlockID.PartSetHeader.Hash)
		}},
		{"header.last_commit_hash", func(l *types.LightBlock) { l.LastCommitHash = flip(l.LastCommitHash) }},
		{"header.data_hash", func(l *types.LightBlock) { l.DataHash = flip(l.DataHash) }},
		{"header.validators_hash", func(l *types.LightBlock) { l.Header.ValidatorsHash = flip(l.Header.ValidatorsHash) }},
		{"header.next_validators_hash", func(l *types.LightBlock) { l.NextValidatorsHash = flip(l.NextValidatorsHash) }},
		{"header.consensus_hash", func(l *types.LightBlock) { l.ConsensusHash = flip(l.ConsensusHash) }},
		{"header.app_hash", func(l *types.LightBlock) { l.AppHash = flip(l.AppHash) }},
		{"header.last_results_hash", func(l *types.LightBlock) { l.LastResultsHash = flip(l.LastResultsHash) }},
		{"header.evidence_hash", func(l *types.LightBlock) { l.EvidenceHash = flip(l.EvidenceHash) }},
		{"header.proposer_address", func(l *types.LightBlock) { l.ProposerAddress = flip(l.ProposerAddress) }},
		{"commit.height", func(l *types.LightBlock) { l.Commit.Height++ }},
		{"commit.round", func(l *types.LightBlock) { l.Commit.Round++ }},
		{"commit.block_id.hash", func(l *types.LightBlock) { l.Commit.BlockID.Hash = flip(l.Commit.BlockID.Hash) }},
		{"commit.block_id.parts.total", func(l *types.LightBlock) { l.Commit.BlockID.PartSetHeader.Total++ }},
		{"commit.block_id.parts.hash", func(l *types.LightBlock) {
			l.Commit.BlockID.PartSetHeader.Hash = flip(l.Commit.BlockID.PartSetHeader.Hash)
		}},
		{"validators.remove_last", func(l *types.LightBlock) {
			l.ValidatorSet = types.NewValidatorSet(l.ValidatorSet.Validators[:l.ValidatorSet.Size()-1])
		}},
		{"validators.add_one", func(l *types.LightBlock) {
			vals := append(l.ValidatorSet.Copy().Validators, types.NewValidator(ed25519.GenPrivKey().PubKey(), 1))
			l.ValidatorSet = types.NewValidatorSet(vals)
		}},
	}
	for i := range lb.ValidatorSet.Validators {
		i := i
		ms = append(ms,
			mutation{fmt.Sprintf("validators[%d].pub_key", i), func(l *types.LightBlock) {
				v := l.ValidatorSet.Validators[i]
				v.PubKey = ed25519.PubKey(flip(v.PubKey.Bytes()))
				l.ValidatorSet = types.NewValidatorSet(l.ValidatorSet.Validators)
			}},
			mutation{fmt.Sprintf("validators[%d].voting_power", i), func(l *types.LightBlock) {
				l.ValidatorSet.Validators[i].VotingPower++
				l.ValidatorSet = types.NewValidatorSet(l.ValidatorSet.Validators)
			}},
		)
	}
	for i, s := range lb.Commit.Signatures {
		i := i
		if s.BlockIDFlag != types.BlockIDFlagCommit {
			continue
		}
		ms = append(ms,
			mutation{fmt.Sprintf("commit.signatures[%d].signature", i), func(l *types.LightBlock) {
				l.Commit.Signatures[i].Signature = flip(l.Commit.Signatures[i].Signature)
			}},
			mutation{fmt.Sprintf("commit.signatures[%d].timestamp", i), func(l *types.LightBlock) {
				l.Commit.Signatures[i].Timestamp = l.Commit.Signatures[i].Timestamp.Add(time.Nanosecond)
			}},
			mutation{fmt.Sprintf("commit.signatures[%d].validator_address", i), func(l *types.LightBlock) {
				l.Commit.Signatures[i].ValidatorAddress = flip(l.Commit.Signatures[i].ValidatorAddress)
			}},
			mutation{fmt.Sprintf("commit.signatures[%d].block_id_flag", i), func(l *types.LightBlock) {
				l.Commit.Signatures[i].BlockIDFlag = types.BlockIDFlagNil
			}},
		)
	}
	return ms
}

func testMutations(t *testing.T, from, to int) {
	p := mochaParams()
	trusted := loadBlock(t, from)
	orig := loadBlock(t, to)
	now := justAfter(orig)
	if err := Verify(p, trusted, orig, now); err != nil {
		t.Fatalf("unmutated %d -> %d: %v", from, to, err)
	}
	ms := mutations(orig)
	for _, m := range ms {
		lb := loadBlock(t, to)
		m.f(lb)
		if err := Verify(p, trusted, lb, now); err == nil {
			t.Errorf("%d -> %d: mutation %s accepted", from, to, m.name)
		}
	}
	t.Logf("%d -> %d: %d mutations, all rejected", from, to, len(ms))
}

func TestMutationsAdjacent(t *testing.T) { testMutations(t, 157000, 157001) }
func TestMutationsSkipping(t *testing.T) { testMutations(t, 15000, 50000) }
func TestMutationsSmallSet(t *testing.T) { testMutations(t, 10500, 10501) }

// The trusted side matters too: a trusted header whose next-validators hash
// does not match the new set breaks adjacency, and a trusted set that did
// not sign the new commit cannot vouch for it.
func TestTrustedSideMutations(t *testing.T) {
	p := mochaParams()
	untrusted := loadBlock(t, 157001)
	tr := loadBlock(t, 157000)
	tr.NextValidatorsHash = flip(tr.NextValidatorsHash)
	if err := Verify(p, tr, untrusted, justAfter(untrusted)); err == nil {
		t.Fatal("adjacent: trusted next_validators_hash mutation accepted")
	}
	skipTo := loadBlock(t, 50000)
	tr = loadBlock(t, 15000)
	// Replace the trusted validators' keys: none of them signed 50000.
	vals := tr.ValidatorSet.Copy()
	for _, v := range vals.Validators {
		v.PubKey = ed25519.GenPrivKey().PubKey()
		v.Address = v.PubKey.Address()
	}
	tr.ValidatorSet = types.NewValidatorSet(vals.Validators)
	if err := Verify(p, tr, skipTo, justAfter(skipTo)); err == nil {
		t.Fatal("skipping: foreign trusted validator set accepted")
	}
}

// With StopAtQuorum, signatures beyond the 2/3 threshold are not looked at
// (CometBFT light semantics); by default they are. Find a signer whose bad
// signature only the default mode catches.
func TestStopAtQuorumSkipsLateSignatures(t *testing.T) {
	p := mochaParams()
	trusted := loadBlock(t, 157000)
	lb := loadBlock(t, 157001)
	last := -1
	for i, s := range lb.Commit.Signatures {
		if s.BlockIDFlag == types.BlockIDFlagCommit {
			last = i
		}
	}
	lb.Commit.Signatures[last].Signature = flip(lb.Commit.Signatures[last].Signature)
	if err := Verify(p, trusted, lb, justAfter(lb)); err == nil {
		t.Fatal("default mode accepted a bad late signature")
	}
	q := p
	q.StopAtQuorum = true
	if err := Verify(q, trusted, lb, justAfter(lb)); err != nil {
		t.Logf("StopAtQuorum also caught the late signature: %v", err)
	}
}
