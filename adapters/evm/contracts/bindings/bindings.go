// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// Height is an auto generated low-level Go binding around an user-defined struct.
type Height struct {
	RevisionNumber uint64
	RevisionHeight uint64
}

// IBCHandlerChannelEnd is an auto generated low-level Go binding around an user-defined struct.
type IBCHandlerChannelEnd struct {
	State                 uint8
	Ordering              uint8
	ConnectionId          string
	CounterpartyPortId    string
	CounterpartyChannelId string
	Version               string
	NextSequenceSend      uint64
	NextSequenceRecv      uint64
	NextSequenceAck       uint64
}

// ICS20TransferPacketData is an auto generated low-level Go binding around an user-defined struct.
type ICS20TransferPacketData struct {
	Amount   string
	Denom    string
	Memo     string
	Receiver string
	Sender   string
}

// Packet is an auto generated low-level Go binding around an user-defined struct.
type Packet struct {
	Sequence           uint64
	SourcePort         string
	SourceChannel      string
	DestinationPort    string
	DestinationChannel string
	Data               []byte
	TimeoutHeight      Height
	TimeoutTimestamp   uint64
}

// QBFTClientParams is an auto generated low-level Go binding around an user-defined struct.
type QBFTClientParams struct {
	Encoding       uint8
	TrustingPeriod uint64
	MaxClockDrift  uint64
	EpochLength    uint64
}

// QBFTClientTrustedState is an auto generated low-level Go binding around an user-defined struct.
type QBFTClientTrustedState struct {
	Number        uint64
	Hash          [32]byte
	Time          uint64
	Validators    []common.Address
	Vote          uint8
	VoteRecipient common.Address
}

// AttestationClientMetaData contains all meta data concerning the AttestationClient contract.
var AttestationClientMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"initialOperators\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"initialThreshold\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"acceptedRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"conflictingRoot\",\"type\":\"bytes32\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"operatorSetId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"OperatorsRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Unfrozen\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NAME\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"}],\"name\":\"getConsensus\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOperators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"}],\"name\":\"getTimestampAtHeight\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestHeight\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSetId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"newOperators\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"newThreshold\",\"type\":\"uint256\"}],\"name\":\"setOperators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unfreeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"clientMessage\",\"type\":\"bytes\"}],\"name\":\"updateClient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"path\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"verifyMembership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"path\",\"type\":\"bytes\"}],\"name\":\"verifyNonMembership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"verifySignatures\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60806040523461042d57611e608038038061001981610431565b92833981019060408183031261042d5780516001600160401b03811161042d5781019082601f8301121561042d578151916001600160401b03831161020b578260051b93602061006a818701610431565b8095815201916020839682010191821161042d57602001915b81831061040d5750505060200151905f5492604051335f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a38251156103cb5750821515806103c0575b1561037c576001600160a01b03198416331760a01c6001600160401b0390811660010194908511610368576001600160e01b03191633600160a01b600160e01b0319161760a085901b600160a01b600160e01b0316175f908155600280549190556001600160401b03949094169380610339575b505f5b82518110156102b657600581901b8301602001516001600160a01b0316908115610272575f828152600360205260409020546001600160401b0316861461021f575f82815260036020526040902080546001600160401b03191687179055600254916801000000000000000083101561020b5760018301806002558310156101f75760025f525f516020611e405f395f51905f5290920180546001600160a01b031916909217909155600101610146565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152602560248201527f4174746573746174696f6e436c69656e743a206475706c6963617465206f70656044820152643930ba37b960d91b6064820152608490fd5b606460405162461bcd60e51b815260206004820152602060248201527f4174746573746174696f6e436c69656e743a207a65726f206f70657261746f726044820152fd5b5090918060015560405192604084019060408552518091526060840192905f5b81811061031a57867f729879753e72178431daf6e7704ddb71f64251908cd60bf155824cf9e25b68d78780888860208301520390a26040516119e990816104578239f35b82516001600160a01b03168552602094850194909201916001016102d6565b60025f525f516020611e405f395f51905f52908101905b81811061035d5750610143565b5f8155600101610350565b634e487b7160e01b5f52601160045260245ffd5b606460405162461bcd60e51b815260206004820152602060248201527f4174746573746174696f6e436c69656e743a20626164207468726573686f6c646044820152fd5b5081518311156100cf565b62461bcd60e51b815260206004820152601f60248201527f4174746573746174696f6e436c69656e743a206e6f206f70657261746f7273006044820152606490fd5b82516001600160a01b038116810361042d57815260209283019201610083565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761020b5760405256fe60806040526004361015610011575f80fd5b5f3560e01c8063054f7d9c1461015457806307090c1f1461014f5780630a5c54b31461014a5780630bece356146101455780632523e9261461014057806327a099d81461013b5780632ce6b32a1461013657806342cde4e8146101315780636a28f0001461012c5780637ab0f73c146101275780638da5cb5b1461012257806393c98fc61461011d578063a3f4df7e14610118578063cf4862fd14610113578063e1ebfc371461010e578063e405bbc314610109578063e6bc10b714610104578063f2fde38b146100ff578063f698da25146100fa5763ffa1ad74146100f5575f80fd5b6109db565b6109a2565b6108e7565b61081e565b6107ef565b6107c7565b61072b565b610704565b610653565b61061b565b6105cd565b610579565b61055c565b6104fd565b610470565b61039f565b610355565b6102ea565b61017a565b34610176575f36600319011261017657602060ff600654166040519015158152f35b5f80fd5b34610176575f3660031901126101765760206040517f742334acc45028bbc532e537d619b8428fc1337e0362205c7766e98ebd0812ad8152f35b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176101e957604052565b6101b4565b604051906101fd6040836101c8565b565b6001600160401b0381116101e95760051b60200190565b9291926001600160401b0382116101e9576040519161023f601f8201601f1916602001846101c8565b829481845281830111610176578281602093845f960137010152565b81601f8201121561017657803590610272826101ff565b9261028060405194856101c8565b82845260208085019360051b830101918183116101765760208101935b8385106102ac57505050505090565b84356001600160401b03811161017657820183603f82011215610176576020916102df8583604086809601359101610216565b81520194019361029d565b34610176576040366003190112610176576024356004356001600160401b0382116101765761032061032692369060040161025b565b90610b05565b005b9181601f84011215610176578235916001600160401b038311610176576020838186019501011161017657565b34610176576020366003190112610176576004356001600160401b03811161017657610388610326913690600401610328565b90610d69565b604090600319011261017657600490565b34610176576040366003190112610176576001600160801b036103fd6103c43661038e565b60208135916103d283610642565b0135906103de82610642565b60401b67ffffffffffffffff60401b166001600160401b039091161790565b165f52600460205260206001600160401b03600160405f20015416604051908152f35b90602080835192838152019201905f5b81811061043d5750505090565b82516001600160a01b0316845260209384019390920191600101610430565b90602061046d928181520190610420565b90565b34610176575f3660031901126101765760405180602060025491828152019060025f527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace905f5b8181106104de576104da856104ce818703826101c8565b6040519182918261045c565b0390f35b82546001600160a01b03168452602090930192600192830192016104b7565b34610176576040366003190112610176576004356001600160401b0381116101765736602382011215610176578060040135906001600160401b038211610176573660248360051b83010111610176576103269160248035920161106d565b34610176575f366003190112610176576020600154604051908152f35b34610176575f3660031901126101765761059d60018060a01b035f5416331461100e565b60ff19600654166006557f9858ed79968f3b0489cf214a4be9d13d360f5dbfd60d780b110b4f214d55916c5f80a1005b34610176576040366003190112610176576001600160801b036105f26103c43661038e565b165f5260046020526040805f206001600160401b03600182549201541682519182526020820152f35b34610176575f366003190112610176575f546040516001600160a01b039091168152602090f35b6001600160401b0381160361017657565b3461017657608036600319011261017657602061069760043561067581610642565b60243561068181610642565b6044359061068e82610642565b60643592611240565b604051908152f35b604051906106ae6040836101c8565b601b82527f4361757365776179204174746573746174696f6e20436c69656e7400000000006020830152565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b34610176575f366003190112610176576104da61071f61069f565b604051918291826106da565b346101765760a0366003190112610176576107453661038e565b6044356001600160401b03811161017657610764903690600401610328565b91906064356001600160401b03811161017657610785903690600401610328565b60843593916001600160401b038511610176576104da956107ad6107b5963690600401610328565b9590946112fb565b60405190151581529081906020820190565b34610176575f3660031901126101765760206001600160401b035f5460a01c16604051908152f35b34610176575f3660031901126101765760406005546001600160401b038251918181168352831c166020820152f35b34610176576080366003190112610176576108383661038e565b6044356001600160401b03811161017657610857903690600401610328565b9091606435916001600160401b038311610176576104da9361088a6108836107b5953690600401610328565b3691610216565b602081519101206040516020810191600160f81b83526021820152602181526108b46041826101c8565b519020926118ed565b600435906001600160a01b038216820361017657565b35906001600160a01b038216820361017657565b34610176576020366003190112610176576109006108bd565b5f546001600160a01b0381169161091833841461100e565b6001600160a01b031691821561095d5782907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36001600160a01b031916175f55005b60405162461bcd60e51b815260206004820152601d60248201527f4174746573746174696f6e436c69656e743a207a65726f206f776e65720000006044820152606490fd5b34610176575f36600319011261017657602061069761134c565b604051906109cb6040836101c8565b60018252603160f81b6020830152565b34610176575f366003190112610176576104da61071f6109bc565b634e487b7160e01b5f52603260045260245ffd5b8051821015610a1e5760209160051b010190565b6109f6565b15610a2a57565b60405162461bcd60e51b815260206004820152604660248201527f4174746573746174696f6e436c69656e743a207369676e657273206e6f74207360448201527f74726963746c7920696e6372656173696e6720286475706c6963617465207369606482015265676e65723f2960d01b608482015260a490fd5b15610aab57565b60405162461bcd60e51b815260206004820152602c60248201527f4174746573746174696f6e436c69656e743a207369676e6572206973206e6f7460448201526b1030b71037b832b930ba37b960a11b6064820152608490fd5b815160015411610bbb5791905f925f91610b39610b2d5f546001600160401b039060a01c1690565b6001600160401b031690565b945b8151841015610bb357600190610b74610b5e610b578786610a0a565b518661155e565b91838060a01b0316838060a01b03831611610a23565b610bab87610ba5610b2d610b988560018060a01b03165f52600360205260405f2090565b546001600160401b031690565b14610aa4565b930192610b3b565b505050509050565b60405162461bcd60e51b815260206004820152603660248201527f4174746573746174696f6e436c69656e743a206665776572207369676e6174756044820152751c995cc81d1a185b881d1a19481d1a1c995cda1bdb1960521b6064820152608490fd5b91909160a081840312610176578035610c3781610642565b926020820135610c4681610642565b926040830135610c5581610642565b9260608101359260808201356001600160401b0381116101765761046d920161025b565b15610c8057565b60405162461bcd60e51b815260206004820152602360248201527f4174746573746174696f6e436c69656e743a20636c69656e742069732066726f6044820152623d32b760e91b6064820152608490fd5b15610cd857565b60405162461bcd60e51b815260206004820152601d60248201527f4174746573746174696f6e436c69656e743a20656d70747920726f6f740000006044820152606490fd5b15610d2457565b60405162461bcd60e51b815260206004820152601e60248201527f4174746573746174696f6e436c69656e743a207a65726f2068656967687400006044820152606490fd5b610d7591810190610c1f565b610d94610d8f610d8b6006979594975460ff1690565b1590565b610c79565b610d9f851515610cd1565b610dc96001600160401b03851691610db8831515610d1d565b610dc487858888611240565b610b05565b610e01604084901b67ffffffffffffffff60401b166001600160401b038616175b6001600160801b03165f52600460205260405f2090565b805480610f4c5750858155600101805467ffffffffffffffff19166001600160401b0384161790557f5505e41caa231c203edfd96b0181997c4c1a0599a62a38a209e58e02273d57fd94610eb7929091600554610e666001600160401b038216610b2d565b916001600160401b03871692808411938415610f17575b50505050610ebc575b60405194859485909493926001600160401b0390816060948160808601991685521660208401521660408201520152565b0390a1565b610f12610ec76101ee565b6001600160401b03868116808352908816602090920191909152600580546fffffffffffffffffffffffffffffffff1916909117604088901b67ffffffffffffffff60401b16179055565b610e86565b1492509082610f2c575b50505f808080610e7d565b909150610f449060401c6001600160401b0316610b2d565b105f80610f21565b909290861480159250610fd9575b50610f66575b50505050565b7f4d02dee55d0506d6ed04c219d18409cc1203a14b43c97a36734367bfc873889f93610fcd91610f9e600160ff196006541617600655565b5460405194859485909493926001600160401b0360609381608085019816845216602083015260408201520152565b0390a15f808080610f60565b90506001600160401b0380610ff860018501546001600160401b031690565b9216911614155f610f5a565b3561046d81610642565b1561101557565b60405162461bcd60e51b815260206004820152602a60248201527f4174746573746174696f6e436c69656e743a2063616c6c6572206973206e6f74604482015269103a34329037bbb732b960b11b6064820152608490fd5b5f549193929190611088336001600160a01b0384161461100e565b611091856101ff565b9461109f60405196876101c8565b808652602086019060051b82019136831161017657905b828210611228575050506110f76110fc916110d386511515611647565b8315158061121d575b6110e890959495611693565b60a01c6001600160401b031690565b6116de565b5f805467ffffffffffffffff60a01b191660a083901b67ffffffffffffffff60a01b1617905561112a6116fc565b6001600160401b038116915f5b85518110156111d957806111d36111606111536001948a610a0a565b516001600160a01b031690565b611172848060a01b038216151561174b565b61119d87611196610b2d610b988560018060a01b03165f52600360205260405f2090565b1415611796565b6001600160a01b0381165f908152600360205260409020805467ffffffffffffffff19166001600160401b0388161790556117f0565b01611137565b50937f729879753e72178431daf6e7704ddb71f64251908cd60bf155824cf9e25b68d79293915061120982600155565b61121860405192839283611858565b0390a2565b5085518411156110dc565b60208091611235846108d3565b8152019101906110b6565b916001600160401b039093919381805f5460a01c1695816040519660208801987f742334acc45028bbc532e537d619b8428fc1337e0362205c7766e98ebd0812ad8a5260408901521660608701521660808501521660a083015260c082015260c081526112ae60e0826101c8565b5190206112e76112f56112bf61134c565b92604051928391602083019586909160429261190160f01b8352600283015260228201520190565b03601f1981018352826101c8565b51902090565b94611311611320929461046d9894963691610216565b60208151910120923691610216565b602081519101206040519060208201925f845260218301526041820152604181526108b46061826101c8565b61135461069f565b602081519101206113636109bc565b602081519101206040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526112f560c0826101c8565b156113c257565b60405162461bcd60e51b815260206004820152602c60248201527f4174746573746174696f6e436c69656e743a207369676e61747572652069732060448201526b6e6f7420363520627974657360a01b6064820152608490fd5b634e487b7160e01b5f52601160045260245ffd5b60ff601b9116019060ff821161144257565b61141c565b1561144e57565b60405162461bcd60e51b815260206004820152602260248201527f4174746573746174696f6e436c69656e743a20626164207369676e6174757265604482015261103b60f11b6064820152608490fd5b156114a557565b60405162461bcd60e51b815260206004820152602860248201527f4174746573746174696f6e436c69656e743a206d616c6c6561626c65207369676044820152676e6174757265207360c01b6064820152608490fd5b6040513d5f823e3d90fd5b1561150d57565b60405162461bcd60e51b8152602060048201526024808201527f4174746573746174696f6e436c69656e743a20696e76616c6964207369676e616044820152637475726560e01b6064820152608490fd5b6020915f9161157060418351146113bb565b838201519160606040820151910151841a92601b8410611630575b906115fb916115a960ff8616601b8114908115611625575b50611447565b6115d57f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a083111561149e565b604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa15611620575f51906101fd6001600160a01b0383161515611506565b6114fb565b601c9150145f6115a3565b929061163e6115fb92611430565b9390915061158b565b1561164e57565b60405162461bcd60e51b815260206004820152601f60248201527f4174746573746174696f6e436c69656e743a206e6f206f70657261746f7273006044820152606490fd5b1561169a57565b606460405162461bcd60e51b815260206004820152602060248201527f4174746573746174696f6e436c69656e743a20626164207468726573686f6c646044820152fd5b6001600160401b036001911601906001600160401b03821161144257565b6002545f6002558061170b5750565b60025f527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace908101905b818110611740575050565b5f8155600101611735565b1561175257565b606460405162461bcd60e51b815260206004820152602060248201527f4174746573746174696f6e436c69656e743a207a65726f206f70657261746f726044820152fd5b1561179d57565b60405162461bcd60e51b815260206004820152602560248201527f4174746573746174696f6e436c69656e743a206475706c6963617465206f70656044820152643930ba37b960d91b6064820152608490fd5b600254680100000000000000008110156101e9576001810180600255811015610a1e5760025f527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b0319166001600160a01b03909216919091179055565b92919061186f602091604086526040860190610420565b930152565b602081830312610176578035906001600160401b03821161017657019080601f830112156101765781356118a7816101ff565b926118b560405194856101c8565b81845260208085019260051b82010192831161017657602001905b8282106118dd5750505090565b81358152602091820191016118d0565b610dea61192c919593949561190d602061190683611004565b9201611004565b6001600160401b0367ffffffffffffffff60401b91169160401b161790565b5492831580156119d0575b6119c7579061194891810190611874565b92905f915b84518310156119bf576001906119638487610a0a565b51808210156119975760408051602081019384529081019190915261198b81606081016112e7565b5190205b92019161194d565b604080516020810192835290810192909252906119b781606081016112e7565b51902061198f565b915092501490565b50509150505f90565b5060065460ff1661193756fea164736f6c634300081c000a405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace",
}

// AttestationClientABI is the input ABI used to generate the binding from.
// Deprecated: Use AttestationClientMetaData.ABI instead.
var AttestationClientABI = AttestationClientMetaData.ABI

// AttestationClientBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AttestationClientMetaData.Bin instead.
var AttestationClientBin = AttestationClientMetaData.Bin

// DeployAttestationClient deploys a new Ethereum contract, binding an instance of AttestationClient to it.
func DeployAttestationClient(auth *bind.TransactOpts, backend bind.ContractBackend, initialOperators []common.Address, initialThreshold *big.Int) (common.Address, *types.Transaction, *AttestationClient, error) {
	parsed, err := AttestationClientMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AttestationClientBin), backend, initialOperators, initialThreshold)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AttestationClient{AttestationClientCaller: AttestationClientCaller{contract: contract}, AttestationClientTransactor: AttestationClientTransactor{contract: contract}, AttestationClientFilterer: AttestationClientFilterer{contract: contract}}, nil
}

// AttestationClient is an auto generated Go binding around an Ethereum contract.
type AttestationClient struct {
	AttestationClientCaller     // Read-only binding to the contract
	AttestationClientTransactor // Write-only binding to the contract
	AttestationClientFilterer   // Log filterer for contract events
}

// AttestationClientCaller is an auto generated read-only Go binding around an Ethereum contract.
type AttestationClientCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AttestationClientTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AttestationClientTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AttestationClientFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AttestationClientFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AttestationClientSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AttestationClientSession struct {
	Contract     *AttestationClient // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// AttestationClientCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AttestationClientCallerSession struct {
	Contract *AttestationClientCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// AttestationClientTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AttestationClientTransactorSession struct {
	Contract     *AttestationClientTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// AttestationClientRaw is an auto generated low-level Go binding around an Ethereum contract.
type AttestationClientRaw struct {
	Contract *AttestationClient // Generic contract binding to access the raw methods on
}

// AttestationClientCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AttestationClientCallerRaw struct {
	Contract *AttestationClientCaller // Generic read-only contract binding to access the raw methods on
}

// AttestationClientTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AttestationClientTransactorRaw struct {
	Contract *AttestationClientTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAttestationClient creates a new instance of AttestationClient, bound to a specific deployed contract.
