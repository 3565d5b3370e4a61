package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Result is one run's measurements; it is written as JSON with -json.
type Result struct {
	Started time.Time `json:"started"`
	Mode    string    `json:"mode"`
	// Pair is cosmos-cosmos (two simd chains) or cosmos-ethereum
	// (allianced and geth --dev with the dev beacon).
	Pair      string `json:"pair"`
	N         int    `json:"n"`
	Procs     int    `json:"procs"`
	BlockTime string `json:"block_time"`
	// DstBlockTime is the destination's block time (geth --dev: 1 s).
	DstBlockTime string `json:"dst_block_time"`
	// BatchCap is the packets per transaction when the relayer caps it
	// below max_msgs (Ethereum: at most 32, the 2^24 transaction gas cap).
	BatchCap int `json:"relayer_batch_cap,omitempty"`
	PerTx    int `json:"transfers_per_send_tx"`
	// Interval is the time between send transactions ("0s": all at once).
	Interval  string `json:"send_interval"`
	MaxMsgs   int    `json:"relayer_max_msgs"`
	CPUs      int    `json:"cpus"`
	LoadStart string `json:"loadavg_start"`
	LoadEnd   string `json:"loadavg_end"`

	SendHeights []int64 `json:"send_heights"`
	// RecvSeconds / AckSeconds: from the first send block's time to the
	// last receipt block (destination) / last ack block (source).
	RecvSeconds   float64 `json:"recv_seconds"`
	AckSeconds    float64 `json:"ack_seconds"`
	RecvPerSecond float64 `json:"recv_per_second"`
	AckPerSecond  float64 `json:"ack_per_second"`
	// LatencySeconds: destination receipt block time minus source send
	// block time, per packet. LatencyBlocks: receipt height minus the last
	// destination height at or before the send block's time.
	LatencySeconds Pct `json:"latency_seconds"`
	LatencyBlocks  Pct `json:"latency_dst_blocks"`
	// RecvEvents counts recv_packet events (more than N means redundant
	// receipts reached the chain).
	RecvEvents    int     `json:"recv_events"`
	RecvTxs       int     `json:"recv_txs"`
	AckTxs        int     `json:"ack_txs"`
	MsgsPerRecvTx float64 `json:"msgs_per_recv_tx"`
	MsgsPerAckTx  float64 `json:"msgs_per_ack_tx"`

	Gas      GasStats    `json:"dst_gas"`
	Relayers []ProcStats `json:"relayers"`
	Memory   []MemSample `json:"memory"`

	ProfileTop  []ProfileEntry `json:"profile_top,omitempty"`
	ProfileFlat []ProfileEntry `json:"profile_flat,omitempty"`
}

// GasStats describes destination blocks from the first to the last receipt.
type GasStats struct {
	FromHeight      int64   `json:"from_height"`
	ToHeight        int64   `json:"to_height"`
	Blocks          int     `json:"blocks"`
	BlocksWithRelay int     `json:"blocks_with_relay_tx"`
	TotalGas        int64   `json:"total_gas_used"`
	RelayGas        int64   `json:"relay_gas_used"`
	RelayShare      float64 `json:"relay_share_of_gas_used"`
	MaxBlockGasUsed int64   `json:"max_block_gas_used"`
	BlockMaxGas     int64   `json:"block_max_gas"`
	BlockMaxBytes   int64   `json:"block_max_bytes"`
	FillOfMaxGas    float64 `json:"relay_fill_of_max_gas,omitempty"`
	// FillInterior is FillOfMaxGas over the blocks between the first and
	// the last receipt block: the first holds what the relayer had when it
	// started, the last the burst's remainder; in between it is saturated.
	FillInterior  float64 `json:"relay_fill_interior,omitempty"`
	GasPerRecvMsg float64 `json:"relay_gas_per_packet"`
	// RelayGasPerBlock and RelayTxsPerBlock are the receipt transactions'
	// gas used and count in each block of the window, in order.
	RelayGasPerBlock []int64 `json:"relay_gas_per_block"`
	RelayTxsPerBlock []int   `json:"relay_txs_per_block"`
}

