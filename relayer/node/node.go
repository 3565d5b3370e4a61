// Package node runs one Causeway relayer process for one configuration: it
// opens the NATS spine, ensures the JetStream topology, serves metrics and
// health, and runs the pipeline stages of every path until its context ends,
// then drains in-flight work and closes.
package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/lifecycle"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/metrics"
	"github.com/causewaylabs/causeway/relayer/pipeline"
	"github.com/causewaylabs/causeway/relayer/relay"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/state"
)

// Node is a running relayer process.
type Node struct {
	Spine   *spine.Spine
	Handles *spine.Handles
	Store   *state.Store
	Tracker *state.Tracker
	Metrics *metrics.Metrics
	Health  *metrics.Health
	// MetricsAddr is the bound /metrics and /healthz address.
	MetricsAddr string
	// Cosmos holds the cosmos chains' adapters and light clients by id.
	Cosmos map[string]*CosmosChain
	// Ethereum holds the ethereum chains by id.
	Ethereum map[string]*EthChain

	paths       []config.Path
	dedupWindow time.Duration
	haltMu      sync.Mutex
	halted      map[string]bool // chains whose light client found misbehaviour
}

// Directions returns both directions of every path in cfg.
func Directions(cfg *config.Config) []lifecycle.Direction {
	var out []lifecycle.Direction
	for _, p := range cfg.Paths {
		allow := allowFunc(p.Filter)
		a := lifecycle.End{Chain: p.Src.Chain, Channel: p.Src.ChannelID}
		b := lifecycle.End{Chain: p.Dst.Chain, Channel: p.Dst.ChannelID}
		out = append(out,
			lifecycle.Direction{Path: p.Name, Src: a, Dst: b, Allow: allow},
			lifecycle.Direction{Path: p.Name, Src: b, Dst: a, Allow: allow})
	}
	return out
}

func allowFunc(f config.Filter) func(string) bool {
	if f.Policy == "" {
		return nil
	}
	set := map[string]bool{}
	for _, c := range f.Channels {
		set[c] = true
	}
	allow := f.Policy == "allow"
	return func(ch string) bool { return set[ch] == allow }
}

// HomeDir resolves the data directory: the config's global.home, else home.
func HomeDir(cfg *config.Config, home string) (string, error) {
	if cfg.Global.Home != "" {
		home = cfg.Global.Home
	}
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home directory: %w", err)
		}
		home = filepath.Join(h, ".causeway")
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return "", fmt.Errorf("create home %s: %w", home, err)
	}
	return home, nil
}

// Open connects to NATS and ensures the topology for cfg.
func Open(ctx context.Context, cfg *config.Config, home string, log *zap.Logger) (*spine.Spine, *spine.Handles, error) {
	storeDir := cfg.NATS.Embedded.StoreDir
	if storeDir == "" {
		storeDir = filepath.Join(home, "nats")
	}
	var tls config.TLS
	if cfg.NATS.TLS != nil {
		tls = *cfg.NATS.TLS
	}
	sp, err := spine.Open(ctx, spine.Options{
		URL: cfg.NATS.URL, Credentials: cfg.NATS.Credentials,
		CAFile: tls.CAFile, CertFile: tls.CertFile, KeyFile: tls.KeyFile,
		StoreDir: storeDir, Listen: cfg.NATS.Embedded.Listen, MaxStore: cfg.NATS.Embedded.MaxStore,
		Name: "causeway", Log: log,
	})
	if err != nil {
		return nil, nil, err
	}
	topo := spine.Topology{
		Replicas:    cfg.NATS.Replicas,
		DedupWindow: cfg.NATS.DedupWindow.Duration,
		LeaseTTL:    cfg.NATS.LeaseTTL.Duration,
		AckWait:     cfg.NATS.AckWait.Duration,
	}
	for _, d := range Directions(cfg) {
		topo.Consumers = append(topo.Consumers, d.Consumer())
	}
	h, err := sp.Ensure(ctx, topo)
	if err != nil {
		sp.Close()
		return nil, nil, err
	}
	return sp, h, nil
}

