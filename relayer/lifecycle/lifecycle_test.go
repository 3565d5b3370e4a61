package lifecycle_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"syscall"
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
	tracker *state.Tracker
	counts  *reached
	handled *handled
}

// start runs an applier on a fresh embedded server, with a tracker watching
// the packet bucket as a node has; cached makes the tracker the store's cache.
func start(t testing.TB, batch, concurrency int, cached bool) *env {
	sp := spinetest.Open(t, "")
	topo := spinetest.Topology(30 * time.Second)
	topo.Consumers = []spine.ConsumerSpec{dir.Consumer()}
	h, err := sp.Ensure(context.Background(), topo)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{sp: sp, h: h, store: state.NewStore(sp.JS, h.Packets), tracker: state.NewTracker(), counts: &reached{}, handled: &handled{}}
	if cached {
		e.store.Cache = e.tracker
	}
	name := dir.Consumer().Name
	w := &pipeline.Worker{Name: name, Consumer: h.Consumers[name],
		Handler:    (&lifecycle.Applier{Dir: dir, Store: e.store, Counters: e.counts}).Handle,
		DeadLetter: sp.JS, DeadLetterSubject: spine.DeadLetterSubjectFor(name),
		BatchSize: batch, Concurrency: concurrency, MaxWait: 50 * time.Millisecond, MaxDeliver: 5, Observer: e.handled}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 2)
	go func() { done <- w.Run(ctx) }()
	go func() { done <- e.tracker.Run(ctx, h.Packets) }()
	t.Cleanup(func() { cancel(); <-done; <-done })
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
	for _, cached := range []bool{false, true} {
		t.Run(fmt.Sprintf("cached=%v", cached), func(t *testing.T) { followsEvents(t, cached) })
	}
}

func followsEvents(t *testing.T, cached bool) {
	ctx := context.Background()
	e := start(t, 50, 2, cached)
	tracker := e.tracker

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
	e := start(t, 10, 1, false)
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
			e := start(b, bc.batch, bc.concurrency, true)
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

// snapshotCache answers every lookup with the record as it was first read:
// after the packet's first move, every guess it gives is stale.
type snapshotCache struct {
	store *state.Store
	mu    sync.Mutex
	seen  map[state.Key]state.Record
}

func (c *snapshotCache) Lookup(k state.Key) (*state.Record, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.seen[k]
	if !ok {
		cur, err := c.store.Get(context.Background(), k)
		if err != nil {
			return nil, false
		}
		r = *cur
		c.seen[k] = r
	}
	return &r, true
}

func TestStaleCacheIsReread(t *testing.T) {
	ctx := context.Background()
	e := start(t, 10, 1, false)
	e.store.Cache = &snapshotCache{store: e.store, seen: map[state.Key]state.Record{}}
	seq := []*events.Event{ev(events.SendPacket, 1), ev(events.RecvPacket, 1), ev(events.WriteAck, 1), ev(events.AcknowledgePkt, 1)}
	for i, x := range seq {
		if err := events.Publish(ctx, e.sp.JS, x); err != nil {
			t.Fatal(err)
		}
		wait(t, "event handled", func() bool { return e.handled.n.Load() == int64(i+1) })
	}
	r, err := e.store.Get(ctx, state.Key{Path: "a-b", Direction: dir.Name(), Channel: "channel-0", Sequence: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Stage != state.Acknowledged || len(r.History) != 3 {
		t.Fatalf("packet at %s with history %+v, want acknowledged after observed and received", r.Stage, r.History)
	}
	if got := e.counts.n[state.Received].Load(); got != 1 {
		t.Fatalf("received counted %d times", got)
	}
}

// BenchmarkLifecycle measures the spine's share of one packet's life: its
// four events (send, receipt, write_ack, ack) published, consumed and
// applied to the packet state in bursts of b.N packets, with a tracker
// watching the bucket as in a node. cpu-us/packet is the whole process's
// CPU (embedded server, client, applier, tracker): the CPU a relayer pays
// per packet for the spine alone. "per-event" publishes one message per
// event; "per-block" publishes as watchers do, 1000 packets to a block.
func BenchmarkLifecycle(b *testing.B) {
	for _, bc := range []struct {
		name           string
		cached, blocks bool
	}{{"per-event/uncached", false, false}, {"per-event", true, false}, {"per-block", true, true}} {
		b.Run(bc.name, func(b *testing.B) {
			e := start(b, 500, 2, bc.cached)
			ctx := context.Background()
			cpu0, start := cpuTime(b), time.Now()
			b.ResetTimer()
			var want int64
			for _, kind := range []events.Kind{events.SendPacket, events.RecvPacket, events.WriteAck, events.AcknowledgePkt} {
				evs := make([]*events.Event, b.N)
				for i := range evs {
					evs[i] = ev(kind, uint64(i+1))
					evs[i].Height = uint64(1 + i/1000)
				}
				msgs := int64(len(evs))
				if bc.blocks {
					batches, err := events.Batches(evs)
					if err != nil {
						b.Fatal(err)
					}
					msgs = int64(len(batches))
					if err := events.PublishBlocks(ctx, e.sp.JS, evs...); err != nil {
						b.Fatal(err)
					}
				} else if err := events.Publish(ctx, e.sp.JS, evs...); err != nil {
					b.Fatal(err)
				}
				want += msgs
				for e.handled.n.Load() < want {
					time.Sleep(100 * time.Microsecond)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64((cpuTime(b)-cpu0).Microseconds())/float64(b.N), "cpu-us/packet")
			b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "us/packet")
			if got := e.counts.n[state.Acknowledged].Load(); got != int64(b.N) {
				b.Fatalf("%d of %d packets acknowledged", got, b.N)
			}
		})
	}
}

// cpuTime is the process's user + system CPU time.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
