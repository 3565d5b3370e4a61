package cosmos

import (
	"cosmossdk.io/x/tx/signing"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/std"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	vestingtypes "github.com/cosmos/cosmos-sdk/x/auth/vesting/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	"github.com/cosmos/gogoproto/proto"
	icacontrollertypes "github.com/cosmos/ibc-go/v8/modules/apps/27-interchain-accounts/controller/types"
	icahosttypes "github.com/cosmos/ibc-go/v8/modules/apps/27-interchain-accounts/host/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	ibctypes "github.com/cosmos/ibc-go/v8/modules/core/types"
	solomachine "github.com/cosmos/ibc-go/v8/modules/light-clients/06-solomachine"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
	localhost "github.com/cosmos/ibc-go/v8/modules/light-clients/09-localhost"

	ethclient "github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
)

// Codec bundles what the adapter needs to encode messages and transactions
// for one account prefix: the interface registry (SDK, bank, staking, auth,
// IBC core, 07-tendermint, transfer, interchain accounts), the proto codec and the tx config.
type Codec struct {
	Registry  codectypes.InterfaceRegistry
	Marshaler *codec.ProtoCodec
	TxConfig  client.TxConfig
	Address   addressCodec
}

type addressCodec interface {
	StringToBytes(text string) ([]byte, error)
	BytesToString(bz []byte) (string, error)
}

// NewCodec builds the codec for chains whose account addresses use prefix
// (e.g. "cosmos").
func NewCodec(prefix string) (*Codec, error) {
	ac := addresscodec.NewBech32Codec(prefix)
	reg, err := codectypes.NewInterfaceRegistryWithOptions(codectypes.InterfaceRegistryOptions{
		ProtoFiles: proto.HybridResolver,
		SigningOptions: signing.Options{
			AddressCodec:          ac,
			ValidatorAddressCodec: addresscodec.NewBech32Codec(prefix + "valoper"),
		},
	})
	if err != nil {
		return nil, err
	}
	std.RegisterInterfaces(reg)
	authtypes.RegisterInterfaces(reg)
	vestingtypes.RegisterInterfaces(reg)
	banktypes.RegisterInterfaces(reg)
	stakingtypes.RegisterInterfaces(reg)
	ibctypes.RegisterInterfaces(reg)
	ibctm.RegisterInterfaces(reg)
	solomachine.RegisterInterfaces(reg)
	localhost.RegisterInterfaces(reg)
	// Alliance chains host Causeway's Ethereum client (10-ethereum).
	ethclient.RegisterInterfaces(reg)
	transfertypes.RegisterInterfaces(reg)
	icacontrollertypes.RegisterInterfaces(reg)
	icahosttypes.RegisterInterfaces(reg)
	cdc := codec.NewProtoCodec(reg)
	return &Codec{Registry: reg, Marshaler: cdc, TxConfig: authtx.NewTxConfig(cdc, authtx.DefaultSignModes), Address: ac}, nil
}
