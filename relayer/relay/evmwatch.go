package relay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/spine"
)

// EVMWatcher publishes the packet events of Causeway's IBC handler contract
// on an EVM chain (ethereum or qbft family) to the events stream, from final
// blocks only, and records the last published block so a restart resumes
// after it. Like the Cosmos Watcher, several watchers of one chain may run at
// once: each event has a deterministic message id and the stream stores it
// once.
//
// The resume mark is the light-client bucket's key watch.<chain>, holding
// "<block number>:<block hash>" of the last block handled: a restart resumes
// at the next block and first checks that the marked block is still
// canonical, so a reorg deeper than the configured finality is detected
// across restarts too.
type EVMWatcher struct {
	Client *evm.Client
	JS     jetstream.JetStream
	// Marks is where the resume mark is kept (the light-client bucket).
	Marks jetstream.KeyValue
	// Chain is the chain's id in the config; events carry it.
	Chain string
	// Handler is the IBC handler contract whose logs are followed.
	Handler common.Address
	// Finality says which blocks are final (see EVMFinality).
	Finality evm.Finality
	// StartBlock is used when no mark is stored; 0 means the latest final
	// block.
	StartBlock uint64
	// PollInterval is how often the chain is polled for new final blocks
	// (new heads on the client's websocket wake the watcher earlier); 0 means
	// the adapter's default.
	PollInterval time.Duration
	// OnHeight, if set, is told the last block of each batch handled (for
	// metrics).
	OnHeight func(uint64)
	Log      *zap.Logger
}

// EVMFinality converts a chain's finality setting (chains[].finality) to
// the watcher's: "finalized" (or empty) follows the node's finalized block,
// "latest" the head minus depth confirmations. "safe", and a depth on top of
// "finalized", are not supported by the EVM watcher and are refused.
func EVMFinality(tag string, depth uint64) (evm.Finality, error) {
	switch tag {
	case "", "finalized":
		if depth > 0 {
			return evm.Finality{}, fmt.Errorf("finality depth %d on top of the finalized tag is not supported (finalized blocks need no confirmations)", depth)
		}
		return evm.Finality{UseFinalizedTag: true}, nil
	case "latest":
		return evm.Finality{Depth: depth}, nil
	}
	return evm.Finality{}, fmt.Errorf("finality tag %q is not supported by the EVM watcher (use finalized or latest)", tag)
}

func (w *EVMWatcher) markKey() string { return "watch." + spine.Token(w.Chain) }

// FormatEVMMark is the resume mark of a handled block.
func FormatEVMMark(number uint64, hash common.Hash) string {
	return strconv.FormatUint(number, 10) + ":" + hash.Hex()
}

// ParseEVMMark reads a resume mark: "<number>:<hash>" as FormatEVMMark
// writes it, or a bare block number (set by hand; the continuity check of
// the marked block is then skipped). The cursor resumes at the next block.
func ParseEVMMark(s string) (evm.Cursor, error) {
	num, hash, withHash := strings.Cut(s, ":")
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil {
		return evm.Cursor{}, fmt.Errorf("%q is not <block number>:<block hash>", s)
	}
	c := evm.Cursor{Next: n + 1}
	if withHash {
		if len(hash) != 66 || !strings.HasPrefix(hash, "0x") {
			return evm.Cursor{}, fmt.Errorf("%q is not <block number>:<block hash>", s)
		}
		b, err := hexutil.Decode(hash)
		if err != nil {
			return evm.Cursor{}, fmt.Errorf("%q is not <block number>:<block hash>", s)
		}
		c.PrevHash = common.BytesToHash(b)
	}
	return c, nil
}

// Resume returns the cursor to start from: after the stored mark, else
// StartBlock, else the latest final block (inclusive). found tells whether
// a mark was stored.
func (w *EVMWatcher) Resume(ctx context.Context) (cur evm.Cursor, found bool, err error) {
	e, err := w.Marks.Get(ctx, w.markKey())
	if err == nil {
		c, perr := ParseEVMMark(string(e.Value()))
		if perr != nil {
			return evm.Cursor{}, false, fmt.Errorf("watch mark %s: %w", w.markKey(), perr)
		}
		return c, true, nil
	}
	if !errors.Is(err, jetstream.ErrKeyNotFound) {
		return evm.Cursor{}, false, fmt.Errorf("read watch mark %s: %w", w.markKey(), err)
	}
	if w.StartBlock > 0 {
		return evm.Cursor{Next: w.StartBlock}, false, nil
	}
	final, err := w.finalHeight(ctx)
	if err != nil {
		return evm.Cursor{}, false, err
	}
	return evm.Cursor{Next: final}, false, nil
}

