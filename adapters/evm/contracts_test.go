package evm_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// cpPacket is a packet from the counterparty's transfer/channel-7 to our transfer/channel-0.
func cpPacket(seq uint64, data []byte, timeoutTs uint64) (bindings.Packet, channeltypes.Packet) {
	p := channeltypes.NewPacket(data, seq, cpPort, cpChannel, port, channel, clienttypes.NewHeight(0, 0), timeoutTs)
	return toBinding(p), p
}

func toBinding(p channeltypes.Packet) bindings.Packet {
	return bindings.Packet{
		Sequence: p.Sequence, SourcePort: p.SourcePort, SourceChannel: p.SourceChannel,
		DestinationPort: p.DestinationPort, DestinationChannel: p.DestinationChannel, Data: p.Data,
		TimeoutHeight:    bindings.Height{RevisionNumber: p.TimeoutHeight.RevisionNumber, RevisionHeight: p.TimeoutHeight.RevisionHeight},
		TimeoutTimestamp: p.TimeoutTimestamp,
	}
}

func ibcSuccessAck() []byte {
	return channeltypes.NewResultAcknowledgement([]byte{1}).Acknowledgement()
}

// sendTransfer sends amount of token from the user and returns the packet the handler emitted.
func (e *env) sendTransfer(app *bindings.ICS20Transfer, token common.Address, amount int64, p, ch string,
	th bindings.Height, ts uint64, memo string) bindings.Packet {
	e.t.Helper()
	tx, err := app.SendTransfer(e.user, token, big.NewInt(amount), "cosmos1receiver", p, ch, th, ts, memo)
	r := e.mine(tx, err)
	for _, l := range r.Logs {
		if ev, err := e.handler.ParseSendPacket(*l); err == nil {
			return ev.Packet
		}
	}
	e.t.Fatal("no SendPacket event")
	return bindings.Packet{}
}

func (e *env) commitment(path string) common.Hash {
	e.t.Helper()
	c, err := e.handler.GetCommitment(nil, path)
	must(e.t, err)
	return c
}

func TestSendPacketEscrowsAndCommitsIbcGoBytes(t *testing.T) {
	e := newEnv(t, 5, 3)
	user := e.userAddr()
	before := balance(t, e.token, user)
	memo := "say \"hi\" <&> \n\t\u2028 é"
	pk := e.sendTransfer(e.ics20, e.tokenAddr, 1000, port, channel, bindings.Height{}, farFuture, memo)

	want := transfertypes.NewFungibleTokenPacketData("erc20/"+strings.ToLower(e.tokenAddr.Hex()), "1000",
		strings.ToLower(user.Hex()), "cosmos1receiver", memo).GetBytes()
	if !bytes.Equal(pk.Data, want) {
		t.Fatalf("packet data\n got %s\nwant %s", pk.Data, want)
	}
	if pk.Sequence != 1 || pk.DestinationPort != cpPort || pk.DestinationChannel != cpChannel {
		t.Fatalf("packet routing: %+v", pk)
	}
	ibcPacket := channeltypes.NewPacket(pk.Data, 1, port, channel, cpPort, cpChannel, clienttypes.NewHeight(0, 0), farFuture)
	wantC := common.BytesToHash(channeltypes.CommitPacket(nil, ibcPacket))
	if got := e.commitment(evm.PacketCommitmentPath(port, channel, 1)); got != wantC {
		t.Fatalf("stored commitment %s, ibc-go's %s", got, wantC)
	}
	if c := evm.CommitPacket(0, 0, farFuture, pk.Data); common.Hash(c) != wantC {
		t.Fatalf("evm.CommitPacket %x, ibc-go's %s", c, wantC)
	}
	// The storage key the relayer proves with eth_getProof holds the commitment.
	raw, err := e.client.StorageAt(context.Background(), e.handlerAddr, evm.StorageKey(evm.PacketCommitmentPath(port, channel, 1)), nil)
	must(t, err)
	if common.BytesToHash(raw) != wantC {
		t.Fatalf("storage at StorageKey = %x, want %s", raw, wantC)
	}
	if d := new(big.Int).Sub(before, balance(t, e.token, user)); d.Int64() != 1000 {
		t.Fatalf("user paid %s, want 1000", d)
	}
	if b := balance(t, e.token, e.ics20Addr); b.Int64() != 1000 {
		t.Fatalf("escrow holds %s, want 1000", b)
	}
	// Without memo the key is omitted, as ibc-go does.
	pk2 := e.sendTransfer(e.ics20, e.tokenAddr, 7, port, channel, bindings.Height{}, farFuture, "")
	want2 := transfertypes.NewFungibleTokenPacketData("erc20/"+strings.ToLower(e.tokenAddr.Hex()), "7",
		strings.ToLower(user.Hex()), "cosmos1receiver", "").GetBytes()
	if !bytes.Equal(pk2.Data, want2) || pk2.Sequence != 2 {
		t.Fatalf("packet 2 data %s seq %d, want %s seq 2", pk2.Data, pk2.Sequence, want2)
	}
}

