package node_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// buildCauseway builds the relayer binary once per test run.
func buildCauseway(t *testing.T) string {
	t.Helper()
	root, err := devnet.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "causeway")
	cmd := exec.Command("go", "build", "-o", out, "./relayer/cmd/causeway")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build causeway: %v\n%s", err, b)
	}
	return out
}

// process is a `causeway start` child process.
type process struct {
	cmd *exec.Cmd
	log *os.File
}

func startProcess(t *testing.T, bin, cfg, home string, n int) *process {
	t.Helper()
	logf, err := os.Create(filepath.Join(home, fmt.Sprintf("relayer-%d.log", n)))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "start", "--config", cfg, "--home", home, "--log-level", "info")
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), linktest.PassphraseEnv+"="+pass)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, log: logf}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Signal(syscall.SIGTERM)
			_ = p.cmd.Wait()
		}
		logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			if len(b) > 20000 {
				b = b[len(b)-20000:]
			}
			t.Logf("relayer %d log (tail):\n%s", n, b)
		}
	})
	return p
}

// recvCounts counts, on the destination chain, the recv_packet events per
// sequence and the MsgRecvPacket messages in all transactions.
func recvCounts(t *testing.T, ctx context.Context, rpc, channel string) (perSeq map[uint64]int, msgs int) {
	t.Helper()
	c, err := rpchttp.New(rpc, "/websocket")
	if err != nil {
		t.Fatal(err)
	}
	perSeq = map[uint64]int{}
	q := "message.action='/ibc.core.channel.v1.MsgRecvPacket'"
	for page := 1; ; page++ {
		perPage := 100
		res, err := c.TxSearch(ctx, q, false, &page, &perPage, "asc")
		if err != nil {
			t.Fatalf("tx_search: %v", err)
		}
		for _, tx := range res.Txs {
			for _, ev := range tx.TxResult.Events {
				switch ev.Type {
				case "message":
					for _, a := range ev.Attributes {
						if a.Key == "action" && a.Value == "/ibc.core.channel.v1.MsgRecvPacket" {
							msgs++
						}
					}
				case "recv_packet":
					var seq uint64
					var ch string
					for _, a := range ev.Attributes {
						switch a.Key {
						case "packet_sequence":
							seq, _ = strconv.ParseUint(a.Value, 10, 64)
						case "packet_dst_channel":
							ch = a.Value
						}
					}
					if ch == channel {
						perSeq[seq]++
					}
				}
			}
		}
		if page*perPage >= res.TotalCount {
			return perSeq, msgs
		}
	}
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
	var msgs []sdk.Msg
	for i := 0; i < n; i++ {
		msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", res.A.ChannelID, sdk.NewInt64Coin("token", 1), a.Net.User.Address, b.Net.User.Address,
			clienttypes.ZeroHeight(), uint64(time.Now().Add(20*time.Minute).UnixNano()), ""))
	}
	p := startProcess(t, bin, cfgFile, home, 1)
	for i := 0; i < n; i += 50 {
		if _, err := a.User.SendMsgs(ctx, msgs[i:i+50]...); err != nil {
			t.Fatal(err)
		}
	}
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
	eventually(t, "some packets received before the kill", 2*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) > 0
	})
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
	atKill := balance(t, ctx, b, b.Net.User.Address, voucher)
	t.Logf("killed the relayer with %d of %d packets received", atKill, n)

	startProcess(t, bin, cfgFile, home, 2)
	eventually(t, "all packets received", 3*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) == n
	})
	eventually(t, "all acknowledgements relayed", 3*time.Minute, func() bool {
		h, err := a.Relayer.LatestHeight(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for seq := uint64(1); seq <= n; seq++ {
			pr, err := a.Relayer.QueryProven(ctx, fmt.Sprintf("commitments/ports/transfer/channels/%s/sequences/%d", res.A.ChannelID, seq), h)
			if err != nil {
				t.Fatal(err)
			}
			if len(pr.Value) > 0 {
				return false
			}
		}
		return true
	})
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
	var perSeq map[uint64]int
	var recvMsgs int
	eventually(t, "the transaction index to catch up", time.Minute, func() bool {
		perSeq, recvMsgs = recvCounts(t, ctx, rpc, channel)
		return len(perSeq) == n
	})
	for seq := uint64(1); seq <= uint64(n); seq++ {
		if perSeq[seq] != 1 {
			t.Fatalf("packet %d received %d times", seq, perSeq[seq])
		}
	}
	t.Logf("recv messages on the destination: %d for %d packets (%d redundant)", recvMsgs, n, recvMsgs-n)
	return recvMsgs
}
