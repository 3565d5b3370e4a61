package devnet

import (
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// NATSCluster is a cluster of real nats-servers with JetStream on loopback,
// run in this process, as operators run for scale-out (replicas 3).
type NATSCluster struct {
	opts []*server.Options

	mu      sync.Mutex
	servers []*server.Server
}

func freeLoopbackPort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devnet: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// StartNATSCluster starts n nodes with routes to each other, their stores
// under dir, and waits until JetStream has a meta leader. Close stops them.
func StartNATSCluster(dir string, n int) (*NATSCluster, error) {
	c := &NATSCluster{servers: make([]*server.Server, n)}
	clusterPorts := make([]int, n)
	var routes []*url.URL
	for i := range clusterPorts {
		p, err := freeLoopbackPort()
		if err != nil {
			return nil, err
		}
		clusterPorts[i] = p
		routes = append(routes, &url.URL{Scheme: "nats", Host: fmt.Sprintf("127.0.0.1:%d", p)})
	}
	for i := 0; i < n; i++ {
		port, err := freeLoopbackPort()
		if err != nil {
			return nil, err
		}
		c.opts = append(c.opts, &server.Options{
			ServerName: fmt.Sprintf("causeway-dev-%d", i),
			Host:       "127.0.0.1",
			Port:       port,
			JetStream:  true,
			StoreDir:   filepath.Join(dir, fmt.Sprintf("n%d", i)),
			NoSigs:     true,
			NoLog:      true,
			Cluster:    server.ClusterOpts{Name: "causeway-dev", Host: "127.0.0.1", Port: clusterPorts[i]},
			Routes:     routes,
		})
		if err := c.Start(i); err != nil {
			c.Close()
			return nil, err
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for !c.ready() {
		if time.Now().After(deadline) {
			c.Close()
			return nil, fmt.Errorf("devnet: nats cluster: JetStream not ready after 30s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	return c, nil
}

func (c *NATSCluster) ready() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.servers {
		if s == nil || !s.JetStreamIsClustered() || !s.JetStreamIsCurrent() {
			return false
		}
	}
	return true
}

// URL is the comma-separated client URL of every node, as nats.url takes it.
func (c *NATSCluster) URL() string {
	var urls []string
	for _, o := range c.opts {
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", o.Port))
	}
	return strings.Join(urls, ",")
}

// Size is the number of nodes.
func (c *NATSCluster) Size() int { return len(c.opts) }

// Stop shuts node i down; its store stays on disk for Start.
func (c *NATSCluster) Stop(i int) {
	c.mu.Lock()
	s := c.servers[i]
	c.servers[i] = nil
	c.mu.Unlock()
	if s != nil {
		s.Shutdown()
		s.WaitForShutdown()
	}
}

// Start (re)starts node i on its ports and store.
func (c *NATSCluster) Start(i int) error {
	o := *c.opts[i]
	s, err := server.NewServer(&o)
	if err != nil {
		return fmt.Errorf("devnet: nats node %d: %w", i, err)
	}
	go s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		s.Shutdown()
		return fmt.Errorf("devnet: nats node %d not ready after 30s", i)
	}
	c.mu.Lock()
	c.servers[i] = s
	c.mu.Unlock()
	return nil
}

// Close stops every node.
func (c *NATSCluster) Close() {
	for i := range c.opts {
		c.Stop(i)
	}
}
