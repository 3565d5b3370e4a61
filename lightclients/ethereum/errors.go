package ethereum

import "errors"

// Errors returned by the light client. Every error returned wraps exactly
// one of these (test with errors.Is) and adds which slot, period or field was
// being checked.
var (
	// ErrInvalidConfig: the network configuration is unusable.
	ErrInvalidConfig = errors.New("invalid network config")
	// ErrMalformed: input bytes do not decode into the expected object.
	ErrMalformed = errors.New("malformed input")
	// ErrUnsupportedFork: the header belongs to a fork this client cannot verify.
	ErrUnsupportedFork = errors.New("unsupported fork")
	// ErrCheckpointMismatch: the bootstrap header's root is not the trusted checkpoint.
	ErrCheckpointMismatch = errors.New("bootstrap header does not match trusted checkpoint")
	// ErrInvalidCommittee: a sync committee has the wrong size or an invalid public key.
	ErrInvalidCommittee = errors.New("invalid sync committee")
	// ErrInvalidCommitteeProof: a current or next sync committee branch does not prove against the state root.
	ErrInvalidCommitteeProof = errors.New("invalid sync committee proof")
	// ErrInvalidFinalityProof: the finality branch does not prove the finalized header against the attested state root.
	ErrInvalidFinalityProof = errors.New("invalid finality proof")
	// ErrInvalidExecutionProof: the execution branch does not prove the execution payload header against the body root.
	ErrInvalidExecutionProof = errors.New("invalid execution payload proof")
	// ErrInvalidSlots: the slots of an update are out of order
	// (signature slot > attested slot >= finalized slot must hold).
	ErrInvalidSlots = errors.New("invalid update slots")
	// ErrFutureSlot: the signature slot is later than the current slot of the clock.
	ErrFutureSlot = errors.New("signature slot is in the future")
	// ErrWrongPeriod: the update is signed in a period whose committee the store does not hold.
	ErrWrongPeriod = errors.New("update from wrong sync committee period")
	// ErrStaleUpdate: the update's attested header is not newer than the finalized header and brings no new committee.
	ErrStaleUpdate = errors.New("stale update")
	// ErrNotAdvancing: the update is valid but changes nothing in the store.
	ErrNotAdvancing = errors.New("update does not advance the store")
	// ErrInsufficientParticipation: fewer than 2/3 of the sync committee signed.
	ErrInsufficientParticipation = errors.New("insufficient sync committee participation")
	// ErrInvalidSignature: the aggregate signature does not verify for the participating keys.
	ErrInvalidSignature = errors.New("invalid sync committee signature")
	// ErrCommitteeMismatch: the update's next sync committee differs from the one already trusted for that period.
	ErrCommitteeMismatch = errors.New("next sync committee conflicts with trusted one")

	// ErrInvalidMPTProof: a Merkle-Patricia proof is inconsistent with its root.
	ErrInvalidMPTProof = errors.New("invalid Merkle-Patricia proof")
	// ErrAccountAbsent: the proof shows the account does not exist.
	ErrAccountAbsent = errors.New("account absent from state")
	// ErrAccountMismatch: the proven account differs from the claimed fields.
	ErrAccountMismatch = errors.New("account does not match proof")
	// ErrSlotEmpty: the proof shows the storage slot is empty, where a value was expected.
	ErrSlotEmpty = errors.New("storage slot is empty")
	// ErrSlotNotEmpty: the proof shows the storage slot holds a value, where absence was claimed.
	ErrSlotNotEmpty = errors.New("storage slot is not empty")
	// ErrStorageMismatch: the proven storage value differs from the claimed one.
	ErrStorageMismatch = errors.New("storage value does not match proof")
)

// ErrConflictingHeader: a correctly signed update finalizes a header that
// conflicts with one already finalized at the same slot. This is evidence
// of sync committee misbehaviour: stop the path and alert.
var ErrConflictingHeader = errors.New("conflicting finalized header")
