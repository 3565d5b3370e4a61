package ethereum_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

var gvr = common.HexToHash("0xc0ffee00000000000000000000000000000000000000000000000000000000ee")

// far is a clock later than every generated slot.
var far = time.Unix(1<<40, 0)

func mustUpdate(t *testing.T, c *ethtest.Chain, o ethtest.UpdateOpts) *ethereum.Update {
	t.Helper()
	u, err := c.Update(o)
	if err != nil {
		t.Fatalf("generate update %+v: %v", o, err)
	}
	// Everything goes through the beacon-API JSON, as from a beacon node.
	enc, err := json.Marshal(u)
	if err != nil {
		t.Fatalf("encode update: %v", err)
	}
	dec, err := ethereum.DecodeUpdate(enc)
	if err != nil {
		t.Fatalf("decode generated update: %v", err)
	}
	return dec
}

func mustBootstrap(t *testing.T, c *ethtest.Chain, slot uint64) *ethereum.Store {
	t.Helper()
	b, root, err := c.Bootstrap(slot, nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := ethereum.DecodeBootstrap(enc)
	if err != nil {
		t.Fatalf("decode generated bootstrap: %v", err)
	}
	s, err := ethereum.Bootstrap(c.Config, root, dec)
	if err != nil {
		t.Fatalf("bootstrap at slot %d: %v", slot, err)
	}
	return s
}

func apply(t *testing.T, s *ethereum.Store, u *ethereum.Update, want ethereum.Outcome) {
	t.Helper()
	got, err := s.ApplyUpdate(u, far)
	if err != nil {
		t.Fatalf("%s update at attested slot %d: %v", u.Kind(), u.AttestedHeader.Beacon.Slot, err)
	}
	if got != want {
		t.Fatalf("%s update at attested slot %d: outcome %+v, want %+v", u.Kind(), u.AttestedHeader.Beacon.Slot, got, want)
	}
}

// TestDevNetworkElectraMinimal runs the dev network (minimal preset,
// 32-member committees, Electra from genesis: finality branch depth 7,
// committee branch depth 6) through bootstrap, committee learning, a
// rotation, finality and optimistic updates, and a store round trip.
func TestDevNetworkElectraMinimal(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	c := ethtest.NewChain(cfg, "dev")
	s := mustBootstrap(t, c, 10)

	u := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, NextCommittee: true})
	if len(u.FinalityBranch) != 7 || len(u.NextSyncCommitteeBranch) != 6 {
		t.Fatalf("electra branch depths %d/%d, want 7/6", len(u.FinalityBranch), len(u.NextSyncCommitteeBranch))
	}
	apply(t, s, u, ethereum.Outcome{NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})

	// Period 1 (slots 64-127), signed by the committee learned above.
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 100, FinalizedSlot: 90, NextCommittee: true}),
		ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	if s.Period() != 1 {
		t.Fatalf("period %d after rotation", s.Period())
	}
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 110, FinalizedSlot: 104}),
		ethereum.Outcome{FinalizedAdvanced: true, OptimisticAdvanced: true})
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 112}), ethereum.Outcome{OptimisticAdvanced: true})
	if got, want := s.FinalizedExecution().StateRoot, common.Hash(c.SyntheticExecution(104).StateRoot); got != want {
		t.Fatalf("finalized execution state root %s, want %s", got, want)
	}
	if s.OptimisticExecution().BlockNumber != 112 {
		t.Fatalf("optimistic block %d", s.OptimisticExecution().BlockNumber)
	}

	data, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ethereum.RestoreStore(cfg, data)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	// The restored store continues: the next period's committee signs.
	apply(t, r, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 140, FinalizedSlot: 130, NextCommittee: true}),
		ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
}

