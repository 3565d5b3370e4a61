package ibcclient

import (
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
)

// RegisterInterfaces registers the client's ClientState, ConsensusState,
// Header and Misbehaviour with an interface registry, so the chain (and any
// client of it) can decode them from Any. An app registers it next to
// ibc-go's own light clients.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*exported.ClientState)(nil), &ClientState{})
	registry.RegisterImplementations((*exported.ConsensusState)(nil), &ConsensusState{})
	registry.RegisterImplementations((*exported.ClientMessage)(nil), &Header{}, &Misbehaviour{})
}
