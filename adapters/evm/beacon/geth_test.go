package beacon

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
	"github.com/causewaylabs/causeway/scripts/devnet"
	geth "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestGethProofThroughLightClient deploys a contract that writes slot 0 on
// geth --dev, carries the block through a generated beacon chain (as the dev
// beacon does) into a light-client store, and fetches eth_getProof for a
// written and an empty slot, verified against the store's state root.
func TestGethProofThroughLightClient(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	node, err := devnet.StartGeth(ctx, devnet.GethOptions{Period: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	ec, err := ethclient.DialContext(ctx, node.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	// Init code: SSTORE(0, 0x2a); STOP. The contract keeps the slot and no code.
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
	tx, err := types.SignNewTx(node.DevKey, types.LatestSignerForChainID(node.ChainID), &types.DynamicFeeTx{
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
	var receipt *types.Receipt
	for receipt == nil {
		if receipt, err = ec.TransactionReceipt(ctx, tx.Hash()); err != nil {
			select {
			case <-ctx.Done():
				t.Fatal(ctx.Err())
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deployment failed: gas used %d of %d, receipt %+v", receipt.GasUsed, tx.Gas(), receipt)
	}
	contract := crypto.CreateAddress(from, nonce)
	block, err := ec.HeaderByNumber(ctx, receipt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}

	// The dev beacon's job: a signed beacon chain whose finalized block
	// carries geth's block.
	exec, err := ethtest.ExecutionFromHeader(block)
	if err != nil {
		t.Fatal(err)
	}
	cfg := ethereum.DevNetwork(1_700_000_000, 1, common.HexToHash("0xde7"))
	chain := ethtest.NewChain(cfg, "geth")
	boot, root, err := chain.Bootstrap(3, nil)
	if err != nil {
		t.Fatal(err)
	}
	store, err := ethereum.Bootstrap(cfg, root, boot)
	if err != nil {
		t.Fatal(err)
	}
	fu, err := chain.Update(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 12, FinalizedExecution: exec})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.ApplyUpdate(fu, time.Now()); err != nil {
		t.Fatal(err)
	}
	fin := store.FinalizedExecution()
	if fin.BlockHash != block.Hash() {
		t.Fatalf("store finalized block %s, geth block %s", fin.BlockHash, block.Hash())
	}

	f, err := DialProofFetcher(ctx, node.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	written, empty := common.Hash{}, common.BigToHash(big.NewInt(1))
	p, err := f.Fetch(ctx, fin, contract, []common.Hash{written, empty})
	if err != nil {
		t.Fatalf("fetch proof: %v", err)
	}
	if v := p.StorageProof[0].Value.ToInt(); v.Int64() != 0x2a {
		t.Fatalf("slot 0 = %s, want 0x2a", v)
	}
	if v := p.StorageProof[1].Value.ToInt(); v.Sign() != 0 {
		t.Fatalf("slot 1 = %s, want empty", v)
	}
	// The empty slot's proof is a verified non-membership proof; claiming
	// non-membership for slot 0 with its proof is refused.
	acc, err := ethereum.VerifyAccount(fin.StateRoot, contract, nodesOf(p.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	if err := ethereum.VerifyStorageAbsence(acc.StorageRoot, empty, nodesOf(p.StorageProof[1].Proof)); err != nil {
		t.Fatalf("absence of slot 1: %v", err)
	}
	if err := ethereum.VerifyStorageAbsence(acc.StorageRoot, written, nodesOf(p.StorageProof[0].Proof)); !errors.Is(err, ethereum.ErrSlotNotEmpty) {
		t.Fatalf("absence claim for slot 0: got %v", err)
	}
	// A Gloas-format beacon header proves only the block hash: the fetcher
	// completes it from geth's header and gets the same verified proof.
	p2, err := f.Fetch(ctx, ethereum.ExecutionHeader{BlockHash: block.Hash()}, contract, []common.Hash{written})
	if err != nil || p2.StorageProof[0].Value.ToInt().Int64() != 0x2a {
		t.Fatalf("fetch by block hash only: %v", err)
	}
	// A later block's root (after another block) does not verify this proof.
	other := fin
	other.StateRoot = head.Root
	if _, err := f.Fetch(ctx, other, contract, []common.Hash{written}); err == nil {
		t.Fatal("proof verified against a state root from before the deployment")
	}
}

func nodesOf(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = b
	}
	return out
}
