package ibcclient

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	errorsmod "cosmossdk.io/errors"
	storetypes "cosmossdk.io/store/types"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/gogoproto/proto"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
	"github.com/ethereum/go-ethereum/common"
)

// ClientType is the ibc-go client type of the Ethereum client; client ids
// are "10-ethereum-N".
const ClientType = "10-ethereum"

var _ exported.ClientState = (*ClientState)(nil)

// NewClientState builds the client and consensus state of a MsgCreateClient
// from a beacon-API bootstrap: it runs the light client's bootstrap
// verification against the trusted checkpoint (the header's root must be
// checkpoint; its execution payload and current sync committee must prove
// against it), so a relayer never submits a bootstrap it did not verify.
// The chain verifies it again in Initialize.
func NewClientState(cfg ethereum.NetworkConfig, checkpoint common.Hash, b *ethereum.LightClientBootstrap, handler common.Address, trustingPeriod time.Duration) (*ClientState, *ConsensusState, error) {
	store, err := ethereum.Bootstrap(cfg, checkpoint, b)
	if err != nil {
		return nil, nil, fmt.Errorf("ethereum client: bootstrap: %w", err)
	}
	exec := store.FinalizedExecution()
	if !exec.HasStateRoot() {
		return nil, nil, fmt.Errorf("ethereum client: bootstrap header at slot %d proves only an execution block hash (Gloas format); the client needs its state root", b.Header.Beacon.Slot)
	}
	cs := &ClientState{
		Network:           NetworkConfigToProto(cfg),
		IbcHandlerAddress: handler.Bytes(),
		TrustingPeriod:    trustingPeriod,
		LatestHeight:      clienttypes.NewHeight(0, exec.BlockNumber),
		Bootstrap:         BootstrapToProto(b),
	}
	if err := cs.Validate(); err != nil {
		return nil, nil, err
	}
	return cs, newConsensusState(exec, b.Header.Beacon.Slot), nil
}

// ClientType implements exported.ClientState.
func (cs *ClientState) ClientType() string { return ClientType }

// GetLatestHeight returns the execution block number (revision 0) of the
// latest finalized header.
func (cs *ClientState) GetLatestHeight() exported.Height { return cs.LatestHeight }

// FinalizedSlot returns the beacon slot of the trusted finalized header (0
// before Initialize).
func (cs *ClientState) FinalizedSlot() uint64 {
	if cs.FinalizedHeader == nil || cs.FinalizedHeader.Beacon == nil {
		return 0
	}
	return cs.FinalizedHeader.Beacon.Slot
}

// SyncPeriod returns the sync-committee period of the trusted finalized
// header. A relayer feeding the client sends that period's
// LightClientUpdate (beacon API /light_client/updates) while
// NextSyncCommitteeKnown is false, and finality updates otherwise.
func (cs *ClientState) SyncPeriod() (uint64, error) {
	cfg, err := cs.Network.Config()
	if err != nil {
		return 0, err
	}
	return cfg.SyncPeriod(cs.FinalizedSlot()), nil
}

// Handler returns the IBC handler contract address.
func (cs *ClientState) Handler() common.Address { return common.BytesToAddress(cs.IbcHandlerAddress) }

// Validate checks the client state's fields: a valid network, a 20-byte
// handler address, a positive trusting period, a revision-0 latest height,
// and exactly one of the bootstrap (before Initialize) or the finalized
// header (after).
func (cs *ClientState) Validate() error {
	if _, err := cs.Network.Config(); err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
	}
	if len(cs.IbcHandlerAddress) != common.AddressLength {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "ibc_handler_address is %d bytes, want 20", len(cs.IbcHandlerAddress))
	}
	if cs.TrustingPeriod <= 0 {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "trusting period %s must be positive", cs.TrustingPeriod)
	}
	if cs.LatestHeight.RevisionNumber != 0 || cs.LatestHeight.RevisionHeight == 0 {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "latest height %s must be an execution block number in revision 0", cs.LatestHeight)
	}
	if cs.FrozenHeight.RevisionNumber != 0 {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "frozen height %s must be in revision 0", cs.FrozenHeight)
	}
	switch {
	case (cs.Bootstrap == nil) == (cs.FinalizedHeader == nil):
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, "exactly one of bootstrap (client creation) and finalized_header must be set")
	case cs.Bootstrap != nil:
		if _, err := cs.Bootstrap.Decode(); err != nil {
			return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
		}
	default:
		if _, err := cs.FinalizedHeader.Decode("finalized_header"); err != nil {
			return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
		}
	}
	return nil
}

