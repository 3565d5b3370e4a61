package qbft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TrustedState is everything the light client keeps about the last header it
// trusts. It is small and serializes to JSON (MarshalJSON / UnmarshalJSON via
// encoding/json, or UnmarshalTrustedState which also validates), so it can be
// stored in the relayer's light-client KV bucket and restored after a
// restart.
type TrustedState struct {
	// Encoding is the chain's extraData encoding.
	Encoding Encoding `json:"encoding"`
	// Number and Hash identify the trusted block (Hash is Besu's BFT block
	// hash, see BlockHash).
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	// StateRoot is the trusted execution state root that proofs verify
	// against.
	StateRoot common.Hash `json:"stateRoot"`
	// Time is the trusted header's timestamp (Unix seconds).
	Time uint64 `json:"time"`
	// Validators is the trusted header's validator set (the set that sealed
	// it), strictly ascending.
	Validators []common.Address `json:"validators"`
	// Vote is the trusted header's vote, if any; with Validators it fixes
	// the two possible validator sets of the child block.
	Vote *Vote `json:"vote,omitempty"`
}

// Validate checks the state's internal consistency.
func (s *TrustedState) Validate() error {
	if s == nil {
		return ErrInvalidTrustedState{Reason: "nil"}
	}
	if !s.Encoding.Valid() {
		return ErrInvalidTrustedState{Reason: fmt.Sprintf("unknown encoding %d", uint8(s.Encoding))}
	}
	if err := checkValidators(s.Validators); err != nil {
		return ErrInvalidTrustedState{Reason: err.Error()}
	}
	if s.Hash == (common.Hash{}) {
		return ErrInvalidTrustedState{Reason: "zero block hash"}
	}
	return nil
}

// Timestamp returns the trusted header's time.
func (s *TrustedState) Timestamp() time.Time { return time.Unix(int64(s.Time), 0) }

// ExpiresAt returns when the trusted state leaves the trusting period.
func (s *TrustedState) ExpiresAt(trustingPeriod time.Duration) time.Time {
	return s.Timestamp().Add(trustingPeriod)
}

// Marshal serializes the state as JSON.
func (s *TrustedState) Marshal() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("qbft: marshal trusted state: %w", err)
	}
	return json.Marshal(s)
}

// UnmarshalTrustedState parses a state written by Marshal, refusing unknown
// fields and inconsistent states.
func UnmarshalTrustedState(b []byte) (*TrustedState, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var s TrustedState
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("qbft: unmarshal trusted state: %w", ErrInvalidTrustedState{Reason: err.Error()})
	}
	if dec.More() {
		return nil, fmt.Errorf("qbft: unmarshal trusted state: %w", ErrInvalidTrustedState{Reason: "trailing data"})
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("qbft: unmarshal trusted state: %w", err)
	}
	return &s, nil
}

// NewTrustedState initialises trust from a raw header the operator trusts by
// other means (the genesis block, or a recent block hash checked out of
// band). A non-genesis header must carry a valid commit (VerifyCommit); the
// genesis block carries no seals, so only its extraData is decoded.
func NewTrustedState(rawHeader []byte, enc Encoding) (*TrustedState, error) {
	h, err := DecodeHeader(rawHeader)
	if err != nil {
		return nil, fmt.Errorf("qbft: trusted header: %w", err)
	}
	var (
		x    *Extra
		hash common.Hash
	)
	if h.Number.Sign() == 0 {
		if x, err = DecodeExtra(enc, h.Extra); err != nil {
			return nil, fmt.Errorf("qbft: trusted genesis header: %w", err)
		}
		if err := checkValidators(x.Validators); err != nil {
			return nil, fmt.Errorf("qbft: trusted genesis header: %w", err)
		}
		hash = h.Hash()
	} else {
		c, err := VerifyCommit(h, enc)
		if err != nil {
			return nil, fmt.Errorf("qbft: trusted header %d: %w", h.Number.Uint64(), err)
		}
		x, hash = c.Extra, c.Hash
	}
	return stateFrom(h, x, hash, enc), nil
}

func stateFrom(h *types.Header, x *Extra, hash common.Hash, enc Encoding) *TrustedState {
	var vote *Vote
	if x.Vote != nil {
		v := *x.Vote
		vote = &v
	}
	return &TrustedState{
		Encoding:   enc,
		Number:     h.Number.Uint64(),
		Hash:       hash,
		StateRoot:  h.Root,
		Time:       h.Time,
		Validators: slices.Clone(x.Validators),
		Vote:       vote,
	}
}
