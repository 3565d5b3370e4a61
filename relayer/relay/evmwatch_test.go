package relay_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/relay"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

func TestFromEVM(t *testing.T) {
	pkt := bindings.Packet{Sequence: 7, SourcePort: "transfer", SourceChannel: "channel-0", DestinationPort: "transfer",
		DestinationChannel: "channel-3", Data: []byte("data"), TimeoutHeight: bindings.Height{RevisionNumber: 1, RevisionHeight: 99}, TimeoutTimestamp: 1234}
	tx := common.HexToHash("0xabc")
	cases := []struct {
		kind    evm.PacketEventKind
		want    events.Kind
		channel string
		ack     bool
	}{
		{evm.EventSendPacket, events.SendPacket, "channel-0", false},
		{evm.EventRecvPacket, events.RecvPacket, "channel-3", false},
		{evm.EventWriteAcknowledgement, events.WriteAck, "channel-3", true},
		{evm.EventAcknowledgePacket, events.AcknowledgePkt, "channel-0", false},
		{evm.EventTimeoutPacket, events.TimeoutPacket, "channel-0", false},
	}
	for _, c := range cases {
		e := relay.FromEVM("geth-dev", evm.PacketEvent{Kind: c.kind, Packet: pkt, Acknowledgement: []byte("ack"), BlockNumber: 42, TxHash: tx})
		if e == nil || e.Kind != c.want || e.Chain != "geth-dev" || e.Height != 42 || e.TxHash != tx.Hex() || e.Channel() != c.channel {
			t.Fatalf("%s: got %+v", c.kind, e)
		}
		p := e.Packet
		if p.Sequence != 7 || p.SourcePort != "transfer" || p.SourceChannel != "channel-0" || p.DestPort != "transfer" ||
			p.DestChannel != "channel-3" || string(p.Data) != "data" || p.TimeoutHeight != (events.Height{RevisionNumber: 1, RevisionHeight: 99}) || p.TimeoutTimestamp != 1234 {
			t.Fatalf("%s: packet %+v", c.kind, p)
		}
		if (e.Ack != nil) != c.ack {
			t.Fatalf("%s: ack %q", c.kind, e.Ack)
		}
		if _, err := events.Decode(e.Msg().Data); err != nil {
			t.Fatalf("%s: %v", c.kind, err)
		}
	}
	if e := relay.FromEVM("geth-dev", evm.PacketEvent{Kind: "ChannelProvisioned"}); e != nil {
		t.Fatalf("non-packet event converted: %+v", e)
	}
}

func TestEVMMark(t *testing.T) {
	h := common.HexToHash("0x5afc212a7924789b2bc86acad3ab3a6ffb1f6e97253ea50bee7f4f51422c9275")
	s := relay.FormatEVMMark(1234, h)
	if s != "1234:"+h.Hex() {
		t.Fatalf("mark %q", s)
	}
	c, err := relay.ParseEVMMark(s)
	if err != nil || c.Next != 1235 || c.PrevHash != h {
		t.Fatalf("parse %q: %+v %v", s, c, err)
	}
	if c, err := relay.ParseEVMMark("77"); err != nil || c.Next != 78 || c.PrevHash != (common.Hash{}) {
		t.Fatalf("bare number: %+v %v", c, err)
	}
	for _, bad := range []string{"", "x", "12:", "12:0x12", "-1:" + h.Hex(), "12:" + strings.Replace(h.Hex(), "5", "z", 1), "12:" + h.Hex()[2:]} {
		if _, err := relay.ParseEVMMark(bad); err == nil {
			t.Errorf("mark %q accepted", bad)
		}
	}
}

func TestEVMFinality(t *testing.T) {
	for _, c := range []struct {
		tag   string
		depth uint64
		want  evm.Finality
		ok    bool
	}{
		{"", 0, evm.Finality{UseFinalizedTag: true}, true},
		{"finalized", 0, evm.Finality{UseFinalizedTag: true}, true},
		{"latest", 0, evm.Finality{}, true},
		{"latest", 12, evm.Finality{Depth: 12}, true},
		{"finalized", 2, evm.Finality{}, false},
		{"safe", 0, evm.Finality{}, false},
	} {
		got, err := relay.EVMFinality(c.tag, c.depth)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("EVMFinality(%q, %d) = %+v, %v", c.tag, c.depth, got, err)
		}
	}
}

