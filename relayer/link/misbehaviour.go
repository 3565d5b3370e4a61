package link

import (
	"context"
	"fmt"

	cmttypes "github.com/cometbft/cometbft/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
)

// NewMisbehaviour turns detected misbehaviour into ibc-go's 07-tendermint
// evidence for clientID: both conflicting headers, each trusted from
// trustedHeight (a consensus height the client holds, below the conflict)
// with trustedVals, the chain's validator set at trustedHeight+1.
func NewMisbehaviour(clientID string, mb *lctm.MisbehaviourError, trustedHeight clienttypes.Height, trustedVals *cmttypes.ValidatorSet) (*ibctm.Misbehaviour, error) {
	if trustedHeight.RevisionHeight >= uint64(mb.Height) {
		return nil, fmt.Errorf("link: misbehaviour at %d: trusted height %s is not below it", mb.Height, trustedHeight)
	}
	h1, err := cosmos.IBCHeader(mb.Primary, trustedHeight, trustedVals)
	if err != nil {
		return nil, err
	}
	h2, err := cosmos.IBCHeader(mb.Witness, trustedHeight, trustedVals)
	if err != nil {
		return nil, err
	}
	m := ibctm.NewMisbehaviour(clientID, h1, h2)
	if err := m.ValidateBasic(); err != nil {
		return nil, fmt.Errorf("link: misbehaviour of %s at %d: %w", mb.ChainID, mb.Height, err)
	}
	return m, nil
}

// SubmitMisbehaviour freezes dst's client of src's chain with the evidence
// in mb (trusted from the client's latest height, which must be below the
// conflict).
func SubmitMisbehaviour(ctx context.Context, dst, src *End, mb *lctm.MisbehaviourError) (*cosmos.TxResult, error) {
	ci, err := Client(ctx, dst)
	if err != nil {
		return nil, err
	}
	tv, err := src.Chain.Validators(ctx, int64(ci.LatestHeight.RevisionHeight)+1)
	if err != nil {
		return nil, err
	}
	m, err := NewMisbehaviour(dst.ClientID, mb, ci.LatestHeight, tv)
	if err != nil {
		return nil, err
	}
	msg, err := clienttypes.NewMsgSubmitMisbehaviour(dst.ClientID, m, dst.Chain.Address())
	if err != nil {
		return nil, fmt.Errorf("link: MsgSubmitMisbehaviour: %w", err)
	}
	res, err := dst.Chain.SendMsgs(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("link: submit misbehaviour of %s to %s: %w", src.Chain.ChainID(), dst.Chain.ChainID(), err)
	}
	return res, nil
}
