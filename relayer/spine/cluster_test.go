package spine_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/relayer/state"
)

// TestClusterSurvivesLosingANode runs the topology with three replicas on a
// real 3-node cluster, stops one node while events are published and packet
// state is updated, and brings it back: nothing is lost or duplicated.
func TestClusterSurvivesLosingANode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 3-node NATS cluster")
	}
	ctx := context.Background()
	cl := spinetest.StartCluster(t, 3)
	sp := cl.Connect(t)
	topo := spinetest.Topology(5 * time.Second)
	topo.Replicas = 3
	var h *spine.Handles
	var err error
	for i := 0; i < 50; i++ { // the meta leader may still be settling
		if h, err = sp.Ensure(ctx, topo); err == nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	if info, _ := h.Events.Info(ctx); info.Config.Replicas != 3 {
		t.Fatalf("events stream has %d replicas", info.Config.Replicas)
	}
	store := state.NewStore(sp.JS, h.Packets)
	publish := func(from, to int) {
		t.Helper()
		for seq := from; seq <= to; seq++ {
			ev := &events.Event{Chain: "a", Kind: events.SendPacket, Height: uint64(seq),
				Packet: events.Packet{Sequence: uint64(seq), SourcePort: "transfer", SourceChannel: "channel-0"}}
			var err error
			for try := 0; try < 100; try++ { // a publish may time out during a leader change
				if err = events.Publish(ctx, sp.JS, ev, ev); err == nil {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			if err != nil {
				t.Fatalf("publish %d: %v", seq, err)
			}
			k := state.Key{Path: "p", Direction: "a_to_b", Channel: "channel-0", Sequence: uint64(seq)}
			for try := 0; try < 100; try++ {
				if _, _, err = store.Observe(ctx, k, nil); err == nil {
					if _, err = store.Advance(ctx, k, state.Submitted, fmt.Sprintf("0x%d", seq)); err == nil || errors.Is(err, state.ErrBackwards) {
						err = nil
						break
					}
				}
				time.Sleep(100 * time.Millisecond)
			}
			if err != nil {
				t.Fatalf("packet state %d: %v", seq, err)
			}
		}
	}
	publish(1, 20)
	cl.Stop(1) // lose one node of three
	publish(21, 40)
	cl.Start(1)
	publish(41, 60)

	info, err := h.Events.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 60 {
		t.Fatalf("events stream holds %d messages, want 60 (none lost, duplicates dropped)", info.State.Msgs)
	}
	recs, err := store.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 60 {
		t.Fatalf("%d packet records, want 60", len(recs))
	}
	for _, r := range recs {
		if r.Stage != state.Submitted {
			t.Fatalf("packet %d at %s", r.Key.Sequence, r.Stage)
		}
	}
	// Work taken by a consumer on the lost node's watch is still delivered.
	b, err := h.Consumers["work"].Fetch(60, jetstreamWait())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for m := range b.Messages() {
		n++
		_ = m.Ack()
	}
	if n != 60 {
		t.Fatalf("consumer delivered %d of 60 events", n)
	}
}

func jetstreamWait() jetstream.FetchOpt { return jetstream.FetchMaxWait(5 * time.Second) }