// evmWatchEnv is geth --dev with the Causeway contracts and a funded,
// approved token, and an embedded NATS with the relayer's topology.
type evmWatchEnv struct {
	t      *testing.T
	geth   *devnet.GethNode
	client *evm.Client
	dep    *evm.Deployment
	ics20  *bindings.ICS20Transfer
	token  common.Address
	opts   *bind.TransactOpts
	sp     *spine.Spine
	h      *spine.Handles
}

func startEVMWatchEnv(t *testing.T, ctx context.Context) *evmWatchEnv {
	t.Helper()
	e := &evmWatchEnv{t: t}
	opts := devnet.GethOptions{Period: 1}
	if os.Getenv("CAUSEWAY_GETH_LOG") != "" {
		opts.Log = os.Stderr
	}
	var err error
	e.geth, err = devnet.StartGeth(ctx, opts)
	evmMust(t, err)
	t.Cleanup(func() { e.geth.Close() })
	e.client, err = evm.Dial(ctx, evm.Endpoints{HTTP: e.geth.HTTP, WS: e.geth.WS}, e.geth.ChainID)
	evmMust(t, err)
	t.Cleanup(e.client.Close)
	e.opts, err = bind.NewKeyedTransactorWithChainID(e.geth.DevKey, e.geth.ChainID)
	evmMust(t, err)
	op, _ := crypto.GenerateKey()
	e.dep, err = evm.Deploy(ctx, e.client.Eth(), e.opts, evm.DeployConfig{
		Operators: []common.Address{crypto.PubkeyToAddress(op.PublicKey)}, Threshold: 1,
		ClientID: "attestation-0", ConnectionID: "connection-0",
		CounterpartyClientID: "10-ethereum-0", CounterpartyConnectionID: "connection-0",
		Port: "transfer", Channel: "channel-0", CounterpartyPort: "transfer", CounterpartyChannel: "channel-0",
	})
	evmMust(t, err)
	e.ics20, err = bindings.NewICS20Transfer(e.dep.ICS20, e.client.Eth())
	evmMust(t, err)
	var tx *types.Transaction
	var tok *bindings.TestToken
	e.token, tx, tok, err = bindings.DeployTestToken(e.opts, e.client.Eth(), "T", "T", big.NewInt(1e18))
	e.mine(tx, err)
	e.mine(tok.Approve(e.opts, e.dep.ICS20, big.NewInt(1e18)))

	e.sp = spinetest.Open(t, "")
	e.h, err = e.sp.Ensure(ctx, spinetest.Topology(30*time.Second))
	evmMust(t, err)
	return e
}

func (e *evmWatchEnv) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	evmMust(e.t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := bind.WaitMined(ctx, e.client.Eth(), tx)
	evmMust(e.t, err)
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}

// transfer sends one ICS-20 transfer and returns its receipt and packet.
func (e *evmWatchEnv) transfer() (*types.Receipt, bindings.Packet) {
	e.t.Helper()
	r := e.mine(e.ics20.SendTransfer(e.opts, e.token, big.NewInt(42), "cosmos1receiver", "transfer", "channel-0",
		bindings.Height{}, uint64(time.Now().Add(time.Hour).UnixNano()), ""))
	for _, l := range r.Logs {
		ev, ok, err := evm.DecodePacketEvent(*l)
		evmMust(e.t, err)
		if ok && ev.Kind == evm.EventSendPacket {
			return r, ev.Packet
		}
	}
	e.t.Fatal("sendTransfer emitted no SendPacket")
	return nil, bindings.Packet{}
}

// runningWatcher is an EVMWatcher running on its own goroutine.
type runningWatcher struct {
	cancel context.CancelFunc
	done   chan error
}

func (e *evmWatchEnv) startWatcher(ctx context.Context, log *zap.Logger) *runningWatcher {
	fin, err := relay.EVMFinality("latest", 0) // geth --dev has no beacon finality
	evmMust(e.t, err)
	w := &relay.EVMWatcher{
		Client: e.client, JS: e.sp.JS, Marks: e.h.LightClient, Chain: evmChain,
		Handler: e.dep.Handler, Finality: fin, PollInterval: 200 * time.Millisecond, Log: log,
	}
	ctx, cancel := context.WithCancel(ctx)
	rw := &runningWatcher{cancel: cancel, done: make(chan error, 1)}
	go func() { rw.done <- w.Run(ctx) }() // owned by the test: stop() waits for it
	return rw
}

