package ethereum

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ssz "github.com/ferranbt/fastssz"
	bls "github.com/protolambda/bls12-381-util"
)

// Root returns the SSZ hash tree root of the committee
// (Container{pubkeys: Vector[BLSPubkey, N], aggregate_pubkey: BLSPubkey}),
// which is the leaf the state proves at the sync committee's generalized
// index.
func (sc *SyncCommittee) Root() common.Hash {
	hh := ssz.NewHasher()
	container := hh.Index()
	keys := hh.Index()
	for i := range sc.Pubkeys {
		hh.PutBytes(sc.Pubkeys[i][:])
	}
	hh.Merkleize(keys)
	hh.PutBytes(sc.AggregatePubkey[:])
	hh.Merkleize(container)
	root, err := hh.HashRoot()
	if err != nil { // only on an internal buffer error of fastssz
		panic(fmt.Sprintf("sync committee root: %v", err))
	}
	return common.Hash(root)
}

// committeeKeys is a sync committee with its public keys decompressed and
// subgroup-checked once, ready for signature verification.
type committeeKeys struct {
	committee *SyncCommittee
	root      common.Hash
	keys      []*bls.Pubkey
}

func newCommitteeKeys(sc *SyncCommittee, size int, what string) (*committeeKeys, error) {
	if sc == nil {
		return nil, fmt.Errorf("%w: %s is missing", ErrInvalidCommittee, what)
	}
	if len(sc.Pubkeys) != size {
		return nil, fmt.Errorf("%w: %s has %d members, the preset needs %d", ErrInvalidCommittee, what, len(sc.Pubkeys), size)
	}
	ck := &committeeKeys{committee: sc, root: sc.Root(), keys: make([]*bls.Pubkey, size)}
	agg := make([]*bls.Pubkey, size)
	for i := range sc.Pubkeys {
		k := new(bls.Pubkey)
		if err := k.Deserialize(&sc.Pubkeys[i]); err != nil {
			return nil, fmt.Errorf("%w: %s pubkey %d (%x): %w", ErrInvalidCommittee, what, i, sc.Pubkeys[i][:8], err)
		}
		ck.keys[i], agg[i] = k, k
	}
	// The aggregate key is part of the committee root; check it is the sum
	// of the members so a committee cannot carry a bogus aggregate.
	sum, err := bls.AggregatePubkeys(agg)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: aggregating pubkeys: %w", ErrInvalidCommittee, what, err)
	}
	if sum.Serialize() != sc.AggregatePubkey {
		return nil, fmt.Errorf("%w: %s: aggregate_pubkey is not the sum of the member keys", ErrInvalidCommittee, what)
	}
	return ck, nil
}

// verify checks the aggregate signature of the participants marked in
// agg.Bits over signingRoot. The caller has checked the bitfield length.
func (ck *committeeKeys) verify(signingRoot common.Hash, agg *SyncAggregate) error {
	var sig bls.Signature
	if err := sig.Deserialize(&agg.Signature); err != nil {
		return fmt.Errorf("%w: signature does not decode: %w", ErrInvalidSignature, err)
	}
	participants := make([]*bls.Pubkey, 0, len(ck.keys))
	for i, k := range ck.keys {
		if agg.Bits[i/8]&(1<<(i%8)) != 0 {
			participants = append(participants, k)
		}
	}
	if !bls.FastAggregateVerify(participants, signingRoot[:], &sig) {
		return fmt.Errorf("%w: %d participants over signing root %s", ErrInvalidSignature, len(participants), signingRoot)
	}
	return nil
}
