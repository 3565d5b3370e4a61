package ethereum

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// Account is an account as committed in the execution state trie.
type Account struct {
	Nonce       uint64
	Balance     *big.Int
	StorageRoot common.Hash
	CodeHash    common.Hash
}

// proofDB puts proof nodes into a key-value store keyed by their hashes,
// which is the form trie.VerifyProof reads.
func proofDB(nodes [][]byte) *memorydb.Database {
	db := memorydb.New()
	for _, n := range nodes {
		_ = db.Put(crypto.Keccak256(n), n) // memorydb.Put fails only when closed
	}
	return db
}

// verifyMPT returns the value at keccak256(key) under root, or nil when the
// proof shows the key is absent.
func verifyMPT(root common.Hash, key []byte, nodes [][]byte) ([]byte, error) {
	v, err := trie.VerifyProof(root, crypto.Keccak256(key), proofDB(nodes))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidMPTProof, err)
	}
	return v, nil
}

// VerifyAccount verifies an eth_getProof account proof for addr against an
// execution state root and returns the account. A proof of absence returns
// ErrAccountAbsent; a proof that does not match the root returns
// ErrInvalidMPTProof.
func VerifyAccount(stateRoot common.Hash, addr common.Address, proof [][]byte) (*Account, error) {
	v, err := verifyMPT(stateRoot, addr[:], proof)
	if err != nil {
		return nil, fmt.Errorf("account %s under state root %s: %w", addr, stateRoot, err)
	}
	if v == nil {
		return nil, fmt.Errorf("%w: account %s under state root %s", ErrAccountAbsent, addr, stateRoot)
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(v, &acc); err != nil {
		return nil, fmt.Errorf("%w: account %s: state trie value does not decode: %w", ErrInvalidMPTProof, addr, err)
	}
	return &Account{Nonce: acc.Nonce, Balance: acc.Balance.ToBig(), StorageRoot: acc.Root, CodeHash: common.BytesToHash(acc.CodeHash)}, nil
}

// VerifyStorage verifies an eth_getProof storage proof for slot against an
// account's storage root and returns the stored value (big-endian, leading
// zeros stripped, as the trie stores it). An empty slot returns ErrSlotEmpty.
func VerifyStorage(storageRoot, slot common.Hash, proof [][]byte) ([]byte, error) {
	v, err := verifyMPT(storageRoot, slot[:], proof)
	if err != nil {
		return nil, fmt.Errorf("storage slot %s under root %s: %w", slot, storageRoot, err)
	}
	if v == nil {
		return nil, fmt.Errorf("%w: slot %s under storage root %s", ErrSlotEmpty, slot, storageRoot)
	}
	_, content, _, err := rlp.Split(v)
	if err != nil {
		return nil, fmt.Errorf("%w: slot %s: stored value is not RLP: %w", ErrInvalidMPTProof, slot, err)
	}
	if len(content) == 0 {
		return nil, fmt.Errorf("%w: slot %s: stored value is empty", ErrInvalidMPTProof, slot)
	}
	return content, nil
}

// VerifyStorageAbsence verifies that slot is empty (never written or
// cleared) under an account's storage root. A proof showing a value returns
// ErrSlotNotEmpty.
func VerifyStorageAbsence(storageRoot, slot common.Hash, proof [][]byte) error {
	v, err := verifyMPT(storageRoot, slot[:], proof)
	if err != nil {
		return fmt.Errorf("storage slot %s under root %s: %w", slot, storageRoot, err)
	}
	if v != nil {
		return fmt.Errorf("%w: slot %s under storage root %s holds %x", ErrSlotNotEmpty, slot, storageRoot, v)
	}
	return nil
}

// StorageProof is one entry of an eth_getProof response's storageProof.
type StorageProof struct {
	Key   common.Hash     `json:"key"`
	Value *hexutil.Big    `json:"value"`
	Proof []hexutil.Bytes `json:"proof"`
}

// AccountProof is an eth_getProof response.
type AccountProof struct {
	Address      common.Address  `json:"address"`
	AccountProof []hexutil.Bytes `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []StorageProof  `json:"storageProof"`
}

// DecodeAccountProof parses the JSON result of eth_getProof.
func DecodeAccountProof(data []byte) (*AccountProof, error) {
	var p AccountProof
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("%w: eth_getProof result: %w", ErrMalformed, err)
	}
	if p.Balance == nil {
		return nil, fmt.Errorf("%w: eth_getProof result: missing balance", ErrMalformed)
	}
	for i, sp := range p.StorageProof {
		if sp.Value == nil {
			return nil, fmt.Errorf("%w: eth_getProof result: storageProof[%d] has no value", ErrMalformed, i)
		}
	}
	return &p, nil
}

func nodes(bs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(bs))
	for i, b := range bs {
		out[i] = b
	}
	return out
}

// Verify checks every claim of an eth_getProof response against a verified
// execution state root: the account's nonce, balance, storage root and code
// hash, and for each storage entry its value (a zero value must be proven
// absent). It returns the first claim that does not hold.
func (p *AccountProof) Verify(stateRoot common.Hash) error {
	acc, err := VerifyAccount(stateRoot, p.Address, nodes(p.AccountProof))
	if err != nil {
		return err
	}
	switch {
	case acc.Nonce != uint64(p.Nonce):
		return fmt.Errorf("%w: %s nonce: proof has %d, response claims %d", ErrAccountMismatch, p.Address, acc.Nonce, uint64(p.Nonce))
	case p.Balance == nil || acc.Balance.Cmp(p.Balance.ToInt()) != 0:
		return fmt.Errorf("%w: %s balance: proof has %s, response claims %v", ErrAccountMismatch, p.Address, acc.Balance, p.Balance)
	case acc.StorageRoot != p.StorageHash:
		return fmt.Errorf("%w: %s storage root: proof has %s, response claims %s", ErrAccountMismatch, p.Address, acc.StorageRoot, p.StorageHash)
	case acc.CodeHash != p.CodeHash:
		return fmt.Errorf("%w: %s code hash: proof has %s, response claims %s", ErrAccountMismatch, p.Address, acc.CodeHash, p.CodeHash)
	}
	for i, sp := range p.StorageProof {
		if sp.Value == nil {
			return fmt.Errorf("%w: storageProof[%d] has no value", ErrMalformed, i)
		}
		claimed := sp.Value.ToInt()
		if claimed.Sign() == 0 {
			if err := VerifyStorageAbsence(acc.StorageRoot, sp.Key, nodes(sp.Proof)); err != nil {
				return fmt.Errorf("storageProof[%d]: %w", i, err)
			}
			continue
		}
		v, err := VerifyStorage(acc.StorageRoot, sp.Key, nodes(sp.Proof))
		if err != nil {
			return fmt.Errorf("storageProof[%d]: %w", i, err)
		}
		if !bytes.Equal(v, claimed.Bytes()) {
			return fmt.Errorf("%w: storageProof[%d] slot %s: proof has %x, response claims %x", ErrStorageMismatch, i, sp.Key, v, claimed.Bytes())
		}
	}
	return nil
}
