package node_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/relay"
	"github.com/causewaylabs/causeway/relayer/state"
)

// lyingRPC forwards CometBFT RPC traffic and, while lying is set, flips a
// byte in every ICS-23 proof of abci_query answers, as a compromised full
// node would.
type lyingRPC struct {
	lying atomic.Bool
	lies  atomic.Int64
	srv   *httptest.Server
}

func newLyingRPC(t *testing.T, target string) *lyingRPC {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	l := &lyingRPC{}
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.ModifyResponse = func(resp *http.Response) error {
		if !l.lying.Load() || resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
			return nil
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		body = l.tamper(body)
		resp.Body = io.NopCloser(bytes.NewReader(body))
		resp.ContentLength = int64(len(body))
		resp.Header.Del("Content-Length")
		return nil
	}
	l.srv = httptest.NewServer(rp)
	t.Cleanup(l.srv.Close)
	return l
}

func (l *lyingRPC) tamper(body []byte) []byte {
	var msg map[string]any
	if json.Unmarshal(body, &msg) != nil {
		return body
	}
	res, _ := msg["result"].(map[string]any)
	r, _ := res["response"].(map[string]any)
	ops, _ := r["proofOps"].(map[string]any)
	list, _ := ops["ops"].([]any)
	if len(list) == 0 {
		return body
	}
	op, _ := list[0].(map[string]any)
	data, _ := op["data"].(string)
	raw, err := base64.StdEncoding.DecodeString(data)
	if err != nil || len(raw) == 0 {
		return body
	}
	raw[len(raw)/2] ^= 0x01
	op["data"] = base64.StdEncoding.EncodeToString(raw)
	l.lies.Add(1)
	out, err := json.Marshal(msg)
	if err != nil {
		return body
	}
	return out
}

func counterValue(t *testing.T, n *node.Node, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := n.Metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.Metric {
			for k, v := range labels {
				if !hasLabel(m, k, v) {
					continue next
				}
			}
			sum += m.GetCounter().GetValue() + m.GetGauge().GetValue()
		}
	}
	return sum
}

func hasLabel(m *dto.Metric, k, v string) bool {
	for _, lp := range m.Label {
		if lp.GetName() == k && lp.GetValue() == v {
			return true
		}
	}
	return false
}

// TestLyingRPCIsRefused serves the source chain through an RPC that forges
// packet proofs: the relayer's light client refuses them, counts the refusal,
// records it on the packet and submits nothing; once the RPC is honest again
// the packet is relayed.
func TestLyingRPCIsRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains")
	}
	home := t.TempDir()
	cs := startChains(t, home, "liar-a-1", "liar-b-1")
	a, b := cs[0], cs[1]
	res := linkChains(t, a, b)
	proxy := newLyingRPC(t, a.Net.RPC())
	cfg := writeConfig(t, t.TempDir(), a, b, res)
	cfg.Chains[0].RPC = proxy.srv.URL // the source chain, as the relayer sees it
	proxy.lying.Store(true)

	_, ready := runNode(t, cfg, home, zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel)))
	nd := <-ready
	ctx := context.Background()
	transfer(t, ctx, a, res.A.ChannelID, b.Net.User.Address, 42, 10*time.Minute)

	eventually(t, "the forged proof refused and counted", 2*time.Minute, func() bool {
		return counterValue(t, nd, "causeway_verification_failures_total", map[string]string{"chain": a.Net.ChainID, "kind": "proof"}) > 0
	})
	eventually(t, "signer balances exported", time.Minute, func() bool {
		return counterValue(t, nd, "causeway_wallet_balance", map[string]string{"chain": b.Net.ChainID, "denom": "stake"}) > 0
	})
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(res.B.PortID, res.B.ChannelID, "token")).IBCDenom()
	if got := balance(t, ctx, b, b.Net.User.Address, voucher); got != 0 {
		t.Fatalf("a packet proven by a lying RPC was delivered: %d vouchers", got)
	}
	if n := counterValue(t, nd, "causeway_tx_submitted_total", map[string]string{"chain": b.Net.ChainID}); n != 0 {
		t.Fatalf("%v transactions submitted on the destination while every proof was forged", n)
	}
	recs, err := nd.Store.List(ctx)
	if err != nil || len(recs) != 1 {
		t.Fatalf("packet state: %d records, %v", len(recs), err)
	}
	if recs[0].Stage != state.Observed || recs[0].Attempts == 0 || !strings.Contains(recs[0].LastError, "proof") {
		t.Fatalf("packet state does not say why it is stuck: %+v", recs[0])
	}
	t.Logf("refused %d forged proofs; packet last error: %s", proxy.lies.Load(), recs[0].LastError)

	proxy.lying.Store(false)
	eventually(t, "the packet relayed once the RPC is honest", 2*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) == 42
	})

	// An idle client is refreshed before it expires (here: always, with the
	// refresh threshold at the whole trusting period).
	host := &link.End{Chain: b.Relayer, Verifier: mustVerifier(t, ctx, b), ClientID: res.B.ClientID}
	cp := &link.End{Chain: a.Relayer, Verifier: mustVerifier(t, ctx, a), ClientID: res.A.ClientID}
	before, err := link.Client(ctx, host)
	if err != nil {
		t.Fatal(err)
	}
	keeper := &relay.ClientKeeper{Host: host, Counterparty: cp, RefreshAt: 1, Metrics: nd.Metrics, Log: zap.NewNop()}
	if sent, err := keeper.Check(ctx); err != nil || !sent {
		t.Fatalf("client keeper: sent=%v err=%v", sent, err)
	}
	after, err := link.Client(ctx, host)
	if err != nil {
		t.Fatal(err)
	}
	if !after.LatestHeight.GT(before.LatestHeight) {
		t.Fatalf("client not updated: %s -> %s", before.LatestHeight, after.LatestHeight)
	}
	if left := counterValue(t, nd, "causeway_client_trusting_period_remaining_seconds", map[string]string{"chain": b.Net.ChainID, "client_id": res.B.ClientID}); left <= 0 {
		t.Fatalf("trusting period left not exported: %v", left)
	}
}

func mustVerifier(t *testing.T, ctx context.Context, c *chain) *link.Verifier {
	t.Helper()
	v, err := link.NewVerifier(ctx, c.Relayer, lctm.Params{TrustingPeriod: 20 * time.Minute, MaxClockDrift: 10 * time.Second}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
