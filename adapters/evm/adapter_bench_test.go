package evm_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// CPU cost of the operator side of a batch of 50 packets: building the tree,
// the 50 proofs, and one EIP-712 signature.
func BenchmarkAttestBatch50(b *testing.B) {
	leaves := make([]evm.AttestationLeaf, 50)
	for i := range leaves {
		leaves[i] = evm.AttestationLeaf{Path: evm.PacketCommitmentPath("transfer", "channel-7", uint64(i+1)), Value: make([]byte, 32)}
	}
	key, _ := crypto.GenerateKey()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tree, err := evm.NewAttestationTree(leaves)
		if err != nil {
			b.Fatal(err)
		}
		for j := range leaves {
			if _, err := tree.Proof(j); err != nil {
				b.Fatal(err)
			}
		}
		a := evm.Attestation{ChainID: big.NewInt(1), Client: common.Address{1}, OperatorSetID: 1, RevisionNumber: 1, RevisionHeight: 10, Timestamp: 1, Root: tree.Root()}
		if _, err := evm.SignAttestation(a, key); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(leaves))/1e3, "us/packet")
}

func BenchmarkDecodePacketEvent(b *testing.B) {
	e := newEnv(b, 3, 2)
	pk := e.sendTransfer(e.ics20, e.tokenAddr, 1, port, channel, bindings.Height{}, farFuture, "")
	logs, err := e.handler.FilterSendPacket(nil, []uint64{pk.Sequence})
	must(b, err)
	if !logs.Next() {
		b.Fatal("no log")
	}
	l := logs.Event.Raw
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, err := evm.DecodePacketEvent(l); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
