package qbft

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Quorum returns the number of distinct validators that must seal a block of
// a set of n: ceil(2n/3), Besu's BftHelpers.calculateRequiredValidatorQuorum.
// It is never rounded down (n=4 needs 3, n=6 needs 4, n=10 needs 7).
func Quorum(n int) int { return (2*n + 2) / 3 }

// TrustThreshold returns how many validators of a trusted set of n must seal
// a header with a different validator set before a skipping light client
// trusts it: ceil(n/3), which equals f+1 for f = floor((n-1)/3) tolerated
// faults, so at least one honest trusted validator vouches for the new set.
func TrustThreshold(n int) int { return (n + 2) / 3 }

// Commit is a header whose committed seals have been checked against the
// validator set in its own extraData.
type Commit struct {
	Header  *types.Header
	Extra   *Extra
	Hash    common.Hash      // Besu's block hash (see BlockHash)
	Digest  common.Hash      // the committed-seal digest the seals sign
	Signers []common.Address // recovered seal signers, in seal order
}

// RecoverSigners recovers the signer of every committed seal over digest.
// A seal must be r || s || v with r and s in [1, N-1] and v in {0, 1}, the
// values Besu's SECPSignature accepts (high s is accepted, as Besu does).
func RecoverSigners(digest common.Hash, seals [][]byte) ([]common.Address, error) {
	signers := make([]common.Address, len(seals))
	for i, seal := range seals {
		if len(seal) != SealLength {
			return nil, ErrInvalidSeal{Index: i, Reason: fmt.Sprintf("is %d bytes, want %d", len(seal), SealLength)}
		}
		r := new(big.Int).SetBytes(seal[:32])
		s := new(big.Int).SetBytes(seal[32:64])
		if !crypto.ValidateSignatureValues(seal[64], r, s, false) {
			return nil, ErrInvalidSeal{Index: i, Reason: "r, s or recovery id out of range"}
		}
		pub, err := crypto.Ecrecover(digest[:], seal)
		if err != nil {
			return nil, ErrInvalidSeal{Index: i, Reason: fmt.Sprintf("public key recovery failed: %v", err)}
		}
		copy(signers[i][:], crypto.Keccak256(pub[1:])[12:])
	}
	return signers, nil
}

// VerifyCommit checks a decoded header the way Besu's BFT header rules do,
// taking the validator set from the header's own extraData (Besu writes the
// set that seals a block into that block: getValidatorsAfterBlock(parent)):
//
//   - extraData decodes in the chain's encoding (DecodeExtra);
//   - difficulty is 1 and the mix hash is the BFT constant (IBFT 2.0 also:
//     nonce 0 and empty ommers);
//   - the validator list is non-empty and strictly ascending;
//   - the coinbase (proposer) is a validator;
//   - every seal is a valid signature over SealDigest;
//   - signers are distinct, all validators, and at least Quorum(n).
//
// It does not say whether the validator set itself can be trusted: Verify
// does that against a TrustedState.
func VerifyCommit(h *types.Header, enc Encoding) (*Commit, error) {
	x, err := DecodeExtra(enc, h.Extra)
	if err != nil {
		return nil, err
	}
	if err := checkFixedFields(h, enc); err != nil {
		return nil, err
	}
	if err := checkValidators(x.Validators); err != nil {
		return nil, err
	}
	if !isValidator(x.Validators, h.Coinbase) {
		return nil, ErrCoinbaseNotValidator{Coinbase: h.Coinbase}
	}
	digest := SealDigest(h, enc, x)
	signers, err := RecoverSigners(digest, x.Seals)
	if err != nil {
		return nil, err
	}
	for i, s := range signers {
		if slices.Contains(signers[:i], s) {
			return nil, ErrDuplicateSeal{Index: i, Signer: s}
		}
		if !isValidator(x.Validators, s) {
			return nil, ErrSealerNotValidator{Index: i, Signer: s}
		}
	}
	if need := Quorum(len(x.Validators)); len(signers) < need {
		return nil, ErrInsufficientSeals{Got: len(signers), Need: need, Validators: len(x.Validators)}
	}
	return &Commit{
		Header:  h,
		Extra:   x,
		Hash:    withExtra(h, x.encode(enc, modeBlockHash)).Hash(),
		Digest:  digest,
		Signers: signers,
	}, nil
}

// isValidator reports whether a is in the strictly ascending list vals.
func isValidator(vals []common.Address, a common.Address) bool {
	_, found := slices.BinarySearchFunc(vals, a, func(v, t common.Address) int { return v.Cmp(t) })
	return found
}

// countIn returns how many of signers are in the ascending list vals.
func countIn(vals, signers []common.Address) int {
	n := 0
	for _, s := range signers {
		if isValidator(vals, s) {
			n++
		}
	}
	return n
}
