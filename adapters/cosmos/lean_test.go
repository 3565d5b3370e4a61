package cosmos

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/secp256k1"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

func TestScannerReadsSelectedFieldsAndSkipsTheRest(t *testing.T) {
	doc := `{"skip_me":{"a":[1,2,{"b":"}]\"{["}],"c":null},"height":"42","tx_result":{"code":0,"log":"l\"og\\","gas_wanted":"100",
	"gas_used":"90","events":[{"type":"send_packet","attributes":[{"key":"packet_data","value":"{\"amount\":\"1\"}","index":true},
	{"key":"k","value":"v\u00e9","index":false}]},{"attributes":[{"key":"x","value":"y","index":true}],"type":"other"}],"codespace":""},
	"tx":"AAEC","tail":[true,false,-1.5e3]}`
	if !json.Valid([]byte(doc)) {
		t.Fatal("test document is not valid JSON")
	}
	for _, withEvents := range []bool{false, true} {
		r := &TxResult{}
		s := &scanner{b: []byte(doc)}
		err := s.object(func(key []byte) error {
			switch string(key) {
			case "height":
				v, err := s.int64()
				r.Height = v
				return err
			case "tx_result":
				return decodeExecTxResult(s, r, withEvents)
			default:
				return s.skip()
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if r.Height != 42 || r.Code != 0 || r.Log != `l"og\` || r.GasWanted != 100 || r.GasUsed != 90 {
			t.Fatalf("decoded %+v", r)
		}
		if !withEvents {
			if r.Events != nil {
				t.Fatalf("events decoded though not asked: %+v", r.Events)
			}
			continue
		}
		// The same events through encoding/json (plain struct tags).
		var want struct {
			TxResult struct {
				Events []abci.Event `json:"events"`
			} `json:"tx_result"`
		}
		if err := json.Unmarshal([]byte(doc), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r.Events, want.TxResult.Events) {
			t.Fatalf("events\n got %+v\nwant %+v", r.Events, want.TxResult.Events)
		}
	}
	// Only kept event types have their attributes decoded.
	s := &scanner{b: []byte(`[{"type":"a","attributes":[{"key":"k","value":"v"}]},{"type":"send_packet","attributes":null}]`)}
	evs, err := decodeEvents(s, isPacketEvent)
	if err != nil || len(evs) != 1 || evs[0].Type != "send_packet" || evs[0].Attributes != nil {
		t.Fatalf("filtered events %+v, %v", evs, err)
	}
}

func TestScannerRejectsMalformedInput(t *testing.T) {
	for _, doc := range []string{``, `{`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `{"a":"x}`, `[1,2`, `{"a":[{"b":"c"}`, `{"a" 1}`, `{1:2}`, `{"a":1]`} {
		s := &scanner{b: []byte(doc)}
		err := s.object(func([]byte) error { return s.skip() })
		if err == nil {
			t.Errorf("%q: no error", doc)
		}
	}
	s := &scanner{b: []byte(`"not base64!"`)}
	if _, err := s.base64(); err == nil {
		t.Error("bad base64: no error")
	}
	s = &scanner{b: []byte(`"12x"`)}
	if _, err := s.int64(); err == nil {
		t.Error("bad integer: no error")
	}
}

// FuzzScannerSkip checks that skip never panics and, on valid JSON, consumes
// exactly one value.
func FuzzScannerSkip(f *testing.F) {
	for _, seed := range []string{`{"a":[1,"x\"y",{"b":null}]}`, `"\\"`, `[]`, `{}`, `-1.5e3`, `[{"a":"]"}]`, `{"a":"\\\""}`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		s := &scanner{b: []byte(doc)}
		err := s.skip()
		if !json.Valid([]byte(doc)) {
			return
		}
		if err != nil {
			t.Fatalf("valid %q: %v", doc, err)
		}
		if s.peek() != 0 {
			t.Fatalf("valid %q: stopped at offset %d", doc, s.i)
		}
	})
}

// TestLeanDecodersMatchCometBFT decodes real answers of a node with the
// lean decoders and with CometBFT's client and wants the same values:
// a transaction (tx), its block (block_results with every event kept, the
// tx hashes of block) and proven and plain ABCI queries.
func TestLeanDecodersMatchCometBFT(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := signer(t, s, s.RPC())
	from, to := sdk.MustAccAddressFromBech32(c.Address()), sdk.MustAccAddressFromBech32(s.User.Address)
	res, err := c.SendMsgs(ctx, banktypes.NewMsgSend(from, to, sdk.NewCoins(sdk.NewInt64Coin("token", 1))),
		banktypes.NewMsgSend(from, to, sdk.NewCoins(sdk.NewInt64Coin("token", 2))))
	if err != nil {
		t.Fatal(err)
	}
	hash, err := hex.DecodeString(res.Hash)
	if err != nil {
		t.Fatal(err)
	}
	full, err := c.rpc.Tx(ctx, hash, false)
	if err != nil {
		t.Fatal(err)
	}
	want := TxResult{Hash: res.Hash, Height: full.Height, Code: full.TxResult.Code, Log: full.TxResult.Log,
		GasWanted: full.TxResult.GasWanted, GasUsed: full.TxResult.GasUsed, Events: full.TxResult.Events}
	if len(want.Events) < 4 {
		t.Fatalf("expected a real event list, got %d events", len(want.Events))
	}
	if !reflect.DeepEqual(*res, want) {
		t.Fatalf("SendMsgs result\n got %+v\nwant %+v", *res, want)
	}
	lean, err := c.txByHash(ctx, hash, false)
	if err != nil {
		t.Fatal(err)
	}
	want.Events = nil
	if !reflect.DeepEqual(*lean, want) {
		t.Fatalf("lean tx\n got %+v\nwant %+v", *lean, want)
	}

	// block_results and block of the tx's height.
	h := res.Height
	br, err := c.rpc.BlockResults(ctx, &h)
	if err != nil {
		t.Fatal(err)
	}
	txs, fin, err := c.blockResults(ctx, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) != len(br.TxsResults) || len(txs) == 0 {
		t.Fatalf("%d tx results, CometBFT says %d", len(txs), len(br.TxsResults))
	}
	for i, tx := range txs {
		if tx.code != br.TxsResults[i].Code || !reflect.DeepEqual(tx.events, br.TxsResults[i].Events) {
			t.Fatalf("tx %d: code %d events %+v\nwant code %d events %+v", i, tx.code, tx.events, br.TxsResults[i].Code, br.TxsResults[i].Events)
		}
	}
	if len(fin) == 0 || !reflect.DeepEqual(fin, br.FinalizeBlockEvents) {
		t.Fatalf("finalize events\n got %+v\nwant %+v", fin, br.FinalizeBlockEvents)
	}
	blk, err := c.rpc.Block(ctx, &h)
	if err != nil {
		t.Fatal(err)
	}
	hashes, err := c.blockTxHashes(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	var wantHashes []string
	for _, tx := range blk.Block.Txs {
		wantHashes = append(wantHashes, fmt.Sprintf("%X", tx.Hash()))
	}
	if !reflect.DeepEqual(hashes, wantHashes) {
		t.Fatalf("tx hashes %v, want %v", hashes, wantHashes)
	}

	// Proven and plain queries, present and absent keys, one batch.
	ph, err := c.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"clients/09-localhost/clientState", "connections/connection-localhost", "nextChannelSequence", "clients/07-tendermint-999/clientState"}
	batch, err := c.QueryProvenBatch(ctx, paths, ph)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		fr, err := c.rpc.ABCIQueryWithOptions(ctx, ibcStoreQuery, []byte(p), rpcclient.ABCIQueryOptions{Height: ph - 1, Prove: true})
		if err != nil {
			t.Fatal(err)
		}
		q, err := c.abciQuery(ctx, ibcStoreQuery, []byte(p), ph-1, true)
		if err != nil {
			t.Fatal(err)
		}
		if q.Code != fr.Response.Code || string(q.Value) != string(fr.Response.Value) || q.Height != fr.Response.Height ||
			!reflect.DeepEqual(q.ProofOps, fr.Response.ProofOps) {
			t.Fatalf("%s: lean %+v\nfull %+v", p, q, fr.Response)
		}
		one, err := c.QueryProven(ctx, p, ph)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(one, batch[i]) {
			t.Fatalf("%s: batch %+v, single %+v", p, batch[i], one)
		}
		if (i < 3) != (len(one.Value) > 0) {
			t.Fatalf("%s: value %x", p, one.Value)
		}
	}
	// A query the node refuses keeps its code and log.
	fr, err := c.rpc.ABCIQuery(ctx, "/no.such.Service/Method", nil)
	if err != nil {
		t.Fatal(err)
	}
	q, err := c.abciQuery(ctx, "/no.such.Service/Method", nil, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if fr.Response.Code == 0 || q.Code != fr.Response.Code || q.Log != fr.Response.Log {
		t.Fatalf("refused query: lean %d %q, full %d %q", q.Code, q.Log, fr.Response.Code, fr.Response.Log)
	}
	// status: the latest height, and the chain id checked.
	st, err := c.rpc.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lh, err := c.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if lh < st.SyncInfo.LatestBlockHeight || lh > st.SyncInfo.LatestBlockHeight+5 {
		t.Fatalf("latest height %d, status said %d just before", lh, st.SyncInfo.LatestBlockHeight)
	}
	other, err := New(Config{ChainID: "other-1", RPC: s.RPC()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.LatestHeight(ctx); err == nil || !strings.Contains(err.Error(), `serves chain "`+s.ChainID+`"`) {
		t.Fatalf("wrong chain id: %v", err)
	}
	// An unknown tx is an RPC error answer.
	_, err = c.txByHash(ctx, make([]byte, 32), false)
	var re *RPCError
	if !errors.As(err, &re) || re.Method != "tx" {
		t.Fatalf("unknown tx: %v", err)
	}
}

// TestSampledGasRetriesOutOfGas sends a transaction whose tail costs more
// gas per message than its sample (sends to new accounts after sends to an
// existing one) with no gas margin: the extrapolated gas runs out in the
// block, and the adapter must simulate in full and send it again so every
// message is executed.
func TestSampledGasRetriesOutOfGas(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := signer(t, s, s.RPC())
	cfg := base.cfg
	cfg.SimulateSample, cfg.GasAdjustment = 4, 1
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	msgs, fresh := outgrowSample(c.Address(), s.User.Address)
	num, seqBefore, err := c.account(ctx, c.Address())
	if err != nil {
		t.Fatal(err)
	}
	c.txMu.Lock()
	c.accNum, c.seq, c.seqOK = num, seqBefore, true // simulation signs with them
	c.txMu.Unlock()
	est, err := c.estimateGas(ctx, msgs, false)
	gas := est.used
	if err != nil || !est.sampled {
		t.Fatalf("estimate: %d sampled=%v %v", gas, est.sampled, err)
	}
	fullGas, err := c.Simulate(ctx, msgs...)
	if err != nil {
		t.Fatal(err)
	}
	if gas >= fullGas {
		t.Fatalf("sampled estimate %d is not below the full simulation %d: the test cannot force out-of-gas", gas, fullGas)
	}
	res, err := c.SubmitMsgs(ctx, msgs...)
	if err != nil {
		t.Fatalf("submit with a short sampled estimate: %v", err)
	}
	if res.Events != nil || res.GasUsed <= int64(gas) {
		t.Fatalf("result %+v: want no events and more gas than the estimate %d", res, gas)
	}
	_, seqAfter, err := c.account(ctx, c.Address())
	if err != nil {
		t.Fatal(err)
	}
	if seqAfter-seqBefore != 2 {
		t.Fatalf("sequence moved by %d, want 2 (the out-of-gas tx and its resend)", seqAfter-seqBefore)
	}
	for _, a := range fresh {
		b, err := c.Balance(ctx, a.String(), "token")
		if err != nil {
			t.Fatal(err)
		}
		if b.Amount.Int64() != 1 {
			t.Fatalf("%s holds %s, want 1token", a, b)
		}
	}
}

// TestRawRPCBatch serves canned JSON-RPC answers: results are matched to
// calls by id (whatever their order), an error answer fails the batch with
// the call's method, and a refused batch (answered without an id) is
// reported as the node's error.
func TestRawRPCBatch(t *testing.T) {
	var answer func(reqs []rpcRequest) string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var reqs []rpcRequest
		body, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(body, &reqs); err != nil {
			var one rpcRequest
			if err := json.Unmarshal(body, &one); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			reqs = []rpcRequest{one}
		}
		_, _ = io.WriteString(w, answer(reqs))
	}))
	defer srv.Close()
	r, err := newRawRPC(srv.URL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	got := make([]int64, 3)
	calls := func() []rpcCall {
		var cs []rpcCall
		for i := range got {
			cs = append(cs, rpcCall{method: "abci_query", params: map[string]any{"i": i}, decode: func(s *scanner) error {
				return s.object(func(key []byte) error {
					if string(key) != "v" {
						return s.skip()
					}
					v, err := s.int64()
					got[i] = v
					return err
				})
			}})
		}
		return cs
	}
	answer = func(reqs []rpcRequest) string { // reversed order, value = 10*(index of the call)
		out := "["
		for i := len(reqs) - 1; i >= 0; i-- {
			out += fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"result":{"x":[1,{"y":"z"}],"v":"%d"}}`, reqs[i].ID, int(10*reqs[i].Params["i"].(float64)))
			if i > 0 {
				out += ","
			}
		}
		return out + "]"
	}
	if err := r.batch(ctx, calls()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, []int64{0, 10, 20}) {
		t.Fatalf("decoded %v, want [0 10 20]", got)
	}
	answer = func(reqs []rpcRequest) string {
		return fmt.Sprintf(`[{"jsonrpc":"2.0","id":%d,"result":{"v":1}},{"jsonrpc":"2.0","id":%d,"error":{"code":-32603,"message":"Internal error","data":"height 7 is not available"}},{"jsonrpc":"2.0","id":%d,"result":{"v":1}}]`,
			reqs[0].ID, reqs[1].ID, reqs[2].ID)
	}
	var re *RPCError
	if err := r.batch(ctx, calls()); !errors.As(err, &re) || re.Method != "abci_query" || re.Data != "height 7 is not available" {
		t.Fatalf("error answer: %v", err)
	}
	answer = func([]rpcRequest) string {
		return `{"jsonrpc":"2.0","id":-1,"error":{"code":-32600,"message":"Invalid Request","data":"batch request exceeds maximum (10) allowed number of requests"}}`
	}
	if err := r.batch(ctx, calls()); !errors.As(err, &re) || re.Code != -32600 {
		t.Fatalf("refused batch: %v", err)
	}
	answer = func(reqs []rpcRequest) string {
		return fmt.Sprintf(`[{"jsonrpc":"2.0","id":%d,"result":{"v":1}}]`, reqs[0].ID)
	}
	if err := r.batch(ctx, calls()); err == nil {
		t.Fatal("1 answer to 3 calls: no error")
	}
}

func TestExpectedSequence(t *testing.T) {
	for log, want := range map[string]int64{
		"account sequence mismatch, expected 18, got 16: incorrect account sequence":                                                                                         18,
		"rpc error: code = Unknown desc = account sequence mismatch, expected 3, got 1: incorrect account sequence [cosmos/cosmos-sdk@v0.50.9/x/auth/ante/sigverify.go:290]": 3,
		"account sequence mismatch, expected x, got 1":                                                                                                                       -1,
		"out of gas in location: ReadFlat; gasWanted: 10, gasUsed: 11":                                                                                                       -1,
	} {
		got, ok := expectedSequence(log)
		if (want < 0) == ok || (ok && int64(got) != want) {
			t.Errorf("expectedSequence(%q) = %d, %v; want %d", log, got, ok, want)
		}
	}
}

// outgrowSample returns sends whose gas per message grows after a sample of
// SimulateSample 4: five sends to user, then thirty to new accounts (fresh).
func outgrowSample(from, user string) (msgs []sdk.Msg, fresh []sdk.AccAddress) {
	f, u := sdk.MustAccAddressFromBech32(from), sdk.MustAccAddressFromBech32(user)
	coin := sdk.NewCoins(sdk.NewInt64Coin("token", 1))
	for i := 0; i < 5; i++ {
		msgs = append(msgs, banktypes.NewMsgSend(f, u, coin))
	}
	for i := 0; i < 30; i++ {
		a := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
		fresh = append(fresh, a)
		msgs = append(msgs, banktypes.NewMsgSend(f, a, coin))
	}
	return msgs, fresh
}
