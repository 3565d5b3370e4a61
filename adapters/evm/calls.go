package evm

import (
	"fmt"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// Packet is the handler's packet type (ibc-go's fields, Solidity layout).
type Packet = bindings.Packet

// Height is an IBC height as the contracts take it.
type Height = bindings.Height

// HandlerCalls builds calldata for the IBC handler, so the relayer can batch
// a client update and many packets into one transaction (Multicall) and send
// it through a Submitter.
type HandlerCalls struct{}

func (HandlerCalls) pack(method string, args ...any) ([]byte, error) {
	a, err := handlerABI()
	if err != nil {
		return nil, fmt.Errorf("evm: handler ABI: %w", err)
	}
	b, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("evm: encode %s: %w", method, err)
	}
	return b, nil
}

// UpdateClient is updateClient(clientID, clientMessage).
func (h HandlerCalls) UpdateClient(clientID string, clientMessage []byte) ([]byte, error) {
	return h.pack("updateClient", clientID, clientMessage)
}

// RecvPacket is recvPacket(packet, proof, proofHeight).
func (h HandlerCalls) RecvPacket(p Packet, proof []byte, proofHeight Height) ([]byte, error) {
	return h.pack("recvPacket", p, proof, proofHeight)
}

// AcknowledgePacket is acknowledgePacket(packet, ack, proof, proofHeight).
func (h HandlerCalls) AcknowledgePacket(p Packet, ack, proof []byte, proofHeight Height) ([]byte, error) {
	return h.pack("acknowledgePacket", p, ack, proof, proofHeight)
}

// TimeoutPacket is timeoutPacket(packet, proof, proofHeight, nextSequenceRecv)
// (nextSequenceRecv matters for ordered channels only).
func (h HandlerCalls) TimeoutPacket(p Packet, proof []byte, proofHeight Height, nextSequenceRecv uint64) ([]byte, error) {
	return h.pack("timeoutPacket", p, proof, proofHeight, nextSequenceRecv)
}

// Multicall wraps several handler calls into one; the transaction reverts
// as a whole if any call reverts.
func (h HandlerCalls) Multicall(calls [][]byte) ([]byte, error) {
	return h.pack("multicall", calls)
}
