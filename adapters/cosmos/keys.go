package cosmos

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	dkeyring "github.com/99designs/keyring"
	"golang.org/x/crypto/bcrypt"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
)

// KeyringAppName names Causeway's keyring (the file backend keeps keys in
// DIR/keyring-file, encrypted with the passphrase).
const KeyringAppName = "causeway"

// hdPath is the derivation path of new and restored keys (BIP-44, coin
// type 118, as the Cosmos SDK's CLI uses).
const hdPath = "m/44'/118'/0'/0/0"

// KeyInfo describes a key without its secret.
type KeyInfo struct {
	Name    string
	Address string // bech32 with the chain's prefix
	PubKey  string // hex
}

// OpenKeyring opens (creating if needed) the encrypted file keyring in
// dir/keyring-file, unlocked with passphrase; it never prompts on a
// terminal. The layout is the cosmos-sdk file backend's (keys encrypted with
// the passphrase, its bcrypt hash in keyhash), so `simd keys ...
// --keyring-backend file --keyring-dir dir` reads the same keys. A wrong
// passphrase is refused here, before any key is touched.
func OpenKeyring(dir, passphrase string, c *Codec) (keyring.Keyring, error) {
	if len(passphrase) < 8 {
		return nil, errors.New("cosmos: keyring passphrase must have at least 8 characters")
	}
	fileDir := filepath.Join(dir, "keyring-file")
	if err := os.MkdirAll(fileDir, 0o700); err != nil {
		return nil, fmt.Errorf("cosmos: keyring dir %s: %w", fileDir, err)
	}
	hashPath := filepath.Join(fileDir, "keyhash")
	switch hash, err := os.ReadFile(hashPath); {
	case err == nil:
		if err := bcrypt.CompareHashAndPassword(hash, []byte(passphrase)); err != nil {
			return nil, fmt.Errorf("cosmos: keyring in %s: wrong passphrase", dir)
		}
	case os.IsNotExist(err):
		hash, err := bcrypt.GenerateFromPassword([]byte(passphrase), bcrypt.DefaultCost)
		if err != nil {
			return nil, fmt.Errorf("cosmos: keyring passphrase hash: %w", err)
		}
		if err := os.WriteFile(hashPath, hash, 0o600); err != nil {
			return nil, fmt.Errorf("cosmos: keyring in %s: %w", dir, err)
		}
	default:
		return nil, fmt.Errorf("cosmos: keyring in %s: %w", dir, err)
	}
	db, err := dkeyring.Open(dkeyring.Config{
		AllowedBackends:  []dkeyring.BackendType{dkeyring.FileBackend},
		ServiceName:      KeyringAppName,
		FileDir:          fileDir,
		FilePasswordFunc: dkeyring.FixedStringPrompt(passphrase),
	})
	if err != nil {
		return nil, fmt.Errorf("cosmos: open file keyring in %s: %w", dir, err)
	}
	return keyring.NewInMemoryWithKeyring(db, c.Marshaler), nil
}

// AddKey creates key name from a new 24-word mnemonic and returns its info
// and the mnemonic (show it once to the operator; it is not stored in clear).
func AddKey(kr keyring.Keyring, c *Codec, name string) (KeyInfo, string, error) {
	rec, mnemonic, err := kr.NewMnemonic(name, keyring.English, hdPath, keyring.DefaultBIP39Passphrase, hd.Secp256k1)
	if err != nil {
		return KeyInfo{}, "", fmt.Errorf("cosmos: add key %q: %w", name, err)
	}
	info, err := keyInfo(c, rec)
	return info, mnemonic, err
}

// RestoreKey stores key name derived from mnemonic.
func RestoreKey(kr keyring.Keyring, c *Codec, name, mnemonic string) (KeyInfo, error) {
	rec, err := kr.NewAccount(name, strings.TrimSpace(mnemonic), keyring.DefaultBIP39Passphrase, hdPath, hd.Secp256k1)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("cosmos: restore key %q: %w", name, err)
	}
	return keyInfo(c, rec)
}

// ListKeys lists the keys in the keyring.
func ListKeys(kr keyring.Keyring, c *Codec) ([]KeyInfo, error) {
	recs, err := kr.List()
	if err != nil {
		return nil, fmt.Errorf("cosmos: list keys: %w", err)
	}
	out := make([]KeyInfo, 0, len(recs))
	for _, r := range recs {
		info, err := keyInfo(c, r)
		if err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	return out, nil
}

// ShowKey describes key name.
func ShowKey(kr keyring.Keyring, c *Codec, name string) (KeyInfo, error) {
	rec, err := kr.Key(name)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("cosmos: key %q: %w", name, err)
	}
	return keyInfo(c, rec)
}

func keyInfo(c *Codec, rec *keyring.Record) (KeyInfo, error) {
	addr, err := rec.GetAddress()
	if err != nil {
		return KeyInfo{}, fmt.Errorf("cosmos: key %q address: %w", rec.Name, err)
	}
	s, err := c.Address.BytesToString(addr)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("cosmos: key %q address: %w", rec.Name, err)
	}
	pk, err := rec.GetPubKey()
	if err != nil {
		return KeyInfo{}, fmt.Errorf("cosmos: key %q pubkey: %w", rec.Name, err)
	}
	return KeyInfo{Name: rec.Name, Address: s, PubKey: fmt.Sprintf("%X", pk.Bytes())}, nil
}
