package cosmos

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

func TestSplitSizes(t *testing.T) {
	// A sampled estimate: the prefix alone 100,000, each message 10,000
	// more. 1 prefix + 99 msgs wants 1.1 * 1,080,000; under a cap of
	// 300,000 a part of m msgs wants 1.1 * (100,000 + 10,000m), so m <= 17:
	// 6 equal parts (17, 17, 17, 16, 16, 16), the fewest that fit.
	est := gasEstimate{used: 1_080_000, sampled: true, head: 100_000, per: 10_000}
	e := &GasCapError{Gas: 1_188_000, Cap: 300_000, est: est}
	got := splitSizes(1, 99, e, 1.1)
	if want := []int{17, 17, 17, 16, 16, 16}; !slices.Equal(got, want) {
		t.Fatalf("splitSizes = %v, want %v", got, want)
	}
	msgs := make([]sdk.Msg, 99)
	runs := split(1, msgs, e, 1.1)
	total := 0
	for _, r := range runs {
		if want := 100_000 + 10_000*uint64(len(r.msgs)); r.est.used != want || r.est.head != est.head || r.est.per != est.per {
			t.Fatalf("run of %d msgs carries %+v, want gas %d and the sample's shape (from the sample)", len(r.msgs), r.est, want)
		}
		if wanted := uint64(math.Ceil(float64(r.est.used) * 1.1)); wanted > e.Cap {
			t.Fatalf("run of %d msgs wants %d, above the cap %d", len(r.msgs), wanted, e.Cap)
		}
		total += len(r.msgs)
	}
	if total != 99 {
		t.Fatalf("runs carry %d msgs, want 99", total)
	}

	// Under a share of a 30M block: 500 receives (82,800 gas each after a
	// 150,000 client update) fit the 7.5M share in 7 parts of 72 at most,
	// which want 6.72M each, four to a block (288 receives); 8 parts of 63
	// want 5.90M, five to a block (315); 13 of 39 fit eight to a block but
	// carry fewer receives (312).
	recv := gasEstimate{sampled: true, head: 150_000, per: 82_800}
	e = &GasCapError{Cap: 7_500_000, est: recv, block: 30_000_000}
	if got := splitSizes(1, 500, e, 1.1); len(got) != 8 || got[0] != 63 || got[7] != 62 {
		t.Fatalf("500 receives under a 30M block: %v, want 8 parts of 62-63", got)
	}
	e.block = 0 // a cap that is not a block's share: the fewest that fit
	if got := splitSizes(1, 500, e, 1.1); len(got) != 7 {
		t.Fatalf("500 receives under a 7.5M cap: %v, want 7 parts", got)
	}

	// Never fewer than two parts (the whole was refused), never more than
	// one message each.
	if got := splitSizes(1, 5, &GasCapError{Gas: 10_000_000, Cap: 1, est: est}, 1); !slices.Equal(got, []int{1, 1, 1, 1, 1}) {
		t.Fatalf("a hopeless run: %v, want one message per part", got)
	}
	if got := splitSizes(0, 5, &GasCapError{Gas: 101, Cap: 100}, 1); !slices.Equal(got, []int{3, 2}) {
		t.Fatalf("just over, simulated whole: %v, want [3 2]", got)
	}
	// Simulated whole: sized by the average per message with a margin: 40
	// msgs at 10,000 each under 100,000 fit 9 (0.95 * 10), so 5 parts of 8.
	if got := splitSizes(0, 40, &GasCapError{Gas: 400_000, Cap: 100_000}, 1); !slices.Equal(got, []int{8, 8, 8, 8, 8}) {
		t.Fatalf("simulated whole: %v, want five parts of 8", got)
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

	// Under a block gas limit, a batch above a quarter of it goes out as
	// equal parts of at most that share, so whole parts tile a block. (The
	// limit is set on the adapter alone: the chain's own is far higher.)
	c.cfg.MaxGas = 1_000_000_000
	c.txMu.Lock() // estimateGas simulates at the signer's sequence
	est, err := c.estimateGas(ctx, append([]sdk.Msg{send(1000)}, msgs...), false)
	wanted := uint64(math.Ceil(float64(est.used) * c.cfg.GasAdjustment))
	c.blockMaxGas, c.blockMaxGasAt = int64(wanted*2), time.Now() // a share of half the batch (20 sends)
	c.txMu.Unlock()
	if err != nil || !est.sampled {
		t.Fatalf("estimate of the batch: %+v %v (want one from a sample)", est, err)
	}
	share := wanted / 2
	parts, err = c.SubmitSplit(ctx, []sdk.Msg{send(1000)}, msgs)
	if err != nil {
		t.Fatal(err)
	}
	shortest, longest := len(msgs), 0
	for _, p := range parts {
		if p.Tx == nil || p.Tx.Code != 0 || uint64(p.Tx.GasWanted) > share {
			t.Fatalf("part %+v: not a successful tx within the block share %d", p, share)
		}
		shortest, longest = min(shortest, p.Msgs), max(longest, p.Msgs)
	}
	if len(parts) < 3 || longest-shortest > 1 {
		t.Fatalf("%d parts of %d to %d msgs under a share of half the batch; want at least 3 (each repeats the prefix), equal to a message", len(parts), shortest, longest)
	}

	t.Logf("40 sends under a block share of %d gas: %d parts of %d-%d msgs", share, len(parts), shortest, longest)

	// A share that holds fewer than minTiledPart messages is not used:
	// the batch splits only to the block's limit, here two thirds of it.
	c.txMu.Lock()
	c.blockMaxGas = int64(wanted * 2 / 3) // a share of 6-7 sends
	c.txMu.Unlock()
	parts, err = c.SubmitSplit(ctx, []sdk.Msg{send(1000)}, msgs)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 {
		t.Fatalf("under a block limit of two thirds of the batch (a share of 6-7 messages): %d parts, want 2", len(parts))
	}

	// A single message above the cap cannot be split: refused, naming the cap.
	c.cfg.MaxGas = 10_000
	if _, err := c.SubmitSplit(ctx, nil, []sdk.Msg{send(1)}); !errors.As(err, &gce) || gce.Msgs != 1 {
		t.Fatalf("one msg above the cap: %v, want a *GasCapError", err)
	}
}
