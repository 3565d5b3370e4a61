// Package pipeline runs a relayer stage: it pulls batches from a durable
// JetStream consumer shared by every relayer process, hands them to a
// handler, and settles each message by the handler's verdict.
//
// A message is acked only after the handler returns nil, and a handler
// returns nil only once the packet's state transition is durable. A failed
// message is NAKed with backoff; when the handler keeps failing on the
// message itself it is copied to the dead-letter stream after MaxDeliver
// deliveries and terminated, so a poison message cannot block its consumer.
// Failures of a dependency (ErrUnavailable) are retried without limit, and
// a message that must wait for something (ErrNotYet) comes back later
// without counting as a failure. The package never decides what a message means.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/relayer/spine"
)

// BatchHandler processes a batch and returns one error per message (a nil
// slice means all succeeded). The context is not cancelled by shutdown while
// the batch is in flight, only by DrainTimeout.
type BatchHandler func(ctx context.Context, msgs []jetstream.Msg) []error

// ErrPermanent marks an error that no retry can fix; the message is
// dead-lettered at once. Wrap it: fmt.Errorf("bad event: %w", ErrPermanent).
var ErrPermanent = errors.New("permanent failure")

// ErrUnavailable marks an error caused by something outside the message (a
// chain RPC down, a transaction refused for fees or sequence): the message is
// retried with backoff for as long as it takes and never dead-lettered, so a
// pending packet stays pending until it is relayed or times out. Wrap it with
// Unavailable.
var ErrUnavailable = errors.New("dependency unavailable")

// Unavailable wraps err with ErrUnavailable.
func Unavailable(err error) error {
	if err == nil || errors.Is(err, ErrUnavailable) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrUnavailable, err)
}

// ErrNotYet marks a message that cannot be handled until something else
// happens first (an Ethereum block it needs is not finalized yet): the
// handler returns at once instead of holding a worker while it waits, and
// the message comes back after the backoff. It is not a failure: it is not
// counted as one and never dead-lettered. Wrap it with NotYet.
var ErrNotYet = errors.New("not yet")

// NotYet wraps err with ErrNotYet; the message comes back after the
// worker's backoff.
func NotYet(err error) error { return fmt.Errorf("%w: %w", ErrNotYet, err) }

// NotYetFor is NotYet with the time the handler expects the wait to take:
// the message comes back after that long (at most MaxNotYetDelay) instead
// of after the backoff, so a long wait costs few redeliveries.
func NotYetFor(err error, after time.Duration) error {
	return &notYet{err: err, after: min(after, MaxNotYetDelay)}
}

// MaxNotYetDelay bounds NotYetFor's delay.
const MaxNotYetDelay = time.Minute

type notYet struct {
	err   error
	after time.Duration
}

func (e *notYet) Error() string   { return ErrNotYet.Error() + ": " + e.err.Error() }
func (e *notYet) Unwrap() []error { return []error{ErrNotYet, e.err} }

// Publisher publishes a message to JetStream; jetstream.JetStream satisfies it.
type Publisher interface {
	PublishMsg(ctx context.Context, msg *nats.Msg, opts ...jetstream.PublishOpt) (*jetstream.PubAck, error)
}

// Observer is told what happens to messages, for metrics.
type Observer interface {
	Handled(consumer string, n int)
	Failed(consumer string, err error)
	Redelivered(consumer string)
	DeadLettered(consumer string)
}

// Worker consumes one durable consumer.
type Worker struct {
	Name     string // consumer name, for logs, metrics and the DLQ subject
	Consumer jetstream.Consumer
	Handler  BatchHandler
	// DeadLetter receives poison messages on DeadLetterSubject.
	DeadLetter        Publisher
	DeadLetterSubject string
	// BatchSize is the most messages per handler call; Concurrency how many
	// batches run at once.
	BatchSize   int
	Concurrency int
	// MaxWait bounds how long a batch waits to fill once its first message
	// arrived.
	MaxWait time.Duration
	// MaxDeliver is the delivery count after which a failing message is
	// dead-lettered.
	MaxDeliver int
	// Backoff returns the NAK delay for a delivery count.
	Backoff func(deliveries uint64) time.Duration
	// AckWait is the consumer's ack wait; batches still running after a
	// third of it tell the server they are in progress (0: never).
	AckWait time.Duration
	// DrainTimeout bounds in-flight work after shutdown begins.
	DrainTimeout time.Duration
	Observer     Observer
	Log          *zap.Logger
}

