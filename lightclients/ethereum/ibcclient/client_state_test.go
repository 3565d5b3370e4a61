package ibcclient_test

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"cosmossdk.io/store/prefix"
	storetypes "cosmossdk.io/store/types"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
)

var (
	genesis = time.Unix(1_700_000_000, 0)
	handler = common.HexToAddress("0x00000000000000000000000000000000000ca5e1")
)

// env is one client in an in-memory client store, driven by the ethtest
// generator (minimal preset: 64-slot periods, 32-member committees, 1 s
// slots; synthetic execution block number = slot).
type env struct {
	t     *testing.T
	chain *ethtest.Chain
	cdc   codec.BinaryCodec
	ctx   sdk.Context
	store storetypes.KVStore
}

func newEnv(t *testing.T) *env {
	t.Helper()
	cfg := ethereum.DevNetwork(uint64(genesis.Unix()), 1, common.HexToHash("0x6776"))
	reg := codectypes.NewInterfaceRegistry()
	clienttypes.RegisterInterfaces(reg)
	ibcclient.RegisterInterfaces(reg)
	key := storetypes.NewKVStoreKey("ibc")
	ctx := testutil.DefaultContext(key, storetypes.NewTransientStoreKey("transient")).WithBlockHeight(100)
	return &env{t: t, chain: ethtest.NewChain(cfg, "ibcclient-test"), cdc: codec.NewProtoCodec(reg), ctx: ctx, store: ctx.KVStore(key)}
}

// at sets the chain's block time to the given beacon slot's start plus 500ms.
func (e *env) at(slot uint64) {
	e.ctx = e.ctx.WithBlockTime(genesis.Add(time.Duration(slot)*time.Second + 500*time.Millisecond))
}

func (e *env) clientState() *ibcclient.ClientState {
	e.t.Helper()
	cs := clienttypes.MustUnmarshalClientState(e.cdc, e.store.Get(host.ClientStateKey()))
	return cs.(*ibcclient.ClientState)
}

func (e *env) consensusState(height uint64) *ibcclient.ConsensusState {
	e.t.Helper()
	bz := e.store.Get(host.ConsensusStateKey(clienttypes.NewHeight(0, height)))
	if bz == nil {
		return nil
	}
	return clienttypes.MustUnmarshalConsensusState(e.cdc, bz).(*ibcclient.ConsensusState)
}

// create bootstraps the client at slot (with the given execution payload,
// nil for a synthetic one).
func (e *env) create(slot uint64, exec *deneb.ExecutionPayloadHeader) {
	e.t.Helper()
	b, root, err := e.chain.Bootstrap(slot, exec)
	if err != nil {
		e.t.Fatal(err)
	}
	cs, cons, err := ibcclient.NewClientState(e.chain.Config, root, b, handler, time.Hour)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := cons.ValidateBasic(); err != nil {
		e.t.Fatal(err)
	}
	e.at(slot + 1)
	if err := cs.Initialize(e.ctx, e.cdc, e.store, cons); err != nil {
		e.t.Fatalf("initialize: %v", err)
	}
}

