package spine

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Stream, bucket and subject names. The README's "NATS layout" section
// documents them; keep the two in step.
const (
	// EventsStream holds chain events observed by watchers, deduplicated by
	// Nats-Msg-Id so active-active watchers store each event once.
	EventsStream  = "CAUSEWAY_EVENTS"
	EventsSubject = "causeway.events" // .<chain>.<channel>.<kind>
	// DeadLetterStream keeps messages that failed MaxDeliver times.
	DeadLetterStream  = "CAUSEWAY_DLQ"
	DeadLetterSubject = "causeway.dlq" // .<consumer>
	// AttestationSubject carries committee signatures (core NATS, not stored).
	AttestationSubject = "causeway.attest" // .<path>.<batch root>

	// PacketBucket holds per-packet lifecycle state.
	PacketBucket = "causeway-packets"
	// LightClientBucket holds light-client trusted state per chain.
	LightClientBucket = "causeway-lightclients"
	// LeaseBucket holds signer leases; entries expire after the lease TTL.
	LeaseBucket = "causeway-leases"

	// Headers Causeway sets on dead-lettered messages.
	HeaderDLQSubject    = "Causeway-Original-Subject"
	HeaderDLQStreamSeq  = "Causeway-Original-Sequence"
	HeaderDLQDeliveries = "Causeway-Deliveries"
	HeaderDLQError      = "Causeway-Error"
	HeaderDLQConsumer   = "Causeway-Consumer"
)

// Topology is what the relayer needs on JetStream.
type Topology struct {
	Replicas    int
	DedupWindow time.Duration
	// EventsMaxAge bounds how long observed events are kept.
	EventsMaxAge time.Duration
	LeaseTTL     time.Duration
	AckWait      time.Duration
	Consumers    []ConsumerSpec
}

// ConsumerSpec is one durable pull consumer on the events stream, shared by
// every relayer process that works on the same path and direction.
type ConsumerSpec struct {
	Name    string
	Filters []string
}

// Handles are the JetStream objects created by Ensure.
type Handles struct {
	Events      jetstream.Stream
	DeadLetters jetstream.Stream
	Packets     jetstream.KeyValue
	LightClient jetstream.KeyValue
	Leases      jetstream.KeyValue
	Consumers   map[string]jetstream.Consumer
}

// Token makes s safe as one subject token or KV key segment: '.', '*', '>'
// and whitespace become '_'.
func Token(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '.', '*', '>', ' ', '\t', '\n', '\r', '/':
			return '_'
		}
		return r
	}, s)
}

// EventSubject is the subject of one event kind seen on a chain's channel.
func EventSubject(chain, channel, kind string) string {
	return fmt.Sprintf("%s.%s.%s.%s", EventsSubject, Token(chain), Token(channel), Token(kind))
}

// EventFilter is the subject filter of one event kind on a chain's channel;
// an empty channel matches every channel (a path not linked yet).
func EventFilter(chain, channel, kind string) string {
	ch := "*"
	if channel != "" {
		ch = Token(channel)
	}
	return fmt.Sprintf("%s.%s.%s.%s", EventsSubject, Token(chain), ch, Token(kind))
}

// DeadLetterSubjectFor is where a consumer's poison messages go.
func DeadLetterSubjectFor(consumer string) string {
	return DeadLetterSubject + "." + Token(consumer)
}

// ConsumerName names the durable consumer of a path and direction.
func ConsumerName(path, direction string) string {
	return "path_" + Token(path) + "_" + Token(direction)
}

// Ensure creates or updates every stream, consumer and bucket in t. It is
// idempotent: every relayer process calls it on start.
func (s *Spine) Ensure(ctx context.Context, t Topology) (*Handles, error) {
	// Processes starting together on a cluster race to create the same
	// replicated objects, and the server may leave a loser's request without
	// a reply. Each attempt is bounded; the next finds what the winner made.
	var err error
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, ensureAttempt)
		var h *Handles
		h, err = s.ensureOnce(actx, t)
		cancel()
		if err == nil || ctx.Err() != nil || attempt == ensureAttempts {
			return h, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(time.Duration(attempt) * 500 * time.Millisecond):
		}
	}
}

