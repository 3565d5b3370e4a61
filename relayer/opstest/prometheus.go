package opstest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// LookTool finds a Prometheus tool (prometheus, promtool) in PATH or
// /usr/bin, or fails the test saying how to install it.
func LookTool(t testing.TB, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if p := filepath.Join("/usr/bin", name); fileExists(p) {
		return p
	}
	t.Fatalf("%s not found in PATH or /usr/bin: install Debian's prometheus package "+
		"(apt-get update && apt-get install -y prometheus); CI's .ci/run installs it", name)
	return ""
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// RepoFile returns the path of a file in the repository, given relative to
// the module root (this package sits two levels below it).
func RepoFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", filepath.FromSlash(rel))
	abs, err := filepath.Abs(p)
	if err != nil || !fileExists(abs) {
		t.Fatalf("repository file %s not found at %s: %v", rel, abs, err)
	}
	return abs
}

// PrometheusOptions configures a test Prometheus.
type PrometheusOptions struct {
	// Targets are host:port addresses scraped as job "causeway".
	Targets []string
	// Rules is the alert rule file content (e.g. the shipped alerts.yml,
	// possibly rewritten with RewriteAlert).
	Rules []byte
	// Interval is both the scrape and the rule evaluation interval
	// (default 1s).
	Interval time.Duration
}

// Prometheus is a running Prometheus server owned by a test.
type Prometheus struct {
	// URL is the server's base URL, http://127.0.0.1:<port>.
	URL  string
	http *http.Client
}

