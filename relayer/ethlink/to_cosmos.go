package ethlink

import (
	"context"
	"errors"
	"fmt"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	"github.com/causewaylabs/causeway/relayer/link"
)

// UpdateClient returns the MsgUpdateClients that bring the alliance chain's
// 10-ethereum client to an execution block the relayer's light client
// verified as finalized, at least minBlock, and that block's header (the
// proof height). The updates are the ones the verifier applied; none when
// the client is already there.
func UpdateClient(ctx context.Context, eth *Eth, cos *link.End, minBlock uint64) ([]sdk.Msg, ethereum.ExecutionHeader, error) {
	if _, err := eth.Verifier.WaitFinalized(ctx, minBlock); err != nil {
		return nil, ethereum.ExecutionHeader{}, err
	}
	cs, err := onChainClient(ctx, cos)
	if err != nil {
		return nil, ethereum.ExecutionHeader{}, err
	}
	state := OnChainClient{FinalizedSlot: cs.FinalizedSlot(), NextCommitteeKnown: cs.NextSyncCommitteeKnown}
	ups, exec, err := eth.Verifier.UpdatesFor(state)
	for tries := 0; tries < 3; tries++ {
		var missing *MissingPeriodError
		if !errors.As(err, &missing) {
			break
		}
		if err := eth.Verifier.LearnPeriod(ctx, missing.Period); err != nil {
			return nil, ethereum.ExecutionHeader{}, err
		}
		ups, exec, err = eth.Verifier.UpdatesFor(state)
	}
	if err != nil {
		return nil, ethereum.ExecutionHeader{}, err
	}
	if len(ups) == 0 && cs.LatestHeight.RevisionHeight != exec.BlockNumber {
		return nil, ethereum.ExecutionHeader{}, fmt.Errorf("ethlink: client %s on %s is at execution block %d, the relayer's light client at %d for the same slot",
			cos.ClientID, cos.Chain.ChainID(), cs.LatestHeight.RevisionHeight, exec.BlockNumber)
	}
	if len(ups) > 0 {
		if err := waitClock(ctx, eth, cos, ups[len(ups)-1].SignatureSlot); err != nil {
			return nil, ethereum.ExecutionHeader{}, err
		}
	}
	msgs := make([]sdk.Msg, 0, len(ups))
	for _, u := range ups {
		h, err := ibcclient.NewHeader(u)
		if err != nil {
			return nil, ethereum.ExecutionHeader{}, err
		}
		m, err := clienttypes.NewMsgUpdateClient(cos.ClientID, h, cos.Chain.Address())
		if err != nil {
			return nil, ethereum.ExecutionHeader{}, fmt.Errorf("ethlink: MsgUpdateClient: %w", err)
		}
		msgs = append(msgs, m)
	}
	return msgs, exec, nil
}

// lockCosmos waits until the relayer's light client has finalized minBlock,
// then takes the lock that serializes this process's Cosmos-bound
// submissions from planning the 10-ethereum client updates to inclusion:
// two batches planning from the same on-chain client state would both
// carry the same updates, and the second would fail as stale. The
// alliance signer sends one transaction at a time anyway.
func (e *Eth) lockCosmos(ctx context.Context, minBlock uint64) (func(), error) {
	if _, err := e.Verifier.WaitFinalized(ctx, minBlock); err != nil {
		return nil, err
	}
	e.cosMu.Lock()
	return e.cosMu.Unlock, nil
}

// proveWords fetches the handler's words at paths at the verified block
// exec in one eth_getProof, verified against exec's state root
// (beacon.ProofFetcher.Fetch), and returns the proven words (zero: proven
// absent) with one storage proof per path for the 10-ethereum client.
func proveWords(ctx context.Context, eth *Eth, exec ethereum.ExecutionHeader, paths []string) ([]common.Hash, [][]byte, error) {
	keys := make([]common.Hash, len(paths))
	for i, p := range paths {
		keys[i] = evm.StorageKey(p)
	}
	ap, err := eth.Proofs.Fetch(ctx, exec, eth.Handler, keys)
	if err != nil {
		return nil, nil, err
	}
	words := make([]common.Hash, len(ap.StorageProof))
	for i, sp := range ap.StorageProof {
		words[i] = common.BigToHash(sp.Value.ToInt())
	}
	proofs, err := ibcclient.NewStorageProofs(ap)
	return words, proofs, err
}

