package attest_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/relayer/attest"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
)

// checker accepts leaves whose values it knows (its "chain state") and
// counts the requests it saw.
type checker struct {
	mu    sync.Mutex
	state map[string]string
	seen  int
}

func (c *checker) CheckAttestation(_ context.Context, a evm.Attestation, leaves []evm.AttestationLeaf) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen++
	for _, l := range leaves {
		if v, ok := c.state[l.Path]; !ok || v != string(l.Value) {
			return errors.New("leaf " + l.Path + " does not hold")
		}
	}
	return nil
}

func attestation(t *testing.T, leaves []evm.AttestationLeaf, height uint64) evm.Attestation {
	t.Helper()
	tree, err := evm.NewAttestationTree(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return evm.Attestation{ChainID: big.NewInt(1337), Client: common.HexToAddress("0xc0ffee"), OperatorSetID: 1,
		RevisionNumber: 1, RevisionHeight: height, Timestamp: 42, Root: tree.Root()}
}

// TestCommitteeOverNATS runs three operator processes' operators on a real
// embedded nats-server: signatures are gathered up to the threshold from
// operators whose own check passed; an operator whose chain state disagrees
// refuses; fewer valid signatures than the threshold is ErrNoQuorum; an
// operator never signs a second root for a height; a signature from a key
// outside the operator set does not count.
func TestCommitteeOverNATS(t *testing.T) {
	sp := spinetest.Open(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	good := map[string]string{"commitments/ports/transfer/channels/channel-0/sequences/1": "c1", "commitments/ports/transfer/channels/channel-0/sequences/2": "c2"}
	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	checkers := []*checker{{state: good}, {state: good}, {state: map[string]string{}}} // operator 3 sees another chain
	for i := range 3 {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
		op := &attest.Operator{NC: spinetest.Connect(t, sp).NC, Path: "p", Key: k, Check: checkers[i], Log: zap.NewNop()}
		go func() { _ = op.Run(ctx) }()
	}
	// An impostor answers with a valid signature from a key not in the set.
	imp, _ := crypto.GenerateKey()
	go func() {
		_ = (&attest.Operator{NC: spinetest.Connect(t, sp).NC, Path: "p", Key: imp, Check: &checker{state: good}, Log: zap.NewNop()}).Run(ctx)
	}()
	time.Sleep(300 * time.Millisecond) // subscriptions in place

	threshold := uint64(2)
	c := &attest.Committee{NC: sp.NC, Path: "p", Timeout: 3 * time.Second,
		Operators: func(context.Context) ([]common.Address, uint64, error) { return addrs, threshold, nil }}
	leaves := []evm.AttestationLeaf{
		{Path: "commitments/ports/transfer/channels/channel-0/sequences/1", Value: []byte("c1")},
		{Path: "commitments/ports/transfer/channels/channel-0/sequences/2", Value: []byte("c2")},
	}
	a := attestation(t, leaves, 10)
	sigs, err := c.Attest(ctx, a, leaves)
	if err != nil {
		t.Fatal(err)
	}
	if len(sigs) != 2 {
		t.Fatalf("%d signatures, want the threshold 2", len(sigs))
	}
	for _, s := range sigs {
		got, err := evm.RecoverAttestationSigner(a, s.Signature)
		if err != nil || got != s.Signer || (got != addrs[0] && got != addrs[1]) {
			t.Fatalf("signature from %s (recovers to %s, %v): only operators 1 and 2 verified the leaves", s.Signer, got, err)
		}
	}
	if _, err := evm.AttestationClientMessage(a, sigs); err != nil {
		t.Fatal(err)
	}

	// All three needed: operator 3 refuses, so the committee stops waiting.
	threshold = 3
	if _, err := c.Attest(ctx, attestation(t, leaves, 11), leaves); !errors.Is(err, attest.ErrNoQuorum) || !strings.Contains(err.Error(), "does not hold") {
		t.Fatalf("threshold 3: err = %v, want ErrNoQuorum naming operator 3's refusal", err)
	}
	// A set of operators 1, 2 and an absent third: the impostor's valid
	// signature does not stand in for the third.
	absent := common.HexToAddress("0xabcdef")
	c3 := &attest.Committee{NC: sp.NC, Path: "p", Timeout: 2 * time.Second,
		Operators: func(context.Context) ([]common.Address, uint64, error) {
			return []common.Address{addrs[0], addrs[1], absent}, 3, nil
		}}
	if _, err := c3.Attest(ctx, attestation(t, leaves, 12), leaves); !errors.Is(err, attest.ErrNoQuorum) || !strings.Contains(err.Error(), "current operator") {
		t.Fatalf("impostor: err = %v, want ErrNoQuorum naming the impostor's signature", err)
	}
	threshold = 2

	// A leaf that does not hold: nobody signs.
	bad := []evm.AttestationLeaf{{Path: "commitments/ports/transfer/channels/channel-0/sequences/1", Value: []byte("forged")}}
	if _, err := c.Attest(ctx, attestation(t, bad, 13), bad); !errors.Is(err, attest.ErrNoQuorum) {
		t.Fatalf("forged leaf: err = %v, want ErrNoQuorum", err)
	}
	// A root that is not the leaves' root: nobody signs.
	wrong := attestation(t, leaves, 14)
	wrong.Root[0] ^= 1
	if _, err := c.Attest(ctx, wrong, leaves); !errors.Is(err, attest.ErrNoQuorum) || !strings.Contains(err.Error(), "is not the root") {
		t.Fatalf("wrong root: err = %v", err)
	}
	// Height 10 was signed with one root: another true batch at height 10
	// would freeze the client, so operators refuse it.
	other := leaves[:1]
	if _, err := c.Attest(ctx, attestation(t, other, 10), other); !errors.Is(err, attest.ErrNoQuorum) || !errors.Is(err, ethlink.ErrHeightTaken) {
		t.Fatalf("second root at height 10: err = %v, want ErrNoQuorum and ErrHeightTaken", err)
	}
	// The same root again is fine (a retry of the same batch).
	if _, err := c.Attest(ctx, a, leaves); err != nil {
		t.Fatalf("same attestation again: %v", err)
	}
}
