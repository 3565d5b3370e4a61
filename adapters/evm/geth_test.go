package evm_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

func startGeth(t *testing.T) (*devnet.GethNode, *evm.Client) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	opts := devnet.GethOptions{Period: 1}
	if os.Getenv("CAUSEWAY_GETH_LOG") != "" {
		opts.Log = os.Stderr
	}
	g, err := devnet.StartGeth(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	c, err := evm.Dial(ctx, evm.Endpoints{HTTP: g.HTTP, WS: g.WS}, g.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return g, c
}

// gethDeployment deploys and provisions the contracts on geth, the dev
// account as owner and user.
type gethDeployment struct {
	opts    *bind.TransactOpts
	handler common.Address
	ics20   *bindings.ICS20Transfer
	token   common.Address
}

func deployOnGeth(t *testing.T, g *devnet.GethNode, c *evm.Client) *gethDeployment {
	t.Helper()
	ctx := context.Background()
	opts, err := bind.NewKeyedTransactorWithChainID(g.DevKey, g.ChainID)
	must(t, err)
	wait := func(tx *types.Transaction, err error) {
		t.Helper()
		must(t, err)
		r, err := bind.WaitMined(ctx, c.Eth(), tx)
		must(t, err)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s reverted", tx.Hash())
		}
	}
	d := &gethDeployment{opts: opts}
	key, _ := crypto.GenerateKey()
	dep, err := evm.Deploy(ctx, c.Eth(), opts, evm.DeployConfig{
		Operators: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Threshold: 1,
		ClientID: clientID, ConnectionID: connectionID,
		CounterpartyClientID: "07-tendermint-0", CounterpartyConnectionID: "connection-3",
		Port: port, Channel: channel, CounterpartyPort: cpPort, CounterpartyChannel: cpChannel,
	})
	must(t, err)
	d.handler = dep.Handler
	d.ics20, err = bindings.NewICS20Transfer(dep.ICS20, c.Eth())
	must(t, err)
	h, err := bindings.NewIBCHandler(dep.Handler, c.Eth())
	must(t, err)
	ch, err := h.GetChannel(nil, port, channel)
	must(t, err)
	if ch.State != 3 || ch.CounterpartyChannelId != cpChannel {
		t.Fatalf("deployed channel %+v", ch)
	}
	if cc, _ := h.GetCommitment(nil, evm.ConnectionPath(connectionID)); cc != evm.StoredValue(connectionEndProto(t)) {
		t.Fatalf("connection commitment %s", cc)
	}
	tAddr, tx, tok, err := bindings.DeployTestToken(opts, c.Eth(), "T", "T", big.NewInt(1e18))
	wait(tx, err)
	d.token = tAddr
	wait(tok.Approve(opts, dep.ICS20, big.NewInt(1e18)))
	return d
}

func TestGethGetProofProvesCommitment(t *testing.T) {
	g, c := startGeth(t)
	d := deployOnGeth(t, g, c)
	ctx := context.Background()
	tx, err := d.ics20.SendTransfer(d.opts, d.token, big.NewInt(42), "cosmos1r", port, channel, bindings.Height{}, farFuture, "")
	must(t, err)
	r, err := bind.WaitMined(ctx, c.Eth(), tx)
	must(t, err)
	var pk bindings.Packet
	hf, _ := bindings.NewIBCHandlerFilterer(d.handler, c.Eth())
	for _, l := range r.Logs {
		if ev, err := hf.ParseSendPacket(*l); err == nil {
			pk = ev.Packet
		}
	}
	path := evm.PacketCommitmentPath(port, channel, pk.Sequence)
	absent := evm.PacketCommitmentPath(port, channel, pk.Sequence+1)
	if got, err := c.StoredCommitment(ctx, d.handler, path, r.BlockNumber); err != nil || got != common.Hash(evm.CommitPacket(0, 0, farFuture, pk.Data)) {
		t.Fatalf("StoredCommitment = %s, %v", got, err)
	}
	if got, err := c.StoredCommitment(ctx, d.handler, absent, nil); err != nil || got != (common.Hash{}) {
		t.Fatalf("StoredCommitment of an absent path = %s, %v", got, err)
	}
	proof, err := c.GetCommitmentProof(ctx, d.handler, []string{path, absent}, r.BlockNumber)
	must(t, err)
	want := evm.CommitPacket(0, 0, farFuture, pk.Data)
	if got := common.BigToHash(proof.Account.StorageProof[0].Value); got != common.Hash(want) {
		t.Fatalf("eth_getProof value %s, want commitment %x", got, want)
	}
	// Verify the proof the way a light client does: account against the
	// block's state root, storage against the account's storage root.
	hdr, err := c.Eth().HeaderByNumber(ctx, r.BlockNumber)
	must(t, err)
	accRLP := verifyMPT(t, hdr.Root, crypto.Keccak256(d.handler[:]), proof.Account.AccountProof)
	var acc types.StateAccount
	must(t, rlp.DecodeBytes(accRLP, &acc))
	if acc.Root != proof.Account.StorageHash {
		t.Fatalf("storage root %s in the account proof, %s reported", acc.Root, proof.Account.StorageHash)
	}
	key := evm.StorageKey(path)
	valRLP := verifyMPT(t, acc.Root, crypto.Keccak256(key[:]), proof.Account.StorageProof[0].Proof)
	var val []byte
	must(t, rlp.DecodeBytes(valRLP, &val))
	if common.BytesToHash(val) != common.Hash(want) {
		t.Fatalf("proven value %x, want %x", val, want)
	}
	// The next sequence has no commitment: its proof proves absence.
	akey := evm.StorageKey(absent)
	if v := verifyMPT(t, acc.Root, crypto.Keccak256(akey[:]), proof.Account.StorageProof[1].Proof); v != nil {
		t.Fatalf("absent commitment proven as %x", v)
	}
}