// ensureAttempt bounds one pass over the topology, ensureAttempts the passes.
const (
	ensureAttempt  = 15 * time.Second
	ensureAttempts = 8
)

func (s *Spine) ensureOnce(ctx context.Context, t Topology) (*Handles, error) {
	if t.Replicas < 1 {
		t.Replicas = 1
	}
	if t.EventsMaxAge == 0 {
		t.EventsMaxAge = 7 * 24 * time.Hour
	}
	h := &Handles{Consumers: map[string]jetstream.Consumer{}}
	var err error
	h.Events, err = s.ensureStream(ctx, jetstream.StreamConfig{
		Name:        EventsStream,
		Description: "Causeway: IBC events observed on chains",
		Subjects:    []string{EventsSubject + ".>"},
		Retention:   jetstream.LimitsPolicy,
		MaxAge:      t.EventsMaxAge,
		Storage:     jetstream.FileStorage,
		Replicas:    t.Replicas,
		Duplicates:  t.DedupWindow,
		Discard:     jetstream.DiscardOld,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure stream %s: %w", EventsStream, err)
	}
	h.DeadLetters, err = s.ensureStream(ctx, jetstream.StreamConfig{
		Name:        DeadLetterStream,
		Description: "Causeway: messages that failed max_deliver times",
		Subjects:    []string{DeadLetterSubject + ".>"},
		Retention:   jetstream.LimitsPolicy,
		MaxAge:      30 * 24 * time.Hour,
		Storage:     jetstream.FileStorage,
		Replicas:    t.Replicas,
		Duplicates:  time.Hour,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure stream %s: %w", DeadLetterStream, err)
	}
	for _, c := range t.Consumers {
		cons, err := ensureConsumer(ctx, h.Events, jetstream.ConsumerConfig{
			Durable:        c.Name,
			Description:    "Causeway work: " + c.Name,
			FilterSubjects: c.Filters,
			AckPolicy:      jetstream.AckExplicitPolicy,
			AckWait:        t.AckWait,
			// Causeway counts deliveries itself and dead-letters; the server
			// must keep redelivering until it does.
			MaxDeliver:    -1,
			MaxAckPending: 20000,
			DeliverPolicy: jetstream.DeliverAllPolicy,
			Replicas:      t.Replicas,
		})
		if err != nil {
			return nil, fmt.Errorf("ensure consumer %s: %w", c.Name, err)
		}
		h.Consumers[c.Name] = cons
	}
	h.Packets, err = s.ensureKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      PacketBucket,
		Description: "Causeway: per-packet lifecycle state",
		History:     1,
		Storage:     jetstream.FileStorage,
		Replicas:    t.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure bucket %s: %w", PacketBucket, err)
	}
	h.LightClient, err = s.ensureKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      LightClientBucket,
		Description: "Causeway: light-client trusted state",
		History:     5,
		Storage:     jetstream.FileStorage,
		Replicas:    t.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure bucket %s: %w", LightClientBucket, err)
	}
	ttl := t.LeaseTTL
	if ttl == 0 {
		ttl = 15 * time.Second
	}
	h.Leases, err = s.ensureKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      LeaseBucket,
		Description: "Causeway: signer leases",
		History:     1,
		TTL:         ttl,
		Storage:     jetstream.FileStorage,
		Replicas:    t.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("ensure bucket %s: %w", LeaseBucket, err)
	}
	return h, nil
}

// createTimeout bounds one create request. Processes starting together on a
// cluster race to create the same object; the server answers the winner and
// may leave the others without a reply, so a loser times out and looks the
// object up again instead of waiting for ever.
const createTimeout = 10 * time.Second

