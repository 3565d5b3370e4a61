package qbft_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

const proofVectorsFile = "testdata/proof_vectors.json"

// mainnetProofCases are the real eth_getProof answers of testdata as proof
// cases: the deposit contract's slot 1 (membership) and the fee recipient,
// which has no storage (non-membership through the empty storage root).
func mainnetProofCases(t *testing.T) []qbfttest.ProofCase {
	t.Helper()
	p := loadProof(t, "proof.json")
	sp := p.StorageProof[0]
	m := loadProof(t, "block_miner_proof.json")
	acc, err := ethereum.VerifyAccount(mainnetStateRoot, m.Address, nodes(m.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	if acc.StorageRoot != m.StorageHash {
		t.Fatalf("miner storage root %s, response says %s", acc.StorageRoot, m.StorageHash)
	}
	return []qbfttest.ProofCase{
		{Name: "mainnet/deposit contract slot 1", StateRoot: mainnetStateRoot, Account: p.Address, Slot: sp.Key,
			Word: common.BigToHash(sp.Value.ToInt()), AccountProof: nodes(p.AccountProof), StorageProof: nodes(sp.Proof)},
		{Name: "mainnet/account without storage", StateRoot: mainnetStateRoot, Account: m.Address, Slot: common.Hash{1},
			AccountProof: nodes(m.AccountProof)},
	}
}

// TestProofVectorsFile checks that testdata/proof_vectors.json (what the
// on-chain client replays) is current, and replays it through the Go client.
func TestProofVectorsFile(t *testing.T) {
	vs := qbfttest.ProofVectors(mainnetProofCases(t)...)
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		if i < len(vs)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]\n")
	if *update {
		if err := os.WriteFile(proofVectorsFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(filepath.FromSlash(proofVectorsFile))
	if err != nil {
		t.Fatalf("%v (regenerate with go test -run 'Vectors' -update)", err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Fatalf("%s is stale: regenerate with go test -run 'Vectors' -update", proofVectorsFile)
	}
	var fromFile []qbfttest.ProofVector
	if err := json.Unmarshal(got, &fromFile); err != nil {
		t.Fatal(err)
	}
	accepted := 0
	seen := map[string]bool{}
	for _, v := range fromFile {
		if seen[v.Name] {
			t.Fatalf("duplicate proof vector %q", v.Name)
		}
		seen[v.Name] = true
		if kind := qbft.ErrorKind(v.Verify()); kind != v.Error {
			t.Fatalf("%s: got %q (%v), want %q", v.Name, kind, v.Verify(), v.Error)
		}
		if v.Error == "" {
			accepted++
		}
	}
	t.Logf("%d proof vectors, %d accepted", len(fromFile), accepted)
}
