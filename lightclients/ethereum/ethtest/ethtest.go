// Package ethtest generates beacon light-client data signed by sync
// committees of deterministic BLS keys: bootstraps, LightClientUpdates,
// finality and optimistic updates whose headers, beacon-state and body
// branches are built with real SSZ hashing (fastssz trees) at the
// generalized indices of the header's fork (Capella/Deneb or Electra/Fulu),
// and whose signatures are real BLS aggregates under the network's sync
// committee signing domain.
//
// Tests use it for data that real networks cannot give (Deneb and Electra
// layouts, 32-member committees, chosen participation); the dev beacon in
// scripts/devnet uses it to serve the standard light-client API over geth
// --dev blocks, passing each block's execution payload header in
// [HeaderOpts.Execution].
//
// The keys are derived from a seed string and are public: never use this
// package for anything but tests and dev networks. It does no I/O.
package ethtest

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/beacon/params"
	"github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	ssz "github.com/ferranbt/fastssz"
	"github.com/holiman/uint256"
	bls "github.com/protolambda/bls12-381-util"
)

// blsOrder returns r, the order of the BLS12-381 scalar field.
func blsOrder() *big.Int {
	r, _ := new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)
	return r
}

// Committee is a sync committee with its secret keys.
type Committee struct {
	Secrets   [][32]byte
	Committee *ethereum.SyncCommittee
}

// NewCommittee derives a committee of size members deterministically from
// seed and period: member i's secret key is sha256(seed, period, i) reduced
// below the BLS group order.
func NewCommittee(seed string, period uint64, size int) (*Committee, error) {
	c := &Committee{Secrets: make([][32]byte, size), Committee: &ethereum.SyncCommittee{Pubkeys: make([][48]byte, size)}}
	pks := make([]*bls.Pubkey, size)
	for i := range size {
		h := sha256.New()
		h.Write([]byte("causeway/ethtest/sync-committee-key"))
		h.Write([]byte(seed))
		_ = binary.Write(h, binary.BigEndian, period)
		_ = binary.Write(h, binary.BigEndian, uint64(i))
		var sk [32]byte
		h.Sum(sk[:0])
		sk[0] &= 0x3f // below r (0x73ed...)
		sk[31] |= 1   // never zero
		var key bls.SecretKey
		if err := key.Deserialize(&sk); err != nil {
			return nil, fmt.Errorf("ethtest: secret key %d: %w", i, err)
		}
		pk, err := bls.SkToPk(&key)
		if err != nil {
			return nil, fmt.Errorf("ethtest: public key %d: %w", i, err)
		}
		c.Secrets[i], pks[i] = sk, pk
		c.Committee.Pubkeys[i] = pk.Serialize()
	}
	agg, err := bls.AggregatePubkeys(pks)
	if err != nil {
		return nil, fmt.Errorf("ethtest: aggregate pubkey: %w", err)
	}
	c.Committee.AggregatePubkey = agg.Serialize()
	return c, nil
}

// Sign returns the aggregate signature over root of the members whose bits
// are set. It signs once with the sum of their secret keys, which equals the
// aggregate of their individual signatures.
func (c *Committee) Sign(root common.Hash, bits []byte) ([96]byte, error) {
	sum := new(big.Int)
	for i, sk := range c.Secrets {
		if bits[i/8]&(1<<(i%8)) != 0 {
			sum.Add(sum, new(big.Int).SetBytes(sk[:]))
		}
	}
	sum.Mod(sum, blsOrder())
	if sum.Sign() == 0 {
		return [96]byte{}, fmt.Errorf("ethtest: no participants (or keys summing to zero)")
	}
	var raw [32]byte
	sum.FillBytes(raw[:])
	var key bls.SecretKey
	if err := key.Deserialize(&raw); err != nil {
		return [96]byte{}, fmt.Errorf("ethtest: aggregate secret key: %w", err)
	}
	return bls.Sign(&key, root[:]).Serialize(), nil
}

// Bits returns a participation bitfield of size members with the first n
// set.
func Bits(size, n int) []byte {
	b := make([]byte, size/8)
	for i := range n {
		b[i/8] |= 1 << (i % 8)
	}
	return b
}

