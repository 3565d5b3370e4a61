package link

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// A real fork: the chain's home is copied and both copies keep producing
// blocks with the same validator key. A verifier following the original
// with the copy as witness must detect the conflict and halt.
func TestWitnessDetectsFork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s, err := devnet.StartSimd(ctx, devnet.SimdOptions{ChainID: "forky-1"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	primary, err := cosmos.New(cosmos.Config{ChainID: s.ChainID, RPC: s.RPC()})
	if err != nil {
		t.Fatal(err)
	}
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
	if _, err := v.Latest(ctx); err != nil {
		t.Fatalf("honest witness: %v", err)
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
	if v.Halted() == nil {
		t.Fatal("verifier not halted")
	}
	if _, err := v.Latest(ctx); !errors.Is(err, lctm.ErrMisbehaviour) {
		t.Fatalf("after halting: %v", err)
	}
}
