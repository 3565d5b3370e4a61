package cosmos

import (
	"context"
	"errors"
	"fmt"
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
	From    string // "max_gas" (the config) or "block max_gas" (the chain's consensus params)
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

// splitMargin leaves room under the cap for the estimate's error: parts are
// sized from the refused transaction's gas per message.
const splitMargin = 0.95

// SubmitSplit is SubmitMsgs for prefix followed by msgs, split into as many
// transactions as the chain's gas cap (see Config.MaxGas) requires. Every
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
	todo := [][]sdk.Msg{msgs}
	for len(todo) > 0 {
		run := todo[0]
		todo = todo[1:]
		all := append(append(make([]sdk.Msg, 0, len(prefix)+len(run)), prefix...), run...)
		hash, sampled, err := c.broadcast(ctx, all, false)
		var gce *GasCapError
		if errors.As(err, &gce) && len(run) > 1 {
			// The first part as large as fits, so it fills a block; the rest
			// is tried as one (it may fit, or be split again).
			fit := fitting(len(prefix), len(run), gce)
			todo = append([][]sdk.Msg{run[:fit], run[fit:]}, todo...)
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, sent{hash, sampled, all, len(run)})
	}
	parts := make([]Part, len(out))
	var g errgroup.Group
	for i, s := range out {
		g.Go(func() error {
			res, err := c.waitTx(ctx, s.hash, false)
			if s.sampled && isOutOfGas(err) {
				// As in send: the extrapolated gas fell short; simulate all.
				var hash string
				if hash, _, err = c.broadcast(ctx, s.msgs, true); err != nil {
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

// fitting is how many of a run of n messages (after prefix ones) fit under
// the cap, by the refused transaction's gas per message, with a margin.
func fitting(prefix, n int, e *GasCapError) int {
	per := float64(e.Gas) / float64(prefix+n)
	fit := int(splitMargin*float64(e.Cap)/per) - prefix
	return min(max(fit, 1), n-1)
}
