package ethtest

import (
	"testing"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/common"
)

func TestCommitteesAreDeterministic(t *testing.T) {
	a, err := NewCommittee("seed", 3, 32)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewCommittee("seed", 3, 32)
	c, _ := NewCommittee("seed", 4, 32)
	d, _ := NewCommittee("other", 3, 32)
	if a.Committee.Root() != b.Committee.Root() {
		t.Fatal("same seed and period gave different committees")
	}
	if a.Committee.Root() == c.Committee.Root() || a.Committee.Root() == d.Committee.Root() {
		t.Fatal("different period or seed gave the same committee")
	}
	if _, err := a.Sign(common.Hash{1}, Bits(32, 0)); err == nil {
		t.Fatal("signing with no participants succeeded")
	}
}

// TestHeaderBranches checks the generated branches at the fork's indices
// with go-ethereum's merkle verifier.
func TestHeaderBranches(t *testing.T) {
	for _, tc := range []struct {
		fork                  string
		cur, next, fin, depth uint64
	}{
		{"deneb", 54, 55, 105, 6},
		{"electra", 86, 87, 169, 7},
	} {
		cfg := ethereum.DevNetwork(0, 1, common.Hash{1})
		if tc.fork == "deneb" {
			cfg.Forks = cfg.Forks[:5]
		}
		ch := NewChain(cfg, "branches")
		fin, err := ch.Header(HeaderOpts{Slot: 7})
		if err != nil {
			t.Fatal(err)
		}
		h, err := ch.Header(HeaderOpts{Slot: 9, Finalized: &fin.Beacon})
		if err != nil {
			t.Fatal(err)
		}
		if uint64(len(h.FinalityBranch)) != tc.depth {
			t.Errorf("%s: finality branch depth %d, want %d", tc.fork, len(h.FinalityBranch), tc.depth)
		}
		c0, _ := ch.Committee(0)
		c1, _ := ch.Committee(1)
		for _, p := range []struct {
			idx    uint64
			branch merkle.Values
			leaf   common.Hash
		}{
			{tc.cur, h.CurrentCommitteeBranch, c0.Committee.Root()},
			{tc.next, h.NextCommitteeBranch, c1.Committee.Root()},
			{tc.fin, h.FinalityBranch, fin.Beacon.Hash()},
		} {
			if err := merkle.VerifyProof(h.Beacon.StateRoot, p.idx, p.branch, merkle.Value(p.leaf)); err != nil {
				t.Errorf("%s: index %d: %v", tc.fork, p.idx, err)
			}
		}
		if _, err := ethereum.ExecutionHeaderFromBeacon(&cfg, &h.LightClientHeader); err != nil {
			t.Errorf("%s: execution branch: %v", tc.fork, err)
		}
	}
}
