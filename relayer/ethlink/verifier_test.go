package ethlink

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
)

// fakeBeacon serves generated, signed updates for a clock: the best period
// update of each period up to now and a finality update just behind now.
type fakeBeacon struct {
	t     *testing.T
	c     *ethtest.Chain
	now   uint64 // current slot
	forge bool   // flip a signature bit in the finality update
}

func (b *fakeBeacon) Bootstrap(_ context.Context, root common.Hash) (*ethereum.LightClientBootstrap, error) {
	boot, r, err := b.c.Bootstrap(8, nil)
	if err != nil || r != root {
		return nil, errors.New("unknown checkpoint")
	}
	return boot, nil
}

func (b *fakeBeacon) Updates(_ context.Context, start, count uint64) ([]*ethereum.Update, error) {
	per := b.c.Config.Preset.SlotsPerPeriod()
	var out []*ethereum.Update
	for p := start; p < start+count; p++ {
		att := min(p*per+40, b.now-1)
		if att < p*per+8 {
			break
		}
		u, err := b.c.Update(ethtest.UpdateOpts{AttestedSlot: att, FinalizedSlot: att - 4, NextCommittee: true})
		if err != nil {
			b.t.Fatal(err)
		}
		out = append(out, u)
	}
	return out, nil
}

func (b *fakeBeacon) FinalityUpdate(context.Context) (*ethereum.Update, error) {
	u, err := b.c.Update(ethtest.UpdateOpts{AttestedSlot: b.now - 1, FinalizedSlot: b.now - 5})
	if err != nil {
		b.t.Fatal(err)
	}
	if b.forge {
		u.SyncAggregate.Signature[40] ^= 0x10
	}
	return u, nil
}

