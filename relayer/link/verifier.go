package link

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cometbft/cometbft/light"
	cmttypes "github.com/cometbft/cometbft/types"

	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
)

// Verifier keeps one chain's light-client trusted state and advances it by
// verifying headers fetched from the chain's RPC. Safe for concurrent use.
type Verifier struct {
	chain  Chain
	params lctm.Params
	now    func() time.Time

	mu              sync.Mutex
	state           *lctm.TrustedState
	witnesses       []Chain
	halted          error
	witnessFailures int
}

// AddWitness registers another RPC endpoint of the same chain. Every block
// the verifier accepts from now on is compared with the witness's block at
// the same height (lightclients/tendermint.CheckConflict): if both verify
// but differ, the verifier halts and every later call returns the
// *lctm.MisbehaviourError. A witness that is unreachable or serves a block
// that does not verify is counted (WitnessFailures), not trusted.
func (v *Verifier) AddWitness(w Chain) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.witnesses = append(v.witnesses, w)
}

// Halted is the misbehaviour that stopped the verifier, or nil.
func (v *Verifier) Halted() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.halted
}

// WitnessFailures counts witness blocks that could not be fetched or did
// not verify.
func (v *Verifier) WitnessFailures() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.witnessFailures
}

// NewVerifier starts from state, or when state is nil trusts the chain's
// latest block as served by its RPC (trust on first use, as creating an IBC
// client does). now is the clock (nil: time.Now).
func NewVerifier(ctx context.Context, c Chain, p lctm.Params, state *lctm.TrustedState, now func() time.Time) (*Verifier, error) {
	if p.ChainID == "" {
		p.ChainID = c.ChainID()
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if now == nil {
		now = time.Now
	}
	if state == nil {
		h, err := c.LatestHeight(ctx)
		if err != nil {
			return nil, err
		}
		lb, err := c.LightBlock(ctx, h)
		if err != nil {
			return nil, err
		}
		if state, err = lctm.NewTrustedState(p.ChainID, lb); err != nil {
			return nil, err
		}
	}
	return &Verifier{chain: c, params: p, now: now, state: state}, nil
}

// State is the current trusted state (persist it to resume).
func (v *Verifier) State() *lctm.TrustedState {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.state
}

// Latest verifies the chain's latest block and returns it. With witnesses,
// it is the latest block every reachable witness also has: a witness a few
// blocks behind the primary would otherwise never be compared with it.
func (v *Verifier) Latest(ctx context.Context) (*cmttypes.LightBlock, error) {
	h, err := v.chain.LatestHeight(ctx)
	if err != nil {
		return nil, err
	}
	v.mu.Lock()
	witnesses, trusted := v.witnesses, v.state.Height()
	v.mu.Unlock()
	for _, w := range witnesses {
		if wh, err := w.LatestHeight(ctx); err == nil && wh < h && wh >= trusted {
			h = wh
		}
	}
	return v.At(ctx, h)
}

// At returns the verified light block at height h, which must not be below
// the trusted height. Skipping verification that fails because too little
// of the trusted validator set signed is retried through an intermediate
// height (bisection).
func (v *Verifier) At(ctx context.Context, h int64) (*cmttypes.LightBlock, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.halted != nil {
		return nil, v.halted
	}
	if h == v.state.Height() {
		return v.state.Block, nil
	}
	if h < v.state.Height() {
		return nil, fmt.Errorf("link: %s: height %d is below the trusted height %d", v.params.ChainID, h, v.state.Height())
	}
	return v.verifyTo(ctx, h, 0)
}

func (v *Verifier) verifyTo(ctx context.Context, h int64, depth int) (*cmttypes.LightBlock, error) {
	lb, err := v.chain.LightBlock(ctx, h)
	if err != nil {
		return nil, err
	}
	next, err := v.state.Update(v.params, lb, v.now())
	var cant light.ErrNewValSetCantBeTrusted
	if err != nil && errors.As(err, &cant) && depth < 20 && h-v.state.Height() > 1 {
		if _, err := v.verifyTo(ctx, v.state.Height()+(h-v.state.Height())/2, depth+1); err != nil {
			return nil, err
		}
		return v.verifyTo(ctx, h, depth+1)
	}
	if err != nil {
		return nil, err
	}
	for _, w := range v.witnesses {
		wlb, err := w.LightBlock(ctx, lb.Height)
		if err != nil {
			v.witnessFailures++
			continue
		}
		err = lctm.CheckConflict(v.params, v.state, lb, wlb, v.now())
		if errors.Is(err, lctm.ErrMisbehaviour) {
			v.halted = err
			return nil, err
		}
		if err != nil {
			v.witnessFailures++
		}
	}
	v.state = next
	return lb, nil
}
