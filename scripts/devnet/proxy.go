package devnet

import (
	"io"
	"net"
	"sync"
)

// CutProxy forwards TCP connections on a loopback port to a target and can
// cut them all at once, as a flaky network between a relayer and a node
// would. New connections are accepted after a cut.
type CutProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	down   bool
	wg     sync.WaitGroup
}

// NewCutProxy listens on a free loopback port and forwards to target
// (host:port). Close stops it.
func NewCutProxy(target string) (*CutProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &CutProxy{ln: ln, target: target}
	p.wg.Add(1)
	go p.serve()
	return p, nil
}

// Addr is the proxy's host:port.
func (p *CutProxy) Addr() string { return p.ln.Addr().String() }

func (p *CutProxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		u, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, u)
		p.mu.Unlock()
		p.wg.Add(2)
		go func() { defer p.wg.Done(); io.Copy(u, c); u.Close() }()
		go func() { defer p.wg.Done(); io.Copy(c, u); c.Close() }()
	}
}

// Cut closes every open connection and returns how many it cut.
func (p *CutProxy) Cut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.conns) / 2
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
	return n
}

// Down cuts every open connection and refuses new ones (an endpoint that is
// unreachable) until Up.
func (p *CutProxy) Down() {
	p.mu.Lock()
	p.down = true
	p.mu.Unlock()
	p.Cut()
}

// Up accepts connections again after Down.
func (p *CutProxy) Up() {
	p.mu.Lock()
	p.down = false
	p.mu.Unlock()
}

// Close stops accepting, cuts what is open and waits for the copiers.
func (p *CutProxy) Close() {
	p.ln.Close()
	p.Cut()
	p.wg.Wait()
}
