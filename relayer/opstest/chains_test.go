package opstest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

const chainsPass = "opstest keyring passphrase"

// simdChain is a devnet simd chain with clients for its relayer and user keys.
type simdChain struct {
	net           *devnet.SimdChain
	relayer, user *cosmos.Chain
}

// startSimdChains starts simd chains in parallel and restores their relayer
// and user keys into encrypted keyrings under home/keys/<chain id>, where
// the relayer process looks for them.
func startSimdChains(t *testing.T, home string, ids ...string) []*simdChain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	out := make([]*simdChain, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := devnet.StartSimd(ctx, devnet.SimdOptions{ChainID: id})
			if err != nil {
				errs[i] = fmt.Errorf("start %s: %w", id, err)
				return
			}
			t.Cleanup(func() { s.Close() })
			out[i] = &simdChain{net: s}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	for _, c := range out {
		cdc, err := cosmos.NewCodec("cosmos")
		if err != nil {
			t.Fatal(err)
		}
		kr, err := cosmos.OpenKeyring(filepath.Join(home, "keys", c.net.ChainID), chainsPass, cdc)
		if err != nil {
			t.Fatal(err)
		}
		for _, acc := range []devnet.SimdAccount{c.net.Relayer, c.net.User} {
			if _, err := cosmos.RestoreKey(kr, cdc, acc.Name, acc.Mnemonic); err != nil {
				t.Fatal(err)
			}
		}
		for _, k := range []struct {
			name string
			dst  **cosmos.Chain
		}{{c.net.Relayer.Name, &c.relayer}, {c.net.User.Name, &c.user}} {
			cc, err := cosmos.New(cosmos.Config{ChainID: c.net.ChainID, RPC: c.net.RPC(), Keyring: kr, Key: k.name, PollInterval: 100 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			*k.dst = cc
		}
	}
	return out
}

// linkSimdChains opens clients, a connection and an ICS-20 channel between a
// and b.
func linkSimdChains(t *testing.T, a, b *simdChain) *link.Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	end := func(c *simdChain) *link.End {
		v, err := link.NewVerifier(ctx, c.relayer, lctm.Params{TrustingPeriod: 20 * time.Minute, MaxClockDrift: 10 * time.Second}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return &link.End{Chain: c.relayer, Verifier: v}
	}
	res, err := link.Link(ctx, end(a), end(b), link.Options{TrustingPeriod: 20 * time.Minute})
	if err != nil {
		t.Fatalf("link %s and %s: %v", a.net.ChainID, b.net.ChainID, err)
	}
	return res
}

// simdConfig is the relayer config for the linked chains, with /metrics and
// the embedded NATS on free loopback ports.
func simdConfig(t *testing.T, a, b *simdChain, res *link.Result) *config.Config {
	t.Helper()
	t.Setenv("OPSTEST_KEYRING_PASS", chainsPass)
	chain := func(c *simdChain) string {
		return fmt.Sprintf(`  - id: %s
    family: cosmos
    rpc: %s
    signers: [{key: %s, passphrase: "${OPSTEST_KEYRING_PASS}"}]
    gas: {price: 0stake, adjustment: 1.5}
    trusting_period: 20m
    unbonding_period: 30m
    poll_interval: 100ms
`, c.net.ChainID, c.net.RPC(), c.net.Relayer.Name)
	}
	end := func(ids link.Ids) string {
		return fmt.Sprintf("{chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}", ids.ChainID, ids.ClientID, ids.ConnectionID, ids.ChannelID, ids.PortID)
	}
	y := fmt.Sprintf(`global: {listen: %q, log_level: warn}
nats: {ack_wait: 30s, embedded: {listen: %q}}
chains:
%s%spaths:
  - name: a-b
    src: %s
    dst: %s
    max_msgs: 100
`, freeAddr(t), freeAddr(t), chain(a), chain(b), end(res.A), end(res.B))
	f := filepath.Join(t.TempDir(), "causeway.yaml")
	if err := os.WriteFile(f, []byte(y), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(f)
	if err != nil {
		t.Fatalf("generated config refused: %v\n%s", err, y)
	}
	return cfg
}

// SimdTraffic is the real-chain Traffic: SendStuck stops the destination
// chain and sends ICS-20 transfers on the source; Deliver restarts the
// destination, and the relayer does the rest.
type SimdTraffic struct {
	Src, Dst *simdChain
	Channel  string // the source chain's channel
	sent     uint64
}

// SendStuck implements Traffic.
func (st *SimdTraffic) SendStuck(ctx context.Context, n int) ([]uint64, error) {
	if err := st.Dst.net.Stop(); err != nil {
		return nil, fmt.Errorf("stop %s: %w", st.Dst.net.ChainID, err)
	}
	msgs := make([]sdk.Msg, n)
	for i := range msgs {
		msgs[i] = transfertypes.NewMsgTransfer("transfer", st.Channel, sdk.NewInt64Coin("token", int64(100+i)), st.Src.net.User.Address,
			st.Dst.net.User.Address, clienttypes.ZeroHeight(), uint64(time.Now().Add(30*time.Minute).UnixNano()), "")
	}
	if _, err := st.Src.user.SendMsgs(ctx, msgs...); err != nil {
		return nil, fmt.Errorf("transfers on %s: %w", st.Src.net.ChainID, err)
	}
	seqs := make([]uint64, n)
	for i := range seqs {
		st.sent++
		seqs[i] = st.sent // a fresh channel: sequences start at 1
	}
	return seqs, nil
}

// Deliver implements Traffic.
func (st *SimdTraffic) Deliver(ctx context.Context) error {
	if err := st.Dst.net.Restart(ctx); err != nil {
		return fmt.Errorf("restart %s: %w", st.Dst.net.ChainID, err)
	}
	return nil
}

// TestStuckPacketAlertRealChains is TestStuckPacketAlert on two real simd
// chains linked by Causeway: the destination chain is stopped, ICS-20
// transfers are sent, the stuck-packet alert fires; the chain is restarted,
// the relayer delivers and acknowledges the packets, and the alert resolves.
func TestStuckPacketAlertRealChains(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains, a relayer and a Prometheus server")
	}
	home := t.TempDir()
	cs := startSimdChains(t, home, "alliance-a-1", "alliance-b-1")
	a, b := cs[0], cs[1]
	res := linkSimdChains(t, a, b)
	cfg := simdConfig(t, a, b, res)
	relayer := StartRelayerIn(t, cfg, home)
	dirs := node.Directions(cfg)
	if dirs[0].Src.Chain != a.net.ChainID {
		t.Fatalf("first direction is %s, want from %s", dirs[0].Name(), a.net.ChainID)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	prom := stuckPacketScenario(ctx, t, relayer, dirs[0], dirs[1], &SimdTraffic{Src: a, Dst: b, Channel: res.A.ChannelID}, 5)

	// The dashboard's latency and transaction panels have real data: five
	// relay latencies observed (each at least the time the chain was down)
	// and transactions submitted on both chains.
	waitFor(ctx, t, "latency and transactions scraped", func() (bool, string) {
		lat, err := prom.Query(ctx, fmt.Sprintf(`causeway_relay_latency_seconds_count{path="a-b",direction=%q}`, dirs[0].Name()))
		if err != nil || len(lat) != 1 || lat[0].Value != 5 {
			return false, fmt.Sprint("latency count ", lat, err)
		}
		slow, err := prom.Query(ctx, fmt.Sprintf(`causeway_relay_latency_seconds_bucket{path="a-b",direction=%q,le="4"}`, dirs[0].Name()))
		if err != nil || len(slow) != 1 || slow[0].Value != 0 {
			return false, fmt.Sprint("latency under 4s while the chain was down: ", slow, err)
		}
		tx, err := prom.Query(ctx, `causeway_tx_submitted_total > 0`)
		if err != nil || len(tx) != 2 {
			return false, fmt.Sprint("tx submitted ", tx, err)
		}
		return true, ""
	})

	// The receiver holds the vouchers: the packets really were delivered.
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
	bal, err := b.relayer.Balance(ctx, b.net.User.Address, voucher)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(100 + 101 + 102 + 103 + 104); bal.Amount.Int64() != want {
		t.Fatalf("receiver on %s holds %s %s, want %d", b.net.ChainID, bal.Amount, voucher, want)
	}
}
