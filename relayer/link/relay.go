package link

import (
	"bytes"
	"context"
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"

	"golang.org/x/sync/errgroup"

	"github.com/causewaylabs/causeway/adapters/cosmos"
)

// Batch is what a relay call submitted: its transactions (none when
// nothing was left to do; more than one when the batch did not fit the
// destination's gas cap, see cosmos.Chain.SubmitSplit) and the sequences
// it carried and skipped.
type Batch struct {
	Txs      []Sent
	Relayed  []uint64
	Skipped  []uint64 // already done on the destination (another relayer)
	ProofsAt int64    // the verified source height the proofs are for
}

// Sent is one transaction of a batch (its Events are not read, see
// cosmos.Chain.SubmitMsgs) and the sequences it carried.
type Sent struct {
	Tx      *cosmos.TxResult
	Relayed []uint64
}

// submit sends the client update upd and msgs (one per sequence of seqs)
// to chain, in as many transactions as its gas cap requires, each carrying
// upd.
func (b *Batch) submit(ctx context.Context, chain Chain, upd sdk.Msg, msgs []sdk.Msg, seqs []uint64) error {
	parts, err := chain.SubmitSplit(ctx, []sdk.Msg{upd}, msgs)
	if err != nil {
		return err
	}
	for _, p := range parts {
		b.Txs = append(b.Txs, Sent{Tx: p.Tx, Relayed: seqs[:p.Msgs]})
		seqs = seqs[p.Msgs:]
	}
	return nil
}

// RecvPackets delivers packets sent on src (seen in send_packet events) to
// dst: one transaction with a client update to a verified src header and a
// MsgRecvPacket per packet whose commitment proof verified against that
// header. Packets dst already received are skipped. Any proof that fails
// verification aborts the whole batch before anything is submitted.
func RecvPackets(ctx context.Context, src, dst *End, packets []channeltypes.Packet) (*Batch, error) {
	todo, skipped, err := unreceived(ctx, dst, packets)
	if err != nil || len(todo) == 0 {
		return &Batch{Skipped: skipped}, err
	}
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return nil, err
	}
	b := &Batch{Skipped: skipped, ProofsAt: lb.Height}
	cdc := src.Chain.Codec().Marshaler
	msgs := make([]sdk.Msg, len(todo))
	paths := make([]string, len(todo))
	for i, p := range todo {
		paths[i] = host.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence)
	}
	proofs, err := ProveAllExist(ctx, src.Chain, lb, paths)
	if err != nil {
		return nil, err
	}
	for i, p := range todo {
		pr := proofs[i]
		if want := channeltypes.CommitPacket(cdc, p); !bytes.Equal(pr.Value, want) {
			return nil, fmt.Errorf("link: %s packet %s/%d: proven commitment %X is not the packet's %X",
				src.Chain.ChainID(), p.SourceChannel, p.Sequence, pr.Value, want)
		}
		msgs[i] = channeltypes.NewMsgRecvPacket(p, pr.Proof, pr.ProofHeight, dst.Chain.Address())
		b.Relayed = append(b.Relayed, p.Sequence)
	}
	if err := b.submit(ctx, dst.Chain, upd, msgs, b.Relayed); err != nil {
		return nil, fmt.Errorf("link: recv %d packets on %s: %w", len(todo), dst.Chain.ChainID(), err)
	}
	return b, nil
}

// unreceived splits packets into those dst has not received yet and the
// sequences it has (one UnreceivedPackets query per destination channel on
// dst's current state, unverified: it only decides what to skip).
func unreceived(ctx context.Context, dst *End, packets []channeltypes.Packet) ([]channeltypes.Packet, []uint64, error) {
	type chanKey struct{ port, channel string }
	seqs := map[chanKey][]uint64{}
	for _, p := range packets {
		k := chanKey{p.DestinationPort, p.DestinationChannel}
		seqs[k] = append(seqs[k], p.Sequence)
	}
	pending := map[chanKey]map[uint64]bool{}
	for k, ss := range seqs {
		un, err := dst.Chain.UnreceivedPackets(ctx, k.port, k.channel, ss)
		if err != nil {
			return nil, nil, err
		}
		pending[k] = map[uint64]bool{}
		for _, s := range un {
			pending[k][s] = true
		}
	}
	var todo []channeltypes.Packet
	var skipped []uint64
	for _, p := range packets {
		if pending[chanKey{p.DestinationPort, p.DestinationChannel}][p.Sequence] {
			todo = append(todo, p)
		} else {
			skipped = append(skipped, p.Sequence)
		}
	}
	return todo, skipped, nil
}

// parallel runs f for 0..n-1 on up to 8 goroutines (proof queries are
// network round trips) and returns the first error; it returns only after
// every started call has finished.
func parallel(ctx context.Context, n int, f func(ctx context.Context, i int) error) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for i := 0; i < n; i++ {
		g.Go(func() error { return f(ctx, i) })
	}
	return g.Wait()
}