// TestEthVerifierPlansClientUpdates follows a generated dev network through
// a committee rotation and checks the updates planned for on-chain clients
// in several states: each plan applies, in order, to a client store in that
// state and brings it to the verifier's finalized header. A forged finality
// update is refused and changes nothing; the state survives a round trip.
func TestEthVerifierPlansClientUpdates(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, common.HexToHash("0x01"))
	c := ethtest.NewChain(cfg, "plan")
	b := &fakeBeacon{t: t, c: c, now: 50}
	clock := func() time.Time { return time.Unix(int64(cfg.GenesisTime+b.now), 0) }
	_, root, err := c.Bootstrap(8, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	v, err := NewEthVerifier(ctx, b, cfg, root, nil, clock)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := v.UpdatesFor(OnChainClient{FinalizedSlot: 8}); err == nil {
		t.Fatal("a plan before any finality update")
	}
	if err := v.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if got := v.FinalizedSlot(); got != 45 {
		t.Fatalf("finalized slot %d after sync at slot 50, want 45", got)
	}

	// client replays plan on a store bootstrapped at the checkpoint and
	// advanced to the on-chain state by the given updates.
	client := func(prefix ...ethtest.UpdateOpts) (*ethereum.Store, OnChainClient) {
		boot, _, _ := c.Bootstrap(8, nil)
		s, err := ethereum.Bootstrap(cfg, root, boot)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range prefix {
			u, err := c.Update(o)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.ApplyUpdate(u, clock()); err != nil {
				t.Fatal(err)
			}
		}
		_, known := s.NextCommitteeRoot()
		return s, OnChainClient{FinalizedSlot: s.Finalized().Beacon.Slot, NextCommitteeKnown: known}
	}
	check := func(name string, s *ethereum.Store, st OnChainClient, wantLen int) {
		t.Helper()
		plan, exec, err := v.UpdatesFor(st)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(plan) != wantLen {
			t.Fatalf("%s: %d updates planned, want %d", name, len(plan), wantLen)
		}
		for i, u := range plan {
			if _, err := s.ApplyUpdate(u, clock()); err != nil {
				t.Fatalf("%s: planned update %d (%s, attested %d) refused by the client: %v", name, i, u.Kind(), u.AttestedHeader.Beacon.Slot, err)
			}
		}
		if s.FinalizedExecution() != exec || exec != v.Finalized() {
			t.Fatalf("%s: client at block %d, plan says %d, verifier at %d", name, s.FinalizedExecution().BlockNumber, exec.BlockNumber, v.Finalized().BlockNumber)
		}
	}
	s, st := client()
	check("fresh client (next committee unknown)", s, st, 2)
	s, st = client(ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 36, NextCommittee: true})
	check("client that knows the next committee", s, st, 1)
	s, st = client(ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 36, NextCommittee: true}, ethtest.UpdateOpts{AttestedSlot: 49, FinalizedSlot: 45})
	check("client already there", s, st, 0)

	// Two periods later (slot 150, period 2): the verifier rotates twice.
	b.now = 150
	if err := v.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if p := cfg.SyncPeriod(v.FinalizedSlot()); p != 2 {
		t.Fatalf("verifier in period %d after sync at slot 150, want 2", p)
	}
	s, st = client()
	check("fresh client two periods behind", s, st, 3)
	s, st = client(ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 36, NextCommittee: true})
	check("client two periods behind, next committee known", s, st, 2)

	// A forged finality update is refused and changes nothing.
	b.now = 160
	before := v.Finalized()
	b.forge = true
	if err := v.Sync(ctx); !errors.Is(err, ethereum.ErrInvalidSignature) {
		t.Fatalf("forged finality update: err = %v, want %v", err, ethereum.ErrInvalidSignature)
	}
	if v.Finalized() != before || v.Rejected() != 1 {
		t.Fatalf("after the forgery: finalized block %d (was %d), rejected %d", v.Finalized().BlockNumber, before.BlockNumber, v.Rejected())
	}

	// The serialized state restores to the same finalized header.
	bz, err := v.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewEthVerifier(ctx, b, cfg, root, bz, clock)
	if err != nil {
		t.Fatal(err)
	}
	if r.Finalized() != v.Finalized() {
		t.Fatalf("restored verifier at block %d, want %d", r.Finalized().BlockNumber, v.Finalized().BlockNumber)
	}
	// The period updates it verified come back too: a client that knows
	// period 1's committee and lags a period is served without refetching.
	s, st = client(ethtest.UpdateOpts{AttestedSlot: 40, FinalizedSlot: 36, NextCommittee: true}, ethtest.UpdateOpts{AttestedSlot: 49, FinalizedSlot: 45})
	if plan, _, err := r.UpdatesFor(st); err != nil || len(plan) == 0 || plan[0].AttestedHeader.Beacon.Slot != v.periodUpdates[1].AttestedHeader.Beacon.Slot {
		t.Fatalf("restored verifier's plan for a client in period 0: %v", err)
	}
	r.periodUpdates = map[uint64]*ethereum.Update{} // as if restored from a store of another version
	// A restored verifier has applied no updates: it learns the period
	// update a client that just rotated into its period needs (verified, not
	// new to its store), and the plan applies. A period its store has moved
	// more than one past cannot be verified any more.
	b.forge = false
	if err := r.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	rotated := []ethtest.UpdateOpts{
		{AttestedSlot: 40, FinalizedSlot: 36, NextCommittee: true},
		{AttestedSlot: 104, FinalizedSlot: 100, NextCommittee: true},
		{AttestedSlot: 138, FinalizedSlot: 134},
	}
	s, st = client(rotated...)
	var missing *MissingPeriodError
	if _, _, err := r.UpdatesFor(st); !errors.As(err, &missing) || missing.Period != 2 {
		t.Fatalf("a plan needing period 2's update before the restored verifier learned it: err = %v", err)
	}
	if err := r.LearnPeriod(ctx, 2); err != nil {
		t.Fatal(err)
	}
	v = r
	check("after a restart, client rotated into period 2", s, st, 1)
	if err := r.LearnPeriod(ctx, 0); !errors.Is(err, ethereum.ErrWrongPeriod) {
		t.Fatalf("learning period 0 from period 2: err = %v, want %v", err, ethereum.ErrWrongPeriod)
	}
}