// Run starts the process and blocks until ctx ends and everything has
// drained. ready, if not nil, is called once the node serves.
func Run(ctx context.Context, cfg *config.Config, home string, log *zap.Logger, ready func(*Node)) error {
	home, err := HomeDir(cfg, home)
	if err != nil {
		return err
	}
	sp, h, err := Open(ctx, cfg, home, log)
	if err != nil {
		return err
	}
	defer sp.Close()

	chains, err := openCosmosChains(cfg, home, log)
	if err != nil {
		return err
	}
	ethChains, err := openEthereumChains(cfg, home, log)
	if err != nil {
		return err
	}
	n := &Node{Spine: sp, Handles: h, Store: state.NewStore(sp.JS, h.Packets), Tracker: state.NewTracker(), Health: metrics.NewHealth(), paths: cfg.Paths}
	// The tracker already watches every packet for the metrics: its copy
	// spares the applier a read before each compare-and-set.
	n.Store.Cache = n.Tracker
	n.dedupWindow = cfg.NATS.DedupWindow.Duration
	dirs := Directions(cfg)
	var known []state.PathDir
	for _, d := range dirs {
		known = append(known, state.PathDir{Path: d.Path, Direction: d.Name()})
	}
	n.Metrics = metrics.New(metrics.Version(), n.Tracker, known)
	for _, p := range cfg.Paths {
		n.Metrics.StuckThreshold.WithLabelValues(p.Name).Set(p.Timeouts.Stuck.Seconds())
	}
	for _, c := range chains {
		if c.Config.Gas.MinBalance == "" {
			continue
		}
		if threshold, err := strconv.ParseFloat(c.Config.Gas.MinBalance, 64); err == nil {
			for _, s := range c.Signers {
				n.Metrics.MinBalance.WithLabelValues(c.Config.ID, s.Key, feeDenom(c.Config.Gas.Price)).Set(threshold)
			}
		}
	}
	n.Health.Set("nats", func() error {
		if !sp.Connected() {
			return errors.New("not connected to NATS")
		}
		return nil
	})
	n.Health.Set("packet_state", func() error {
		select {
		case <-n.Tracker.Ready():
			return nil
		default:
			return errors.New("packet state not loaded yet")
		}
	})
	srv, err := metrics.Listen(cfg.Global.Listen, n.Metrics, n.Health)
	if err != nil {
		return fmt.Errorf("global.listen %s: %w", cfg.Global.Listen, err)
	}
	n.MetricsAddr = srv.Addr()
	log.Info("serving metrics and health", zap.String("addr", srv.Addr()))

	g, gctx := errgroup.WithContext(ctx)
	g.Go(srv.Serve)
	g.Go(func() error {
		<-gctx.Done()
		return srv.Close()
	})
	g.Go(func() error { return n.Tracker.Run(gctx, h.Packets) })
	g.Go(func() error { n.pollConsumers(gctx); return nil })
	n.Cosmos = chains
	for id, c := range chains {
		n.Health.Set("chain_"+id, c.health)
		g.Go(func() error { return c.trust(gctx, h.LightClient, log) })
		w := &relay.Watcher{Chain: c.Chain, JS: sp.JS, Marks: h.LightClient, Log: log}
		g.Go(func() error { return w.Run(gctx) })
	}
	if len(chains) > 0 {
		g.Go(func() error { n.saveLightClients(gctx, chains, log); return nil })
	}
	n.Ethereum = ethChains
	for id, c := range ethChains {
		n.Health.Set("chain_"+id, c.health)
		if threshold, err := strconv.ParseFloat(c.Config.Gas.MinBalance, 64); err == nil {
			for _, k := range c.Keys {
				n.Metrics.MinBalance.WithLabelValues(id, k.Address.Hex(), "wei").Set(threshold)
			}
		}
		g.Go(func() error { return c.trust(gctx, h.LightClient, log) })
		g.Go(func() error { c.follow(gctx, n, h.LightClient, log); return nil })
		g.Go(func() error {
			select {
			case <-gctx.Done():
				return nil
			case <-c.Ready:
			}
			fin, err := relay.EVMFinality(c.Config.Finality.Tag, c.Config.Finality.Depth)
			if err != nil {
				return fmt.Errorf("chain %s finality: %w", id, err)
			}
			w := &relay.EVMWatcher{Client: c.Client, JS: sp.JS, Marks: h.LightClient, Chain: id, Handler: c.Handler, Finality: fin,
				StartBlock: c.Config.StartBlock, Log: log}
			return w.Run(gctx)
		})
	}
	ethWork := map[string][]dirWork{}
	leases := &leaseSet{kv: h.Leases, ttl: cfg.NATS.LeaseTTL.Duration, log: log, group: g, ctx: gctx, m: map[string]*leaseWait{}}
	for _, d := range dirs {
		cs := d.Consumer()
		pcfg := pathConfig(cfg, d.Path)
		dlog := log.With(zap.String("path", d.Path), zap.String("direction", d.Name()))
		applier := &lifecycle.Applier{Dir: d, Store: n.Store, Counters: n.Metrics, Log: dlog}
		w := &pipeline.Worker{
			Name:              cs.Name,
			Consumer:          h.Consumers[cs.Name],
			Handler:           applier.Handle,
			DeadLetter:        sp.JS,
			DeadLetterSubject: spine.DeadLetterSubjectFor(cs.Name),
			BatchSize:         max(pcfg.MaxMsgs, 50),
			Concurrency:       pcfg.Concurrency,
			MaxDeliver:        cfg.NATS.MaxDeliver,
			AckWait:           cfg.NATS.AckWait.Duration,
			Observer:          n.Metrics,
			Log:               dlog,
		}
		if pcfg.Ordering == config.Ordered {
			// An ordered channel takes packets in sequence: one batch at a time.
			w.Concurrency = 1
		}
		if ethPath(pcfg, chains, ethChains) && d.Src.Channel != "" && d.Dst.Channel != "" {
			ethWork[d.Path] = append(ethWork[d.Path], dirWork{dir: d, worker: w, applier: applier, log: dlog})
			continue
		}
		src, dst := chains[d.Src.Chain], chains[d.Dst.Chain]
		if src == nil || dst == nil || d.Src.Channel == "" || d.Dst.Channel == "" {
			// No relaying engine for this pair (or not linked yet): track the
			// packets' lifecycle from the chains' events only.
			dlog.Warn("path is tracked, not relayed (needs two linked cosmos chains, or a linked cosmos and ethereum chain)")
			g.Go(func() error { return w.Run(gctx) })
			continue
		}
		rd := &relay.Direction{Dir: d,
			Store: n.Store, Applier: applier, MaxMsgs: pcfg.MaxMsgs, Metrics: n.Metrics, Log: dlog}
		w.Handler = rd.Handle
		g.Go(func() error {
			for _, c := range []*CosmosChain{src, dst} {
				select {
				case <-gctx.Done():
					return nil
				case <-c.Ready:
				}
			}
			// A signer key is used by one process at a time: take one free
			// key of each chain, in chain-id order so that two processes
			// never each hold one chain's last key while waiting for the
			// other's.
			first, second := src, dst
			if second.Config.ID < first.Config.ID {
				first, second = second, first
			}
			held := map[string]*heldSigner{}
			for _, c := range []*CosmosChain{first, second} {
				hs, err := leases.signer(gctx, c)
				if err != nil || hs == nil {
					return err
				}
				held[c.Config.ID] = hs
			}
			rd.Src = end(src, held[src.Config.ID].Signer, pcfg, d.Src.Chain)
			rd.Dst = end(dst, held[dst.Config.ID].Signer, pcfg, d.Dst.Chain)
			// A lost lease means another process may be signing with the key:
			// stop at once; the process exits non-zero and restarts on standby.
			wctx, cancel := context.WithCancelCause(gctx)
			defer cancel(nil)
			for _, hs := range held {
				go func() { // ends with wctx
					select {
					case <-hs.lease.Lost():
						cancel(fmt.Errorf("signer lease %s lost", hs.lease.Key()))
					case <-wctx.Done():
					}
				}()
			}
			cl := &relay.Clearer{
				Src: relay.Side{Chain: src.Chain, Port: rd.Src.PortID, Channel: rd.Src.ChannelID},
				Dst: relay.Side{Chain: dst.Chain, Port: rd.Dst.PortID, Channel: rd.Dst.ChannelID},
				JS:  sp.JS, Chunk: pcfg.ClearChunk, Log: dlog, InFlight: n.inFlight(d), Settle: clearSettle,
			}
			// The client on the destination must not expire while idle.
			keeper := &relay.ClientKeeper{Host: rd.Dst, Counterparty: rd.Src, Metrics: n.Metrics, Log: dlog}
			var bg sync.WaitGroup
			bg.Add(1)
			go func() {
				defer bg.Done()
				// Every signing process relays, but one clears and keeps the
				// client fresh: duplicates would only cost transactions.
				l, err := leases.wait(wctx, "maintain."+spine.Token(d.Path)+"."+d.Name())
				if err != nil || l == nil {
					return
				}
				bg.Add(1)
				go func() { defer bg.Done(); keeper.Run(wctx, clientCheckInterval(src.Config.TrustingPeriod.Duration)) }()
				cl.Run(wctx, pcfg.ClearInterval.Duration)
			}()
			err := w.Run(wctx)
			cancel(nil)
			bg.Wait()
			if cause := context.Cause(wctx); gctx.Err() == nil && cause != nil && !errors.Is(cause, context.Canceled) {
				return cause
			}
			return err
		})
	}
	for name, work := range ethWork {
		p := pathConfig(cfg, name)
		cos, eth := chains[p.Src.Chain], ethChains[p.Dst.Chain]
		if cos == nil {
			cos, eth = chains[p.Dst.Chain], ethChains[p.Src.Chain]
		}
		plog := log.With(zap.String("path", name))
		g.Go(func() error { return n.runEthPath(gctx, p, cos, eth, work, leases, plog) })
	}
	if ready != nil {
		ready(n)
	}
	log.Info("relayer started", zap.Int("paths", len(cfg.Paths)), zap.Bool("embedded_nats", sp.Embedded()))
	err = g.Wait()
	log.Info("relayer stopped")
	if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled)) {
		return nil
	}
	return err
}

