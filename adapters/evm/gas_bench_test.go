package evm_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// Gas per operation on the simulated backend (deterministic: the figure
// does not depend on the machine). Run with:
//
//	go test ./adapters/evm -run '^$' -bench Gas -benchtime 3x
//
// Each metric is the receipt's gasUsed (including the 21000 intrinsic gas
// and calldata) averaged over b.N transactions.

func BenchmarkGasSendPacket(b *testing.B) {
	e := newEnv(b, 5, 3)
	var gas uint64
	for i := 0; i < b.N; i++ {
		tx, err := e.ics20.SendTransfer(e.user, e.tokenAddr, big.NewInt(10), "cosmos1receiver", port, channel, bindings.Height{}, farFuture, "")
		gas += e.mine(tx, err).GasUsed
	}
	b.ReportMetric(float64(gas)/float64(b.N), "gas/sendTransfer")
}

func BenchmarkGasAttestation(b *testing.B) {
	for _, nm := range [][2]int{{5, 3}, {10, 7}} {
		b.Run(fmt.Sprintf("%d-of-%d", nm[1], nm[0]), func(b *testing.B) {
			e := newEnv(b, nm[0], nm[1])
			leaves := []evm.AttestationLeaf{{Path: "x", Value: []byte{1}}}
			var gas uint64
			for i := 0; i < b.N; i++ {
				msg, _, _ := e.attestation(leaves, 1, e.opKeys[:nm[1]])
				tx, err := e.handler.UpdateClient(e.owner, clientID, msg)
				gas += e.mine(tx, err).GasUsed
			}
			b.ReportMetric(float64(gas)/float64(b.N), "gas/updateClient")
		})
	}
}

// BenchmarkGasRecvPacket: one transaction = multicall(updateClient with a
// 3-of-5 attestation of the batch's root, recvPacket x N); ICS-20 packets
// minting an existing voucher. Reported per packet.
func BenchmarkGasRecvPacket(b *testing.B) {
	for _, n := range []int{1, 10, 50} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			e := newEnv(b, 5, 3)
			seq := uint64(0)
			user := e.userAddr()
			batch := func(n int) *types.Receipt {
				leaves := make([]evm.AttestationLeaf, n)
				pkts := make([]bindings.Packet, n)
				for i := 0; i < n; i++ {
					seq++
					d := transfertypes.NewFungibleTokenPacketData("uatom", "100", "cosmos1sender", user.Hex(), "").GetBytes()
					bp, ip := cpPacket(seq, d, farFuture)
					pkts[i] = bp
					leaves[i] = evm.AttestationLeaf{Path: evm.PacketCommitmentPath(cpPort, cpChannel, seq), Value: channeltypes.CommitPacket(nil, ip)}
				}
				msg, tree, h := e.attestation(leaves, 1, e.opKeys[:3])
				calls := make([][]byte, 0, n+1)
				var hc evm.HandlerCalls
				c, err := hc.UpdateClient(clientID, msg)
				must(b, err)
				calls = append(calls, c)
				for i, p := range pkts {
					c, err := hc.RecvPacket(p, proofOf(b, tree, i), h)
					must(b, err)
					calls = append(calls, c)
				}
				tx, err := e.handler.Multicall(e.owner, calls)
				return e.mine(tx, err)
			}
			batch(1) // deploys the voucher: not part of the steady state
			var gas uint64
			for i := 0; i < b.N; i++ {
				gas += batch(n).GasUsed
			}
			b.ReportMetric(float64(gas)/float64(b.N*n), "gas/packet")
		})
	}
}

func BenchmarkGasAcknowledge(b *testing.B) {
	e := newEnv(b, 5, 3)
	ack := ibcSuccessAck()
	var gas uint64
	for i := 0; i < b.N; i++ {
		pk := e.sendTransfer(e.ics20, e.tokenAddr, 10, port, channel, bindings.Height{}, farFuture, "")
		tree, h := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketAcknowledgementPath(cpPort, cpChannel, pk.Sequence), Value: channeltypes.CommitAcknowledgement(ack)}}, 1)
		tx, err := e.handler.AcknowledgePacket(e.owner, pk, ack, proofOf(b, tree, 0), h)
		gas += e.mine(tx, err).GasUsed
	}
	b.ReportMetric(float64(gas)/float64(b.N), "gas/acknowledgePacket")
}

func BenchmarkGasTimeout(b *testing.B) {
	e := newEnv(b, 5, 3)
	const deadline = uint64(1_700_000_000) * 1e9
	var gas uint64
	for i := 0; i < b.N; i++ {
		pk := e.sendTransfer(e.ics20, e.tokenAddr, 10, port, channel, bindings.Height{}, deadline, "")
		tree, h := e.attest1([]evm.AttestationLeaf{{Path: evm.PacketReceiptPath(cpPort, cpChannel, pk.Sequence), Absent: true}}, deadline)
		tx, err := e.handler.TimeoutPacket(e.owner, pk, proofOf(b, tree, 0), h, 0)
		gas += e.mine(tx, err).GasUsed
	}
	b.ReportMetric(float64(gas)/float64(b.N), "gas/timeoutPacket")
}