// Status is Frozen after misbehaviour, Expired when the latest consensus
// state is older than the trusting period (by this chain's block time),
// Unknown when the latest consensus state is missing, else Active.
func (cs *ClientState) Status(ctx sdk.Context, clientStore storetypes.KVStore, cdc codec.BinaryCodec) exported.Status {
	if !cs.FrozenHeight.IsZero() {
		return exported.Frozen
	}
	cons, err := getConsensusState(clientStore, cdc, cs.LatestHeight)
	if err != nil {
		return exported.Unknown
	}
	if cs.expired(cons, ctx.BlockTime()) {
		return exported.Expired
	}
	return exported.Active
}

func (cs *ClientState) expired(cons *ConsensusState, now time.Time) bool {
	return !cons.Time().Add(cs.TrustingPeriod).After(now)
}

// ExportMetadata exports the consensus metadata (processed times and
// heights, iteration keys) and the stored sync committees, so a genesis
// export and import keeps the client working.
func (cs *ClientState) ExportMetadata(clientStore storetypes.KVStore) []exported.GenesisMetadata {
	var md []exported.GenesisMetadata
	ibctm.IterateConsensusMetadata(clientStore, func(key, val []byte) bool {
		md = append(md, clienttypes.NewGenesisMetadata(key, val))
		return false
	})
	it := storetypes.KVStorePrefixIterator(clientStore, []byte(syncCommitteePrefix))
	defer it.Close()
	for ; it.Valid(); it.Next() {
		md = append(md, clienttypes.NewGenesisMetadata(it.Key(), it.Value()))
	}
	if len(md) == 0 {
		return nil
	}
	return md
}

// ZeroCustomFields returns the fields a chain upgrade must keep (network,
// handler and latest height); upgrades are not supported, see
// VerifyUpgradeAndUpdateState.
func (cs *ClientState) ZeroCustomFields() exported.ClientState {
	return &ClientState{Network: cs.Network, IbcHandlerAddress: cs.IbcHandlerAddress, LatestHeight: cs.LatestHeight}
}

// GetTimestampAtHeight returns the execution block timestamp (nanoseconds)
// of the consensus state at height.
func (cs *ClientState) GetTimestampAtHeight(_ sdk.Context, clientStore storetypes.KVStore, cdc codec.BinaryCodec, height exported.Height) (uint64, error) {
	cons, err := getConsensusState(clientStore, cdc, height)
	if err != nil {
		return 0, err
	}
	return cons.GetTimestamp(), nil
}