func end(c *CosmosChain, s *Signer, p config.Path, chain string) *link.End {
	pe := p.Src
	if p.Dst.Chain == chain {
		pe = p.Dst
	}
	return &link.End{Chain: s.Chain, Verifier: c.Verifier, ClientID: pe.ClientID, ConnectionID: pe.ConnectionID, PortID: pe.PortID, ChannelID: pe.ChannelID}
}

// leaseSet takes each signer lease once per process, however many
// directions need it, and releases it when the process stops.
type leaseSet struct {
	kv    jetstream.KeyValue
	ttl   time.Duration
	log   *zap.Logger
	group *errgroup.Group
	ctx   context.Context

	mu sync.Mutex
	m  map[string]*leaseWait
}

type leaseWait struct {
	done  chan struct{}
	lease *spine.Lease
	idx   int
	err   error
}

// heldSigner is a chain's signer key this process holds the lease of.
type heldSigner struct {
	*Signer
	lease *spine.Lease
}

// signer returns the signer key of c this process signs with, once it holds
// that key's lease: the first key of c's signers that no other process
// holds. Every direction of the process gets the same key of a chain.
func (s *leaseSet) signer(ctx context.Context, c *CosmosChain) (*heldSigner, error) {
	keys := make([]string, len(c.Signers))
	for i, k := range c.Signers {
		keys[i] = "signer." + c.Config.ID + "." + k.Key
	}
	l, i, err := s.waitAny(ctx, "signer."+c.Config.ID, keys)
	if err != nil || l == nil {
		return nil, err
	}
	return &heldSigner{Signer: c.Signers[i], lease: l}, nil
}

