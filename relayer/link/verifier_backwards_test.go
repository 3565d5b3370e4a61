package link

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/tmhash"
	"github.com/cometbft/cometbft/light"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmtversion "github.com/cometbft/cometbft/proto/tendermint/version"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/cometbft/cometbft/version"

	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
)

// backChain is a fake Chain serving light blocks signed with generated
// validator keys, each header's LastBlockID being the block below's. Only
// ChainID, LatestHeight and LightBlock are implemented.
type backChain struct {
	Chain // nil: any other method panics

	id      string
	vals    *cmttypes.ValidatorSet
	pvs     []cmttypes.PrivValidator // in validator-set order
	genesis time.Time
	blocks  map[int64]*cmttypes.LightBlock
	fetched []int64
}

func newBackChain(t testing.TB, id string, n int) *backChain {
	t.Helper()
	vals, pvs := cmttypes.RandValidatorSet(n, 10)
	byAddr := map[string]cmttypes.PrivValidator{}
	for _, pv := range pvs {
		pk, err := pv.GetPubKey()
		if err != nil {
			t.Fatal(err)
		}
		byAddr[string(pk.Address())] = pv
	}
	c := &backChain{id: id, vals: vals, genesis: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), blocks: map[int64]*cmttypes.LightBlock{}}
	for _, v := range vals.Validators {
		c.pvs = append(c.pvs, byAddr[string(v.Address)])
	}
	return c
}

// time of the block at h: genesis + h seconds.
func (c *backChain) time(h int64) time.Time { return c.genesis.Add(time.Duration(h) * time.Second) }

// grow adds consecutive blocks from the highest one (or from 1) to height to.
func (c *backChain) grow(t testing.TB, to int64) {
	t.Helper()
	top, _ := c.LatestHeight(context.Background())
	for h := top + 1; h <= to; h++ {
		var last cmttypes.BlockID
		if prev := c.blocks[h-1]; prev != nil {
			last = prev.Commit.BlockID
		}
		c.blocks[h] = c.sign(t, h, last, []byte(fmt.Sprintf("app-%032d", h)))
	}
}

// sign makes a light block at h on top of last, signed by every validator.
func (c *backChain) sign(t testing.TB, h int64, last cmttypes.BlockID, appHash []byte) *cmttypes.LightBlock {
	t.Helper()
	hdr := &cmttypes.Header{
		Version:            cmtversion.Consensus{Block: version.BlockProtocol, App: 1},
		ChainID:            c.id,
		Height:             h,
		Time:               c.time(h),
		LastBlockID:        last,
		LastCommitHash:     tmhash.Sum([]byte("last commit")),
		DataHash:           tmhash.Sum([]byte("data")),
		ValidatorsHash:     c.vals.Hash(),
		NextValidatorsHash: c.vals.Hash(),
		ConsensusHash:      tmhash.Sum([]byte("consensus")),
		AppHash:            tmhash.Sum(appHash),
		LastResultsHash:    tmhash.Sum([]byte("results")),
		EvidenceHash:       tmhash.Sum([]byte("evidence")),
		ProposerAddress:    c.vals.Validators[0].Address,
	}
	bid := cmttypes.BlockID{Hash: hdr.Hash(), PartSetHeader: cmttypes.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte("block parts"))}}
	commit := &cmttypes.Commit{Height: h, BlockID: bid}
	for i, pv := range c.pvs {
		vote := &cmttypes.Vote{
			Type: cmtproto.PrecommitType, Height: h, BlockID: bid,
			Timestamp:        hdr.Time.Add(500 * time.Millisecond),
			ValidatorAddress: c.vals.Validators[i].Address, ValidatorIndex: int32(i),
		}
		pb := vote.ToProto()
		if err := pv.SignVote(c.id, pb); err != nil {
			t.Fatal(err)
		}
		commit.Signatures = append(commit.Signatures, cmttypes.CommitSig{
			BlockIDFlag: cmttypes.BlockIDFlagCommit, ValidatorAddress: vote.ValidatorAddress,
			Timestamp: vote.Timestamp, Signature: pb.Signature,
		})
	}
	return &cmttypes.LightBlock{SignedHeader: &cmttypes.SignedHeader{Header: hdr, Commit: commit}, ValidatorSet: c.vals}
}

func (c *backChain) ChainID() string { return c.id }

func (c *backChain) LatestHeight(context.Context) (int64, error) {
	var top int64
	for h := range c.blocks {
		top = max(top, h)
	}
	return top, nil
}

func (c *backChain) LightBlock(_ context.Context, h int64) (*cmttypes.LightBlock, error) {
	c.fetched = append(c.fetched, h)
	lb, ok := c.blocks[h]
	if !ok {
		return nil, fmt.Errorf("no block at %d", h)
	}
	return lb, nil
}

