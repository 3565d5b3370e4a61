package tendermint

import (
	"bytes"
	"fmt"
	"time"

	"github.com/cometbft/cometbft/types"
)

// MisbehaviourError reports two light blocks for one height that both verify
// from the same trusted state but commit to different headers: the chain's
// validators (or the sources) equivocated. The relayer must halt the path.
// Evidence is CometBFT's light-client attack evidence against the witness
// block, ready to be submitted to the chain.
type MisbehaviourError struct {
	ChainID  string
	Height   int64
	Primary  *types.LightBlock
	Witness  *types.LightBlock
	Evidence *types.LightClientAttackEvidence
}

// Error implements error.
func (e *MisbehaviourError) Error() string {
	return fmt.Sprintf("tendermint: misbehaviour on %s at height %d: primary header %X conflicts with witness header %X, both verified",
		e.ChainID, e.Height, e.Primary.Hash(), e.Witness.Hash())
}

// Unwrap returns ErrMisbehaviour.
func (e *MisbehaviourError) Unwrap() error { return ErrMisbehaviour }

// CheckConflict verifies primary and witness (two sources' light blocks for
// the same height) from trusted at now. It returns nil when they are the same
// block, a *MisbehaviourError when both verify but differ, and a
// *HeaderError when either does not verify (a lying source, not
// misbehaviour of the chain).
func CheckConflict(p Params, trusted *TrustedState, primary, witness *types.LightBlock, now time.Time) error {
	if primary == nil || witness == nil || primary.SignedHeader == nil || witness.SignedHeader == nil {
		return &HeaderError{ChainID: p.ChainID, From: trusted.Height(), Reason: fmt.Errorf("missing primary or witness block")}
	}
	if primary.Height != witness.Height {
		return &HeaderError{ChainID: p.ChainID, From: trusted.Height(), To: witness.Height,
			Reason: fmt.Errorf("witness height %d differs from primary height %d", witness.Height, primary.Height)}
	}
	if err := Verify(p, trusted.Block, primary, now); err != nil {
		return err
	}
	if bytes.Equal(primary.Hash(), witness.Hash()) {
		return nil
	}
	if err := Verify(p, trusted.Block, witness, now); err != nil {
		return err
	}
	ev := &types.LightClientAttackEvidence{
		ConflictingBlock: witness,
		CommonHeight:     trusted.Height(),
		Timestamp:        trusted.Time(),
	}
	if trusted.Block.ValidatorSet != nil {
		ev.TotalVotingPower = trusted.Block.ValidatorSet.TotalVotingPower()
		ev.ByzantineValidators = ev.GetByzantineValidators(trusted.Block.ValidatorSet, primary.SignedHeader)
	}
	return &MisbehaviourError{ChainID: p.ChainID, Height: primary.Height, Primary: primary, Witness: witness, Evidence: ev}
}