// wait returns the lease for key once this process holds it (nil when ctx
// ends first).
func (s *leaseSet) wait(ctx context.Context, key string) (*spine.Lease, error) {
	l, _, err := s.waitAny(ctx, key, []string{key})
	return l, err
}

// waitAny returns the lease of one of keys, and its index, once this process
// holds it (nil when ctx ends first). Calls with the same group share one
// lease.
func (s *leaseSet) waitAny(ctx context.Context, group string, keys []string) (*spine.Lease, int, error) {
	s.mu.Lock()
	lw := s.m[group]
	if lw == nil {
		lw = &leaseWait{done: make(chan struct{})}
		s.m[group] = lw
		s.group.Go(func() error {
			lw.lease, lw.idx, lw.err = waitLease(s.ctx, s.kv, keys, s.ttl, s.log)
			close(lw.done)
			if lw.lease != nil {
				<-s.ctx.Done()
				rctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				_ = lw.lease.Release(rctx)
			}
			return nil
		})
	}
	s.mu.Unlock()
	select {
	case <-ctx.Done():
		return nil, 0, nil
	case <-lw.done:
		return lw.lease, lw.idx, lw.err
	}
}

// waitLease takes the lease of the first of keys no other process holds,
// waiting while all are held (standby), and returns it with its index. It
// returns a nil lease when ctx ends first.
func waitLease(ctx context.Context, kv jetstream.KeyValue, keys []string, ttl time.Duration, log *zap.Logger) (*spine.Lease, int, error) {
	owner, _ := os.Hostname()
	owner = fmt.Sprintf("%s/%d", owner, os.Getpid())
	warned := false
	for {
		var held error
		for i, key := range keys {
			l, err := spine.AcquireLease(ctx, kv, key, owner, ttl)
			if err == nil {
				msg := "lease acquired"
				if strings.HasPrefix(key, "signer.") {
					msg = "signer lease acquired"
				}
				log.Info(msg, zap.String("lease", key))
				return l, i, nil
			}
			if ctx.Err() != nil {
				return nil, 0, nil
			}
			if !errors.Is(err, spine.ErrLeaseHeld) {
				// NATS unreachable or a leader change: try again, as for a
				// held lease, rather than give up the work for good.
				log.Warn("lease not taken; retrying", zap.String("lease", key), zap.Error(err))
			}
			held = errors.Join(held, err)
		}
		if !warned {
			log.Info("leases held elsewhere; standing by", zap.Strings("leases", keys), zap.Error(held))
			warned = true
		}
		select {
		case <-ctx.Done():
			return nil, 0, nil
		case <-time.After(ttl / 3):
		}
	}
}

