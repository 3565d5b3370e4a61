package link

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	gogoproto "github.com/cosmos/gogoproto/proto"
	icacontrollertypes "github.com/cosmos/ibc-go/v8/modules/apps/27-interchain-accounts/controller/types"
	icatypes "github.com/cosmos/ibc-go/v8/modules/apps/27-interchain-accounts/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

const pass = "e2e keyring passphrase"

type testChain struct {
	net     *devnet.SimdChain
	relayer *cosmos.Chain // signs with the relayer key
	user    *cosmos.Chain // signs with the user key
}

func startChains(t *testing.T, ids ...string) []*testChain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	out := make([]*testChain, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func(i int, id string) {
			defer wg.Done()
			s, err := devnet.StartSimd(ctx, devnet.SimdOptions{ChainID: id})
			if err != nil {
				errs[i] = err
				return
			}
			out[i] = &testChain{net: s}
		}(i, id)
	}
	wg.Wait()
	for i := range out {
		if out[i] != nil {
			s := out[i].net
			t.Cleanup(func() { s.Close() })
		}
	}
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range out {
		cdc, err := cosmos.NewCodec("cosmos")
		if err != nil {
			t.Fatal(err)
		}
		kr, err := cosmos.OpenKeyring(t.TempDir(), pass, cdc)
		if err != nil {
			t.Fatal(err)
		}
		for _, acc := range []devnet.SimdAccount{tc.net.Relayer, tc.net.User} {
			if _, err := cosmos.RestoreKey(kr, cdc, acc.Name, acc.Mnemonic); err != nil {
				t.Fatal(err)
			}
		}
		for _, k := range []struct {
			name string
			dst  **cosmos.Chain
		}{{"relayer", &tc.relayer}, {"user", &tc.user}} {
			c, err := cosmos.New(cosmos.Config{ChainID: tc.net.ChainID, RPC: tc.net.RPC(), Keyring: kr, Key: k.name, PollInterval: 200 * time.Millisecond, SimulateSample: 10})
			if err != nil {
				t.Fatal(err)
			}
			*k.dst = c
		}
	}
	return out
}

