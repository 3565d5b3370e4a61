package spinetest

import (
	"context"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// Cluster is a cluster of real nats-servers with JetStream on loopback (see
// devnet.NATSCluster), stopped when the test ends.
type Cluster struct {
	*devnet.NATSCluster
	t testing.TB
}

// StartCluster starts n nodes with routes to each other and waits until
// JetStream has a meta leader. Nodes are shut down when the test ends.
func StartCluster(t testing.TB, n int) *Cluster {
	t.Helper()
	nc, err := devnet.StartNATSCluster(t.TempDir(), n)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return &Cluster{NATSCluster: nc, t: t}
}

// Start (re)starts node i, failing the test on error.
func (c *Cluster) Start(i int) {
	c.t.Helper()
	if err := c.NATSCluster.Start(i); err != nil {
		c.t.Fatal(err)
	}
}

// Connect opens a relayer-style connection to the whole cluster.
func (c *Cluster) Connect(t testing.TB) *spine.Spine {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sp, err := spine.Open(ctx, spine.Options{URL: c.URL(), Name: t.Name()})
	if err != nil {
		t.Fatalf("connect to cluster: %v", err)
	}
	t.Cleanup(sp.Close)
	return sp
}
