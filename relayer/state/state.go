// Package state keeps each packet's lifecycle in a JetStream KV bucket that
// every relayer process shares. Transitions are compare-and-set on the key's
// revision, so two processes racing on one packet cannot both win, and a
// stage never moves backwards.
//
// The store must never decide what to relay; it only records what happened.
package state

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Stage is a step of a packet's lifecycle, in order.
type Stage uint8

// Lifecycle stages. Acknowledged and TimedOut are terminal.
const (
	Unknown Stage = iota
	Observed
	Proven
	Submitted
	Received
	Acknowledged
	TimedOut
)

var stageNames = [...]string{"unknown", "observed", "proven", "submitted", "received", "acknowledged", "timed_out"}

// Stages lists the real stages in lifecycle order.
var Stages = []Stage{Observed, Proven, Submitted, Received, Acknowledged, TimedOut}

func (s Stage) String() string {
	if int(s) < len(stageNames) {
		return stageNames[s]
	}
	return "stage(" + strconv.Itoa(int(s)) + ")"
}

// ParseStage is the inverse of String.
func ParseStage(s string) (Stage, error) {
	for i, n := range stageNames {
		if n == s && i > 0 {
			return Stage(i), nil
		}
	}
	return Unknown, fmt.Errorf("unknown stage %q", s)
}

// MarshalText writes the stage's name.
func (s Stage) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a stage name.
func (s *Stage) UnmarshalText(b []byte) error {
	st, err := ParseStage(string(b))
	*s = st
	return err
}

// Terminal reports whether nothing more happens to the packet.
func (s Stage) Terminal() bool { return s == Acknowledged || s == TimedOut }

// CanMoveTo reports whether a packet at s may move to next. Stages only move
// forward; a packet may skip stages (another relayer did the work), but a
// received packet can no longer time out, and terminal stages are final.
func (s Stage) CanMoveTo(next Stage) bool {
	switch {
	case s.Terminal(), next == Unknown:
		return false
	case next == TimedOut:
		return s < Received
	default:
		return next > s && next != TimedOut
	}
}

// Key identifies one packet: a path, a direction on it, the sending channel
// and the sequence.
type Key struct {
	Path      string
	Direction string
	Channel   string
	Sequence  uint64
}

// String is the KV key: <path>.<direction>.<channel>.<sequence>.
func (k Key) String() string {
	return fmt.Sprintf("%s.%s.%s.%d", token(k.Path), token(k.Direction), token(k.Channel), k.Sequence)
}

// ParseKey is the inverse of Key.String.
func ParseKey(s string) (Key, error) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return Key{}, fmt.Errorf("packet key %q: want path.direction.channel.sequence", s)
	}
	seq, err := strconv.ParseUint(parts[3], 10, 64)
	if err != nil {
		return Key{}, fmt.Errorf("packet key %q: bad sequence: %w", s, err)
	}
	return Key{Path: parts[0], Direction: parts[1], Channel: parts[2], Sequence: seq}, nil
}

func token(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == '*' || r == '>' || r == ' ' || r == '/' {
			return '_'
		}
		return r
	}, s)
}

// StageTime records when a packet reached a stage.
type StageTime struct {
	Stage  Stage     `json:"stage"`
	At     time.Time `json:"at"`
	TxHash string    `json:"tx_hash,omitempty"`
}

// Record is the stored state of one packet.
type Record struct {
	Key        Key         `json:"-"`
	Stage      Stage       `json:"stage"`
	FirstSeen  time.Time   `json:"first_seen"`
	LastChange time.Time   `json:"last_change"`
	Attempts   int         `json:"attempts"`
	TxHash     string      `json:"tx_hash,omitempty"`
	LastError  string      `json:"last_error,omitempty"`
	History    []StageTime `json:"history"`
	// Height is the source height the packet was sent at; TimeoutHeight /
	// TimeoutTimestamp come from the packet.
	Height           uint64 `json:"height,omitempty"`
	TimeoutHeight    string `json:"timeout_height,omitempty"`
	TimeoutTimestamp uint64 `json:"timeout_timestamp,omitempty"`
	// Revision is the KV revision this record was read at.
	Revision uint64 `json:"-"`
}

// Errors returned by the store.
var (
	// ErrStale means the record changed since it was read: another process
	// won the compare-and-set.
	ErrStale = errors.New("packet state changed concurrently (stale revision)")
	// ErrBackwards means the transition would move a packet backwards or out
	// of a terminal stage.
	ErrBackwards = errors.New("packet stage cannot move backwards")
	// ErrNotFound means no state is stored for the packet.
	ErrNotFound = errors.New("no state for packet")
)

