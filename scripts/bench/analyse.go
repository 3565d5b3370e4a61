package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"

	"github.com/causewaylabs/causeway/relayer/link"
)

const (
	actionRecv   = "/ibc.core.channel.v1.MsgRecvPacket"
	actionAck    = "/ibc.core.channel.v1.MsgAcknowledgement"
	actionUpdate = "/ibc.core.client.v1.MsgUpdateClient"
)

// relayTx is one relay transaction found on a chain.
type relayTx struct {
	height  int64
	gasUsed int64
	msgs    int            // messages (actions) in the transaction
	seqs    map[uint64]int // packet sequence -> count of the wanted packet event
}

// chainReader reads blocks and transactions of one chain over CometBFT RPC.
type chainReader struct {
	id    string
	rpc   *rpchttp.HTTP
	times map[int64]time.Time
}

func newReader(id, addr string) (*chainReader, error) {
	c, err := rpchttp.New(addr, "/websocket")
	if err != nil {
		return nil, fmt.Errorf("rpc client for %s: %w", id, err)
	}
	return &chainReader{id: id, rpc: c, times: map[int64]time.Time{}}, nil
}

func (r *chainReader) blockTime(ctx context.Context, h int64) (time.Time, error) {
	if t, ok := r.times[h]; ok {
		return t, nil
	}
	res, err := r.rpc.Header(ctx, &h)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s header %d: %w", r.id, h, err)
	}
	r.times[h] = res.Header.Time
	return res.Header.Time, nil
}

// scan reads block_results of heights from..to and returns the
// transactions containing action whose packet events of type evType name
// channel under chanKey, and the gas used by all transactions per height.
// (tx_search is not used: CometBFT's kv indexer takes minutes to answer it
// once thousands of messages share one message.action value.)
func (r *chainReader) scan(ctx context.Context, from, to int64, action, evType, chanKey, channel string) ([]relayTx, map[int64]int64, error) {
	var out []relayTx
	gas := map[int64]int64{}
	for h := from; h <= to; h++ {
		var br *coretypes.ResultBlockResults
		var err error
		for attempt := 0; attempt < 3; attempt++ {
			if br, err = r.rpc.BlockResults(ctx, &h); err == nil {
				break
			}
			time.Sleep(time.Second)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s block results %d: %w", r.id, h, err)
		}
		for _, tx := range br.TxsResults {
			gas[h] += tx.GasUsed
			if tx.Code != 0 || !hasAction(tx.Events, action) {
				continue
			}
			rt := relayTx{height: h, gasUsed: tx.GasUsed, msgs: countActions(tx.Events), seqs: map[uint64]int{}}
			for _, ev := range tx.Events {
				if ev.Type != evType {
					continue
				}
				var seq uint64
				var ch string
				for _, a := range ev.Attributes {
					switch a.Key {
					case "packet_sequence":
						seq, _ = strconv.ParseUint(a.Value, 10, 64)
					case chanKey:
						ch = a.Value
					}
				}
				if ch == channel {
					rt.seqs[seq]++
				}
			}
			out = append(out, rt)
		}
	}
	return out, gas, nil
}

func hasAction(evs []abci.Event, action string) bool {
	for _, ev := range evs {
		if ev.Type != "message" {
			continue
		}
		for _, a := range ev.Attributes {
			if a.Key == "action" && a.Value == action {
				return true
			}
		}
	}
	return false
}

func countActions(evs []abci.Event) int {
	n := 0
	for _, ev := range evs {
		if ev.Type != "message" {
			continue
		}
		for _, a := range ev.Attributes {
			if a.Key == "action" {
				n++
			}
		}
	}
	return n
}

// analyse reads both chains after the run and fills res.
func analyse(ctx context.Context, res *Result, a, b *chain, ln *link.Result, sends []sendTx, dstStart, srcEnd, dstEnd int64) error {
	src, err := newReader(a.net.ChainID, a.net.RPC())
	if err != nil {
		return err
	}
	dst, err := newReader(b.net.ChainID, b.net.RPC())
	if err != nil {
		return err
	}
	sentAt, err := sendIndex(res, sends)
	if err != nil {
		return err
	}
	recvTxs, dstGas, err := dst.scan(ctx, dstStart, dstEnd, actionRecv, "recv_packet", "packet_dst_channel", ln.B.ChannelID)
	if err != nil {
		return err
	}
	maxAck, err := src.acks(ctx, res, sentAt, srcEnd, ln.A.ChannelID)
	if err != nil {
		return err
	}
	recvAt := map[uint64]int64{}
	var maxRecv, minRecv int64
	for _, t := range recvTxs {
		for q, c := range t.seqs {
			if _, ok := sentAt[q]; !ok {
				continue
			}
			res.RecvEvents += c
			if h, ok := recvAt[q]; !ok || t.height < h {
				recvAt[q] = t.height
			}
		}
		if len(t.seqs) > 0 {
			maxRecv = max(maxRecv, t.height)
			if minRecv == 0 || t.height < minRecv {
				minRecv = t.height
			}
		}
	}
	if len(recvAt) != res.N {
		return fmt.Errorf("%s shows recv_packet for %d of %d packets", b.net.ChainID, len(recvAt), res.N)
	}

	// Destination block times from before the first send to the last receipt.
	var dstTimes []time.Time // index h - dstStart
	for h := dstStart; h <= maxRecv; h++ {
		t, err := dst.blockTime(ctx, h)
		if err != nil {
			return err
		}
		dstTimes = append(dstTimes, t)
	}
	dstHeightAt := func(t time.Time) int64 {
		i := sort.Search(len(dstTimes), func(i int) bool { return dstTimes[i].After(t) })
		return dstStart + int64(i) - 1 // last destination block at or before t
	}
	lastRecv, err := dst.blockTime(ctx, maxRecv)
	if err != nil {
		return err
	}
	err = timing(ctx, res, src, sentAt, maxAck, lastRecv, func(q uint64, sent time.Time) (time.Time, int64) {
		hr := recvAt[q]
		tr, _ := dst.blockTime(ctx, hr)
		return tr, hr - dstHeightAt(sent)
	})
	if err != nil {
		return err
	}

	// Messages per relay transaction, as the chains saw them.
	var recvMsgs, recvN int
	for _, t := range recvTxs {
		if len(t.seqs) > 0 {
			recvMsgs += t.msgs
			recvN++
		}
	}
	res.RecvTxs = recvN
	if recvN > 0 {
		res.MsgsPerRecvTx = float64(recvMsgs) / float64(recvN)
	}

	// Gas: destination blocks from the first to the last receipt block.
	relayGas, relayTxs := map[int64]int64{}, map[int64]int{}
	for _, t := range recvTxs {
		if len(t.seqs) > 0 {
			relayGas[t.height] += t.gasUsed
			relayTxs[t.height]++
		}
	}
	g := &res.Gas
	g.FromHeight, g.ToHeight = minRecv, maxRecv
	for h := minRecv; h <= maxRecv; h++ {
		g.block(dstGas[h], relayGas[h], relayTxs[h])
	}
	cp, err := dst.rpc.ConsensusParams(ctx, &maxRecv)
	if err != nil {
		return fmt.Errorf("%s consensus params: %w", b.net.ChainID, err)
	}
	g.BlockMaxGas = cp.ConsensusParams.Block.MaxGas
	g.BlockMaxBytes = cp.ConsensusParams.Block.MaxBytes
	g.shares()
	if recvMsgs > 0 {
		g.GasPerRecvMsg = float64(g.RelayGas) / float64(res.N)
	}
	return nil
}

