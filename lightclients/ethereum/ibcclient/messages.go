package ibcclient

import (
	errorsmod "cosmossdk.io/errors"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
)

var (
	_ exported.ClientMessage = (*Header)(nil)
	_ exported.ClientMessage = (*Misbehaviour)(nil)
)

// NewHeader wraps a verified-by-the-relayer beacon-API update (a full
// LightClientUpdate or a finality update, as adapters/evm/beacon returns
// them) as a client message. Optimistic updates are refused: the on-chain
// client follows finality only.
func NewHeader(u *ethereum.Update) (*Header, error) {
	h := &Header{Update: UpdateToProto(u)}
	if err := h.ValidateBasic(); err != nil {
		return nil, err
	}
	return h, nil
}

// ClientType implements exported.ClientMessage.
func (h *Header) ClientType() string { return ClientType }

// ValidateBasic checks that the update decodes and carries a finalized
// header.
func (h *Header) ValidateBasic() error {
	_, err := h.update()
	return err
}

func (h *Header) update() (*ethereum.Update, error) {
	u, err := h.Update.Decode()
	if err != nil {
		return nil, errorsmod.Wrap(clienttypes.ErrInvalidHeader, err.Error())
	}
	if u.FinalizedHeader == nil {
		return nil, errorsmod.Wrapf(clienttypes.ErrInvalidHeader, "%s update at attested slot %d has no finalized header; the client follows finality only", u.Kind(), u.AttestedHeader.Beacon.Slot)
	}
	if u.FinalizedHeader.Execution == nil {
		return nil, errorsmod.Wrapf(clienttypes.ErrInvalidHeader, "finalized header at slot %d proves only an execution block hash (Gloas format): the client needs the execution payload header for the state root", u.FinalizedHeader.Beacon.Slot)
	}
	return u, nil
}

// NewMisbehaviour builds misbehaviour evidence from two updates.
func NewMisbehaviour(a, b *ethereum.Update) (*Misbehaviour, error) {
	m := &Misbehaviour{Update_1: UpdateToProto(a), Update_2: UpdateToProto(b)}
	if err := m.ValidateBasic(); err != nil {
		return nil, err
	}
	return m, nil
}

// ClientType implements exported.ClientMessage.
func (m *Misbehaviour) ClientType() string { return ClientType }

// ValidateBasic checks that both updates decode.
func (m *Misbehaviour) ValidateBasic() error {
	_, _, err := m.updates()
	return err
}

func (m *Misbehaviour) updates() (*ethereum.Update, *ethereum.Update, error) {
	a, err := m.Update_1.Decode()
	if err != nil {
		return nil, nil, errorsmod.Wrapf(clienttypes.ErrInvalidMisbehaviour, "update_1: %v", err)
	}
	b, err := m.Update_2.Decode()
	if err != nil {
		return nil, nil, errorsmod.Wrapf(clienttypes.ErrInvalidMisbehaviour, "update_2: %v", err)
	}
	return a, b, nil
}