// DefaultBackoff doubles from 200 ms up to 30 s.
func DefaultBackoff(deliveries uint64) time.Duration {
	d := 200 * time.Millisecond
	for i := uint64(1); i < deliveries && d < 30*time.Second; i++ {
		d *= 2
	}
	return min(d, 30*time.Second)
}

// Run fetches and handles batches until ctx ends, then waits for in-flight
// batches (up to DrainTimeout) and returns.
func (w *Worker) Run(ctx context.Context) error {
	if w.BatchSize < 1 {
		w.BatchSize = 1
	}
	if w.Concurrency < 1 {
		w.Concurrency = 1
	}
	if w.MaxWait == 0 {
		w.MaxWait = 5 * time.Millisecond
	}
	if w.Backoff == nil {
		w.Backoff = DefaultBackoff
	}
	if w.DrainTimeout == 0 {
		w.DrainTimeout = 30 * time.Second
	}
	if w.Log == nil {
		w.Log = zap.NewNop()
	}
	// Work contexts outlive ctx so a batch in flight at shutdown finishes;
	// drainCtx cuts them off after DrainTimeout.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopDrainTimer := context.AfterFunc(ctx, func() {
		t := time.AfterFunc(w.DrainTimeout, cancelWork)
		<-workCtx.Done()
		t.Stop()
	})
	defer stopDrainTimer()

	var wg sync.WaitGroup
	errc := make(chan error, w.Concurrency)
	for i := 0; i < w.Concurrency; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.loop(ctx, workCtx); err != nil {
				errc <- err
			}
		}()
	}
	wg.Wait()
	close(errc)
	return <-errc
}

func (w *Worker) loop(ctx, workCtx context.Context) error {
	// Messages are pulled only when a batch can be handled at once: a
	// message buffered behind a slow batch would sit out its ack wait and be
	// redelivered to another process while this one still holds it. So: wait
	// for one message, then take what else arrives within MaxWait.
	for ctx.Err() == nil {
		first, err := w.fetch(1, pollWait)
		if err != nil {
			w.Log.Warn("pull failed", zap.String("consumer", w.Name), zap.Error(err))
			sleep(ctx, time.Second)
			continue
		}
		if len(first) == 0 {
			continue
		}
		msgs := first
		if w.BatchSize > 1 {
			rest, err := w.fetch(w.BatchSize-1, w.MaxWait)
			if err != nil {
				w.Log.Warn("pull failed", zap.String("consumer", w.Name), zap.Error(err))
			}
			msgs = append(msgs, rest...)
		}
		// Once pulled, a batch is handled even if shutdown began meanwhile.
		w.handle(workCtx, msgs)
	}
	return nil
}

// pollWait is how long one pull waits for a first message; it bounds how
// long shutdown waits for an idle worker.
const pollWait = 2 * time.Second

// fetch pulls up to n messages, returning when n arrived or wait passed.
func (w *Worker) fetch(n int, wait time.Duration) ([]jetstream.Msg, error) {
	b, err := w.Consumer.Fetch(n, jetstream.FetchMaxWait(wait))
	if err != nil {
		return nil, err
	}
	var out []jetstream.Msg
	for m := range b.Messages() {
		out = append(out, m)
	}
	if err := b.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, jetstream.ErrNoMessages) {
		return out, err
	}
	return out, nil
}

