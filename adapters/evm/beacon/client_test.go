package beacon

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The light client's recorded mainnet data (see its testdata/README.md).
const (
	fixtures   = "../../../lightclients/ethereum/testdata"
	checkpoint = "0x5afc212a7924789b2bc86acad3ab3a6ffb1f6e97253ea50bee7f4f51422c9275"
)

func fixture(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// beaconServer serves the recorded mainnet light-client objects the way a
// beacon node does, checking the request parameters.
func beaconServer(t *testing.T) (*httptest.Server, *[]string) {
	t.Helper()
	var requests []string
	bootstrap := fixture(t, "beacon-mainnet-capella/bootstrap.json")
	updates := fixture(t, "beacon-mainnet-capella/updates.json")
	finality := fixture(t, "beacon-mainnet-capella/finality.json")
	optimistic := fixture(t, "beacon-mainnet-capella/optimistic.json")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/beacon/light_client/bootstrap/{root}", func(w http.ResponseWriter, r *http.Request) {
		requests = append(requests, r.URL.String())
		if r.PathValue("root") != checkpoint {
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"code":404,"message":"LC bootstrap unavailable"}`))
			return
		}
		_, _ = w.Write(bootstrap)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/updates", func(w http.ResponseWriter, r *http.Request) {
		requests = append(requests, r.URL.String())
		q := r.URL.Query()
		if q.Get("start_period") != "862" {
			_, _ = w.Write([]byte(`[]`)) // the recording starts at 862
			return
		}
		_, _ = w.Write(updates)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/finality_update", func(w http.ResponseWriter, r *http.Request) {
		requests = append(requests, r.URL.String())
		_, _ = w.Write(finality)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/optimistic_update", func(w http.ResponseWriter, r *http.Request) {
		requests = append(requests, r.URL.String())
		_, _ = w.Write(optimistic)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &requests
}

func slotTime(slot uint64) time.Time {
	cfg := ethereum.Mainnet()
	return time.Unix(int64(cfg.GenesisTime+slot*cfg.SecondsPerSlot), 0)
}

func TestSyncMainnetFixtures(t *testing.T) {
	srv, requests := beaconServer(t)
	c, err := NewClient(srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	root := common.HexToHash(checkpoint)
	b, err := c.Bootstrap(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	store, err := ethereum.Bootstrap(ethereum.Mainnet(), root, b)
	if err != nil {
		t.Fatal(err)
	}
	// The clock is just after the optimistic update's signature slot
	// (period 867).
	res, err := c.Sync(ctx, store, slotTime(7109433), true)
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	if res.Rotated != 5 || !res.Finality || res.Applied != 8 {
		t.Fatalf("sync result %+v", res)
	}
	if store.Period() != 867 || store.Finalized().Beacon.Slot != 7109344 || store.Optimistic().Beacon.Slot != 7109431 {
		t.Fatalf("store at period %d, finalized %d, optimistic %d", store.Period(), store.Finalized().Beacon.Slot, store.Optimistic().Beacon.Slot)
	}
	if !strings.Contains(strings.Join(*requests, " "), "/eth/v1/beacon/light_client/updates?count=6&start_period=862") {
		t.Fatalf("requests %v", *requests)
	}
	// A second sync finds nothing new and is not an error.
	res, err = c.Sync(ctx, store, slotTime(7109433), true)
	if err != nil || res.Applied != 0 {
		t.Fatalf("second sync: %+v, %v", res, err)
	}
}

func TestSyncRejectsForgedUpdate(t *testing.T) {
	// A node that flips one bit of the first update's signature.
	updates := fixture(t, "beacon-mainnet-capella/updates.json")
	var raws []map[string]any
	if err := json.Unmarshal(updates, &raws); err != nil {
		t.Fatal(err)
	}
	agg := raws[0]["data"].(map[string]any)["sync_aggregate"].(map[string]any)
	sig := []byte(agg["sync_committee_signature"].(string))
	sig[20] ^= 1 // a hex digit: '0'..'9' / 'a'..'f' -> another hex digit or letter
	if sig[20] > 'f' || (sig[20] > '9' && sig[20] < 'a') {
		sig[20] = '0'
	}
	agg["sync_committee_signature"] = string(sig)
	forged, _ := json.Marshal(raws)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(forged)
	}))
	defer srv.Close()
	c, _ := NewClient(srv.URL, nil)
	b, err := ethereum.DecodeBootstrap(fixture(t, "beacon-mainnet-capella/bootstrap.json"))
	if err != nil {
		t.Fatal(err)
	}
	store, err := ethereum.Bootstrap(ethereum.Mainnet(), common.HexToHash(checkpoint), b)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Sync(context.Background(), store, slotTime(7109433), false)
	if !errors.Is(err, ethereum.ErrInvalidSignature) {
		t.Fatalf("forged update: got %v, want ErrInvalidSignature", err)
	}
	if _, ok := store.NextCommitteeRoot(); ok || store.Period() != 862 {
		t.Fatal("the forged update changed the store")
	}
}

func TestClientErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/eth/v1/beacon/light_client/finality_update":
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte(`{"code":500,"message":"head state unavailable"}`))
		case "/eth/v1/beacon/light_client/optimistic_update":
			_, _ = w.Write([]byte(`{"version":"capella","data":{"attested_header":`)) // truncated
		case "/eth/v1/beacon/light_client/updates":
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte(`<html>bad gateway</html>`))
		default:
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"code":404,"message":"LC bootstrap unavailable"}`))
		}
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	_, err = c.Bootstrap(ctx, common.Hash{1})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 404 || se.Message != "LC bootstrap unavailable" || !errors.Is(err, ErrNotFound) {
		t.Errorf("bootstrap 404: got %v", err)
	}
	_, err = c.FinalityUpdate(ctx)
	if !errors.As(err, &se) || se.Status != 500 || !strings.Contains(err.Error(), "head state unavailable") || errors.Is(err, ErrNotFound) {
		t.Errorf("finality 500: got %v", err)
	}
	_, err = c.Updates(ctx, 1, 2)
	if !errors.As(err, &se) || se.Status != 502 || !strings.Contains(err.Error(), "bad gateway") {
		t.Errorf("updates 502: got %v", err)
	}
	if _, err = c.OptimisticUpdate(ctx); !errors.Is(err, ethereum.ErrMalformed) {
		t.Errorf("truncated optimistic update: got %v, want ErrMalformed", err)
	}

	for _, bad := range []string{"", "ftp://x", "localhost:5052", "http://"} {
		if _, err := NewClient(bad, nil); err == nil {
			t.Errorf("NewClient(%q) accepted", bad)
		}
	}

	// Garbage with 200 OK.
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"version":"capella","data":{"header":{"beacon":{"slot":"x"}}}}`))
	}))
	defer garbage.Close()
	gc, _ := NewClient(garbage.URL, nil)
	if _, err := gc.Bootstrap(ctx, common.Hash{}); !errors.Is(err, ethereum.ErrMalformed) {
		t.Errorf("garbage bootstrap: got %v", err)
	}
	if _, err := gc.Updates(ctx, 0, 1); !errors.Is(err, ethereum.ErrMalformed) {
		t.Errorf("object where an array is due: got %v", err)
	}

	// A node that does not answer: the context ends the request.
	stall := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stall:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(stall)
	sc, _ := NewClient(slow.URL, nil)
	cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if _, err := sc.FinalityUpdate(cctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("stalled node: got %v", err)
	}
}

// rpcServer answers eth_getProof with body (a recorded result) when asked
// for the expected block, as an execution node would.
// It answers eth_getBlockByHash with block when block is not nil.
func rpcServer(t *testing.T, result []byte, wantBlock string, block []byte) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params []any           `json:"params"`
		}
		if err := json.Unmarshal(raw, &req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if req.Method == "eth_getBlockByHash" && block != nil {
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":`))
			_, _ = w.Write(block)
			_, _ = w.Write([]byte(`}`))
			return
		}
		if req.Method != "eth_getProof" || len(req.Params) != 3 || req.Params[2] != wantBlock {
			_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32602, "message": "unexpected request"}})
			return
		}
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":`))
		_, _ = w.Write(result)
		_, _ = w.Write([]byte(`}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func mainnetExec(t *testing.T) ethereum.ExecutionHeader {
	t.Helper()
	var h types.Header
	if err := json.Unmarshal(fixture(t, "execution-mainnet-21925176/block.json"), &h); err != nil {
		t.Fatal(err)
	}
	return ethereum.ExecutionHeader{StateRoot: h.Root, BlockNumber: h.Number.Uint64(), BlockHash: h.Hash(), Timestamp: h.Time}
}

func TestProofFetcher(t *testing.T) {
	ctx := context.Background()
	exec := mainnetExec(t)
	proof := fixture(t, "execution-mainnet-21925176/proof.json")
	srv := rpcServer(t, proof, "0x14e8d38", fixture(t, "execution-mainnet-21925176/block.json"))
	f, err := DialProofFetcher(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	addr := common.HexToAddress("0x00000000219ab540356cbb839cbe05303d7705fa")
	slot := common.BigToHash(common.Big1)
	p, err := f.Fetch(ctx, exec, addr, []common.Hash{slot})
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	if p.StorageProof[0].Value.ToInt().Sign() == 0 {
		t.Fatal("slot 1 value missing")
	}

	// The same answer against a different (e.g. forged) state root is refused.
	other := exec
	other.StateRoot[0] ^= 1
	if _, err := f.Fetch(ctx, other, addr, []common.Hash{slot}); !errors.Is(err, ethereum.ErrInvalidMPTProof) {
		t.Fatalf("proof against another root: got %v", err)
	}
	// A node that lies about the storage value is refused.
	lie := strings.Replace(string(proof), "0x2394e3bc4086a9625ae88307145a40ff4a4bf2c9a6755435bff86b22d6175d5f", "0x2394e3bc4086a9625ae88307145a40ff4a4bf2c9a6755435bff86b22d6175d5e", 1)
	lf, err := DialProofFetcher(ctx, rpcServer(t, []byte(lie), "0x14e8d38", nil).URL)
	if err != nil {
		t.Fatal(err)
	}
	defer lf.Close()
	if _, err := lf.Fetch(ctx, exec, addr, []common.Hash{slot}); !errors.Is(err, ethereum.ErrStorageMismatch) {
		t.Fatalf("lying storage value: got %v", err)
	}
	// A proof for another slot than asked is refused.
	if _, err := f.Fetch(ctx, exec, addr, []common.Hash{common.BigToHash(common.Big2)}); err == nil {
		t.Fatal("proof for slot 1 accepted for slot 2")
	}
	// Gloas: only the block hash is verified; the fetcher completes it
	// from eth_getBlockByHash, checking the header's hash.
	p, err = f.Fetch(ctx, ethereum.ExecutionHeader{BlockHash: exec.BlockHash}, addr, []common.Hash{slot})
	if err != nil {
		t.Fatalf("fetch with a block-hash-only header: %v", err)
	}
	if _, err := f.Fetch(ctx, ethereum.ExecutionHeader{BlockHash: common.Hash{1}}, addr, []common.Hash{slot}); !errors.Is(err, ethereum.ErrInvalidExecutionProof) {
		t.Fatalf("block-hash-only header the node's block does not match: got %v", err)
	}
	// RPC errors surface.
	wrongBlock := exec
	wrongBlock.BlockNumber++
	if _, err := f.Fetch(ctx, wrongBlock, addr, []common.Hash{slot}); err == nil || !strings.Contains(err.Error(), "unexpected request") {
		t.Fatalf("rpc error: got %v", err)
	}
}

func TestCheckNetwork(t *testing.T) {
	body := `{"data":{"genesis_time":"1606824023","genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95","genesis_fork_version":"0x00000000"}}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/eth/v1/beacon/genesis" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte(body))
	}))
	defer srv.Close()
	c, _ := NewClient(srv.URL, nil)
	ctx := context.Background()
	if err := c.CheckNetwork(ctx, ethereum.Mainnet()); err != nil {
		t.Fatalf("mainnet node against mainnet config: %v", err)
	}
	for _, cfg := range []ethereum.NetworkConfig{ethereum.Sepolia(), ethereum.Hoodi(), ethereum.DevNetwork(1606824023, 12, common.Hash{1})} {
		if err := c.CheckNetwork(ctx, cfg); !errors.Is(err, ErrWrongNetwork) {
			t.Errorf("mainnet node against %s config: got %v", cfg.Name, err)
		}
	}
	body = `{"data":{"genesis_time":"soon"}}`
	if _, err := c.Genesis(ctx); !errors.Is(err, ethereum.ErrMalformed) {
		t.Errorf("malformed genesis: got %v", err)
	}
}
