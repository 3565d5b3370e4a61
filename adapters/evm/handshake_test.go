package evm_test

import (
	"bytes"
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// The handshake's identifiers: the handler's connection-1 / transfer/channel-2
// against the alliance chain's connection-9 (on its client 08-wasm-3 of this
// chain) and transfer/channel-9.
const (
	hsConnection   = "connection-1"
	hsChannel      = "channel-2"
	hsCpClient     = "08-wasm-3"
	hsCpConnection = "connection-9"
	hsCpChannel    = "channel-9"
)

// autoMine commits a block every 100ms until stop is called, for code that
// waits for its own transactions (bind.WaitMined) on the simulated chain.
func autoMine(sim *simulated.Backend) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// mined runs one of the handshake helpers with blocks being committed.
func mined(t testing.TB, sim *simulated.Backend, what string, send func() (*types.Receipt, error)) *types.Receipt {
	t.Helper()
	stop := autoMine(sim)
	r, err := send()
	stop()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	t.Logf("%s: gas %d", what, r.GasUsed)
	return r
}

// ibcGoConnection is the connection end as ibc-go builds it: for TRYOPEN,
// exactly the expected end of ibc-go v8's ConnOpenAck on the alliance chain
// (its connection's counterparty client = our client, counterparty = its own
// client and connection id with its "ibc" prefix, the version the relayer
// selected = ibc-go's default, its delay 0).
func ibcGoConnection(t testing.TB, state connectiontypes.State) []byte {
	c := connectiontypes.NewConnectionEnd(state, clientID,
		connectiontypes.NewCounterparty(hsCpClient, hsCpConnection, commitmenttypes.NewMerklePrefix([]byte("ibc"))),
		[]*connectiontypes.Version{connectiontypes.DefaultIBCVersion}, 0)
	b, err := c.Marshal()
	must(t, err)
	return b
}

// ibcGoChannel is transfer/channel-2 as ibc-go encodes it; for TRYOPEN the
// expected end of ibc-go's ChanOpenAck.
func ibcGoChannel(t testing.TB, state channeltypes.State) []byte {
	c := channeltypes.NewChannel(state, channeltypes.UNORDERED,
		channeltypes.NewCounterparty(cpPort, hsCpChannel), []string{hsConnection}, "ics20-1")
	b, err := c.Marshal()
	must(t, err)
	return b
}

func TestHandshakeTryOpenEndsThenOpen(t *testing.T) {
	e := newEnv(t, 3, 2)
	ctx := context.Background()

	// Alliance ConnOpenInit happened; the owner commits the TRYOPEN end.
	r := mined(t, e.sim, "provisionConnection (TRYOPEN end)", func() (*types.Receipt, error) {
		return evm.ProvisionConnectionTry(ctx, e.client, e.owner, e.handlerAddr, hsConnection, clientID, hsCpClient, hsCpConnection)
	})
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("receipt of a failed transaction returned without error")
	}
	if c := e.commitment(evm.ConnectionPath(hsConnection)); c != evm.StoredValue(ibcGoConnection(t, connectiontypes.TRYOPEN)) {
		t.Fatalf("connection commitment %s, want keccak of ibc-go's TRYOPEN connection end", c)
	}
	if c, _ := e.handler.ConnectionClient(nil, hsConnection); c != clientID {
		t.Fatalf("connection client %q", c)
	}
	// Provisioning it again is refused (setConnectionEnd is the update).
	_, err := evm.ProvisionConnectionTry(ctx, e.client, e.owner, e.handlerAddr, hsConnection, clientID, hsCpClient, hsCpConnection)
	wantRevert(t, err, "connection exists")

	// Alliance ChanOpenInit happened; the owner creates the TRYOPEN channel.
	mined(t, e.sim, "provisionChannelTry", func() (*types.Receipt, error) {
		return evm.ProvisionChannelTry(ctx, e.client, e.owner, e.handlerAddr, port, hsChannel, false, hsConnection, cpPort, hsCpChannel, "ics20-1")
	})
	tryEnd := ibcGoChannel(t, channeltypes.TRYOPEN)
	if got, err := e.handler.EncodeChannelEnd(nil, port, hsChannel); err != nil || !bytes.Equal(got, tryEnd) {
		t.Fatalf("channel proto\n got %x (%v)\nwant %x (ibc-go's TRYOPEN)", got, err, tryEnd)
	}
	if c := e.commitment(evm.ChannelPath(port, hsChannel)); c != evm.StoredValue(tryEnd) {
		t.Fatalf("channel commitment %s, want keccak of ibc-go's TRYOPEN channel", c)
	}
	if c := e.commitment(evm.NextSequenceRecvPath(port, hsChannel)); c != evm.StoredValue(be8(1)) {
		t.Fatalf("nextSequenceRecv commitment %s", c)
	}
	ch, err := e.handler.GetChannel(nil, port, hsChannel)
	must(t, err)
	if ch.State != 2 || ch.NextSequenceSend != 1 || ch.NextSequenceRecv != 1 || ch.NextSequenceAck != 1 {
		t.Fatalf("TRYOPEN channel %+v", ch)
	}
	if s, _ := e.handler.STATETRYOPEN(nil); s != 2 {
		t.Fatalf("STATE_TRYOPEN = %d", s)
	}

	// No packets on a TRYOPEN channel, in either direction.
	_, err = e.ics20.SendTransfer(e.user, e.tokenAddr, big.NewInt(1), "cosmos1receiver", port, hsChannel, bindings.Height{}, farFuture, "")
	wantRevert(t, err, "channel not open")
	data := transfertypes.NewFungibleTokenPacketData("uatom", "10", "cosmos1sender", e.userAddr().Hex(), "").GetBytes()
	ip := channeltypes.NewPacket(data, 1, cpPort, hsCpChannel, port, hsChannel, clienttypes.NewHeight(0, 0), farFuture)
	tree, h := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketCommitmentPath(cpPort, hsCpChannel, 1), Value: channeltypes.CommitPacket(nil, ip)}}, 1)
	_, err = e.handler.RecvPacket(e.owner, toBinding(ip), proofOf(t, tree, 0), h)
	wantRevert(t, err, "channel not open")

	// Only the owner moves the handshake on.
	_, err = e.handler.OpenChannel(e.user, port, hsChannel)
	wantRevert(t, err, "not the owner")
	_, err = e.handler.SetConnectionEnd(e.user, hsConnection, ibcGoConnection(t, connectiontypes.OPEN))
	wantRevert(t, err, "not the owner")
	_, err = e.handler.ProvisionChannelTry(e.user, port, "channel-3", 1, hsConnection, cpPort, hsCpChannel, "ics20-1")
	wantRevert(t, err, "not the owner")
	// Unknown connection / channel.
	_, err = e.handler.SetConnectionEnd(e.owner, "connection-77", ibcGoConnection(t, connectiontypes.OPEN))
	wantRevert(t, err, "unknown connection")
	_, err = e.handler.OpenChannel(e.owner, port, "channel-77")
	wantRevert(t, err, "channel not in TRYOPEN")
	_, err = e.handler.ProvisionChannelTry(e.owner, port, hsChannel, 1, hsConnection, cpPort, hsCpChannel, "ics20-1")
	wantRevert(t, err, "channel exists")

	// Alliance ConnOpenAck and ChanOpenAck succeeded: OPEN ends.
	r = mined(t, e.sim, "setConnectionEnd (OPEN end)", func() (*types.Receipt, error) {
		return evm.OpenConnection(ctx, e.client, e.owner, e.handlerAddr, hsConnection, clientID, hsCpClient, hsCpConnection)
	})
	if c := e.commitment(evm.ConnectionPath(hsConnection)); c != evm.StoredValue(ibcGoConnection(t, connectiontypes.OPEN)) {
		t.Fatalf("connection commitment %s after setConnectionEnd, want keccak of ibc-go's OPEN connection end", c)
	}
	if !hasLog(r, func(l types.Log) bool {
		ev, err := e.handler.ParseConnectionEndUpdated(l)
		return err == nil && ev.ConnectionId == hsConnection
	}) {
		t.Fatal("no ConnectionEndUpdated event")
	}
	r = mined(t, e.sim, "openChannel", func() (*types.Receipt, error) {
		return evm.OpenChannel(ctx, e.client, e.owner, e.handlerAddr, port, hsChannel)
	})
	if !hasLog(r, func(l types.Log) bool {
		ev, err := e.handler.ParseChannelOpened(l)
		return err == nil && ev.PortId == port && ev.ChannelId == hsChannel
	}) {
		t.Fatal("no ChannelOpened event")
	}
	openEnd := ibcGoChannel(t, channeltypes.OPEN)
	if c := e.commitment(evm.ChannelPath(port, hsChannel)); c != evm.StoredValue(openEnd) {
		t.Fatalf("channel commitment %s after openChannel, want keccak of ibc-go's OPEN channel", c)
	}
	if ch, _ := e.handler.GetChannel(nil, port, hsChannel); ch.State != 3 {
		t.Fatalf("channel state %d after openChannel, want OPEN (3)", ch.State)
	}
	// Opening an OPEN channel (this one, or one provisioned OPEN) is refused.
	_, err = e.handler.OpenChannel(e.owner, port, hsChannel)
	wantRevert(t, err, "channel not in TRYOPEN")
	_, err = evm.OpenChannel(ctx, e.client, e.owner, e.handlerAddr, port, channel)
	wantRevert(t, err, "channel not in TRYOPEN")

	// Packets flow both ways on the opened channel.
	pk := e.sendTransfer(e.ics20, e.tokenAddr, 100, port, hsChannel, bindings.Height{}, farFuture, "")
	if pk.Sequence != 1 || pk.DestinationPort != cpPort || pk.DestinationChannel != hsCpChannel {
		t.Fatalf("packet on the opened channel: %+v", pk)
	}
	tx, err := e.handler.RecvPacket(e.owner, toBinding(ip), proofOf(t, tree, 0), h)
	e.mine(tx, err)
	if c := e.commitment(evm.PacketReceiptPath(port, hsChannel, 1)); c != evm.StoredValue([]byte{1}) {
		t.Fatalf("receipt %s after receiving on the opened channel", c)
	}
}

