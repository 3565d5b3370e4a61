package spine_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
)

// TestConcurrentEnsureOnCluster has three processes' connections create the
// replicated topology at the same moment on a fresh 3-node cluster, as
// relayer processes started together do: all of them succeed.
func TestConcurrentEnsureOnCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 3-node NATS cluster")
	}
	cl := spinetest.StartCluster(t, 3)
	topo := spinetest.Topology(5 * time.Second)
	topo.Replicas = 3
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		sp := cl.Connect(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			_, errs[i] = sp.Ensure(ctx, topo)
			t.Logf("client %d: ensure took %s (err %v)", i, time.Since(start), errs[i])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("client %d: %v", i, err)
		}
	}
}
