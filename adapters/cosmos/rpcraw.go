package cosmos

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"
)

// rawRPC makes CometBFT JSON-RPC calls and hands the answer to a lean
// decoder (scanner) instead of CometBFT's client, which decodes every field
// of every answer through reflection and jsonpb. It serves the calls on the
// relay path: block_results, block, tx and abci_query.
type rawRPC struct {
	url string
	hc  *http.Client
	id  atomic.Int64
	// small and big hold answer buffers for reuse: an answer about a block
	// of relay transactions is megabytes, and growing a fresh buffer for
	// each was a tenth of the relayer's CPU (zeroing and copying). Channels
	// rather than a sync.Pool so they survive garbage collections; one big
	// buffer at most, so the memory kept (and the GC target it raises) stays
	// small.
	small, big chan []byte
}

const (
	keptSmall     = 8
	maxSmall      = 256 << 10
	maxKeptBuffer = 16 << 20
	minBuffer     = 64 << 10
)

func newRawRPC(addr string, timeout time.Duration) (*rawRPC, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return nil, fmt.Errorf("rpc address %q: %w", addr, err)
	}
	if u.Scheme == "tcp" {
		u.Scheme = "http"
	}
	// Proof queries run in parallel: keep their connections open rather than
	// the default two idle connections per host.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 32
	return &rawRPC{url: u.String(), hc: &http.Client{Timeout: timeout, Transport: tr}, small: make(chan []byte, keptSmall), big: make(chan []byte, 1)}, nil
}

// RPCError is an error answer of a CometBFT JSON-RPC call.
type RPCError struct {
	Method  string
	Code    int
	Message string
	Data    string
}

// Error implements error.
func (e *RPCError) Error() string {
	return fmt.Sprintf("rpc %s: %s (code %d): %s", e.Method, e.Message, e.Code, e.Data)
}

type rpcRequest struct {
	JSONRPC string         `json:"jsonrpc"`
	ID      int64          `json:"id"`
	Method  string         `json:"method"`
	Params  map[string]any `json:"params"`
}

// rpcCall is one call of a batch; decode reads its result.
type rpcCall struct {
	method string
	params map[string]any
	decode func(*scanner) error
}

// call runs one JSON-RPC call and passes its result to decode. The scanner's
// bytes are only valid during decode.
func (r *rawRPC) call(ctx context.Context, method string, params map[string]any, decode func(*scanner) error) error {
	return r.batch(ctx, []rpcCall{{method: method, params: params, decode: decode}})
}

// batch runs calls as one JSON-RPC batch (one HTTP round trip; CometBFT
// answers them in order) and decodes each result. The first error, of the
// transport or of any call, is returned.
func (r *rawRPC) batch(ctx context.Context, calls []rpcCall) error {
	if len(calls) == 0 {
		return nil
	}
	reqs := make([]rpcRequest, len(calls))
	byID := make(map[int64]int, len(calls))
	for i, c := range calls {
		id := r.id.Add(1)
		reqs[i] = rpcRequest{JSONRPC: "2.0", ID: id, Method: c.method, Params: c.params}
		byID[id] = i
	}
	var body []byte
	var err error
	if len(calls) == 1 {
		body, err = json.Marshal(reqs[0])
	} else {
		body, err = json.Marshal(reqs)
	}
	if err != nil {
		return fmt.Errorf("rpc %s: encode request: %w", calls[0].method, err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, r.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("rpc %s: %w", calls[0].method, err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	resp, err := r.hc.Do(hreq)
	if err != nil {
		return fmt.Errorf("rpc %s: %w", calls[0].method, err)
	}
	defer resp.Body.Close()
	buf, err := r.read(resp.Body)
	defer r.release(buf)
	if err != nil {
		return fmt.Errorf("rpc %s: read answer: %w", calls[0].method, err)
	}
	if resp.StatusCode != http.StatusOK && len(buf) == 0 {
		return fmt.Errorf("rpc %s: http status %s", calls[0].method, resp.Status)
	}
	s := &scanner{b: buf}
	seen := 0
	one := func() error {
		var (
			id     int64
			result []byte
			rerr   *RPCError
		)
		err := s.object(func(key []byte) error {
			switch string(key) {
			case "id":
				v, err := s.int64()
				id = v
				return err
			case "result":
				v, err := s.span()
				result = v
				return err
			case "error":
				rerr = &RPCError{}
				return s.object(func(k []byte) error {
					var err error
					switch string(k) {
					case "code":
						var v int64
						v, err = s.int64()
						rerr.Code = int(v)
					case "message":
						rerr.Message, err = s.str()
					case "data":
						rerr.Data, err = s.str()
					default:
						err = s.skip()
					}
					return err
				})
			default:
				return s.skip()
			}
		})
		if err != nil {
			return fmt.Errorf("rpc %s: answer: %w", calls[0].method, err)
		}
		i, ok := byID[id]
		if !ok {
			if rerr != nil { // e.g. a refused request or batch, answered without its id
				rerr.Method = calls[0].method
				return rerr
			}
			return fmt.Errorf("rpc %s: answer with unknown id %d", calls[0].method, id)
		}
		delete(byID, id)
		seen++
		if rerr != nil {
			rerr.Method = calls[i].method
			return rerr
		}
		if result == nil {
			return fmt.Errorf("rpc %s: answer has neither result nor error", calls[i].method)
		}
		if err := calls[i].decode(&scanner{b: result}); err != nil {
			return fmt.Errorf("rpc %s: decode result: %w", calls[i].method, err)
		}
		return nil
	}
	if s.peek() == '[' {
		err = s.array(one)
	} else {
		err = one()
	}
	if err != nil {
		return err
	}
	if seen != len(calls) {
		return fmt.Errorf("rpc %s: %d answers to %d calls", calls[0].method, seen, len(calls))
	}
	// Drain so the connection is reused.
	_, _ = io.Copy(io.Discard, resp.Body)
	return nil
}

// read reads body into a kept buffer (or a new one), doubling it as needed.
func (r *rawRPC) read(body io.Reader) ([]byte, error) {
	var b []byte
	select {
	case b = <-r.small:
	default:
		b = make([]byte, 0, minBuffer)
	}
	b = b[:0]
	for {
		if len(b) == cap(b) {
			var nb []byte
			select {
			case nb = <-r.big: // a large answer: take the kept big buffer
			default:
			}
			if cap(nb) < 2*cap(b) {
				r.release(nb)
				nb = make([]byte, 0, 2*cap(b))
			}
			nb = append(nb[:0], b...)
			r.release(b)
			b = nb
		}
		n, err := body.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// release keeps b for reuse unless enough are kept or it is too large.
func (r *rawRPC) release(b []byte) {
	keep := r.small
	switch {
	case b == nil || cap(b) > maxKeptBuffer:
		return
	case cap(b) > maxSmall:
		keep = r.big
	}
	select {
	case keep <- b:
	default:
	}
}