// Initialize verifies the bootstrap carried by a MsgCreateClient's client
// state (execution payload and current sync committee proven against the
// bootstrap header, committee keys valid), checks that the consensus state
// is the bootstrap's execution block and the latest height its number, and
// stores the client state (bootstrap replaced by the finalized header), the
// consensus state and the committee.
func (cs *ClientState) Initialize(ctx sdk.Context, cdc codec.BinaryCodec, clientStore storetypes.KVStore, consState exported.ConsensusState) error {
	cons, ok := consState.(*ConsensusState)
	if !ok {
		return errorsmod.Wrapf(clienttypes.ErrInvalidConsensus, "consensus state is %T, want %T", consState, cons)
	}
	if cs.Bootstrap == nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, "a new client needs a bootstrap")
	}
	cfg, err := cs.Network.Config()
	if err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
	}
	b, err := cs.Bootstrap.Decode()
	if err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
	}
	// The creator chooses what to trust; the checkpoint is the bootstrap
	// header itself, and Bootstrap checks everything it commits to.
	store, err := ethereum.Bootstrap(cfg, b.Header.Beacon.Hash(), b)
	if err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
	}
	exec := store.FinalizedExecution()
	if !exec.HasStateRoot() {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "bootstrap header at slot %d proves only an execution block hash (Gloas format); the client needs its state root", b.Header.Beacon.Slot)
	}
	if want := newConsensusState(exec, b.Header.Beacon.Slot); !want.Equal(cons) {
		return errorsmod.Wrapf(clienttypes.ErrInvalidConsensus, "consensus state %s is not the bootstrap's execution block %s", cons, want)
	}
	if cs.LatestHeight != clienttypes.NewHeight(0, exec.BlockNumber) {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "latest height %s is not the bootstrap's execution block %d", cs.LatestHeight, exec.BlockNumber)
	}
	if !cs.FrozenHeight.IsZero() {
		return errorsmod.Wrap(clienttypes.ErrInvalidClient, "a new client cannot be frozen")
	}
	stored := *cs
	stored.Bootstrap = nil
	stored.FinalizedHeader = LightClientHeaderToProto(&b.Header)
	stored.NextSyncCommitteeKnown = false
	setSyncCommittee(clientStore, cfg.SyncPeriod(b.Header.Beacon.Slot), b.CurrentSyncCommittee)
	setClientState(clientStore, cdc, &stored)
	setConsensusState(clientStore, cdc, cons, cs.LatestHeight)
	setConsensusMetadata(ctx, clientStore, cs.LatestHeight)
	return nil
}

// VerifyMembership checks a StorageProof (eth_getProof of the IBC handler
// and one storage slot) against the execution state root of the consensus
// state at height: the handler's `commitments` entry for the path (see
// [StorageKey]) must hold [StoredValue](value). Connection delay periods are
// enforced from the consensus state's processed time and height.
func (cs *ClientState) VerifyMembership(ctx sdk.Context, clientStore storetypes.KVStore, cdc codec.BinaryCodec, height exported.Height,
	delayTimePeriod, delayBlockPeriod uint64, proof []byte, path exported.Path, value []byte,
) error {
	cons, err := cs.provenState(ctx, clientStore, cdc, height, delayTimePeriod, delayBlockPeriod)
	if err != nil {
		return err
	}
	return verifyMembership(cons.Root(), cs.Handler(), proof, path, value)
}

// VerifyNonMembership checks a StorageProof showing that the handler's
// `commitments` entry for the path is empty at height.
func (cs *ClientState) VerifyNonMembership(ctx sdk.Context, clientStore storetypes.KVStore, cdc codec.BinaryCodec, height exported.Height,
	delayTimePeriod, delayBlockPeriod uint64, proof []byte, path exported.Path,
) error {
	cons, err := cs.provenState(ctx, clientStore, cdc, height, delayTimePeriod, delayBlockPeriod)
	if err != nil {
		return err
	}
	return verifyNonMembership(cons.Root(), cs.Handler(), proof, path)
}

// provenState returns the consensus state a proof at height verifies
// against, after the height and delay checks.
func (cs *ClientState) provenState(ctx sdk.Context, clientStore storetypes.KVStore, cdc codec.BinaryCodec, height exported.Height, delayTime, delayBlocks uint64) (*ConsensusState, error) {
	if cs.LatestHeight.LT(height) {
		return nil, errorsmod.Wrapf(clienttypes.ErrInvalidHeight, "proof height %s is after the client's latest height %s", height, cs.LatestHeight)
	}
	if err := verifyDelayPeriodPassed(ctx, clientStore, height, delayTime, delayBlocks); err != nil {
		return nil, err
	}
	return getConsensusState(clientStore, cdc, height)
}

