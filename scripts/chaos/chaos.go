package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/scripts/devnet"
	"github.com/causewaylabs/causeway/scripts/relayers"
)

// options of one chaos run.
type options struct {
	transfers int           // total, split evenly between the two directions
	perTx     int           // transfers per send transaction
	sendEvery time.Duration // pause between send transactions
	procs     int           // relayer processes (each gets its own signer key per chain)
	chaos     bool          // false: no faults (a throughput run)
	interval  time.Duration // mean time between faults
	short     bool          // one fault of each kind, in a fixed order
	outage    time.Duration // how long an RPC stays unreachable
	natsDown  time.Duration // how long a NATS node stays down
	deadline  time.Duration // for everything to be relayed after the last send
	seed      uint64
	dir       string
	logf      func(format string, args ...any)
}

func (o *options) check() error {
	switch {
	case o.transfers < 2 || o.transfers%2 != 0:
		return fmt.Errorf("-n must be an even number >= 2, got %d", o.transfers)
	case o.perTx < 1:
		return fmt.Errorf("-per-tx must be >= 1, got %d", o.perTx)
	case o.procs < 1 || o.procs > 8:
		return fmt.Errorf("-procs must be between 1 and 8, got %d", o.procs)
	case o.chaos && o.interval <= 0:
		return fmt.Errorf("-interval must be positive, got %s", o.interval)
	}
	return nil
}

// Result is what a run measured and checked (printed as a table and JSON).
type Result struct {
	Transfers     int            `json:"transfers"`
	Processes     int            `json:"processes"`
	Chaos         bool           `json:"chaos"`
	Seed          uint64         `json:"seed"`
	ElapsedS      float64        `json:"elapsed_s"`
	RelayS        float64        `json:"relay_s"` // first send to last ack
	PacketsPerS   float64        `json:"packets_per_s"`
	Received      int            `json:"received"`
	ReceivedTwice int            `json:"received_twice"`
	Acked         int            `json:"acked"`
	Pending       int            `json:"pending"` // commitments left on the sources
	DeadLettered  uint64         `json:"dead_lettered"`
	RecvMsgs      int            `json:"recv_msgs"`
	AckMsgs       int            `json:"ack_msgs"`
	Redundant     int            `json:"redundant_msgs"`
	RedundantPct  float64        `json:"redundant_pct"`
	RedundantBy   map[string]int `json:"redundant_by,omitempty"` // redundant messages (or Ethereum transactions) by chain and step
	WastedTxs     []string       `json:"wasted_txs,omitempty"`   // Cosmos transactions with redundant messages
	BalancesOK    bool           `json:"balances_conserved"`
	BalanceErrors []string       `json:"balance_errors,omitempty"`
	Faults        map[string]int `json:"faults"`
	Restarts      int            `json:"unplanned_restarts"`
	Failures      []string       `json:"failures"`

	wastedHashes []string // of WastedTxs and the transactions that did their work
}

// OK reports whether every check passed.
func (r *Result) OK() bool { return len(r.Failures) == 0 }

// side is one direction's sender.
type side struct {
	from, to *linktest.Chain
	channel  string // on from
	dstChan  string // on to
	sent     int
}

// bench is what every chaos run sets up before its chains: a work
// directory, the causeway binary, a 3-node NATS cluster, the random source
// of the faults and the result being filled in.
type bench struct {
	o        options
	bin      string
	nats     *devnet.NATSCluster
	rng      *rand.Rand
	res      *Result
	start    time.Time
	keysHome string // the relayer keys, copied into each process's home
	closers  []func()
}

func (b *bench) close() {
	for i := len(b.closers) - 1; i >= 0; i-- {
		b.closers[i]()
	}
}

// newBench checks o and sets up the run; close undoes it.
func newBench(ctx context.Context, o options) (*bench, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	if o.logf == nil {
		o.logf = func(string, ...any) {}
	}
	b := &bench{start: time.Now()}
	if o.dir == "" {
		d, err := os.MkdirTemp("", "causeway-chaos-")
		if err != nil {
			return nil, err
		}
		b.closers = append(b.closers, func() { os.RemoveAll(d) })
		o.dir = d
	}
	b.o = o
	b.rng = rand.New(rand.NewPCG(o.seed, o.seed^0x9e3779b97f4a7c15))
	b.res = &Result{Transfers: o.transfers, Processes: o.procs, Chaos: o.chaos, Seed: o.seed, Faults: map[string]int{}}
	b.keysHome = filepath.Join(o.dir, "keys-home")
	o.logf("building causeway")
	var err error
	if b.bin, err = relayers.Build(ctx, o.dir); err != nil {
		b.close()
		return nil, err
	}
	o.logf("starting a 3-node NATS cluster")
	if b.nats, err = devnet.StartNATSCluster(filepath.Join(o.dir, "nats"), 3); err != nil {
		b.close()
		return nil, err
	}
	b.closers = append(b.closers, b.nats.Close)
	return b, nil
}