// sendIndex maps each sent sequence to its send height, records the send
// heights, and checks that every transfer emitted a packet.
func sendIndex(res *Result, sends []sendTx) (map[uint64]int64, error) {
	sentAt := map[uint64]int64{}
	for _, s := range sends {
		for _, q := range s.Seqs {
			sentAt[q] = s.Height
		}
		res.SendHeights = append(res.SendHeights, s.Height)
	}
	if len(sentAt) != res.N {
		return nil, fmt.Errorf("send transactions emitted %d send_packet events for %d transfers", len(sentAt), res.N)
	}
	return sentAt, nil
}

// acks reads the source's acknowledgement transactions on channel from the
// first send to srcEnd, checks that every sent packet was acknowledged,
// records the ack transactions and their messages, and returns the height
// of the last acknowledgement.
func (r *chainReader) acks(ctx context.Context, res *Result, sentAt map[uint64]int64, srcEnd int64, channel string) (int64, error) {
	txs, _, err := r.scan(ctx, res.SendHeights[0], srcEnd, actionAck, "acknowledge_packet", "packet_src_channel", channel)
	if err != nil {
		return 0, err
	}
	var maxAck int64
	var msgs int
	seen := map[uint64]bool{}
	for _, t := range txs {
		if len(t.seqs) == 0 {
			continue
		}
		res.AckTxs++
		msgs += t.msgs
		for q := range t.seqs {
			if _, ok := sentAt[q]; ok {
				seen[q] = true
				maxAck = max(maxAck, t.height)
			}
		}
	}
	if len(seen) != res.N {
		return 0, fmt.Errorf("%s shows acknowledge_packet for %d of %d packets", r.id, len(seen), res.N)
	}
	if res.AckTxs > 0 {
		res.MsgsPerAckTx = float64(msgs) / float64(res.AckTxs)
	}
	return maxAck, nil
}

// timing fills throughput (from the first send block to the last receipt
// and the last ack) and the latency percentiles; recv gives a packet's
// receipt block time and its latency in destination blocks.
func timing(ctx context.Context, res *Result, src *chainReader, sentAt map[uint64]int64, maxAck int64, lastRecv time.Time,
	recv func(seq uint64, sent time.Time) (time.Time, int64)) error {
	firstSend, err := src.blockTime(ctx, res.SendHeights[0])
	if err != nil {
		return err
	}
	lastAck, err := src.blockTime(ctx, maxAck)
	if err != nil {
		return err
	}
	res.RecvSeconds = lastRecv.Sub(firstSend).Seconds()
	res.AckSeconds = lastAck.Sub(firstSend).Seconds()
	if res.RecvSeconds > 0 {
		res.RecvPerSecond = float64(res.N) / res.RecvSeconds
	}
	if res.AckSeconds > 0 {
		res.AckPerSecond = float64(res.N) / res.AckSeconds
	}
	var secs, blocks []float64
	for q, hs := range sentAt {
		ts, err := src.blockTime(ctx, hs)
		if err != nil {
			return err
		}
		tr, b := recv(q, ts)
		secs = append(secs, tr.Sub(ts).Seconds())
		blocks = append(blocks, float64(b))
	}
	res.LatencySeconds = percentiles(secs)
	res.LatencyBlocks = percentiles(blocks)
	return nil
}

// Pct are percentiles of a sample.
type Pct struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	Max float64 `json:"max"`
}

func percentiles(v []float64) Pct {
	if len(v) == 0 {
		return Pct{}
	}
	sort.Float64s(v)
	at := func(p int) float64 {
		i := (len(v)*p+99)/100 - 1
		return v[max(i, 0)]
	}
	return Pct{P50: at(50), P95: at(95), Max: v[len(v)-1]}
}
