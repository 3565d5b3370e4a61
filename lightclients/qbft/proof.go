package qbft

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
)

// Merkle-Patricia proofs against a verified header's state root. Besu's
// state trie is Ethereum's, so the trie work is lightclients/ethereum's
// (VerifyAccount, VerifyStorage, VerifyStorageAbsence over go-ethereum's
// trie.VerifyProof); this file only fixes what a QBFT chain's proof must
// show and reports failures as ErrInvalidProof.

// VerifyMembership proves that slot of the contract at addr holds value
// (big-endian; leading zeros are ignored) in the state with the verified
// root: the account proof (eth_getProof's accountProof) gives the contract's
// storage root, the storage proof the value. This is how an IBC commitment
// stored by the handler contract is proven.
func VerifyMembership(stateRoot common.Hash, addr common.Address, slot common.Hash, value []byte, accountProof, storageProof [][]byte) error {
	fail := func(reason string, err error) error {
		return fmt.Errorf("qbft: membership of %s slot %s under state root %s: %w", addr, slot, stateRoot,
			ErrInvalidProof{What: "membership", Reason: reason, Err: err})
	}
	want := bytes.TrimLeft(value, "\x00")
	if len(want) == 0 {
		return fail("a zero value cannot be proven present; prove non-membership", nil)
	}
	acc, err := ethereum.VerifyAccount(stateRoot, addr, accountProof)
	if err != nil {
		return fail("account proof", err)
	}
	got, err := ethereum.VerifyStorage(acc.StorageRoot, slot, storageProof)
	if err != nil {
		return fail("storage proof", err)
	}
	if !bytes.Equal(got, want) {
		return fail(fmt.Sprintf("slot holds %x, not %x", got, want), nil)
	}
	return nil
}

// VerifyNonMembership proves that slot of the contract at addr is empty in
// the state with the verified root. The contract itself must exist: an IBC
// receipt's absence only means something in the handler's storage.
func VerifyNonMembership(stateRoot common.Hash, addr common.Address, slot common.Hash, accountProof, storageProof [][]byte) error {
	fail := func(reason string, err error) error {
		return fmt.Errorf("qbft: non-membership of %s slot %s under state root %s: %w", addr, slot, stateRoot,
			ErrInvalidProof{What: "non-membership", Reason: reason, Err: err})
	}
	acc, err := ethereum.VerifyAccount(stateRoot, addr, accountProof)
	if err != nil {
		if errors.Is(err, ethereum.ErrAccountAbsent) {
			return fail("the contract does not exist", err)
		}
		return fail("account proof", err)
	}
	if acc.StorageRoot == types.EmptyRootHash {
		// An empty storage trie holds nothing; eth_getProof returns no
		// nodes for it.
		return nil
	}
	if err := ethereum.VerifyStorageAbsence(acc.StorageRoot, slot, storageProof); err != nil {
		return fail("storage proof", err)
	}
	return nil
}
