package relay

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/lifecycle"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/metrics"
	"github.com/causewaylabs/causeway/relayer/pipeline"
	"github.com/causewaylabs/causeway/relayer/state"
)

// Direction relays one way across a Cosmos <-> Cosmos path: packets sent on
// Src are received on Dst, their acknowledgements written on Dst go back to
// Src, and packets Dst never received in time are timed out on Src.
type Direction struct {
	Dir     lifecycle.Direction
	Src     *link.End
	Dst     *link.End
	Store   *state.Store
	Applier *lifecycle.Applier
	// MaxMsgs caps the packet messages per transaction.
	MaxMsgs int
	Metrics *metrics.Metrics
	Log     *zap.Logger

	// errsMu guards the handlers' errs slices: batches in flight together
	// may hold events of one message.
	errsMu sync.Mutex

	claimMu sync.Mutex
	claimed map[claimKey]bool // work held by a handler of this process
}

// claimKey is one packet's step of work: its send or its ack.
type claimKey struct {
	kind    events.Kind
	channel string
	seq     uint64
}

// claimRetry is when work another handler of this process holds comes back:
// by then that handler's transaction has usually landed, and the work is
// skipped as done.
const claimRetry = 2 * time.Second

// claim returns the items of this handler's work that no other handler of
// the process holds, and holds them until release. The stream can carry
// one packet's event in two messages (a watcher's block batch and a
// clearing pass, or a redelivery): handled at once, both would check the
// destination before either transaction landed and both would carry the
// packet, the later one as a redundant message. A repeat within items is
// dropped (the first carries the work and its message's outcome); an item
// another handler holds comes back later.
func (d *Direction) claim(items []item, errs []error) []item {
	d.claimMu.Lock()
	defer d.claimMu.Unlock()
	if d.claimed == nil {
		d.claimed = map[claimKey]bool{}
	}
	mine := map[claimKey]bool{}
	var out []item
	for _, it := range items {
		k := claimKey{it.ev.Kind, it.ev.Packet.SourceChannel, it.ev.Packet.Sequence}
		switch {
		case mine[k]:
		case d.claimed[k]:
			d.errsMu.Lock()
			errs[it.idx] = pipeline.NotYetFor(fmt.Errorf("%s seq %d is being relayed by another batch of this process", it.ev.Kind, it.ev.Packet.Sequence), claimRetry)
			d.errsMu.Unlock()
		default:
			mine[k] = true
			d.claimed[k] = true
			out = append(out, it)
		}
	}
	return out
}

// release lets other handlers take items' work again.
func (d *Direction) release(items []item) {
	d.claimMu.Lock()
	defer d.claimMu.Unlock()
	for _, it := range items {
		delete(d.claimed, claimKey{it.ev.Kind, it.ev.Packet.SourceChannel, it.ev.Packet.Sequence})
	}
}

// Relay transactions of one pull toward a Cosmos chain go out pipelined:
// the signer tracks its sequence, so the next is built, simulated (against
// the node's check state, which has the previous one) and broadcast while
// the previous waits for its block. At most cosmosPipeline batches are in
// flight, and at most msgsInFlight messages (memory grows with the messages
// being built): max_msgs 1000 keeps two, so one is built while the other's
// transactions fill blocks; with one, blocks went empty between batches.
const (
	cosmosPipeline = 4
	msgsInFlight   = 2000
)

// pipelined is how many of items' batches may be in flight at once: one for
// an ordered channel, whose packets must land in sequence order even when a
// transaction fails.
func (d *Direction) pipelined(items []item) int {
	for _, it := range items {
		if it.ev.Ordered {
			return 1
		}
	}
	return max(1, min(cosmosPipeline, msgsInFlight/max(d.MaxMsgs, 1)))
}

// each runs relay on every non-empty batch, n at a time. Batches report
// through d.fail, which may be called concurrently.
func each(batches [][]item, n int, relay func([]item)) {
	var g errgroup.Group
	g.SetLimit(max(n, 1))
	for _, batch := range batches {
		if len(batch) > 0 {
			g.Go(func() error { relay(batch); return nil })
		}
	}
	_ = g.Wait() // relay reports through errs
}

// Handle implements pipeline.BatchHandler: it records the events in the
// packet state, then relays what they call for in batches, one verified
// header per batch. A message is acknowledged only once its packet's work is
// done or durably recorded; relay failures are retried (never dead-lettered).
func (d *Direction) Handle(ctx context.Context, msgs []jetstream.Msg) []error {
	errs, applied := d.Applier.Apply(ctx, msgs)
	sends, acks := d.classify(applied, errs)
	sends, acks = d.claim(sends, errs), d.claim(acks, errs)
	defer d.release(acks)
	defer d.release(sends)
	if len(sends) > 0 {
		d.relaySends(ctx, sends, errs)
	}
	if len(acks) > 0 {
		d.relayAcks(ctx, acks, errs)
	}
	return errs
}

// classify picks out the events that call for relaying: packets sent on the
// source (in sequence order, as an ordered channel requires) and
// acknowledgements written on the destination.
func (d *Direction) classify(applied []lifecycle.Applied, errs []error) (sends, acks []item) {
	for _, a := range applied {
		if errs[a.Msg] != nil {
			continue // not recorded: the message comes back, nothing to relay yet
		}
		switch ev := a.Event; {
		case ev.Kind == events.SendPacket && ev.Chain == d.Dir.Src.Chain:
			sends = append(sends, item{a.Msg, ev, a.Record})
		case ev.Kind == events.WriteAck && ev.Chain == d.Dir.Dst.Chain:
			acks = append(acks, item{a.Msg, ev, a.Record})
		}
	}
	slices.SortFunc(sends, func(a, b item) int { return cmp.Compare(a.ev.Packet.Sequence, b.ev.Packet.Sequence) })
	return sends, acks
}

type item struct {
	idx int // of the event's message
	ev  *events.Event
	// rec is the packet's state as the applier left it (nil if unknown).
	rec *state.Record
}

func chunks(items []item, n int) [][]item {
	if n < 1 {
		n = len(items)
	}
	var out [][]item
	for len(items) > n {
		out = append(out, items[:n])
		items = items[n:]
	}
	return append(out, items)
}

func (d *Direction) relaySends(ctx context.Context, sends []item, errs []error) {
	// Split off the packets whose timeout has passed on the destination: they
	// can only be timed out on the source.
	var dstHeight clienttypes.Height
	var dstTime uint64
	needClock := false
	for _, it := range sends {
		if it.ev.Packet.TimeoutTimestamp != 0 || it.ev.Packet.TimeoutHeight.RevisionHeight != 0 {
			needClock = true
			break
		}
	}
	if needClock {
		lb, err := d.Dst.Verifier.Latest(ctx)
		if err != nil {
			d.fail(sends, errs, "latest destination header", err)
			return
		}
		dstHeight = d.Dst.Chain.Height(lb.Height)
		dstTime = uint64(lb.Time.UnixNano())
	}
	live, expired := splitExpired(sends, dstHeight.RevisionHeight, dstTime)
	each(chunks(live, d.MaxMsgs), d.pipelined(live), func(batch []item) {
		b, err := link.RecvPackets(ctx, d.Src, d.Dst, packets(batch))
		if err != nil {
			d.fail(batch, errs, "recv", err)
			return
		}
		d.submitted(ctx, batch, b, d.Dir.Dst.Chain)
	})
	each(chunks(expired, d.MaxMsgs), d.pipelined(expired), func(batch []item) {
		b, err := link.TimeoutPackets(ctx, d.Src, d.Dst, packets(batch))
		if err != nil {
			d.fail(batch, errs, "timeout", err)
			return
		}
		d.submitted(ctx, batch, b, d.Dir.Src.Chain)
	})
}

func (d *Direction) relayAcks(ctx context.Context, acks []item, errs []error) {
	each(chunks(acks, d.MaxMsgs), d.pipelined(acks), func(batch []item) {
		evs := make([]cosmos.PacketEvent, len(batch))
		for i, it := range batch {
			evs[i] = cosmos.PacketEvent{Kind: cosmos.WriteAck, Height: int64(it.ev.Height), TxHash: it.ev.TxHash, Packet: packet(it.ev), Ack: it.ev.Ack}
		}
		// The acks were written on the destination; they go back to the source.
		b, err := link.AckPackets(ctx, d.Dst, d.Src, evs)
		if err != nil {
			d.fail(batch, errs, "ack", err)
			return
		}
		d.submitted(ctx, batch, b, d.Dir.Src.Chain)
	})
}

// submitted records a relay transaction: packets it carried move to
// submitted (the chain's own events then move them on), and packets the
// destination already had are counted as redundant work avoided.
func (d *Direction) submitted(ctx context.Context, batch []item, b *link.Batch, chain string) {
	if len(b.Txs) == 0 {
		d.record(ctx, batch, nil, nil, b.Skipped, b.ProofsAt, chain)
		return
	}
	for i, t := range b.Txs {
		skipped := b.Skipped
		if i > 0 {
			skipped = nil // counted once
		}
		d.record(ctx, batch, &sentTx{hash: t.Tx.Hash, gasUsed: t.Tx.GasUsed}, t.Relayed, skipped, b.ProofsAt, chain)
	}
}

// sentTx is a relay transaction as the metrics and packet state see it.
type sentTx struct {
	hash    string
	gasUsed int64
}

// record accounts for a relay batch on chain: the transaction (nil when
// nothing was left to do) in the metrics, the packets it carried moved to
// submitted (the chain's own events then move them on), and packets the
// destination already had counted as redundant work avoided.
func (d *Direction) record(ctx context.Context, batch []item, tx *sentTx, relayedSeqs, skipped []uint64, proofsAt int64, chain string) {
	if tx != nil {
		d.Metrics.TxSubmitted.WithLabelValues(chain).Inc()
		d.Metrics.GasUsed.WithLabelValues(chain).Add(float64(tx.gasUsed))
		d.Metrics.MsgsPerTx.WithLabelValues(chain).Observe(float64(len(relayedSeqs) + 1))
		d.Log.Info("relayed", zap.String("chain", chain),
			zap.Int("packets", len(relayedSeqs)), zap.Int("skipped", len(skipped)), zap.Int64("proof_height", proofsAt),
			zap.String("tx", tx.hash), zap.Int64("gas_used", tx.gasUsed))
	}
	if len(skipped) > 0 {
		d.Metrics.TxRedundant.WithLabelValues(chain).Add(float64(len(skipped)))
	}
	relayed := map[uint64]bool{}
	for _, s := range relayedSeqs {
		relayed[s] = true
	}
	var reqs []state.TransitionReq
	for _, it := range batch {
		if tx == nil || !relayed[it.ev.Packet.Sequence] || it.ev.Kind != events.SendPacket {
			continue
		}
		r := it.rec
		if r == nil {
			var err error
			if r, err = d.Store.Get(ctx, d.key(it.ev)); err != nil {
				continue
			}
		}
		if !r.Stage.CanMoveTo(state.Submitted) {
			continue
		}
		reqs = append(reqs, state.TransitionReq{Record: r, Next: state.Submitted, TxHash: tx.hash})
	}
	// A lost race here only means the chain's own event got there first.
	_ = d.Store.TransitionBatch(ctx, reqs)
}

func (d *Direction) key(ev *events.Event) state.Key {
	return state.Key{Path: d.Dir.Path, Direction: d.Dir.Name(), Channel: ev.Packet.SourceChannel, Sequence: ev.Packet.Sequence}
}

// fail marks every message of a batch for retry and records why on the
// packets' state, so `query stuck` can tell an operator.
func (d *Direction) fail(batch []item, errs []error, what string, err error) {
	// Recv verifies the source's headers and proofs and submits on the
	// destination; ack and timeout verify the destination and submit on the
	// source.
	proven, submitTo := d.Dir.Dst.Chain, d.Dir.Src.Chain
	if what == "recv" {
		proven, submitTo = d.Dir.Src.Chain, d.Dir.Dst.Chain
	}
	var herr *lctm.HeaderError
	var perr *lctm.ProofError
	var te *cosmos.TxError
	switch {
	case errors.As(err, &herr):
		d.Metrics.VerificationFailures.WithLabelValues(herr.ChainID, "header").Inc()
	case errors.As(err, &perr):
		d.Metrics.VerificationFailures.WithLabelValues(proven, "proof").Inc()
	case errors.Is(err, lctm.ErrMisbehaviour):
		// The light client halted: two valid, conflicting headers. Nothing of
		// this path is relayed until an operator has looked. The process
		// counts and logs the evidence once (node.haltPaths); every retry
		// here would only repeat it.
		d.Metrics.PathHalted.WithLabelValues(d.Dir.Path).Set(1)
	case errors.As(err, &te):
		d.Metrics.TxFailed.WithLabelValues(submitTo, te.Stage).Inc()
	default:
		d.Metrics.RPCErrors.WithLabelValues(proven).Inc()
	}
	d.Log.Warn("relay failed; will retry", zap.String("step", what), zap.Int("packets", len(batch)), zap.Error(err))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	d.errsMu.Lock()
	for _, it := range batch {
		errs[it.idx] = pipeline.Unavailable(fmt.Errorf("%s seq %d: %w", what, it.ev.Packet.Sequence, err))
	}
	d.errsMu.Unlock()
	for _, it := range batch {
		if r, gerr := d.Store.Get(ctx, d.key(it.ev)); gerr == nil {
			_ = d.Store.RecordFailure(ctx, r, fmt.Errorf("%s: %w", what, err))
		}
	}
}

// splitExpired splits packets by whether their timeout has passed at the
// destination's height and time (ns).
func splitExpired(sends []item, dstHeight, dstTime uint64) (live, expired []item) {
	for _, it := range sends {
		p := it.ev.Packet
		if (p.TimeoutHeight.RevisionHeight != 0 && dstHeight >= p.TimeoutHeight.RevisionHeight) ||
			(p.TimeoutTimestamp != 0 && dstTime >= p.TimeoutTimestamp) {
			expired = append(expired, it)
		} else {
			live = append(live, it)
		}
	}
	return live, expired
}

func packets(items []item) []channeltypes.Packet {
	out := make([]channeltypes.Packet, len(items))
	for i, it := range items {
		out[i] = packet(it.ev)
	}
	return out
}

func packet(ev *events.Event) channeltypes.Packet {
	p := ev.Packet
	return channeltypes.Packet{
		Sequence: p.Sequence, SourcePort: p.SourcePort, SourceChannel: p.SourceChannel,
		DestinationPort: p.DestPort, DestinationChannel: p.DestChannel, Data: p.Data,
		TimeoutHeight:    clienttypes.NewHeight(p.TimeoutHeight.RevisionNumber, p.TimeoutHeight.RevisionHeight),
		TimeoutTimestamp: p.TimeoutTimestamp,
	}
}