// natsConfig is the nats section of the relayers' config.
func (b *bench) natsConfig() string {
	return fmt.Sprintf(`{url: %q, replicas: 3, ack_wait: 10s, lease_ttl: 5s, max_deliver: 20}`, b.nats.URL())
}

// startRelayers runs o.procs causeway processes on cfgFile, each with a
// copy of the keys, supervised (restarted when they exit) until close.
func (b *bench) startRelayers(ctx context.Context, cfgFile string) (*supervisor, error) {
	sup := &supervisor{bin: b.bin, cfg: cfgFile, logf: b.o.logf}
	for i := 0; i < b.o.procs; i++ {
		home := filepath.Join(b.o.dir, fmt.Sprintf("relayer-%d", i+1))
		if err := os.CopyFS(home, os.DirFS(b.keysHome)); err != nil {
			return nil, fmt.Errorf("relayer home: %w", err)
		}
		sup.homes = append(sup.homes, home)
	}
	if err := sup.startAll(); err != nil {
		return nil, err
	}
	supCtx, stopSup := context.WithCancel(ctx)
	var bg sync.WaitGroup
	bg.Go(func() { sup.watch(supCtx) })
	b.closers = append(b.closers, sup.stopAll, func() { stopSup(); bg.Wait() })
	return sup, nil
}

// faults starts injecting faults (when o.chaos) and returns the function
// that stops them and waits until every fault is undone.
func (b *bench) faults(ctx context.Context, sup *supervisor, proxy *devnet.CutProxy) (stop func()) {
	fctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if b.o.chaos {
		f := &faulter{o: b.o, rng: b.rng, sup: sup, nats: b.nats, proxy: proxy, res: b.res}
		wg.Go(func() { f.run(fctx) })
	}
	return func() { cancel(); wg.Wait() }
}

