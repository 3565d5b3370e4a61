package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestChaosShort is the CI-sized chaos run: 200 transfers both ways through
// three relayer processes on a 3-node NATS cluster, with one relayer
// SIGKILLed and restarted, one NATS node stopped and restarted, and chain
// B's RPC unreachable for 30 s. Every check of the full run must pass.
func TestChaosShort(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains, a NATS cluster and relayer processes")
	}
	o := options{procs: 3, chaos: true, outage: 30 * time.Second, natsDown: 15 * time.Second,
		deadline: 6 * time.Minute, seed: 1, dir: t.TempDir(), logf: t.Logf}
	shorten(&o)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	res, err := run(ctx, o)
	checkShort(t, o.dir, res, err)
}

// checkShort requires a short run to have injected one fault of each kind
// and passed every check.
func checkShort(t *testing.T, dir string, res *Result, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	printTable(&b, res)
	t.Logf("summary:\n%s", b.String())
	for _, kind := range []string{faultKill, faultNATS, faultRPC} {
		if res.Faults[kind] != 1 {
			t.Errorf("fault %q injected %d times, want 1", kind, res.Faults[kind])
		}
	}
	if !res.OK() {
		// The run directory goes with the test: show what the relayers were
		// doing when they sent the wasted transactions.
		if ctx := relayerLogContext(dir, res.wastedHashes, 12); ctx != "" {
			t.Logf("relayer logs around the transactions with redundant messages:\n%s", ctx)
		}
		t.Fatalf("chaos checks failed: %v", res.Failures)
	}
}

// TestChaosShortEthereum is the CI-sized chaos run on an alliance <->
// Ethereum path: 60 transfers each way through three relayer processes
// (2-of-3 attestation committee) on a 3-node NATS cluster, with one relayer
// SIGKILLed and restarted, one NATS node stopped and restarted, and the
// Ethereum RPC unreachable for 20 s. Every check must pass.
func TestChaosShortEthereum(t *testing.T) {
	if testing.Short() {
		t.Skip("starts allianced, geth --dev, the dev beacon, a NATS cluster and relayer processes")
	}
	o := options{procs: 3, chaos: true, outage: 20 * time.Second, natsDown: 10 * time.Second,
		deadline: 6 * time.Minute, seed: 1, dir: t.TempDir(), logf: t.Logf}
	shorten(&o)
	o.transfers, o.perTx = 120, 10
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	res, err := runEthereum(ctx, o)
	checkShort(t, o.dir, res, err)
}

func TestOptionsRefused(t *testing.T) {
	for _, o := range []options{
		{transfers: 3, perTx: 1, procs: 1},
		{transfers: 2, perTx: 0, procs: 1},
		{transfers: 2, perTx: 1, procs: 0},
		{transfers: 2, perTx: 1, procs: 1, chaos: true},
	} {
		if err := o.check(); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
