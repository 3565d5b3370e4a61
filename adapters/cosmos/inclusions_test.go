package cosmos

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	localhost "github.com/cosmos/ibc-go/v8/modules/light-clients/09-localhost"
)

func hashN(i int) string { return fmt.Sprintf("%064X", i) }

func (n *Inclusions) registered() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	k := 0
	for _, ws := range n.waiting {
		k += len(ws)
	}
	return k
}

func (n *Inclusions) deliveries() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.delivered
}

func ready(ch <-chan TxResult) (TxResult, bool) {
	select {
	case r := <-ch:
		return r, true
	default:
		return TxResult{}, false
	}
}

// Waiters get the result published for their hash, whether they registered
// before or (within the recent ring) after it; unregistering leaves nothing
// behind; the ring is bounded.
func TestInclusionsDeliverAndForget(t *testing.T) {
	n := NewInclusions("x-1")
	a, b, c := hashN(1), hashN(2), hashN(3)

	chA, doneA := n.wait(strings.ToLower(a)) // hashes match whatever their case
	chA2, doneA2 := n.wait(a)
	if _, ok := ready(chA); ok {
		t.Fatal("result before any was published")
	}
	n.publish([]TxResult{{Hash: a, Height: 7, Code: 0, GasUsed: 90, GasWanted: 100}, {Hash: c, Height: 7, Code: 5, Log: "boom"}})
	for _, ch := range []<-chan TxResult{chA, chA2} {
		if r, ok := ready(ch); !ok || r.Height != 7 || r.GasUsed != 90 || r.GasWanted != 100 {
			t.Fatalf("waiter of a: %+v %v", r, ok)
		}
	}
	doneA()
	doneA2()
	// Published before the waiter came: from the recent ring.
	chC, doneC := n.wait(c)
	if r, ok := ready(chC); !ok || r.Code != 5 || r.Log != "boom" {
		t.Fatalf("late waiter of c: %+v %v", r, ok)
	}
	doneC()
	// A waiter that gives up leaves no registration, and a later publish
	// of its hash does not block.
	chB, doneB := n.wait(b)
	doneB()
	if k := n.registered(); k != 0 {
		t.Fatalf("%d registrations left", k)
	}
	n.publish([]TxResult{{Hash: b, Height: 8}})
	if _, ok := ready(chB); ok {
		t.Fatal("result delivered to an unregistered waiter")
	}
	if got := n.deliveries(); got != 3 {
		t.Fatalf("%d deliveries, want 3", got)
	}
	// The ring keeps the last recentResults, evicting the oldest; a hash
	// published again is not counted twice.
	for i := 0; i < recentResults+10; i++ {
		n.publish([]TxResult{{Hash: hashN(100 + i), Height: int64(9 + i)}})
		n.publish([]TxResult{{Hash: hashN(100 + i), Height: int64(9 + i)}})
	}
	if len(n.recent) != recentResults {
		t.Fatalf("%d recent results kept, want %d", len(n.recent), recentResults)
	}
	for h, want := range map[string]bool{hashN(100): false, hashN(109): false, hashN(110): true, hashN(100 + recentResults + 9): true} {
		ch, done := n.wait(h)
		if _, ok := ready(ch); ok != want {
			t.Fatalf("%s recent = %v, want %v", h, ok, want)
		}
		done()
	}
	if k := n.registered(); k != 0 {
		t.Fatalf("%d registrations left", k)
	}
	// missed wakes everyone holding the current blind channel, once.
	blind := n.blinded()
	n.missed()
	select {
	case <-blind:
	default:
		t.Fatal("blind channel not closed by missed")
	}
	select {
	case <-n.blinded():
		t.Fatal("the next blind channel is closed already")
	default:
	}
}

// fakeTxNode answers /tx for the hashes in found (the others: not found,
// as CometBFT says it) and counts the calls.
type fakeTxNode struct {
	mu    sync.Mutex
	found map[string]string // hash -> tx_result JSON
	reads atomic.Int64
}