// AckPackets delivers acknowledgements written on src (write_acknowledgement
// events, src being the chain that received the packets) back to dst, the
// packets' sender: one transaction with a verified client update and a
// MsgAcknowledgement per ack whose proof verified. Acks whose packet
// commitment is already gone from dst are skipped.
func AckPackets(ctx context.Context, src, dst *End, acks []cosmos.PacketEvent) (*Batch, error) {
	var todo []cosmos.PacketEvent
	b := &Batch{}
	for _, a := range acks {
		if a.Kind != cosmos.WriteAck {
			return nil, fmt.Errorf("link: %s event for sequence %d is not a write_acknowledgement", a.Kind, a.Packet.Sequence)
		}
	}
	type chanKey struct{ port, channel string }
	seqs := map[chanKey][]uint64{}
	for _, a := range acks {
		k := chanKey{a.Packet.SourcePort, a.Packet.SourceChannel}
		seqs[k] = append(seqs[k], a.Packet.Sequence)
	}
	pending := map[chanKey]map[uint64]bool{}
	for k, ss := range seqs {
		un, err := dst.Chain.UnreceivedAcks(ctx, k.port, k.channel, ss)
		if err != nil {
			return nil, err
		}
		pending[k] = map[uint64]bool{}
		for _, s := range un {
			pending[k][s] = true
		}
	}
	for _, a := range acks {
		if pending[chanKey{a.Packet.SourcePort, a.Packet.SourceChannel}][a.Packet.Sequence] {
			todo = append(todo, a)
		} else {
			b.Skipped = append(b.Skipped, a.Packet.Sequence)
		}
	}
	if len(todo) == 0 {
		return b, nil
	}
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return nil, err
	}
	b.ProofsAt = lb.Height
	msgs := make([]sdk.Msg, len(todo))
	paths := make([]string, len(todo))
	for i, a := range todo {
		paths[i] = host.PacketAcknowledgementPath(a.Packet.DestinationPort, a.Packet.DestinationChannel, a.Packet.Sequence)
	}
	proofs, err := ProveAllExist(ctx, src.Chain, lb, paths)
	if err != nil {
		return nil, err
	}
	for i, a := range todo {
		p, pr := a.Packet, proofs[i]
		if want := channeltypes.CommitAcknowledgement(a.Ack); !bytes.Equal(pr.Value, want) {
			return nil, fmt.Errorf("link: %s ack %s/%d: proven commitment %X is not the ack's %X",
				src.Chain.ChainID(), p.DestinationChannel, p.Sequence, pr.Value, want)
		}
		msgs[i] = channeltypes.NewMsgAcknowledgement(p, a.Ack, pr.Proof, pr.ProofHeight, dst.Chain.Address())
		b.Relayed = append(b.Relayed, a.Packet.Sequence)
	}
	if err := b.submit(ctx, dst.Chain, upd, msgs, b.Relayed); err != nil {
		return nil, fmt.Errorf("link: ack %d packets on %s: %w", len(todo), dst.Chain.ChainID(), err)
	}
	return b, nil
}

// TimeoutPackets times out packets sent on src that dst never received and
// whose timeout has passed on dst: one transaction on src with a verified
// client update (a dst header past the timeout) and a MsgTimeout per packet
// with a verified proof of non-receipt (unordered: receipt absent; ordered:
// next sequence receive not past the packet, which closes the channel).
func TimeoutPackets(ctx context.Context, src, dst *End, packets []channeltypes.Packet) (*Batch, error) {
	upd, lb, err := UpdateClient(ctx, src, dst)
	if err != nil {
		return nil, err
	}
	b := &Batch{ProofsAt: lb.Height}
	var msgs []sdk.Msg
	for _, p := range packets {
		if !timedOut(p, dst.Chain.Height(lb.Height).RevisionHeight, uint64(lb.Time.UnixNano())) {
			return nil, fmt.Errorf("link: packet %s/%d has not timed out at %s height %d", p.SourceChannel, p.Sequence, dst.Chain.ChainID(), lb.Height)
		}
		chp, err := ProveExists(ctx, dst.Chain, lb, host.ChannelPath(p.DestinationPort, p.DestinationChannel))
		if err != nil {
			return nil, err
		}
		var end channeltypes.Channel
		if err := dst.Chain.Codec().Marshaler.Unmarshal(chp.Value, &end); err != nil {
			return nil, fmt.Errorf("link: channel %s on %s: %w", p.DestinationChannel, dst.Chain.ChainID(), err)
		}
		var pr *Proven
		var nextRecv uint64
		if end.Ordering == channeltypes.ORDERED {
			pr, err = ProveExists(ctx, dst.Chain, lb, host.NextSequenceRecvPath(p.DestinationPort, p.DestinationChannel))
			if err != nil {
				return nil, err
			}
			nextRecv = sdk.BigEndianToUint64(pr.Value)
			if nextRecv > p.Sequence {
				b.Skipped = append(b.Skipped, p.Sequence)
				continue
			}
		} else {
			pr, err = Prove(ctx, dst.Chain, lb, host.PacketReceiptPath(p.DestinationPort, p.DestinationChannel, p.Sequence))
			if err != nil {
				return nil, err
			}
			if len(pr.Value) != 0 {
				b.Skipped = append(b.Skipped, p.Sequence)
				continue
			}
			// Unused for unordered channels, but MsgTimeout refuses 0.
			nextRecv = p.Sequence
		}
		msgs = append(msgs, channeltypes.NewMsgTimeout(p, nextRecv, pr.Proof, pr.ProofHeight, src.Chain.Address()))
		b.Relayed = append(b.Relayed, p.Sequence)
	}
	if len(b.Relayed) == 0 {
		return b, nil
	}
	if err := b.submit(ctx, src.Chain, upd, msgs, b.Relayed); err != nil {
		return nil, fmt.Errorf("link: timeout %d packets on %s: %w", len(b.Relayed), src.Chain.ChainID(), err)
	}
	return b, nil
}

// Proven is the adapter's proven value.
type Proven = cosmos.Proven

func timedOut(p channeltypes.Packet, dstHeight, dstTimeNanos uint64) bool {
	if !p.TimeoutHeight.IsZero() && dstHeight >= p.TimeoutHeight.RevisionHeight {
		return true
	}
	return p.TimeoutTimestamp != 0 && dstTimeNanos >= p.TimeoutTimestamp
}
