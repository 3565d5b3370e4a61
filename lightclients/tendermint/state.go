package tendermint

import (
	"errors"
	"fmt"
	"time"

	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/cometbft/cometbft/types"
)

// TrustedState is the light client's whole memory for one chain: the latest
// verified light block (signed header and its validator set). It is small
// and serializes to protobuf for the relayer's light-client KV bucket.
type TrustedState struct {
	Block *types.LightBlock
}

// NewTrustedState makes a trust root from a light block the operator (or the
// chain's genesis) vouches for. It checks the block's internal consistency:
// the commit is for the header, the validator set matches the header's hash
// and signed more than 2/3 of the power, and every signature present is valid.
func NewTrustedState(chainID string, lb *types.LightBlock) (*TrustedState, error) {
	if lb == nil {
		return nil, errors.New("tendermint: trust root: nil light block")
	}
	if err := lb.ValidateBasic(chainID); err != nil {
		return nil, fmt.Errorf("tendermint: trust root %s@%d: %w", chainID, lb.Height, err)
	}
	if err := lb.ValidatorSet.VerifyCommitLightAllSignatures(chainID, lb.Commit.BlockID, lb.Height, lb.Commit); err != nil {
		return nil, fmt.Errorf("tendermint: trust root %s@%d: commit: %w", chainID, lb.Height, err)
	}
	return &TrustedState{Block: lb}, nil
}

// Height is the trusted height.
func (s *TrustedState) Height() int64 { return s.Block.Height }

// Time is the trusted header's time.
func (s *TrustedState) Time() time.Time { return s.Block.Time }

// AppHash is the trusted header's app hash: the root proofs queried at
// Height()-1 verify against.
func (s *TrustedState) AppHash() []byte { return s.Block.AppHash }

// Update verifies untrusted against the state (see Verify) and returns the
// new state holding untrusted. The receiver is not modified, so a caller can
// persist the new state with compare-and-set before adopting it.
func (s *TrustedState) Update(p Params, untrusted *types.LightBlock, now time.Time) (*TrustedState, error) {
	if err := Verify(p, s.Block, untrusted, now); err != nil {
		return nil, err
	}
	return &TrustedState{Block: untrusted}, nil
}

// Marshal encodes the state as a protobuf LightBlock.
func (s *TrustedState) Marshal() ([]byte, error) {
	pb, err := s.Block.ToProto()
	if err != nil {
		return nil, fmt.Errorf("tendermint: encode trusted state at %d: %w", s.Block.Height, err)
	}
	return pb.Marshal()
}

// UnmarshalTrustedState decodes Marshal's output and re-checks the block's
// consistency for chainID, so a corrupted KV entry is refused.
func UnmarshalTrustedState(chainID string, b []byte) (*TrustedState, error) {
	var pb cmtproto.LightBlock
	if err := pb.Unmarshal(b); err != nil {
		return nil, fmt.Errorf("tendermint: decode trusted state for %s: %w", chainID, err)
	}
	lb, err := types.LightBlockFromProto(&pb)
	if err != nil {
		return nil, fmt.Errorf("tendermint: decode trusted state for %s: %w", chainID, err)
	}
	return NewTrustedState(chainID, lb)
}
