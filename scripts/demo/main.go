// Command demo runs Causeway end to end on one machine and exits 0 when
// every packet was relayed and acknowledged.
//
// The default pair, cosmos-ethereum, builds allianced and geth, starts an
// alliance chain, geth --dev with the dev beacon, deploys Causeway's
// contracts, opens the path (handshake with storage proofs), starts a
// relayer process (embedded NATS JetStream), sends ICS-20 transfers from the
// alliance chain to Ethereum (a voucher ERC-20 is minted) and part of them
// back (vouchers burned, the escrow released), shows progress and prints a
// summary. -pair cosmos-cosmos does the same between two alliance chains.
//
//	go run ./scripts/demo [-pair cosmos-ethereum|cosmos-cosmos] [-n 200] [-back 50] [-keep]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/relayer/logging"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/state"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

func main() {
	pair := flag.String("pair", "cosmos-ethereum", "cosmos-ethereum or cosmos-cosmos")
	n := flag.Int("n", 200, "transfers from the alliance chain to the other chain (one transaction per 100)")
	back := flag.Int("back", 50, "transfers back")
	keep := flag.Bool("keep", false, "keep the chains and relayer running after the summary (Ctrl-C stops)")
	timeout := flag.Duration("timeout", 10*time.Minute, "give up after this long")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	runPair := run
	switch *pair {
	case "cosmos-ethereum":
		runPair = runEthereum
	case "cosmos-cosmos":
	default:
		fmt.Fprintf(os.Stderr, "demo: -pair %q: want cosmos-ethereum or cosmos-cosmos\n", *pair)
		os.Exit(2)
	}
	if err := runPair(ctx, *n, *back, *keep, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "demo failed:", err)
		os.Exit(1)
	}
}

type chain = linktest.Chain

