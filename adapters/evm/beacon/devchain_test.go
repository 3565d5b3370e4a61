package beacon

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
	"github.com/ethereum/go-ethereum/common"
)

// devBeacon serves a generated dev network (minimal preset, Electra, 64-slot
// periods) through the standard light-client endpoints, as the dev beacon
// does, with the chain's head at headSlot.
func devBeacon(t *testing.T, chain *ethtest.Chain, headSlot uint64) (*httptest.Server, common.Hash) {
	t.Helper()
	var mu sync.Mutex // ethtest.Chain is not safe for concurrent use
	boot, root, err := chain.Bootstrap(5, nil)
	if err != nil {
		t.Fatal(err)
	}
	per := chain.Config.Preset.SlotsPerPeriod()
	write := func(w http.ResponseWriter, v any) {
		if err := json.NewEncoder(w).Encode(v); err != nil {
			t.Errorf("encode: %v", err)
		}
	}
	update := func(w http.ResponseWriter, o ethtest.UpdateOpts) {
		mu.Lock()
		defer mu.Unlock()
		u, err := chain.Update(o)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		write(w, u)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/beacon/light_client/bootstrap/{root}", func(w http.ResponseWriter, r *http.Request) {
		write(w, boot)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/updates", func(w http.ResponseWriter, r *http.Request) {
		start, err1 := strconv.ParseUint(r.URL.Query().Get("start_period"), 10, 64)
		count, err2 := strconv.ParseUint(r.URL.Query().Get("count"), 10, 64)
		if err1 != nil || err2 != nil {
			http.Error(w, `{"code":400,"message":"bad query"}`, 400)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		out := []*ethereum.Update{}
		for p := start; p < start+count && p*per+40 < headSlot; p++ {
			u, err := chain.Update(ethtest.UpdateOpts{AttestedSlot: p*per + 40, FinalizedSlot: p*per + 30, NextCommittee: true})
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			out = append(out, u)
		}
		write(w, out)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/finality_update", func(w http.ResponseWriter, r *http.Request) {
		update(w, ethtest.UpdateOpts{AttestedSlot: headSlot - 2, FinalizedSlot: headSlot - 10})
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/optimistic_update", func(w http.ResponseWriter, r *http.Request) {
		update(w, ethtest.UpdateOpts{AttestedSlot: headSlot - 1})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, root
}

func TestSyncDevNetwork(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, common.HexToHash("0xde7"))
	chain := ethtest.NewChain(cfg, "beacon-adapter")
	const head = 300 // period 4
	srv, root := devBeacon(t, chain, head)
	c, err := NewClient(srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := c.Bootstrap(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	store, err := ethereum.Bootstrap(cfg, root, b)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(int64(cfg.GenesisTime+head), 0)
	res, err := c.Sync(ctx, store, now, true)
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	if res.Rotated != 4 || store.Period() != 4 || store.Finalized().Beacon.Slot != head-10 || store.Optimistic().Beacon.Slot != head-1 {
		t.Fatalf("sync %+v: period %d, finalized %d, optimistic %d", res, store.Period(), store.Finalized().Beacon.Slot, store.Optimistic().Beacon.Slot)
	}
	if got, want := store.FinalizedExecution().StateRoot, common.Hash(chain.SyntheticExecution(head-10).StateRoot); got != want {
		t.Fatalf("finalized state root %s, want %s", got, want)
	}
}