// Chain generates light-client data for one network. Committees are derived
// from Seed per period. A Chain is not safe for concurrent use.
type Chain struct {
	Config     ethereum.NetworkConfig
	Seed       string
	committees map[uint64]*Committee
}

// NewChain returns a generator for cfg whose committee keys derive from seed.
func NewChain(cfg ethereum.NetworkConfig, seed string) *Chain {
	return &Chain{Config: cfg, Seed: seed, committees: make(map[uint64]*Committee)}
}

// Committee returns the sync committee of period.
func (c *Chain) Committee(period uint64) (*Committee, error) {
	if cm, ok := c.committees[period]; ok {
		return cm, nil
	}
	cm, err := NewCommittee(c.Seed, period, c.Config.Preset.SyncCommitteeSize)
	if err != nil {
		return nil, err
	}
	c.committees[period] = cm
	return cm, nil
}

// SetCommittee replaces the committee of period, e.g. to generate data
// from a fork of the chain whose committees differ.
func (c *Chain) SetCommittee(period uint64, cm *Committee) { c.committees[period] = cm }

// HeaderOpts describes one beacon block to generate.
type HeaderOpts struct {
	Slot uint64
	// Execution is the block's execution payload header; nil makes a
	// synthetic one (block number = slot, deterministic hashes).
	Execution *deneb.ExecutionPayloadHeader
	// Finalized is the header the block's state records as finalized
	// (finalized_checkpoint.root); nil leaves it zero.
	Finalized *types.Header
}

// Header is a generated light-client header with the state branches that
// prove its committees and finalized root.
type Header struct {
	ethereum.LightClientHeader
	CurrentCommitteeBranch merkle.Values
	NextCommitteeBranch    merkle.Values
	FinalityBranch         merkle.Values
}

func filler(tag string, slot uint64, i int) []byte {
	h := sha256.New()
	h.Write([]byte(tag))
	_ = binary.Write(h, binary.BigEndian, slot)
	_ = binary.Write(h, binary.BigEndian, uint64(i))
	return h.Sum(nil)
}

// SyntheticExecution returns a deterministic execution payload header for a
// block at slot.
func (c *Chain) SyntheticExecution(slot uint64) *deneb.ExecutionPayloadHeader {
	e := &deneb.ExecutionPayloadHeader{
		BlockNumber:   slot,
		GasLimit:      30_000_000,
		GasUsed:       21_000,
		Timestamp:     c.Config.GenesisTime + slot*c.Config.SecondsPerSlot,
		ExtraData:     []byte("causeway"),
		BaseFeePerGas: uint256.NewInt(7),
	}
	copy(e.ParentHash[:], filler("parent", slot, 0))
	copy(e.StateRoot[:], filler("state-root", slot, 0))
	copy(e.ReceiptsRoot[:], filler("receipts", slot, 0))
	copy(e.PrevRandao[:], filler("randao", slot, 0))
	copy(e.BlockHash[:], filler("block-hash", slot, 0))
	copy(e.TransactionsRoot[:], filler("txs", slot, 0))
	copy(e.WithdrawalsRoot[:], filler("withdrawals", slot, 0))
	return e
}

// sparseTree builds a binary Merkle tree (fastssz nodes) holding the given
// leaves at their generalized indices; every other subtree is a filler leaf
// derived from tag and slot. No leaf index may be an ancestor of another.
func sparseTree(leaves map[uint64]*ssz.Node, tag string, slot uint64) *ssz.Node {
	var build func(g uint64) *ssz.Node
	build = func(g uint64) *ssz.Node {
		if n, ok := leaves[g]; ok {
			return n
		}
		for k := range leaves {
			for a := k >> 1; a >= g && a > 0; a >>= 1 {
				if a == g {
					return ssz.NewNodeWithLR(build(2*g), build(2*g+1))
				}
			}
		}
		return ssz.LeafFromBytes(filler(tag, slot, int(g)))
	}
	return build(1)
}

