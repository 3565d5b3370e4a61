package relay

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/pipeline"
)

// EthDirection relays one way across an alliance <-> Ethereum path with
// relayer/ethlink: packets sent on the source are received on the
// destination, acknowledgements written on the destination go back, and
// packets past their timeout on the destination are timed out on the
// source. Dir, Store, Applier, MaxMsgs, Metrics and Log are used as in
// Direction (its Src and Dst stay nil).
type EthDirection struct {
	Direction
	Cos *link.End
	Eth *ethlink.Eth
}

// toEthereum reports whether packets flow from the alliance chain to Ethereum.
func (d *EthDirection) toEthereum() bool { return d.Dir.Src.Chain == d.Cos.Chain.ChainID() }

// Handle implements pipeline.BatchHandler, as Direction.Handle does.
func (d *EthDirection) Handle(ctx context.Context, msgs []jetstream.Msg) []error {
	errs, applied := d.Applier.Apply(ctx, msgs)
	// Relaying waits for Ethereum finality, a committee and receipts: bound
	// it, so a stalled chain fails the batch (retried) instead of holding it.
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	sends, acks := d.classify(applied, errs)
	sends, acks = d.claim(sends, errs), d.claim(acks, errs)
	defer d.release(acks)
	defer d.release(sends)
	// Work proven to the alliance chain needs its Ethereum block finalized
	// by the light client (seconds on a devnet, about 13 minutes on
	// mainnet): come back for it later rather than hold a worker that the
	// other kind of work in this consumer needs now.
	if d.toEthereum() {
		acks = d.finalOnly(acks, errs)
	} else {
		sends = d.finalOnly(sends, errs)
	}
	if len(sends) > 0 {
		d.relaySends(ctx, sends, errs)
	}
	if len(acks) > 0 {
		d.relayAcks(ctx, acks, errs)
	}
	return errs
}

func (d *EthDirection) relaySends(ctx context.Context, sends []item, errs []error) {
	// Packets whose timeout has passed on the destination can only be
	// timed out on the source.
	var dstHeight, dstTime uint64
	if d.toEthereum() {
		f := d.Eth.Verifier.Finalized()
		dstHeight, dstTime = f.BlockNumber, f.Timestamp*uint64(time.Second)
	} else {
		lb, err := d.Cos.Verifier.Latest(ctx)
		if err != nil {
			d.fail(sends, errs, "latest destination header", err)
			return
		}
		dstHeight, dstTime = d.Cos.Chain.Height(lb.Height).RevisionHeight, uint64(lb.Time.UnixNano())
	}
	live, expired := splitExpired(sends, dstHeight, dstTime)
	d.each(chunks(live, d.batchSize(d.Dir.Dst.Chain)), d.Dir.Dst.Chain, func(batch []item) {
		var b *ethlink.Batch
		var err error
		if d.toEthereum() {
			b, err = ethlink.RecvOnEthereum(ctx, d.Cos, d.Eth, packets(batch), int64(maxHeight(batch))+1)
		} else {
			b, err = ethlink.RecvOnCosmos(ctx, d.Eth, d.Cos, evmPackets(batch), maxHeight(batch))
		}
		d.settled(ctx, batch, b, err, errs, "recv", d.Dir.Dst.Chain)
	})
	d.each(chunks(expired, d.batchSize(d.Dir.Src.Chain)), d.Dir.Src.Chain, func(batch []item) {
		var b *ethlink.Batch
		var err error
		if d.toEthereum() {
			b, err = ethlink.TimeoutOnCosmos(ctx, d.Eth, d.Cos, packets(batch))
		} else {
			b, err = ethlink.TimeoutOnEthereum(ctx, d.Cos, d.Eth, evmPackets(batch))
		}
		d.settled(ctx, batch, b, err, errs, "timeout", d.Dir.Src.Chain)
	})
}

