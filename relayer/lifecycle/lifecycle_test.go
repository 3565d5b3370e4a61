package lifecycle_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/lifecycle"
	"github.com/causewaylabs/causeway/relayer/pipeline"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/relayer/state"
)

var dir = lifecycle.Direction{Path: "a-b", Src: lifecycle.End{Chain: "chain-a", Channel: "channel-0"}, Dst: lifecycle.End{Chain: "chain-b", Channel: "channel-1"}}

func ev(kind events.Kind, seq uint64) *events.Event {
	chain := "chain-a"
	if kind == events.WriteAck || kind == events.RecvPacket {
		chain = "chain-b"
	}
	return &events.Event{Chain: chain, Kind: kind, Height: 10 + seq, TxHash: "0x" + string(kind),
		Packet: events.Packet{Sequence: seq, SourcePort: "transfer", SourceChannel: "channel-0", DestPort: "transfer", DestChannel: "channel-1",
			Data: []byte(`{"amount":"1"}`), TimeoutTimestamp: 1 << 62}}
}

type reached struct{ n [8]atomic.Int64 }

func (r *reached) Reached(_, _ string, st state.Stage, _ time.Duration) { r.n[st].Add(1) }

type handled struct{ n atomic.Int64 }

func (h *handled) Handled(_ string, n int) { h.n.Add(int64(n)) }
func (h *handled) Failed(string, error)    {}
func (h *handled) Redelivered(string)      {}
func (h *handled) DeadLettered(string)     {}

type env struct {
	sp      *spine.Spine
	h       *spine.Handles
	store   *state.Store
	counts  *reached
	handled *handled
	cancel  context.CancelFunc
	done    chan error
}

func start(t testing.TB, batch, concurrency int) *env {
	sp := spinetest.Open(t, "")
	topo := spinetest.Topology(30 * time.Second)
	topo.Consumers = []spine.ConsumerSpec{dir.Consumer()}
	h, err := sp.Ensure(context.Background(), topo)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{sp: sp, h: h, store: state.NewStore(sp.JS, h.Packets), counts: &reached{}, handled: &handled{}, done: make(chan error, 1)}
	name := dir.Consumer().Name
	w := &pipeline.Worker{Name: name, Consumer: h.Consumers[name],
		Handler:    (&lifecycle.Applier{Dir: dir, Store: e.store, Counters: e.counts}).Handle,
		DeadLetter: sp.JS, DeadLetterSubject: spine.DeadLetterSubjectFor(name),
		BatchSize: batch, Concurrency: concurrency, MaxWait: 50 * time.Millisecond, MaxDeliver: 5, Observer: e.handled}
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	go func() { e.done <- w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-e.done })
	return e
}

func wait(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestLifecycleFollowsEvents(t *testing.T) {
	ctx := context.Background()
	e := start(t, 50, 2)
	tracker := state.NewTracker()
	tctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go tracker.Run(tctx, e.h.Packets)

	// Packets 1-3 sent; 1 received and acknowledged; 2 times out; 3 pending.
	// The write_ack for 1 is published before its send_packet (two watchers
	// race), and every event is published twice (active-active watchers).
	seq := []*events.Event{ev(events.WriteAck, 1), ev(events.SendPacket, 1), ev(events.SendPacket, 2), ev(events.SendPacket, 3),
		ev(events.AcknowledgePkt, 1), ev(events.TimeoutPacket, 2)}
	for _, x := range seq {
		if err := events.Publish(ctx, e.sp.JS, x, x); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	info, _ := e.h.Events.Info(ctx)
	if info.State.Msgs != uint64(len(seq)) {
		t.Fatalf("stream has %d events, want %d (duplicates stored)", info.State.Msgs, len(seq))
	}
	wait(t, "all events handled", func() bool { return e.handled.n.Load() == int64(len(seq)) })
	want := map[uint64]state.Stage{1: state.Acknowledged, 2: state.TimedOut, 3: state.Observed}
	for s, st := range want {
		r, err := e.store.Get(ctx, state.Key{Path: "a-b", Direction: dir.Name(), Channel: "channel-0", Sequence: s})
		if err != nil {
			t.Fatal(err)
		}
		if r.Stage != st {
			t.Fatalf("seq %d at %s, want %s", s, r.Stage, st)
		}
	}
	wait(t, "tracker", func() bool {
		s := tracker.Summaries()[state.PathDir{Path: "a-b", Direction: dir.Name()}]
		return s != nil && s.ByStage[state.Observed] == 1 && len(tracker.Pending(time.Now())) == 1
	})
	if got := e.counts.n[state.Acknowledged].Load(); got != 1 {
		t.Fatalf("acknowledged counted %d times", got)
	}
	if got := e.counts.n[state.TimedOut].Load(); got != 1 {
		t.Fatalf("timed out counted %d times", got)
	}
}

func TestMalformedEventIsDeadLettered(t *testing.T) {
	ctx := context.Background()
	e := start(t, 10, 1)
	if _, err := e.sp.JS.Publish(ctx, spine.EventSubject("chain-a", "channel-0", "send_packet"), []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	wait(t, "dead letter", func() bool {
		_, err := e.h.DeadLetters.GetLastMsgForSubject(ctx, spine.DeadLetterSubjectFor(dir.Consumer().Name))
		return err == nil
	})
}

// BenchmarkHandoff measures publish -> consume -> state CAS -> ack on the
// embedded server.
func BenchmarkHandoff(b *testing.B) {
	for _, bc := range []struct {
		name               string
		batch, concurrency int
	}{{"batched", 500, 2}, {"one_at_a_time", 1, 1}} {
		b.Run(bc.name, func(b *testing.B) {
			e := start(b, bc.batch, bc.concurrency)
			ctx := context.Background()
			b.ResetTimer()
			start := time.Now()
			if bc.batch == 1 {
				for i := 0; i < b.N; i++ {
					if _, err := e.sp.JS.PublishMsg(ctx, ev(events.SendPacket, uint64(i+1)).Msg()); err != nil {
						b.Fatal(err)
					}
					for e.handled.n.Load() < int64(i+1) {
						time.Sleep(time.Microsecond)
					}
				}
			} else {
				for i := 0; i < b.N; i++ {
					if _, err := e.sp.JS.PublishMsgAsync(ev(events.SendPacket, uint64(i+1)).Msg(), jetstream.WithStallWait(time.Minute)); err != nil {
						b.Fatal(err)
					}
				}
				for e.handled.n.Load() < int64(b.N) {
					time.Sleep(100 * time.Microsecond)
				}
			}
			el := time.Since(start)
			b.ReportMetric(float64(b.N)/el.Seconds(), "msgs/s")
			b.ReportMetric(float64(el.Microseconds())/float64(b.N), "us/msg")
		})
	}
}
