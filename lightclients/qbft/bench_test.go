package qbft_test

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

// BenchmarkVerify measures full verification (RLP decode, extraData decode,
// seal digest, ceil(2n/3) seal recoveries, set checks) of a child header
// sealed by exactly a quorum, and reports headers verified per second.
func BenchmarkVerify(b *testing.B) {
	for _, enc := range []qbft.Encoding{qbft.QBFT, qbft.IBFT2} {
		for _, n := range []int{4, 10, 25} {
			b.Run(fmt.Sprintf("%s/n=%d", enc, n), func(b *testing.B) {
				sc := qbfttest.NewScenario(enc, fmt.Sprintf("bench-%d", n), n, nil, qbfttest.Prague)
				raw := qbfttest.Encode(sc.Child().Sealed(qbfttest.Keys(sc.Validators)[:qbft.Quorum(n)]...))
				now := time.Unix(int64(sc.Now()), 0)
				p := qbft.Params{TrustingPeriod: time.Hour, MaxClockDrift: time.Minute}
				b.ReportAllocs()
				cpu0 := cpuTime()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := qbft.Verify(sc.Trusted, raw, now, p); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "headers/s")
				// CPU time is what a shared, loaded machine does not
				// distort as much as wall time.
				if cpu := cpuTime() - cpu0; cpu > 0 {
					b.ReportMetric(float64(b.N)/cpu.Seconds(), "headers/cpu-s")
				}
			})
		}
	}
}

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
