package link

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
)

// A real fork: the chain's home is copied and both copies keep producing
// blocks with the same validator key. A verifier following the original
// with the copy as witness must detect the conflict and halt.
func TestWitnessDetectsFork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	chains := startChains(t, "forky-1", "judge-1")
	s, judge := chains[0].net, chains[1]
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	primary := chains[0].relayer
	v, err := NewVerifier(ctx, primary, lctm.Params{TrustingPeriod: 20 * time.Minute, MaxClockDrift: 10 * time.Second}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Before the fork a witness on the same chain agrees.
	honest, err := cosmos.New(cosmos.Config{ChainID: s.ChainID, RPC: s.RPC()})
	if err != nil {
		t.Fatal(err)
	}
	v.AddWitness(honest)
	pre, err := v.Latest(ctx)
	if err != nil {
		t.Fatalf("honest witness: %v", err)
	}
	rootH := pre.Height

	// judge-1 holds a client of forky-1, created before the fork.
	forkyEnd := &End{Chain: primary, Verifier: v}
	judgeEnd := &End{Chain: judge.relayer, Verifier: nil}
	if judgeEnd.ClientID, err = CreateClient(ctx, judgeEnd, forkyEnd, Options{}); err != nil {
		t.Fatal(err)
	}

	f, err := s.Fork(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	forked, err := cosmos.New(cosmos.Config{ChainID: f.ChainID, RPC: f.RPC()})
	if err != nil {
		t.Fatal(err)
	}
	v.AddWitness(forked)
	hp, err := primary.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hf, err := forked.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := max(hp, hf, v.State().Height()) + 2 // past the fork point on both
	if err := primary.WaitHeight(ctx, h); err != nil {
		t.Fatal(err)
	}
	if err := forked.WaitHeight(ctx, h); err != nil {
		t.Fatal(err)
	}
	_, err = v.At(ctx, h)
	var mb *lctm.MisbehaviourError
	if !errors.As(err, &mb) {
		t.Fatalf("forked witness at %d: got %v, want *MisbehaviourError", h, err)
	}
	t.Logf("detected: %v", err)
	if mb.Evidence == nil || len(mb.Evidence.ByzantineValidators) != 1 {
		t.Fatalf("evidence %+v", mb.Evidence)
	}
	// The evidence converts to ibc-go's 07-tendermint misbehaviour, trusted
	// from the pre-fork height the verifier started at.
	root := rootH
	tv, err := primary.Validators(ctx, root+1)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMisbehaviour("07-tendermint-0", mb, primary.Height(root), tv)
	if err != nil {
		t.Fatalf("07-tendermint misbehaviour: %v", err)
	}
	if m.Header1.GetHeight() != m.Header2.GetHeight() {
		t.Fatal("misbehaviour headers at different heights")
	}
	// Submitted to judge-1, the evidence freezes its client of forky-1.
	if _, err := SubmitMisbehaviour(ctx, judgeEnd, forkyEnd, mb); err != nil {
		t.Fatal(err)
	}
	ci, err := Client(ctx, judgeEnd)
	if err != nil {
		t.Fatal(err)
	}
	if !ci.Frozen {
		t.Fatalf("client %s on judge-1 not frozen after misbehaviour: %+v", ci.ClientID, ci)
	}
	if v.Halted() == nil {
		t.Fatal("verifier not halted")
	}
	if _, err := v.Latest(ctx); !errors.Is(err, lctm.ErrMisbehaviour) {
		t.Fatalf("after halting: %v", err)
	}
}
