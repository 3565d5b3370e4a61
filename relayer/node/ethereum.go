package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/relayer/attest"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/lifecycle"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/pipeline"
	"github.com/causewaylabs/causeway/relayer/relay"
	"github.com/causewaylabs/causeway/relayer/spine"
)

// EthChain is a configured Ethereum chain: its execution RPC, beacon API,
// the relayer's Ethereum light client, and the signer keys in this process.
type EthChain struct {
	Config  config.Chain
	Handler common.Address
	// Keys are the configured signer keys found in this process's
	// keystores, in config order. A key signs transactions and, as the
	// process's operator key, attestations.
	Keys []*EthKey

	// Set once Ready is closed.
	Client   *evm.Client
	Beacon   *beacon.Client
	Proofs   *beacon.ProofFetcher
	Verifier *ethlink.EthVerifier
	Ready    chan struct{}

	mu       sync.Mutex
	savedAt  uint64
	rejected int
	lastErr  error
}

// EthKey is an Ethereum signer key.
type EthKey struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

func ethLightKey(chain string) string { return "ethereum." + spine.Token(chain) }

// openEthereumChains loads the keys of every ethereum chain (a key absent
// from this process's keystore is skipped; none found is an error).
// Connections are made by trust, which waits for the endpoints.
func openEthereumChains(cfg *config.Config, home string, log *zap.Logger) (map[string]*EthChain, error) {
	out := map[string]*EthChain{}
	for i, ch := range cfg.Chains {
		if ch.Family != config.FamilyEthereum {
			continue
		}
		c := &EthChain{Config: ch, Handler: common.HexToAddress(ch.Handler), Ready: make(chan struct{})}
		var missing []string
		for j, s := range ch.Signers {
			field := fmt.Sprintf("chains[%d].signers[%d]", i, j)
			dir := s.Keyring
			if dir == "" {
				dir = filepath.Join(home, "keys", ch.ID)
			}
			ks, err := evm.OpenKeys(dir, false)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", field, err)
			}
			addr := common.HexToAddress(s.Key)
			found := false
			for _, a := range ks.List() {
				found = found || a == addr
			}
			if !found {
				missing = append(missing, s.Key)
				log.Warn("signer key not in this process's keystore; skipped", zap.String("field", field), zap.String("key", s.Key), zap.String("keystore", dir))
				continue
			}
			k, err := ks.Load(addr, s.Passphrase)
			if err != nil {
				return nil, fmt.Errorf("%s (%s): %w", field, s.Key, err)
			}
			c.Keys = append(c.Keys, &EthKey{Address: addr, Key: k})
		}
		if len(ch.Signers) > 0 && len(c.Keys) == 0 {
			return nil, fmt.Errorf("chains[%d].signers: none of the keys %v of chain %s is in this process's keystore (causeway keys import)", i, missing, ch.ID)
		}
		out[ch.ID] = c
	}
	return out, nil
}

// EthNetwork returns an ethereum chain's beacon network: a built-in one by
// name, or for "dev" the dev beacon's genesis with 1-second slots
// (scripts/devnet).
func EthNetwork(ctx context.Context, ch config.Chain, bc *beacon.Client) (ethereum.NetworkConfig, error) {
	if ch.Network != "dev" {
		return ethereum.NetworkByName(ch.Network)
	}
	g, err := bc.Genesis(ctx)
	if err != nil {
		return ethereum.NetworkConfig{}, err
	}
	return ethereum.DevNetwork(g.Time, 1, g.ValidatorsRoot), nil
}