// ensureStream returns the stream, creating it when it is absent and
// updating it only when its settings differ: every update of a replicated
// stream is a proposal to the cluster's meta leader.
func (s *Spine) ensureStream(ctx context.Context, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	for {
		lctx, lcancel := context.WithTimeout(ctx, createTimeout)
		st, err := s.JS.Stream(lctx, cfg.Name)
		lcancel()
		if err == nil {
			if streamMatches(st.CachedInfo().Config, cfg) {
				return st, nil
			}
			return s.JS.UpdateStream(ctx, cfg)
		}
		if !errors.Is(err, jetstream.ErrStreamNotFound) {
			return nil, err
		}
		cctx, cancel := context.WithTimeout(ctx, createTimeout)
		st, err = s.JS.CreateStream(cctx, cfg)
		cancel()
		if err == nil {
			return st, nil
		}
		if ctx.Err() != nil || !(errors.Is(err, context.DeadlineExceeded) || errors.Is(err, jetstream.ErrStreamNameAlreadyInUse)) {
			return nil, err
		}
		// Another process created it (or is creating it): look again.
	}
}

func streamMatches(have, want jetstream.StreamConfig) bool {
	return slices.Equal(have.Subjects, want.Subjects) && have.Description == want.Description &&
		have.Retention == want.Retention && have.MaxAge == want.MaxAge && have.Storage == want.Storage &&
		have.Replicas == want.Replicas && have.Duplicates == want.Duplicates && have.Discard == want.Discard &&
		have.MaxMsgsPerSubject == want.MaxMsgsPerSubject
}

// ensureConsumer is ensureStream for a durable consumer.
func ensureConsumer(ctx context.Context, st jetstream.Stream, cfg jetstream.ConsumerConfig) (jetstream.Consumer, error) {
	for {
		c, err := st.Consumer(ctx, cfg.Durable)
		if err == nil {
			have := c.CachedInfo().Config
			if slices.Equal(have.FilterSubjects, cfg.FilterSubjects) && have.AckWait == cfg.AckWait &&
				have.MaxDeliver == cfg.MaxDeliver && have.MaxAckPending == cfg.MaxAckPending &&
				have.Replicas == cfg.Replicas && have.Description == cfg.Description {
				return c, nil
			}
			return st.UpdateConsumer(ctx, cfg)
		}
		if !errors.Is(err, jetstream.ErrConsumerNotFound) {
			return nil, err
		}
		cctx, cancel := context.WithTimeout(ctx, createTimeout)
		c, err = st.CreateConsumer(cctx, cfg)
		cancel()
		if err == nil {
			return c, nil
		}
		if ctx.Err() != nil || !(errors.Is(err, context.DeadlineExceeded) || errors.Is(err, jetstream.ErrConsumerExists)) {
			return nil, err
		}
	}
}

// ensureKeyValue is ensureStream for a KV bucket (compared through its
// backing stream's settings).
func (s *Spine) ensureKeyValue(ctx context.Context, cfg jetstream.KeyValueConfig) (jetstream.KeyValue, error) {
	for {
		kv, err := s.JS.KeyValue(ctx, cfg.Bucket)
		if err == nil {
			st, err := s.JS.Stream(ctx, "KV_"+cfg.Bucket)
			if err != nil {
				return nil, err
			}
			have := st.CachedInfo().Config
			if have.Replicas == cfg.Replicas && have.MaxAge == cfg.TTL && have.MaxMsgsPerSubject == int64(cfg.History) &&
				have.Description == cfg.Description {
				return kv, nil
			}
			return s.JS.UpdateKeyValue(ctx, cfg)
		}
		if !errors.Is(err, jetstream.ErrBucketNotFound) {
			return nil, err
		}
		cctx, cancel := context.WithTimeout(ctx, createTimeout)
		kv, err = s.JS.CreateKeyValue(cctx, cfg)
		cancel()
		if err == nil {
			return kv, nil
		}
		if ctx.Err() != nil || !(errors.Is(err, context.DeadlineExceeded) || errors.Is(err, jetstream.ErrBucketExists) || errors.Is(err, jetstream.ErrStreamNameAlreadyInUse)) {
			return nil, err
		}
	}
}
