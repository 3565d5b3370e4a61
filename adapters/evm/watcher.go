package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Finality says which blocks count as final. With UseFinalizedTag the
// node's `finalized` block is the limit (Ethereum PoS); otherwise the head
// minus Depth (Depth 0 = the head itself: instant-finality chains such as QBFT).
type Finality struct {
	Depth           uint64
	UseFinalizedTag bool
}

// Cursor is where a watcher resumes: the next block to process and the hash
// of the block before it (zero hash to skip the continuity check, e.g. on a
// first start). The relayer persists the Cursor of every processed batch.
type Cursor struct {
	Next     uint64
	PrevHash common.Hash
}

// LogBatch is the handler's logs in the final blocks [From, To], in chain
// order, and the Cursor to persist once they are processed.
type LogBatch struct {
	From, To uint64
	Logs     []types.Log
	Cursor   Cursor
}

// WatcherConfig configures a Watcher.
type WatcherConfig struct {
	Contract common.Address
	// Topics filters logs as in eth_getLogs (nil = all the contract's logs).
	Topics   [][]common.Hash
	Finality Finality
	Start    Cursor
	// PollInterval is how often the watcher looks for new final blocks when
	// no websocket head arrives (default 1 s).
	PollInterval time.Duration
	// MaxRange is the most blocks one eth_getLogs covers (default 2000).
	MaxRange uint64
	// OnError, when set, is told of every transient failure (RPC down,
	// websocket dropped); the watcher retries with backoff.
	OnError func(error)
}

// ErrDeepReorg is returned when a block the watcher already reported as
// final was replaced: the configured finality was not enough. The relayer
// must stop the path and alert; nothing can be undone automatically.
var ErrDeepReorg = errors.New("evm: reorg below the configured finality")

// Watcher reports the IBC handler's logs from final blocks only, in order,
// each block exactly once per run, resuming from a Cursor. It polls over
// HTTP and uses websocket new-head notifications only as a wake-up, so a
// websocket drop or a node restart delays but never loses logs.
type Watcher struct {
	cfg  WatcherConfig
	ws   string
	http LogSource
}

// LogSource is what the watcher reads blocks and logs from
// (*ethclient.Client satisfies it; Client.Eth() returns one).
type LogSource interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// NewWatcher prepares a watcher reading from src; wsURL, when not empty, is
// a websocket endpoint whose new-head notifications wake it early.
func NewWatcher(src LogSource, wsURL string, cfg WatcherConfig) (*Watcher, error) {
	if cfg.Contract == (common.Address{}) {
		return nil, errors.New("evm: watcher: no contract address")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	return &Watcher{cfg: cfg, ws: wsURL, http: src}, nil
}

// Run calls handle for each batch of final blocks until ctx is cancelled
// (returns ctx.Err()), handle fails (returns its error; the batch is not
// acknowledged and the caller restarts from its last persisted Cursor), or a
// deep reorg is seen (ErrDeepReorg). handle runs on Run's goroutine.
func (w *Watcher) Run(ctx context.Context, handle func(context.Context, LogBatch) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	wake := make(chan struct{}, 1)
	done := make(chan struct{})
	if w.ws != "" {
		go func() { // owned by Run: stops when ctx is cancelled, Run waits for it
			defer close(done)
			w.followHeads(ctx, wake)
		}()
	} else {
		close(done)
	}
	defer func() { <-done }()
	defer cancel()

	cur := w.cfg.Start
	backoff := 100 * time.Millisecond
	for {
		next, err := w.step(ctx, cur, handle)
		switch {
		case err == nil:
			backoff = 100 * time.Millisecond
			if next.Next != cur.Next {
				cur = next
				continue // more may be final already
			}
		case errors.Is(err, ErrDeepReorg):
			return err
		case errors.Is(err, errHandler):
			return errors.Unwrap(err) // the handler's own error, with the block range
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			w.report(err)
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, 5*time.Second)
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-wake:
		case <-time.After(w.cfg.PollInterval):
		}
	}
}

var errHandler = errors.New("handler")

type handlerError struct{ err error }

func (h handlerError) Error() string   { return h.err.Error() }
func (h handlerError) Unwrap() error   { return h.err }
func (h handlerError) Is(t error) bool { return t == errHandler }

