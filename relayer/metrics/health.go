package metrics

import (
	"encoding/json"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Health collects named readiness checks (NATS connected, a chain's RPC
// reachable, a light client fresh). /healthz answers 200 when all pass and
// 503 with each failing check's reason otherwise.
type Health struct {
	mu     sync.RWMutex
	checks map[string]func() error
}

// NewHealth returns an empty set of checks.
func NewHealth() *Health { return &Health{checks: map[string]func() error{}} }

// Set adds or replaces a check.
func (h *Health) Set(name string, check func() error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.checks[name] = check
}

// Status runs every check and returns the failing ones' reasons by name.
func (h *Health) Status() (ok bool, results map[string]string) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	results = make(map[string]string, len(h.checks))
	ok = true
	for name, c := range h.checks {
		if err := c(); err != nil {
			ok = false
			results[name] = err.Error()
		} else {
			results[name] = "ok"
		}
	}
	return ok, results
}

func (h *Health) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	ok, res := h.Status()
	names := make([]string, 0, len(res))
	for n := range res {
		names = append(names, n)
	}
	sort.Strings(names)
	type check struct {
		Name   string `json:"name"`
		Status string `json:"status"`
	}
	body := struct {
		Ready  bool    `json:"ready"`
		Checks []check `json:"checks"`
	}{Ready: ok}
	for _, n := range names {
		body.Checks = append(body.Checks, check{n, res[n]})
	}
	w.Header().Set("Content-Type", "application/json")
	if !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(body)
}

// Server serves /metrics and /healthz on one listener.
type Server struct {
	srv *http.Server
	ln  net.Listener
}

// Listen binds addr and returns a server ready to Serve.
func Listen(addr string, m *Metrics, h *Health) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry}))
	mux.Handle("/healthz", h)
	return &Server{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, ln: ln}, nil
}

// Addr is the bound address.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve blocks until Close.
func (s *Server) Serve() error {
	if err := s.srv.Serve(s.ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }
