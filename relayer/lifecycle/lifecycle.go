// Package lifecycle applies observed chain events to the shared packet state:
// a send_packet creates a packet, a write_acknowledgement marks it received,
// an acknowledge_packet or timeout_packet ends it. Any number of processes
// may apply the same events; compare-and-set makes the result the same.
//
// It never submits anything to a chain.
package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/pipeline"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/state"
)

// Direction is one way across a path: packets sent on Src.Channel of chain
// Src.Chain towards Dst.
type Direction struct {
	Path string
	Src  End
	Dst  End
	// Allow, when set, says whether packets from a source channel are relayed.
	Allow func(channel string) bool
}

// End is one side of a direction.
type End struct{ Chain, Channel string }

// Name is the direction's label: <src chain>_to_<dst chain>.
func (d Direction) Name() string { return spine.Token(d.Src.Chain) + "_to_" + spine.Token(d.Dst.Chain) }

// Consumer describes the durable consumer that carries this direction's
// events: the source chain's send, ack and timeout events and the
// destination chain's receive and write-ack events.
func (d Direction) Consumer() spine.ConsumerSpec {
	return spine.ConsumerSpec{
		Name: spine.ConsumerName(d.Path, d.Name()),
		Filters: []string{
			spine.EventFilter(d.Src.Chain, d.Src.Channel, string(events.SendPacket)),
			spine.EventFilter(d.Src.Chain, d.Src.Channel, string(events.AcknowledgePkt)),
			spine.EventFilter(d.Src.Chain, d.Src.Channel, string(events.TimeoutPacket)),
			spine.EventFilter(d.Dst.Chain, d.Dst.Channel, string(events.RecvPacket)),
			spine.EventFilter(d.Dst.Chain, d.Dst.Channel, string(events.WriteAck)),
		},
	}
}

// Stage is the lifecycle stage an event kind proves.
func Stage(k events.Kind) state.Stage {
	switch k {
	case events.SendPacket:
		return state.Observed
	case events.RecvPacket, events.WriteAck:
		return state.Received
	case events.AcknowledgePkt:
		return state.Acknowledged
	case events.TimeoutPacket:
		return state.TimedOut
	}
	return state.Unknown
}

// Counters is told of each stage a packet reaches, for metrics.
type Counters interface {
	Reached(path, direction string, stage state.Stage, since time.Duration)
}

// Applier is the pipeline handler of one direction.
type Applier struct {
	Dir      Direction
	Store    *state.Store
	Counters Counters
	Log      *zap.Logger
}

// Handle implements pipeline.BatchHandler.
func (a *Applier) Handle(ctx context.Context, msgs []jetstream.Msg) []error {
	errs, _ := a.Apply(ctx, msgs)
	return errs
}

// Applied is what the applier made of one event.
type Applied struct {
	// Msg is the index of the event's message.
	Msg   int
	Event *events.Event
	// Record is the packet's state after the event, when it was written or
	// already at or past the event's stage; nil when that is unknown.
	Record *state.Record
}

// Apply records the events of msgs in the packet state and returns, per
// message, its error (nil, or one for the pipeline), and the events it
// applied in message order (refused messages and filtered-out channels
// have none). A message carries one event or a block's batch of them.
//
// A packet the store's cache knows is moved by compare-and-set on the cached
// revision, without reading it first; a stale guess is re-read and retried.
// Only packets the cache does not know are created (or read back when they
// already exist).
func (a *Applier) Apply(ctx context.Context, msgs []jetstream.Msg) ([]error, []Applied) {
	errs := make([]error, len(msgs))
	var (
		out      []Applied
		targets  []state.Stage
		txs      []string
		fresh    []*state.Record // not cached: create, or read back
		freshIdx []int
		moves    []state.TransitionReq
		moveIdx  []int
	)
	for i, m := range msgs {
		evs, err := events.DecodeAll(m.Data())
		if err != nil {
			errs[i] = fmt.Errorf("%w: %v", pipeline.ErrPermanent, err)
			continue
		}
		for _, ev := range evs {
			if Stage(ev.Kind) == state.Unknown {
				errs[i] = fmt.Errorf("%w: unknown event kind %q", pipeline.ErrPermanent, ev.Kind)
			}
		}
		if errs[i] != nil {
			continue
		}
		for _, ev := range evs {
			if a.Dir.Allow != nil && !a.Dir.Allow(ev.Packet.SourceChannel) {
				continue // filtered out: nothing to track or relay
			}
			j := len(out)
			out = append(out, Applied{Msg: i, Event: ev})
			target, tx := Stage(ev.Kind), ""
			if target != state.Observed {
				tx = ev.TxHash
			}
			targets, txs = append(targets, target), append(txs, tx)
			key := state.Key{Path: a.Dir.Path, Direction: a.Dir.Name(), Channel: ev.Packet.SourceChannel, Sequence: ev.Packet.Sequence}
			if cur, ok := a.Store.Cached(key); ok {
				out[j].Record = cur
				if cur.Stage.CanMoveTo(target) {
					moves = append(moves, state.TransitionReq{Record: cur, Next: target, TxHash: tx})
					moveIdx = append(moveIdx, j)
				}
				continue // otherwise at or past this stage already: a replay
			}
			r := &state.Record{Key: key, Stage: target, TxHash: tx}
			if ev.Kind == events.SendPacket {
				r.Height = ev.Height
				r.TimeoutTimestamp = ev.Packet.TimeoutTimestamp
				if h := ev.Packet.TimeoutHeight; h.RevisionHeight > 0 {
					r.TimeoutHeight = fmt.Sprintf("%d-%d", h.RevisionNumber, h.RevisionHeight)
				}
			}
			fresh = append(fresh, r)
			freshIdx = append(freshIdx, j)
		}
	}
	created, oerrs := a.Store.ObserveBatch(ctx, fresh)
	for k, r := range fresh {
		j := freshIdx[k]
		switch {
		case oerrs[k] != nil:
			errs[out[j].Msg] = oerrs[k]
			continue
		case created[k]:
			out[j].Record = r
			a.reached(r, targets[j])
			continue
		}
		out[j].Record = r // the stored record, read back
		if r.Stage.CanMoveTo(targets[j]) {
			moves = append(moves, state.TransitionReq{Record: r, Next: targets[j], TxHash: txs[j]})
			moveIdx = append(moveIdx, j)
		}
	}
	for k, err := range a.Store.TransitionBatch(ctx, moves) {
		j := moveIdx[k]
		if errors.Is(err, state.ErrStale) {
			// Another stage of this or another process moved the packet
			// meanwhile, or the cache had not seen the last change yet:
			// re-read and try again rather than redeliver.
			var r *state.Record
			r, err = a.Store.Advance(ctx, moves[k].Record.Key, targets[j], txs[j])
			out[j].Record = r
		}
		switch {
		case err == nil:
			a.reached(out[j].Record, targets[j])
		case errors.Is(err, state.ErrBackwards):
			// Already at or past this stage.
		default:
			errs[out[j].Msg] = err
			out[j].Record = nil
		}
	}
	return errs, out
}

func (a *Applier) reached(r *state.Record, st state.Stage) {
	if a.Counters != nil {
		a.Counters.Reached(r.Key.Path, r.Key.Direction, st, time.Since(r.FirstSeen))
	}
	if a.Log != nil {
		a.Log.Debug("packet stage", zap.String("path", r.Key.Path), zap.String("direction", r.Key.Direction),
			zap.Uint64("seq", r.Key.Sequence), zap.Stringer("stage", st))
	}
}