// block adds one destination block of the receipt window: its gas used,
// and the gas and count of the receipt transactions in it.
func (g *GasStats) block(total, relay int64, txs int) {
	g.Blocks++
	g.TotalGas += total
	g.RelayGas += relay
	if relay > 0 {
		g.BlocksWithRelay++
	}
	g.MaxBlockGasUsed = max(g.MaxBlockGasUsed, total)
	g.RelayGasPerBlock = append(g.RelayGasPerBlock, relay)
	g.RelayTxsPerBlock = append(g.RelayTxsPerBlock, txs)
}

// shares sets the shares once every block is in and BlockMaxGas is known.
func (g *GasStats) shares() {
	if g.TotalGas > 0 {
		g.RelayShare = float64(g.RelayGas) / float64(g.TotalGas)
	}
	if g.BlockMaxGas <= 0 || g.Blocks == 0 {
		return
	}
	g.FillOfMaxGas = float64(g.RelayGas) / float64(g.Blocks) / float64(g.BlockMaxGas)
	if inner := g.RelayGasPerBlock; len(inner) > 2 {
		var sum int64
		for _, v := range inner[1 : len(inner)-1] {
			sum += v
		}
		g.FillInterior = float64(sum) / float64(len(inner)-2) / float64(g.BlockMaxGas)
	}
}

// ProcStats is one relayer process's resource use during the run.
type ProcStats struct {
	Name string `json:"name"`
	// CPUSeconds is user+system CPU from just before the first send to the
	// last acknowledgement.
	CPUSeconds float64 `json:"cpu_seconds"`
	// IdleCPUPerSecond is CPU seconds per second while following both
	// chains before the first send (no packets).
	IdleCPUPerSecond float64 `json:"idle_cpu_per_second"`
	PeakRSSMB        float64 `json:"peak_rss_mb"`
	// Metrics are counters from the process's /metrics at the end, summed
	// over labels (messages per tx, redeliveries, redundant work, txs).
	Metrics map[string]float64 `json:"metrics"`
}

// MemSample is one progress poll.
type MemSample struct {
	Seconds  float64   `json:"t"`
	Received int       `json:"received"`
	Acked    int       `json:"acked"`
	RSSMB    []float64 `json:"rss_mb"`
}

// ProfileEntry is one function of the relayer's own packages in the CPU
// profile, by cumulative time.
type ProfileEntry struct {
	Func       string  `json:"func"`
	CumSeconds float64 `json:"cum_seconds"`
	CumPct     float64 `json:"cum_pct"`
	FlatPct    float64 `json:"flat_pct"`
}

