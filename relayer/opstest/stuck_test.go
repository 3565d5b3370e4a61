package opstest

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/relayer/lifecycle"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/state"
)

// Short values for the shipped CausewayPacketStuck rule in the end-to-end
// test: the same expression, a 4s threshold instead of 600s and a 6s hold
// instead of 5m, so the alert walks inactive -> pending -> firing in about
// ten seconds.
const (
	testStuckThreshold = 4 // seconds
	testStuckHold      = 6 * time.Second
	// testDownHold replaces CausewayRelayerDown's 2m hold.
	testDownHold = 3 * time.Second
)

// TestStuckPacketAlert runs a relayer and a real Prometheus with the shipped
// rules. Packets are sent while their destination is down; the stuck-packet
// alert for that path and direction must go inactive -> pending -> firing
// (read from Prometheus' HTTP API) and resolve once the packets are received
// and acknowledged. The other direction must stay quiet throughout.
//
// Here the traffic is the watcher's events, injected; the relayer tracks the
// path's packet state from them. Then a poison event must fire
// CausewayDeadLetters and stopping the relayer CausewayRelayerDown. TestStuckPacketAlertRealChains runs the same
// scenario on two simd chains with the destination chain stopped.
func TestStuckPacketAlert(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a relayer and a Prometheus server")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg := TrackingConfig(t, "qbft-ethereum")
	relayer := StartRelayer(t, cfg)
	dirs := node.Directions(cfg)
	prom := stuckPacketScenario(ctx, t, relayer, dirs[0], dirs[1], &InjectedTraffic{JS: relayer.Spine.JS, Dir: dirs[0]}, 5)

	// A poison event (not an event at all) is dead-lettered at once; the
	// counter series appears with the dead letter, and the alert must fire
	// on it.
	consumer := dirs[0].Consumer().Name
	if _, err := relayer.Spine.JS.Publish(ctx, spine.EventSubject(dirs[0].Src.Chain, dirs[0].Src.Channel, "send_packet"), []byte("not an event")); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "CausewayDeadLetters firing", func() (bool, string) {
		st, _, err := prom.AlertState(ctx, "CausewayDeadLetters", map[string]string{"consumer": consumer})
		return err == nil && st == "firing", fmt.Sprint(st, err)
	})

	// The relayer process stops: up == 0 and CausewayRelayerDown fires.
	if err := relayer.Stop(); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "CausewayRelayerDown firing", func() (bool, string) {
		st, _, err := prom.AlertState(ctx, "CausewayRelayerDown", map[string]string{"instance": relayer.MetricsAddr})
		return err == nil && st == "firing", fmt.Sprint(st, err)
	})
}

