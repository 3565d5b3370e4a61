package qbft

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// Vote values of the QBFTClient contract's TrustedState.vote.
const (
	contractVoteNone uint8 = 0
	contractVoteAdd  uint8 = 1
	contractVoteDrop uint8 = 2
)

// ContractEncoding is the QBFTClient contract's number for an extraData
// encoding (ENCODING_QBFT = 1, ENCODING_IBFT2 = 2).
func ContractEncoding(enc qbft.Encoding) (uint8, error) {
	switch enc {
	case qbft.QBFT:
		return 1, nil
	case qbft.IBFT2:
		return 2, nil
	}
	return 0, fmt.Errorf("qbft adapter: no contract encoding for %s", enc)
}

// ContractTrustedState converts the Go light client's trusted state into the
// QBFTClient contract's (the state root is kept per height by the contract,
// not in the struct).
func ContractTrustedState(s *qbft.TrustedState) bindings.QBFTClientTrustedState {
	out := bindings.QBFTClientTrustedState{
		Number:     s.Number,
		Hash:       s.Hash,
		Time:       s.Time,
		Validators: append([]common.Address{}, s.Validators...),
		Vote:       contractVoteNone,
	}
	if s.Vote != nil {
		out.Vote = contractVoteDrop
		if s.Vote.Add {
			out.Vote = contractVoteAdd
		}
		out.VoteRecipient = s.Vote.Recipient
	}
	return out
}

// FromContractTrustedState converts the contract's trusted state back into
// the Go client's, for an encoding and a state root.
func FromContractTrustedState(c bindings.QBFTClientTrustedState, enc qbft.Encoding, stateRoot common.Hash) (*qbft.TrustedState, error) {
	s := &qbft.TrustedState{
		Encoding:   enc,
		Number:     c.Number,
		Hash:       c.Hash,
		StateRoot:  stateRoot,
		Time:       c.Time,
		Validators: append([]common.Address{}, c.Validators...),
	}
	switch c.Vote {
	case contractVoteNone:
	case contractVoteAdd, contractVoteDrop:
		s.Vote = &qbft.Vote{Recipient: c.VoteRecipient, Add: c.Vote == contractVoteAdd}
	default:
		return nil, fmt.Errorf("qbft adapter: contract trusted state %d has unknown vote %d", c.Number, c.Vote)
	}
	return s, s.Validate()
}

var (
	trustedStateType = mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "number", Type: "uint64"},
		{Name: "hash", Type: "bytes32"},
		{Name: "time", Type: "uint64"},
		{Name: "validators", Type: "address[]"},
		{Name: "vote", Type: "uint8"},
		{Name: "voteRecipient", Type: "address"},
	})
	bytesType      = mustType("bytes", nil)
	bytesArrayType = mustType("bytes[]", nil)
	clientMsgArgs  = abi.Arguments{{Type: trustedStateType}, {Type: bytesType}}
	proofArgs      = abi.Arguments{{Type: bytesArrayType}, {Type: bytesArrayType}}
)

func mustType(t string, components []abi.ArgumentMarshaling) abi.Type {
	typ, err := abi.NewType(t, "", components)
	if err != nil {
		panic(fmt.Sprintf("qbft adapter: ABI type %s: %v", t, err))
	}
	return typ
}

// ClientMessage is the QBFTClient contract's updateClient message:
// abi.encode(TrustedState trusted, bytes rawHeader), where trusted is the
// state the contract stored for trusted.Number (the relayer's copy of it).
func ClientMessage(trusted *qbft.TrustedState, rawHeader []byte) ([]byte, error) {
	if err := trusted.Validate(); err != nil {
		return nil, fmt.Errorf("qbft adapter: client message: %w", err)
	}
	b, err := clientMsgArgs.Pack(ContractTrustedState(trusted), rawHeader)
	if err != nil {
		return nil, fmt.Errorf("qbft adapter: client message for header above %d: %w", trusted.Number, err)
	}
	return b, nil
}

// ContractProof is the proof the QBFTClient contract's verifyMembership and
// verifyNonMembership take: abi.encode(bytes[] accountProof, bytes[]
// storageProof), both as eth_getProof returns them (root first).
func ContractProof(accountProof, storageProof [][]byte) ([]byte, error) {
	b, err := proofArgs.Pack(nonNil(accountProof), nonNil(storageProof))
	if err != nil {
		return nil, fmt.Errorf("qbft adapter: encode contract proof: %w", err)
	}
	return b, nil
}

func nonNil(b [][]byte) [][]byte {
	if b == nil {
		return [][]byte{}
	}
	return b
}