func (rw *runningWatcher) stop(t *testing.T) {
	t.Helper()
	rw.cancel()
	select {
	case err := <-rw.done:
		if err != nil {
			t.Fatalf("watcher returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watcher did not stop")
	}
}

const evmChain = "geth-dev"

// mark reads the watcher's resume mark (0 and false when absent).
func (e *evmWatchEnv) mark(ctx context.Context) (uint64, common.Hash, bool) {
	e.t.Helper()
	kv, err := e.h.LightClient.Get(ctx, "watch."+spine.Token(evmChain))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return 0, common.Hash{}, false
	}
	evmMust(e.t, err)
	c, err := relay.ParseEVMMark(string(kv.Value()))
	evmMust(e.t, err)
	return c.Next - 1, c.PrevHash, true
}

// waitMark waits until the mark is at least block n.
func (e *evmWatchEnv) waitMark(ctx context.Context, n uint64) uint64 {
	e.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if m, _, ok := e.mark(ctx); ok && m >= n {
			return m
		}
		time.Sleep(100 * time.Millisecond)
	}
	m, _, _ := e.mark(ctx)
	e.t.Fatalf("watch mark stayed at %d, want >= %d", m, n)
	return 0
}

// streamEvents returns every event stored on the chain's send_packet subject.
func (e *evmWatchEnv) streamEvents(ctx context.Context) []*events.Event {
	e.t.Helper()
	info, err := e.h.Events.Info(ctx)
	evmMust(e.t, err)
	var out []*events.Event
	want := spine.EventSubject(evmChain, "channel-0", string(events.SendPacket))
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := e.h.Events.GetMsg(ctx, seq)
		evmMust(e.t, err)
		if m.Subject != want {
			e.t.Fatalf("message %d on subject %s, want %s", seq, m.Subject, want)
		}
		ev, err := events.Decode(m.Data)
		evmMust(e.t, err)
		out = append(out, ev)
	}
	return out
}

