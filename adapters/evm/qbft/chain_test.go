package qbft_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/causewaylabs/causeway/adapters/evm"
	adapter "github.com/causewaylabs/causeway/adapters/evm/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

// The node is a JSON-RPC server (go-ethereum's rpc.Server over httptest)
// serving headers sealed with qbfttest keys and eth_getProof proofs from a
// real trie (qbfttest.State). GoQuorum is not available through the module
// proxy and Besu cannot be built here, so this fake stands in for the node;
// the light client itself is tested on real Besu blocks in lightclients/qbft.

var handler = common.HexToAddress("0x00000000000000000000000000000000000ca5e1")

const (
	trustedNumber = 100
	epoch         = 30_000
)

var (
	present      = evm.PacketCommitmentPath("transfer", "channel-0", 1)
	presentValue = evm.CommitPacket(0, 0, 1, []byte("packet"))
	absent       = evm.PacketCommitmentPath("transfer", "channel-0", 2)
	receipt      = evm.PacketReceiptPath("transfer", "channel-0", 9)
)

// fakeNode is a QBFT chain behind a JSON-RPC endpoint. Tests replace blocks
// or hook proofs to play a lying node.
type fakeNode struct {
	enc   qbft.Encoding
	state *qbfttest.State

	mu     sync.Mutex
	blocks map[uint64]map[string]any // eth_getBlockByNumber answers
	head   uint64
	// forgeProof, when set, edits the eth_getProof answer.
	forgeProof func(r *proofAnswer)
}

type proofAnswer struct {
	Address      common.Address  `json:"address"`
	AccountProof []hexutil.Bytes `json:"accountProof"`
	StorageProof []storageAnswer `json:"storageProof"`
}

type storageAnswer struct {
	Key   common.Hash     `json:"key"`
	Value *hexutil.Big    `json:"value"`
	Proof []hexutil.Bytes `json:"proof"`
}

func (n *fakeNode) put(t testing.TB, h *types.Header) {
	t.Helper()
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	// Besu reports the BFT block hash; the node adds block-level fields.
	m["hash"] = qbfttest.Hash(h, n.enc)
	m["transactions"] = []any{}
	m["uncles"] = []any{}
	m["size"] = "0x2a0"
	n.mu.Lock()
	defer n.mu.Unlock()
	n.blocks[h.Number.Uint64()] = m
	n.head = max(n.head, h.Number.Uint64())
}

// ethService is the node's eth_ namespace.
type ethService struct{ n *fakeNode }

func (s *ethService) BlockNumber() hexutil.Uint64 {
	s.n.mu.Lock()
	defer s.n.mu.Unlock()
	return hexutil.Uint64(s.n.head)
}

func (s *ethService) GetBlockByNumber(number hexutil.Uint64, _ bool) (map[string]any, error) {
	s.n.mu.Lock()
	defer s.n.mu.Unlock()
	return s.n.blocks[uint64(number)], nil
}

func (s *ethService) GetProof(addr common.Address, keys []common.Hash, _ hexutil.Uint64) (*proofAnswer, error) {
	r := &proofAnswer{Address: addr}
	for _, n := range s.n.state.AccountProof(addr) {
		r.AccountProof = append(r.AccountProof, n)
	}
	for _, k := range keys {
		sa := storageAnswer{Key: k, Value: (*hexutil.Big)(s.n.state.Value(k).Big())}
		for _, n := range s.n.state.StorageProof(k) {
			sa.Proof = append(sa.Proof, n)
		}
		r.StorageProof = append(r.StorageProof, sa)
	}
	s.n.mu.Lock()
	forge := s.n.forgeProof
	s.n.mu.Unlock()
	if forge != nil {
		forge(r)
	}
	return r, nil
}

// testChain is a fake node plus the validators that seal its blocks.
type testChain struct {
	node    *fakeNode
	vals    []qbfttest.Validator
	trusted *qbft.TrustedState
	base    uint64 // time of the trusted block
	url     string
}

