package ibcclient

import (
	"fmt"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// CommitmentsSlot is the storage slot of the IBC handler contract's
// `commitments` mapping (adapters/evm/contracts/src/IBCHandler.sol: its
// first state variable). It is part of the proof format: the client reads
// nothing else of the handler's storage.
const CommitmentsSlot = 0

// StorageKey is the storage slot, in the IBC handler, of the value stored
// under an ICS-24 path: keccak256(abi.encode(keccak256(path),
// uint256(CommitmentsSlot))). The relayer passes it to eth_getProof.
func StorageKey(path string) common.Hash {
	var buf [64]byte
	copy(buf[:32], crypto.Keccak256([]byte(path)))
	buf[63] = CommitmentsSlot
	return crypto.Keccak256Hash(buf[:])
}

// StoredValue is the word the handler stores for an ICS-24 value: the value
// itself when it is exactly 32 bytes (packet and acknowledgement
// commitments), keccak256(value) otherwise (receipts, next sequence, channel
// and connection ends).
func StoredValue(value []byte) common.Hash {
	if len(value) == 32 {
		return common.BytesToHash(value)
	}
	return crypto.Keccak256Hash(value)
}

// NewStorageProof encodes an eth_getProof response for the IBC handler with
// one storage entry (the slot of [StorageKey]) as the proof bytes that
// VerifyMembership and VerifyNonMembership take. It does not verify the
// proof; the relayer checks it against its own light client first.
func NewStorageProof(p *ethereum.AccountProof) ([]byte, error) {
	if p == nil || len(p.StorageProof) != 1 {
		return nil, fmt.Errorf("ethereum client: a storage proof needs exactly one storage entry")
	}
	proofs, err := NewStorageProofs(p)
	if err != nil {
		return nil, err
	}
	return proofs[0], nil
}

// NewStorageProofs splits an eth_getProof response for several slots (one
// per packet of a batch) into one proof per storage entry, in order, each
// with the shared account proof.
func NewStorageProofs(p *ethereum.AccountProof) ([][]byte, error) {
	if p == nil || len(p.AccountProof) == 0 {
		return nil, fmt.Errorf("ethereum client: eth_getProof response has no account proof")
	}
	account := make([][]byte, len(p.AccountProof))
	for i, n := range p.AccountProof {
		account[i] = n
	}
	out := make([][]byte, len(p.StorageProof))
	for i, e := range p.StorageProof {
		sp := &StorageProof{AccountProof: account, StorageProof: make([][]byte, len(e.Proof))}
		for j, n := range e.Proof {
			sp.StorageProof[j] = n
		}
		bz, err := sp.Marshal()
		if err != nil {
			return nil, fmt.Errorf("ethereum client: encode storage proof %d: %w", i, err)
		}
		out[i] = bz
	}
	return out, nil
}

// ics24Path returns the ICS-24 path of a commitment path built by ibc-go:
// MerklePath{KeyPath: [prefix, path]}. The handler keeps everything in one
// mapping, so the connection's counterparty prefix (which ibc-go requires to
// be non-empty) is not part of the storage key.
func ics24Path(path exported.Path) (string, error) {
	mp, ok := path.(commitmenttypes.MerklePath)
	if !ok {
		return "", fmt.Errorf("%w: path is %T, want %T", commitmenttypes.ErrInvalidProof, path, mp)
	}
	if len(mp.KeyPath) != 2 || mp.KeyPath[1] == "" {
		return "", fmt.Errorf("%w: merkle path %v must be [prefix, ics24 path]", commitmenttypes.ErrInvalidProof, mp.KeyPath)
	}
	return mp.KeyPath[1], nil
}

// storageRoot verifies the handler's account proof under stateRoot and
// returns its storage root.
func storageRoot(stateRoot common.Hash, handler common.Address, proof *StorageProof) (common.Hash, error) {
	acc, err := ethereum.VerifyAccount(stateRoot, handler, proof.AccountProof)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: IBC handler account: %w", commitmenttypes.ErrInvalidProof, err)
	}
	return acc.StorageRoot, nil
}

func decodeStorageProof(bz []byte) (*StorageProof, error) {
	var p StorageProof
	if err := p.Unmarshal(bz); err != nil {
		return nil, fmt.Errorf("%w: proof is not a StorageProof: %w", commitmenttypes.ErrInvalidProof, err)
	}
	if len(p.AccountProof) == 0 || len(p.StorageProof) == 0 {
		return nil, fmt.Errorf("%w: StorageProof needs account and storage proof nodes", commitmenttypes.ErrInvalidProof)
	}
	return &p, nil
}

// verifyMembership checks that the handler stores StoredValue(value) under
// path in the state with root stateRoot.
func verifyMembership(stateRoot common.Hash, handler common.Address, proofBz []byte, path exported.Path, value []byte) error {
	p, err := ics24Path(path)
	if err != nil {
		return err
	}
	proof, err := decodeStorageProof(proofBz)
	if err != nil {
		return err
	}
	root, err := storageRoot(stateRoot, handler, proof)
	if err != nil {
		return err
	}
	key := StorageKey(p)
	got, err := ethereum.VerifyStorage(root, key, proof.StorageProof)
	if err != nil {
		return fmt.Errorf("%w: %q (slot %s): %w", commitmenttypes.ErrInvalidProof, p, key, err)
	}
	if want := StoredValue(value); len(got) > 32 || common.BytesToHash(got) != want {
		return fmt.Errorf("%w: %q (slot %s): handler stores %x, the value commits to %s", commitmenttypes.ErrInvalidProof, p, key, got, want)
	}
	return nil
}

// verifyNonMembership checks that the handler stores nothing under path.
func verifyNonMembership(stateRoot common.Hash, handler common.Address, proofBz []byte, path exported.Path) error {
	p, err := ics24Path(path)
	if err != nil {
		return err
	}
	proof, err := decodeStorageProof(proofBz)
	if err != nil {
		return err
	}
	root, err := storageRoot(stateRoot, handler, proof)
	if err != nil {
		return err
	}
	key := StorageKey(p)
	if err := ethereum.VerifyStorageAbsence(root, key, proof.StorageProof); err != nil {
		return fmt.Errorf("%w: %q (slot %s): %w", commitmenttypes.ErrInvalidProof, p, key, err)
	}
	return nil
}