func newEnd(t *testing.T, ctx context.Context, tc *testChain) *End {
	t.Helper()
	v, err := NewVerifier(ctx, tc.relayer, lctm.Params{TrustingPeriod: 20 * time.Minute, MaxClockDrift: 10 * time.Second}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &End{Chain: tc.relayer, Verifier: v}
}

// lyingChain serves packet-commitment proofs with one bit flipped, as a
// compromised RPC node would.
type lyingChain struct{ *cosmos.Chain }

func (l lyingChain) QueryProven(ctx context.Context, path string, h int64) (*cosmos.Proven, error) {
	p, err := l.Chain.QueryProven(ctx, path, h)
	if err == nil && strings.HasPrefix(path, host.KeyPacketCommitmentPrefix+"/") {
		p.Proof[len(p.Proof)/2] ^= 0x01
	}
	return p, err
}

func (l lyingChain) QueryProvenBatch(ctx context.Context, paths []string, h int64) ([]*cosmos.Proven, error) {
	ps, err := l.Chain.QueryProvenBatch(ctx, paths, h)
	for i := range ps {
		if err == nil && strings.HasPrefix(paths[i], host.KeyPacketCommitmentPrefix+"/") {
			ps[i].Proof[len(ps[i].Proof)/2] ^= 0x01
		}
	}
	return ps, err
}

func balance(t *testing.T, ctx context.Context, c *cosmos.Chain, addr, denom string) int64 {
	t.Helper()
	b, err := c.Balance(ctx, addr, denom)
	if err != nil {
		t.Fatal(err)
	}
	return b.Amount.Int64()
}

func clientHeight(t *testing.T, ctx context.Context, e *End) uint64 {
	t.Helper()
	v, err := e.Chain.Query(ctx, host.FullClientStatePath(e.ClientID))
	if err != nil {
		t.Fatal(err)
	}
	cs, err := clienttypes.UnmarshalClientState(e.Chain.Codec().Marshaler, v)
	if err != nil {
		t.Fatal(err)
	}
	return cs.(*ibctm.ClientState).LatestHeight.RevisionHeight
}

func transfer(t *testing.T, ctx context.Context, from *testChain, channel, receiver string, amount int64, timeout time.Duration) channeltypes.Packet {
	t.Helper()
	msg := transfertypes.NewMsgTransfer("transfer", channel, sdk.NewInt64Coin("token", amount), from.net.User.Address, receiver,
		clienttypes.ZeroHeight(), uint64(time.Now().Add(timeout).UnixNano()), "")
	res, err := from.user.SendMsgs(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := cosmos.ParsePacketEvents(res.Height, res.Hash, res.Events)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if ev.Kind == cosmos.SendPacket {
			// The block follower sees the same event.
			be, err := from.relayer.BlockPacketEvents(ctx, res.Height)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, b := range be.Events {
				found = found || (b.Kind == cosmos.SendPacket && b.Packet.Sequence == ev.Packet.Sequence && b.TxHash == res.Hash)
			}
			if !found {
				t.Fatalf("send_packet %d not in block %d's events", ev.Packet.Sequence, res.Height)
			}
			return ev.Packet
		}
	}
	t.Fatal("transfer emitted no send_packet")
	return channeltypes.Packet{}
}

func TestLinkTransferAckTimeoutOrderedAndLyingProof(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two simd chains")
	}
	chains := startChains(t, "alpha-1", "beta-1")
	ca, cb := chains[0], chains[1]
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	a, b := newEnd(t, ctx, ca), newEnd(t, ctx, cb)

	res, err := Link(ctx, a, b, Options{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("linked: %+v", res)
	if res.A.ChannelID == "" || res.B.ChannelID == "" || res.A.ConnectionID == "" || res.B.ClientID == "" {
		t.Fatalf("incomplete ids: %+v", res)
	}
	// Linking again with only the client ids resumes from chain state: the
	// same connection and channel are found, nothing new is created.
	a2 := &End{Chain: a.Chain, Verifier: a.Verifier, ClientID: a.ClientID, ChannelID: a.ChannelID}
	b2 := &End{Chain: b.Chain, Verifier: b.Verifier, ClientID: b.ClientID, ChannelID: b.ChannelID}
	res2, err := Link(ctx, a2, b2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if *res2 != *res {
		t.Fatalf("resumed link gave %+v, want %+v", res2, res)
	}

	// A channel handshake interrupted after ChannelOpenInit (ids lost) is
	// found and completed, not started again.
	ha := &End{Chain: a.Chain, Verifier: a.Verifier, ClientID: a.ClientID, ConnectionID: a.ConnectionID, PortID: "transfer"}
	hb := &End{Chain: b.Chain, Verifier: b.Verifier, ClientID: b.ClientID, ConnectionID: b.ConnectionID, PortID: "transfer"}
	o := Options{}
	o.defaults()
	if err := chanInit(ctx, ha, hb, o); err != nil {
		t.Fatal(err)
	}
	halfOpen := ha.ChannelID
	resA := &End{Chain: a.Chain, Verifier: a.Verifier, ClientID: a.ClientID, ConnectionID: a.ConnectionID}
	resB := &End{Chain: b.Chain, Verifier: b.Verifier, ClientID: b.ClientID, ConnectionID: b.ConnectionID}
	rres, err := Link(ctx, resA, resB, Options{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	if rres.A.ChannelID != halfOpen {
		t.Fatalf("resumed link opened %s, want the half-open %s", rres.A.ChannelID, halfOpen)
	}

	ci, err := Client(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if ci.CounterpartyID != "alpha-1" || ci.Frozen || ci.TrustingPeriod != 20*time.Minute ||
		ci.TimeLeft(time.Now()) <= 0 || ci.TimeLeft(time.Now()) > 20*time.Minute {
		t.Fatalf("client info %+v, time left %s", ci, ci.TimeLeft(time.Now()))
	}

	// ICS-20 transfer A -> B.
	userA, userB := ca.net.User.Address, cb.net.User.Address
	beforeA := balance(t, ctx, ca.relayer, userA, "token")
	pkt := transfer(t, ctx, ca, a.ChannelID, userB, 1000, 10*time.Minute)
	if pkt.Sequence != 1 || pkt.DestinationChannel != b.ChannelID {
		t.Fatalf("packet %+v", pkt)
	}
	recordFixture(t, ctx, ca.relayer, pkt)
	voucher := transfertypes.ParseDenomTrace(fmt.Sprintf("transfer/%s/token", b.ChannelID)).IBCDenom()

	// A lying RPC on A: the flipped proof is refused before anything is sent.
	clientBefore := clientHeight(t, ctx, b)
	liar := &End{Chain: lyingChain{ca.relayer}, Verifier: a.Verifier, ClientID: a.ClientID, ConnectionID: a.ConnectionID, PortID: a.PortID, ChannelID: a.ChannelID}
	_, err = RecvPackets(ctx, liar, b, []channeltypes.Packet{pkt})
	if !errors.Is(err, lctm.ErrProof) {
		t.Fatalf("lying proof: got %v, want lightclients/tendermint.ErrProof", err)
	}
	t.Logf("lying proof refused: %v", err)
	if got := balance(t, ctx, cb.relayer, userB, voucher); got != 0 {
		t.Fatalf("voucher minted from a lying proof: %d", got)
	}
	if got := clientHeight(t, ctx, b); got != clientBefore {
		t.Fatalf("client on B moved %d -> %d: something was submitted", clientBefore, got)
	}

	// Honest relay: update client + recv on B.
	rb, err := RecvPackets(ctx, a, b, []channeltypes.Packet{pkt})
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Relayed) != 1 || len(rb.Txs) == 0 {
		t.Fatalf("recv batch %+v", rb)
	}
	if got := balance(t, ctx, cb.relayer, userB, voucher); got != 1000 {
		t.Fatalf("user on B holds %d %s, want 1000", got, voucher)
	}
	if got := balance(t, ctx, ca.relayer, userA, "token"); beforeA-got != 1000 {
		t.Fatalf("user on A paid %d token, want 1000", beforeA-got)
	}
	// Relaying again is skipped: B already has the receipt.
	again, err := RecvPackets(ctx, a, b, []channeltypes.Packet{pkt})
	if err != nil || len(again.Txs) != 0 || len(again.Skipped) != 1 {
		t.Fatalf("second relay: %+v %v", again, err)
	}

	// The ack back to A.
	evs, err := relayTxEvents(ctx, cb.relayer, rb.Txs[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	var acks []cosmos.PacketEvent
	for _, ev := range evs {
		if ev.Kind == cosmos.WriteAck {
			acks = append(acks, ev)
		}
	}
	if len(acks) != 1 || !strings.Contains(string(acks[0].Ack), "result") {
		t.Fatalf("write_acknowledgement events %+v", acks)
	}
	ab, err := AckPackets(ctx, b, a, acks)
	if err != nil {
		t.Fatal(err)
	}
	ackEvs, err := relayTxEvents(ctx, ca.relayer, ab.Txs[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ackEvs) != 1 || ackEvs[0].Kind != cosmos.AcknowledgePacket || ackEvs[0].Packet.Sequence != 1 {
		t.Fatalf("ack tx events %+v", ackEvs)
	}
	pc, err := ca.relayer.Query(ctx, host.PacketCommitmentPath("transfer", a.ChannelID, 1))
	if err != nil {
		t.Fatal(err)
	}
	if len(pc) != 0 {
		t.Fatal("packet commitment still on A after the ack")
	}

	// A batch: 40 transfers in one transaction, relayed in one transaction
	// and acknowledged in one transaction.
	const n = 40
	var batchMsgs []sdk.Msg
	for i := 0; i < n; i++ {
		batchMsgs = append(batchMsgs, transfertypes.NewMsgTransfer("transfer", a.ChannelID, sdk.NewInt64Coin("token", 1), userA, userB,
			clienttypes.ZeroHeight(), uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
	}
	br, err := ca.user.SendMsgs(ctx, batchMsgs...)
	if err != nil {
		t.Fatal(err)
	}
	sentEvs, err := cosmos.ParsePacketEvents(br.Height, br.Hash, br.Events)
	if err != nil {
		t.Fatal(err)
	}
	var batch []channeltypes.Packet
	for _, ev := range sentEvs {
		if ev.Kind == cosmos.SendPacket {
			batch = append(batch, ev.Packet)
		}
	}
	if len(batch) != n {
		t.Fatalf("%d send_packet events, want %d", len(batch), n)
	}
	beforeBatch := balance(t, ctx, cb.relayer, userB, voucher)
	rbb, err := RecvPackets(ctx, a, b, batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(rbb.Relayed) != n {
		t.Fatalf("relayed %d of %d", len(rbb.Relayed), n)
	}
	if got := balance(t, ctx, cb.relayer, userB, voucher) - beforeBatch; got != n {
		t.Fatalf("batch minted %d vouchers, want %d", got, n)
	}
	wacks, err := relayTxEvents(ctx, cb.relayer, rbb.Txs[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	// The adapter's lean block decoding finds exactly what CometBFT's full
	// decoding finds, on the send block and on the receipt block.
	checkBlockPacketEvents(t, ctx, ca, br.Height, n)
	checkBlockPacketEvents(t, ctx, cb, rbb.Txs[0].Tx.Height, 2*n)
	var batchAcks []cosmos.PacketEvent
	for _, ev := range wacks {
		if ev.Kind == cosmos.WriteAck {
			batchAcks = append(batchAcks, ev)
		}
	}
	abb, err := AckPackets(ctx, b, a, batchAcks)
	if err != nil {
		t.Fatal(err)
	}
	if len(abb.Relayed) != n {
		t.Fatalf("acked %d of %d", len(abb.Relayed), n)
	}
	t.Logf("batch of %d: recv tx gas %d, ack tx gas %d", n, rbb.Txs[0].Tx.GasUsed, abb.Txs[0].Tx.GasUsed)

	// A transfer that times out: never relayed, then timed out on A with a
	// proof of non-receipt from B; the sender is refunded.
	beforeTimeout := balance(t, ctx, ca.relayer, userA, "token")
	late := transfer(t, ctx, ca, a.ChannelID, userB, 77, 2*time.Second)
	if got := balance(t, ctx, ca.relayer, userA, "token"); beforeTimeout-got != 77 {
		t.Fatalf("escrowed %d, want 77", beforeTimeout-got)
	}
	deadline := time.Unix(0, int64(late.TimeoutTimestamp))
	for {
		lb, err := b.Verifier.Latest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if lb.Time.After(deadline) {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	tb, err := TimeoutPackets(ctx, a, b, []channeltypes.Packet{late})
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Relayed) != 1 || len(tb.Txs) == 0 {
		t.Fatalf("timeout batch %+v", tb)
	}
	if got := balance(t, ctx, ca.relayer, userA, "token"); got != beforeTimeout {
		t.Fatalf("after timeout user on A has %d token, want the refund back to %d", got, beforeTimeout)
	}
	if got := balance(t, ctx, cb.relayer, userB, voucher); got != 1000+n {
		t.Fatalf("timed-out packet minted vouchers on B: %d, want %d", got, 1000+n)
	}

	// An ordered channel on the same connection. ICS-20 only runs on
	// unordered channels, so the ordered path is interchain accounts
	// (ICS-27): the chain opens the channel (INIT) itself when the user
	// registers an account; Link completes the handshake from that state.
	reg := icacontrollertypes.NewMsgRegisterInterchainAccountWithOrdering(a.ConnectionID, userA,
		icatypes.NewDefaultMetadataString(a.ConnectionID, b.ConnectionID), channeltypes.ORDERED)
	rr, err := ca.user.SendMsgs(ctx, reg)
	if err != nil {
		t.Fatal(err)
	}
	oa := &End{Chain: a.Chain, Verifier: a.Verifier, ClientID: a.ClientID, ConnectionID: a.ConnectionID}
	if oa.PortID, err = eventAttr(rr.Events, channeltypes.EventTypeChannelOpenInit, channeltypes.AttributeKeyPortID); err != nil {
		t.Fatal(err)
	}
	if oa.ChannelID, err = eventAttr(rr.Events, channeltypes.EventTypeChannelOpenInit, channeltypes.AttributeKeyChannelID); err != nil {
		t.Fatal(err)
	}
	ob := &End{Chain: b.Chain, Verifier: b.Verifier, ClientID: b.ClientID, ConnectionID: b.ConnectionID, PortID: icatypes.HostPortID}
	ores, err := Link(ctx, oa, ob, Options{Order: channeltypes.ORDERED, Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ordered ICA channel: %+v", ores)
	hostCh, err := cb.relayer.Query(ctx, host.ChannelPath(ob.PortID, ob.ChannelID))
	if err != nil {
		t.Fatal(err)
	}
	var hch channeltypes.Channel
	if err := cb.relayer.Codec().Marshaler.Unmarshal(hostCh, &hch); err != nil {
		t.Fatal(err)
	}
	if hch.Ordering != channeltypes.ORDERED || hch.State != channeltypes.OPEN {
		t.Fatalf("host channel %s %s", hch.Ordering, hch.State)
	}
	md, err := icatypes.MetadataFromVersion(hch.Version)
	if err != nil {
		t.Fatal(err)
	}
	icaAddr := md.Address
	if _, err := cb.user.SendMsgs(ctx, banktypes.NewMsgSend(sdk.MustAccAddressFromBech32(userB), sdk.MustAccAddressFromBech32(icaAddr),
		sdk.NewCoins(sdk.NewInt64Coin("token", 100)))); err != nil {
		t.Fatal(err)
	}
	icaSend := func(amount int64, timeout time.Duration) *icacontrollertypes.MsgSendTx {
		data, err := icatypes.SerializeCosmosTx(ca.relayer.Codec().Marshaler, []gogoproto.Message{
			banktypes.NewMsgSend(sdk.MustAccAddressFromBech32(icaAddr), sdk.MustAccAddressFromBech32(userB), sdk.NewCoins(sdk.NewInt64Coin("token", amount)))},
			icatypes.EncodingProtobuf)
		if err != nil {
			t.Fatal(err)
		}
		return icacontrollertypes.NewMsgSendTx(userA, a.ConnectionID, uint64(timeout.Nanoseconds()),
			icatypes.InterchainAccountPacketData{Type: icatypes.EXECUTE_TX, Data: data})
	}
	sr, err := ca.user.SendMsgs(ctx, icaSend(5, 10*time.Minute), icaSend(6, 10*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	sent, err := cosmos.ParsePacketEvents(sr.Height, sr.Hash, sr.Events)
	if err != nil || len(sent) != 2 || sent[0].Ordering != channeltypes.ORDERED.String() {
		t.Fatalf("ICA send_packet events %+v %v", sent, err)
	}
	beforeICA := balance(t, ctx, cb.relayer, userB, "token")
	ob2, err := RecvPackets(ctx, oa, ob, []channeltypes.Packet{sent[0].Packet, sent[1].Packet})
	if err != nil {
		t.Fatal(err)
	}
	recvEvs, err := relayTxEvents(ctx, cb.relayer, ob2.Txs[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	var order []uint64
	var oacks []cosmos.PacketEvent
	for _, ev := range recvEvs {
		switch ev.Kind {
		case cosmos.RecvPacket:
			order = append(order, ev.Packet.Sequence)
		case cosmos.WriteAck:
			oacks = append(oacks, ev)
		}
	}
	if len(order) != 2 || order[0] != 1 || order[1] != 2 {
		t.Fatalf("ordered recv sequence %v, want [1 2]", order)
	}
	nsr, err := cb.relayer.Query(ctx, host.NextSequenceRecvPath(ob.PortID, ob.ChannelID))
	if err != nil || sdk.BigEndianToUint64(nsr) != 3 {
		t.Fatalf("next sequence recv on B = %x (%v), want 3", nsr, err)
	}
	if got := balance(t, ctx, cb.relayer, userB, "token") - beforeICA; got != 11 {
		t.Fatalf("interchain account paid user B %d token, want 11", got)
	}
	if _, err := AckPackets(ctx, ob, oa, oacks); err != nil {
		t.Fatal(err)
	}
	tr, err := ca.user.SendMsgs(ctx, icaSend(7, 2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	late3, err := cosmos.ParsePacketEvents(tr.Height, tr.Hash, tr.Events)
	if err != nil || len(late3) != 1 {
		t.Fatalf("ICA send_packet %+v %v", late3, err)
	}
	deadline = time.Unix(0, int64(late3[0].Packet.TimeoutTimestamp))
	for {
		lb, err := ob.Verifier.Latest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if lb.Time.After(deadline) {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	ot, err := TimeoutPackets(ctx, oa, ob, []channeltypes.Packet{late3[0].Packet})
	if err != nil {
		t.Fatal(err)
	}
	if len(ot.Relayed) != 1 {
		t.Fatalf("ordered timeout batch %+v", ot)
	}
	chv, err := ca.relayer.Query(ctx, host.ChannelPath(oa.PortID, oa.ChannelID))
	if err != nil {
		t.Fatal(err)
	}
	var och channeltypes.Channel
	if err := ca.relayer.Codec().Marshaler.Unmarshal(chv, &och); err != nil {
		t.Fatal(err)
	}
	if och.State != channeltypes.CLOSED {
		t.Fatalf("ordered channel on A is %s after a timeout, want CLOSED", och.State)
	}
}

// relayTxEvents reads the packet events of a relay transaction: relay calls
// submit without decoding events (Tx.Events is nil), so they are read from
// the chain by hash.
func relayTxEvents(ctx context.Context, c *cosmos.Chain, tx *cosmos.TxResult) ([]cosmos.PacketEvent, error) {
	if tx == nil {
		return nil, fmt.Errorf("no relay transaction")
	}
	if tx.Events != nil {
		return nil, fmt.Errorf("relay tx %s carries %d decoded events; relay calls should skip them", tx.Hash, len(tx.Events))
	}
	full, err := c.WaitTx(ctx, tx.Hash)
	if err != nil {
		return nil, err
	}
	if full.Height != tx.Height || full.GasUsed != tx.GasUsed || full.Code != tx.Code {
		return nil, fmt.Errorf("relay tx %s: lean result %+v differs from the full one %+v", tx.Hash, tx, full)
	}
	return cosmos.ParsePacketEvents(full.Height, full.Hash, full.Events)
}

// checkBlockPacketEvents compares the adapter's BlockPacketEvents at height
// h with the packet events parsed from CometBFT's fully decoded
// block_results and block, and wants at least atLeast events.
func checkBlockPacketEvents(t *testing.T, ctx context.Context, tc *testChain, h int64, atLeast int) {
	t.Helper()
	got, err := tc.relayer.BlockPacketEvents(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := rpchttp.New(tc.net.RPC(), "/websocket")
	if err != nil {
		t.Fatal(err)
	}
	res, err := cl.BlockResults(ctx, &h)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := cl.Block(ctx, &h)
	if err != nil {
		t.Fatal(err)
	}
	want := &cosmos.BlockEvents{Height: h}
	for i, tx := range res.TxsResults {
		if tx.Code != 0 {
			continue
		}
		evs, err := cosmos.ParsePacketEvents(h, fmt.Sprintf("%X", blk.Block.Txs[i].Hash()), tx.Events)
		if err != nil {
			t.Fatal(err)
		}
		want.Events = append(want.Events, evs...)
	}
	evs, err := cosmos.ParsePacketEvents(h, "", res.FinalizeBlockEvents)
	if err != nil {
		t.Fatal(err)
	}
	want.Events = append(want.Events, evs...)
	if len(want.Events) < atLeast {
		t.Fatalf("block %d of %s: %d packet events, want at least %d", h, tc.net.ChainID, len(want.Events), atLeast)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("block %d of %s: lean decoding\n%+v\nfull decoding\n%+v", h, tc.net.ChainID, got, want)
	}
}