func prove(tree *ssz.Node, gindex uint64, what string) (merkle.Values, error) {
	p, err := tree.Prove(int(gindex))
	if err != nil {
		return nil, fmt.Errorf("ethtest: %s branch at %d: %w", what, gindex, err)
	}
	return toValues(p.Hashes), nil
}

// Header generates the beacon block at o.Slot: a body committing to the
// execution payload header at generalized index 25 (to the execution block
// hash at index 2856 from Gloas, where the header takes the Gloas format),
// and a state committing to the current and next sync committees and the
// finalized root at the fork's indices.
func (c *Chain) Header(o HeaderOpts) (*Header, error) {
	cfg := &c.Config
	fork := cfg.ForkAtSlot(o.Slot).Name
	exec := o.Execution
	if exec == nil {
		exec = c.SyntheticExecution(o.Slot)
	}
	h := &Header{}
	bodyLeaves := map[uint64]*ssz.Node{}
	var bodyIdx uint64
	if fork == "gloas" {
		bodyIdx = params.BodyIndexExecBlockHashGloas
		h.ExecutionBlockHash = common.Hash(exec.BlockHash)
		bodyLeaves[bodyIdx] = ssz.LeafFromBytes(exec.BlockHash[:])
	} else {
		payloadRoot, err := ethereum.ExecutionPayloadRoot(fork, exec)
		if err != nil {
			return nil, fmt.Errorf("ethtest: slot %d: %w", o.Slot, err)
		}
		bodyIdx = params.BodyIndexExecPayload
		h.Execution = exec
		bodyLeaves[bodyIdx] = ssz.LeafFromBytes(payloadRoot[:])
	}
	body := sparseTree(bodyLeaves, "body", o.Slot)
	var err error
	if h.ExecutionBranch, err = prove(body, bodyIdx, "execution"); err != nil {
		return nil, err
	}

	curIdx := params.StateIndexSyncCommittee(fork)
	nextIdx := params.StateIndexNextSyncCommittee(fork)
	finIdx := params.StateIndexFinalBlock(fork)
	if curIdx == 0 {
		return nil, fmt.Errorf("ethtest: slot %d: fork %s has no sync committee", o.Slot, fork)
	}
	period := cfg.SyncPeriod(o.Slot)
	cur, err := c.Committee(period)
	if err != nil {
		return nil, err
	}
	nxt, err := c.Committee(period + 1)
	if err != nil {
		return nil, err
	}
	curRoot, nextRoot := cur.Committee.Root(), nxt.Committee.Root()
	var finRoot common.Hash
	var finEpoch uint64
	if o.Finalized != nil {
		finRoot, finEpoch = o.Finalized.Hash(), cfg.Epoch(o.Finalized.Slot)
	}
	// finalized_checkpoint = Checkpoint{epoch, root}: the root is the right
	// child, the epoch its left sibling.
	state := sparseTree(map[uint64]*ssz.Node{
		curIdx:     ssz.LeafFromBytes(curRoot[:]),
		nextIdx:    ssz.LeafFromBytes(nextRoot[:]),
		finIdx:     ssz.LeafFromBytes(finRoot[:]),
		finIdx - 1: ssz.LeafFromUint64(finEpoch),
	}, "state", o.Slot)
	h.Beacon = types.Header{
		Slot:          o.Slot,
		ProposerIndex: o.Slot % 64,
		ParentRoot:    common.BytesToHash(filler("parent-root", o.Slot, 0)),
		StateRoot:     common.BytesToHash(state.Hash()),
		BodyRoot:      common.BytesToHash(body.Hash()),
	}
	if h.CurrentCommitteeBranch, err = prove(state, curIdx, "current committee"); err != nil {
		return nil, err
	}
	if h.NextCommitteeBranch, err = prove(state, nextIdx, "next committee"); err != nil {
		return nil, err
	}
	if h.FinalityBranch, err = prove(state, finIdx, "finality"); err != nil {
		return nil, err
	}
	return h, nil
}

func toValues(hs [][]byte) merkle.Values {
	v := make(merkle.Values, len(hs))
	for i, h := range hs {
		copy(v[i][:], h)
	}
	return v
}