func printTable(w io.Writer, r *Result) {
	row := func(k, f string, args ...any) { fmt.Fprintf(w, "  %-38s %s\n", k, fmt.Sprintf(f, args...)) }
	batch := fmt.Sprintf("max_msgs %d", r.MaxMsgs)
	if r.BatchCap > 0 && r.BatchCap < r.MaxMsgs {
		batch += fmt.Sprintf(" (%d packets per tx)", r.BatchCap)
	}
	fmt.Fprintf(w, "\nCauseway bench %s: %d transfers, %d relayer process(es), %s source / %s destination blocks, %d per send tx every %s, %s, %s\n",
		r.Pair, r.N, r.Procs, r.BlockTime, r.DstBlockTime, r.PerTx, r.Interval, batch, r.Mode)
	row("machine", "%d CPUs, load average %s at start, %s at end", r.CPUs, r.LoadStart, r.LoadEnd)
	row("packets/s to receipt", "%.1f  (%d in %.1f s from the first send block)", r.RecvPerSecond, r.N, r.RecvSeconds)
	row("packets/s to ack", "%.1f  (%d in %.1f s)", r.AckPerSecond, r.N, r.AckSeconds)
	row("latency src->dst inclusion, seconds", "p50 %.2f  p95 %.2f  max %.2f", r.LatencySeconds.P50, r.LatencySeconds.P95, r.LatencySeconds.Max)
	row("latency src->dst inclusion, dst blocks", "p50 %.0f  p95 %.0f  max %.0f", r.LatencyBlocks.P50, r.LatencyBlocks.P95, r.LatencyBlocks.Max)
	row("relay txs (recv / ack)", "%d / %d; recv_packet events %d (redundant %d)", r.RecvTxs, r.AckTxs, r.RecvEvents, r.RecvEvents-r.N)
	row("messages per tx (chain: recv / ack)", "%.1f / %.1f", r.MsgsPerRecvTx, r.MsgsPerAckTx)
	var cpu float64
	for _, p := range r.Relayers {
		cpu += p.CPUSeconds
		m := p.Metrics
		mpt := "-"
		if c := m["causeway_messages_per_tx_count"]; c > 0 {
			mpt = fmt.Sprintf("%.1f (%.0f txs)", m["causeway_messages_per_tx_sum"]/c, c)
		}
		row("relayer "+p.Name, "CPU %.2f s, peak RSS %.1f MB, msgs/tx (metrics) %s", p.CPUSeconds, p.PeakRSSMB, mpt)
		row("", "idle CPU %.0f ms/s; redeliveries %.0f, redundant (skipped) %.0f, txs failed %.0f", 1000*p.IdleCPUPerSecond,
			m["causeway_jetstream_redeliveries_total"], m["causeway_tx_redundant_total"], m["causeway_tx_failed_total"])
	}
	if r.N > 0 {
		row("relayer CPU per 1000 packets", "%.2f s  (%.0f us per packet, recv+ack)", cpu/float64(r.N)*1000, cpu/float64(r.N)*1e6)
	}
	g := r.Gas
	maxGas := "unlimited (-1)"
	if g.BlockMaxGas > 0 {
		maxGas = fmt.Sprintf("%d (relay fill %.1f%%, %.1f%% between the first and last block)", g.BlockMaxGas, 100*g.FillOfMaxGas, 100*g.FillInterior)
	}
	row("dst blocks in receipt window", "%d..%d: %d blocks, %d with relay txs", g.FromHeight, g.ToHeight, g.Blocks, g.BlocksWithRelay)
	row("dst gas used by relay txs", "%.1f%% of %d gas used; max block gas used %d; block max gas %s", 100*g.RelayShare, g.TotalGas, g.MaxBlockGasUsed, maxGas)
	row("relay gas per packet (dst)", "%.0f", g.GasPerRecvMsg)
	if len(g.RelayGasPerBlock) > 0 {
		var parts []string
		for i, v := range g.RelayGasPerBlock {
			parts = append(parts, fmt.Sprintf("%.1fM/%d", float64(v)/1e6, g.RelayTxsPerBlock[i]))
		}
		row("relay gas / txs per dst block", "%s", strings.Join(parts, " "))
	}
	if len(r.Memory) > 0 {
		var parts []string
		for _, q := range []float64{0.25, 0.5, 0.75, 1} {
			s := r.Memory[min(len(r.Memory)-1, int(q*float64(len(r.Memory)-1)))]
			parts = append(parts, fmt.Sprintf("t=%.0fs %v", s.Seconds, s.RSSMB))
		}
		row("relayer RSS MB over the run", "%s", strings.Join(parts, ", "))
	}
	if len(r.ProfileTop) > 0 {
		fmt.Fprintln(w, "\n  top cumulative CPU in Causeway's own packages (in-process profile):")
		for _, e := range r.ProfileTop {
			fmt.Fprintf(w, "    %6.2fs %5.1f%% cum %5.1f%% flat  %s\n", e.CumSeconds, e.CumPct, e.FlatPct, e.Func)
		}
		fmt.Fprintln(w, "\n  top flat CPU, any package:")
		for _, e := range r.ProfileFlat {
			fmt.Fprintf(w, "    %5.1f%% flat %5.1f%% cum  %s\n", e.FlatPct, e.CumPct, e.Func)
		}
	}
	fmt.Fprintln(w)
}