func step(format string, args ...any) {
	fmt.Printf("%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func run(ctx context.Context, nAB, nBA int, keep bool, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	home, err := os.MkdirTemp("", "causeway-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(home)

	step("building simd from go.mod's ibc-go (cached after the first run)...")
	bin, err := devnet.Build(ctx, devnet.Simd)
	if err != nil {
		return err
	}
	step("starting two alliance chains (300 ms blocks) on loopback...")
	chains, err := linktest.StartChains(ctx, home, devnet.SimdOptions{Binary: bin, Dir: filepath.Join(home, "chains")}, "alliance-a-1", "alliance-b-1")
	if err != nil {
		return err
	}
	defer linktest.Close(chains)
	a, b := chains[0], chains[1]
	for _, c := range chains {
		step("  %s: rpc %s, relayer %s", c.Net.ChainID, c.Net.RPC(), c.Net.Relayer.Address)
	}

	step("linking: clients, connection and channel (every header and proof verified)...")
	res, err := linktest.Link(ctx, a, b, func(f string, args ...any) { step("  "+f, args...) })
	if err != nil {
		return err
	}
	step("  linked %s/%s <-> %s/%s", res.A.ChainID, res.A.ChannelID, res.B.ChainID, res.B.ChannelID)

	_, cfg, err := linktest.WriteConfig(home, a, b, res, linktest.ConfigOptions{Path: "demo", MaxMsgs: 200, LogLevel: "warn"})
	if err != nil {
		return err
	}
	nd, stopRelayer, relayerDone, err := startRelayer(ctx, cfg, home)
	if err != nil {
		return err
	}
	defer stopRelayer()

	step("sending %d transfers alliance-a -> alliance-b and %d back...", nAB, nBA)
	sent := time.Now()
	if err := send(ctx, a, res.A.ChannelID, b.Net.User.Address, nAB); err != nil {
		return err
	}
	if err := send(ctx, b, res.B.ChannelID, a.Net.User.Address, nBA); err != nil {
		return err
	}
	if err := waitAll(ctx, nd, nAB+nBA, relayerDone); err != nil {
		return err
	}
	recs, err := nd.Store.List(ctx)
	if err != nil {
		return err
	}
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
	got, err := b.Relayer.Balance(ctx, b.Net.User.Address, voucher)
	if err != nil {
		return err
	}
	summary(recs, time.Since(sent))
	step("alliance-b user holds %s %s (vouchers for alliance-a token)", got.Amount, voucher)
	if keep {
		step("chains and relayer keep running; Ctrl-C stops")
		<-ctx.Done()
	}
	stopRelayer()
	return <-relayerDone
}

// send submits n transfers of 1..n token, 100 per transaction.
func send(ctx context.Context, from *chain, channel, receiver string, n int) error {
	for done := 0; done < n; {
		var msgs []sdk.Msg
		for ; done < n && len(msgs) < 100; done++ {
			msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", channel, sdk.NewInt64Coin("token", int64(done+1)),
				from.Net.User.Address, receiver, clienttypes.ZeroHeight(), uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
		}
		if _, err := from.User.SendMsgs(ctx, msgs...); err != nil {
			return fmt.Errorf("transfer on %s: %w", from.Net.ChainID, err)
		}
	}
	return nil
}

type counts struct{ seen, received, acked, timedOut int }

func count(recs []*state.Record) counts {
	var c counts
	for _, r := range recs {
		c.seen++
		switch {
		case r.Stage == state.TimedOut:
			c.timedOut++
		case r.Stage == state.Acknowledged:
			c.acked++
			c.received++
		case r.Stage == state.Received:
			c.received++
		}
	}
	return c
}

func summary(recs []*state.Record, elapsed time.Duration) {
	var toRecv, toAck []time.Duration
	for _, r := range recs {
		for _, h := range r.History {
			switch h.Stage {
			case state.Received:
				toRecv = append(toRecv, h.At.Sub(r.FirstSeen))
			case state.Acknowledged:
				toAck = append(toAck, h.At.Sub(r.FirstSeen))
			}
		}
	}
	c := count(recs)
	fmt.Println()
	fmt.Println("summary")
	fmt.Printf("  packets            %d (relayed %d, acknowledged %d, timed out %d) in %s\n", len(recs), c.received, c.acked, c.timedOut, elapsed.Round(time.Millisecond))
	fmt.Printf("  observed->received p50 %s  p95 %s  max %s\n", pct(toRecv, 50), pct(toRecv, 95), pct(toRecv, 100))
	fmt.Printf("  observed->acked    p50 %s  p95 %s  max %s\n", pct(toAck, 50), pct(toAck, 95), pct(toAck, 100))
	fmt.Println()
}

func pct(ds []time.Duration, p int) string {
	if len(ds) == 0 {
		return "-"
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	i := (len(ds)*p + 99) / 100
	if i > 0 {
		i--
	}
	return ds[i].Round(time.Millisecond).String()
}

// startRelayer runs the relayer process in this one (embedded NATS
// JetStream in home) until stop is called; done carries node.Run's result.
func startRelayer(ctx context.Context, cfg *config.Config, home string) (nd *node.Node, stop func(), done <-chan error, err error) {
	log, err := logging.New("warn", "console")
	if err != nil {
		return nil, nil, nil, err
	}
	step("starting the relayer (embedded NATS JetStream in %s)...", filepath.Join(home, "nats"))
	rctx, cancel := context.WithCancel(ctx)
	relayerDone := make(chan error, 1)
	ready := make(chan *node.Node, 1)
	go func() { relayerDone <- node.Run(rctx, cfg, home, log, func(n *node.Node) { ready <- n }) }()
	select {
	case nd = <-ready:
	case err := <-relayerDone:
		cancel()
		return nil, nil, nil, fmt.Errorf("relayer: %w", err)
	}
	step("  metrics on http://%s/metrics", nd.MetricsAddr)
	return nd, cancel, relayerDone, nil
}
