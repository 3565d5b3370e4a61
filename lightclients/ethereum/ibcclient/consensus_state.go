package ibcclient

import (
	"bytes"
	"time"

	errorsmod "cosmossdk.io/errors"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	"github.com/ethereum/go-ethereum/common"
)

var _ exported.ConsensusState = (*ConsensusState)(nil)

func newConsensusState(exec ethereum.ExecutionHeader, slot uint64) *ConsensusState {
	return &ConsensusState{Timestamp: exec.Timestamp, StateRoot: exec.StateRoot.Bytes(), BlockHash: exec.BlockHash.Bytes(), Slot: slot}
}

// ClientType implements exported.ConsensusState.
func (cs *ConsensusState) ClientType() string { return ClientType }

// GetTimestamp returns the execution block's timestamp in nanoseconds.
func (cs *ConsensusState) GetTimestamp() uint64 { return cs.Timestamp * uint64(time.Second) }

// Time returns the execution block's timestamp.
func (cs *ConsensusState) Time() time.Time { return time.Unix(int64(cs.Timestamp), 0) }

// Root returns the execution state root proofs verify against.
func (cs *ConsensusState) Root() common.Hash { return common.BytesToHash(cs.StateRoot) }

// ValidateBasic checks the field sizes and that the timestamp and state
// root are set.
func (cs *ConsensusState) ValidateBasic() error {
	switch {
	case cs.Timestamp == 0:
		return errorsmod.Wrap(clienttypes.ErrInvalidConsensus, "timestamp is zero")
	case len(cs.StateRoot) != common.HashLength || cs.Root() == (common.Hash{}):
		return errorsmod.Wrapf(clienttypes.ErrInvalidConsensus, "state root %x must be 32 non-zero bytes", cs.StateRoot)
	case len(cs.BlockHash) != common.HashLength:
		return errorsmod.Wrapf(clienttypes.ErrInvalidConsensus, "block hash is %d bytes, want 32", len(cs.BlockHash))
	}
	return nil
}

// Equal reports whether two consensus states are the same.
func (cs *ConsensusState) Equal(o *ConsensusState) bool {
	return o != nil && cs.Timestamp == o.Timestamp && cs.Slot == o.Slot &&
		bytes.Equal(cs.StateRoot, o.StateRoot) && bytes.Equal(cs.BlockHash, o.BlockHash)
}
