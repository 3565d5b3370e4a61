package node_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/relay"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/relayer/state"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

const pass = linktest.Passphrase

type chain = linktest.Chain

// startChains starts simd chains whose keys the relayer finds under home.
func startChains(t *testing.T, home string, ids ...string) []*chain {
	return linktest.StartChainsT(t, home, ids...)
}

func linkChains(t *testing.T, a, b *chain) *link.Result { return linktest.LinkT(t, a, b) }

func writeConfig(t *testing.T, dir string, a, b *chain, res *link.Result) *config.Config {
	t.Helper()
	_, cfg, err := linktest.WriteConfig(dir, a, b, res, linktest.ConfigOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// runNode runs a relayer process until the returned stop is called.
func runNode(t *testing.T, cfg *config.Config, home string, log *zap.Logger) (stop func(), n <-chan *node.Node) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	ready := make(chan *node.Node, 1)
	go func() { done <- node.Run(ctx, cfg, home, log, func(n *node.Node) { ready <- n }) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("relayer: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop, ready
}

func transfer(t *testing.T, ctx context.Context, from *chain, channel, receiver string, amount int64, timeout time.Duration) {
	t.Helper()
	msg := transfertypes.NewMsgTransfer("transfer", channel, sdk.NewInt64Coin("token", amount), from.Net.User.Address, receiver,
		clienttypes.ZeroHeight(), uint64(time.Now().Add(timeout).UnixNano()), "")
	if _, err := from.User.SendMsgs(ctx, msg); err != nil {
		t.Fatalf("transfer on %s: %v", from.Net.ChainID, err)
	}
}

func balance(t *testing.T, ctx context.Context, c *chain, addr, denom string) int64 {
	t.Helper()
	b, err := c.Relayer.Balance(ctx, addr, denom)
	if err != nil {
		t.Fatal(err)
	}
	return b.Amount.Int64()
}

func eventually(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// TestRelayTransfersBothWaysAndTimeout runs the relayer process on two real
// simd chains: ICS-20 transfers both ways arrive with the right vouchers and
// their acks go back; then, with the relayer stopped, a transfer times out,
// and the restarted relayer (same home: NATS store and light-client state)
// relays the timeout and the sender is refunded.
func TestRelayTransfersBothWaysAndTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	home := t.TempDir()
	cs := startChains(t, home, "alliance-a-1", "alliance-b-1")
	a, b := cs[0], cs[1]
	res := linkChains(t, a, b)
	cfg := writeConfig(t, t.TempDir(), a, b, res)
	// The relayer reaches chain B through a proxy that cuts every connection
	// (websocket subscription included) every 700 ms while packets flow.
	cut, err := devnet.NewCutProxy(strings.TrimPrefix(b.Net.RPC(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cut.Close)
	cfg.Chains[1].RPC = "http://" + cut.Addr()
	log := zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel))
	ctx := context.Background()

	// Sent before the relayer ever ran: no watcher saw them; clearing on
	// start finds them in chain state.
	userA0 := balance(t, ctx, a, a.Net.User.Address, "token")
	const early = 3
	for i := 0; i < early; i++ {
		transfer(t, ctx, a, res.A.ChannelID, b.Net.User.Address, 1000, 10*time.Minute)
	}

	stop, ready := runNode(t, cfg, home, log)
	nd := <-ready
	cutting := make(chan struct{})
	cutsDone := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-cutting:
				cutsDone <- n
				return
			case <-time.After(700 * time.Millisecond):
				n += cut.Cut()
			}
		}
	}()

	voucherOnB := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
	voucherOnA := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.A.PortID, res.A.ChannelID, "token")).IBCDenom()
	const nAB, nBA = 12, 5
	for i := 0; i < nAB; i++ {
		transfer(t, ctx, a, res.A.ChannelID, b.Net.User.Address, int64(100+i), 10*time.Minute)
	}
	for i := 0; i < nBA; i++ {
		transfer(t, ctx, b, res.B.ChannelID, a.Net.User.Address, 7, 10*time.Minute)
	}
	wantB := int64(early * 1000)
	for i := 0; i < nAB; i++ {
		wantB += int64(100 + i)
	}
	eventually(t, "vouchers on both chains", 2*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucherOnB) == wantB && balance(t, ctx, a, a.Net.User.Address, voucherOnA) == 7*nBA
	})
	// Acks relayed back: the senders' packet commitments are deleted.
	commitmentsLeft := func(c *chain, channel string, n int) int {
		left := 0
		h, err := c.Relayer.LatestHeight(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for seq := 1; seq <= n; seq++ {
			pr, err := c.Relayer.QueryProven(ctx, host.PacketCommitmentPath("transfer", channel, uint64(seq)), h)
			if err != nil {
				t.Fatal(err)
			}
			if len(pr.Value) > 0 {
				left++
			}
		}
		return left
	}
	eventually(t, "acknowledgements relayed back", 2*time.Minute, func() bool {
		return commitmentsLeft(a, res.A.ChannelID, early+nAB) == 0 && commitmentsLeft(b, res.B.ChannelID, nBA) == 0
	})
	close(cutting)
	if n := <-cutsDone; n == 0 {
		t.Fatal("the proxy never cut a connection")
	} else {
		t.Logf("cut %d connections to chain B while relaying", n)
	}
	if got := balance(t, ctx, a, a.Net.User.Address, "token"); got != userA0-wantB {
		t.Fatalf("sender on A has %d token, want %d", got, userA0-wantB)
	}
	// The shared packet state agrees with the chains.
	eventually(t, "packet state acknowledged", time.Minute, func() bool {
		recs, err := nd.Store.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		acked := 0
		for _, r := range recs {
			if r.Stage == state.Acknowledged {
				acked++
			}
		}
		return acked == early+nAB+nBA
	})

	// Relayer down; a transfer with a short timeout expires meanwhile.
	stop()
	before := balance(t, ctx, a, a.Net.User.Address, "token")
	transfer(t, ctx, a, res.A.ChannelID, b.Net.User.Address, 5000, 4*time.Second)
	if got := balance(t, ctx, a, a.Net.User.Address, "token"); got != before-5000 {
		t.Fatalf("escrow: sender has %d, want %d", got, before-5000)
	}
	unrecv, unacked, err := relay.Pending(ctx, relay.Side{Chain: a.Relayer, Port: "transfer", Channel: res.A.ChannelID},
		relay.Side{Chain: b.Relayer, Port: "transfer", Channel: res.B.ChannelID})
	if err != nil || len(unrecv) != 1 || unrecv[0] != early+nAB+1 || len(unacked) != 0 {
		t.Fatalf("pending from chain state: unreceived %v, unacknowledged %v, %v; want [%d], []", unrecv, unacked, err, early+nAB+1)
	}
	// What `causeway tx clear --seq` does: only the named sequences are
	// handed over, found in the transaction index.
	sp := spinetest.Open(t, "")
	h, err := sp.Ensure(ctx, spinetest.Topology(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for _, only := range [][]uint64{{1}, {unrecv[0]}} {
		cl := &relay.Clearer{Src: relay.Side{Chain: a.Relayer, Port: "transfer", Channel: res.A.ChannelID},
			Dst: relay.Side{Chain: b.Relayer, Port: "transfer", Channel: res.B.ChannelID}, JS: sp.JS, Only: only, Chunk: 10}
		n, _, _, err := cl.ClearPending(ctx)
		want := 0
		if only[0] == unrecv[0] {
			want = 1
		}
		if err != nil || n != want {
			t.Fatalf("clear --seq %v: %d events, %v; want %d", only, n, err, want)
		}
	}
	if info, _ := h.Events.Info(ctx); info.State.Msgs != 1 {
		t.Fatalf("clearing published %d events, want the one send_packet", info.State.Msgs)
	}
	time.Sleep(6 * time.Second)

	_, ready = runNode(t, cfg, home, log)
	<-ready
	eventually(t, "timeout relayed and sender refunded", 2*time.Minute, func() bool {
		return balance(t, ctx, a, a.Net.User.Address, "token") == before
	})
	if got := balance(t, ctx, b, b.Net.User.Address, voucherOnB); got != wantB {
		t.Fatalf("receiver got the timed-out packet: vouchers %d, want %d", got, wantB)
	}
}
