package qbft

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Every failed condition has its own error type, so callers (and the
// relayer's metrics) can tell which check refused a header with errors.As, and
// every type reports a stable Kind() name that test vectors replayed by other
// implementations (the on-chain client) compare against.

// ErrInvalidExtraData means the header's extraData is not a well-formed BFT
// extraData for the chain's encoding (QBFT or IBFT 2.0).
type ErrInvalidExtraData struct {
	Encoding Encoding
	Reason   string
}

func (e ErrInvalidExtraData) Error() string {
	return fmt.Sprintf("invalid %s extraData: %s", e.Encoding, e.Reason)
}

// Kind returns the stable name of the failed condition.
func (ErrInvalidExtraData) Kind() string { return "InvalidExtraData" }

// ErrInvalidHeader means the header itself is malformed or one of the fields
// Besu fixes for BFT chains (difficulty, mix hash, nonce, ommers) is wrong.
type ErrInvalidHeader struct {
	Field  string
	Reason string
}

func (e ErrInvalidHeader) Error() string {
	return fmt.Sprintf("invalid header field %s: %s", e.Field, e.Reason)
}

// Kind returns the stable name of the failed condition.
func (ErrInvalidHeader) Kind() string { return "InvalidHeader" }

// ErrInvalidValidatorSet means the validator list in extraData is empty, not
// strictly ascending, or otherwise unusable.
type ErrInvalidValidatorSet struct {
	Reason string
}

func (e ErrInvalidValidatorSet) Error() string {
	return "invalid validator set: " + e.Reason
}

// Kind returns the stable name of the failed condition.
func (ErrInvalidValidatorSet) Kind() string { return "InvalidValidatorSet" }

// ErrCoinbaseNotValidator means the block's coinbase (its proposer) is not in
// the validator set that must seal it (Besu's BftCoinbaseValidationRule).
type ErrCoinbaseNotValidator struct {
	Coinbase common.Address
}

func (e ErrCoinbaseNotValidator) Error() string {
	return fmt.Sprintf("proposer (coinbase) %s is not a validator", e.Coinbase)
}

// Kind returns the stable name of the failed condition.
func (ErrCoinbaseNotValidator) Kind() string { return "CoinbaseNotValidator" }

// ErrInvalidSeal means a committed seal is not a well-formed secp256k1
// signature (r, s in [1, N-1], recovery id 0 or 1) or recovers to no key.
type ErrInvalidSeal struct {
	Index  int
	Reason string
}

func (e ErrInvalidSeal) Error() string {
	return fmt.Sprintf("committed seal %d: %s", e.Index, e.Reason)
}

// Kind returns the stable name of the failed condition.
func (ErrInvalidSeal) Kind() string { return "InvalidSeal" }

// ErrDuplicateSeal means two committed seals recover to the same signer.
type ErrDuplicateSeal struct {
	Index  int
	Signer common.Address
}

func (e ErrDuplicateSeal) Error() string {
	return fmt.Sprintf("committed seal %d: signer %s already sealed this header", e.Index, e.Signer)
}

// Kind returns the stable name of the failed condition.
func (ErrDuplicateSeal) Kind() string { return "DuplicateSeal" }

// ErrSealerNotValidator means a committed seal recovers to an address that is
// not in the validator set that must seal the header.
type ErrSealerNotValidator struct {
	Index  int
	Signer common.Address
}

func (e ErrSealerNotValidator) Error() string {
	return fmt.Sprintf("committed seal %d: signer %s is not a validator", e.Index, e.Signer)
}

// Kind returns the stable name of the failed condition.
func (ErrSealerNotValidator) Kind() string { return "SealerNotValidator" }

// ErrInsufficientSeals means fewer than ceil(2n/3) distinct validators sealed
// the header.
type ErrInsufficientSeals struct {
	Got, Need, Validators int
}

func (e ErrInsufficientSeals) Error() string {
	return fmt.Sprintf("insufficient committed seals: %d of %d validators sealed, need %d (ceil(2n/3))",
		e.Got, e.Validators, e.Need)
}

// Kind returns the stable name of the failed condition.
func (ErrInsufficientSeals) Kind() string { return "InsufficientSeals" }

// ErrNewValSetCantBeTrusted means a header reached by skipping ahead changes
// the validator set and fewer than ceil(n/3) of the trusted validators sealed
// it.
type ErrNewValSetCantBeTrusted struct {
	Got, Need, Trusted int
}

func (e ErrNewValSetCantBeTrusted) Error() string {
	return fmt.Sprintf("new validator set cannot be trusted: %d of %d trusted validators sealed, need %d (ceil(n/3))",
		e.Got, e.Trusted, e.Need)
}

// Kind returns the stable name of the failed condition.
func (ErrNewValSetCantBeTrusted) Kind() string { return "NewValSetCantBeTrusted" }

// ErrUnexpectedValidatorSet means the child of the trusted header lists a
// validator set that Besu's vote tally cannot have produced from the trusted
// set and the trusted header's vote.
type ErrUnexpectedValidatorSet struct {
	Number uint64
	Reason string
}

func (e ErrUnexpectedValidatorSet) Error() string {
	return fmt.Sprintf("validator set of block %d does not follow from its parent: %s", e.Number, e.Reason)
}

// Kind returns the stable name of the failed condition.
func (ErrUnexpectedValidatorSet) Kind() string { return "UnexpectedValidatorSet" }

// ErrParentHashMismatch means the child of the trusted header does not point
// at the trusted header's (BFT) block hash.
type ErrParentHashMismatch struct {
	Want, Got common.Hash
}

func (e ErrParentHashMismatch) Error() string {
	return fmt.Sprintf("parent hash %s is not the trusted block hash %s", e.Got, e.Want)
}

// Kind returns the stable name of the failed condition.
func (ErrParentHashMismatch) Kind() string { return "ParentHashMismatch" }

// ErrNonIncreasingHeight means the header is not above the trusted height.
type ErrNonIncreasingHeight struct {
	Trusted, Got uint64
}

func (e ErrNonIncreasingHeight) Error() string {
	return fmt.Sprintf("header height %d is not above trusted height %d", e.Got, e.Trusted)
}

// Kind returns the stable name of the failed condition.
func (ErrNonIncreasingHeight) Kind() string { return "NonIncreasingHeight" }

// ErrNonMonotonicTime means the header's timestamp is before the trusted
// header's.
type ErrNonMonotonicTime struct {
	Trusted, Got uint64
}

func (e ErrNonMonotonicTime) Error() string {
	return fmt.Sprintf("header time %d is before trusted header time %d", e.Got, e.Trusted)
}

// Kind returns the stable name of the failed condition.
func (ErrNonMonotonicTime) Kind() string { return "NonMonotonicTime" }

// ErrOldHeaderExpired means the trusted header is older than the trusting
// period: the light client must be re-initialised from a trusted source.
type ErrOldHeaderExpired struct {
	ExpiredAt, Now time.Time
}

func (e ErrOldHeaderExpired) Error() string {
	return fmt.Sprintf("trusted header expired at %s (now %s)", e.ExpiredAt.UTC().Format(time.RFC3339), e.Now.UTC().Format(time.RFC3339))
}

// Kind returns the stable name of the failed condition.
func (ErrOldHeaderExpired) Kind() string { return "OldHeaderExpired" }

// ErrHeaderFromFuture means the header's timestamp is later than now plus the
// allowed clock drift.
type ErrHeaderFromFuture struct {
	HeaderTime, Now time.Time
	MaxClockDrift   time.Duration
}

func (e ErrHeaderFromFuture) Error() string {
	return fmt.Sprintf("header time %s is after now %s plus max clock drift %s",
		e.HeaderTime.UTC().Format(time.RFC3339), e.Now.UTC().Format(time.RFC3339), e.MaxClockDrift)
}

// Kind returns the stable name of the failed condition.
func (ErrHeaderFromFuture) Kind() string { return "HeaderFromFuture" }

// ErrInvalidTrustedState means a TrustedState (or its serialized form) is
// inconsistent.
type ErrInvalidTrustedState struct {
	Reason string
}

func (e ErrInvalidTrustedState) Error() string { return "invalid trusted state: " + e.Reason }

// Kind returns the stable name of the failed condition.
func (ErrInvalidTrustedState) Kind() string { return "InvalidTrustedState" }

// ErrInvalidParams means the verification parameters are unusable.
type ErrInvalidParams struct {
	Reason string
}

func (e ErrInvalidParams) Error() string { return "invalid parameters: " + e.Reason }

// Kind returns the stable name of the failed condition.
func (ErrInvalidParams) Kind() string { return "InvalidParams" }

// ErrInvalidProof means a Merkle-Patricia proof does not prove the claimed
// value (or absence) under the given root.
type ErrInvalidProof struct {
	What   string
	Reason string
	Err    error
}

func (e ErrInvalidProof) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("invalid %s proof: %s: %v", e.What, e.Reason, e.Err)
	}
	return fmt.Sprintf("invalid %s proof: %s", e.What, e.Reason)
}

// Unwrap returns the underlying trie error, if any.
func (e ErrInvalidProof) Unwrap() error { return e.Err }

// Kind returns the stable name of the failed condition.
func (ErrInvalidProof) Kind() string { return "InvalidProof" }

// ErrorKind returns the Kind() of the first error in err's chain that has
// one, "" for a nil error and "Unknown" for an error of another package.
func ErrorKind(err error) string {
	if err == nil {
		return ""
	}
	var k interface{ Kind() string }
	if errors.As(err, &k) {
		return k.Kind()
	}
	return "Unknown"
}
