package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/logging"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

const (
	passphrase = "causeway bench passphrase"
	passEnv    = "CAUSEWAY_BENCH_PASS"
)

// chain is one local simd chain with adapters for the relayer and user keys.
type chain struct {
	net           *devnet.SimdChain
	relayer, user *cosmos.Chain
}

// relayerProc is one relayer, either a `causeway start` subprocess or
// (profile mode) node.Run in this process.
type relayerProc struct {
	name    string
	cmd     *exec.Cmd
	metrics string // host:port of /metrics
	log     string
	done    chan error
	cancel  context.CancelFunc // in-process only
}

// workspace makes the run's temporary directory (removed by cleanup unless
// -keep) and, unless the relayer runs in-process, builds causeway into it.
func workspace(ctx context.Context, o options) (home, bin string, cleanup func(), err error) {
	if o.dir != "" {
		home, cleanup = o.dir, func() {}
	} else if home, err = os.MkdirTemp("", "causeway-bench-"); err != nil {
		return "", "", nil, fmt.Errorf("temporary directory: %w", err)
	} else {
		cleanup = func() { os.RemoveAll(home) }
	}
	if o.keep {
		step("keeping %s", home)
		cleanup = func() {}
	}
	if o.profile == "" {
		step("building causeway...")
		if bin, err = buildCauseway(ctx, home); err != nil {
			cleanup()
			return "", "", nil, err
		}
	}
	return home, bin, cleanup, nil
}

func run(ctx context.Context, o options) (*Result, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	home, bin, cleanup, err := workspace(ctx, o)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	res := newResult(o)
	step("building simd (cached) and starting two chains with %s blocks...", o.block)
	simd, err := devnet.Build(ctx, devnet.Simd)
	if err != nil {
		return nil, fmt.Errorf("build simd: %w", err)
	}
	var chains [2]*chain
	var errs [2]error
	var wg sync.WaitGroup
	for i, id := range []string{"bench-a-1", "bench-b-1"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			opts := devnet.SimdOptions{ChainID: id, Binary: simd, TimeoutCommit: o.block, Dir: filepath.Join(home, "chains", id), Balance: 1 << 60}
			if i == 1 {
				// Only the destination is limited, so a burst's sends land at
				// once and its receipts queue for the destination's blocks.
				opts.BlockMaxGas = o.blockGas
			}
			s, err := devnet.StartSimd(ctx, opts)
			if err != nil {
				errs[i] = fmt.Errorf("start %s: %w", id, err)
				return
			}
			chains[i] = &chain{net: s}
		}()
	}
	wg.Wait()
	for _, c := range chains {
		if c != nil {
			defer c.net.Close()
		}
	}
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	a, b := chains[0], chains[1]
	keyDir := filepath.Join(home, "keys")
	for _, c := range chains {
		if err := keys(keyDir, c); err != nil {
			return nil, err
		}
	}

	step("linking (clients, connection, channel)...")
	end := func(c *chain) (*link.End, error) {
		v, err := link.NewVerifier(ctx, c.relayer, lctm.Params{TrustingPeriod: 20 * time.Minute, MaxClockDrift: 10 * time.Second}, nil, nil)
		return &link.End{Chain: c.relayer, Verifier: v}, err
	}
	ea, err := end(a)
	if err != nil {
		return nil, fmt.Errorf("verifier for %s: %w", a.net.ChainID, err)
	}
	eb, err := end(b)
	if err != nil {
		return nil, fmt.Errorf("verifier for %s: %w", b.net.ChainID, err)
	}
	ln, err := link.Link(ctx, ea, eb, link.Options{TrustingPeriod: 20 * time.Minute})
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	step("  linked %s/%s -> %s/%s", ln.A.ChainID, ln.A.ChannelID, ln.B.ChainID, ln.B.ChannelID)

	fl, err := startFleet(ctx, o, home, bin, func(phome, nats, metrics string) (string, error) {
		return writeConfig(phome, keyDir, nats, metrics, o, a, b, ln)
	})
	if err != nil {
		return nil, err
	}
	defer fl.stop()
	dstStart, err := b.relayer.LatestHeight(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s height: %w", b.net.ChainID, err)
	}

	step("sending %d transfers %s -> %s, %d per transaction...", o.n, a.net.ChainID, b.net.ChainID, o.perTx)
	sends, err := send(ctx, a.user, a.net.ChainID, a.net.User.Address, ln.A.ChannelID, b.net.User.Address, "token", o.n, o.perTx, o.interval)
	if err != nil {
		return nil, err
	}
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(ln.B.PortID, ln.B.ChannelID, "token")).IBCDenom()
	mem, err := waitDone(ctx, o.n, fl.procs, func(ctx context.Context) (int, int, error) {
		bal, err := b.relayer.Balance(ctx, b.net.User.Address, voucher)
		if err != nil {
			return 0, 0, fmt.Errorf("voucher balance on %s: %w", b.net.ChainID, err)
		}
		pending, err := a.relayer.PacketCommitments(ctx, ln.A.PortID, ln.A.ChannelID)
		if err != nil {
			return 0, 0, fmt.Errorf("packet commitments on %s: %w", a.net.ChainID, err)
		}
		return int(bal.Amount.Int64()), o.n - len(pending), nil
	})
	fl.finish(ctx, res, mem)
	if err != nil {
		return res, err
	}
	step("all %d packets received and acknowledged; reading the chains...", o.n)
	srcEnd, err := a.relayer.LatestHeight(ctx)
	if err != nil {
		return res, fmt.Errorf("%s height: %w", a.net.ChainID, err)
	}
	dstEnd, err := b.relayer.LatestHeight(ctx)
	if err != nil {
		return res, fmt.Errorf("%s height: %w", b.net.ChainID, err)
	}
	if err := analyse(ctx, res, a, b, ln, sends, dstStart, srcEnd, dstEnd); err != nil {
		return res, err
	}
	if o.profile != "" {
		own, flat, err := topOwn(o.profile, 15)
		if err != nil {
			return res, err
		}
		res.ProfileTop, res.ProfileFlat = own, flat
	}
	return res, nil
}

