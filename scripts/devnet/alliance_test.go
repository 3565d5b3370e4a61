package devnet_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	storetypes "cosmossdk.io/store/types"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	gogoproto "github.com/cosmos/gogoproto/proto"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// gasLog collects the gas used by MsgUpdateClient transactions by kind.
type gasLog map[string][]int64

func (g gasLog) String() string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(g)) {
		v := g[k]
		lo, hi, sum := v[0], v[0], int64(0)
		for _, x := range v {
			lo, hi, sum = min(lo, x), max(hi, x), sum+x
		}
		fmt.Fprintf(&b, "  %-28s n=%-3d min=%d avg=%d max=%d\n", k, len(v), lo, sum/int64(len(v)), hi)
	}
	return b.String()
}

// allianceEnv is geth --dev with the Causeway contracts, the dev beacon over
// it, and an allianced chain with a relayer key.
type allianceEnv struct {
	t       *testing.T
	geth    *devnet.GethNode
	eth     *ethclient.Client
	handler common.Address
	ics20   *bindings.ICS20Transfer
	token   common.Address
	opts    *bind.TransactOpts

	chain *devnet.SimdChain
	cc    *cosmos.Chain
	rpc   *rpchttp.HTTP

	bcn *devnet.Beacon
	bc  *beacon.Client
	cfg ethereum.NetworkConfig
}

func startAllianceEnv(t *testing.T, ctx context.Context) *allianceEnv {
	t.Helper()
	e := &allianceEnv{t: t}
	var err error
	e.geth, err = devnet.StartGeth(ctx, devnet.GethOptions{Period: 1})
	must(t, err)
	t.Cleanup(func() { e.geth.Close() })
	e.eth, err = ethclient.DialContext(ctx, e.geth.HTTP)
	must(t, err)
	t.Cleanup(e.eth.Close)
	e.opts, err = bind.NewKeyedTransactorWithChainID(e.geth.DevKey, e.geth.ChainID)
	must(t, err)
	op, _ := crypto.GenerateKey()
	dep, err := evm.Deploy(ctx, e.eth, e.opts, evm.DeployConfig{
		Operators: []common.Address{crypto.PubkeyToAddress(op.PublicKey)}, Threshold: 1,
		ClientID: "attestation-0", ConnectionID: "connection-0",
		CounterpartyClientID: "10-ethereum-0", CounterpartyConnectionID: "connection-0",
		Port: "transfer", Channel: "channel-0", CounterpartyPort: "transfer", CounterpartyChannel: "channel-0",
	})
	must(t, err)
	e.handler = dep.Handler
	e.ics20, err = bindings.NewICS20Transfer(dep.ICS20, e.eth)
	must(t, err)
	var tx *types.Transaction
	var tok *bindings.TestToken
	e.token, tx, tok, err = bindings.DeployTestToken(e.opts, e.eth, "T", "T", big.NewInt(1e18))
	e.mine(tx, err)
	e.mine(tok.Approve(e.opts, dep.ICS20, big.NewInt(1e18)))

	e.chain, err = devnet.StartAlliance(ctx, devnet.SimdOptions{})
	must(t, err)
	t.Cleanup(func() { e.chain.Close() })
	cdc, err := cosmos.NewCodec("cosmos")
	must(t, err)
	kr, err := cosmos.OpenKeyring(filepath.Join(t.TempDir(), "keys"), "alliance-test-passphrase", cdc)
	must(t, err)
	_, err = cosmos.RestoreKey(kr, cdc, e.chain.Relayer.Name, e.chain.Relayer.Mnemonic)
	must(t, err)
	e.cc, err = cosmos.New(cosmos.Config{ChainID: e.chain.ChainID, RPC: e.chain.RPC(), Keyring: kr, Key: e.chain.Relayer.Name})
	must(t, err)
	e.rpc, err = rpchttp.New(e.chain.RPC(), "/websocket")
	must(t, err)

	// The beacon starts late in period 0 so the committee rotates (slot 64)
	// about 24 s into the test.
	e.bcn, err = devnet.StartBeacon(ctx, devnet.BeaconOptions{GethRPC: e.geth.HTTP, StartSlot: 40})
	must(t, err)
	t.Cleanup(func() { e.bcn.Stop() })
	e.cfg = e.bcn.Config()
	e.bc, err = beacon.NewClient(e.bcn.URL, nil)
	must(t, err)
	return e
}