// takeFetched returns and clears the heights fetched so far.
func (c *backChain) takeFetched() []int64 {
	f := c.fetched
	c.fetched = nil
	return f
}

// newBackVerifier trusts c's block at trusted, with a 1h trusting period and
// the clock at *now.
func newBackVerifier(t *testing.T, c *backChain, trusted int64, now *time.Time) *Verifier {
	t.Helper()
	st, err := lctm.NewTrustedState(c.id, c.blocks[trusted])
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewVerifier(context.Background(), c, lctm.Params{TrustingPeriod: time.Hour, MaxClockDrift: 10 * time.Second}, st, func() time.Time { return *now })
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func sameBlock(t *testing.T, got, want *cmttypes.LightBlock) {
	t.Helper()
	if got == nil || got.Height != want.Height || string(got.Hash()) != string(want.Hash()) {
		t.Fatalf("got block %v, want %d %X", got, want.Height, want.Hash())
	}
}

func equalHeights(t *testing.T, what string, got []int64, want ...int64) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("%s: fetched %v, want %v", what, got, want)
	}
}

// A block a few heights below the trusted one is verified backwards from it,
// is the chain's block, leaves the trusted state alone, and is then served
// from the cache.
func TestVerifierAtBelowTrusted(t *testing.T) {
	ctx := context.Background()
	c := newBackChain(t, "back-1", 4)
	c.grow(t, 40)
	now := c.time(40)
	v := newBackVerifier(t, c, 30, &now)
	root := v.State()

	lb, err := v.At(ctx, 26)
	if err != nil {
		t.Fatal(err)
	}
	sameBlock(t, lb, c.blocks[26])
	equalHeights(t, "walk 30->26", c.takeFetched(), 29, 28, 27, 26)
	if v.State() != root {
		t.Fatalf("trusted state moved to %d", v.State().Height())
	}
	// Every block of the walk is cached now.
	for _, h := range []int64{26, 27, 28, 29} {
		lb, err := v.At(ctx, h)
		if err != nil {
			t.Fatalf("cached %d: %v", h, err)
		}
		sameBlock(t, lb, c.blocks[h])
	}
	equalHeights(t, "cached", c.takeFetched())
	// Below the cached blocks, the walk starts from the lowest one.
	lb, err = v.At(ctx, 24)
	if err != nil {
		t.Fatal(err)
	}
	sameBlock(t, lb, c.blocks[24])
	equalHeights(t, "walk 26->24", c.takeFetched(), 25, 24)

	// Forward verification is unchanged and still moves the trusted state.
	lb, err = v.At(ctx, 35)
	if err != nil {
		t.Fatal(err)
	}
	sameBlock(t, lb, c.blocks[35])
	equalHeights(t, "forward", c.takeFetched(), 35)
	if v.State().Height() != 35 {
		t.Fatalf("trusted height %d, want 35", v.State().Height())
	}
	if lb, err := v.At(ctx, 35); err != nil || lb != v.State().Block {
		t.Fatalf("at the trusted height: %v %v", lb, err)
	}
}