// newResult is a Result with the run's settings and the machine's load.
func newResult(o options) *Result {
	res := &Result{Pair: o.pair, N: o.n, Procs: o.procs, BlockTime: o.block.String(), DstBlockTime: o.block.String(), PerTx: o.perTx, Interval: o.interval.String(),
		MaxMsgs: o.maxMsgs, CPUs: runtime.NumCPU(), LoadStart: loadAvg(), Started: time.Now().UTC()}
	if o.profile != "" {
		res.Mode = "in-process (profile)"
	} else {
		res.Mode = "subprocess"
	}
	return res
}

func buildCauseway(ctx context.Context, home string) (string, error) {
	root, err := devnet.ModuleRoot()
	if err != nil {
		return "", err
	}
	out := filepath.Join(home, "causeway")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./relayer/cmd/causeway")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build causeway: %w\n%s", err, b)
	}
	return out, nil
}

func keys(dir string, c *chain) error {
	cdc, err := cosmos.NewCodec("cosmos")
	if err != nil {
		return err
	}
	kr, err := cosmos.OpenKeyring(filepath.Join(dir, c.net.ChainID), passphrase, cdc)
	if err != nil {
		return fmt.Errorf("keyring for %s: %w", c.net.ChainID, err)
	}
	for _, acc := range []devnet.SimdAccount{c.net.Relayer, c.net.User} {
		if _, err := cosmos.RestoreKey(kr, cdc, acc.Name, acc.Mnemonic); err != nil {
			return fmt.Errorf("restore %s on %s: %w", acc.Name, c.net.ChainID, err)
		}
	}
	if c.relayer, err = cosmos.New(cosmos.Config{ChainID: c.net.ChainID, RPC: c.net.RPC(), Keyring: kr, Key: c.net.Relayer.Name, PollInterval: 100 * time.Millisecond}); err != nil {
		return err
	}
	c.user, err = cosmos.New(cosmos.Config{ChainID: c.net.ChainID, RPC: c.net.RPC(), Keyring: kr, Key: c.net.User.Name,
		PollInterval: 100 * time.Millisecond, TxTimeout: 5 * time.Minute})
	return err
}

