// Command devbeacon runs Causeway's dev beacon: it follows a geth --dev node
// and serves the standard beacon light-client REST API on a loopback port,
// signed by a minimal-preset sync committee of deterministic BLS keys (see
// devnet.StartBeacon).
//
// On start it prints (and with -out writes) a JSON document with the API
// URL, the trusted checkpoint root to bootstrap a light client from and the
// dev network configuration the light client needs. It runs until SIGINT or
// SIGTERM.
//
// The committee keys derive from -seed and are public: this is for dev
// networks and tests only, never for a network that holds value.
//
//	go run ./scripts/devnet/cmd/devbeacon -geth http://127.0.0.1:8545 -listen 127.0.0.1:5052 -out beacon.json
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

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/scripts/devnet"
	"github.com/ethereum/go-ethereum/common"
)

// info is what devbeacon prints and writes with -out.
type info struct {
	URL        string                 `json:"url"`
	Checkpoint common.Hash            `json:"checkpoint"`
	Network    ethereum.NetworkConfig `json:"network"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "devbeacon:", err)
		os.Exit(1)
	}
}

func run() error {
	var opts devnet.BeaconOptions
	var out string
	flag.StringVar(&opts.GethRPC, "geth", "", "JSON-RPC URL of the geth --dev node to follow (http:// or ws://), required")
	flag.StringVar(&opts.Listen, "listen", "127.0.0.1:5052", "loopback address to serve the beacon API on")
	flag.Uint64Var(&opts.SecondsPerSlot, "seconds-per-slot", 1, "slot length in seconds")
	flag.StringVar(&opts.Seed, "seed", "causeway-dev", "seed of the sync committee keys and the genesis validators root")
	flag.Uint64Var(&opts.GenesisTime, "genesis-time", 0, "genesis time (Unix seconds); 0 puts genesis -start-slot slots before now")
	flag.Uint64Var(&opts.StartSlot, "start-slot", 0, "slot of the first block when -genesis-time is 0")
	flag.Uint64Var(&opts.FinalityDelay, "finality-delay", 2, "slots between an attested block and the block its state finalizes")
	flag.IntVar(&opts.Retain, "retain", 8192, "recent blocks kept for bootstraps (the checkpoint is always kept)")
	flag.StringVar(&out, "out", "", "also write the URL, checkpoint and network config as JSON to this file")
	flag.Parse()
	if opts.GethRPC == "" {
		flag.Usage()
		return fmt.Errorf("-geth is required")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	b, err := devnet.StartBeacon(ctx, opts)
	if err != nil {
		return err
	}
	doc, err := json.MarshalIndent(info{URL: b.URL, Checkpoint: b.Checkpoint(), Network: b.Config()}, "", "  ")
	if err != nil {
		_ = b.Stop()
		return fmt.Errorf("encode network info: %w", err)
	}
	fmt.Println(string(doc))
	if out != "" {
		if err := os.WriteFile(out, append(doc, '\n'), 0o644); err != nil {
			_ = b.Stop()
			return fmt.Errorf("write %s: %w", out, err)
		}
	}
	period := time.Duration(b.Config().Preset.SlotsPerPeriod()*opts.SecondsPerSlot) * time.Second
	tick := time.NewTicker(period)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return b.Stop()
		case <-tick.C:
			st := b.Status()
			fmt.Fprintf(os.Stderr, "devbeacon: head slot %d (execution block %d), finalized slot %d (execution block %d), missed slots %d, last geth error: %v\n",
				st.HeadSlot, st.HeadExecution, st.FinalizedSlot, st.FinalizedExec.BlockNumber, st.MissedSlots, st.LastGethError)
		}
	}
}
