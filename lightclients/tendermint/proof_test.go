package tendermint

import (
	"errors"
	"fmt"
	"testing"

	"cosmossdk.io/log"
	"cosmossdk.io/store/metrics"
	"cosmossdk.io/store/rootmulti"
	storetypes "cosmossdk.io/store/types"
	dbm "github.com/cosmos/cosmos-db"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
)

// proofStore is a real Cosmos-SDK multistore (IAVL under the SDK's simple
// merkle root), the same structure simd commits to in its app hash.
type proofStore struct {
	rs      *rootmulti.Store
	appHash []byte
	version int64
}

func newProofStore(t testing.TB, n int) *proofStore {
	t.Helper()
	rs := rootmulti.NewStore(dbm.NewMemDB(), log.NewNopLogger(), metrics.NewNoOpMetrics())
	ibcKey := storetypes.NewKVStoreKey(StorePrefix)
	rs.MountStoreWithDB(ibcKey, storetypes.StoreTypeIAVL, nil)
	for _, other := range []string{"bank", "acc", "staking"} { // other modules share the root
		rs.MountStoreWithDB(storetypes.NewKVStoreKey(other), storetypes.StoreTypeIAVL, nil)
	}
	if err := rs.LoadLatestVersion(); err != nil {
		t.Fatal(err)
	}
	kv := rs.GetKVStore(ibcKey)
	for seq := uint64(1); seq <= uint64(n); seq++ {
		kv.Set(host.PacketCommitmentKey("transfer", "channel-0", seq), commitment(seq))
	}
	bank := rs.GetKVStore(rs.StoreKeysByName()["bank"])
	bank.Set([]byte("balance"), []byte("1"))
	id := rs.Commit()
	return &proofStore{rs: rs, appHash: id.Hash, version: id.Version}
}

func commitment(seq uint64) []byte { return []byte(fmt.Sprintf("commitment-%032d", seq)) }

// prove returns the marshalled MerkleProof for key, as a relayer builds it
// from an ABCI query with prove=true.
func (s *proofStore) prove(t testing.TB, key []byte) []byte {
	t.Helper()
	res, err := s.rs.Query(&storetypes.RequestQuery{Path: "/" + StorePrefix + "/key", Data: key, Height: s.version, Prove: true})
	if err != nil {
		t.Fatal(err)
	}
	mp, err := commitmenttypes.ConvertProofs(res.ProofOps)
	if err != nil {
		t.Fatal(err)
	}
	b, err := mp.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMembership(t *testing.T) {
	s := newProofStore(t, 50)
	path := host.PacketCommitmentPath("transfer", "channel-0", 7)
	proof := s.prove(t, []byte(path))
	if err := VerifyMembership(s.appHash, path, commitment(7), proof); err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]func() error{
		"wrong value": func() error { return VerifyMembership(s.appHash, path, commitment(8), proof) },
		"wrong path": func() error {
			return VerifyMembership(s.appHash, host.PacketCommitmentPath("transfer", "channel-0", 8), commitment(7), proof)
		},
		"wrong app hash": func() error { return VerifyMembership(flip(s.appHash), path, commitment(7), proof) },
		"empty value":    func() error { return VerifyMembership(s.appHash, path, nil, proof) },
		"empty proof":    func() error { return VerifyMembership(s.appHash, path, commitment(7), nil) },
		"as absence":     func() error { return VerifyNonMembership(s.appHash, path, proof) },
	} {
		err := f()
		var pe *ProofError
		if !errors.As(err, &pe) || !errors.Is(err, ErrProof) {
			t.Errorf("%s: got %v, want *ProofError", name, err)
		}
	}
}

func TestNonMembership(t *testing.T) {
	s := newProofStore(t, 50)
	path := host.PacketReceiptPath("transfer", "channel-0", 51)
	proof := s.prove(t, []byte(path))
	if err := VerifyNonMembership(s.appHash, path, proof); err != nil {
		t.Fatal(err)
	}
	if err := VerifyNonMembership(flip(s.appHash), path, proof); err == nil {
		t.Fatal("non-membership verified against the wrong app hash")
	}
	present := host.PacketCommitmentPath("transfer", "channel-0", 3)
	if err := VerifyNonMembership(s.appHash, present, s.prove(t, []byte(present))); err == nil {
		t.Fatal("absence of a stored key verified")
	}
	if err := VerifyNonMembership(s.appHash, present, proof); err == nil {
		t.Fatal("absence proof of one key accepted for another")
	}
}

// Every single-bit change of the proof bytes is refused.
func TestProofBitFlips(t *testing.T) {
	s := newProofStore(t, 50)
	for _, tc := range []struct {
		path   string
		absent bool
	}{
		{host.PacketCommitmentPath("transfer", "channel-0", 20), false},
		{host.PacketReceiptPath("transfer", "channel-0", 99), true},
	} {
		proof := s.prove(t, []byte(tc.path))
		accepted := 0
		for i := 0; i < len(proof); i++ {
			for bit := 0; bit < 8; bit++ {
				c := append([]byte(nil), proof...)
				c[i] ^= 1 << bit
				var err error
				if tc.absent {
					err = VerifyNonMembership(s.appHash, tc.path, c)
				} else {
					err = VerifyMembership(s.appHash, tc.path, commitment(20), c)
				}
				if err == nil {
					accepted++
					t.Errorf("%s: flipping bit %d of byte %d accepted", tc.path, bit, i)
				}
			}
		}
		t.Logf("%s: %d proof bytes, %d single-bit mutations, %d accepted", tc.path, len(proof), 8*len(proof), accepted)
	}
}
