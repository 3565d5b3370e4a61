package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/scripts/devnet"
	"github.com/causewaylabs/causeway/scripts/relayers"
)

// supervisor runs the relayer processes and restarts any that exits, as
// systemd or Kubernetes would; a process the chaos killed is restarted by
// the faulter after its pause instead.
type supervisor struct {
	bin, cfg string
	homes    []string
	logf     func(string, ...any)

	mu        sync.Mutex
	procs     []*relayers.Process
	held      []bool // killed on purpose: not restarted by watch
	unplanned int
}

func (s *supervisor) start(i int) error {
	p, err := relayers.Start(s.bin, s.cfg, s.homes[i], "relayer", "info", linktest.PassphraseEnv+"="+linktest.Passphrase)
	if err != nil {
		return err
	}
	s.procs[i] = p
	return nil
}

func (s *supervisor) startAll() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.procs = make([]*relayers.Process, len(s.homes))
	s.held = make([]bool, len(s.homes))
	for i := range s.homes {
		if err := s.start(i); err != nil {
			return err
		}
	}
	return nil
}

// kill SIGKILLs process i and keeps it down until restart.
func (s *supervisor) kill(i int) {
	s.mu.Lock()
	p := s.procs[i]
	s.held[i] = true
	s.mu.Unlock()
	p.Kill()
}

func (s *supervisor) restart(i int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.held[i] = false
	return s.start(i)
}

// watch restarts processes that exited on their own (e.g. a lost signer
// lease makes a relayer exit non-zero, for its supervisor to restart it).
func (s *supervisor) watch(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.mu.Lock()
		for i, p := range s.procs {
			if s.held[i] {
				continue
			}
			if exited, err := p.Exited(); exited {
				s.unplanned++
				s.logf("relayer %d exited (%v); restarting it", i+1, err)
				if err := s.start(i); err != nil {
					s.logf("restart relayer %d: %v", i+1, err)
				}
			}
		}
		s.mu.Unlock()
	}
}

func (s *supervisor) restarts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unplanned
}

func (s *supervisor) stopAll() {
	s.mu.Lock()
	procs := append([]*relayers.Process(nil), s.procs...)
	for i := range s.held {
		s.held[i] = true
	}
	s.mu.Unlock()
	var wg sync.WaitGroup
	for _, p := range procs {
		wg.Add(1)
		go func() { defer wg.Done(); _ = p.Stop(20 * time.Second) }()
	}
	wg.Wait()
}

// The kinds of fault.
const (
	faultKill = "relayer SIGKILL"
	faultNATS = "NATS node down"
	faultRPC  = "RPC unreachable"
)

// faulter injects faults until its context ends, then undoes any that is
// still in effect.
type faulter struct {
	o     options
	rng   *rand.Rand
	sup   *supervisor
	nats  *devnet.NATSCluster
	proxy *devnet.CutProxy
	res   *Result
	mu    sync.Mutex
}

func (f *faulter) run(ctx context.Context) {
	kinds := []string{faultKill, faultNATS, faultRPC}
	active := map[string]bool{}
	var wg sync.WaitGroup
	defer wg.Wait()
	for i := 0; ; i++ {
		wait := f.o.interval/2 + time.Duration(f.rng.Int64N(int64(f.o.interval)))
		if f.o.short {
			if i == len(kinds) {
				return
			}
			wait = f.o.interval
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		kind := kinds[f.rng.IntN(len(kinds))]
		if f.o.short {
			kind = kinds[i]
		}
		// One fault of a kind at a time: two NATS nodes of three down would
		// be a lost quorum, not a fault the cluster is built to survive.
		f.mu.Lock()
		busy := active[kind]
		if !busy {
			active[kind] = true
			f.res.Faults[kind]++
		}
		f.mu.Unlock()
		if busy {
			continue
		}
		target := 0
		switch kind {
		case faultKill:
			target = f.rng.IntN(len(f.sup.homes))
		case faultNATS:
			target = f.rng.IntN(f.nats.Size())
		}
		down := time.Duration(2+f.rng.IntN(4)) * time.Second
		// Each fault runs its course in the background, overlapping others.
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.inject(ctx, kind, target, down)
			f.mu.Lock()
			active[kind] = false
			f.mu.Unlock()
		}()
	}
}

func (f *faulter) inject(ctx context.Context, kind string, target int, killPause time.Duration) {
	pause := func(d time.Duration) {
		// A fault in effect when the run ends is undone at once.
		select {
		case <-ctx.Done():
		case <-time.After(d):
		}
	}
	switch kind {
	case faultKill:
		i := target
		f.o.logf("chaos: SIGKILL relayer %d", i+1)
		f.sup.kill(i)
		pause(killPause)
		if err := f.sup.restart(i); err != nil {
			f.o.logf("chaos: restart relayer %d: %v", i+1, err)
		} else {
			f.o.logf("chaos: relayer %d restarted", i+1)
		}
	case faultNATS:
		i := target
		f.o.logf("chaos: NATS node %d down for %s", i, f.o.natsDown)
		f.nats.Stop(i)
		pause(f.o.natsDown)
		if err := f.nats.Start(i); err != nil {
			f.o.logf("chaos: NATS node %d did not come back: %v", i, err)
		} else {
			f.o.logf("chaos: NATS node %d back", i)
		}
	case faultRPC:
		f.o.logf("chaos: the cut RPC (chain B, or Ethereum) unreachable for %s", f.o.outage)
		f.proxy.Down()
		pause(f.o.outage)
		f.proxy.Up()
		f.o.logf("chaos: the cut RPC reachable again")
	default:
		panic(fmt.Sprintf("unknown fault %q", kind))
	}
}
