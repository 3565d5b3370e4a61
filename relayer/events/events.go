// Package events defines the chain events Causeway carries on the JetStream
// events stream: what a watcher publishes and what the path stages consume.
//
// Each event has a deterministic message id built from the chain, kind,
// channel and sequence, so any number of watchers of one chain
// (active-active) store it once within the deduplication window.
package events

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/spine"
)

// Kind is an IBC packet event kind, named as ibc-go names the event type.
type Kind string

// Packet event kinds.
const (
	SendPacket     Kind = "send_packet"
	RecvPacket     Kind = "recv_packet"
	WriteAck       Kind = "write_acknowledgement"
	AcknowledgePkt Kind = "acknowledge_packet"
	TimeoutPacket  Kind = "timeout_packet"
)

// Kinds lists every kind.
var Kinds = []Kind{SendPacket, RecvPacket, WriteAck, AcknowledgePkt, TimeoutPacket}

// Height is an IBC height.
type Height struct {
	RevisionNumber uint64 `json:"revision_number"`
	RevisionHeight uint64 `json:"revision_height"`
}

// Packet is an ICS-04 packet as seen in an event.
type Packet struct {
	Sequence         uint64 `json:"sequence"`
	SourcePort       string `json:"source_port"`
	SourceChannel    string `json:"source_channel"`
	DestPort         string `json:"destination_port"`
	DestChannel      string `json:"destination_channel"`
	Data             []byte `json:"data"`
	TimeoutHeight    Height `json:"timeout_height"`
	TimeoutTimestamp uint64 `json:"timeout_timestamp"`
}

// Event is one packet event observed on a chain.
type Event struct {
	Chain  string `json:"chain"`
	Kind   Kind   `json:"kind"`
	Height uint64 `json:"height"`
	TxHash string `json:"tx_hash,omitempty"`
	Packet Packet `json:"packet"`
	// Ack is the acknowledgement of a write_acknowledgement event.
	Ack []byte `json:"ack,omitempty"`
	// Ordered is set for packets on an ordered channel.
	Ordered bool `json:"ordered,omitempty"`
}

// Channel is the channel on the event's own chain: the source channel for
// events on the sending chain, the destination channel otherwise.
func (e *Event) Channel() string {
	switch e.Kind {
	case RecvPacket, WriteAck:
		return e.Packet.DestChannel
	}
	return e.Packet.SourceChannel
}

// Subject is the stream subject of the event.
func (e *Event) Subject() string {
	return spine.EventSubject(e.Chain, e.Channel(), string(e.Kind))
}

// MsgID is the deduplication id: the same event seen by two watchers, or
// re-read after a restart, has the same id.
func (e *Event) MsgID() string {
	return fmt.Sprintf("%s/%s/%s/%s/%d", e.Chain, e.Kind, e.Packet.SourcePort, e.Packet.SourceChannel, e.Packet.Sequence)
}

// Msg encodes the event as a NATS message with its Nats-Msg-Id.
func (e *Event) Msg() *nats.Msg {
	m := nats.NewMsg(e.Subject())
	m.Data, _ = json.Marshal(e)
	m.Header.Set(jetstream.MsgIDHeader, e.MsgID())
	return m
}

// Decode reads an event from a message body.
func Decode(b []byte) (*Event, error) {
	var e Event
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	if e.Chain == "" || e.Kind == "" || e.Packet.Sequence == 0 {
		return nil, fmt.Errorf("decode event: missing chain, kind or sequence")
	}
	return &e, nil
}

// Publish stores events on the stream, pipelined, and waits for every
// acknowledgement. A duplicate is acknowledged by the server without being
// stored again. On a replicated stream a duplicate whose first copy is still
// being stored (another watcher's) is refused as in process; it is retried
// until the server can say it is a duplicate.
func Publish(ctx context.Context, js jetstream.JetStream, evs ...*Event) error {
	for attempt := 0; len(evs) > 0; attempt++ {
		futs := make([]jetstream.PubAckFuture, 0, len(evs))
		for _, e := range evs {
			f, err := js.PublishMsgAsync(e.Msg())
			if err != nil {
				return fmt.Errorf("publish %s: %w", e.MsgID(), err)
			}
			futs = append(futs, f)
		}
		var again []*Event
		for i, f := range futs {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				var apiErr *jetstream.APIError
				if errors.As(err, &apiErr) && apiErr.ErrorCode == duplicateInProcess && attempt < 50 {
					again = append(again, evs[i])
					continue
				}
				return fmt.Errorf("publish %s: %w", evs[i].MsgID(), err)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if len(again) > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(20 * time.Millisecond):
			}
		}
		evs = again
	}
	return nil
}

// duplicateInProcess is JetStream's "duplicate message id is in process".
const duplicateInProcess jetstream.ErrorCode = 10158
