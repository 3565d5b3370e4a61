// Package metrics defines every Prometheus metric Causeway exports (prefix
// causeway_), on a registry of its own, and serves /metrics and /healthz.
//
// Pending-packet gauges are computed at scrape time from the shared
// packet-state tracker, so they are right after a restart and agree across
// processes. The package never changes relayer state.
package metrics

import (
	"runtime"
	"runtime/debug"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/causewaylabs/causeway/relayer/state"
)

const ns = "causeway"

// Metrics holds the metric families. Fields are safe for concurrent use.
type Metrics struct {
	Registry *prometheus.Registry

	PacketsObserved     *prometheus.CounterVec // path, direction
	PacketsRelayed      *prometheus.CounterVec // path, direction
	PacketsAcknowledged *prometheus.CounterVec // path, direction
	PacketsTimedOut     *prometheus.CounterVec // path, direction

	LightClientHeight    *prometheus.GaugeVec   // chain
	LightClientLag       *prometheus.GaugeVec   // chain: blocks behind the chain head
	TrustingPeriodLeft   *prometheus.GaugeVec   // chain, client_id: seconds
	VerificationFailures *prometheus.CounterVec // chain, kind
	Misbehaviour         *prometheus.CounterVec // chain
	PathHalted           *prometheus.GaugeVec   // path: 1 when halted
	RPCErrors            *prometheus.CounterVec // chain

	TxSubmitted *prometheus.CounterVec // chain
	TxFailed    *prometheus.CounterVec // chain, reason
	TxRedundant *prometheus.CounterVec // chain
	GasUsed     *prometheus.CounterVec // chain
	MsgsPerTx   *prometheus.HistogramVec
	Balance     *prometheus.GaugeVec // chain, signer, denom
	MinBalance  *prometheus.GaugeVec // chain, signer, denom: the configured alert threshold
	// StuckThreshold is each path's timeouts.stuck, for the stuck-packet alert.
	StuckThreshold *prometheus.GaugeVec // path

	ConsumerPending     *prometheus.GaugeVec   // consumer
	ConsumerAckPending  *prometheus.GaugeVec   // consumer
	Redeliveries        *prometheus.CounterVec // consumer
	HandlerFailures     *prometheus.CounterVec // consumer
	MessagesHandled     *prometheus.CounterVec // consumer
	DeadLetters         *prometheus.CounterVec // consumer
	RelayLatencySeconds *prometheus.HistogramVec
	BuildInfo           *prometheus.GaugeVec
}

// New registers every family on a new registry. tracker may be nil (no
// pending-packet gauges); known paths report zero when nothing is pending.
func New(version string, tracker *state.Tracker, known []state.PathDir) *Metrics {
	r := prometheus.NewRegistry()
	pd := []string{"path", "direction"}
	m := &Metrics{
		Registry:             r,
		PacketsObserved:      counter(r, "packets_observed_total", "Packets observed (send_packet events), per path and direction.", pd...),
		PacketsRelayed:       counter(r, "packets_relayed_total", "Packets received on the destination (RecvPacket included), per path and direction.", pd...),
		PacketsAcknowledged:  counter(r, "packets_acknowledged_total", "Packets whose acknowledgement was relayed back to the source.", pd...),
		PacketsTimedOut:      counter(r, "packets_timed_out_total", "Packets timed out on the source after proving non-receipt.", pd...),
		LightClientHeight:    gauge(r, "lightclient_head_height", "Latest height verified by Causeway's light client of the chain.", "chain"),
		LightClientLag:       gauge(r, "lightclient_lag_blocks", "Blocks between the chain head and the light client's verified head.", "chain"),
		TrustingPeriodLeft:   gauge(r, "client_trusting_period_remaining_seconds", "Time until the client's trusted state expires unless updated.", "chain", "client_id"),
		VerificationFailures: counter(r, "verification_failures_total", "Headers or proofs rejected by a light client, by kind (header, proof, rpc_data).", "chain", "kind"),
		Misbehaviour:         counter(r, "misbehaviour_detected_total", "Conflicting headers for one height seen from the primary and a witness.", "chain"),
		PathHalted:           gauge(r, "path_halted", "1 while a path is halted (misbehaviour or fatal error).", "path"),
		RPCErrors:            counter(r, "rpc_errors_total", "RPC calls that failed or returned malformed data.", "chain"),
		TxSubmitted:          counter(r, "tx_submitted_total", "Transactions submitted.", "chain"),
		TxFailed:             counter(r, "tx_failed_total", "Transactions that failed, by reason.", "chain", "reason"),
		TxRedundant:          counter(r, "tx_redundant_total", "Relay work skipped or wasted because another relayer delivered first.", "chain"),
		GasUsed:              counter(r, "gas_used_total", "Gas used by submitted transactions.", "chain"),
		MsgsPerTx: histogram(r, "messages_per_tx", "Messages per submitted transaction.",
			[]float64{1, 2, 5, 10, 25, 50, 100, 250, 500, 1000}, "chain"),
		Balance:            gauge(r, "wallet_balance", "Signer balance in the smallest unit of the fee denom.", "chain", "signer", "denom"),
		MinBalance:         gauge(r, "wallet_min_balance", "Configured low-balance threshold (chains[].gas.min_balance) per signer.", "chain", "signer", "denom"),
		StuckThreshold:     gauge(r, "stuck_threshold_seconds", "Configured stuck-packet threshold (paths[].timeouts.stuck).", "path"),
		ConsumerPending:    gauge(r, "jetstream_consumer_pending", "Messages not yet delivered on the durable consumer.", "consumer"),
		ConsumerAckPending: gauge(r, "jetstream_consumer_ack_pending", "Messages delivered but not yet acknowledged.", "consumer"),
		Redeliveries:       counter(r, "jetstream_redeliveries_total", "Messages delivered more than once.", "consumer"),
		HandlerFailures:    counter(r, "handler_failures_total", "Handler errors (each leads to a retry or a dead letter).", "consumer"),
		MessagesHandled:    counter(r, "messages_handled_total", "Messages handled and acknowledged.", "consumer"),
		DeadLetters:        counter(r, "dead_lettered_total", "Messages moved to the dead-letter stream.", "consumer"),
		RelayLatencySeconds: histogram(r, "relay_latency_seconds", "Time from a packet's observation to its receipt on the destination.",
			[]float64{0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 300, 600}, pd...),
		BuildInfo: gauge(r, "build_info", "Build information; always 1.", "version", "go_version"),
	}
	m.BuildInfo.WithLabelValues(version, runtime.Version()).Set(1)
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if tracker != nil {
		r.MustRegister(&pendingCollector{tracker: tracker, known: known, now: time.Now})
	}
	return m
}

// Version is the module version from the build info, or "devel".
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// Handled implements pipeline.Observer.
func (m *Metrics) Handled(consumer string, n int) {
	m.MessagesHandled.WithLabelValues(consumer).Add(float64(n))
}

// Failed implements pipeline.Observer.
func (m *Metrics) Failed(consumer string, _ error) { m.HandlerFailures.WithLabelValues(consumer).Inc() }

// Redelivered implements pipeline.Observer.
func (m *Metrics) Redelivered(consumer string) { m.Redeliveries.WithLabelValues(consumer).Inc() }

// DeadLettered implements pipeline.Observer.
func (m *Metrics) DeadLettered(consumer string) { m.DeadLetters.WithLabelValues(consumer).Inc() }

func counter(r *prometheus.Registry, name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: name, Help: help}, labels)
	r.MustRegister(c)
	return c
}

func gauge(r *prometheus.Registry, name, help string, labels ...string) *prometheus.GaugeVec {
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: name, Help: help}, labels)
	r.MustRegister(g)
	return g
}

func histogram(r *prometheus.Registry, name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: name, Help: help, Buckets: buckets}, labels)
	r.MustRegister(h)
	return h
}

var (
	pendingDesc = prometheus.NewDesc(ns+"_packets_pending", "Packets not yet acknowledged or timed out, per path, direction and stage.",
		[]string{"path", "direction", "stage"}, nil)
	oldestDesc = prometheus.NewDesc(ns+"_oldest_pending_packet_age_seconds", "Age of the oldest pending packet per path and direction (0 when none).",
		[]string{"path", "direction"}, nil)
)

// pendingCollector turns the tracker's summaries into gauges at scrape time.
type pendingCollector struct {
	tracker *state.Tracker
	known   []state.PathDir
	now     func() time.Time
}

func (c *pendingCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- pendingDesc
	ch <- oldestDesc
}

func (c *pendingCollector) Collect(ch chan<- prometheus.Metric) {
	now := c.now()
	sums := c.tracker.Summaries()
	for _, pd := range c.known {
		if sums[pd] == nil {
			sums[pd] = &state.Summary{ByStage: map[state.Stage]int{}}
		}
	}
	for pd, s := range sums {
		for _, st := range state.Stages {
			if st.Terminal() {
				continue
			}
			ch <- prometheus.MustNewConstMetric(pendingDesc, prometheus.GaugeValue, float64(s.ByStage[st]), pd.Path, pd.Direction, st.String())
		}
		age := 0.0
		if !s.Oldest.IsZero() {
			age = now.Sub(s.Oldest).Seconds()
		}
		ch <- prometheus.MustNewConstMetric(oldestDesc, prometheus.GaugeValue, age, pd.Path, pd.Direction)
	}
}

// Reached implements lifecycle.Counters: it counts packets per stage and
// records relay latency when a packet is received.
func (m *Metrics) Reached(path, direction string, st state.Stage, since time.Duration) {
	switch st {
	case state.Observed:
		m.PacketsObserved.WithLabelValues(path, direction).Inc()
	case state.Received:
		m.PacketsRelayed.WithLabelValues(path, direction).Inc()
		m.RelayLatencySeconds.WithLabelValues(path, direction).Observe(since.Seconds())
	case state.Acknowledged:
		m.PacketsAcknowledged.WithLabelValues(path, direction).Inc()
	case state.TimedOut:
		m.PacketsTimedOut.WithLabelValues(path, direction).Inc()
	}
}