// StartPrometheus starts the prometheus binary on a free loopback port with
// a temporary TSDB, a scrape config for opts.Targets and opts.Rules, waits
// until it is ready, and stops it when the test ends.
func StartPrometheus(t testing.TB, opts PrometheusOptions) *Prometheus {
	t.Helper()
	bin := LookTool(t, "prometheus")
	if opts.Interval == 0 {
		opts.Interval = time.Second
	}
	dir := t.TempDir()
	rules := filepath.Join(dir, "alerts.yml")
	if err := os.WriteFile(rules, opts.Rules, 0o600); err != nil {
		t.Fatal(err)
	}
	iv := model(opts.Interval)
	cfg := map[string]any{
		"global":     map[string]any{"scrape_interval": iv, "scrape_timeout": iv, "evaluation_interval": iv},
		"rule_files": []string{rules},
		"scrape_configs": []any{map[string]any{
			"job_name":       "causeway",
			"static_configs": []any{map[string]any{"targets": opts.Targets}},
		}},
	}
	b, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgFile, b, 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	cmd := exec.Command(bin,
		"--config.file="+cfgFile,
		"--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--web.listen-address="+addr,
		"--log.level=warn",
	)
	logs := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("prometheus log:\n%s", logs.String())
		}
	})
	p := &Prometheus{URL: "http://" + addr, http: &http.Client{Timeout: 5 * time.Second}}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := p.http.Get(p.URL + "/-/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		select {
		case err := <-exited:
			t.Fatalf("prometheus exited before it was ready: %v\n%s", err, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("prometheus on %s not ready after 60s: %v\n%s", addr, err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// model formats a duration as Prometheus writes durations ("1s", "500ms").
func model(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%ds", int(d/time.Second))
	}
	return fmt.Sprintf("%dms", d.Milliseconds())
}

func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("free loopback port: %v", err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// get calls a Prometheus API endpoint and decodes its data field into out.
func (p *Prometheus) get(ctx context.Context, path string, q url.Values, out any) error {
	u := p.URL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return fmt.Errorf("prometheus %s: %w", path, err)
	}
	defer resp.Body.Close()
	var body struct {
		Status    string          `json:"status"`
		Data      json.RawMessage `json:"data"`
		ErrorType string          `json:"errorType"`
		Error     string          `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return fmt.Errorf("prometheus %s: HTTP %d, undecodable body: %w", path, resp.StatusCode, err)
	}
	if body.Status != "success" {
		return fmt.Errorf("prometheus %s: %s: %s", path, body.ErrorType, body.Error)
	}
	return json.Unmarshal(body.Data, out)
}

// Sample is one instant-vector element of a query result.
type Sample struct {
	Metric map[string]string
	Value  float64
}

// Query evaluates an instant PromQL query now.
func (p *Prometheus) Query(ctx context.Context, expr string) ([]Sample, error) {
	var data struct {
		ResultType string `json:"resultType"`
		Result     []struct {
			Metric map[string]string `json:"metric"`
			Value  [2]any            `json:"value"`
		} `json:"result"`
	}
	if err := p.get(ctx, "/api/v1/query", url.Values{"query": {expr}}, &data); err != nil {
		return nil, fmt.Errorf("query %q: %w", expr, err)
	}
	if data.ResultType != "vector" {
		return nil, fmt.Errorf("query %q: result type %s, want vector", expr, data.ResultType)
	}
	out := make([]Sample, 0, len(data.Result))
	for _, r := range data.Result {
		s, _ := r.Value[1].(string)
		var v float64
		if _, err := fmt.Sscan(s, &v); err != nil {
			return nil, fmt.Errorf("query %q: value %q: %w", expr, s, err)
		}
		out = append(out, Sample{Metric: r.Metric, Value: v})
	}
	return out, nil
}

// Alert is one active alert of an alerting rule.
type Alert struct {
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations"`
	State       string            `json:"state"`
	ActiveAt    time.Time         `json:"activeAt"`
}

// Rule is an alerting rule as /api/v1/rules reports it.
type Rule struct {
	Name           string    `json:"name"`
	Query          string    `json:"query"`
	Duration       float64   `json:"duration"`
	State          string    `json:"state"`
	Health         string    `json:"health"`
	LastError      string    `json:"lastError"`
	LastEvaluation time.Time `json:"lastEvaluation"`
	Alerts         []Alert   `json:"alerts"`
}

// AlertingRule returns the named alerting rule's current state.
func (p *Prometheus) AlertingRule(ctx context.Context, name string) (*Rule, error) {
	var data struct {
		Groups []struct {
			Rules []Rule `json:"rules"`
		} `json:"groups"`
	}
	if err := p.get(ctx, "/api/v1/rules", url.Values{"type": {"alert"}}, &data); err != nil {
		return nil, err
	}
	for _, g := range data.Groups {
		for i := range g.Rules {
			if g.Rules[i].Name == name {
				return &g.Rules[i], nil
			}
		}
	}
	return nil, fmt.Errorf("alerting rule %s not loaded by prometheus", name)
}

// AlertState is the state of the rule's alert whose labels include match:
// "inactive" when there is none, else "pending" or "firing".
func (p *Prometheus) AlertState(ctx context.Context, name string, match map[string]string) (string, *Rule, error) {
	r, err := p.AlertingRule(ctx, name)
	if err != nil {
		return "", nil, err
	}
	if r.Health == "err" {
		return "", r, fmt.Errorf("alerting rule %s fails to evaluate: %s", name, r.LastError)
	}
	for _, a := range r.Alerts {
		if labelsMatch(a.Labels, match) {
			return a.State, r, nil
		}
	}
	return "inactive", r, nil
}

// Alerts returns the active alerts (pending and firing) from /api/v1/alerts.
func (p *Prometheus) Alerts(ctx context.Context) ([]Alert, error) {
	var data struct {
		Alerts []Alert `json:"alerts"`
	}
	if err := p.get(ctx, "/api/v1/alerts", nil, &data); err != nil {
		return nil, err
	}
	return data.Alerts, nil
}

func labelsMatch(labels, match map[string]string) bool {
	for k, v := range match {
		if labels[k] != v {
			return false
		}
	}
	return true
}

// RewriteAlert returns the rule file with one alerting rule's hold duration
// ("for") and comparison threshold replaced, everything else unchanged. The
// rule's expression must end in "> <number>"; only that number changes, so
// the test exercises the shipped expression.
func RewriteAlert(rules []byte, alert string, threshold float64, hold time.Duration) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(rules, &root); err != nil {
		return nil, fmt.Errorf("parse rules: %w", err)
	}
	rule := findAlert(&root, alert)
	if rule == nil {
		return nil, fmt.Errorf("alerting rule %s not found", alert)
	}
	expr, forNode := mapValue(rule, "expr"), mapValue(rule, "for")
	if expr == nil || forNode == nil {
		return nil, fmt.Errorf("alerting rule %s has no expr or no for", alert)
	}
	re := regexp.MustCompile(`>\s*[0-9.e+]+\s*$`)
	if !re.MatchString(expr.Value) {
		return nil, fmt.Errorf("alerting rule %s: expression %q does not end in a > threshold", alert, expr.Value)
	}
	expr.Value = re.ReplaceAllString(strings.TrimSpace(expr.Value), fmt.Sprintf("> %g", threshold))
	forNode.Value = model(hold)
	return yaml.Marshal(&root)
}

// RewriteHold returns the rule file with one alerting rule's hold duration
// ("for") replaced, everything else unchanged.
func RewriteHold(rules []byte, alert string, hold time.Duration) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(rules, &root); err != nil {
		return nil, fmt.Errorf("parse rules: %w", err)
	}
	rule := findAlert(&root, alert)
	if rule == nil {
		return nil, fmt.Errorf("alerting rule %s not found", alert)
	}
	forNode := mapValue(rule, "for")
	if forNode == nil {
		return nil, fmt.Errorf("alerting rule %s has no for", alert)
	}
	forNode.Value = model(hold)
	return yaml.Marshal(&root)
}

func findAlert(n *yaml.Node, name string) *yaml.Node {
	if n.Kind == yaml.MappingNode {
		if v := mapValue(n, "alert"); v != nil && v.Value == name {
			return n
		}
	}
	for _, c := range n.Content {
		if r := findAlert(c, name); r != nil {
			return r
		}
	}
	return nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
