package node_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/causewaylabs/causeway/relayer/state"
)

// TestWitnessConflictHaltsPath forks the destination chain after linking
// (both copies keep signing blocks with the same validator key: real
// equivocation) and gives the relayer the fork as a witness. Its light
// client finds two valid, conflicting headers: the path is halted
// (causeway_path_halted, causeway_misbehaviour_detected_total, /healthz not
// ready) and nothing proven by that chain is relayed.
func TestWitnessConflictHaltsPath(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	home := t.TempDir()
	cs := startChains(t, home, "wit-a-1", "wit-b-1")
	a, b := cs[0], cs[1]
	res := linkChains(t, a, b)
	ctx := context.Background()
	fctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	fork, err := b.Net.Fork(fctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = fork.Close() })
	cfg := writeConfig(t, t.TempDir(), a, b, res)
	cfg.Chains[1].Witnesses = []string{fork.RPC()}

	_, ready := runNode(t, cfg, home, zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel)))
	nd := <-ready
	eventually(t, "the path halted", 2*time.Minute, func() bool {
		return counterValue(t, nd, "causeway_path_halted", map[string]string{"path": "a-b"}) == 1
	})
	if n := counterValue(t, nd, "causeway_misbehaviour_detected_total", map[string]string{"chain": b.Net.ChainID}); n < 1 {
		t.Fatalf("misbehaviour not counted: %v", n)
	}
	if ok, res := nd.Health.Status(); ok || !strings.Contains(res["chain_"+b.Net.ChainID], "halted") {
		t.Fatalf("health does not report the halt: %v", res)
	}
	// A packet from B needs B's headers: it must stay pending.
	transfer(t, ctx, b, res.B.ChannelID, a.Net.User.Address, 5, 10*time.Minute)
	time.Sleep(10 * time.Second)
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.A.PortID, res.A.ChannelID, "token")).IBCDenom()
	if got := balance(t, ctx, a, a.Net.User.Address, voucher); got != 0 {
		t.Fatalf("a packet proven by a chain with conflicting headers was relayed: %d vouchers", got)
	}
}

// TestFailingTransactionIsRetriedNotDropped empties the relayer's fee
// account on the destination, so every relay transaction is refused
// (insufficient funds for the fee): the failure is counted and recorded on
// the packet, which stays pending; once the account is funded again the
// packet is relayed.
func TestFailingTransactionIsRetriedNotDropped(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	home := t.TempDir()
	cs := startChains(t, home, "fee-a-1", "fee-b-1")
	a, b := cs[0], cs[1]
	res := linkChains(t, a, b)
	ctx := context.Background()
	cfg := writeConfig(t, t.TempDir(), a, b, res)
	cfg.Chains[1].Gas.Price = "1stake" // fees are paid on the destination

	// Leave the relayer on B with too little for any relay fee.
	bal := balance(t, ctx, b, b.Net.Relayer.Address, "stake")
	drain := banktypes.NewMsgSend(sdk.MustAccAddressFromBech32(b.Net.Relayer.Address), sdk.MustAccAddressFromBech32(b.Net.User.Address),
		sdk.NewCoins(sdk.NewCoin("stake", math.NewInt(bal-1000))))
	if _, err := b.Relayer.SendMsgs(ctx, drain); err != nil {
		t.Fatal(err)
	}

	_, ready := runNode(t, cfg, home, zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel)))
	nd := <-ready
	transfer(t, ctx, a, res.A.ChannelID, b.Net.User.Address, 7, 20*time.Minute)
	eventually(t, "the refused transaction counted", 2*time.Minute, func() bool {
		return counterValue(t, nd, "causeway_tx_failed_total", map[string]string{"chain": b.Net.ChainID}) > 0
	})
	eventually(t, "the failure recorded on the packet", time.Minute, func() bool {
		recs, err := nd.Store.List(ctx)
		return err == nil && len(recs) == 1 && recs[0].Stage == state.Observed && recs[0].Attempts > 0 && recs[0].LastError != ""
	})
	recs, _ := nd.Store.List(ctx)
	t.Logf("packet pending after %d attempts: %s", recs[0].Attempts, recs[0].LastError)
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
	if got := balance(t, ctx, b, b.Net.User.Address, voucher); got != 0 {
		t.Fatalf("relayed without fees: %d vouchers", got)
	}

	refill := banktypes.NewMsgSend(sdk.MustAccAddressFromBech32(b.Net.User.Address), sdk.MustAccAddressFromBech32(b.Net.Relayer.Address),
		sdk.NewCoins(sdk.NewCoin("stake", math.NewInt(1_000_000_000))))
	if _, err := b.User.SendMsgs(ctx, refill); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the packet relayed once fees can be paid", 3*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) == 7
	})
}
