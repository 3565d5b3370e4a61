package relay

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"

	goeth "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// EVMPending is the IBC handler's side of clearing (a PendingChain): what
// packets it still holds commitments for, which it has received, and their
// events, read from its storage and logs. Packets sent on the handler are
// found by scanning its SendPacket logs from FromBlock (the deployment
// block, chains[].start_block), once: later passes scan only new blocks.
type EVMPending struct {
	ID        string // the chain's id in the config
	Client    *evm.Client
	Handler   common.Address
	FromBlock uint64
	// Finality bounds what is read to final blocks, as the watcher's
	// (zero: the latest block). Packets in later blocks are the watcher's
	// to publish once final; republished before, they would reach the
	// stream twice.
	Finality evm.Finality
	// Range is the most blocks one eth_getLogs covers (default 2000).
	Range uint64

	mu      sync.Mutex
	scanned uint64              // next block to scan
	sent    map[string][]uint64 // source channel -> sequences sent
}

// ChainID implements PendingChain.
func (p *EVMPending) ChainID() string { return p.ID }

func (p *EVMPending) logs(ctx context.Context, from, to uint64, topics [][]common.Hash, each func(evm.PacketEvent)) error {
	step := p.Range
	if step == 0 {
		step = 2000
	}
	for lo := from; lo <= to; lo += step {
		hi := min(lo+step-1, to)
		ls, err := p.Client.Eth().FilterLogs(ctx, goeth.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{p.Handler}, Topics: topics,
		})
		if err != nil {
			return fmt.Errorf("evm: %s: handler logs %d-%d: %w", p.ID, lo, hi, err)
		}
		for _, l := range ls {
			ev, ok, err := evm.DecodePacketEvent(l)
			if err != nil {
				return err
			}
			if ok {
				each(ev)
			}
		}
	}
	return nil
}

func eventTopic(kind evm.PacketEventKind) (common.Hash, error) {
	a, err := bindings.IBCHandlerMetaData.GetAbi()
	if err != nil {
		return common.Hash{}, err
	}
	return a.Events[string(kind)].ID, nil
}

// PacketCommitments implements PendingChain: the sequences sent on channel
// whose commitment the handler still holds (not acknowledged or timed out).
func (p *EVMPending) PacketCommitments(ctx context.Context, port, channel string) ([]uint64, error) {
	head, err := p.Finality.Head(ctx, p.Client.Eth())
	if err != nil {
		return nil, fmt.Errorf("evm: %s: %w", p.ID, err)
	}
	topic, err := eventTopic(evm.EventSendPacket)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sent == nil {
		p.sent, p.scanned = map[string][]uint64{}, p.FromBlock
	}
	if p.scanned <= head {
		err := p.logs(ctx, p.scanned, head, [][]common.Hash{{topic}}, func(ev evm.PacketEvent) {
			p.sent[ev.Packet.SourceChannel] = append(p.sent[ev.Packet.SourceChannel], ev.Packet.Sequence)
		})
		if err != nil {
			return nil, err
		}
		p.scanned = head + 1
	}
	return p.where(ctx, p.sent[channel], func(s uint64) string { return evm.PacketCommitmentPath(port, channel, s) }, true)
}

// where returns the sequences whose handler word at path(seq) is present
// (or absent), read in one JSON-RPC batch.
func (p *EVMPending) where(ctx context.Context, seqs []uint64, path func(uint64) string, present bool) ([]uint64, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	paths := make([]string, len(seqs))
	for i, s := range seqs {
		paths[i] = path(s)
	}
	words, err := p.Client.StoredCommitments(ctx, p.Handler, paths, nil)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for i, s := range seqs {
		if (words[i] != common.Hash{}) == present {
			out = append(out, s)
		}
	}
	return out, nil
}

// UnreceivedPackets implements PendingChain: the sequences the handler
// holds no receipt for (unordered channels).
func (p *EVMPending) UnreceivedPackets(ctx context.Context, port, channel string, seqs []uint64) ([]uint64, error) {
	return p.where(ctx, seqs, func(s uint64) string { return evm.PacketReceiptPath(port, channel, s) }, false)
}

// PacketEventsBySequence implements PendingChain with the handler's logs
// (SendPacket on the sending channel, WriteAcknowledgement on the receiving
// one), as the adapter's events.
func (p *EVMPending) PacketEventsBySequence(ctx context.Context, kind cosmos.EventKind, channel string, seqs []uint64) ([]cosmos.PacketEvent, error) {
	var ek evm.PacketEventKind
	switch kind {
	case cosmos.SendPacket:
		ek = evm.EventSendPacket
	case cosmos.WriteAck:
		ek = evm.EventWriteAcknowledgement
	default:
		return nil, fmt.Errorf("evm: %s: no %s events on the handler", p.ID, kind)
	}
	topic, err := eventTopic(ek)
	if err != nil {
		return nil, err
	}
	head, err := p.Finality.Head(ctx, p.Client.Eth())
	if err != nil {
		return nil, fmt.Errorf("evm: %s: %w", p.ID, err)
	}
	bySeq := make([]common.Hash, len(seqs))
	for i, s := range seqs {
		bySeq[i] = common.BigToHash(new(big.Int).SetUint64(s))
	}
	var out []cosmos.PacketEvent
	err = p.logs(ctx, p.FromBlock, head, [][]common.Hash{{topic}, bySeq}, func(ev evm.PacketEvent) {
		ch := ev.Packet.SourceChannel
		if kind == cosmos.WriteAck {
			ch = ev.Packet.DestinationChannel
		}
		if ch != channel || !slices.Contains(seqs, ev.Packet.Sequence) {
			return
		}
		out = append(out, cosmos.PacketEvent{
			Kind: kind, Height: int64(ev.BlockNumber), TxHash: ev.TxHash.Hex(), Ack: ev.Acknowledgement,
			Packet: channeltypes.Packet{
				Sequence: ev.Packet.Sequence, SourcePort: ev.Packet.SourcePort, SourceChannel: ev.Packet.SourceChannel,
				DestinationPort: ev.Packet.DestinationPort, DestinationChannel: ev.Packet.DestinationChannel, Data: ev.Packet.Data,
				TimeoutHeight:    clienttypes.NewHeight(ev.Packet.TimeoutHeight.RevisionNumber, ev.Packet.TimeoutHeight.RevisionHeight),
				TimeoutTimestamp: ev.Packet.TimeoutTimestamp,
			},
		})
	})
	return out, err
}