// finalHeight is the latest final block, as the adapter's watcher counts it.
func (w *EVMWatcher) finalHeight(ctx context.Context) (uint64, error) {
	if w.Finality.UseFinalizedTag {
		h, err := w.Client.Eth().HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return 0, fmt.Errorf("evm: finalized header: %w", err)
		}
		return h.Number.Uint64(), nil
	}
	n, err := w.Client.Eth().BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("evm: block number: %w", err)
	}
	if n < w.Finality.Depth {
		return 0, nil
	}
	return n - w.Finality.Depth, nil
}

// Run follows the handler's logs until ctx ends, restarting with backoff
// after errors (an RPC down, NATS unavailable); no block is skipped because
// each restart resumes after the last block whose events were published.
// It returns nil when ctx ends, and an error wrapping evm.ErrDeepReorg when a
// block already handled was replaced (finality was not enough: the chain's
// paths must stop and an operator must look; nothing is undone).
func (w *EVMWatcher) Run(ctx context.Context) error {
	topics, err := evm.PacketEventTopics()
	if err != nil {
		return err
	}
	log := w.Log.With(zap.String("chain", w.Chain))
	// Without a mark the first start position is resolved once per Run, so
	// a restart before the first batch is stored does not move it forward.
	var first *evm.Cursor
	backoff := 200 * time.Millisecond
	for ctx.Err() == nil {
		start, found, err := w.Resume(ctx)
		if err == nil && !found {
			if first == nil {
				first = &start
				log.Info("no watch mark; starting", zap.Uint64("block", start.Next))
			}
			start = *first
		}
		var ew *evm.Watcher
		if err == nil {
			ew, err = w.Client.NewWatcher(evm.WatcherConfig{
				Contract: w.Handler, Topics: topics, Finality: w.Finality, Start: start,
				PollInterval: w.PollInterval,
				OnError: func(err error) {
					log.Warn("evm watcher: transient failure; retrying", zap.Error(err))
				},
			})
		}
		if err == nil {
			err = ew.Run(ctx, func(ctx context.Context, b evm.LogBatch) error {
				if err := w.publish(ctx, b); err != nil {
					return err
				}
				backoff = 200 * time.Millisecond
				return nil
			})
		}
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, evm.ErrDeepReorg) {
			log.Error("watcher stopped: a handled block was replaced", zap.Error(err))
			return fmt.Errorf("watch %s: %w", w.Chain, err)
		}
		log.Warn("watcher stopped; restarting", zap.Duration("backoff", backoff), zap.Error(err))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
	return nil
}

func (w *EVMWatcher) publish(ctx context.Context, b evm.LogBatch) error {
	var evs []*events.Event
	for _, l := range b.Logs {
		pe, ok, err := evm.DecodePacketEvent(l)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if e := FromEVM(w.Chain, pe); e != nil {
			evs = append(evs, e)
		}
	}
	if len(evs) > 0 {
		if err := events.PublishBlocks(ctx, w.JS, evs...); err != nil {
			return err
		}
		w.Log.Debug("published events", zap.String("chain", w.Chain), zap.Uint64("from", b.From), zap.Uint64("to", b.To), zap.Int("events", len(evs)))
	}
	if _, err := w.Marks.Put(ctx, w.markKey(), []byte(FormatEVMMark(b.To, b.Cursor.PrevHash))); err != nil {
		return fmt.Errorf("store watch mark %s: %w", w.markKey(), err)
	}
	if w.OnHeight != nil {
		w.OnHeight(b.To)
	}
	return nil
}

// evmKinds maps the handler's event names to the stream's kinds.
var evmKinds = map[evm.PacketEventKind]events.Kind{
	evm.EventSendPacket:           events.SendPacket,
	evm.EventRecvPacket:           events.RecvPacket,
	evm.EventWriteAcknowledgement: events.WriteAck,
	evm.EventAcknowledgePacket:    events.AcknowledgePkt,
	evm.EventTimeoutPacket:        events.TimeoutPacket,
}

// FromEVM converts a handler packet event to a stream event (nil for a kind
// that is not a packet event). The handler's events do not carry the
// channel ordering, so Ordered is left unset.
func FromEVM(chain string, ev evm.PacketEvent) *events.Event {
	kind, ok := evmKinds[ev.Kind]
	if !ok {
		return nil
	}
	p := ev.Packet
	e := &events.Event{
		Chain: chain, Kind: kind, Height: ev.BlockNumber, TxHash: ev.TxHash.Hex(),
		Packet: events.Packet{
			Sequence: p.Sequence, SourcePort: p.SourcePort, SourceChannel: p.SourceChannel,
			DestPort: p.DestinationPort, DestChannel: p.DestinationChannel, Data: p.Data,
			TimeoutHeight:    events.Height{RevisionNumber: p.TimeoutHeight.RevisionNumber, RevisionHeight: p.TimeoutHeight.RevisionHeight},
			TimeoutTimestamp: p.TimeoutTimestamp,
		},
	}
	if kind == events.WriteAck {
		e.Ack = ev.Acknowledgement
	}
	return e
}