func (w *Watcher) report(err error) {
	if w.cfg.OnError != nil {
		w.cfg.OnError(err)
	}
}

// finalHeight is the highest final block number.
func (w *Watcher) finalHeight(ctx context.Context) (uint64, error) {
	return w.cfg.Finality.Head(ctx, w.http)
}

// Head is the highest block of src that is final under f: the finalized
// tag's block, or the latest block less Depth.
func (f Finality) Head(ctx context.Context, src LogSource) (uint64, error) {
	if f.UseFinalizedTag {
		h, err := src.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return 0, fmt.Errorf("evm: finalized header: %w", err)
		}
		return h.Number.Uint64(), nil
	}
	n, err := src.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("evm: block number: %w", err)
	}
	if n < f.Depth {
		return 0, nil
	}
	return n - f.Depth, nil
}

// step processes one range of final blocks after cur and returns the new cursor.
func (w *Watcher) step(ctx context.Context, cur Cursor, handle func(context.Context, LogBatch) error) (Cursor, error) {
	final, err := w.finalHeight(ctx)
	if err != nil {
		return cur, err
	}
	if final < cur.Next {
		return cur, nil
	}
	to := min(final, cur.Next+w.cfg.MaxRange-1)
	if cur.PrevHash != (common.Hash{}) && cur.Next > 0 {
		prev, err := w.http.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Next-1))
		if err != nil {
			return cur, fmt.Errorf("evm: header %d: %w", cur.Next-1, err)
		}
		if prev.Hash() != cur.PrevHash {
			return cur, fmt.Errorf("%w: block %d was %s, is now %s", ErrDeepReorg, cur.Next-1, cur.PrevHash, prev.Hash())
		}
	}
	logs, err := w.http.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(cur.Next),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.cfg.Contract},
		Topics:    w.cfg.Topics,
	})
	if err != nil {
		return cur, fmt.Errorf("evm: eth_getLogs [%d,%d]: %w", cur.Next, to, err)
	}
	last, err := w.http.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return cur, fmt.Errorf("evm: header %d: %w", to, err)
	}
	// The logs must come from the canonical blocks: check every block that has
	// logs (a node may answer from a branch it is leaving).
	hashes := map[uint64]common.Hash{to: last.Hash()}
	for _, l := range logs {
		if l.Removed {
			return cur, fmt.Errorf("evm: eth_getLogs [%d,%d] returned a removed log", cur.Next, to)
		}
		h, ok := hashes[l.BlockNumber]
		if !ok {
			hdr, err := w.http.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return cur, fmt.Errorf("evm: header %d: %w", l.BlockNumber, err)
			}
			h = hdr.Hash()
			hashes[l.BlockNumber] = h
		}
		if h != l.BlockHash {
			return cur, fmt.Errorf("evm: log of block %d from non-canonical block %s", l.BlockNumber, l.BlockHash)
		}
	}
	next := Cursor{Next: to + 1, PrevHash: last.Hash()}
	if err := handle(ctx, LogBatch{From: cur.Next, To: to, Logs: logs, Cursor: next}); err != nil {
		return cur, handlerError{fmt.Errorf("evm: log handler for blocks [%d,%d]: %w", cur.Next, to, err)}
	}
	return next, nil
}

// followHeads subscribes to new heads over websocket and signals wake for
// each, redialling with backoff when the connection drops.
func (w *Watcher) followHeads(ctx context.Context, wake chan<- struct{}) {
	backoff := 200 * time.Millisecond
	for ctx.Err() == nil {
		err := w.subscribeOnce(ctx, wake)
		if ctx.Err() != nil {
			return
		}
		w.report(fmt.Errorf("evm: websocket %s: %w", w.ws, err))
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

func (w *Watcher) subscribeOnce(ctx context.Context, wake chan<- struct{}) error {
	c, err := ethclient.DialContext(ctx, w.ws)
	if err != nil {
		return err
	}
	defer c.Close()
	heads := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(ctx, heads)
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	select { // catch up on what happened while disconnected
	case wake <- struct{}{}:
	default:
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return err
		case <-heads:
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	}
}
