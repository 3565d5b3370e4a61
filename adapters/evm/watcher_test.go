package evm_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// A reorg within the finality depth is never seen: the watcher reports only
// the packet of the branch that won. A reorg of a block it already reported
// stops it with ErrDeepReorg.
func TestWatcherReorgWithinDepthAndDeepReorg(t *testing.T) {
	e := newEnv(t, 3, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	head, err := e.client.BlockNumber(ctx)
	must(t, err)

	var mu sync.Mutex
	var seen []bindings.IBCHandlerSendPacket
	var hashes []common.Hash
	var cursor evm.Cursor
	w, err := evm.NewWatcher(e.client, "", evm.WatcherConfig{
		Contract: e.handlerAddr, Finality: evm.Finality{Depth: 3},
		Start: evm.Cursor{Next: head + 1}, PollInterval: 10 * time.Millisecond,
	})
	must(t, err)
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, func(_ context.Context, b evm.LogBatch) error {
			mu.Lock()
			defer mu.Unlock()
			for _, l := range b.Logs {
				if ev, err := e.handler.ParseSendPacket(l); err == nil {
					seen = append(seen, *ev)
					hashes = append(hashes, l.BlockHash)
				}
			}
			cursor = b.Cursor
			return nil
		})
	}()
	waitCursor := func(next uint64) {
		t.Helper()
		for {
			mu.Lock()
			c := cursor.Next
			mu.Unlock()
			if c >= next {
				return
			}
			select {
			case err := <-done:
				t.Fatalf("watcher stopped: %v", err)
			case <-time.After(10 * time.Millisecond):
			}
		}
	}

	// Branch 1: packet "A" in block head+1, not yet final (depth 3).
	forkPoint, err := e.client.HeaderByNumber(ctx, big.NewInt(int64(head)))
	must(t, err)
	txA, err := e.ics20.SendTransfer(e.user, e.tokenAddr, big.NewInt(1), "A", port, channel, bindings.Height{}, farFuture, "")
	e.mine(txA, err)
	e.sim.Commit()
	time.Sleep(100 * time.Millisecond) // the watcher polls meanwhile and must not report A

	// Branch 2 from the fork point: packet "B" under the same nonce, then
	// enough blocks for it to become final.
	must(t, e.sim.Fork(forkPoint.Hash()))
	opts := *e.user
	opts.Nonce = new(big.Int).SetUint64(txA.Nonce())
	opts.GasFeeCap = new(big.Int).Mul(txA.GasFeeCap(), big.NewInt(3))
	opts.GasTipCap = new(big.Int).Mul(txA.GasTipCap(), big.NewInt(3))
	txB, err := e.ics20.SendTransfer(&opts, e.tokenAddr, big.NewInt(1), "B", port, channel, bindings.Height{}, farFuture, "")
	rB := e.mine(txB, err)
	for i := 0; i < 4; i++ {
		e.sim.Commit()
	}
	waitCursor(rB.BlockNumber.Uint64() + 1)
	mu.Lock()
	if len(seen) != 1 || !strings.Contains(string(seen[0].Packet.Data), `"receiver":"B"`) || hashes[0] != rB.BlockHash {
		t.Fatalf("watcher reported %d packets (first %s), want only packet B from block %s", len(seen), firstData(seen), rB.BlockHash)
	}
	mu.Unlock()

	// Deep reorg: replace the block that held B (already reported as final).
	parent, err := e.client.HeaderByNumber(ctx, new(big.Int).Sub(rB.BlockNumber, big.NewInt(1)))
	must(t, err)
	must(t, e.sim.Fork(parent.Hash()))
	// A different transaction makes the replacing block differ even if the
	// orphaned one comes back from the pool.
	tx, err := e.handler.RegisterClient(e.owner, "another-client", e.attestAddr)
	e.mine(tx, err)
	for i := 0; i < 8; i++ {
		e.sim.Commit()
	}
	select {
	case err := <-done:
		if !errors.Is(err, evm.ErrDeepReorg) {
			t.Fatalf("watcher ended with %v, want ErrDeepReorg", err)
		}
	case <-ctx.Done():
		t.Fatal("watcher did not notice the deep reorg")
	}
}

func firstData(s []bindings.IBCHandlerSendPacket) string {
	if len(s) == 0 {
		return "none"
	}
	return string(s[0].Packet.Data)
}

// A failing handler stops the watcher with its error; the batch's cursor is
// not advanced, so a restart from the persisted cursor sees the batch again.
func TestWatcherHandlerErrorStopsAndResumes(t *testing.T) {
	e := newEnv(t, 3, 2)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	head, err := e.client.BlockNumber(ctx)
	must(t, err)
	e.sendTransfer(e.ics20, e.tokenAddr, 1, port, channel, bindings.Height{}, farFuture, "")
	e.sim.Commit()
	start := evm.Cursor{Next: head + 1}
	boom := errors.New("store unavailable")
	w, err := evm.NewWatcher(e.client, "", evm.WatcherConfig{Contract: e.handlerAddr, Start: start, PollInterval: 10 * time.Millisecond})
	must(t, err)
	err = w.Run(ctx, func(context.Context, evm.LogBatch) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("Run = %v, want the handler's error", err)
	}
	w, err = evm.NewWatcher(e.client, "", evm.WatcherConfig{Contract: e.handlerAddr, Start: start, PollInterval: 10 * time.Millisecond})
	must(t, err)
	var got int
	rctx, rcancel := context.WithCancel(ctx)
	err = w.Run(rctx, func(_ context.Context, b evm.LogBatch) error {
		for _, l := range b.Logs {
			if _, ok, _ := evm.DecodePacketEvent(l); ok {
				got++
			}
		}
		if got > 0 {
			rcancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || got != 1 {
		t.Fatalf("resumed run: %v, %d packets, want the packet once", err, got)
	}
}
