package devnet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	geth "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// deployStorageWriter deploys init code SSTORE(0, 0x2a) on geth --dev and
// returns the contract address and the block it was mined in.
func deployStorageWriter(ctx context.Context, t *testing.T, node *GethNode) (common.Address, uint64) {
	t.Helper()
	ec, err := ethclient.DialContext(ctx, node.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	from := crypto.PubkeyToAddress(node.DevKey.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	initCode := common.FromHex("0x602a60005500")
	gas, err := ec.EstimateGas(ctx, geth.CallMsg{From: from, Data: initCode})
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	tx, err := gtypes.SignNewTx(node.DevKey, gtypes.LatestSignerForChainID(node.ChainID), &gtypes.DynamicFeeTx{
		ChainID: node.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       gas * 2, Data: initCode,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != gtypes.ReceiptStatusSuccessful {
				t.Fatalf("deployment failed: %+v", r)
			}
			return crypto.CreateAddress(from, nonce), r.BlockNumber.Uint64()
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// tamperProxy serves the beacon at target, passing each JSON body whose
// path is path through edit first.
func tamperProxy(t *testing.T, target, path string, edit func(t *testing.T, v any)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, _ := url.Parse(target)
		u.Path, u.RawQuery = r.URL.Path, r.URL.RawQuery
		resp, err := http.Get(u.String())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if r.URL.Path == path && resp.StatusCode == http.StatusOK {
			var v any
			if err := json.Unmarshal(body, &v); err != nil {
				t.Errorf("proxy: %v", err)
			}
			edit(t, v)
			body, _ = json.Marshal(v)
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// flipHex flips the lowest bit of the last byte of a 0x-hex string field.
func flipHex(t *testing.T, m map[string]any, key string) {
	t.Helper()
	s, ok := m[key].(string)
	if !ok {
		t.Fatalf("proxy: field %q missing in %v", key, m)
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		t.Fatalf("proxy: field %q: %v", key, err)
	}
	b[len(b)-1] ^= 1
	m[key] = hexutil.Encode(b)
}

func field(v any, path ...string) map[string]any {
	m, _ := v.(map[string]any)
	for _, p := range path {
		m, _ = m[p].(map[string]any)
	}
	return m
}

// TestDevBeaconLightClient runs the Ethereum light client against the dev
// beacon over geth --dev: bootstrap from the checkpoint, sync across a
// committee rotation, then a storage write finalized and proven with
// eth_getProof; forged responses are refused.
func TestDevBeaconLightClient(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth and the dev beacon")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	node, err := StartGeth(ctx, GethOptions{Period: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()

	// Start 20 slots before the end of period 0: the rotation to period 1
	// follows within seconds.
	per := ethereum.MinimalPreset().SlotsPerPeriod()
	bn, err := StartBeacon(ctx, BeaconOptions{GethRPC: node.WS, StartSlot: per - 20, Seed: "beacon-test"})
	if err != nil {
		t.Fatal(err)
	}
	defer bn.Stop()
	cfg := bn.Config()

	c, err := beacon.NewClient(bn.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CheckNetwork(ctx, cfg); err != nil {
		t.Fatalf("check network: %v", err)
	}
	other := ethereum.DevNetwork(cfg.GenesisTime, cfg.SecondsPerSlot, DevGenesisValidatorsRoot("another seed"))
	if err := c.CheckNetwork(ctx, other); !errors.Is(err, beacon.ErrWrongNetwork) {
		t.Fatalf("check against another network: got %v", err)
	}
	if _, err := c.Bootstrap(ctx, common.Hash{1}); !errors.Is(err, beacon.ErrNotFound) {
		t.Fatalf("bootstrap for an unknown root: got %v", err)
	}
	boot, err := c.Bootstrap(ctx, bn.Checkpoint())
	if err != nil {
		t.Fatal(err)
	}
	store, err := ethereum.Bootstrap(cfg, bn.Checkpoint(), boot)
	if err != nil {
		t.Fatalf("bootstrap from the checkpoint: %v", err)
	}
	if store.Period() != 0 {
		t.Fatalf("checkpoint in period %d, want 0", store.Period())
	}
	// The checkpoint carries geth's block.
	ec, err := ethclient.DialContext(ctx, node.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	cpExec := store.FinalizedExecution()
	gh, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(cpExec.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if gh.Hash() != cpExec.BlockHash || gh.Root != cpExec.StateRoot {
		t.Fatalf("checkpoint execution block %d is %s (state %s), geth has %s (state %s)", cpExec.BlockNumber, cpExec.BlockHash, cpExec.StateRoot, gh.Hash(), gh.Root)
	}

	contract, minedIn := deployStorageWriter(ctx, t, node)

	// Sync until the store has rotated into period 1 and finalized the
	// deployment block.
	rotated := 0
	for store.Period() < 1 || store.FinalizedExecution().BlockNumber < minedIn {
		res, err := c.Sync(ctx, store, time.Now(), true)
		if err != nil {
			t.Fatalf("sync (head %+v): %v", bn.Status(), err)
		}
		rotated += res.Rotated
		select {
		case <-ctx.Done():
			t.Fatalf("store at period %d, finalized block %d: %v", store.Period(), store.FinalizedExecution().BlockNumber, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
	if rotated < 1 {
		t.Fatalf("store reached period %d without a rotation", store.Period())
	}
	p1, err := bn.Committee(store.Period())
	if err != nil {
		t.Fatal(err)
	}
	if store.CurrentCommitteeRoot() != p1.Committee.Root() {
		t.Fatalf("store committee %s, the beacon's period %d committee is %s", store.CurrentCommitteeRoot(), store.Period(), p1.Committee.Root())
	}
	if opt := store.Optimistic().Beacon.Slot; opt <= store.Finalized().Beacon.Slot {
		t.Fatalf("optimistic slot %d not ahead of finalized %d", opt, store.Finalized().Beacon.Slot)
	}

	// The finalized execution header is geth's, and proofs verify against it.
	fin := store.FinalizedExecution()
	gh, err = ec.HeaderByNumber(ctx, new(big.Int).SetUint64(fin.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if gh.Hash() != fin.BlockHash {
		t.Fatalf("finalized execution block %d is %s, geth has %s", fin.BlockNumber, fin.BlockHash, gh.Hash())
	}
	f, err := beacon.DialProofFetcher(ctx, node.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	written, empty := common.Hash{}, common.BigToHash(big.NewInt(7))
	proof, err := f.Fetch(ctx, fin, contract, []common.Hash{written, empty})
	if err != nil {
		t.Fatalf("eth_getProof through the light client: %v", err)
	}
	if v := proof.StorageProof[0].Value.ToInt(); v.Int64() != 0x2a {
		t.Fatalf("slot 0 = %s, want 0x2a", v)
	}
	if v := proof.StorageProof[1].Value.ToInt(); v.Sign() != 0 {
		t.Fatalf("slot 7 = %s, want empty", v)
	}
	acc, err := ethereum.VerifyAccount(fin.StateRoot, contract, nodes(proof.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	if err := ethereum.VerifyStorageAbsence(acc.StorageRoot, empty, nodes(proof.StorageProof[1].Proof)); err != nil {
		t.Fatalf("non-membership of slot 7: %v", err)
	}
	if err := ethereum.VerifyStorageAbsence(acc.StorageRoot, written, nodes(proof.StorageProof[0].Proof)); !errors.Is(err, ethereum.ErrSlotNotEmpty) {
		t.Fatalf("non-membership claimed for the written slot: got %v", err)
	}
	// The checkpoint's state root predates the deployment: the proof does
	// not verify against it.
	if _, err := f.Fetch(ctx, cpExec, contract, []common.Hash{written}); err == nil {
		t.Fatal("a proof of the contract verified against the checkpoint's state root, before the deployment")
	}

	// geth restarts: the beacon misses slots while it is down, then carries
	// its new blocks again, and the light client follows.
	before := bn.Status().HeadExecution
	if err := node.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := bn.WaitFinalized(ctx, before+2); err != nil {
		t.Fatalf("after geth restart (status %+v): %v", bn.Status(), err)
	}
	t.Logf("after geth restart: %+v", bn.Status())
	for store.FinalizedExecution().BlockNumber < before+2 {
		if _, err := c.Sync(ctx, store, time.Now(), false); err != nil {
			t.Fatalf("sync after geth restart: %v", err)
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}

	// Forged responses through a proxy are refused by a fresh store.
	forgeries := []struct {
		name, path string
		edit       func(t *testing.T, v any)
		want       error
	}{
		{"flipped signature", "/eth/v1/beacon/light_client/finality_update", func(t *testing.T, v any) {
			flipHex(t, field(v, "data", "sync_aggregate"), "sync_committee_signature")
		}, ethereum.ErrInvalidSignature},
		{"altered state root", "/eth/v1/beacon/light_client/finality_update", func(t *testing.T, v any) {
			flipHex(t, field(v, "data", "finalized_header", "execution"), "state_root")
		}, ethereum.ErrInvalidExecutionProof},
		{"altered next committee", "/eth/v1/beacon/light_client/updates", func(t *testing.T, v any) {
			us, _ := v.([]any)
			if len(us) == 0 {
				t.Fatal("proxy: no updates to alter")
			}
			flipHex(t, field(us[0], "data", "next_sync_committee"), "aggregate_pubkey")
		}, ethereum.ErrInvalidCommitteeProof},
	}
	for _, fc := range forgeries {
		t.Run(fc.name, func(t *testing.T) {
			proxy := tamperProxy(t, bn.URL, fc.path, fc.edit)
			pc, err := beacon.NewClient(proxy.URL, nil)
			if err != nil {
				t.Fatal(err)
			}
			fresh, err := ethereum.Bootstrap(cfg, bn.Checkpoint(), boot)
			if err != nil {
				t.Fatal(err)
			}
			before, _ := fresh.Marshal()
			_, err = pc.Sync(ctx, fresh, time.Now(), false)
			if !errors.Is(err, fc.want) {
				t.Fatalf("sync through the proxy: got %v, want %v", err, fc.want)
			}
			// Nothing after the forged update was applied; the forged one
			// changed nothing.
			if fc.path == "/eth/v1/beacon/light_client/updates" {
				after, _ := fresh.Marshal()
				if !bytes.Equal(before, after) {
					t.Fatal("the store changed after a forged period update")
				}
			}
		})
	}
}

func nodes(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = b
	}
	return out
}

// execHeader is a London-style execution header numbered n, as geth would
// hand the beacon.
func execHeader(n uint64) *gtypes.Header {
	return &gtypes.Header{
		ParentHash: crypto.Keccak256Hash([]byte("parent"), new(big.Int).SetUint64(n).Bytes()),
		Root:       crypto.Keccak256Hash([]byte("state"), new(big.Int).SetUint64(n).Bytes()),
		Number:     new(big.Int).SetUint64(n),
		GasLimit:   60_000_000,
		Time:       1_700_000_000 + n,
		BaseFee:    big.NewInt(7),
		Extra:      []byte("causeway"),
	}
}

// TestDevBeaconChain drives block production directly (no geth, no clock)
// over three committee rotations with missed slots and repeated execution
// blocks, and checks the served chain through the light client.
func TestDevBeaconChain(t *testing.T) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, DevGenesisValidatorsRoot("chain-test"))
	b := newBeacon(cfg, "chain-test", 2, 100)
	const first, head = 30, 3*64 + 20
	var evicted common.Hash // the second block, out of the retention window at the end
	for s := uint64(first); s <= head; s++ {
		if s%17 == 0 && s != head {
			continue // missed slot
		}
		if err := b.produce(s, execHeader(s/2)); err != nil { // geth blocks every other slot
			t.Fatal(err)
		}
		if s == first+1 {
			evicted = b.blocks[len(b.blocks)-1].root
		}
	}
	// One signed chain: each block's parent is the previous block.
	for i := 1; i < len(b.blocks); i++ {
		if b.blocks[i].lc.Beacon.ParentRoot != b.blocks[i-1].root {
			t.Fatalf("block at slot %d does not link to slot %d", b.blocks[i].lc.Beacon.Slot, b.blocks[i-1].lc.Beacon.Slot)
		}
	}
	// A block whose finality slot was missed finalizes the block before it:
	// 206 - 2 = 204 = 17*12 was missed, so 206 finalizes 203.
	for _, blk := range b.blocks {
		if blk.lc.Beacon.Slot == 206 && (blk.fin == nil || blk.fin.Beacon.Slot != 203) {
			t.Fatalf("block 206 finalizes %+v, want slot 203", blk.fin)
		}
	}
	if err := b.produce(head, execHeader(1)); err == nil {
		t.Fatal("produced a second block at the head slot")
	}
	srv := httptest.NewServer(b.handler())
	defer srv.Close()
	ctx := context.Background()
	c, err := beacon.NewClient(srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}

	// Retention: 100 blocks kept; an evicted block has no bootstrap, the
	// checkpoint always has one.
	if len(b.blocks) != 100 {
		t.Fatalf("%d blocks kept, want 100", len(b.blocks))
	}
	if _, ok := b.byRoot[b.checkpoint.root]; !ok || b.checkpoint.lc.Beacon.Slot != first {
		t.Fatalf("checkpoint at slot %d not kept", b.checkpoint.lc.Beacon.Slot)
	}
	if _, err := c.Bootstrap(ctx, evicted); !errors.Is(err, beacon.ErrNotFound) {
		t.Fatalf("bootstrap of an evicted block: got %v, want not found", err)
	}
	boot, err := c.Bootstrap(ctx, b.Checkpoint())
	if err != nil {
		t.Fatal(err)
	}
	store, err := ethereum.Bootstrap(cfg, b.Checkpoint(), boot)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(int64(cfg.GenesisTime+head), 0)
	res, err := c.Sync(ctx, store, now, true)
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	if res.Rotated != 3 || store.Period() != 3 {
		t.Fatalf("sync %+v: store in period %d, want 3 rotations to period 3", res, store.Period())
	}
	// Head 212's parent is 211 (optimistic); its state finalizes the latest
	// block at or before 209; 204 was missed (17*12) so 209 exists.
	if got := store.Optimistic().Beacon.Slot; got != head-1 {
		t.Fatalf("optimistic slot %d, want %d", got, head-1)
	}
	if got := store.Finalized().Beacon.Slot; got != head-3 {
		t.Fatalf("finalized slot %d, want %d", got, head-3)
	}
	if got, want := store.FinalizedExecution().StateRoot, execHeader((head-3)/2).Root; got != want {
		t.Fatalf("finalized state root %s, want geth block %d's %s", got, (head-3)/2, want)
	}
	st := b.Status()
	if !st.HasFinality || st.FinalizedSlot != head-3 || st.HeadSlot != head || st.PeriodsUpdated != 4 {
		t.Fatalf("status %+v", st)
	}

	// The updates range: periods 1 and 2 of [1, 3).
	us, err := c.Updates(ctx, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 2 || cfg.SyncPeriod(us[0].AttestedHeader.Beacon.Slot) != 1 || cfg.SyncPeriod(us[1].AttestedHeader.Beacon.Slot) != 2 {
		t.Fatalf("updates(1, 2): %d updates", len(us))
	}
	for _, u := range us {
		if u.NextSyncCommittee == nil || u.FinalizedHeader == nil {
			t.Fatalf("period update at slot %d lacks the next committee or finality", u.AttestedHeader.Beacon.Slot)
		}
	}
	for _, q := range []string{"start_period=x&count=1", "start_period=1"} {
		resp, err := http.Get(srv.URL + "/eth/v1/beacon/light_client/updates?" + q)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Fatalf("updates?%s: HTTP %d, want 400", q, resp.StatusCode)
		}
	}
}

// BenchmarkDevBeaconProduce measures producing one slot's block: SSZ body
// and state trees, branches and the BLS signature over the parent.
func BenchmarkDevBeaconProduce(b *testing.B) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, DevGenesisValidatorsRoot("bench"))
	bn := newBeacon(cfg, "bench", 2, 1024)
	slot := uint64(1)
	b.ReportAllocs()
	for b.Loop() {
		if err := bn.produce(slot, execHeader(slot)); err != nil {
			b.Fatal(err)
		}
		slot++
	}
}

// BenchmarkDevBeaconFinalityUpdate measures serving
// /eth/v1/beacon/light_client/finality_update (assembly and JSON).
func BenchmarkDevBeaconFinalityUpdate(b *testing.B) {
	cfg := ethereum.DevNetwork(1_700_000_000, 1, DevGenesisValidatorsRoot("bench"))
	bn := newBeacon(cfg, "bench", 2, 1024)
	for s := uint64(1); s <= 10; s++ {
		if err := bn.produce(s, execHeader(s)); err != nil {
			b.Fatal(err)
		}
	}
	h := bn.handler()
	req := httptest.NewRequest(http.MethodGet, "/eth/v1/beacon/light_client/finality_update", nil)
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("HTTP %d: %s", w.Code, w.Body)
		}
	}
}

// TestStartBeaconRefusesBadOptions checks the options refused before geth
// is contacted (the RPC URL points at a closed port).
func TestStartBeaconRefusesBadOptions(t *testing.T) {
	ctx := context.Background()
	for name, o := range map[string]BeaconOptions{
		"no geth":                 {},
		"public listen address":   {GethRPC: "http://127.0.0.1:1", Listen: "0.0.0.0:0"},
		"first slot too late":     {GethRPC: "http://127.0.0.1:1", StartSlot: 61},
		"finality delay too long": {GethRPC: "http://127.0.0.1:1", FinalityDelay: 62},
		"genesis in the future":   {GethRPC: "http://127.0.0.1:1", GenesisTime: uint64(time.Now().Unix()) + 3600},
	} {
		if b, err := StartBeacon(ctx, o); err == nil {
			_ = b.Stop()
			t.Errorf("%s: started", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

// TestStartBeaconWaitsForNextPeriod: with a fixed genesis whose current slot
// is at the end of a period (no LightClientUpdate possible), StartBeacon
// waits for the next period instead of starting a chain light clients could
// not follow.
func TestStartBeaconWaitsForNextPeriod(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	genesis := uint64(time.Now().Unix()) - 62 // slot 62 of 64
	_, err := StartBeacon(ctx, BeaconOptions{GethRPC: "http://127.0.0.1:1", GenesisTime: genesis})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "waiting for period 1") {
		t.Fatalf("got %v, want a wait for period 1 cut by the deadline", err)
	}
}