func newTestChain(t *testing.T, enc qbft.Encoding) *testChain {
	t.Helper()
	storage := map[common.Hash]common.Hash{
		evm.StorageKey(present): evm.StoredValue(presentValue[:]),
		evm.StorageKey(receipt): evm.StoredValue([]byte{1}),
	}
	n := &fakeNode{enc: enc, state: qbfttest.NewState(handler, storage, 30), blocks: map[uint64]map[string]any{}}
	c := &testChain{node: n, vals: qbfttest.NewValidators("adapter-"+enc.String(), 4), base: 1_750_000_000}
	var genesis *types.Header
	c.trusted, genesis = qbfttest.Trust(qbfttest.Block{
		Encoding:   enc,
		Number:     trustedNumber,
		ParentHash: common.HexToHash("0x99"),
		Time:       c.base,
		Validators: qbfttest.Addresses(c.vals),
		Fork:       qbfttest.Prague,
	}, qbfttest.Keys(c.vals)...)
	n.put(t, genesis)

	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", &ethService{n: n}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	c.url = hs.URL
	return c
}

// block builds block number (child of number-1 in the node) with validator
// set vals and an optional vote, sealed by keys, carrying the state root.
func (c *testChain) block(t *testing.T, number uint64, vals []common.Address, vote *qbft.Vote, keys []*ecdsa.PrivateKey, edit func(h *types.Header)) *types.Header {
	t.Helper()
	c.node.mu.Lock()
	parent := c.node.blocks[number-1]
	c.node.mu.Unlock()
	if parent == nil {
		t.Fatalf("no block %d to build %d on", number-1, number)
	}
	h := qbfttest.Block{
		Encoding:   c.node.enc,
		Number:     number,
		ParentHash: parent["hash"].(common.Hash),
		Time:       c.base + number - trustedNumber,
		Validators: vals,
		Vote:       vote,
		Fork:       qbfttest.Prague,
	}.Header()
	h.Root = c.node.state.Root
	if edit != nil {
		edit(h)
	}
	sealed, err := qbfttest.Seal(h, c.node.enc, keys...)
	if err != nil {
		t.Fatal(err)
	}
	c.node.put(t, sealed)
	return sealed
}

func (c *testChain) dial(t *testing.T) *adapter.Chain {
	t.Helper()
	cfg := adapter.Config{
		Encoding: c.node.enc,
		Params:   qbft.Params{TrustingPeriod: 24 * time.Hour, MaxClockDrift: 15 * time.Second, EpochLength: epoch},
		Handler:  handler,
		Now:      func() time.Time { return time.Unix(int64(c.base)+3600, 0) },
	}
	ch, err := adapter.Dial(context.Background(), c.url, cfg, c.trusted)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ch.Close)
	return ch
}