// Store is the packet-state KV bucket.
type Store struct {
	kv  jetstream.KeyValue
	js  jetstream.JetStream
	now func() time.Time
	// Cache, when set, is a recent copy of the bucket (a Tracker watching
	// it). A cached record is only a guess at the current revision: writes
	// based on it are still compare-and-set, so a stale guess costs a re-read,
	// never a lost update.
	Cache RecordCache
}

// RecordCache returns the latest record it has seen for a pending packet.
type RecordCache interface {
	Lookup(k Key) (*Record, bool)
}

// NewStore wraps the packet bucket. js is used for batched writes.
func NewStore(js jetstream.JetStream, kv jetstream.KeyValue) *Store {
	return &Store{kv: kv, js: js, now: time.Now}
}

// Cached returns the cache's copy of a packet's record, if it has one.
func (s *Store) Cached(k Key) (*Record, bool) {
	if s.Cache == nil {
		return nil, false
	}
	return s.Cache.Lookup(k)
}

// Get reads a packet's record.
func (s *Store) Get(ctx context.Context, k Key) (*Record, error) {
	e, err := s.kv.Get(ctx, k.String())
	if err != nil {
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			return nil, fmt.Errorf("%s: %w", k, ErrNotFound)
		}
		return nil, fmt.Errorf("get packet state %s: %w", k, err)
	}
	return decode(k, e.Value(), e.Revision())
}

func decode(k Key, b []byte, rev uint64) (*Record, error) {
	var r Record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("decode packet state %s: %w", k, err)
	}
	r.Key, r.Revision = k, rev
	return &r, nil
}

// Observe records a newly seen packet. It returns created=false, with the
// stored record, when the packet is already known (another watcher saw it or
// this is a redelivery).
func (s *Store) Observe(ctx context.Context, k Key, fill func(*Record)) (rec *Record, created bool, err error) {
	now := s.now().UTC()
	r := &Record{Key: k, Stage: Observed, FirstSeen: now, LastChange: now, History: []StageTime{{Stage: Observed, At: now}}}
	if fill != nil {
		fill(r)
	}
	b, _ := json.Marshal(r)
	rev, err := s.kv.Create(ctx, k.String(), b)
	if err == nil {
		r.Revision = rev
		return r, true, nil
	}
	if errors.Is(err, jetstream.ErrKeyExists) {
		cur, gerr := s.Get(ctx, k)
		if gerr != nil {
			return nil, false, gerr
		}
		return cur, false, nil
	}
	return nil, false, fmt.Errorf("observe packet %s: %w", k, err)
}

// Transition moves r to stage next with a compare-and-set on r.Revision.
// txHash, when not empty, is recorded. It returns ErrStale if the record
// changed since r was read and ErrBackwards if the move is not forward. On
// success r is updated in place with the new revision.
func (s *Store) Transition(ctx context.Context, r *Record, next Stage, txHash string) error {
	nr, err := s.prepare(r, next, txHash)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(nr)
	rev, err := s.kv.Update(ctx, r.Key.String(), b, r.Revision)
	if err != nil {
		if isWrongRevision(err) {
			return fmt.Errorf("%s to %s: %w", r.Key, next, ErrStale)
		}
		return fmt.Errorf("transition %s to %s: %w", r.Key, next, err)
	}
	*r = *nr
	r.Revision = rev
	return nil
}

func (s *Store) prepare(r *Record, next Stage, txHash string) (*Record, error) {
	if !r.Stage.CanMoveTo(next) {
		return nil, fmt.Errorf("%s from %s to %s: %w", r.Key, r.Stage, next, ErrBackwards)
	}
	now := s.now().UTC()
	nr := *r
	nr.History = append(append([]StageTime(nil), r.History...), StageTime{Stage: next, At: now, TxHash: txHash})
	nr.Stage, nr.LastChange, nr.LastError = next, now, ""
	if txHash != "" {
		nr.TxHash = txHash
	}
	return &nr, nil
}

// RecordFailure counts a failed attempt on r with its reason, keeping the
// stage. Like Transition it is a compare-and-set.
func (s *Store) RecordFailure(ctx context.Context, r *Record, reason error) error {
	nr := *r
	nr.Attempts++
	nr.LastError = reason.Error()
	nr.LastChange = s.now().UTC()
	b, _ := json.Marshal(&nr)
	rev, err := s.kv.Update(ctx, r.Key.String(), b, r.Revision)
	if err != nil {
		if isWrongRevision(err) {
			return fmt.Errorf("%s failure: %w", r.Key, ErrStale)
		}
		return fmt.Errorf("record failure %s: %w", r.Key, err)
	}
	*r = nr
	r.Revision = rev
	return nil
}

// Advance reads the packet and moves it to next, retrying when another
// process changed it in between. A packet already at or past next is left
// alone and reported with ErrBackwards.
func (s *Store) Advance(ctx context.Context, k Key, next Stage, txHash string) (*Record, error) {
	for attempt := 0; ; attempt++ {
		r, err := s.Get(ctx, k)
		if err != nil {
			return nil, err
		}
		err = s.Transition(ctx, r, next, txHash)
		if err == nil || !errors.Is(err, ErrStale) || attempt >= 16 {
			return r, err
		}
	}
}

