package cosmos

import (
	"context"
	"testing"
	"time"
)

func TestWaitRecheckGivesUpAfterTheGrace(t *testing.T) {
	ctx := context.Background()
	var since time.Time
	if !waitRecheck(ctx, &since) || since.IsZero() {
		t.Fatal("first wait: want a retry, and the start of the wait recorded")
	}
	if !waitRecheck(ctx, &since) {
		t.Fatal("within the grace: want a retry")
	}
	// Past the grace the signer's pending transactions were dropped, not
	// rechecked: take the node's sequence instead.
	since = time.Now().Add(-recheckGrace - time.Second)
	if waitRecheck(ctx, &since) {
		t.Fatal("past the grace: want no retry")
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	since = time.Time{}
	if waitRecheck(done, &since) {
		t.Fatal("cancelled context: want no retry")
	}
}
