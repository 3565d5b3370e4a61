// Package linktest starts linked pairs of local simd chains for Causeway's
// tests, benchmarks and demo: chains from scripts/devnet, their relayer and
// user keys restored into encrypted keyrings where a relayer process looks
// for them (<home>/keys/<chain id>), clients, connection and ICS-20 channel
// opened by relayer/link, and a relayer config for the pair.
//
// Not for production: the keys are devnet keys.
package linktest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// Passphrase encrypts the devnet keyrings; configs read it from the
// environment variable PassphraseEnv.
const (
	Passphrase    = "causeway devnet keyring passphrase"
	PassphraseEnv = "CAUSEWAY_DEVNET_PASS"
)

// TrustingPeriod is what the devnet's 30-minute unbonding allows.
const TrustingPeriod = 20 * time.Minute

// Chain is a running simd chain with adapters signing as its relayer and
// its user account.
type Chain struct {
	Net     *devnet.SimdChain
	Relayer *cosmos.Chain
	User    *cosmos.Chain
}

// StartChains starts simd chains in parallel (opts.ChainID is replaced by
// each id) and restores their keys under home/keys/<id>. On error the chains
// already started are closed.
func StartChains(ctx context.Context, home string, opts devnet.SimdOptions, ids ...string) ([]*Chain, error) {
	out := make([]*Chain, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := opts
			o.ChainID = id
			if o.Dir != "" {
				o.Dir = filepath.Join(o.Dir, id)
			}
			s, err := devnet.StartSimd(ctx, o)
			if err != nil {
				errs[i] = fmt.Errorf("start %s: %w", id, err)
				return
			}
			out[i] = &Chain{Net: s}
		}()
	}
	wg.Wait()
	err := errors.Join(errs...)
	for _, c := range out {
		if err == nil && c != nil {
			err = c.restoreKeys(home)
		}
	}
	if err != nil {
		Close(out)
		return nil, err
	}
	return out, nil
}

// Close stops chains.
func Close(chains []*Chain) {
	for _, c := range chains {
		if c != nil {
			c.Net.Close()
		}
	}
}

func (c *Chain) restoreKeys(home string) error {
	cdc, err := cosmos.NewCodec("cosmos")
	if err != nil {
		return err
	}
	kr, err := cosmos.OpenKeyring(filepath.Join(home, "keys", c.Net.ChainID), Passphrase, cdc)
	if err != nil {
		return err
	}
	for _, acc := range append([]devnet.SimdAccount{c.Net.Relayer, c.Net.User}, c.Net.ExtraRelayers...) {
		if _, err := cosmos.RestoreKey(kr, cdc, acc.Name, acc.Mnemonic); err != nil {
			return err
		}
	}
	for _, k := range []struct {
		name string
		dst  **cosmos.Chain
	}{{c.Net.Relayer.Name, &c.Relayer}, {c.Net.User.Name, &c.User}} {
		cc, err := cosmos.New(cosmos.Config{ChainID: c.Net.ChainID, RPC: c.Net.RPC(), Keyring: kr, Key: k.name, PollInterval: 100 * time.Millisecond})
		if err != nil {
			return err
		}
		*k.dst = cc
	}
	return nil
}

// End returns a link end for c with a fresh light client.
func (c *Chain) End(ctx context.Context) (*link.End, error) {
	v, err := link.NewVerifier(ctx, c.Relayer, lctm.Params{TrustingPeriod: TrustingPeriod, MaxClockDrift: 10 * time.Second}, nil, nil)
	if err != nil {
		return nil, err
	}
	return &link.End{Chain: c.Relayer, Verifier: v}, nil
}

// Link opens clients, a connection and an unordered ICS-20 channel between a
// and b; logf, if set, is told each step.
func Link(ctx context.Context, a, b *Chain, logf func(string, ...any)) (*link.Result, error) {
	ea, err := a.End(ctx)
	if err != nil {
		return nil, err
	}
	eb, err := b.End(ctx)
	if err != nil {
		return nil, err
	}
	return link.Link(ctx, ea, eb, link.Options{TrustingPeriod: TrustingPeriod, Logf: logf})
}

