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

	mu    sync.Mutex
	state *lctm.TrustedState
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

// Latest verifies the chain's latest block and returns it.
func (v *Verifier) Latest(ctx context.Context) (*cmttypes.LightBlock, error) {
	h, err := v.chain.LatestHeight(ctx)
	if err != nil {
		return nil, err
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
	v.state = next
	return lb, nil
}
