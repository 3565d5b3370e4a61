package devnet

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"
)

func balance(t *testing.T, ctx context.Context, s *SimdChain, addr, denom string) int64 {
	t.Helper()
	out, err := s.Exec(ctx, "query", "bank", "balance", addr, denom, "--node", s.RPC(), "--output", "json")
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Balance struct {
			Amount string `json:"amount"`
		} `json:"balance"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("decode balance %q: %v", out, err)
	}
	n, err := strconv.ParseInt(r.Balance.Amount, 10, 64)
	if err != nil {
		t.Fatalf("balance amount %q: %v", r.Balance.Amount, err)
	}
	return n
}

func TestSimdStartsProducesBlocksAndSends(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s, err := StartSimd(ctx, SimdOptions{ChainID: "devnet-test-1"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	h, err := s.Height(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WaitHeight(ctx, h+3); err != nil {
		t.Fatal(err)
	}
	if in := s.Info(); in.RPC != s.RPC() || in.Relayer.Mnemonic == "" || len(in.Nodes) != 1 || in.Options.TimeoutCommit != "300ms" {
		t.Fatalf("info %+v", in)
	}

	before := balance(t, ctx, s, s.User.Address, "token")
	if before != 1_000_000_000_000_000 {
		t.Fatalf("user genesis balance = %d token", before)
	}
	if _, err := s.Exec(ctx, "tx", "bank", "send", s.Relayer.Name, s.User.Address, "12345token",
		"--keyring-backend", "test", "--chain-id", s.ChainID, "--node", s.RPC(),
		"--yes", "--output", "json"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := balance(t, ctx, s, s.User.Address, "token")
		if got == before+12345 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("user balance %d, want %d after bank send", got, before+12345)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// Restart keeps the chain: height continues and balances persist.
	h, err = s.Height(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	h2, err := s.Height(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h2 <= h {
		t.Fatalf("height after restart %d, want > %d", h2, h)
	}
	if got := balance(t, ctx, s, s.User.Address, "token"); got != before+12345 {
		t.Fatalf("balance after restart %d, want %d", got, before+12345)
	}
}

func TestSimdTwoValidators(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s, err := StartSimd(ctx, SimdOptions{ChainID: "devnet-multi-1", Validators: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, err := s.Height(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Each validator has half the power: blocks need both, so progress on
	// both nodes proves they are peered.
	if err := s.WaitHeight(ctx, h+3); err != nil {
		t.Fatal(err)
	}
}