func verifyDelayPeriodPassed(ctx sdk.Context, clientStore storetypes.KVStore, height exported.Height, delayTime, delayBlocks uint64) error {
	if delayTime != 0 {
		processed, ok := ibctm.GetProcessedTime(clientStore, height)
		if !ok {
			return errorsmod.Wrapf(ibctm.ErrProcessedTimeNotFound, "height %s", height)
		}
		if now := uint64(ctx.BlockTime().UnixNano()); now < processed+delayTime {
			return errorsmod.Wrapf(ibctm.ErrDelayPeriodNotPassed, "consensus state at %s usable from time %d, now %d", height, processed+delayTime, now)
		}
	}
	if delayBlocks != 0 {
		processed, ok := ibctm.GetProcessedHeight(clientStore, height)
		if !ok {
			return errorsmod.Wrapf(ibctm.ErrProcessedHeightNotFound, "height %s", height)
		}
		valid := clienttypes.NewHeight(processed.GetRevisionNumber(), processed.GetRevisionHeight()+delayBlocks)
		if self := clienttypes.GetSelfHeight(ctx); self.LT(valid) {
			return errorsmod.Wrapf(ibctm.ErrDelayPeriodNotPassed, "consensus state at %s usable from height %s, now %s", height, valid, self)
		}
	}
	return nil
}

// VerifyClientMessage verifies a Header or Misbehaviour with the light
// client's own code (the relayer runs the same checks):
//
//   - Header: the update must carry a finalized header (an on-chain client
//     follows finality only); every check of ethereum.Store.VerifyUpdate
//     must pass at this chain's block time. An update that changes nothing
//     is accepted (UpdateState then does nothing), so a redundant relayer
//     transaction does not fail; a validly signed update conflicting with
//     the trusted finalized header passes here and freezes the client in
//     CheckForMisbehaviour.
//   - Misbehaviour: both updates must verify against the trusted
//     committees and conflict (ethereum.Store.CheckMisbehaviour).
func (cs *ClientState) VerifyClientMessage(ctx sdk.Context, _ codec.BinaryCodec, clientStore storetypes.KVStore, msg exported.ClientMessage) error {
	switch m := msg.(type) {
	case *Header:
		u, err := m.update()
		if err != nil {
			return err
		}
		store, _, err := cs.loadStoreFor(clientStore, u)
		if err != nil {
			return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
		}
		if _, err := store.VerifyUpdate(u, ctx.BlockTime()); err != nil &&
			!errors.Is(err, ethereum.ErrNotAdvancing) && !errors.Is(err, ethereum.ErrConflictingHeader) {
			return errorsmod.Wrap(clienttypes.ErrInvalidHeader, err.Error())
		}
		return nil
	case *Misbehaviour:
		a, b, err := m.updates()
		if err != nil {
			return err
		}
		store, err := cs.loadStore(clientStore, true)
		if err != nil {
			return errorsmod.Wrap(clienttypes.ErrInvalidClient, err.Error())
		}
		if err := store.CheckMisbehaviour(a, b, ctx.BlockTime()); err != nil {
			return errorsmod.Wrap(clienttypes.ErrInvalidMisbehaviour, err.Error())
		}
		return nil
	default:
		return errorsmod.Wrapf(clienttypes.ErrInvalidClientType, "client message is %T, want %T or %T", msg, &Header{}, &Misbehaviour{})
	}
}