// TestForkTransitions crosses Capella -> Deneb -> Electra on the minimal
// preset: the execution payload layout and the state's generalized indices
// change at the fork boundaries.
func TestForkTransitions(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	cfg.Forks = cfg.Forks[:4] // genesis..capella at 0
	cfg.Forks = append(cfg.Forks,
		ethereum.Fork{Name: "deneb", Epoch: 4, Version: [4]byte{4, 0, 0, 1}},    // slot 32
		ethereum.Fork{Name: "electra", Epoch: 16, Version: [4]byte{5, 0, 0, 1}}, // slot 128, period 2
	)
	c := ethtest.NewChain(cfg, "forks")
	s := mustBootstrap(t, c, 5) // capella
	u := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16, NextCommittee: true})
	if u.Version != "capella" || len(u.FinalityBranch) != 6 || len(u.NextSyncCommitteeBranch) != 5 {
		t.Fatalf("capella update: version %s, depths %d/%d", u.Version, len(u.FinalityBranch), len(u.NextSyncCommitteeBranch))
	}
	apply(t, s, u, ethereum.Outcome{NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	u = mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 50, FinalizedSlot: 40}) // deneb, period 0
	if u.Version != "deneb" {
		t.Fatalf("version %s at slot 50", u.Version)
	}
	apply(t, s, u, ethereum.Outcome{FinalizedAdvanced: true, OptimisticAdvanced: true})
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 100, FinalizedSlot: 90, NextCommittee: true}),
		ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	u = mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 140, FinalizedSlot: 130, NextCommittee: true}) // electra, period 2
	if u.Version != "electra" || len(u.FinalityBranch) != 7 || len(u.NextSyncCommitteeBranch) != 6 {
		t.Fatalf("electra update: version %s, depths %d/%d", u.Version, len(u.FinalityBranch), len(u.NextSyncCommitteeBranch))
	}
	apply(t, s, u, ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})

	// An Electra update carrying Deneb-depth branches is refused.
	bad := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 150, FinalizedSlot: 145})
	bad.FinalityBranch = bad.FinalityBranch[1:]
	if _, err := s.ApplyUpdate(bad, far); !errors.Is(err, ethereum.ErrInvalidFinalityProof) {
		t.Fatalf("electra update with a 6-deep finality branch: got %v", err)
	}
	// A capella-layout payload header under a deneb header is refused.
	h := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 150, FinalizedSlot: 145})
	h.AttestedHeader.Execution.ExcessBlobGas = 1
	if _, err := s.ApplyUpdate(h, far); !errors.Is(err, ethereum.ErrInvalidExecutionProof) {
		t.Fatalf("tampered blob gas: got %v", err)
	}
}

// TestMainnetPresetDenebElectra uses 512-member committees with Deneb from
// genesis and Electra from period 2, and checks the 2/3 boundary.
func TestMainnetPresetDenebElectra(t *testing.T) {
	cfg := ethereum.Mainnet()
	cfg.Name, cfg.GenesisValidatorsRoot, cfg.GenesisTime = "mainnet-preset-dev", gvr, 1_700_000_000
	cfg.Forks = []ethereum.Fork{
		{Name: "genesis", Epoch: 0, Version: [4]byte{0, 0, 0, 9}},
		{Name: "altair", Epoch: 0, Version: [4]byte{1, 0, 0, 9}},
		{Name: "bellatrix", Epoch: 0, Version: [4]byte{2, 0, 0, 9}},
		{Name: "capella", Epoch: 0, Version: [4]byte{3, 0, 0, 9}},
		{Name: "deneb", Epoch: 0, Version: [4]byte{4, 0, 0, 9}},
		{Name: "electra", Epoch: 512, Version: [4]byte{5, 0, 0, 9}}, // slot 16384, period 2
	}
	c := ethtest.NewChain(cfg, "mainnet-preset")
	s := mustBootstrap(t, c, 100)
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 8000, FinalizedSlot: 7900, NextCommittee: true, Participants: 342}),
		ethereum.Outcome{NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	u := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 9000, FinalizedSlot: 8900, NextCommittee: true, Participants: 341})
	if _, err := s.ApplyUpdate(u, far); !errors.Is(err, ethereum.ErrInsufficientParticipation) {
		t.Fatalf("341 of 512: got %v", err)
	}
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 9000, FinalizedSlot: 8900, NextCommittee: true}),
		ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 16500, FinalizedSlot: 16400, NextCommittee: true, Participants: 400}),
		ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	if s.Period() != 2 || s.Finalized().Beacon.Slot != 16400 {
		t.Fatalf("period %d, finalized %d", s.Period(), s.Finalized().Beacon.Slot)
	}
}