func TestRecvIbcGoPacketMintsVoucherAndRefusesReplay(t *testing.T) {
	e := newEnv(t, 5, 3)
	user := e.userAddr()
	// Bytes produced by ibc-go's transfer code, receiver in checksummed case.
	data := transfertypes.NewFungibleTokenPacketData("uatom", "5000", "cosmos1sender", user.Hex(), "hello").GetBytes()
	bp, ip := cpPacket(1, data, farFuture)
	commitment := channeltypes.CommitPacket(nil, ip)
	tree, h := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 1), Value: commitment}}, 1)

	// A forged packet (amount changed) does not match the attested commitment.
	forged := bp
	forged.Data = transfertypes.NewFungibleTokenPacketData("uatom", "5000000", "cosmos1sender", user.Hex(), "hello").GetBytes()
	_, err := e.handler.RecvPacket(e.owner, forged, proofOf(t, tree, 0), h)
	wantRevert(t, err, "packet commitment proof failed")

	tx, err := e.handler.RecvPacket(e.owner, bp, proofOf(t, tree, 0), h)
	e.mine(tx, err)
	v := e.voucher("transfer/channel-0/uatom")
	if b, _ := v.BalanceOf(nil, user); b.Int64() != 5000 {
		t.Fatalf("voucher balance %s, want 5000", b)
	}
	if name, _ := v.Name(nil); name != "transfer/channel-0/uatom" {
		t.Fatalf("voucher name %q", name)
	}
	ackC := e.commitment(evm.PacketAcknowledgementPath(port, channel, 1))
	if want := common.BytesToHash(channeltypes.CommitAcknowledgement(ibcSuccessAck())); ackC != want {
		t.Fatalf("ack commitment %s, want sha256 of ibc-go's success ack %s", ackC, want)
	}
	if r := e.commitment(evm.PacketReceiptPath(port, channel, 1)); r != evm.StoredValue([]byte{1}) {
		t.Fatalf("receipt %s", r)
	}
	_, err = e.handler.RecvPacket(e.owner, bp, proofOf(t, tree, 0), h)
	wantRevert(t, err, "packet already received")
}

func (e *env) voucher(trace string) *bindings.Voucher {
	e.t.Helper()
	addr, err := e.ics20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte(trace)))
	must(e.t, err)
	if addr == (common.Address{}) {
		e.t.Fatalf("no voucher for %s", trace)
	}
	v, err := bindings.NewVoucher(addr, e.client)
	must(e.t, err)
	return v
}