func (e *env) header(o ethtest.UpdateOpts) *ibcclient.Header {
	e.t.Helper()
	u, err := e.chain.Update(o)
	if err != nil {
		e.t.Fatal(err)
	}
	h, err := ibcclient.NewHeader(u)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// update runs ibc-go's update sequence (verify, misbehaviour check, update
// state) as 02-client's keeper does, at the signature slot's time.
func (e *env) update(h *ibcclient.Header) ([]exported.Height, error) {
	e.t.Helper()
	e.at(h.Update.SignatureSlot)
	cs := e.clientState()
	if err := cs.VerifyClientMessage(e.ctx, e.cdc, e.store, h); err != nil {
		return nil, err
	}
	if cs.CheckForMisbehaviour(e.ctx, e.cdc, e.store, h) {
		e.t.Fatalf("unexpected misbehaviour")
	}
	return cs.UpdateState(e.ctx, e.cdc, e.store, h), nil
}

func (e *env) status() exported.Status {
	return e.clientState().Status(e.ctx, e.store, e.cdc)
}

func committeeStored(e *env, period uint64) bool {
	return e.store.Has([]byte("syncCommittees/" + strconv.FormatUint(period, 10)))
}

func TestCreateUpdateAndRotate(t *testing.T) {
	e := newEnv(t)
	e.create(8, nil)
	cs := e.clientState()
	if cs.Bootstrap != nil || cs.FinalizedHeader == nil || cs.FinalizedHeader.Beacon.Slot != 8 || cs.NextSyncCommitteeKnown {
		t.Fatalf("stored client state after create: %v", cs)
	}
	if cs.LatestHeight != clienttypes.NewHeight(0, 8) || e.consensusState(8) == nil || !committeeStored(e, 0) {
		t.Fatalf("after create: latest %s, consensus state %v, committee 0 stored %v", cs.LatestHeight, e.consensusState(8), committeeStored(e, 0))
	}
	if st := e.status(); st != exported.Active {
		t.Fatalf("status after create = %s", st)
	}

	// A LightClientUpdate in period 0: finality advances, period 1's committee is learned.
	heights, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16, NextCommittee: true}))
	if err != nil {
		t.Fatal(err)
	}
	cs = e.clientState()
	if len(heights) != 1 || heights[0] != clienttypes.NewHeight(0, 16) || cs.LatestHeight != clienttypes.NewHeight(0, 16) || !cs.NextSyncCommitteeKnown || !committeeStored(e, 1) {
		t.Fatalf("after update: heights %v, latest %s, next known %v, committee 1 stored %v", heights, cs.LatestHeight, cs.NextSyncCommitteeKnown, committeeStored(e, 1))
	}
	want := e.chain.SyntheticExecution(16)
	if got := e.consensusState(16); got == nil || !bytes.Equal(got.StateRoot, want.StateRoot[:]) || got.Timestamp != want.Timestamp || got.Slot != 16 {
		t.Fatalf("consensus state at 16 = %v, want state root %x timestamp %d", got, want.StateRoot, want.Timestamp)
	}

	// A finality update within period 0 (the next committee is left out of
	// the store it is verified with): the next committee stays known.
	if _, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 30, FinalizedSlot: 28})); err != nil {
		t.Fatal(err)
	}
	if cs = e.clientState(); cs.LatestHeight != clienttypes.NewHeight(0, 28) || !cs.NextSyncCommitteeKnown {
		t.Fatalf("after a same-period finality update: latest %s, next known %v", cs.LatestHeight, cs.NextSyncCommitteeKnown)
	}

	// Into period 1, signed by period 1's committee: the committees rotate.
	if _, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 70, FinalizedSlot: 66})); err != nil {
		t.Fatalf("rotation: %v", err)
	}
	cs = e.clientState()
	if cs.LatestHeight != clienttypes.NewHeight(0, 66) || cs.NextSyncCommitteeKnown || committeeStored(e, 0) || !committeeStored(e, 1) {
		t.Fatalf("after rotation: latest %s, next known %v, committee 0 stored %v, 1 stored %v", cs.LatestHeight, cs.NextSyncCommitteeKnown, committeeStored(e, 0), committeeStored(e, 1))
	}
	// Period 1's LightClientUpdate brings period 2's committee.
	h := e.header(ethtest.UpdateOpts{AttestedSlot: 74, FinalizedSlot: 72, NextCommittee: true})
	if _, err := e.update(h); err != nil {
		t.Fatal(err)
	}
	if cs = e.clientState(); !cs.NextSyncCommitteeKnown || !committeeStored(e, 2) {
		t.Fatalf("period 2 committee not learned")
	}
	// The same header again is accepted and changes nothing (a redundant
	// relayer transaction must not fail).
	before := e.store.Get(host.ClientStateKey())
	heights, err = e.update(h)
	if err != nil || len(heights) != 1 || heights[0] != clienttypes.NewHeight(0, 72) || !bytes.Equal(before, e.store.Get(host.ClientStateKey())) {
		t.Fatalf("redundant update: heights %v, err %v, client state changed %v", heights, err, !bytes.Equal(before, e.store.Get(host.ClientStateKey())))
	}
	// A period-2 signature would be out of reach without period 2 known;
	// with it known, an update signed in period 2 verifies.
	if _, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 130, FinalizedSlot: 129})); err != nil {
		t.Fatalf("update into period 2: %v", err)
	}
	// Export carries the committees and the consensus metadata.
	md := e.clientState().ExportMetadata(e.store)
	var sawCommittee, sawProcessed bool
	for _, m := range md {
		sawCommittee = sawCommittee || strings.HasPrefix(string(m.GetKey()), "syncCommittees/")
		sawProcessed = sawProcessed || strings.HasSuffix(string(m.GetKey()), "processedTime")
	}
	if !sawCommittee || !sawProcessed {
		t.Fatalf("exported metadata lacks committees (%v) or processed times (%v)", sawCommittee, sawProcessed)
	}
}

