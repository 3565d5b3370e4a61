package events

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nats-io/nats.go/jetstream"
)

func ev(chain string, kind Kind, height, seq uint64, data string) *Event {
	return &Event{Chain: chain, Kind: kind, Height: height, TxHash: "AB",
		Packet: Packet{Sequence: seq, SourcePort: "transfer", SourceChannel: "channel-0", DestPort: "transfer", DestChannel: "channel-1", Data: []byte(data)}}
}

func TestBatchesGroupByBlockAndSubject(t *testing.T) {
	// One relay transaction's events interleave receipts and acks; a second
	// block follows.
	var evs []*Event
	for s := uint64(1); s <= 3; s++ {
		evs = append(evs, ev("b", RecvPacket, 7, s, "x"), ev("b", WriteAck, 7, s, "x"))
	}
	evs = append(evs, ev("b", RecvPacket, 8, 4, "x"))
	msgs, err := Batches(evs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	total := 0
	for _, m := range msgs {
		dec, err := DecodeAll(m.Data)
		if err != nil {
			t.Fatal(err)
		}
		var seqs []string
		for _, e := range dec {
			if e.Subject() != m.Subject {
				t.Fatalf("event %s in message on %s", e.Subject(), m.Subject)
			}
			seqs = append(seqs, fmt.Sprint(e.Packet.Sequence))
		}
		total += len(dec)
		got = append(got, fmt.Sprintf("%s@%d:%s", dec[0].Kind, dec[0].Height, strings.Join(seqs, ",")))
	}
	want := []string{"recv_packet@7:1,2,3", "write_acknowledgement@7:1,2,3", "recv_packet@8:4"}
	if fmt.Sprint(got) != fmt.Sprint(want) || total != len(evs) {
		t.Fatalf("messages %v, want %v", got, want)
	}
	// A group of one is an ordinary event message with the event's own id.
	if id := msgs[2].Header.Get(jetstream.MsgIDHeader); id != evs[6].MsgID() {
		t.Fatalf("single event id %q, want %q", id, evs[6].MsgID())
	}
	// Two watchers of the block make the same ids.
	again, _ := Batches(evs)
	for i := range msgs {
		if a, b := msgs[i].Header.Get(jetstream.MsgIDHeader), again[i].Header.Get(jetstream.MsgIDHeader); a != b || a == "" {
			t.Fatalf("message %d ids %q and %q", i, a, b)
		}
	}
	if msgs[0].Header.Get(jetstream.MsgIDHeader) == msgs[1].Header.Get(jetstream.MsgIDHeader) {
		t.Fatal("receipts and acks of one block share an id")
	}
}

func TestBatchesRespectLimits(t *testing.T) {
	var evs []*Event
	for s := uint64(1); s <= MaxBatch+10; s++ {
		evs = append(evs, ev("a", SendPacket, 5, s, "x"))
	}
	big := strings.Repeat("y", MaxBatchBytes/2)
	for s := uint64(1000); s < 1003; s++ {
		evs = append(evs, ev("a", SendPacket, 6, s, big))
	}
	msgs, err := Batches(evs)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	for _, m := range msgs {
		dec, err := DecodeAll(m.Data)
		if err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, len(dec))
		if len(dec) > 1 && len(m.Data) > MaxBatchBytes+len(`{"events":[]}`)+len(dec) {
			t.Fatalf("batch of %d events is %d bytes", len(dec), len(m.Data))
		}
	}
	if want := []int{MaxBatch, 10, 1, 1, 1}; fmt.Sprint(sizes) != fmt.Sprint(want) {
		t.Fatalf("batch sizes %v, want %v", sizes, want)
	}
}

func TestDecodeAllRefusesMalformedBatches(t *testing.T) {
	for name, body := range map[string]string{
		"not json":        `{"events":[`,
		"empty batch":     `{"events":[]}`,
		"null event":      `{"events":[null]}`,
		"missing seq":     `{"events":[{"chain":"a","kind":"send_packet","packet":{}}]}`,
		"mixed":           `{"chain":"a","kind":"send_packet","packet":{"sequence":1},"events":[{"chain":"a","kind":"send_packet","packet":{"sequence":2}}]}`,
		"two subjects":    `{"events":[{"chain":"a","kind":"send_packet","packet":{"sequence":1}},{"chain":"a","kind":"acknowledge_packet","packet":{"sequence":2}}]}`,
		"two heights":     `{"events":[{"chain":"a","kind":"send_packet","height":1,"packet":{"sequence":1}},{"chain":"a","kind":"send_packet","height":2,"packet":{"sequence":2}}]}`,
		"single, no kind": `{"chain":"a","packet":{"sequence":1}}`,
	} {
		if _, err := DecodeAll([]byte(body)); err == nil {
			t.Errorf("%s: decoded %s", name, body)
		}
	}
	one := ev("a", SendPacket, 3, 9, "z")
	dec, err := DecodeAll(one.Msg().Data)
	if err != nil || len(dec) != 1 || dec[0].Packet.Sequence != 9 || string(dec[0].Packet.Data) != "z" {
		t.Fatalf("single event: %v %+v", err, dec)
	}
}