func NewAttestationClient(address common.Address, backend bind.ContractBackend) (*AttestationClient, error) {
	contract, err := bindAttestationClient(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AttestationClient{AttestationClientCaller: AttestationClientCaller{contract: contract}, AttestationClientTransactor: AttestationClientTransactor{contract: contract}, AttestationClientFilterer: AttestationClientFilterer{contract: contract}}, nil
}

// NewAttestationClientCaller creates a new read-only instance of AttestationClient, bound to a specific deployed contract.
func NewAttestationClientCaller(address common.Address, caller bind.ContractCaller) (*AttestationClientCaller, error) {
	contract, err := bindAttestationClient(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AttestationClientCaller{contract: contract}, nil
}

// NewAttestationClientTransactor creates a new write-only instance of AttestationClient, bound to a specific deployed contract.
func NewAttestationClientTransactor(address common.Address, transactor bind.ContractTransactor) (*AttestationClientTransactor, error) {
	contract, err := bindAttestationClient(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AttestationClientTransactor{contract: contract}, nil
}

// NewAttestationClientFilterer creates a new log filterer instance of AttestationClient, bound to a specific deployed contract.
func NewAttestationClientFilterer(address common.Address, filterer bind.ContractFilterer) (*AttestationClientFilterer, error) {
	contract, err := bindAttestationClient(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AttestationClientFilterer{contract: contract}, nil
}

// bindAttestationClient binds a generic wrapper to an already deployed contract.
func bindAttestationClient(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AttestationClientMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AttestationClient *AttestationClientRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AttestationClient.Contract.AttestationClientCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AttestationClient *AttestationClientRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AttestationClient.Contract.AttestationClientTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AttestationClient *AttestationClientRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AttestationClient.Contract.AttestationClientTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AttestationClient *AttestationClientCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AttestationClient.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AttestationClient *AttestationClientTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AttestationClient.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AttestationClient *AttestationClientTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AttestationClient.Contract.contract.Transact(opts, method, params...)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_AttestationClient *AttestationClientCaller) ATTESTATIONTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "ATTESTATION_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_AttestationClient *AttestationClientSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _AttestationClient.Contract.ATTESTATIONTYPEHASH(&_AttestationClient.CallOpts)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_AttestationClient *AttestationClientCallerSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _AttestationClient.Contract.ATTESTATIONTYPEHASH(&_AttestationClient.CallOpts)
}

// NAME is a free data retrieval call binding the contract method 0xa3f4df7e.
//
// Solidity: function NAME() view returns(string)
func (_AttestationClient *AttestationClientCaller) NAME(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "NAME")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// NAME is a free data retrieval call binding the contract method 0xa3f4df7e.
//
// Solidity: function NAME() view returns(string)
func (_AttestationClient *AttestationClientSession) NAME() (string, error) {
	return _AttestationClient.Contract.NAME(&_AttestationClient.CallOpts)
}

// NAME is a free data retrieval call binding the contract method 0xa3f4df7e.
//
// Solidity: function NAME() view returns(string)
func (_AttestationClient *AttestationClientCallerSession) NAME() (string, error) {
	return _AttestationClient.Contract.NAME(&_AttestationClient.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (_AttestationClient *AttestationClientCaller) VERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (_AttestationClient *AttestationClientSession) VERSION() (string, error) {
	return _AttestationClient.Contract.VERSION(&_AttestationClient.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (_AttestationClient *AttestationClientCallerSession) VERSION() (string, error) {
	return _AttestationClient.Contract.VERSION(&_AttestationClient.CallOpts)
}

// AttestationDigest is a free data retrieval call binding the contract method 0x93c98fc6.
//
// Solidity: function attestationDigest(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root) view returns(bytes32)
func (_AttestationClient *AttestationClientCaller) AttestationDigest(opts *bind.CallOpts, revisionNumber uint64, revisionHeight uint64, timestamp uint64, root [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "attestationDigest", revisionNumber, revisionHeight, timestamp, root)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AttestationDigest is a free data retrieval call binding the contract method 0x93c98fc6.
//
// Solidity: function attestationDigest(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root) view returns(bytes32)
func (_AttestationClient *AttestationClientSession) AttestationDigest(revisionNumber uint64, revisionHeight uint64, timestamp uint64, root [32]byte) ([32]byte, error) {
	return _AttestationClient.Contract.AttestationDigest(&_AttestationClient.CallOpts, revisionNumber, revisionHeight, timestamp, root)
}

// AttestationDigest is a free data retrieval call binding the contract method 0x93c98fc6.
//
// Solidity: function attestationDigest(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root) view returns(bytes32)
func (_AttestationClient *AttestationClientCallerSession) AttestationDigest(revisionNumber uint64, revisionHeight uint64, timestamp uint64, root [32]byte) ([32]byte, error) {
	return _AttestationClient.Contract.AttestationDigest(&_AttestationClient.CallOpts, revisionNumber, revisionHeight, timestamp, root)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AttestationClient *AttestationClientCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AttestationClient *AttestationClientSession) DomainSeparator() ([32]byte, error) {
	return _AttestationClient.Contract.DomainSeparator(&_AttestationClient.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AttestationClient *AttestationClientCallerSession) DomainSeparator() ([32]byte, error) {
	return _AttestationClient.Contract.DomainSeparator(&_AttestationClient.CallOpts)
}

// Frozen is a free data retrieval call binding the contract method 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (_AttestationClient *AttestationClientCaller) Frozen(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "frozen")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Frozen is a free data retrieval call binding the contract method 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (_AttestationClient *AttestationClientSession) Frozen() (bool, error) {
	return _AttestationClient.Contract.Frozen(&_AttestationClient.CallOpts)
}

// Frozen is a free data retrieval call binding the contract method 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (_AttestationClient *AttestationClientCallerSession) Frozen() (bool, error) {
	return _AttestationClient.Contract.Frozen(&_AttestationClient.CallOpts)
}

// GetConsensus is a free data retrieval call binding the contract method 0x7ab0f73c.
//
// Solidity: function getConsensus((uint64,uint64) height) view returns(bytes32 root, uint64 timestamp)
func (_AttestationClient *AttestationClientCaller) GetConsensus(opts *bind.CallOpts, height Height) (struct {
	Root      [32]byte
	Timestamp uint64
}, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "getConsensus", height)

	outstruct := new(struct {
		Root      [32]byte
		Timestamp uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// GetConsensus is a free data retrieval call binding the contract method 0x7ab0f73c.
//
// Solidity: function getConsensus((uint64,uint64) height) view returns(bytes32 root, uint64 timestamp)
func (_AttestationClient *AttestationClientSession) GetConsensus(height Height) (struct {
	Root      [32]byte
	Timestamp uint64
}, error) {
	return _AttestationClient.Contract.GetConsensus(&_AttestationClient.CallOpts, height)
}

// GetConsensus is a free data retrieval call binding the contract method 0x7ab0f73c.
//
// Solidity: function getConsensus((uint64,uint64) height) view returns(bytes32 root, uint64 timestamp)
func (_AttestationClient *AttestationClientCallerSession) GetConsensus(height Height) (struct {
	Root      [32]byte
	Timestamp uint64
}, error) {
	return _AttestationClient.Contract.GetConsensus(&_AttestationClient.CallOpts, height)
}

// GetOperators is a free data retrieval call binding the contract method 0x27a099d8.
//
// Solidity: function getOperators() view returns(address[])
func (_AttestationClient *AttestationClientCaller) GetOperators(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "getOperators")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetOperators is a free data retrieval call binding the contract method 0x27a099d8.
//
// Solidity: function getOperators() view returns(address[])
func (_AttestationClient *AttestationClientSession) GetOperators() ([]common.Address, error) {
	return _AttestationClient.Contract.GetOperators(&_AttestationClient.CallOpts)
}

// GetOperators is a free data retrieval call binding the contract method 0x27a099d8.
//
// Solidity: function getOperators() view returns(address[])
func (_AttestationClient *AttestationClientCallerSession) GetOperators() ([]common.Address, error) {
	return _AttestationClient.Contract.GetOperators(&_AttestationClient.CallOpts)
}

// GetTimestampAtHeight is a free data retrieval call binding the contract method 0x2523e926.
//
// Solidity: function getTimestampAtHeight((uint64,uint64) height) view returns(uint64)
func (_AttestationClient *AttestationClientCaller) GetTimestampAtHeight(opts *bind.CallOpts, height Height) (uint64, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "getTimestampAtHeight", height)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetTimestampAtHeight is a free data retrieval call binding the contract method 0x2523e926.
//
// Solidity: function getTimestampAtHeight((uint64,uint64) height) view returns(uint64)
func (_AttestationClient *AttestationClientSession) GetTimestampAtHeight(height Height) (uint64, error) {
	return _AttestationClient.Contract.GetTimestampAtHeight(&_AttestationClient.CallOpts, height)
}

// GetTimestampAtHeight is a free data retrieval call binding the contract method 0x2523e926.
//
// Solidity: function getTimestampAtHeight((uint64,uint64) height) view returns(uint64)
func (_AttestationClient *AttestationClientCallerSession) GetTimestampAtHeight(height Height) (uint64, error) {
	return _AttestationClient.Contract.GetTimestampAtHeight(&_AttestationClient.CallOpts, height)
}

// LatestHeight is a free data retrieval call binding the contract method 0xe405bbc3.
//
// Solidity: function latestHeight() view returns(uint64 revisionNumber, uint64 revisionHeight)
func (_AttestationClient *AttestationClientCaller) LatestHeight(opts *bind.CallOpts) (struct {
	RevisionNumber uint64
	RevisionHeight uint64
}, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "latestHeight")

	outstruct := new(struct {
		RevisionNumber uint64
		RevisionHeight uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.RevisionNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.RevisionHeight = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// LatestHeight is a free data retrieval call binding the contract method 0xe405bbc3.
//
// Solidity: function latestHeight() view returns(uint64 revisionNumber, uint64 revisionHeight)
func (_AttestationClient *AttestationClientSession) LatestHeight() (struct {
	RevisionNumber uint64
	RevisionHeight uint64
}, error) {
	return _AttestationClient.Contract.LatestHeight(&_AttestationClient.CallOpts)
}

// LatestHeight is a free data retrieval call binding the contract method 0xe405bbc3.
//
// Solidity: function latestHeight() view returns(uint64 revisionNumber, uint64 revisionHeight)
func (_AttestationClient *AttestationClientCallerSession) LatestHeight() (struct {
	RevisionNumber uint64
	RevisionHeight uint64
}, error) {
	return _AttestationClient.Contract.LatestHeight(&_AttestationClient.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint64)
func (_AttestationClient *AttestationClientCaller) OperatorSetId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "operatorSetId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint64)
func (_AttestationClient *AttestationClientSession) OperatorSetId() (uint64, error) {
	return _AttestationClient.Contract.OperatorSetId(&_AttestationClient.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint64)
func (_AttestationClient *AttestationClientCallerSession) OperatorSetId() (uint64, error) {
	return _AttestationClient.Contract.OperatorSetId(&_AttestationClient.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_AttestationClient *AttestationClientCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_AttestationClient *AttestationClientSession) Owner() (common.Address, error) {
	return _AttestationClient.Contract.Owner(&_AttestationClient.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_AttestationClient *AttestationClientCallerSession) Owner() (common.Address, error) {
	return _AttestationClient.Contract.Owner(&_AttestationClient.CallOpts)
}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (_AttestationClient *AttestationClientCaller) Threshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "threshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (_AttestationClient *AttestationClientSession) Threshold() (*big.Int, error) {
	return _AttestationClient.Contract.Threshold(&_AttestationClient.CallOpts)
}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (_AttestationClient *AttestationClientCallerSession) Threshold() (*big.Int, error) {
	return _AttestationClient.Contract.Threshold(&_AttestationClient.CallOpts)
}

// VerifyMembership is a free data retrieval call binding the contract method 0xcf4862fd.
//
// Solidity: function verifyMembership((uint64,uint64) height, bytes proof, bytes path, bytes value) view returns(bool)
func (_AttestationClient *AttestationClientCaller) VerifyMembership(opts *bind.CallOpts, height Height, proof []byte, path []byte, value []byte) (bool, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "verifyMembership", height, proof, path, value)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyMembership is a free data retrieval call binding the contract method 0xcf4862fd.
//
// Solidity: function verifyMembership((uint64,uint64) height, bytes proof, bytes path, bytes value) view returns(bool)
func (_AttestationClient *AttestationClientSession) VerifyMembership(height Height, proof []byte, path []byte, value []byte) (bool, error) {
	return _AttestationClient.Contract.VerifyMembership(&_AttestationClient.CallOpts, height, proof, path, value)
}

// VerifyMembership is a free data retrieval call binding the contract method 0xcf4862fd.
//
// Solidity: function verifyMembership((uint64,uint64) height, bytes proof, bytes path, bytes value) view returns(bool)
func (_AttestationClient *AttestationClientCallerSession) VerifyMembership(height Height, proof []byte, path []byte, value []byte) (bool, error) {
	return _AttestationClient.Contract.VerifyMembership(&_AttestationClient.CallOpts, height, proof, path, value)
}

// VerifyNonMembership is a free data retrieval call binding the contract method 0xe6bc10b7.
//
// Solidity: function verifyNonMembership((uint64,uint64) height, bytes proof, bytes path) view returns(bool)
func (_AttestationClient *AttestationClientCaller) VerifyNonMembership(opts *bind.CallOpts, height Height, proof []byte, path []byte) (bool, error) {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "verifyNonMembership", height, proof, path)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyNonMembership is a free data retrieval call binding the contract method 0xe6bc10b7.
//
// Solidity: function verifyNonMembership((uint64,uint64) height, bytes proof, bytes path) view returns(bool)
func (_AttestationClient *AttestationClientSession) VerifyNonMembership(height Height, proof []byte, path []byte) (bool, error) {
	return _AttestationClient.Contract.VerifyNonMembership(&_AttestationClient.CallOpts, height, proof, path)
}

// VerifyNonMembership is a free data retrieval call binding the contract method 0xe6bc10b7.
//
// Solidity: function verifyNonMembership((uint64,uint64) height, bytes proof, bytes path) view returns(bool)
func (_AttestationClient *AttestationClientCallerSession) VerifyNonMembership(height Height, proof []byte, path []byte) (bool, error) {
	return _AttestationClient.Contract.VerifyNonMembership(&_AttestationClient.CallOpts, height, proof, path)
}

// VerifySignatures is a free data retrieval call binding the contract method 0x0a5c54b3.
//
// Solidity: function verifySignatures(bytes32 digest, bytes[] signatures) view returns()
func (_AttestationClient *AttestationClientCaller) VerifySignatures(opts *bind.CallOpts, digest [32]byte, signatures [][]byte) error {
	var out []interface{}
	err := _AttestationClient.contract.Call(opts, &out, "verifySignatures", digest, signatures)

	if err != nil {
		return err
	}

	return err

}

// VerifySignatures is a free data retrieval call binding the contract method 0x0a5c54b3.
//
// Solidity: function verifySignatures(bytes32 digest, bytes[] signatures) view returns()
func (_AttestationClient *AttestationClientSession) VerifySignatures(digest [32]byte, signatures [][]byte) error {
	return _AttestationClient.Contract.VerifySignatures(&_AttestationClient.CallOpts, digest, signatures)
}

// VerifySignatures is a free data retrieval call binding the contract method 0x0a5c54b3.
//
// Solidity: function verifySignatures(bytes32 digest, bytes[] signatures) view returns()
func (_AttestationClient *AttestationClientCallerSession) VerifySignatures(digest [32]byte, signatures [][]byte) error {
	return _AttestationClient.Contract.VerifySignatures(&_AttestationClient.CallOpts, digest, signatures)
}

// SetOperators is a paid mutator transaction binding the contract method 0x2ce6b32a.
//
// Solidity: function setOperators(address[] newOperators, uint256 newThreshold) returns()
func (_AttestationClient *AttestationClientTransactor) SetOperators(opts *bind.TransactOpts, newOperators []common.Address, newThreshold *big.Int) (*types.Transaction, error) {
	return _AttestationClient.contract.Transact(opts, "setOperators", newOperators, newThreshold)
}

// SetOperators is a paid mutator transaction binding the contract method 0x2ce6b32a.
//
// Solidity: function setOperators(address[] newOperators, uint256 newThreshold) returns()
func (_AttestationClient *AttestationClientSession) SetOperators(newOperators []common.Address, newThreshold *big.Int) (*types.Transaction, error) {
	return _AttestationClient.Contract.SetOperators(&_AttestationClient.TransactOpts, newOperators, newThreshold)
}

// SetOperators is a paid mutator transaction binding the contract method 0x2ce6b32a.
//
// Solidity: function setOperators(address[] newOperators, uint256 newThreshold) returns()
func (_AttestationClient *AttestationClientTransactorSession) SetOperators(newOperators []common.Address, newThreshold *big.Int) (*types.Transaction, error) {
	return _AttestationClient.Contract.SetOperators(&_AttestationClient.TransactOpts, newOperators, newThreshold)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_AttestationClient *AttestationClientTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _AttestationClient.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_AttestationClient *AttestationClientSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _AttestationClient.Contract.TransferOwnership(&_AttestationClient.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_AttestationClient *AttestationClientTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _AttestationClient.Contract.TransferOwnership(&_AttestationClient.TransactOpts, newOwner)
}

// Unfreeze is a paid mutator transaction binding the contract method 0x6a28f000.
//
// Solidity: function unfreeze() returns()
func (_AttestationClient *AttestationClientTransactor) Unfreeze(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AttestationClient.contract.Transact(opts, "unfreeze")
}

// Unfreeze is a paid mutator transaction binding the contract method 0x6a28f000.
//
// Solidity: function unfreeze() returns()
func (_AttestationClient *AttestationClientSession) Unfreeze() (*types.Transaction, error) {
	return _AttestationClient.Contract.Unfreeze(&_AttestationClient.TransactOpts)
}

// Unfreeze is a paid mutator transaction binding the contract method 0x6a28f000.
//
// Solidity: function unfreeze() returns()
func (_AttestationClient *AttestationClientTransactorSession) Unfreeze() (*types.Transaction, error) {
	return _AttestationClient.Contract.Unfreeze(&_AttestationClient.TransactOpts)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x0bece356.
//
// Solidity: function updateClient(bytes clientMessage) returns()
func (_AttestationClient *AttestationClientTransactor) UpdateClient(opts *bind.TransactOpts, clientMessage []byte) (*types.Transaction, error) {
	return _AttestationClient.contract.Transact(opts, "updateClient", clientMessage)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x0bece356.
//
// Solidity: function updateClient(bytes clientMessage) returns()
func (_AttestationClient *AttestationClientSession) UpdateClient(clientMessage []byte) (*types.Transaction, error) {
	return _AttestationClient.Contract.UpdateClient(&_AttestationClient.TransactOpts, clientMessage)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x0bece356.
//
// Solidity: function updateClient(bytes clientMessage) returns()
func (_AttestationClient *AttestationClientTransactorSession) UpdateClient(clientMessage []byte) (*types.Transaction, error) {
	return _AttestationClient.Contract.UpdateClient(&_AttestationClient.TransactOpts, clientMessage)
}

// AttestationClientAttestedIterator is returned from FilterAttested and is used to iterate over the raw logs and unpacked data for Attested events raised by the AttestationClient contract.
type AttestationClientAttestedIterator struct {
	Event *AttestationClientAttested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AttestationClientAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AttestationClientAttested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AttestationClientAttested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AttestationClientAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AttestationClientAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AttestationClientAttested represents a Attested event raised by the AttestationClient contract.
type AttestationClientAttested struct {
	RevisionNumber uint64
	RevisionHeight uint64
	Timestamp      uint64
	Root           [32]byte
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterAttested is a free log retrieval operation binding the contract event 0x5505e41caa231c203edfd96b0181997c4c1a0599a62a38a209e58e02273d57fd.
//
// Solidity: event Attested(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root)
func (_AttestationClient *AttestationClientFilterer) FilterAttested(opts *bind.FilterOpts) (*AttestationClientAttestedIterator, error) {

	logs, sub, err := _AttestationClient.contract.FilterLogs(opts, "Attested")
	if err != nil {
		return nil, err
	}
	return &AttestationClientAttestedIterator{contract: _AttestationClient.contract, event: "Attested", logs: logs, sub: sub}, nil
}

// WatchAttested is a free log subscription operation binding the contract event 0x5505e41caa231c203edfd96b0181997c4c1a0599a62a38a209e58e02273d57fd.
//
// Solidity: event Attested(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root)
func (_AttestationClient *AttestationClientFilterer) WatchAttested(opts *bind.WatchOpts, sink chan<- *AttestationClientAttested) (event.Subscription, error) {

	logs, sub, err := _AttestationClient.contract.WatchLogs(opts, "Attested")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AttestationClientAttested)
				if err := _AttestationClient.contract.UnpackLog(event, "Attested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAttested is a log parse operation binding the contract event 0x5505e41caa231c203edfd96b0181997c4c1a0599a62a38a209e58e02273d57fd.
//
// Solidity: event Attested(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root)
func (_AttestationClient *AttestationClientFilterer) ParseAttested(log types.Log) (*AttestationClientAttested, error) {
	event := new(AttestationClientAttested)
	if err := _AttestationClient.contract.UnpackLog(event, "Attested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AttestationClientFrozenIterator is returned from FilterFrozen and is used to iterate over the raw logs and unpacked data for Frozen events raised by the AttestationClient contract.
type AttestationClientFrozenIterator struct {
	Event *AttestationClientFrozen // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AttestationClientFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AttestationClientFrozen)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AttestationClientFrozen)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AttestationClientFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AttestationClientFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AttestationClientFrozen represents a Frozen event raised by the AttestationClient contract.
type AttestationClientFrozen struct {
	RevisionNumber  uint64
	RevisionHeight  uint64
	AcceptedRoot    [32]byte
	ConflictingRoot [32]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterFrozen is a free log retrieval operation binding the contract event 0x4d02dee55d0506d6ed04c219d18409cc1203a14b43c97a36734367bfc873889f.
//
// Solidity: event Frozen(uint64 revisionNumber, uint64 revisionHeight, bytes32 acceptedRoot, bytes32 conflictingRoot)
func (_AttestationClient *AttestationClientFilterer) FilterFrozen(opts *bind.FilterOpts) (*AttestationClientFrozenIterator, error) {

	logs, sub, err := _AttestationClient.contract.FilterLogs(opts, "Frozen")
	if err != nil {
		return nil, err
	}
	return &AttestationClientFrozenIterator{contract: _AttestationClient.contract, event: "Frozen", logs: logs, sub: sub}, nil
}

// WatchFrozen is a free log subscription operation binding the contract event 0x4d02dee55d0506d6ed04c219d18409cc1203a14b43c97a36734367bfc873889f.
//
// Solidity: event Frozen(uint64 revisionNumber, uint64 revisionHeight, bytes32 acceptedRoot, bytes32 conflictingRoot)
func (_AttestationClient *AttestationClientFilterer) WatchFrozen(opts *bind.WatchOpts, sink chan<- *AttestationClientFrozen) (event.Subscription, error) {

	logs, sub, err := _AttestationClient.contract.WatchLogs(opts, "Frozen")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AttestationClientFrozen)
				if err := _AttestationClient.contract.UnpackLog(event, "Frozen", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFrozen is a log parse operation binding the contract event 0x4d02dee55d0506d6ed04c219d18409cc1203a14b43c97a36734367bfc873889f.
//
// Solidity: event Frozen(uint64 revisionNumber, uint64 revisionHeight, bytes32 acceptedRoot, bytes32 conflictingRoot)
func (_AttestationClient *AttestationClientFilterer) ParseFrozen(log types.Log) (*AttestationClientFrozen, error) {
	event := new(AttestationClientFrozen)
	if err := _AttestationClient.contract.UnpackLog(event, "Frozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AttestationClientOperatorsRotatedIterator is returned from FilterOperatorsRotated and is used to iterate over the raw logs and unpacked data for OperatorsRotated events raised by the AttestationClient contract.
type AttestationClientOperatorsRotatedIterator struct {
	Event *AttestationClientOperatorsRotated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AttestationClientOperatorsRotatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AttestationClientOperatorsRotated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AttestationClientOperatorsRotated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AttestationClientOperatorsRotatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AttestationClientOperatorsRotatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AttestationClientOperatorsRotated represents a OperatorsRotated event raised by the AttestationClient contract.
type AttestationClientOperatorsRotated struct {
	OperatorSetId uint64
	Operators     []common.Address
	Threshold     *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorsRotated is a free log retrieval operation binding the contract event 0x729879753e72178431daf6e7704ddb71f64251908cd60bf155824cf9e25b68d7.
//
// Solidity: event OperatorsRotated(uint64 indexed operatorSetId, address[] operators, uint256 threshold)
func (_AttestationClient *AttestationClientFilterer) FilterOperatorsRotated(opts *bind.FilterOpts, operatorSetId []uint64) (*AttestationClientOperatorsRotatedIterator, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _AttestationClient.contract.FilterLogs(opts, "OperatorsRotated", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return &AttestationClientOperatorsRotatedIterator{contract: _AttestationClient.contract, event: "OperatorsRotated", logs: logs, sub: sub}, nil
}

// WatchOperatorsRotated is a free log subscription operation binding the contract event 0x729879753e72178431daf6e7704ddb71f64251908cd60bf155824cf9e25b68d7.
//
// Solidity: event OperatorsRotated(uint64 indexed operatorSetId, address[] operators, uint256 threshold)
func (_AttestationClient *AttestationClientFilterer) WatchOperatorsRotated(opts *bind.WatchOpts, sink chan<- *AttestationClientOperatorsRotated, operatorSetId []uint64) (event.Subscription, error) {

	var operatorSetIdRule []interface{}
	for _, operatorSetIdItem := range operatorSetId {
		operatorSetIdRule = append(operatorSetIdRule, operatorSetIdItem)
	}

	logs, sub, err := _AttestationClient.contract.WatchLogs(opts, "OperatorsRotated", operatorSetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AttestationClientOperatorsRotated)
				if err := _AttestationClient.contract.UnpackLog(event, "OperatorsRotated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorsRotated is a log parse operation binding the contract event 0x729879753e72178431daf6e7704ddb71f64251908cd60bf155824cf9e25b68d7.
//
// Solidity: event OperatorsRotated(uint64 indexed operatorSetId, address[] operators, uint256 threshold)
func (_AttestationClient *AttestationClientFilterer) ParseOperatorsRotated(log types.Log) (*AttestationClientOperatorsRotated, error) {
	event := new(AttestationClientOperatorsRotated)
	if err := _AttestationClient.contract.UnpackLog(event, "OperatorsRotated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AttestationClientOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the AttestationClient contract.
type AttestationClientOwnershipTransferredIterator struct {
	Event *AttestationClientOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AttestationClientOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AttestationClientOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AttestationClientOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AttestationClientOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AttestationClientOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AttestationClientOwnershipTransferred represents a OwnershipTransferred event raised by the AttestationClient contract.
type AttestationClientOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_AttestationClient *AttestationClientFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*AttestationClientOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _AttestationClient.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &AttestationClientOwnershipTransferredIterator{contract: _AttestationClient.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_AttestationClient *AttestationClientFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *AttestationClientOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _AttestationClient.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AttestationClientOwnershipTransferred)
				if err := _AttestationClient.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_AttestationClient *AttestationClientFilterer) ParseOwnershipTransferred(log types.Log) (*AttestationClientOwnershipTransferred, error) {
	event := new(AttestationClientOwnershipTransferred)
	if err := _AttestationClient.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AttestationClientUnfrozenIterator is returned from FilterUnfrozen and is used to iterate over the raw logs and unpacked data for Unfrozen events raised by the AttestationClient contract.
type AttestationClientUnfrozenIterator struct {
	Event *AttestationClientUnfrozen // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AttestationClientUnfrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AttestationClientUnfrozen)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AttestationClientUnfrozen)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AttestationClientUnfrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AttestationClientUnfrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AttestationClientUnfrozen represents a Unfrozen event raised by the AttestationClient contract.
type AttestationClientUnfrozen struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterUnfrozen is a free log retrieval operation binding the contract event 0x9858ed79968f3b0489cf214a4be9d13d360f5dbfd60d780b110b4f214d55916c.
//
// Solidity: event Unfrozen()
func (_AttestationClient *AttestationClientFilterer) FilterUnfrozen(opts *bind.FilterOpts) (*AttestationClientUnfrozenIterator, error) {

	logs, sub, err := _AttestationClient.contract.FilterLogs(opts, "Unfrozen")
	if err != nil {
		return nil, err
	}
	return &AttestationClientUnfrozenIterator{contract: _AttestationClient.contract, event: "Unfrozen", logs: logs, sub: sub}, nil
}

// WatchUnfrozen is a free log subscription operation binding the contract event 0x9858ed79968f3b0489cf214a4be9d13d360f5dbfd60d780b110b4f214d55916c.
//
// Solidity: event Unfrozen()
func (_AttestationClient *AttestationClientFilterer) WatchUnfrozen(opts *bind.WatchOpts, sink chan<- *AttestationClientUnfrozen) (event.Subscription, error) {

	logs, sub, err := _AttestationClient.contract.WatchLogs(opts, "Unfrozen")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AttestationClientUnfrozen)
				if err := _AttestationClient.contract.UnpackLog(event, "Unfrozen", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnfrozen is a log parse operation binding the contract event 0x9858ed79968f3b0489cf214a4be9d13d360f5dbfd60d780b110b4f214d55916c.
//
// Solidity: event Unfrozen()
func (_AttestationClient *AttestationClientFilterer) ParseUnfrozen(log types.Log) (*AttestationClientUnfrozen, error) {
	event := new(AttestationClientUnfrozen)
	if err := _AttestationClient.contract.UnpackLog(event, "Unfrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerMetaData contains all meta data concerning the IBCHandler contract.
var IBCHandlerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"acknowledgement\",\"type\":\"bytes\"}],\"name\":\"AcknowledgePacket\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"}],\"name\":\"ChannelClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"}],\"name\":\"ChannelOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"ordering\",\"type\":\"uint8\"}],\"name\":\"ChannelProvisioned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"clientId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"ClientRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"}],\"name\":\"ConnectionEndUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"clientId\",\"type\":\"string\"}],\"name\":\"ConnectionProvisioned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"name\":\"PortBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"}],\"name\":\"RecvPacket\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"}],\"name\":\"SendPacket\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"}],\"name\":\"TimeoutPacket\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"acknowledgement\",\"type\":\"bytes\"}],\"name\":\"WriteAcknowledgement\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ORDER_ORDERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORDER_UNORDERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATE_CLOSED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATE_OPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATE_TRYOPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"acknowledgement\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"proofHeight\",\"type\":\"tuple\"}],\"name\":\"acknowledgePacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"name\":\"bindPort\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"name\":\"clients\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"commitPacket\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"name\":\"connectionClient\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"}],\"name\":\"encodeChannelEnd\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"}],\"name\":\"getChannel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"ordering\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"counterpartyPortId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"counterpartyChannelId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"nextSequenceSend\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextSequenceRecv\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextSequenceAck\",\"type\":\"uint64\"}],\"internalType\":\"structIBCHandler.ChannelEnd\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"path\",\"type\":\"string\"}],\"name\":\"getCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"data\",\"type\":\"bytes[]\"}],\"name\":\"multicall\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"results\",\"type\":\"bytes[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"}],\"name\":\"openChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"name\":\"portApps\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"ordering\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"counterpartyPortId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"counterpartyChannelId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"provisionChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"portId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"channelId\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"ordering\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"counterpartyPortId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"counterpartyChannelId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"provisionChannelTry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"clientId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"connectionEnd\",\"type\":\"bytes\"}],\"name\":\"provisionConnection\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"proofHeight\",\"type\":\"tuple\"}],\"name\":\"recvPacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"clientId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"registerClient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"sendPacket\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"connectionId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"connectionEnd\",\"type\":\"bytes\"}],\"name\":\"setConnectionEnd\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"proofHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"nextSequenceRecv\",\"type\":\"uint64\"}],\"name\":\"timeoutPacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"clientId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"clientMessage\",\"type\":\"bytes\"}],\"name\":\"updateClient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"acknowledgement\",\"type\":\"bytes\"}],\"name\":\"writeAcknowledgement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60808060405234604f57600180546001600160a01b031916339081179091555f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a361418490816100548239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806303a61d86146101df578063117e886a146101da5780631739585c1461016c57806318c19870146101d55780631d970992146101d057806320ba1e9f146101cb5780633000217a146101c657806330910bb6146101c1578063317f934c146101bc5780634b726c79146101b75780635dc276fc146101b25780636e978a03146101ad5780636fbf8079146101a857806374091ef6146101a3578063839df9451461019e57806384166eb1146101995780638a012187146101945780638da5cb5b1461018f5780639fef611f1461018a578063a7b09e2a14610185578063ac9650d814610180578063ae4cd2011461017b578063c8d6b01c14610176578063ca95666714610171578063ccef05bd1461016c578063cfe685b714610167578063df5c6a5a14610162578063edd8a9a01461015d5763f2fde38b14610158575f80fd5b611f9a565b611f10565b611ded565b611988565b610411565b611897565b61187c565b6117cb565b61175f565b6116b1565b611681565b611659565b61114e565b610f48565b610e31565b610d4c565b610cad565b610bea565b610baf565b610b94565b610a34565b610a19565b6108db565b61078a565b610740565b61042c565b6102f6565b610244565b60409060431901126101f557604490565b5f80fd5b6001600160401b038116036101f557565b3590610215826101f9565b565b9181601f840112156101f5578235916001600160401b0383116101f557602083818601950101116101f557565b346101f5573660031901608081126101f5576040136101f557604435610269816101f9565b6064356001600160401b0381116101f55760209161028e610296923690600401610217565b916004612072565b604051908152f35b600435906001600160a01b03821682036101f557565b60406003198201126101f557600435906001600160401b0382116101f5576102de91600401610217565b90916024356001600160a01b03811681036101f55790565b346101f557610304366102b4565b9161031a60018060a01b03600154163314612129565b6001600160a01b038316156103cb576103c67feb512a896eb7a0e913d643d73a278777b040aab4f66dc4513334edd2d3ac809c9361038d61038761037b6040518787823760048882019081528190036020019020546001600160a01b031690565b6001600160a01b031690565b156121b3565b6103ba8161039b8686612181565b80546001600160a01b0319166001600160a01b03909216919091179055565b60405193849384612218565b0390a1005b60405162461bcd60e51b8152602060048201526014602482015273049424348616e646c65723a207a65726f206170760641b6044820152606490fd5b5f9103126101f557565b346101f5575f3660031901126101f557602060405160028152f35b346101f55761043a366102b4565b9161045060018060a01b03600154163314612129565b6001600160a01b038316156104be576103c6836103ba7ff7809ef0ae794fda64613bf1a5bf2c8d46120e4b4c6fcc1dd9fb66a456ac3b41956040518686823760208188810160028152030190209060018060a01b03166bffffffffffffffffffffffff60a01b825416179055565b60405162461bcd60e51b815260206004820152601760248201527f49424348616e646c65723a207a65726f20636c69656e740000000000000000006044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b61012081019081106001600160401b0382111761053357604052565b610503565b90601f801991011681019081106001600160401b0382111761053357604052565b6040519061021561012083610538565b60405190610215604083610538565b6040519061021561010083610538565b6001600160401b03811161053357601f01601f191660200190565b9291926105af82610588565b916105bd6040519384610538565b8294818452818301116101f5578281602093845f960137010152565b60206003198201126101f557600435906001600160401b0382116101f557806023830112156101f557816024610614936004013591016105a3565b90565b805191908290602001825e015f815290565b602061063b9160405192838092610617565b600381520301902090565b90600182811c92168015610674575b602083101461066057565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610655565b9060405191825f82549261069184610646565b80845293600181169081156106fa57506001146106b6575b5061021592500383610538565b90505f9291925260205f20905f915b8183106106de575050906020610215928201015f6106a9565b60209193508060019154838589010152019101909184926106c5565b90506020925061021594915060ff191682840152151560051b8201015f6106a9565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346101f5576107866107726107656020610759366105d9565b60405192838092610617565b600381520301902061067e565b60405191829160208352602083019061071c565b0390f35b346101f557602061079a366105d9565b6107a76040518092610617565b6002815281900382019020546040516001600160a01b039091168152f35b60406003198201126101f5576004356001600160401b0381116101f557816107ef91600401610217565b92909291602435906001600160401b0382116101f55761081191600401610217565b9091565b610614906020815261082d60208201845160ff169052565b602083015160ff1660408201526101206101006108a461088e610878610862604089015186606089015261014088019061071c565b6060890151878203601f1901608089015261071c565b6080880151868203601f190160a088015261071c565b60a0870151858203601f190160c087015261071c565b60c08601516001600160401b031660e08501529460e08101516001600160401b0316848301525b01516001600160401b0316910152565b346101f5576109376108ec366107c5565b925f61010060409493945161090081610517565b8281528260208201526060604082015260608082015260606080820152606060a08201528260c08201528260e0820152015261345b565b5f52600560205261078660405f20610a0d6109fc6005610955610559565b9361098561097b825461097261096b8260ff1690565b60ff168952565b60081c60ff1690565b60ff166020870152565b6109916001820161067e565b60408601526109a26002820161067e565b60608601526109b36003820161067e565b60808601526109c46004820161067e565b60a086015201546001600160401b03811660c08501526001600160401b03604082901c1660e085015260801c6001600160401b031690565b6001600160401b0316610100830152565b60405191829182610815565b346101f5575f3660031901126101f557602060405160018152f35b346101f55760603660031901126101f5576004356001600160401b0381116101f557610a64903690600401610217565b6024356001600160401b0381116101f557610a83903690600401610217565b604493919335906001600160401b0382116101f5577f31014b5f759145ddac3caa5f32f64d00ded9e89ae60b2925986ea502099fb92c94610b88610b82610ad16103c6953690600401610217565b9190610ae860018060a01b03600154163314612129565b610b136040518787823760028189019081528190036020019020546001600160a01b03161515612241565b610b2e610b28610b238b8b61219a565b61228d565b15612297565b610b428686610b3d8c8c61219a565b612332565b6040516b636f6e6e656374696f6e732f60a01b602082015292610b7b84610b6d602c82018d8d61205a565b03601f198101865285610538565b36916105a3565b906134a1565b604051948594856123fa565b346101f5575f3660031901126101f557602060405160038152f35b346101f5576020610bbf366105d9565b610bcc6040518092610617565b6004815281900382019020546040516001600160a01b039091168152f35b346101f5577f4305299c411a45ef8a79f20769da82690dac4c40aabfd8188b8d2c727480fbf1610c9e610b82610c1f366107c5565b9194929390610c3960018060a01b03600154163314612129565b610c61610c5a604051888882376020818a8101600381520301902054610646565b1515612421565b604051926b636f6e6e656374696f6e732f60a01b60208501528686602c860137610b7b602c858981015f838201520301601f198101865285610538565b6103c66040519283928361246d565b346101f557610cea610cbe366107c5565b93909291806040519384376002908301908152829003602001909120546001600160a01b039190821690565b1691610cf7831515612241565b823b156101f557610d21925f92836040518096819582946305f671ab60e11b84526004840161246d565b03925af18015610d4757610d3157005b80610d3f5f610d4593610538565b80610407565b005b612067565b346101f557610d5a366107c5565b610d7260018060a09694961b03600154163314612129565b610d7e8185858561345b565b5f52600560205260405f2090600260ff83541603610dd457815460ff191660031782557fdd0276d7c529c4153914dfb1fa7eb356910770d83be26c00e48ed49f46f306bb946103c692610b8890838388886134ec565b60405162461bcd60e51b815260206004820152602260248201527f49424348616e646c65723a206368616e6e656c206e6f7420696e205452594f5060448201526122a760f11b6064820152608490fd5b5f525f60205260405f2090565b346101f55760203660031901126101f5576004355f525f602052602060405f2054604051908152f35b359060ff821682036101f557565b9060e06003198301126101f5576004356001600160401b0381116101f55782610e9391600401610217565b929092916024356001600160401b0381116101f55782610eb591600401610217565b92909291610ec36044610e5a565b916064356001600160401b0381116101f55781610ee291600401610217565b929092916084356001600160401b0381116101f55781610f0491600401610217565b9290929160a4356001600160401b0381116101f55781610f2691600401610217565b9290929160c435906001600160401b0382116101f55761081191600401610217565b346101f557610f5636610e68565b919b9995908b9387968b998d94600160a01b60019003600154163314610f7b90612129565b3690610f86926105a3565b963690610f92926105a3565b9d3690610f9e926105a3565b923690610faa926105a3565b916001600160a01b03610fbd8584612181565b546001600160a01b0316161515610fd39061352b565b610fdc85610629565b610fe59061228d565b1515610ff090612421565b60ff89169c60018e149081157f21247dab55f78f0e9feb658a970d2de1a77ec850fda737be62ad3bed6526489b9f6110506103c69e6110e79b6110b99a6110b09961104b6110a79961105e9761109e99611134575b50613577565b61345b565b5f52600560205260405f2090565b9761107660ff61106f8b5460ff1690565b16156135c3565b885460ff191660031789555b885461ff00191660088e901b61ff00161789556001890161360f565b6002870161360f565b6003850161360f565b6004830161360f565b6005810180546001600160c01b031916700100000000000000010000000000000001179055838389896134ec565b6111286110fe838389896110f961273e565b613b2c565b604051600160c01b60208201529061112382602881015b03601f198101845283610538565b6134a1565b604051958695866136ce565b60029150145f611045565b90816101209103126101f55790565b346101f55760a03660031901126101f5576004356001600160401b0381116101f55761117e90369060040161113f565b6024356001600160401b0381116101f55761119d903690600401610217565b906111a7366101e4565b6084356111b3816101f9565b61105060208601946111e06111c8878961247e565b60408a0194916111d8868c61247e565b92909161345b565b805490956111f6600360ff8085165b16146124b0565b6112008988613703565b61120989613819565b95896112148961398d565b9360c082016001600160401b0361122a82612050565b161590811591611640575b8161161e575b50610100830161125961124d82612050565b6001600160401b031690565b15159081611569575b506002926109728361127e9360ff959115611561575b50612597565b16036114a5579061132e6113036113116112e06112d5866112bb8d6001600160401b036112b261124d60209f9e9d9c612050565b911611156126f2565b6112c8606082018261247e565b929091608081019061247e565b9290916110f961273e565b996040519283918a83016008916001600160401b0360c01b9060c01b1681520190565b03601f198101835282610538565b60405163cf4862fd60e01b8152988996879586956004870161276c565b03916001600160a01b03165afa948515610d47575f6113ee61037b957ff8a053610c36b2dd3329072a4ae420777eda56682c137f2faf88534bb7e6a53e856113b861037b9a611439988e61139061144c9f61143f9d8b91611476575b506127b1565b825460ff191660041783556113b06113a88b8361247e565b93909261247e565b9290916134ec565b8b6113de6113d16113c9898461247e565b94909361247e565b90604051948594856123fa565b0390a15f525f60205260405f2090565b556001600160401b0361140088612050565b167fbdd36a33ca08cc2f5737cc3ad70e20baafc7e5814d43e3790bfb904bde6e01b3604051806114308b8261292b565b0390a28661247e565b90612181565b546001600160a01b031690565b803b156101f5576040516352c7157d60e01b8152905f908290818381610d2133896004840161293c565b611498915060203d60201161149e575b6114908183610538565b810190612643565b5f61138a565b503d611486565b6114c29197999850602096506114e792939495506060018a61247e565b6114cf60808c018c61247e565b916114d98d612050565b936114e261261d565b613aae565b946115086040519687958694859463e6bc10b760e01b86526004860161265b565b03916001600160a01b03165afa8015610d475761143961037b935f6113ee61144c97610e2461143f9661037b988591611542575b5061268e565b61155b915060203d60201161149e576114908183610538565b5f61153c565b90505f611278565b9350509060405192631291f49360e11b84526020848061158c8860048301612587565b03816001600160a01b038b165afa918215610d47576109728f959460ff9461127e946002975f926115dc575b506115cd61124d6001600160401b0392612050565b91161015935093505092611262565b6001600160401b0391925061124d61160e6115cd9260203d602011611617575b6116068183610538565b810190612546565b939250506115b8565b503d6115fc565b61163a91506116369061163136876124fc565b613a2e565b1590565b5f61123b565b905061165161124d60e08501612050565b151590611235565b346101f5575f3660031901126101f5576001546040516001600160a01b039091168152602090f35b346101f55761169b611692366107c5565b9291909161345b565b5f52600560205261078661077260405f20613b8e565b346101f55760203660031901126101f5576004356001600160401b0381116101f557610b7b6116e4913690600401610217565b602081519101205f525f602052602060405f2054604051908152f35b602081016020825282518091526040820191602060408360051b8301019401925f915b83831061173257505050505090565b9091929394602080611750600193603f19868203018752895161071c565b97019301930191939290611723565b346101f55760203660031901126101f5576004356001600160401b0381116101f557366023820112156101f5578060040135906001600160401b0382116101f5573660248360051b830101116101f5576107869160246117bf92016129de565b60405191829182611700565b346101f55760c03660031901126101f5576004356001600160401b0381116101f5576117fb903690600401610217565b6024356001600160401b0381116101f55761181a903690600401610217565b919092611826366101e4565b60843590611833826101f9565b60a435946001600160401b0386116101f5576107869661185a611862973690600401610217565b969095612c25565b6040516001600160401b0390911681529081906020820190565b346101f5575f3660031901126101f557602060405160048152f35b346101f55760403660031901126101f5576004356001600160401b0381116101f5576118c790369060040161113f565b6024356001600160401b0381116101f5576118e6903690600401610217565b61191e6118f86060859495018461247e565b806040519283378101906004825260208160018060a01b03930301902054163314612a8d565b801561193957610d45926119339136916105a3565b90613d02565b60405162461bcd60e51b815260206004820152602160248201527f49424348616e646c65723a20656d7074792061636b6e6f776c656467656d656e6044820152601d60fa1b6064820152608490fd5b346101f55760803660031901126101f5576004356001600160401b0381116101f5576119b890369060040161113f565b6024356001600160401b0381116101f557816119db611050923690600401610217565b906119e5366101e4565b9060206060850193611a0a6119fa868861247e565b6080890199916111d88b8b61247e565b958693845495611a21600360ff6111ef8a60ff1690565b611b33611303611b16611b0388870196611a4b8b6002611a418b8561247e565b9190920191613dcb565b80611dcf575b611a5a90612e14565b611afa611ae3611adc61037b611ad660c086016001600160401b03611a7e82612050565b161580611db9575b8015611d8b575b611a9690612e86565b611ac06101008801611aaa61124d82612050565b158015611d6a575b611abb90612efc565b612050565b90611ace60a089018961247e565b929091612072565b9e61398d565b998361247e565b611af26040859395018361247e565b939092612050565b936114e2612b77565b986040519283918a830160209181520190565b60405163cf4862fd60e01b8152978896879586956004870161276c565b03915afa928315610d4757611c729561037b9588600260ff611b6a61143f9861097261037b9b6114399a5f91611d4b575b50612f59565b1603611cd9576112d5611c3193611bed61111594611bc6611bc186611abb6005611b96611c009a612050565b9501946001600160401b03611bb961124d88546001600160401b039060401c1690565b911614613010565b612b54565b67ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b611bf7868d61247e565b9290918d61247e565b611123611c0f611bc18c612050565b60405160c09190911b6001600160c01b03191660208201529283906028820190565b6001600160401b03611c4288612050565b167f71e7ff080b7417fde986fa2c3c66e66102deb25f918c9140f5e9bbffb7f56f62604051806114308b8261292b565b5f6040518092632301c6f560e01b8252818381611c9333896004840161293c565b03925af1908115610d47575f91611cb7575b508051611cae57005b610d4591613d02565b611cd391503d805f833e611ccb8183610538565b810190613079565b5f611ca5565b611d219150611d46926114d982611af2611cf688611cff9661247e565b9190948361247e565b60208151910120610e24611d1a825f525f60205260405f2090565b5415612fb8565b7f5fe7f977e71dba2ea1a68e21057beebb9be2ac30c6410aa38d4f3fbe41dcffd29055565b611c31565b611d64915060203d60201161149e576114908183610538565b5f611b64565b50611abb611d7742612ee0565b611d8361124d84612050565b119050611ab2565b50611a96611db282611d9b610569565b5f8152436001600160401b03166020820152613a2e565b9050611a8d565b50611dc961124d60e08901612050565b15611a86565b50611a5a611de68c6003611a41604086018661247e565b9050611a51565b346101f557611dfb36610e68565b919b9995908b9387968b998d94600160a01b60019003600154163314611e2090612129565b3690611e2b926105a3565b963690611e37926105a3565b9d3690611e43926105a3565b923690611e4f926105a3565b916001600160a01b03611e628584612181565b546001600160a01b0316161515611e789061352b565b611e8185610629565b611e8a9061228d565b1515611e9590612421565b60ff89169c60018e149081157f21247dab55f78f0e9feb658a970d2de1a77ec850fda737be62ad3bed6526489b9f6110506103c69e6110e79b6110b99a6110b09961104b6110a799611eef9761109e996111345750613577565b97611f0060ff61106f8b5460ff1690565b885460ff19166002178955611082565b346101f55760a03660031901126101f5576004356001600160401b0381116101f557611f4090369060040161113f565b6024356001600160401b0381116101f557611f5f903690600401610217565b6044929192356001600160401b0381116101f557611f81903690600401610217565b9160403660631901126101f557610d4594606494613201565b346101f55760203660031901126101f557611fb361029e565b6001546001600160a01b03811691611fcc338414612129565b6001600160a01b03169182156120125782907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36001600160a01b03191617600155005b60405162461bcd60e51b815260206004820152601660248201527524a121a430b7323632b91d103d32b9379037bbb732b960511b6044820152606490fd5b35610614816101f9565b908092918237015f815290565b6040513d5f823e3d90fd5b9190925f60209182853595612086876101f9565b013593612092856101f9565b8160405192839283378101838152039060025afa15610d47576020925f9261211992845191604051936001600160401b0360c01b9060c01b16878501526001600160401b0360c01b9060c01b1660288401526001600160401b0360c01b9060c01b16603083015260388201526038815261210d605882610538565b60405191828092610617565b039060025afa15610d47575f5190565b1561213057565b60405162461bcd60e51b815260206004820152602360248201527f49424348616e646c65723a2063616c6c6572206973206e6f7420746865206f776044820152623732b960e91b6064820152608490fd5b6020908260405193849283378101600481520301902090565b6020908260405193849283378101600381520301902090565b156121ba57565b60405162461bcd60e51b8152602060048201526016602482015275125090d2185b991b195c8e881c1bdc9d08189bdd5b9960521b6044820152606490fd5b908060209392818452848401375f828201840152601f01601f1916010190565b91602091612231919594956040855260408501916121f8565b6001600160a01b03909416910152565b1561224857565b60405162461bcd60e51b815260206004820152601a60248201527f49424348616e646c65723a20756e6b6e6f776e20636c69656e740000000000006044820152606490fd5b6106149054610646565b1561229e57565b60405162461bcd60e51b815260206004820152601d60248201527f49424348616e646c65723a20636f6e6e656374696f6e206578697374730000006044820152606490fd5b601f82116122f057505050565b5f5260205f20906020601f840160051c83019310612328575b601f0160051c01905b81811061231d575050565b5f8155600101612312565b9091508190612309565b9092916001600160401b03811161053357612357816123518454610646565b846122e3565b5f601f82116001146123955781906123869394955f9261238a575b50508160011b915f199060031b1c19161790565b9055565b013590505f80612372565b601f198216946123a8845f5260205f2090565b915f5b8781106123e25750836001959697106123c9575b505050811b019055565b01355f19600384901b60f8161c191690555f80806123bf565b909260206001819286860135815501940191016123ab565b92906124139061061495936040865260408601916121f8565b9260208185039101526121f8565b1561242857565b60405162461bcd60e51b815260206004820152601e60248201527f49424348616e646c65723a20756e6b6e6f776e20636f6e6e656374696f6e00006044820152606490fd5b9160206106149381815201916121f8565b903590601e19813603018212156101f557018035906001600160401b0382116101f5576020019181360383136101f557565b156124b757565b60405162461bcd60e51b815260206004820152601c60248201527f49424348616e646c65723a206368616e6e656c206e6f74206f70656e000000006044820152606490fd5b91908260409103126101f557604051604081018181106001600160401b038211176105335760405260208082948035612534816101f9565b8452013591612542836101f9565b0152565b908160209103126101f55751610614816101f9565b6001600160401b0360208092828135612573816101f9565b1685520135612581816101f9565b16910152565b604081019291610215919061255b565b1561259e57565b60405162461bcd60e51b815260206004820152603860248201527f49424348616e646c65723a207061636b657420686173206e6f742074696d656460448201527f206f7574206f6e2074686520636f756e746572706172747900000000000000006064820152608490fd5b60405190612618602083610538565b5f8252565b6040519061262c604083610538565b6008825267726563656970747360c01b6020830152565b908160209103126101f5575180151581036101f55790565b9291610614949261266f856126809461255b565b6080604086015260808501916121f8565b91606081840391015261071c565b1561269557565b60405162461bcd60e51b815260206004820152602f60248201527f49424348616e646c65723a207061636b6574207265636569707420616273656e60448201526e18d9481c1c9bdbd98819985a5b1959608a1b6064820152608490fd5b156126f957565b60405162461bcd60e51b815260206004820152601f60248201527f49424348616e646c65723a207061636b657420776173207265636569766564006044820152606490fd5b6040519061274d604083610538565b601082526f3732bc3a29b2b8bab2b731b2a932b1bb60811b6020830152565b93906127a3926106149694612784876127959461255b565b60a0604088015260a08701916121f8565b90848203606086015261071c565b91608081840391015261071c565b156127b857565b60405162461bcd60e51b815260206004820152602e60248201527f49424348616e646c65723a206e6578742073657175656e63652072656365697660448201526d19481c1c9bdbd98819985a5b195960921b6064820152608490fd5b9035601e19823603018112156101f55701602081359101916001600160401b0382116101f55781360383136101f557565b9061061490612864816128578561020a565b6001600160401b03169052565b61010061291d816129066128eb6128d06128b561289a61288760208c018c612814565b61012060208c01526101208b01916121f8565b6128a760408c018c612814565b908a830360408c01526121f8565b6128c260608b018b612814565b9089830360608b01526121f8565b6128dd60808a018a612814565b9088830360808a01526121f8565b6128f860a0890189612814565b9087830360a08901526121f8565b9561291760c0860160c0830161255b565b0161020a565b6001600160401b0316910152565b906020610614928181520190612845565b90612231602091949394604084526040840190612845565b6001600160401b0381116105335760051b60200190565b634e487b7160e01b5f52603260045260245ffd5b90821015612996576108119160051b81019061247e565b61296b565b3d156129c5573d906129ac82610588565b916129ba6040519384610538565b82523d5f602084013e565b606090565b80518210156129965760209160051b010190565b9190916129ea83612954565b906129f86040519283610538565b838252601f19612a0785612954565b015f5b818110612a7c57505081935f5b818110612a245750505050565b5f80612a3183858761297f565b90612a416040518093819361205a565b0390305af4612a4e61299b565b9015612a745790600191612a6282876129ca565b52612a6d81866129ca565b5001612a17565b602081519101fd5b806060602080938701015201612a0a565b15612a9457565b60405162461bcd60e51b815260206004820152602860248201527f49424348616e646c65723a2063616c6c657220646f6573206e6f74206f776e206044820152671d1a19481c1bdc9d60c21b6064820152608490fd5b15612af157565b60405162461bcd60e51b815260206004820152602160248201527f49424348616e646c65723a207061636b657420686173206e6f2074696d656f756044820152601d60fa1b6064820152608490fd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b036001911601906001600160401b038211612b7257565b612b40565b60405190612b86604083610538565b600b82526a636f6d6d69746d656e747360a81b6020830152565b6106149060208152612bbe6020820184516001600160401b03169052565b61012060e0612bfe61088e610878610862612be860208a01518760408a015261014089019061071c565b60408a0151888203601f190160608a015261071c565b946108cb60c0820151838601906001600160401b0360208092828151168552015116910152565b97969195929095612c4c612c3c61143f898c612181565b6001600160a01b03163314612a8d565b6001600160401b03861615801590612e00575b8015612de4575b612c6f90612aea565b612c7b8282898c61345b565b612c8d905f52600560205260405f2090565b918254612c9a9060ff1690565b60ff16600314612ca9906124b0565b60058301998a54612cc0906001600160401b031690565b9a612cca8c612b54565b815467ffffffffffffffff19166001600160401b03909116179055612cf185878a8a612072565b818c84868d612cfe612b77565b94612d0895613aae565b80519060200120612d20905f525f60205260405f2090565b55612d29610578565b6001600160401b038c168152983690612d41926105a3565b60208901523690612d51926105a3565b6040870152612d626002820161067e565b6060870152600301612d739061067e565b60808601523690612d83926105a3565b60a084015236612d92916124fc565b60c08301526001600160401b031660e0820152604051806001600160401b03851692612dbe9082612ba0565b037f2be78e75213cb56ff4c0ac7649ad2f1ff9f24b418e3de17cf951a4eca6812a0791a2565b50612c6f612df761124d60208801612050565b15159050612c66565b50612e0d61124d86612050565b1515612c5f565b15612e1b57565b60405162461bcd60e51b815260206004820152603960248201527f49424348616e646c65723a207061636b657420736f75726365206973206e6f7460448201527f20746865206368616e6e656c20636f756e7465727061727479000000000000006064820152608490fd5b15612e8d57565b60405162461bcd60e51b815260206004820152602560248201527f49424348616e646c65723a207061636b65742074696d6564206f757420286865604482015264696768742960d81b6064820152608490fd5b90633b9aca00820291808304633b9aca001490151715612b7257565b15612f0357565b60405162461bcd60e51b815260206004820152602860248201527f49424348616e646c65723a207061636b65742074696d6564206f7574202874696044820152676d657374616d702960c01b6064820152608490fd5b15612f6057565b60405162461bcd60e51b815260206004820152602a60248201527f49424348616e646c65723a207061636b657420636f6d6d69746d656e742070726044820152691bdbd98819985a5b195960b21b6064820152608490fd5b15612fbf57565b60405162461bcd60e51b815260206004820152602360248201527f49424348616e646c65723a207061636b657420616c72656164792072656365696044820152621d995960ea1b6064820152608490fd5b1561301757565b60405162461bcd60e51b815260206004820152603460248201527f49424348616e646c65723a207061636b65742073657175656e636520213d206e60448201527365787420726563656976652073657175656e636560601b6064820152608490fd5b6020818303126101f5578051906001600160401b0382116101f5570181601f820112156101f5578051906130ac82610588565b926130ba6040519485610538565b828452602083830101116101f557815f9260208093018386015e8301015290565b604051906130ea604083610538565b600482526361636b7360e01b6020830152565b1561310457565b60405162461bcd60e51b815260206004820152602860248201527f49424348616e646c65723a2061636b6e6f776c656467656d656e742070726f6f604482015267198819985a5b195960c21b6064820152608490fd5b1561316157565b60405162461bcd60e51b815260206004820152603060248201527f49424348616e646c65723a207061636b65742073657175656e636520213d206e60448201526f6578742061636b2073657175656e636560801b6064820152608490fd5b916124136106149492604085526040850190612845565b92916040926131f361223193979697606087526060870190612845565b9185830360208701526121f8565b9290939491946020840161322961105061321b838861247e565b906111d860408a018a61247e565b80549461323b600360ff8089166111ef565b6132458783613703565b61324e87613819565b9361325b61037b8461398d565b6132878961327e61326f606083018361247e565b611af26080859395018361247e565b936114e26130db565b9660205f8d8d61329c6040518093819361205a565b039060025afa15610d47576020936132e46113036132c75f516040519283918a830160209181520190565b60405163cf4862fd60e01b81529a8b96879586956004870161276c565b03915afa918215610d47575f61333561037b958961143995600260ff61331f6133799d61097261143f9c61037b9f8b9161343c575b506130fd565b16146133c5575b50505f525f60205260405f2090565b556001600160401b0361334788612050565b167f208682cacca50ad488b14b50ae2e88c0fe8f1e4a831eaff8174c0dde85c5528d604051806114308d8d8d846131bf565b803b156101f5576133a6935f809460405196879586948593637dc5a99760e11b85523392600486016131d6565b03925af18015610d47576133b75750565b80610d3f5f61021593610538565b61340160056133d661343594612050565b9201916001600160401b036133f961124d85546001600160401b039060801c1690565b91161461315a565b61340d611bc18d612050565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b895f613326565b613455915060203d60201161149e576114908183610538565b5f613319565b929161349b91602084600193604051968488958587019a8b37850191602f60f81b85840152602183013701015f838201520301601f198101835282610538565b51902090565b9060208151918183145f146134e457015190602081106134d3575b50905b602081519101205f525f60205260405f2055565b5f199060200360031b1b165f6134bc565b0120906134bf565b92610b8292613525926102159695604051613508604082610538565b600b81526a6368616e6e656c456e647360a81b6020820152613b2c565b91613b8e565b1561353257565b60405162461bcd60e51b815260206004820152601a60248201527f49424348616e646c65723a20706f7274206e6f7420626f756e640000000000006044820152606490fd5b1561357e57565b60405162461bcd60e51b815260206004820152601860248201527f49424348616e646c65723a20626164206f72646572696e6700000000000000006044820152606490fd5b156135ca57565b60405162461bcd60e51b815260206004820152601a60248201527f49424348616e646c65723a206368616e6e656c206578697374730000000000006044820152606490fd5b91909182516001600160401b03811161053357613630816123518454610646565b6020601f821160011461366a5781906123869394955f9261365f5750508160011b915f199060031b1c19161790565b015190505f80612372565b601f1982169061367d845f5260205f2090565b915f5b8181106136b65750958360019596971061369e57505050811b019055565b01515f1960f88460031b161c191690555f80806123bf565b9192602060018192868b015181550194019201613680565b93926040936136ee6136fc9360ff959998996060895260608901916121f8565b9186830360208801526121f8565b9416910152565b61371d613713606084018461247e565b6002840191613dcb565b9182613798575b50501561372d57565b60405162461bcd60e51b815260206004820152603e60248201527f49424348616e646c65723a207061636b65742064657374696e6174696f6e206960448201527f73206e6f7420746865206368616e6e656c20636f756e746572706172747900006064820152608490fd5b6137ad9250611a41816080600393019061247e565b5f80613724565b156137bb57565b60405162461bcd60e51b815260206004820152603060248201527f49424348616e646c65723a207061636b657420646f6573206e6f74206d61746360448201526f1a081a5d1cc818dbdb5b5a5d1b595b9d60821b6064820152608490fd5b9061384c61382a602084018461247e565b613837604086018661247e565b91863593613844856101f9565b6114e2612b77565b6020815191012091825f525f60205260405f205480156138985761389260c08361387c6101006102159601612050565b61388960a083018361247e565b93909201612072565b146137b4565b60405162461bcd60e51b815260206004820152603960248201527f49424348616e646c65723a206e6f20636f6d6d69746d656e7420666f7220706160448201527f636b65742028616c726561647920636f6d706c657465643f29000000000000006064820152608490fd5b60405190815f82549261391584610646565b9360018116908115613973575060011461393a575b5060209250600281520301902090565b9150505f528160205f205f905b83821061395b57505060209181015f61392a565b60209192508060019154848701520191018391613947565b60ff191684525060209380151502830191505f905061392a565b60010160405190815f8254926139a284610646565b9360018116908115613a1457506001146139db575b5060038152036020019091206001600160a01b0391506139d690613903565b541690565b9150505f528160205f205f905b8382106139fc57505060209181015f6139b7565b602091925080600191548487015201910183916139e8565b60ff191684525060209380151502830191505f90506139b7565b6001600160401b0381511691803592613a46846101f9565b6001600160401b03841690818110948515613a64575b505050505090565b613a729192939495506101f9565b149182613a86575b50505f80808080613a5c565b6001600160401b038092935060208092015116920135613aa5816101f9565b16115f80613a7a565b926007856015926106149761130396613ad26001600160401b03613ae49c16613f12565b96816040519c8d9b60208d0190610617565b91662f706f7274732f60c81b8352878301370191692f6368616e6e656c732f60b01b85840152601183013701016a2f73657175656e6365732f60a81b600a8201520190610617565b908461061494613b4d96600a95600794816040519a8b9860208a0190610617565b91662f706f7274732f60c81b8352878301370191692f6368616e6e656c732f60b01b85840152601183013701015f838201520301601f198101835282610538565b805460ff811691908215613c7257611303613c02613c0284613c02613c36613c30613c2b613c16613c21613c1c613c029d613c16896106149f613bf2613bed6003613be6613be16002613c08960161067e565b613fc2565b940161067e565b613fe9565b6040519e8f936020850190610617565b90610617565b03601f1981018d528c610538565b60ff1690565b61401f565b9960081c60ff1690565b614052565b9461406f565b613c02613c61613c5c6004613c55613c506001890161067e565b613ffb565b960161067e565b61400d565b956040519a8b9960208b0190610617565b505050610614612609565b15613c8457565b60405162461bcd60e51b815260206004820152602b60248201527f49424348616e646c65723a2061636b6e6f776c656467656d656e7420616c726560448201526a30b23c903bb934ba3a32b760a91b6064820152608490fd5b9091613cf461061493604084526040840190612845565b91602081840391015261071c565b90613d35613d13606084018461247e565b613d20608086018661247e565b91863593613d2d856101f9565b6114e26130db565b6020815191012090815f525f602052613d5260405f205415613c7d565b60205f60405180613d638186610617565b039060025afa15610d47577f17bf21a8f1996a4cdad3149bc2942892753f20b0cfb302879c53a51248f5a5fc91613da35f51915f525f60205260405f2090565b556001600160401b03613db584612050565b1692613dc660405192839283613cdd565b0390a2565b613dd69136916105a3565b60208151910120906040515f9181815493613df085610646565b9283835260208301956001811690815f14613e665750600114613e22575b50613e1b92500382610538565b5190201490565b90505f9291925260205f20905f915b818310613e4a575050906020613e1b928201015f613e0e565b6020919350806001915483858801015201910190918392613e31565b60ff1916875250613e1b93151560051b830160200191505f9050613e0e565b5f198114612b725760010190565b60408051909190613ea48382610538565b600a815291601f1901366020840137565b90613ebf82610588565b613ecc6040519182610538565b8281528092613edd601f1991610588565b0190602036910137565b8015612b72575f190190565b6030019081603011612b7257565b908151811015612996570160200190565b908115613fa1575f82805b613f82575080613f2d8492613eb5565b915b613f3857509150565b613f44613f7b91613ee7565b93613f67613f57613c16600a8406613ef3565b60f81b6001600160f81b03191690565b5f1a613f738685613f01565b53600a900490565b9283613f2f565b9290613f90613f9891613e85565b93600a900490565b80939193613f1d565b9050604051613fb1604082610538565b60018152600360fc1b602082015290565b805115613fd4576106149060016140a1565b50604051613fe3602082610538565b5f815290565b805115613fd4576106149060026140a1565b805115613fd4576106149060046140a1565b805115613fd4576106149060056140a1565b8015613fd457610614613c029161130361404261403c60086140b6565b926140b6565b6040519485936020850190610617565b8015613fd457610614613c029161130361404261403c60106140b6565b610614613c0291611303614083601a6140b6565b91613c0261409182516140b6565b6040519687956020870190610617565b613c029161130361408360026106149460031b175b906140bf613e93565b915f5b608082101561413a576140ee6140d782613e85565b9260f81b6001600160f81b0319165f1a9185613f01565b536140f881613eb5565b905f5b818110614109575090925050565b8061412761411960019388613f01565b516001600160f81b03191690565b5f1a6141338286613f01565b53016140fb565b906141719061414883613e85565b92607f821660801760f81b6001600160f81b0319165f1a9061416a9087613f01565b5360071c90565b906140c256fea164736f6c634300081c000a",
}

// IBCHandlerABI is the input ABI used to generate the binding from.
// Deprecated: Use IBCHandlerMetaData.ABI instead.
var IBCHandlerABI = IBCHandlerMetaData.ABI

// IBCHandlerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use IBCHandlerMetaData.Bin instead.
var IBCHandlerBin = IBCHandlerMetaData.Bin

// DeployIBCHandler deploys a new Ethereum contract, binding an instance of IBCHandler to it.
func DeployIBCHandler(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *IBCHandler, error) {
	parsed, err := IBCHandlerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(IBCHandlerBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &IBCHandler{IBCHandlerCaller: IBCHandlerCaller{contract: contract}, IBCHandlerTransactor: IBCHandlerTransactor{contract: contract}, IBCHandlerFilterer: IBCHandlerFilterer{contract: contract}}, nil
}

// IBCHandler is an auto generated Go binding around an Ethereum contract.
type IBCHandler struct {
	IBCHandlerCaller     // Read-only binding to the contract
	IBCHandlerTransactor // Write-only binding to the contract
	IBCHandlerFilterer   // Log filterer for contract events
}

// IBCHandlerCaller is an auto generated read-only Go binding around an Ethereum contract.
type IBCHandlerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IBCHandlerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IBCHandlerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IBCHandlerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IBCHandlerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IBCHandlerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IBCHandlerSession struct {
	Contract     *IBCHandler       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IBCHandlerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IBCHandlerCallerSession struct {
	Contract *IBCHandlerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// IBCHandlerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IBCHandlerTransactorSession struct {
	Contract     *IBCHandlerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// IBCHandlerRaw is an auto generated low-level Go binding around an Ethereum contract.
type IBCHandlerRaw struct {
	Contract *IBCHandler // Generic contract binding to access the raw methods on
}

// IBCHandlerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IBCHandlerCallerRaw struct {
	Contract *IBCHandlerCaller // Generic read-only contract binding to access the raw methods on
}

// IBCHandlerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IBCHandlerTransactorRaw struct {
	Contract *IBCHandlerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIBCHandler creates a new instance of IBCHandler, bound to a specific deployed contract.
func NewIBCHandler(address common.Address, backend bind.ContractBackend) (*IBCHandler, error) {
	contract, err := bindIBCHandler(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IBCHandler{IBCHandlerCaller: IBCHandlerCaller{contract: contract}, IBCHandlerTransactor: IBCHandlerTransactor{contract: contract}, IBCHandlerFilterer: IBCHandlerFilterer{contract: contract}}, nil
}

// NewIBCHandlerCaller creates a new read-only instance of IBCHandler, bound to a specific deployed contract.
func NewIBCHandlerCaller(address common.Address, caller bind.ContractCaller) (*IBCHandlerCaller, error) {
	contract, err := bindIBCHandler(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerCaller{contract: contract}, nil
}

// NewIBCHandlerTransactor creates a new write-only instance of IBCHandler, bound to a specific deployed contract.
func NewIBCHandlerTransactor(address common.Address, transactor bind.ContractTransactor) (*IBCHandlerTransactor, error) {
	contract, err := bindIBCHandler(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerTransactor{contract: contract}, nil
}

// NewIBCHandlerFilterer creates a new log filterer instance of IBCHandler, bound to a specific deployed contract.
func NewIBCHandlerFilterer(address common.Address, filterer bind.ContractFilterer) (*IBCHandlerFilterer, error) {
	contract, err := bindIBCHandler(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerFilterer{contract: contract}, nil
}

// bindIBCHandler binds a generic wrapper to an already deployed contract.
func bindIBCHandler(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IBCHandlerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IBCHandler *IBCHandlerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IBCHandler.Contract.IBCHandlerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IBCHandler *IBCHandlerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IBCHandler.Contract.IBCHandlerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IBCHandler *IBCHandlerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IBCHandler.Contract.IBCHandlerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IBCHandler *IBCHandlerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IBCHandler.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IBCHandler *IBCHandlerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IBCHandler.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IBCHandler *IBCHandlerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IBCHandler.Contract.contract.Transact(opts, method, params...)
}

// ORDERORDERED is a free data retrieval call binding the contract method 0xccef05bd.
//
// Solidity: function ORDER_ORDERED() view returns(uint8)
func (_IBCHandler *IBCHandlerCaller) ORDERORDERED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "ORDER_ORDERED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ORDERORDERED is a free data retrieval call binding the contract method 0xccef05bd.
//
// Solidity: function ORDER_ORDERED() view returns(uint8)
func (_IBCHandler *IBCHandlerSession) ORDERORDERED() (uint8, error) {
	return _IBCHandler.Contract.ORDERORDERED(&_IBCHandler.CallOpts)
}

// ORDERORDERED is a free data retrieval call binding the contract method 0xccef05bd.
//
// Solidity: function ORDER_ORDERED() view returns(uint8)
func (_IBCHandler *IBCHandlerCallerSession) ORDERORDERED() (uint8, error) {
	return _IBCHandler.Contract.ORDERORDERED(&_IBCHandler.CallOpts)
}

// ORDERUNORDERED is a free data retrieval call binding the contract method 0x30910bb6.
//
// Solidity: function ORDER_UNORDERED() view returns(uint8)
func (_IBCHandler *IBCHandlerCaller) ORDERUNORDERED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "ORDER_UNORDERED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ORDERUNORDERED is a free data retrieval call binding the contract method 0x30910bb6.
//
// Solidity: function ORDER_UNORDERED() view returns(uint8)
func (_IBCHandler *IBCHandlerSession) ORDERUNORDERED() (uint8, error) {
	return _IBCHandler.Contract.ORDERUNORDERED(&_IBCHandler.CallOpts)
}

// ORDERUNORDERED is a free data retrieval call binding the contract method 0x30910bb6.
//
// Solidity: function ORDER_UNORDERED() view returns(uint8)
func (_IBCHandler *IBCHandlerCallerSession) ORDERUNORDERED() (uint8, error) {
	return _IBCHandler.Contract.ORDERUNORDERED(&_IBCHandler.CallOpts)
}

// STATECLOSED is a free data retrieval call binding the contract method 0xc8d6b01c.
//
// Solidity: function STATE_CLOSED() view returns(uint8)
func (_IBCHandler *IBCHandlerCaller) STATECLOSED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "STATE_CLOSED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STATECLOSED is a free data retrieval call binding the contract method 0xc8d6b01c.
//
// Solidity: function STATE_CLOSED() view returns(uint8)
func (_IBCHandler *IBCHandlerSession) STATECLOSED() (uint8, error) {
	return _IBCHandler.Contract.STATECLOSED(&_IBCHandler.CallOpts)
}

// STATECLOSED is a free data retrieval call binding the contract method 0xc8d6b01c.
//
// Solidity: function STATE_CLOSED() view returns(uint8)
func (_IBCHandler *IBCHandlerCallerSession) STATECLOSED() (uint8, error) {
	return _IBCHandler.Contract.STATECLOSED(&_IBCHandler.CallOpts)
}

// STATEOPEN is a free data retrieval call binding the contract method 0x4b726c79.
//
// Solidity: function STATE_OPEN() view returns(uint8)
func (_IBCHandler *IBCHandlerCaller) STATEOPEN(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "STATE_OPEN")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STATEOPEN is a free data retrieval call binding the contract method 0x4b726c79.
//
// Solidity: function STATE_OPEN() view returns(uint8)
func (_IBCHandler *IBCHandlerSession) STATEOPEN() (uint8, error) {
	return _IBCHandler.Contract.STATEOPEN(&_IBCHandler.CallOpts)
}

// STATEOPEN is a free data retrieval call binding the contract method 0x4b726c79.
//
// Solidity: function STATE_OPEN() view returns(uint8)
func (_IBCHandler *IBCHandlerCallerSession) STATEOPEN() (uint8, error) {
	return _IBCHandler.Contract.STATEOPEN(&_IBCHandler.CallOpts)
}

// STATETRYOPEN is a free data retrieval call binding the contract method 0x1739585c.
//
// Solidity: function STATE_TRYOPEN() view returns(uint8)
func (_IBCHandler *IBCHandlerCaller) STATETRYOPEN(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "STATE_TRYOPEN")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STATETRYOPEN is a free data retrieval call binding the contract method 0x1739585c.
//
// Solidity: function STATE_TRYOPEN() view returns(uint8)
func (_IBCHandler *IBCHandlerSession) STATETRYOPEN() (uint8, error) {
	return _IBCHandler.Contract.STATETRYOPEN(&_IBCHandler.CallOpts)
}

// STATETRYOPEN is a free data retrieval call binding the contract method 0x1739585c.
//
// Solidity: function STATE_TRYOPEN() view returns(uint8)
func (_IBCHandler *IBCHandlerCallerSession) STATETRYOPEN() (uint8, error) {
	return _IBCHandler.Contract.STATETRYOPEN(&_IBCHandler.CallOpts)
}

// Clients is a free data retrieval call binding the contract method 0x20ba1e9f.
//
// Solidity: function clients(string ) view returns(address)
func (_IBCHandler *IBCHandlerCaller) Clients(opts *bind.CallOpts, arg0 string) (common.Address, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "clients", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Clients is a free data retrieval call binding the contract method 0x20ba1e9f.
//
// Solidity: function clients(string ) view returns(address)
func (_IBCHandler *IBCHandlerSession) Clients(arg0 string) (common.Address, error) {
	return _IBCHandler.Contract.Clients(&_IBCHandler.CallOpts, arg0)
}

// Clients is a free data retrieval call binding the contract method 0x20ba1e9f.
//
// Solidity: function clients(string ) view returns(address)
func (_IBCHandler *IBCHandlerCallerSession) Clients(arg0 string) (common.Address, error) {
	return _IBCHandler.Contract.Clients(&_IBCHandler.CallOpts, arg0)
}

// CommitPacket is a free data retrieval call binding the contract method 0x03a61d86.
//
// Solidity: function commitPacket((uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, bytes data) pure returns(bytes32)
func (_IBCHandler *IBCHandlerCaller) CommitPacket(opts *bind.CallOpts, timeoutHeight Height, timeoutTimestamp uint64, data []byte) ([32]byte, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "commitPacket", timeoutHeight, timeoutTimestamp, data)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CommitPacket is a free data retrieval call binding the contract method 0x03a61d86.
//
// Solidity: function commitPacket((uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, bytes data) pure returns(bytes32)
func (_IBCHandler *IBCHandlerSession) CommitPacket(timeoutHeight Height, timeoutTimestamp uint64, data []byte) ([32]byte, error) {
	return _IBCHandler.Contract.CommitPacket(&_IBCHandler.CallOpts, timeoutHeight, timeoutTimestamp, data)
}

// CommitPacket is a free data retrieval call binding the contract method 0x03a61d86.
//
// Solidity: function commitPacket((uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, bytes data) pure returns(bytes32)
func (_IBCHandler *IBCHandlerCallerSession) CommitPacket(timeoutHeight Height, timeoutTimestamp uint64, data []byte) ([32]byte, error) {
	return _IBCHandler.Contract.CommitPacket(&_IBCHandler.CallOpts, timeoutHeight, timeoutTimestamp, data)
}

// Commitments is a free data retrieval call binding the contract method 0x839df945.
//
// Solidity: function commitments(bytes32 ) view returns(bytes32)
func (_IBCHandler *IBCHandlerCaller) Commitments(opts *bind.CallOpts, arg0 [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "commitments", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// Commitments is a free data retrieval call binding the contract method 0x839df945.
//
// Solidity: function commitments(bytes32 ) view returns(bytes32)
func (_IBCHandler *IBCHandlerSession) Commitments(arg0 [32]byte) ([32]byte, error) {
	return _IBCHandler.Contract.Commitments(&_IBCHandler.CallOpts, arg0)
}

// Commitments is a free data retrieval call binding the contract method 0x839df945.
//
// Solidity: function commitments(bytes32 ) view returns(bytes32)
func (_IBCHandler *IBCHandlerCallerSession) Commitments(arg0 [32]byte) ([32]byte, error) {
	return _IBCHandler.Contract.Commitments(&_IBCHandler.CallOpts, arg0)
}

// ConnectionClient is a free data retrieval call binding the contract method 0x1d970992.
//
// Solidity: function connectionClient(string ) view returns(string)
func (_IBCHandler *IBCHandlerCaller) ConnectionClient(opts *bind.CallOpts, arg0 string) (string, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "connectionClient", arg0)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// ConnectionClient is a free data retrieval call binding the contract method 0x1d970992.
//
// Solidity: function connectionClient(string ) view returns(string)
func (_IBCHandler *IBCHandlerSession) ConnectionClient(arg0 string) (string, error) {
	return _IBCHandler.Contract.ConnectionClient(&_IBCHandler.CallOpts, arg0)
}

// ConnectionClient is a free data retrieval call binding the contract method 0x1d970992.
//
// Solidity: function connectionClient(string ) view returns(string)
func (_IBCHandler *IBCHandlerCallerSession) ConnectionClient(arg0 string) (string, error) {
	return _IBCHandler.Contract.ConnectionClient(&_IBCHandler.CallOpts, arg0)
}

// EncodeChannelEnd is a free data retrieval call binding the contract method 0x9fef611f.
//
// Solidity: function encodeChannelEnd(string portId, string channelId) view returns(bytes)
func (_IBCHandler *IBCHandlerCaller) EncodeChannelEnd(opts *bind.CallOpts, portId string, channelId string) ([]byte, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "encodeChannelEnd", portId, channelId)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// EncodeChannelEnd is a free data retrieval call binding the contract method 0x9fef611f.
//
// Solidity: function encodeChannelEnd(string portId, string channelId) view returns(bytes)
func (_IBCHandler *IBCHandlerSession) EncodeChannelEnd(portId string, channelId string) ([]byte, error) {
	return _IBCHandler.Contract.EncodeChannelEnd(&_IBCHandler.CallOpts, portId, channelId)
}

// EncodeChannelEnd is a free data retrieval call binding the contract method 0x9fef611f.
//
// Solidity: function encodeChannelEnd(string portId, string channelId) view returns(bytes)
func (_IBCHandler *IBCHandlerCallerSession) EncodeChannelEnd(portId string, channelId string) ([]byte, error) {
	return _IBCHandler.Contract.EncodeChannelEnd(&_IBCHandler.CallOpts, portId, channelId)
}

// GetChannel is a free data retrieval call binding the contract method 0x3000217a.
//
// Solidity: function getChannel(string portId, string channelId) view returns((uint8,uint8,string,string,string,string,uint64,uint64,uint64))
func (_IBCHandler *IBCHandlerCaller) GetChannel(opts *bind.CallOpts, portId string, channelId string) (IBCHandlerChannelEnd, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "getChannel", portId, channelId)

	if err != nil {
		return *new(IBCHandlerChannelEnd), err
	}

	out0 := *abi.ConvertType(out[0], new(IBCHandlerChannelEnd)).(*IBCHandlerChannelEnd)

	return out0, err

}

// GetChannel is a free data retrieval call binding the contract method 0x3000217a.
//
// Solidity: function getChannel(string portId, string channelId) view returns((uint8,uint8,string,string,string,string,uint64,uint64,uint64))
func (_IBCHandler *IBCHandlerSession) GetChannel(portId string, channelId string) (IBCHandlerChannelEnd, error) {
	return _IBCHandler.Contract.GetChannel(&_IBCHandler.CallOpts, portId, channelId)
}

// GetChannel is a free data retrieval call binding the contract method 0x3000217a.
//
// Solidity: function getChannel(string portId, string channelId) view returns((uint8,uint8,string,string,string,string,uint64,uint64,uint64))
func (_IBCHandler *IBCHandlerCallerSession) GetChannel(portId string, channelId string) (IBCHandlerChannelEnd, error) {
	return _IBCHandler.Contract.GetChannel(&_IBCHandler.CallOpts, portId, channelId)
}

// GetCommitment is a free data retrieval call binding the contract method 0xa7b09e2a.
//
// Solidity: function getCommitment(string path) view returns(bytes32)
func (_IBCHandler *IBCHandlerCaller) GetCommitment(opts *bind.CallOpts, path string) ([32]byte, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "getCommitment", path)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetCommitment is a free data retrieval call binding the contract method 0xa7b09e2a.
//
// Solidity: function getCommitment(string path) view returns(bytes32)
func (_IBCHandler *IBCHandlerSession) GetCommitment(path string) ([32]byte, error) {
	return _IBCHandler.Contract.GetCommitment(&_IBCHandler.CallOpts, path)
}

// GetCommitment is a free data retrieval call binding the contract method 0xa7b09e2a.
//
// Solidity: function getCommitment(string path) view returns(bytes32)
func (_IBCHandler *IBCHandlerCallerSession) GetCommitment(path string) ([32]byte, error) {
	return _IBCHandler.Contract.GetCommitment(&_IBCHandler.CallOpts, path)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_IBCHandler *IBCHandlerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_IBCHandler *IBCHandlerSession) Owner() (common.Address, error) {
	return _IBCHandler.Contract.Owner(&_IBCHandler.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_IBCHandler *IBCHandlerCallerSession) Owner() (common.Address, error) {
	return _IBCHandler.Contract.Owner(&_IBCHandler.CallOpts)
}

// PortApps is a free data retrieval call binding the contract method 0x5dc276fc.
//
// Solidity: function portApps(string ) view returns(address)
func (_IBCHandler *IBCHandlerCaller) PortApps(opts *bind.CallOpts, arg0 string) (common.Address, error) {
	var out []interface{}
	err := _IBCHandler.contract.Call(opts, &out, "portApps", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PortApps is a free data retrieval call binding the contract method 0x5dc276fc.
//
// Solidity: function portApps(string ) view returns(address)
func (_IBCHandler *IBCHandlerSession) PortApps(arg0 string) (common.Address, error) {
	return _IBCHandler.Contract.PortApps(&_IBCHandler.CallOpts, arg0)
}

// PortApps is a free data retrieval call binding the contract method 0x5dc276fc.
//
// Solidity: function portApps(string ) view returns(address)
func (_IBCHandler *IBCHandlerCallerSession) PortApps(arg0 string) (common.Address, error) {
	return _IBCHandler.Contract.PortApps(&_IBCHandler.CallOpts, arg0)
}

// AcknowledgePacket is a paid mutator transaction binding the contract method 0xedd8a9a0.
//
// Solidity: function acknowledgePacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement, bytes proof, (uint64,uint64) proofHeight) returns()
func (_IBCHandler *IBCHandlerTransactor) AcknowledgePacket(opts *bind.TransactOpts, packet Packet, acknowledgement []byte, proof []byte, proofHeight Height) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "acknowledgePacket", packet, acknowledgement, proof, proofHeight)
}

// AcknowledgePacket is a paid mutator transaction binding the contract method 0xedd8a9a0.
//
// Solidity: function acknowledgePacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement, bytes proof, (uint64,uint64) proofHeight) returns()
func (_IBCHandler *IBCHandlerSession) AcknowledgePacket(packet Packet, acknowledgement []byte, proof []byte, proofHeight Height) (*types.Transaction, error) {
	return _IBCHandler.Contract.AcknowledgePacket(&_IBCHandler.TransactOpts, packet, acknowledgement, proof, proofHeight)
}

// AcknowledgePacket is a paid mutator transaction binding the contract method 0xedd8a9a0.
//
// Solidity: function acknowledgePacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement, bytes proof, (uint64,uint64) proofHeight) returns()
func (_IBCHandler *IBCHandlerTransactorSession) AcknowledgePacket(packet Packet, acknowledgement []byte, proof []byte, proofHeight Height) (*types.Transaction, error) {
	return _IBCHandler.Contract.AcknowledgePacket(&_IBCHandler.TransactOpts, packet, acknowledgement, proof, proofHeight)
}

// BindPort is a paid mutator transaction binding the contract method 0x117e886a.
//
// Solidity: function bindPort(string portId, address app) returns()
func (_IBCHandler *IBCHandlerTransactor) BindPort(opts *bind.TransactOpts, portId string, app common.Address) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "bindPort", portId, app)
}

// BindPort is a paid mutator transaction binding the contract method 0x117e886a.
//
// Solidity: function bindPort(string portId, address app) returns()
func (_IBCHandler *IBCHandlerSession) BindPort(portId string, app common.Address) (*types.Transaction, error) {
	return _IBCHandler.Contract.BindPort(&_IBCHandler.TransactOpts, portId, app)
}

// BindPort is a paid mutator transaction binding the contract method 0x117e886a.
//
// Solidity: function bindPort(string portId, address app) returns()
func (_IBCHandler *IBCHandlerTransactorSession) BindPort(portId string, app common.Address) (*types.Transaction, error) {
	return _IBCHandler.Contract.BindPort(&_IBCHandler.TransactOpts, portId, app)
}

// Multicall is a paid mutator transaction binding the contract method 0xac9650d8.
//
// Solidity: function multicall(bytes[] data) returns(bytes[] results)
func (_IBCHandler *IBCHandlerTransactor) Multicall(opts *bind.TransactOpts, data [][]byte) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "multicall", data)
}

// Multicall is a paid mutator transaction binding the contract method 0xac9650d8.
//
// Solidity: function multicall(bytes[] data) returns(bytes[] results)
func (_IBCHandler *IBCHandlerSession) Multicall(data [][]byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.Multicall(&_IBCHandler.TransactOpts, data)
}

// Multicall is a paid mutator transaction binding the contract method 0xac9650d8.
//
// Solidity: function multicall(bytes[] data) returns(bytes[] results)
func (_IBCHandler *IBCHandlerTransactorSession) Multicall(data [][]byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.Multicall(&_IBCHandler.TransactOpts, data)
}

// OpenChannel is a paid mutator transaction binding the contract method 0x74091ef6.
//
// Solidity: function openChannel(string portId, string channelId) returns()
func (_IBCHandler *IBCHandlerTransactor) OpenChannel(opts *bind.TransactOpts, portId string, channelId string) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "openChannel", portId, channelId)
}

// OpenChannel is a paid mutator transaction binding the contract method 0x74091ef6.
//
// Solidity: function openChannel(string portId, string channelId) returns()
func (_IBCHandler *IBCHandlerSession) OpenChannel(portId string, channelId string) (*types.Transaction, error) {
	return _IBCHandler.Contract.OpenChannel(&_IBCHandler.TransactOpts, portId, channelId)
}

// OpenChannel is a paid mutator transaction binding the contract method 0x74091ef6.
//
// Solidity: function openChannel(string portId, string channelId) returns()
func (_IBCHandler *IBCHandlerTransactorSession) OpenChannel(portId string, channelId string) (*types.Transaction, error) {
	return _IBCHandler.Contract.OpenChannel(&_IBCHandler.TransactOpts, portId, channelId)
}

// ProvisionChannel is a paid mutator transaction binding the contract method 0x84166eb1.
//
// Solidity: function provisionChannel(string portId, string channelId, uint8 ordering, string connectionId, string counterpartyPortId, string counterpartyChannelId, string version) returns()
func (_IBCHandler *IBCHandlerTransactor) ProvisionChannel(opts *bind.TransactOpts, portId string, channelId string, ordering uint8, connectionId string, counterpartyPortId string, counterpartyChannelId string, version string) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "provisionChannel", portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version)
}

// ProvisionChannel is a paid mutator transaction binding the contract method 0x84166eb1.
//
// Solidity: function provisionChannel(string portId, string channelId, uint8 ordering, string connectionId, string counterpartyPortId, string counterpartyChannelId, string version) returns()
func (_IBCHandler *IBCHandlerSession) ProvisionChannel(portId string, channelId string, ordering uint8, connectionId string, counterpartyPortId string, counterpartyChannelId string, version string) (*types.Transaction, error) {
	return _IBCHandler.Contract.ProvisionChannel(&_IBCHandler.TransactOpts, portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version)
}

// ProvisionChannel is a paid mutator transaction binding the contract method 0x84166eb1.
//
// Solidity: function provisionChannel(string portId, string channelId, uint8 ordering, string connectionId, string counterpartyPortId, string counterpartyChannelId, string version) returns()
func (_IBCHandler *IBCHandlerTransactorSession) ProvisionChannel(portId string, channelId string, ordering uint8, connectionId string, counterpartyPortId string, counterpartyChannelId string, version string) (*types.Transaction, error) {
	return _IBCHandler.Contract.ProvisionChannel(&_IBCHandler.TransactOpts, portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version)
}

// ProvisionChannelTry is a paid mutator transaction binding the contract method 0xdf5c6a5a.
//
// Solidity: function provisionChannelTry(string portId, string channelId, uint8 ordering, string connectionId, string counterpartyPortId, string counterpartyChannelId, string version) returns()
func (_IBCHandler *IBCHandlerTransactor) ProvisionChannelTry(opts *bind.TransactOpts, portId string, channelId string, ordering uint8, connectionId string, counterpartyPortId string, counterpartyChannelId string, version string) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "provisionChannelTry", portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version)
}

// ProvisionChannelTry is a paid mutator transaction binding the contract method 0xdf5c6a5a.
//
// Solidity: function provisionChannelTry(string portId, string channelId, uint8 ordering, string connectionId, string counterpartyPortId, string counterpartyChannelId, string version) returns()
func (_IBCHandler *IBCHandlerSession) ProvisionChannelTry(portId string, channelId string, ordering uint8, connectionId string, counterpartyPortId string, counterpartyChannelId string, version string) (*types.Transaction, error) {
	return _IBCHandler.Contract.ProvisionChannelTry(&_IBCHandler.TransactOpts, portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version)
}

// ProvisionChannelTry is a paid mutator transaction binding the contract method 0xdf5c6a5a.
//
// Solidity: function provisionChannelTry(string portId, string channelId, uint8 ordering, string connectionId, string counterpartyPortId, string counterpartyChannelId, string version) returns()
func (_IBCHandler *IBCHandlerTransactorSession) ProvisionChannelTry(portId string, channelId string, ordering uint8, connectionId string, counterpartyPortId string, counterpartyChannelId string, version string) (*types.Transaction, error) {
	return _IBCHandler.Contract.ProvisionChannelTry(&_IBCHandler.TransactOpts, portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version)
}

// ProvisionConnection is a paid mutator transaction binding the contract method 0x317f934c.
//
// Solidity: function provisionConnection(string connectionId, string clientId, bytes connectionEnd) returns()
func (_IBCHandler *IBCHandlerTransactor) ProvisionConnection(opts *bind.TransactOpts, connectionId string, clientId string, connectionEnd []byte) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "provisionConnection", connectionId, clientId, connectionEnd)
}

// ProvisionConnection is a paid mutator transaction binding the contract method 0x317f934c.
//
// Solidity: function provisionConnection(string connectionId, string clientId, bytes connectionEnd) returns()
func (_IBCHandler *IBCHandlerSession) ProvisionConnection(connectionId string, clientId string, connectionEnd []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.ProvisionConnection(&_IBCHandler.TransactOpts, connectionId, clientId, connectionEnd)
}

// ProvisionConnection is a paid mutator transaction binding the contract method 0x317f934c.
//
// Solidity: function provisionConnection(string connectionId, string clientId, bytes connectionEnd) returns()
func (_IBCHandler *IBCHandlerTransactorSession) ProvisionConnection(connectionId string, clientId string, connectionEnd []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.ProvisionConnection(&_IBCHandler.TransactOpts, connectionId, clientId, connectionEnd)
}

// RecvPacket is a paid mutator transaction binding the contract method 0xcfe685b7.
//
// Solidity: function recvPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes proof, (uint64,uint64) proofHeight) returns()
func (_IBCHandler *IBCHandlerTransactor) RecvPacket(opts *bind.TransactOpts, packet Packet, proof []byte, proofHeight Height) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "recvPacket", packet, proof, proofHeight)
}

// RecvPacket is a paid mutator transaction binding the contract method 0xcfe685b7.
//
// Solidity: function recvPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes proof, (uint64,uint64) proofHeight) returns()
func (_IBCHandler *IBCHandlerSession) RecvPacket(packet Packet, proof []byte, proofHeight Height) (*types.Transaction, error) {
	return _IBCHandler.Contract.RecvPacket(&_IBCHandler.TransactOpts, packet, proof, proofHeight)
}

// RecvPacket is a paid mutator transaction binding the contract method 0xcfe685b7.
//
// Solidity: function recvPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes proof, (uint64,uint64) proofHeight) returns()
func (_IBCHandler *IBCHandlerTransactorSession) RecvPacket(packet Packet, proof []byte, proofHeight Height) (*types.Transaction, error) {
	return _IBCHandler.Contract.RecvPacket(&_IBCHandler.TransactOpts, packet, proof, proofHeight)
}

// RegisterClient is a paid mutator transaction binding the contract method 0x18c19870.
//
// Solidity: function registerClient(string clientId, address client) returns()
func (_IBCHandler *IBCHandlerTransactor) RegisterClient(opts *bind.TransactOpts, clientId string, client common.Address) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "registerClient", clientId, client)
}

// RegisterClient is a paid mutator transaction binding the contract method 0x18c19870.
//
// Solidity: function registerClient(string clientId, address client) returns()
func (_IBCHandler *IBCHandlerSession) RegisterClient(clientId string, client common.Address) (*types.Transaction, error) {
	return _IBCHandler.Contract.RegisterClient(&_IBCHandler.TransactOpts, clientId, client)
}

// RegisterClient is a paid mutator transaction binding the contract method 0x18c19870.
//
// Solidity: function registerClient(string clientId, address client) returns()
func (_IBCHandler *IBCHandlerTransactorSession) RegisterClient(clientId string, client common.Address) (*types.Transaction, error) {
	return _IBCHandler.Contract.RegisterClient(&_IBCHandler.TransactOpts, clientId, client)
}

// SendPacket is a paid mutator transaction binding the contract method 0xae4cd201.
//
// Solidity: function sendPacket(string sourcePort, string sourceChannel, (uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, bytes data) returns(uint64 sequence)
func (_IBCHandler *IBCHandlerTransactor) SendPacket(opts *bind.TransactOpts, sourcePort string, sourceChannel string, timeoutHeight Height, timeoutTimestamp uint64, data []byte) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "sendPacket", sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, data)
}

// SendPacket is a paid mutator transaction binding the contract method 0xae4cd201.
//
// Solidity: function sendPacket(string sourcePort, string sourceChannel, (uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, bytes data) returns(uint64 sequence)
func (_IBCHandler *IBCHandlerSession) SendPacket(sourcePort string, sourceChannel string, timeoutHeight Height, timeoutTimestamp uint64, data []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.SendPacket(&_IBCHandler.TransactOpts, sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, data)
}

// SendPacket is a paid mutator transaction binding the contract method 0xae4cd201.
//
// Solidity: function sendPacket(string sourcePort, string sourceChannel, (uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, bytes data) returns(uint64 sequence)
func (_IBCHandler *IBCHandlerTransactorSession) SendPacket(sourcePort string, sourceChannel string, timeoutHeight Height, timeoutTimestamp uint64, data []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.SendPacket(&_IBCHandler.TransactOpts, sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, data)
}

// SetConnectionEnd is a paid mutator transaction binding the contract method 0x6e978a03.
//
// Solidity: function setConnectionEnd(string connectionId, bytes connectionEnd) returns()
func (_IBCHandler *IBCHandlerTransactor) SetConnectionEnd(opts *bind.TransactOpts, connectionId string, connectionEnd []byte) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "setConnectionEnd", connectionId, connectionEnd)
}

// SetConnectionEnd is a paid mutator transaction binding the contract method 0x6e978a03.
//
// Solidity: function setConnectionEnd(string connectionId, bytes connectionEnd) returns()
func (_IBCHandler *IBCHandlerSession) SetConnectionEnd(connectionId string, connectionEnd []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.SetConnectionEnd(&_IBCHandler.TransactOpts, connectionId, connectionEnd)
}

// SetConnectionEnd is a paid mutator transaction binding the contract method 0x6e978a03.
//
// Solidity: function setConnectionEnd(string connectionId, bytes connectionEnd) returns()
func (_IBCHandler *IBCHandlerTransactorSession) SetConnectionEnd(connectionId string, connectionEnd []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.SetConnectionEnd(&_IBCHandler.TransactOpts, connectionId, connectionEnd)
}

// TimeoutPacket is a paid mutator transaction binding the contract method 0x8a012187.
//
// Solidity: function timeoutPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes proof, (uint64,uint64) proofHeight, uint64 nextSequenceRecv) returns()
func (_IBCHandler *IBCHandlerTransactor) TimeoutPacket(opts *bind.TransactOpts, packet Packet, proof []byte, proofHeight Height, nextSequenceRecv uint64) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "timeoutPacket", packet, proof, proofHeight, nextSequenceRecv)
}

// TimeoutPacket is a paid mutator transaction binding the contract method 0x8a012187.
//
// Solidity: function timeoutPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes proof, (uint64,uint64) proofHeight, uint64 nextSequenceRecv) returns()
func (_IBCHandler *IBCHandlerSession) TimeoutPacket(packet Packet, proof []byte, proofHeight Height, nextSequenceRecv uint64) (*types.Transaction, error) {
	return _IBCHandler.Contract.TimeoutPacket(&_IBCHandler.TransactOpts, packet, proof, proofHeight, nextSequenceRecv)
}

// TimeoutPacket is a paid mutator transaction binding the contract method 0x8a012187.
//
// Solidity: function timeoutPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes proof, (uint64,uint64) proofHeight, uint64 nextSequenceRecv) returns()
func (_IBCHandler *IBCHandlerTransactorSession) TimeoutPacket(packet Packet, proof []byte, proofHeight Height, nextSequenceRecv uint64) (*types.Transaction, error) {
	return _IBCHandler.Contract.TimeoutPacket(&_IBCHandler.TransactOpts, packet, proof, proofHeight, nextSequenceRecv)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_IBCHandler *IBCHandlerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_IBCHandler *IBCHandlerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _IBCHandler.Contract.TransferOwnership(&_IBCHandler.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_IBCHandler *IBCHandlerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _IBCHandler.Contract.TransferOwnership(&_IBCHandler.TransactOpts, newOwner)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x6fbf8079.
//
// Solidity: function updateClient(string clientId, bytes clientMessage) returns()
func (_IBCHandler *IBCHandlerTransactor) UpdateClient(opts *bind.TransactOpts, clientId string, clientMessage []byte) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "updateClient", clientId, clientMessage)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x6fbf8079.
//
// Solidity: function updateClient(string clientId, bytes clientMessage) returns()
func (_IBCHandler *IBCHandlerSession) UpdateClient(clientId string, clientMessage []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.UpdateClient(&_IBCHandler.TransactOpts, clientId, clientMessage)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x6fbf8079.
//
// Solidity: function updateClient(string clientId, bytes clientMessage) returns()
func (_IBCHandler *IBCHandlerTransactorSession) UpdateClient(clientId string, clientMessage []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.UpdateClient(&_IBCHandler.TransactOpts, clientId, clientMessage)
}

// WriteAcknowledgement is a paid mutator transaction binding the contract method 0xca956667.
//
// Solidity: function writeAcknowledgement((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement) returns()
func (_IBCHandler *IBCHandlerTransactor) WriteAcknowledgement(opts *bind.TransactOpts, packet Packet, acknowledgement []byte) (*types.Transaction, error) {
	return _IBCHandler.contract.Transact(opts, "writeAcknowledgement", packet, acknowledgement)
}

// WriteAcknowledgement is a paid mutator transaction binding the contract method 0xca956667.
//
// Solidity: function writeAcknowledgement((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement) returns()
func (_IBCHandler *IBCHandlerSession) WriteAcknowledgement(packet Packet, acknowledgement []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.WriteAcknowledgement(&_IBCHandler.TransactOpts, packet, acknowledgement)
}

// WriteAcknowledgement is a paid mutator transaction binding the contract method 0xca956667.
//
// Solidity: function writeAcknowledgement((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement) returns()
func (_IBCHandler *IBCHandlerTransactorSession) WriteAcknowledgement(packet Packet, acknowledgement []byte) (*types.Transaction, error) {
	return _IBCHandler.Contract.WriteAcknowledgement(&_IBCHandler.TransactOpts, packet, acknowledgement)
}

// IBCHandlerAcknowledgePacketIterator is returned from FilterAcknowledgePacket and is used to iterate over the raw logs and unpacked data for AcknowledgePacket events raised by the IBCHandler contract.
type IBCHandlerAcknowledgePacketIterator struct {
	Event *IBCHandlerAcknowledgePacket // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerAcknowledgePacketIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerAcknowledgePacket)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerAcknowledgePacket)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerAcknowledgePacketIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerAcknowledgePacketIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerAcknowledgePacket represents a AcknowledgePacket event raised by the IBCHandler contract.
type IBCHandlerAcknowledgePacket struct {
	Sequence        uint64
	Packet          Packet
	Acknowledgement []byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterAcknowledgePacket is a free log retrieval operation binding the contract event 0x208682cacca50ad488b14b50ae2e88c0fe8f1e4a831eaff8174c0dde85c5528d.
//
// Solidity: event AcknowledgePacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement)
func (_IBCHandler *IBCHandlerFilterer) FilterAcknowledgePacket(opts *bind.FilterOpts, sequence []uint64) (*IBCHandlerAcknowledgePacketIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "AcknowledgePacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerAcknowledgePacketIterator{contract: _IBCHandler.contract, event: "AcknowledgePacket", logs: logs, sub: sub}, nil
}

// WatchAcknowledgePacket is a free log subscription operation binding the contract event 0x208682cacca50ad488b14b50ae2e88c0fe8f1e4a831eaff8174c0dde85c5528d.
//
// Solidity: event AcknowledgePacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement)
func (_IBCHandler *IBCHandlerFilterer) WatchAcknowledgePacket(opts *bind.WatchOpts, sink chan<- *IBCHandlerAcknowledgePacket, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "AcknowledgePacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerAcknowledgePacket)
				if err := _IBCHandler.contract.UnpackLog(event, "AcknowledgePacket", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAcknowledgePacket is a log parse operation binding the contract event 0x208682cacca50ad488b14b50ae2e88c0fe8f1e4a831eaff8174c0dde85c5528d.
//
// Solidity: event AcknowledgePacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement)
func (_IBCHandler *IBCHandlerFilterer) ParseAcknowledgePacket(log types.Log) (*IBCHandlerAcknowledgePacket, error) {
	event := new(IBCHandlerAcknowledgePacket)
	if err := _IBCHandler.contract.UnpackLog(event, "AcknowledgePacket", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerChannelClosedIterator is returned from FilterChannelClosed and is used to iterate over the raw logs and unpacked data for ChannelClosed events raised by the IBCHandler contract.
type IBCHandlerChannelClosedIterator struct {
	Event *IBCHandlerChannelClosed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerChannelClosedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerChannelClosed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerChannelClosed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerChannelClosedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerChannelClosedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerChannelClosed represents a ChannelClosed event raised by the IBCHandler contract.
type IBCHandlerChannelClosed struct {
	PortId    string
	ChannelId string
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterChannelClosed is a free log retrieval operation binding the contract event 0xf8a053610c36b2dd3329072a4ae420777eda56682c137f2faf88534bb7e6a53e.
//
// Solidity: event ChannelClosed(string portId, string channelId)
func (_IBCHandler *IBCHandlerFilterer) FilterChannelClosed(opts *bind.FilterOpts) (*IBCHandlerChannelClosedIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "ChannelClosed")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerChannelClosedIterator{contract: _IBCHandler.contract, event: "ChannelClosed", logs: logs, sub: sub}, nil
}

// WatchChannelClosed is a free log subscription operation binding the contract event 0xf8a053610c36b2dd3329072a4ae420777eda56682c137f2faf88534bb7e6a53e.
//
// Solidity: event ChannelClosed(string portId, string channelId)
func (_IBCHandler *IBCHandlerFilterer) WatchChannelClosed(opts *bind.WatchOpts, sink chan<- *IBCHandlerChannelClosed) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "ChannelClosed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerChannelClosed)
				if err := _IBCHandler.contract.UnpackLog(event, "ChannelClosed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelClosed is a log parse operation binding the contract event 0xf8a053610c36b2dd3329072a4ae420777eda56682c137f2faf88534bb7e6a53e.
//
// Solidity: event ChannelClosed(string portId, string channelId)
func (_IBCHandler *IBCHandlerFilterer) ParseChannelClosed(log types.Log) (*IBCHandlerChannelClosed, error) {
	event := new(IBCHandlerChannelClosed)
	if err := _IBCHandler.contract.UnpackLog(event, "ChannelClosed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerChannelOpenedIterator is returned from FilterChannelOpened and is used to iterate over the raw logs and unpacked data for ChannelOpened events raised by the IBCHandler contract.
type IBCHandlerChannelOpenedIterator struct {
	Event *IBCHandlerChannelOpened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerChannelOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerChannelOpened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerChannelOpened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerChannelOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerChannelOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerChannelOpened represents a ChannelOpened event raised by the IBCHandler contract.
type IBCHandlerChannelOpened struct {
	PortId    string
	ChannelId string
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterChannelOpened is a free log retrieval operation binding the contract event 0xdd0276d7c529c4153914dfb1fa7eb356910770d83be26c00e48ed49f46f306bb.
//
// Solidity: event ChannelOpened(string portId, string channelId)
func (_IBCHandler *IBCHandlerFilterer) FilterChannelOpened(opts *bind.FilterOpts) (*IBCHandlerChannelOpenedIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "ChannelOpened")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerChannelOpenedIterator{contract: _IBCHandler.contract, event: "ChannelOpened", logs: logs, sub: sub}, nil
}

// WatchChannelOpened is a free log subscription operation binding the contract event 0xdd0276d7c529c4153914dfb1fa7eb356910770d83be26c00e48ed49f46f306bb.
//
// Solidity: event ChannelOpened(string portId, string channelId)
func (_IBCHandler *IBCHandlerFilterer) WatchChannelOpened(opts *bind.WatchOpts, sink chan<- *IBCHandlerChannelOpened) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "ChannelOpened")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerChannelOpened)
				if err := _IBCHandler.contract.UnpackLog(event, "ChannelOpened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelOpened is a log parse operation binding the contract event 0xdd0276d7c529c4153914dfb1fa7eb356910770d83be26c00e48ed49f46f306bb.
//
// Solidity: event ChannelOpened(string portId, string channelId)
func (_IBCHandler *IBCHandlerFilterer) ParseChannelOpened(log types.Log) (*IBCHandlerChannelOpened, error) {
	event := new(IBCHandlerChannelOpened)
	if err := _IBCHandler.contract.UnpackLog(event, "ChannelOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerChannelProvisionedIterator is returned from FilterChannelProvisioned and is used to iterate over the raw logs and unpacked data for ChannelProvisioned events raised by the IBCHandler contract.
type IBCHandlerChannelProvisionedIterator struct {
	Event *IBCHandlerChannelProvisioned // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerChannelProvisionedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerChannelProvisioned)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerChannelProvisioned)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerChannelProvisionedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerChannelProvisionedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerChannelProvisioned represents a ChannelProvisioned event raised by the IBCHandler contract.
type IBCHandlerChannelProvisioned struct {
	PortId    string
	ChannelId string
	Ordering  uint8
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterChannelProvisioned is a free log retrieval operation binding the contract event 0x21247dab55f78f0e9feb658a970d2de1a77ec850fda737be62ad3bed6526489b.
//
// Solidity: event ChannelProvisioned(string portId, string channelId, uint8 ordering)
func (_IBCHandler *IBCHandlerFilterer) FilterChannelProvisioned(opts *bind.FilterOpts) (*IBCHandlerChannelProvisionedIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "ChannelProvisioned")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerChannelProvisionedIterator{contract: _IBCHandler.contract, event: "ChannelProvisioned", logs: logs, sub: sub}, nil
}

// WatchChannelProvisioned is a free log subscription operation binding the contract event 0x21247dab55f78f0e9feb658a970d2de1a77ec850fda737be62ad3bed6526489b.
//
// Solidity: event ChannelProvisioned(string portId, string channelId, uint8 ordering)
func (_IBCHandler *IBCHandlerFilterer) WatchChannelProvisioned(opts *bind.WatchOpts, sink chan<- *IBCHandlerChannelProvisioned) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "ChannelProvisioned")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerChannelProvisioned)
				if err := _IBCHandler.contract.UnpackLog(event, "ChannelProvisioned", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelProvisioned is a log parse operation binding the contract event 0x21247dab55f78f0e9feb658a970d2de1a77ec850fda737be62ad3bed6526489b.
//
// Solidity: event ChannelProvisioned(string portId, string channelId, uint8 ordering)
func (_IBCHandler *IBCHandlerFilterer) ParseChannelProvisioned(log types.Log) (*IBCHandlerChannelProvisioned, error) {
	event := new(IBCHandlerChannelProvisioned)
	if err := _IBCHandler.contract.UnpackLog(event, "ChannelProvisioned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerClientRegisteredIterator is returned from FilterClientRegistered and is used to iterate over the raw logs and unpacked data for ClientRegistered events raised by the IBCHandler contract.
type IBCHandlerClientRegisteredIterator struct {
	Event *IBCHandlerClientRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerClientRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerClientRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerClientRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerClientRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerClientRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerClientRegistered represents a ClientRegistered event raised by the IBCHandler contract.
type IBCHandlerClientRegistered struct {
	ClientId string
	Client   common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterClientRegistered is a free log retrieval operation binding the contract event 0xf7809ef0ae794fda64613bf1a5bf2c8d46120e4b4c6fcc1dd9fb66a456ac3b41.
//
// Solidity: event ClientRegistered(string clientId, address client)
func (_IBCHandler *IBCHandlerFilterer) FilterClientRegistered(opts *bind.FilterOpts) (*IBCHandlerClientRegisteredIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "ClientRegistered")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerClientRegisteredIterator{contract: _IBCHandler.contract, event: "ClientRegistered", logs: logs, sub: sub}, nil
}

// WatchClientRegistered is a free log subscription operation binding the contract event 0xf7809ef0ae794fda64613bf1a5bf2c8d46120e4b4c6fcc1dd9fb66a456ac3b41.
//
// Solidity: event ClientRegistered(string clientId, address client)
func (_IBCHandler *IBCHandlerFilterer) WatchClientRegistered(opts *bind.WatchOpts, sink chan<- *IBCHandlerClientRegistered) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "ClientRegistered")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerClientRegistered)
				if err := _IBCHandler.contract.UnpackLog(event, "ClientRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClientRegistered is a log parse operation binding the contract event 0xf7809ef0ae794fda64613bf1a5bf2c8d46120e4b4c6fcc1dd9fb66a456ac3b41.
//
// Solidity: event ClientRegistered(string clientId, address client)
func (_IBCHandler *IBCHandlerFilterer) ParseClientRegistered(log types.Log) (*IBCHandlerClientRegistered, error) {
	event := new(IBCHandlerClientRegistered)
	if err := _IBCHandler.contract.UnpackLog(event, "ClientRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerConnectionEndUpdatedIterator is returned from FilterConnectionEndUpdated and is used to iterate over the raw logs and unpacked data for ConnectionEndUpdated events raised by the IBCHandler contract.
type IBCHandlerConnectionEndUpdatedIterator struct {
	Event *IBCHandlerConnectionEndUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerConnectionEndUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerConnectionEndUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerConnectionEndUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerConnectionEndUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerConnectionEndUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerConnectionEndUpdated represents a ConnectionEndUpdated event raised by the IBCHandler contract.
type IBCHandlerConnectionEndUpdated struct {
	ConnectionId string
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterConnectionEndUpdated is a free log retrieval operation binding the contract event 0x4305299c411a45ef8a79f20769da82690dac4c40aabfd8188b8d2c727480fbf1.
//
// Solidity: event ConnectionEndUpdated(string connectionId)
func (_IBCHandler *IBCHandlerFilterer) FilterConnectionEndUpdated(opts *bind.FilterOpts) (*IBCHandlerConnectionEndUpdatedIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "ConnectionEndUpdated")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerConnectionEndUpdatedIterator{contract: _IBCHandler.contract, event: "ConnectionEndUpdated", logs: logs, sub: sub}, nil
}

// WatchConnectionEndUpdated is a free log subscription operation binding the contract event 0x4305299c411a45ef8a79f20769da82690dac4c40aabfd8188b8d2c727480fbf1.
//
// Solidity: event ConnectionEndUpdated(string connectionId)
func (_IBCHandler *IBCHandlerFilterer) WatchConnectionEndUpdated(opts *bind.WatchOpts, sink chan<- *IBCHandlerConnectionEndUpdated) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "ConnectionEndUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerConnectionEndUpdated)
				if err := _IBCHandler.contract.UnpackLog(event, "ConnectionEndUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConnectionEndUpdated is a log parse operation binding the contract event 0x4305299c411a45ef8a79f20769da82690dac4c40aabfd8188b8d2c727480fbf1.
//
// Solidity: event ConnectionEndUpdated(string connectionId)
func (_IBCHandler *IBCHandlerFilterer) ParseConnectionEndUpdated(log types.Log) (*IBCHandlerConnectionEndUpdated, error) {
	event := new(IBCHandlerConnectionEndUpdated)
	if err := _IBCHandler.contract.UnpackLog(event, "ConnectionEndUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerConnectionProvisionedIterator is returned from FilterConnectionProvisioned and is used to iterate over the raw logs and unpacked data for ConnectionProvisioned events raised by the IBCHandler contract.
type IBCHandlerConnectionProvisionedIterator struct {
	Event *IBCHandlerConnectionProvisioned // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerConnectionProvisionedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerConnectionProvisioned)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerConnectionProvisioned)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerConnectionProvisionedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerConnectionProvisionedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerConnectionProvisioned represents a ConnectionProvisioned event raised by the IBCHandler contract.
type IBCHandlerConnectionProvisioned struct {
	ConnectionId string
	ClientId     string
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterConnectionProvisioned is a free log retrieval operation binding the contract event 0x31014b5f759145ddac3caa5f32f64d00ded9e89ae60b2925986ea502099fb92c.
//
// Solidity: event ConnectionProvisioned(string connectionId, string clientId)
func (_IBCHandler *IBCHandlerFilterer) FilterConnectionProvisioned(opts *bind.FilterOpts) (*IBCHandlerConnectionProvisionedIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "ConnectionProvisioned")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerConnectionProvisionedIterator{contract: _IBCHandler.contract, event: "ConnectionProvisioned", logs: logs, sub: sub}, nil
}

// WatchConnectionProvisioned is a free log subscription operation binding the contract event 0x31014b5f759145ddac3caa5f32f64d00ded9e89ae60b2925986ea502099fb92c.
//
// Solidity: event ConnectionProvisioned(string connectionId, string clientId)
func (_IBCHandler *IBCHandlerFilterer) WatchConnectionProvisioned(opts *bind.WatchOpts, sink chan<- *IBCHandlerConnectionProvisioned) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "ConnectionProvisioned")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerConnectionProvisioned)
				if err := _IBCHandler.contract.UnpackLog(event, "ConnectionProvisioned", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConnectionProvisioned is a log parse operation binding the contract event 0x31014b5f759145ddac3caa5f32f64d00ded9e89ae60b2925986ea502099fb92c.
//
// Solidity: event ConnectionProvisioned(string connectionId, string clientId)
func (_IBCHandler *IBCHandlerFilterer) ParseConnectionProvisioned(log types.Log) (*IBCHandlerConnectionProvisioned, error) {
	event := new(IBCHandlerConnectionProvisioned)
	if err := _IBCHandler.contract.UnpackLog(event, "ConnectionProvisioned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the IBCHandler contract.
type IBCHandlerOwnershipTransferredIterator struct {
	Event *IBCHandlerOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerOwnershipTransferred represents a OwnershipTransferred event raised by the IBCHandler contract.
type IBCHandlerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_IBCHandler *IBCHandlerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*IBCHandlerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerOwnershipTransferredIterator{contract: _IBCHandler.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_IBCHandler *IBCHandlerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *IBCHandlerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerOwnershipTransferred)
				if err := _IBCHandler.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_IBCHandler *IBCHandlerFilterer) ParseOwnershipTransferred(log types.Log) (*IBCHandlerOwnershipTransferred, error) {
	event := new(IBCHandlerOwnershipTransferred)
	if err := _IBCHandler.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerPortBoundIterator is returned from FilterPortBound and is used to iterate over the raw logs and unpacked data for PortBound events raised by the IBCHandler contract.
type IBCHandlerPortBoundIterator struct {
	Event *IBCHandlerPortBound // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerPortBoundIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerPortBound)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerPortBound)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerPortBoundIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerPortBoundIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerPortBound represents a PortBound event raised by the IBCHandler contract.
type IBCHandlerPortBound struct {
	PortId string
	App    common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPortBound is a free log retrieval operation binding the contract event 0xeb512a896eb7a0e913d643d73a278777b040aab4f66dc4513334edd2d3ac809c.
//
// Solidity: event PortBound(string portId, address app)
func (_IBCHandler *IBCHandlerFilterer) FilterPortBound(opts *bind.FilterOpts) (*IBCHandlerPortBoundIterator, error) {

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "PortBound")
	if err != nil {
		return nil, err
	}
	return &IBCHandlerPortBoundIterator{contract: _IBCHandler.contract, event: "PortBound", logs: logs, sub: sub}, nil
}

// WatchPortBound is a free log subscription operation binding the contract event 0xeb512a896eb7a0e913d643d73a278777b040aab4f66dc4513334edd2d3ac809c.
//
// Solidity: event PortBound(string portId, address app)
func (_IBCHandler *IBCHandlerFilterer) WatchPortBound(opts *bind.WatchOpts, sink chan<- *IBCHandlerPortBound) (event.Subscription, error) {

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "PortBound")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerPortBound)
				if err := _IBCHandler.contract.UnpackLog(event, "PortBound", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePortBound is a log parse operation binding the contract event 0xeb512a896eb7a0e913d643d73a278777b040aab4f66dc4513334edd2d3ac809c.
//
// Solidity: event PortBound(string portId, address app)
func (_IBCHandler *IBCHandlerFilterer) ParsePortBound(log types.Log) (*IBCHandlerPortBound, error) {
	event := new(IBCHandlerPortBound)
	if err := _IBCHandler.contract.UnpackLog(event, "PortBound", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerRecvPacketIterator is returned from FilterRecvPacket and is used to iterate over the raw logs and unpacked data for RecvPacket events raised by the IBCHandler contract.
type IBCHandlerRecvPacketIterator struct {
	Event *IBCHandlerRecvPacket // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerRecvPacketIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerRecvPacket)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerRecvPacket)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerRecvPacketIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerRecvPacketIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerRecvPacket represents a RecvPacket event raised by the IBCHandler contract.
type IBCHandlerRecvPacket struct {
	Sequence uint64
	Packet   Packet
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRecvPacket is a free log retrieval operation binding the contract event 0x71e7ff080b7417fde986fa2c3c66e66102deb25f918c9140f5e9bbffb7f56f62.
//
// Solidity: event RecvPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) FilterRecvPacket(opts *bind.FilterOpts, sequence []uint64) (*IBCHandlerRecvPacketIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "RecvPacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerRecvPacketIterator{contract: _IBCHandler.contract, event: "RecvPacket", logs: logs, sub: sub}, nil
}

// WatchRecvPacket is a free log subscription operation binding the contract event 0x71e7ff080b7417fde986fa2c3c66e66102deb25f918c9140f5e9bbffb7f56f62.
//
// Solidity: event RecvPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) WatchRecvPacket(opts *bind.WatchOpts, sink chan<- *IBCHandlerRecvPacket, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "RecvPacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerRecvPacket)
				if err := _IBCHandler.contract.UnpackLog(event, "RecvPacket", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRecvPacket is a log parse operation binding the contract event 0x71e7ff080b7417fde986fa2c3c66e66102deb25f918c9140f5e9bbffb7f56f62.
//
// Solidity: event RecvPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) ParseRecvPacket(log types.Log) (*IBCHandlerRecvPacket, error) {
	event := new(IBCHandlerRecvPacket)
	if err := _IBCHandler.contract.UnpackLog(event, "RecvPacket", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerSendPacketIterator is returned from FilterSendPacket and is used to iterate over the raw logs and unpacked data for SendPacket events raised by the IBCHandler contract.
type IBCHandlerSendPacketIterator struct {
	Event *IBCHandlerSendPacket // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerSendPacketIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerSendPacket)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerSendPacket)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerSendPacketIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerSendPacketIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerSendPacket represents a SendPacket event raised by the IBCHandler contract.
type IBCHandlerSendPacket struct {
	Sequence uint64
	Packet   Packet
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSendPacket is a free log retrieval operation binding the contract event 0x2be78e75213cb56ff4c0ac7649ad2f1ff9f24b418e3de17cf951a4eca6812a07.
//
// Solidity: event SendPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) FilterSendPacket(opts *bind.FilterOpts, sequence []uint64) (*IBCHandlerSendPacketIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "SendPacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerSendPacketIterator{contract: _IBCHandler.contract, event: "SendPacket", logs: logs, sub: sub}, nil
}

// WatchSendPacket is a free log subscription operation binding the contract event 0x2be78e75213cb56ff4c0ac7649ad2f1ff9f24b418e3de17cf951a4eca6812a07.
//
// Solidity: event SendPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) WatchSendPacket(opts *bind.WatchOpts, sink chan<- *IBCHandlerSendPacket, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "SendPacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerSendPacket)
				if err := _IBCHandler.contract.UnpackLog(event, "SendPacket", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSendPacket is a log parse operation binding the contract event 0x2be78e75213cb56ff4c0ac7649ad2f1ff9f24b418e3de17cf951a4eca6812a07.
//
// Solidity: event SendPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) ParseSendPacket(log types.Log) (*IBCHandlerSendPacket, error) {
	event := new(IBCHandlerSendPacket)
	if err := _IBCHandler.contract.UnpackLog(event, "SendPacket", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerTimeoutPacketIterator is returned from FilterTimeoutPacket and is used to iterate over the raw logs and unpacked data for TimeoutPacket events raised by the IBCHandler contract.
type IBCHandlerTimeoutPacketIterator struct {
	Event *IBCHandlerTimeoutPacket // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerTimeoutPacketIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerTimeoutPacket)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerTimeoutPacket)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerTimeoutPacketIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerTimeoutPacketIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerTimeoutPacket represents a TimeoutPacket event raised by the IBCHandler contract.
type IBCHandlerTimeoutPacket struct {
	Sequence uint64
	Packet   Packet
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTimeoutPacket is a free log retrieval operation binding the contract event 0xbdd36a33ca08cc2f5737cc3ad70e20baafc7e5814d43e3790bfb904bde6e01b3.
//
// Solidity: event TimeoutPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) FilterTimeoutPacket(opts *bind.FilterOpts, sequence []uint64) (*IBCHandlerTimeoutPacketIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "TimeoutPacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerTimeoutPacketIterator{contract: _IBCHandler.contract, event: "TimeoutPacket", logs: logs, sub: sub}, nil
}

// WatchTimeoutPacket is a free log subscription operation binding the contract event 0xbdd36a33ca08cc2f5737cc3ad70e20baafc7e5814d43e3790bfb904bde6e01b3.
//
// Solidity: event TimeoutPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) WatchTimeoutPacket(opts *bind.WatchOpts, sink chan<- *IBCHandlerTimeoutPacket, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "TimeoutPacket", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerTimeoutPacket)
				if err := _IBCHandler.contract.UnpackLog(event, "TimeoutPacket", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTimeoutPacket is a log parse operation binding the contract event 0xbdd36a33ca08cc2f5737cc3ad70e20baafc7e5814d43e3790bfb904bde6e01b3.
//
// Solidity: event TimeoutPacket(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet)
func (_IBCHandler *IBCHandlerFilterer) ParseTimeoutPacket(log types.Log) (*IBCHandlerTimeoutPacket, error) {
	event := new(IBCHandlerTimeoutPacket)
	if err := _IBCHandler.contract.UnpackLog(event, "TimeoutPacket", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IBCHandlerWriteAcknowledgementIterator is returned from FilterWriteAcknowledgement and is used to iterate over the raw logs and unpacked data for WriteAcknowledgement events raised by the IBCHandler contract.
type IBCHandlerWriteAcknowledgementIterator struct {
	Event *IBCHandlerWriteAcknowledgement // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IBCHandlerWriteAcknowledgementIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IBCHandlerWriteAcknowledgement)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IBCHandlerWriteAcknowledgement)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IBCHandlerWriteAcknowledgementIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IBCHandlerWriteAcknowledgementIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IBCHandlerWriteAcknowledgement represents a WriteAcknowledgement event raised by the IBCHandler contract.
type IBCHandlerWriteAcknowledgement struct {
	Sequence        uint64
	Packet          Packet
	Acknowledgement []byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterWriteAcknowledgement is a free log retrieval operation binding the contract event 0x17bf21a8f1996a4cdad3149bc2942892753f20b0cfb302879c53a51248f5a5fc.
//
// Solidity: event WriteAcknowledgement(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement)
func (_IBCHandler *IBCHandlerFilterer) FilterWriteAcknowledgement(opts *bind.FilterOpts, sequence []uint64) (*IBCHandlerWriteAcknowledgementIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.FilterLogs(opts, "WriteAcknowledgement", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &IBCHandlerWriteAcknowledgementIterator{contract: _IBCHandler.contract, event: "WriteAcknowledgement", logs: logs, sub: sub}, nil
}

// WatchWriteAcknowledgement is a free log subscription operation binding the contract event 0x17bf21a8f1996a4cdad3149bc2942892753f20b0cfb302879c53a51248f5a5fc.
//
// Solidity: event WriteAcknowledgement(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement)
func (_IBCHandler *IBCHandlerFilterer) WatchWriteAcknowledgement(opts *bind.WatchOpts, sink chan<- *IBCHandlerWriteAcknowledgement, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _IBCHandler.contract.WatchLogs(opts, "WriteAcknowledgement", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IBCHandlerWriteAcknowledgement)
				if err := _IBCHandler.contract.UnpackLog(event, "WriteAcknowledgement", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWriteAcknowledgement is a log parse operation binding the contract event 0x17bf21a8f1996a4cdad3149bc2942892753f20b0cfb302879c53a51248f5a5fc.
//
// Solidity: event WriteAcknowledgement(uint64 indexed sequence, (uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement)
func (_IBCHandler *IBCHandlerFilterer) ParseWriteAcknowledgement(log types.Log) (*IBCHandlerWriteAcknowledgement, error) {
	event := new(IBCHandlerWriteAcknowledgement)
	if err := _IBCHandler.contract.UnpackLog(event, "WriteAcknowledgement", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ICS20TransferMetaData contains all meta data concerning the ICS20Transfer contract.
var ICS20TransferMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"handler_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"RecvFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"denomTrace\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"voucher\",\"type\":\"address\"}],\"name\":\"VoucherCreated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ERROR_ACK\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUCCESS_ACK\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"decodePacketData\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"amount\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"denom\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"receiver\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sender\",\"type\":\"string\"}],\"internalType\":\"structICS20Transfer.PacketData\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"denomOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"denomOfVoucher\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"amount\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"denom\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"receiver\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sender\",\"type\":\"string\"}],\"internalType\":\"structICS20Transfer.PacketData\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"encodePacketData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"escrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"}],\"name\":\"executeRecv\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"handler\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"acknowledgement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"onAcknowledgementPacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"onRecvPacket\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationPort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"destinationChannel\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPacket\",\"name\":\"packet\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"onTimeoutPacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"receiver\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourcePort\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"sourceChannel\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"timeoutHeight\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"timeoutTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"memo\",\"type\":\"string\"}],\"name\":\"sendTransfer\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"voucherByDenom\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a03461008657601f61414838819003918201601f19168301916001600160401b0383118484101761008a5780849260209460405283398101031261008657516001600160a01b0381168103610086576080526040516140a9908161009f823960805181818161021f015281816106d3015281816107bc01528181610d3a0152611c700152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806304738d0d146100f45780632301c6f5146100ef5780632985a9c7146100ea578063301a0496146100e55780633128433e146100e05780634e8509d0146100db57806352c7157d146100d65780635b1d3be8146100d15780636f011697146100cc578063b390b309146100c7578063c80916d4146100c2578063dd9dfcdd146100bd578063f66c9700146100b85763fb8b532e146100b3575f80fd5b610cd6565b610bfb565b6107eb565b6107a7565b610783565b610752565b610737565b6106bb565b6105a5565b6104be565b61046d565b61037c565b610204565b610129565b600435906001600160a01b038216820361010f57565b5f80fd5b604435906001600160a01b038216820361010f57565b3461010f57604036600319011261010f576024356004356001600160a01b038216820361010f575f9081526002602090815260408083206001600160a01b03909416835292815291902054604051908152f35b908161012091031261010f5790565b604060031982011261010f57600435906001600160401b03821161010f576101b59160040161017c565b906024356001600160a01b038116810361010f5790565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9060206102019281815201906101cc565b90565b3461010f576102666102526102183661018b565b5061024d337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610e8e565b611176565b6040519182916020835260208301906101cc565b0390f35b90600182811c92168015610298575b602083101461028457565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610279565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176102d757604052565b6102a2565b9060405191825f8254926102ef8461026a565b808452936001811690811561035a5750600114610316575b50610314925003836102b6565b565b90505f9291925260205f20905f915b81831061033e575050906020610314928201015f610307565b6020919350806001915483858901015201910190918492610325565b90506020925061031494915060ff191682840152151560051b8201015f610307565b3461010f57602036600319011261010f576001600160a01b0361039d6100f9565b165f52600160205261026661025260405f206102dc565b5f91031261010f57565b6040519061031460a0836102b6565b6001600160401b0381116102d757601f01601f191660200190565b604051906103f76020836102b6565b5f8252565b6040519061040b6080836102b6565b604782527f7b226572726f72223a224142434920636f64653a20313a206572726f7220686160208301527f6e646c696e67207061636b65743a20736565206576656e747320666f722064656040830152667461696c73227d60c81b6060830152565b3461010f575f36600319011261010f576102666102526103fc565b929192610494826103cd565b916104a260405193846102b6565b82948184528183011161010f578281602093845f960137010152565b3461010f57602036600319011261010f576004356001600160401b03811161010f573660238201121561010f5761050a610505610266923690602481600401359101610488565b6113ec565b60405191829160208352608061057661056161054b610535855160a060208a015260c08901906101cc565b6020860151888203601f190160408a01526101cc565b6040850151878203601f190160608901526101cc565b6060840151868203601f1901848801526101cc565b910151838203601f190160a08501526101cc565b9080601f8301121561010f5781602061020193359101610488565b3461010f57602036600319011261010f576004356001600160401b03811161010f5760a0600319823603011261010f576105dd6103be565b9080600401356001600160401b03811161010f57610601906004369184010161058a565b825260248101356001600160401b03811161010f57610626906004369184010161058a565b602083015260448101356001600160401b03811161010f5761064e906004369184010161058a565b604083015260648101356001600160401b03811161010f57610676906004369184010161058a565b60608301526084810135916001600160401b03831161010f576106a56106af926004610266953692010161058a565b60808201526115fd565b604051918291826101f0565b3461010f576107066106cc3661018b565b50610701337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610e8e565b6123a5565b005b604051906107176040836102b6565b60118252707b22726573756c74223a2241513d3d227d60781b6020830152565b3461010f575f36600319011261010f57610266610252610708565b3461010f57602036600319011261010f576004355f525f602052602060018060a01b0360405f205416604051908152f35b3461010f57602036600319011261010f576102666102526107a26100f9565b61171f565b3461010f575f36600319011261010f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461010f57602036600319011261010f576004356001600160401b03811161010f5761081e6108d891369060040161017c565b610829303314611779565b61084361050561083c60a084018461110c565b3691610488565b61084d8151612650565b90929080610b8b575b61085f906117b7565b602061086e6060840151612704565b90939080610b79575b610880906117fb565b61088c8284018461110c565b6108ca6108b76108a26040889b959b018861110c565b6108c46108b76040519d8e978b890191611855565b602f60f81b815260010190565b91611855565b03601f1981018852876102b6565b01938451946108e78287612835565b156109b4576107069550916109776109376108b76109176109126109a29661095a985190519061287d565b6128e7565b958461094c61092a60608a98018361110c565b959092608081019061110c565b6108c460405196879560208701998a91611855565b03601f1981018352826102b6565b5190206109948761098c85610977855f52600260205260405f2090565b9060018060a01b03165f5260205260405f2090565b5410156119a4565b5f52600260205260405f2090565b6109ad848254611a3c565b9055612a07565b5050610a018161094c6109e69495966109fb6108b76109d960606108b798018661110c565b989095608081019061110c565b6108c4604051998a9860208a019c8d91611855565b906115eb565b610a25610a18825184205f525f60205260405f2090565b546001600160a01b031690565b916001600160a01b03831615610a9f575b50506001600160a01b031691823b1561010f576040516340c10f1960e01b81526001600160a01b039290921660048301526024820152905f908290604490829084905af18015610a9a57610a8657005b80610a945f610706936102b6565b806103b4565b61105f565b909150604051610c968082018281106001600160401b038211176102d75784610ace91849361340785396101f0565b03905ff0908115610a9a57610b1f92610b3e7f20d48ca528a8d53ea6e9b95ef9a339244a67c195c75d942b12847223113283ca9360018060a01b031680958194845190205f525f60205260405f2090565b80546001600160a01b0319166001600160a01b03909216919091179055565b6001600160a01b0382165f908152600160205260409020610b609082906118b1565b610b6f6040519283928361197c565b0390a15f80610a36565b506001600160a01b0384161515610877565b50821515610856565b9181601f8401121561010f578235916001600160401b03831161010f576020838186019501011161010f57565b60409060a319011261010f5760a490565b6001600160401b0381160361010f57565b60e4359061031482610bd2565b359061031482610bd2565b3461010f5761012036600319011261010f57610c156100f9565b6024356044356001600160401b03811161010f57610c37903690600401610b94565b9190926064356001600160401b03811161010f57610c59903690600401610b94565b6084356001600160401b03811161010f57610c78903690600401610b94565b90610c8236610bc1565b92610c8b610be3565b9461010435986001600160401b038a1161010f576102669a610cb4610cbc9b3690600401610b94565b9a9099611b4c565b6040516001600160401b0390911681529081906020820190565b3461010f57606036600319011261010f576004356001600160401b03811161010f57610d0690369060040161017c565b6024356001600160401b03811161010f57610d68610d2b610d6d923690600401610b94565b610d33610113565b5061083c337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610e8e565b611e51565b90919080610e83575b15610e18577f177f242d20ff7dc4598657e4355abd2b0df8f6351283a95d209db56ce73ef6e9610da5826112ff565b5160208151910120145f14610dbf575050610706906123a5565b6107069250610dee7f06b0a4f426f6713234b2d4b2468640bc4e0bb72657a920ad24c5087153c593c8916112ff565b5160208151910120149081610e04575b50611d5b565b610e0e91506112ff565b515115155f610dfe565b60405162461bcd60e51b815260206004820152603760248201527f49435332303a2061636b6e6f776c656467656d656e74206973206e6f7420616e60448201527f206962632d676f2061636b6e6f776c656467656d656e740000000000000000006064820152608490fd5b506001815114610d76565b15610e9557565b60405162461bcd60e51b8152602060048201526024808201527f49435332303a2063616c6c6572206973206e6f7420746865204942432068616e604482015263323632b960e11b6064820152608490fd5b9035601e198236030181121561010f5701602081359101916001600160401b03821161010f57813603831361010f57565b908060209392818452848401375f828201840152601f01601f1916010190565b6001600160401b0360208092828135610f4f81610bd2565b1685520135610f5d81610bd2565b16910152565b6102019060208152610f8860208201610f7b85610bf0565b6001600160401b03169052565b61012061105161010061103a61101b610ffc610fdd610fbe610fad60208c018c610ee6565b8960408c01526101408b0191610f17565b610fcb60408c018c610ee6565b8a8303601f190160608c015290610f17565b610fea60608b018b610ee6565b898303601f190160808b015290610f17565b61100960808a018a610ee6565b888303601f190160a08a015290610f17565b61102860a0890189610ee6565b878303601f190160c089015290610f17565b9561104b60e0860160c08301610f37565b01610bf0565b6001600160401b0316910152565b6040513d5f823e3d90fd5b3d15611094573d9061107b826103cd565b9161108960405193846102b6565b82523d5f602084013e565b606090565b156110a057565b60405162461bcd60e51b815260206004820152603460248201527f49435332303a2072656365697665206661696c656420776974686f7574206120604482015273726561736f6e20286f7574206f66206761733f2960601b6064820152608490fd5b3561020181610bd2565b903590601e198136030182121561010f57018035906001600160401b03821161010f5760200191813603831361010f57565b9361115a61020196949261116894606088526060880191610f17565b918583036020870152610f17565b9160408184039101526101cc565b303b1561010f5760405163dd9dfcdd60e01b81525f818061119a8560048301610f63565b038183305af19081611236575b5061122d577fa4fa9d5cbaf4b4b316b861f9319aa4ecc8f93b7d92e149b5e7d849a3f055c7a46001600160401b036111dd61106a565b6111e981511515611099565b6112226111f585611102565b91611213611206602088018861110c565b919097604081019061110c565b9160405196879616988661113e565b0390a26102016103fc565b50610201610708565b80610a945f611244936102b6565b5f6111a7565b6040519060a082018281106001600160401b038211176102d757604052606060808382815282602082015282604082015282808201520152565b1561128b57565b60405162461bcd60e51b815260206004820152603260248201527f49435332303a207061636b65742064617461206973206e6f742061204a534f4e604482015271206f626a656374206f6620737472696e677360701b6064820152608490fd5b634e487b7160e01b5f52603260045260245ffd5b80511561130c5760200190565b6112eb565b805182101561130c5760209160051b010190565b1561132c57565b60405162461bcd60e51b815260206004820152601260248201527149435332303a20656d7074792064656e6f6d60701b6044820152606490fd5b1561136d57565b60405162461bcd60e51b815260206004820152601360248201527224a1a999181d1032b6b83a3c9039b2b73232b960691b6044820152606490fd5b156113af57565b60405162461bcd60e51b815260206004820152601560248201527424a1a999181d1032b6b83a3c903932b1b2b4bb32b960591b6044820152606490fd5b9061140a916114026113fc61124a565b91611e51565b949094611284565b5f5b81518110156115b75761141f8183611311565b51602081519101207f89c4783cb6cc307f98e95f2d5d5d8647bdb3d4bdd087209374f187b38e09889581145f1461146857508061145e60019287611311565b5184525b0161140c565b7fa06a062b83ee28a4771bea4f5f99fe579895426dabba0aed3bb8ac467ddb5ce181036114a857508061149d60019287611311565b516020850152611462565b7feb687308225e4cab27dd7768e7f14b81f97eab5ac3aedeb0e1ce58fc4a31c7de81036114e85750806114dd60019287611311565b516040850152611462565b7f5e784e45feb63c375016d4ce5c52a57b0a48b8a170bc2e31463be0d03d1c4db6810361152857508061151d60019287611311565b516060850152611462565b7f168e92ce035ba45e59a0314b0ed9a9e619b284aed8f6e5ab0a596efd5c9f5cf903611566578061155b60019287611311565b516080850152611462565b60405162461bcd60e51b815260206004820152602360248201527f49435332303a20756e6b6e6f776e206669656c6420696e207061636b6574206460448201526261746160e81b6064820152608490fd5b505091506115cb6020830151511515611325565b6115db6080830151511515611366565b61031460608301515115156113a8565b805191908290602001825e015f815290565b604081015180516116eb57506116116103e8565b815161161c9061212e565b90602083015161162b9061212e565b92606081015161163a9061212e565b90608001516116489061212e565b604051693d9130b6b7bab73a111d60b11b6020820152948594919391602a8601611671916115eb565b6816113232b737b6911d60b91b815260090161168c916115eb565b611695916115eb565b6b16113932b1b2b4bb32b9111d60a11b8152600c016116b3916115eb565b69161139b2b73232b9111d60b11b8152600a016116cf916115eb565b607d60f81b815260010103601f198101825261020190826102b6565b61171a6116fa61094c9261212e565b60405167161136b2b6b7911d60c11b6020820152928391602883016109fb565b611611565b6001600160a01b0381165f90815260016020526040902061173f906102dc565b8051611774575061020161175561094c926125b3565b6040519283916565726332302f60d01b602084015260268301906115eb565b905090565b1561178057565b60405162461bcd60e51b815260206004820152600f60248201526e1250d4cc8c0e881a5b9d195c9b985b608a1b6044820152606490fd5b156117be57565b60405162461bcd60e51b81526020600482015260156024820152741250d4cc8c0e881a5b9d985b1a5908185b5bdd5b9d605a1b6044820152606490fd5b1561180257565b60405162461bcd60e51b815260206004820152602560248201527f49435332303a207265636569766572206973206e6f7420616e2045564d206164604482015264647265737360d81b6064820152608490fd5b908092918237015f815290565b601f821161186f57505050565b5f5260205f20906020601f840160051c830193106118a7575b601f0160051c01905b81811061189c575050565b5f8155600101611891565b9091508190611888565b91909182516001600160401b0381116102d7576118d8816118d2845461026a565b84611862565b6020601f82116001146119175781906119089394955f9261190c575b50508160011b915f199060031b1c19161790565b9055565b015190505f806118f4565b601f1982169061192a845f5260205f2090565b915f5b8181106119645750958360019596971061194c575b505050811b019055565b01515f1960f88460031b161c191690555f8080611942565b9192602060018192868b01518155019401920161192d565b906119946020919493946040845260408401906101cc565b6001600160a01b03909416910152565b156119ab57565b60405162461bcd60e51b815260206004820152602a60248201527f49435332303a20616d6f756e74206578636565647320746865206368616e6e656044820152696c277320657363726f7760b01b6064820152608490fd5b634e487b7160e01b5f52601160045260245ffd5b61d7ff19810191908211611a2757565b611a03565b61dbff19810191908211611a2757565b91908203918211611a2757565b15611a5057565b60405162461bcd60e51b81526020600482015260126024820152711250d4cc8c0e881e995c9bc8185b5bdd5b9d60721b6044820152606490fd5b9060018201809211611a2757565b9060028201809211611a2757565b6030019081603011611a2757565b620100000190816201000011611a2757565b9060048201809211611a2757565b91908201809211611a2757565b9081602091031261010f575161020181610bd2565b936001600160401b0393611b2e91611b20611b39946102019b999a9660c08a5260c08a0191610f17565b918783036020890152610f17565b956040850190610f37565b16608082015260a08184039101526101cc565b9087969b929a97918c611bab87611ba58a9e9a9d999d611b6d871515611a49565b611b788a15156113a8565b61094c6108b7611b878861171f565b99611b9e6108b76040519788966020880191611855565b9088611855565b85612835565b15611ce857506001600160a01b03169a8b3b1561010f57604051632770a7eb60e21b8152336004820152602481018390529b5f908d90604490829084905af1948515610a9a57611c34611c6b9a611c1260209f95611c4096611c4f9a611cd4575b50612bcc565b96611c1c336125b3565b96611c256103be565b98895260208901523691610488565b60408601523691610488565b606083015260808201526115fd565b92604051988997889763ae4cd20160e01b895260048901611af6565b03815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1908115610a9a575f91611cab575090565b610201915060203d602011611ccd575b611cc581836102b6565b810190611ae1565b503d611cbb565b80610a945f611ce2936102b6565b5f611c0c565b94611c34611c6b9a611c1260209f94958f8f976109778f926108b7611d38611c4f9f9c61094c611c409e611d4998611d228b30338c612ae1565b6108c46040519660209588968701998a91611855565b5190205f52600260205260405f2090565b611d54828254611ad4565b9055612bcc565b15611d6257565b60405162461bcd60e51b815260206004820152603260248201527f49435332303a2061636b6e6f776c656467656d656e74206973206e656974686560448201527139103932b9bab63a103737b91032b93937b960711b6064820152608490fd5b6001600160401b0381116102d75760051b60200190565b90611de382611dc2565b611df060405191826102b6565b8281528092611e01601f1991611dc2565b01905f5b828110611e1157505050565b806060602080938501015201611e05565b80516001101561130c5760210190565b90815181101561130c570160200190565b5f198114611a275760010190565b905f9060208301602084518501015b8082106120bb575050611e7b611e7583611dd9565b92611dd9565b925f90611e8781612c7c565b81518110801590612097575b611fc457611ea3611ea991611a8a565b82612d33565b8151811080612074575b61205657611ec2905b82612dea565b9391931561202757611ed49083612d33565b82518110801590612032575b61202757611ef9611ef3611eff92611a8a565b84612d33565b83612dea565b9490941561201b575f5b838110611fe8575091611f4b91611f5293611f24838a611311565b52611f2f8289611311565b50611f3a828a611311565b52611f458189611311565b50611e43565b9282612d33565b8151811015611fc457600b60fa1b611f8b611f7e611f708486611e32565b516001600160f81b03191690565b6001600160f81b03191690565b14611fce57607d60f81b611fa5611f7e611f708486611e32565b03611fc457611ea3611fb691611a8a565b918085528552511491929190565b5050509091905f90565b611fe3611fdd611ec292611a8a565b83612d33565b611ebc565b611ff28189611311565b5160208151910120825160208401201461200e57600101611f09565b5050505050509091905f90565b50505050509091905f90565b505050509091905f90565b50601d60f91b6001600160f81b031961204e611f708487611e32565b161415611ee0565b612065919250611ea390611a8a565b905f84525f8552511491929190565b50607d60f81b6001600160f81b0319612090611f708486611e32565b1614611eb3565b50607b60f81b6001600160f81b03196120b3611f708486611e32565b161415611e93565b9092600190603a85515f1a1401930190611e60565b90600682029180830460061490151715611a2757565b90600a820291808304600a1490151715611a2757565b90612106826103cd565b61211360405191826102b6565b8281528092612124601f19916103cd565b0190602036910137565b9061214961214461213f84516120d0565b611a98565b6120fc565b9160208082019180510101906022602085015360218401915b80821061217a57505060228153829003601e19018252565b909182515f1a60e2811490605c81146022821417826026831417603e8314603c8414171781176020831017156122e4576122cd5760098114600d821417600a82141761228d578091612226575b50816f181899199a1a9b1b9c1cb0b131b232b360811b600f600693605c60019653607586850153828282600c1c161a600285015382828260081c161a600385015382828260041c161a6004850153161a600582015301925b0190612162565b909360028101915f858410612259575b1561224757509093905060016121c7565b8360019492965084935053019261221f565b5060018201515f1a83515f1a90608060a9831460a88414179114169081612281575b50612236565b611f800196505f61227b565b6002915091600192605c825380600a146122c157600d146122b6576074838201535b019261221f565b6072838201536122af565b50606e838201536122af565b6002915091600192605c825383820153019261221f565b50600192908392508153019261221f565b156122fc57565b60405162461bcd60e51b815260206004820152602360248201527f49435332303a20696e76616c696420616d6f756e7420696e206f776e207061636044820152621ad95d60ea1b6064820152608490fd5b1561235457565b60405162461bcd60e51b815260206004820152602360248201527f49435332303a20696e76616c69642073656e64657220696e206f776e207061636044820152621ad95d60ea1b6064820152608490fd5b6123d3906123e860206123c161050561083c60a086018661110c565b6123cb8151612650565b9590956122f5565b6123e06080820151612704565b93909361234d565b018051602084019061243f6123fd838761110c565b9261243a604089019461242c6108b7612416888d61110c565b6108c46108b7604051998a976020890191611855565b03601f1981018452836102b6565b612835565b15612532575050610a186124629151602081519101205f525f60205260405f2090565b6001600160a01b03811692909190833b1561010f576040516340c10f1960e01b81526001600160a01b038316600482015260248101869052935f908590604490829084905af1938415610a9a576124ec612519926001600160401b03927f15658c3942b402b21a95216bb496ce99c9366c32efbce20c584371db3ffd01669761251e575b50611102565b604080516001600160a01b0395861681529590941660208601529284019590955293169281906060820190565b0390a2565b80610a945f61252c936102b6565b5f6124e6565b6124ec7f15658c3942b402b21a95216bb496ce99c9366c32efbce20c584371db3ffd016695612596612519946109776109376108b7611d386001600160401b039861094c61258461258d9e9d516128e7565b9d8e978a61110c565b9590928a61110c565b6125a1898254611a3c565b90556125ae888688612a07565b611102565b906040519160608301604052602a83526030602084015f81525f604086015253607860218401536029905b600182116125ea575050565b6f181899199a1a9b1b9c1cb0b131b232b360811b600f82161a6020838601015360041c905f1901906125de565b60ff602f199116019060ff8211611a2757565b60ff6036199116019060ff8211611a2757565b60ff6056199116019060ff8211611a2757565b5f815180159081156126f9575b506126f1575f905b82518210156126e85761268461267e611f708486611e32565b60f81c90565b60ff8116603081109081156126dd575b506126d3576126a56126ab91612617565b60ff1690565b90600a82190481116126d3576001916126c66126cb926120e6565b611ad4565b910190612665565b505050505f905f90565b60399150115f612694565b91505090600190565b50505f905f90565b604e9150115f61265d565b602a815114801590612812575b80156127cb575b612748575f90600190604a6022820191015b80821061274f575b505015612748576001600160a01b031690600190565b505f905f90565b909283515f1a90601091603a8110602f8211166127bf575b6067811060608211166127b3575b6047811060408211166127a7575b506010821461279a5760041b17926001019061272a565b93505050505f5f80612732565b6036190191505f612783565b60561981019250612775565b602f1981019250612767565b50600f60fb1b6001600160f81b03196127e6611f7084611e22565b16141580156127185750600b60fb1b6001600160f81b031961280a611f7084611e22565b161415612718565b50600360fc1b6001600160f81b031961282d611f70846112ff565b161415612711565b90815190805180921061285057816020809201209201201490565b5050505f90565b9081516005198101908111611a275761286f906120fc565b91602683519101602084015e565b9190918051838103908111611a27576128976020916120fc565b938451920101602084015e565b156128ab57565b60405162461bcd60e51b815260206004820152601460248201527349435332303a20756e6b6e6f776e2064656e6f6d60601b6044820152606490fd5b6129116040516128f86040826102b6565b600681526565726332302f60d01b602082015282612835565b61294557610a1881602061293093519101205f525f60205260405f2090565b906103146001600160a01b03831615156128a4565b61295161295691612857565b612704565b1561295e5790565b60405162461bcd60e51b815260206004820152601c60248201527f49435332303a206d616c666f726d65642065726332302064656e6f6d000000006044820152606490fd5b156129aa57565b60405162461bcd60e51b815260206004820152601e60248201527f49435332303a20746f6b656e206973206e6f74206120636f6e747261637400006044820152606490fd5b9081602091031261010f5751801515810361010f5790565b5f92918361094c612a538295612a1f863b15156129a3565b60405163a9059cbb60e01b602082019081526001600160a01b03909616602482015260448101919091529182906064820190565b51925af1612a5f61106a565b81612ab2575b5015612a6d57565b60405162461bcd60e51b815260206004820152601c60248201527f49435332303a20746f6b656e207472616e73666572206661696c6564000000006044820152606490fd5b8051801592508215612ac7575b50505f612a65565b612ada92506020809183010191016129ef565b5f80612abf565b905f8094612b338295612af6863b15156129a3565b6040516323b872dd60e01b602082019081526001600160a01b0396871660248301529590911660448201526064810192909252816084810161094c565b51925af1612b3f61106a565b81612b91575b5015612b4d57565b606460405162461bcd60e51b815260206004820152602060248201527f49435332303a20746f6b656e207472616e7366657246726f6d206661696c65646044820152fd5b8051801592508215612ba6575b50505f612b45565b612bb992506020809183010191016129ef565b5f80612b9e565b8015611a27575f190190565b908115612c5b575f82805b612c3c575080612be784926120fc565b915b612bf257509150565b612bfe612c3591612bc0565b93612c21612c116126a5600a8406611aa6565b60f81b6001600160f81b03191690565b5f1a612c2d8685611e32565b53600a900490565b9283612be9565b9290612c4a612c5291611e43565b93600a900490565b80939193612bd7565b9050604051612c6b6040826102b6565b60018152600360fc1b602082015290565b5f5b8151811080612c9b575b1561177457612c9690611e43565b612c7e565b50600160fd1b6001600160f81b0319612cb48385611e32565b5116148015612d10575b8015612ced575b80612c885750600d60f81b6001600160f81b0319612ce6611f708486611e32565b1614612c88565b50600560f91b6001600160f81b0319612d09611f708486611e32565b1614612cc5565b50600960f81b6001600160f81b0319612d2c611f708486611e32565b1614612cbe565b905b8151811080612d52575b1561177457612d4d90611e43565b612d35565b50600160fd1b6001600160f81b0319612d6b8385611e32565b5116148015612dc7575b8015612da4575b80612d3f5750600d60f81b6001600160f81b0319612d9d611f708486611e32565b1614612d3f565b50600560f91b6001600160f81b0319612dc0611f708486611e32565b1614612d7c565b50600960f81b6001600160f81b0319612de3611f708486611e32565b1614612d75565b919082518110801590613185575b61317c57612e0590611e43565b90612e14612144838551611a3c565b905f5b84602085820101602082518301015b808210613149575b50612e609291612e5a910395601f1987019681601f199103016020828a01016020858901015e86611a3c565b90611ad4565b90845184101561312957612e7d6126a561267e611f708789611e32565b602281146131325760201161312957612e9584611a8a565b8551111561312957612ebe612eb861267e611f70612eb288611a8a565b89611e32565b94611a98565b9160ff851660228114801561311f575b8015613115575b15612f075750612efe612ee782611e43565b9560f81b6001600160f81b0319165f1a9185611e32565b535b9092612e17565b90945060628103612f2e57506008612f28612f2186611e43565b9585611e32565b53612f00565b60668103612f455750600c612f28612f2186611e43565b606e8103612f5c5750600a612f28612f2186611e43565b60728103612f735750600d612f28612f2186611e43565b60748103612f8a57506009612f28612f2186611e43565b9093919060750361310c57612f9f90856131a9565b81939293908490156131005761d800851015806130f5575b156130bd575050612fc781611a8a565b865111801590613099575b801561306d575b61306357612fe9612fef91611a98565b866131a9565b93908094158015613058575b801561304c575b613040575061303a9291612e5a61302c61302761302161303295611a17565b600a1b90565b611ab4565b91611a2c565b905b846132a9565b92612f00565b96505050505091905f90565b5061e000831015613002565b5061dc008310612ffb565b9450505091905f90565b50607560f81b6001600160f81b0319613091611f7061308b85611a8a565b8a611e32565b161415612fd9565b50601760fa1b6001600160f81b03196130b5611f70848a611e32565b161415612fd2565b9291909361dc0081101590816130e9575b506130de57509061303a91613034565b955050505091905f90565b61e0009150105f6130ce565b5061dc008510612fb7565b50509450505091905f90565b93505091905f90565b50602f8114612ed5565b50605c8114612ece565b9193505f919050565b509261313f919450611e43565b9281529190600190565b959392919080515f1a60208110906022605c821491141717613172576001019091929395612e26565b9091929395612e2e565b60609250905f90565b50601160f91b6001600160f81b03196131a1611f708487611e32565b161415612df8565b91905f926131b682611ac6565b8151106132a0575f905b600482106131d95750506131d390611ac6565b90600190565b90936131f461267e611f706131ee8887611ad4565b85611e32565b60ff8116603081101580613295575b1561322b57509061322261321b6126a5600194612617565b9160041b90565b179401906131c0565b60618110158061328a575b1561324e57509061322261321b6126a560019461263d565b6041811015908161327e575b5015613272579061322261321b6126a560019461262a565b50505091505f91905f90565b6046915011155f61325a565b506066811115613236565b506039811115613203565b505f9250908290565b9060808310156132da576132d6906132c081611e43565b9360f81b6001600160f81b0319165f1a92611e32565b5390565b61080083101561333e576132d690613301612c116132f88660061c90565b60c01760ff1690565b9061331861330e82611e43565b925f1a9185611e32565b5361332281611e43565b93603f1660801760f81b6001600160f81b0319165f1a92611e32565b62010000831015613399576132d690613366612c1161335d86600c1c90565b60e01760ff1690565b9061337361330e82611e43565b536001600160f81b03196080603f600687901c161760f81b169061331861330e82611e43565b6132d6906133b6612c116133ad8660121c90565b60f01760ff1690565b906133c361330e82611e43565b536001600160f81b03196080603f600c87901c161760f81b16906133e961330e82611e43565b53613301612c11603f6133fc8760061c90565b1660801760ff169056fe60a06040523461036457610c968038038061001981610368565b928339810190602081830312610364578051906001600160401b038211610364570181601f82011215610364578051906001600160401b03821161027a5761006a601f8301601f1916602001610368565b928284526020838301011161036457815f9260208093018386015e830101526100936040610368565b600381526249424360e81b602082015281516001600160401b03811161027a575f54600181811c9116801561035a575b602082101461025c57601f81116102f8575b50602092601f821160011461029957928192935f9261028e575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161027a57600154600181811c91168015610270575b602082101461025c57601f81116101f9575b50602091601f8211600114610199579181925f9261018e575b50508160011b915f199060031b1c1916176001555b33608052604051610908908161038e82396080518181816101450152818161039501526106230152f35b015190505f8061014f565b601f1982169260015f52805f20915f5b8581106101e1575083600195106101c9575b505050811b01600155610164565b01515f1960f88460031b161c191690555f80806101bb565b919260206001819286850151815501940192016101a9565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f830160051c81019160208410610252575b601f0160051c01905b8181106102475750610136565b5f815560010161023a565b9091508190610231565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610124565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ef565b601f198216935f8052805f20915f5b8681106102e057508360019596106102c8575b505050811b015f55610103565b01515f1960f88460031b161c191690555f80806102bb565b919260206001819286850151815501940192016102a8565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c81019160208410610350575b601f0160051c01905b81811061034557506100d5565b5f8155600101610338565b909150819061032f565b90607f16906100c3565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761027a5760405256fe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610652578063075461721461060e578063095ea7b31461059557806318160ddd1461057857806323b872dd14610487578063313ce5671461046d57806340c10f191461037257806370a082311461033a57806395d89b411461021c5780639dc29fac14610122578063a9059cbb146100f15763dd62ed3e1461009d575f80fd5b346100ed5760403660031901126100ed576100b661074e565b6100be610764565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b5f80fd5b346100ed5760403660031901126100ed5761011761010d61074e565b60243590336107dd565b602060405160018152f35b346100ed5760403660031901126100ed5761013b61074e565b60243590610173337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461077a565b6001600160a01b03165f81815260036020526040902054918083106101d7576020817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef925f95858752600384520360408620558060025403600255604051908152a3005b60405162461bcd60e51b815260206004820152601b60248201527f45524332303a206275726e20657863656564732062616c616e636500000000006044820152606490fd5b346100ed575f3660031901126100ed576040515f6001548060011c90600181168015610330575b60208310811461031c5782855290811561030057506001146102aa575b50819003601f01601f191681019067ffffffffffffffff82118183101761029657604082905281906102929082610724565b0390f35b634e487b7160e01b5f52604160045260245ffd5b60015f9081529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8282106102ea57506020915082010182610260565b60018160209254838588010152019101906102d5565b90506020925060ff191682840152151560051b82010182610260565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610243565b346100ed5760203660031901126100ed576001600160a01b0361035b61074e565b165f526003602052602060405f2054604051908152f35b346100ed5760403660031901126100ed5761038b61074e565b602435906103c3337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461077a565b6001600160a01b0316908115610428577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020826104045f946002546107d0565b600255848452600382526040842061041d8282546107d0565b9055604051908152a3005b60405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f2061646472657373006044820152606490fd5b346100ed575f3660031901126100ed5760206040515f8152f35b346100ed5760603660031901126100ed576104a061074e565b6104a8610764565b6001600160a01b0382165f81815260046020908152604080832033845290915290205490926044359291600181016104e6575b5061011793506107dd565b8381106105335783810390811161051f57610117945f52600460205260405f2060018060a01b0333165f5260205260405f2055846104db565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e63650000006044820152606490fd5b346100ed575f3660031901126100ed576020600254604051908152f35b346100ed5760403660031901126100ed576105ae61074e565b335f8181526004602090815260408083206001600160a01b03909516808452948252918290206024359081905591519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a3602060405160018152f35b346100ed575f3660031901126100ed576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100ed575f3660031901126100ed576040515f5f548060011c9060018116801561071a575b60208310811461031c5782855290811561030057506001146106c65750819003601f01601f191681019067ffffffffffffffff82118183101761029657604082905281906102929082610724565b5f8080529091507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b82821061070457506020915082010182610260565b60018160209254838588010152019101906106ef565b91607f1691610678565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100ed57565b602435906001600160a01b03821682036100ed57565b1561078157565b60405162461bcd60e51b815260206004820152602160248201527f566f75636865723a2063616c6c6572206973206e6f7420746865206d696e74656044820152603960f91b6064820152608490fd5b9190820180921161051f57565b6001600160a01b03909116919082156108aa576001600160a01b03165f8181526003602052604090205490919081811061086557817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f52600384520360405f2055845f526003825260405f2061085a8282546107d0565b9055604051908152a3565b60405162461bcd60e51b815260206004820152601b60248201527f45524332303a20696e73756666696369656e742062616c616e636500000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b6064820152608490fdfea164736f6c634300081c000aa164736f6c634300081c000a",
}

// ICS20TransferABI is the input ABI used to generate the binding from.
// Deprecated: Use ICS20TransferMetaData.ABI instead.
var ICS20TransferABI = ICS20TransferMetaData.ABI

// ICS20TransferBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ICS20TransferMetaData.Bin instead.
var ICS20TransferBin = ICS20TransferMetaData.Bin

// DeployICS20Transfer deploys a new Ethereum contract, binding an instance of ICS20Transfer to it.
func DeployICS20Transfer(auth *bind.TransactOpts, backend bind.ContractBackend, handler_ common.Address) (common.Address, *types.Transaction, *ICS20Transfer, error) {
	parsed, err := ICS20TransferMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ICS20TransferBin), backend, handler_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ICS20Transfer{ICS20TransferCaller: ICS20TransferCaller{contract: contract}, ICS20TransferTransactor: ICS20TransferTransactor{contract: contract}, ICS20TransferFilterer: ICS20TransferFilterer{contract: contract}}, nil
}

// ICS20Transfer is an auto generated Go binding around an Ethereum contract.
type ICS20Transfer struct {
	ICS20TransferCaller     // Read-only binding to the contract
	ICS20TransferTransactor // Write-only binding to the contract
	ICS20TransferFilterer   // Log filterer for contract events
}

// ICS20TransferCaller is an auto generated read-only Go binding around an Ethereum contract.
type ICS20TransferCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ICS20TransferTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ICS20TransferTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ICS20TransferFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ICS20TransferFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ICS20TransferSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ICS20TransferSession struct {
	Contract     *ICS20Transfer    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ICS20TransferCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ICS20TransferCallerSession struct {
	Contract *ICS20TransferCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// ICS20TransferTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ICS20TransferTransactorSession struct {
	Contract     *ICS20TransferTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// ICS20TransferRaw is an auto generated low-level Go binding around an Ethereum contract.
type ICS20TransferRaw struct {
	Contract *ICS20Transfer // Generic contract binding to access the raw methods on
}

// ICS20TransferCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ICS20TransferCallerRaw struct {
	Contract *ICS20TransferCaller // Generic read-only contract binding to access the raw methods on
}

// ICS20TransferTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ICS20TransferTransactorRaw struct {
	Contract *ICS20TransferTransactor // Generic write-only contract binding to access the raw methods on
}

// NewICS20Transfer creates a new instance of ICS20Transfer, bound to a specific deployed contract.
func NewICS20Transfer(address common.Address, backend bind.ContractBackend) (*ICS20Transfer, error) {
	contract, err := bindICS20Transfer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ICS20Transfer{ICS20TransferCaller: ICS20TransferCaller{contract: contract}, ICS20TransferTransactor: ICS20TransferTransactor{contract: contract}, ICS20TransferFilterer: ICS20TransferFilterer{contract: contract}}, nil
}

// NewICS20TransferCaller creates a new read-only instance of ICS20Transfer, bound to a specific deployed contract.
func NewICS20TransferCaller(address common.Address, caller bind.ContractCaller) (*ICS20TransferCaller, error) {
	contract, err := bindICS20Transfer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ICS20TransferCaller{contract: contract}, nil
}

// NewICS20TransferTransactor creates a new write-only instance of ICS20Transfer, bound to a specific deployed contract.
func NewICS20TransferTransactor(address common.Address, transactor bind.ContractTransactor) (*ICS20TransferTransactor, error) {
	contract, err := bindICS20Transfer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ICS20TransferTransactor{contract: contract}, nil
}

// NewICS20TransferFilterer creates a new log filterer instance of ICS20Transfer, bound to a specific deployed contract.
func NewICS20TransferFilterer(address common.Address, filterer bind.ContractFilterer) (*ICS20TransferFilterer, error) {
	contract, err := bindICS20Transfer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ICS20TransferFilterer{contract: contract}, nil
}

// bindICS20Transfer binds a generic wrapper to an already deployed contract.
func bindICS20Transfer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ICS20TransferMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ICS20Transfer *ICS20TransferRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ICS20Transfer.Contract.ICS20TransferCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ICS20Transfer *ICS20TransferRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.ICS20TransferTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ICS20Transfer *ICS20TransferRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.ICS20TransferTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ICS20Transfer *ICS20TransferCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ICS20Transfer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ICS20Transfer *ICS20TransferTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ICS20Transfer *ICS20TransferTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.contract.Transact(opts, method, params...)
}

// ERRORACK is a free data retrieval call binding the contract method 0x301a0496.
//
// Solidity: function ERROR_ACK() view returns(bytes)
func (_ICS20Transfer *ICS20TransferCaller) ERRORACK(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "ERROR_ACK")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ERRORACK is a free data retrieval call binding the contract method 0x301a0496.
//
// Solidity: function ERROR_ACK() view returns(bytes)
func (_ICS20Transfer *ICS20TransferSession) ERRORACK() ([]byte, error) {
	return _ICS20Transfer.Contract.ERRORACK(&_ICS20Transfer.CallOpts)
}

// ERRORACK is a free data retrieval call binding the contract method 0x301a0496.
//
// Solidity: function ERROR_ACK() view returns(bytes)
func (_ICS20Transfer *ICS20TransferCallerSession) ERRORACK() ([]byte, error) {
	return _ICS20Transfer.Contract.ERRORACK(&_ICS20Transfer.CallOpts)
}

// SUCCESSACK is a free data retrieval call binding the contract method 0x5b1d3be8.
//
// Solidity: function SUCCESS_ACK() view returns(bytes)
func (_ICS20Transfer *ICS20TransferCaller) SUCCESSACK(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "SUCCESS_ACK")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// SUCCESSACK is a free data retrieval call binding the contract method 0x5b1d3be8.
//
// Solidity: function SUCCESS_ACK() view returns(bytes)
func (_ICS20Transfer *ICS20TransferSession) SUCCESSACK() ([]byte, error) {
	return _ICS20Transfer.Contract.SUCCESSACK(&_ICS20Transfer.CallOpts)
}

// SUCCESSACK is a free data retrieval call binding the contract method 0x5b1d3be8.
//
// Solidity: function SUCCESS_ACK() view returns(bytes)
func (_ICS20Transfer *ICS20TransferCallerSession) SUCCESSACK() ([]byte, error) {
	return _ICS20Transfer.Contract.SUCCESSACK(&_ICS20Transfer.CallOpts)
}

// DecodePacketData is a free data retrieval call binding the contract method 0x3128433e.
//
// Solidity: function decodePacketData(bytes data) pure returns((string,string,string,string,string) d)
func (_ICS20Transfer *ICS20TransferCaller) DecodePacketData(opts *bind.CallOpts, data []byte) (ICS20TransferPacketData, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "decodePacketData", data)

	if err != nil {
		return *new(ICS20TransferPacketData), err
	}

	out0 := *abi.ConvertType(out[0], new(ICS20TransferPacketData)).(*ICS20TransferPacketData)

	return out0, err

}

// DecodePacketData is a free data retrieval call binding the contract method 0x3128433e.
//
// Solidity: function decodePacketData(bytes data) pure returns((string,string,string,string,string) d)
func (_ICS20Transfer *ICS20TransferSession) DecodePacketData(data []byte) (ICS20TransferPacketData, error) {
	return _ICS20Transfer.Contract.DecodePacketData(&_ICS20Transfer.CallOpts, data)
}

// DecodePacketData is a free data retrieval call binding the contract method 0x3128433e.
//
// Solidity: function decodePacketData(bytes data) pure returns((string,string,string,string,string) d)
func (_ICS20Transfer *ICS20TransferCallerSession) DecodePacketData(data []byte) (ICS20TransferPacketData, error) {
	return _ICS20Transfer.Contract.DecodePacketData(&_ICS20Transfer.CallOpts, data)
}

// DenomOf is a free data retrieval call binding the contract method 0xb390b309.
//
// Solidity: function denomOf(address token) view returns(string)
func (_ICS20Transfer *ICS20TransferCaller) DenomOf(opts *bind.CallOpts, token common.Address) (string, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "denomOf", token)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// DenomOf is a free data retrieval call binding the contract method 0xb390b309.
//
// Solidity: function denomOf(address token) view returns(string)
func (_ICS20Transfer *ICS20TransferSession) DenomOf(token common.Address) (string, error) {
	return _ICS20Transfer.Contract.DenomOf(&_ICS20Transfer.CallOpts, token)
}

// DenomOf is a free data retrieval call binding the contract method 0xb390b309.
//
// Solidity: function denomOf(address token) view returns(string)
func (_ICS20Transfer *ICS20TransferCallerSession) DenomOf(token common.Address) (string, error) {
	return _ICS20Transfer.Contract.DenomOf(&_ICS20Transfer.CallOpts, token)
}

// DenomOfVoucher is a free data retrieval call binding the contract method 0x2985a9c7.
//
// Solidity: function denomOfVoucher(address ) view returns(string)
func (_ICS20Transfer *ICS20TransferCaller) DenomOfVoucher(opts *bind.CallOpts, arg0 common.Address) (string, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "denomOfVoucher", arg0)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// DenomOfVoucher is a free data retrieval call binding the contract method 0x2985a9c7.
//
// Solidity: function denomOfVoucher(address ) view returns(string)
func (_ICS20Transfer *ICS20TransferSession) DenomOfVoucher(arg0 common.Address) (string, error) {
	return _ICS20Transfer.Contract.DenomOfVoucher(&_ICS20Transfer.CallOpts, arg0)
}

// DenomOfVoucher is a free data retrieval call binding the contract method 0x2985a9c7.
//
// Solidity: function denomOfVoucher(address ) view returns(string)
func (_ICS20Transfer *ICS20TransferCallerSession) DenomOfVoucher(arg0 common.Address) (string, error) {
	return _ICS20Transfer.Contract.DenomOfVoucher(&_ICS20Transfer.CallOpts, arg0)
}

// EncodePacketData is a free data retrieval call binding the contract method 0x4e8509d0.
//
// Solidity: function encodePacketData((string,string,string,string,string) d) pure returns(bytes)
func (_ICS20Transfer *ICS20TransferCaller) EncodePacketData(opts *bind.CallOpts, d ICS20TransferPacketData) ([]byte, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "encodePacketData", d)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// EncodePacketData is a free data retrieval call binding the contract method 0x4e8509d0.
//
// Solidity: function encodePacketData((string,string,string,string,string) d) pure returns(bytes)
func (_ICS20Transfer *ICS20TransferSession) EncodePacketData(d ICS20TransferPacketData) ([]byte, error) {
	return _ICS20Transfer.Contract.EncodePacketData(&_ICS20Transfer.CallOpts, d)
}

// EncodePacketData is a free data retrieval call binding the contract method 0x4e8509d0.
//
// Solidity: function encodePacketData((string,string,string,string,string) d) pure returns(bytes)
func (_ICS20Transfer *ICS20TransferCallerSession) EncodePacketData(d ICS20TransferPacketData) ([]byte, error) {
	return _ICS20Transfer.Contract.EncodePacketData(&_ICS20Transfer.CallOpts, d)
}

// Escrowed is a free data retrieval call binding the contract method 0x04738d0d.
//
// Solidity: function escrowed(bytes32 , address ) view returns(uint256)
func (_ICS20Transfer *ICS20TransferCaller) Escrowed(opts *bind.CallOpts, arg0 [32]byte, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "escrowed", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Escrowed is a free data retrieval call binding the contract method 0x04738d0d.
//
// Solidity: function escrowed(bytes32 , address ) view returns(uint256)
func (_ICS20Transfer *ICS20TransferSession) Escrowed(arg0 [32]byte, arg1 common.Address) (*big.Int, error) {
	return _ICS20Transfer.Contract.Escrowed(&_ICS20Transfer.CallOpts, arg0, arg1)
}

// Escrowed is a free data retrieval call binding the contract method 0x04738d0d.
//
// Solidity: function escrowed(bytes32 , address ) view returns(uint256)
func (_ICS20Transfer *ICS20TransferCallerSession) Escrowed(arg0 [32]byte, arg1 common.Address) (*big.Int, error) {
	return _ICS20Transfer.Contract.Escrowed(&_ICS20Transfer.CallOpts, arg0, arg1)
}

// Handler is a free data retrieval call binding the contract method 0xc80916d4.
//
// Solidity: function handler() view returns(address)
func (_ICS20Transfer *ICS20TransferCaller) Handler(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "handler")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Handler is a free data retrieval call binding the contract method 0xc80916d4.
//
// Solidity: function handler() view returns(address)
func (_ICS20Transfer *ICS20TransferSession) Handler() (common.Address, error) {
	return _ICS20Transfer.Contract.Handler(&_ICS20Transfer.CallOpts)
}

// Handler is a free data retrieval call binding the contract method 0xc80916d4.
//
// Solidity: function handler() view returns(address)
func (_ICS20Transfer *ICS20TransferCallerSession) Handler() (common.Address, error) {
	return _ICS20Transfer.Contract.Handler(&_ICS20Transfer.CallOpts)
}

// VoucherByDenom is a free data retrieval call binding the contract method 0x6f011697.
//
// Solidity: function voucherByDenom(bytes32 ) view returns(address)
func (_ICS20Transfer *ICS20TransferCaller) VoucherByDenom(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _ICS20Transfer.contract.Call(opts, &out, "voucherByDenom", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// VoucherByDenom is a free data retrieval call binding the contract method 0x6f011697.
//
// Solidity: function voucherByDenom(bytes32 ) view returns(address)
func (_ICS20Transfer *ICS20TransferSession) VoucherByDenom(arg0 [32]byte) (common.Address, error) {
	return _ICS20Transfer.Contract.VoucherByDenom(&_ICS20Transfer.CallOpts, arg0)
}

// VoucherByDenom is a free data retrieval call binding the contract method 0x6f011697.
//
// Solidity: function voucherByDenom(bytes32 ) view returns(address)
func (_ICS20Transfer *ICS20TransferCallerSession) VoucherByDenom(arg0 [32]byte) (common.Address, error) {
	return _ICS20Transfer.Contract.VoucherByDenom(&_ICS20Transfer.CallOpts, arg0)
}

// ExecuteRecv is a paid mutator transaction binding the contract method 0xdd9dfcdd.
//
// Solidity: function executeRecv((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet) returns()
func (_ICS20Transfer *ICS20TransferTransactor) ExecuteRecv(opts *bind.TransactOpts, packet Packet) (*types.Transaction, error) {
	return _ICS20Transfer.contract.Transact(opts, "executeRecv", packet)
}

// ExecuteRecv is a paid mutator transaction binding the contract method 0xdd9dfcdd.
//
// Solidity: function executeRecv((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet) returns()
func (_ICS20Transfer *ICS20TransferSession) ExecuteRecv(packet Packet) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.ExecuteRecv(&_ICS20Transfer.TransactOpts, packet)
}

// ExecuteRecv is a paid mutator transaction binding the contract method 0xdd9dfcdd.
//
// Solidity: function executeRecv((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet) returns()
func (_ICS20Transfer *ICS20TransferTransactorSession) ExecuteRecv(packet Packet) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.ExecuteRecv(&_ICS20Transfer.TransactOpts, packet)
}

// OnAcknowledgementPacket is a paid mutator transaction binding the contract method 0xfb8b532e.
//
// Solidity: function onAcknowledgementPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement, address ) returns()
func (_ICS20Transfer *ICS20TransferTransactor) OnAcknowledgementPacket(opts *bind.TransactOpts, packet Packet, acknowledgement []byte, arg2 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.contract.Transact(opts, "onAcknowledgementPacket", packet, acknowledgement, arg2)
}

// OnAcknowledgementPacket is a paid mutator transaction binding the contract method 0xfb8b532e.
//
// Solidity: function onAcknowledgementPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement, address ) returns()
func (_ICS20Transfer *ICS20TransferSession) OnAcknowledgementPacket(packet Packet, acknowledgement []byte, arg2 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.OnAcknowledgementPacket(&_ICS20Transfer.TransactOpts, packet, acknowledgement, arg2)
}

// OnAcknowledgementPacket is a paid mutator transaction binding the contract method 0xfb8b532e.
//
// Solidity: function onAcknowledgementPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, bytes acknowledgement, address ) returns()
func (_ICS20Transfer *ICS20TransferTransactorSession) OnAcknowledgementPacket(packet Packet, acknowledgement []byte, arg2 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.OnAcknowledgementPacket(&_ICS20Transfer.TransactOpts, packet, acknowledgement, arg2)
}

// OnRecvPacket is a paid mutator transaction binding the contract method 0x2301c6f5.
//
// Solidity: function onRecvPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, address ) returns(bytes)
func (_ICS20Transfer *ICS20TransferTransactor) OnRecvPacket(opts *bind.TransactOpts, packet Packet, arg1 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.contract.Transact(opts, "onRecvPacket", packet, arg1)
}

// OnRecvPacket is a paid mutator transaction binding the contract method 0x2301c6f5.
//
// Solidity: function onRecvPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, address ) returns(bytes)
func (_ICS20Transfer *ICS20TransferSession) OnRecvPacket(packet Packet, arg1 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.OnRecvPacket(&_ICS20Transfer.TransactOpts, packet, arg1)
}

// OnRecvPacket is a paid mutator transaction binding the contract method 0x2301c6f5.
//
// Solidity: function onRecvPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, address ) returns(bytes)
func (_ICS20Transfer *ICS20TransferTransactorSession) OnRecvPacket(packet Packet, arg1 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.OnRecvPacket(&_ICS20Transfer.TransactOpts, packet, arg1)
}

// OnTimeoutPacket is a paid mutator transaction binding the contract method 0x52c7157d.
//
// Solidity: function onTimeoutPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, address ) returns()
func (_ICS20Transfer *ICS20TransferTransactor) OnTimeoutPacket(opts *bind.TransactOpts, packet Packet, arg1 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.contract.Transact(opts, "onTimeoutPacket", packet, arg1)
}

// OnTimeoutPacket is a paid mutator transaction binding the contract method 0x52c7157d.
//
// Solidity: function onTimeoutPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, address ) returns()
func (_ICS20Transfer *ICS20TransferSession) OnTimeoutPacket(packet Packet, arg1 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.OnTimeoutPacket(&_ICS20Transfer.TransactOpts, packet, arg1)
}

// OnTimeoutPacket is a paid mutator transaction binding the contract method 0x52c7157d.
//
// Solidity: function onTimeoutPacket((uint64,string,string,string,string,bytes,(uint64,uint64),uint64) packet, address ) returns()
func (_ICS20Transfer *ICS20TransferTransactorSession) OnTimeoutPacket(packet Packet, arg1 common.Address) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.OnTimeoutPacket(&_ICS20Transfer.TransactOpts, packet, arg1)
}

// SendTransfer is a paid mutator transaction binding the contract method 0xf66c9700.
//
// Solidity: function sendTransfer(address token, uint256 amount, string receiver, string sourcePort, string sourceChannel, (uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, string memo) returns(uint64)
func (_ICS20Transfer *ICS20TransferTransactor) SendTransfer(opts *bind.TransactOpts, token common.Address, amount *big.Int, receiver string, sourcePort string, sourceChannel string, timeoutHeight Height, timeoutTimestamp uint64, memo string) (*types.Transaction, error) {
	return _ICS20Transfer.contract.Transact(opts, "sendTransfer", token, amount, receiver, sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, memo)
}

// SendTransfer is a paid mutator transaction binding the contract method 0xf66c9700.
//
// Solidity: function sendTransfer(address token, uint256 amount, string receiver, string sourcePort, string sourceChannel, (uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, string memo) returns(uint64)
func (_ICS20Transfer *ICS20TransferSession) SendTransfer(token common.Address, amount *big.Int, receiver string, sourcePort string, sourceChannel string, timeoutHeight Height, timeoutTimestamp uint64, memo string) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.SendTransfer(&_ICS20Transfer.TransactOpts, token, amount, receiver, sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, memo)
}

// SendTransfer is a paid mutator transaction binding the contract method 0xf66c9700.
//
// Solidity: function sendTransfer(address token, uint256 amount, string receiver, string sourcePort, string sourceChannel, (uint64,uint64) timeoutHeight, uint64 timeoutTimestamp, string memo) returns(uint64)
func (_ICS20Transfer *ICS20TransferTransactorSession) SendTransfer(token common.Address, amount *big.Int, receiver string, sourcePort string, sourceChannel string, timeoutHeight Height, timeoutTimestamp uint64, memo string) (*types.Transaction, error) {
	return _ICS20Transfer.Contract.SendTransfer(&_ICS20Transfer.TransactOpts, token, amount, receiver, sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, memo)
}

// ICS20TransferRecvFailedIterator is returned from FilterRecvFailed and is used to iterate over the raw logs and unpacked data for RecvFailed events raised by the ICS20Transfer contract.
type ICS20TransferRecvFailedIterator struct {
	Event *ICS20TransferRecvFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ICS20TransferRecvFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ICS20TransferRecvFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ICS20TransferRecvFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ICS20TransferRecvFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ICS20TransferRecvFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ICS20TransferRecvFailed represents a RecvFailed event raised by the ICS20Transfer contract.
type ICS20TransferRecvFailed struct {
	Sequence      uint64
	SourcePort    string
	SourceChannel string
	Reason        []byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterRecvFailed is a free log retrieval operation binding the contract event 0xa4fa9d5cbaf4b4b316b861f9319aa4ecc8f93b7d92e149b5e7d849a3f055c7a4.
//
// Solidity: event RecvFailed(uint64 indexed sequence, string sourcePort, string sourceChannel, bytes reason)
func (_ICS20Transfer *ICS20TransferFilterer) FilterRecvFailed(opts *bind.FilterOpts, sequence []uint64) (*ICS20TransferRecvFailedIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _ICS20Transfer.contract.FilterLogs(opts, "RecvFailed", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &ICS20TransferRecvFailedIterator{contract: _ICS20Transfer.contract, event: "RecvFailed", logs: logs, sub: sub}, nil
}

// WatchRecvFailed is a free log subscription operation binding the contract event 0xa4fa9d5cbaf4b4b316b861f9319aa4ecc8f93b7d92e149b5e7d849a3f055c7a4.
//
// Solidity: event RecvFailed(uint64 indexed sequence, string sourcePort, string sourceChannel, bytes reason)
func (_ICS20Transfer *ICS20TransferFilterer) WatchRecvFailed(opts *bind.WatchOpts, sink chan<- *ICS20TransferRecvFailed, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _ICS20Transfer.contract.WatchLogs(opts, "RecvFailed", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ICS20TransferRecvFailed)
				if err := _ICS20Transfer.contract.UnpackLog(event, "RecvFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRecvFailed is a log parse operation binding the contract event 0xa4fa9d5cbaf4b4b316b861f9319aa4ecc8f93b7d92e149b5e7d849a3f055c7a4.
//
// Solidity: event RecvFailed(uint64 indexed sequence, string sourcePort, string sourceChannel, bytes reason)
func (_ICS20Transfer *ICS20TransferFilterer) ParseRecvFailed(log types.Log) (*ICS20TransferRecvFailed, error) {
	event := new(ICS20TransferRecvFailed)
	if err := _ICS20Transfer.contract.UnpackLog(event, "RecvFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ICS20TransferRefundedIterator is returned from FilterRefunded and is used to iterate over the raw logs and unpacked data for Refunded events raised by the ICS20Transfer contract.
type ICS20TransferRefundedIterator struct {
	Event *ICS20TransferRefunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ICS20TransferRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ICS20TransferRefunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ICS20TransferRefunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ICS20TransferRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ICS20TransferRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ICS20TransferRefunded represents a Refunded event raised by the ICS20Transfer contract.
type ICS20TransferRefunded struct {
	Sequence uint64
	Sender   common.Address
	Token    common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRefunded is a free log retrieval operation binding the contract event 0x15658c3942b402b21a95216bb496ce99c9366c32efbce20c584371db3ffd0166.
//
// Solidity: event Refunded(uint64 indexed sequence, address sender, address token, uint256 amount)
func (_ICS20Transfer *ICS20TransferFilterer) FilterRefunded(opts *bind.FilterOpts, sequence []uint64) (*ICS20TransferRefundedIterator, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _ICS20Transfer.contract.FilterLogs(opts, "Refunded", sequenceRule)
	if err != nil {
		return nil, err
	}
	return &ICS20TransferRefundedIterator{contract: _ICS20Transfer.contract, event: "Refunded", logs: logs, sub: sub}, nil
}

// WatchRefunded is a free log subscription operation binding the contract event 0x15658c3942b402b21a95216bb496ce99c9366c32efbce20c584371db3ffd0166.
//
// Solidity: event Refunded(uint64 indexed sequence, address sender, address token, uint256 amount)
func (_ICS20Transfer *ICS20TransferFilterer) WatchRefunded(opts *bind.WatchOpts, sink chan<- *ICS20TransferRefunded, sequence []uint64) (event.Subscription, error) {

	var sequenceRule []interface{}
	for _, sequenceItem := range sequence {
		sequenceRule = append(sequenceRule, sequenceItem)
	}

	logs, sub, err := _ICS20Transfer.contract.WatchLogs(opts, "Refunded", sequenceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ICS20TransferRefunded)
				if err := _ICS20Transfer.contract.UnpackLog(event, "Refunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRefunded is a log parse operation binding the contract event 0x15658c3942b402b21a95216bb496ce99c9366c32efbce20c584371db3ffd0166.
//
// Solidity: event Refunded(uint64 indexed sequence, address sender, address token, uint256 amount)
func (_ICS20Transfer *ICS20TransferFilterer) ParseRefunded(log types.Log) (*ICS20TransferRefunded, error) {
	event := new(ICS20TransferRefunded)
	if err := _ICS20Transfer.contract.UnpackLog(event, "Refunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ICS20TransferVoucherCreatedIterator is returned from FilterVoucherCreated and is used to iterate over the raw logs and unpacked data for VoucherCreated events raised by the ICS20Transfer contract.
type ICS20TransferVoucherCreatedIterator struct {
	Event *ICS20TransferVoucherCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ICS20TransferVoucherCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ICS20TransferVoucherCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ICS20TransferVoucherCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ICS20TransferVoucherCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ICS20TransferVoucherCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ICS20TransferVoucherCreated represents a VoucherCreated event raised by the ICS20Transfer contract.
type ICS20TransferVoucherCreated struct {
	DenomTrace string
	Voucher    common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVoucherCreated is a free log retrieval operation binding the contract event 0x20d48ca528a8d53ea6e9b95ef9a339244a67c195c75d942b12847223113283ca.
//
// Solidity: event VoucherCreated(string denomTrace, address voucher)
func (_ICS20Transfer *ICS20TransferFilterer) FilterVoucherCreated(opts *bind.FilterOpts) (*ICS20TransferVoucherCreatedIterator, error) {

	logs, sub, err := _ICS20Transfer.contract.FilterLogs(opts, "VoucherCreated")
	if err != nil {
		return nil, err
	}
	return &ICS20TransferVoucherCreatedIterator{contract: _ICS20Transfer.contract, event: "VoucherCreated", logs: logs, sub: sub}, nil
}

// WatchVoucherCreated is a free log subscription operation binding the contract event 0x20d48ca528a8d53ea6e9b95ef9a339244a67c195c75d942b12847223113283ca.
//
// Solidity: event VoucherCreated(string denomTrace, address voucher)
func (_ICS20Transfer *ICS20TransferFilterer) WatchVoucherCreated(opts *bind.WatchOpts, sink chan<- *ICS20TransferVoucherCreated) (event.Subscription, error) {

	logs, sub, err := _ICS20Transfer.contract.WatchLogs(opts, "VoucherCreated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ICS20TransferVoucherCreated)
				if err := _ICS20Transfer.contract.UnpackLog(event, "VoucherCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVoucherCreated is a log parse operation binding the contract event 0x20d48ca528a8d53ea6e9b95ef9a339244a67c195c75d942b12847223113283ca.
//
// Solidity: event VoucherCreated(string denomTrace, address voucher)
func (_ICS20Transfer *ICS20TransferFilterer) ParseVoucherCreated(log types.Log) (*ICS20TransferVoucherCreated, error) {
	event := new(ICS20TransferVoucherCreated)
	if err := _ICS20Transfer.contract.UnpackLog(event, "VoucherCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// QBFTClientMetaData contains all meta data concerning the QBFTClient contract.
var QBFTClientMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"encoding\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"trustingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxClockDrift\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"internalType\":\"structQBFTClient.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"revision\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"handler\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"vote\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voteRecipient\",\"type\":\"address\"}],\"internalType\":\"structQBFTClient.TrustedState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"initialStateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"trustedStateHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"conflictingStateHash\",\"type\":\"bytes32\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"name\":\"HeaderVerified\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ENCODING_IBFT2\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENCODING_QBFT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_ADD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_DROP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"counterpartyHandler\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encoding\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"getConsensus\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"}],\"name\":\"getTimestampAtHeight\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestHeight\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxClockDrift\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revisionNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"clientMessage\",\"type\":\"bytes\"}],\"name\":\"updateClient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"vote\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voteRecipient\",\"type\":\"address\"}],\"internalType\":\"structQBFTClient.TrustedState\",\"name\":\"trusted\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"rawHeader\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"verifyHeader\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"vote\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voteRecipient\",\"type\":\"address\"}],\"internalType\":\"structQBFTClient.TrustedState\",\"name\":\"next\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"path\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"verifyMembership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"revisionNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revisionHeight\",\"type\":\"uint64\"}],\"internalType\":\"structHeight\",\"name\":\"height\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"path\",\"type\":\"bytes\"}],\"name\":\"verifyNonMembership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyStorageProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"word\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x610140806040523461076757614dc0803803809161001d828561076b565b833981018181036101008112610767576080136107675760405190608082016001600160401b038111838210176105255760405261005a8361078e565b82526100686020840161079c565b926020830193845261007c6040820161079c565b6040840190815261008f6060830161079c565b606085019081526100a26080840161079c565b936100af60a085016107b0565b60c08501519094906001600160401b0381116107675781019160c083820312610767576040519560c087016001600160401b03811188821017610525576040526100f88461079c565b8752602084015197602088019889526101136040860161079c565b6040890190815260608601519096906001600160401b0381116107675786019380601f86011215610767578451946001600160401b038611610525578560051b9060405196610165602084018961076b565b875260208088019282010192831161076757602001905b82821061074f575050506060890193845260e06101ae60a06101a060808a0161078e565b9860808d01998a52016107b0565b9560a08b0196875201519760ff8c511660018114908115610744575b50156106ff578c516001600160401b0316156106a5576001600160a01b03841615610652578a51156105fb57600260ff885116116105a05784519c8d511561055b5760019c8d8f5b5111156102d4575f198e018e81116102c0578f8f9161024d9061023c60018060a01b0391846107c4565b5116926001600160a01b03926107c4565b511611156102615760018f9e01809e610212565b60405162461bcd60e51b815260206004820152603160248201527f51424654436c69656e743a2076616c696461746f727320617265206e6f74207360448201527074726963746c7920617363656e64696e6760781b6064820152608490fd5b634e487b7160e01b5f52601160045260245ffd5b60ff90979697511660805260018060401b0390511660a05260018060401b0390511660c05260018060401b0390511660e0526101005261012052604051809260208201946020865261010083019160018060401b038a511660408501528a51606085015260018060401b038851166080850152519160c060a08501528251809152602061012085019301905f5b818110610539575050905160ff1660c08401525091516001600160a01b031660e08201529003601f1981018252610398908261076b565b519020815160405194919391906001600160401b03908116906060870190811187821017610525576040908152838752602080880196875281880192835283516001600160401b039081165f90815291829052919020965187559451600187810191909155905160029690960180546001600160401b03191696861696909617909555519354938316947ffde00193a58dbddf1d8b1de8ed2dbc431b0e4f455a4b1d417f787c792feabf5f9460609487919081168211610510575b50505191516040805193845260208401929092526001600160401b031690820152a26040516145d390816107ed82396080518181816101ab015281816112fe015281816114400152818161149401528181611f190152818161209a0152612fcf015260a0518181816104e60152610ec8015260c0518181816105fb01526111ad015260e05181818161045f0152612ce901526101005181818161059501528181610c820152612a3a0152610120518181816104980152610d790152f35b6001600160401b031916176001558587610453565b634e487b7160e01b5f52604160045260245ffd5b82516001600160a01b0316855287955060209485019490920191600101610361565b60405162461bcd60e51b815260206004820152601960248201527f51424654436c69656e743a206e6f2076616c696461746f7273000000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602d60248201527f51424654436c69656e743a20747275737465642073746174652068617320616e60448201526c20756e6b6e6f776e20766f746560981b6064820152608490fd5b60405162461bcd60e51b815260206004820152602960248201527f51424654436c69656e743a2074727573746564207374617465206861732061206044820152680f4cae4de40d0c2e6d60bb1b6064820152608490fd5b60405162461bcd60e51b815260206004820152602560248201527f51424654436c69656e743a207a65726f20636f756e746572706172747920686160448201526437323632b960d91b6064820152608490fd5b60405162461bcd60e51b815260206004820152602c60248201527f51424654436c69656e743a207472757374696e6720706572696f64206d75737460448201526b20626520706f73697469766560a01b6064820152608490fd5b60405162461bcd60e51b815260206004820152601c60248201527f51424654436c69656e743a20756e6b6e6f776e20656e636f64696e67000000006044820152606490fd5b60029150145f6101ca565b6020809161075c846107b0565b81520191019061017c565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761052557604052565b519060ff8216820361076757565b51906001600160401b038216820361076757565b51906001600160a01b038216820361076757565b80518210156107d85760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081630423ba9f146105de57508063054f7d9c146105b9578063086029f3146105765780630bece3561461053b578063180b3e601461050a5780632523e9261461050f5780633045dd3a1461050a57806336b31bf0146104c75780633abf01f11461048357806355e946f91461043b57806357d775f8146104405780636be3a6651461043b57806382b7ebef14610421578063943f0019146103c757806394e6103d14610307578063a62c87ab14610257578063cf4862fd146101cf578063d8f4eeed14610192578063e405bbc31461016c5763e6bc10b7146100f8575f80fd5b346101685736600319016080811261016857604013610168576044356001600160401b0381116101685761013090369060040161061f565b606435906001600160401b0382116101685760209261015661015e93369060040161061f565b929091610dff565b6040519015158152f35b5f80fd5b34610168575f3660031901126101685760206001600160401b0360015416604051908152f35b34610168575f36600319011261016857602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461016857366003190160a0811261016857604013610168576044356001600160401b0381116101685761020790369060040161061f565b6064356001600160401b0381116101685761022690369060040161061f565b919092608435926001600160401b0384116101685760209461024f61015e95369060040161061f565b949093610d36565b34610168576060366003190112610168576004356001600160401b0381116101685760c06003198236030112610168576024356001600160401b038111610168576102a690369060040161061f565b604435906001600160401b0382168203610168576102e36102e9936102db6102fd966102d0610d06565b5036906004016107a9565b9236916108aa565b90610e7b565b6040519283926040845260408401906106aa565b9060208301520390f35b34610168576080366003190112610168576024356001600160a01b038116810361016857606435906001600160401b0382116101685761034e61035b92369060040161061f565b91604435906004356127e9565b911561037257604091825191151582526020820152f35b60405162461bcd60e51b815260206004820152602760248201527f51424654436c69656e743a206163636f756e74206973206e6f7420696e2074686044820152666520737461746560c81b6064820152608490fd5b34610168576020366003190112610168576004356001600160401b038116809103610168575f525f602052606060405f2080549060016001600160401b036002830154169101549060405192835260208301526040820152f35b34610168575f3660031901126101685760206040515f8152f35b610667565b34610168575f3660031901126101685760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610168575f366003190112610168576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610168575f3660031901126101685760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b61064c565b3461016857604036600319011261016857602061052a610c62565b6001600160401b0360405191168152f35b34610168576020366003190112610168576004356001600160401b0381116101685761056e61057491369060040161061f565b906108fe565b005b34610168575f3660031901126101685760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610168575f36600319011261016857602060ff60015460401c166040519015158152f35b34610168575f366003190112610168576020906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f84011215610168578235916001600160401b038311610168576020838186019501011161016857565b34610168575f36600319011261016857602060405160018152f35b34610168575f36600319011261016857602060405160028152f35b35906001600160401b038216820361016857565b35906001600160a01b038216820361016857565b9060c08101916001600160401b038151168252602081015160208301526001600160401b03604082015116604083015260608101519260c060608401528351809152602060e084019401905f5b8181106107235750505060808082015160ff169083015260a0908101516001600160a01b031691015290565b82516001600160a01b03168652602095860195909201916001016106f7565b60c081019081106001600160401b0382111761075d57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761075d57604052565b6001600160401b03811161075d5760051b60200190565b91909160c08184031261016857604051906107c382610742565b81936107ce82610682565b8352602082013560208401526107e660408301610682565b604084015260608201356001600160401b0381116101685782019080601f8301121561016857813561081781610792565b926108256040519485610771565b81845260208085019260051b82010192831161016857602001905b82821061087757505050606083015260808101359060ff821682036101685760a0610872918193608086015201610696565b910152565b6020809161088484610696565b815201910190610840565b6001600160401b03811161075d57601f01601f191660200190565b9291926108b68261088f565b916108c46040519384610771565b829481845281830111610168578281602093845f960137010152565b9080601f83011215610168578160206108fb933591016108aa565b90565b6001549160ff8360401c16610c09578101906040818303126101685780356001600160401b03811161016857826109369183016107a9565b9160208201356001600160401b0381116101685761095492016108e0565b906001600160401b038151165f525f602052600160405f2001548015159081610be0575b5015610b7557610992916001600160401b03421691610e7b565b90916001600160401b038351165f525f60205260405f2090600182019182549081610aca57505050506040516020810190602082526109e6816109d860408201876106aa565b03601f198101835282610771565b51902090604083016001600160401b03815116916040519260608401948486106001600160401b0387111761075d5760026060956001600160401b03927ffde00193a58dbddf1d8b1de8ed2dbc431b0e4f455a4b1d417f787c792feabf5f986040528582526020820190815260408201948552838a51165f525f60205260405f2091518255516001820155019151166001600160401b03198254161790556001600160401b0360208187511696876001548481168211610abc575b505001519251169060405192835260208301526040820152a2565b84191617600155875f610aa1565b909193604095939551602081019060208252610aed816109d860408201896106aa565b51902092831491821592610b69575b5050610b09575b50505050565b6001600160401b03604092680100000000000000007fc0eccab55790044d1f86faa31ff4027cd717abd3eed7681e47c0b708e082bf389568ff0000000000000000191617600155511693549082519182526020820152a25f808080610b03565b54141590505f80610afc565b60405162461bcd60e51b815260206004820152603e60248201527f51424654436c69656e743a2074727573746564207374617465206973206e6f7460448201527f20746865206f6e652073746f72656420666f72206974732068656967687400006064820152608490fd5b9050604051602081019060208252610bff816109d860408201876106aa565b519020145f610978565b60405162461bcd60e51b815260206004820152601c60248201527f51424654436c69656e743a20636c69656e742069732066726f7a656e000000006044820152606490fd5b356001600160401b03811681036101685790565b6004356001600160401b0381169081810361016857506001600160401b037f00000000000000000000000000000000000000000000000000000000000000001603610d02576024356001600160401b0381169081810361016857505f525f602052633b9aca006001600160401b03600260405f20015416026001600160401b038116908103610cee5790565b634e487b7160e01b5f52601160045260245ffd5b5f90565b60405190610d1382610742565b5f60a0838281528260208201528260408201526060808201528260808201520152565b919493909293610d4660046129de565b929015610df45760208203610ddc57359060208110610dcb575b50945b8515610dc157610d9e94610d7691612a63565b907f0000000000000000000000000000000000000000000000000000000000000000906127e9565b9082939293610db9575b5082610db357505090565b14919050565b92505f610da8565b5050505050505f90565b5f199060200360031b1b165f610d60565b610de79136916108aa565b6020815191012094610d63565b505050505050505f90565b9091610e0b60046129de565b919015610e2f57610e1f94610d7691612a63565b5081610e29575090565b90501590565b50505050505f90565b91908201809211610cee57565b8051821015610e595760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b5f198114610cee5760010190565b919290610e86610d06565b9260208101511561271457600260ff608083015116116126b957610ead6060820151612ad9565b610eee6001600160401b036040830151166001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690610e38565b6001600160401b038616101561264e57604051946101c086018681106001600160401b0382111761075d576040525f86525f60208701525f60408701525f60608701525f60808701525f60a08701525f60c08701525f60e08701525f6101008701525f6101208701525f6101408701525f6101608701525f6101808701525f6101a0870152610f7e835184613a46565b92915080612644575b156125f05781610ff781610ff18160608d610fe6838d610fd082610fc481610fbb610ffd9f8083916101208c015287613db8565b90895285613db8565b90602088015283613e2f565b6001600160a01b03909116604086015290613db8565b92909101528a613ea9565b88613ea9565b86613c78565b92501590816125e4575b50156113a65761101990829086613c78565b929015806125cb575b1561256c576110828461107a81611072818f6001600160401b03979060a08f846110969d611067928d96839f602081115f1461255d57505060025b6080870152613f84565b93169101528d613f84565b90508b613f84565b905089613f84565b911660c08b0152806101408b015286613c78565b9290916101a08b01526101808a015261251857816110bf81836110cb946101608d015288613db8565b9060e08b015286613c78565b92919015908161250d575b50156124c95785016020015160c01c6101008901528181818110612486575b50808210612476575b808210612464575b808210612452575b808210612442575b808210612432575b808210612422575b808210612410575b50036123b4576001600160401b0360a0870151166001600160401b038351161015612354576001600160401b0360c0870151166001600160401b03604084015116116122f357677fffffffffffffff6001600160401b0360c0880151161161229c576111d46001600160401b0360c088015116916001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000169116610e38565b106122495760405193846101008101106001600160401b036101008701111761075d576101008501604052606085525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601526101a0860151156122045761124d6101808701516101a088015190610e38565b938461125f816101808a015187613c78565b908093949250926121fa575b5050156121a35785610ff781836112879460608c015288613ea9565b92919015612147579061129c88939282610e38565b5f91805b82811061210757506112b183612a9a565b8b528a5f915b8a8584106120d057925050508492506112d1939150613c78565b93929190811580612097575b15611e8d575b505050816112f69260808a015286613c78565b9290611e3a577f000000000000000000000000000000000000000000000000000000000000000060ff16600103611ddf57600482111580611dc6575b15611d6f57637fffffff91611348915b88613d99565b11611d2a57858161135e9260a08a015286613c78565b9892919015611cd357611377908260c085015282610e38565b60e08301525b60e082015190818110156113f557906113969187613c78565b92501590816113ea575b5061137d575b606460405162461bcd60e51b815260206004820152602060248201527f524c503a20737472696e67206f6620756e6578706563746564206c656e6774686044820152fd5b60419150145f6113a0565b50509295949093919403611c76576001608087015103611c31577f63746963616c2062797a616e74696e65206661756c7420746f6c6572616e636560e087015103611bd757600260ff7f00000000000000000000000000000000000000000000000000000000000000001614611af3575b6114708251612ad9565b815160408701515f199161148d916001600160a01b031690612bd6565b14611a9e577f000000000000000000000000000000000000000000000000000000000000000060ff16600103611a72576114ee606083015160a0840151604051916114d9604084610771565b60018352600360fe1b60208401528985614015565b955b825151906114fd82610792565b9561150b6040519788610771565b828752601f1961151a84610792565b013660208901375f9560c08601519260426115398560e08a0151612acc565b0460018101809111610cee57611551909a949a612a9a565b995b60e088015190818110156117ea579061156c9188613c78565b9291505080880190602082015191602082018211610cee576040810151916040810110610cee57606001515f1a821515806117cf575b806117c6575b806117ab575b806117a0575b1561174b57601b8101809111610cee578e5f9260209460ff60809460405194855216868401526040830152606082015282805260015afa15611740575f51986001600160a01b038a16156116f15761160d8a8a51612bd6565b5f1981146116995761161f818d610e45565b51611654576116306001918d610e45565b5261164e61163d82610e6d565b9a6001600160a01b0316918d610e45565b52611553565b60405162461bcd60e51b815260206004820152601a60248201527f51424654436c69656e743a206475706c6963617465207365616c0000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602a60248201527f51424654436c69656e743a207365616c207369676e6572206973206e6f742061604482015269103b30b634b230ba37b960b11b6064820152608490fd5b60405162461bcd60e51b815260206004820152602160248201527f51424654436c69656e743a207365616c20646f6573206e6f74207265636f76656044820152603960f91b6064820152608490fd5b6040513d5f823e3d90fd5b60405162461bcd60e51b815260206004820152602760248201527f51424654436c69656e743a207365616c20722c2073206f722076206f7574206f604482015266662072616e676560c81b6064820152608490fd5b5060018111156115b4565b5070014551231950b75fc4402da1732fc9bebe1982106115ae565b508115156115a8565b5070014551231950b75fc4402da1732fc9bebe1983106115a2565b50929a50909894975095919392600181901b91506001600160ff1b03811603610cee5760028101809111610cee57600390048110611a1d5781526001600160401b0360a08501511660016001600160401b03845116016001600160401b038111610cee576001600160401b031603611931575082516020820151036118d457818360609561187d61189294845190612cbd565b6001600160401b0360a0830151168952612fc8565b60208601526001600160401b0360c083015116604086015280518386015260ff6020820151166080860152604060018060a01b039101511660a0850152015190565b60405162461bcd60e51b815260206004820152602f60248201527f51424654436c69656e743a20706172656e742068617368206973206e6f74207460448201526e0d0ca40e8e4eae6e8cac840d0c2e6d608b1b6064820152608490fd5b9591949092935f945f5b885181101561198c5760608601515f199061196a906001600160a01b03611962858e610e45565b511690612bd6565b03611978575b60010161193b565b95611984600191610e6d565b969050611970565b509360609195929693975001515160028101809111610cee5760039004116119bb57611892818360609561187d565b60405162461bcd60e51b815260206004820152603460248201527f51424654436c69656e743a206665776572207468616e20312f33206f6620746860448201527319481d1c9d5cdd1959081cd95d081cd9585b195960621b6064820152608490fd5b60405162461bcd60e51b815260206004820152602760248201527f51424654436c69656e743a206665776572207468616e206365696c28326e2f3360448201526629207365616c7360c81b6064820152608490fd5b611a98606083015160a084015160405191611a8e602084610771565b5f83528985614015565b956114f0565b60405162461bcd60e51b815260206004820152602760248201527f51424654436c69656e743a2070726f706f736572206973206e6f7420612076616044820152663634b230ba37b960c91b6064820152608490fd5b6001600160401b0361010087015116611b92577f1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347602087015103156114665760405162461bcd60e51b815260206004820152603260248201527f51424654436c69656e743a206f6d6d6572732068617368206973206e6f7420746044820152710d0ca40cadae0e8f240d8d2e6e840d0c2e6d60731b6064820152608490fd5b60405162461bcd60e51b815260206004820152601a60248201527f51424654436c69656e743a206e6f6e6365206973206e6f7420300000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602c60248201527f51424654436c69656e743a206d69782068617368206973206e6f74207468652060448201526b1091950818dbdb9cdd185b9d60a21b6064820152608490fd5b60405162461bcd60e51b815260206004820152601f60248201527f51424654436c69656e743a20646966666963756c7479206973206e6f742031006044820152606490fd5b60405162461bcd60e51b815260206004820152602f60248201527f51424654436c69656e743a2065787472614461746120686173206974656d732060448201526e616674657220746865207365616c7360881b6064820152608490fd5b60405162461bcd60e51b815260206004820152602960248201527f51424654436c69656e743a20657874726144617461207365616c73206973206e6044820152681bdd0818481b1a5cdd60ba1b6064820152608490fd5b60405162461bcd60e51b815260206004820152601e60248201527f51424654436c69656e743a20726f756e64206f7574206f662072616e676500006044820152606490fd5b60405162461bcd60e51b815260206004820152602960248201527f51424654436c69656e743a20726f756e64206973206e6f742061206d696e696d60448201526830b61039b1b0b630b960b91b6064820152608490fd5b508115806113325750602081880101515f1a1515611332565b60048203611df657637fffffff9161134891611342565b606460405162461bcd60e51b815260206004820152602060248201527f51424654436c69656e743a20726f756e64206973206e6f7420342062797465736044820152fd5b60405162461bcd60e51b815260206004820152602560248201527f51424654436c69656e743a2065787472614461746120726f756e642069732061604482015264081b1a5cdd60da1b6064820152608490fd5b90919250156120415781611ea7611ec792611eb194610e38565b928380928a613e2f565b6001600160a01b0390911660408c015288613c78565b91929390159182612037575b505015611ff257879160018214908115611fe9578801602001515f1a5b8180611fdf575b15611f13575050506112f691600160208a01525b915f806112e3565b919250907f000000000000000000000000000000000000000000000000000000000000000060ff16600103611fc7575050155b15611f5c57856112f691600260208a0152611f0b565b60405162461bcd60e51b815260206004820152603760248201527f51424654436c69656e743a2065787472614461746120766f746520747970652060448201527f6973206e65697468657220616464206e6f722064726f700000000000000000006064820152608490fd5b90915081611fd6575b50611f46565b9050155f611fd0565b5060ff8114611ef7565b50610100611ef0565b60405162461bcd60e51b815260206004820152601f60248201527f51424654436c69656e743a2065787472614461746120766f74652074797065006044820152606490fd5b1490505f80611ed3565b60405162461bcd60e51b815260206004820152602860248201527f51424654436c69656e743a2065787472614461746120766f7465206973206e6f6044820152671d0818481b1a5cdd60c21b6064820152608490fd5b507f000000000000000000000000000000000000000000000000000000000000000060ff166001036120c957806112dd565b80156112dd565b84959697506120e8849560019594936120f193613e2f565b95909251610e45565b90838060a01b03169052018a8a959493926112b7565b82939495509161211891928a613c78565b925015908161213c575b50156113a6579261213290610e6d565b91908994936112a0565b60149150145f612122565b60405162461bcd60e51b815260206004820152602e60248201527f51424654436c69656e743a206578747261446174612076616c696461746f727360448201526d081a5cc81b9bdd0818481b1a5cdd60921b6064820152608490fd5b60405162461bcd60e51b815260206004820152602960248201527f51424654436c69656e743a20657874726144617461206973206e6f74206f6e6560448201526808149314081b1a5cdd60ba1b6064820152608490fd5b149050865f61126b565b60405162461bcd60e51b815260206004820152601e60248201527f51424654436c69656e743a2065787472614461746120697320656d70747900006044820152606490fd5b60405162461bcd60e51b815260206004820152602560248201527f51424654436c69656e743a206865616465722069732066726f6d207468652066604482015264757475726560d81b6064820152608490fd5b60405162461bcd60e51b815260206004820152602960248201527f51424654436c69656e743a206865616465722074696d657374616d70206f7574604482015268206f662072616e676560b81b6064820152608490fd5b60405162461bcd60e51b815260206004820152603360248201527f51424654436c69656e743a20686561646572206973206f6c646572207468616e604482015272103a3432903a393ab9ba32b2103432b0b232b960691b6064820152608490fd5b60405162461bcd60e51b815260206004820152603260248201527f51424654436c69656e743a20686561646572206973206e6f742061626f7665206044820152711d1a19481d1c9d5cdd1959081a195a59da1d60721b6064820152608490fd5b60405162461bcd60e51b815260206004820152602e60248201527f51424654436c69656e743a206865616465722068617320756e6b6e6f776e207460448201526d7261696c696e67206669656c647360901b6064820152608490fd5b61241a9186613f84565b90508161112e565b61242c9186613ea9565b81611126565b61243c9186613ea9565b8161111e565b61244c9186613ea9565b81611116565b61245c9186613f84565b90508161110e565b61246e9186613f84565b905081611106565b6124809186613ea9565b816110fe565b6124a192506124b0916124999188613c78565b949015613ed2565b159081156124b7575b50613f2a565b815f6110f5565b60209150870101515f1a15155f6124aa565b606460405162461bcd60e51b815260206004820152602060248201527f51424654436c69656e743a206e6f6e6365206973206e6f7420382062797465736044820152fd5b60089150145f6110d6565b60405162461bcd60e51b815260206004820152601f60248201527f51424654436c69656e743a206578747261446174612069732061206c697374006044820152606490fd5b6125679183613d99565b61105d565b60405162461bcd60e51b815260206004820152603160248201527f51424654436c69656e743a20646966666963756c7479206973206e6f7420612060448201527031b0b737b734b1b0b61034b73a32b3b2b960791b6064820152608490fd5b508115806110225750602081880101515f1a1515611022565b6101009150145f611007565b60405162461bcd60e51b815260206004820152602660248201527f51424654436c69656e743a20686561646572206973206e6f74206f6e6520524c60448201526514081b1a5cdd60d21b6064820152608490fd5b5084518214610f87565b60405162461bcd60e51b815260206004820152603860248201527f51424654436c69656e743a2074727573746564207374617465206973206f757460448201527f7369646520746865207472757374696e6720706572696f6400000000000000006064820152608490fd5b60405162461bcd60e51b815260206004820152602d60248201527f51424654436c69656e743a20747275737465642073746174652068617320616e60448201526c20756e6b6e6f776e20766f746560981b6064820152608490fd5b60405162461bcd60e51b815260206004820152602960248201527f51424654436c69656e743a2074727573746564207374617465206861732061206044820152680f4cae4de40d0c2e6d60bb1b6064820152608490fd5b9080601f8301121561016857813561278281610792565b926127906040519485610771565b81845260208085019260051b820101918383116101685760208201905b8382106127bc57505050505090565b81356001600160401b038111610168576020916127de878480948801016108e0565b8152019101906127ad565b92909194938101916040828403126101685781356001600160401b038111610168578361281791840161276b565b916020810135936001600160401b038511610168576128409461283a920161276b565b9361304c565b909384801580156129b5575b6129a957509061287992916040516020810191825260208152612870604082610771565b519020906131fd565b819291921561299d5761288d815182613a46565b90929192159081612992575b5015612936578115158061292b575b8061291a575b156128bc576108fb92613d99565b60405162461bcd60e51b815260206004820152603060248201527f51424654436c69656e743a2073746f7265642076616c7565206973206e6f742060448201526f184818d85b9bdb9a58d85b081ddbdc9960821b6064820152608490fd5b50602081840101515f1a15156128ae565b5060208211156128a8565b60405162461bcd60e51b815260206004820152602e60248201527f51424654436c69656e743a2073746f7265642076616c7565206973206e6f742060448201526d6f6e6520524c5020737472696e6760901b6064820152608490fd5b90508351145f612899565b50600192505f91508190565b94505f93849350915050565b507f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421831461284c565b60ff60015460401c168015612a25575b612a1e57612a0660206001600160401b039201610c4e565b165f525f60205260405f209060018201541515915490565b505f905f90565b50612a2f81610c4e565b6001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016911614156129ee565b612a6e9136916108aa565b60208151910120604051602081019182525f604082015260408152612a94606082610771565b51902090565b90612aa482610792565b612ab16040519182610771565b8281528092612ac2601f1991610792565b0190602036910137565b91908203918211610cee57565b805115612b915760015b8151811015612b8d575f198101818111610cee576001600160a01b0390612b0a9084610e45565b51166001600160a01b03612b1e8385610e45565b51161115612b2e57600101612ae3565b60405162461bcd60e51b815260206004820152603160248201527f51424654436c69656e743a2076616c696461746f727320617265206e6f74207360448201527074726963746c7920617363656e64696e6760781b6064820152608490fd5b5050565b60405162461bcd60e51b815260206004820152601960248201527f51424654436c69656e743a206e6f2076616c696461746f7273000000000000006044820152606490fd5b91905f8351905b818110612bed57505f1993505050565b612bf78282610e38565b60011c906001600160a01b03612c0d8388610e45565b516001600160a01b0386169116818114612c50571015612c4857506001810180911115612bdd57634e487b7160e01b5f52601160045260245ffd5b915090612bdd565b5091955050505050565b15612c6157565b60405162461bcd60e51b815260206004820152602e60248201527f51424654436c69656e743a2076616c696461746f7220736574206973206e6f7460448201526d2074686520766f746564206f6e6560901b6064820152608490fd5b9060608201612ccd8151836140ec565b612fc3576080830160ff81511615612f65576001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168015908115612f2e575b5015612eca57612d3360a0835195019460018060a01b0386511690612bd6565b5f19811491600160ff8415925116145f14612e2857505080612e11575b612d5990612c5a565b5f905f935f925b8451841015612e0157851580612dda575b612dce57612d94600191845151811080612d9d575b612d8f90612c5a565b610e6d565b935b0192612d60565b50612d8f838060a01b03612db1888a610e45565b5116848060a01b03612dc4848951610e45565b5116149050612d86565b92945060018095612d96565b506001600160a01b03612ded8587610e45565b5183516001600160a01b0316911614612d71565b5050505050612e0f90612c5a565b565b50815181515160018101809111610cee5714612d50565b91509493508092919290612eb3575b612e4090612c5a565b5f5b8151811015612eac576001600160a01b03612e5d8284610e45565b51845192911686821015612e9157612e8b90600193612e83845b868060a01b0392610e45565b511614612c5a565b01612e42565b6001820190818311610cee57600193612e83612e8b93612e77565b5050509050565b50805160018101809111610cee5782515114612e37565b60405162461bcd60e51b815260206004820152603660248201527f51424654436c69656e743a2076616c696461746f7220736574206368616e67656044820152756420616674657220616e2065706f636820626c6f636b60501b6064820152608490fd5b6001600160401b0386511691612f51576001600160401b0391061615155f612d13565b634e487b7160e01b5f52601260045260245ffd5b60405162461bcd60e51b815260206004820152603060248201527f51424654436c69656e743a2076616c696461746f7220736574206368616e676560448201526f6420776974686f7574206120766f746560801b6064820152608490fd5b505050565b90600160ff7f0000000000000000000000000000000000000000000000000000000000000000161461301a5782608060606108fb9501519101519160405193613012602086610771565b5f8552614015565b82608060606108fb9501519101519160405193613038604086610771565b6002855261020360f61b6020860152614015565b61307d929160405160208101916bffffffffffffffffffffffff199060601b16825260148152612870603482610771565b909182156131f557613090825183613a46565b919291816131ea575b50156131a6576130c5816130b36130bd946130cf94610e38565b9384809288613f84565b905086613c78565b9291939015613ed2565b60208311613168578380926130fd856131049461310b97158015613157575b6130f790613f2a565b8a613d99565b5087613db8565b9095613ea9565b0361311257565b60405162461bcd60e51b815260206004820152601d60248201527f4d50543a206163636f756e7420686173206578747261206669656c64730000006044820152606490fd5b508a8101602001515f1a15156130ee565b60405162461bcd60e51b8152602060048201526016602482015275524c503a20696e746567657220746f6f206c6172676560501b6044820152606490fd5b606460405162461bcd60e51b815260206004820152602060248201527f4d50543a206163636f756e74206973206e6f74206f6e6520524c50206c6973746044820152fd5b90508451145f613099565b5f9250829150565b90929192835115613a0e57835115610e595760208401519182516020840120036139b5578151926001925f61323486825b84613c78565b8192939991926139ab575b505015613958576132509087610e38565b905f5f9780915f92604085105f14613951578460011c6020811015610e595789901a600186166139495760041c5b8682106138fd575085036138b9576011810361351f5750505060408110156134c5576132ac6132b691610e6d565b96915b8284613c78565b909391929361345b575050801561343c576020036133d15760209101015192855181101561337e576132e88187610e45565b51938451602086012003613313576132ff90610e6d565b935f613234855180925b979693929761322e565b60405162461bcd60e51b815260206004820152603760248201527f4d50543a2070726f6f66206e6f646520646f6573206e6f74206861736820746f60448201527f2069747320706172656e742773207265666572656e63650000000000000000006064820152608490fd5b60405162461bcd60e51b815260206004820152602560248201527f4d50543a2070726f6f6620656e6473206265666f726520746865206b65792773604482015264206e6f646560d81b6064820152608490fd5b60405162461bcd60e51b815260206004820152603c60248201527f4d50543a206368696c64207265666572656e6365206973206e6569746865722060448201527f656d7074792c203332206279746573206e6f7220656d626564646564000000006064820152608490fd5b50505093505050505f9060206134556040519182610771565b5f815290565b91509150602061346f838399959899612acc565b101561348057613234908092613309565b60405162461bcd60e51b815260206004820152601c60248201527f4d50543a206f76657273697a656420656d626564646564206e6f6465000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602c60248201527f4d50543a206272616e6368206e6f64652062656c6f7720746865206b6579277360448201526b206c617374206e6962626c6560a01b6064820152608490fd5b929850909160020361385d57826135369185613c78565b509890981580613854575b1561380f57602082860101515f1a60041c9860038a116137ca5760018a81160361376b57600181901b906001600160ff1b0381168103610cee575f198201918211610cee5781936020821161374d579061359b9188613d99565b906001600160fe1b0381168103610cee5760019060021b1b905f198201918211610cee57165b60406135cd8484610e38565b116137315782151590816136ee575b506136d3576002916135ed91610e38565b97101561364b576040871015613607576132b690916132af565b606460405162461bcd60e51b815260206004820152602060248201527f4d50543a20657874656e73696f6e206e6f646520656e647320746865206b65796044820152fd5b94509250936040919550036136bf576136649183613c78565b5091909161367a57613675926141ea565b600191565b60405162461bcd60e51b815260206004820152601960248201527f4d50543a206c6561662076616c75652069732061206c697374000000000000006044820152606490fd5b5050505f9060206134556040519182610771565b505050505093505050505f9060206134556040519182610771565b90506001600160fe1b0382168203610cee576001600160fe1b0383168303610cee578260021b610100036101008111610cee57888360021b1b901c14155f6135dc565b50505050505093505050505f9060206134556040519182610771565b505050505050505093505050505f9060206134556040519182610771565b915f198301838111610cee576001600160ff1b0381168103610cee5760218160011b94116137ad5760018201809211610cee576137a89187613d99565b6135c1565b5050505050505093505050505f9060206134556040519182610771565b60405162461bcd60e51b815260206004820152601860248201527f4d50543a20626164206865782d70726566697820666c616700000000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152601e60248201527f4d50543a2073686f7274206e6f646520776974686f75742061207061746800006044820152606490fd5b50881515613541565b60405162461bcd60e51b815260206004820152602e60248201527f4d50543a206e6f6465206973206e6569746865722061206272616e6368206e6f60448201526d7220612073686f7274206e6f646560901b6064820152608490fd5b606460405162461bcd60e51b815260206004820152602060248201527f4d50543a206e6f6465206974656d73206f76657272756e20746865206e6f64656044820152fd5b91906001829c979a9596989b9c14613941575b828214613939575b61392561392b918c614144565b91610e6d565b919a9996949398959a61327e565b955085613918565b945084613910565b600f1661327e565b601061327e565b60405162461bcd60e51b815260206004820152602560248201527f4d50543a206e6f6465206973206e6f742065786163746c79206f6e6520524c50604482015264081b1a5cdd60da1b6064820152608490fd5b1490505f8061323f565b60405162461bcd60e51b815260206004820152602b60248201527f4d50543a2070726f6f66206e6f6465203020646f6573206e6f7420686173682060448201526a1d1bc81d1a19481c9bdbdd60aa1b6064820152608490fd5b60405162461bcd60e51b815260206004820152601060248201526f26a82a1d1032b6b83a3c90383937b7b360811b6044820152606490fd5b915f915f91845182111580613c6f575b15613c1a5760208501515f1a9460808610613c0a5760b8861015613b9657607f198601958611613b8257849594613b6e576001955b613a958688610e38565b938411613b2a578691851580613b20575b613aaf57505050565b608092602091010151901a10613ac157565b60405162461bcd60e51b815260206004820152603160248201527f524c503a2073696e676c6520627974652062656c6f772030783830206e6f742060448201527032b731b7b232b21030b99034ba39b2b63360791b6064820152608490fd5b5060018714613aa6565b606460405162461bcd60e51b815260206004820152602060248201527f524c503a206974656d206f76657272756e732069747320636f6e7461696e65726044820152fd5b634e487b7160e01b86526011600452602486fd5b634e487b7160e01b85526011600452602485fd5b939460c0811015613bc15760b6198101908111613b6e5782613bb9918787614259565b949095613a8b565b9493925060f8851015613beb5760019260bf198601958611613b8257849594613b6e578395613a8b565b9293919260019260f6198101908111613b6e5782613bb9918787614259565b505f945060019350849250839150565b60405162461bcd60e51b815260206004820152602760248201527f524c503a206974656d20706173742074686520656e64206f662069747320636f604482015266373a30b4b732b960c91b6064820152608490fd5b50811515613a56565b9290915f91845182111580613d90575b15613c1a57602084860101515f1a60808110613d755760b8811015613d0057607f198101908111610cee579360018101809111610cee57945b613ccb8587610e38565b928311613b2a578590841580613cf6575b613ce4575050565b6080916020910101515f1a10613ac157565b5060018614613cdc565b909360c0821015613d2b5760b6198201918211610cee57613d2391839187614259565b939094613cc1565b9390925060f8831015613d585760019260bf198101908111610cee5793838101809111610cee5794613cc1565b9260019260f619810191908211610cee57613d2391839187614259565b5092935050506001820191828111610cee57916001915f9190565b50818410613c88565b908215613db1576020910101519060200360031b1c90565b5050505f90565b9291613dc49184613c78565b94929190159081613e24575b5015613ddf5701602001519190565b60405162461bcd60e51b815260206004820152601e60248201527f524c503a20657870656374656420612033322d6279746520737472696e6700006044820152606490fd5b60209150145f613dd0565b9291613e3b9184613c78565b94929190159081613e9e575b5015613e5957016020015160601c9190565b60405162461bcd60e51b815260206004820152601e60248201527f524c503a20657870656374656420612032302d6279746520737472696e6700006044820152606490fd5b60149150145f613e47565b90613eb49291613c78565b9250159081613ec7575b50156113a65790565b60209150145f613ebe565b15613ed957565b60405162461bcd60e51b8152602060048201526024808201527f524c503a20657870656374656420616e20696e74656765722c20676f742061206044820152631b1a5cdd60e21b6064820152608490fd5b15613f3157565b60405162461bcd60e51b815260206004820152602560248201527f524c503a20696e746567657220776974682061206c656164696e67207a65726f604482015264206279746560d81b6064820152608490fd5b90613f9f9392613f949183613c78565b959092919215613ed2565b6008821161316857613fc29282158015613fc6575b613fbd90613f2a565b613d99565b9190565b50808201602001515f1a1515613fb4565b612e0f906020808095946040519684889551918291018487015e8401908282015f8152815193849201905e01015f815203601f198101845283610771565b90602093908461404d6140436140e29861403e886140376140439a8799612acc565b90896141ea565b613fd7565b61403e81516143a2565b818061409361407161012087015161406a816101408a0151612acc565b908a6141ea565b9761016061407f86516144b4565b97015161408d818351612acc565b916141ea565b9460405199888b995191829101848b015e8801908282015f8152815193849201905e0101905f8252805192839101825e01905f8252805192839101825e015f815203601f198101835282610771565b6020815191012090565b90815181510361413e575f5b8251811015614136576001600160a01b036141138285610e45565b51166001600160a01b036141278385610e45565b511603613db1576001016140f8565b505050600190565b50505f90565b90602081830101515f1a608081106141b95760b881106141af5760c081106141975760f8811061418d5760f519926141869060f6198301906001850190613d99565b9101010190565b0160be1901919050565b60b519926141869060b6198301906001850190613d99565b01607e1901919050565b50600191500190565b906141cc8261088f565b6141d96040519182610771565b8281528092612ac2601f199161088f565b9291906141f78282610e38565b8451106142145760209061420a836141c2565b940101602084015e565b60405162461bcd60e51b815260206004820152601760248201527f524c503a20736c696365206f7574206f662072616e67650000000000000000006044820152606490fd5b91909392936001810190818111610cee576142748383610e38565b95861161433c578301602101515f1a156142eb5761429192613d99565b906038821061429c57565b60405162461bcd60e51b815260206004820152602160248201527f524c503a206c6f6e6720666f726d20666f7220612073686f7274206c656e67746044820152600d60fb1b6064820152608490fd5b60405162461bcd60e51b8152602060048201526024808201527f524c503a206c656e67746820776974682061206c656164696e67207a65726f206044820152636279746560e01b6064820152608490fd5b60405162461bcd60e51b815260206004820152602760248201527f524c503a206c656e677468206279746573206f76657272756e2074686520636f604482015266373a30b4b732b960c91b6064820152608490fd5b908151811015610e59570160200190565b9060388210614470575f9180805b61445c57508260010180600111610cee576143ca906141c2565b928060f7018060f711610cee57845115610e595760f81b6001600160f81b0319165f1a60208501535f5b81811061440057505050565b5f198201828111610cee578161441591612acc565b906001600160fd1b0382168203610cee578060010180600111610cee5760019260031b85901c60f81b6001600160f81b0319165f1a906144559088614391565b53016143f4565b9261446690610e6d565b9260081c806143b0565b9060405190614480604083610771565b600182526020808301919036833760c0018060c011610cee57825115610e595760f81b6001600160f81b0319165f1a905390565b9060388210614582575f9180805b61456e57508260010180600111610cee576144dc906141c2565b928060b7018060b711610cee57845115610e595760f81b6001600160f81b0319165f1a60208501535f5b81811061451257505050565b5f198201828111610cee578161452791612acc565b906001600160fd1b0382168203610cee578060010180600111610cee5760019260031b85901c60f81b6001600160f81b0319165f1a906145679088614391565b5301614506565b9261457890610e6d565b9260081c806144c2565b9060405190614592604083610771565b600182526020808301919036833760800180608011610cee57825115610e595760f81b6001600160f81b0319165f1a90539056fea164736f6c634300081c000a",
}

// QBFTClientABI is the input ABI used to generate the binding from.
// Deprecated: Use QBFTClientMetaData.ABI instead.
var QBFTClientABI = QBFTClientMetaData.ABI

// QBFTClientBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use QBFTClientMetaData.Bin instead.
var QBFTClientBin = QBFTClientMetaData.Bin

// DeployQBFTClient deploys a new Ethereum contract, binding an instance of QBFTClient to it.
func DeployQBFTClient(auth *bind.TransactOpts, backend bind.ContractBackend, params QBFTClientParams, revision uint64, handler common.Address, initial QBFTClientTrustedState, initialStateRoot [32]byte) (common.Address, *types.Transaction, *QBFTClient, error) {
	parsed, err := QBFTClientMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(QBFTClientBin), backend, params, revision, handler, initial, initialStateRoot)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &QBFTClient{QBFTClientCaller: QBFTClientCaller{contract: contract}, QBFTClientTransactor: QBFTClientTransactor{contract: contract}, QBFTClientFilterer: QBFTClientFilterer{contract: contract}}, nil
}

// QBFTClient is an auto generated Go binding around an Ethereum contract.
type QBFTClient struct {
	QBFTClientCaller     // Read-only binding to the contract
	QBFTClientTransactor // Write-only binding to the contract
	QBFTClientFilterer   // Log filterer for contract events
}

// QBFTClientCaller is an auto generated read-only Go binding around an Ethereum contract.
type QBFTClientCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// QBFTClientTransactor is an auto generated write-only Go binding around an Ethereum contract.
type QBFTClientTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// QBFTClientFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type QBFTClientFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// QBFTClientSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type QBFTClientSession struct {
	Contract     *QBFTClient       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// QBFTClientCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type QBFTClientCallerSession struct {
	Contract *QBFTClientCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// QBFTClientTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type QBFTClientTransactorSession struct {
	Contract     *QBFTClientTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// QBFTClientRaw is an auto generated low-level Go binding around an Ethereum contract.
type QBFTClientRaw struct {
	Contract *QBFTClient // Generic contract binding to access the raw methods on
}

// QBFTClientCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type QBFTClientCallerRaw struct {
	Contract *QBFTClientCaller // Generic read-only contract binding to access the raw methods on
}

// QBFTClientTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type QBFTClientTransactorRaw struct {
	Contract *QBFTClientTransactor // Generic write-only contract binding to access the raw methods on
}

// NewQBFTClient creates a new instance of QBFTClient, bound to a specific deployed contract.
func NewQBFTClient(address common.Address, backend bind.ContractBackend) (*QBFTClient, error) {
	contract, err := bindQBFTClient(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &QBFTClient{QBFTClientCaller: QBFTClientCaller{contract: contract}, QBFTClientTransactor: QBFTClientTransactor{contract: contract}, QBFTClientFilterer: QBFTClientFilterer{contract: contract}}, nil
}

// NewQBFTClientCaller creates a new read-only instance of QBFTClient, bound to a specific deployed contract.
func NewQBFTClientCaller(address common.Address, caller bind.ContractCaller) (*QBFTClientCaller, error) {
	contract, err := bindQBFTClient(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &QBFTClientCaller{contract: contract}, nil
}

// NewQBFTClientTransactor creates a new write-only instance of QBFTClient, bound to a specific deployed contract.
func NewQBFTClientTransactor(address common.Address, transactor bind.ContractTransactor) (*QBFTClientTransactor, error) {
	contract, err := bindQBFTClient(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &QBFTClientTransactor{contract: contract}, nil
}

// NewQBFTClientFilterer creates a new log filterer instance of QBFTClient, bound to a specific deployed contract.
func NewQBFTClientFilterer(address common.Address, filterer bind.ContractFilterer) (*QBFTClientFilterer, error) {
	contract, err := bindQBFTClient(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &QBFTClientFilterer{contract: contract}, nil
}

// bindQBFTClient binds a generic wrapper to an already deployed contract.
func bindQBFTClient(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := QBFTClientMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_QBFTClient *QBFTClientRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _QBFTClient.Contract.QBFTClientCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_QBFTClient *QBFTClientRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _QBFTClient.Contract.QBFTClientTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_QBFTClient *QBFTClientRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _QBFTClient.Contract.QBFTClientTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_QBFTClient *QBFTClientCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _QBFTClient.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_QBFTClient *QBFTClientTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _QBFTClient.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_QBFTClient *QBFTClientTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _QBFTClient.Contract.contract.Transact(opts, method, params...)
}

// ENCODINGIBFT2 is a free data retrieval call binding the contract method 0x55e946f9.
//
// Solidity: function ENCODING_IBFT2() view returns(uint8)
func (_QBFTClient *QBFTClientCaller) ENCODINGIBFT2(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "ENCODING_IBFT2")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ENCODINGIBFT2 is a free data retrieval call binding the contract method 0x55e946f9.
//
// Solidity: function ENCODING_IBFT2() view returns(uint8)
func (_QBFTClient *QBFTClientSession) ENCODINGIBFT2() (uint8, error) {
	return _QBFTClient.Contract.ENCODINGIBFT2(&_QBFTClient.CallOpts)
}

// ENCODINGIBFT2 is a free data retrieval call binding the contract method 0x55e946f9.
//
// Solidity: function ENCODING_IBFT2() view returns(uint8)
func (_QBFTClient *QBFTClientCallerSession) ENCODINGIBFT2() (uint8, error) {
	return _QBFTClient.Contract.ENCODINGIBFT2(&_QBFTClient.CallOpts)
}

// ENCODINGQBFT is a free data retrieval call binding the contract method 0x180b3e60.
//
// Solidity: function ENCODING_QBFT() view returns(uint8)
func (_QBFTClient *QBFTClientCaller) ENCODINGQBFT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "ENCODING_QBFT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ENCODINGQBFT is a free data retrieval call binding the contract method 0x180b3e60.
//
// Solidity: function ENCODING_QBFT() view returns(uint8)
func (_QBFTClient *QBFTClientSession) ENCODINGQBFT() (uint8, error) {
	return _QBFTClient.Contract.ENCODINGQBFT(&_QBFTClient.CallOpts)
}

// ENCODINGQBFT is a free data retrieval call binding the contract method 0x180b3e60.
//
// Solidity: function ENCODING_QBFT() view returns(uint8)
func (_QBFTClient *QBFTClientCallerSession) ENCODINGQBFT() (uint8, error) {
	return _QBFTClient.Contract.ENCODINGQBFT(&_QBFTClient.CallOpts)
}

// VOTEADD is a free data retrieval call binding the contract method 0x3045dd3a.
//
// Solidity: function VOTE_ADD() view returns(uint8)
func (_QBFTClient *QBFTClientCaller) VOTEADD(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "VOTE_ADD")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// VOTEADD is a free data retrieval call binding the contract method 0x3045dd3a.
//
// Solidity: function VOTE_ADD() view returns(uint8)
func (_QBFTClient *QBFTClientSession) VOTEADD() (uint8, error) {
	return _QBFTClient.Contract.VOTEADD(&_QBFTClient.CallOpts)
}

// VOTEADD is a free data retrieval call binding the contract method 0x3045dd3a.
//
// Solidity: function VOTE_ADD() view returns(uint8)
func (_QBFTClient *QBFTClientCallerSession) VOTEADD() (uint8, error) {
	return _QBFTClient.Contract.VOTEADD(&_QBFTClient.CallOpts)
}

// VOTEDROP is a free data retrieval call binding the contract method 0x6be3a665.
//
// Solidity: function VOTE_DROP() view returns(uint8)
func (_QBFTClient *QBFTClientCaller) VOTEDROP(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "VOTE_DROP")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// VOTEDROP is a free data retrieval call binding the contract method 0x6be3a665.
//
// Solidity: function VOTE_DROP() view returns(uint8)
func (_QBFTClient *QBFTClientSession) VOTEDROP() (uint8, error) {
	return _QBFTClient.Contract.VOTEDROP(&_QBFTClient.CallOpts)
}

// VOTEDROP is a free data retrieval call binding the contract method 0x6be3a665.
//
// Solidity: function VOTE_DROP() view returns(uint8)
func (_QBFTClient *QBFTClientCallerSession) VOTEDROP() (uint8, error) {
	return _QBFTClient.Contract.VOTEDROP(&_QBFTClient.CallOpts)
}

// VOTENONE is a free data retrieval call binding the contract method 0x82b7ebef.
//
// Solidity: function VOTE_NONE() view returns(uint8)
func (_QBFTClient *QBFTClientCaller) VOTENONE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "VOTE_NONE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// VOTENONE is a free data retrieval call binding the contract method 0x82b7ebef.
//
// Solidity: function VOTE_NONE() view returns(uint8)
func (_QBFTClient *QBFTClientSession) VOTENONE() (uint8, error) {
	return _QBFTClient.Contract.VOTENONE(&_QBFTClient.CallOpts)
}

// VOTENONE is a free data retrieval call binding the contract method 0x82b7ebef.
//
// Solidity: function VOTE_NONE() view returns(uint8)
func (_QBFTClient *QBFTClientCallerSession) VOTENONE() (uint8, error) {
	return _QBFTClient.Contract.VOTENONE(&_QBFTClient.CallOpts)
}

// CounterpartyHandler is a free data retrieval call binding the contract method 0x3abf01f1.
//
// Solidity: function counterpartyHandler() view returns(address)
func (_QBFTClient *QBFTClientCaller) CounterpartyHandler(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "counterpartyHandler")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// CounterpartyHandler is a free data retrieval call binding the contract method 0x3abf01f1.
//
// Solidity: function counterpartyHandler() view returns(address)
func (_QBFTClient *QBFTClientSession) CounterpartyHandler() (common.Address, error) {
	return _QBFTClient.Contract.CounterpartyHandler(&_QBFTClient.CallOpts)
}

// CounterpartyHandler is a free data retrieval call binding the contract method 0x3abf01f1.
//
// Solidity: function counterpartyHandler() view returns(address)
func (_QBFTClient *QBFTClientCallerSession) CounterpartyHandler() (common.Address, error) {
	return _QBFTClient.Contract.CounterpartyHandler(&_QBFTClient.CallOpts)
}

// Encoding is a free data retrieval call binding the contract method 0xd8f4eeed.
//
// Solidity: function encoding() view returns(uint8)
func (_QBFTClient *QBFTClientCaller) Encoding(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "encoding")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Encoding is a free data retrieval call binding the contract method 0xd8f4eeed.
//
// Solidity: function encoding() view returns(uint8)
func (_QBFTClient *QBFTClientSession) Encoding() (uint8, error) {
	return _QBFTClient.Contract.Encoding(&_QBFTClient.CallOpts)
}

// Encoding is a free data retrieval call binding the contract method 0xd8f4eeed.
//
// Solidity: function encoding() view returns(uint8)
func (_QBFTClient *QBFTClientCallerSession) Encoding() (uint8, error) {
	return _QBFTClient.Contract.Encoding(&_QBFTClient.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_QBFTClient *QBFTClientCaller) EpochLength(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "epochLength")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_QBFTClient *QBFTClientSession) EpochLength() (uint64, error) {
	return _QBFTClient.Contract.EpochLength(&_QBFTClient.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_QBFTClient *QBFTClientCallerSession) EpochLength() (uint64, error) {
	return _QBFTClient.Contract.EpochLength(&_QBFTClient.CallOpts)
}

// Frozen is a free data retrieval call binding the contract method 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (_QBFTClient *QBFTClientCaller) Frozen(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "frozen")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Frozen is a free data retrieval call binding the contract method 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (_QBFTClient *QBFTClientSession) Frozen() (bool, error) {
	return _QBFTClient.Contract.Frozen(&_QBFTClient.CallOpts)
}

// Frozen is a free data retrieval call binding the contract method 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (_QBFTClient *QBFTClientCallerSession) Frozen() (bool, error) {
	return _QBFTClient.Contract.Frozen(&_QBFTClient.CallOpts)
}

// GetConsensus is a free data retrieval call binding the contract method 0x943f0019.
//
// Solidity: function getConsensus(uint64 number) view returns(bytes32 stateRoot, uint64 time, bytes32 stateHash)
func (_QBFTClient *QBFTClientCaller) GetConsensus(opts *bind.CallOpts, number uint64) (struct {
	StateRoot [32]byte
	Time      uint64
	StateHash [32]byte
}, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "getConsensus", number)

	outstruct := new(struct {
		StateRoot [32]byte
		Time      uint64
		StateHash [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.StateRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Time = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.StateHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// GetConsensus is a free data retrieval call binding the contract method 0x943f0019.
//
// Solidity: function getConsensus(uint64 number) view returns(bytes32 stateRoot, uint64 time, bytes32 stateHash)
func (_QBFTClient *QBFTClientSession) GetConsensus(number uint64) (struct {
	StateRoot [32]byte
	Time      uint64
	StateHash [32]byte
}, error) {
	return _QBFTClient.Contract.GetConsensus(&_QBFTClient.CallOpts, number)
}

// GetConsensus is a free data retrieval call binding the contract method 0x943f0019.
//
// Solidity: function getConsensus(uint64 number) view returns(bytes32 stateRoot, uint64 time, bytes32 stateHash)
func (_QBFTClient *QBFTClientCallerSession) GetConsensus(number uint64) (struct {
	StateRoot [32]byte
	Time      uint64
	StateHash [32]byte
}, error) {
	return _QBFTClient.Contract.GetConsensus(&_QBFTClient.CallOpts, number)
}

// GetTimestampAtHeight is a free data retrieval call binding the contract method 0x2523e926.
//
// Solidity: function getTimestampAtHeight((uint64,uint64) height) view returns(uint64)
func (_QBFTClient *QBFTClientCaller) GetTimestampAtHeight(opts *bind.CallOpts, height Height) (uint64, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "getTimestampAtHeight", height)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetTimestampAtHeight is a free data retrieval call binding the contract method 0x2523e926.
//
// Solidity: function getTimestampAtHeight((uint64,uint64) height) view returns(uint64)
func (_QBFTClient *QBFTClientSession) GetTimestampAtHeight(height Height) (uint64, error) {
	return _QBFTClient.Contract.GetTimestampAtHeight(&_QBFTClient.CallOpts, height)
}

// GetTimestampAtHeight is a free data retrieval call binding the contract method 0x2523e926.
//
// Solidity: function getTimestampAtHeight((uint64,uint64) height) view returns(uint64)
func (_QBFTClient *QBFTClientCallerSession) GetTimestampAtHeight(height Height) (uint64, error) {
	return _QBFTClient.Contract.GetTimestampAtHeight(&_QBFTClient.CallOpts, height)
}

// LatestHeight is a free data retrieval call binding the contract method 0xe405bbc3.
//
// Solidity: function latestHeight() view returns(uint64)
func (_QBFTClient *QBFTClientCaller) LatestHeight(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "latestHeight")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestHeight is a free data retrieval call binding the contract method 0xe405bbc3.
//
// Solidity: function latestHeight() view returns(uint64)
func (_QBFTClient *QBFTClientSession) LatestHeight() (uint64, error) {
	return _QBFTClient.Contract.LatestHeight(&_QBFTClient.CallOpts)
}

// LatestHeight is a free data retrieval call binding the contract method 0xe405bbc3.
//
// Solidity: function latestHeight() view returns(uint64)
func (_QBFTClient *QBFTClientCallerSession) LatestHeight() (uint64, error) {
	return _QBFTClient.Contract.LatestHeight(&_QBFTClient.CallOpts)
}

// MaxClockDrift is a free data retrieval call binding the contract method 0x0423ba9f.
//
// Solidity: function maxClockDrift() view returns(uint64)
func (_QBFTClient *QBFTClientCaller) MaxClockDrift(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "maxClockDrift")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxClockDrift is a free data retrieval call binding the contract method 0x0423ba9f.
//
// Solidity: function maxClockDrift() view returns(uint64)
func (_QBFTClient *QBFTClientSession) MaxClockDrift() (uint64, error) {
	return _QBFTClient.Contract.MaxClockDrift(&_QBFTClient.CallOpts)
}

// MaxClockDrift is a free data retrieval call binding the contract method 0x0423ba9f.
//
// Solidity: function maxClockDrift() view returns(uint64)
func (_QBFTClient *QBFTClientCallerSession) MaxClockDrift() (uint64, error) {
	return _QBFTClient.Contract.MaxClockDrift(&_QBFTClient.CallOpts)
}

// RevisionNumber is a free data retrieval call binding the contract method 0x086029f3.
//
// Solidity: function revisionNumber() view returns(uint64)
func (_QBFTClient *QBFTClientCaller) RevisionNumber(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "revisionNumber")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RevisionNumber is a free data retrieval call binding the contract method 0x086029f3.
//
// Solidity: function revisionNumber() view returns(uint64)
func (_QBFTClient *QBFTClientSession) RevisionNumber() (uint64, error) {
	return _QBFTClient.Contract.RevisionNumber(&_QBFTClient.CallOpts)
}

// RevisionNumber is a free data retrieval call binding the contract method 0x086029f3.
//
// Solidity: function revisionNumber() view returns(uint64)
func (_QBFTClient *QBFTClientCallerSession) RevisionNumber() (uint64, error) {
	return _QBFTClient.Contract.RevisionNumber(&_QBFTClient.CallOpts)
}

// TrustingPeriod is a free data retrieval call binding the contract method 0x36b31bf0.
//
// Solidity: function trustingPeriod() view returns(uint64)
func (_QBFTClient *QBFTClientCaller) TrustingPeriod(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "trustingPeriod")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// TrustingPeriod is a free data retrieval call binding the contract method 0x36b31bf0.
//
// Solidity: function trustingPeriod() view returns(uint64)
func (_QBFTClient *QBFTClientSession) TrustingPeriod() (uint64, error) {
	return _QBFTClient.Contract.TrustingPeriod(&_QBFTClient.CallOpts)
}

// TrustingPeriod is a free data retrieval call binding the contract method 0x36b31bf0.
//
// Solidity: function trustingPeriod() view returns(uint64)
func (_QBFTClient *QBFTClientCallerSession) TrustingPeriod() (uint64, error) {
	return _QBFTClient.Contract.TrustingPeriod(&_QBFTClient.CallOpts)
}

// VerifyHeader is a free data retrieval call binding the contract method 0xa62c87ab.
//
// Solidity: function verifyHeader((uint64,bytes32,uint64,address[],uint8,address) trusted, bytes rawHeader, uint64 now_) view returns((uint64,bytes32,uint64,address[],uint8,address) next, bytes32 stateRoot)
func (_QBFTClient *QBFTClientCaller) VerifyHeader(opts *bind.CallOpts, trusted QBFTClientTrustedState, rawHeader []byte, now_ uint64) (struct {
	Next      QBFTClientTrustedState
	StateRoot [32]byte
}, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "verifyHeader", trusted, rawHeader, now_)

	outstruct := new(struct {
		Next      QBFTClientTrustedState
		StateRoot [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Next = *abi.ConvertType(out[0], new(QBFTClientTrustedState)).(*QBFTClientTrustedState)
	outstruct.StateRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// VerifyHeader is a free data retrieval call binding the contract method 0xa62c87ab.
//
// Solidity: function verifyHeader((uint64,bytes32,uint64,address[],uint8,address) trusted, bytes rawHeader, uint64 now_) view returns((uint64,bytes32,uint64,address[],uint8,address) next, bytes32 stateRoot)
func (_QBFTClient *QBFTClientSession) VerifyHeader(trusted QBFTClientTrustedState, rawHeader []byte, now_ uint64) (struct {
	Next      QBFTClientTrustedState
	StateRoot [32]byte
}, error) {
	return _QBFTClient.Contract.VerifyHeader(&_QBFTClient.CallOpts, trusted, rawHeader, now_)
}

// VerifyHeader is a free data retrieval call binding the contract method 0xa62c87ab.
//
// Solidity: function verifyHeader((uint64,bytes32,uint64,address[],uint8,address) trusted, bytes rawHeader, uint64 now_) view returns((uint64,bytes32,uint64,address[],uint8,address) next, bytes32 stateRoot)
func (_QBFTClient *QBFTClientCallerSession) VerifyHeader(trusted QBFTClientTrustedState, rawHeader []byte, now_ uint64) (struct {
	Next      QBFTClientTrustedState
	StateRoot [32]byte
}, error) {
	return _QBFTClient.Contract.VerifyHeader(&_QBFTClient.CallOpts, trusted, rawHeader, now_)
}

// VerifyMembership is a free data retrieval call binding the contract method 0xcf4862fd.
//
// Solidity: function verifyMembership((uint64,uint64) height, bytes proof, bytes path, bytes value) view returns(bool)
func (_QBFTClient *QBFTClientCaller) VerifyMembership(opts *bind.CallOpts, height Height, proof []byte, path []byte, value []byte) (bool, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "verifyMembership", height, proof, path, value)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyMembership is a free data retrieval call binding the contract method 0xcf4862fd.
//
// Solidity: function verifyMembership((uint64,uint64) height, bytes proof, bytes path, bytes value) view returns(bool)
func (_QBFTClient *QBFTClientSession) VerifyMembership(height Height, proof []byte, path []byte, value []byte) (bool, error) {
	return _QBFTClient.Contract.VerifyMembership(&_QBFTClient.CallOpts, height, proof, path, value)
}

// VerifyMembership is a free data retrieval call binding the contract method 0xcf4862fd.
//
// Solidity: function verifyMembership((uint64,uint64) height, bytes proof, bytes path, bytes value) view returns(bool)
func (_QBFTClient *QBFTClientCallerSession) VerifyMembership(height Height, proof []byte, path []byte, value []byte) (bool, error) {
	return _QBFTClient.Contract.VerifyMembership(&_QBFTClient.CallOpts, height, proof, path, value)
}

// VerifyNonMembership is a free data retrieval call binding the contract method 0xe6bc10b7.
//
// Solidity: function verifyNonMembership((uint64,uint64) height, bytes proof, bytes path) view returns(bool)
func (_QBFTClient *QBFTClientCaller) VerifyNonMembership(opts *bind.CallOpts, height Height, proof []byte, path []byte) (bool, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "verifyNonMembership", height, proof, path)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyNonMembership is a free data retrieval call binding the contract method 0xe6bc10b7.
//
// Solidity: function verifyNonMembership((uint64,uint64) height, bytes proof, bytes path) view returns(bool)
func (_QBFTClient *QBFTClientSession) VerifyNonMembership(height Height, proof []byte, path []byte) (bool, error) {
	return _QBFTClient.Contract.VerifyNonMembership(&_QBFTClient.CallOpts, height, proof, path)
}

// VerifyNonMembership is a free data retrieval call binding the contract method 0xe6bc10b7.
//
// Solidity: function verifyNonMembership((uint64,uint64) height, bytes proof, bytes path) view returns(bool)
func (_QBFTClient *QBFTClientCallerSession) VerifyNonMembership(height Height, proof []byte, path []byte) (bool, error) {
	return _QBFTClient.Contract.VerifyNonMembership(&_QBFTClient.CallOpts, height, proof, path)
}

// VerifyStorageProof is a free data retrieval call binding the contract method 0x94e6103d.
//
// Solidity: function verifyStorageProof(bytes32 stateRoot, address account, bytes32 slot, bytes proof) pure returns(bool found, bytes32 word)
func (_QBFTClient *QBFTClientCaller) VerifyStorageProof(opts *bind.CallOpts, stateRoot [32]byte, account common.Address, slot [32]byte, proof []byte) (struct {
	Found bool
	Word  [32]byte
}, error) {
	var out []interface{}
	err := _QBFTClient.contract.Call(opts, &out, "verifyStorageProof", stateRoot, account, slot, proof)

	outstruct := new(struct {
		Found bool
		Word  [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Found = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Word = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// VerifyStorageProof is a free data retrieval call binding the contract method 0x94e6103d.
//
// Solidity: function verifyStorageProof(bytes32 stateRoot, address account, bytes32 slot, bytes proof) pure returns(bool found, bytes32 word)
func (_QBFTClient *QBFTClientSession) VerifyStorageProof(stateRoot [32]byte, account common.Address, slot [32]byte, proof []byte) (struct {
	Found bool
	Word  [32]byte
}, error) {
	return _QBFTClient.Contract.VerifyStorageProof(&_QBFTClient.CallOpts, stateRoot, account, slot, proof)
}

// VerifyStorageProof is a free data retrieval call binding the contract method 0x94e6103d.
//
// Solidity: function verifyStorageProof(bytes32 stateRoot, address account, bytes32 slot, bytes proof) pure returns(bool found, bytes32 word)
func (_QBFTClient *QBFTClientCallerSession) VerifyStorageProof(stateRoot [32]byte, account common.Address, slot [32]byte, proof []byte) (struct {
	Found bool
	Word  [32]byte
}, error) {
	return _QBFTClient.Contract.VerifyStorageProof(&_QBFTClient.CallOpts, stateRoot, account, slot, proof)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x0bece356.
//
// Solidity: function updateClient(bytes clientMessage) returns()
func (_QBFTClient *QBFTClientTransactor) UpdateClient(opts *bind.TransactOpts, clientMessage []byte) (*types.Transaction, error) {
	return _QBFTClient.contract.Transact(opts, "updateClient", clientMessage)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x0bece356.
//
// Solidity: function updateClient(bytes clientMessage) returns()
func (_QBFTClient *QBFTClientSession) UpdateClient(clientMessage []byte) (*types.Transaction, error) {
	return _QBFTClient.Contract.UpdateClient(&_QBFTClient.TransactOpts, clientMessage)
}

// UpdateClient is a paid mutator transaction binding the contract method 0x0bece356.
//
// Solidity: function updateClient(bytes clientMessage) returns()
func (_QBFTClient *QBFTClientTransactorSession) UpdateClient(clientMessage []byte) (*types.Transaction, error) {
	return _QBFTClient.Contract.UpdateClient(&_QBFTClient.TransactOpts, clientMessage)
}

// QBFTClientFrozenIterator is returned from FilterFrozen and is used to iterate over the raw logs and unpacked data for Frozen events raised by the QBFTClient contract.
type QBFTClientFrozenIterator struct {
	Event *QBFTClientFrozen // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *QBFTClientFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(QBFTClientFrozen)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(QBFTClientFrozen)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *QBFTClientFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *QBFTClientFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// QBFTClientFrozen represents a Frozen event raised by the QBFTClient contract.
type QBFTClientFrozen struct {
	Number               uint64
	TrustedStateHash     [32]byte
	ConflictingStateHash [32]byte
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterFrozen is a free log retrieval operation binding the contract event 0xc0eccab55790044d1f86faa31ff4027cd717abd3eed7681e47c0b708e082bf38.
//
// Solidity: event Frozen(uint64 indexed number, bytes32 trustedStateHash, bytes32 conflictingStateHash)
func (_QBFTClient *QBFTClientFilterer) FilterFrozen(opts *bind.FilterOpts, number []uint64) (*QBFTClientFrozenIterator, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _QBFTClient.contract.FilterLogs(opts, "Frozen", numberRule)
	if err != nil {
		return nil, err
	}
	return &QBFTClientFrozenIterator{contract: _QBFTClient.contract, event: "Frozen", logs: logs, sub: sub}, nil
}

// WatchFrozen is a free log subscription operation binding the contract event 0xc0eccab55790044d1f86faa31ff4027cd717abd3eed7681e47c0b708e082bf38.
//
// Solidity: event Frozen(uint64 indexed number, bytes32 trustedStateHash, bytes32 conflictingStateHash)
func (_QBFTClient *QBFTClientFilterer) WatchFrozen(opts *bind.WatchOpts, sink chan<- *QBFTClientFrozen, number []uint64) (event.Subscription, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _QBFTClient.contract.WatchLogs(opts, "Frozen", numberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(QBFTClientFrozen)
				if err := _QBFTClient.contract.UnpackLog(event, "Frozen", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFrozen is a log parse operation binding the contract event 0xc0eccab55790044d1f86faa31ff4027cd717abd3eed7681e47c0b708e082bf38.
//
// Solidity: event Frozen(uint64 indexed number, bytes32 trustedStateHash, bytes32 conflictingStateHash)
func (_QBFTClient *QBFTClientFilterer) ParseFrozen(log types.Log) (*QBFTClientFrozen, error) {
	event := new(QBFTClientFrozen)
	if err := _QBFTClient.contract.UnpackLog(event, "Frozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// QBFTClientHeaderVerifiedIterator is returned from FilterHeaderVerified and is used to iterate over the raw logs and unpacked data for HeaderVerified events raised by the QBFTClient contract.
type QBFTClientHeaderVerifiedIterator struct {
	Event *QBFTClientHeaderVerified // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *QBFTClientHeaderVerifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(QBFTClientHeaderVerified)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(QBFTClientHeaderVerified)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *QBFTClientHeaderVerifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *QBFTClientHeaderVerifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// QBFTClientHeaderVerified represents a HeaderVerified event raised by the QBFTClient contract.
type QBFTClientHeaderVerified struct {
	Number    uint64
	Hash      [32]byte
	StateRoot [32]byte
	Time      uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterHeaderVerified is a free log retrieval operation binding the contract event 0xfde00193a58dbddf1d8b1de8ed2dbc431b0e4f455a4b1d417f787c792feabf5f.
//
// Solidity: event HeaderVerified(uint64 indexed number, bytes32 hash, bytes32 stateRoot, uint64 time)
func (_QBFTClient *QBFTClientFilterer) FilterHeaderVerified(opts *bind.FilterOpts, number []uint64) (*QBFTClientHeaderVerifiedIterator, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _QBFTClient.contract.FilterLogs(opts, "HeaderVerified", numberRule)
	if err != nil {
		return nil, err
	}
	return &QBFTClientHeaderVerifiedIterator{contract: _QBFTClient.contract, event: "HeaderVerified", logs: logs, sub: sub}, nil
}

// WatchHeaderVerified is a free log subscription operation binding the contract event 0xfde00193a58dbddf1d8b1de8ed2dbc431b0e4f455a4b1d417f787c792feabf5f.
//
// Solidity: event HeaderVerified(uint64 indexed number, bytes32 hash, bytes32 stateRoot, uint64 time)
func (_QBFTClient *QBFTClientFilterer) WatchHeaderVerified(opts *bind.WatchOpts, sink chan<- *QBFTClientHeaderVerified, number []uint64) (event.Subscription, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _QBFTClient.contract.WatchLogs(opts, "HeaderVerified", numberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(QBFTClientHeaderVerified)
				if err := _QBFTClient.contract.UnpackLog(event, "HeaderVerified", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHeaderVerified is a log parse operation binding the contract event 0xfde00193a58dbddf1d8b1de8ed2dbc431b0e4f455a4b1d417f787c792feabf5f.
//
// Solidity: event HeaderVerified(uint64 indexed number, bytes32 hash, bytes32 stateRoot, uint64 time)
func (_QBFTClient *QBFTClientFilterer) ParseHeaderVerified(log types.Log) (*QBFTClientHeaderVerified, error) {
	event := new(QBFTClientHeaderVerified)
	if err := _QBFTClient.contract.UnpackLog(event, "HeaderVerified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestTokenMetaData contains all meta data concerning the TestToken contract.
var TestTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052346103b557610aa080380380610019816103b9565b9283398101906060818303126103b55780516001600160401b0381116103b557826100459183016103de565b60208201519092906001600160401b0381116103b5576040916100699184016103de565b91015182516001600160401b0381116102c9575f54600181811c911680156103ab575b60208210146102ab57601f8111610349575b506020601f82116001146102e857819293945f926102dd575b50508160011b915f199060031b1c1916175f555b81516001600160401b0381116102c957600154600181811c911680156102bf575b60208210146102ab57601f8111610248575b50602092601f82116001146101e757928192935f926101dc575b50508160011b915f199060031b1c1916176001555b33156101975761013f8160025461042f565b600255335f52600360205260405f2061015982825461042f565b90556040519081525f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203393a360405161064f90816104518239f35b60405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f2061646472657373006044820152606490fd5b015190505f80610118565b601f1982169360015f52805f20915f5b8681106102305750836001959610610218575b505050811b0160015561012d565b01515f1960f88460031b161c191690555f808061020a565b919260206001819286850151815501940192016101f7565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f830160051c810191602084106102a1575b601f0160051c01905b81811061029657506100fe565b5f8155600101610289565b9091508190610280565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b7565b601f198216905f8052805f20915f5b81811061033157509583600195969710610319575b505050811b015f556100cb565b01515f1960f88460031b161c191690555f808061030c565b9192602060018192868b0151815501940192016102f7565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c810191602084106103a1575b601f0160051c01905b818110610396575061009e565b5f8155600101610389565b9091508190610380565b90607f169061008c565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102c957604052565b81601f820112156103b5578051906001600160401b0382116102c95761040d601f8301601f19166020016103b9565b92828452602083830101116103b557815f9260208093018386015e8301015290565b9190820180921161043c57565b634e487b7160e01b5f52601160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde03146103f8578063095ea7b31461037f57806318160ddd1461036257806323b872dd14610271578063313ce5671461025757806370a082311461021f57806395d89b4114610101578063a9059cbb146100d05763dd62ed3e1461007c575f80fd5b346100cc5760403660031901126100cc576100956104f4565b61009d61050a565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b5f80fd5b346100cc5760403660031901126100cc576100f66100ec6104f4565b6024359033610520565b602060405160018152f35b346100cc575f3660031901126100cc576040515f6001548060011c90600181168015610215575b602083108114610201578285529081156101e5575060011461018f575b50819003601f01601f191681019067ffffffffffffffff82118183101761017b576040829052819061017790826104ca565b0390f35b634e487b7160e01b5f52604160045260245ffd5b60015f9081529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8282106101cf57506020915082010182610145565b60018160209254838588010152019101906101ba565b90506020925060ff191682840152151560051b82010182610145565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610128565b346100cc5760203660031901126100cc576001600160a01b036102406104f4565b165f526003602052602060405f2054604051908152f35b346100cc575f3660031901126100cc5760206040515f8152f35b346100cc5760603660031901126100cc5761028a6104f4565b61029261050a565b6001600160a01b0382165f81815260046020908152604080832033845290915290205490926044359291600181016102d0575b506100f69350610520565b83811061031d57838103908111610309576100f6945f52600460205260405f2060018060a01b0333165f5260205260405f2055846102c5565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e63650000006044820152606490fd5b346100cc575f3660031901126100cc576020600254604051908152f35b346100cc5760403660031901126100cc576103986104f4565b335f8181526004602090815260408083206001600160a01b03909516808452948252918290206024359081905591519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a3602060405160018152f35b346100cc575f3660031901126100cc576040515f5f548060011c906001811680156104c0575b602083108114610201578285529081156101e5575060011461046c5750819003601f01601f191681019067ffffffffffffffff82118183101761017b576040829052819061017790826104ca565b5f8080529091507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b8282106104aa57506020915082010182610145565b6001816020925483858801015201910190610495565b91607f169161041e565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100cc57565b602435906001600160a01b03821682036100cc57565b6001600160a01b03909116919082156105f1576001600160a01b03165f818152600360205260409020549091908181106105ac578190835f5260036020520360405f2055825f52600360205260405f20805491808301809311610309577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9260209255604051908152a3565b60405162461bcd60e51b815260206004820152601b60248201527f45524332303a20696e73756666696369656e742062616c616e636500000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b6064820152608490fdfea164736f6c634300081c000a",
}

// TestTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use TestTokenMetaData.ABI instead.
var TestTokenABI = TestTokenMetaData.ABI

// TestTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TestTokenMetaData.Bin instead.
var TestTokenBin = TestTokenMetaData.Bin

// DeployTestToken deploys a new Ethereum contract, binding an instance of TestToken to it.
func DeployTestToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string, supply *big.Int) (common.Address, *types.Transaction, *TestToken, error) {
	parsed, err := TestTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TestTokenBin), backend, name_, symbol_, supply)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TestToken{TestTokenCaller: TestTokenCaller{contract: contract}, TestTokenTransactor: TestTokenTransactor{contract: contract}, TestTokenFilterer: TestTokenFilterer{contract: contract}}, nil
}

// TestToken is an auto generated Go binding around an Ethereum contract.
type TestToken struct {
	TestTokenCaller     // Read-only binding to the contract
	TestTokenTransactor // Write-only binding to the contract
	TestTokenFilterer   // Log filterer for contract events
}

// TestTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type TestTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TestTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TestTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TestTokenSession struct {
	Contract     *TestToken        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TestTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TestTokenCallerSession struct {
	Contract *TestTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// TestTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TestTokenTransactorSession struct {
	Contract     *TestTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TestTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type TestTokenRaw struct {
	Contract *TestToken // Generic contract binding to access the raw methods on
}

// TestTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TestTokenCallerRaw struct {
	Contract *TestTokenCaller // Generic read-only contract binding to access the raw methods on
}

// TestTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TestTokenTransactorRaw struct {
	Contract *TestTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTestToken creates a new instance of TestToken, bound to a specific deployed contract.
func NewTestToken(address common.Address, backend bind.ContractBackend) (*TestToken, error) {
	contract, err := bindTestToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TestToken{TestTokenCaller: TestTokenCaller{contract: contract}, TestTokenTransactor: TestTokenTransactor{contract: contract}, TestTokenFilterer: TestTokenFilterer{contract: contract}}, nil
}

// NewTestTokenCaller creates a new read-only instance of TestToken, bound to a specific deployed contract.
func NewTestTokenCaller(address common.Address, caller bind.ContractCaller) (*TestTokenCaller, error) {
	contract, err := bindTestToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TestTokenCaller{contract: contract}, nil
}

// NewTestTokenTransactor creates a new write-only instance of TestToken, bound to a specific deployed contract.
func NewTestTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*TestTokenTransactor, error) {
	contract, err := bindTestToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TestTokenTransactor{contract: contract}, nil
}

// NewTestTokenFilterer creates a new log filterer instance of TestToken, bound to a specific deployed contract.
func NewTestTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*TestTokenFilterer, error) {
	contract, err := bindTestToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TestTokenFilterer{contract: contract}, nil
}

// bindTestToken binds a generic wrapper to an already deployed contract.
func bindTestToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TestTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestToken *TestTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestToken.Contract.TestTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestToken *TestTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestToken.Contract.TestTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestToken *TestTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestToken.Contract.TestTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestToken *TestTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestToken *TestTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestToken *TestTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestToken *TestTokenCaller) Allowance(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "allowance", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestToken *TestTokenSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _TestToken.Contract.Allowance(&_TestToken.CallOpts, arg0, arg1)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestToken *TestTokenCallerSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _TestToken.Contract.Allowance(&_TestToken.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestToken *TestTokenCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestToken *TestTokenSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TestToken.Contract.BalanceOf(&_TestToken.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestToken *TestTokenCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TestToken.Contract.BalanceOf(&_TestToken.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_TestToken *TestTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_TestToken *TestTokenSession) Decimals() (uint8, error) {
	return _TestToken.Contract.Decimals(&_TestToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_TestToken *TestTokenCallerSession) Decimals() (uint8, error) {
	return _TestToken.Contract.Decimals(&_TestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenSession) Name() (string, error) {
	return _TestToken.Contract.Name(&_TestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenCallerSession) Name() (string, error) {
	return _TestToken.Contract.Name(&_TestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenSession) Symbol() (string, error) {
	return _TestToken.Contract.Symbol(&_TestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenCallerSession) Symbol() (string, error) {
	return _TestToken.Contract.Symbol(&_TestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenSession) TotalSupply() (*big.Int, error) {
	return _TestToken.Contract.TotalSupply(&_TestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _TestToken.Contract.TotalSupply(&_TestToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Approve(&_TestToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Approve(&_TestToken.TransactOpts, spender, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Transfer(&_TestToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Transfer(&_TestToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.TransferFrom(&_TestToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.TransferFrom(&_TestToken.TransactOpts, from, to, value)
}

// TestTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the TestToken contract.
type TestTokenApprovalIterator struct {
	Event *TestTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestTokenApproval represents a Approval event raised by the TestToken contract.
type TestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*TestTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &TestTokenApprovalIterator{contract: _TestToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *TestTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestTokenApproval)
				if err := _TestToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) ParseApproval(log types.Log) (*TestTokenApproval, error) {
	event := new(TestTokenApproval)
	if err := _TestToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TestToken contract.
type TestTokenTransferIterator struct {
	Event *TestTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestTokenTransfer represents a Transfer event raised by the TestToken contract.
type TestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TestTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TestTokenTransferIterator{contract: _TestToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TestTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestTokenTransfer)
				if err := _TestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) ParseTransfer(log types.Log) (*TestTokenTransfer, error) {
	event := new(TestTokenTransfer)
	if err := _TestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VoucherMetaData contains all meta data concerning the Voucher contract.
var VoucherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"denomTrace\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a06040523461036457610c968038038061001981610368565b928339810190602081830312610364578051906001600160401b038211610364570181601f82011215610364578051906001600160401b03821161027a5761006a601f8301601f1916602001610368565b928284526020838301011161036457815f9260208093018386015e830101526100936040610368565b600381526249424360e81b602082015281516001600160401b03811161027a575f54600181811c9116801561035a575b602082101461025c57601f81116102f8575b50602092601f821160011461029957928192935f9261028e575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161027a57600154600181811c91168015610270575b602082101461025c57601f81116101f9575b50602091601f8211600114610199579181925f9261018e575b50508160011b915f199060031b1c1916176001555b33608052604051610908908161038e82396080518181816101450152818161039501526106230152f35b015190505f8061014f565b601f1982169260015f52805f20915f5b8581106101e1575083600195106101c9575b505050811b01600155610164565b01515f1960f88460031b161c191690555f80806101bb565b919260206001819286850151815501940192016101a9565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f830160051c81019160208410610252575b601f0160051c01905b8181106102475750610136565b5f815560010161023a565b9091508190610231565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610124565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ef565b601f198216935f8052805f20915f5b8681106102e057508360019596106102c8575b505050811b015f55610103565b01515f1960f88460031b161c191690555f80806102bb565b919260206001819286850151815501940192016102a8565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c81019160208410610350575b601f0160051c01905b81811061034557506100d5565b5f8155600101610338565b909150819061032f565b90607f16906100c3565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761027a5760405256fe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610652578063075461721461060e578063095ea7b31461059557806318160ddd1461057857806323b872dd14610487578063313ce5671461046d57806340c10f191461037257806370a082311461033a57806395d89b411461021c5780639dc29fac14610122578063a9059cbb146100f15763dd62ed3e1461009d575f80fd5b346100ed5760403660031901126100ed576100b661074e565b6100be610764565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b5f80fd5b346100ed5760403660031901126100ed5761011761010d61074e565b60243590336107dd565b602060405160018152f35b346100ed5760403660031901126100ed5761013b61074e565b60243590610173337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461077a565b6001600160a01b03165f81815260036020526040902054918083106101d7576020817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef925f95858752600384520360408620558060025403600255604051908152a3005b60405162461bcd60e51b815260206004820152601b60248201527f45524332303a206275726e20657863656564732062616c616e636500000000006044820152606490fd5b346100ed575f3660031901126100ed576040515f6001548060011c90600181168015610330575b60208310811461031c5782855290811561030057506001146102aa575b50819003601f01601f191681019067ffffffffffffffff82118183101761029657604082905281906102929082610724565b0390f35b634e487b7160e01b5f52604160045260245ffd5b60015f9081529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8282106102ea57506020915082010182610260565b60018160209254838588010152019101906102d5565b90506020925060ff191682840152151560051b82010182610260565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610243565b346100ed5760203660031901126100ed576001600160a01b0361035b61074e565b165f526003602052602060405f2054604051908152f35b346100ed5760403660031901126100ed5761038b61074e565b602435906103c3337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461077a565b6001600160a01b0316908115610428577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020826104045f946002546107d0565b600255848452600382526040842061041d8282546107d0565b9055604051908152a3005b60405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f2061646472657373006044820152606490fd5b346100ed575f3660031901126100ed5760206040515f8152f35b346100ed5760603660031901126100ed576104a061074e565b6104a8610764565b6001600160a01b0382165f81815260046020908152604080832033845290915290205490926044359291600181016104e6575b5061011793506107dd565b8381106105335783810390811161051f57610117945f52600460205260405f2060018060a01b0333165f5260205260405f2055846104db565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e63650000006044820152606490fd5b346100ed575f3660031901126100ed576020600254604051908152f35b346100ed5760403660031901126100ed576105ae61074e565b335f8181526004602090815260408083206001600160a01b03909516808452948252918290206024359081905591519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a3602060405160018152f35b346100ed575f3660031901126100ed576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100ed575f3660031901126100ed576040515f5f548060011c9060018116801561071a575b60208310811461031c5782855290811561030057506001146106c65750819003601f01601f191681019067ffffffffffffffff82118183101761029657604082905281906102929082610724565b5f8080529091507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b82821061070457506020915082010182610260565b60018160209254838588010152019101906106ef565b91607f1691610678565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100ed57565b602435906001600160a01b03821682036100ed57565b1561078157565b60405162461bcd60e51b815260206004820152602160248201527f566f75636865723a2063616c6c6572206973206e6f7420746865206d696e74656044820152603960f91b6064820152608490fd5b9190820180921161051f57565b6001600160a01b03909116919082156108aa576001600160a01b03165f8181526003602052604090205490919081811061086557817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f52600384520360405f2055845f526003825260405f2061085a8282546107d0565b9055604051908152a3565b60405162461bcd60e51b815260206004820152601b60248201527f45524332303a20696e73756666696369656e742062616c616e636500000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b6064820152608490fdfea164736f6c634300081c000a",
}

// VoucherABI is the input ABI used to generate the binding from.
// Deprecated: Use VoucherMetaData.ABI instead.
var VoucherABI = VoucherMetaData.ABI

// VoucherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VoucherMetaData.Bin instead.
var VoucherBin = VoucherMetaData.Bin

// DeployVoucher deploys a new Ethereum contract, binding an instance of Voucher to it.
func DeployVoucher(auth *bind.TransactOpts, backend bind.ContractBackend, denomTrace string) (common.Address, *types.Transaction, *Voucher, error) {
	parsed, err := VoucherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VoucherBin), backend, denomTrace)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Voucher{VoucherCaller: VoucherCaller{contract: contract}, VoucherTransactor: VoucherTransactor{contract: contract}, VoucherFilterer: VoucherFilterer{contract: contract}}, nil
}

// Voucher is an auto generated Go binding around an Ethereum contract.
type Voucher struct {
	VoucherCaller     // Read-only binding to the contract
	VoucherTransactor // Write-only binding to the contract
	VoucherFilterer   // Log filterer for contract events
}

// VoucherCaller is an auto generated read-only Go binding around an Ethereum contract.
type VoucherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VoucherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VoucherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VoucherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VoucherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VoucherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VoucherSession struct {
	Contract     *Voucher          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VoucherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VoucherCallerSession struct {
	Contract *VoucherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// VoucherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VoucherTransactorSession struct {
	Contract     *VoucherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// VoucherRaw is an auto generated low-level Go binding around an Ethereum contract.
type VoucherRaw struct {
	Contract *Voucher // Generic contract binding to access the raw methods on
}

// VoucherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VoucherCallerRaw struct {
	Contract *VoucherCaller // Generic read-only contract binding to access the raw methods on
}

// VoucherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VoucherTransactorRaw struct {
	Contract *VoucherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVoucher creates a new instance of Voucher, bound to a specific deployed contract.
func NewVoucher(address common.Address, backend bind.ContractBackend) (*Voucher, error) {
	contract, err := bindVoucher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Voucher{VoucherCaller: VoucherCaller{contract: contract}, VoucherTransactor: VoucherTransactor{contract: contract}, VoucherFilterer: VoucherFilterer{contract: contract}}, nil
}

// NewVoucherCaller creates a new read-only instance of Voucher, bound to a specific deployed contract.
func NewVoucherCaller(address common.Address, caller bind.ContractCaller) (*VoucherCaller, error) {
	contract, err := bindVoucher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VoucherCaller{contract: contract}, nil
}

// NewVoucherTransactor creates a new write-only instance of Voucher, bound to a specific deployed contract.
func NewVoucherTransactor(address common.Address, transactor bind.ContractTransactor) (*VoucherTransactor, error) {
	contract, err := bindVoucher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VoucherTransactor{contract: contract}, nil
}

// NewVoucherFilterer creates a new log filterer instance of Voucher, bound to a specific deployed contract.
func NewVoucherFilterer(address common.Address, filterer bind.ContractFilterer) (*VoucherFilterer, error) {
	contract, err := bindVoucher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VoucherFilterer{contract: contract}, nil
}

// bindVoucher binds a generic wrapper to an already deployed contract.
func bindVoucher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VoucherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Voucher *VoucherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Voucher.Contract.VoucherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Voucher *VoucherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Voucher.Contract.VoucherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Voucher *VoucherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Voucher.Contract.VoucherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Voucher *VoucherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Voucher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Voucher *VoucherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Voucher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Voucher *VoucherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Voucher.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_Voucher *VoucherCaller) Allowance(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "allowance", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_Voucher *VoucherSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _Voucher.Contract.Allowance(&_Voucher.CallOpts, arg0, arg1)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_Voucher *VoucherCallerSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _Voucher.Contract.Allowance(&_Voucher.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_Voucher *VoucherCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_Voucher *VoucherSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _Voucher.Contract.BalanceOf(&_Voucher.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_Voucher *VoucherCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _Voucher.Contract.BalanceOf(&_Voucher.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_Voucher *VoucherCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_Voucher *VoucherSession) Decimals() (uint8, error) {
	return _Voucher.Contract.Decimals(&_Voucher.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_Voucher *VoucherCallerSession) Decimals() (uint8, error) {
	return _Voucher.Contract.Decimals(&_Voucher.CallOpts)
}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_Voucher *VoucherCaller) Minter(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "minter")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_Voucher *VoucherSession) Minter() (common.Address, error) {
	return _Voucher.Contract.Minter(&_Voucher.CallOpts)
}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_Voucher *VoucherCallerSession) Minter() (common.Address, error) {
	return _Voucher.Contract.Minter(&_Voucher.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Voucher *VoucherCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Voucher *VoucherSession) Name() (string, error) {
	return _Voucher.Contract.Name(&_Voucher.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Voucher *VoucherCallerSession) Name() (string, error) {
	return _Voucher.Contract.Name(&_Voucher.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Voucher *VoucherCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Voucher *VoucherSession) Symbol() (string, error) {
	return _Voucher.Contract.Symbol(&_Voucher.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Voucher *VoucherCallerSession) Symbol() (string, error) {
	return _Voucher.Contract.Symbol(&_Voucher.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Voucher *VoucherCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Voucher.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Voucher *VoucherSession) TotalSupply() (*big.Int, error) {
	return _Voucher.Contract.TotalSupply(&_Voucher.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Voucher *VoucherCallerSession) TotalSupply() (*big.Int, error) {
	return _Voucher.Contract.TotalSupply(&_Voucher.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Voucher *VoucherTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Voucher *VoucherSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Approve(&_Voucher.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Voucher *VoucherTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Approve(&_Voucher.TransactOpts, spender, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 value) returns()
func (_Voucher *VoucherTransactor) Burn(opts *bind.TransactOpts, from common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.contract.Transact(opts, "burn", from, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 value) returns()
func (_Voucher *VoucherSession) Burn(from common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Burn(&_Voucher.TransactOpts, from, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 value) returns()
func (_Voucher *VoucherTransactorSession) Burn(from common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Burn(&_Voucher.TransactOpts, from, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_Voucher *VoucherTransactor) Mint(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.contract.Transact(opts, "mint", to, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_Voucher *VoucherSession) Mint(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Mint(&_Voucher.TransactOpts, to, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_Voucher *VoucherTransactorSession) Mint(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Mint(&_Voucher.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Voucher *VoucherTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Voucher *VoucherSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Transfer(&_Voucher.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Voucher *VoucherTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.Transfer(&_Voucher.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Voucher *VoucherTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Voucher *VoucherSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.TransferFrom(&_Voucher.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Voucher *VoucherTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Voucher.Contract.TransferFrom(&_Voucher.TransactOpts, from, to, value)
}

// VoucherApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the Voucher contract.
type VoucherApprovalIterator struct {
	Event *VoucherApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VoucherApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VoucherApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VoucherApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VoucherApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VoucherApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VoucherApproval represents a Approval event raised by the Voucher contract.
type VoucherApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Voucher *VoucherFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*VoucherApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Voucher.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &VoucherApprovalIterator{contract: _Voucher.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Voucher *VoucherFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *VoucherApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Voucher.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VoucherApproval)
				if err := _Voucher.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Voucher *VoucherFilterer) ParseApproval(log types.Log) (*VoucherApproval, error) {
	event := new(VoucherApproval)
	if err := _Voucher.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VoucherTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the Voucher contract.
type VoucherTransferIterator struct {
	Event *VoucherTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VoucherTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VoucherTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VoucherTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VoucherTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VoucherTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VoucherTransfer represents a Transfer event raised by the Voucher contract.
type VoucherTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Voucher *VoucherFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*VoucherTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Voucher.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &VoucherTransferIterator{contract: _Voucher.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Voucher *VoucherFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *VoucherTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Voucher.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VoucherTransfer)
				if err := _Voucher.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Voucher *VoucherFilterer) ParseTransfer(log types.Log) (*VoucherTransfer, error) {
	event := new(VoucherTransfer)
	if err := _Voucher.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
