package tendermint

import (
	"errors"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/tmhash"
)

func TestMisbehaviourDetected(t *testing.T) {
	c := newTestChain(t, "alliance-1", 4)
	trusted, err := NewTrustedState(c.id, c.block(t, 10, tmhash.Sum([]byte("app 10"))))
	if err != nil {
		t.Fatal(err)
	}
	primary := c.block(t, 20, tmhash.Sum([]byte("app 20")))
	witness := c.block(t, 20, tmhash.Sum([]byte("forked app 20"))) // same validators sign a second block
	now := primary.Time.Add(time.Minute)

	if err := CheckConflict(c.params(), trusted, primary, c.block(t, 20, tmhash.Sum([]byte("app 20"))), now); err != nil {
		t.Fatalf("identical blocks flagged: %v", err)
	}
	err = CheckConflict(c.params(), trusted, primary, witness, now)
	var mb *MisbehaviourError
	if !errors.As(err, &mb) || !errors.Is(err, ErrMisbehaviour) {
		t.Fatalf("conflicting headers: got %v, want *MisbehaviourError", err)
	}
	if mb.Height != 20 || mb.Evidence == nil || mb.Evidence.ConflictingBlock != witness || mb.Evidence.CommonHeight != 10 {
		t.Fatalf("evidence incomplete: %+v", mb.Evidence)
	}
	if len(mb.Evidence.ByzantineValidators) != 4 {
		t.Fatalf("byzantine validators %d, want all 4 (they signed both)", len(mb.Evidence.ByzantineValidators))
	}
	if err := mb.Evidence.ValidateBasic(); err != nil {
		t.Fatalf("evidence invalid: %v", err)
	}
}

func TestLyingWitnessIsNotMisbehaviour(t *testing.T) {
	c := newTestChain(t, "alliance-1", 4)
	trusted, err := NewTrustedState(c.id, c.block(t, 10, tmhash.Sum([]byte("app 10"))))
	if err != nil {
		t.Fatal(err)
	}
	primary := c.block(t, 20, tmhash.Sum([]byte("app 20")))
	// A witness that alters the app hash after signing: its commit does not
	// match, so it is a lying source, not a chain fork.
	witness := c.block(t, 20, tmhash.Sum([]byte("app 20")))
	witness.AppHash = tmhash.Sum([]byte("lie"))
	err = CheckConflict(c.params(), trusted, primary, witness, primary.Time.Add(time.Minute))
	if err == nil || errors.Is(err, ErrMisbehaviour) || !errors.Is(err, ErrHeader) {
		t.Fatalf("lying witness: got %v, want a header error", err)
	}
	// Another chain's validators cannot fork this one.
	other := newTestChain(t, "alliance-1", 4)
	err = CheckConflict(c.params(), trusted, primary, other.block(t, 20, tmhash.Sum([]byte("x"))), primary.Time.Add(time.Minute))
	if err == nil || errors.Is(err, ErrMisbehaviour) {
		t.Fatalf("foreign validators' block: got %v, want a header error", err)
	}
}