func verifyMPT(t *testing.T, root common.Hash, key []byte, nodes []string) []byte {
	t.Helper()
	db := memorydb.New()
	for _, n := range nodes {
		b := common.FromHex(n)
		must(t, db.Put(crypto.Keccak256(b), b))
	}
	v, err := trie.VerifyProof(root, key, db)
	if err != nil {
		t.Fatalf("proof does not verify against %s: %v", root, err)
	}
	return v
}

// proxy forwards loopback TCP connections to target and can cut them all,
// to simulate a websocket drop without stopping the node.
type proxy struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	wg     sync.WaitGroup
}

func newProxy(t *testing.T, target string) *proxy {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	p := &proxy{l: l, target: target}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			in, err := l.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.mu.Unlock()
			p.wg.Add(2)
			go func() { defer p.wg.Done(); io.Copy(out, in); out.Close() }()
			go func() { defer p.wg.Done(); io.Copy(in, out); in.Close() }()
		}
	}()
	t.Cleanup(func() { l.Close(); p.drop(); p.wg.Wait() })
	return p
}

func (p *proxy) drop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func TestGethWatcherMissesNoLogsAcrossWsDropAndRestart(t *testing.T) {
	g, c := startGeth(t)
	d := deployOnGeth(t, g, c)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	px := newProxy(t, g.WS[len("ws://"):])
	wc, err := evm.Dial(ctx, evm.Endpoints{HTTP: g.HTTP, WS: "ws://" + px.l.Addr().String()}, nil)
	must(t, err)
	defer wc.Close()
	start, err := c.Eth().BlockNumber(ctx)
	must(t, err)
	handlerABI, err := bindings.IBCHandlerMetaData.GetAbi()
	must(t, err)
	sendTopic := handlerABI.Events["SendPacket"].ID

	var mu sync.Mutex
	var seqs []uint64
	var errs int
	w, err := wc.NewWatcher(evm.WatcherConfig{
		Contract: d.handler, Topics: [][]common.Hash{{sendTopic}},
		Finality: evm.Finality{Depth: 2}, Start: evm.Cursor{Next: start},
		PollInterval: 300 * time.Millisecond,
		OnError:      func(error) { mu.Lock(); errs++; mu.Unlock() },
	})
	must(t, err)
	hf, _ := bindings.NewIBCHandlerFilterer(d.handler, c.Eth())
	wctx, wcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- w.Run(wctx, func(_ context.Context, b evm.LogBatch) error {
			mu.Lock()
			defer mu.Unlock()
			for _, l := range b.Logs {
				ev, err := hf.ParseSendPacket(l)
				if err != nil {
					return err
				}
				seqs = append(seqs, ev.Sequence)
			}
			return nil
		})
	}()
	defer func() { wcancel(); <-done }()

	send := func(n int) {
		t.Helper()
		for i := 0; i < n; i++ {
			tx, err := d.ics20.SendTransfer(d.opts, d.token, big.NewInt(1), "cosmos1r", port, channel, bindings.Height{}, farFuture, "")
			must(t, err)
			_, err = bind.WaitMined(ctx, c.Eth(), tx)
			must(t, err)
		}
	}
	waitSeen := func(n int) {
		t.Helper()
		for {
			mu.Lock()
			got := len(seqs)
			mu.Unlock()
			if got >= n {
				return
			}
			select {
			case <-ctx.Done():
				t.Fatalf("watcher saw %d of %d packets", got, n)
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	send(3)
	waitSeen(3)
	px.drop() // websocket drop: sends continue meanwhile
	send(3)
	// geth restart: the node is gone for a while, then continues the chain.
	must(t, g.Stop())
	time.Sleep(1500 * time.Millisecond)
	must(t, g.Restart(ctx))
	send(3)
	waitSeen(9)
	time.Sleep(3 * time.Second) // a duplicate would show up here
	mu.Lock()
	defer mu.Unlock()
	if len(seqs) != 9 {
		t.Fatalf("saw sequences %v, want 1..9 once each", seqs)
	}
	for i, s := range seqs {
		if s != uint64(i+1) {
			t.Fatalf("saw sequences %v, want 1..9 in order", seqs)
		}
	}
	if errs == 0 {
		t.Fatal("the watcher reported no transient error: the drop and restart were not exercised")
	}
}

func TestGeth200ConcurrentSubmissionsFromOneSigner(t *testing.T) {
	g, c := startGeth(t)
	d := deployOnGeth(t, g, c)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	s, err := evm.NewSubmitter(c.Eth(), evm.SubmitterConfig{
		ChainID: g.ChainID, Key: g.DevKey, Lease: heldLease{}, ReceiptPoll: 300 * time.Millisecond,
		MaxFeeCap: big.NewInt(100e9), MaxTipCap: big.NewInt(2e9),
	})
	must(t, err)
	start, err := c.Eth().NonceAt(ctx, s.From(), nil)
	must(t, err)
	tokenABI, err := bindings.TestTokenMetaData.GetAbi()
	must(t, err)

	const n = 200
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			to := common.BigToAddress(big.NewInt(int64(1000 + i)))
			data, err := tokenABI.Pack("transfer", to, big.NewInt(int64(i+1)))
			if err != nil {
				errs[i] = err
				return
			}
			receipts[i], errs[i] = s.Submit(ctx, evm.Call{To: d.token, Data: data})
		}(i)
	}
	wg.Wait()
	nonces := map[uint64]bool{}
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Fatalf("submission %d: %v", i, errs[i])
		}
		tx, _, err := c.Eth().TransactionByHash(ctx, receipts[i].TxHash)
		must(t, err)
		nonces[tx.Nonce()] = true
	}
	for nn := start; nn < start+n; nn++ {
		if !nonces[nn] {
			t.Fatalf("nonce %d unused: gap", nn)
		}
	}
	mined, err := c.Eth().NonceAt(ctx, s.From(), nil)
	must(t, err)
	pending, err := c.Eth().PendingNonceAt(ctx, s.From())
	must(t, err)
	if mined != start+n || pending != mined {
		t.Fatalf("nonce mined %d pending %d, want both %d (no gap, nothing stuck)", mined, pending, start+n)
	}
	tok, _ := bindings.NewTestToken(d.token, c.Eth())
	for i := 0; i < n; i += 37 {
		b, err := tok.BalanceOf(nil, common.BigToAddress(big.NewInt(int64(1000+i))))
		must(t, err)
		if b.Int64() != int64(i+1) {
			t.Fatalf("recipient %d has %s, want %d", i, b, i+1)
		}
	}
}

type heldLease struct{}

func (heldLease) Held() bool { return true }

type lostLease struct{}

func (lostLease) Held() bool { return false }

func TestSubmitterRefusesWithoutLease(t *testing.T) {
	key, _ := crypto.GenerateKey()
	// No node at all: a process without the lease must not even ask one.
	s, err := evm.NewSubmitter(nil, evm.SubmitterConfig{ChainID: big.NewInt(1337), Key: key, Lease: lostLease{}})
	must(t, err)
	_, err = s.Send(context.Background(), evm.Call{To: common.Address{1}, Value: big.NewInt(1)})
	if err == nil || !errors.Is(err, evm.ErrLeaseLost) {
		t.Fatalf("send without the lease: %v, want ErrLeaseLost", err)
	}
}
