package qbft

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// DefaultKeepRoots is how many verified state roots a Chain keeps when
// Config.KeepRoots is 0.
const DefaultKeepRoots = 256

// maxBisections bounds the intermediate headers one Update may verify when
// the validator set changed too much to skip to the target directly.
const maxBisections = 64

// Config describes a QBFT chain to follow.
type Config struct {
	// Encoding is the chain's extraData encoding (qbft.QBFT or qbft.IBFT2).
	Encoding qbft.Encoding
	// Params are the light client's time and epoch parameters.
	Params qbft.Params
	// Handler is the IBC handler contract whose commitments are proven.
	Handler common.Address
	// KeepRoots is how many verified state roots are kept for proofs
	// (0: DefaultKeepRoots).
	KeepRoots int
	// Now is the clock headers are verified at (nil: time.Now).
	Now func() time.Time
}

// Validate checks the configuration.
func (c Config) Validate() error {
	if !c.Encoding.Valid() {
		return fmt.Errorf("qbft adapter: config: unknown encoding %d", uint8(c.Encoding))
	}
	if err := c.Params.Validate(); err != nil {
		return fmt.Errorf("qbft adapter: config: %w", err)
	}
	if c.Handler == (common.Address{}) {
		return errors.New("qbft adapter: config: zero IBC handler address")
	}
	if c.KeepRoots < 0 {
		return fmt.Errorf("qbft adapter: config: keep roots %d is negative", c.KeepRoots)
	}
	return nil
}

// Chain follows a QBFT chain through its JSON-RPC with a light client: it
// keeps the trusted state and the state roots of the headers it verified,
// and serves proofs only against those. It is safe for concurrent use.
type Chain struct {
	rpc *rpc.Client
	cfg Config

	mu      sync.Mutex
	trusted *qbft.TrustedState
	roots   map[uint64]common.Hash // verified block number => state root
	order   []uint64               // verified numbers, oldest first
}

// New returns a Chain on rc that starts from trusted (obtained out of band,
// e.g. qbft.NewTrustedState of the genesis header, or restored from the
// relayer's store).
func New(rc *rpc.Client, cfg Config, trusted *qbft.TrustedState) (*Chain, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := trusted.Validate(); err != nil {
		return nil, fmt.Errorf("qbft adapter: initial trusted state: %w", err)
	}
	if trusted.Encoding != cfg.Encoding {
		return nil, fmt.Errorf("qbft adapter: trusted state is %s, chain configured as %s", trusted.Encoding, cfg.Encoding)
	}
	if cfg.KeepRoots == 0 {
		cfg.KeepRoots = DefaultKeepRoots
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	c := &Chain{rpc: rc, cfg: cfg, trusted: clone(trusted), roots: map[uint64]common.Hash{}}
	c.remember(trusted.Number, trusted.StateRoot)
	return c, nil
}

// Dial connects to a node's HTTP JSON-RPC endpoint (see New).
func Dial(ctx context.Context, url string, cfg Config, trusted *qbft.TrustedState) (*Chain, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("qbft adapter: dial %s: %w", url, err)
	}
	c, err := New(rc, cfg, trusted)
	if err != nil {
		rc.Close()
		return nil, err
	}
	return c, nil
}

// Close closes the RPC connection.
func (c *Chain) Close() { c.rpc.Close() }

// Trusted returns a copy of the current trusted state (to persist it, or to
// build the QBFTClient contract's next update message).
func (c *Chain) Trusted() *qbft.TrustedState {
	c.mu.Lock()
	defer c.mu.Unlock()
	return clone(c.trusted)
}

// StateRoot returns the verified state root of block number, if the chain
// verified it and still keeps it.
func (c *Chain) StateRoot(number uint64) (common.Hash, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.roots[number]
	return r, ok
}

// LatestHeight returns the node's head block number. QBFT has instant
// finality, so the head is final; it is not verified until Update.
func (c *Chain) LatestHeight(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := c.rpc.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("qbft adapter: eth_blockNumber: %w", err)
	}
	return uint64(n), nil
}

