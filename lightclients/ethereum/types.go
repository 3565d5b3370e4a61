package ethereum

import (
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
)

// LightClientHeader is a beacon block header together with its execution
// payload header and the branch proving the payload header against the
// block's body root (consensus-specs LightClientHeader, Capella and later).
//
// Execution is held in the Deneb layout for every fork; a Capella header
// has zero blob gas fields and is hashed in the Capella layout.
//
// From Gloas the beacon block no longer carries the execution payload
// header: a Gloas-format header has Execution == nil and instead proves
// ExecutionBlockHash (the parent execution block committed in the payload
// bid), and the execution header itself is checked against that hash with
// [ExecutionHeaderFromBlock].
type LightClientHeader struct {
	Beacon             types.Header
	Execution          *deneb.ExecutionPayloadHeader
	ExecutionBlockHash common.Hash // Gloas format only
	ExecutionBranch    merkle.Values
}

// ExecutionHeader is the part of a verified execution payload header the
// relayer needs: the state root proofs are checked against, and the block's
// identity and time.
//
// For a Gloas-format header only BlockHash is known until the execution
// header is supplied (see [ExecutionHeaderFromBlock]); HasStateRoot reports
// which case applies.
type ExecutionHeader struct {
	StateRoot   common.Hash `json:"state_root"`
	BlockNumber uint64      `json:"block_number"`
	BlockHash   common.Hash `json:"block_hash"`
	Timestamp   uint64      `json:"timestamp"`
}

// SyncCommittee is a sync committee as served by the beacon API: the
// members' compressed BLS public keys and their aggregate.
type SyncCommittee struct {
	Pubkeys         [][48]byte
	AggregatePubkey [48]byte
}

// SyncAggregate is the participation bitfield of a sync committee and the
// aggregate BLS signature of the participants.
type SyncAggregate struct {
	Bits      []byte
	Signature [96]byte
}

// LightClientBootstrap is the beacon API LightClientBootstrap: a header with its current sync
// committee and the committee's branch into the header's state root.
type LightClientBootstrap struct {
	Version                    string
	Header                     LightClientHeader
	CurrentSyncCommittee       *SyncCommittee
	CurrentSyncCommitteeBranch merkle.Values
}

// Update is a LightClientUpdate, a LightClientFinalityUpdate (no next sync
// committee) or a LightClientOptimisticUpdate (no next sync committee and no
// finalized header): a sync aggregate over AttestedHeader, signed in
// SignatureSlot, optionally proving a finalized header and the next period's
// committee against the attested state root.
type Update struct {
	Version                 string
	AttestedHeader          LightClientHeader
	NextSyncCommittee       *SyncCommittee // nil in finality and optimistic updates
	NextSyncCommitteeBranch merkle.Values
	FinalizedHeader         *LightClientHeader // nil in optimistic updates
	FinalityBranch          merkle.Values
	SyncAggregate           SyncAggregate
	SignatureSlot           uint64
}

// Kind names the kind of update by the fields it carries: "update",
// "finality" or "optimistic".
func (u *Update) Kind() string {
	switch {
	case u.NextSyncCommittee != nil:
		return "update"
	case u.FinalizedHeader != nil:
		return "finality"
	default:
		return "optimistic"
	}
}

// Participants returns the number of set bits in the participation bitfield.
func (a *SyncAggregate) Participants() int {
	n := 0
	for _, b := range a.Bits {
		for ; b != 0; b &= b - 1 {
			n++
		}
	}
	return n
}

// HasStateRoot reports whether the execution header's state root is known
// (false for a Gloas-format header before [ExecutionHeaderFromBlock]).
func (e ExecutionHeader) HasStateRoot() bool { return e.StateRoot != (common.Hash{}) }
