// Package spinetest starts a real embedded nats-server with JetStream for
// tests, on a temporary directory and a free loopback port.
package spinetest

import (
	"context"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/relayer/spine"
)

// Open starts an embedded server storing in dir (t.TempDir() when empty) and
// returns a connected spine; it is closed when the test ends unless the test
// closes it first.
func Open(t testing.TB, dir string) *spine.Spine {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sp, err := spine.Open(ctx, spine.Options{StoreDir: dir, Name: t.Name()})
	if err != nil {
		t.Fatalf("open embedded nats: %v", err)
	}
	t.Cleanup(sp.Close)
	return sp
}

// Connect opens a second, independent connection to sp's server, as another
// relayer process would.
func Connect(t testing.TB, sp *spine.Spine) *spine.Spine {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	other, err := spine.Open(ctx, spine.Options{URL: sp.ClientURL(), Name: t.Name() + "-peer"})
	if err != nil {
		t.Fatalf("connect to %s: %v", sp.ClientURL(), err)
	}
	t.Cleanup(other.Close)
	return other
}

// Topology is a small topology with one consumer over every event.
func Topology(ackWait time.Duration) spine.Topology {
	return spine.Topology{
		Replicas:    1,
		DedupWindow: time.Minute,
		LeaseTTL:    2 * time.Second,
		AckWait:     ackWait,
		Consumers:   []spine.ConsumerSpec{{Name: "work", Filters: []string{spine.EventsSubject + ".>"}}},
	}
}
