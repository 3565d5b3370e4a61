package cosmos

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"golang.org/x/sync/errgroup"
)

// GasCapError is a transaction whose gas (estimated, times the adjustment)
// is above the most one transaction may ask for on the chain.
type GasCapError struct {
	ChainID string
	Msgs    int
	Gas     uint64
	Cap     uint64
	From    string // "max_gas" (the config), "block max_gas" (the chain's consensus params) or "block share" (a part of SubmitSplit)

	est   gasEstimate // what Gas was adjusted from: SubmitSplit sizes parts by it
	block uint64      // the block gas limit, when Cap is a share of it
}

// Error implements error.
func (e *GasCapError) Error() string {
	return fmt.Sprintf("cosmos: %s: tx of %d msgs needs %d gas, above %s %d", e.ChainID, e.Msgs, e.Gas, e.From, e.Cap)
}

// blockGasEvery is how often the block gas limit is read again: governance
// can change it, but rarely.
const blockGasEvery = 5 * time.Minute

// txGasCap is the most gas one transaction may ask for: Config.MaxGas, or
// the chain's block gas limit when that is lower. The caller holds txMu.
// A failed read of the consensus params keeps the last value (none at
// first): the chain then refuses what does not fit, which is retried.
func (c *Chain) txGasCap(ctx context.Context) (uint64, string) {
	if time.Since(c.blockMaxGasAt) > blockGasEvery {
		if v, err := c.BlockMaxGas(ctx); err == nil {
			c.blockMaxGas, c.blockMaxGasAt = v, time.Now()
		}
	}
	if c.blockMaxGas > 0 && uint64(c.blockMaxGas) < c.cfg.MaxGas {
		return uint64(c.blockMaxGas), "block max_gas"
	}
	return c.cfg.MaxGas, "max_gas"
}

// BlockMaxGas reads the chain's block gas limit from its latest consensus
// params (-1: unlimited).
func (c *Chain) BlockMaxGas(ctx context.Context) (int64, error) {
	var v int64
	found := false
	err := c.raw.call(ctx, "consensus_params", map[string]any{}, func(s *scanner) error {
		return s.object(func(key []byte) error {
			if string(key) != "consensus_params" {
				return s.skip()
			}
			return s.object(func(key []byte) error {
				if string(key) != "block" {
					return s.skip()
				}
				return s.object(func(key []byte) error {
					if string(key) != "max_gas" {
						return s.skip()
					}
					var err error
					v, err = s.int64()
					found = err == nil
					return err
				})
			})
		})
	})
	if err != nil {
		return 0, fmt.Errorf("cosmos: %s: consensus params: %w", c.cfg.ChainID, err)
	}
	if !found {
		return 0, fmt.Errorf("cosmos: %s: consensus params have no block max_gas", c.cfg.ChainID)
	}
	return v, nil
}

// Part is one transaction of a SubmitSplit: its result and how many of the
// messages after the shared prefix it carried.
type Part struct {
	Tx   *TxResult
	Msgs int
}

// partsPerBlock is how many parts of a split batch fill a block. CometBFT
// reaps the mempool in order while the gas wanted fits the block and stops
// at the first transaction that does not, so a batch sent as one
// transaction of most of a block, or as parts as large as fit, leaves the
// rest of the block empty (and the smaller last part of a batch alone in
// another). Equal parts of at most a quarter of the limit tile a block
// whatever batch each comes from: four fit, the next waits.
const partsPerBlock = 4

// minTiledPart is the fewest messages (by the batch's average) a block
// share must hold for a batch to be tiled: parts of a few messages each
// would mostly carry the repeated client update, so such a batch splits
// only to the cap.
const minTiledPart = 16

// splitMargin leaves room under the cap for the estimate's error when parts
// are sized by the refused transaction's average gas per message (its gas
// was simulated whole, not extrapolated from a sample).
const splitMargin = 0.95

