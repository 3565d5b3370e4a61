// Package events defines the chain events Causeway carries on the JetStream
// events stream: what a watcher publishes and what the path stages consume.
//
// A message carries one event, or (PublishBlocks) the events of one kind on
// one channel in one block, up to MaxBatch of them: a stored message costs
// the spine far more than its bytes, so a block of a thousand packets is a
// handful of messages, not a thousand. Every message has a deterministic
// id (the chain, kind, channel and sequence; for a batch also the height
// and its first and last sequence), so any number of watchers of one chain
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
	if err := e.check(); err != nil {
		return nil, err
	}
	return &e, nil
}

func (e *Event) check() error {
	if e.Chain == "" || e.Kind == "" || e.Packet.Sequence == 0 {
		return fmt.Errorf("decode event: missing chain, kind or sequence")
	}
	return nil
}

// batch is the body of a message that carries several events.
type batch struct {
	Events []*Event `json:"events"`
}

// DecodeAll reads the events of a message body: one event, or a batch of
// events sharing one subject.
func DecodeAll(b []byte) ([]*Event, error) {
	// One pass for both forms: a single event's fields fill the embedded
	// Event, a batch fills Events.
	var w struct {
		batch
		Event
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	if w.Events == nil {
		if err := w.Event.check(); err != nil {
			return nil, err
		}
		return []*Event{&w.Event}, nil
	}
	if w.Chain != "" || w.Kind != "" || len(w.Events) == 0 {
		return nil, fmt.Errorf("decode event batch: %d events, and fields of a single event", len(w.Events))
	}
	for i, e := range w.Events {
		if e == nil {
			return nil, fmt.Errorf("decode event batch: event %d is null", i)
		}
		if err := e.check(); err != nil {
			return nil, fmt.Errorf("event %d of batch: %w", i, err)
		}
		if e.Subject() != w.Events[0].Subject() || e.Height != w.Events[0].Height {
			return nil, fmt.Errorf("decode event batch: event %d (%s at %d) differs in subject or height from the first (%s at %d)",
				i, e.Subject(), e.Height, w.Events[0].Subject(), w.Events[0].Height)
		}
	}
	return w.Events, nil
}

// Batch limits: a batch message holds at most MaxBatch events and, unless
// one event alone is larger, at most MaxBatchBytes of them (well inside
// NATS's default 1 MiB payload limit).
const (
	MaxBatch      = 256
	MaxBatchBytes = 256 << 10
)

// Batches groups evs into messages: the events of one block with one
// subject share messages (in their order in evs; groups in order of their
// first event), cut at MaxBatch events or MaxBatchBytes. Grouping depends
// only on the events and their order, so two watchers of one block make the
// same messages with the same ids. A group of one is an ordinary
// single-event message.
func Batches(evs []*Event) ([]*nats.Msg, error) {
	type groupKey struct {
		subject string
		height  uint64
	}
	var order []groupKey
	groups := map[groupKey][]*Event{}
	for _, e := range evs {
		k := groupKey{e.Subject(), e.Height}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	var out []*nats.Msg
	var group []*Event
	var bodies [][]byte
	size := 0
	flush := func() {
		switch len(group) {
		case 0:
			return
		case 1:
			m := nats.NewMsg(group[0].Subject())
			m.Data = bodies[0]
			m.Header.Set(jetstream.MsgIDHeader, group[0].MsgID())
			out = append(out, m)
		default:
			first, last := group[0], group[len(group)-1]
			m := nats.NewMsg(first.Subject())
			n := 0
			for _, b := range bodies {
				n += len(b) + 1
			}
			data := make([]byte, 0, n+len(`{"events":[]}`))
			data = append(data, `{"events":[`...)
			for i, b := range bodies {
				if i > 0 {
					data = append(data, ',')
				}
				data = append(data, b...)
			}
			m.Data = append(data, "]}"...)
			m.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("%s/%s/%s/%s/h%d/%d-%d", first.Chain, first.Kind,
				first.Packet.SourcePort, first.Packet.SourceChannel, first.Height, first.Packet.Sequence, last.Packet.Sequence))
			out = append(out, m)
		}
		group, bodies, size = group[:0], bodies[:0], 0
	}
	for _, k := range order {
		for _, e := range groups[k] {
			b, err := json.Marshal(e)
			if err != nil {
				return nil, fmt.Errorf("encode event %s: %w", e.MsgID(), err)
			}
			if len(group) == MaxBatch || (len(group) > 0 && size+len(b) > MaxBatchBytes) {
				flush()
			}
			group = append(group, e)
			bodies = append(bodies, b)
			size += len(b)
		}
		flush()
	}
	return out, nil
}

// Publish stores events on the stream, one message each, pipelined, and
// waits for every acknowledgement. A duplicate is acknowledged by the server
// without being stored again. On a replicated stream a duplicate whose first
// copy is still being stored (another watcher's) is refused as in process;
// it is retried until the server can say it is a duplicate.
func Publish(ctx context.Context, js jetstream.JetStream, evs ...*Event) error {
	msgs := make([]*nats.Msg, len(evs))
	for i, e := range evs {
		msgs[i] = e.Msg()
	}
	return publish(ctx, js, msgs)
}

// PublishBlocks is Publish for a watcher's events in block order: the
// events of one block, kind and channel share messages (Batches).
func PublishBlocks(ctx context.Context, js jetstream.JetStream, evs ...*Event) error {
	msgs, err := Batches(evs)
	if err != nil {
		return err
	}
	return publish(ctx, js, msgs)
}

func publish(ctx context.Context, js jetstream.JetStream, msgs []*nats.Msg) error {
	for attempt := 0; len(msgs) > 0; attempt++ {
		futs := make([]jetstream.PubAckFuture, 0, len(msgs))
		for _, m := range msgs {
			f, err := js.PublishMsgAsync(m)
			if err != nil {
				return fmt.Errorf("publish %s: %w", m.Header.Get(jetstream.MsgIDHeader), err)
			}
			futs = append(futs, f)
		}
		var again []*nats.Msg
		for i, f := range futs {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				var apiErr *jetstream.APIError
				if errors.As(err, &apiErr) && apiErr.ErrorCode == duplicateInProcess && attempt < 50 {
					again = append(again, msgs[i])
					continue
				}
				return fmt.Errorf("publish %s: %w", msgs[i].Header.Get(jetstream.MsgIDHeader), err)
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
		msgs = again
	}
	return nil
}

// duplicateInProcess is JetStream's "duplicate message id is in process".
const duplicateInProcess jetstream.ErrorCode = 10158