// proveStored is proveWords for words that must equal want.
func proveStored(ctx context.Context, eth *Eth, exec ethereum.ExecutionHeader, paths []string, want []common.Hash) ([][]byte, error) {
	words, proofs, err := proveWords(ctx, eth, exec, paths)
	if err != nil {
		return nil, err
	}
	for i, got := range words {
		if got != want[i] {
			return nil, fmt.Errorf("ethlink: handler %s at block %d: %s holds %s, want %s", eth.Handler, exec.BlockNumber, paths[i], got, want[i])
		}
	}
	return proofs, nil
}

func proofHeight(exec ethereum.ExecutionHeader) clienttypes.Height {
	return clienttypes.NewHeight(0, exec.BlockNumber)
}

// RecvOnCosmos delivers packets sent from Ethereum (SendPacket logs at
// block minBlock or earlier) to the alliance chain: one transaction with the
// 10-ethereum client updates and a MsgRecvPacket per packet whose commitment
// was proven against the verified state root. Packets already received are
// skipped.
func RecvOnCosmos(ctx context.Context, eth *Eth, cos *link.End, packets []evm.Packet, minBlock uint64) (*Batch, error) {
	b := &Batch{}
	seqs := make([]uint64, len(packets))
	for i, p := range packets {
		seqs[i] = p.Sequence
	}
	// What is still owed is read under the lock: a batch of this process
	// that held it may just have delivered some of these packets.
	unlock, err := eth.lockCosmos(ctx, minBlock)
	if err != nil {
		return nil, err
	}
	defer unlock()
	un, err := cos.Chain.UnreceivedPackets(ctx, cos.PortID, cos.ChannelID, seqs)
	if err != nil {
		return nil, err
	}
	todo := owed(b, packets, func(p evm.Packet) uint64 { return p.Sequence }, un)
	if len(todo) == 0 {
		return b, nil
	}
	msgs, exec, err := UpdateClient(ctx, eth, cos, minBlock)
	if err != nil {
		return nil, err
	}
	b.ProofsAt = exec.BlockNumber
	paths := make([]string, len(todo))
	words := make([]common.Hash, len(todo))
	for i, p := range todo {
		paths[i] = evm.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence)
		words[i] = evm.CommitPacket(p.TimeoutHeight.RevisionNumber, p.TimeoutHeight.RevisionHeight, p.TimeoutTimestamp, p.Data)
	}
	proofs, err := proveStored(ctx, eth, exec, paths, words)
	if err != nil {
		return nil, err
	}
	for i, p := range todo {
		msgs = append(msgs, channeltypes.NewMsgRecvPacket(ToIBCPacket(p), proofs[i], proofHeight(exec), cos.Chain.Address()))
		b.Relayed = append(b.Relayed, p.Sequence)
	}
	return submitCosmos(ctx, cos, msgs, b, "recv")
}

// owed returns the items whose sequence the alliance chain still owes work
// for (pending, from an unreceived-packets or -acks query) and records the
// others in b as skipped.
func owed[T any](b *Batch, items []T, seq func(T) uint64, pending []uint64) []T {
	want := make(map[uint64]bool, len(pending))
	for _, s := range pending {
		want[s] = true
	}
	var todo []T
	for _, it := range items {
		if want[seq(it)] {
			todo = append(todo, it)
		} else {
			b.Skipped = append(b.Skipped, seq(it))
		}
	}
	return todo
}

func submitCosmos(ctx context.Context, cos *link.End, msgs []sdk.Msg, b *Batch, what string) (*Batch, error) {
	res, err := cos.Chain.SubmitMsgs(ctx, msgs...)
	if err != nil {
		return nil, fmt.Errorf("ethlink: %s %d packets on %s: %w", what, len(b.Relayed), cos.Chain.ChainID(), err)
	}
	b.Txs = []Tx{{Hash: res.Hash, GasUsed: uint64(res.GasUsed), Relayed: b.Relayed}}
	return b, nil
}