// SubmitSplit is SubmitMsgs for prefix followed by msgs, split into as many
// transactions as the chain's gas cap (see Config.MaxGas) requires, and,
// toward a chain with a block gas limit, into equal parts of at most
// 1/partsPerBlock of it, so relay transactions fill its blocks. Every
// transaction carries prefix (a client update: the chain applies it once
// and takes later copies as duplicates) and the next run of msgs, so each
// is valid on its own, in any order. Parts are broadcast in order and
// awaited together; the parts are returned in order. On an error, the
// transactions already broadcast may still land: a caller that retries
// must skip what is done (as relaying does, by reading what the
// destination has received).
func (c *Chain) SubmitSplit(ctx context.Context, prefix, msgs []sdk.Msg) ([]Part, error) {
	type sent struct {
		hash    string
		sampled bool
		msgs    []sdk.Msg
		n       int
	}
	var out []sent
	todo := []run{{msgs: msgs}}
	for len(todo) > 0 {
		r := todo[0]
		todo = todo[1:]
		all := append(append(make([]sdk.Msg, 0, len(prefix)+len(r.msgs)), prefix...), r.msgs...)
		// One message cannot be split: it goes out whole if the chain's
		// cap allows, whatever the share of a block.
		hash, sampled, err := c.broadcast(ctx, all, sendOpts{tile: len(r.msgs) > 1, est: r.est})
		var gce *GasCapError
		if errors.As(err, &gce) && len(r.msgs) > 1 {
			todo = append(split(len(prefix), r.msgs, gce, c.cfg.GasAdjustment), todo...)
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, sent{hash, sampled, all, len(r.msgs)})
	}
	parts := make([]Part, len(out))
	var g errgroup.Group
	for i, s := range out {
		g.Go(func() error {
			res, err := c.waitTx(ctx, s.hash, false)
			if s.sampled && isOutOfGas(err) {
				// As in send: the extrapolated gas fell short; simulate all.
				var hash string
				if hash, _, err = c.broadcast(ctx, s.msgs, sendOpts{fullSim: true}); err != nil {
					return err
				}
				res, err = c.waitTx(ctx, hash, false)
			}
			parts[i] = Part{Tx: res, Msgs: s.n}
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return parts, nil
}

// run is a stretch of a split batch's messages, with their gas (prefix
// included) when the refused estimate's sample gives it.
type run struct {
	msgs []sdk.Msg
	est  gasEstimate
}

// split cuts msgs (after prefix ones), refused by e, into the fewest equal
// runs that each fit e.Cap. A sampled estimate gives each run's gas
// exactly as it would be extrapolated, so the runs are not simulated
// again; otherwise they are sized by the average gas per message, with a
// margin, and estimated when sent (one still too large is split again).
func split(prefix int, msgs []sdk.Msg, e *GasCapError, adj float64) []run {
	sizes := splitSizes(prefix, len(msgs), e, adj)
	out := make([]run, 0, len(sizes))
	for _, n := range sizes {
		r := run{msgs: msgs[:n]}
		if e.est.sampled && prefix+n > 0 {
			r.est = e.est
			r.est.used = e.est.first(prefix + n)
		}
		out = append(out, r)
		msgs = msgs[n:]
	}
	return out
}

// splitSizes is how split cuts n messages: at least two runs, the first
// ones one message longer when n does not divide evenly. From a sampled
// estimate under a block share, it takes the number of runs, from the
// fewest that fit up to twice that, whose longest packs the most messages
// into a block: runs that want 6.6M of a 30M block leave 3.4M of every
// block unused, where one more run of the batch makes them fit five to a
// block.
func splitSizes(prefix, n int, e *GasCapError, adj float64) []int {
	p := 2
	if e.est.sampled {
		wants := func(p int) uint64 {
			return uint64(math.Ceil(float64(e.est.first(prefix+(n+p-1)/p)) * adj))
		}
		for ; p < n && wants(p) > e.Cap; p++ {
		}
		if e.block > 0 {
			// Messages per block, not gas: each run repeats the prefix.
			packed := func(p int) uint64 { return e.block / wants(p) * uint64((n+p-1)/p) }
			best := p
			for q := p + 1; q <= min(2*p, n); q++ {
				if packed(q) > packed(best) {
					best = q
				}
			}
			p = best
		}
	} else {
		per := float64(e.Gas) / float64(prefix+n)
		fit := int(splitMargin*float64(e.Cap)/per) - prefix
		p = max(p, (n+max(fit, 1)-1)/max(fit, 1))
	}
	p = min(p, n)
	sizes := make([]int, p)
	for i := range sizes {
		sizes[i] = n / p
		if i < n%p {
			sizes[i]++
		}
	}
	return sizes
}
