package evm_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// One relay transaction on geth --dev, built the way the relayer builds it:
// a 3-of-5 attestation of 10 ibc-go packets and their receives in one
// multicall, sent through the Submitter.
func TestGethBatchedRelayThroughSubmitter(t *testing.T) {
	g, c := startGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ops := make([]*ecdsa.PrivateKey, 5)
	addrs := make([]common.Address, 5)
	for i := range ops {
		ops[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(ops[i].PublicKey)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(g.DevKey, g.ChainID)
	must(t, err)
	dep, err := evm.Deploy(ctx, c.Eth(), opts, evm.DeployConfig{
		Operators: addrs, Threshold: 3, ClientID: clientID, ConnectionID: connectionID,
		CounterpartyClientID: "07-tendermint-0", CounterpartyConnectionID: "connection-3",
		Port: port, Channel: channel, CounterpartyPort: cpPort, CounterpartyChannel: cpChannel,
	})
	must(t, err)

	receiver, _ := crypto.GenerateKey()
	to := crypto.PubkeyToAddress(receiver.PublicKey)
	const n = 10
	pkts := make([]bindings.Packet, n)
	leaves := make([]evm.AttestationLeaf, n)
	for i := 0; i < n; i++ {
		d := transfertypes.NewFungibleTokenPacketData("stake", "25", "cosmos1sender", to.Hex(), "").GetBytes()
		bp, ip := cpPacket(uint64(i+1), d, farFuture)
		pkts[i] = bp
		leaves[i] = evm.AttestationLeaf{Path: evm.PacketCommitmentPath(cpPort, cpChannel, uint64(i+1)), Value: channeltypes.CommitPacket(nil, ip)}
	}
	tree, err := evm.NewAttestationTree(leaves)
	must(t, err)
	a := evm.Attestation{ChainID: g.ChainID, Client: dep.AttestationClient, OperatorSetID: 1,
		RevisionNumber: 1, RevisionHeight: 100, Timestamp: uint64(time.Now().UnixNano()), Root: tree.Root()}
	var sigs []evm.AttestationSignature
	for _, k := range ops[1:4] {
		s, err := evm.SignAttestation(a, k)
		must(t, err)
		signer, err := evm.RecoverAttestationSigner(a, s)
		must(t, err)
		sigs = append(sigs, evm.AttestationSignature{Signer: signer, Signature: s})
	}
	msg, err := evm.AttestationClientMessage(a, sigs)
	must(t, err)
	var hc evm.HandlerCalls
	calls := [][]byte{}
	cu, err := hc.UpdateClient(clientID, msg)
	must(t, err)
	calls = append(calls, cu)
	h := bindings.Height{RevisionNumber: 1, RevisionHeight: 100}
	for i, p := range pkts {
		proof, err := tree.Proof(i)
		must(t, err)
		cr, err := hc.RecvPacket(p, proof, h)
		must(t, err)
		calls = append(calls, cr)
	}
	data, err := hc.Multicall(calls)
	must(t, err)
	s, err := evm.NewSubmitter(c.Eth(), evm.SubmitterConfig{ChainID: g.ChainID, Key: g.DevKey, ReceiptPoll: 200 * time.Millisecond})
	must(t, err)
	r, err := s.Submit(ctx, evm.Call{To: dep.Handler, Data: data})
	must(t, err)

	acks := 0
	for _, l := range r.Logs {
		ev, ok, err := evm.DecodePacketEvent(*l)
		must(t, err)
		if ok && ev.Kind == evm.EventWriteAcknowledgement {
			acks++
		}
	}
	if acks != n {
		t.Fatalf("%d acknowledgements written, want %d", acks, n)
	}
	ics20, err := bindings.NewICS20Transfer(dep.ICS20, c.Eth())
	must(t, err)
	vAddr, err := ics20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/channel-0/stake")))
	must(t, err)
	v, err := bindings.NewVoucher(vAddr, c.Eth())
	must(t, err)
	if bal, err := v.BalanceOf(nil, to); err != nil || bal.Cmp(big.NewInt(25*n)) != 0 {
		t.Fatalf("receiver holds %v (%v), want %d", bal, err, 25*n)
	}
	// The relayer's "already delivered?" check sees the receipts.
	for i := 1; i <= n; i++ {
		got, err := c.StoredCommitment(ctx, dep.Handler, evm.PacketReceiptPath(port, channel, uint64(i)), nil)
		must(t, err)
		if got != evm.StoredValue([]byte{1}) {
			t.Fatalf("receipt %d = %s", i, got)
		}
	}
	// The same words in one JSON-RPC batch, with an absent one.
	paths := []string{evm.PacketReceiptPath(port, channel, 1), evm.PacketReceiptPath(port, channel, n+1), evm.PacketReceiptPath(port, channel, n)}
	words, err := c.StoredCommitments(ctx, dep.Handler, paths, nil)
	must(t, err)
	if words[0] != evm.StoredValue([]byte{1}) || words[1] != (common.Hash{}) || words[2] != evm.StoredValue([]byte{1}) {
		t.Fatalf("batched receipts %v", words)
	}
	// Relaying the same batch again is refused before it costs anything.
	if _, err := s.Send(ctx, evm.Call{To: dep.Handler, Data: data}); err == nil {
		t.Fatal("a replayed batch was accepted by gas estimation")
	}
}
