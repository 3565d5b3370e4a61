package evm

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// AttestationLeaf is one (path, value) fact in an attested batch: the value
// stored under an ICS-24 path of the counterparty, or (Absent) the proven
// absence of any value there (non-receipt, for timeouts).
type AttestationLeaf struct {
	Path   string
	Value  []byte
	Absent bool
}

// Hash is the leaf hash the attestation client recomputes:
// keccak256(0x00 || keccak256(path) || keccak256(value)) for membership,
// keccak256(0x01 || keccak256(path)) for absence.
func (l AttestationLeaf) Hash() common.Hash {
	if l.Absent {
		return crypto.Keccak256Hash([]byte{1}, crypto.Keccak256([]byte(l.Path)))
	}
	return crypto.Keccak256Hash([]byte{0}, crypto.Keccak256([]byte(l.Path)), crypto.Keccak256(l.Value))
}

// AttestationTree is the Merkle tree over a batch of leaves, built as the
// attestation client verifies it: inner nodes hash the sorted pair, an odd
// node moves up unchanged.
type AttestationTree struct {
	levels [][]common.Hash // levels[0] = leaf hashes
}

// NewAttestationTree builds the tree over leaves (at least one).
func NewAttestationTree(leaves []AttestationLeaf) (*AttestationTree, error) {
	if len(leaves) == 0 {
		return nil, errors.New("evm: attestation tree needs at least one leaf")
	}
	level := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		level[i] = l.Hash()
	}
	t := &AttestationTree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Root is the root operators sign.
func (t *AttestationTree) Root() common.Hash {
	return t.levels[len(t.levels)-1][0]
}

// Proof is the ABI-encoded branch (bytes32[] siblings, leaf to root) of leaf
// i, the `proof` argument of recvPacket / acknowledgePacket / timeoutPacket.
func (t *AttestationTree) Proof(i int) ([]byte, error) {
	if i < 0 || i >= len(t.levels[0]) {
		return nil, fmt.Errorf("evm: attestation proof: leaf %d out of range [0,%d)", i, len(t.levels[0]))
	}
	var sib [][32]byte
	for _, level := range t.levels[:len(t.levels)-1] {
		j := i ^ 1
		if j < len(level) {
			sib = append(sib, level[j])
		}
		i /= 2
	}
	if sib == nil {
		sib = [][32]byte{}
	}
	return proofArgs.Pack(sib)
}

var (
	bytes32ArrT, _ = abi.NewType("bytes32[]", "", nil)
	uint64T, _     = abi.NewType("uint64", "", nil)
	bytes32T, _    = abi.NewType("bytes32", "", nil)
	bytesArrT, _   = abi.NewType("bytes[]", "", nil)
	proofArgs      = abi.Arguments{{Type: bytes32ArrT}}
	clientMsgArgs  = abi.Arguments{{Type: uint64T}, {Type: uint64T}, {Type: uint64T}, {Type: bytes32T}, {Type: bytesArrT}}
)

// Attestation is what an operator signs: the root of a batch of facts about
// the counterparty at one height, for one operator set of one attestation
// client contract on one chain.
type Attestation struct {
	ChainID        *big.Int       // EVM chain id of the chain the client lives on
	Client         common.Address // attestation client contract (EIP-712 verifyingContract)
	OperatorSetID  uint64
	RevisionNumber uint64
	RevisionHeight uint64
	Timestamp      uint64 // counterparty block time at the height, ns
	Root           common.Hash
}

// Digest is the EIP-712 hash of the attestation (go-ethereum's typed-data encoder).
func (a Attestation) Digest() (common.Hash, error) {
	if a.ChainID == nil {
		return common.Hash{}, errors.New("evm: attestation digest: no chain id")
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			"Attestation": {
				{Name: "operatorSetId", Type: "uint64"},
				{Name: "revisionNumber", Type: "uint64"},
				{Name: "revisionHeight", Type: "uint64"},
				{Name: "timestamp", Type: "uint64"},
				{Name: "root", Type: "bytes32"},
			},
		},
		PrimaryType: "Attestation",
		Domain: apitypes.TypedDataDomain{
			Name:              "Causeway Attestation Client",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(a.ChainID),
			VerifyingContract: a.Client.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"operatorSetId":  new(big.Int).SetUint64(a.OperatorSetID),
			"revisionNumber": new(big.Int).SetUint64(a.RevisionNumber),
			"revisionHeight": new(big.Int).SetUint64(a.RevisionHeight),
			"timestamp":      new(big.Int).SetUint64(a.Timestamp),
			"root":           hexutil.Encode(a.Root[:]),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("evm: attestation digest: %w", err)
	}
	return common.BytesToHash(h), nil
}

// SignAttestation signs the attestation's EIP-712 digest with an operator key
// (65 bytes r || s || v, v in {27, 28}).
func SignAttestation(a Attestation, key *ecdsa.PrivateKey) ([]byte, error) {
	d, err := a.Digest()
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return nil, fmt.Errorf("evm: sign attestation: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// AttestationSignature is one operator's signature with its signer.
type AttestationSignature struct {
	Signer    common.Address
	Signature []byte
}

// RecoverAttestationSigner returns the address that produced sig over a.
func RecoverAttestationSigner(a Attestation, sig []byte) (common.Address, error) {
	d, err := a.Digest()
	if err != nil {
		return common.Address{}, err
	}
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("evm: attestation signature is %d bytes, want 65", len(sig))
	}
	s := bytes.Clone(sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("evm: recover attestation signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// AttestationClientMessage encodes the updateClient message of the
// attestation client: the attestation and its signatures, sorted by signer
// as the contract requires.
func AttestationClientMessage(a Attestation, sigs []AttestationSignature) ([]byte, error) {
	sorted := append([]AttestationSignature(nil), sigs...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Signer[:], sorted[j].Signer[:]) < 0 })
	raw := make([][]byte, len(sorted))
	for i, s := range sorted {
		raw[i] = s.Signature
	}
	out, err := clientMsgArgs.Pack(a.RevisionNumber, a.RevisionHeight, a.Timestamp, [32]byte(a.Root), raw)
	if err != nil {
		return nil, fmt.Errorf("evm: encode attestation client message: %w", err)
	}
	return out, nil
}