func flip(b []byte, bit int) { b[bit/8] ^= 1 << (bit % 8) }

func TestForgedUpdatesRefused(t *testing.T) {
	e := newEnv(t)
	e.create(8, nil)
	valid := ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16, NextCommittee: true}
	for _, tc := range []struct {
		name   string
		opts   ethtest.UpdateOpts
		mutate func(h *ibcclient.Header)
		want   error
	}{
		{"signature bit", valid, func(h *ibcclient.Header) { flip(h.Update.SyncAggregate.SyncCommitteeSignature, 77) }, ethereum.ErrInvalidSignature},
		{"participation bit", valid, func(h *ibcclient.Header) { flip(h.Update.SyncAggregate.SyncCommitteeBits, 3) }, ethereum.ErrInvalidSignature},
		{"finality branch node", valid, func(h *ibcclient.Header) { flip(h.Update.FinalityBranch[2], 0) }, ethereum.ErrInvalidFinalityProof},
		{"finalized execution branch node", valid, func(h *ibcclient.Header) { flip(h.Update.FinalizedHeader.ExecutionBranch[1], 5) }, ethereum.ErrInvalidExecutionProof},
		{"finalized execution state root", valid, func(h *ibcclient.Header) { flip(h.Update.FinalizedHeader.Execution.StateRoot, 9) }, ethereum.ErrInvalidExecutionProof},
		{"next committee key", valid, func(h *ibcclient.Header) {
			h.Update.NextSyncCommittee.Pubkeys[4] = h.Update.NextSyncCommittee.Pubkeys[5]
		}, ethereum.ErrInvalidCommitteeProof},
		{"attested state root", valid, func(h *ibcclient.Header) { flip(h.Update.AttestedHeader.Beacon.StateRoot, 100) }, ethereum.ErrInvalidFinalityProof},
		{"under 2/3 participation", ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16, Participants: 21}, nil, ethereum.ErrInsufficientParticipation},
		{"signature from the future", ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16, SignatureSlot: 40}, func(h *ibcclient.Header) { h.Update.SignatureSlot = 40 }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := e.header(tc.opts)
			if tc.mutate != nil {
				tc.mutate(h)
			}
			before := e.store.Get(host.ClientStateKey())
			e.at(21)
			cs := e.clientState()
			err := cs.VerifyClientMessage(e.ctx, e.cdc, e.store, h)
			if err == nil {
				t.Fatalf("forged update accepted")
			}
			if tc.want != nil && !strings.Contains(err.Error(), tc.want.Error()) {
				t.Fatalf("error %q does not name %q", err, tc.want)
			}
			if tc.want == nil && !strings.Contains(err.Error(), ethereum.ErrFutureSlot.Error()) {
				t.Fatalf("error %q does not name %q", err, ethereum.ErrFutureSlot)
			}
			if !bytes.Equal(before, e.store.Get(host.ClientStateKey())) {
				t.Fatalf("client state changed")
			}
		})
	}
	// Optimistic updates carry no finalized header: refused before verification.
	u, err := e.chain.Update(ethtest.UpdateOpts{AttestedSlot: 20})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ibcclient.NewHeader(u); err == nil || !errors.Is(err, clienttypes.ErrInvalidHeader) {
		t.Fatalf("optimistic update: err = %v, want ErrInvalidHeader", err)
	}
	// A Gloas-format finalized header (block hash only) carries no state
	// root for proofs: refused.
	gu, err := e.chain.Update(valid)
	if err != nil {
		t.Fatal(err)
	}
	gu.FinalizedHeader.ExecutionBlockHash = common.Hash(gu.FinalizedHeader.Execution.BlockHash)
	gu.FinalizedHeader.Execution = nil
	if _, err := ibcclient.NewHeader(gu); err == nil || !errors.Is(err, clienttypes.ErrInvalidHeader) {
		t.Fatalf("gloas-format finalized header: err = %v, want ErrInvalidHeader", err)
	}
	// The untouched update still verifies (the mutations, not the fixture, failed).
	if _, err := e.update(e.header(valid)); err != nil {
		t.Fatal(err)
	}
}

