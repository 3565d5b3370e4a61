package node

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/spine"
)

// CosmosChain is a configured Cosmos chain: its adapter and light client.
type CosmosChain struct {
	Config config.Chain
	// Chain reads the chain (watcher, light client, clearing); it holds no key.
	Chain    *cosmos.Chain
	Verifier *link.Verifier
	// Signers are the configured keys found in this process's keyrings, in
	// config order, each with its own adapter (and account sequence). A
	// process signs with one of them at a time, under its lease.
	Signers []*Signer

	// Ready is closed once Verifier is set.
	Ready chan struct{}

	params  lctm.Params
	mu      sync.Mutex
	saved   int64
	lastErr error
}

// Signer is one signer key of a chain and the adapter that signs with it.
type Signer struct {
	Key   string
	Chain *cosmos.Chain
}

// KeyringDir is where a chain's keys live: signer.keyring, or
// <home>/keys/<chain id>.
func KeyringDir(home string, ch config.Chain) string {
	if len(ch.Signers) > 0 {
		return signerKeyringDir(home, ch, ch.Signers[0])
	}
	return filepath.Join(home, "keys", ch.ID)
}

func signerKeyringDir(home string, ch config.Chain, s config.Signer) string {
	if s.Keyring != "" {
		return s.Keyring
	}
	return filepath.Join(home, "keys", ch.ID)
}

// cosmosConfig is the adapter config of ch. incl, if not nil, is the
// chain's Inclusions in this process, shared by its watcher and signers.
func cosmosConfig(ch config.Chain, incl *cosmos.Inclusions) cosmos.Config {
	return cosmos.Config{
		ChainID: ch.ID, RPC: ch.RPC, AccountPrefix: ch.AccountPrefix,
		GasAdjustment: ch.Gas.Adjustment, GasPrices: ch.Gas.Price, MaxGas: ch.Gas.MaxGas,
		PollInterval: ch.PollInterval.Duration, RequestTimeout: ch.RPCTimeout.Duration,
		Inclusions: incl,
	}
}

// OpenCosmos builds the adapter for a cosmos chain from its config, with its
// first signer's encrypted keyring when one is configured.
func OpenCosmos(home string, ch config.Chain) (*cosmos.Chain, string, error) {
	cc := cosmosConfig(ch, nil) // no watcher runs beside it: poll /tx
	signer := ""
	if len(ch.Signers) > 0 {
		codec, err := cosmos.NewCodec(ch.AccountPrefix)
		if err != nil {
			return nil, "", err
		}
		kr, err := cosmos.OpenKeyring(KeyringDir(home, ch), ch.Signers[0].Passphrase, codec)
		if err != nil {
			return nil, "", fmt.Errorf("chain %s signer %s: %w", ch.ID, ch.Signers[0].Key, err)
		}
		cc.Keyring, cc.Key = kr, ch.Signers[0].Key
		signer = ch.Signers[0].Key
	}
	c, err := cosmos.New(cc)
	return c, signer, err
}

// openSigners opens every configured signer key of ch that is in this
// process's keyrings. Several processes may share one config with each
// holding only its own keys, so a key that is absent is skipped (and
// logged); a keyring that cannot be opened is an error, and so is a chain
// with signers configured but none found. incl is the chain's Inclusions
// in this process.
func openSigners(home string, idx int, ch config.Chain, incl *cosmos.Inclusions, log *zap.Logger) ([]*Signer, error) {
	if len(ch.Signers) == 0 {
		return nil, nil
	}
	codec, err := cosmos.NewCodec(ch.AccountPrefix)
	if err != nil {
		return nil, err
	}
	type krKey struct{ dir, pass string }
	keyrings := map[krKey]keyring.Keyring{} // opening one costs a bcrypt check
	var out []*Signer
	var missing []string
	for j, s := range ch.Signers {
		field := fmt.Sprintf("chains[%d].signers[%d]", idx, j)
		dir := signerKeyringDir(home, ch, s)
		kr := keyrings[krKey{dir, s.Passphrase}]
		if kr == nil {
			if kr, err = cosmos.OpenKeyring(dir, s.Passphrase, codec); err != nil {
				return nil, fmt.Errorf("%s (%s): %w", field, s.Key, err)
			}
			keyrings[krKey{dir, s.Passphrase}] = kr
		}
		if _, err := kr.Key(s.Key); err != nil {
			if errors.Is(err, sdkerrors.ErrKeyNotFound) {
				missing = append(missing, s.Key)
				log.Warn("signer key not in this process's keyring; skipped", zap.String("field", field), zap.String("key", s.Key), zap.String("keyring", dir))
				continue
			}
			return nil, fmt.Errorf("%s (%s): %w", field, s.Key, err)
		}
		cc := cosmosConfig(ch, incl)
		cc.Keyring, cc.Key = kr, s.Key
		c, err := cosmos.New(cc)
		if err != nil {
			return nil, fmt.Errorf("%s (%s): %w", field, s.Key, err)
		}
		out = append(out, &Signer{Key: s.Key, Chain: c})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("chains[%d].signers: none of the keys %v of chain %s is in this process's keyring (causeway keys add|restore|import)", idx, missing, ch.ID)
	}
	return out, nil
}

