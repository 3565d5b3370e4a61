package qbft

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Misbehaviour is evidence that the chain finalized two different blocks at
// one height: both headers verify against the same trusted state, yet their
// BFT block hashes differ. With instant finality this means validators
// signed conflicting commits (two quorums of one set share at least a third
// of it); the relayer must stop the path and alert instead of relaying from
// either block.
type Misbehaviour struct {
	// Number is the height of both headers.
	Number uint64
	// HashA and HashB are their BFT block hashes.
	HashA, HashB common.Hash
	// SignersInBoth are the validators that sealed both blocks.
	SignersInBoth []common.Address
	// TrustedNumber and TrustedHash identify the state both verified
	// against.
	TrustedNumber uint64
	TrustedHash   common.Hash
}

// CheckMisbehaviour verifies two raw headers of the same height against the
// trusted state (see Verify). It returns evidence when both verify and name
// different blocks, nil when they are the same block (the same block sealed
// in two rounds, or with different seal sets, has one block hash), and an
// error when either header does not verify or the heights differ.
func CheckMisbehaviour(trusted *TrustedState, rawA, rawB []byte, now time.Time, p Params) (*Misbehaviour, error) {
	a, err := DecodeHeader(rawA)
	if err != nil {
		return nil, fmt.Errorf("qbft: misbehaviour: first header: %w", err)
	}
	b, err := DecodeHeader(rawB)
	if err != nil {
		return nil, fmt.Errorf("qbft: misbehaviour: second header: %w", err)
	}
	if a.Number.Cmp(b.Number) != 0 {
		return nil, fmt.Errorf("qbft: misbehaviour: headers at heights %d and %d: %w", a.Number, b.Number,
			ErrInvalidHeader{Field: "number", Reason: "conflicting headers must have the same height"})
	}
	sa, err := VerifyHeader(trusted, a, now, p)
	if err != nil {
		return nil, fmt.Errorf("qbft: misbehaviour: first header: %w", err)
	}
	sb, err := VerifyHeader(trusted, b, now, p)
	if err != nil {
		return nil, fmt.Errorf("qbft: misbehaviour: second header: %w", err)
	}
	if sa.Hash == sb.Hash {
		return nil, nil
	}
	ca, _ := VerifyCommit(a, trusted.Encoding) // both verified above
	cb, _ := VerifyCommit(b, trusted.Encoding)
	var both []common.Address
	for _, s := range ca.Signers {
		for _, t := range cb.Signers {
			if s == t {
				both = append(both, s)
			}
		}
	}
	return &Misbehaviour{
		Number:        sa.Number,
		HashA:         sa.Hash,
		HashB:         sb.Hash,
		SignersInBoth: both,
		TrustedNumber: trusted.Number,
		TrustedHash:   trusted.Hash,
	}, nil
}
