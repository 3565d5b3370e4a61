package cosmos

import (
	"context"
	"errors"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

func TestFitting(t *testing.T) {
	// 1 prefix + 99 msgs used 1,000,000 gas (10,000 each); a cap of 500,000
	// fits 0.95 * 50 - 1 = 46.
	if got := fitting(1, 99, &GasCapError{Gas: 1_000_000, Cap: 500_000}); got != 46 {
		t.Fatalf("fitting = %d, want 46", got)
	}
	// Never zero, never the whole run (which was refused).
	if got := fitting(1, 5, &GasCapError{Gas: 10_000_000, Cap: 1}); got != 1 {
		t.Fatalf("fitting of a hopeless run = %d, want 1", got)
	}
	if got := fitting(0, 5, &GasCapError{Gas: 101, Cap: 100}); got != 4 {
		t.Fatalf("fitting just over = %d, want 4", got)
	}
}

func TestSubmitSplitKeepsUnderTheGasCap(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := signer(t, s, s.RPC())

	// The chain's block gas limit caps transactions below the default
	// max_gas, and is read from its consensus params.
	if v, err := c.BlockMaxGas(ctx); err != nil || v != sharedBlockMaxGas {
		t.Fatalf("block max gas = %d, %v; want %d", v, err, sharedBlockMaxGas)
	}
	c.txMu.Lock()
	limit, from := c.txGasCap(ctx)
	c.txMu.Unlock()
	if limit != sharedBlockMaxGas || from != "block max_gas" {
		t.Fatalf("gas cap %d from %s, want the block's %d", limit, from, sharedBlockMaxGas)
	}

	// A max_gas far below what 40 sends need: SubmitMsgs refuses the whole,
	// SubmitSplit sends it in parts that each fit, prefix in every one.
	const maxGas = 400_000
	c.cfg.MaxGas = maxGas
	from2, user := sdk.MustAccAddressFromBech32(c.Address()), sdk.MustAccAddressFromBech32(s.User.Address)
	send := func(amount int64) sdk.Msg {
		return banktypes.NewMsgSend(from2, user, sdk.NewCoins(sdk.NewInt64Coin("token", amount)))
	}
	var msgs []sdk.Msg
	var want int64
	for i := 1; i <= 40; i++ {
		msgs = append(msgs, send(int64(i)))
		want += int64(i)
	}
	var gce *GasCapError
	if _, err := c.SubmitMsgs(ctx, append([]sdk.Msg{send(1000)}, msgs...)...); !errors.As(err, &gce) || gce.Cap != maxGas || gce.From != "max_gas" {
		t.Fatalf("SubmitMsgs above max_gas: %v, want a *GasCapError naming max_gas %d", err, maxGas)
	}
	before, err := c.Balance(ctx, s.User.Address, "token")
	if err != nil {
		t.Fatal(err)
	}
	parts, err := c.SubmitSplit(ctx, []sdk.Msg{send(1000)}, msgs)
	if err != nil {
		t.Fatal(err)
	}
	carried := 0
	for _, p := range parts {
		if p.Tx == nil || p.Tx.Code != 0 || p.Tx.GasWanted > maxGas {
			t.Fatalf("part %+v: not a successful tx under %d gas", p, maxGas)
		}
		carried += p.Msgs
	}
	if len(parts) < 2 || carried != len(msgs) {
		t.Fatalf("%d parts carrying %d msgs; want several carrying %d", len(parts), carried, len(msgs))
	}
	after, err := c.Balance(ctx, s.User.Address, "token")
	if err != nil {
		t.Fatal(err)
	}
	if got, exp := after.Amount.Int64()-before.Amount.Int64(), want+1000*int64(len(parts)); got != exp {
		t.Fatalf("user received %d token, want %d (every msg once, the prefix once per part)", got, exp)
	}
	t.Logf("40 sends under max_gas %d: %d transactions", maxGas, len(parts))

	// A single message above the cap cannot be split: refused, naming the cap.
	c.cfg.MaxGas = 10_000
	if _, err := c.SubmitSplit(ctx, nil, []sdk.Msg{send(1)}); !errors.As(err, &gce) || gce.Msgs != 1 {
		t.Fatalf("one msg above the cap: %v, want a *GasCapError", err)
	}
}