// Transitions is a batch of compare-and-set transitions written together.
type TransitionReq struct {
	Record *Record
	Next   Stage
	TxHash string
}

// TransitionBatch applies many compare-and-set transitions with pipelined
// publishes and waits until all are durable. The returned slice holds one
// error per request (nil on success); each successful record is updated in
// place.
func (s *Store) TransitionBatch(ctx context.Context, reqs []TransitionReq) []error {
	errs := make([]error, len(reqs))
	futs := make([]jetstream.PubAckFuture, len(reqs))
	prepared := make([]*Record, len(reqs))
	bucket := s.kv.Bucket()
	for i, q := range reqs {
		nr, err := s.prepare(q.Record, q.Next, q.TxHash)
		if err != nil {
			errs[i] = err
			continue
		}
		prepared[i] = nr
		b, _ := json.Marshal(nr)
		m := nats.NewMsg("$KV." + bucket + "." + q.Record.Key.String())
		m.Data = b
		m.Header.Set(jetstream.ExpectedLastSubjSeqHeader, strconv.FormatUint(q.Record.Revision, 10))
		f, err := s.js.PublishMsgAsync(m)
		if err != nil {
			errs[i] = fmt.Errorf("transition %s: %w", q.Record.Key, err)
			continue
		}
		futs[i] = f
	}
	for i, f := range futs {
		if f == nil {
			continue
		}
		select {
		case ack := <-f.Ok():
			r := reqs[i].Record
			*r = *prepared[i]
			r.Revision = ack.Sequence
		case err := <-f.Err():
			if isWrongRevision(err) {
				errs[i] = fmt.Errorf("%s to %s: %w", reqs[i].Record.Key, reqs[i].Next, ErrStale)
			} else {
				errs[i] = fmt.Errorf("transition %s: %w", reqs[i].Record.Key, err)
			}
		case <-ctx.Done():
			errs[i] = ctx.Err()
		}
	}
	return errs
}

// List returns every stored packet record. It reads the whole bucket and is
// meant for queries and metrics, not the hot path.
func (s *Store) List(ctx context.Context) ([]*Record, error) {
	lister, err := s.kv.ListKeys(ctx)
	if err != nil {
		if errors.Is(err, jetstream.ErrNoKeysFound) {
			return nil, nil
		}
		return nil, fmt.Errorf("list packet keys: %w", err)
	}
	var out []*Record
	for key := range lister.Keys() {
		k, err := ParseKey(key)
		if err != nil {
			continue
		}
		r, err := s.Get(ctx, k)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func isWrongRevision(err error) bool {
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) && (apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence ||
		apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant) { // replicated streams
		return true
	}
	return errors.Is(err, jetstream.ErrKeyExists)
}

// ObserveBatch creates records for many new packets with pipelined
// publishes, as Observe does one at a time. For each input it returns the
// stored record and whether it was created; a packet that already exists is
// read back so the caller can advance it.
func (s *Store) ObserveBatch(ctx context.Context, recs []*Record) (created []bool, errs []error) {
	created = make([]bool, len(recs))
	errs = make([]error, len(recs))
	futs := make([]jetstream.PubAckFuture, len(recs))
	bucket := s.kv.Bucket()
	now := s.now().UTC()
	for i, r := range recs {
		if r.FirstSeen.IsZero() {
			r.FirstSeen = now
		}
		r.LastChange = now
		if len(r.History) == 0 {
			r.History = []StageTime{{Stage: r.Stage, At: now, TxHash: r.TxHash}}
		}
		b, _ := json.Marshal(r)
		m := nats.NewMsg("$KV." + bucket + "." + r.Key.String())
		m.Data = b
		m.Header.Set(jetstream.ExpectedLastSubjSeqHeader, "0")
		f, err := s.js.PublishMsgAsync(m)
		if err != nil {
			errs[i] = fmt.Errorf("observe %s: %w", r.Key, err)
			continue
		}
		futs[i] = f
	}
	for i, f := range futs {
		if f == nil {
			continue
		}
		select {
		case ack := <-f.Ok():
			recs[i].Revision = ack.Sequence
			created[i] = true
		case err := <-f.Err():
			if !isWrongRevision(err) {
				errs[i] = fmt.Errorf("observe %s: %w", recs[i].Key, err)
				continue
			}
			cur, gerr := s.Get(ctx, recs[i].Key)
			if gerr != nil {
				errs[i] = gerr
				continue
			}
			*recs[i] = *cur
		case <-ctx.Done():
			errs[i] = ctx.Err()
		}
	}
	return created, errs
}