// waitEvents waits until the stream holds n messages, and checks it stays so
// for a while (nothing more arrives).
func (e *evmWatchEnv) waitEvents(ctx context.Context, n int) []*events.Event {
	e.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		info, err := e.h.Events.Info(ctx)
		evmMust(e.t, err)
		if int(info.State.Msgs) > n {
			e.t.Fatalf("stream holds %d messages, want %d", info.State.Msgs, n)
		}
		if int(info.State.Msgs) == n {
			break
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("stream holds %d messages after 1m, want %d", info.State.Msgs, n)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return e.streamEvents(ctx)
}

func checkSent(t *testing.T, got []*events.Event, sent []*types.Receipt, pkts []bindings.Packet) {
	t.Helper()
	if len(got) != len(pkts) {
		t.Fatalf("%d events, want %d", len(got), len(pkts))
	}
	slices.SortFunc(got, func(a, b *events.Event) int { return int(a.Packet.Sequence) - int(b.Packet.Sequence) })
	for i, ev := range got {
		p, r := pkts[i], sent[i]
		if ev.Chain != evmChain || ev.Kind != events.SendPacket || ev.Packet.Sequence != p.Sequence ||
			ev.Height != r.BlockNumber.Uint64() || ev.TxHash != r.TxHash.Hex() ||
			ev.Packet.SourceChannel != "channel-0" || ev.Packet.DestChannel != "channel-0" || string(ev.Packet.Data) != string(p.Data) ||
			ev.Packet.TimeoutTimestamp != p.TimeoutTimestamp {
			t.Fatalf("event %d = %+v, want packet %d of block %d tx %s", i, ev, p.Sequence, r.BlockNumber, r.TxHash)
		}
	}
}

// An EVM watcher on geth --dev publishes the handler's send_packet events
// once each, resumes after its mark on restart (publishing what was mined
// while it was stopped), stores nothing twice when it re-reads blocks, and
// refuses to resume over a replaced block.
func TestEVMWatcherGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := startEVMWatchEnv(t, ctx)
	core, logs := observer.New(zapcore.DebugLevel)
	log := zap.New(core)

	// First start without a mark: from the latest block. Wait until it has
	// handled a batch so the transfers are after its start.
	w := e.startWatcher(ctx, log)
	head, err := e.client.Eth().BlockNumber(ctx)
	evmMust(t, err)
	e.waitMark(ctx, head)

	var sent []*types.Receipt
	var pkts []bindings.Packet
	for i := 0; i < 3; i++ {
		r, p := e.transfer()
		sent, pkts = append(sent, r), append(pkts, p)
	}
	if pkts[0].Sequence != 1 || pkts[2].Sequence != 3 {
		t.Fatalf("sequences %d..%d, want 1..3", pkts[0].Sequence, pkts[2].Sequence)
	}
	last := sent[2].BlockNumber.Uint64()
	m := e.waitMark(ctx, last)
	time.Sleep(2 * time.Second) // a few more batches: nothing else may arrive
	checkSent(t, e.waitEvents(ctx, 3), sent, pkts)

	// The mark is <number>:<hash> of a canonical block.
	n, hash, _ := e.mark(ctx)
	hdr, err := e.client.Eth().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	evmMust(t, err)
	if n < m || hdr.Hash() != hash {
		t.Fatalf("mark %d:%s, block %d is %s", n, hash, n, hdr.Hash())
	}

	// Stop; two transfers while stopped; restart: they are published, the
	// first three are not again.
	w.stop(t)
	stopped, _, _ := e.mark(ctx)
	for i := 0; i < 2; i++ {
		r, p := e.transfer()
		sent, pkts = append(sent, r), append(pkts, p)
	}
	logs.TakeAll()
	w = e.startWatcher(ctx, log)
	e.waitMark(ctx, sent[4].BlockNumber.Uint64())
	time.Sleep(2 * time.Second)
	checkSent(t, e.waitEvents(ctx, 5), sent, pkts)
	// It resumed right after the mark.
	var firstFrom uint64
	for _, l := range logs.FilterMessage("published events").All() {
		firstFrom = uint64(l.ContextMap()["from"].(uint64))
		break
	}
	if firstFrom == 0 || firstFrom <= stopped || firstFrom > sent[3].BlockNumber.Uint64() {
		t.Fatalf("restart published first from block %d; mark was %d, transfer 4 in block %d", firstFrom, stopped, sent[3].BlockNumber)
	}
	if got := logs.FilterMessage("no watch mark; starting").Len(); got != 0 {
		t.Fatalf("restart ignored the mark (%d fresh starts)", got)
	}
	w.stop(t)

	// Rewind the mark to before the first transfer: the watcher reads those
	// blocks again and republishes, and the stream stores nothing new.
	before := sent[0].BlockNumber.Uint64() - 1
	bh, err := e.client.Eth().HeaderByNumber(ctx, new(big.Int).SetUint64(before))
	evmMust(t, err)
	_, err = e.h.LightClient.Put(ctx, "watch."+spine.Token(evmChain), []byte(relay.FormatEVMMark(before, bh.Hash())))
	evmMust(t, err)
	logs.TakeAll()
	w = e.startWatcher(ctx, log)
	e.waitMark(ctx, sent[4].BlockNumber.Uint64())
	republished := 0
	for _, l := range logs.FilterMessage("published events").All() {
		republished += int(l.ContextMap()["events"].(int64))
	}
	if republished != 5 {
		t.Fatalf("after rewinding, %d events republished, want 5", republished)
	}
	time.Sleep(time.Second)
	checkSent(t, e.waitEvents(ctx, 5), sent, pkts)
	w.stop(t)

	// A mark whose block was replaced: the watcher stops with ErrDeepReorg
	// rather than carry on past a reorg.
	_, err = e.h.LightClient.Put(ctx, "watch."+spine.Token(evmChain), []byte(relay.FormatEVMMark(before, common.HexToHash("0x01"))))
	evmMust(t, err)
	w = e.startWatcher(ctx, zap.NewNop())
	select {
	case err := <-w.done:
		if !errors.Is(err, evm.ErrDeepReorg) {
			t.Fatalf("watcher over a replaced block returned %v, want ErrDeepReorg", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watcher over a replaced block kept running")
	}
	w.cancel()
}

func evmMust(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
