package ethereum

import (
	"errors"
	"fmt"
	"time"
)

// ErrNoMisbehaviour: the two updates offered as evidence do not both verify
// or do not conflict.
var ErrNoMisbehaviour = errors.New("no sync committee misbehaviour")

// CheckMisbehaviour reports whether a and b are evidence that the sync
// committee trusted by the store signed two conflicting histories: both
// updates carry a valid aggregate signature of a committee the store trusts
// (every check of [Store.ApplyUpdate] except "does it advance the store"),
// and they finalize different headers at the same slot or attest different
// headers at the same slot. It returns nil when they are such evidence and
// an error wrapping ErrNoMisbehaviour (or the verification failure)
// otherwise. The store is not changed.
func (s *Store) CheckMisbehaviour(a, b *Update, now time.Time) error {
	for i, u := range []*Update{a, b} {
		_, _, err := s.verifyUpdate(u, now)
		if err != nil && !errors.Is(err, ErrNotAdvancing) && !errors.Is(err, ErrConflictingHeader) {
			return fmt.Errorf("%w: update %c does not verify: %w", ErrNoMisbehaviour, 'a'+i, err)
		}
	}
	if a.FinalizedHeader != nil && b.FinalizedHeader != nil && a.FinalizedHeader.Beacon.Slot == b.FinalizedHeader.Beacon.Slot &&
		a.FinalizedHeader.Beacon.Hash() != b.FinalizedHeader.Beacon.Hash() {
		return nil
	}
	if a.AttestedHeader.Beacon.Slot == b.AttestedHeader.Beacon.Slot && a.AttestedHeader.Beacon.Hash() != b.AttestedHeader.Beacon.Hash() {
		return nil
	}
	return fmt.Errorf("%w: the updates (attested slots %d and %d) do not conflict", ErrNoMisbehaviour, a.AttestedHeader.Beacon.Slot, b.AttestedHeader.Beacon.Slot)
}
