package ibcclient

import (
	"fmt"
	"strconv"

	storetypes "cosmossdk.io/store/types"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
)

// Client store layout (the store is ibc-go's per-client prefix store):
//
//	clientState                      the ClientState (ibc-go's key)
//	consensusStates/{height}         ConsensusState per execution block number (ibc-go's key)
//	consensusStates/{height}/processedTime, processedHeight, iterateConsensusStates/...
//	                                 ibc-go's consensus metadata keys (07-tendermint's helpers),
//	                                 for delay periods and ascending iteration when pruning
//	syncCommittees/{period}          SyncCommittee of a sync-committee period (current and next)
const syncCommitteePrefix = "syncCommittees/"

func syncCommitteeKey(period uint64) []byte {
	return []byte(syncCommitteePrefix + strconv.FormatUint(period, 10))
}

func setSyncCommittee(clientStore storetypes.KVStore, period uint64, sc *ethereum.SyncCommittee) {
	bz, err := SyncCommitteeToProto(sc).Marshal()
	if err != nil { // only on a gogoproto internal error
		panic(fmt.Sprintf("ethereum client: encode sync committee of period %d: %v", period, err))
	}
	clientStore.Set(syncCommitteeKey(period), bz)
}

func getSyncCommittee(clientStore storetypes.KVStore, period uint64) (*ethereum.SyncCommittee, error) {
	bz := clientStore.Get(syncCommitteeKey(period))
	if bz == nil {
		return nil, fmt.Errorf("sync committee of period %d is not in the client store", period)
	}
	var p SyncCommittee
	if err := p.Unmarshal(bz); err != nil {
		return nil, fmt.Errorf("sync committee of period %d: %w", period, err)
	}
	return p.Decode(fmt.Sprintf("stored sync committee of period %d", period))
}

func setClientState(clientStore storetypes.KVStore, cdc codec.BinaryCodec, cs *ClientState) {
	clientStore.Set(host.ClientStateKey(), clienttypes.MustMarshalClientState(cdc, cs))
}

func setConsensusState(clientStore storetypes.KVStore, cdc codec.BinaryCodec, cs *ConsensusState, height exported.Height) {
	clientStore.Set(host.ConsensusStateKey(height), clienttypes.MustMarshalConsensusState(cdc, cs))
}

// getConsensusState reads the consensus state at height.
func getConsensusState(clientStore storetypes.KVStore, cdc codec.BinaryCodec, height exported.Height) (*ConsensusState, error) {
	bz := clientStore.Get(host.ConsensusStateKey(height))
	if bz == nil {
		return nil, fmt.Errorf("%w: no consensus state at height %s", clienttypes.ErrConsensusStateNotFound, height)
	}
	ci, err := clienttypes.UnmarshalConsensusState(cdc, bz)
	if err != nil {
		return nil, fmt.Errorf("%w: consensus state at height %s: %w", clienttypes.ErrInvalidConsensus, height, err)
	}
	cs, ok := ci.(*ConsensusState)
	if !ok {
		return nil, fmt.Errorf("%w: consensus state at height %s is %T, want %T", clienttypes.ErrInvalidConsensus, height, ci, cs)
	}
	return cs, nil
}

// setConsensusMetadata records when (block time and height of this chain) a
// consensus state was added, for connection delay periods, and its
// iteration key for pruning in height order.
func setConsensusMetadata(ctx sdk.Context, clientStore storetypes.KVStore, height exported.Height) {
	ibctm.SetProcessedTime(clientStore, height, uint64(ctx.BlockTime().UnixNano()))
	ibctm.SetProcessedHeight(clientStore, height, clienttypes.GetSelfHeight(ctx))
	ibctm.SetIterationKey(clientStore, height)
}

func deleteConsensusStateAndMetadata(clientStore storetypes.KVStore, height exported.Height) {
	clientStore.Delete(host.ConsensusStateKey(height))
	clientStore.Delete(ibctm.ProcessedTimeKey(height))
	clientStore.Delete(ibctm.ProcessedHeightKey(height))
	clientStore.Delete(ibctm.IterationKey(height))
}

// loadStoreFor rebuilds the store for verifying and applying u, leaving
// out the next committee when u cannot touch it, which saves reading a
// committee (24 KB on mainnet) on most updates. That is the case when u
// brings no next committee and is signed in the finalized header's period:
// then the next committee is neither the signer, nor compared, nor rotated
// in (the finalized header cannot leave the signature period), and the
// core's checks and new state are the same with or without it. The second
// result reports that the next committee was known but left out.
func (cs *ClientState) loadStoreFor(clientStore storetypes.KVStore, u *ethereum.Update) (*ethereum.Store, bool, error) {
	cfg, err := cs.Network.Config()
	if err != nil {
		return nil, false, err
	}
	finSlot := uint64(0)
	if cs.FinalizedHeader != nil && cs.FinalizedHeader.Beacon != nil {
		finSlot = cs.FinalizedHeader.Beacon.Slot
	}
	skip := cs.NextSyncCommitteeKnown && u.NextSyncCommittee == nil && cfg.SyncPeriod(u.SignatureSlot) == cfg.SyncPeriod(finSlot)
	store, err := cs.loadStore(clientStore, !skip)
	return store, skip, err
}

// loadStore rebuilds the verification core's store from the client state
// and the committees in the client store (the next one only if withNext).
func (cs *ClientState) loadStore(clientStore storetypes.KVStore, withNext bool) (*ethereum.Store, error) {
	cfg, err := cs.Network.Config()
	if err != nil {
		return nil, err
	}
	fin, err := cs.FinalizedHeader.Decode("client state finalized header")
	if err != nil {
		return nil, err
	}
	period := cfg.SyncPeriod(fin.Beacon.Slot)
	ts := ethereum.TrustedState{Finalized: fin}
	if ts.Current, err = getSyncCommittee(clientStore, period); err != nil {
		return nil, err
	}
	if cs.NextSyncCommitteeKnown && withNext {
		if ts.Next, err = getSyncCommittee(clientStore, period+1); err != nil {
			return nil, err
		}
	}
	return ethereum.NewStore(cfg, ts)
}
