package evm

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// CommitmentsSlot is the storage slot of the IBC handler's `commitments`
// mapping (its first state variable). Every value a counterparty proves
// lives in that mapping; see StorageKey.
const CommitmentsSlot = 0

// PacketCommitmentPath is the ICS-24 path of a packet commitment.
func PacketCommitmentPath(port, channel string, seq uint64) string {
	return fmt.Sprintf("commitments/ports/%s/channels/%s/sequences/%d", port, channel, seq)
}

// PacketReceiptPath is the ICS-24 path of a packet receipt (unordered channels).
func PacketReceiptPath(port, channel string, seq uint64) string {
	return fmt.Sprintf("receipts/ports/%s/channels/%s/sequences/%d", port, channel, seq)
}

// PacketAcknowledgementPath is the ICS-24 path of an acknowledgement commitment.
func PacketAcknowledgementPath(port, channel string, seq uint64) string {
	return fmt.Sprintf("acks/ports/%s/channels/%s/sequences/%d", port, channel, seq)
}

// NextSequenceRecvPath is the ICS-24 path of a channel's next receive sequence.
func NextSequenceRecvPath(port, channel string) string {
	return fmt.Sprintf("nextSequenceRecv/ports/%s/channels/%s", port, channel)
}

// ChannelPath is the ICS-24 path of a channel end.
func ChannelPath(port, channel string) string {
	return fmt.Sprintf("channelEnds/ports/%s/channels/%s", port, channel)
}

// ConnectionPath is the ICS-24 path of a connection end.
func ConnectionPath(connectionID string) string {
	return "connections/" + connectionID
}

// CommitPacket is ibc-go v8's packet commitment: sha256(timeoutTimestamp ||
// timeoutRevisionNumber || timeoutRevisionHeight || sha256(data)), integers
// as 8-byte big-endian.
func CommitPacket(timeoutRevisionNumber, timeoutRevisionHeight, timeoutTimestamp uint64, data []byte) [32]byte {
	buf := make([]byte, 0, 56)
	buf = binary.BigEndian.AppendUint64(buf, timeoutTimestamp)
	buf = binary.BigEndian.AppendUint64(buf, timeoutRevisionNumber)
	buf = binary.BigEndian.AppendUint64(buf, timeoutRevisionHeight)
	dh := sha256.Sum256(data)
	buf = append(buf, dh[:]...)
	return sha256.Sum256(buf)
}

// CommitAcknowledgement is ibc-go's acknowledgement commitment: sha256(ack).
func CommitAcknowledgement(ack []byte) [32]byte { return sha256.Sum256(ack) }

// StoredValue is the word the handler stores for an ICS-24 value: the value
// itself when it is exactly 32 bytes (packet and acknowledgement
// commitments), keccak256(value) otherwise (receipt {0x01}, 8-byte
// big-endian next sequence, protobuf channel and connection ends). A light
// client checking a storage proof compares the proven word with this.
func StoredValue(value []byte) common.Hash {
	if len(value) == 32 {
		return common.BytesToHash(value)
	}
	return crypto.Keccak256Hash(value)
}

// StorageKey is the storage slot, in the IBC handler contract, of the
// commitment stored under an ICS-24 path:
// keccak256(abi.encode(keccak256(path), uint256(CommitmentsSlot))).
// Pass it to eth_getProof to prove (or disprove) the value.
func StorageKey(path string) common.Hash {
	var buf [64]byte
	k := crypto.Keccak256([]byte(path))
	copy(buf[:32], k)
	buf[63] = CommitmentsSlot
	return crypto.Keccak256Hash(buf[:])
}
