package link

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/cosmos"
)

// TestLargeBatch sends CAUSEWAY_BATCH (e.g. 1000) ICS-20 transfers in one
// transaction and relays them with one RecvPackets and one AckPackets call,
// logging the time from the send block to the ack and the gas used. It is a
// measurement, skipped unless CAUSEWAY_BATCH is set.
func TestLargeBatch(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("CAUSEWAY_BATCH"))
	if n <= 0 {
		t.Skip("set CAUSEWAY_BATCH=N to measure an N-packet batch")
	}
	chains := startChains(t, "big-a-1", "big-b-1")
	ca, cb := chains[0], chains[1]
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	a, b := newEnd(t, ctx, ca), newEnd(t, ctx, cb)
	if _, err := Link(ctx, a, b, Options{}); err != nil {
		t.Fatal(err)
	}
	var msgs []sdk.Msg
	for i := 0; i < n; i++ {
		msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", a.ChannelID, sdk.NewInt64Coin("token", 1), ca.net.User.Address,
			cb.net.User.Address, clienttypes.ZeroHeight(), uint64(time.Now().Add(30*time.Minute).UnixNano()), ""))
	}
	sent, err := ca.user.SendMsgs(ctx, msgs...)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	evs, err := cosmos.ParsePacketEvents(sent.Height, sent.Hash, sent.Events)
	if err != nil {
		t.Fatal(err)
	}
	var packets []channeltypes.Packet
	for _, ev := range evs {
		if ev.Kind == cosmos.SendPacket {
			packets = append(packets, ev.Packet)
		}
	}
	if os.Getenv("CAUSEWAY_BATCH_PHASES") != "" {
		t0 := time.Now()
		todo, _, err := unreceived(ctx, b, packets)
		if err != nil {
			t.Fatal(err)
		}
		t1 := time.Now()
		upd, lb, err := UpdateClient(ctx, b, a)
		if err != nil {
			t.Fatal(err)
		}
		t2 := time.Now()
		msgs := make([]sdk.Msg, 1+len(todo))
		msgs[0] = upd
		paths := make([]string, len(todo))
		for i, p := range todo {
			paths[i] = "commitments/ports/" + p.SourcePort + "/channels/" + p.SourceChannel + "/sequences/" + strconv.FormatUint(p.Sequence, 10)
		}
		proofs, err := ProveAllExist(ctx, a.Chain, lb, paths)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range todo {
			msgs[1+i] = channeltypes.NewMsgRecvPacket(p, proofs[i].Proof, proofs[i].ProofHeight, b.Chain.Address())
		}
		t3 := time.Now()
		gas, err := cb.relayer.Simulate(ctx, msgs...)
		if err != nil {
			t.Fatal(err)
		}
		t4 := time.Now()
		t.Logf("phases: unreceived %s, update client %s, %d proofs %s, simulate %s (gas %d)", t1.Sub(t0), t2.Sub(t1), len(todo), t3.Sub(t2), t4.Sub(t3), gas)
	}
	rb, err := RecvPackets(ctx, a, b, packets)
	if err != nil {
		t.Fatal(err)
	}
	recvDone := time.Since(start)
	wevs, err := relayTxEvents(ctx, cb.relayer, rb.Txs[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	var acks []cosmos.PacketEvent
	for _, ev := range wevs {
		if ev.Kind == cosmos.WriteAck {
			acks = append(acks, ev)
		}
	}
	ab, err := AckPackets(ctx, b, a, acks)
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Relayed) != n || len(ab.Relayed) != n {
		t.Fatalf("relayed %d, acked %d of %d", len(rb.Relayed), len(ab.Relayed), n)
	}
	voucher := transfertypes.ParseDenomTrace("transfer/" + b.ChannelID + "/token").IBCDenom()
	if got := balance(t, ctx, cb.relayer, cb.net.User.Address, voucher); got != int64(n) {
		t.Fatalf("vouchers %d, want %d", got, n)
	}
	t.Logf("%d packets: send gas %d; received %s after the send tx was seen (recv tx gas %d, height %d); acknowledged %s after (ack tx gas %d)",
		n, sent.GasUsed, recvDone, rb.Txs[0].Tx.GasUsed, rb.Txs[0].Tx.Height, time.Since(start), ab.Txs[0].Tx.GasUsed)
}
