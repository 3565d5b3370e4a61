package node_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/scripts/relayers"
)

// buildCauseway builds the relayer binary once per test.
func buildCauseway(t *testing.T) string {
	t.Helper()
	bin, err := relayers.Build(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// process is a `causeway start` child process, stopped when the test ends
// (its log is printed if the test failed).
type process struct{ *relayers.Process }

func startProcess(t *testing.T, bin, cfg, home string, n int) *process {
	t.Helper()
	p, err := relayers.Start(bin, cfg, home, fmt.Sprintf("relayer-%d", n), "info", linktest.PassphraseEnv+"="+pass)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = p.Stop(20 * time.Second)
		if t.Failed() {
			t.Logf("relayer %d log (tail):\n%s", n, p.Tail(20000))
		}
	})
	return &process{p}
}

// TestRelayerKilledMidwayFinishesEverythingOnce kills the relayer process
// (SIGKILL) while 200 transfers are in flight and starts it again on the same
// home: every packet is received exactly once and acknowledged.
func TestRelayerKilledMidwayFinishesEverythingOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	bin := buildCauseway(t)
	home := t.TempDir()
	cs := startChains(t, home, "kill-a-1", "kill-b-1")
	a, b := cs[0], cs[1]
	res := linkChains(t, a, b)
	cfgDir := t.TempDir()
	writeConfig(t, cfgDir, a, b, res)
	cfgFile := filepath.Join(cfgDir, "causeway.yaml")
	ctx := context.Background()

	const n = 200
	p := startProcess(t, bin, cfgFile, home, 1)
	voucher := sendBurst(t, ctx, a, b, res, n)
	eventually(t, "some packets received before the kill", 2*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) > 0
	})
	p.Kill()
	atKill := balance(t, ctx, b, b.Net.User.Address, voucher)
	t.Logf("killed the relayer with %d of %d packets received", atKill, n)

	startProcess(t, bin, cfgFile, home, 2)
	eventually(t, "all packets received", 3*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) == n
	})
	allAcked(t, ctx, a, res.A.ChannelID)
	recvMsgs := receivedOnce(t, ctx, b.Net.RPC(), res.B.ChannelID, n)
	if recvMsgs-n > 100 {
		t.Fatalf("%d redundant recv messages: more than one batch was resubmitted", recvMsgs-n)
	}
}

// receivedOnce waits for the destination's transaction index to show packets
// 1..n, fails unless each was received exactly once, and returns the number
// of MsgRecvPacket messages (redundant ones included).
func receivedOnce(t *testing.T, ctx context.Context, rpc, channel string, n int) int {
	t.Helper()
	var recvMsgs int
	var err error
	eventually(t, "the transaction index to catch up", time.Minute, func() bool {
		recvMsgs, err = relayers.ReceivedOnce(ctx, rpc, channel, n)
		return !errors.Is(err, relayers.ErrNotYet)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("recv messages on the destination: %d for %d packets (%d redundant)", recvMsgs, n, recvMsgs-n)
	return recvMsgs
}

// allAcked waits until the source chain holds no packet commitment on
// channel: every packet was acknowledged (or timed out).
func allAcked(t *testing.T, ctx context.Context, a *chain, channel string) {
	t.Helper()
	eventually(t, "all acknowledgements relayed", 3*time.Minute, func() bool {
		seqs, err := a.Relayer.PacketCommitments(ctx, "transfer", channel)
		if err != nil {
			t.Fatal(err)
		}
		return len(seqs) == 0
	})
}

// sendBurst sends n transfers of 1 token from a's user to b's, 50 per
// transaction, and returns b's voucher denom.
func sendBurst(t *testing.T, ctx context.Context, a, b *chain, res *link.Result, n int) string {
	t.Helper()
	var msgs []sdk.Msg
	for i := 0; i < n; i++ {
		msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", res.A.ChannelID, sdk.NewInt64Coin("token", 1), a.Net.User.Address, b.Net.User.Address,
			clienttypes.ZeroHeight(), uint64(time.Now().Add(20*time.Minute).UnixNano()), ""))
	}
	for i := 0; i < n; i += 50 {
		if _, err := a.User.SendMsgs(ctx, msgs[i:min(i+50, n)]...); err != nil {
			t.Fatal(err)
		}
	}
	return transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
}
