package state

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Tracker follows the packet bucket and keeps the pending packets in memory,
// so metrics reflect the shared state (right after a restart, equal in every
// process) without reading the bucket on each scrape.
type Tracker struct {
	mu      sync.RWMutex
	pending map[string]pendingEntry
	ready   chan struct{}
}

type pendingEntry struct {
	key       Key
	stage     Stage
	firstSeen time.Time
	rec       *Record
}

// PathDir groups pending packets.
type PathDir struct{ Path, Direction string }

// Summary aggregates pending packets of one path and direction.
type Summary struct {
	ByStage map[Stage]int
	Oldest  time.Time
}

// NewTracker returns an empty tracker; Run fills it.
func NewTracker() *Tracker {
	return &Tracker{pending: map[string]pendingEntry{}, ready: make(chan struct{})}
}

// Run watches kv until ctx ends. It returns the watch error, or nil on
// cancellation.
func (t *Tracker) Run(ctx context.Context, kv jetstream.KeyValue) error {
	w, err := kv.WatchAll(ctx, jetstream.IgnoreDeletes())
	if err != nil {
		return fmt.Errorf("watch %s: %w", kv.Bucket(), err)
	}
	defer w.Stop()
	initial := true
	for {
		select {
		case <-ctx.Done():
			return nil
		case e, ok := <-w.Updates():
			if !ok {
				return fmt.Errorf("watch %s closed", kv.Bucket())
			}
			if e == nil {
				if initial {
					initial = false
					close(t.ready)
				}
				continue
			}
			t.apply(e)
		}
	}
}

// Ready is closed once the initial state has been loaded.
func (t *Tracker) Ready() <-chan struct{} { return t.ready }

func (t *Tracker) apply(e jetstream.KeyValueEntry) {
	k, err := ParseKey(e.Key())
	if err != nil {
		return
	}
	var r Record
	gone := e.Operation() != jetstream.KeyValuePut || json.Unmarshal(e.Value(), &r) != nil || r.Stage.Terminal()
	t.mu.Lock()
	defer t.mu.Unlock()
	if gone {
		delete(t.pending, e.Key())
		return
	}
	r.Key, r.Revision = k, e.Revision()
	t.pending[e.Key()] = pendingEntry{key: k, stage: r.Stage, firstSeen: r.FirstSeen, rec: &r}
}

// Lookup implements RecordCache: a copy of the latest record the watch has
// delivered for a pending packet. Terminal packets are not kept.
func (t *Tracker) Lookup(k Key) (*Record, bool) {
	t.mu.RLock()
	p, ok := t.pending[k.String()]
	t.mu.RUnlock()
	if !ok || p.rec == nil {
		return nil, false
	}
	r := *p.rec
	return &r, true
}

// Summaries returns pending counts per stage and the oldest first-seen time,
// per path and direction.
func (t *Tracker) Summaries() map[PathDir]*Summary {
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := map[PathDir]*Summary{}
	for _, p := range t.pending {
		pd := PathDir{p.key.Path, p.key.Direction}
		s := out[pd]
		if s == nil {
			s = &Summary{ByStage: map[Stage]int{}}
			out[pd] = s
		}
		s.ByStage[p.stage]++
		if s.Oldest.IsZero() || p.firstSeen.Before(s.Oldest) {
			s.Oldest = p.firstSeen
		}
	}
	return out
}

// Pending returns the keys of pending packets first seen before cutoff.
func (t *Tracker) Pending(cutoff time.Time) []Key {
	t.mu.RLock()
	defer t.mu.RUnlock()
	var out []Key
	for _, p := range t.pending {
		if p.firstSeen.Before(cutoff) {
			out = append(out, p.key)
		}
	}
	return out
}
