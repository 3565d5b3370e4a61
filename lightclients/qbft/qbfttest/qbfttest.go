// Package qbfttest builds and seals QBFT / IBFT 2.0 headers with known keys,
// exactly as Besu validators would, for tests of the qbft light client and
// of anything that must agree with it (the on-chain QBFT client). It also
// generates the shared test vectors (Vectors, ProofVectors), header
// mutations (Mutations, RawMutations), and real Merkle-Patricia state tries
// with eth_getProof-style proofs (State).
//
// Keys are derived deterministically from a seed, so generated data is
// reproducible. The package does no I/O and must never be used outside
// tests: its keys are public.
package qbfttest

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// Validator is a test validator whose private key is known.
type Validator struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// NewValidators returns n validators derived from seed, sorted by address
// (the order Besu lists them in extraData). The same seed and index always
// give the same key.
func NewValidators(seed string, n int) []Validator {
	vs := make([]Validator, n)
	for i := range vs {
		vs[i] = NewValidator(fmt.Sprintf("%s/%d", seed, i))
	}
	slices.SortFunc(vs, func(a, b Validator) int { return a.Address.Cmp(b.Address) })
	return vs
}

// NewValidator returns the validator whose key is keccak256 of
// "causeway/qbfttest/" + name.
func NewValidator(name string) Validator {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("causeway/qbfttest/" + name)))
	if err != nil {
		// keccak256 output is a valid secp256k1 scalar except with
		// negligible probability; a name that hits it is a bug in the test.
		panic(fmt.Sprintf("qbfttest: key for %q: %v", name, err))
	}
	return Validator{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// Addresses returns the validators' addresses, sorted ascending.
func Addresses(vs []Validator) []common.Address {
	out := make([]common.Address, len(vs))
	for i, v := range vs {
		out[i] = v.Address
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// Keys returns the validators' private keys in order.
func Keys(vs []Validator) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, len(vs))
	for i, v := range vs {
		out[i] = v.Key
	}
	return out
}

// Fork selects which optional header fields a built header carries.
type Fork int

const (
	// Legacy headers end at the nonce.
	Legacy Fork = iota
	// London adds the base fee.
	London
	// Shanghai adds the withdrawals root.
	Shanghai
	// Cancun adds blob gas used, excess blob gas and the parent beacon
	// root.
	Cancun
	// Prague adds the requests hash.
	Prague
)

// String names the fork.
func (f Fork) String() string {
	switch f {
	case Legacy:
		return "legacy"
	case London:
		return "london"
	case Shanghai:
		return "shanghai"
	case Cancun:
		return "cancun"
	case Prague:
		return "prague"
	}
	return fmt.Sprintf("fork(%d)", int(f))
}

// Block describes a BFT header to build.
type Block struct {
	Encoding   qbft.Encoding
	Number     uint64
	ParentHash common.Hash
	Time       uint64
	// Validators is written to extraData in the given order (Besu writes
	// them ascending; a test of the ordering rule may pass them unsorted).
	Validators []common.Address
	// Coinbase is the proposer; zero means Validators[0].
	Coinbase common.Address
	Vote     *qbft.Vote
	Round    uint32
	Fork     Fork
}

// Header returns the unsealed header: extraData has the validators, vote and
// round and an empty seal list; the fields Besu fixes for BFT blocks
// (difficulty 1, mix hash, zero nonce, empty ommers) are set.
func (b Block) Header() *types.Header {
	coinbase := b.Coinbase
	if coinbase == (common.Address{}) && len(b.Validators) > 0 {
		coinbase = b.Validators[0]
	}
	x := &qbft.Extra{
		Vanity:     make([]byte, qbft.VanityLength),
		Validators: b.Validators,
		Vote:       b.Vote,
		Round:      b.Round,
	}
	h := &types.Header{
		ParentHash:  b.ParentHash,
		UncleHash:   types.EmptyUncleHash,
		Coinbase:    coinbase,
		Root:        crypto.Keccak256Hash([]byte(fmt.Sprintf("state root %d", b.Number))),
		TxHash:      types.EmptyTxsHash,
		ReceiptHash: types.EmptyReceiptsHash,
		Difficulty:  big.NewInt(1),
		Number:      new(big.Int).SetUint64(b.Number),
		GasLimit:    30_000_000,
		GasUsed:     21_000,
		Time:        b.Time,
		Extra:       x.Encode(b.Encoding),
		MixDigest:   qbft.MixHash,
	}
	if b.Fork >= London {
		h.BaseFee = big.NewInt(7)
	}
	if b.Fork >= Shanghai {
		w := types.EmptyWithdrawalsHash
		h.WithdrawalsHash = &w
	}
	if b.Fork >= Cancun {
		zero := uint64(0)
		h.BlobGasUsed = &zero
		h.ExcessBlobGas = &zero
		root := crypto.Keccak256Hash([]byte(fmt.Sprintf("beacon root %d", b.Number)))
		h.ParentBeaconRoot = &root
	}
	if b.Fork >= Prague {
		r := types.EmptyRequestsHash
		h.RequestsHash = &r
	}
	return h
}

// Sealed builds the header and seals it with keys (see Seal).
func (b Block) Sealed(keys ...*ecdsa.PrivateKey) *types.Header {
	h, err := Seal(b.Header(), b.Encoding, keys...)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: sealing block %d: %v", b.Number, err))
	}
	return h
}

// Seal returns a copy of h with one committed seal per key appended to its
// extraData, each a secp256k1 signature (r || s || v, v in {0, 1}) over
// qbft.SealDigest, as a Besu validator signs its commit.
func Seal(h *types.Header, enc qbft.Encoding, keys ...*ecdsa.PrivateKey) (*types.Header, error) {
	x, err := qbft.DecodeExtra(enc, h.Extra)
	if err != nil {
		return nil, fmt.Errorf("qbfttest: seal: %w", err)
	}
	digest := qbft.SealDigest(h, enc, x)
	for _, k := range keys {
		sig, err := crypto.Sign(digest[:], k)
		if err != nil {
			return nil, fmt.Errorf("qbfttest: seal: sign: %w", err)
		}
		x.Seals = append(x.Seals, sig)
	}
	out := types.CopyHeader(h)
	out.Extra = x.Encode(enc)
	return out, nil
}

// Hash returns h's BFT block hash, panicking on a header whose extraData
// does not decode (only used on headers this package built).
func Hash(h *types.Header, enc qbft.Encoding) common.Hash {
	hash, err := qbft.BlockHash(h, enc)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: block hash: %v", err))
	}
	return hash
}

// Encode returns the header's RLP encoding (what a node returns from
// debug_getRawHeader).
func Encode(h *types.Header) []byte {
	b, err := rlp.EncodeToBytes(h)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: encode header: %v", err))
	}
	return b
}