func TestUpdateAndProve(t *testing.T) {
	for _, enc := range []qbft.Encoding{qbft.QBFT, qbft.IBFT2} {
		t.Run(enc.String(), func(t *testing.T) {
			c := newTestChain(t, enc)
			keys := qbfttest.Keys(c.vals)
			vals := qbfttest.Addresses(c.vals)
			for n := uint64(101); n <= 110; n++ {
				c.block(t, n, vals, nil, keys[:3], nil)
			}
			ch := c.dial(t)
			ctx := context.Background()

			// Proofs are refused against a block not verified yet.
			if _, err := ch.ProveCommitments(ctx, 105, []string{present}); err == nil || !strings.Contains(err.Error(), "not been verified") {
				t.Fatalf("proof at an unverified block: %v", err)
			}
			head, err := ch.LatestHeight(ctx)
			if err != nil || head != 110 {
				t.Fatalf("head %d, %v", head, err)
			}
			ups, err := ch.Update(ctx, 105) // skipping: the set is unchanged
			if err != nil {
				t.Fatal(err)
			}
			if len(ups) != 1 || ups[0].To.Number != 105 || ups[0].From.Number != trustedNumber || ch.Trusted().Number != 105 {
				t.Fatalf("update to 105: %d updates, trusted %d", len(ups), ch.Trusted().Number)
			}
			if _, err := ups[0].ClientMessage(); err != nil {
				t.Fatal(err)
			}
			ups, err = ch.Update(ctx, 106) // adjacent
			if err != nil || len(ups) != 1 {
				t.Fatalf("adjacent update: %v", err)
			}

			proofs, err := ch.ProveCommitments(ctx, 106, []string{present, absent, receipt})
			if err != nil {
				t.Fatal(err)
			}
			if proofs[0].Word != evm.StoredValue(presentValue[:]) || proofs[1].Present() || proofs[2].Word != evm.StoredValue([]byte{1}) {
				t.Fatalf("proven words %s %s %s", proofs[0].Word, proofs[1].Word, proofs[2].Word)
			}
			for _, p := range proofs {
				if b, err := p.ContractProof(); err != nil || len(b) == 0 {
					t.Fatalf("contract proof of %s: %v", p.Path, err)
				}
			}
			// Going back is refused and leaves the state as it was.
			if _, err := ch.Update(ctx, 103); !errors.As(err, new(qbft.ErrNonIncreasingHeight)) {
				t.Fatalf("update below the trusted height: %v", err)
			}
		})
	}
}

// TestForgedHeadersRefused: a node serving a header with a bad seal, one seal
// short, or a seal by a non-validator is refused with the rule that failed,
// and the trusted state does not move.
func TestForgedHeadersRefused(t *testing.T) {
	c := newTestChain(t, qbft.QBFT)
	keys := qbfttest.Keys(c.vals)
	vals := qbfttest.Addresses(c.vals)
	outsider := qbfttest.NewValidator("adapter-outsider")
	ch := c.dial(t)
	ctx := context.Background()

	is := func(target any) func(error) bool { return func(err error) bool { return errors.As(err, target) } }
	forged := []struct {
		name  string
		build func()
		want  func(error) bool
	}{
		{"one seal short", func() { c.block(t, 101, vals, nil, keys[:2], nil) }, is(new(qbft.ErrInsufficientSeals))},
		{"non-validator seal", func() {
			c.block(t, 101, vals, nil, []*ecdsa.PrivateKey{keys[0], keys[1], outsider.Key}, nil)
		}, is(new(qbft.ErrSealerNotValidator))},
		{"bad seal", func() {
			h := c.block(t, 101, vals, nil, keys[:3], nil)
			x, err := qbft.DecodeExtra(qbft.QBFT, h.Extra)
			if err != nil {
				t.Fatal(err)
			}
			x.Seals[1][40] ^= 0x01 // s changed: recovers another signer
			h.Extra = x.Encode(qbft.QBFT)
			c.node.put(t, h)
		}, is(new(qbft.ErrSealerNotValidator))},
		{"duplicate seal", func() { c.block(t, 101, vals, nil, []*ecdsa.PrivateKey{keys[0], keys[1], keys[1]}, nil) }, is(new(qbft.ErrDuplicateSeal))},
	}
	for _, f := range forged {
		f.build()
		_, err := ch.Update(ctx, 101)
		if err == nil || !f.want(err) {
			t.Fatalf("%s: %v", f.name, err)
		}
		if !strings.Contains(err.Error(), "header 101 refused") {
			t.Fatalf("%s: error does not name the header: %v", f.name, err)
		}
		if ch.Trusted().Number != trustedNumber {
			t.Fatalf("%s: trusted state moved", f.name)
		}
		if _, ok := ch.StateRoot(101); ok {
			t.Fatalf("%s: state root of a refused header kept", f.name)
		}
	}

	// A header whose fields were changed after sealing (another state root,
	// hash recomputed by the node) is refused by the seals.
	h := c.block(t, 101, vals, nil, keys[:3], nil)
	h.Root[0] ^= 1
	c.node.put(t, h)
	if _, err := ch.Update(ctx, 101); !errors.As(err, new(qbft.ErrSealerNotValidator)) {
		t.Fatalf("tampered state root: %v", err)
	}
	// A node whose fields do not hash to the hash it reports is refused
	// before verification.
	c.block(t, 101, vals, nil, keys[:3], nil)
	c.node.mu.Lock()
	c.node.blocks[101]["gasUsed"] = "0x1"
	c.node.mu.Unlock()
	if _, err := ch.Update(ctx, 101); err == nil || !strings.Contains(err.Error(), "does not round-trip") {
		t.Fatalf("inconsistent node: %v", err)
	}
	// The honest header is accepted after all that.
	c.block(t, 101, vals, nil, keys[:3], nil)
	if _, err := ch.Update(ctx, 101); err != nil {
		t.Fatal(err)
	}
}

