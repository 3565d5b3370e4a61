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

// Bounds of verification below the trusted height (Verifier.At).
const (
	// VerifiedCacheSize is how many recently verified light blocks a
	// Verifier keeps (besides the trusted one) to verify older heights from.
	VerifiedCacheSize = 256
	// MaxBackwardsWalk is the most heights At walks down from the nearest
	// verified block above the requested height; farther heights are refused.
	MaxBackwardsWalk = 1000
)

// Verifier keeps one chain's light-client trusted state and advances it by
// verifying headers fetched from the chain's RPC. It also remembers the last
// VerifiedCacheSize light blocks it verified, from which At verifies heights
// below the trusted one. Safe for concurrent use.
type Verifier struct {
	chain  Chain
	params lctm.Params
	now    func() time.Time

	mu              sync.Mutex
	state           *lctm.TrustedState
	witnesses       []Chain
	halted          error
	witnessFailures int

	// recent holds verified light blocks by height, at most
	// VerifiedCacheSize; recentOrder is their heights in the order they were
	// verified (the oldest is evicted first).
	recent      map[int64]*cmttypes.LightBlock
	recentOrder []int64
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

// At returns the verified light block at height h.
//
// Above the trusted height, the block is verified forward from the trusted
// state (lightclients/tendermint.Verify: chain id, adjacent or skipping
// validator-set trust, more than 2/3 of its own set signed, the trusted header
// within the trusting period, at most MaxClockDrift in the future), compared
// with every witness, and becomes the trusted state. Skipping verification
// that fails because too little of the trusted validator set signed is
// retried through an intermediate height (bisection).
//
// At the trusted height, it is the trusted block.
//
// Below the trusted height the trusted state does not change. A block
// verified recently (one of the last VerifiedCacheSize) is returned as is,
// without fetching. Otherwise At walks down one height at a time from the
// lowest verified block above h (cached or the trusted one), at most
// MaxBackwardsWalk heights, fetching each block from the chain and checking
// it against the verified block just above it: light.VerifyBackwards (same
// chain id, earlier time, its header hash is the above header's
// LastBlockID), the height is the one asked for, lb.ValidateBasic (header,
// commit for that header, validator set matching the header's validators
// hash), its commit is signed by more than 2/3 of that set (every signature
// unless Params.StopAtQuorum), and its time is within the trusting period of
// now. Each block is thus bound by hashes to the verified one above, so no
// witness is consulted. The blocks of a walk are remembered only when the
// whole walk succeeds. In every case a block below the trusted height whose
// time is not within the trusting period of now is refused.
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
		return v.below(ctx, h)
	}
	return v.verifyTo(ctx, h, 0)
}

// below returns the verified block at h < the trusted height (see At).
// v.mu is held.
func (v *Verifier) below(ctx context.Context, h int64) (*cmttypes.LightBlock, error) {
	id, trusted, now := v.params.ChainID, v.state.Height(), v.now()
	if h < 1 {
		return nil, fmt.Errorf("link: %s: height %d is not positive", id, h)
	}
	if lb, ok := v.recent[h]; ok {
		if err := v.withinTrustingPeriod(lb, now); err != nil {
			return nil, fmt.Errorf("link: %s: height %d (verified earlier): %w", id, h, err)
		}
		return lb, nil
	}
	anchor := v.state.Block
	for k, lb := range v.recent {
		if k > h && k < anchor.Height {
			anchor = lb
		}
	}
	if d := anchor.Height - h; d > MaxBackwardsWalk {
		return nil, fmt.Errorf("link: %s: height %d is %d blocks below the nearest verified height %d (trusted %d); at most %d are walked back",
			id, h, d, anchor.Height, trusted, MaxBackwardsWalk)
	}
	// Heights below the anchor are older than it: if it is out of the
	// trusting period, so is h.
	if err := v.withinTrustingPeriod(anchor, now); err != nil {
		return nil, fmt.Errorf("link: %s: height %d: the nearest verified height above it, %d: %w", id, h, anchor.Height, err)
	}
	walked := make([]*cmttypes.LightBlock, 0, anchor.Height-h)
	above := anchor
	for k := anchor.Height - 1; k >= h; k-- {
		lb, err := v.chain.LightBlock(ctx, k)
		if err != nil {
			return nil, fmt.Errorf("link: %s: height %d: fetch %d (walking back from verified %d): %w", id, h, k, anchor.Height, err)
		}
		if err := v.checkBackwards(lb, above, k, now); err != nil {
			return nil, fmt.Errorf("link: %s: height %d: block %d (walking back from verified %d) refused: %w", id, h, k, anchor.Height, err)
		}
		walked = append(walked, lb)
		above = lb
	}
	for _, lb := range walked {
		v.remember(lb)
	}
	return above, nil
}

// checkBackwards verifies lb, claimed to be at height k, against the verified
// block above, at height k+1 (see At).
func (v *Verifier) checkBackwards(lb, above *cmttypes.LightBlock, k int64, now time.Time) error {
	if lb == nil || lb.SignedHeader == nil || lb.Header == nil || lb.Commit == nil || lb.ValidatorSet == nil {
		return errors.New("missing header, commit or validator set")
	}
	if lb.Height != k {
		return fmt.Errorf("the chain served height %d", lb.Height)
	}
	if err := lb.ValidateBasic(v.params.ChainID); err != nil {
		return err
	}
	if err := light.VerifyBackwards(lb.Header, above.Header); err != nil {
		return err
	}
	if err := v.withinTrustingPeriod(lb, now); err != nil {
		return err
	}
	verify := lb.ValidatorSet.VerifyCommitLightAllSignatures
	if v.params.StopAtQuorum {
		verify = lb.ValidatorSet.VerifyCommitLight
	}
	if err := verify(v.params.ChainID, lb.Commit.BlockID, lb.Height, lb.Commit); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// ErrOutsideTrustingPeriod: a block below the trusted height is older than
// the trusting period allows.
var ErrOutsideTrustingPeriod = errors.New("outside the trusting period")

func (v *Verifier) withinTrustingPeriod(lb *cmttypes.LightBlock, now time.Time) error {
	if expired, _ := lctm.Expired(v.params, lb.SignedHeader, now); expired {
		return fmt.Errorf("header time %s is %w %s at %s", lb.Time.UTC().Format(time.RFC3339Nano), ErrOutsideTrustingPeriod,
			v.params.TrustingPeriod, now.UTC().Format(time.RFC3339Nano))
	}
	return nil
}

// remember caches a verified light block, evicting the oldest verified when
// more than VerifiedCacheSize are held. v.mu is held.
func (v *Verifier) remember(lb *cmttypes.LightBlock) {
	if v.recent == nil {
		v.recent = make(map[int64]*cmttypes.LightBlock, VerifiedCacheSize+1)
	}
	if _, ok := v.recent[lb.Height]; ok {
		return
	}
	v.recent[lb.Height] = lb
	v.recentOrder = append(v.recentOrder, lb.Height)
	if n := len(v.recentOrder) - VerifiedCacheSize; n > 0 {
		for _, k := range v.recentOrder[:n] {
			delete(v.recent, k)
		}
		v.recentOrder = append(v.recentOrder[:0], v.recentOrder[n:]...)
	}
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
	v.remember(v.state.Block)
	v.remember(lb)
	v.state = next
	return lb, nil
}