func writeConfig(phome, keyDir, nats, metricsAddr string, o options, a, b *chain, res *link.Result) (string, error) {
	if err := os.MkdirAll(phome, 0o700); err != nil {
		return "", fmt.Errorf("relayer home: %w", err)
	}
	ch := func(c *chain) string {
		return fmt.Sprintf("  - {id: %s, family: cosmos, rpc: %q, signers: [{key: %s, keyring: %q, passphrase: \"${%s}\"}], gas: {price: 0stake, adjustment: %g}, trusting_period: 20m, unbonding_period: 30m, poll_interval: 100ms}\n",
			c.net.ChainID, c.net.RPC(), c.net.Relayer.Name, filepath.Join(keyDir, c.net.ChainID), passEnv, o.gasAdj)
	}
	end := func(i link.Ids) string {
		return fmt.Sprintf("{chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}", i.ChainID, i.ClientID, i.ConnectionID, i.ChannelID, i.PortID)
	}
	y := fmt.Sprintf("global: {listen: %q, log_level: %s, log_format: json}\nnats: %s\nchains:\n", metricsAddr, o.logLevel, nats) + ch(a) + ch(b) +
		fmt.Sprintf("paths:\n  - {name: bench, src: %s, dst: %s, max_msgs: %d}\n", end(res.A), end(res.B), o.maxMsgs)
	f := filepath.Join(phome, "causeway.yaml")
	if err := os.WriteFile(f, []byte(y), 0o600); err != nil {
		return "", fmt.Errorf("write config: %w", err)
	}
	if _, err := config.Load(f); err != nil {
		return "", fmt.Errorf("generated config refused: %w\n%s", err, y)
	}
	return f, nil
}

func startProcess(bin, cfg, home string, n int, level string) (*relayerProc, error) {
	logPath := filepath.Join(home, "relayer.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("relayer log: %w", err)
	}
	cmd := exec.Command(bin, "start", "--config", cfg, "--home", home, "--log-level", level)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start relayer %d: %w", n, err)
	}
	p := &relayerProc{name: fmt.Sprintf("causeway-%d (pid %d)", n, cmd.Process.Pid), cmd: cmd, log: logPath, done: make(chan error, 1)}
	p.metrics, err = metricsListen(cfg)
	if err != nil {
		return nil, err
	}
	go func() { p.done <- cmd.Wait(); logf.Close() }()
	return p, nil
}

func metricsListen(cfgFile string) (string, error) {
	cfg, err := config.Load(cfgFile)
	if err != nil {
		return "", err
	}
	return cfg.Global.Listen, nil
}

// startInProcess runs node.Run in this process (profile mode) until ctx ends
// or stop is called.
func startInProcess(ctx context.Context, cfgFile, home, level string) (*relayerProc, error) {
	cfg, err := config.Load(cfgFile)
	if err != nil {
		return nil, err
	}
	log, err := logging.New(level, "console")
	if err != nil {
		return nil, err
	}
	rctx, cancel := context.WithCancel(ctx)
	p := &relayerProc{name: fmt.Sprintf("in-process (pid %d)", os.Getpid()), metrics: cfg.Global.Listen, done: make(chan error, 1)}
	p.cancel = cancel
	go func() { p.done <- node.Run(rctx, cfg, home, log, nil) }()
	return p, nil
}

func (p *relayerProc) pid() int {
	if p.cmd != nil {
		return p.cmd.Process.Pid
	}
	return os.Getpid()
}