// TestForgedProofsRefused: a forged storage or account proof, a lie about
// the stored value, and a proof for another key are refused.
func TestForgedProofsRefused(t *testing.T) {
	c := newTestChain(t, qbft.IBFT2)
	keys := qbfttest.Keys(c.vals)
	c.block(t, 101, qbfttest.Addresses(c.vals), nil, keys[:3], nil)
	ch := c.dial(t)
	ctx := context.Background()
	if _, err := ch.Update(ctx, 101); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		path  string
		forge func(r *proofAnswer)
	}{
		{"storage proof node flipped", present, func(r *proofAnswer) {
			p := r.StorageProof[0].Proof
			p[len(p)-1][len(p[len(p)-1])-1] ^= 1
		}},
		{"account proof node flipped", present, func(r *proofAnswer) { r.AccountProof[1][20] ^= 1 }},
		{"value lie (present claimed absent)", present, func(r *proofAnswer) { r.StorageProof[0].Value = (*hexutil.Big)(common.Big0) }},
		{"value lie (absent claimed present)", absent, func(r *proofAnswer) { r.StorageProof[0].Value = (*hexutil.Big)(common.Big1) }},
		{"value lie (another value)", present, func(r *proofAnswer) { r.StorageProof[0].Value = (*hexutil.Big)(common.Big2) }},
		{"storage proof truncated", present, func(r *proofAnswer) { r.StorageProof[0].Proof = r.StorageProof[0].Proof[:1] }},
		{"proof for another key", present, func(r *proofAnswer) { r.StorageProof[0].Key = evm.StorageKey(receipt) }},
	}
	for _, tc := range cases {
		c.node.mu.Lock()
		c.node.forgeProof = tc.forge
		c.node.mu.Unlock()
		_, err := ch.ProveCommitments(ctx, 101, []string{tc.path})
		if err == nil {
			t.Fatalf("%s: accepted", tc.name)
		}
		if !strings.Contains(err.Error(), tc.path) {
			t.Fatalf("%s: error does not name the path: %v", tc.name, err)
		}
		if tc.name != "proof for another key" && !errors.As(err, new(qbft.ErrInvalidProof)) {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}
	c.node.mu.Lock()
	c.node.forgeProof = nil
	c.node.mu.Unlock()
	if _, err := ch.ProveCommitments(ctx, 101, []string{present, absent}); err != nil {
		t.Fatalf("honest proofs after the forged ones: %v", err)
	}
}