func lightKey(chain string) string { return "tendermint." + spine.Token(chain) }

// openCosmosChains builds the adapter of every cosmos chain. Keys are opened
// now (a missing key is a configuration error); light clients are started by
// trust, which waits for the chain's RPC.
func openCosmosChains(cfg *config.Config, home string, log *zap.Logger) (map[string]*CosmosChain, error) {
	out := map[string]*CosmosChain{}
	for i, ch := range cfg.Chains {
		if ch.Family != config.FamilyCosmos {
			continue
		}
		// The watcher follows c; the signers learn from it when their relay
		// transactions are included instead of polling /tx.
		incl := cosmos.NewInclusions(ch.ID)
		c, err := cosmos.New(cosmosConfig(ch, incl))
		if err != nil {
			return nil, fmt.Errorf("chains[%d]: %w", i, err)
		}
		signers, err := openSigners(home, i, ch, incl, log)
		if err != nil {
			return nil, err
		}
		p := lctm.Params{ChainID: ch.ID, TrustingPeriod: ch.TrustingPeriod.Duration, MaxClockDrift: ch.MaxClockDrift.Duration}
		out[ch.ID] = &CosmosChain{Config: ch, Chain: c, Signers: signers, params: p, Ready: make(chan struct{})}
	}
	return out, nil
}

