package relay

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
)

// pendingChain is a chain whose packet commitments a test changes while
// a clearing pass runs; the counterparty has received none of them.
type pendingChain struct {
	id     string
	height int64 // of every packet's event (0: 10 + its sequence)
	mu     sync.Mutex
	seq    []uint64 // sequences with a commitment here
	// looked, if set, runs once after the first look at the commitments.
	looked func()
}

func (c *pendingChain) ChainID() string { return c.id }

func (c *pendingChain) PacketCommitments(context.Context, string, string) ([]uint64, error) {
	c.mu.Lock()
	out, looked := slices.Clone(c.seq), c.looked
	c.looked = nil
	c.mu.Unlock()
	if looked != nil {
		looked()
	}
	return out, nil
}

func (c *pendingChain) UnreceivedPackets(_ context.Context, _, _ string, seqs []uint64) ([]uint64, error) {
	return slices.Clone(seqs), nil
}

func (c *pendingChain) PacketEventsBySequence(_ context.Context, kind cosmos.EventKind, channel string, seqs []uint64) ([]cosmos.PacketEvent, error) {
	out := make([]cosmos.PacketEvent, len(seqs))
	for i, s := range seqs {
		h := c.height
		if h == 0 {
			h = int64(10 + s)
		}
		out[i] = cosmos.PacketEvent{Kind: kind, Height: h, Packet: channeltypes.Packet{
			Sequence: s, SourcePort: "transfer", SourceChannel: channel, DestinationPort: "transfer", DestinationChannel: "channel-9",
			Data: []byte("data"), TimeoutTimestamp: 1,
		}}
	}
	return out, nil
}

func (c *pendingChain) drop(s uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq = slices.DeleteFunc(c.seq, func(x uint64) bool { return x == s })
}

// published is the sequences of the send_packet events on the stream.
func published(t *testing.T, js jetstream.JetStream) []uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cons, err := js.OrderedConsumer(ctx, spine.EventsStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	info, err := js.Stream(ctx, spine.EventsStream)
	if err != nil {
		t.Fatal(err)
	}
	n := info.CachedInfo().State.Msgs
	var seqs []uint64
	for range n {
		m, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
		if err != nil {
			t.Fatal(err)
		}
		evs, err := events.DecodeAll(m.Data())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			seqs = append(seqs, e.Packet.Sequence)
		}
	}
	slices.Sort(seqs)
	return seqs
}

// TestClearerSettleLeavesNewPacketsToTheWatchers: a pass that settles
// republishes only the packets still owed work at its second look and not
// picked up meanwhile; without settling it republishes all it found.
func TestClearerSettleLeavesNewPacketsToTheWatchers(t *testing.T) {
	for _, tc := range []struct {
		settle time.Duration
		want   []uint64
	}{
		{0, []uint64{1, 2, 3}},
		{300 * time.Millisecond, []uint64{1}},
	} {
		sp := spinetest.Open(t, "")
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := sp.Ensure(ctx, spinetest.Topology(time.Minute)); err != nil {
			t.Fatal(err)
		}
		src := &pendingChain{id: "a", seq: []uint64{1, 2, 3}}
		var mu sync.Mutex
		inFlight := map[uint64]bool{}
		c := &Clearer{
			Src: Side{Chain: src, Port: "transfer", Channel: "channel-0"}, Dst: Side{Chain: &pendingChain{id: "b"}, Port: "transfer", Channel: "channel-9"},
			JS: sp.JS, Chunk: 10, Settle: tc.settle, Log: zap.NewNop(),
			InFlight: func(s uint64) bool { mu.Lock(); defer mu.Unlock(); return inFlight[s] },
		}
		// After the first look, packet 3 is relayed and acknowledged and
		// a watcher's event for packet 2 is recorded.
		if tc.settle > 0 {
			src.looked = func() {
				src.drop(3)
				mu.Lock()
				inFlight[2] = true
				mu.Unlock()
			}
		}
		if n, err := c.Clear(ctx); err != nil || n != len(tc.want) {
			t.Fatalf("settle %s: cleared %d (%v), want %d", tc.settle, n, err, len(tc.want))
		}
		if got := published(t, sp.JS); !slices.Equal(got, tc.want) {
			t.Errorf("settle %s: published %v, want %v", tc.settle, got, tc.want)
		}
	}
}

// TestClearerGroupsByBlockAsTheWatchers: a block whose packets are all
// still owed is republished with the ids of the watcher's block batch, so
// the stream keeps one copy.
func TestClearerGroupsByBlockAsTheWatchers(t *testing.T) {
	sp := spinetest.Open(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := sp.Ensure(ctx, spinetest.Topology(time.Minute)); err != nil {
		t.Fatal(err)
	}
	src := &pendingChain{id: "a", height: 42, seq: []uint64{1, 2, 3}}
	// What the watcher published for block 42.
	found, err := src.PacketEventsBySequence(ctx, cosmos.SendPacket, "channel-0", []uint64{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	evs := make([]*events.Event, len(found))
	for i := range found {
		evs[i] = FromCosmos("a", &found[i])
	}
	if err := events.PublishBlocks(ctx, sp.JS, evs...); err != nil {
		t.Fatal(err)
	}
	c := &Clearer{
		Src: Side{Chain: src, Port: "transfer", Channel: "channel-0"}, Dst: Side{Chain: &pendingChain{id: "b"}, Port: "transfer", Channel: "channel-9"},
		JS: sp.JS, Chunk: 10, Log: zap.NewNop(),
	}
	if n, err := c.Clear(ctx); err != nil || n != 3 {
		t.Fatalf("cleared %d (%v), want 3", n, err)
	}
	info, err := sp.JS.Stream(ctx, spine.EventsStream)
	if err != nil {
		t.Fatal(err)
	}
	if m := info.CachedInfo().State.Msgs; m != 1 {
		t.Errorf("stream holds %d messages, want the watcher's one", m)
	}
	if got := published(t, sp.JS); !slices.Equal(got, []uint64{1, 2, 3}) {
		t.Errorf("published %v, want [1 2 3] once", got)
	}
}
