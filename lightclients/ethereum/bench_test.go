package ethereum

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time (user + system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds a cpu-ns/op metric: on a shared, overloaded machine the
// CPU time per operation is steadier than the wall time.
func reportCPU(b *testing.B) func() {
	b.Helper()
	start := cpuTime(b)
	return func() {
		b.ReportMetric(float64(cpuTime(b)-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkUpdate verifies and applies a real mainnet LightClientUpdate
// (512-member committee, next committee with 512 keys to decompress).
func BenchmarkUpdate(b *testing.B) {
	base := storeBefore(b, 1)
	u := mainnetUpdates(b)[1]
	defer reportCPU(b)()
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
	defer reportCPU(b)()
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
	defer reportCPU(b)()
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
	defer reportCPU(b)()
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
	defer reportCPU(b)()
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
	defer reportCPU(b)()
	for b.Loop() {
		if err := p.Verify(root); err != nil {
			b.Fatal(err)
		}
	}
}
