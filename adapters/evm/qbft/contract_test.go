package qbft_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	adapter "github.com/causewaylabs/causeway/adapters/evm/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// TestAdapterFeedsContract runs the whole QBFT -> EVM flow: the adapter
// reads and verifies headers from the node (crossing a full validator
// rotation by bisection), each verified header's ClientMessage updates a
// QBFTClient contract on a simulated EVM chain, and the adapter's verified
// eth_getProof answers, in the contract's proof format, prove membership and
// non-membership on-chain.
func TestAdapterFeedsContract(t *testing.T) {
	c := newTestChain(t, qbft.QBFT)
	rotate(t, c)
	ch := c.dial(t)
	ctx := context.Background()

	key, _ := crypto.GenerateKey()
	sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(1e18)}})
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		t.Fatal(err)
	}
	mine := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		r, err := client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction failed: %v", err)
		}
	}
	enc, err := adapter.ContractEncoding(qbft.QBFT)
	if err != nil {
		t.Fatal(err)
	}
	// The fake chain's blocks are from 2025: a trusting period of ten years
	// keeps them usable at the simulated chain's clock.
	params := bindings.QBFTClientParams{Encoding: enc, TrustingPeriod: 10 * 365 * 24 * 3600, MaxClockDrift: 15, EpochLength: epoch}
	trusted := ch.Trusted()
	_, tx, contract, err := bindings.DeployQBFTClient(auth, client, params, 0, handler, adapter.ContractTrustedState(trusted), trusted.StateRoot)
	mine(tx, err)

	ups, err := ch.Update(ctx, 120)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) < 2 {
		t.Fatalf("%d updates: the rotation should need bisection", len(ups))
	}
	for _, u := range ups {
		msg, err := u.ClientMessage()
		if err != nil {
			t.Fatal(err)
		}
		tx, err := contract.UpdateClient(auth, msg)
		mine(tx, err)
	}
	if latest, _ := contract.LatestHeight(nil); latest != 120 {
		t.Fatalf("contract at %d, want 120", latest)
	}

	proofs, err := ch.ProveCommitments(ctx, 120, []string{present, absent, receipt})
	if err != nil {
		t.Fatal(err)
	}
	h := bindings.Height{RevisionHeight: 120}
	for _, p := range proofs {
		cp, err := p.ContractProof()
		if err != nil {
			t.Fatal(err)
		}
		var member, nonMember bool
		switch p.Path {
		case present:
			member, _ = contract.VerifyMembership(nil, h, cp, []byte(p.Path), presentValue[:])
		case receipt:
			member, _ = contract.VerifyMembership(nil, h, cp, []byte(p.Path), []byte{1})
		}
		nonMember, _ = contract.VerifyNonMembership(nil, h, cp, []byte(p.Path))
		if p.Present() != member || p.Present() == nonMember {
			t.Fatalf("%s: adapter says present=%v, contract membership %v, non-membership %v", p.Path, p.Present(), member, nonMember)
		}
	}
	// The contract and the adapter hold the same trusted state.
	got, err := contract.GetConsensus(nil, 120)
	if err != nil {
		t.Fatal(err)
	}
	if got.StateRoot != ch.Trusted().StateRoot {
		t.Fatalf("contract root %s, adapter %s", got.StateRoot, ch.Trusted().StateRoot)
	}
}