func (e *allianceEnv) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	must(e.t, err)
	r, err := bind.WaitMined(context.Background(), e.eth, tx)
	must(e.t, err)
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("geth tx %s reverted", tx.Hash())
	}
	return r
}

// grpc runs a gRPC query through ABCI on allianced.
func (e *allianceEnv) grpc(ctx context.Context, method string, req, resp gogoproto.Message) error {
	bz, err := gogoproto.Marshal(req)
	if err != nil {
		return err
	}
	res, err := e.rpc.ABCIQuery(ctx, method, bz)
	if err != nil {
		return err
	}
	if res.Response.Code != 0 {
		return fmt.Errorf("%s: code %d: %s", method, res.Response.Code, res.Response.Log)
	}
	return gogoproto.Unmarshal(res.Response.Value, resp)
}

// latest is the height to pass to the adapter's proven queries: they read
// the state at proof height - 1, so after a transaction included at H wait
// for H+1 (updateClient does) before reading.
func (e *allianceEnv) latest(ctx context.Context) int64 {
	e.t.Helper()
	h, err := e.cc.LatestHeight(ctx)
	must(e.t, err)
	return h
}

func (e *allianceEnv) clientState(ctx context.Context, clientID string) *ibcclient.ClientState {
	e.t.Helper()
	cs, _, err := e.cc.ClientState(ctx, clientID, e.latest(ctx))
	must(e.t, err)
	ecs, ok := cs.(*ibcclient.ClientState)
	if !ok {
		e.t.Fatalf("client %s is %T", clientID, cs)
	}
	return ecs
}

func (e *allianceEnv) consensusState(ctx context.Context, clientID string, height exported.Height) *ibcclient.ConsensusState {
	e.t.Helper()
	cs, _, err := e.cc.ConsensusState(ctx, clientID, height, e.latest(ctx))
	must(e.t, err)
	return cs.(*ibcclient.ConsensusState)
}

func (e *allianceEnv) updateClient(ctx context.Context, clientID string, u *ethereum.Update) (*cosmos.TxResult, error) {
	h, err := ibcclient.NewHeader(u)
	if err != nil {
		return nil, err
	}
	msg, err := clienttypes.NewMsgUpdateClient(clientID, h, e.cc.Address())
	if err != nil {
		return nil, err
	}
	res, err := e.cc.SendMsgs(ctx, msg)
	if err != nil {
		return nil, err
	}
	return res, e.cc.WaitHeight(ctx, res.Height+1)
}

