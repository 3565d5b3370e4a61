package qbft_test

import (
	"errors"
	"testing"
	"time"

	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

func TestCheckMisbehaviour(t *testing.T) {
	sc := qbfttest.NewScenario(qbft.QBFT, "fork", 4, nil, qbfttest.Prague)
	keys := qbfttest.Keys(sc.Validators)
	now := time.Unix(int64(sc.Now()), 0)
	p := qbft.Params{TrustingPeriod: time.Hour, MaxClockDrift: time.Minute}

	a := sc.Child()
	h1 := a.Sealed(keys[0], keys[1], keys[2])
	// The same block committed in another round by another quorum is not
	// misbehaviour: the block hash ignores round and seals.
	a.Round = 3
	h2 := a.Sealed(keys[1], keys[2], keys[3])
	if m, err := qbft.CheckMisbehaviour(sc.Trusted, qbfttest.Encode(h1), qbfttest.Encode(h2), now, p); err != nil || m != nil {
		t.Fatalf("same block in two rounds: %+v, %v", m, err)
	}
	// A different block at the same height sealed by a quorum, two of whom
	// also sealed the first: equivocation.
	b := sc.Child()
	b.Time++
	h3 := b.Sealed(keys[1], keys[2], keys[3])
	m, err := qbft.CheckMisbehaviour(sc.Trusted, qbfttest.Encode(h1), qbfttest.Encode(h3), now, p)
	if err != nil || m == nil {
		t.Fatalf("conflicting blocks: %+v, %v", m, err)
	}
	if m.HashA == m.HashB || len(m.SignersInBoth) != 2 || m.Number != sc.Trusted.Number+1 {
		t.Fatalf("evidence %+v", m)
	}
	// A conflicting header that does not verify is not evidence.
	h4 := b.Sealed(keys[3])
	if _, err := qbft.CheckMisbehaviour(sc.Trusted, qbfttest.Encode(h1), qbfttest.Encode(h4), now, p); !errors.As(err, new(qbft.ErrInsufficientSeals)) {
		t.Fatalf("unverified conflicting header: %v", err)
	}
	c := sc.Child()
	c.Number++
	c.ParentHash[0] ^= 1
	if _, err := qbft.CheckMisbehaviour(sc.Trusted, qbfttest.Encode(h1), qbfttest.Encode(c.Sealed(keys[:3]...)), now, p); !errors.As(err, new(qbft.ErrInvalidHeader)) {
		t.Fatalf("different heights: %v", err)
	}
}
