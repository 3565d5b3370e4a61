package cosmos

import (
	"context"
	"fmt"
	"net/http"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
)

// FollowStats says how a Follow call got its blocks (for metrics and tests).
type FollowStats struct {
	Subscribed   int // successful websocket subscriptions (1 + resubscriptions)
	WSWakeups    int // blocks announced by the websocket
	Polls        int // polling rounds
	LastHeight   int64
	LastWSErrMsg string
}

// Follow calls handle for every block from height from on, in order and
// without gaps, until ctx ends or handle returns an error. New blocks are
// announced by a websocket subscription to NewBlockHeader events; Follow
// also polls the node's status every PollInterval while the websocket is
// down or quiet, and when the websocket drops or goes silent
// while blocks keep coming (seen by polling) it opens a new websocket and
// resubscribes. Because it always fetches the blocks after the last one
// handled, nothing committed while the websocket was down is lost. stats,
// if not nil, is updated as it goes (read it only after Follow returns).
// Follow owns the websocket clients it opens and closes them on return.
func (c *Chain) Follow(ctx context.Context, from int64, handle func(*BlockEvents) error, stats *FollowStats) error {
	if stats == nil {
		stats = &FollowStats{}
	}
	if from < 1 {
		from = 1
	}
	next := from
	var (
		ws       *rpchttp.HTTP
		events   <-chan coretypes.ResultEvent
		lastWS   time.Time
		wsHeight int64
	)
	drop := func(reason string) {
		if ws != nil {
			_ = ws.Stop()
		}
		ws, events = nil, nil
		if reason != "" {
			stats.LastWSErrMsg = reason
		}
	}
	defer drop("")
	subscribe := func() {
		if events != nil {
			return
		}
		cl, err := rpchttp.NewWithClient(c.cfg.RPC, "/websocket", &http.Client{Timeout: c.cfg.RequestTimeout})
		if err != nil {
			stats.LastWSErrMsg = err.Error()
			return
		}
		if err := cl.Start(); err != nil {
			stats.LastWSErrMsg = err.Error()
			return
		}
		sctx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout)
		defer cancel()
		// NewBlockHeader, not NewBlock: only the height is used, and NewBlock
		// events carry every tx result (decoding them was a fifth of the
		// relayer's CPU).
		ch, err := cl.Subscribe(sctx, "causeway-follow", cmttypes.EventQueryNewBlockHeader.String(), 100)
		if err != nil {
			_ = cl.Stop()
			stats.LastWSErrMsg = err.Error()
			return
		}
		ws, events, lastWS = cl, ch, time.Now()
		wsHeight = next - 1
		stats.Subscribed++
	}
	// catchUp handles the blocks up to the latest height: the one the
	// websocket announced, or with askNode the node's status too. Status is
	// skipped while the websocket announces blocks (it was a fifth of the
	// cost of following an idle chain).
	catchUp := func(askNode bool) error {
		latest := wsHeight
		if askNode {
			h, err := c.LatestHeight(ctx)
			if err != nil && latest < next {
				return nil // transient: the next tick retries
			}
			if err == nil && h > latest {
				latest = h
			}
		}
		for ; next <= latest; next++ {
			be, err := c.BlockPacketEvents(ctx, next)
			if err != nil {
				return nil // retry this height on the next tick
			}
			if err := handle(be); err != nil {
				return err
			}
			stats.LastHeight = next
		}
		return nil
	}
	poll := time.NewTicker(c.cfg.PollInterval)
	defer poll.Stop()
	askNode := true
	for {
		subscribe()
		if err := catchUp(askNode); err != nil {
			return err
		}
		askNode = true
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev, ok := <-events:
			if !ok {
				drop("websocket subscription closed")
				continue
			}
			stats.WSWakeups++
			lastWS = time.Now()
			if nh, ok := ev.Data.(cmttypes.EventDataNewBlockHeader); ok && nh.Header.Height > wsHeight {
				wsHeight = nh.Header.Height
				askNode = false // the announced height is enough
			}
		case <-poll.C:
			stats.Polls++
			// Blocks keep coming but the websocket announced none of the
			// last ones: it is dead even if not closed. Resubscribe.
			if events != nil && stats.LastHeight > wsHeight+2 && time.Since(lastWS) > 3*c.cfg.PollInterval {
				drop(fmt.Sprintf("websocket silent since height %d while the chain reached %d", wsHeight, stats.LastHeight))
			}
			// A live websocket announces every block: ask the node only
			// when it has been quiet for a while, or is down.
			askNode = events == nil || time.Since(lastWS) > 2*c.cfg.PollInterval || next <= wsHeight
		}
	}
}