func TestMisbehaviourFreezes(t *testing.T) {
	e := newEnv(t)
	e.create(8, nil)
	if _, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16})); err != nil {
		t.Fatal(err)
	}
	// Two updates finalizing different blocks at slot 24, both signed by the trusted committee.
	other := e.chain.SyntheticExecution(24)
	other.StateRoot[0] ^= 0xff
	a, err := e.chain.Update(ethtest.UpdateOpts{AttestedSlot: 28, FinalizedSlot: 24})
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.chain.Update(ethtest.UpdateOpts{AttestedSlot: 28, FinalizedSlot: 24, FinalizedExecution: other})
	if err != nil {
		t.Fatal(err)
	}
	e.at(30)
	cs := e.clientState()
	same, err := ibcclient.NewMisbehaviour(a, a)
	if err != nil {
		t.Fatal(err)
	}
	if err := cs.VerifyClientMessage(e.ctx, e.cdc, e.store, same); err == nil {
		t.Fatal("an update paired with itself was taken as misbehaviour")
	}
	m, err := ibcclient.NewMisbehaviour(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if err := cs.VerifyClientMessage(e.ctx, e.cdc, e.store, m); err != nil {
		t.Fatalf("misbehaviour refused: %v", err)
	}
	if !cs.CheckForMisbehaviour(e.ctx, e.cdc, e.store, m) {
		t.Fatal("misbehaviour not detected")
	}
	// The ante handler's UpdateState with a Misbehaviour is a no-op.
	before := e.store.Get(host.ClientStateKey())
	cs.UpdateState(e.ctx, e.cdc, e.store, m)
	if !bytes.Equal(before, e.store.Get(host.ClientStateKey())) {
		t.Fatal("UpdateState with a Misbehaviour changed the client")
	}
	cs.UpdateStateOnMisbehaviour(e.ctx, e.cdc, e.store, m)
	if st := e.status(); st != exported.Frozen {
		t.Fatalf("status after misbehaviour = %s", st)
	}
}

func TestConflictingHeaderIsMisbehaviour(t *testing.T) {
	e := newEnv(t)
	e.create(8, nil)
	if _, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16})); err != nil {
		t.Fatal(err)
	}
	// A validly signed update finalizing another block at the trusted slot 16.
	other := e.chain.SyntheticExecution(16)
	other.BlockHash[3] ^= 1
	h := e.header(ethtest.UpdateOpts{AttestedSlot: 22, FinalizedSlot: 16, FinalizedExecution: other})
	e.at(23)
	cs := e.clientState()
	if err := cs.VerifyClientMessage(e.ctx, e.cdc, e.store, h); err != nil {
		t.Fatalf("conflicting header should verify (and then freeze): %v", err)
	}
	if !cs.CheckForMisbehaviour(e.ctx, e.cdc, e.store, h) {
		t.Fatal("conflicting header not detected as misbehaviour")
	}
	// ibc-go's RedundantRelayDecorator calls UpdateState in CheckTx without
	// the misbehaviour check, and in ReCheckTx without verification: a
	// conflicting or stale header must change nothing (and not panic).
	before := e.store.Get(host.ClientStateKey())
	if hs := cs.UpdateState(e.ctx, e.cdc, e.store, h); len(hs) != 1 || hs[0] != clienttypes.NewHeight(0, 16) || !bytes.Equal(before, e.store.Get(host.ClientStateKey())) {
		t.Fatalf("UpdateState with a conflicting header: heights %v, client state changed %v", hs, !bytes.Equal(before, e.store.Get(host.ClientStateKey())))
	}
	stale := e.header(ethtest.UpdateOpts{AttestedSlot: 15, FinalizedSlot: 12})
	if hs := cs.UpdateState(e.ctx, e.cdc, e.store, stale); len(hs) != 1 || hs[0] != clienttypes.NewHeight(0, 16) || !bytes.Equal(before, e.store.Get(host.ClientStateKey())) {
		t.Fatalf("UpdateState with a stale header: heights %v", hs)
	}
}