// RawHeader reads block number's header from eth_getBlockByNumber and
// returns its RLP encoding. It checks that the fields round-trip: the
// re-encoded header must hash (as Besu hashes a BFT block) to the hash the
// node reports, so no header field was lost or misread. It does not verify
// the seals; Update does.
func (c *Chain) RawHeader(ctx context.Context, number uint64) ([]byte, error) {
	var fields map[string]json.RawMessage
	if err := c.rpc.CallContext(ctx, &fields, "eth_getBlockByNumber", hexutil.EncodeUint64(number), false); err != nil {
		return nil, fmt.Errorf("qbft adapter: eth_getBlockByNumber %d: %w", number, err)
	}
	if fields == nil {
		return nil, fmt.Errorf("qbft adapter: eth_getBlockByNumber %d: block not found", number)
	}
	raw, err := json.Marshal(fields)
	if err != nil {
		return nil, fmt.Errorf("qbft adapter: header %d: %w", number, err)
	}
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		return nil, fmt.Errorf("qbft adapter: header %d: decode fields: %w", number, err)
	}
	var reported struct {
		Hash *common.Hash `json:"hash"`
	}
	if err := json.Unmarshal(raw, &reported); err != nil || reported.Hash == nil {
		return nil, fmt.Errorf("qbft adapter: header %d: the node reports no block hash", number)
	}
	if h.Number == nil || !h.Number.IsUint64() || h.Number.Uint64() != number {
		return nil, fmt.Errorf("qbft adapter: asked for header %d, the node returned %v", number, h.Number)
	}
	computed, err := qbft.BlockHash(&h, c.cfg.Encoding)
	if err != nil {
		return nil, fmt.Errorf("qbft adapter: header %d: %w", number, err)
	}
	if computed != *reported.Hash {
		return nil, fmt.Errorf("qbft adapter: header %d does not round-trip: the node reports hash %s, its fields re-encode to %s (a header field this client does not know, or a node serving inconsistent data)",
			number, reported.Hash, computed)
	}
	enc, err := rlp.EncodeToBytes(&h)
	if err != nil {
		return nil, fmt.Errorf("qbft adapter: header %d: encode: %w", number, err)
	}
	return enc, nil
}

// Update is a verified header: the raw RLP and the trusted states before
// and after it (From is what the QBFTClient contract must have stored for
// its update message).
type Update struct {
	Raw  []byte
	From *qbft.TrustedState
	To   *qbft.TrustedState
}

// ClientMessage is the QBFTClient contract's updateClient message for u.
func (u *Update) ClientMessage() ([]byte, error) { return ClientMessage(u.From, u.Raw) }

// Update verifies block number (above the trusted height) and makes it the
// trusted state. When the validator set changed too much for the trusted
// set to vouch for the target directly (qbft.ErrNewValSetCantBeTrusted), it
// verifies intermediate headers by bisection. It returns every header it
// verified, in order; on error the headers verified so far stay trusted.
func (c *Chain) Update(ctx context.Context, number uint64) ([]*Update, error) {
	var done []*Update
	targets := []uint64{number}
	for steps := 0; len(targets) > 0; steps++ {
		if steps > maxBisections {
			return done, fmt.Errorf("qbft adapter: update to %d: more than %d intermediate headers needed", number, maxBisections)
		}
		target := targets[len(targets)-1]
		from := c.Trusted()
		raw, err := c.RawHeader(ctx, target)
		if err != nil {
			return done, err
		}
		next, err := qbft.Verify(from, raw, c.cfg.Now(), c.cfg.Params)
		var cant qbft.ErrNewValSetCantBeTrusted
		if errors.As(err, &cant) && target > from.Number+1 {
			// Bisect: trust a header half-way first.
			targets = append(targets, from.Number+(target-from.Number)/2)
			continue
		}
		if err != nil {
			return done, fmt.Errorf("qbft adapter: header %d refused: %w", target, err)
		}
		if !c.advance(from, next) {
			return done, fmt.Errorf("qbft adapter: header %d: the trusted state changed concurrently", target)
		}
		done = append(done, &Update{Raw: raw, From: from, To: clone(next)})
		targets = targets[:len(targets)-1]
	}
	return done, nil
}

// advance replaces the trusted state if it is still from.
func (c *Chain) advance(from, next *qbft.TrustedState) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.trusted.Number != from.Number || c.trusted.Hash != from.Hash {
		return false
	}
	c.trusted = clone(next)
	c.remember(next.Number, next.StateRoot)
	return true
}

// remember records a verified root (c.mu held, or during construction).
func (c *Chain) remember(number uint64, root common.Hash) {
	if _, ok := c.roots[number]; !ok {
		c.order = append(c.order, number)
	}
	c.roots[number] = root
	for len(c.order) > c.cfg.KeepRoots {
		delete(c.roots, c.order[0])
		c.order = c.order[1:]
	}
}

