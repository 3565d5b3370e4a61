// Package relay is Causeway's Cosmos path engine: chain watchers that turn
// blocks into events on the JetStream events stream, and per-direction
// handlers that turn those events into verified RecvPacket, Acknowledgement
// and Timeout transactions.
//
// Every header is verified by lightclients/tendermint and every proof by
// ICS-23 (through relayer/link) before anything is submitted; nothing here
// trusts an RPC answer on its own.
package relay

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/spine"
)

// Follower is a chain the watcher can follow; *cosmos.Chain satisfies it.
type Follower interface {
	ChainID() string
	LatestHeight(ctx context.Context) (int64, error)
	Follow(ctx context.Context, from int64, handle func(*cosmos.BlockEvents) error, stats *cosmos.FollowStats) error
}

// Watcher publishes a chain's packet events to the events stream, block by
// block, and records the last published height so a restart resumes where it
// stopped. Several watchers of one chain may run at once: the stream drops
// the duplicates.
type Watcher struct {
	Chain Follower
	JS    jetstream.JetStream
	// Marks is where the last published height is kept (the light-client
	// bucket, key watch.<chain>).
	Marks jetstream.KeyValue
	// StartHeight is used when no mark is stored; 0 means the latest height.
	StartHeight int64
	// OnHeight, if set, is told each block handled (for metrics).
	OnHeight func(h int64)
	Log      *zap.Logger
}

func (w *Watcher) markKey() string { return "watch." + spine.Token(w.Chain.ChainID()) }

// Resume returns the height to start from.
func (w *Watcher) Resume(ctx context.Context) (int64, error) {
	e, err := w.Marks.Get(ctx, w.markKey())
	if err == nil {
		h, perr := strconv.ParseInt(string(e.Value()), 10, 64)
		if perr != nil {
			return 0, fmt.Errorf("watch mark %s: %q is not a height", w.markKey(), e.Value())
		}
		return h + 1, nil
	}
	if !errors.Is(err, jetstream.ErrKeyNotFound) {
		return 0, fmt.Errorf("read watch mark %s: %w", w.markKey(), err)
	}
	if w.StartHeight > 0 {
		return w.StartHeight, nil
	}
	return w.Chain.LatestHeight(ctx)
}

// Run follows the chain until ctx ends, restarting with backoff after errors
// (an RPC down); no block is skipped because each restart resumes from the
// last published height.
func (w *Watcher) Run(ctx context.Context) error {
	backoff := 200 * time.Millisecond
	for ctx.Err() == nil {
		from, err := w.Resume(ctx)
		if err == nil {
			err = w.Chain.Follow(ctx, from, func(b *cosmos.BlockEvents) error { return w.publish(ctx, b) }, nil)
		}
		if ctx.Err() != nil {
			return nil
		}
		w.Log.Warn("watcher stopped; restarting", zap.String("chain", w.Chain.ChainID()), zap.Duration("backoff", backoff), zap.Error(err))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
	return nil
}

func (w *Watcher) publish(ctx context.Context, b *cosmos.BlockEvents) error {
	evs := make([]*events.Event, 0, len(b.Events))
	for i := range b.Events {
		evs = append(evs, FromCosmos(w.Chain.ChainID(), &b.Events[i]))
	}
	if len(evs) > 0 {
		if err := events.PublishBlocks(ctx, w.JS, evs...); err != nil {
			return err
		}
		w.Log.Debug("published events", zap.String("chain", w.Chain.ChainID()), zap.Int64("height", b.Height), zap.Int("events", len(evs)))
	}
	if _, err := w.Marks.Put(ctx, w.markKey(), []byte(strconv.FormatInt(b.Height, 10))); err != nil {
		return fmt.Errorf("store watch mark %s: %w", w.markKey(), err)
	}
	if w.OnHeight != nil {
		w.OnHeight(b.Height)
	}
	return nil
}

// FromCosmos converts an adapter event to a stream event.
func FromCosmos(chain string, e *cosmos.PacketEvent) *events.Event {
	p := e.Packet
	return &events.Event{
		Chain: chain, Kind: events.Kind(e.Kind), Height: uint64(e.Height), TxHash: e.TxHash, Ack: e.Ack,
		Ordered: e.Ordering == "ORDER_ORDERED",
		Packet: events.Packet{
			Sequence: p.Sequence, SourcePort: p.SourcePort, SourceChannel: p.SourceChannel,
			DestPort: p.DestinationPort, DestChannel: p.DestinationChannel, Data: p.Data,
			TimeoutHeight:    events.Height{RevisionNumber: p.TimeoutHeight.RevisionNumber, RevisionHeight: p.TimeoutHeight.RevisionHeight},
			TimeoutTimestamp: p.TimeoutTimestamp,
		},
	}
}
