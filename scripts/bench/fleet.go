package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/causewaylabs/causeway/scripts/devnet"
)

// fleet is the run's relayer processes (or the one in-process relayer of
// -profile) and their CPU readings before the first send.
type fleet struct {
	o     options
	procs []*relayerProc
	idle0 []float64 // CPU seconds after settling
	cpu0  []float64 // CPU seconds after the idle window, just before sending
	prof  *os.File
}

// startFleet starts o.procs relayers sharing one NATS JetStream (process 1
// embeds it, the others join it), each in <home>/relayer-N with the config
// writeCfg writes there, waits until each serves /metrics, measures the
// idle CPU rate, and (with -profile) starts the CPU profile.
func startFleet(ctx context.Context, o options, home, bin string, writeCfg func(phome, nats, metrics string) (string, error)) (_ *fleet, err error) {
	f := &fleet{o: o}
	defer func() {
		if err != nil {
			f.stop()
		}
	}()
	ports, err := devnet.FreePorts(1 + o.procs)
	if err != nil {
		return nil, fmt.Errorf("free ports: %w", err)
	}
	natsAddr := fmt.Sprintf("127.0.0.1:%d", ports[0])
	os.Setenv(passEnv, passphrase)
	for i := 0; i < o.procs; i++ {
		nats := fmt.Sprintf("{embedded: {listen: %q}}", natsAddr)
		if i > 0 {
			nats = fmt.Sprintf("{url: %q}", "nats://"+natsAddr)
		}
		metricsAddr := fmt.Sprintf("127.0.0.1:%d", ports[1+i])
		phome := filepath.Join(home, fmt.Sprintf("relayer-%d", i+1))
		if err := os.MkdirAll(phome, 0o700); err != nil {
			return nil, fmt.Errorf("relayer home: %w", err)
		}
		cfgFile, err := writeCfg(phome, nats, metricsAddr)
		if err != nil {
			return nil, err
		}
		var p *relayerProc
		if o.profile != "" {
			p, err = startInProcess(ctx, cfgFile, phome, o.logLevel)
		} else {
			p, err = startProcess(bin, cfgFile, phome, i+1, o.logLevel)
		}
		if err != nil {
			return nil, err
		}
		f.procs = append(f.procs, p)
		if err := p.waitServing(ctx); err != nil {
			return nil, err
		}
		step("  relayer %s serving metrics on %s", p.name, p.metrics)
	}
	// Let the processes settle (leases, consumers, first headers) so the
	// baseline CPU sample excludes start-up work, then measure the idle CPU
	// rate (following both chains with no packets) over idleWindow.
	f.idle0 = make([]float64, len(f.procs))
	f.cpu0 = make([]float64, len(f.procs))
	for _, w := range []struct {
		d    time.Duration
		into []float64
	}{{settle, f.idle0}, {idleWindow, f.cpu0}} {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(w.d):
		}
		for i, p := range f.procs {
			w.into[i], _ = p.cpuSeconds()
		}
	}
	if o.profile != "" {
		if f.prof, err = os.Create(o.profile); err != nil {
			return nil, fmt.Errorf("create profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f.prof); err != nil {
			return nil, fmt.Errorf("start cpu profile: %w", err)
		}
	}
	return f, nil
}

const settle, idleWindow = 3 * time.Second, 5 * time.Second

// finish stops the profile and records each process's CPU, RSS and
// metrics since the first send.
func (f *fleet) finish(ctx context.Context, res *Result, mem []MemSample) {
	if f.prof != nil {
		pprof.StopCPUProfile()
		f.prof.Close()
		f.prof = nil
	}
	res.Memory = mem
	for i, p := range f.procs {
		st := ProcStats{Name: p.name, IdleCPUPerSecond: (f.cpu0[i] - f.idle0[i]) / idleWindow.Seconds()}
		if c, err := p.cpuSeconds(); err == nil {
			st.CPUSeconds = c - f.cpu0[i]
		}
		st.PeakRSSMB, _ = p.peakRSSMB()
		st.Metrics, _ = scrapeMetrics(ctx, p.metrics)
		res.Relayers = append(res.Relayers, st)
	}
	res.LoadEnd = loadAvg()
}

// stop stops every relayer (and a profile still running).
func (f *fleet) stop() {
	if f.prof != nil {
		pprof.StopCPUProfile()
		f.prof.Close()
		f.prof = nil
	}
	for _, p := range f.procs {
		p.stop()
	}
	f.procs = nil
}