// CommitmentProof is a verified proof that the IBC handler's commitment at
// Path holds Word (zero: nothing is stored) at block Height.
type CommitmentProof struct {
	Height       uint64
	Path         string
	Slot         common.Hash
	Word         common.Hash
	AccountProof [][]byte
	StorageProof [][]byte
}

// Present reports whether something is stored under the path.
func (p *CommitmentProof) Present() bool { return p.Word != (common.Hash{}) }

// ContractProof is the proof in the QBFTClient contract's format.
func (p *CommitmentProof) ContractProof() ([]byte, error) {
	return ContractProof(p.AccountProof, p.StorageProof)
}

type proofResult struct {
	AccountProof []hexutil.Bytes `json:"accountProof"`
	StorageProof []struct {
		Key   string          `json:"key"`
		Value *hexutil.Big    `json:"value"`
		Proof []hexutil.Bytes `json:"proof"`
	} `json:"storageProof"`
}

// ProveCommitments fetches eth_getProof for the handler's commitments at
// ICS-24 paths in block number, which must have been verified (Update), and
// verifies every proof against that block's state root: membership of the
// word the node reports, or non-membership when it reports zero. A proof
// that does not verify is an error naming the path.
func (c *Chain) ProveCommitments(ctx context.Context, number uint64, paths []string) ([]*CommitmentProof, error) {
	if len(paths) == 0 {
		return nil, errors.New("qbft adapter: eth_getProof: no paths")
	}
	root, ok := c.StateRoot(number)
	if !ok {
		return nil, fmt.Errorf("qbft adapter: block %d has not been verified (or is no longer kept): no proof against it is used", number)
	}
	keys := make([]string, len(paths))
	slots := make([]common.Hash, len(paths))
	for i, p := range paths {
		slots[i] = evm.StorageKey(p)
		keys[i] = slots[i].Hex()
	}
	var res proofResult
	if err := c.rpc.CallContext(ctx, &res, "eth_getProof", c.cfg.Handler, keys, hexutil.EncodeUint64(number)); err != nil {
		return nil, fmt.Errorf("qbft adapter: eth_getProof %s at %d for %s: %w", c.cfg.Handler, number, strings.Join(paths, ","), err)
	}
	if len(res.StorageProof) != len(paths) {
		return nil, fmt.Errorf("qbft adapter: eth_getProof at %d returned %d storage proofs for %d keys", number, len(res.StorageProof), len(paths))
	}
	acc := bytesList(res.AccountProof)
	out := make([]*CommitmentProof, len(paths))
	for i, sp := range res.StorageProof {
		key, ok := new(big.Int).SetString(strings.TrimPrefix(sp.Key, "0x"), 16)
		if !ok || key.Cmp(slots[i].Big()) != 0 {
			return nil, fmt.Errorf("qbft adapter: eth_getProof at %d: storage proof %d is for key %q, asked %s (path %s)", number, i, sp.Key, slots[i], paths[i])
		}
		if sp.Value == nil || sp.Value.ToInt().Sign() < 0 || sp.Value.ToInt().BitLen() > 256 {
			return nil, fmt.Errorf("qbft adapter: eth_getProof at %d: path %s: bad value", number, paths[i])
		}
		p := &CommitmentProof{
			Height:       number,
			Path:         paths[i],
			Slot:         slots[i],
			Word:         common.BigToHash(sp.Value.ToInt()),
			AccountProof: acc,
			StorageProof: bytesList(sp.Proof),
		}
		var err error
		if p.Present() {
			err = qbft.VerifyMembership(root, c.cfg.Handler, p.Slot, p.Word[:], p.AccountProof, p.StorageProof)
		} else {
			err = qbft.VerifyNonMembership(root, c.cfg.Handler, p.Slot, p.AccountProof, p.StorageProof)
		}
		if err != nil {
			return nil, fmt.Errorf("qbft adapter: proof of %s at block %d refused: %w", paths[i], number, err)
		}
		out[i] = p
	}
	return out, nil
}

func bytesList(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = slices.Clone(b)
	}
	return out
}

func clone(s *qbft.TrustedState) *qbft.TrustedState {
	c := *s
	c.Validators = slices.Clone(s.Validators)
	if s.Vote != nil {
		v := *s.Vote
		c.Vote = &v
	}
	return &c
}
