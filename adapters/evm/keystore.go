package evm

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Keys is a directory of signer keys for one EVM chain, in go-ethereum's
// encrypted keystore format (scrypt + AES-128-CTR, the files geth and Clef
// read). The CLI's `causeway keys add|import|list --chain ID` call these
// methods with the chain's key directory; keys never leave the directory
// unencrypted and are never logged.
type Keys struct {
	dir              string
	scryptN, scryptP int
}

// OpenKeys opens (creating when missing) the keystore directory dir with
// go-ethereum's standard scrypt parameters. light selects the light
// parameters (fast, weaker): for tests and devnets only.
func OpenKeys(dir string, light bool) (*Keys, error) {
	if dir == "" {
		return nil, errors.New("evm: keystore directory is empty")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("evm: create keystore directory %s: %w", dir, err)
	}
	k := &Keys{dir: dir, scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	if light {
		k.scryptN, k.scryptP = keystore.LightScryptN, keystore.LightScryptP
	}
	return k, nil
}

func (k *Keys) store() *keystore.KeyStore {
	return keystore.NewKeyStore(k.dir, k.scryptN, k.scryptP)
}

// Create generates a new key, stores it encrypted with passphrase and returns its address.
func (k *Keys) Create(passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, errors.New("evm: refusing to create a key with an empty passphrase")
	}
	acc, err := k.store().NewAccount(passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("evm: create key in %s: %w", k.dir, err)
	}
	return acc.Address, nil
}

// ImportHex imports a hex-encoded secp256k1 private key (with or without 0x)
// and stores it encrypted with passphrase.
func (k *Keys) ImportHex(privHex, passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, errors.New("evm: refusing to import a key with an empty passphrase")
	}
	priv, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(privHex), "0x"))
	if err != nil {
		return common.Address{}, fmt.Errorf("evm: import key: not a hex secp256k1 private key: %w", err)
	}
	acc, err := k.store().ImportECDSA(priv, passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("evm: import key into %s: %w", k.dir, err)
	}
	return acc.Address, nil
}

// ImportJSON imports a keystore file (e.g. one exported by geth) encrypted
// with oldPassphrase and re-encrypts it with newPassphrase.
func (k *Keys) ImportJSON(keyJSON []byte, oldPassphrase, newPassphrase string) (common.Address, error) {
	if newPassphrase == "" {
		return common.Address{}, errors.New("evm: refusing to import a key with an empty passphrase")
	}
	acc, err := k.store().Import(keyJSON, oldPassphrase, newPassphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("evm: import keystore JSON into %s: %w", k.dir, err)
	}
	return acc.Address, nil
}

// List returns the addresses of the keys in the directory.
func (k *Keys) List() []common.Address {
	accs := k.store().Accounts()
	out := make([]common.Address, len(accs))
	for i, a := range accs {
		out[i] = a.Address
	}
	return out
}

// Load decrypts the key of addr.
func (k *Keys) Load(addr common.Address, passphrase string) (*ecdsa.PrivateKey, error) {
	acc, err := k.store().Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("evm: key %s not in %s: %w", addr, k.dir, err)
	}
	blob, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("evm: read key %s: %w", addr, err)
	}
	key, err := keystore.DecryptKey(blob, passphrase)
	if err != nil {
		return nil, fmt.Errorf("evm: decrypt key %s: %w", addr, err)
	}
	return key.PrivateKey, nil
}
