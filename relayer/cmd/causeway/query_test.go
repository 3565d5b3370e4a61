package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/configs"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/relayer/state"
)

const (
	dirAB = "alliance-a_to_alliance-b"
	dirBA = "alliance-b_to_alliance-a"
)

// queryFixture is a real embedded NATS holding the packet state of the
// cosmos-cosmos example's path a-b, as a running relayer would leave it:
//
//   - a-b/a->b #7: seen 1h ago, proven, submitted (tx AB12), one failed
//     attempt: stuck;
//   - a-b/b->a #7: seen 2m ago, observed: pending but not yet stuck;
//   - a-b/a->b #8: seen 2h ago, received and acknowledged: done.
type queryFixture struct {
	sp       *spine.Spine
	home     string
	cfgText  string // cosmos-cosmos example without its nats section's listen
	urlFile  string // config joining the server as an external cluster
	firstAgo time.Duration
}

func newQueryFixture(t *testing.T) *queryFixture {
	t.Helper()
	setExampleEnv(t)
	sp := spinetest.Open(t, "")
	b, err := configs.Example("cosmos-cosmos")
	if err != nil {
		t.Fatal(err)
	}
	f := &queryFixture{sp: sp, home: t.TempDir(), cfgText: string(b), firstAgo: time.Hour}
	f.urlFile = f.write(t, "url.yaml", strings.Replace(f.cfgText, "  embedded:\n    listen: 127.0.0.1:4222\n", "  url: "+sp.ClientURL()+"\n", 1))

	cfg, err := config.Load(f.urlFile)
	if err != nil {
		t.Fatalf("load %s: %v", f.urlFile, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	writer, h, err := node.Open(ctx, cfg, f.home, zap.NewNop())
	if err != nil {
		t.Fatalf("open as a relayer process: %v", err)
	}
	t.Cleanup(writer.Close)
	st := state.NewStore(writer.JS, h.Packets)
	now := time.Now().UTC()

	stuck, _, err := st.Observe(ctx, state.Key{Path: "a-b", Direction: dirAB, Channel: "channel-0", Sequence: 7}, func(r *state.Record) {
		r.FirstSeen = now.Add(-f.firstAgo)
		r.History[0].At = r.FirstSeen
		r.Height, r.TimeoutHeight = 120, "1-500"
	})
	must(t, err)
	must(t, st.Transition(ctx, stuck, state.Proven, ""))
	must(t, st.Transition(ctx, stuck, state.Submitted, "AB12"))
	must(t, st.RecordFailure(ctx, stuck, errors.New("broadcast to alliance-b: connection refused")))

	_, _, err = st.Observe(ctx, state.Key{Path: "a-b", Direction: dirBA, Channel: "channel-0", Sequence: 7}, func(r *state.Record) {
		r.FirstSeen = now.Add(-2 * time.Minute)
		r.History[0].At = r.FirstSeen
	})
	must(t, err)

	done, _, err := st.Observe(ctx, state.Key{Path: "a-b", Direction: dirAB, Channel: "channel-0", Sequence: 8}, func(r *state.Record) {
		r.FirstSeen = now.Add(-2 * time.Hour)
		r.History[0].At = r.FirstSeen
	})
	must(t, err)
	must(t, st.Transition(ctx, done, state.Received, "CD34"))
	must(t, st.Transition(ctx, done, state.Acknowledged, "EF56"))
	return f
}

func (f *queryFixture) write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (f *queryFixture) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runCLI(t, context.Background(), append(args, "--home", f.home)...)
}

// row matches one tabwriter row whose cells are the given fields in order.
func row(fields ...string) *regexp.Regexp {
	q := make([]string, len(fields))
	for i, s := range fields {
		q[i] = regexp.QuoteMeta(s)
	}
	return regexp.MustCompile(`(?m)^` + strings.Join(q, ` {2,}`) + `\b`)
}

func TestQueryPacketLifecycle(t *testing.T) {
	f := newQueryFixture(t)

	code, out, errOut := f.run(t, "query", "packet", "--config", f.urlFile, "a-b", "7", "--direction", dirAB)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, re := range []*regexp.Regexp{
		row("packet", "a-b "+dirAB+" channel-0 #7"),
		regexp.MustCompile(`(?m)^stage +submitted \(pending for 1h0m\d+s\)$`),
		row("attempts", "1"),
		row("tx hash", "AB12"),
		row("last error", "broadcast to alliance-b: connection refused"),
		row("sent at height", "120"),
		row("timeout", "height 1-500"),
		regexp.MustCompile(`(?m)^observed +\S+Z +0s +-$`),
		regexp.MustCompile(`(?m)^proven +\S+Z +1h0m\S+ +-$`),
		regexp.MustCompile(`(?m)^submitted +\S+Z +1h0m\S+ +AB12$`),
	} {
		if !re.MatchString(out) {
			t.Errorf("output lacks %s:\n%s", re, out)
		}
	}
	if strings.Contains(out, dirBA) {
		t.Errorf("--direction %s also printed the other direction:\n%s", dirAB, out)
	}

	// Without --direction both directions' packet 7 are shown.
	code, out, errOut = f.run(t, "query", "packet", "--config", f.urlFile, "a-b", "7")
	if code != 0 || !strings.Contains(out, "#7") || !strings.Contains(out, dirAB) || !strings.Contains(out, dirBA) {
		t.Fatalf("both directions: exit %d: %s%s", code, out, errOut)
	}

	// An acknowledged packet's whole history, as JSON.
	code, out, errOut = f.run(t, "query", "packet", "--config", f.urlFile, "a-b", "8", "--json")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errOut)
	}
	var got []struct {
		Path, Direction, Channel string
		Sequence                 uint64
		Stage                    string
		Attempts                 int
		TxHash                   string `json:"tx_hash"`
		History                  []struct {
			Stage  string
			At     time.Time
			TxHash string `json:"tx_hash"`
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	if len(got) != 1 || got[0].Direction != dirAB || got[0].Sequence != 8 || got[0].Stage != "acknowledged" || got[0].TxHash != "EF56" ||
		len(got[0].History) != 3 || got[0].History[1].Stage != "received" || got[0].History[1].TxHash != "CD34" || got[0].History[2].TxHash != "EF56" {
		t.Fatalf("json record: %+v", got)
	}

	// Unknown packets and bad arguments.
	code, _, errOut = f.run(t, "query", "packet", "--config", f.urlFile, "a-b", "99")
	if code != 1 || !strings.Contains(errOut, `no state for packet 99 on path "a-b"`) {
		t.Errorf("unknown packet: exit %d: %s", code, errOut)
	}
	code, _, errOut = f.run(t, "query", "packet", "--config", f.urlFile, "a-b", "7", "--channel", "channel-9")
	if code != 1 || !strings.Contains(errOut, `channel "channel-9"`) {
		t.Errorf("other channel: exit %d: %s", code, errOut)
	}
	for _, args := range [][]string{
		{"query", "packet", "--config", f.urlFile, "a-b", "seven"},
		{"query", "packet", "--config", f.urlFile, "a-b"},
		{"query", "packet", "a-b", "7"},
	} {
		if code, _, errOut := f.run(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, errOut)
		}
	}
}

