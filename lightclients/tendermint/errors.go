package tendermint

import (
	"errors"
	"fmt"
)

// ErrHeader is the sentinel every header verification failure wraps; use
// errors.As with *HeaderError for the details.
var ErrHeader = errors.New("tendermint: header rejected")

// ErrProof is the sentinel every proof verification failure wraps; use
// errors.As with *ProofError for the details.
var ErrProof = errors.New("tendermint: proof rejected")

// ErrMisbehaviour is the sentinel wrapped by *MisbehaviourError.
var ErrMisbehaviour = errors.New("tendermint: misbehaviour")

// HeaderError says which header failed verification against which trusted
// height, and why. Reason is CometBFT's typed error where there is one
// (light.ErrOldHeaderExpired, light.ErrNewValSetCantBeTrusted,
// light.ErrInvalidHeader).
type HeaderError struct {
	ChainID string
	From    int64 // trusted height
	To      int64 // untrusted height
	Reason  error
}

// Error implements error.
func (e *HeaderError) Error() string {
	return fmt.Sprintf("tendermint: %s header %d rejected (trusted %d): %v", e.ChainID, e.To, e.From, e.Reason)
}

// Unwrap returns both ErrHeader and the underlying reason.
func (e *HeaderError) Unwrap() []error { return []error{ErrHeader, e.Reason} }

// ProofError says which IBC path failed proof verification and why.
type ProofError struct {
	Path   string
	Absent bool // a non-membership proof
	Reason error
}

// Error implements error.
func (e *ProofError) Error() string {
	kind := "membership"
	if e.Absent {
		kind = "non-membership"
	}
	return fmt.Sprintf("tendermint: %s proof of %q rejected: %v", kind, e.Path, e.Reason)
}

// Unwrap returns both ErrProof and the underlying reason.
func (e *ProofError) Unwrap() []error { return []error{ErrProof, e.Reason} }