// ConfigOptions shape the relayer config of a linked pair.
type ConfigOptions struct {
	Path string // default "a-b"
	// NATS is the nats section as YAML flow (default "{ack_wait: 30s}").
	NATS string
	// Listen is global.listen (default 127.0.0.1:0).
	Listen   string
	LogLevel string // default info
	MaxMsgs  int    // default 100
	// Signers is how many relayer keys each chain lists (default 1: relayer;
	// more need devnet.SimdOptions.ExtraRelayers).
	Signers int
	// RPC overrides a chain's rpc (by chain id), e.g. with a proxy.
	RPC map[string]string
}

// WriteConfig writes the relayer config of the linked pair to dir/causeway.yaml,
// sets PassphraseEnv in this process's environment, and returns the file and
// the loaded config.
func WriteConfig(dir string, a, b *Chain, res *link.Result, o ConfigOptions) (string, *config.Config, error) {
	if o.Path == "" {
		o.Path = "a-b"
	}
	if o.NATS == "" {
		o.NATS = "{ack_wait: 30s}"
	}
	if o.Listen == "" {
		o.Listen = "127.0.0.1:0"
	}
	if o.LogLevel == "" {
		o.LogLevel = "info"
	}
	if o.MaxMsgs == 0 {
		o.MaxMsgs = 100
	}
	if err := os.Setenv(PassphraseEnv, Passphrase); err != nil {
		return "", nil, err
	}
	chain := func(c *Chain) string {
		keys := []string{c.Net.Relayer.Name}
		for i := 0; i < o.Signers-1 && i < len(c.Net.ExtraRelayers); i++ {
			keys = append(keys, c.Net.ExtraRelayers[i].Name)
		}
		rpc := c.Net.RPC()
		if r := o.RPC[c.Net.ChainID]; r != "" {
			rpc = r
		}
		var signers []string
		for _, k := range keys {
			signers = append(signers, fmt.Sprintf(`{key: %s, passphrase: "${%s}"}`, k, PassphraseEnv))
		}
		return fmt.Sprintf(`  - id: %s
    family: cosmos
    rpc: %s
    signers: [%s]
    gas: {price: 0stake, adjustment: 1.5}
    trusting_period: %s
    unbonding_period: 30m
    poll_interval: 100ms
`, c.Net.ChainID, rpc, strings.Join(signers, ", "), TrustingPeriod)
	}
	end := func(ids link.Ids) string {
		return fmt.Sprintf("{chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}", ids.ChainID, ids.ClientID, ids.ConnectionID, ids.ChannelID, ids.PortID)
	}
	y := fmt.Sprintf(`global: {listen: %q, log_level: %s}
nats: %s
chains:
%s%spaths:
  - name: %s
    src: %s
    dst: %s
    max_msgs: %d
`, o.Listen, o.LogLevel, o.NATS, chain(a), chain(b), o.Path, end(res.A), end(res.B), o.MaxMsgs)
	f := filepath.Join(dir, "causeway.yaml")
	if err := os.WriteFile(f, []byte(y), 0o600); err != nil {
		return "", nil, err
	}
	cfg, err := config.Load(f)
	if err != nil {
		return "", nil, fmt.Errorf("generated config refused: %w\n%s", err, y)
	}
	return f, cfg, nil
}

// TB is the part of testing.TB the test helpers use.
type TB interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Cleanup(func())
}

// StartChainsT is StartChains for a test: it fails the test on error and
// closes the chains when the test ends.
func StartChainsT(t TB, home string, ids ...string) []*Chain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cs, err := StartChains(ctx, home, devnet.SimdOptions{}, ids...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Close(cs) })
	return cs
}

// LinkT is Link for a test.
func LinkT(t TB, a, b *Chain) *link.Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	res, err := Link(ctx, a, b, nil)
	if err != nil {
		t.Fatalf("link %s and %s: %v", a.Net.ChainID, b.Net.ChainID, err)
	}
	return res
}