// AckOnCosmos delivers acknowledgements the handler wrote (WriteAcknowledgement
// logs at block minBlock or earlier) for packets sent from the alliance
// chain: the 10-ethereum client updates and a MsgAcknowledgement per ack
// whose commitment was proven. Acks the alliance chain already processed
// are skipped.
func AckOnCosmos(ctx context.Context, eth *Eth, cos *link.End, acks []evm.PacketEvent, minBlock uint64) (*Batch, error) {
	b := &Batch{}
	seqs := make([]uint64, len(acks))
	for i, a := range acks {
		if a.Kind != evm.EventWriteAcknowledgement {
			return nil, fmt.Errorf("ethlink: %s log for sequence %d is not a WriteAcknowledgement", a.Kind, a.Packet.Sequence)
		}
		seqs[i] = a.Packet.Sequence
	}
	unlock, err := eth.lockCosmos(ctx, minBlock)
	if err != nil {
		return nil, err
	}
	defer unlock()
	un, err := cos.Chain.UnreceivedAcks(ctx, cos.PortID, cos.ChannelID, seqs)
	if err != nil {
		return nil, err
	}
	todo := owed(b, acks, func(a evm.PacketEvent) uint64 { return a.Packet.Sequence }, un)
	if len(todo) == 0 {
		return b, nil
	}
	msgs, exec, err := UpdateClient(ctx, eth, cos, minBlock)
	if err != nil {
		return nil, err
	}
	b.ProofsAt = exec.BlockNumber
	paths := make([]string, len(todo))
	words := make([]common.Hash, len(todo))
	for i, a := range todo {
		paths[i] = evm.PacketAcknowledgementPath(a.Packet.DestinationPort, a.Packet.DestinationChannel, a.Packet.Sequence)
		words[i] = evm.CommitAcknowledgement(a.Acknowledgement)
	}
	proofs, err := proveStored(ctx, eth, exec, paths, words)
	if err != nil {
		return nil, err
	}
	for i, a := range todo {
		msgs = append(msgs, channeltypes.NewMsgAcknowledgement(ToIBCPacket(a.Packet), a.Acknowledgement, proofs[i], proofHeight(exec), cos.Chain.Address()))
		b.Relayed = append(b.Relayed, a.Packet.Sequence)
	}
	return submitCosmos(ctx, cos, msgs, b, "acknowledge")
}

// TimeoutOnCosmos times out packets sent from the alliance chain that the
// handler never received: it waits until the relayer's light client has
// finalized an Ethereum block past every packet's timeout, proves each
// receipt absent at that block, and submits the client updates and a
// MsgTimeout per packet (the sender is refunded). Packets the handler
// received meanwhile, or whose commitment is already gone here (acked or
// timed out by another batch), are skipped. Unordered channels only.
func TimeoutOnCosmos(ctx context.Context, eth *Eth, cos *link.End, packets []channeltypes.Packet) (*Batch, error) {
	b := &Batch{}
	var deadline uint64 // ns
	var height uint64
	for _, p := range packets {
		deadline = max(deadline, p.TimeoutTimestamp)
		height = max(height, p.TimeoutHeight.RevisionHeight)
	}
	for {
		f, err := eth.Verifier.WaitFinalized(ctx, height)
		if err != nil {
			return nil, err
		}
		if f.Timestamp*uint64(time.Second) >= deadline {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("ethlink: waiting for a finalized Ethereum block past %s: %w", time.Unix(0, int64(deadline)), ctx.Err())
		case <-time.After(time.Second):
		}
	}
	unlock, err := eth.lockCosmos(ctx, height)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// A packet whose commitment is gone was acknowledged or timed out
	// already (by another batch or relayer).
	seqs := make([]uint64, len(packets))
	for i, p := range packets {
		seqs[i] = p.Sequence
	}
	open, err := cos.Chain.UnreceivedAcks(ctx, cos.PortID, cos.ChannelID, seqs)
	if err != nil {
		return nil, err
	}
	packets = owed(b, packets, func(p channeltypes.Packet) uint64 { return p.Sequence }, open)
	if len(packets) == 0 {
		return b, nil
	}
	msgs, exec, err := UpdateClient(ctx, eth, cos, height)
	if err != nil {
		return nil, err
	}
	b.ProofsAt = exec.BlockNumber
	var todo []channeltypes.Packet
	var paths []string
	for _, p := range packets {
		past := (p.TimeoutHeight.RevisionHeight != 0 && exec.BlockNumber >= p.TimeoutHeight.RevisionHeight) ||
			(p.TimeoutTimestamp != 0 && exec.Timestamp*uint64(time.Second) >= p.TimeoutTimestamp)
		if !past {
			return nil, fmt.Errorf("ethlink: packet %s/%d has not timed out at Ethereum block %d", p.SourceChannel, p.Sequence, exec.BlockNumber)
		}
		todo = append(todo, p)
		paths = append(paths, evm.PacketReceiptPath(p.DestinationPort, p.DestinationChannel, p.Sequence))
	}
	// A proven receipt means the packet arrived after all (its ack will
	// come): skipped; a proven absence is the timeout's proof.
	words, proofs, err := proveWords(ctx, eth, exec, paths)
	if err != nil {
		return nil, err
	}
	for i, p := range todo {
		if words[i] != (common.Hash{}) {
			b.Skipped = append(b.Skipped, p.Sequence)
			continue
		}
		msgs = append(msgs, channeltypes.NewMsgTimeout(p, p.Sequence, proofs[i], proofHeight(exec), cos.Chain.Address()))
		b.Relayed = append(b.Relayed, p.Sequence)
	}
	if len(b.Relayed) == 0 {
		return b, nil
	}
	return submitCosmos(ctx, cos, msgs, b, "time out")
}

