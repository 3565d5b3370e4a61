package relay

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/relayer/events"
)

// PendingChain is what clearing reads from a chain; *cosmos.Chain satisfies it.
type PendingChain interface {
	ChainID() string
	PacketCommitments(ctx context.Context, port, channel string) ([]uint64, error)
	UnreceivedPackets(ctx context.Context, port, channel string, seqs []uint64) ([]uint64, error)
	PacketEventsBySequence(ctx context.Context, kind cosmos.EventKind, channel string, seqs []uint64) ([]cosmos.PacketEvent, error)
}

// Side is one chain's end of a channel.
type Side struct {
	Chain         PendingChain
	Port, Channel string
}

// Pending reads from chain state which packets sent on src are still owed
// work: unreceived on dst (to receive or time out) and received but not yet
// acknowledged on src.
func Pending(ctx context.Context, src, dst Side) (unreceived, unacked []uint64, err error) {
	seqs, err := src.Chain.PacketCommitments(ctx, src.Port, src.Channel)
	if err != nil {
		return nil, nil, err
	}
	if len(seqs) == 0 {
		return nil, nil, nil
	}
	unreceived, err = dst.Chain.UnreceivedPackets(ctx, dst.Port, dst.Channel, seqs)
	if err != nil {
		return nil, nil, err
	}
	un := map[uint64]bool{}
	for _, s := range unreceived {
		un[s] = true
	}
	for _, s := range seqs {
		if !un[s] {
			unacked = append(unacked, s)
		}
	}
	return unreceived, unacked, nil
}

// Clearer republishes, from chain state, the events of packets that are
// still owed work, in chunks, so packets whose events were never seen (sent
// before Causeway ran, or missed) are relayed like any other. Republishing an
// event already handled is harmless: the relay handlers skip work the
// destination has done. Events are grouped by block as a watcher groups
// them (events.Batches), so a block the watchers published whole within the
// stream's duplicate window is not stored twice.
type Clearer struct {
	Src, Dst Side
	JS       jetstream.JetStream
	Chunk    int
	// Only, when set, limits clearing to these sequences.
	Only []uint64
	// InFlight, when set, reports packets whose events are already on the
	// stream and being handled: they are not published again.
	InFlight func(seq uint64) bool
	// Settle, when set, makes a pass look twice, Settle apart, and publish
	// only packets owed work both times and not in flight at the second
	// look. A packet sent moments ago is owed work before the watchers
	// have published its event and the applier recorded it; republished at
	// once, its event would reach the stream in a second message (another
	// id), which another handler could relay at the same time.
	Settle time.Duration
	Log    *zap.Logger
}

// Clear runs one clearing pass and returns how many events it published.
func (c *Clearer) Clear(ctx context.Context) (int, error) {
	n, _, _, err := c.ClearPending(ctx)
	return n, err
}

// ClearPending is Clear that also returns the sequences it found unreceived
// and unacknowledged.
func (c *Clearer) ClearPending(ctx context.Context) (n int, unrecv, unacked []uint64, err error) {
	unrecv, unacked, err = Pending(ctx, c.Src, c.Dst)
	if err != nil {
		return 0, nil, nil, err
	}
	if c.Settle > 0 && (len(unrecv) > 0 || len(unacked) > 0) {
		select {
		case <-ctx.Done():
			return 0, nil, nil, ctx.Err()
		case <-time.After(c.Settle):
		}
		again, againAcked, err := Pending(ctx, c.Src, c.Dst)
		if err != nil {
			return 0, nil, nil, err
		}
		both := func(a, b []uint64) []uint64 {
			in := make(map[uint64]bool, len(b))
			for _, s := range b {
				in[s] = true
			}
			return slices.DeleteFunc(a, func(s uint64) bool { return !in[s] })
		}
		unrecv, unacked = both(unrecv, again), both(unacked, againAcked)
	}
	if len(c.Only) > 0 {
		drop := func(s uint64) bool { return !slices.Contains(c.Only, s) }
		unrecv = slices.DeleteFunc(unrecv, drop)
		unacked = slices.DeleteFunc(unacked, drop)
	}
	publish := func(chain PendingChain, kind cosmos.EventKind, channel string, seqs []uint64) error {
		if c.InFlight != nil {
			seqs = slices.DeleteFunc(slices.Clone(seqs), c.InFlight)
		}
		for len(seqs) > 0 {
			k := min(len(seqs), max(c.Chunk, 1))
			evs, err := chain.PacketEventsBySequence(ctx, kind, channel, seqs[:k])
			if err != nil {
				return err
			}
			out := make([]*events.Event, len(evs))
			for i := range evs {
				out[i] = FromCosmos(chain.ChainID(), &evs[i])
			}
			// Grouped by block as the watchers group them: a block whose
			// packets are all still owed gets the ids of the watchers'
			// messages, so the stream drops the copy if it holds them.
			if err := events.PublishBlocks(ctx, c.JS, out...); err != nil {
				return err
			}
			n += len(out)
			seqs = seqs[k:]
		}
		return nil
	}
	if err := publish(c.Src.Chain, cosmos.SendPacket, c.Src.Channel, unrecv); err != nil {
		return n, unrecv, unacked, fmt.Errorf("clear %s/%s: %w", c.Src.Chain.ChainID(), c.Src.Channel, err)
	}
	if err := publish(c.Dst.Chain, cosmos.WriteAck, c.Dst.Channel, unacked); err != nil {
		return n, unrecv, unacked, fmt.Errorf("clear acks %s/%s: %w", c.Dst.Chain.ChainID(), c.Dst.Channel, err)
	}
	return n, unrecv, unacked, nil
}

// Run clears now and then every interval (0: only now) until ctx ends;
// failures are logged and retried at the next interval.
func (c *Clearer) Run(ctx context.Context, interval time.Duration) {
	for {
		n, err := c.Clear(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			c.Log.Warn("clearing failed", zap.String("chain", c.Src.Chain.ChainID()), zap.Error(err))
		case n > 0:
			c.Log.Info("cleared pending packets from chain state", zap.String("chain", c.Src.Chain.ChainID()), zap.Int("events", n))
		}
		if interval <= 0 {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
