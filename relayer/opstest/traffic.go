package opstest

import (
	"context"
	"fmt"
	"sync"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/lifecycle"
)

// Traffic makes packets pend on one direction of a path and later lets them
// complete. The stuck-packet test only talks to this interface, so a
// real-chain implementation (send ICS-20 transfers while the destination
// chain is stopped, then restart it and let the relayer deliver) replaces
// the injected one without touching the test.
type Traffic interface {
	// SendStuck sends n packets that cannot be delivered yet and returns
	// their sequences.
	SendStuck(ctx context.Context, n int) ([]uint64, error)
	// Deliver lets every packet sent so far be received and acknowledged.
	Deliver(ctx context.Context) error
}

// InjectedTraffic publishes, on the JetStream events stream, exactly the
// events a chain watcher publishes: send_packet on the source chain while the
// destination is down, then write_acknowledgement on the destination and
// acknowledge_packet on the source once it is back.
type InjectedTraffic struct {
	JS  jetstream.JetStream
	Dir lifecycle.Direction
	// SrcPort and DstPort default to "transfer"; SrcChannel and DstChannel
	// default to Dir's channels, else "channel-0".
	SrcPort, DstPort       string
	SrcChannel, DstChannel string

	mu     sync.Mutex
	next   uint64
	height uint64
	sent   []events.Packet
}

// SendStuck implements Traffic.
func (it *InjectedTraffic) SendStuck(ctx context.Context, n int) ([]uint64, error) {
	it.mu.Lock()
	defer it.mu.Unlock()
	var evs []*events.Event
	var seqs []uint64
	it.height += 10
	for i := 0; i < n; i++ {
		it.next++
		p := events.Packet{
			Sequence:      it.next,
			SourcePort:    or(it.SrcPort, "transfer"),
			SourceChannel: or(it.SrcChannel, or(it.Dir.Src.Channel, "channel-0")),
			DestPort:      or(it.DstPort, "transfer"),
			DestChannel:   or(it.DstChannel, or(it.Dir.Dst.Channel, "channel-0")),
			Data:          fmt.Appendf(nil, `{"amount":"%d","denom":"stake","receiver":"opstest","sender":"opstest"}`, it.next),
			TimeoutHeight: events.Height{RevisionNumber: 1, RevisionHeight: 1_000_000},
		}
		evs = append(evs, &events.Event{Chain: it.Dir.Src.Chain, Kind: events.SendPacket, Height: it.height,
			TxHash: fmt.Sprintf("SEND%04d", it.next), Packet: p})
		it.sent = append(it.sent, p)
		seqs = append(seqs, p.Sequence)
	}
	if err := events.Publish(ctx, it.JS, evs...); err != nil {
		return nil, fmt.Errorf("inject send_packet events on %s: %w", it.Dir.Src.Chain, err)
	}
	return seqs, nil
}

// Deliver implements Traffic.
func (it *InjectedTraffic) Deliver(ctx context.Context) error {
	it.mu.Lock()
	defer it.mu.Unlock()
	var acks, done []*events.Event
	it.height += 10
	for _, p := range it.sent {
		acks = append(acks, &events.Event{Chain: it.Dir.Dst.Chain, Kind: events.WriteAck, Height: it.height,
			TxHash: fmt.Sprintf("RECV%04d", p.Sequence), Packet: p, Ack: []byte(`{"result":"AQ=="}`)})
		done = append(done, &events.Event{Chain: it.Dir.Src.Chain, Kind: events.AcknowledgePkt, Height: it.height + 5,
			TxHash: fmt.Sprintf("ACK%04d", p.Sequence), Packet: p})
	}
	if err := events.Publish(ctx, it.JS, acks...); err != nil {
		return fmt.Errorf("inject write_acknowledgement events on %s: %w", it.Dir.Dst.Chain, err)
	}
	if err := events.Publish(ctx, it.JS, done...); err != nil {
		return fmt.Errorf("inject acknowledge_packet events on %s: %w", it.Dir.Src.Chain, err)
	}
	it.sent = nil
	return nil
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