// stuckPacketScenario starts Prometheus over relayer with the shipped rules
// (stuck threshold and hold shortened), sends n packets on stuckDir through
// traffic while the destination is down, follows CausewayPacketStuck through
// inactive -> pending -> firing, delivers, and waits for it to resolve.
// CausewayRelayerDown's hold is shortened too (testDownHold). It returns the
// running Prometheus.
func stuckPacketScenario(ctx context.Context, t *testing.T, relayer *Relayer, stuckDir, otherDir lifecycle.Direction, traffic Traffic, n int) *Prometheus {
	shipped, err := os.ReadFile(RepoFile(t, "configs/prometheus/alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	rules, err := RewriteAlert(shipped, "CausewayPacketStuck", testStuckThreshold, testStuckHold)
	if err != nil {
		t.Fatal(err)
	}
	if rules, err = RewriteHold(rules, "CausewayRelayerDown", testDownHold); err != nil {
		t.Fatal(err)
	}
	prom := StartPrometheus(t, PrometheusOptions{Targets: []string{relayer.MetricsAddr}, Rules: rules, Interval: time.Second})

	const alert = "CausewayPacketStuck"
	match := map[string]string{"path": stuckDir.Path, "direction": stuckDir.Name()}
	other := map[string]string{"path": otherDir.Path, "direction": otherDir.Name()}

	// Before any traffic: the relayer is scraped, the gauge exists at 0 and
	// the rule has been evaluated over it and is inactive.
	scraped := time.Now()
	waitFor(ctx, t, "relayer scraped and the stuck rule evaluated over it", func() (bool, string) {
		up, err := prom.Query(ctx, `up{job="causeway"} == 1`)
		if err != nil || len(up) != 1 {
			return false, fmt.Sprintf("up: %v %v", up, err)
		}
		age, err := prom.Query(ctx, fmt.Sprintf(`causeway_oldest_pending_packet_age_seconds{path=%q,direction=%q}`, stuckDir.Path, stuckDir.Name()))
		if err != nil || len(age) != 1 || age[0].Value != 0 {
			return false, fmt.Sprintf("oldest age: %v %v", age, err)
		}
		st, r, err := prom.AlertState(ctx, alert, match)
		if err != nil || r.LastEvaluation.Before(scraped.Add(2*time.Second)) {
			return false, fmt.Sprintf("rule: %v %v", r, err)
		}
		if st != "inactive" || r.Health != "ok" {
			return false, "stuck rule " + st + " " + r.Health
		}
		// Before the first scrape absent(up) holds and CausewayRelayerDown
		// is pending; once the relayer is scraped it must be inactive.
		down, _, err := prom.AlertState(ctx, "CausewayRelayerDown", nil)
		return err == nil && down == "inactive", fmt.Sprintf("CausewayRelayerDown %s %v", down, err)
	})

	seqs, err := traffic.SendStuck(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	states := []string{"inactive"}
	track := func(want string) func() (bool, string) {
		return func() (bool, string) {
			st, _, err := prom.AlertState(ctx, alert, match)
			if err != nil {
				return false, err.Error()
			}
			if st != states[len(states)-1] {
				states = append(states, st)
				t.Logf("%s{path=%q,direction=%q}: %s", alert, stuckDir.Path, stuckDir.Name(), st)
			}
			if ost, _, err := prom.AlertState(ctx, alert, other); err != nil || ost != "inactive" {
				t.Fatalf("%s for the other direction %s is %q (%v); only %s has stuck packets", alert, otherDir.Name(), ost, err, stuckDir.Name())
			}
			return st == want, "state " + st
		}
	}
	waitFor(ctx, t, alert+" firing", track("firing"))
	if !slices.Equal(states, []string{"inactive", "pending", "firing"}) {
		t.Fatalf("%s went through %v, want inactive -> pending -> firing", alert, states)
	}

	// While firing: the alert API carries it with the shipped labels and
	// annotations, and the backlog gauge counts the packets.
	alerts, err := prom.Alerts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var firing *Alert
	for i, a := range alerts {
		if a.Labels["alertname"] == alert && labelsMatch(a.Labels, match) {
			firing = &alerts[i]
		}
	}
	if firing == nil || firing.State != "firing" || firing.Labels["severity"] != "critical" ||
		!strings.Contains(firing.Annotations["summary"], stuckDir.Path) || !strings.Contains(firing.Annotations["runbook"], "causeway query stuck") {
		t.Fatalf("/api/v1/alerts: %+v", alerts)
	}
	pending, err := prom.Query(ctx, fmt.Sprintf(`causeway:packets_pending:max{path=%q,direction=%q}`, stuckDir.Path, stuckDir.Name()))
	if err != nil || len(pending) != 1 || pending[0].Value != float64(len(seqs)) {
		t.Fatalf("pending packets recorded by Prometheus: %v (%v), want %d", pending, err, len(seqs))
	}
	t.Run("dashboard queries evaluate", func(t *testing.T) { dashboardQueriesEvaluate(ctx, t, prom) })

	// The destination is back: packets are received and acknowledged, and
	// the alert resolves.
	if err := traffic.Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, alert+" resolved", track("inactive"))
	if !slices.Equal(states, []string{"inactive", "pending", "firing", "inactive"}) {
		t.Fatalf("%s went through %v, want inactive -> pending -> firing -> inactive", alert, states)
	}
	for _, seq := range seqs {
		k := state.Key{Path: stuckDir.Path, Direction: stuckDir.Name(), Channel: stuckDir.Src.Channel, Sequence: seq}
		r, err := relayer.Store.Get(ctx, k)
		if err != nil || r.Stage != state.Acknowledged {
			t.Fatalf("packet %s after delivery: %+v (%v)", k, r, err)
		}
	}
	waitFor(ctx, t, "acknowledgements counted", func() (bool, string) {
		acked, err := prom.Query(ctx, fmt.Sprintf(`sum(causeway_packets_acknowledged_total{path=%q,direction=%q})`, stuckDir.Path, stuckDir.Name()))
		if err != nil || len(acked) != 1 {
			return false, fmt.Sprint(acked, err)
		}
		return acked[0].Value == float64(len(seqs)), fmt.Sprint(acked[0].Value)
	})
	return prom
}

// dashboardQueriesEvaluate runs every dashboard query, with Grafana's
// variables filled in, on the live Prometheus: each must parse and evaluate.
// The backlog and oldest-age panels must show the stuck packets.
func dashboardQueriesEvaluate(ctx context.Context, t *testing.T, prom *Prometheus) {
	vars := strings.NewReplacer("$__rate_interval", "1m", "$job", ".+", "$path", ".+")
	for where, expr := range dashboardQueries(loadDashboard(t)) {
		if strings.HasPrefix(expr, "label_values(") {
			continue // a Grafana function, not PromQL
		}
		res, err := prom.Query(ctx, vars.Replace(expr))
		if err != nil {
			t.Errorf("%s: %v", where, err)
			continue
		}
		if (strings.HasPrefix(where, "Backlog per path") || strings.HasPrefix(where, "Oldest pending packet age")) && len(res) == 0 {
			t.Errorf("%s: %q returned nothing while packets are stuck", where, expr)
		}
	}
}

// waitFor polls cond every 250ms until it holds, failing the test with cond's
// last explanation when ctx ends.
func waitFor(ctx context.Context, t *testing.T, what string, cond func() (bool, string)) {
	t.Helper()
	var last string
	for {
		var ok bool
		if ok, last = cond(); ok {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v; last: %s", what, ctx.Err(), last)
		case <-time.After(250 * time.Millisecond):
		}
	}
}