func (f *fakeTxNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req rpcRequest
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &req); err != nil || req.Method != "tx" {
		http.Error(w, "unexpected request "+string(body), http.StatusBadRequest)
		return
	}
	f.reads.Add(1)
	raw, _ := base64.StdEncoding.DecodeString(fmt.Sprint(req.Params["hash"]))
	hash := fmt.Sprintf("%X", raw)
	f.mu.Lock()
	res, ok := f.found[hash]
	f.mu.Unlock()
	if !ok {
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%d,"error":{"code":-32603,"message":"Internal error","data":"tx (%s) not found"}}`, req.ID, hash)
		return
	}
	fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%d,"result":{"hash":"%s","height":"12","index":0,"tx_result":%s,"tx":"AA=="}}`, req.ID, hash, res)
}

// waitTx with Inclusions takes the follower's result without reading /tx
// (a failed one is still a *TxError that invalidates the sequence), reads
// /tx after a block the follower could not name and on the slow fallback
// poll, and reads it as before when the events are wanted.
func TestWaitTxFromInclusions(t *testing.T) {
	node := &fakeTxNode{found: map[string]string{}}
	srv := httptest.NewServer(node)
	defer srv.Close()
	n := NewInclusions("x-1")
	c, err := New(Config{ChainID: "x-1", RPC: srv.URL, Inclusions: n, InclusionPoll: time.Hour, TxTimeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{ChainID: "y-1", RPC: srv.URL, Inclusions: n}); err == nil || !strings.Contains(err.Error(), "chain x-1") {
		t.Fatalf("inclusions of another chain: %v", err)
	}
	ctx := context.Background()
	// publishWhenWaited publishes r once a waiter registered for it.
	publishWhenWaited := func(r TxResult) {
		go func() {
			for n.registered() == 0 {
				time.Sleep(time.Millisecond)
			}
			n.publish([]TxResult{r})
		}()
	}

	publishWhenWaited(TxResult{Hash: hashN(1), Height: 5, GasWanted: 100, GasUsed: 90})
	r, err := c.waitTx(ctx, hashN(1), false)
	if err != nil || r.Height != 5 || r.GasUsed != 90 || r.GasWanted != 100 || r.Hash != hashN(1) {
		t.Fatalf("from the follower: %+v %v", r, err)
	}
	c.seqOK = true
	publishWhenWaited(TxResult{Hash: hashN(2), Height: 6, Code: 11, Log: "out of gas"})
	_, err = c.waitTx(ctx, hashN(2), false)
	var te *TxError
	if !errors.As(err, &te) || te.Stage != "deliver" || te.Code != 11 || te.Log != "out of gas" || te.Hash != hashN(2) {
		t.Fatalf("failed tx from the follower: %v", err)
	}
	if c.seqOK {
		t.Fatal("sequence still trusted after a failed tx")
	}
	if got := node.reads.Load(); got != 0 {
		t.Fatalf("%d /tx reads, want none", got)
	}
	if k := n.registered(); k != 0 {
		t.Fatalf("%d registrations left", k)
	}

	// A block the follower could not name: /tx is read at once.
	node.mu.Lock()
	node.found[hashN(3)] = `{"code":0,"log":"","gas_wanted":"50","gas_used":"40","events":[]}`
	node.mu.Unlock()
	go func() {
		for n.registered() == 0 {
			time.Sleep(time.Millisecond)
		}
		n.missed()
	}()
	start := time.Now()
	r, err = c.waitTx(ctx, hashN(3), false)
	if err != nil || r.Height != 12 || r.GasUsed != 40 {
		t.Fatalf("after a missed block: %+v %v", r, err)
	}
	if node.reads.Load() != 1 || time.Since(start) > 5*time.Second {
		t.Fatalf("%d /tx reads in %s, want 1 at once", node.reads.Load(), time.Since(start))
	}
	// Not indexed yet when that block was handled: read again shortly.
	go func() {
		for n.registered() == 0 {
			time.Sleep(time.Millisecond)
		}
		before := node.reads.Load()
		n.missed()
		for node.reads.Load() == before {
			time.Sleep(time.Millisecond)
		}
		node.mu.Lock()
		node.found[hashN(5)] = `{"code":0,"log":"","gas_wanted":"50","gas_used":"41","events":[]}`
		node.mu.Unlock()
	}()
	if r, err = c.waitTx(ctx, hashN(5), false); err != nil || r.GasUsed != 41 || node.reads.Load() < 3 {
		t.Fatalf("indexed after the missed block: %+v %v, %d reads", r, err, node.reads.Load())
	}
	reads := node.reads.Load()
	// With the events wanted, /tx is read as before (at once).
	if _, err := c.waitTx(ctx, hashN(3), true); err != nil || node.reads.Load() != reads+1 {
		t.Fatalf("with events: %v, %d reads", err, node.reads.Load())
	}
	// The fallback poll: nothing published, found by /tx every InclusionPoll.
	c.cfg.InclusionPoll = 100 * time.Millisecond
	r, err = c.waitTx(ctx, hashN(3), false)
	if err != nil || r.GasUsed != 40 {
		t.Fatalf("fallback poll: %+v %v", r, err)
	}
	// Never included: TxTimeout still applies.
	c.cfg.TxTimeout = 300 * time.Millisecond
	if _, err := c.waitTx(ctx, hashN(4), false); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "not included") {
		t.Fatalf("never included: %v", err)
	}
	if k := n.registered(); k != 0 {
		t.Fatalf("%d registrations left", k)
	}
}

