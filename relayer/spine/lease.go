package spine

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// ErrLeaseHeld means another process holds the lease.
var ErrLeaseHeld = errors.New("lease held by another process")

// Lease is exclusive ownership of a name (a signer key) for as long as it is
// renewed. The leases bucket's TTL expires a lease whose holder died, so
// another process can take it over.
type Lease struct {
	kv    jetstream.KeyValue
	key   string
	owner string

	mu     sync.Mutex
	rev    uint64
	lost   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

// AcquireLease takes the lease key for owner, or returns ErrLeaseHeld. The
// lease is renewed every ttl/3 until Release or ctx ends; if a renewal fails
// (another process took it after an expiry, or NATS is unreachable past the
// TTL) Lost is closed and the holder must stop using the key.
func AcquireLease(ctx context.Context, kv jetstream.KeyValue, key, owner string, ttl time.Duration) (*Lease, error) {
	key = Token(key)
	rev, err := kv.Create(ctx, key, []byte(owner))
	if err != nil {
		if errors.Is(err, jetstream.ErrKeyExists) {
			holder := ""
			if e, gerr := kv.Get(ctx, key); gerr == nil {
				holder = string(e.Value())
			}
			return nil, fmt.Errorf("%w: %s is held by %q", ErrLeaseHeld, key, holder)
		}
		return nil, fmt.Errorf("acquire lease %s: %w", key, err)
	}
	rctx, cancel := context.WithCancel(ctx)
	l := &Lease{kv: kv, key: key, owner: owner, rev: rev, lost: make(chan struct{}), cancel: cancel, done: make(chan struct{})}
	go l.renew(rctx, ttl/3)
	return l, nil
}

func (l *Lease) renew(ctx context.Context, every time.Duration) {
	defer close(l.done)
	t := time.NewTicker(every)
	defer t.Stop()
	lastOK := time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		l.mu.Lock()
		rev, err := l.kv.Update(ctx, l.key, []byte(l.owner), l.rev)
		if err == nil {
			l.rev = rev
			lastOK = time.Now()
		}
		l.mu.Unlock()
		if err != nil && (errors.Is(err, jetstream.ErrKeyExists) || time.Since(lastOK) > 3*every) {
			close(l.lost)
			return
		}
	}
}

// Key is the leased name.
func (l *Lease) Key() string { return l.key }

// Lost is closed when the lease can no longer be guaranteed.
func (l *Lease) Lost() <-chan struct{} { return l.lost }

// Held reports whether the lease is still held.
func (l *Lease) Held() bool {
	select {
	case <-l.lost:
		return false
	default:
		return true
	}
}

// Release stops renewing and deletes the lease if this process still holds
// it, so another process can take over at once.
func (l *Lease) Release(ctx context.Context) error {
	l.cancel()
	<-l.done
	if !l.Held() {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.kv.Delete(ctx, l.key, jetstream.LastRevision(l.rev)); err != nil {
		return fmt.Errorf("release lease %s: %w", l.key, err)
	}
	return nil
}

// StopRenewing stops renewal without deleting the lease, as if the process
// had died; the lease then expires after its TTL. For tests and for handing a
// key over on shutdown without a NATS round trip.
func (l *Lease) StopRenewing() {
	l.cancel()
	<-l.done
}
