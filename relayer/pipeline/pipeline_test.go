package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/relayer/pipeline"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
)

type counts struct{ handled, failed, redelivered, dead atomic.Int64 }

func (c *counts) Handled(_ string, n int) { c.handled.Add(int64(n)) }
func (c *counts) Failed(string, error)    { c.failed.Add(1) }
func (c *counts) Redelivered(string)      { c.redelivered.Add(1) }
func (c *counts) DeadLettered(string)     { c.dead.Add(1) }

func setup(t testing.TB, ackWait time.Duration) (*spine.Spine, *spine.Handles) {
	sp := spinetest.Open(t, "")
	h, err := sp.Ensure(context.Background(), spinetest.Topology(ackWait))
	if err != nil {
		t.Fatal(err)
	}
	return sp, h
}

func publish(t testing.TB, sp *spine.Spine, n int) {
	for i := 0; i < n; i++ {
		if _, err := sp.JS.PublishAsync(spine.EventSubject("a", "channel-0", "send_packet"), []byte(strconv.Itoa(i))); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-sp.JS.PublishAsyncComplete():
	case <-time.After(30 * time.Second):
		t.Fatal("publish did not complete")
	}
}

func worker(sp *spine.Spine, h *spine.Handles, c *counts, fn pipeline.BatchHandler) *pipeline.Worker {
	return &pipeline.Worker{
		Name: "work", Consumer: h.Consumers["work"], Handler: fn,
		DeadLetter: sp.JS, DeadLetterSubject: spine.DeadLetterSubjectFor("work"),
		BatchSize: 10, Concurrency: 2, MaxWait: 100 * time.Millisecond, MaxDeliver: 3,
		Backoff: func(uint64) time.Duration { return 20 * time.Millisecond }, Observer: c,
	}
}

func runFor(t *testing.T, w *pipeline.Worker, until func() bool) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for !until() {
		if time.Now().After(deadline) {
			cancel()
			<-done
			t.Fatal("condition not reached in 20s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("worker: %v", err)
	}
}

func TestFailedMessageIsRedelivered(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 5)
	var mu sync.Mutex
	seen := map[string]int{}
	c := &counts{}
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		mu.Lock()
		defer mu.Unlock()
		errs := make([]error, len(msgs))
		for i, m := range msgs {
			seen[string(m.Data())]++
			if string(m.Data()) == "2" && seen["2"] == 1 {
				errs[i] = errors.New("transient")
			}
		}
		return errs
	})
	runFor(t, w, func() bool { return c.handled.Load() == 5 })
	if seen["2"] != 2 || seen["0"] != 1 || c.redelivered.Load() != 1 || c.failed.Load() != 1 {
		t.Fatalf("seen=%v redelivered=%d failed=%d", seen, c.redelivered.Load(), c.failed.Load())
	}
}

func TestUnackedMessageComesBack(t *testing.T) {
	sp, h := setup(t, time.Second)
	publish(t, sp, 1)
	// A process takes the message and dies without acking.
	b, err := h.Consumers["work"].Fetch(1, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range b.Messages() {
		n++
	}
	if n != 1 {
		t.Fatalf("fetched %d", n)
	}
	c := &counts{}
	var deliveries atomic.Uint64
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		md, _ := msgs[0].Metadata()
		deliveries.Store(md.NumDelivered)
		return nil
	})
	runFor(t, w, func() bool { return c.handled.Load() == 1 })
	if deliveries.Load() != 2 {
		t.Fatalf("message delivered %d times, want 2", deliveries.Load())
	}
}

func TestPoisonMessageIsDeadLettered(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 3)
	c := &counts{}
	var calls sync.Map
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		errs := make([]error, len(msgs))
		for i, m := range msgs {
			v, _ := calls.LoadOrStore(string(m.Data()), new(atomic.Int32))
			v.(*atomic.Int32).Add(1)
			if string(m.Data()) == "1" {
				errs[i] = errors.New("cannot decode packet")
			}
		}
		return errs
	})
	runFor(t, w, func() bool { return c.dead.Load() == 1 && c.handled.Load() == 2 })
	v, _ := calls.Load("1")
	if got := v.(*atomic.Int32).Load(); got != 3 {
		t.Fatalf("poison message handled %d times, want max_deliver=3", got)
	}
	ctx := context.Background()
	dl, err := h.DeadLetters.GetLastMsgForSubject(ctx, spine.DeadLetterSubjectFor("work"))
	if err != nil {
		t.Fatalf("dead letter not stored: %v", err)
	}
	if string(dl.Data) != "1" || dl.Header.Get(spine.HeaderDLQDeliveries) != "3" || dl.Header.Get(spine.HeaderDLQError) != "cannot decode packet" {
		t.Fatalf("dead letter %q headers %v", dl.Data, dl.Header)
	}
	info, _ := h.Consumers["work"].Info(ctx)
	if info.NumAckPending != 0 || info.NumPending != 0 {
		t.Fatalf("consumer still has work: pending=%d ack_pending=%d", info.NumPending, info.NumAckPending)
	}
}

