package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

func TestOptionsRefusesImpossibleValues(t *testing.T) {
	ok := options{pair: "cosmos-cosmos", n: 10, procs: 1, block: time.Second, perTx: 100, maxMsgs: 100, gasAdj: 1.5}
	if err := ok.check(); err != nil {
		t.Fatalf("valid options refused: %v", err)
	}
	for name, mut := range map[string]func(*options){
		"-pair":               func(o *options) { o.pair = "cosmos-solana" },
		"-interval":           func(o *options) { o.interval = -time.Second },
		"-n":                  func(o *options) { o.n = 0 },
		"-procs":              func(o *options) { o.procs = 3 },
		"-block":              func(o *options) { o.block = 0 },
		"-per-tx":             func(o *options) { o.perTx = 0 },
		"-max-msgs":           func(o *options) { o.maxMsgs = 10001 },
		"-profile":            func(o *options) { o.profile, o.procs = "x", 2 },
		"-block-gas":          func(o *options) { o.blockGas = -1 },
		"-gas-adjustment":     func(o *options) { o.gasAdj = 0.9 },
		"-block-gas and":      func(o *options) { o.pair, o.blockGas = "cosmos-ethereum", 100 },
		"-eth-gas-adjustment": func(o *options) { o.ethAdj = 1.05 },
	} {
		o := ok
		mut(&o)
		err := o.check()
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: got %v, want an error naming the flag", name, err)
		}
	}
}

func TestPercentiles(t *testing.T) {
	var v []float64
	for i := 100; i >= 1; i-- {
		v = append(v, float64(i))
	}
	p := percentiles(v)
	if p.P50 != 50 || p.P95 != 95 || p.Max != 100 {
		t.Fatalf("percentiles of 1..100 = %+v, want 50/95/100", p)
	}
	if p := percentiles([]float64{7}); p.P50 != 7 || p.P95 != 7 || p.Max != 7 {
		t.Fatalf("percentiles of one value = %+v", p)
	}
}

// burn hashes until this process has used cpu seconds more CPU (or a
// minute has passed, on a machine too loaded to schedule it), so the
// process's counters and profile have something to show.
func burn(t *testing.T, cpu float64) [32]byte {
	t.Helper()
	self := &relayerProc{name: "self"}
	start, err := self.cpuSeconds()
	if err != nil {
		t.Fatal(err)
	}
	var h [32]byte
	for end := time.Now().Add(time.Minute); time.Now().Before(end); {
		for i := 0; i < 10000; i++ {
			h = sha256.Sum256(h[:])
		}
		if now, _ := self.cpuSeconds(); now-start >= cpu {
			break
		}
	}
	return h
}

func TestProcCountersOfThisProcess(t *testing.T) {
	p := &relayerProc{name: "self"}
	before, err := p.cpuSeconds()
	if err != nil {
		t.Fatal(err)
	}
	burn(t, 0.2)
	after, err := p.cpuSeconds()
	if err != nil {
		t.Fatal(err)
	}
	if after-before < 0.2 {
		t.Fatalf("CPU went from %.2f to %.2f s over a minute of hashing", before, after)
	}
	rss, err := p.rssMB()
	if err != nil {
		t.Fatal(err)
	}
	peak, err := p.peakRSSMB()
	if err != nil {
		t.Fatal(err)
	}
	if rss <= 1 || peak < rss {
		t.Fatalf("RSS %.1f MB, peak %.1f MB", rss, peak)
	}
	if _, err := p.statusMB("NoSuchField"); err == nil {
		t.Fatal("a missing status field was not reported")
	}
}

func TestScrapeMetricsSumsOverLabels(t *testing.T) {
	reg := prometheus.NewRegistry()
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "causeway_messages_per_tx", Buckets: []float64{1, 10, 100}}, []string{"chain"})
	red := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "causeway_jetstream_redeliveries_total"}, []string{"consumer"})
	other := prometheus.NewCounter(prometheus.CounterOpts{Name: "causeway_jetstream_redeliveries_total_other"})
	reg.MustRegister(h, red, other)
	h.WithLabelValues("a").Observe(251)
	h.WithLabelValues("b").Observe(501)
	h.WithLabelValues("b").Observe(1)
	red.WithLabelValues("x").Add(3)
	red.WithLabelValues("y").Add(4)
	other.Add(100)
	srv := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	defer srv.Close()
	m, err := scrapeMetrics(context.Background(), strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	if m["causeway_messages_per_tx_sum"] != 753 || m["causeway_messages_per_tx_count"] != 3 {
		t.Fatalf("messages per tx sum %v count %v, want 753 and 3", m["causeway_messages_per_tx_sum"], m["causeway_messages_per_tx_count"])
	}
	if m["causeway_jetstream_redeliveries_total"] != 7 {
		t.Fatalf("redeliveries %v, want 7 (a metric with a longer name must not count)", m["causeway_jetstream_redeliveries_total"])
	}
	bad := httptest.NewServer(http.NotFoundHandler())
	bad.Close()
	if _, err := scrapeMetrics(context.Background(), strings.TrimPrefix(bad.URL, "http://")); err == nil {
		t.Fatal("a closed metrics endpoint was not reported")
	}
}

func TestTopOfARealProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.pprof")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	burn(t, 0.5)
	pprof.StopCPUProfile()
	f.Close()
	own, flat, err := topOwn(path, 5)
	if err != nil {
		t.Fatal(err)
	}
	// In a test binary package main is named by its import path, so burn is
	// one of "our" functions, holding nearly all the samples cumulatively.
	if len(own) == 0 || len(own) > 5 {
		t.Fatalf("%d own entries, want 1..5: %+v", len(own), own)
	}
	var burnCum float64
	for _, e := range own {
		if e.Func == "scripts/bench.burn" {
			burnCum = e.CumPct
		}
		if strings.HasPrefix(e.Func, "crypto/") {
			t.Fatalf("a standard-library function among own entries: %+v", e)
		}
	}
	if burnCum < 50 {
		t.Fatalf("burn has %.0f%% cumulative, want most of the samples: %+v", burnCum, own)
	}
	if len(flat) == 0 || len(flat) > 5 {
		t.Fatalf("%d flat entries, want 1..5", len(flat))
	}
	found := false
	for _, e := range flat {
		found = found || strings.Contains(e.Func, "sha256")
	}
	if !found {
		t.Fatalf("hashing not among the top flat entries: %s", fmt.Sprint(flat))
	}
	if _, _, err := topOwn(filepath.Join(t.TempDir(), "missing"), 5); err == nil {
		t.Fatal("a missing profile was not reported")
	}
}

// splitBlockGas is the cosmos chains' block gas limit in the small run.
const splitBlockGas = 2_500_000

// A small run of each pair on real chains: every packet is relayed and the
// figures the report is made of are read off the chains and the process.
func TestRunMeasuresBothPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd, allianced, geth --dev and relayer processes")
	}
	for _, pair := range []string{"cosmos-cosmos", "cosmos-ethereum"} {
		t.Run(pair, func(t *testing.T) {
			o := options{pair: pair, n: 40, procs: 1, block: time.Second, perTx: 20, maxMsgs: 100, gasAdj: 1.5, timeout: 8 * time.Minute, logLevel: "warn", dir: t.TempDir()}
			if pair == "cosmos-cosmos" {
				// A block gas limit that a relay transaction of 20 receipts
				// (about 2.8M gas wanted) exceeds: the relayer splits them.
				o.blockGas = splitBlockGas
			}
			if err := o.check(); err != nil {
				t.Fatal(err)
			}
			runPair := run
			if pair == "cosmos-ethereum" {
				runPair = runEthereum
			}
			res, err := runPair(context.Background(), o)
			if err != nil {
				t.Fatalf("bench run: %v", err)
			}
			printTable(os.Stderr, res)
			if res.RecvEvents != o.n || res.RecvTxs < 1 || res.AckTxs < 1 || len(res.SendHeights) != 2 {
				t.Fatalf("%d receipts in %d txs, %d ack txs, %d send txs; want %d receipts, 2 send txs", res.RecvEvents, res.RecvTxs, res.AckTxs, len(res.SendHeights), o.n)
			}
			if res.LatencySeconds.P50 <= 0 || res.LatencyBlocks.P50 < 1 || res.RecvPerSecond <= 0 || res.AckPerSecond <= 0 {
				t.Fatalf("latency %+v s, %+v blocks, %.1f recv/s, %.1f ack/s", res.LatencySeconds, res.LatencyBlocks, res.RecvPerSecond, res.AckPerSecond)
			}
			if g := res.Gas; g.RelayGas <= 0 || g.BlocksWithRelay < 1 || g.GasPerRecvMsg <= 0 {
				t.Fatalf("destination gas %+v", g)
			}
			if len(res.Relayers) != 1 || res.Relayers[0].CPUSeconds <= 0 || res.Relayers[0].PeakRSSMB <= 0 || len(res.Memory) == 0 {
				t.Fatalf("relayer stats %+v, %d memory samples", res.Relayers, len(res.Memory))
			}
			if m := res.Relayers[0].Metrics; m["causeway_tx_failed_total"] != 0 {
				log, _ := os.ReadFile(filepath.Join(o.dir, "relayer-1", "relayer.log"))
				t.Fatalf("%v relay transactions failed; the relayer's log:\n%s", m["causeway_tx_failed_total"], log)
			}
			if pair == "cosmos-cosmos" && (res.Gas.BlockMaxGas != splitBlockGas || res.Gas.MaxBlockGasUsed > splitBlockGas || res.RecvTxs < 3) {
				t.Fatalf("under a %d block gas limit: limit read %d, fullest block %d, %d recv txs for 40 packets (want at least 3: split to fit)",
					splitBlockGas, res.Gas.BlockMaxGas, res.Gas.MaxBlockGasUsed, res.RecvTxs)
			}
			if pair == "cosmos-ethereum" && (res.Gas.BlockMaxGas != 60_000_000 || res.Gas.FillOfMaxGas <= 0) {
				t.Fatalf("Ethereum blocks: limit %d, relay fill %v", res.Gas.BlockMaxGas, res.Gas.FillOfMaxGas)
			}
		})
	}
}
