// Command bench measures Causeway end to end between two local alliance
// chains (simd from ibc-go v8) with a fixed block time: it links the chains,
// starts 1 or 2 `causeway start` processes (built with go build) that share
// one NATS JetStream, sends N ICS-20 transfers in bursts, waits until every
// packet is received and acknowledged, then reads the chains and the relayer
// processes to report throughput, latency in seconds and destination blocks,
// relayer CPU per 1,000 packets, peak RSS, messages per transaction and the
// share of destination block gas used by relay transactions. With -profile
// it runs the relayer in this process instead and writes a CPU profile.
//
// It is a measuring tool, not a test: it asserts nothing about speed. It
// uses only loopback addresses and never changes the relayer's code path
// (the subprocesses are the same binary operators run).
//
//	go run ./scripts/bench [-n 1000] [-procs 1|2] [-block 1s] [-per-tx 1000] [-json out.json] [-profile cpu.pprof]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// options are the command-line settings of one run.
type options struct {
	pair     string
	n        int
	procs    int
	block    time.Duration
	perTx    int
	interval time.Duration
	maxMsgs  int
	blockGas int64
	gasAdj   float64
	ethAdj   float64
	jsonOut  string
	profile  string
	timeout  time.Duration
	keep     bool
	// dir, when set, is the run's directory, left in place (tests read the
	// relayer's log from it); otherwise a temporary one.
	dir      string
	logLevel string
}

func main() {
	var o options
	flag.StringVar(&o.pair, "pair", "cosmos-cosmos", "chains: cosmos-cosmos (two simd chains) or cosmos-ethereum (allianced -> geth --dev with the dev beacon)")
	flag.IntVar(&o.n, "n", 1000, "ICS-20 transfers to send from chain A to chain B")
	flag.IntVar(&o.procs, "procs", 1, "relayer processes (1 or 2) sharing one NATS JetStream")
	flag.DurationVar(&o.block, "block", time.Second, "block time of both chains (CometBFT timeout_commit)")
	flag.IntVar(&o.perTx, "per-tx", 1000, "transfers per send transaction (one burst per transaction)")
	flag.DurationVar(&o.interval, "interval", 0, "time between send transactions (0: all at once; e.g. -per-tx 50 -interval 1s is a steady 50 transfers per second)")
	flag.IntVar(&o.maxMsgs, "max-msgs", 1000, "relayer path max_msgs (messages per relay transaction)")
	flag.Int64Var(&o.blockGas, "block-gas", 0, "cosmos-cosmos: the destination chain's block gas limit (consensus params max_gas; 0: unlimited); relay transactions are split to fit it")
	flag.Float64Var(&o.gasAdj, "gas-adjustment", 1.5, "cosmos-cosmos: the relayer's gas adjustment on both chains (gas wanted = simulated gas times this)")
	flag.Float64Var(&o.ethAdj, "eth-gas-adjustment", 0, "cosmos-ethereum: the relayer's gas adjustment on Ethereum (gas limit = eth_estimateGas times this; 0: the config default, 1.1)")
	flag.StringVar(&o.jsonOut, "json", "", "write the results as JSON to this file")
	flag.StringVar(&o.profile, "profile", "", "run the relayer in this process and write its CPU profile here (forces -procs 1)")
	flag.DurationVar(&o.timeout, "timeout", 20*time.Minute, "give up after this long")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory (chain and relayer logs)")
	flag.StringVar(&o.logLevel, "log-level", "warn", "relayer log level")
	flag.Parse()
	if err := o.check(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	runPair := run
	if o.pair == "cosmos-ethereum" {
		runPair = runEthereum
	}
	res, err := runPair(ctx, o)
	if res != nil {
		printTable(os.Stdout, res)
		if o.jsonOut != "" {
			b, jerr := json.MarshalIndent(res, "", "  ")
			if jerr == nil {
				jerr = os.WriteFile(o.jsonOut, append(b, '\n'), 0o644)
			}
			if jerr != nil {
				fmt.Fprintln(os.Stderr, "bench: write json:", jerr)
				os.Exit(1)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench failed:", err)
		os.Exit(1)
	}
}

func (o *options) check() error {
	switch {
	case o.pair != "cosmos-cosmos" && o.pair != "cosmos-ethereum":
		return fmt.Errorf("-pair must be cosmos-cosmos or cosmos-ethereum, got %q", o.pair)
	case o.n < 1:
		return fmt.Errorf("-n must be at least 1, got %d", o.n)
	case o.procs != 1 && o.procs != 2:
		return fmt.Errorf("-procs must be 1 or 2, got %d", o.procs)
	case o.block <= 0:
		return fmt.Errorf("-block must be positive, got %s", o.block)
	case o.perTx < 1:
		return fmt.Errorf("-per-tx must be at least 1, got %d", o.perTx)
	case o.interval < 0:
		return fmt.Errorf("-interval must not be negative, got %s", o.interval)
	case o.maxMsgs < 1 || o.maxMsgs > 10000:
		return fmt.Errorf("-max-msgs must be between 1 and 10000, got %d", o.maxMsgs)
	case o.blockGas < 0:
		return fmt.Errorf("-block-gas must not be negative, got %d", o.blockGas)
	case o.gasAdj < 1:
		return fmt.Errorf("-gas-adjustment must be at least 1, got %v", o.gasAdj)
	case o.pair != "cosmos-cosmos" && (o.blockGas != 0 || o.gasAdj != 1.5):
		return fmt.Errorf("-block-gas and -gas-adjustment apply to -pair cosmos-cosmos only")
	case o.ethAdj != 0 && (o.ethAdj < 1 || o.pair != "cosmos-ethereum"):
		return fmt.Errorf("-eth-gas-adjustment is 0 (the default) or at least 1, with -pair cosmos-ethereum only; got %v", o.ethAdj)
	case o.profile != "" && o.procs != 1:
		return fmt.Errorf("-profile runs the relayer in-process and needs -procs 1")
	}
	return nil
}

func step(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}
