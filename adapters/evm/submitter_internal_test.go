package evm

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/causewaylabs/causeway/scripts/devnet"
)

// A transaction priced below the base fee never gets mined; Wait must
// replace it with bumped fees under the same nonce until one is mined.
func TestGethStuckTransactionIsReplaced(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	g, err := devnet.StartGeth(ctx, devnet.GethOptions{Period: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	c, err := Dial(ctx, Endpoints{HTTP: g.HTTP}, g.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := NewSubmitter(c.Eth(), SubmitterConfig{
		ChainID: g.ChainID, Key: g.DevKey, StuckAfter: 2 * time.Second, ReceiptPoll: 200 * time.Millisecond,
		BumpPercent: 100, MaxFeeCap: big.NewInt(1e12),
	})
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.Eth().PendingNonceAt(ctx, s.From())
	if err != nil {
		t.Fatal(err)
	}
	call := Call{To: common.Address{0xca, 0xfe}, Value: big.NewInt(5), Gas: 21000}
	low, err := s.signTx(nonce, call, big.NewInt(1), big.NewInt(1)) // 1 wei: below any base fee
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Eth().SendTransaction(ctx, low); err != nil {
		t.Fatalf("send underpriced tx: %v", err)
	}
	sent := &Sent{Nonce: nonce, Hashes: []common.Hash{low.Hash()}, tx: low, call: call, sentAt: time.Now()}
	r, err := s.Wait(ctx, sent)
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Hashes) < 2 {
		t.Fatalf("mined without replacement? hashes %v", sent.Hashes)
	}
	if r.TxHash == low.Hash() {
		t.Fatal("the underpriced original was mined")
	}
	tx, _, err := c.Eth().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != nonce || tx.GasFeeCap().Cmp(low.GasFeeCap()) <= 0 || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("mined tx nonce %d feeCap %s status %d", tx.Nonce(), tx.GasFeeCap(), r.Status)
	}
	bal, err := c.Eth().BalanceAt(ctx, call.To, nil)
	if err != nil || bal.Int64() != 5 {
		t.Fatalf("recipient balance %v (%v), want 5", bal, err)
	}
}

// A transaction left in the pool by a previous process blocks every later
// nonce; ClearPending cancels it so new submissions go through.
func TestGethClearPendingCancelsLeftovers(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	g, err := devnet.StartGeth(ctx, devnet.GethOptions{Period: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	c, err := Dial(ctx, Endpoints{HTTP: g.HTTP}, g.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cfg := SubmitterConfig{ChainID: g.ChainID, Key: g.DevKey, ReceiptPoll: 200 * time.Millisecond, MaxFeeCap: big.NewInt(1e12)}
	old, _ := NewSubmitter(c.Eth(), cfg)
	nonce, err := c.Eth().PendingNonceAt(ctx, old.From())
	if err != nil {
		t.Fatal(err)
	}
	for i := uint64(0); i < 3; i++ { // three underpriced leftovers
		tx, err := old.signTx(nonce+i, Call{To: common.Address{1}, Value: big.NewInt(1), Gas: 21000}, big.NewInt(1), big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Eth().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := NewSubmitter(c.Eth(), cfg)
	n, err := s.ClearPending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Fatalf("cancelled %d, want 3", n)
	}
	r, err := s.Submit(ctx, Call{To: common.Address{2}, Value: big.NewInt(9)})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, _ := c.Eth().TransactionByHash(ctx, r.TxHash)
	if tx.Nonce() != nonce+3 {
		t.Fatalf("new submission used nonce %d, want %d", tx.Nonce(), nonce+3)
	}
	if bal, _ := c.Eth().BalanceAt(ctx, common.Address{1}, nil); bal.Sign() != 0 {
		t.Fatalf("a leftover was mined instead of cancelled (balance %s)", bal)
	}
}
