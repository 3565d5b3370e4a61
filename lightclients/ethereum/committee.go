package ethereum

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ssz "github.com/ferranbt/fastssz"
	blst "github.com/supranational/blst/bindings/go"
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

// blsDST is the domain separation tag of Ethereum's BLS signatures
// (proof-of-possession ciphersuite).
const blsDST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"

// committeeKeys is a sync committee with its public keys decompressed once,
// ready for signature verification (blst, as go-ethereum uses).
//
// Keys are decompressed (which checks they are on the curve) but not
// subgroup-checked: a committee is only used after its root was proven by a
// Merkle branch under a trusted checkpoint or a header signed by the
// trusted committee, and the beacon chain admits only keys with a valid
// proof of possession. That saves about 0.1 ms per key.
type committeeKeys struct {
	committee *SyncCommittee
	root      common.Hash
	keys      []*blst.P1Affine
}

func newCommitteeKeys(sc *SyncCommittee, size int, what string) (*committeeKeys, error) {
	if sc == nil {
		return nil, fmt.Errorf("%w: %s is missing", ErrInvalidCommittee, what)
	}
	if len(sc.Pubkeys) != size {
		return nil, fmt.Errorf("%w: %s has %d members, the preset needs %d", ErrInvalidCommittee, what, len(sc.Pubkeys), size)
	}
	ck := &committeeKeys{committee: sc, root: sc.Root(), keys: make([]*blst.P1Affine, size)}
	for i := range sc.Pubkeys {
		k := new(blst.P1Affine).Uncompress(sc.Pubkeys[i][:])
		if k == nil {
			return nil, fmt.Errorf("%w: %s pubkey %d (%x...) is not a compressed BLS12-381 G1 point", ErrInvalidCommittee, what, i, sc.Pubkeys[i][:8])
		}
		ck.keys[i] = k
	}
	// The aggregate key is part of the committee root; check it is the sum
	// of the members so a committee cannot carry a bogus aggregate.
	agg := new(blst.P1Aggregate)
	if !agg.Aggregate(ck.keys, false) {
		return nil, fmt.Errorf("%w: %s: aggregating pubkeys failed", ErrInvalidCommittee, what)
	}
	if sum := agg.ToAffine().Compress(); !bytes.Equal(sum, sc.AggregatePubkey[:]) {
		return nil, fmt.Errorf("%w: %s: aggregate_pubkey is not the sum of the member keys", ErrInvalidCommittee, what)
	}
	return ck, nil
}

// verify checks the aggregate signature of the participants marked in
// agg.Bits over signingRoot. The caller has checked the bitfield length.
func (ck *committeeKeys) verify(signingRoot common.Hash, agg *SyncAggregate) error {
	sig := new(blst.P2Affine).Uncompress(agg.Signature[:])
	if sig == nil {
		return fmt.Errorf("%w: signature is not a compressed G2 point", ErrInvalidSignature)
	}
	participants := make([]*blst.P1Affine, 0, len(ck.keys))
	for i, k := range ck.keys {
		if agg.Bits[i/8]&(1<<(i%8)) != 0 {
			participants = append(participants, k)
		}
	}
	// sigGroupcheck: the signature comes from the network, check its subgroup.
	if !sig.FastAggregateVerify(true, participants, signingRoot[:], []byte(blsDST)) {
		return fmt.Errorf("%w: %d participants over signing root %s", ErrInvalidSignature, len(participants), signingRoot)
	}
	return nil
}
