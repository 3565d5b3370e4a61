package opstest

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"

	"github.com/causewaylabs/causeway/relayer/metrics"
	"github.com/causewaylabs/causeway/relayer/state"
)

// proposed are metrics the alert rules already use but relayer/metrics does
// not export yet; the rules work without them (see alerts.yml). Remove an
// entry once the metric exists.
var proposed = map[string]string{
	"causeway_wallet_min_balance": "per-signer low-balance threshold from chains[].gas.min_balance",
}

// exportedMetrics gathers a live metrics.New registry, with one child of
// every labelled family created so Gather reports it, and returns every
// series name a query can use (histograms with _bucket, _sum and _count).
func exportedMetrics(t *testing.T) map[string]bool {
	t.Helper()
	m := metrics.New("test", state.NewTracker(), []state.PathDir{{Path: "a-b", Direction: "alliance-a_to_alliance-b"}})
	v := reflect.ValueOf(m).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		get := f.MethodByName("GetMetricWithLabelValues")
		if !get.IsValid() {
			continue
		}
		created := false
		for n := 0; n <= 8 && !created; n++ {
			args := make([]reflect.Value, n)
			for j := range args {
				args[j] = reflect.ValueOf("x")
			}
			out := get.Call(args)
			created = out[1].IsNil()
		}
		if !created {
			t.Fatalf("metrics.%s: could not create a child with up to 8 labels", v.Type().Field(i).Name)
		}
	}
	fams, err := m.Registry.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	names := map[string]bool{"up": true} // synthesized by Prometheus per target
	for _, f := range fams {
		names[f.GetName()] = true
		if f.GetType() == dto.MetricType_HISTOGRAM {
			for _, s := range []string{"_bucket", "_sum", "_count"} {
				names[f.GetName()+s] = true
			}
		}
	}
	for _, must := range []string{"causeway_packets_pending", "causeway_oldest_pending_packet_age_seconds", "causeway_relay_latency_seconds_bucket", "causeway_wallet_balance"} {
		if !names[must] {
			t.Fatalf("gathered registry lacks %s: %v", must, sorted(names))
		}
	}
	return names
}

func sorted(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// metricRE finds metric names in PromQL: Causeway's own and the Go and
// process collectors' (recording-rule names contain ':' and do not match).
var metricRE = regexp.MustCompile(`\b(causeway_[a-z0-9_]+|go_[a-z0-9_]+|process_[a-z0-9_]+|up)\b`)

type dashboard struct {
	Title      string  `json:"title"`
	UID        string  `json:"uid"`
	Panels     []panel `json:"panels"`
	Templating struct {
		List []struct {
			Name       string `json:"name"`
			Type       string `json:"type"`
			Definition string `json:"definition"`
		} `json:"list"`
	} `json:"templating"`
}

type panel struct {
	ID      int    `json:"id"`
	Type    string `json:"type"`
	Title   string `json:"title"`
	Targets []struct {
		Expr  string `json:"expr"`
		RefID string `json:"refId"`
	} `json:"targets"`
}

func loadDashboard(t *testing.T) *dashboard {
	t.Helper()
	b, err := os.ReadFile(RepoFile(t, "configs/grafana/causeway.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d dashboard
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("configs/grafana/causeway.json is not valid JSON: %v", err)
	}
	return &d
}

// dashboardQueries returns every PromQL expression of the dashboard, panels
// and template variables, by where it is used.
func dashboardQueries(d *dashboard) map[string]string {
	out := map[string]string{}
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			out[p.Title+"/"+tg.RefID] = tg.Expr
		}
	}
	for _, v := range d.Templating.List {
		if v.Type == "query" {
			out["variable $"+v.Name] = v.Definition
		}
	}
	return out
}

// TestDashboard checks that the dashboard parses, covers what operators need
// and only queries metrics that relayer/metrics exports.
func TestDashboard(t *testing.T) {
	d := loadDashboard(t)
	names := exportedMetrics(t)
	if d.UID == "" || d.Title == "" {
		t.Errorf("dashboard needs a uid and title")
	}
	ids := map[int]bool{}
	used := map[string]bool{}
	for _, p := range d.Panels {
		if ids[p.ID] {
			t.Errorf("panel id %d used twice", p.ID)
		}
		ids[p.ID] = true
		if p.Type != "row" && len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
	}
	for where, expr := range dashboardQueries(d) {
		if strings.TrimSpace(expr) == "" {
			t.Errorf("%s: empty query", where)
		}
		found := metricRE.FindAllString(expr, -1)
		if len(found) == 0 {
			t.Errorf("%s: query %q uses no metric", where, expr)
		}
		for _, n := range found {
			used[n] = true
		}
		for _, n := range unknownMetrics(expr, names) {
			t.Errorf("%s: query uses %s, which relayer/metrics does not export", where, n)
		}
	}
	// What the issue asks the dashboard to show.
	for _, need := range []string{
		"causeway_packets_pending",                   // per-path backlog
		"causeway_oldest_pending_packet_age_seconds", // oldest pending age
		"causeway_packets_relayed_total",             // throughput
		"causeway_relay_latency_seconds_bucket",      // latency
		"causeway_lightclient_lag_blocks",            // light-client lag
		"causeway_wallet_balance",                    // balances
		"causeway_tx_failed_total",                   // errors
		"causeway_dead_lettered_total",               // dead letters
	} {
		if !used[need] {
			t.Errorf("dashboard shows nothing from %s", need)
		}
	}
}

// unknownMetrics returns the metric names in expr that names lacks.
func unknownMetrics(expr string, names map[string]bool) []string {
	var out []string
	for _, n := range metricRE.FindAllString(expr, -1) {
		if !names[n] {
			out = append(out, n)
		}
	}
	return out
}

func TestUnknownMetricsCaught(t *testing.T) {
	names := exportedMetrics(t)
	got := unknownMetrics(`sum(rate(causeway_packets_relayed_total[5m])) / sum(rate(causeway_packets_sent_total[5m])) and causeway:packets_pending:max > 0`, names)
	if len(got) != 1 || got[0] != "causeway_packets_sent_total" {
		t.Fatalf("unknown metrics: %v, want [causeway_packets_sent_total]", got)
	}
}

// TestAlertRulesUseExportedMetrics checks the alert rules against the
// metrics relayer/metrics exports, so a renamed metric cannot silently
// disable an alert.
func TestAlertRulesUseExportedMetrics(t *testing.T) {
	names := exportedMetrics(t)
	b, err := os.ReadFile(RepoFile(t, "configs/prometheus/alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		for _, n := range unknownMetrics(line, names) {
			if why, ok := proposed[n]; ok {
				t.Logf("alerts.yml uses %s (%s), not exported yet; the rules fall back without it", n, why)
				continue
			}
			t.Errorf("alerts.yml uses %s, which relayer/metrics does not export: %q", n, strings.TrimSpace(line))
		}
	}
}
