package tendermint

import (
	"bytes"
	"errors"
	"fmt"

	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
)

// StorePrefix is the commitment prefix of ibc-go's store on Cosmos-SDK
// chains (the IBC module's store key).
const StorePrefix = "ibc"

// VerifyMembership checks that proof (a protobuf ibc-go MerkleProof, as
// carried in IBC messages) proves value stored under the ICS-24 path (e.g.
// "commitments/ports/transfer/channels/channel-0/sequences/1") in the IBC
// store, against appHash: the app hash of a verified header. A proof
// queried at height H verifies against the header at H+1.
// Errors are *ProofError wrapping ErrProof.
func VerifyMembership(appHash []byte, path string, value, proof []byte) error {
	mp, mpath, err := decode(appHash, path, proof)
	if err != nil {
		return &ProofError{Path: path, Reason: err}
	}
	if err := mp.VerifyMembership(commitmenttypes.GetSDKSpecs(), commitmenttypes.NewMerkleRoot(appHash), mpath, value); err != nil {
		return &ProofError{Path: path, Reason: err}
	}
	return nil
}

// VerifyNonMembership checks that proof proves nothing is stored under path
// in the IBC store against appHash (see VerifyMembership).
func VerifyNonMembership(appHash []byte, path string, proof []byte) error {
	mp, mpath, err := decode(appHash, path, proof)
	if err != nil {
		return &ProofError{Path: path, Absent: true, Reason: err}
	}
	// ics23 checks the neighbours against the queried key, not the proof's
	// own key field; refuse a proof that names another key so no byte of it
	// can be altered unnoticed.
	if len(mp.Proofs) > 0 {
		if ne := mp.Proofs[0].GetNonexist(); ne != nil && !bytes.Equal(ne.Key, []byte(path)) {
			return &ProofError{Path: path, Absent: true, Reason: fmt.Errorf("proof is for key %q", ne.Key)}
		}
	}
	if err := mp.VerifyNonMembership(commitmenttypes.GetSDKSpecs(), commitmenttypes.NewMerkleRoot(appHash), mpath); err != nil {
		return &ProofError{Path: path, Absent: true, Reason: err}
	}
	return nil
}

func decode(appHash []byte, path string, proof []byte) (commitmenttypes.MerkleProof, commitmenttypes.MerklePath, error) {
	var mp commitmenttypes.MerkleProof
	if len(appHash) == 0 {
		return mp, commitmenttypes.MerklePath{}, errors.New("empty app hash")
	}
	if len(proof) == 0 {
		return mp, commitmenttypes.MerklePath{}, errors.New("empty proof")
	}
	if err := mp.Unmarshal(proof); err != nil {
		return mp, commitmenttypes.MerklePath{}, fmt.Errorf("decode merkle proof: %w", err)
	}
	mpath, err := commitmenttypes.ApplyPrefix(commitmenttypes.NewMerklePrefix([]byte(StorePrefix)), commitmenttypes.NewMerklePath(path))
	if err != nil {
		return mp, mpath, fmt.Errorf("prefix path: %w", err)
	}
	return mp, mpath, nil
}
