package qbfttest

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// ProofVector is one Merkle-Patricia proof case: prove that storage Slot of
// Account holds Value under StateRoot (qbft.VerifyMembership), or, when
// Value is zero, that the slot is empty (qbft.VerifyNonMembership). Error is
// "" when the proof must be accepted, else the qbft.ErrorKind of the
// refusal. The on-chain client must reach the same verdict.
type ProofVector struct {
	Name         string          `json:"name"`
	StateRoot    common.Hash     `json:"stateRoot"`
	Account      common.Address  `json:"account"`
	Slot         common.Hash     `json:"slot"`
	Value        common.Hash     `json:"value"`
	AccountProof []hexutil.Bytes `json:"accountProof"`
	StorageProof []hexutil.Bytes `json:"storageProof"`
	Error        string          `json:"error"`
}

// Verify runs the vector through the Go client and returns its error.
func (v ProofVector) Verify() error {
	acc, sto := Nodes(v.AccountProof), Nodes(v.StorageProof)
	if v.Value == (common.Hash{}) {
		return qbft.VerifyNonMembership(v.StateRoot, v.Account, v.Slot, acc, sto)
	}
	return qbft.VerifyMembership(v.StateRoot, v.Account, v.Slot, v.Value[:], acc, sto)
}

// Nodes converts hex proof nodes to byte slices (copies).
func Nodes(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = slices.Clone(b)
	}
	return out
}

// ProofCase is a correct storage proof (membership when Word is not zero,
// non-membership otherwise) from which ProofVectors derives vectors.
type ProofCase struct {
	Name         string
	StateRoot    common.Hash
	Account      common.Address
	Slot         common.Hash
	Word         common.Hash
	AccountProof [][]byte
	StorageProof [][]byte
}

// ProofVectors returns proof vectors from a generated state (a handler with
// 64 slots, small and full-width values, and 40 other accounts) plus the
// given cases (e.g. real eth_getProof answers). Each correct case is
// followed by its refused variants: every proof node with one bit flipped,
// the storage proof truncated, another state root, another account, another
// slot, another value, and the opposite claim (absence of a set slot,
// presence of an empty one). Generation is deterministic.
func ProofVectors(cases ...ProofCase) []ProofVector {
	handler := common.HexToAddress("0x00000000000000000000000000000000000ca5e2")
	storage := map[common.Hash]common.Hash{}
	for i := 0; i < 64; i++ {
		slot := crypto.Keccak256Hash([]byte(fmt.Sprintf("slot %d", i)))
		word := crypto.Keccak256Hash([]byte(fmt.Sprintf("word %d", i)))
		if i%4 == 0 {
			word = common.BigToHash(big.NewInt(int64(i + 1))) // a one-byte stored value
		}
		storage[slot] = word
	}
	st := NewState(handler, storage, 40)
	full := crypto.Keccak256Hash([]byte("slot 1"))
	small := crypto.Keccak256Hash([]byte("slot 4"))
	empty := crypto.Keccak256Hash([]byte("never written"))
	gen := []ProofCase{
		{"generated/full word", st.Root, handler, full, storage[full], st.AccountProof(handler), st.StorageProof(full)},
		{"generated/one-byte word", st.Root, handler, small, storage[small], st.AccountProof(handler), st.StorageProof(small)},
		{"generated/empty slot", st.Root, handler, empty, common.Hash{}, st.AccountProof(handler), st.StorageProof(empty)},
	}
	noStorage := NewState(handler, nil, 5)
	gen = append(gen, ProofCase{"generated/empty storage trie", noStorage.Root, handler, empty, common.Hash{}, noStorage.AccountProof(handler), nil})

	var out []ProofVector
	add := func(name string, value common.Hash, acc, sto [][]byte, root common.Hash, account common.Address, slot common.Hash, wantErr string) {
		out = append(out, ProofVector{
			Name: name, StateRoot: root, Account: account, Slot: slot, Value: value,
			AccountProof: hexList(acc), StorageProof: hexList(sto), Error: wantErr,
		})
	}
	const refused = "InvalidProof"
	for _, c := range append(gen, cases...) {
		add(c.Name, c.Word, c.AccountProof, c.StorageProof, c.StateRoot, c.Account, c.Slot, "")
		for i := range c.AccountProof {
			add(fmt.Sprintf("%s/account node %d flipped", c.Name, i), c.Word, flip(c.AccountProof, i), c.StorageProof, c.StateRoot, c.Account, c.Slot, refused)
		}
		for i := range c.StorageProof {
			add(fmt.Sprintf("%s/storage node %d flipped", c.Name, i), c.Word, c.AccountProof, flip(c.StorageProof, i), c.StateRoot, c.Account, c.Slot, refused)
		}
		if len(c.StorageProof) > 1 {
			add(c.Name+"/storage proof truncated", c.Word, c.AccountProof, c.StorageProof[:len(c.StorageProof)-1], c.StateRoot, c.Account, c.Slot, refused)
		}
		otherRoot := c.StateRoot
		otherRoot[31] ^= 1
		add(c.Name+"/another state root", c.Word, c.AccountProof, c.StorageProof, otherRoot, c.Account, c.Slot, refused)
		otherAccount := c.Account
		otherAccount[19] ^= 1
		add(c.Name+"/another account", c.Word, c.AccountProof, c.StorageProof, c.StateRoot, otherAccount, c.Slot, refused)
		if c.Word != (common.Hash{}) {
			otherSlot := c.Slot
			otherSlot[31] ^= 1
			add(c.Name+"/another slot", c.Word, c.AccountProof, c.StorageProof, c.StateRoot, c.Account, otherSlot, refused)
			otherWord := c.Word
			otherWord[31] ^= 1
			add(c.Name+"/another value", otherWord, c.AccountProof, c.StorageProof, c.StateRoot, c.Account, c.Slot, refused)
			add(c.Name+"/claimed absent", common.Hash{}, c.AccountProof, c.StorageProof, c.StateRoot, c.Account, c.Slot, refused)
		} else {
			add(c.Name+"/claimed present", common.BigToHash(common.Big1), c.AccountProof, c.StorageProof, c.StateRoot, c.Account, c.Slot, refused)
		}
	}
	// The proof of one slot does not prove another slot's absence.
	add("generated/absence of a set slot with an empty slot's proof", common.Hash{}, st.AccountProof(handler), st.StorageProof(empty), st.Root, handler, full, refused)
	// A contract that does not exist proves nothing absent.
	ghost := common.HexToAddress("0xdead")
	add("generated/absence in a missing account", common.Hash{}, st.AccountProof(ghost), nil, st.Root, ghost, empty, refused)
	return out
}

// flip returns a copy of nodes with one bit of node i changed (in its
// middle, so prefixes and hashes inside are hit across nodes).
func flip(nodes [][]byte, i int) [][]byte {
	out := make([][]byte, len(nodes))
	for j, n := range nodes {
		out[j] = slices.Clone(n)
	}
	out[i][len(out[i])/2] ^= 0x10
	return out
}

func hexList(nodes [][]byte) []hexutil.Bytes {
	out := make([]hexutil.Bytes, len(nodes))
	for i, n := range nodes {
		out[i] = slices.Clone(n)
	}
	return out
}
