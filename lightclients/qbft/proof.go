package qbft

// Merkle-Patricia proofs against a verified header's state root.
//
// This is a thin layer over go-ethereum's trie.VerifyProof, written here
// because lightclients/ethereum's proof API was not committed when this
// package needed it; the two should be consolidated into lightclients/ethereum
// (Besu's state trie is Ethereum's, so the functions are the same).

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// verifyTrie returns the value stored at keccak256(key) under root, or nil if
// the proof shows the key is absent (always, under the empty trie root).
func verifyTrie(what string, root common.Hash, key []byte, proof [][]byte) ([]byte, error) {
	if root == types.EmptyRootHash {
		// The empty trie holds nothing; eth_getProof returns no nodes for
		// it.
		return nil, nil
	}
	db := memorydb.New()
	for _, n := range proof {
		if err := db.Put(crypto.Keccak256(n), n); err != nil {
			return nil, ErrInvalidProof{What: what, Reason: "loading proof nodes", Err: err}
		}
	}
	v, err := trie.VerifyProof(root, crypto.Keccak256(key), db)
	if err != nil {
		return nil, ErrInvalidProof{What: what, Reason: fmt.Sprintf("does not resolve under root %s", root), Err: err}
	}
	return v, nil
}

// VerifyAccountProof checks an eth_getProof account proof for addr against a
// verified state root. It returns the account, or nil and no error when the
// proof shows the account does not exist.
func VerifyAccountProof(stateRoot common.Hash, addr common.Address, proof [][]byte) (*types.StateAccount, error) {
	v, err := verifyTrie("account", stateRoot, addr[:], proof)
	if err != nil {
		return nil, fmt.Errorf("qbft: account %s: %w", addr, err)
	}
	if v == nil {
		return nil, nil
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(v, &acc); err != nil {
		return nil, fmt.Errorf("qbft: account %s: %w", addr, ErrInvalidProof{What: "account", Reason: "leaf is not an account", Err: err})
	}
	return &acc, nil
}

// VerifyStorageProof checks an eth_getProof storage proof for slot against an
// account's storage root. It returns the stored value (big-endian, no
// leading zeros), or nil and no error when the proof shows the slot is
// empty.
func VerifyStorageProof(storageRoot, slot common.Hash, proof [][]byte) ([]byte, error) {
	v, err := verifyTrie("storage", storageRoot, slot[:], proof)
	if err != nil {
		return nil, fmt.Errorf("qbft: storage slot %s: %w", slot, err)
	}
	if v == nil {
		return nil, nil
	}
	content, rest, err := rlp.SplitString(v)
	if err != nil || len(rest) != 0 || len(content) == 0 {
		return nil, fmt.Errorf("qbft: storage slot %s: %w", slot, ErrInvalidProof{What: "storage", Reason: fmt.Sprintf("leaf %x is not a non-empty RLP string", v), Err: err})
	}
	return content, nil
}

// VerifyMembership proves that slot of the contract at addr holds value
// (big-endian; leading zeros are ignored) in the state with the verified
// root: the account proof gives the contract's storage root, the storage
// proof the value. This is how an IBC commitment stored by the handler
// contract is proven.
func VerifyMembership(stateRoot common.Hash, addr common.Address, slot common.Hash, value []byte, accountProof, storageProof [][]byte) error {
	acc, err := VerifyAccountProof(stateRoot, addr, accountProof)
	if err != nil {
		return err
	}
	if acc == nil {
		return fmt.Errorf("qbft: membership of %s slot %s: %w", addr, slot, ErrInvalidProof{What: "account", Reason: "the account does not exist"})
	}
	got, err := VerifyStorageProof(acc.Root, slot, storageProof)
	if err != nil {
		return err
	}
	want := bytes.TrimLeft(value, "\x00")
	if len(want) == 0 {
		return fmt.Errorf("qbft: membership of %s slot %s: %w", addr, slot, ErrInvalidProof{What: "storage", Reason: "a zero value cannot be proven present; prove non-membership"})
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("qbft: membership of %s slot %s: %w", addr, slot, ErrInvalidProof{What: "storage", Reason: fmt.Sprintf("slot holds %x, not %x", got, want)})
	}
	return nil
}

// VerifyNonMembership proves that slot of the contract at addr is empty in
// the state with the verified root (the contract itself must exist: an IBC
// receipt's absence is only meaningful in the handler's storage).
func VerifyNonMembership(stateRoot common.Hash, addr common.Address, slot common.Hash, accountProof, storageProof [][]byte) error {
	acc, err := VerifyAccountProof(stateRoot, addr, accountProof)
	if err != nil {
		return err
	}
	if acc == nil {
		return fmt.Errorf("qbft: non-membership of %s slot %s: %w", addr, slot, ErrInvalidProof{What: "account", Reason: "the account does not exist"})
	}
	got, err := VerifyStorageProof(acc.Root, slot, storageProof)
	if err != nil {
		return err
	}
	if got != nil {
		return fmt.Errorf("qbft: non-membership of %s slot %s: %w", addr, slot, ErrInvalidProof{What: "storage", Reason: fmt.Sprintf("slot holds %x", got)})
	}
	return nil
}