// CheckForMisbehaviour reports whether a verified client message is
// evidence of misbehaviour: a Misbehaviour always is; a Header is when it
// finalizes another header at the trusted finalized slot, or another
// execution block at a height the client already has a consensus state
// for.
func (cs *ClientState) CheckForMisbehaviour(ctx sdk.Context, cdc codec.BinaryCodec, clientStore storetypes.KVStore, msg exported.ClientMessage) bool {
	h, ok := msg.(*Header)
	if !ok {
		_, isMisbehaviour := msg.(*Misbehaviour)
		return isMisbehaviour
	}
	// The header was verified (signature included) by VerifyClientMessage;
	// what is left are comparisons, without loading the committees again.
	u, err := h.update()
	if err != nil {
		return false
	}
	trusted, err := cs.FinalizedHeader.Decode("client state finalized header")
	if err != nil {
		return false
	}
	if fh := u.FinalizedHeader.Beacon; fh.Slot == trusted.Beacon.Slot && fh.Hash() != trusted.Beacon.Hash() {
		return true
	}
	cfg, err := cs.Network.Config()
	if err != nil {
		return false
	}
	exec, err := ethereum.ExecutionHeaderFromBeacon(&cfg, u.FinalizedHeader)
	if err != nil {
		return false
	}
	existing, err := getConsensusState(clientStore, cdc, clienttypes.NewHeight(0, exec.BlockNumber))
	return err == nil && !bytes.Equal(existing.BlockHash, exec.BlockHash.Bytes())
}

// UpdateStateOnMisbehaviour freezes the client.
func (cs *ClientState) UpdateStateOnMisbehaviour(_ sdk.Context, cdc codec.BinaryCodec, clientStore storetypes.KVStore, _ exported.ClientMessage) {
	frozen := *cs
	frozen.FrozenHeight = clienttypes.NewHeight(0, 1)
	setClientState(clientStore, cdc, &frozen)
}

// UpdateState applies a verified Header: the trusted finalized header and
// committees advance (the committee of a period that ended is deleted, a
// newly learned next committee is stored), and the finalized execution
// block gets a consensus state at its block number. Consensus states older
// than the trusting period are pruned, oldest first. It returns the height
// of the finalized execution block.
//
// ibc-go's RedundantRelayDecorator also calls it in CheckTx without
// CheckForMisbehaviour and in ReCheckTx without VerifyClientMessage, so it
// must not trust its input: a Misbehaviour, or a header that no longer
// applies (stale after the block moved the client on, or conflicting, which
// the deliver path freezes the client for), changes nothing and returns the
// latest height.
func (cs *ClientState) UpdateState(ctx sdk.Context, cdc codec.BinaryCodec, clientStore storetypes.KVStore, msg exported.ClientMessage) []exported.Height {
	h, ok := msg.(*Header)
	if !ok {
		return []exported.Height{cs.LatestHeight}
	}
	u, err := h.update()
	if err != nil {
		return []exported.Height{cs.LatestHeight}
	}
	store, withoutNext, err := cs.loadStoreFor(clientStore, u)
	if err != nil {
		panic(fmt.Sprintf("ethereum client: load trusted state: %v", err))
	}
	oldPeriod := store.Period()
	out, err := store.ApplyUpdate(u, ctx.BlockTime())
	if err != nil || (!out.FinalizedAdvanced && !out.NextCommitteeLearned && !out.CommitteeRotated) {
		// Nothing an on-chain client keeps changed (at most the optimistic
		// header, which it does not follow), or the update does not apply.
		return []exported.Height{cs.LatestHeight}
	}
	ts := store.Trusted()
	period := store.Period()
	for p := oldPeriod; p < period; p++ {
		clientStore.Delete(syncCommitteeKey(p))
	}
	if ts.Next != nil && (out.NextCommitteeLearned || out.CommitteeRotated) {
		setSyncCommittee(clientStore, period+1, ts.Next)
	}
	exec := store.FinalizedExecution()
	height := clienttypes.NewHeight(0, exec.BlockNumber)
	if !clientStore.Has(host.ConsensusStateKey(height)) {
		setConsensusState(clientStore, cdc, newConsensusState(exec, ts.Finalized.Beacon.Slot), height)
		setConsensusMetadata(ctx, clientStore, height)
	}
	next := *cs
	next.FinalizedHeader = LightClientHeaderToProto(&ts.Finalized)
	// Loaded without the next committee, the update neither rotated nor
	// learned one (see loadStoreFor): the flag stays as it was.
	next.NextSyncCommitteeKnown = ts.Next != nil || withoutNext
	if height.GT(next.LatestHeight) {
		next.LatestHeight = height
	}
	cs.pruneExpired(ctx, cdc, clientStore, next.LatestHeight)
	setClientState(clientStore, cdc, &next)
	*cs = next
	return []exported.Height{height}
}

