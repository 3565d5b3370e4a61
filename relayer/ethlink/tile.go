package ethlink

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/causewaylabs/causeway/adapters/evm"
)

// Relay transactions toward Ethereum are sized to tile a block. geth fills
// a block by the gas limit its transactions ask for, taking one sender's in
// nonce order until the next does not fit: at 32 receives (13M with the
// 1.1 adjustment) four fit in a 60M block and 8M of it stays empty, where
// transactions of 29 fit five. The tiler remembers the gas limit per call
// of each handler function from the transactions it sent, and picks the
// number of calls per transaction that packs the most calls into a block.
type tiler struct {
	mu         sync.Mutex
	blockGas   uint64 // the latest block's gas limit, read at blockGasAt
	blockGasAt time.Time
	perCall    map[[4]byte]float64 // gas limit per call last seen, by handler function
	chosen     int                 // calls per transaction last chosen (0: none yet)
}

// blockGasEvery is how often the block gas limit is read again: it moves
// by at most 1/1024 a block.
const blockGasEvery = time.Minute

// TileCalls is the number of calls per transaction, at most limit, that
// packs the most calls into a block of blockGas when each call asks for
// perCall gas: whole transactions fit a block by their gas limits. Of
// those within tileSlack of the most, it takes the largest: each
// transaction repeats the attestation, which perCall (seen at one size)
// does not show.
func TileCalls(limit int, blockGas uint64, perCall float64) int {
	best := 0
	for n := limit; n >= 1; n-- {
		best = max(best, packs(blockGas, perCall, n))
	}
	for n := limit; n > 1; n-- {
		if float64(packs(blockGas, perCall, n)) >= (1-tileSlack)*float64(best) {
			return n
		}
	}
	return 1
}

// minObserved is the fewest calls of a transaction whose gas observe
// takes.
const minObserved = 8

// tileSlack is how far below the best packing TileCalls settles for larger
// transactions.
const tileSlack = 0.03

// selector is the handler function a run of calls makes (all of a batch
// make the same one).
func selector(calls [][]byte) ([4]byte, bool) {
	if len(calls) == 0 || len(calls[0]) < 4 {
		return [4]byte{}, false
	}
	return [4]byte(calls[0][:4]), true
}

// callsPerTx is how many of calls go in one transaction: perTx, or fewer
// when the gas seen per call of their kind says fewer tile a block better.
// Without a sighting yet, or without the block gas limit, it is perTx.
func (e *Eth) callsPerTx(ctx context.Context, calls [][]byte) int {
	limit := e.perTx()
	sel, ok := selector(calls)
	if !ok {
		return limit
	}
	t := &e.tile
	t.mu.Lock()
	per, stale := t.perCall[sel], time.Since(t.blockGasAt) > blockGasEvery
	t.mu.Unlock()
	if per == 0 {
		return limit
	}
	// The header is read without the lock: batches sending at once must
	// not queue behind one RPC.
	var fresh uint64
	if stale {
		if g, err := e.latestGasLimit(ctx); err == nil {
			fresh = g
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if fresh > 0 {
		t.blockGas, t.blockGasAt = fresh, time.Now()
	}
	if t.blockGas == 0 {
		return limit
	}
	// Keep the last choice while it still packs within tileSlack of the
	// best: the gas per call seen moves with the size chosen (each
	// transaction repeats the attestation), and a choice that flips
	// between near ties mixes sizes that no longer tile.
	n := TileCalls(limit, t.blockGas, per)
	if c := t.chosen; c > 0 && c <= limit && float64(packs(t.blockGas, per, c)) >= (1-tileSlack)*float64(packs(t.blockGas, per, n)) {
		n = c
	}
	t.chosen = n
	return n
}

// packs is how many calls transactions of n calls of perCall gas each put
// into a block of blockGas.
func packs(blockGas uint64, perCall float64, n int) int {
	return int(float64(blockGas)/(perCall*float64(n))) * n
}

func (e *Eth) latestGasLimit(ctx context.Context) (uint64, error) {
	h, err := e.Client.Eth().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("ethlink: latest header: %w", err)
	}
	return h.GasLimit, nil
}

// observe records the gas limit per call of a transaction of n calls
// (after the attestation's update) of calls' kind. Only transactions of
// minObserved calls or more count: in a short one the attestation's share
// and any first receive of a denom (which deploys its voucher, five times
// the gas of a receive) dwarf the calls, and tiling matters only when
// transactions are long. A run of sightings is smoothed.
func (e *Eth) observe(calls [][]byte, s *evm.Sent, n int) {
	sel, ok := selector(calls)
	if !ok || s == nil || n < minObserved {
		return
	}
	per := float64(s.Gas()) / float64(n)
	t := &e.tile
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.perCall == nil {
		t.perCall = map[[4]byte]float64{}
	}
	if old := t.perCall[sel]; old > 0 {
		per = (old + per) / 2
	}
	t.perCall[sel] = per
}

// AttestedBatch is how many packets, acks or timeouts one attestation
// should cover: eight transactions' worth at the calls per transaction last
// chosen (see TileCalls), so a batch splits into whole transactions, at
// most MaxAttestedBatch.
func (e *Eth) AttestedBatch() int {
	e.tile.mu.Lock()
	defer e.tile.mu.Unlock()
	if e.tile.chosen == 0 {
		return MaxAttestedBatch
	}
	return min(8*e.tile.chosen, MaxAttestedBatch)
}
