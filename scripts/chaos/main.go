// Command chaos runs transfers through two local alliance chains (simd),
// or with -pair cosmos-ethereum through an alliance chain and geth --dev
// with the dev beacon, relayed by several causeway processes on a 3-node
// NATS cluster, while it kills and restarts relayer processes (SIGKILL),
// stops a NATS node, and makes a chain's RPC unreachable for a while. It then checks from chain
// state that every packet was received exactly once and acknowledged, that
// balances are conserved, that nothing is left pending or dead-lettered,
// and how many relay messages were redundant, and prints a summary table
// (and JSON with -json).
//
//	go run ./scripts/chaos                  # 2,000 transfers, 3 processes, random faults
//	go run ./scripts/chaos -short           # 200 transfers, one fault of each kind (what CI runs)
//	go run ./scripts/chaos -chaos=false -procs 2 -n 1000   # throughput, no faults
//	go run ./scripts/chaos -pair cosmos-ethereum -n 400    # alliance <-> Ethereum (2-of-3 committee)
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"text/tabwriter"
	"time"
)

func main() {
	var o options
	var jsonOut, pair string
	flag.StringVar(&pair, "pair", "cosmos-cosmos", "cosmos-cosmos (two simd chains) or cosmos-ethereum (allianced and geth --dev; the Ethereum RPC is the one cut)")
	flag.IntVar(&o.transfers, "n", 2000, "transfers, split evenly between the two directions")
	flag.IntVar(&o.perTx, "per-tx", 50, "transfers per send transaction")
	flag.DurationVar(&o.sendEvery, "send-every", time.Second, "pause between send transactions")
	flag.IntVar(&o.procs, "procs", 3, "relayer processes, each with its own signer key on each chain")
	flag.BoolVar(&o.chaos, "chaos", true, "inject faults (false: a clean throughput run)")
	flag.DurationVar(&o.interval, "interval", 20*time.Second, "mean time between faults")
	flag.BoolVar(&o.short, "short", false, "200 transfers and one fault of each kind, in order (-n, -per-tx, -send-every and -interval still apply when given)")
	flag.DurationVar(&o.outage, "outage", 30*time.Second, "how long chain B's (or Ethereum's) RPC stays unreachable")
	flag.DurationVar(&o.natsDown, "nats-down", 15*time.Second, "how long a NATS node stays down")
	flag.DurationVar(&o.deadline, "deadline", 10*time.Minute, "time allowed after the last send for everything to be relayed")
	flag.Uint64Var(&o.seed, "seed", uint64(time.Now().UnixNano()), "random seed (printed, to replay a run's faults)")
	flag.StringVar(&o.dir, "dir", "", "work directory (default: a temporary one, removed)")
	flag.StringVar(&jsonOut, "json", "", "also write the result as JSON to this file")
	flag.Parse()
	if o.short {
		// Flags given explicitly override the short run's settings.
		set := map[string]bool{}
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		given := o
		shorten(&o)
		if set["n"] {
			o.transfers = given.transfers
		}
		if set["per-tx"] {
			o.perTx = given.perTx
		}
		if set["send-every"] {
			o.sendEvery = given.sendEvery
		}
		if set["interval"] {
			o.interval = given.interval
		}
	}
	o.logf = func(format string, args ...any) { log.Printf(format, args...) }
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Printf("chaos: %d transfers, %d relayer processes, faults %v, seed %d", o.transfers, o.procs, o.chaos, o.seed)
	runPair := run
	switch pair {
	case "cosmos-cosmos":
	case "cosmos-ethereum":
		runPair = runEthereum
	default:
		log.Fatalf("chaos: -pair %q: want cosmos-cosmos or cosmos-ethereum", pair)
	}
	res, err := runPair(ctx, o)
	if err != nil {
		log.Fatalf("chaos: %v", err)
	}
	printTable(os.Stdout, res)
	if jsonOut != "" {
		b, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(jsonOut, b, 0o644); err != nil {
			log.Fatalf("chaos: %v", err)
		}
	}
	if !res.OK() {
		os.Exit(1)
	}
}

// shorten makes the CI-sized run: 200 transfers, one fault of each kind.
func shorten(o *options) {
	o.transfers = 200
	o.perTx = 25
	o.sendEvery = 4 * time.Second
	o.short = true
	o.interval = 8 * time.Second
}

func printTable(w io.Writer, r *Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	verdict := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "FAIL"
	}
	fmt.Fprintf(tw, "check\tresult\t\n")
	fmt.Fprintf(tw, "transfers (both ways)\t%d, %d relayer processes, seed %d\t\n", r.Transfers, r.Processes, r.Seed)
	fmt.Fprintf(tw, "faults injected\t%d SIGKILL, %d NATS node down, %d RPC unreachable; %d unplanned restarts\t\n",
		r.Faults[faultKill], r.Faults[faultNATS], r.Faults[faultRPC], r.Restarts)
	fmt.Fprintf(tw, "received exactly once\t%d/%d\t%s\n", r.Received, r.Transfers, verdict(r.Received == r.Transfers && r.ReceivedTwice == 0))
	fmt.Fprintf(tw, "acknowledged\t%d/%d\t%s\n", r.Acked, r.Transfers, verdict(r.Acked == r.Transfers))
	fmt.Fprintf(tw, "balances conserved\t%v\t%s\n", r.BalancesOK, verdict(r.BalancesOK))
	fmt.Fprintf(tw, "left pending\t%d\t%s\n", r.Pending, verdict(r.Pending == 0))
	fmt.Fprintf(tw, "dead-lettered\t%d\t%s\n", r.DeadLettered, verdict(r.DeadLettered == 0))
	fmt.Fprintf(tw, "redundant relay messages\t%d of %d (%.2f %%, target < 1 %%)\t%s\n", r.Redundant, r.RecvMsgs+r.AckMsgs, r.RedundantPct, verdict(r.RedundantPct < 1))
	fmt.Fprintf(tw, "first send to last ack\t%.1f s (%.1f packets/s)\t\n", r.RelayS, r.PacketsPerS)
	fmt.Fprintf(tw, "whole run\t%.1f s\t\n", r.ElapsedS)
	tw.Flush()
	for _, k := range slices.Sorted(maps.Keys(r.RedundantBy)) {
		fmt.Fprintf(w, "redundant: %s: %d\n", k, r.RedundantBy[k])
	}
	for _, tx := range r.WastedTxs {
		fmt.Fprintf(w, "redundant messages in %s\n", tx)
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "FAIL: %s\n", f)
	}
}
