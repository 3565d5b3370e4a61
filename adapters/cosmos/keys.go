package cosmos

import (
	"errors"
	"fmt"
	"io"
	"strings"

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

// OpenKeyring opens (creating if needed) the encrypted file keyring in dir,
// unlocked with passphrase. When the process's standard input is a terminal
// the cosmos-sdk keyring asks for the passphrase there instead.
func OpenKeyring(dir, passphrase string, c *Codec) (keyring.Keyring, error) {
	if passphrase == "" {
		return nil, errors.New("cosmos: keyring passphrase is empty")
	}
	if len(passphrase) < 8 {
		return nil, errors.New("cosmos: keyring passphrase must have at least 8 characters")
	}
	kr, err := keyring.New(KeyringAppName, keyring.BackendFile, dir, &repeatReader{line: passphrase + "\n"}, c.Marshaler)
	if err != nil {
		return nil, fmt.Errorf("cosmos: open file keyring in %s: %w", dir, err)
	}
	return kr, nil
}

// repeatReader answers every passphrase prompt (the keyring asks twice when
// it creates its key hash, and again on each unlock) with the same line.
type repeatReader struct {
	line string
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.line[r.off:])
		n += c
		r.off = (r.off + c) % len(r.line)
	}
	return n, nil
}

var _ io.Reader = (*repeatReader)(nil)

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
