package evm_test

import (
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/evm"
)

func TestKeystoreCreateImportListLoad(t *testing.T) {
	dir := t.TempDir()
	k, err := evm.OpenKeys(dir, true)
	must(t, err)
	if _, err := k.Create(""); err == nil {
		t.Fatal("created a key with an empty passphrase")
	}
	a, err := k.Create("pw-a")
	must(t, err)
	priv, _ := crypto.GenerateKey()
	want := crypto.PubkeyToAddress(priv.PublicKey)
	b, err := k.ImportHex("0x"+hex.EncodeToString(crypto.FromECDSA(priv)), "pw-b")
	must(t, err)
	if b != want {
		t.Fatalf("imported address %s, want %s", b, want)
	}
	if _, err := k.ImportHex("nothex", "pw"); err == nil {
		t.Fatal("imported garbage")
	}
	k2, err := evm.OpenKeys(dir, true) // a new process sees the same keys
	must(t, err)
	got := map[common.Address]bool{}
	for _, x := range k2.List() {
		got[x] = true
	}
	if len(got) != 2 || !got[a] || !got[b] {
		t.Fatalf("List = %v, want %s and %s", got, a, b)
	}
	lk, err := k2.Load(b, "pw-b")
	must(t, err)
	if !lk.Equal(priv) {
		t.Fatal("loaded key differs from the imported one")
	}
	if _, err := k2.Load(b, "wrong"); err == nil {
		t.Fatal("decrypted with a wrong passphrase")
	}
	if _, err := k2.Load(common.Address{7}, "pw"); err == nil {
		t.Fatal("loaded a key that is not there")
	}
}