// waitServing waits until the process answers on /metrics.
func (p *relayerProc) waitServing(ctx context.Context) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get("http://" + p.metrics + "/metrics")
		if err == nil {
			resp.Body.Close()
			return nil
		}
		select {
		case err := <-p.done:
			p.done <- err
			return fmt.Errorf("relayer %s exited before serving: %v (log %s)", p.name, err, p.log)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("relayer %s does not serve /metrics on %s after 2m", p.name, p.metrics)
		}
	}
}

func (p *relayerProc) exited() error {
	select {
	case err := <-p.done:
		p.done <- err
		if err == nil {
			err = errors.New("exit status 0")
		}
		return fmt.Errorf("relayer %s stopped: %v (log %s)", p.name, err, p.log)
	default:
		return nil
	}
}

func (p *relayerProc) stop() {
	if p.cancel != nil {
		p.cancel()
	} else if p.cmd != nil {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
	}
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		if p.cmd != nil {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	}
}

// sendTx is one burst: a send transaction's height and the sequences it sent.
type sendTx struct {
	Height int64
	Seqs   []uint64
}

// send submits n transfers of 1 denom each from sender to receiver, perTx
// per transaction, broadcast one after the other (interval apart, or at
// once) before waiting for inclusion: one burst per transaction.
func send(ctx context.Context, user *cosmos.Chain, chainID, sender, channel, receiver, denom string, n, perTx int, interval time.Duration) ([]sendTx, error) {
	timeout := uint64(time.Now().Add(time.Hour).UnixNano())
	var hashes []string
	for done := 0; done < n; {
		if done > 0 && interval > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(interval):
			}
		}
		var msgs []sdk.Msg
		for ; done < n && len(msgs) < perTx; done++ {
			msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", channel, sdk.NewInt64Coin(denom, 1),
				sender, receiver, clienttypes.ZeroHeight(), timeout, ""))
		}
		h, err := user.Broadcast(ctx, msgs...)
		if err != nil {
			return nil, fmt.Errorf("broadcast transfers on %s: %w", chainID, err)
		}
		hashes = append(hashes, h)
	}
	var out []sendTx
	for _, h := range hashes {
		r, err := user.WaitTx(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("transfer tx on %s: %w", chainID, err)
		}
		st := sendTx{Height: r.Height}
		for _, ev := range r.Events {
			if ev.Type != "send_packet" {
				continue
			}
			for _, at := range ev.Attributes {
				if at.Key == "packet_sequence" {
					var s uint64
					if _, err := fmt.Sscan(at.Value, &s); err == nil {
						st.Seqs = append(st.Seqs, s)
					}
				}
			}
		}
		out = append(out, st)
	}
	return out, nil
}

// waitDone polls progress (cheap chain queries, nothing through the
// relayer's NATS) until n packets are received and acknowledged, sampling
// the relayers' RSS on the way.
func waitDone(ctx context.Context, n int, procs []*relayerProc, progress func(context.Context) (recv, acked int, err error)) ([]MemSample, error) {
	var mem []MemSample
	start := time.Now()
	lastLog := time.Time{}
	for {
		recv, acked, err := progress(ctx)
		if err != nil {
			return mem, err
		}
		s := MemSample{Seconds: time.Since(start).Seconds(), Received: recv, Acked: acked}
		for _, p := range procs {
			rss, _ := p.rssMB()
			s.RSSMB = append(s.RSSMB, rss)
		}
		mem = append(mem, s)
		if time.Since(lastLog) > 5*time.Second {
			step("  received %d/%d, acknowledged %d/%d, relayer RSS %v MB", recv, n, acked, n, s.RSSMB)
			lastLog = time.Now()
		}
		if recv >= n && acked >= n {
			return mem, nil
		}
		for _, p := range procs {
			if err := p.exited(); err != nil {
				return mem, err
			}
		}
		select {
		case <-ctx.Done():
			return mem, fmt.Errorf("received %d and acknowledged %d of %d before giving up: %w", recv, acked, n, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