// TestSubmitLearnsInclusionFromFollower follows a real chain with an
// Inclusions shared by a second Chain value that signs: relay transactions
// on a localhost channel (a transfer, its RecvPacket and its
// Acknowledgement) are known included without a /tx read and with the
// result /tx gives; a transaction that fails in the block (no packet
// events, so the follower cannot name it) is still a *TxError, read from
// /tx as soon as the follower passed its block.
func TestSubmitLearnsInclusionFromFollower(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	incl := NewInclusions(s.ChainID)
	follower, err := New(Config{ChainID: s.ChainID, RPC: s.RPC(), PollInterval: 200 * time.Millisecond, Inclusions: incl})
	if err != nil {
		t.Fatal(err)
	}
	cfg := signer(t, s, s.RPC()).cfg
	cfg.Inclusions = incl
	cfg.InclusionPoll = 10 * time.Second // the follower must be first
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	start, err := follower.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	packets := make(chan PacketEvent, 100)
	fctx, stop := context.WithCancel(ctx)
	followed := make(chan error, 1)
	go func() {
		followed <- follower.Follow(fctx, start, func(be *BlockEvents) error {
			for _, ev := range be.Events {
				packets <- ev
			}
			return nil
		}, nil)
	}()
	defer func() {
		stop()
		<-followed
	}()

	// A transfer channel on the localhost connection (sentinel proofs).
	const port, version = "transfer", transfertypes.Version
	hops := []string{exported.LocalhostConnectionID}
	proof, zero := localhost.SentinelProof, clienttypes.ZeroHeight()
	channelID := func(res *TxResult, typ string) string {
		for _, ev := range res.Events {
			if ev.Type != typ {
				continue
			}
			for _, a := range ev.Attributes {
				if a.Key == channeltypes.AttributeKeyChannelID {
					return a.Value
				}
			}
		}
		t.Fatalf("no %s event in tx %s", typ, res.Hash)
		return ""
	}
	res, err := c.SendMsgs(ctx, channeltypes.NewMsgChannelOpenInit(port, version, channeltypes.UNORDERED, hops, port, c.Address()))
	if err != nil {
		t.Fatal(err)
	}
	a := channelID(res, channeltypes.EventTypeChannelOpenInit)
	res, err = c.SendMsgs(ctx, channeltypes.NewMsgChannelOpenTry(port, version, channeltypes.UNORDERED, hops, port, a, version, proof, zero, c.Address()))
	if err != nil {
		t.Fatal(err)
	}
	b := channelID(res, channeltypes.EventTypeChannelOpenTry)
	if _, err := c.SendMsgs(ctx, channeltypes.NewMsgChannelOpenAck(port, a, b, version, proof, zero, c.Address()),
		channeltypes.NewMsgChannelOpenConfirm(port, b, proof, zero, c.Address())); err != nil {
		t.Fatal(err)
	}

	// submit sends msgs through SubmitMsgs and wants the follower to have
	// told it, with what /tx says, then the packet event of kind.
	submit := func(kind EventKind, msgs ...sdk.Msg) PacketEvent {
		t.Helper()
		reads, told := c.txReads.Load(), incl.deliveries()
		res, err := c.SubmitMsgs(ctx, msgs...)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.txReads.Load() - reads; got != 0 {
			t.Fatalf("%s: %d /tx reads while waiting", kind, got)
		}
		if incl.deliveries() != told+1 {
			t.Fatalf("%s: the follower did not tell the waiter", kind)
		}
		raw, err := hex.DecodeString(res.Hash)
		if err != nil {
			t.Fatal(err)
		}
		want, err := c.txByHash(ctx, raw, false)
		for i := 0; err != nil && i < 20; i++ { // the node indexes txs for /tx a little after the block
			time.Sleep(100 * time.Millisecond)
			want, err = c.txByHash(ctx, raw, false)
		}
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res, want) || res.Height <= 0 || res.GasUsed <= 0 || res.GasWanted < res.GasUsed {
			t.Fatalf("%s: from the follower %+v\n/tx says %+v", kind, res, want)
		}
		for {
			select {
			case ev := <-packets:
				if ev.Kind == kind && ev.TxHash == res.Hash {
					return ev
				}
			case <-ctx.Done():
				t.Fatalf("no %s event from tx %s", kind, res.Hash)
			}
		}
	}
	sent := submit(SendPacket, transfertypes.NewMsgTransfer(port, a, sdk.NewInt64Coin("token", 1), c.Address(), s.User.Address,
		zero, uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
	acked := submit(WriteAck, channeltypes.NewMsgRecvPacket(sent.Packet, proof, zero, c.Address()))
	submit(AcknowledgePacket, channeltypes.NewMsgAcknowledgement(sent.Packet, acked.Ack, proof, zero, c.Address()))

	// A transaction that runs out of its sampled gas in the block (see
	// TestSampledGasRetriesOutOfGas) has no events.
	short := cfg
	short.SimulateSample, short.GasAdjustment = 4, 1
	cs, err := New(short)
	if err != nil {
		t.Fatal(err)
	}
	msgs, _ := outgrowSample(cs.Address(), s.User.Address)
	hash, sampled, err := cs.broadcast(ctx, msgs, sendOpts{})
	if err != nil || !sampled {
		t.Fatalf("broadcast on a sampled estimate: sampled=%v %v", sampled, err)
	}
	began := time.Now()
	_, err = cs.waitTx(ctx, hash, false)
	var te *TxError
	if !errors.As(err, &te) || te.Stage != "deliver" || !isOutOfGas(err) {
		t.Fatalf("tx out of gas in the block: %v", err)
	}
	took := time.Since(began)
	if cs.txReads.Load() == 0 || took >= short.InclusionPoll {
		t.Fatalf("failed tx: %d /tx reads in %s, want it read after the follower passed its block", cs.txReads.Load(), took)
	}
	t.Logf("failed tx known in %s after %d /tx reads", took, cs.txReads.Load())
	if cs.seqOK {
		t.Fatal("sequence still trusted after a failed tx")
	}
	if k := incl.registered(); k != 0 {
		t.Fatalf("%d registrations left", k)
	}
}
