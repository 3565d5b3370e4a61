package qbft_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/qbft"
)

var mainnetStateRoot = common.HexToHash("0x7b3d5a01f69b7d2ea7479fd7ae35f4bac2700ab6d6d7b4807a7fedf53ced710e")

type getProof struct {
	Address      common.Address  `json:"address"`
	AccountProof []hexutil.Bytes `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	CodeHash     common.Hash     `json:"codeHash"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []struct {
		Key   common.Hash     `json:"key"`
		Value *hexutil.Big    `json:"value"`
		Proof []hexutil.Bytes `json:"proof"`
	} `json:"storageProof"`
}

func loadProof(t *testing.T, name string) *getProof {
	t.Helper()
	b, err := os.ReadFile("testdata/ethereum-mainnet-21925176/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var p getProof
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	return &p
}

func nodes(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = slices.Clone(b)
	}
	return out
}

func TestMainnetAccountAndStorageProof(t *testing.T) {
	p := loadProof(t, "proof.json")
	acc, err := ethereum.VerifyAccount(mainnetStateRoot, p.Address, nodes(p.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	if acc.StorageRoot != p.StorageHash || acc.Nonce != uint64(p.Nonce) ||
		acc.Balance.Cmp(p.Balance.ToInt()) != 0 || acc.CodeHash != p.CodeHash {
		t.Fatalf("account %+v does not match the response", acc)
	}
	sp := p.StorageProof[0]
	if err := qbft.VerifyMembership(mainnetStateRoot, p.Address, sp.Key, sp.Value.ToInt().Bytes(), nodes(p.AccountProof), nodes(sp.Proof)); err != nil {
		t.Fatal(err)
	}
	// The value with leading zeros is the same value.
	if err := qbft.VerifyMembership(mainnetStateRoot, p.Address, sp.Key, common.BigToHash(sp.Value.ToInt()).Bytes(), nodes(p.AccountProof), nodes(sp.Proof)); err != nil {
		t.Fatal(err)
	}
	wrong := new(big.Int).Add(sp.Value.ToInt(), big.NewInt(1)).Bytes()
	if err := qbft.VerifyMembership(mainnetStateRoot, p.Address, sp.Key, wrong, nodes(p.AccountProof), nodes(sp.Proof)); !errors.As(err, new(qbft.ErrInvalidProof)) {
		t.Fatalf("wrong value accepted: %v", err)
	}
	if err := qbft.VerifyNonMembership(mainnetStateRoot, p.Address, sp.Key, nodes(p.AccountProof), nodes(sp.Proof)); !errors.As(err, new(qbft.ErrInvalidProof)) {
		t.Fatalf("non-membership of a set slot accepted: %v", err)
	}
	// A flipped bit anywhere in any node, or a wrong root, is refused.
	for i := range p.AccountProof {
		bad := nodes(p.AccountProof)
		bad[i][len(bad[i])/2] ^= 0x10
		if err := qbft.VerifyMembership(mainnetStateRoot, p.Address, sp.Key, sp.Value.ToInt().Bytes(), bad, nodes(sp.Proof)); err == nil {
			t.Fatalf("account proof node %d mutated: accepted", i)
		}
	}
	for i := range sp.Proof {
		bad := nodes(sp.Proof)
		bad[i][len(bad[i])-1] ^= 0x01
		if err := qbft.VerifyMembership(mainnetStateRoot, p.Address, sp.Key, sp.Value.ToInt().Bytes(), nodes(p.AccountProof), bad); err == nil {
			t.Fatalf("storage proof node %d mutated: accepted", i)
		}
	}
	root := mainnetStateRoot
	root[0] ^= 1
	if err := qbft.VerifyMembership(root, p.Address, sp.Key, sp.Value.ToInt().Bytes(), nodes(p.AccountProof), nodes(sp.Proof)); !errors.As(err, new(qbft.ErrInvalidProof)) {
		t.Fatalf("wrong state root accepted: %v", err)
	}
	// Another contract's address does not resolve to this account.
	other := p.Address
	other[19] ^= 1
	if err := qbft.VerifyMembership(mainnetStateRoot, other, sp.Key, sp.Value.ToInt().Bytes(), nodes(p.AccountProof), nodes(sp.Proof)); err == nil {
		t.Fatal("proof of one account accepted for another")
	}
}

func TestMainnetAccountWithoutStorage(t *testing.T) {
	p := loadProof(t, "block_miner_proof.json")
	acc, err := ethereum.VerifyAccount(mainnetStateRoot, p.Address, nodes(p.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	if acc.StorageRoot != types.EmptyRootHash || acc.Balance.Cmp(p.Balance.ToInt()) != 0 {
		t.Fatalf("account %+v does not match the response", acc)
	}
	// The empty storage trie proves every slot empty with no nodes.
	if err := qbft.VerifyNonMembership(mainnetStateRoot, p.Address, common.Hash{1}, nodes(p.AccountProof), nil); err != nil {
		t.Fatal(err)
	}
}

// TestNonMembershipOnRealTrie proves absence against a trie built by
// go-ethereum's own trie code (the mainnet fixture has no absent keys).
func TestNonMembershipOnRealTrie(t *testing.T) {
	db := triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil)
	storage := trie.NewEmpty(db)
	present := common.HexToHash("0x01")
	for i := 1; i <= 50; i++ {
		slot := common.BigToHash(big.NewInt(int64(i * 2))) // even slots only
		if i == 1 {
			slot = present
		}
		v, _ := rlp.EncodeToBytes(common.TrimLeftZeroes(crypto.Keccak256(slot[:])))
		if err := storage.Update(crypto.Keccak256(slot[:]), v); err != nil {
			t.Fatal(err)
		}
	}
	storageRoot := storage.Hash()
	addr := common.HexToAddress("0x00000000000000000000000000000000000ca5e")
	accounts := trie.NewEmpty(db)
	acc, _ := rlp.EncodeToBytes(&types.StateAccount{Nonce: 1, Balance: uint256.NewInt(5), Root: storageRoot, CodeHash: crypto.Keccak256([]byte("code"))})
	if err := accounts.Update(crypto.Keccak256(addr[:]), acc); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		other := common.BigToAddress(big.NewInt(int64(1000 + i)))
		v, _ := rlp.EncodeToBytes(&types.StateAccount{Balance: uint256.NewInt(1), Root: types.EmptyRootHash, CodeHash: types.EmptyCodeHash[:]})
		if err := accounts.Update(crypto.Keccak256(other[:]), v); err != nil {
			t.Fatal(err)
		}
	}
	stateRoot := accounts.Hash()
	prove := func(tr *trie.Trie, key []byte) [][]byte {
		var pl trienode.ProofList
		if err := tr.Prove(crypto.Keccak256(key), &pl); err != nil {
			t.Fatal(err)
		}
		out := make([][]byte, len(pl))
		for i, n := range pl {
			out[i] = n
		}
		return out
	}
	accProof := prove(accounts, addr[:])
	absent := common.BigToHash(big.NewInt(7)) // odd: never written
	if err := qbft.VerifyNonMembership(stateRoot, addr, absent, accProof, prove(storage, absent[:])); err != nil {
		t.Fatalf("absent slot: %v", err)
	}
	if err := qbft.VerifyMembership(stateRoot, addr, present, crypto.Keccak256(present[:]), accProof, prove(storage, present[:])); err != nil {
		t.Fatalf("present slot: %v", err)
	}
	// A proof of absence for one slot says nothing about a present one.
	if err := qbft.VerifyNonMembership(stateRoot, addr, present, accProof, prove(storage, absent[:])); err == nil {
		t.Fatal("absence proof of another slot accepted for a present slot")
	}
	// An absent account.
	ghost := common.HexToAddress("0xdead")
	if err := qbft.VerifyNonMembership(stateRoot, ghost, absent, prove(accounts, ghost[:]), nil); !errors.As(err, new(qbft.ErrInvalidProof)) {
		t.Fatalf("non-membership in a missing contract accepted: %v", err)
	}
}