func TestGeneratedRefusals(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	c := ethtest.NewChain(cfg, "dev")
	s := mustBootstrap(t, c, 10)

	check := func(name string, u *ethereum.Update, now time.Time, want error) {
		t.Helper()
		if _, err := s.ApplyUpdate(u, now); !errors.Is(err, want) {
			t.Errorf("%s: got %v, want %v", name, err, want)
		}
	}
	check("21 of 32 signers", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, NextCommittee: true, Participants: 21}), far, ethereum.ErrInsufficientParticipation)
	check("signature slot in the future", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32}), time.Unix(int64(cfg.GenesisTime)+40, 0), ethereum.ErrFutureSlot)
	check("signed in period 1 without its committee", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 62, SignatureSlot: 70, FinalizedSlot: 50}), far, ethereum.ErrWrongPeriod)
	check("stale: attested before the finalized checkpoint", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 9, FinalizedSlot: 8}), far, ethereum.ErrStaleUpdate)
	check("finalized after attested", func() *ethereum.Update {
		u := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32})
		u.FinalizedHeader.Beacon.Slot = 41
		return u
	}(), far, ethereum.ErrInvalidSlots)

	// Signatures under another network's domain.
	otherRoot := ethereum.DevNetwork(cfg.GenesisTime, 1, common.Hash{1})
	other := ethtest.NewChain(otherRoot, "dev")
	check("other genesis validators root", mustUpdate(t, other, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32}), far, ethereum.ErrInvalidSignature)
	otherFork := cfg
	otherFork.Forks = append([]ethereum.Fork(nil), cfg.Forks...)
	otherFork.Forks[len(otherFork.Forks)-1].Version = [4]byte{5, 0, 0, 2}
	check("other fork version", mustUpdate(t, ethtest.NewChain(otherFork, "dev"), ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32}), far, ethereum.ErrInvalidSignature)
	check("other committee", mustUpdate(t, ethtest.NewChain(cfg, "impostor"), ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32}), far, ethereum.ErrInvalidSignature)

	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, NextCommittee: true, Participants: 22}),
		ethereum.Outcome{NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	check("the same update again", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, NextCommittee: true}), far, ethereum.ErrNotAdvancing)
	check("stale: attested before the new finalized slot", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 31, FinalizedSlot: 20, NextCommittee: true}), far, ethereum.ErrStaleUpdate)
	check("older optimistic update", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 38}), far, ethereum.ErrNotAdvancing)
	check("signed two periods ahead", mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 130, FinalizedSlot: 129}), far, ethereum.ErrWrongPeriod)

	// A fork of the chain whose period-1 committee differs: its update for
	// period 0 proves a different next committee than the one trusted.
	forked := ethtest.NewChain(cfg, "dev")
	impostor, err := ethtest.NewCommittee("impostor", 1, 32)
	if err != nil {
		t.Fatal(err)
	}
	forked.SetCommittee(1, impostor)
	check("conflicting next committee", mustUpdate(t, forked, ethtest.UpdateOpts{AttestedSlot: 50, FinalizedSlot: 45, NextCommittee: true}), far, ethereum.ErrCommitteeMismatch)
}

// TestRealBlockThroughLightClient carries mainnet block 21925176 through a
// generated (Electra, minimal preset) beacon chain: the light client
// verifies the finality update, and the real eth_getProof for the block
// verifies against the state root the store hands out, not the one the
// block JSON claims.
func TestRealBlockThroughLightClient(t *testing.T) {
	raw, err := os.ReadFile("testdata/execution-mainnet-21925176/block.json")
	if err != nil {
		t.Fatal(err)
	}
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		t.Fatal(err)
	}
	exec, err := ethtest.ExecutionFromHeader(&h)
	if err != nil {
		t.Fatal(err)
	}
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	c := ethtest.NewChain(cfg, "real-block")
	s := mustBootstrap(t, c, 3)
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 12, FinalizedExecution: exec}),
		ethereum.Outcome{FinalizedAdvanced: true, OptimisticAdvanced: true})
	fin := s.FinalizedExecution()
	if fin.BlockHash != h.Hash() || fin.BlockNumber != 21925176 || fin.StateRoot != h.Root {
		t.Fatalf("finalized execution %+v", fin)
	}
	pr, err := os.ReadFile("testdata/execution-mainnet-21925176/proof.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ethereum.DecodeAccountProof(pr)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(fin.StateRoot); err != nil {
		t.Fatalf("real proof against the verified state root: %v", err)
	}
	// A beacon block whose payload claims another state root does not get
	// past the body proof when the branch is the honest block's.
	u := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 30, FinalizedSlot: 25, FinalizedExecution: exec})
	u.FinalizedHeader.Execution.StateRoot[0] ^= 1
	if _, err := s.ApplyUpdate(u, far); !errors.Is(err, ethereum.ErrInvalidExecutionProof) {
		t.Fatalf("swapped state root: got %v", err)
	}
}

