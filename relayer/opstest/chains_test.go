package opstest

import (
	"context"
	"fmt"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/relayer/node"
)

// simdChain is a devnet simd chain with clients for its relayer and user keys.
type simdChain = linktest.Chain

// startSimdChains starts simd chains whose keys the relayer finds under home.
func startSimdChains(t *testing.T, home string, ids ...string) []*simdChain {
	return linktest.StartChainsT(t, home, ids...)
}

// linkSimdChains opens clients, a connection and an ICS-20 channel.
func linkSimdChains(t *testing.T, a, b *simdChain) *link.Result { return linktest.LinkT(t, a, b) }

// simdConfig is the relayer config for the linked chains, with /metrics and
// the embedded NATS on free loopback ports.
func simdConfig(t *testing.T, a, b *simdChain, res *link.Result) *config.Config {
	t.Helper()
	_, cfg, err := linktest.WriteConfig(t.TempDir(), a, b, res, linktest.ConfigOptions{
		Listen: freeAddr(t), LogLevel: "warn", NATS: fmt.Sprintf("{ack_wait: 30s, embedded: {listen: %q}}", freeAddr(t))})
	if err != nil {
		t.Fatal(err)
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
	if err := st.Dst.Net.Stop(); err != nil {
		return nil, fmt.Errorf("stop %s: %w", st.Dst.Net.ChainID, err)
	}
	msgs := make([]sdk.Msg, n)
	for i := range msgs {
		msgs[i] = transfertypes.NewMsgTransfer("transfer", st.Channel, sdk.NewInt64Coin("token", int64(100+i)), st.Src.Net.User.Address,
			st.Dst.Net.User.Address, clienttypes.ZeroHeight(), uint64(time.Now().Add(30*time.Minute).UnixNano()), "")
	}
	if _, err := st.Src.User.SendMsgs(ctx, msgs...); err != nil {
		return nil, fmt.Errorf("transfers on %s: %w", st.Src.Net.ChainID, err)
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
	if err := st.Dst.Net.Restart(ctx); err != nil {
		return fmt.Errorf("restart %s: %w", st.Dst.Net.ChainID, err)
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
	if dirs[0].Src.Chain != a.Net.ChainID {
		t.Fatalf("first direction is %s, want from %s", dirs[0].Name(), a.Net.ChainID)
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
	bal, err := b.Relayer.Balance(ctx, b.Net.User.Address, voucher)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(100 + 101 + 102 + 103 + 104); bal.Amount.Int64() != want {
		t.Fatalf("receiver on %s holds %s %s, want %d", b.Net.ChainID, bal.Amount, voucher, want)
	}
}