func TestExpiryAndPruning(t *testing.T) {
	e := newEnv(t)
	e.create(8, nil)
	if _, err := e.update(e.header(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16})); err != nil {
		t.Fatal(err)
	}
	e.ctx = e.ctx.WithBlockTime(genesis.Add(16*time.Second + time.Hour - time.Second))
	if st := e.status(); st != exported.Active {
		t.Fatalf("status just inside the trusting period = %s", st)
	}
	e.ctx = e.ctx.WithBlockTime(genesis.Add(16*time.Second + time.Hour))
	if st := e.status(); st != exported.Expired {
		t.Fatalf("status at the end of the trusting period = %s", st)
	}
	// A client whose old consensus states expired prunes them on update.
	e2 := newEnv(t)
	e2.create(8, nil)
	h := e2.header(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16})
	e2.ctx = e2.ctx.WithBlockTime(genesis.Add(8*time.Second + time.Hour + time.Second))
	cs := e2.clientState()
	if err := cs.VerifyClientMessage(e2.ctx, e2.cdc, e2.store, h); err != nil {
		t.Fatal(err)
	}
	cs.UpdateState(e2.ctx, e2.cdc, e2.store, h)
	if e2.consensusState(8) != nil || e2.consensusState(16) == nil {
		t.Fatalf("pruning: consensus state 8 kept (%v) or 16 missing (%v)", e2.consensusState(8) != nil, e2.consensusState(16) == nil)
	}
}

// state is a real Merkle-Patricia state trie holding the IBC handler with
// the given storage, built with go-ethereum's trie.
type state struct {
	root             common.Hash
	account, storage *trie.Trie
}

func newState(t *testing.T, slots map[common.Hash]common.Hash) *state {
	t.Helper()
	db := triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil)
	st := trie.NewEmpty(db)
	for k, v := range slots {
		enc, err := rlp.EncodeToBytes(common.TrimLeftZeroes(v[:]))
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Update(crypto.Keccak256(k[:]), enc); err != nil {
			t.Fatal(err)
		}
	}
	acc, err := rlp.EncodeToBytes(&types.StateAccount{Nonce: 1, Balance: uint256.NewInt(0), Root: st.Hash(), CodeHash: crypto.Keccak256([]byte("handler code"))})
	if err != nil {
		t.Fatal(err)
	}
	at := trie.NewEmpty(db)
	if err := at.Update(crypto.Keccak256(handler[:]), acc); err != nil {
		t.Fatal(err)
	}
	// A second account so the handler's proof has more than one node.
	other, _ := rlp.EncodeToBytes(&types.StateAccount{Balance: uint256.NewInt(5), Root: types.EmptyRootHash, CodeHash: types.EmptyCodeHash[:]})
	for i := range 40 {
		addr := common.BigToAddress(uint256.NewInt(uint64(i + 1)).ToBig())
		if err := at.Update(crypto.Keccak256(addr[:]), other); err != nil {
			t.Fatal(err)
		}
	}
	return &state{root: at.Hash(), account: at, storage: st}
}

type proofList [][]byte

func (l *proofList) Put(_ []byte, v []byte) error { *l = append(*l, v); return nil }
func (l *proofList) Delete([]byte) error          { return nil }

func (s *state) proof(t *testing.T, slot common.Hash) []byte {
	t.Helper()
	var acc, sto proofList
	if err := s.account.Prove(crypto.Keccak256(handler[:]), &acc); err != nil {
		t.Fatal(err)
	}
	if err := s.storage.Prove(crypto.Keccak256(slot[:]), &sto); err != nil {
		t.Fatal(err)
	}
	bz, err := (&ibcclient.StorageProof{AccountProof: acc, StorageProof: sto}).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return bz
}