// TestElectraUpdateRejectsMutations flips every field of a generated
// Electra LightClientUpdate (depth-7 finality branch, depth-6 committee
// branch, 32 participation bits) one at a time.
func TestElectraUpdateRejectsMutations(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	c := ethtest.NewChain(cfg, "mutations")
	s := mustBootstrap(t, c, 10)
	good, err := c.Update(ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, NextCommittee: true})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(good)
	if err != nil {
		t.Fatal(err)
	}
	var muts []func(u *ethereum.Update)
	for i := range good.FinalityBranch {
		muts = append(muts, func(u *ethereum.Update) { u.FinalityBranch[i][i] ^= 1 })
	}
	for i := range good.NextSyncCommitteeBranch {
		muts = append(muts, func(u *ethereum.Update) { u.NextSyncCommitteeBranch[i][31] ^= 0x80 })
	}
	for i := range good.AttestedHeader.ExecutionBranch {
		muts = append(muts, func(u *ethereum.Update) { u.AttestedHeader.ExecutionBranch[i][0] ^= 1 })
		muts = append(muts, func(u *ethereum.Update) { u.FinalizedHeader.ExecutionBranch[i][0] ^= 1 })
	}
	for i := range 32 {
		muts = append(muts,
			func(u *ethereum.Update) { u.SyncAggregate.Bits[i/8] ^= 1 << (i % 8) },
			func(u *ethereum.Update) { u.NextSyncCommittee.Pubkeys[i][47] ^= 1 },
		)
	}
	for i := range 96 {
		muts = append(muts, func(u *ethereum.Update) { u.SyncAggregate.Signature[i] ^= 1 << (i % 8) })
	}
	muts = append(muts,
		func(u *ethereum.Update) { u.NextSyncCommittee.AggregatePubkey[1] ^= 1 },
		func(u *ethereum.Update) { u.AttestedHeader.Beacon.ProposerIndex++ },
		func(u *ethereum.Update) { u.AttestedHeader.Beacon.ParentRoot[0] ^= 1 },
		func(u *ethereum.Update) { u.AttestedHeader.Beacon.StateRoot[0] ^= 1 },
		func(u *ethereum.Update) { u.AttestedHeader.Beacon.BodyRoot[0] ^= 1 },
		func(u *ethereum.Update) { u.AttestedHeader.Execution.StateRoot[0] ^= 1 },
		func(u *ethereum.Update) { u.AttestedHeader.Execution.BlockNumber++ },
		func(u *ethereum.Update) { u.AttestedHeader.Execution.BlobGasUsed++ },
		func(u *ethereum.Update) { u.FinalizedHeader.Beacon.Slot++ },
		func(u *ethereum.Update) { u.FinalizedHeader.Beacon.StateRoot[0] ^= 1 },
		func(u *ethereum.Update) { u.FinalizedHeader.Execution.StateRoot[0] ^= 1 },
		func(u *ethereum.Update) { u.FinalizedHeader.Execution.Timestamp++ },
		func(u *ethereum.Update) { u.FinalizedHeader.Execution.BlockHash[0] ^= 1 },
	)
	for i, m := range muts {
		u, err := ethereum.DecodeUpdate(raw)
		if err != nil {
			t.Fatal(err)
		}
		m(u)
		if _, err := s.ApplyUpdate(u, far); err == nil {
			t.Errorf("mutation %d accepted", i)
		}
	}
	u, err := ethereum.DecodeUpdate(raw)
	if err != nil {
		t.Fatal(err)
	}
	apply(t, s, u, ethereum.Outcome{NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
}

func TestRestoreRejectsCorruptState(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	s := mustBootstrap(t, ethtest.NewChain(cfg, "restore"), 10)
	data, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ethereum.RestoreStore(cfg, data[:len(data)/2]); !errors.Is(err, ethereum.ErrMalformed) {
		t.Errorf("truncated state: got %v", err)
	}
	var st map[string]any
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	st["current_sync_committee"].(map[string]any)["pubkeys"] = []string{"0x00"}
	bad, _ := json.Marshal(st)
	if _, err := ethereum.RestoreStore(cfg, bad); !errors.Is(err, ethereum.ErrMalformed) {
		t.Errorf("short pubkey: got %v", err)
	}
	other := ethereum.DevNetwork(1_700_000_000, 1, common.Hash{9})
	if _, err := ethereum.RestoreStore(other, data); !errors.Is(err, ethereum.ErrInvalidConfig) {
		t.Errorf("other network: got %v", err)
	}
}

// TestMisbehaviour: the same committee signs two chains that finalize
// different blocks at one slot.
func TestMisbehaviour(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	honest := ethtest.NewChain(cfg, "equivocation")
	s := mustBootstrap(t, honest, 10)
	a := mustUpdate(t, honest, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32})
	forkExec := honest.SyntheticExecution(32)
	forkExec.StateRoot[0] ^= 0xff
	b := mustUpdate(t, honest, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, FinalizedExecution: forkExec})

	if err := s.CheckMisbehaviour(a, b, far); err != nil {
		t.Fatalf("conflicting finalized headers: %v", err)
	}
	if err := s.CheckMisbehaviour(a, a, far); !errors.Is(err, ethereum.ErrNoMisbehaviour) {
		t.Fatalf("same update twice: got %v", err)
	}
	later := mustUpdate(t, honest, ethtest.UpdateOpts{AttestedSlot: 45, FinalizedSlot: 40})
	if err := s.CheckMisbehaviour(a, later, far); !errors.Is(err, ethereum.ErrNoMisbehaviour) {
		t.Fatalf("consistent updates: got %v", err)
	}
	impostor := mustUpdate(t, ethtest.NewChain(cfg, "impostor"), ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, FinalizedExecution: forkExec})
	if err := s.CheckMisbehaviour(a, impostor, far); !errors.Is(err, ethereum.ErrInvalidSignature) {
		t.Fatalf("conflict signed by an untrusted committee: got %v", err)
	}

	apply(t, s, a, ethereum.Outcome{FinalizedAdvanced: true, OptimisticAdvanced: true})
	if _, err := s.ApplyUpdate(b, far); !errors.Is(err, ethereum.ErrConflictingHeader) {
		t.Fatalf("conflicting finality after the honest one: got %v", err)
	}
	// Still evidence after the store moved on to one of the two.
	if err := s.CheckMisbehaviour(a, b, far); err != nil {
		t.Fatalf("evidence after applying a: %v", err)
	}
}

