package state_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/relayer/state"
)

func TestStageOrder(t *testing.T) {
	cases := []struct {
		from, to state.Stage
		ok       bool
	}{
		{state.Observed, state.Proven, true},
		{state.Observed, state.Received, true}, // another relayer delivered it
		{state.Submitted, state.Observed, false},
		{state.Received, state.Received, false},
		{state.Submitted, state.TimedOut, true},
		{state.Received, state.TimedOut, false},
		{state.Acknowledged, state.TimedOut, false},
		{state.TimedOut, state.Acknowledged, false},
		{state.Received, state.Acknowledged, true},
	}
	for _, c := range cases {
		if got := c.from.CanMoveTo(c.to); got != c.ok {
			t.Errorf("%s -> %s: got %v want %v", c.from, c.to, got, c.ok)
		}
	}
}

func TestKeyRoundTrip(t *testing.T) {
	k := state.Key{Path: "a-b", Direction: "a_to_b", Channel: "channel-0", Sequence: 42}
	got, err := state.ParseKey(k.String())
	if err != nil || got != k {
		t.Fatalf("ParseKey(%q) = %+v, %v", k.String(), got, err)
	}
}

func open(t *testing.T) (*state.Store, *state.Store) {
	ctx := context.Background()
	sp := spinetest.Open(t, "")
	h, err := sp.Ensure(ctx, spinetest.Topology(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	peer := spinetest.Connect(t, sp)
	h2, err := peer.Ensure(ctx, spinetest.Topology(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	return state.NewStore(sp.JS, h.Packets), state.NewStore(peer.JS, h2.Packets)
}

func TestRacingTransitionsExactlyOneWins(t *testing.T) {
	ctx := context.Background()
	a, b := open(t)
	for seq := uint64(1); seq <= 30; seq++ {
		k := state.Key{Path: "p", Direction: "a_to_b", Channel: "channel-0", Sequence: seq}
		if _, created, err := a.Observe(ctx, k, nil); err != nil || !created {
			t.Fatalf("observe: %v created=%v", err, created)
		}
		ra, err := a.Get(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := b.Get(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		wg.Add(2)
		go func() { defer wg.Done(); errs[0] = a.Transition(ctx, ra, state.Submitted, "0xaa") }()
		go func() { defer wg.Done(); errs[1] = b.Transition(ctx, rb, state.Submitted, "0xbb") }()
		wg.Wait()
		wins := 0
		for _, err := range errs {
			switch {
			case err == nil:
				wins++
			case !errors.Is(err, state.ErrStale):
				t.Fatalf("seq %d: unexpected error %v", seq, err)
			}
		}
		if wins != 1 {
			t.Fatalf("seq %d: %d winners, want exactly 1 (%v)", seq, wins, errs)
		}
		final, _ := a.Get(ctx, k)
		if final.Stage != state.Submitted || len(final.History) != 2 {
			t.Fatalf("seq %d: final %+v", seq, final)
		}
	}
}

func TestBackwardsAndStaleRefused(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	k := state.Key{Path: "p", Direction: "a_to_b", Channel: "channel-0", Sequence: 1}
	r, _, err := s.Observe(ctx, k, func(r *state.Record) { r.Height = 10 })
	if err != nil {
		t.Fatal(err)
	}
	old := *r
	if err := s.Transition(ctx, r, state.Received, "0x01"); err != nil {
		t.Fatal(err)
	}
	if err := s.Transition(ctx, r, state.Proven, ""); !errors.Is(err, state.ErrBackwards) {
		t.Fatalf("backwards: want ErrBackwards, got %v", err)
	}
	if err := s.Transition(ctx, &old, state.Proven, ""); !errors.Is(err, state.ErrStale) {
		t.Fatalf("stale revision: want ErrStale, got %v", err)
	}
	if err := s.RecordFailure(ctx, r, errors.New("rpc timeout")); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(ctx, k)
	if got.Stage != state.Received || got.Attempts != 1 || got.LastError != "rpc timeout" || got.TxHash != "0x01" || got.Height != 10 {
		t.Fatalf("record after failure: %+v", got)
	}
	// A second observation of the same packet creates nothing.
	again, created, err := s.Observe(ctx, k, nil)
	if err != nil || created || again.Stage != state.Received {
		t.Fatalf("re-observe: created=%v stage=%s err=%v", created, again.Stage, err)
	}
}

func TestBatchTransitions(t *testing.T) {
	ctx := context.Background()
	s, peer := open(t)
	var recs []*state.Record
	for i := uint64(1); i <= 100; i++ {
		recs = append(recs, &state.Record{Key: state.Key{Path: "p", Direction: "d", Channel: "channel-0", Sequence: i}, Stage: state.Observed})
	}
	created, errs := s.ObserveBatch(ctx, recs)
	for i := range recs {
		if errs[i] != nil || !created[i] {
			t.Fatalf("observe %d: %v %v", i, created[i], errs[i])
		}
	}
	// The peer moves packet 50 first; the batch must lose that one only.
	r50, _ := peer.Get(ctx, recs[49].Key)
	if err := peer.Transition(ctx, r50, state.Received, "0xpeer"); err != nil {
		t.Fatal(err)
	}
	var reqs []state.TransitionReq
	for _, r := range recs {
		reqs = append(reqs, state.TransitionReq{Record: r, Next: state.Submitted, TxHash: "0xbatch"})
	}
	for i, err := range s.TransitionBatch(ctx, reqs) {
		if i == 49 {
			if !errors.Is(err, state.ErrStale) {
				t.Fatalf("packet 50: want ErrStale, got %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("packet %d: %v", i+1, err)
		}
	}
	all, err := s.List(ctx)
	if err != nil || len(all) != 100 {
		t.Fatalf("List: %d records, %v", len(all), err)
	}
	for _, r := range all {
		want := state.Submitted
		if r.Key.Sequence == 50 {
			want = state.Received
		}
		if r.Stage != want {
			t.Fatalf("seq %d at %s, want %s", r.Key.Sequence, r.Stage, want)
		}
	}
}