func TestQueryStuck(t *testing.T) {
	f := newQueryFixture(t)

	code, out, errOut := f.run(t, "query", "stuck", "--config", f.urlFile)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !row("PATH", "DIRECTION", "CHANNEL", "SEQ", "STAGE", "PENDING FOR", "ATTEMPTS", "LAST ERROR").MatchString(lines[0]) ||
		!regexp.MustCompile(`^a-b +`+dirAB+` +channel-0 +7 +submitted +1h0m\d+s +1 +broadcast to alliance-b: connection refused$`).MatchString(lines[1]) {
		t.Fatalf("default --older-than 10m lists:\n%s", out)
	}

	// A shorter threshold also lists the packet seen 2 minutes ago, after the
	// older one; the acknowledged packet never shows.
	code, out, _ = f.run(t, "query", "stuck", "--config", f.urlFile, "--older-than", "1m", "--json")
	if code != 0 {
		t.Fatalf("json: exit %d", code)
	}
	var got []struct {
		Direction string
		Sequence  uint64
		Stage     string
		LastError string `json:"last_error"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	if len(got) != 2 || got[0].Direction != dirAB || got[0].LastError == "" || got[1].Direction != dirBA || got[1].Stage != "observed" {
		t.Fatalf("--older-than 1m: %+v", got)
	}

	code, out, _ = f.run(t, "query", "stuck", "--config", f.urlFile, "--older-than", "3h")
	if code != 0 || strings.TrimSpace(out) != "no packets pending for longer than 3h0m0s" {
		t.Fatalf("--older-than 3h: exit %d: %s", code, out)
	}
	code, out, _ = f.run(t, "query", "stuck", "--config", f.urlFile, "--path", "c-d", "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("--path c-d: exit %d: %s", code, out)
	}
	if code, _, errOut := f.run(t, "query", "stuck", "--config", f.urlFile, "--older-than", "-1m"); code != 2 {
		t.Errorf("negative --older-than: exit %d: %s", code, errOut)
	}
}

// TestQueryEmbeddedListen: with an embedded-NATS config the query connects to
// nats.embedded.listen as a client (where the running relayer's server
// listens), and says clearly when nothing listens there.
func TestQueryEmbeddedListen(t *testing.T) {
	f := newQueryFixture(t)
	addr := strings.TrimPrefix(f.sp.ClientURL(), "nats://")
	embedded := f.write(t, "embedded.yaml", strings.Replace(f.cfgText, "listen: 127.0.0.1:4222", "listen: "+addr, 1))

	code, out, errOut := f.run(t, "query", "stuck", "--config", embedded)
	if code != 0 || !strings.Contains(out, "broadcast to alliance-b: connection refused") {
		t.Fatalf("via nats.embedded.listen %s: exit %d: %s%s", addr, code, out, errOut)
	}
	// The query is a client: it must not have started a server of its own
	// under --home.
	if _, err := os.Stat(filepath.Join(f.home, "nats")); !os.IsNotExist(err) {
		t.Errorf("query created an embedded store under --home: %v", err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	idle := ln.Addr().String()
	ln.Close()
	nobody := f.write(t, "nobody.yaml", strings.Replace(f.cfgText, "listen: 127.0.0.1:4222", "listen: "+idle, 1))
	code, _, errOut = f.run(t, "query", "packet", "--config", nobody, "a-b", "7")
	if code != 1 || !strings.Contains(errOut, "nothing listens on nats.embedded.listen "+idle) || !strings.Contains(errOut, "causeway start") {
		t.Errorf("nothing listening: exit %d: %s", code, errOut)
	}

	random := f.write(t, "random.yaml", strings.Replace(f.cfgText, "  embedded:\n    listen: 127.0.0.1:4222\n", "", 1))
	code, _, errOut = f.run(t, "query", "stuck", "--config", random)
	if code != 2 || !strings.Contains(errOut, `nats.embedded.listen is ""`) {
		t.Errorf("no fixed listen address: exit %d: %s", code, errOut)
	}
}

// BenchmarkQueryStuck measures `causeway query stuck` (connect, read every
// record of the packet bucket, filter, print) over a bucket of 2,000
// packets, half of them stuck.
func BenchmarkQueryStuck(b *testing.B) {
	for _, v := range []string{"CAUSEWAY_KEYRING_PASS_A", "CAUSEWAY_KEYRING_PASS_B"} {
		b.Setenv(v, "bench")
	}
	sp := spinetest.Open(b, "")
	text, _ := configs.Example("cosmos-cosmos")
	file := filepath.Join(b.TempDir(), "url.yaml")
	if err := os.WriteFile(file, []byte(strings.Replace(string(text), "  embedded:\n    listen: 127.0.0.1:4222\n", "  url: "+sp.ClientURL()+"\n", 1)), 0o600); err != nil {
		b.Fatal(err)
	}
	cfg, err := config.Load(file)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	home := b.TempDir()
	writer, h, err := node.Open(ctx, cfg, home, zap.NewNop())
	if err != nil {
		b.Fatal(err)
	}
	defer writer.Close()
	st := state.NewStore(writer.JS, h.Packets)
	const n = 2000
	recs := make([]*state.Record, n)
	old := time.Now().Add(-time.Hour)
	for i := range recs {
		recs[i] = &state.Record{Key: state.Key{Path: "a-b", Direction: dirAB, Channel: "channel-0", Sequence: uint64(i + 1)}, Stage: state.Observed}
		if i%2 == 0 {
			recs[i].FirstSeen = old
		}
	}
	if _, errs := st.ObserveBatch(ctx, recs); errors.Join(errs...) != nil {
		b.Fatal(errors.Join(errs...))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var out, errOut bytes.Buffer
		code := run(ctx, []string{"query", "stuck", "--config", file, "--home", home}, &out, &errOut)
		if lines := strings.Count(out.String(), "\n"); code != 0 || lines != n/2+1 {
			b.Fatalf("exit %d, %d lines: %s", code, lines, errOut.String())
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