func run(ctx context.Context, o options) (*Result, error) {
	b, err := newBench(ctx, o)
	if err != nil {
		return nil, err
	}
	defer b.close()
	o, res, keysHome := b.o, b.res, b.keysHome
	o.logf("starting two simd chains")
	cs, err := linktest.StartChains(ctx, keysHome, devnet.SimdOptions{ExtraRelayers: o.procs - 1}, "chaos-a-1", "chaos-b-1")
	if err != nil {
		return nil, err
	}
	defer linktest.Close(cs)
	a, bc := cs[0], cs[1]
	o.logf("linking the chains (clients, connection, channel)")
	ln, err := linktest.Link(ctx, a, bc, nil)
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	// The relayers reach chain B through a proxy that the chaos can take
	// down, as an unreachable RPC endpoint.
	proxy, err := devnet.NewCutProxy(strings.TrimPrefix(bc.Net.RPC(), "http://"))
	if err != nil {
		return nil, err
	}
	defer proxy.Close()
	cfgFile, _, err := linktest.WriteConfig(o.dir, a, bc, ln, linktest.ConfigOptions{
		Signers: o.procs, MaxMsgs: 100, LogLevel: "info", NATS: b.natsConfig(),
		RPC: map[string]string{bc.Net.ChainID: "http://" + proxy.Addr()},
	})
	if err != nil {
		return nil, err
	}
	sup, err := b.startRelayers(ctx, cfgFile)
	if err != nil {
		return nil, err
	}

	voucherOn := func(s *side) string {
		return transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom("transfer", s.dstChan, "token")).IBCDenom()
	}
	sides := []*side{
		{from: a, to: bc, channel: ln.A.ChannelID, dstChan: ln.B.ChannelID},
		{from: bc, to: a, channel: ln.B.ChannelID, dstChan: ln.A.ChannelID},
	}
	before := map[*side]int64{}
	for _, s := range sides {
		bal, err := s.from.Relayer.Balance(ctx, s.from.Net.User.Address, "token")
		if err != nil {
			return nil, err
		}
		before[s] = bal.Amount.Int64()
	}

	// Faults run while packets flow.
	stopFaults := b.faults(ctx, sup, proxy)

	o.logf("sending %d transfers (%d per transaction, both ways)", o.transfers, o.perTx)
	relayStart := time.Now()
	timeout := uint64(time.Now().Add(2 * time.Hour).UnixNano())
	for i := 0; sides[0].sent+sides[1].sent < o.transfers; i++ {
		s := sides[i%2]
		n := min(o.perTx, o.transfers/2-s.sent)
		if n == 0 {
			continue
		}
		msgs := make([]sdk.Msg, n)
		for j := range msgs {
			msgs[j] = transfertypes.NewMsgTransfer("transfer", s.channel, sdk.NewInt64Coin("token", 1),
				s.from.Net.User.Address, s.to.Net.User.Address, clienttypes.ZeroHeight(), timeout, "")
		}
		if _, err := s.from.User.SendMsgs(ctx, msgs...); err != nil {
			stopFaults()
			return nil, fmt.Errorf("send on %s: %w", s.from.Net.ChainID, err)
		}
		s.sent += n
		o.logf("sent %d/%d", sides[0].sent+sides[1].sent, o.transfers)
		select {
		case <-ctx.Done():
			stopFaults()
			return nil, ctx.Err()
		case <-time.After(o.sendEvery):
		}
	}

	o.logf("waiting for every packet to be received and acknowledged")
	done := func() (bool, error) {
		for _, s := range sides {
			left, err := s.from.Relayer.PacketCommitments(ctx, "transfer", s.channel)
			if err != nil {
				return false, nil // the RPC may be down: try again
			}
			if len(left) > 0 {
				return false, nil
			}
		}
		return true, nil
	}
	deadline := time.Now().Add(o.deadline)
	lastReport := time.Now()
	for {
		ok, _ := done()
		if ok {
			break
		}
		if time.Now().After(deadline) {
			res.Failures = append(res.Failures, fmt.Sprintf("not everything relayed within %s of the last send", o.deadline))
			break
		}
		if time.Since(lastReport) > 10*time.Second {
			lastReport = time.Now()
			var left []string
			for _, s := range sides {
				l, _ := s.from.Relayer.PacketCommitments(ctx, "transfer", s.channel)
				left = append(left, fmt.Sprintf("%s: %d unacknowledged", s.from.Net.ChainID, len(l)))
			}
			o.logf("%s", strings.Join(left, ", "))
		}
		time.Sleep(500 * time.Millisecond)
	}
	res.RelayS = time.Since(relayStart).Seconds()
	stopFaults()
	proxy.Up()

	// Checks, all from chain state (and the dead-letter stream).
	for _, s := range sides {
		n := o.transfers / 2
		recv, err := waitIndexed(ctx, func() (*relayers.Count, error) {
			return relayers.Receipts(ctx, s.to.Net.RPC(), s.dstChan, s.to.Relayer.Codec().TxConfig.TxDecoder())
		}, n)
		if err != nil {
			return nil, err
		}
		ack, err := waitIndexed(ctx, func() (*relayers.Count, error) {
			return relayers.Acks(ctx, s.from.Net.RPC(), s.channel, s.from.Relayer.Codec().TxConfig.TxDecoder())
		}, n)
		if err != nil {
			return nil, err
		}
		res.wasted(s.to.Net.ChainID, "recv", recv, n)
		res.wasted(s.from.Net.ChainID, "ack", ack, n)
		recvPer, recvMsgs, ackPer, ackMsgs := recv.PerSeq, recv.Msgs, ack.PerSeq, ack.Msgs
		for seq := uint64(1); seq <= uint64(n); seq++ {
			switch c := recvPer[seq]; {
			case c == 1:
				res.Received++
			case c > 1:
				res.ReceivedTwice++
			}
			if ackPer[seq] >= 1 {
				res.Acked++
			}
		}
		res.RecvMsgs += recvMsgs
		res.AckMsgs += ackMsgs
		left, err := s.from.Relayer.PacketCommitments(ctx, "transfer", s.channel)
		if err != nil {
			return nil, err
		}
		res.Pending += len(left)

		// Conservation: what left the sender is in escrow and minted as
		// vouchers on the other side, one token per packet.
		after, err := s.from.Relayer.Balance(ctx, s.from.Net.User.Address, "token")
		if err != nil {
			return nil, err
		}
		escrow, err := s.from.Relayer.Balance(ctx, transfertypes.GetEscrowAddress("transfer", s.channel).String(), "token")
		if err != nil {
			return nil, err
		}
		voucher, err := s.to.Relayer.Balance(ctx, s.to.Net.User.Address, voucherOn(s))
		if err != nil {
			return nil, err
		}
		spent := before[s] - after.Amount.Int64()
		if spent != int64(n) || escrow.Amount.Int64() != int64(n) || voucher.Amount.Int64() != int64(n) {
			res.BalanceErrors = append(res.BalanceErrors, fmt.Sprintf("%s -> %s: sender spent %d, escrow %d, vouchers %d; want %d each",
				s.from.Net.ChainID, s.to.Net.ChainID, spent, escrow.Amount.Int64(), voucher.Amount.Int64(), n))
		}
	}
	res.BalancesOK = len(res.BalanceErrors) == 0
	res.Redundant = res.RecvMsgs + res.AckMsgs - 2*o.transfers
	if total := res.RecvMsgs + res.AckMsgs; total > 0 {
		res.RedundantPct = 100 * float64(res.Redundant) / float64(total)
	}
	return b.finish(ctx, sup), nil
}