func TestRecvBadDataWritesIbcGoErrorAck(t *testing.T) {
	e := newEnv(t, 3, 2)
	data := transfertypes.NewFungibleTokenPacketData("uatom", "10", "cosmos1sender", "cosmos1notanevmaddress", "").GetBytes()
	bp, ip := cpPacket(1, data, farFuture)
	tree, h := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 1), Value: channeltypes.CommitPacket(nil, ip)}}, 1)
	tx, err := e.handler.RecvPacket(e.owner, bp, proofOf(t, tree, 0), h)
	r := e.mine(tx, err)
	var ack []byte
	for _, l := range r.Logs {
		if ev, err := e.handler.ParseWriteAcknowledgement(*l); err == nil {
			ack = ev.Acknowledgement
		}
	}
	var a channeltypes.Acknowledgement
	if err := transfertypes.ModuleCdc.UnmarshalJSON(ack, &a); err != nil {
		t.Fatalf("ibc-go cannot read our ack %s: %v", ack, err)
	}
	if a.Success() {
		t.Fatalf("ack %s is a success, want an error ack", ack)
	}
	if want := channeltypes.NewErrorAcknowledgement(errors.New("x")).Acknowledgement(); !bytes.Equal(ack, want) {
		t.Fatalf("error ack %s, ibc-go writes %s", ack, want)
	}
}

func TestAcknowledgeSuccessAndErrorRefund(t *testing.T) {
	e := newEnv(t, 5, 3)
	user := e.userAddr()
	start := balance(t, e.token, user)
	p1 := e.sendTransfer(e.ics20, e.tokenAddr, 1000, port, channel, bindings.Height{}, farFuture, "")
	p2 := e.sendTransfer(e.ics20, e.tokenAddr, 2000, port, channel, bindings.Height{}, farFuture, "")
	okAck := ibcSuccessAck()
	errAck := channeltypes.NewErrorAcknowledgement(errors.New("receiver blocked")).Acknowledgement()
	tree, h := e.attest1([]evm.AttestationLeaf{
		{Path: evm.PacketAcknowledgementPath(cpPort, cpChannel, 1), Value: channeltypes.CommitAcknowledgement(okAck)},
		{Path: evm.PacketAcknowledgementPath(cpPort, cpChannel, 2), Value: channeltypes.CommitAcknowledgement(errAck)},
	}, 1)
	// The wrong ack for packet 1 is refused.
	_, err := e.handler.AcknowledgePacket(e.owner, p1, errAck, proofOf(t, tree, 0), h)
	wantRevert(t, err, "acknowledgement proof failed")

	tx, err := e.handler.AcknowledgePacket(e.owner, p1, okAck, proofOf(t, tree, 0), h)
	e.mine(tx, err)
	if c := e.commitment(evm.PacketCommitmentPath(port, channel, 1)); c != (common.Hash{}) {
		t.Fatalf("commitment of acknowledged packet not deleted: %s", c)
	}
	tx, err = e.handler.AcknowledgePacket(e.owner, p2, errAck, proofOf(t, tree, 1), h)
	e.mine(tx, err)
	if d := new(big.Int).Sub(start, balance(t, e.token, user)); d.Int64() != 1000 {
		t.Fatalf("user is down %s, want 1000 (2000 refunded)", d)
	}
	if b := balance(t, e.token, e.ics20Addr); b.Int64() != 1000 {
		t.Fatalf("escrow %s, want 1000", b)
	}
	_, err = e.handler.AcknowledgePacket(e.owner, p1, okAck, proofOf(t, tree, 0), h)
	wantRevert(t, err, "no commitment for packet")
}

func TestTimeoutUnorderedRefunds(t *testing.T) {
	e := newEnv(t, 5, 3)
	user := e.userAddr()
	start := balance(t, e.token, user)
	const deadline = uint64(1_700_000_000) * 1e9
	pk := e.sendTransfer(e.ics20, e.tokenAddr, 1000, port, channel, bindings.Height{}, deadline, "")
	leaf := []evm.AttestationLeaf{{Path: evm.PacketReceiptPath(cpPort, cpChannel, 1), Absent: true}}

	tree, h := e.attest1(leaf, deadline-1) // counterparty not yet past the deadline
	_, err := e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree, 0), h, 0)
	wantRevert(t, err, "has not timed out")

	// A membership leaf for the receipt path is not an absence proof.
	tree2, h2 := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketReceiptPath(cpPort, cpChannel, 1), Value: []byte{1}}}, deadline)
	_, err = e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree2, 0), h2, 0)
	wantRevert(t, err, "receipt absence proof failed")

	tree, h = e.attest1(leaf, deadline)
	tx, err := e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree, 0), h, 0)
	e.mine(tx, err)
	if b := balance(t, e.token, user); b.Cmp(start) != 0 {
		t.Fatalf("user balance %s after timeout, want %s", b, start)
	}
	if b := balance(t, e.token, e.ics20Addr); b.Sign() != 0 {
		t.Fatalf("escrow %s after refund, want 0", b)
	}
	_, err = e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree, 0), h, 0)
	wantRevert(t, err, "no commitment for packet")
}

