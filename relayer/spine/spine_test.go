package spine_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
)

func TestEnsureIsIdempotent(t *testing.T) {
	ctx := context.Background()
	sp := spinetest.Open(t, "")
	topo := spinetest.Topology(time.Second)
	h1, err := sp.Ensure(ctx, topo)
	if err != nil {
		t.Fatal(err)
	}
	// A second process (second connection) ensures the same topology.
	h2, err := spinetest.Connect(t, sp).Ensure(ctx, topo)
	if err != nil {
		t.Fatalf("second Ensure: %v", err)
	}
	i1, _ := h1.Events.Info(ctx)
	i2, _ := h2.Events.Info(ctx)
	if i1.Config.Duplicates != time.Minute || i2.Created != i1.Created {
		t.Fatalf("stream recreated or misconfigured: %+v vs %+v", i1.Config, i2.Config)
	}
	for _, b := range []string{spine.PacketBucket, spine.LightClientBucket, spine.LeaseBucket} {
		if _, err := sp.JS.KeyValue(ctx, b); err != nil {
			t.Fatalf("bucket %s missing: %v", b, err)
		}
	}
	if s, _ := h1.Leases.Status(ctx); s.TTL() != 2*time.Second {
		t.Fatalf("lease TTL = %s", s.TTL())
	}
}

func TestDuplicateMsgIDStoredOnce(t *testing.T) {
	ctx := context.Background()
	sp := spinetest.Open(t, "")
	h, err := sp.Ensure(ctx, spinetest.Topology(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	other := spinetest.Connect(t, sp) // a second watcher of the same chain
	subj := spine.EventSubject("chain-a", "channel-0", "send_packet")
	for i, js := range []jetstream.JetStream{sp.JS, other.JS, sp.JS} {
		m := nats.NewMsg(subj)
		m.Data = []byte("event")
		m.Header.Set(jetstream.MsgIDHeader, "chain-a/send_packet/transfer/channel-0/7")
		ack, err := js.PublishMsg(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		if ack.Duplicate != (i > 0) {
			t.Fatalf("publish %d: duplicate=%v", i, ack.Duplicate)
		}
	}
	info, _ := h.Events.Info(ctx)
	if info.State.Msgs != 1 {
		t.Fatalf("stream holds %d messages, want 1", info.State.Msgs)
	}
}

func TestRestartKeepsStateAndUnackedWork(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sp := spinetest.Open(t, dir)
	topo := spinetest.Topology(time.Second)
	h, err := sp.Ensure(ctx, topo)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.Packets.Put(ctx, "p.a_to_b.channel-0.1", []byte(`{"stage":"submitted"}`)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := sp.JS.Publish(ctx, spine.EventSubject("a", "channel-0", "send_packet"), []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
	}
	// Take one message and never ack it: the process "dies".
	b, err := h.Consumers["work"].Fetch(1, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for range b.Messages() {
	}
	sp.Close()

	sp2 := spinetest.Open(t, dir)
	h2, err := sp2.Ensure(ctx, topo)
	if err != nil {
		t.Fatal(err)
	}
	e, err := h2.Packets.Get(ctx, "p.a_to_b.channel-0.1")
	if err != nil || string(e.Value()) != `{"stage":"submitted"}` {
		t.Fatalf("packet state lost across restart: %v %q", err, e)
	}
	got := map[byte]uint64{}
	deadline := time.Now().Add(10 * time.Second)
	for len(got) < 3 && time.Now().Before(deadline) {
		b, err := h2.Consumers["work"].Fetch(3, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			t.Fatal(err)
		}
		for m := range b.Messages() {
			md, _ := m.Metadata()
			got[m.Data()[0]] = md.NumDelivered
			_ = m.Ack()
		}
	}
	if len(got) != 3 {
		t.Fatalf("after restart got %d of 3 messages: %v", len(got), got)
	}
	if got[0] != 2 {
		t.Fatalf("the unacked message was delivered %d times, want 2 (redelivered)", got[0])
	}
}

func TestLeaseExclusiveAndTakeover(t *testing.T) {
	ctx := context.Background()
	sp := spinetest.Open(t, "")
	h, err := sp.Ensure(ctx, spinetest.Topology(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	l1, err := spine.AcquireLease(ctx, h.Leases, "signer.chain-a.relayer", "proc-1", 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := spine.AcquireLease(ctx, h.Leases, "signer.chain-a.relayer", "proc-2", 2*time.Second); !errors.Is(err, spine.ErrLeaseHeld) {
		t.Fatalf("second acquire: want ErrLeaseHeld, got %v", err)
	}
	// Renewal keeps it past its TTL.
	time.Sleep(3 * time.Second)
	if !l1.Held() {
		t.Fatal("lease lost despite renewal")
	}
	if _, err := spine.AcquireLease(ctx, h.Leases, "signer.chain-a.relayer", "proc-2", 2*time.Second); !errors.Is(err, spine.ErrLeaseHeld) {
		t.Fatalf("acquire of a renewed lease: want ErrLeaseHeld, got %v", err)
	}
	if err := l1.Release(ctx); err != nil {
		t.Fatal(err)
	}
	l2, err := spine.AcquireLease(ctx, h.Leases, "signer.chain-a.relayer", "proc-2", 2*time.Second)
	if err != nil {
		t.Fatalf("acquire after release: %v", err)
	}
	// proc-2 dies without releasing: after the TTL proc-3 takes over.
	l2.StopRenewing()
	deadline := time.Now().Add(10 * time.Second)
	for {
		l3, err := spine.AcquireLease(ctx, h.Leases, "signer.chain-a.relayer", "proc-3", 2*time.Second)
		if err == nil {
			defer l3.Release(ctx)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no takeover after the holder died: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestEventFilterMatchesAnyChannelWhenUnlinked(t *testing.T) {
	if got := spine.EventFilter("chain-a", "", "send_packet"); got != "causeway.events.chain-a.*.send_packet" {
		t.Fatalf("unlinked filter = %q", got)
	}
	if got, want := spine.EventFilter("chain-a", "channel-0", "send_packet"), spine.EventSubject("chain-a", "channel-0", "send_packet"); got != want {
		t.Fatalf("linked filter %q != subject %q", got, want)
	}
}
