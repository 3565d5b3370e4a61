package opstest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/causewaylabs/causeway/configs"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/node"
)

// ExampleConfig returns a shipped example config (configs/<pair>.yaml)
// adjusted for a test: /metrics on a free loopback port and an embedded NATS
// (even where the example joins a cluster) on another, everything else as
// shipped. Secrets referenced as ${VAR} are set to
// test values for the duration of the test.
func ExampleConfig(t testing.TB, pair string) *config.Config {
	t.Helper()
	b, err := configs.Example(pair)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, v := range []string{"CAUSEWAY_KEYRING_PASS_A", "CAUSEWAY_KEYRING_PASS_B", "CAUSEWAY_KEYRING_PASS", "CAUSEWAY_KEYSTORE_PASS", "CAUSEWAY_NATS_CREDS"} {
		if strings.Contains(text, "${"+v+"}") {
			t.Setenv(v, "opstest-"+strings.ToLower(v))
		}
	}
	cfg, err := config.Parse([]byte(text))
	if err != nil {
		t.Fatalf("example %s: %v", pair, err)
	}
	cfg.Global.Listen = freeAddr(t)
	cfg.NATS.URL, cfg.NATS.Credentials, cfg.NATS.TLS, cfg.NATS.Replicas = "", "", nil, 1
	cfg.NATS.Embedded = config.Embedded{Listen: freeAddr(t)}
	return cfg
}

// TrackingConfig is ExampleConfig for a relayer that only tracks packet
// lifecycles from injected events: no signers, every chain endpoint on a
// closed loopback port (watchers keep retrying and never see a block). Use a
// pair node.Run has no relaying engine for yet (qbft-ethereum), so the path
// is tracked: node.Run applies the events stream to the packet state.
func TrackingConfig(t testing.TB, pair string) *config.Config {
	t.Helper()
	cfg := ExampleConfig(t, pair)
	for i := range cfg.Chains {
		ch := &cfg.Chains[i]
		ch.Signers = nil
		ch.RPC = "http://" + freeAddr(t)
		if ch.Websocket != "" {
			ch.Websocket = "ws://" + freeAddr(t) + "/websocket"
		}
		if ch.GRPC != "" {
			ch.GRPC = freeAddr(t)
		}
		if ch.Beacon != "" {
			ch.Beacon = "http://" + freeAddr(t)
		}
		ch.Witnesses = nil
	}
	return cfg
}

// Relayer is a relayer process (node.Run) owned by a test.
type Relayer struct {
	*node.Node
	Config *config.Config
	cancel context.CancelFunc
	done   chan error
}

// StartRelayer runs node.Run with cfg in a temporary home until the test
// ends (or Stop), and returns once it serves /metrics and its packet state
// is loaded.
func StartRelayer(t testing.TB, cfg *config.Config) *Relayer {
	t.Helper()
	return StartRelayerIn(t, cfg, t.TempDir())
}

// StartRelayerIn is StartRelayer with a given home directory (where a
// real-chain test has put the signers' keyrings).
func StartRelayerIn(t testing.TB, cfg *config.Config, home string) *Relayer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &Relayer{Config: cfg, cancel: cancel, done: make(chan error, 1)}
	ready := make(chan *node.Node, 1)
	log := zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel))
	go func() { r.done <- node.Run(ctx, cfg, home, log, func(n *node.Node) { ready <- n }) }()
	t.Cleanup(func() {
		if err := r.Stop(); err != nil {
			t.Errorf("relayer: %v", err)
		}
	})
	select {
	case r.Node = <-ready:
	case err := <-r.done:
		r.done <- err
		t.Fatalf("relayer exited before it was ready: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("relayer not ready after 60s")
	}
	select {
	case <-r.Tracker.Ready():
	case <-time.After(30 * time.Second):
		t.Fatal("relayer's packet state not loaded after 30s")
	}
	return r
}

// Stop cancels the relayer and waits for it to drain; it is idempotent.
func (r *Relayer) Stop() error {
	r.cancel()
	select {
	case err := <-r.done:
		r.done <- err
		if err != nil {
			return fmt.Errorf("node.Run returned: %w", err)
		}
		return nil
	case <-time.After(30 * time.Second):
		return fmt.Errorf("relayer did not stop within 30s")
	}
}