// TestAllianceEthereumClient runs the 10-ethereum client inside allianced
// against geth --dev and the dev beacon: create from a real bootstrap,
// follow real updates across a sync-committee rotation, prove a packet
// commitment the IBC handler wrote on geth (membership through ibc-go's
// VerifyMembership query) and an absent one, and refuse forged updates.
func TestAllianceEthereumClient(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev, the dev beacon and allianced")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	e := startAllianceEnv(t, ctx)

	var params clienttypes.QueryClientParamsResponse
	must(t, e.grpc(ctx, "/ibc.core.client.v1.Query/ClientParams", &clienttypes.QueryClientParamsRequest{}, &params))
	if !params.Params.IsAllowedClient(ibcclient.ClientType) {
		t.Fatalf("allianced's client params %v do not allow %s", params.Params.AllowedClients, ibcclient.ClientType)
	}

	// Create the client from the beacon's bootstrap of its checkpoint.
	checkpoint := e.bcn.Checkpoint()
	boot, err := e.bc.Bootstrap(ctx, checkpoint)
	must(t, err)
	cs, cons, err := ibcclient.NewClientState(e.cfg, checkpoint, boot, e.handler, time.Hour)
	must(t, err)
	create, err := clienttypes.NewMsgCreateClient(cs, cons, e.cc.Address())
	must(t, err)
	res, err := e.cc.SendMsgs(ctx, create)
	must(t, err)
	must(t, e.cc.WaitHeight(ctx, res.Height+1))
	var clientID string
	for _, ev := range res.Events {
		for _, a := range ev.Attributes {
			if ev.Type == clienttypes.EventTypeCreateClient && a.Key == clienttypes.AttributeKeyClientID {
				clientID = a.Value
			}
		}
	}
	if !strings.HasPrefix(clientID, ibcclient.ClientType+"-") {
		t.Fatalf("create_client event has client id %q", clientID)
	}
	t.Logf("created %s at execution block %d (beacon slot %d), gas used %d", clientID, cs.LatestHeight.RevisionHeight, boot.Header.Beacon.Slot, res.GasUsed)

	// A packet on geth: its commitment is what the client must prove later.
	tx, err := e.ics20.SendTransfer(e.opts, e.token, big.NewInt(42), "cosmos1receiver", "transfer", "channel-0", bindings.Height{}, uint64(time.Now().Add(time.Hour).UnixNano()), "")
	r := e.mine(tx, err)
	hf, err := bindings.NewIBCHandlerFilterer(e.handler, e.eth)
	must(t, err)
	var pkt bindings.Packet
	for _, l := range r.Logs {
		if ev, err := hf.ParseSendPacket(*l); err == nil {
			pkt = ev.Packet
		}
	}
	if pkt.Sequence == 0 {
		t.Fatal("sendTransfer emitted no SendPacket")
	}
	sentBlock := r.BlockNumber.Uint64()

	// Follow the beacon the way a relayer does: the period's
	// LightClientUpdate when the next committee is unknown, else the latest
	// finality update; until the client has rotated and finalized the
	// packet's block.
	gas := gasLog{}
	startPeriod := e.cfg.SyncPeriod(boot.Header.Beacon.Slot)
	var failures []error
	for {
		st := e.clientState(ctx, clientID)
		fin := st.FinalizedSlot()
		period, err := st.SyncPeriod()
		must(t, err)
		if period > startPeriod && st.LatestHeight.RevisionHeight >= sentBlock {
			break
		}
		if ctx.Err() != nil || len(failures) > 10 {
			t.Fatalf("client stuck at slot %d (period %d, latest %s, next committee known %v); failures: %v", fin, period, st.LatestHeight, st.NextSyncCommitteeKnown, failures)
		}
		var u *ethereum.Update
		kind := "finality update"
		if !st.NextSyncCommitteeKnown {
			if us, err := e.bc.Updates(ctx, period, 1); err == nil && len(us) == 1 && us[0].FinalizedHeader != nil {
				u, kind = us[0], "sync committee update"
			}
		}
		if u == nil {
			fu, err := e.bc.FinalityUpdate(ctx)
			if err == nil && fu.FinalizedHeader.Beacon.Slot > fin {
				u = fu
			}
		}
		if u == nil {
			time.Sleep(500 * time.Millisecond)
			continue
		}
		res, err := e.updateClient(ctx, clientID, u)
		if err != nil {
			// A signature slot the chain's clock has not reached yet is
			// refused (ErrFutureSlot) and retried; anything else counts.
			if !strings.Contains(err.Error(), ethereum.ErrFutureSlot.Error()) {
				failures = append(failures, err)
			}
			time.Sleep(500 * time.Millisecond)
			continue
		}
		after := e.clientState(ctx, clientID)
		if e.cfg.SyncPeriod(after.FinalizedHeader.Beacon.Slot) > period {
			kind += " (rotation)"
		}
		gas[kind] = append(gas[kind], res.GasUsed)
		t.Logf("%s: attested %d, finalized %d -> client at slot %d, height %s, gas %d", kind, u.AttestedHeader.Beacon.Slot, u.FinalizedHeader.Beacon.Slot,
			after.FinalizedHeader.Beacon.Slot, after.LatestHeight, res.GasUsed)
	}
	st := e.clientState(ctx, clientID)
	if len(gas["sync committee update"]) == 0 {
		t.Fatalf("the client never learned a next sync committee; gas log:\n%s", gas)
	}
	t.Logf("gas per MsgUpdateClient on allianced:\n%s", gas)
	if failures != nil {
		t.Logf("refused updates while following (retried): %v", failures)
	}

	// The consensus state is geth's block.
	height := st.LatestHeight
	cons = e.consensusState(ctx, clientID, height)
	hdr, err := e.eth.HeaderByNumber(ctx, new(big.Int).SetUint64(height.RevisionHeight))
	must(t, err)
	if cons.Root() != hdr.Root || common.BytesToHash(cons.BlockHash) != hdr.Hash() || cons.Timestamp != hdr.Time {
		t.Fatalf("consensus state at %s: root %s hash %x time %d; geth: root %s hash %s time %d", height, cons.Root(), cons.BlockHash, cons.Timestamp, hdr.Root, hdr.Hash(), hdr.Time)
	}

	// Membership of the real commitment, through ibc-go's VerifyMembership
	// query (the chain runs ClientState.VerifyMembership).
	path := evm.PacketCommitmentPath("transfer", "channel-0", pkt.Sequence)
	absent := evm.PacketCommitmentPath("transfer", "channel-0", pkt.Sequence+1)
	if ibcclient.StorageKey(path) != evm.StorageKey(path) {
		t.Fatalf("storage key of %q: client %s, EVM adapter %s", path, ibcclient.StorageKey(path), evm.StorageKey(path))
	}
	pf, err := beacon.DialProofFetcher(ctx, e.geth.HTTP)
	must(t, err)
	defer pf.Close()
	exec := ethereum.ExecutionHeader{StateRoot: cons.Root(), BlockNumber: height.RevisionHeight, BlockHash: common.BytesToHash(cons.BlockHash), Timestamp: cons.Timestamp}
	// One eth_getProof for both paths, split per path as a relayer does for a batch.
	ap, err := pf.Fetch(ctx, exec, e.handler, []common.Hash{ibcclient.StorageKey(path), ibcclient.StorageKey(absent)})
	must(t, err)
	proofs, err := ibcclient.NewStorageProofs(ap)
	must(t, err)
	present, absentProof := proofs[0], proofs[1]
	commitment := evm.CommitPacket(pkt.TimeoutHeight.RevisionNumber, pkt.TimeoutHeight.RevisionHeight, pkt.TimeoutTimestamp, pkt.Data)
	verify := func(proof []byte, value []byte) error {
		var resp clienttypes.QueryVerifyMembershipResponse
		err := e.grpc(ctx, "/ibc.core.client.v1.Query/VerifyMembership", &clienttypes.QueryVerifyMembershipRequest{
			ClientId: clientID, Proof: proof, ProofHeight: height,
			MerklePath: commitmenttypes.NewMerklePath("ibc", path), Value: value,
		}, &resp)
		if err == nil && !resp.Success {
			err = errors.New("VerifyMembership answered success=false")
		}
		return err
	}
	if err := verify(present, commitment[:]); err != nil {
		t.Fatalf("allianced refused the commitment of packet %d at %s: %v", pkt.Sequence, height, err)
	}
	wrong := commitment
	wrong[0] ^= 1
	if err := verify(present, wrong[:]); err == nil {
		t.Fatal("allianced accepted a wrong commitment value")
	}
	var sp ibcclient.StorageProof
	must(t, sp.Unmarshal(present))
	sp.StorageProof[len(sp.StorageProof)-1][3] ^= 1
	forgedProof, err := sp.Marshal()
	must(t, err)
	if err := verify(forgedProof, commitment[:]); err == nil {
		t.Fatal("allianced accepted a storage proof with a flipped node")
	}

	// Non-membership: ibc-go has no query for it, so the chain-side code
	// runs here on the client and consensus state read from allianced.
	ctxSDK, store := clientStoreOf(t, e, clientID, height)
	onChain := e.clientState(ctx, clientID)
	mp := func(p string) commitmenttypes.MerklePath { return commitmenttypes.NewMerklePath("ibc", p) }
	if err := onChain.VerifyNonMembership(ctxSDK, store, e.cc.Codec().Marshaler, height, 0, 0, absentProof, mp(absent)); err != nil {
		t.Fatalf("non-membership of %q: %v", absent, err)
	}
	if err := onChain.VerifyNonMembership(ctxSDK, store, e.cc.Codec().Marshaler, height, 0, 0, present, mp(path)); err == nil {
		t.Fatalf("non-membership of the present %q accepted", path)
	}

	// Forged updates submitted straight to allianced are refused: a fresh
	// finality update (newer than the client, so it would otherwise apply)
	// with a flipped signature bit, a flipped finality branch node, a
	// flipped execution branch node, and participation below 2/3.
	var fresh *ethereum.Update
	for fresh == nil {
		fu, err := e.bc.FinalityUpdate(ctx)
		must(t, err)
		if fu.FinalizedHeader.Beacon.Slot > onChain.FinalizedHeader.Beacon.Slot {
			fresh = fu
			break
		}
		if ctx.Err() != nil {
			t.Fatal("no finality update newer than the client")
		}
		time.Sleep(500 * time.Millisecond)
	}
	time.Sleep(time.Second) // let the chain's clock pass the signature slot
	size := e.cfg.Preset.SyncCommitteeSize
	for _, f := range []struct {
		name   string
		mutate func(u *ethereum.Update)
		want   error
	}{
		{"signature bit", func(u *ethereum.Update) { u.SyncAggregate.Signature[40] ^= 0x10 }, ethereum.ErrInvalidSignature},
		{"finality branch node", func(u *ethereum.Update) { u.FinalityBranch[1][7] ^= 1 }, ethereum.ErrInvalidFinalityProof},
		{"execution branch node", func(u *ethereum.Update) { u.FinalizedHeader.ExecutionBranch[0][0] ^= 1 }, ethereum.ErrInvalidExecutionProof},
		{"participation", func(u *ethereum.Update) {
			u.SyncAggregate.Bits = make([]byte, size/8)
			for i := range size * 2 / 3 { // one short of 2/3 (rounded up)
				u.SyncAggregate.Bits[i/8] |= 1 << (i % 8)
			}
		}, ethereum.ErrInsufficientParticipation},
	} {
		u := cloneUpdate(t, fresh)
		f.mutate(u)
		_, err := e.updateClient(ctx, clientID, u)
		if err == nil || !strings.Contains(err.Error(), f.want.Error()) {
			t.Fatalf("forged update (%s): err = %v, want %q", f.name, err, f.want)
		}
		t.Logf("forged update (%s) refused by allianced: %s", f.name, f.want)
	}
	if after := e.clientState(ctx, clientID); after.FinalizedHeader.Beacon.Slot != onChain.FinalizedHeader.Beacon.Slot {
		t.Fatalf("the client moved from slot %d to %d during the forged updates", onChain.FinalizedHeader.Beacon.Slot, after.FinalizedHeader.Beacon.Slot)
	}
	// The untouched update applies: the forgeries, not the update, failed.
	if _, err := e.updateClient(ctx, clientID, fresh); err != nil {
		t.Fatalf("the genuine update was refused: %v", err)
	}
	var status clienttypes.QueryClientStatusResponse
	must(t, e.grpc(ctx, "/ibc.core.client.v1.Query/ClientStatus", &clienttypes.QueryClientStatusRequest{ClientId: clientID}, &status))
	if status.Status != exported.Active.String() {
		t.Fatalf("client status %s", status.Status)
	}

	// Misbehaviour on chain: the sync committee (whose keys the dev beacon
	// exposes) signs an update finalizing another block at the client's
	// trusted finalized slot. The update is valid on its own, so allianced
	// accepts the transaction and freezes the client.
	trusted := e.clientState(ctx, clientID)
	trustedSlot := trusted.FinalizedHeader.Beacon.Slot
	gen := ethtest.NewChain(e.cfg, "conflict")
	period := e.cfg.SyncPeriod(trustedSlot)
	for p := period; p <= period+1; p++ {
		cm, err := e.bcn.Committee(p)
		must(t, err)
		gen.SetCommittee(p, cm)
	}
	attested := trustedSlot + 1
	for e.cfg.SyncPeriod(attested+1) != period { // sign with the committee the client holds
		attested--
	}
	conflict, err := gen.Update(ethtest.UpdateOpts{AttestedSlot: attested, FinalizedSlot: trustedSlot})
	must(t, err)
	res, err = e.updateClient(ctx, clientID, conflict)
	if err != nil {
		t.Fatalf("conflicting update (evidence) refused instead of freezing the client: %v", err)
	}
	must(t, e.grpc(ctx, "/ibc.core.client.v1.Query/ClientStatus", &clienttypes.QueryClientStatusRequest{ClientId: clientID}, &status))
	if status.Status != exported.Frozen.String() {
		t.Fatalf("client status after a conflicting finalized header: %s", status.Status)
	}
	t.Logf("conflicting finalized header at slot %d froze %s (gas %d)", trustedSlot, clientID, res.GasUsed)

	// A genesis export carries the client with its committees (metadata
	// keys syncCommittees/{period}, base64 in the JSON).
	must(t, e.chain.Stop())
	out, err := e.chain.Exec(ctx, "export")
	must(t, err)
	var cg clienttypes.GenesisState
	must(t, e.cc.Codec().Marshaler.UnmarshalJSON(mustField(t, out, "app_state", "ibc", "client_genesis"), &cg))
	var committees int
	for _, md := range cg.ClientsMetadata {
		for _, m := range md.ClientMetadata {
			if md.ClientId == clientID && strings.HasPrefix(string(m.Key), "syncCommittees/") {
				committees++
			}
		}
	}
	exportedClient := false
	for _, c := range cg.Clients {
		exportedClient = exportedClient || c.ClientId == clientID && c.ClientState.TypeUrl == "/causeway.lightclients.ethereum.v1.ClientState"
	}
	if !exportedClient || committees == 0 {
		t.Fatalf("allianced export: client %s exported %v, %d sync committees in its metadata", clientID, exportedClient, committees)
	}
}

