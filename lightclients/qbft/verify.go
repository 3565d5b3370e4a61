package qbft

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Params are the light client's time parameters.
type Params struct {
	// TrustingPeriod is how long a trusted header may be used to verify
	// new ones. It must be shorter than the time the chain's validators
	// remain accountable (for an alliance chain: how long a departed
	// member's key must still be considered safe).
	TrustingPeriod time.Duration
	// MaxClockDrift is how far a header's timestamp may be ahead of the
	// verifier's clock.
	MaxClockDrift time.Duration
	// EpochLength is the chain's Besu "epochlength" genesis option. Besu
	// ignores the vote of an epoch block (number % EpochLength == 0), so its
	// child must keep the validator set. 0 means unknown: the vote of every
	// block may then change its child's set (more permissive, never
	// refusing a real chain).
	EpochLength uint64
}

// Validate checks the parameters.
func (p Params) Validate() error {
	if p.TrustingPeriod <= 0 {
		return ErrInvalidParams{Reason: fmt.Sprintf("trusting period %s must be positive", p.TrustingPeriod)}
	}
	if p.MaxClockDrift < 0 {
		return ErrInvalidParams{Reason: fmt.Sprintf("max clock drift %s must not be negative", p.MaxClockDrift)}
	}
	return nil
}

// Verify decodes a raw RLP header and verifies it against the trusted state
// (see VerifyHeader). On success it returns the new trusted state; the old
// one is not modified.
func Verify(trusted *TrustedState, rawHeader []byte, now time.Time, p Params) (*TrustedState, error) {
	h, err := DecodeHeader(rawHeader)
	if err != nil {
		return nil, fmt.Errorf("qbft: verify header: %w", err)
	}
	return VerifyHeader(trusted, h, now, p)
}

// VerifyHeader verifies h against the trusted state at time now and returns
// the state that trusts h. It checks, in this order:
//
//  1. the parameters and the trusted state are valid;
//  2. the trusted header is within the trusting period at now
//     (ErrOldHeaderExpired);
//  3. h is above the trusted height (ErrNonIncreasingHeight), not older than
//     the trusted header (ErrNonMonotonicTime), and not further in the
//     future than MaxClockDrift (ErrHeaderFromFuture);
//  4. h's commit is valid for the validator set in h's own extraData, as
//     Besu checks it (VerifyCommit: extraData, fixed fields, coinbase,
//     seals, distinct signers, ceil(2n/3) quorum);
//  5. if h is the trusted header's child: h's parent hash is the trusted
//     hash (ErrParentHashMismatch), and h's validator set is the trusted set
//     or the trusted set with the trusted header's vote applied, because a
//     Besu validator set changes after block N only when N's vote completes
//     a tally, and never after an epoch block (ErrUnexpectedValidatorSet);
//  6. if h is further ahead: at least ceil(n/3) of the n trusted validators
//     sealed h (ErrNewValSetCantBeTrusted), so while fewer than a third of
//     the trusted set is faulty at least one honest member vouches for h.
//
// Errors wrap one of the named error types of this package.
func VerifyHeader(trusted *TrustedState, h *types.Header, now time.Time, p Params) (*TrustedState, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("qbft: verify header: %w", err)
	}
	if err := trusted.Validate(); err != nil {
		return nil, fmt.Errorf("qbft: verify header: %w", err)
	}
	if h.Number == nil || !h.Number.IsUint64() {
		return nil, fmt.Errorf("qbft: verify header: %w", ErrInvalidHeader{Field: "number", Reason: "does not fit in 64 bits"})
	}
	number := h.Number.Uint64()
	wrap := func(err error) error {
		return fmt.Errorf("qbft: verify %s header %d against trusted header %d: %w", trusted.Encoding, number, trusted.Number, err)
	}

	if exp := trusted.ExpiresAt(p.TrustingPeriod); !now.Before(exp) {
		return nil, wrap(ErrOldHeaderExpired{ExpiredAt: exp, Now: now})
	}
	if number <= trusted.Number {
		return nil, wrap(ErrNonIncreasingHeight{Trusted: trusted.Number, Got: number})
	}
	if h.Time < trusted.Time {
		return nil, wrap(ErrNonMonotonicTime{Trusted: trusted.Time, Got: h.Time})
	}
	if h.Time > math.MaxInt64 {
		return nil, wrap(ErrInvalidHeader{Field: "timestamp", Reason: fmt.Sprintf("%d is out of range", h.Time)})
	}
	if ht := time.Unix(int64(h.Time), 0); ht.After(now.Add(p.MaxClockDrift)) {
		return nil, wrap(ErrHeaderFromFuture{HeaderTime: ht, Now: now, MaxClockDrift: p.MaxClockDrift})
	}

	c, err := VerifyCommit(h, trusted.Encoding)
	if err != nil {
		return nil, wrap(err)
	}

	if number == trusted.Number+1 {
		if h.ParentHash != trusted.Hash {
			return nil, wrap(ErrParentHashMismatch{Want: trusted.Hash, Got: h.ParentHash})
		}
		if err := checkChildValidators(trusted, number, c.Extra.Validators, p.EpochLength); err != nil {
			return nil, wrap(err)
		}
	} else {
		need := TrustThreshold(len(trusted.Validators))
		if got := countIn(trusted.Validators, c.Signers); got < need {
			return nil, wrap(ErrNewValSetCantBeTrusted{Got: got, Need: need, Trusted: len(trusted.Validators)})
		}
	}
	return stateFrom(h, c.Extra, c.Hash, trusted.Encoding), nil
}

// checkChildValidators requires the child's set to be the trusted set, or the
// trusted set with the trusted header's vote applied.
func checkChildValidators(trusted *TrustedState, number uint64, vals []common.Address, epochLength uint64) error {
	if slices.Equal(vals, trusted.Validators) {
		return nil
	}
	if trusted.Vote == nil {
		return ErrUnexpectedValidatorSet{Number: number, Reason: fmt.Sprintf(
			"the parent carries no vote, so the set must stay the trusted %d validators; got %d", len(trusted.Validators), len(vals))}
	}
	if epochLength > 0 && trusted.Number%epochLength == 0 {
		return ErrUnexpectedValidatorSet{Number: number, Reason: fmt.Sprintf(
			"the parent is an epoch block (epoch length %d), whose vote Besu ignores, so the set must stay the trusted %d validators; got %d",
			epochLength, len(trusted.Validators), len(vals))}
	}
	if next := applyVote(trusted.Validators, *trusted.Vote); next != nil && slices.Equal(vals, next) {
		return nil
	}
	op := "drop"
	if trusted.Vote.Add {
		op = "add"
	}
	return ErrUnexpectedValidatorSet{Number: number, Reason: fmt.Sprintf(
		"the set must be the trusted %d validators or them after the parent's vote to %s %s; got %d validators",
		len(trusted.Validators), op, trusted.Vote.Recipient, len(vals))}
}

// applyVote returns the ascending set vals after v takes effect, or nil if
// the vote cannot change it (adding a member or dropping a non-member).
func applyVote(vals []common.Address, v Vote) []common.Address {
	i, found := slices.BinarySearchFunc(vals, v.Recipient, func(a, t common.Address) int { return a.Cmp(t) })
	switch {
	case v.Add && !found:
		return slices.Insert(slices.Clone(vals), i, v.Recipient)
	case !v.Add && found:
		return slices.Delete(slices.Clone(vals), i, i+1)
	default:
		return nil
	}
}