// rotate fills blocks 101..120 of c: the validator set rotates completely
// (four adds, then four drops, one vote per block), each block sealed by a
// quorum preferring the newest members so the old set vouches as little as
// possible. It returns the final set.
func rotate(t *testing.T, c *testChain) []qbfttest.Validator {
	t.Helper()
	olds := c.vals
	news := qbfttest.NewValidators("adapter-new", 4)
	isNew := func(v qbfttest.Validator) bool {
		return slices.ContainsFunc(news, func(n qbfttest.Validator) bool { return n.Address == v.Address })
	}
	set := slices.Clone(olds)
	for n := uint64(101); n <= 120; n++ {
		var vote *qbft.Vote
		i := int(n - 101)
		switch {
		case i < 4:
			vote = &qbft.Vote{Recipient: news[i].Address, Add: true}
		case i < 8:
			vote = &qbft.Vote{Recipient: olds[i-4].Address}
		}
		slices.SortFunc(set, func(a, b qbfttest.Validator) int { return a.Address.Cmp(b.Address) })
		byAge := append(slices.DeleteFunc(slices.Clone(set), func(v qbfttest.Validator) bool { return !isNew(v) }),
			slices.DeleteFunc(slices.Clone(set), isNew)...)
		c.block(t, n, qbfttest.Addresses(set), vote, qbfttest.Keys(byAge)[:qbft.Quorum(len(set))], nil)
		switch {
		case vote != nil && vote.Add:
			set = append(set, news[i])
		case vote != nil:
			set = slices.DeleteFunc(set, func(v qbfttest.Validator) bool { return v.Address == vote.Recipient })
		}
	}
	return news
}

// TestUpdateBisects: after a full validator rotation, a jump from the old
// set to a block sealed only by the new one cannot be trusted directly, so
// Update verifies intermediate headers.
func TestUpdateBisects(t *testing.T) {
	c := newTestChain(t, qbft.QBFT)
	news := rotate(t, c)
	ch := c.dial(t)
	ups, err := ch.Update(context.Background(), 120)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) < 2 || ups[len(ups)-1].To.Number != 120 {
		t.Fatalf("%d updates", len(ups))
	}
	var path []string
	for i, u := range ups {
		if i > 0 && u.From.Number != ups[i-1].To.Number {
			t.Fatalf("update %d starts at %d, previous ended at %d", i, u.From.Number, ups[i-1].To.Number)
		}
		path = append(path, fmt.Sprint(u.To.Number))
	}
	t.Logf("100 -> %s", strings.Join(path, " -> "))
	if got := ch.Trusted(); got.Number != 120 || !slices.Equal(got.Validators, qbfttest.Addresses(news)) {
		t.Fatalf("trusted %d with %d validators", got.Number, len(got.Validators))
	}
	// Without bisection the jump is refused: the new set is not vouched for
	// by a third of the old one.
	c2 := newTestChain(t, qbft.QBFT)
	rotate(t, c2)
	raw, err := c2.dial(t).RawHeader(context.Background(), 120)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := qbft.Verify(c2.trusted, raw, time.Unix(int64(c2.base)+3600, 0), qbft.Params{TrustingPeriod: 24 * time.Hour, MaxClockDrift: 15 * time.Second, EpochLength: epoch}); !errors.As(err, new(qbft.ErrNewValSetCantBeTrusted)) {
		t.Fatalf("direct jump over the rotation: %v", err)
	}
}

// TestRawHeaderRoundTrip: every header field through the current forks
// (base fee, withdrawals root, blob gas, parent beacon root, requests hash,
// block access list hash, slot number) survives the JSON-RPC round trip byte
// for byte.
func TestRawHeaderRoundTrip(t *testing.T) {
	for _, enc := range []qbft.Encoding{qbft.QBFT, qbft.IBFT2} {
		c := newTestChain(t, enc)
		keys := qbfttest.Keys(c.vals)
		want := c.block(t, 101, qbfttest.Addresses(c.vals), &qbft.Vote{Recipient: common.HexToAddress("0x77"), Add: true}, keys[:3], func(h *types.Header) {
			bal, slot := common.HexToHash("0xba1"), uint64(12345)
			h.BlockAccessListHash, h.SlotNumber = &bal, &slot
			h.BaseFee.SetUint64(1 << 40)
		})
		ch := c.dial(t)
		raw, err := ch.RawHeader(context.Background(), 101)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(raw, qbfttest.Encode(want)) {
			t.Fatalf("%s: raw header differs from the sealed one", enc)
		}
		if _, err := ch.Update(context.Background(), 101); err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
	}
}