func (d *EthDirection) relayAcks(ctx context.Context, acks []item, errs []error) {
	d.each(chunks(acks, d.batchSize(d.Dir.Src.Chain)), d.Dir.Src.Chain, func(batch []item) {
		var b *ethlink.Batch
		var err error
		if d.toEthereum() {
			// Acks written by the handler go back to the alliance chain.
			evs := make([]evm.PacketEvent, len(batch))
			for i, it := range batch {
				evs[i] = evm.PacketEvent{Kind: evm.EventWriteAcknowledgement, Packet: ethlink.ToEVMPacket(packet(it.ev)), Acknowledgement: it.ev.Ack, BlockNumber: it.ev.Height}
			}
			b, err = ethlink.AckOnCosmos(ctx, d.Eth, d.Cos, evs, maxHeight(batch))
		} else {
			evs := make([]cosmos.PacketEvent, len(batch))
			for i, it := range batch {
				evs[i] = cosmos.PacketEvent{Kind: cosmos.WriteAck, Height: int64(it.ev.Height), TxHash: it.ev.TxHash, Packet: packet(it.ev), Ack: it.ev.Ack}
			}
			b, err = ethlink.AckOnEthereum(ctx, d.Cos, d.Eth, evs, int64(maxHeight(batch))+1)
		}
		d.settled(ctx, batch, b, err, errs, "ack", d.Dir.Src.Chain)
	})
}

// finalOnly returns the items whose Ethereum block the light client has
// finalized and marks the others to come back later.
func (d *EthDirection) finalOnly(items []item, errs []error) []item {
	fin := d.Eth.Verifier.Finalized().BlockNumber
	slot := time.Duration(d.Eth.Verifier.Config().SecondsPerSlot) * time.Second
	var ready []item
	for _, it := range items {
		if it.ev.Height <= fin {
			ready = append(ready, it)
			continue
		}
		// About a block per slot: come back when the light client should
		// have finalized it.
		errs[it.idx] = pipeline.NotYetFor(fmt.Errorf("Ethereum block %d of %s seq %d is not finalized yet (light client at %d)",
			it.ev.Height, it.ev.Kind, it.ev.Packet.Sequence, fin), time.Duration(it.ev.Height-fin)*slot)
	}
	return ready
}

// ethereumPipeline is how many batches of one handler call go to Ethereum
// at once: each waits for its receipts while the next is attested (at a
// newer alliance height) and sent.
const ethereumPipeline = 4

// each runs relay on every non-empty batch: toward Ethereum up to
// ethereumPipeline at once, toward the alliance chain one after the other
// (ethlink serializes what a process submits there).
func (d *EthDirection) each(batches [][]item, submitTo string, relay func([]item)) {
	n := ethereumPipeline
	if submitTo == d.Cos.Chain.ChainID() {
		n = 1
	}
	each(batches, n, relay)
}

// batchSize is max_msgs toward the alliance chain (one transaction) and
// Eth.AttestedBatch toward Ethereum (one attestation, sent as whole
// transactions of max_msgs calls or fewer, see ethlink.TileCalls).
func (d *EthDirection) batchSize(submitTo string) int {
	if submitTo == d.Cos.Chain.ChainID() {
		return d.MaxMsgs
	}
	return d.Eth.AttestedBatch()
}

// settled records what a batch did (each transaction that succeeded, and
// the work skipped) and fails the rest of it when err is set.
func (d *EthDirection) settled(ctx context.Context, batch []item, b *ethlink.Batch, err error, errs []error, what, chain string) {
	if b != nil {
		skipped := b.Skipped
		for _, tx := range b.Txs {
			d.record(ctx, batch, &sentTx{hash: tx.Hash, gasUsed: int64(tx.GasUsed)}, tx.Relayed, skipped, int64(b.ProofsAt), chain)
			skipped = nil
		}
		if len(b.Txs) == 0 {
			d.record(ctx, batch, nil, nil, skipped, int64(b.ProofsAt), chain)
		}
	}
	if err == nil {
		return
	}
	// What a transaction of the batch carried is done; the rest is retried.
	rest := batch
	if b != nil && len(b.Relayed) > 0 {
		done := make(map[uint64]bool, len(b.Relayed))
		for _, s := range b.Relayed {
			done[s] = true
		}
		rest = nil
		for _, it := range batch {
			if !done[it.ev.Packet.Sequence] {
				rest = append(rest, it)
			}
		}
	}
	d.fail(rest, errs, what, err)
}

func maxHeight(items []item) uint64 {
	var h uint64
	for _, it := range items {
		h = max(h, it.ev.Height)
	}
	return h
}

func evmPackets(items []item) []evm.Packet {
	out := make([]evm.Packet, len(items))
	for i, it := range items {
		out[i] = ethlink.ToEVMPacket(packet(it.ev))
	}
	return out
}
