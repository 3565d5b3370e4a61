package spinetest

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/causewaylabs/causeway/relayer/spine"
)

// Cluster is a cluster of real nats-servers with JetStream on loopback, as
// operators run for scale-out (replicas 3).
type Cluster struct {
	t       testing.TB
	opts    []*server.Options
	Servers []*server.Server
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// StartCluster starts n nodes with routes to each other and waits until
// JetStream has a meta leader. Nodes are shut down when the test ends.
func StartCluster(t testing.TB, n int) *Cluster {
	t.Helper()
	c := &Cluster{t: t}
	dir := t.TempDir()
	clusterPorts := make([]int, n)
	for i := range clusterPorts {
		clusterPorts[i] = freePort(t)
	}
	var routes []*url.URL
	for _, p := range clusterPorts {
		routes = append(routes, &url.URL{Scheme: "nats", Host: fmt.Sprintf("127.0.0.1:%d", p)})
	}
	for i := 0; i < n; i++ {
		o := &server.Options{
			ServerName: fmt.Sprintf("causeway-test-%d", i),
			Host:       "127.0.0.1",
			Port:       freePort(t),
			JetStream:  true,
			StoreDir:   filepath.Join(dir, fmt.Sprintf("n%d", i)),
			NoSigs:     true,
			NoLog:      true,
			Cluster:    server.ClusterOpts{Name: "causeway-test", Host: "127.0.0.1", Port: clusterPorts[i]},
			Routes:     routes,
		}
		c.opts = append(c.opts, o)
		c.Servers = append(c.Servers, nil)
		c.Start(i)
	}
	t.Cleanup(func() {
		for i := range c.Servers {
			c.Stop(i)
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		ready := true
		for _, s := range c.Servers {
			if s.JetStreamIsClustered() && s.JetStreamIsCurrent() {
				continue
			}
			ready = false
		}
		if ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("nats cluster: JetStream not ready after 30s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	return c
}

// URL is the comma-separated client URL of every node, as nats.url takes it.
func (c *Cluster) URL() string {
	var urls []string
	for _, o := range c.opts {
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", o.Port))
	}
	return strings.Join(urls, ",")
}

// Stop shuts node i down (its store stays on disk).
func (c *Cluster) Stop(i int) {
	if s := c.Servers[i]; s != nil {
		s.Shutdown()
		s.WaitForShutdown()
		c.Servers[i] = nil
	}
}

// Start (re)starts node i on its ports and store.
func (c *Cluster) Start(i int) {
	c.t.Helper()
	o := *c.opts[i]
	s, err := server.NewServer(&o)
	if err != nil {
		c.t.Fatalf("nats node %d: %v", i, err)
	}
	go s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		c.t.Fatalf("nats node %d not ready", i)
	}
	c.Servers[i] = s
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