func TestMembership(t *testing.T) {
	const (
		sentPath   = "commitments/ports/transfer/channels/channel-0/sequences/1"
		absentPath = "commitments/ports/transfer/channels/channel-0/sequences/2"
		connPath   = "connections/connection-0"
	)
	commitment := crypto.Keccak256([]byte("a packet commitment")) // 32 bytes: stored as is
	connEnd := []byte("a protobuf connection end, not 32 bytes long")
	slots := map[common.Hash]common.Hash{
		ibcclient.StorageKey(sentPath): common.BytesToHash(commitment),
		ibcclient.StorageKey(connPath): crypto.Keccak256Hash(connEnd),
	}
	for i := range 30 { // more entries so the storage proofs branch
		p := "receipts/ports/transfer/channels/channel-9/sequences/" + string(rune('a'+i))
		slots[ibcclient.StorageKey(p)] = common.BytesToHash([]byte{1})
	}
	s := newState(t, slots)

	e := newEnv(t)
	exec := e.chain.SyntheticExecution(8)
	exec.StateRoot = phase0.Root(s.root)
	e.create(8, exec)
	e.at(9)
	cs := e.clientState()
	height := clienttypes.NewHeight(0, 8)
	path := func(p string) commitmenttypes.MerklePath { return commitmenttypes.NewMerklePath("ibc", p) }

	if err := cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(sentPath)), path(sentPath), commitment); err != nil {
		t.Fatalf("packet commitment: %v", err)
	}
	if err := cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(connPath)), path(connPath), connEnd); err != nil {
		t.Fatalf("connection end (hashed value): %v", err)
	}
	if err := cs.VerifyNonMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(absentPath)), path(absentPath)); err != nil {
		t.Fatalf("absent commitment: %v", err)
	}

	refused := map[string]error{}
	wrong := append([]byte(nil), commitment...)
	wrong[0] ^= 1
	refused["wrong value"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(sentPath)), path(sentPath), wrong)
	refused["absent path as member"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(absentPath)), path(absentPath), commitment)
	refused["present path as absent"] = cs.VerifyNonMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(sentPath)), path(sentPath))
	refused["proof of another path"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(connPath)), path(sentPath), commitment)
	var sp ibcclient.StorageProof
	if err := sp.Unmarshal(s.proof(t, ibcclient.StorageKey(sentPath))); err != nil {
		t.Fatal(err)
	}
	sp.StorageProof[len(sp.StorageProof)-1][5] ^= 1
	forged, _ := sp.Marshal()
	refused["flipped storage node"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, forged, path(sentPath), commitment)
	refused["height above latest"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, clienttypes.NewHeight(0, 9), 0, 0, s.proof(t, ibcclient.StorageKey(sentPath)), path(sentPath), commitment)
	refused["no prefix"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, s.proof(t, ibcclient.StorageKey(sentPath)), commitmenttypes.NewMerklePath(sentPath), commitment)
	refused["delay period"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, uint64(time.Minute), 0, s.proof(t, ibcclient.StorageKey(sentPath)), path(sentPath), commitment)
	refused["garbage proof"] = cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, []byte("garbage"), path(sentPath), commitment)
	for name, err := range refused {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// The relayer's form: one eth_getProof response for several slots, split.
	var acc, sto1, sto2 proofList
	if err := s.account.Prove(crypto.Keccak256(handler[:]), &acc); err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		l    *proofList
		path string
	}{{&sto1, sentPath}, {&sto2, absentPath}} {
		k := ibcclient.StorageKey(x.path)
		if err := s.storage.Prove(crypto.Keccak256(k[:]), x.l); err != nil {
			t.Fatal(err)
		}
	}
	hex := func(l proofList) []hexutil.Bytes {
		out := make([]hexutil.Bytes, len(l))
		for i := range l {
			out[i] = l[i]
		}
		return out
	}
	proofs, err := ibcclient.NewStorageProofs(&ethereum.AccountProof{Address: handler, AccountProof: hex(acc), StorageProof: []ethereum.StorageProof{
		{Key: ibcclient.StorageKey(sentPath), Proof: hex(sto1)}, {Key: ibcclient.StorageKey(absentPath), Proof: hex(sto2)},
	}})
	if err != nil || len(proofs) != 2 {
		t.Fatalf("NewStorageProofs: %d proofs, %v", len(proofs), err)
	}
	if err := cs.VerifyMembership(e.ctx, e.store, e.cdc, height, 0, 0, proofs[0], path(sentPath), commitment); err != nil {
		t.Fatalf("membership with a split proof: %v", err)
	}
	if err := cs.VerifyNonMembership(e.ctx, e.store, e.cdc, height, 0, 0, proofs[1], path(absentPath)); err != nil {
		t.Fatalf("non-membership with a split proof: %v", err)
	}

	// The delay period passes once enough time went by.
	e.ctx = e.ctx.WithBlockTime(e.ctx.BlockTime().Add(2 * time.Minute))
	if err := cs.VerifyMembership(e.ctx, e.store, e.cdc, height, uint64(time.Minute), 0, s.proof(t, ibcclient.StorageKey(sentPath)), path(sentPath), commitment); err != nil {
		t.Fatalf("after the delay period: %v", err)
	}
}