// trust starts the chain's light client, retrying with backoff while the RPC
// is unreachable. It resumes from the trusted state in the light-client
// bucket; without one it trusts the chain's latest header (as creating an
// IBC client does) and says so in the log. A stored state that is corrupt or
// past its trusting period is an error: re-trusting silently would defeat the
// light client.
func (c *CosmosChain) trust(ctx context.Context, kv jetstream.KeyValue, log *zap.Logger) error {
	id := c.Config.ID
	var st *lctm.TrustedState
	if e, err := kv.Get(ctx, lightKey(id)); err == nil {
		st, err = lctm.UnmarshalTrustedState(id, e.Value())
		if err != nil {
			return fmt.Errorf("light client of %s: stored state refused: %w", id, err)
		}
		if expired, _ := lctm.Expired(c.params, st.Block.SignedHeader, time.Now()); expired {
			return fmt.Errorf("light client of %s: stored trusted state at height %d is past its trusting period %s; delete key %s in bucket %s to re-trust the chain",
				id, st.Height(), c.params.TrustingPeriod, lightKey(id), spine.LightClientBucket)
		}
		c.saved = st.Height()
	} else if !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("light client of %s: %w", id, err)
	}
	backoff := 500 * time.Millisecond
	for {
		vctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		v, err := link.NewVerifier(vctx, c.Chain, c.params, st, nil)
		cancel()
		if err == nil {
			for _, url := range c.Config.Witnesses {
				w, werr := cosmos.New(cosmos.Config{ChainID: id, RPC: url, AccountPrefix: c.Config.AccountPrefix, RequestTimeout: c.Config.RPCTimeout.Duration})
				if werr != nil {
					return fmt.Errorf("chain %s witness %s: %w", id, url, werr)
				}
				v.AddWitness(w)
			}
			if st == nil {
				log.Warn("no stored light-client state: trusting the chain's latest header", zap.String("chain", id), zap.Int64("height", v.State().Height()))
			}
			c.mu.Lock()
			c.Verifier, c.lastErr = v, nil
			c.mu.Unlock()
			close(c.Ready)
			return nil
		}
		c.mu.Lock()
		c.lastErr = err
		c.mu.Unlock()
		log.Warn("light client not started; retrying", zap.String("chain", id), zap.Duration("backoff", backoff), zap.Error(err))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

// saveLightClients persists each verifier's trusted state when it advanced,
// and reports light-client height, lag and RPC health.
func (n *Node) saveLightClients(ctx context.Context, chains map[string]*CosmosChain, log *zap.Logger) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		for id, c := range chains {
			select {
			case <-c.Ready:
			default:
				continue
			}
			// Keep the light client at the chain's head, so its lag means
			// something and witnesses are checked even on an idle path.
			vctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			if _, err := c.Verifier.Latest(vctx); err != nil && ctx.Err() == nil {
				log.Debug("light client not advanced", zap.String("chain", id), zap.Error(err))
				if errors.Is(err, lctm.ErrMisbehaviour) {
					n.haltPaths(id, err, log)
				}
			}
			cancel()
			st := c.Verifier.State()
			n.Metrics.LightClientHeight.WithLabelValues(id).Set(float64(st.Height()))
			if _, left := lctm.Expired(c.params, st.Block.SignedHeader, time.Now()); left > 0 {
				n.Metrics.TrustingPeriodLeft.WithLabelValues(id, "causeway").Set(left.Seconds())
			}
			hctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			h, err := c.Chain.LatestHeight(hctx)
			cancel()
			c.mu.Lock()
			c.lastErr = err
			saved := c.saved
			c.mu.Unlock()
			if err == nil {
				n.Metrics.LightClientLag.WithLabelValues(id).Set(float64(h - st.Height()))
			} else if ctx.Err() == nil {
				n.Metrics.RPCErrors.WithLabelValues(id).Inc()
			}
			if denom := feeDenom(c.Config.Gas.Price); denom != "" {
				for _, s := range c.Signers {
					bctx, cancel := context.WithTimeout(ctx, 2*time.Second)
					bal, err := c.Chain.Balance(bctx, s.Chain.Address(), denom)
					cancel()
					if err == nil {
						f, _ := bal.Amount.BigInt().Float64()
						n.Metrics.Balance.WithLabelValues(id, s.Key, denom).Set(f)
					}
				}
			}
			if st.Height() != saved {
				b, err := st.Marshal()
				if err == nil {
					_, err = n.Handles.LightClient.Put(ctx, lightKey(id), b)
				}
				if err != nil {
					log.Warn("saving light-client state failed", zap.String("chain", id), zap.Error(err))
				} else {
					c.mu.Lock()
					c.saved = st.Height()
					c.mu.Unlock()
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// haltPaths reports misbehaviour the light client of chain found (two
// valid, conflicting headers from the primary and a witness): every path
// with an end on chain is halted (the verifier refuses everything from now
// on), counted, and the evidence logged, once.
func (n *Node) haltPaths(chain string, err error, log *zap.Logger) {
	n.haltMu.Lock()
	defer n.haltMu.Unlock()
	if n.halted[chain] {
		return
	}
	if n.halted == nil {
		n.halted = map[string]bool{}
	}
	n.halted[chain] = true
	n.Metrics.Misbehaviour.WithLabelValues(chain).Inc()
	fields := []zap.Field{zap.String("chain", chain), zap.Error(err)}
	var mb *lctm.MisbehaviourError
	if errors.As(err, &mb) {
		fields = append(fields, zap.Int64("height", mb.Height),
			zap.String("primary_hash", fmt.Sprintf("%X", mb.Primary.Hash())), zap.String("witness_hash", fmt.Sprintf("%X", mb.Witness.Hash())))
		if mb.Evidence != nil {
			fields = append(fields, zap.String("evidence", mb.Evidence.String()))
		}
	}
	for _, p := range n.paths {
		if p.Src.Chain == chain || p.Dst.Chain == chain {
			n.Metrics.PathHalted.WithLabelValues(p.Name).Set(1)
			log.Error("misbehaviour: path halted until an operator intervenes", append(fields, zap.String("path", p.Name))...)
		}
	}
}

// health is the readiness check of a chain: its light client runs and its
// RPC answered recently.
func (c *CosmosChain) health() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lastErr != nil {
		return fmt.Errorf("rpc %s: %v", c.Config.RPC, c.lastErr)
	}
	if c.Verifier == nil {
		return errors.New("light client not started yet")
	}
	if err := c.Verifier.Halted(); err != nil {
		return fmt.Errorf("light client halted: %v", err)
	}
	return nil
}

// feeDenom is the denom of a gas price such as 0.025stake.
func feeDenom(price string) string {
	i := strings.IndexFunc(price, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		return ""
	}
	return price[i:]
}
