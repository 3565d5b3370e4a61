package qbfttest

import (
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
)

// State is an execution state built with go-ethereum's own trie code: one
// contract account with the given storage, plus filler accounts so the
// account trie has depth. It produces eth_getProof-style proofs (nodes root
// first), so tests exercise Merkle-Patricia verification on real tries.
type State struct {
	Root        common.Hash
	Contract    common.Address
	StorageRoot common.Hash
	accounts    *trie.Trie
	storage     *trie.Trie
	words       map[common.Hash]common.Hash
}

// NewState builds the state. Storage values are stored as Ethereum does:
// RLP of the big-endian word without leading zeros; zero words are not
// stored. filler extra accounts (with empty storage) are added.
func NewState(contract common.Address, storage map[common.Hash]common.Hash, filler int) *State {
	db := triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil)
	st := trie.NewEmpty(db)
	keys := make([]common.Hash, 0, len(storage))
	for k := range storage {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b common.Hash) int { return a.Cmp(b) })
	for _, k := range keys {
		w := storage[k]
		v := common.TrimLeftZeroes(w[:])
		if len(v) == 0 {
			continue
		}
		enc, err := rlp.EncodeToBytes(v)
		if err != nil {
			panic(fmt.Sprintf("qbfttest: encode storage value: %v", err))
		}
		if err := st.Update(crypto.Keccak256(k[:]), enc); err != nil {
			panic(fmt.Sprintf("qbfttest: storage trie: %v", err))
		}
	}
	s := &State{Contract: contract, StorageRoot: st.Hash(), storage: st, words: maps.Clone(storage)}
	acc := trie.NewEmpty(db)
	put := func(a common.Address, sa *types.StateAccount) {
		enc, err := rlp.EncodeToBytes(sa)
		if err != nil {
			panic(fmt.Sprintf("qbfttest: encode account: %v", err))
		}
		if err := acc.Update(crypto.Keccak256(a[:]), enc); err != nil {
			panic(fmt.Sprintf("qbfttest: account trie: %v", err))
		}
	}
	put(contract, &types.StateAccount{Nonce: 1, Balance: uint256.NewInt(0), Root: s.StorageRoot, CodeHash: crypto.Keccak256([]byte("handler code"))})
	for i := 0; i < filler; i++ {
		a := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
		put(a, &types.StateAccount{Nonce: uint64(i), Balance: uint256.NewInt(uint64(i) * 1e9), Root: types.EmptyRootHash, CodeHash: types.EmptyCodeHash[:]})
	}
	s.accounts = acc
	s.Root = acc.Hash()
	return s
}

// Value returns the word stored in the contract's slot (zero when empty),
// what eth_getProof reports as the storage value.
func (s *State) Value(slot common.Hash) common.Hash { return s.words[slot] }

// AccountProof returns the account proof of addr (a proof of absence when
// it is not in the state).
func (s *State) AccountProof(addr common.Address) [][]byte {
	return prove(s.accounts, addr[:])
}

// StorageProof returns the contract's storage proof of slot (a proof of
// absence when the slot is empty).
func (s *State) StorageProof(slot common.Hash) [][]byte {
	return prove(s.storage, slot[:])
}

func prove(t *trie.Trie, key []byte) [][]byte {
	var pl trienode.ProofList
	if err := t.Prove(crypto.Keccak256(key), &pl); err != nil {
		panic(fmt.Sprintf("qbfttest: prove: %v", err))
	}
	out := make([][]byte, len(pl))
	for i, n := range pl {
		out[i] = slices.Clone(n)
	}
	return out
}
