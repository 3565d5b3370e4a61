package ethereum

import (
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/trie"
)

const execDir = "testdata/execution-mainnet-21925176"

// mainnetStateRoot returns the state root of mainnet block 21925176 after
// checking that the recorded header hashes to the recorded block hash.
func mainnetStateRoot(t testing.TB) common.Hash {
	t.Helper()
	raw := readFile(t, filepath.Join(execDir, "block.json"))
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		t.Fatalf("decode block header: %v", err)
	}
	var id struct {
		Hash common.Hash `json:"hash"`
	}
	if err := json.Unmarshal(raw, &id); err != nil {
		t.Fatal(err)
	}
	if h.Hash() != id.Hash {
		t.Fatalf("block header hashes to %s, recorded hash %s", h.Hash(), id.Hash)
	}
	return h.Root
}

func loadProof(t testing.TB, name string) *AccountProof {
	t.Helper()
	p, err := DecodeAccountProof(readFile(t, filepath.Join(execDir, name)))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMainnetAccountAndStorageProof(t *testing.T) {
	root := mainnetStateRoot(t)
	p := loadProof(t, "proof.json")
	if err := p.Verify(root); err != nil {
		t.Fatalf("deposit contract proof: %v", err)
	}
	acc, err := VerifyAccount(root, p.Address, nodes(p.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	if acc.Nonce != 1 || acc.StorageRoot != p.StorageHash {
		t.Fatalf("account %+v", acc)
	}
	sp := p.StorageProof[0]
	v, err := VerifyStorage(acc.StorageRoot, sp.Key, nodes(sp.Proof))
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToHash(v) != common.BigToHash(sp.Value.ToInt()) {
		t.Fatalf("slot 1 = %x, claimed %s", v, sp.Value)
	}
	// A "non-membership" claim for a slot that holds a value is refused.
	if err := VerifyStorageAbsence(acc.StorageRoot, sp.Key, nodes(sp.Proof)); !errors.Is(err, ErrSlotNotEmpty) {
		t.Fatalf("absence of slot 1: got %v, want ErrSlotNotEmpty", err)
	}

	miner := loadProof(t, "block_miner_proof.json")
	if err := miner.Verify(root); err != nil {
		t.Fatalf("fee recipient proof: %v", err)
	}
}

// emptySlot finds a storage slot whose absence the deposit contract's
// recorded storage proof already proves (its path leaves the recorded nodes
// at an empty branch child), so non-membership is shown on real data.
func emptySlot(t testing.TB, storageRoot common.Hash, proof [][]byte) common.Hash {
	t.Helper()
	db := memorydb.New()
	for _, n := range proof {
		if err := db.Put(crypto.Keccak256(n), n); err != nil {
			t.Fatal(err)
		}
	}
	for i := int64(1000); i < 100000; i++ {
		slot := common.BigToHash(big.NewInt(i))
		v, err := trie.VerifyProof(storageRoot, crypto.Keccak256(slot[:]), db)
		if err == nil && v == nil {
			return slot
		}
	}
	t.Fatal("no provably empty slot found")
	return common.Hash{}
}

func TestMainnetStorageAbsence(t *testing.T) {
	p := loadProof(t, "proof.json")
	proof := nodes(p.StorageProof[0].Proof)
	slot := emptySlot(t, p.StorageHash, proof)
	if err := VerifyStorageAbsence(p.StorageHash, slot, proof); err != nil {
		t.Fatalf("absence of slot %s: %v", slot, err)
	}
	if _, err := VerifyStorage(p.StorageHash, slot, proof); !errors.Is(err, ErrSlotEmpty) {
		t.Fatalf("membership of empty slot %s: got %v, want ErrSlotEmpty", slot, err)
	}
	// The same absence claim with a tampered node fails.
	bad := cloneNodes(proof)
	bad[0][len(bad[0])/2] ^= 1
	if err := VerifyStorageAbsence(p.StorageHash, slot, bad); !errors.Is(err, ErrInvalidMPTProof) {
		t.Fatalf("absence with tampered root node: got %v, want ErrInvalidMPTProof", err)
	}
	// An absence claim against another root fails.
	if err := VerifyStorageAbsence(common.Hash{1}, slot, proof); !errors.Is(err, ErrInvalidMPTProof) {
		t.Fatalf("absence under wrong root: got %v", err)
	}
}

func cloneNodes(ns [][]byte) [][]byte {
	out := make([][]byte, len(ns))
	for i, n := range ns {
		out[i] = append([]byte(nil), n...)
	}
	return out
}

func TestProofRejectsMutations(t *testing.T) {
	root := mainnetStateRoot(t)
	fresh := func() *AccountProof { return loadProof(t, "proof.json") }
	p0 := fresh()

	// Every byte position class of every account and storage proof node:
	// flip one bit at the start, middle and end of each node.
	for i := range p0.AccountProof {
		for _, pos := range []int{0, len(p0.AccountProof[i]) / 2, len(p0.AccountProof[i]) - 1} {
			p := fresh()
			p.AccountProof[i][pos] ^= 1
			if err := p.Verify(root); err == nil {
				t.Errorf("account proof node %d byte %d flipped: accepted", i, pos)
			}
		}
	}
	for i := range p0.StorageProof[0].Proof {
		for _, pos := range []int{0, len(p0.StorageProof[0].Proof[i]) / 2, len(p0.StorageProof[0].Proof[i]) - 1} {
			p := fresh()
			p.StorageProof[0].Proof[i][pos] ^= 1
			if err := p.Verify(root); err == nil {
				t.Errorf("storage proof node %d byte %d flipped: accepted", i, pos)
			}
		}
	}
	muts := map[string]struct {
		f    func(p *AccountProof)
		want error
	}{
		"state root":   {func(p *AccountProof) {}, ErrInvalidMPTProof}, // applied via wrong root below
		"address":      {func(p *AccountProof) { p.Address[19] ^= 1 }, ErrInvalidMPTProof},
		"nonce":        {func(p *AccountProof) { p.Nonce++ }, ErrAccountMismatch},
		"balance":      {func(p *AccountProof) { p.Balance.ToInt().Add(p.Balance.ToInt(), big.NewInt(1)) }, ErrAccountMismatch},
		"storage hash": {func(p *AccountProof) { p.StorageHash[0] ^= 1 }, ErrAccountMismatch},
		"code hash":    {func(p *AccountProof) { p.CodeHash[0] ^= 1 }, ErrAccountMismatch},
		"storage value": {func(p *AccountProof) {
			p.StorageProof[0].Value.ToInt().Xor(p.StorageProof[0].Value.ToInt(), big.NewInt(1))
		}, ErrStorageMismatch},
		"storage key":                       {func(p *AccountProof) { p.StorageProof[0].Key[31] ^= 2 }, ErrInvalidMPTProof},
		"dropped node":                      {func(p *AccountProof) { p.AccountProof = p.AccountProof[:len(p.AccountProof)-1] }, ErrInvalidMPTProof},
		"zero value (non-membership claim)": {func(p *AccountProof) { p.StorageProof[0].Value.ToInt().SetInt64(0) }, ErrSlotNotEmpty},
	}
	for name, m := range muts {
		p := fresh()
		m.f(p)
		r := root
		if name == "state root" {
			r[0] ^= 1
		}
		if err := p.Verify(r); !errors.Is(err, m.want) {
			t.Errorf("mutated %s: got %v, want %v", name, err, m.want)
		}
	}
}
