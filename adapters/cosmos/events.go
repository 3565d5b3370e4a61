package cosmos

import (
	"context"
	"encoding/hex"
	"fmt"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
)

// EventKind names an IBC packet event.
type EventKind string

// The packet events the adapter parses (ibc-go v8 event types).
const (
	SendPacket        EventKind = channeltypes.EventTypeSendPacket
	RecvPacket        EventKind = channeltypes.EventTypeRecvPacket
	WriteAck          EventKind = channeltypes.EventTypeWriteAck
	AcknowledgePacket EventKind = channeltypes.EventTypeAcknowledgePacket
	TimeoutPacket     EventKind = channeltypes.EventTypeTimeoutPacket
)

// PacketEvent is one packet event observed in a block.
type PacketEvent struct {
	Kind   EventKind
	Height int64  // block height
	TxHash string // hex, "" for block-level (finalize) events
	// Packet carries every packet field present in the event (data and
	// timeouts are absent from acknowledge_packet and timeout_packet).
	Packet       channeltypes.Packet
	Ack          []byte // write_acknowledgement only
	Ordering     string // ORDER_UNORDERED / ORDER_ORDERED
	ConnectionID string
}

// BlockEvents are the packet events of one block, in execution order.
type BlockEvents struct {
	Height int64
	Events []PacketEvent
}

// BlockPacketEvents fetches height h's results and parses its packet events
// (from every successful transaction and from the block's finalize events).
// With Config.Inclusions set it also tells that block's transaction results
// to the waiters of SubmitMsgs (see Inclusions).
func (c *Chain) BlockPacketEvents(ctx context.Context, h int64) (*BlockEvents, error) {
	// Only the packet events are decoded (see blockResults), and the
	// block is fetched for the tx hashes only when a tx has packet events.
	txs, fin, err := c.blockResults(ctx, h, isPacketEvent)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: block results at %d: %w", c.cfg.ChainID, h, err)
	}
	out := &BlockEvents{Height: h}
	var hashes []string
	for _, tx := range txs {
		if tx.code == 0 && len(tx.events) > 0 {
			if hashes, err = c.blockTxHashes(ctx, h); err != nil {
				return nil, fmt.Errorf("cosmos: %s: block at %d: %w", c.cfg.ChainID, h, err)
			}
			break
		}
	}
	c.tellInclusions(h, txs, hashes)
	for i, tx := range txs {
		if tx.code != 0 || len(tx.events) == 0 {
			continue
		}
		hash := ""
		if i < len(hashes) {
			hash = hashes[i]
		}
		evs, err := ParsePacketEvents(h, hash, tx.events)
		if err != nil {
			return nil, fmt.Errorf("cosmos: %s: tx %s at %d: %w", c.cfg.ChainID, hash, h, err)
		}
		out.Events = append(out.Events, evs...)
	}
	evs, err := ParsePacketEvents(h, "", fin)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: finalize events at %d: %w", c.cfg.ChainID, h, err)
	}
	out.Events = append(out.Events, evs...)
	return out, nil
}

// tellInclusions hands block h's transaction results to the waiters of
// Config.Inclusions when the block's hashes were read, or tells them it
// holds transactions the follower cannot name.
func (c *Chain) tellInclusions(h int64, txs []leanTxResult, hashes []string) {
	n := c.cfg.Inclusions
	if n == nil || len(txs) == 0 {
		return
	}
	if len(hashes) != len(txs) {
		n.missed()
		return
	}
	out := make([]TxResult, len(txs))
	for i, tx := range txs {
		out[i] = TxResult{Hash: hashes[i], Height: h, Code: tx.code, Log: tx.log, GasWanted: tx.gasWanted, GasUsed: tx.gasUsed}
	}
	n.publish(out)
}

// ParsePacketEvents extracts the packet events from ABCI events.
func ParsePacketEvents(height int64, txHash string, events []abci.Event) ([]PacketEvent, error) {
	var out []PacketEvent
	for _, ev := range events {
		switch EventKind(ev.Type) {
		case SendPacket, RecvPacket, WriteAck, AcknowledgePacket, TimeoutPacket:
		default:
			continue
		}
		pe := PacketEvent{Kind: EventKind(ev.Type), Height: height, TxHash: txHash}
		for _, a := range ev.Attributes {
			var err error
			switch a.Key {
			case channeltypes.AttributeKeySequence:
				pe.Packet.Sequence, err = strconv.ParseUint(a.Value, 10, 64)
			case channeltypes.AttributeKeySrcPort:
				pe.Packet.SourcePort = a.Value
			case channeltypes.AttributeKeySrcChannel:
				pe.Packet.SourceChannel = a.Value
			case channeltypes.AttributeKeyDstPort:
				pe.Packet.DestinationPort = a.Value
			case channeltypes.AttributeKeyDstChannel:
				pe.Packet.DestinationChannel = a.Value
			case channeltypes.AttributeKeyDataHex:
				pe.Packet.Data, err = hex.DecodeString(a.Value)
			case channeltypes.AttributeKeyAckHex:
				pe.Ack, err = hex.DecodeString(a.Value)
			case channeltypes.AttributeKeyTimeoutHeight:
				pe.Packet.TimeoutHeight, err = clienttypes.ParseHeight(a.Value)
			case channeltypes.AttributeKeyTimeoutTimestamp:
				pe.Packet.TimeoutTimestamp, err = strconv.ParseUint(a.Value, 10, 64)
			case channeltypes.AttributeKeyChannelOrdering:
				pe.Ordering = a.Value
			case channeltypes.AttributeKeyConnectionID:
				pe.ConnectionID = a.Value
			}
			if err != nil {
				return nil, fmt.Errorf("%s event attribute %s=%q: %w", ev.Type, a.Key, a.Value, err)
			}
		}
		if pe.Packet.Sequence == 0 || pe.Packet.SourceChannel == "" || pe.Packet.DestinationChannel == "" {
			return nil, fmt.Errorf("%s event at %d lacks sequence or channels", ev.Type, height)
		}
		out = append(out, pe)
	}
	return out, nil
}
