package node_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/link/linktest"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// TestProcessesSplitTheWorkWithOneKeyEach runs three relayer processes on a
// real 3-node NATS cluster against two chains that each list three signer
// keys. Every process takes a different key of each chain and they share
// the work consumers, so all three relay in parallel. One is killed
// (SIGKILL) mid-flight: the other two finish its work; every packet is
// received exactly once and acknowledged.
func TestProcessesSplitTheWorkWithOneKeyEach(t *testing.T) {
	if testing.Short() {
		t.Skip("starts simd chains and a NATS cluster")
	}
	r := startClusterRig(t, 3, 3, "so-a-1", "so-b-1")
	a, b, res, cs := r.a, r.b, r.res, []*chain{r.a, r.b}
	ctx := context.Background()
	bin, cfgFile, homes := r.bin, r.cfgFile, r.homes

	var procs []*process
	for i, h := range homes {
		procs = append(procs, startProcess(t, bin, cfgFile, h, i+1))
	}
	// Each process holds one key of each chain, and no key is held twice.
	keyOf := func(p *process, chain string) string {
		b, _ := os.ReadFile(p.Log)
		m := regexp.MustCompile(`signer lease acquired.*?signer\.` + regexp.QuoteMeta(chain) + `\.(relayer\d*)`).FindSubmatch(b)
		if m == nil {
			return ""
		}
		return string(m[1])
	}
	for _, chain := range []string{a.Net.ChainID, b.Net.ChainID} {
		eventually(t, "every process holding a key of "+chain, time.Minute, func() bool {
			seen := map[string]bool{}
			for _, p := range procs {
				if k := keyOf(p, chain); k != "" {
					seen[k] = true
				}
			}
			return len(seen) == len(procs)
		})
	}

	const n = 300
	voucher := sendBurst(t, ctx, a, b, res, n)
	eventually(t, "some packets received before the kill", 2*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) > 0
	})
	procs[0].Kill()
	t.Logf("killed process 1 with %d of %d packets received", balance(t, ctx, b, b.Net.User.Address, voucher), n)

	eventually(t, "all packets received", 3*time.Minute, func() bool {
		return balance(t, ctx, b, b.Net.User.Address, voucher) == n
	})
	allAcked(t, ctx, a, res.A.ChannelID)
	recvMsgs := receivedOnce(t, ctx, b.Net.RPC(), res.B.ChannelID, n)
	if recvMsgs-n > 50 {
		t.Fatalf("%d redundant recv messages: more than the killed process's one batch was resubmitted", recvMsgs-n)
	}
	// The work was split: the surviving processes both relayed receipts.
	relaying := 0
	for i, p := range procs {
		b, _ := os.ReadFile(p.Log)
		c := 0
		for _, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, `"msg":"relayed"`) && strings.Contains(line, `"chain":"`+cs[1].Net.ChainID+`"`) {
				c++
			}
		}
		t.Logf("process %d: %d relay transactions logged", i+1, c)
		if i > 0 && c > 0 {
			relaying++
		}
	}
	if relaying < 2 {
		t.Fatalf("only %d of the surviving processes relayed: the work was not split", relaying)
	}
}

// clusterRig is two linked simd chains, a 3-node NATS cluster, the causeway
// binary, a config for the cluster and one home per relayer process, each
// with every signer key in its keyring.
type clusterRig struct {
	bin, cfgFile string
	homes        []string
	a, b         *chain
	res          *link.Result
}

func startClusterRig(t *testing.T, procs, signers int, ids ...string) *clusterRig {
	t.Helper()
	r := &clusterRig{bin: buildCauseway(t)}
	cl := spinetest.StartCluster(t, 3)
	for range procs {
		r.homes = append(r.homes, t.TempDir())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cs, err := linktest.StartChains(ctx, r.homes[0], devnet.SimdOptions{ExtraRelayers: signers - 1}, ids...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { linktest.Close(cs) })
	r.a, r.b = cs[0], cs[1]
	for _, h := range r.homes[1:] {
		if out, err := exec.Command("cp", "-r", filepath.Join(r.homes[0], "keys"), h).CombinedOutput(); err != nil {
			t.Fatalf("copy keyrings: %v %s", err, out)
		}
	}
	r.res = linkChains(t, r.a, r.b)
	r.cfgFile, _, err = linktest.WriteConfig(t.TempDir(), r.a, r.b, r.res, linktest.ConfigOptions{
		Signers: signers, MaxMsgs: 50,
		NATS: `{url: "` + cl.URL() + `", replicas: 3, ack_wait: 5s, lease_ttl: 3s}`,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
