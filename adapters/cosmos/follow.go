package cosmos

import (
	"context"
	"fmt"
	"time"

	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
)

// FollowStats says how a Follow call got its blocks (for metrics and tests).
type FollowStats struct {
	Subscribed   int // successful websocket subscriptions (1 + resubscriptions)
	WSWakeups    int // blocks announced by the websocket
	Polls        int // polling rounds while the websocket was down or quiet
	LastHeight   int64
	LastWSErrMsg string
}

// Follow calls handle for every block from height from on, in order and
// without gaps, until ctx ends or handle returns an error. New blocks are
// announced by a websocket subscription to NewBlock events; when it drops,
// Follow polls every PollInterval and resubscribes, and because it always
// fetches the blocks after the last one handled, nothing announced while
// the websocket was down is lost. stats, if not nil, is updated as it goes
// (read it only after Follow returns).
func (c *Chain) Follow(ctx context.Context, from int64, handle func(*BlockEvents) error, stats *FollowStats) error {
	if stats == nil {
		stats = &FollowStats{}
	}
	if from < 1 {
		from = 1
	}
	next := from
	var events <-chan coretypes.ResultEvent
	unsubscribe := func() {}
	defer func() { unsubscribe() }()
	subscribe := func() {
		if events != nil {
			return
		}
		if !c.rpc.IsRunning() {
			if err := c.rpc.Start(); err != nil {
				stats.LastWSErrMsg = err.Error()
				return
			}
		}
		sctx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout)
		defer cancel()
		sub := fmt.Sprintf("causeway-follow-%d", time.Now().UnixNano())
		ch, err := c.rpc.Subscribe(sctx, sub, cmttypes.EventQueryNewBlock.String(), 100)
		if err != nil {
			stats.LastWSErrMsg = err.Error()
			return
		}
		events = ch
		stats.Subscribed++
		unsubscribe = func() {
			uctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			_ = c.rpc.Unsubscribe(uctx, sub, cmttypes.EventQueryNewBlock.String())
		}
	}
	catchUp := func() error {
		latest, err := c.LatestHeight(ctx)
		if err != nil {
			return nil // transient: the next tick retries
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
	for {
		subscribe()
		if err := catchUp(); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case _, ok := <-events:
			if !ok { // the websocket dropped; poll until resubscribed
				events = nil
				unsubscribe = func() {}
				stats.LastWSErrMsg = "subscription channel closed"
				continue
			}
			stats.WSWakeups++
		case <-poll.C:
			stats.Polls++
		}
	}
}
