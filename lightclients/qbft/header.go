package qbft

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// MixHash is the constant mix hash of every BFT block (Besu's
// BftHelpers.EXPECTED_MIX_HASH, "Istanbul byzantine fault tolerance").
var MixHash = common.HexToHash("0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365")

// DecodeHeader decodes an RLP-encoded block header as read raw from a node
// (debug_getRawHeader, or the RLP of eth_getBlockByNumber's fields). All
// optional fields through the current forks (base fee, withdrawals root,
// blob gas, parent beacon root, requests hash, ...) are kept by go-ethereum's
// types.Header, so the header re-encodes to the same bytes; input that does
// not (trailing bytes, unknown fields) is refused.
func DecodeHeader(raw []byte) (*types.Header, error) {
	var h types.Header
	if err := rlp.DecodeBytes(raw, &h); err != nil {
		return nil, ErrInvalidHeader{Field: "rlp", Reason: err.Error()}
	}
	again, err := rlp.EncodeToBytes(&h)
	if err != nil {
		return nil, ErrInvalidHeader{Field: "rlp", Reason: err.Error()}
	}
	if !bytes.Equal(again, raw) {
		return nil, ErrInvalidHeader{Field: "rlp", Reason: "header does not re-encode to the same bytes"}
	}
	if h.Number == nil || !h.Number.IsUint64() {
		return nil, ErrInvalidHeader{Field: "number", Reason: "does not fit in 64 bits"}
	}
	return &h, nil
}

// withExtra returns a shallow copy of h whose extraData is replaced.
func withExtra(h *types.Header, extra []byte) *types.Header {
	cpy := *h
	cpy.Extra = extra
	return &cpy
}

// SealDigest returns the digest every committed seal of h signs, computed as
// Besu's BftBlockHashing.calculateDataHashForCommittedSeal: keccak256 of the
// RLP header whose extraData is re-encoded without seals (QBFT: round kept,
// seal list empty; IBFT 2.0: round kept, seal list omitted). x must be h's
// decoded extraData.
func SealDigest(h *types.Header, enc Encoding, x *Extra) common.Hash {
	return withExtra(h, x.encode(enc, modeCommittedSeal)).Hash()
}

// BlockHash returns h's block hash as Besu computes it
// (calculateHashOfBftBlockOnChain): the header hashed with the seals removed
// and, for QBFT, the round set to 0 (IBFT 2.0 omits round and seals). The
// genesis block hashes its raw extraData. This is the hash children name as
// their parent and eth_getBlockByNumber reports.
func BlockHash(h *types.Header, enc Encoding) (common.Hash, error) {
	if h.Number.Sign() == 0 {
		return h.Hash(), nil
	}
	x, err := DecodeExtra(enc, h.Extra)
	if err != nil {
		return common.Hash{}, err
	}
	return withExtra(h, x.encode(enc, modeBlockHash)).Hash(), nil
}

// checkFixedFields applies Besu's constant-field header rules for BFT chains:
// difficulty 1 and the BFT mix hash (both protocols), plus zero nonce and the
// empty ommers hash (IBFT 2.0's ruleset; QBFT's does not check them, but they
// are covered by the committed seals either way).
func checkFixedFields(h *types.Header, enc Encoding) error {
	if h.Difficulty == nil || h.Difficulty.Cmp(common.Big1) != 0 {
		return ErrInvalidHeader{Field: "difficulty", Reason: fmt.Sprintf("is %v, want 1", h.Difficulty)}
	}
	if h.MixDigest != MixHash {
		return ErrInvalidHeader{Field: "mixHash", Reason: fmt.Sprintf("is %s, want the BFT mix hash %s", h.MixDigest, MixHash)}
	}
	if enc == IBFT2 {
		if h.Nonce != (types.BlockNonce{}) {
			return ErrInvalidHeader{Field: "nonce", Reason: fmt.Sprintf("is %x, want 0", h.Nonce[:])}
		}
		if h.UncleHash != types.EmptyUncleHash {
			return ErrInvalidHeader{Field: "sha3Uncles", Reason: fmt.Sprintf("is %s, want the empty list hash", h.UncleHash)}
		}
	}
	return nil
}

// checkValidators requires a non-empty, strictly ascending validator list
// (Besu's BftValidatorsValidationRule requires ascending order; strictness
// also rules out duplicates).
func checkValidators(vals []common.Address) error {
	if len(vals) == 0 {
		return ErrInvalidValidatorSet{Reason: "no validators in extraData (contract-based validator selection is not supported)"}
	}
	for i := 1; i < len(vals); i++ {
		if bytes.Compare(vals[i-1][:], vals[i][:]) >= 0 {
			return ErrInvalidValidatorSet{Reason: fmt.Sprintf("validators %d (%s) and %d (%s) are not strictly ascending", i-1, vals[i-1], i, vals[i])}
		}
	}
	return nil
}