// Blocks accepted by forward verification (and the trust root they replace)
// are cached: asking for them later fetches nothing, and a walk below starts
// from the nearest one above.
func TestVerifierAtBelowTrustedCachedForward(t *testing.T) {
	ctx := context.Background()
	c := newBackChain(t, "back-1", 4)
	c.grow(t, 40)
	now := c.time(40)
	v := newBackVerifier(t, c, 20, &now)
	for _, h := range []int64{25, 31, 37} {
		if _, err := v.At(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	equalHeights(t, "forward", c.takeFetched(), 25, 31, 37)
	for _, h := range []int64{20, 25, 31} {
		lb, err := v.At(ctx, h)
		if err != nil {
			t.Fatalf("cached %d: %v", h, err)
		}
		sameBlock(t, lb, c.blocks[h])
	}
	equalHeights(t, "cached", c.takeFetched())
	// 29 is walked down from 31, not from the trusted 37.
	lb, err := v.At(ctx, 29)
	if err != nil {
		t.Fatal(err)
	}
	sameBlock(t, lb, c.blocks[29])
	equalHeights(t, "walk 31->29", c.takeFetched(), 30, 29)
	if v.State().Height() != 37 {
		t.Fatalf("trusted height %d, want 37", v.State().Height())
	}
}

// A block in the walk that is properly signed but is not the block the
// verified header above it commits to (its hash is not that header's
// LastBlockID) is refused, naming its height, and nothing is cached or
// trusted.
func TestVerifierAtBelowTrustedForged(t *testing.T) {
	ctx := context.Background()
	c := newBackChain(t, "back-1", 4)
	c.grow(t, 40)
	now := c.time(40)
	v := newBackVerifier(t, c, 30, &now)
	root := v.State()
	honest := c.blocks[27]
	c.blocks[27] = c.sign(t, 27, honest.LastBlockID, []byte("forged app hash"))
	if err := c.blocks[27].ValidateBasic(c.id); err != nil {
		t.Fatalf("the forged block should be well formed: %v", err)
	}

	for _, h := range []int64{25, 27} {
		_, err := v.At(ctx, h)
		var inv light.ErrInvalidHeader
		if !errors.As(err, &inv) {
			t.Fatalf("At(%d) through the forged 27: got %v, want light.ErrInvalidHeader", h, err)
		}
		if msg := err.Error(); !strings.Contains(msg, "back-1") || !strings.Contains(msg, "block 27 ") {
			t.Fatalf("error does not name the chain and height 27: %v", err)
		}
		t.Logf("At(%d): %v", h, err)
	}
	equalHeights(t, "walks", c.takeFetched(), 29, 28, 27, 29, 28, 27)
	if v.State() != root {
		t.Fatalf("trusted state changed to %d", v.State().Height())
	}
	if len(v.recent) != 0 {
		t.Fatalf("cached %d blocks of refused walks", len(v.recent))
	}
	// Once the chain serves the real block, the walk succeeds.
	c.blocks[27] = honest
	lb, err := v.At(ctx, 25)
	if err != nil {
		t.Fatal(err)
	}
	sameBlock(t, lb, c.blocks[25])
}

// A walk of MaxBackwardsWalk blocks is done; one block more is refused
// before anything is fetched.
func TestVerifierAtBelowTrustedWalkBound(t *testing.T) {
	ctx := context.Background()
	c := newBackChain(t, "back-1", 4)
	top := int64(MaxBackwardsWalk + 20)
	c.grow(t, top)
	now := c.time(top)
	v := newBackVerifier(t, c, top, &now)

	_, err := v.At(ctx, top-MaxBackwardsWalk-1)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("at most %d", MaxBackwardsWalk)) {
		t.Fatalf("walk of %d: got %v, want refused", MaxBackwardsWalk+1, err)
	}
	t.Logf("%v", err)
	equalHeights(t, "refused walk", c.takeFetched())

	lb, err := v.At(ctx, top-MaxBackwardsWalk)
	if err != nil {
		t.Fatalf("walk of %d: %v", MaxBackwardsWalk, err)
	}
	sameBlock(t, lb, c.blocks[top-MaxBackwardsWalk])
	if n := len(c.takeFetched()); n != MaxBackwardsWalk {
		t.Fatalf("fetched %d blocks, want %d", n, MaxBackwardsWalk)
	}
	if len(v.recent) != VerifiedCacheSize || len(v.recentOrder) != VerifiedCacheSize {
		t.Fatalf("cache holds %d (%d in order), want %d", len(v.recent), len(v.recentOrder), VerifiedCacheSize)
	}
	// The cache kept the last verified, the lowest of the walk.
	if _, ok := v.recent[top-MaxBackwardsWalk]; !ok {
		t.Fatal("the last verified block was evicted")
	}
	if _, ok := v.recent[top-1]; ok {
		t.Fatal("the first verified block of the walk was kept")
	}
	// The block one below the cached ones is one step away again.
	if _, err := v.At(ctx, top-MaxBackwardsWalk-1); err != nil {
		t.Fatal(err)
	}
	equalHeights(t, "one more", c.takeFetched(), top-MaxBackwardsWalk-1)
}

// Blocks older than the trusting period are refused, walked or cached.
func TestVerifierAtBelowTrustedTrustingPeriod(t *testing.T) {
	ctx := context.Background()
	c := newBackChain(t, "back-1", 4)
	c.grow(t, 40)
	// Blocks at 27 and below are older than 1h at now.
	now := c.time(27).Add(time.Hour)
	v := newBackVerifier(t, c, 30, &now)

	if _, err := v.At(ctx, 28); err != nil {
		t.Fatal(err)
	}
	_, err := v.At(ctx, 26)
	if !errors.Is(err, ErrOutsideTrustingPeriod) || !strings.Contains(err.Error(), "block 27 ") {
		t.Fatalf("At(26): got %v, want block 27 outside the trusting period", err)
	}
	t.Logf("%v", err)
	c.takeFetched()
	// A cached block expires too.
	now = c.time(28).Add(time.Hour)
	if _, err := v.At(ctx, 28); !errors.Is(err, ErrOutsideTrustingPeriod) {
		t.Fatalf("cached 28 after its trusting period: got %v", err)
	}
	if _, err := v.At(ctx, 29); err != nil {
		t.Fatalf("cached 29 within its trusting period: %v", err)
	}
	equalHeights(t, "cached", c.takeFetched())
}