// clientCheckInterval checks a client ten times per trusting period, at
// least every 5 minutes and at most every 10 seconds.
func clientCheckInterval(trusting time.Duration) time.Duration {
	return min(max(trusting/10, 10*time.Second), 5*time.Minute)
}

func pathConfig(cfg *config.Config, name string) config.Path {
	for _, p := range cfg.Paths {
		if p.Name == name {
			return p
		}
	}
	return config.Path{}
}

// inFlight reports packets of d whose shared state changed within the
// events stream's deduplication window. Their events are on the stream and
// being handled (relay failures are retried, never dropped). Clearing them
// again would only duplicate work: a watcher's block batch and the
// clearer's single event have different message ids, so the stream would
// not drop the copy.
// clearSettle is how long a clearing pass leaves the watchers to publish
// (and the applier to record) the packets it found owed work before it
// republishes those still unseen (relay.Clearer.Settle).
const clearSettle = 10 * time.Second

func (n *Node) inFlight(d lifecycle.Direction) func(uint64) bool {
	return func(seq uint64) bool {
		r, ok := n.Tracker.Lookup(state.Key{Path: d.Path, Direction: d.Name(), Channel: d.Src.Channel, Sequence: seq})
		return ok && time.Since(r.LastChange) < n.dedupWindow
	}
}

// pollConsumers copies each consumer's pending counts into the metrics.
func (n *Node) pollConsumers(ctx context.Context) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		for name, c := range n.Handles.Consumers {
			ictx, cancel := context.WithTimeout(ctx, 2*time.Second)
			info, err := c.Info(ictx)
			cancel()
			if err != nil {
				continue
			}
			n.Metrics.ConsumerPending.WithLabelValues(name).Set(float64(info.NumPending))
			n.Metrics.ConsumerAckPending.WithLabelValues(name).Set(float64(info.NumAckPending))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