func TestCreateRefusesInconsistentStates(t *testing.T) {
	e := newEnv(t)
	b, root, err := e.chain.Bootstrap(8, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs, cons, err := ibcclient.NewClientState(e.chain.Config, root, b, handler, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ibcclient.NewClientState(e.chain.Config, common.Hash{1}, b, handler, time.Hour); !errors.Is(err, ethereum.ErrCheckpointMismatch) {
		t.Fatalf("bootstrap against another checkpoint: %v", err)
	}
	e.at(9)
	badCons := *cons
	badCons.StateRoot = bytes.Repeat([]byte{7}, 32)
	if err := cs.Initialize(e.ctx, e.cdc, e.store, &badCons); err == nil {
		t.Fatal("consensus state with another state root accepted")
	}
	badBranch := *cs
	bs := *cs.Bootstrap
	bs.CurrentSyncCommitteeBranch = append([][]byte(nil), bs.CurrentSyncCommitteeBranch...)
	bs.CurrentSyncCommitteeBranch[0] = bytes.Repeat([]byte{9}, 32)
	badBranch.Bootstrap = &bs
	if err := badBranch.Initialize(e.ctx, e.cdc, e.store, cons); err == nil || !strings.Contains(err.Error(), ethereum.ErrInvalidCommitteeProof.Error()) {
		t.Fatalf("bootstrap with a forged committee branch: %v", err)
	}
	if e.store.Has(host.ClientStateKey()) {
		t.Fatal("a refused create wrote the client state")
	}
	if err := cs.Initialize(e.ctx, e.cdc, e.store, cons); err != nil {
		t.Fatal(err)
	}
}

func TestSubstituteRecoversFrozenClient(t *testing.T) {
	base := newEnv(t)
	subject, substitute := *base, *base
	subject.store = prefix.NewStore(base.store, []byte("clients/10-ethereum-0/"))
	substitute.store = prefix.NewStore(base.store, []byte("clients/10-ethereum-1/"))
	subject.create(8, nil)
	subject.clientState().UpdateStateOnMisbehaviour(subject.ctx, subject.cdc, subject.store, nil)
	if st := subject.status(); st != exported.Frozen {
		t.Fatalf("subject status %s", st)
	}
	substitute.create(8, nil)
	if _, err := substitute.update(substitute.header(ethtest.UpdateOpts{AttestedSlot: 20, FinalizedSlot: 16, NextCommittee: true})); err != nil {
		t.Fatal(err)
	}
	subject.ctx = substitute.ctx
	sub := substitute.clientState()

	other := *sub
	other.IbcHandlerAddress = common.HexToAddress("0x1234").Bytes()
	if err := subject.clientState().CheckSubstituteAndUpdateState(subject.ctx, subject.cdc, subject.store, substitute.store, &other); err == nil {
		t.Fatal("a substitute for another IBC handler was accepted")
	}
	if err := subject.clientState().CheckSubstituteAndUpdateState(subject.ctx, subject.cdc, subject.store, substitute.store, sub); err != nil {
		t.Fatal(err)
	}
	cs := subject.clientState()
	if st := subject.status(); st != exported.Active || cs.LatestHeight != clienttypes.NewHeight(0, 16) || !cs.NextSyncCommitteeKnown || !committeeStored(&subject, 1) {
		t.Fatalf("recovered subject: status %s, latest %s, next known %v", st, cs.LatestHeight, cs.NextSyncCommitteeKnown)
	}
	// The recovered client follows the chain again.
	if _, err := subject.update(subject.header(ethtest.UpdateOpts{AttestedSlot: 70, FinalizedSlot: 66})); err != nil {
		t.Fatalf("update after recovery: %v", err)
	}
}