// finish adds what every run reports at its end (dead letters, restarts,
// elapsed time, throughput) and judges the result.
func (b *bench) finish(ctx context.Context, sup *supervisor) *Result {
	res := b.res
	if dl, err := deadLetters(ctx, b.nats.URL()); err != nil {
		res.Failures = append(res.Failures, "dead-letter stream: "+err.Error())
	} else {
		res.DeadLettered = dl
	}
	res.Restarts = sup.restarts()
	res.ElapsedS = time.Since(b.start).Seconds()
	if res.RelayS > 0 {
		res.PacketsPerS = float64(b.o.transfers) / res.RelayS
	}
	res.judge(b.o)
	return res
}

// judge records a failure for every check the result does not pass.
func (res *Result) judge(o options) {
	if res.Received != o.transfers {
		res.Failures = append(res.Failures, fmt.Sprintf("%d of %d packets received exactly once", res.Received, o.transfers))
	}
	if res.ReceivedTwice > 0 {
		res.Failures = append(res.Failures, fmt.Sprintf("%d packets received twice", res.ReceivedTwice))
	}
	if res.Acked != o.transfers {
		res.Failures = append(res.Failures, fmt.Sprintf("%d of %d packets acknowledged", res.Acked, o.transfers))
	}
	if res.Pending > 0 {
		res.Failures = append(res.Failures, fmt.Sprintf("%d packets still pending", res.Pending))
	}
	if res.DeadLettered > 0 {
		res.Failures = append(res.Failures, fmt.Sprintf("%d messages dead-lettered", res.DeadLettered))
	}
	if !res.BalancesOK {
		res.Failures = append(res.Failures, "balances not conserved: "+strings.Join(res.BalanceErrors, "; "))
	}
	if res.RedundantPct >= 1 {
		res.Failures = append(res.Failures, fmt.Sprintf("redundant relay messages %.2f %% (target < 1 %%)", res.RedundantPct))
	}
}

// wasted records the transactions on chain whose what messages did
// nothing.
func (res *Result) wasted(chain, what string, c *relayers.Count, want int) {
	if res.RedundantBy == nil {
		res.RedundantBy = map[string]int{}
	}
	if n := c.Msgs - want; n != 0 {
		res.RedundantBy[chain+" "+what] += n
	}
	for _, w := range c.Wasted {
		res.WastedTxs = append(res.WastedTxs, chain+" "+what+": "+w.String())
		res.wastedHashes = append(res.wastedHashes, w.Hash)
		for _, h := range w.Redundant {
			if h != "" {
				res.wastedHashes = append(res.wastedHashes, h)
			}
		}
	}
}

// waitIndexed polls a count until the transaction index shows n sequences
// (it lags the blocks a little), then returns the last count.
func waitIndexed(ctx context.Context, f func() (*relayers.Count, error), n int) (*relayers.Count, error) {
	deadline := time.Now().Add(time.Minute)
	for {
		c, err := f()
		if err == nil && len(c.PerSeq) >= n || time.Now().After(deadline) {
			return c, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// deadLetters counts the messages in the dead-letter stream.
func deadLetters(ctx context.Context, url string) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	sp, err := spine.Open(ctx, spine.Options{URL: url, Name: "causeway-chaos"})
	if err != nil {
		return 0, err
	}
	defer sp.Close()
	st, err := sp.JS.Stream(ctx, spine.DeadLetterStream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	info, err := st.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// relayerLogContext returns, from the relayer logs under dir, each line
// that names one of hashes with the lines of that log before it (up to
// before of them), each cut to 600 bytes: what a process was doing when it
// sent a transaction whose messages were redundant.
func relayerLogContext(dir string, hashes []string, before int) string {
	if len(hashes) == 0 {
		return ""
	}
	logs, _ := filepath.Glob(filepath.Join(dir, "relayer-*", "relayer.log"))
	var b strings.Builder
	for _, f := range logs {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		lines := strings.Split(string(data), "\n")
		shown := -1
		for i, l := range lines {
			if !slices.ContainsFunc(hashes, func(h string) bool { return strings.Contains(l, h) }) {
				continue
			}
			fmt.Fprintf(&b, "--- %s line %d\n", f, i+1)
			for j := max(i-before, shown+1); j <= i; j++ {
				l := lines[j]
				if len(l) > 600 {
					l = l[:600] + "..."
				}
				b.WriteString(l + "\n")
			}
			shown = i
		}
	}
	return b.String()
}