// pruneExpired deletes expired consensus states in ascending height order,
// stopping at the first one still within the trusting period; the latest
// one is always kept.
func (cs *ClientState) pruneExpired(ctx sdk.Context, cdc codec.BinaryCodec, clientStore storetypes.KVStore, latest exported.Height) {
	var expired []exported.Height
	ibctm.IterateConsensusStateAscending(clientStore, func(height exported.Height) bool {
		if !height.LT(latest) {
			return true
		}
		cons, err := getConsensusState(clientStore, cdc, height)
		if err != nil || !cs.expired(cons, ctx.BlockTime()) {
			return true
		}
		expired = append(expired, height)
		return false
	})
	for _, h := range expired {
		deleteConsensusStateAndMetadata(clientStore, h)
	}
}

// CheckSubstituteAndUpdateState recovers a frozen or expired client from
// an active substitute of the same network and IBC handler (governance
// client recovery): the subject takes over the substitute's trusted header,
// committees, latest height and latest consensus state, and is unfrozen.
func (cs *ClientState) CheckSubstituteAndUpdateState(ctx sdk.Context, cdc codec.BinaryCodec, subjectStore, substituteStore storetypes.KVStore, substituteClient exported.ClientState) error {
	sub, ok := substituteClient.(*ClientState)
	if !ok {
		return errorsmod.Wrapf(clienttypes.ErrInvalidClient, "substitute is %T, want %T", substituteClient, cs)
	}
	if !proto.Equal(sub.Network, cs.Network) || !bytes.Equal(sub.IbcHandlerAddress, cs.IbcHandlerAddress) {
		return errorsmod.Wrap(clienttypes.ErrInvalidSubstitute, "substitute follows another network or IBC handler")
	}
	cfg, err := sub.Network.Config()
	if err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidSubstitute, err.Error())
	}
	fin, err := sub.FinalizedHeader.Decode("substitute finalized header")
	if err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidSubstitute, err.Error())
	}
	period := cfg.SyncPeriod(fin.Beacon.Slot)
	for p := period; p <= period+1; p++ {
		if p == period+1 && !sub.NextSyncCommitteeKnown {
			break
		}
		bz := substituteStore.Get(syncCommitteeKey(p))
		if bz == nil {
			return errorsmod.Wrapf(clienttypes.ErrInvalidSubstitute, "substitute has no sync committee for period %d", p)
		}
		subjectStore.Set(syncCommitteeKey(p), bz)
	}
	cons, err := getConsensusState(substituteStore, cdc, sub.LatestHeight)
	if err != nil {
		return errorsmod.Wrap(clienttypes.ErrInvalidSubstitute, err.Error())
	}
	setConsensusState(subjectStore, cdc, cons, sub.LatestHeight)
	setConsensusMetadata(ctx, subjectStore, sub.LatestHeight)
	next := *cs
	next.FinalizedHeader = sub.FinalizedHeader
	next.NextSyncCommitteeKnown = sub.NextSyncCommitteeKnown
	next.LatestHeight = sub.LatestHeight
	next.TrustingPeriod = sub.TrustingPeriod
	next.FrozenHeight = clienttypes.ZeroHeight()
	setClientState(subjectStore, cdc, &next)
	return nil
}

// VerifyUpgradeAndUpdateState always fails: Ethereum has no IBC upgrade
// path; a client on a new network is a new client.
func (cs *ClientState) VerifyUpgradeAndUpdateState(sdk.Context, codec.BinaryCodec, storetypes.KVStore, exported.ClientState, exported.ConsensusState, []byte, []byte) error {
	return errorsmod.Wrap(clienttypes.ErrInvalidUpgradeClient, "the Ethereum client cannot be upgraded; create a new client")
}
