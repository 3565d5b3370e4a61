package opstest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPromtoolRules runs `promtool check rules` and `promtool test rules`
// over the shipped alert rules and their unit tests.
func TestPromtoolRules(t *testing.T) {
	promtool := LookTool(t, "promtool")
	rules := RepoFile(t, "configs/prometheus/alerts.yml")
	tests := RepoFile(t, "configs/prometheus/alerts_test.yml")
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(promtool, args...)
		cmd.Dir = filepath.Dir(rules)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	if out := run("check", "rules", rules); !strings.Contains(out, "SUCCESS") {
		t.Fatalf("promtool check rules: %s", out)
	}
	if out := run("test", "rules", tests); !strings.Contains(out, "SUCCESS") {
		t.Fatalf("promtool test rules: %s", out)
	}

	// The example scrape config loads the rules from causeway/alerts.yml.
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "causeway"), 0o700)
	copyFile(t, RepoFile(t, "configs/prometheus/prometheus.yml"), filepath.Join(dir, "prometheus.yml"))
	copyFile(t, rules, filepath.Join(dir, "causeway", "alerts.yml"))
	if out := run("check", "config", filepath.Join(dir, "prometheus.yml")); !strings.Contains(out, "SUCCESS") {
		t.Fatalf("promtool check config: %s", out)
	}
}

// TestPromtoolCatchesBrokenRules makes sure the check above can fail: a rule
// file with a syntax error and a unit test expecting the wrong alert are
// both refused.
func TestPromtoolCatchesBrokenRules(t *testing.T) {
	promtool := LookTool(t, "promtool")
	b, err := os.ReadFile(RepoFile(t, "configs/prometheus/alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	broken := strings.Replace(string(b), "max by (path, direction) (causeway_oldest_pending_packet_age_seconds) > 600",
		"max by (path, direction) (causeway_oldest_pending_packet_age_seconds > 600", 1)
	os.WriteFile(filepath.Join(dir, "broken.yml"), []byte(broken), 0o600)
	if out, err := exec.Command(promtool, "check", "rules", filepath.Join(dir, "broken.yml")).CombinedOutput(); err == nil {
		t.Fatalf("promtool accepted a rule with unbalanced parentheses:\n%s", out)
	}

	// Raising the stuck threshold past what the unit test's series reach
	// must make `promtool test rules` fail.
	raised, err := RewriteAlert(b, "CausewayPacketStuck", 100000, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "alerts.yml"), raised, 0o600)
	copyFile(t, RepoFile(t, "configs/prometheus/alerts_test.yml"), filepath.Join(dir, "alerts_test.yml"))
	cmd := exec.Command(promtool, "test", "rules", "alerts_test.yml")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "CausewayPacketStuck") {
		t.Fatalf("promtool test rules passed with a stuck threshold the tests never reach (err %v):\n%s", err, out)
	}
}

func TestRewriteAlert(t *testing.T) {
	b, err := os.ReadFile(RepoFile(t, "configs/prometheus/alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := RewriteAlert(b, "CausewayPacketStuck", 4, 6*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.Contains(s, "expr: max by (path, direction) (causeway_oldest_pending_packet_age_seconds) > 4\n") ||
		!strings.Contains(s, "for: 6s\n") {
		t.Fatalf("rewritten rule:\n%s", s)
	}
	// Every other rule keeps its hold duration.
	if strings.Count(s, "for: 6s") != 1 || strings.Count(s, "for: 15m") != strings.Count(string(b), "for: 15m") {
		t.Fatalf("rewrite touched other rules:\n%s", s)
	}
	if _, err := RewriteAlert(b, "NoSuchAlert", 1, time.Second); err == nil {
		t.Fatal("rewrote a rule that does not exist")
	}
	if _, err := RewriteAlert(b, "CausewayRelayerDown", 1, time.Second); err == nil {
		t.Fatal("rewrote the threshold of an expression without one")
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