// TestUpdateWithoutFinality decodes an update whose finalized header and
// finality branch are the spec's all-zero default ("no finality proof") as
// an update without a finalized header.
func TestUpdateWithoutFinality(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	c := ethtest.NewChain(cfg, "no-finality")
	s := mustBootstrap(t, c, 10)
	u, err := c.Update(ethtest.UpdateOpts{AttestedSlot: 40, NextCommittee: true})
	if err != nil {
		t.Fatal(err)
	}
	u.FinalizedHeader = &ethereum.LightClientHeader{Execution: &deneb.ExecutionPayloadHeader{BaseFeePerGas: uint256.NewInt(0)}}
	u.FinalityBranch = make(merkle.Values, 7)
	enc, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := ethereum.DecodeUpdate(enc)
	if err != nil {
		t.Fatal(err)
	}
	if dec.FinalizedHeader != nil || dec.Kind() != "update" {
		t.Fatalf("zero finalized header decoded as %+v", dec.FinalizedHeader)
	}
	// Without finality it teaches no committee; it advances the optimistic head.
	apply(t, s, dec, ethereum.Outcome{OptimisticAdvanced: true})
	if _, ok := s.NextCommitteeRoot(); ok {
		t.Fatal("next committee learned without finality")
	}
	// A zero finalized header with a non-zero branch is a finality claim,
	// and fails.
	u.FinalityBranch[3][0] = 1
	enc, _ = json.Marshal(u)
	if dec, err = ethereum.DecodeUpdate(enc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplyUpdate(dec, far); err == nil {
		t.Fatal("zero finalized header with a branch accepted")
	}
}

// TestGloas crosses Electra -> Fulu -> Gloas. Gloas-format headers prove only
// the execution block hash; the execution header (here mainnet block
// 21925176) is then checked against it and yields the state root the real
// eth_getProof verifies against.
func TestGloas(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, gvr)
	cfg.Forks = append(cfg.Forks,
		ethereum.Fork{Name: "fulu", Epoch: 8, Version: [4]byte{6, 0, 0, 1}},   // slot 64, period 1
		ethereum.Fork{Name: "gloas", Epoch: 16, Version: [4]byte{7, 0, 0, 1}}, // slot 128, period 2
	)
	raw, err := os.ReadFile("testdata/execution-mainnet-21925176/block.json")
	if err != nil {
		t.Fatal(err)
	}
	var block types.Header
	if err := json.Unmarshal(raw, &block); err != nil {
		t.Fatal(err)
	}
	exec, err := ethtest.ExecutionFromHeader(&block)
	if err != nil {
		t.Fatal(err)
	}
	c := ethtest.NewChain(cfg, "gloas")
	s := mustBootstrap(t, c, 10)
	apply(t, s, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 32, NextCommittee: true}),
		ethereum.Outcome{NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	u := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 100, FinalizedSlot: 90, NextCommittee: true})
	if u.Version != "fulu" {
		t.Fatalf("version %s at slot 100", u.Version)
	}
	apply(t, s, u, ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})
	u = mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 150, FinalizedSlot: 140, NextCommittee: true, FinalizedExecution: exec})
	if u.Version != "gloas" || u.FinalizedHeader.Execution != nil || len(u.NextSyncCommitteeBranch) != 11 || len(u.FinalityBranch) != 9 {
		t.Fatalf("gloas update: version %s, branch depths %d/%d", u.Version, len(u.NextSyncCommitteeBranch), len(u.FinalityBranch))
	}
	bad := mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 150, FinalizedSlot: 140, NextCommittee: true, FinalizedExecution: exec})
	bad.FinalizedHeader.ExecutionBlockHash[0] ^= 1
	if _, err := s.ApplyUpdate(bad, far); !errors.Is(err, ethereum.ErrInvalidExecutionProof) {
		t.Fatalf("gloas header with another block hash: got %v", err)
	}
	apply(t, s, u, ethereum.Outcome{CommitteeRotated: true, NextCommitteeLearned: true, FinalizedAdvanced: true, OptimisticAdvanced: true})

	fin := s.FinalizedExecution()
	if fin.HasStateRoot() || fin.BlockHash != block.Hash() {
		t.Fatalf("gloas finalized execution %+v", fin)
	}
	full, err := ethereum.ExecutionHeaderFromBlock(fin, &block)
	if err != nil {
		t.Fatal(err)
	}
	if full.StateRoot != block.Root || full.BlockNumber != 21925176 {
		t.Fatalf("completed execution header %+v", full)
	}
	pr, err := os.ReadFile("testdata/execution-mainnet-21925176/proof.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ethereum.DecodeAccountProof(pr)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(full.StateRoot); err != nil {
		t.Fatalf("real proof against the gloas-verified state root: %v", err)
	}
	forged := block
	forged.Root[0] ^= 1
	if _, err := ethereum.ExecutionHeaderFromBlock(fin, &forged); !errors.Is(err, ethereum.ErrInvalidExecutionProof) {
		t.Fatalf("execution header with another state root: got %v", err)
	}

	// Gloas-format headers survive the store's serialized form.
	data, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ethereum.RestoreStore(cfg, data)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if r.FinalizedExecution() != fin {
		t.Fatalf("restored finalized execution %+v", r.FinalizedExecution())
	}
	apply(t, r, mustUpdate(t, c, ethtest.UpdateOpts{AttestedSlot: 152}), ethereum.Outcome{OptimisticAdvanced: true})
}
