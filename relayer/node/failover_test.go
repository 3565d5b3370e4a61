package node_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// TestStandbyTakesOverOnACluster runs two relayer processes (separate homes,
// the same keys) on a real 3-node NATS cluster with replicated streams and
// buckets. Both watch the chains (their events are deduplicated); one holds
// the signer leases and relays, the other stands by. The active one is killed
// (SIGKILL) mid-flight: the standby takes the leases over when they expire
// and finishes every packet, each received exactly once.
func TestStandbyTakesOverOnACluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains and a NATS cluster")
	}
	r := startClusterRig(t, 2, 1, "ha-a-1", "ha-b-1")
	a, b, res := r.a, r.b, r.res
	bin, cfgFile, homes := r.bin, r.cfgFile, r.homes

	procs := []*process{startProcess(t, bin, cfgFile, homes[0], 1)}
	time.Sleep(2 * time.Second) // let the first take the leases
	procs = append(procs, startProcess(t, bin, cfgFile, homes[1], 2))
	active := -1
	eventually(t, "one process holding the signer leases", time.Minute, func() bool {
		for i, p := range procs {
			b, _ := os.ReadFile(p.Log)
			if strings.Count(string(b), "signer lease acquired") >= 2 {
				active = i
				return true
			}
		}
		return false
	})

	ctx := context.Background()
	const n = 150
	voucher := sendBurst(t, ctx, a, b, res, n)
	eventually(t, "some packets received before the kill", 2*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) > 0
	})
	procs[active].Kill()
	t.Logf("killed the active process %d with %d of %d packets received", active+1, balance(t, ctx, b, b.Net.User.Address, voucher), n)

	eventually(t, "all packets received by the standby", 3*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) == n
	})
	standby := procs[1-active]
	if b, _ := os.ReadFile(standby.Log); strings.Count(string(b), "signer lease acquired") < 2 {
		t.Fatalf("the standby finished the work without taking the leases")
	}
	receivedOnce(t, ctx, b.Net.RPC(), res.B.ChannelID, n)
}