func TestPermanentErrorDeadLettersAtOnce(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 1)
	c := &counts{}
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		return []error{fmt.Errorf("bad event: %w", pipeline.ErrPermanent)}
	})
	runFor(t, w, func() bool { return c.dead.Load() == 1 })
	if c.failed.Load() != 1 {
		t.Fatalf("handler ran %d times, want 1", c.failed.Load())
	}
}

func TestShutdownFinishesInFlightBatch(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 1)
	c := &counts{}
	started := make(chan struct{})
	w := worker(sp, h, c, func(ctx context.Context, msgs []jetstream.Msg) []error {
		close(started)
		time.Sleep(300 * time.Millisecond) // shutdown arrives meanwhile
		if ctx.Err() != nil {
			return []error{ctx.Err()}
		}
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	<-started
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if c.handled.Load() != 1 {
		t.Fatalf("in-flight batch not finished before shutdown")
	}
	// Acks are sent asynchronously; the server must see this one shortly.
	for i := 0; ; i++ {
		info, _ := h.Consumers["work"].Info(context.Background())
		if info.NumAckPending == 0 {
			break
		}
		if i == 50 {
			t.Fatalf("ack not sent on shutdown: ack_pending=%d", info.NumAckPending)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestUnavailableIsRetriedPastMaxDeliver(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 1)
	c := &counts{}
	var calls atomic.Int32
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		if calls.Add(1) <= 6 { // twice max_deliver: the destination chain is down
			return []error{pipeline.Unavailable(errors.New("dial tcp 127.0.0.1:26657: connection refused"))}
		}
		return nil
	})
	runFor(t, w, func() bool { return c.handled.Load() == 1 })
	if c.dead.Load() != 0 || calls.Load() != 7 {
		t.Fatalf("dead=%d calls=%d: an unavailable dependency must not dead-letter the message", c.dead.Load(), calls.Load())
	}
}

// A message that cannot be handled yet comes back, past max_deliver, and
// is neither counted as failed nor dead-lettered.
func TestNotYetComesBackWithoutFailing(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 1)
	c := &counts{}
	var calls atomic.Int32
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		if calls.Add(1) <= 5 { // the Ethereum block is not finalized yet
			return []error{pipeline.NotYet(errors.New("block 12 not finalized (light client at 9)"))}
		}
		return nil
	})
	runFor(t, w, func() bool { return c.handled.Load() == 1 })
	if c.dead.Load() != 0 || c.failed.Load() != 0 || calls.Load() != 6 {
		t.Fatalf("dead=%d failed=%d calls=%d: a message waiting for something must come back without failing", c.dead.Load(), c.failed.Load(), calls.Load())
	}
}

// A handler that knows how long the wait takes sets the delay: the message
// comes back after it, not after the (20 ms) backoff.
func TestNotYetForComesBackAfterTheGivenDelay(t *testing.T) {
	sp, h := setup(t, 30*time.Second)
	publish(t, sp, 1)
	c := &counts{}
	var mu sync.Mutex
	var at []time.Time
	w := worker(sp, h, c, func(_ context.Context, msgs []jetstream.Msg) []error {
		mu.Lock()
		defer mu.Unlock()
		at = append(at, time.Now())
		if len(at) == 1 {
			return []error{pipeline.NotYetFor(errors.New("block 12 not finalized"), 600*time.Millisecond)}
		}
		return nil
	})
	runFor(t, w, func() bool { return c.handled.Load() == 1 })
	mu.Lock()
	defer mu.Unlock()
	if len(at) != 2 || at[1].Sub(at[0]) < 550*time.Millisecond || c.failed.Load() != 0 {
		t.Fatalf("%d deliveries, %v apart, %d failed; want 2, at least 600ms apart, none failed", len(at), at[len(at)-1].Sub(at[0]), c.failed.Load())
	}
}
