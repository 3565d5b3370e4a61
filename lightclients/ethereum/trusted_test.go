package ethereum

import (
	"errors"
	"testing"
)

func TestTrustedStateRebuildsStore(t *testing.T) {
	s := storeBefore(t, 2)
	ts := s.Trusted()
	r, err := NewStore(Mainnet(), ts)
	if err != nil {
		t.Fatal(err)
	}
	n1, _ := s.NextCommitteeRoot()
	n2, ok := r.NextCommitteeRoot()
	if r.Finalized().Beacon != s.Finalized().Beacon || r.FinalizedExecution() != s.FinalizedExecution() ||
		r.CurrentCommitteeRoot() != s.CurrentCommitteeRoot() || !ok || n1 != n2 {
		t.Fatal("rebuilt store differs")
	}
	// The rebuilt store verifies the next update as the original does.
	u := mainnetUpdates(t)[2]
	o1, err1 := s.ApplyUpdate(u, late)
	o2, err2 := r.ApplyUpdate(u, late)
	if err1 != nil || err2 != nil || o1 != o2 {
		t.Fatalf("next update: original %+v %v, rebuilt %+v %v", o1, err1, o2, err2)
	}

	bad := s.Trusted()
	exec := *bad.Finalized.Execution
	exec.StateRoot[0] ^= 1
	bad.Finalized.Execution = &exec
	if _, err := NewStore(Mainnet(), bad); !errors.Is(err, ErrInvalidExecutionProof) {
		t.Fatalf("finalized header with a forged state root: %v", err)
	}
	bad = s.Trusted()
	short := *bad.Current
	short.Pubkeys = short.Pubkeys[:511]
	bad.Current = &short
	if _, err := NewStore(Mainnet(), bad); !errors.Is(err, ErrInvalidCommittee) {
		t.Fatalf("511-member committee: %v", err)
	}
}