func be8(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func TestOrderedChannelSequencesAndTimeoutCloses(t *testing.T) {
	e := newEnv(t, 5, 3)
	user := e.userAddr()
	// Receive: sequence 2 before 1 is refused, then 1 and 2 in order pass.
	mk := func(seq uint64) (bindings.Packet, []byte) {
		d := transfertypes.NewFungibleTokenPacketData("uosmo", "3", "cosmos1s", user.Hex(), "").GetBytes()
		ip := channeltypes.NewPacket(d, seq, oPort, oCpChannel, oPort, oChannel, clienttypes.NewHeight(0, 0), farFuture)
		return toBinding(ip), channeltypes.CommitPacket(nil, ip)
	}
	b1, c1 := mk(1)
	b2, c2 := mk(2)
	tree, h := e.attest1([]evm.AttestationLeaf{
		{Path: evm.PacketCommitmentPath(oPort, oCpChannel, 1), Value: c1},
		{Path: evm.PacketCommitmentPath(oPort, oCpChannel, 2), Value: c2},
	}, 1)
	_, err := e.handler.RecvPacket(e.owner, b2, proofOf(t, tree, 1), h)
	wantRevert(t, err, "next receive sequence")
	tx, err := e.handler.RecvPacket(e.owner, b1, proofOf(t, tree, 0), h)
	e.mine(tx, err)
	tx, err = e.handler.RecvPacket(e.owner, b2, proofOf(t, tree, 1), h)
	e.mine(tx, err)
	if c := e.commitment(evm.NextSequenceRecvPath(oPort, oChannel)); c != evm.StoredValue(be8(3)) {
		t.Fatalf("nextSequenceRecv commitment %s, want keccak(be8(3))", c)
	}

	// Send with a timeout height; the counterparty proves nextSequenceRecv = 1 past it.
	start := balance(t, e.token, user)
	pk := e.sendTransfer(e.ics20o, e.tokenAddr, 500, oPort, oChannel, bindings.Height{RevisionNumber: 1, RevisionHeight: 20}, 0, "")
	e.height = 25
	tree, h = e.attest1([]evm.AttestationLeaf{{Path: evm.NextSequenceRecvPath(oPort, oCpChannel), Value: be8(1)}}, 1)
	_, err = e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree, 0), h, 2)
	wantRevert(t, err, "packet was received")
	tx, err = e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree, 0), h, 1)
	e.mine(tx, err)
	ch, err := e.handler.GetChannel(nil, oPort, oChannel)
	must(t, err)
	if ch.State != 4 {
		t.Fatalf("ordered channel state %d after timeout, want CLOSED (4)", ch.State)
	}
	closed := channeltypes.NewChannel(channeltypes.CLOSED, channeltypes.ORDERED,
		channeltypes.NewCounterparty(oPort, oCpChannel), []string{connectionID}, "ics20-1")
	cb, _ := closed.Marshal()
	if c := e.commitment(evm.ChannelPath(oPort, oChannel)); c != evm.StoredValue(cb) {
		t.Fatalf("closed channel commitment %s, want keccak of ibc-go's CLOSED channel proto", c)
	}
	if b := balance(t, e.token, user); b.Cmp(start) != 0 {
		t.Fatalf("not refunded: %s vs %s", b, start)
	}
	_, err = e.ics20o.SendTransfer(e.user, e.tokenAddr, big.NewInt(1), "x", oPort, oChannel, bindings.Height{}, farFuture, "")
	wantRevert(t, err, "channel not open")
}