func TestDeployWithoutConnectionLeavesHandshake(t *testing.T) {
	ownerKey, _ := crypto.GenerateKey()
	owner := crypto.PubkeyToAddress(ownerKey.PublicKey)
	rich := new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1e6))
	sim := simulated.NewBackend(types.GenesisAlloc{owner: {Balance: rich}}, simulated.WithBlockGasLimit(60_000_000), mainnetRules)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	ctx := context.Background()
	chainID, err := client.ChainID(ctx)
	must(t, err)
	opts, err := bind.NewKeyedTransactorWithChainID(ownerKey, chainID)
	must(t, err)
	op, _ := crypto.GenerateKey()

	// A connection without a channel is still refused.
	_, err = evm.Deploy(ctx, client, opts, evm.DeployConfig{Operators: []common.Address{crypto.PubkeyToAddress(op.PublicKey)},
		Threshold: 1, ClientID: clientID, ConnectionID: connectionID, Port: port})
	if err == nil {
		t.Fatal("Deploy with a connection and no channel succeeded")
	}

	stop := autoMine(sim)
	dep, err := evm.Deploy(ctx, client, opts, evm.DeployConfig{Operators: []common.Address{crypto.PubkeyToAddress(op.PublicKey)},
		Threshold: 1, ClientID: clientID, Port: port})
	stop()
	must(t, err)
	h, err := bindings.NewIBCHandler(dep.Handler, client)
	must(t, err)
	if a, _ := h.Clients(nil, clientID); a != dep.AttestationClient {
		t.Fatalf("client %s registered as %s, want %s", clientID, a, dep.AttestationClient)
	}
	if a, _ := h.PortApps(nil, port); a != dep.ICS20 {
		t.Fatalf("port %s bound to %s, want %s", port, a, dep.ICS20)
	}
	if c, _ := h.ConnectionClient(nil, connectionID); c != "" {
		t.Fatalf("connection %s provisioned on %q", connectionID, c)
	}
	if c, _ := h.GetCommitment(nil, evm.ConnectionPath(connectionID)); c != (common.Hash{}) {
		t.Fatalf("connection end committed: %s", c)
	}
	if ch, _ := h.GetChannel(nil, port, channel); ch.State != 0 {
		t.Fatalf("channel %s provisioned in state %d", channel, ch.State)
	}

	// The handshake provisions them afterwards.
	mined(t, sim, "provisionConnection (TRYOPEN end)", func() (*types.Receipt, error) {
		return evm.ProvisionConnectionTry(ctx, client, opts, dep.Handler, hsConnection, clientID, hsCpClient, hsCpConnection)
	})
	mined(t, sim, "provisionChannelTry", func() (*types.Receipt, error) {
		return evm.ProvisionChannelTry(ctx, client, opts, dep.Handler, port, hsChannel, false, hsConnection, cpPort, hsCpChannel, "ics20-1")
	})
	mined(t, sim, "setConnectionEnd (OPEN end)", func() (*types.Receipt, error) {
		return evm.OpenConnection(ctx, client, opts, dep.Handler, hsConnection, clientID, hsCpClient, hsCpConnection)
	})
	mined(t, sim, "openChannel", func() (*types.Receipt, error) {
		return evm.OpenChannel(ctx, client, opts, dep.Handler, port, hsChannel)
	})
	if c, _ := h.GetCommitment(nil, evm.ConnectionPath(hsConnection)); c != evm.StoredValue(ibcGoConnection(t, connectiontypes.OPEN)) {
		t.Fatalf("connection commitment %s", c)
	}
	if c, _ := h.GetCommitment(nil, evm.ChannelPath(port, hsChannel)); c != evm.StoredValue(ibcGoChannel(t, channeltypes.OPEN)) {
		t.Fatalf("channel commitment %s", c)
	}
}

func TestConnectionEndIsIbcGoProto(t *testing.T) {
	for _, st := range []connectiontypes.State{connectiontypes.TRYOPEN, connectiontypes.OPEN} {
		got, err := evm.ConnectionEnd(st, clientID, hsCpClient, hsCpConnection)
		must(t, err)
		if want := ibcGoConnection(t, st); !bytes.Equal(got, want) {
			t.Fatalf("%s connection end\n got %x\nwant %x", st, got, want)
		}
	}
	open, err := evm.ConnectionEndProto(clientID, hsCpClient, hsCpConnection)
	must(t, err)
	if !bytes.Equal(open, ibcGoConnection(t, connectiontypes.OPEN)) {
		t.Fatal("ConnectionEndProto is not the OPEN ConnectionEnd")
	}
}

func hasLog(r *types.Receipt, match func(types.Log) bool) bool {
	for _, l := range r.Logs {
		if match(*l) {
			return true
		}
	}
	return false
}
