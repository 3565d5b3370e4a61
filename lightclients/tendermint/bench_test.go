package tendermint

import (
	"fmt"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/tmhash"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
)

// BenchmarkVerifyHeader measures headers verified per second for generated
// validator sets (real ed25519 signatures from every validator), adjacent
// (h -> h+1) and skipping (h -> h+100), checking every signature (default)
// or stopping at quorum (CometBFT light semantics).
func BenchmarkVerifyHeader(b *testing.B) {
	for _, n := range []int{4, 21, 100} {
		c := newTestChain(b, "bench-1", n)
		trusted := c.block(b, 100, tmhash.Sum([]byte("a")))
		for _, mode := range []struct {
			name string
			gap  int64
		}{{"adjacent", 1}, {"skipping", 100}} {
			untrusted := c.block(b, 100+mode.gap, tmhash.Sum([]byte("b")))
			now := untrusted.Time.Add(time.Minute)
			for _, quorum := range []bool{false, true} {
				p := c.params()
				p.StopAtQuorum = quorum
				name := fmt.Sprintf("vals=%d/%s/all-sigs", n, mode.name)
				if quorum {
					name = fmt.Sprintf("vals=%d/%s/stop-at-quorum", n, mode.name)
				}
				b.Run(name, func(b *testing.B) {
					for i := 0; i < b.N; i++ {
						if err := Verify(p, trusted, untrusted, now); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "headers/s")
				})
			}
		}
	}
}

// BenchmarkVerifyMembership measures ICS-23 packet-commitment proofs (IAVL
// plus the SDK multistore root) verified per second, for a store of 10,000
// commitments.
func BenchmarkVerifyMembership(b *testing.B) {
	s := newProofStore(b, 10000)
	path := host.PacketCommitmentPath("transfer", "channel-0", 5000)
	proof := s.prove(b, []byte(path))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := VerifyMembership(s.appHash, path, commitment(5000), proof); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "proofs/s")
}

// BenchmarkVerifyNonMembership is the same for receipt absence (timeouts).
func BenchmarkVerifyNonMembership(b *testing.B) {
	s := newProofStore(b, 10000)
	path := host.PacketReceiptPath("transfer", "channel-0", 5000)
	proof := s.prove(b, []byte(path))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := VerifyNonMembership(s.appHash, path, proof); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "proofs/s")
}