func TestChannelAndConnectionEndsMatchIbcGoProto(t *testing.T) {
	e := newEnv(t, 3, 2)
	want := channeltypes.NewChannel(channeltypes.OPEN, channeltypes.UNORDERED,
		channeltypes.NewCounterparty(cpPort, cpChannel), []string{connectionID}, "ics20-1")
	wb, _ := want.Marshal()
	got, err := e.handler.EncodeChannelEnd(nil, port, channel)
	must(t, err)
	if !bytes.Equal(got, wb) {
		t.Fatalf("channel proto\n got %x\nwant %x", got, wb)
	}
	if c := e.commitment(evm.ChannelPath(port, channel)); c != evm.StoredValue(wb) {
		t.Fatalf("channel commitment %s", c)
	}
	if c := e.commitment(evm.ConnectionPath(connectionID)); c != evm.StoredValue(connectionEndProto(t)) {
		t.Fatalf("connection commitment %s", c)
	}
}

func TestVoucherBurnOnSendBackAndEscrowRelease(t *testing.T) {
	e := newEnv(t, 3, 2)
	user := e.userAddr()
	// 1. Receive 5000 uatom -> voucher.
	d := transfertypes.NewFungibleTokenPacketData("uatom", "5000", "cosmos1s", user.Hex(), "").GetBytes()
	bp, ip := cpPacket(1, d, farFuture)
	// 2. Native tokens come back: first escrow 1000 by sending.
	e.sendTransfer(e.ics20, e.tokenAddr, 1000, port, channel, bindings.Height{}, farFuture, "")
	back := transfertypes.NewFungibleTokenPacketData("transfer/channel-7/erc20/"+strings.ToLower(e.tokenAddr.Hex()),
		"400", "cosmos1s", user.Hex(), "").GetBytes()
	bp2, ip2 := cpPacket(2, back, farFuture)
	greedy := transfertypes.NewFungibleTokenPacketData("transfer/channel-7/erc20/"+strings.ToLower(e.tokenAddr.Hex()),
		"1000000", "cosmos1s", user.Hex(), "").GetBytes()
	bp3, ip3 := cpPacket(3, greedy, farFuture)
	tree, h := e.attest1([]evm.AttestationLeaf{
		{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 1), Value: channeltypes.CommitPacket(nil, ip)},
		{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 2), Value: channeltypes.CommitPacket(nil, ip2)},
		{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 3), Value: channeltypes.CommitPacket(nil, ip3)},
	}, 1)
	for i, p := range []bindings.Packet{bp, bp2, bp3} {
		tx, err := e.handler.RecvPacket(e.owner, p, proofOf(t, tree, i), h)
		e.mine(tx, err)
	}
	if b := balance(t, e.token, e.ics20Addr); b.Int64() != 600 {
		t.Fatalf("escrow %s after releasing 400, want 600 (greedy packet must not drain it)", b)
	}
	if c := e.commitment(evm.PacketAcknowledgementPath(port, channel, 3)); c != common.Hash(evm.CommitAcknowledgement(
		channeltypes.NewErrorAcknowledgement(errors.New("x")).Acknowledgement())) {
		t.Fatalf("greedy packet ack %s is not the error ack", c)
	}

	// 3. Send 1200 uatom vouchers back: burned; timeout re-mints them.
	v := e.voucher("transfer/channel-0/uatom")
	vAddr, _ := e.ics20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/channel-0/uatom")))
	const deadline = uint64(1_800_000_000) * 1e9
	pk := e.sendTransfer(e.ics20, vAddr, 1200, port, channel, bindings.Height{}, deadline, "")
	var pd transfertypes.FungibleTokenPacketData
	must(t, transfertypes.ModuleCdc.UnmarshalJSON(pk.Data, &pd))
	if pd.Denom != "transfer/channel-0/uatom" || pd.Amount != "1200" {
		t.Fatalf("voucher packet data %+v", pd)
	}
	if b, _ := v.BalanceOf(nil, user); b.Int64() != 3800 {
		t.Fatalf("voucher balance %s after burn, want 3800", b)
	}
	if s, _ := v.TotalSupply(nil); s.Int64() != 3800 {
		t.Fatalf("voucher supply %s after burn, want 3800", s)
	}
	tree, h = e.attest1([]evm.AttestationLeaf{{Path: evm.PacketReceiptPath(cpPort, cpChannel, pk.Sequence), Absent: true}}, deadline)
	tx, err := e.handler.TimeoutPacket(e.owner, pk, proofOf(t, tree, 0), h, 0)
	e.mine(tx, err)
	if b, _ := v.BalanceOf(nil, user); b.Int64() != 5000 {
		t.Fatalf("voucher balance %s after timeout refund, want 5000", b)
	}
}

