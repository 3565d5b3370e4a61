package cosmos

import (
	"context"
	"fmt"
	"sort"

	querytypes "github.com/cosmos/cosmos-sdk/types/query"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
)

// PacketCommitments lists the sequences whose packet commitments are still
// stored on this chain's channel: packets sent and not yet acknowledged or
// timed out.
func (c *Chain) PacketCommitments(ctx context.Context, port, channel string) ([]uint64, error) {
	var seqs []uint64
	var key []byte
	for {
		var resp channeltypes.QueryPacketCommitmentsResponse
		req := &channeltypes.QueryPacketCommitmentsRequest{PortId: port, ChannelId: channel, Pagination: &querytypes.PageRequest{Key: key, Limit: 1000}}
		if err := c.grpcQuery(ctx, "/ibc.core.channel.v1.Query/PacketCommitments", req, &resp); err != nil {
			return nil, err
		}
		for _, s := range resp.Commitments {
			seqs = append(seqs, s.Sequence)
		}
		if resp.Pagination == nil || len(resp.Pagination.NextKey) == 0 {
			break
		}
		key = resp.Pagination.NextKey
	}
	sort.Slice(seqs, func(i, j int) bool { return seqs[i] < seqs[j] })
	return seqs, nil
}

// UnreceivedPackets returns which of seqs (sent on the counterparty towards
// this chain's port and channel) this chain has not received.
func (c *Chain) UnreceivedPackets(ctx context.Context, port, channel string, seqs []uint64) ([]uint64, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	var resp channeltypes.QueryUnreceivedPacketsResponse
	req := &channeltypes.QueryUnreceivedPacketsRequest{PortId: port, ChannelId: channel, PacketCommitmentSequences: seqs}
	if err := c.grpcQuery(ctx, "/ibc.core.channel.v1.Query/UnreceivedPackets", req, &resp); err != nil {
		return nil, err
	}
	return resp.Sequences, nil
}

// PacketEventsBySequence finds the events of kind for the given sequences on
// this chain (send_packet on the sending channel, write_acknowledgement on the
// receiving one) by searching the transaction index, so packets whose events
// were missed can be relayed from chain state.
func (c *Chain) PacketEventsBySequence(ctx context.Context, kind EventKind, channel string, seqs []uint64) ([]PacketEvent, error) {
	attr := "packet_src_channel"
	if kind == WriteAck || kind == RecvPacket {
		attr = "packet_dst_channel"
	}
	want := map[uint64]bool{}
	for _, s := range seqs {
		want[s] = true
	}
	var out []PacketEvent
	for _, s := range seqs {
		q := fmt.Sprintf("%s.packet_sequence='%d' AND %s.%s='%s'", kind, s, kind, attr, channel)
		page, perPage := 1, 10
		res, err := c.rpc.TxSearch(ctx, q, false, &page, &perPage, "asc")
		if err != nil {
			return nil, fmt.Errorf("cosmos: %s: tx_search %s: %w", c.cfg.ChainID, q, err)
		}
		for _, tx := range res.Txs {
			if tx.TxResult.Code != 0 {
				continue
			}
			evs, err := ParsePacketEvents(tx.Height, fmt.Sprintf("%X", tx.Hash), tx.TxResult.Events)
			if err != nil {
				return nil, fmt.Errorf("cosmos: %s: tx %X: %w", c.cfg.ChainID, tx.Hash, err)
			}
			for _, ev := range evs {
				ch := ev.Packet.SourceChannel
				if kind == WriteAck || kind == RecvPacket {
					ch = ev.Packet.DestinationChannel
				}
				if ev.Kind == kind && ch == channel && want[ev.Packet.Sequence] {
					out = append(out, ev)
					delete(want, ev.Packet.Sequence)
				}
			}
		}
	}
	return out, nil
}