func (w *Worker) handle(ctx context.Context, msgs []jetstream.Msg) {
	run := msgs
	deliveries := make(map[jetstream.Msg]uint64, len(msgs))
	for _, m := range msgs {
		md, err := m.Metadata()
		var n uint64 = 1
		if err == nil {
			n = md.NumDelivered
		}
		deliveries[m] = n
		if n > 1 && w.Observer != nil {
			w.Observer.Redelivered(w.Name)
		}
	}
	// A batch may take several blocks (a relay transaction waits for
	// inclusion): keep its messages from being redelivered meanwhile.
	if w.AckWait > 0 {
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			t := time.NewTicker(w.AckWait / 3)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					for _, m := range run {
						_ = m.InProgress()
					}
				}
			}
		}()
		defer func() { close(stop); <-done }()
	}
	errs := w.Handler(ctx, run)
	ok := 0
	for i, m := range run {
		var err error
		if i < len(errs) {
			err = errs[i]
		}
		if err == nil {
			if aerr := m.Ack(); aerr != nil {
				w.Log.Warn("ack failed; message will be redelivered", zap.String("consumer", w.Name), zap.Error(aerr))
			}
			ok++
			continue
		}
		n := deliveries[m]
		if errors.Is(err, ErrNotYet) {
			delay := w.Backoff(n)
			var ny *notYet
			if errors.As(err, &ny) && ny.after > 0 {
				delay = ny.after
			}
			if nerr := m.NakWithDelay(delay); nerr != nil {
				w.Log.Warn("nak failed; ack wait will redeliver", zap.String("consumer", w.Name), zap.Error(nerr))
			}
			continue
		}
		if w.Observer != nil {
			w.Observer.Failed(w.Name, err)
		}
		if errors.Is(err, ErrPermanent) || (!errors.Is(err, ErrUnavailable) && w.MaxDeliver > 0 && n >= uint64(w.MaxDeliver)) {
			w.deadLetter(ctx, m, n, err)
			continue
		}
		delay := w.Backoff(n)
		w.Log.Info("handler failed; retrying", zap.String("consumer", w.Name), zap.String("subject", m.Subject()),
			zap.Uint64("delivery", n), zap.Duration("backoff", delay), zap.Error(err))
		if nerr := m.NakWithDelay(delay); nerr != nil {
			w.Log.Warn("nak failed; ack wait will redeliver", zap.String("consumer", w.Name), zap.Error(nerr))
		}
	}
	if ok > 0 && w.Observer != nil {
		w.Observer.Handled(w.Name, ok)
	}
}

func (w *Worker) deadLetter(ctx context.Context, m jetstream.Msg, deliveries uint64, cause error) {
	dl := nats.NewMsg(w.DeadLetterSubject)
	dl.Data = m.Data()
	for k, v := range m.Headers() {
		dl.Header[k] = v
	}
	dl.Header.Del(jetstream.MsgIDHeader)
	seq := ""
	if md, err := m.Metadata(); err == nil {
		seq = strconv.FormatUint(md.Sequence.Stream, 10)
		// One dead letter per original message even if this is retried.
		dl.Header.Set(jetstream.MsgIDHeader, w.Name+"-"+seq)
	}
	dl.Header.Set(spine.HeaderDLQSubject, m.Subject())
	dl.Header.Set(spine.HeaderDLQStreamSeq, seq)
	dl.Header.Set(spine.HeaderDLQDeliveries, strconv.FormatUint(deliveries, 10))
	dl.Header.Set(spine.HeaderDLQError, cause.Error())
	dl.Header.Set(spine.HeaderDLQConsumer, w.Name)
	if _, err := w.DeadLetter.PublishMsg(ctx, dl); err != nil {
		// Keep the message: it will come back and we try again.
		w.Log.Error("dead-letter publish failed; message kept", zap.String("consumer", w.Name), zap.Error(err))
		_ = m.NakWithDelay(w.Backoff(deliveries))
		return
	}
	if err := m.Term(); err != nil {
		w.Log.Warn("term after dead-letter failed", zap.String("consumer", w.Name), zap.Error(err))
	}
	w.Log.Error("message dead-lettered", zap.String("consumer", w.Name), zap.String("subject", m.Subject()),
		zap.Uint64("deliveries", deliveries), zap.Error(cause))
	if w.Observer != nil {
		w.Observer.DeadLettered(w.Name)
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// Describe is a short description of a worker for logs.
func (w *Worker) Describe() string {
	return fmt.Sprintf("%s (batch %d, concurrency %d, max deliver %d)", w.Name, w.BatchSize, w.Concurrency, w.MaxDeliver)
}