func TestAttestationRefusals(t *testing.T) {
	e := newEnv(t, 5, 3)
	leaves := []evm.AttestationLeaf{{Path: "commitments/ports/transfer/channels/channel-7/sequences/1", Value: []byte("x")}}
	update := func(msg []byte) error {
		_, err := e.handler.UpdateClient(e.owner, clientID, msg)
		return err
	}
	msg, _, _ := e.attestation(leaves, 1, e.opKeys[:2])
	wantRevert(t, update(msg), "fewer signatures than the threshold")

	msg, _, _ = e.attestation(leaves, 1, []*ecdsa.PrivateKey{e.opKeys[0], e.opKeys[1], e.opKeys[1]})
	wantRevert(t, update(msg), "duplicate signer")

	outsider, _ := crypto.GenerateKey()
	msg, _, _ = e.attestation(leaves, 1, []*ecdsa.PrivateKey{e.opKeys[0], e.opKeys[1], outsider})
	wantRevert(t, update(msg), "not an operator")

	// Signed for another chain id, and for another contract: the digest differs,
	// the recovered signers are not operators.
	for _, mutate := range []func(*evm.Attestation){
		func(a *evm.Attestation) { a.ChainID = big.NewInt(1) },
		func(a *evm.Attestation) { a.Client = e.handlerAddr },
		func(a *evm.Attestation) { a.OperatorSetID++ },
	} {
		tree, _ := evm.NewAttestationTree(leaves)
		a := evm.Attestation{ChainID: new(big.Int).Set(e.chainID), Client: e.attestAddr, OperatorSetID: 1,
			RevisionNumber: 1, RevisionHeight: 99, Timestamp: 1, Root: tree.Root()}
		signed := a
		mutate(&signed)
		var sigs []evm.AttestationSignature
		for _, k := range e.opKeys[:3] {
			s, err := evm.SignAttestation(signed, k)
			must(t, err)
			sigs = append(sigs, evm.AttestationSignature{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: s})
		}
		m, err := evm.AttestationClientMessage(a, sigs)
		must(t, err)
		err = update(m)
		if err == nil || !(strings.Contains(err.Error(), "not an operator") || strings.Contains(err.Error(), "strictly increasing")) {
			t.Fatalf("attestation signed for a wrong domain accepted or refused for another reason: %v", err)
		}
	}

	// A valid 3-of-5 passes; the contract's digest equals ours.
	msg, tree, h := e.attestation(leaves, 1, e.opKeys[:3])
	tx, err := e.handler.UpdateClient(e.owner, clientID, msg)
	e.mine(tx, err)
	ok, err := e.attest.VerifyMembership(nil, h, proofOf(t, tree, 0), []byte(leaves[0].Path), leaves[0].Value)
	must(t, err)
	if !ok {
		t.Fatal("attested leaf does not verify")
	}
	if ok, _ := e.attest.VerifyMembership(nil, h, proofOf(t, tree, 0), []byte(leaves[0].Path), []byte("y")); ok {
		t.Fatal("a different value verifies against the attested root")
	}

	// Rotation: the old operators' signatures no longer count.
	newKeys := make([]*ecdsa.PrivateKey, 3)
	newOps := make([]common.Address, 3)
	for i := range newKeys {
		newKeys[i], _ = crypto.GenerateKey()
	}
	sortKeys(newKeys)
	for i, k := range newKeys {
		newOps[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	_, err = e.attest.SetOperators(e.user, newOps, big.NewInt(2))
	wantRevert(t, err, "not the owner")
	tx, err = e.attest.SetOperators(e.owner, newOps, big.NewInt(2))
	e.mine(tx, err)
	msg, _, _ = e.attestation(leaves, 1, e.opKeys[:3])
	wantRevert(t, update(msg), "not an operator")
	e.threshold = 2
	e.opKeys = newKeys
	msg, _, _ = e.attestation(leaves, 1, newKeys[:2])
	must(t, update(msg))
}

func TestAttestationTreeProofsForEveryLeafAndSize(t *testing.T) {
	e := newEnv(t, 3, 2)
	for n := 1; n <= 9; n++ {
		leaves := make([]evm.AttestationLeaf, n)
		for i := range leaves {
			leaves[i] = evm.AttestationLeaf{Path: evm.PacketCommitmentPath(cpPort, cpChannel, uint64(i+1)), Value: []byte{byte(i), byte(n)}}
		}
		leaves[n-1] = evm.AttestationLeaf{Path: evm.PacketReceiptPath(cpPort, cpChannel, 99), Absent: true}
		tree, h := e.attest1(leaves, 1)
		for i, l := range leaves {
			var ok bool
			var err error
			if l.Absent {
				ok, err = e.attest.VerifyNonMembership(nil, h, proofOf(t, tree, i), []byte(l.Path))
			} else {
				ok, err = e.attest.VerifyMembership(nil, h, proofOf(t, tree, i), []byte(l.Path), l.Value)
			}
			must(t, err)
			if !ok {
				t.Fatalf("size %d leaf %d does not verify", n, i)
			}
			if !l.Absent {
				// The same path claimed absent, or with another leaf's proof, fails.
				if bad, _ := e.attest.VerifyNonMembership(nil, h, proofOf(t, tree, i), []byte(l.Path)); bad {
					t.Fatalf("size %d leaf %d: membership leaf accepted as absence", n, i)
				}
			}
		}
	}
}

func TestPacketDataJSONParsing(t *testing.T) {
	e := newEnv(t, 3, 2)
	memo := "say \"hi\" <&> \n\t\u2028 é 😀 \\ /"
	ibc := transfertypes.NewFungibleTokenPacketData("transfer/channel-9/uatom", "123456789012345678901234567890", "cosmos1s", "0xAbC0000000000000000000000000000000000001", memo)
	d, err := e.ics20.DecodePacketData(nil, ibc.GetBytes())
	must(t, err)
	if d.Memo != memo || d.Amount != ibc.Amount || d.Denom != ibc.Denom || d.Sender != ibc.Sender || d.Receiver != ibc.Receiver {
		t.Fatalf("decoded %+v from ibc-go bytes %s", d, ibc.GetBytes())
	}
	// Encoding what we decoded gives ibc-go's bytes back.
	enc, err := e.ics20.EncodePacketData(nil, d)
	must(t, err)
	if !bytes.Equal(enc, ibc.GetBytes()) {
		t.Fatalf("re-encoded\n got %s\nwant %s", enc, ibc.GetBytes())
	}
	// Any key order, whitespace and escapes ibc-go would also accept.
	d, err = e.ics20.DecodePacketData(nil, []byte(" {\"sender\" : \"s\",\n\"receiver\":\"r\", \"denom\":\"d\\u0041\\ud83d\\ude00\", \"amount\":\"1\"} "))
	must(t, err)
	if d.Denom != "dA😀" || d.Sender != "s" || d.Receiver != "r" || d.Amount != "1" {
		t.Fatalf("decoded %+v", d)
	}
	for _, bad := range []string{
		`{"amount":"1","denom":"d","receiver":"r","sender":"s","extra":"x"}`,
		`{"amount":1,"denom":"d","receiver":"r","sender":"s"}`,
		`{"amount":"1","denom":"d","receiver":"r","sender":"s"} x`,
		`{"amount":"1","amount":"2","denom":"d","receiver":"r","sender":"s"}`,
		`{"amount":"1","denom":"d","receiver":"r","sender":"s"`,
		`{"amount":"1","denom":"\ud800","receiver":"r","sender":"s"}`,
		"{\"amount\":\"1\",\"denom\":\"a\nb\",\"receiver\":\"r\",\"sender\":\"s\"}",
		`{"amount":"1","denom":"","receiver":"r","sender":"s"}`,
	} {
		if _, err := e.ics20.DecodePacketData(nil, []byte(bad)); err == nil {
			t.Errorf("accepted malformed packet data %s", bad)
		}
	}
}

func TestConflictingAttestationFreezesClient(t *testing.T) {
	e := newEnv(t, 5, 3)
	leaf := evm.AttestationLeaf{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 1), Value: []byte("commitment")}
	tree, h := e.attest1([]evm.AttestationLeaf{leaf}, 1)
	// The same attestation again is a no-op, not misbehaviour.
	e.height--
	e.attest1([]evm.AttestationLeaf{leaf}, 1)
	if f, _ := e.attest.Frozen(nil); f {
		t.Fatal("a repeated identical attestation froze the client")
	}
	// Another root for the same height, validly signed: frozen.
	e.height--
	other := evm.AttestationLeaf{Path: leaf.Path, Value: []byte("forged")}
	e.attest1([]evm.AttestationLeaf{other}, 1)
	if f, _ := e.attest.Frozen(nil); !f {
		t.Fatal("conflicting attestations did not freeze the client")
	}
	if ok, _ := e.attest.VerifyMembership(nil, h, proofOf(t, tree, 0), []byte(leaf.Path), leaf.Value); ok {
		t.Fatal("a frozen client still verifies")
	}
	msg, _, _ := e.attestation([]evm.AttestationLeaf{leaf}, 1, e.opKeys[:3])
	_, err := e.handler.UpdateClient(e.owner, clientID, msg)
	wantRevert(t, err, "client is frozen")
	_, err = e.attest.Unfreeze(e.user)
	wantRevert(t, err, "not the owner")
	tx, err := e.attest.Unfreeze(e.owner)
	e.mine(tx, err)
	if ok, _ := e.attest.VerifyMembership(nil, h, proofOf(t, tree, 0), []byte(leaf.Path), leaf.Value); !ok {
		t.Fatal("unfrozen client does not verify its accepted root")
	}
}

func TestDecodePacketEvents(t *testing.T) {
	e := newEnv(t, 3, 2)
	user := e.userAddr()
	data := transfertypes.NewFungibleTokenPacketData("uatom", "5", "cosmos1s", user.Hex(), "").GetBytes()
	bp, ip := cpPacket(1, data, farFuture)
	tree, h := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketCommitmentPath(cpPort, cpChannel, 1), Value: channeltypes.CommitPacket(nil, ip)}}, 1)
	tx, err := e.handler.RecvPacket(e.owner, bp, proofOf(t, tree, 0), h)
	r := e.mine(tx, err)
	var kinds []evm.PacketEventKind
	for _, l := range r.Logs {
		ev, ok, err := evm.DecodePacketEvent(*l)
		must(t, err)
		if !ok {
			continue
		}
		kinds = append(kinds, ev.Kind)
		if ev.Packet.Sequence != 1 || !bytes.Equal(ev.Packet.Data, data) || ev.TxHash != tx.Hash() {
			t.Fatalf("%s decoded as %+v", ev.Kind, ev)
		}
		if ev.Kind == evm.EventWriteAcknowledgement && !bytes.Equal(ev.Acknowledgement, ibcSuccessAck()) {
			t.Fatalf("ack %s", ev.Acknowledgement)
		}
	}
	if len(kinds) != 2 || kinds[0] != evm.EventRecvPacket || kinds[1] != evm.EventWriteAcknowledgement {
		t.Fatalf("events %v, want RecvPacket, WriteAcknowledgement", kinds)
	}
	topics, err := evm.PacketEventTopics()
	must(t, err)
	if len(topics) != 1 || len(topics[0]) != 5 {
		t.Fatalf("topics %v", topics)
	}
}