// trust connects to the chain and starts its light client, retrying with
// backoff while an endpoint is unreachable. It resumes from the state in
// the light-client bucket, else bootstraps from the configured checkpoint
// (the bootstrap is verified against it). A stored state that does not
// restore is an error: re-bootstrapping silently would defeat the checkpoint.
func (c *EthChain) trust(ctx context.Context, kv jetstream.KeyValue, log *zap.Logger) error {
	id := c.Config.ID
	var state []byte
	if e, err := kv.Get(ctx, ethLightKey(id)); err == nil {
		state = e.Value()
	} else if !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("light client of %s: %w", id, err)
	}
	backoff := 500 * time.Millisecond
	for {
		err := c.connect(ctx, state)
		if err == nil {
			if state == nil {
				log.Info("Ethereum light client bootstrapped from the checkpoint", zap.String("chain", id), zap.String("checkpoint", c.Config.Checkpoint))
			}
			close(c.Ready)
			return nil
		}
		var stored *storedStateError
		if errors.As(err, &stored) {
			return err
		}
		c.mu.Lock()
		c.lastErr = err
		c.mu.Unlock()
		log.Warn("Ethereum light client not started; retrying", zap.String("chain", id), zap.Duration("backoff", backoff), zap.Error(err))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

type storedStateError struct{ err error }

func (e *storedStateError) Error() string { return e.err.Error() }
func (e *storedStateError) Unwrap() error { return e.err }

func (c *EthChain) connect(ctx context.Context, state []byte) error {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var want *big.Int
	if c.Config.EVMChainID != 0 {
		want = new(big.Int).SetUint64(c.Config.EVMChainID)
	}
	client, err := evm.Dial(cctx, evm.Endpoints{HTTP: c.Config.RPC, WS: c.Config.Websocket}, want)
	if err != nil {
		return err
	}
	bc, err := beacon.NewClient(c.Config.Beacon, nil)
	if err != nil {
		client.Close()
		return err
	}
	netcfg, err := EthNetwork(cctx, c.Config, bc)
	if err == nil {
		err = bc.CheckNetwork(cctx, netcfg)
	}
	if err != nil {
		client.Close()
		return err
	}
	v, err := ethlink.NewEthVerifier(cctx, bc, netcfg, common.HexToHash(c.Config.Checkpoint), state, nil)
	if err != nil {
		client.Close()
		if state != nil {
			return &storedStateError{fmt.Errorf("light client of %s: stored state refused (delete key %s in bucket %s to bootstrap again): %w",
				c.Config.ID, ethLightKey(c.Config.ID), spine.LightClientBucket, err)}
		}
		return err
	}
	pf, err := beacon.DialProofFetcher(cctx, c.Config.RPC)
	if err != nil {
		client.Close()
		return err
	}
	c.mu.Lock()
	c.Client, c.Beacon, c.Proofs, c.Verifier, c.lastErr = client, bc, pf, v, nil
	c.mu.Unlock()
	return nil
}

// follow keeps the light client at the beacon's finality and saves its
// state when it advanced; it reports height, lag and rejected updates.
func (c *EthChain) follow(ctx context.Context, n *Node, kv jetstream.KeyValue, log *zap.Logger) {
	select {
	case <-ctx.Done():
		return
	case <-c.Ready:
	}
	id := c.Config.ID
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := c.Verifier.Sync(sctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			log.Warn("Ethereum light client: beacon data refused or unavailable", zap.String("chain", id), zap.Error(err))
		}
		if r := c.Verifier.Rejected(); r > c.rejected {
			n.Metrics.VerificationFailures.WithLabelValues(id, "header").Add(float64(r - c.rejected))
			c.rejected = r
		}
		fin := c.Verifier.Finalized()
		n.Metrics.LightClientHeight.WithLabelValues(id).Set(float64(fin.BlockNumber))
		hctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		head, herr := c.Client.Eth().BlockNumber(hctx)
		cancel()
		c.mu.Lock()
		c.lastErr = herr
		c.mu.Unlock()
		if herr == nil {
			n.Metrics.LightClientLag.WithLabelValues(id).Set(float64(head) - float64(fin.BlockNumber))
		} else if ctx.Err() == nil {
			n.Metrics.RPCErrors.WithLabelValues(id).Inc()
		}
		for _, k := range c.Keys {
			bctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			bal, err := c.Client.Eth().BalanceAt(bctx, k.Address, nil)
			cancel()
			if err == nil {
				f, _ := new(big.Float).SetInt(bal).Float64()
				n.Metrics.Balance.WithLabelValues(id, k.Address.Hex(), "wei").Set(f)
			}
		}
		if slot := c.Verifier.FinalizedSlot(); slot != c.savedAt {
			b, err := c.Verifier.Marshal()
			if err == nil {
				_, err = kv.Put(ctx, ethLightKey(id), b)
			}
			if err != nil && ctx.Err() == nil {
				log.Warn("saving Ethereum light-client state failed", zap.String("chain", id), zap.Error(err))
			} else {
				c.savedAt = slot
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// health is the readiness check of the chain.
func (c *EthChain) health() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lastErr != nil {
		return fmt.Errorf("rpc %s: %v", c.Config.RPC, c.lastErr)
	}
	if c.Verifier == nil {
		return errors.New("light client not started yet")
	}
	return nil
}

// ethSigner returns the signer key of c this process signs with, once it
// holds its lease (the first key no other process holds).
func (s *leaseSet) ethSigner(ctx context.Context, c *EthChain) (*EthKey, *spine.Lease, error) {
	keys := make([]string, len(c.Keys))
	for i, k := range c.Keys {
		keys[i] = "signer." + c.Config.ID + "." + k.Address.Hex()
	}
	l, i, err := s.waitAny(ctx, "signer."+c.Config.ID, keys)
	if err != nil || l == nil {
		return nil, nil, err
	}
	return c.Keys[i], l, nil
}

// dirWork is one direction's pipeline worker before it is given a handler.
type dirWork struct {
	dir     lifecycle.Direction
	worker  *pipeline.Worker
	applier *lifecycle.Applier
	log     *zap.Logger
}

// runEthPath relays an alliance <-> Ethereum path: once both light clients
// run and this process holds a signer key on each chain, it serves as an
// attestation operator with its Ethereum key (checking other processes'
// batches with its own light clients) and works both directions' queues,
// gathering operator signatures over NATS for batches bound to Ethereum.
func (n *Node) runEthPath(ctx context.Context, p config.Path, cos *CosmosChain, eth *EthChain, work []dirWork, leases *leaseSet, log *zap.Logger) error {
	for _, ready := range []chan struct{}{cos.Ready, eth.Ready} {
		select {
		case <-ctx.Done():
			return nil
		case <-ready:
		}
	}
	// Keys in chain-id order, as for cosmos paths, so two processes never
	// each hold one chain's last key.
	var cs *heldSigner
	var ek *EthKey
	var el *spine.Lease
	var err error
	takeCosmos := func() error { cs, err = leases.signer(ctx, cos); return err }
	takeEth := func() error { ek, el, err = leases.ethSigner(ctx, eth); return err }
	steps := []func() error{takeCosmos, takeEth}
	if eth.Config.ID < cos.Config.ID {
		steps = []func() error{takeEth, takeCosmos}
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
	}
	if cs == nil || ek == nil {
		return nil
	}
	pe := p.Src
	ee := p.Dst
	if p.Src.Chain == eth.Config.ID {
		pe, ee = p.Dst, p.Src
	}
	cosEnd := &link.End{Chain: cs.Chain, Verifier: cos.Verifier, ClientID: pe.ClientID, ConnectionID: pe.ConnectionID, PortID: pe.PortID, ChannelID: pe.ChannelID}
	sub, err := evm.NewSubmitter(eth.Client.Eth(), evm.SubmitterConfig{
		ChainID: eth.Client.ChainID, Key: ek.Key, Lease: el, GasAdjustment: eth.Config.Gas.Adjustment,
		MaxFeeCap: gwei(eth.Config.Gas.MaxFeePerGasGwei), MaxTipCap: gwei(eth.Config.Gas.MaxPriorityFeeGwei),
	})
	if err != nil {
		return err
	}
	ethEnd := &ethlink.Eth{
		Client: eth.Client, Proofs: eth.Proofs, Verifier: eth.Verifier, Submitter: sub, Handler: eth.Handler,
		ClientID: ee.ClientID, ConnectionID: ee.ConnectionID, PortID: ee.PortID, ChannelID: ee.ChannelID,
		CallsPerTx: p.MaxMsgs,
	}
	ethEnd.Committee = &attest.Committee{NC: n.Spine.NC, Path: p.Name, Operators: ethEnd.Operators, Log: log}
	op := &attest.Operator{NC: n.Spine.NC, Path: p.Name, Key: ek.Key, Check: ethlink.Checker{Cos: cosEnd, Eth: ethEnd}, Log: log,
		OnRefused: func(error) { n.Metrics.VerificationFailures.WithLabelValues(cos.Config.ID, "attestation").Inc() }}

	wctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	for _, l := range []*spine.Lease{cs.lease, el} {
		go func() { // ends with wctx
			select {
			case <-l.Lost():
				cancel(fmt.Errorf("signer lease %s lost", l.Key()))
			case <-wctx.Done():
			}
		}()
	}
	g, gctx := errgroup.WithContext(wctx)
	g.Go(func() error { return op.Run(gctx) })
	g.Go(func() error {
		// One process keeps the 10-ethereum client fresh on an idle path and
		// clears both directions from chain state.
		l, err := leases.wait(gctx, "maintain."+spine.Token(p.Name)+".ethereum")
		if err != nil || l == nil {
			return err
		}
		fin, err := relay.EVMFinality(eth.Config.Finality.Tag, eth.Config.Finality.Depth)
		if err != nil {
			return fmt.Errorf("chain %s finality: %w", eth.Config.ID, err)
		}
		cs := relay.Side{Chain: cos.Chain, Port: cosEnd.PortID, Channel: cosEnd.ChannelID}
		es := relay.Side{Chain: &relay.EVMPending{ID: eth.Config.ID, Client: eth.Client, Handler: eth.Handler, FromBlock: eth.Config.StartBlock, Finality: fin},
			Port: ethEnd.PortID, Channel: ethEnd.ChannelID}
		var wg sync.WaitGroup
		inFlight := func(from string) func(uint64) bool {
			for _, w := range work {
				if w.dir.Src.Chain == from {
					return n.inFlight(w.dir)
				}
			}
			return nil
		}
		for _, c := range []*relay.Clearer{
			{Src: cs, Dst: es, JS: n.Spine.JS, Chunk: p.ClearChunk, Log: log, InFlight: inFlight(cos.Config.ID), Settle: clearSettle},
			{Src: es, Dst: cs, JS: n.Spine.JS, Chunk: p.ClearChunk, Log: log, InFlight: inFlight(eth.Config.ID), Settle: clearSettle},
		} {
			wg.Go(func() { c.Run(gctx, p.ClearInterval.Duration) })
		}
		n.keepEthClient(gctx, ethEnd, cosEnd, log)
		wg.Wait()
		return nil
	})
	for _, w := range work {
		rd := &relay.EthDirection{
			Direction: relay.Direction{Dir: w.dir, Store: n.Store, Applier: w.applier, MaxMsgs: p.MaxMsgs, Metrics: n.Metrics, Log: w.log},
			Cos:       cosEnd, Eth: ethEnd,
		}
		w.worker.Handler = rd.Handle
		g.Go(func() error { return w.worker.Run(gctx) })
	}
	err = g.Wait()
	if cause := context.Cause(wctx); ctx.Err() == nil && cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}

// gwei converts a gwei amount to wei (nil for 0: no cap).
func gwei(v float64) *big.Int {
	if v <= 0 {
		return nil
	}
	w, _ := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(1e9)).Int(nil)
	return w
}

// ethPath reports whether p joins a cosmos chain and an ethereum chain.
func ethPath(p config.Path, cosmos map[string]*CosmosChain, eth map[string]*EthChain) bool {
	return (cosmos[p.Src.Chain] != nil && eth[p.Dst.Chain] != nil) || (eth[p.Src.Chain] != nil && cosmos[p.Dst.Chain] != nil)
}

// keepEthClient checks the alliance chain's 10-ethereum client every 30 s,
// reports its time left, and refreshes it (ethlink.RefreshClient) when a
// third of its trusting period is left or it fell a committee period
// behind.
func (n *Node) keepEthClient(ctx context.Context, eth *ethlink.Eth, cos *link.End, log *zap.Logger) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		updated, left, err := ethlink.RefreshClient(cctx, eth, cos)
		cancel()
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("10-ethereum client check failed", zap.String("chain", cos.Chain.ChainID()), zap.String("client_id", cos.ClientID), zap.Error(err))
		case err == nil:
			n.Metrics.TrustingPeriodLeft.WithLabelValues(cos.Chain.ChainID(), cos.ClientID).Set(left.Seconds())
			if updated {
				log.Info("10-ethereum client refreshed", zap.String("chain", cos.Chain.ChainID()), zap.String("client_id", cos.ClientID), zap.Duration("time_left_before", left))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
