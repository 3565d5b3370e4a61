package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

func TestGethStartFundRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	g, err := StartGeth(ctx, GethOptions{Period: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()

	c, err := ethclient.DialContext(ctx, g.WS)
	if err != nil {
		t.Fatalf("websocket endpoint: %v", err)
	}
	id, err := c.ChainID(ctx)
	c.Close()
	if err != nil || id.Cmp(g.ChainID) != 0 {
		t.Fatalf("chain id over ws = %v, %v; want %s", id, err, g.ChainID)
	}

	fresh, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(fresh.PublicKey)
	amount := big.NewInt(1e18)
	if err := g.Fund(ctx, addr, amount); err != nil {
		t.Fatal(err)
	}
	hc, err := ethclient.DialContext(ctx, g.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := hc.BalanceAt(ctx, addr, nil)
	if err != nil || bal.Cmp(amount) != 0 {
		t.Fatalf("funded balance %v (%v), want %s", bal, err, amount)
	}
	before, err := hc.BlockNumber(ctx)
	hc.Close()
	if err != nil {
		t.Fatal(err)
	}

	if err := g.Restart(ctx); err != nil {
		t.Fatalf("restart: %v", err)
	}
	hc, err = ethclient.DialContext(ctx, g.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer hc.Close()
	after, err := hc.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after < before {
		t.Fatalf("chain restarted from scratch: block %d after restart, %d before", after, before)
	}
	bal, err = hc.BalanceAt(ctx, addr, nil)
	if err != nil || bal.Cmp(amount) != 0 {
		t.Fatalf("balance after restart %v (%v), want %s", bal, err, amount)
	}
}
