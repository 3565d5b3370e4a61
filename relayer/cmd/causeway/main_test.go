package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/configs"
)

func runCLI(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

func setExampleEnv(t *testing.T) {
	for _, v := range []string{"CAUSEWAY_KEYRING_PASS_A", "CAUSEWAY_KEYRING_PASS_B", "CAUSEWAY_KEYRING_PASS", "CAUSEWAY_KEYSTORE_PASS", "CAUSEWAY_NATS_CREDS"} {
		t.Setenv(v, "test-"+strings.ToLower(v))
	}
}

func TestValidateShippedExamples(t *testing.T) {
	setExampleEnv(t)
	files, _ := filepath.Glob("../../../configs/*.yaml")
	if len(files) != len(configs.Pairs()) || len(files) < 3 {
		t.Fatalf("found %d example files, want one per pair %v", len(files), configs.Pairs())
	}
	code, out, errOut := runCLI(t, context.Background(), append([]string{"config", "validate"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if strings.Count(out, ": ok") != len(files) {
		t.Fatalf("output: %s", out)
	}
}

func TestConfigInitWritesValidExample(t *testing.T) {
	setExampleEnv(t)
	for _, pair := range configs.Pairs() {
		f := filepath.Join(t.TempDir(), pair+".yaml")
		if code, _, e := runCLI(t, context.Background(), "config", "init", "--pair", pair, "-o", f); code != 0 {
			t.Fatalf("init %s: exit %d: %s", pair, code, e)
		}
		if code, _, e := runCLI(t, context.Background(), "config", "validate", f); code != 0 {
			t.Fatalf("validate %s: exit %d: %s", pair, code, e)
		}
		// Refuses to overwrite without --force.
		if code, _, _ := runCLI(t, context.Background(), "config", "init", "--pair", pair, "-o", f); code != 1 {
			t.Fatalf("overwrite without --force: exit %d, want 1", code)
		}
	}
	if code, _, e := runCLI(t, context.Background(), "config", "init", "--pair", "fabric-ethereum"); code != 2 || !strings.Contains(e, `no example for chain pair "fabric-ethereum"`) {
		t.Fatalf("unknown pair: exit %d: %s", code, e)
	}
}

func TestExitCodes(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("chains: []\npaths: []\nglobal: {log_level: loud}\n"), 0o600)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"version"}, 0, ""},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"start"}, 2, "--config is required"},
		{[]string{"start", "--bogus"}, 2, "unknown flag: --bogus"},
		{[]string{"config", "validate"}, 2, "requires at least 1 arg"},
		{[]string{"config", "validate", bad}, 2, `global.log_level: must be debug, info, warn or error, got "loud"`},
		{[]string{"start", "--config", bad}, 2, "chains: at least one chain is required"},
		{[]string{"start", "--config", "/nonexistent.yaml"}, 2, "read config"},
	}
	for _, c := range cases {
		code, _, errOut := runCLI(t, context.Background(), c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d containing %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

// TestStartServesAndStops runs `causeway start` with an embedded NATS and two
// chains whose RPCs are down: it must serve /metrics, report not-ready with
// the reason on /healthz, keep retrying, and stop cleanly as SIGINT would.
func TestStartServesAndStops(t *testing.T) {
	free := func() string {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		defer ln.Close()
		return ln.Addr().String()
	}
	addr := free()
	cfg := fmt.Sprintf(`
global: {listen: %q}
nats: {embedded: {listen: %q}}
chains:
  - {id: alliance-a, family: cosmos, rpc: "http://%s", gas: {price: 0.025stake}, trusting_period: 336h, unbonding_period: 504h}
  - {id: alliance-b, family: cosmos, rpc: "http://%s", gas: {price: 0.025stake}, trusting_period: 336h, unbonding_period: 504h}
paths:
  - {name: a-b, src: {chain: alliance-a, channel_id: channel-0}, dst: {chain: alliance-b, channel_id: channel-0}}
`, addr, free(), free(), free())
	f := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(f, []byte(cfg), 0o600)
	home := t.TempDir()

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		code, _, errOut := runCLI(t, ctx, "start", "--config", f, "--home", home, "--log-level", "warn")
		if code != 0 {
			t.Logf("start: exit %d: %s", code, errOut)
		}
		done <- code
	}()
	var health struct {
		Ready  bool `json:"ready"`
		Checks []struct{ Name, Status string }
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			json.NewDecoder(resp.Body).Decode(&health)
			resp.Body.Close()
			if resp.StatusCode != http.StatusServiceUnavailable || health.Ready {
				t.Fatalf("healthz %d ready=%v with both chain RPCs down", resp.StatusCode, health.Ready)
			}
			if strings.Contains(fmt.Sprint(health.Checks), "connection refused") {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("start exited early with %d", code)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("healthz never named the unreachable RPC: %v %+v", err, health)
		}
		time.Sleep(100 * time.Millisecond)
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	body.ReadFrom(resp.Body)
	resp.Body.Close()
	for _, m := range []string{
		`causeway_packets_pending{direction="alliance-a_to_alliance-b",path="a-b",stage="observed"} 0`,
		`causeway_oldest_pending_packet_age_seconds{direction="alliance-b_to_alliance-a",path="a-b"} 0`,
		`causeway_build_info{`,
	} {
		if !strings.Contains(body.String(), m) {
			t.Errorf("metrics lack %s", m)
		}
	}
	if _, err := os.Stat(filepath.Join(home, "nats", "jetstream")); err != nil {
		t.Errorf("embedded JetStream store not under --home: %v", err)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("start exited %d after shutdown, want 0", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("start did not stop within 30s of shutdown")
	}
}

func TestSeqList(t *testing.T) {
	for _, c := range []struct {
		in   []uint64
		want string
	}{{nil, "-"}, {[]uint64{7}, "1: 7"}, {[]uint64{1, 2, 3, 5, 7, 8}, "6: 1-3,5,7-8"}} {
		if got := seqList(c.in); got != c.want {
			t.Errorf("seqList(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPathCommandsRefuseUnknownPaths(t *testing.T) {
	setExampleEnv(t)
	for _, args := range [][]string{
		{"tx", "link", "nope", "--config", "../../../configs/cosmos-cosmos.yaml"},
		{"query", "pending", "nope", "--config", "../../../configs/cosmos-cosmos.yaml"},
		{"tx", "link", "a-b"},
	} {
		code, _, errOut := runCLI(t, context.Background(), args...)
		want := `path "nope" is not in`
		if len(args) == 3 {
			want = "--config is required"
		}
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%v: exit %d, %q; want exit 2 with %q", args, code, errOut, want)
		}
	}
}