// waitClock waits until the alliance chain's latest block time has reached
// the start of a beacon slot: the 10-ethereum client refuses an update
// signed in a slot its chain's clock has not reached (ErrFutureSlot), and a
// chain's block time trails the wall clock by up to a block.
func waitClock(ctx context.Context, eth *Eth, cos *link.End, slot uint64) error {
	cfg := eth.Verifier.Config()
	at := time.Unix(int64(cfg.GenesisTime+slot*cfg.SecondsPerSlot), 0)
	for {
		lb, err := cos.Verifier.Latest(ctx)
		if err != nil {
			return fmt.Errorf("ethlink: verify %s header: %w", cos.Chain.ChainID(), err)
		}
		if !lb.Time.Before(at) {
			return nil
		}
		if time.Until(at) > time.Minute {
			return fmt.Errorf("ethlink: beacon signature slot %d is at %s, more than a minute ahead of this clock", slot, at)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// ClientTimeLeft is how long the alliance chain's 10-ethereum client stays
// active without an update: its trusting period minus the age of its
// latest consensus state.
func ClientTimeLeft(ctx context.Context, cos *link.End, now time.Time) (time.Duration, error) {
	cs, err := onChainClient(ctx, cos)
	if err != nil {
		return 0, err
	}
	h, err := cos.Chain.LatestHeight(ctx)
	if err != nil {
		return 0, err
	}
	p, err := cos.Chain.QueryProven(ctx, host.FullConsensusStatePath(cos.ClientID, cs.LatestHeight), h)
	if err != nil {
		return 0, err
	}
	csi, err := clienttypes.UnmarshalConsensusState(cos.Chain.Codec().Marshaler, p.Value)
	if err != nil {
		return 0, fmt.Errorf("ethlink: consensus state of %s at %s: %w", cos.ClientID, cs.LatestHeight, err)
	}
	cons, ok := csi.(*ibcclient.ConsensusState)
	if !ok {
		return 0, fmt.Errorf("ethlink: consensus state of %s at %s is not a 10-ethereum one", cos.ClientID, cs.LatestHeight)
	}
	return cs.TrustingPeriod - now.Sub(cons.Time()), nil
}

// RefreshClient updates the 10-ethereum client to the relayer's latest
// verified finalized header when less than a third of its trusting period
// is left or it is a sync-committee period or more behind (an idle path
// must neither expire nor fall behind the committees the relayer keeps).
// It reports whether it submitted an update and the time left before.
func RefreshClient(ctx context.Context, eth *Eth, cos *link.End) (bool, time.Duration, error) {
	left, err := ClientTimeLeft(ctx, cos, time.Now())
	if err != nil {
		return false, 0, err
	}
	cs, err := onChainClient(ctx, cos)
	if err != nil {
		return false, left, err
	}
	cfg := eth.Verifier.Config()
	behind := cfg.SyncPeriod(eth.Verifier.FinalizedSlot()) > cfg.SyncPeriod(cs.FinalizedSlot())
	if left > cs.TrustingPeriod/3 && !behind {
		return false, left, nil
	}
	unlock, err := eth.lockCosmos(ctx, 0)
	if err != nil {
		return false, left, err
	}
	defer unlock()
	msgs, _, err := UpdateClient(ctx, eth, cos, 0)
	if err != nil || len(msgs) == 0 {
		return false, left, err
	}
	if _, err := cos.Chain.SubmitMsgs(ctx, msgs...); err != nil {
		return false, left, fmt.Errorf("ethlink: refresh client %s on %s: %w", cos.ClientID, cos.Chain.ChainID(), err)
	}
	return true, left, nil
}
