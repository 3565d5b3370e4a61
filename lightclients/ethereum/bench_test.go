package ethereum

import (
	"path/filepath"
	"testing"
)

// BenchmarkUpdate verifies and applies a real mainnet LightClientUpdate
// (512-member committee, next committee with 512 keys to decompress).
func BenchmarkUpdate(b *testing.B) {
	base := storeBefore(b, 1)
	u := mainnetUpdates(b)[1]
	b.ResetTimer()
	for b.Loop() {
		s := *base
		if _, err := s.ApplyUpdate(u, late); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFinalityUpdate verifies and applies a real mainnet finality
// update (512-member committee, no committee change): the per-header cost.
func BenchmarkFinalityUpdate(b *testing.B) {
	base := storeBefore(b, 6)
	u, err := DecodeFinalityUpdate(readFile(b, filepath.Join(mainnetDir, "finality.json")))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		s := *base
		if _, err := s.ApplyUpdate(u, late); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeUpdate parses one LightClientUpdate from beacon-API JSON.
func BenchmarkDecodeUpdate(b *testing.B) {
	raw := rawUpdates(b)[1]
	for b.Loop() {
		if _, err := DecodeUpdate(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyAccountProof verifies a real 8-node mainnet account proof.
func BenchmarkVerifyAccountProof(b *testing.B) {
	root := mainnetStateRoot(b)
	p := loadProof(b, "proof.json")
	proof := nodes(p.AccountProof)
	for b.Loop() {
		if _, err := VerifyAccount(root, p.Address, proof); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyStorageProof verifies a real 3-node mainnet storage proof.
func BenchmarkVerifyStorageProof(b *testing.B) {
	p := loadProof(b, "proof.json")
	sp := p.StorageProof[0]
	proof := nodes(sp.Proof)
	for b.Loop() {
		if _, err := VerifyStorage(p.StorageHash, sp.Key, proof); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyGetProof checks a whole eth_getProof response (account and
// one storage slot) against the state root.
func BenchmarkVerifyGetProof(b *testing.B) {
	root := mainnetStateRoot(b)
	p := loadProof(b, "proof.json")
	for b.Loop() {
		if err := p.Verify(root); err != nil {
			b.Fatal(err)
		}
	}
}