// mustField returns the raw JSON at the given object keys.
func mustField(t *testing.T, doc []byte, keys ...string) json.RawMessage {
	t.Helper()
	raw := json.RawMessage(doc)
	for _, k := range keys {
		var m map[string]json.RawMessage
		must(t, json.Unmarshal(raw, &m))
		var ok bool
		if raw, ok = m[k]; !ok {
			t.Fatalf("JSON has no %q (looking for %s)", k, strings.Join(keys, "."))
		}
	}
	return raw
}

// cloneUpdate deep-copies an update through its protobuf form.
func cloneUpdate(t *testing.T, u *ethereum.Update) *ethereum.Update {
	t.Helper()
	bz, err := ibcclient.UpdateToProto(u).Marshal()
	must(t, err)
	var p ibcclient.LightClientUpdate
	must(t, p.Unmarshal(bz))
	c, err := p.Decode()
	must(t, err)
	return c
}

// clientStoreOf loads the client's state and its consensus state at height
// from allianced into an in-memory client store, so the chain-side code can
// run on exactly the chain's data.
func clientStoreOf(t *testing.T, e *allianceEnv, clientID string, height exported.Height) (sdk.Context, storetypes.KVStore) {
	t.Helper()
	ctx := context.Background()
	h := e.latest(ctx)
	csp, err := e.cc.QueryProven(ctx, host.FullClientStatePath(clientID), h)
	must(t, err)
	consp, err := e.cc.QueryProven(ctx, host.FullConsensusStatePath(clientID, height), h)
	must(t, err)
	key := storetypes.NewKVStoreKey("ibc")
	sctx := testutil.DefaultContext(key, storetypes.NewTransientStoreKey("transient")).WithBlockTime(time.Now())
	store := sctx.KVStore(key)
	store.Set(host.ClientStateKey(), csp.Value)
	store.Set(host.ConsensusStateKey(height), consp.Value)
	return sctx, store
}