// Bootstrap generates the LightClientBootstrap for a block at slot and
// returns it with the block root to trust.
func (c *Chain) Bootstrap(slot uint64, exec *deneb.ExecutionPayloadHeader) (*ethereum.LightClientBootstrap, common.Hash, error) {
	h, err := c.Header(HeaderOpts{Slot: slot, Execution: exec})
	if err != nil {
		return nil, common.Hash{}, err
	}
	cm, err := c.Committee(c.Config.SyncPeriod(slot))
	if err != nil {
		return nil, common.Hash{}, err
	}
	return &ethereum.LightClientBootstrap{
		Version:                    c.Config.ForkAtSlot(slot).Name,
		Header:                     h.LightClientHeader,
		CurrentSyncCommittee:       cm.Committee,
		CurrentSyncCommitteeBranch: h.CurrentCommitteeBranch,
	}, h.Beacon.Hash(), nil
}

// UpdateOpts describes an update to generate.
type UpdateOpts struct {
	AttestedSlot  uint64
	SignatureSlot uint64 // 0: AttestedSlot + 1
	// FinalizedSlot > 0 adds a finalized header at that slot and its
	// finality branch.
	FinalizedSlot uint64
	// NextCommittee adds the next sync committee and its branch (a full
	// LightClientUpdate).
	NextCommittee bool
	// Participants is how many members sign (the first ones); 0 means all.
	Participants int
	// AttestedExecution and FinalizedExecution are the blocks' execution
	// payload headers; nil makes synthetic ones.
	AttestedExecution, FinalizedExecution *deneb.ExecutionPayloadHeader
}

// Update generates a signed update: a LightClientUpdate when NextCommittee is
// set, else a finality update when FinalizedSlot is set, else an optimistic
// update. The committee of the signature slot's period signs.
func (c *Chain) Update(o UpdateOpts) (*ethereum.Update, error) {
	cfg := &c.Config
	if o.SignatureSlot == 0 {
		o.SignatureSlot = o.AttestedSlot + 1
	}
	u := &ethereum.Update{Version: cfg.ForkAtSlot(o.AttestedSlot).Name, SignatureSlot: o.SignatureSlot}
	ho := HeaderOpts{Slot: o.AttestedSlot, Execution: o.AttestedExecution}
	if o.FinalizedSlot > 0 {
		if (u.Version == "gloas") != (cfg.ForkAtSlot(o.FinalizedSlot).Name == "gloas") {
			return nil, fmt.Errorf("ethtest: finalized slot %d and attested slot %d straddle the gloas fork: the generator cannot re-encode a header across it", o.FinalizedSlot, o.AttestedSlot)
		}
		fh, err := c.Header(HeaderOpts{Slot: o.FinalizedSlot, Execution: o.FinalizedExecution})
		if err != nil {
			return nil, err
		}
		u.FinalizedHeader = &fh.LightClientHeader
		ho.Finalized = &fh.Beacon
	}
	ah, err := c.Header(ho)
	if err != nil {
		return nil, err
	}
	u.AttestedHeader = ah.LightClientHeader
	if o.FinalizedSlot > 0 {
		u.FinalityBranch = ah.FinalityBranch
	}
	if o.NextCommittee {
		nc, err := c.Committee(cfg.SyncPeriod(o.AttestedSlot) + 1)
		if err != nil {
			return nil, err
		}
		u.NextSyncCommittee = nc.Committee
		u.NextSyncCommitteeBranch = ah.NextCommitteeBranch
	}
	size := cfg.Preset.SyncCommitteeSize
	n := o.Participants
	if n == 0 {
		n = size
	}
	u.SyncAggregate.Bits = Bits(size, n)
	signer, err := c.Committee(cfg.SyncPeriod(o.SignatureSlot))
	if err != nil {
		return nil, err
	}
	root, err := cfg.SigningRoot(o.SignatureSlot, ah.Beacon.Hash())
	if err != nil {
		return nil, fmt.Errorf("ethtest: %w", err)
	}
	if u.SyncAggregate.Signature, err = signer.Sign(root, u.SyncAggregate.Bits); err != nil {
		return nil, err
	}
	return u, nil
}
