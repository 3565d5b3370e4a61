package evm_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/adapters/evm/qbft"
	lcqbft "github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

// BenchmarkGasQBFTUpdate reports the gas of one QBFT header update
// (handler.updateClient -> QBFTClient) for n validators, with the header
// sealed by exactly ceil(2n/3) validators and by all n. Each iteration
// verifies the trusted header's child (Prague header fields, QBFT encoding),
// so the figure is the steady state of a relayer following the chain. Run:
//
//	go test ./adapters/evm -run '^$' -bench GasQBFT -benchtime 3x
func BenchmarkGasQBFTUpdate(b *testing.B) {
	for _, n := range []int{4, 7, 10} {
		for _, all := range []bool{false, true} {
			seals := lcqbft.Quorum(n)
			if all {
				seals = n
			}
			b.Run(fmt.Sprintf("n=%d/seals=%d", n, seals), func(b *testing.B) {
				e := newEnv(b, 1, 1)
				ch := newQBFTChain(b, e, lcqbft.QBFT, n, map[string][]byte{"x": {1}})
				addr, _ := deployQBFTClient(b, e, qbftParams(lcqbft.QBFT), ch.trusted)
				tx, err := e.handler.RegisterClient(e.owner, qbftClientID, addr)
				e.mine(tx, err)
				keys := qbfttest.Keys(ch.vals)[:seals]
				var gas uint64
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					raw := ch.next(b, keys...)
					next, err := lcqbft.NewTrustedState(raw, lcqbft.QBFT)
					must(b, err)
					msg, err := qbft.ClientMessage(ch.trusted, raw)
					must(b, err)
					tx, err := e.handler.UpdateClient(e.owner, qbftClientID, msg)
					gas += e.mine(tx, err).GasUsed
					ch.trusted = next
				}
				b.ReportMetric(float64(gas)/float64(b.N), "gas/updateClient")
			})
		}
	}
}

// BenchmarkGasQBFTMembership reports the gas of verifyMembership of a packet
// commitment (account proof + storage proof, state of 40 accounts and a
// handler with 200 commitments), estimated as a transaction to the client
// (so including the 21000 intrinsic gas and calldata). A recvPacket through
// the QBFT client pays this instead of the attestation client's Merkle
// check.
func BenchmarkGasQBFTMembership(b *testing.B) {
	e := newEnv(b, 1, 1)
	commitments := map[string][]byte{}
	for i := 1; i <= 200; i++ {
		c := evm.CommitPacket(0, 0, farFuture, []byte(fmt.Sprintf("packet %d", i)))
		commitments[evm.PacketCommitmentPath(cpPort, cpChannel, uint64(i))] = c[:]
	}
	ch := newQBFTChain(b, e, lcqbft.QBFT, 4, commitments)
	addr, _ := deployQBFTClient(b, e, qbftParams(lcqbft.QBFT), ch.trusted)
	raw := ch.next(b, qbfttest.Keys(ch.vals)[:3]...)
	msg, err := qbft.ClientMessage(ch.trusted, raw)
	must(b, err)
	client, err := bindings.NewQBFTClient(addr, e.client)
	must(b, err)
	tx, err := client.UpdateClient(e.owner, msg)
	e.mine(tx, err)
	parsed, err := bindings.QBFTClientMetaData.GetAbi()
	must(b, err)
	path := evm.PacketCommitmentPath(cpPort, cpChannel, 7)
	proof, err := qbft.ContractProof(ch.state.AccountProof(cpHandler), ch.state.StorageProof(evm.StorageKey(path)))
	must(b, err)
	data, err := parsed.Pack("verifyMembership", bindings.Height{RevisionHeight: ch.trusted.Number + 1}, proof, []byte(path), commitments[path])
	must(b, err)
	var gas uint64
	for i := 0; i < b.N; i++ {
		g, err := e.client.EstimateGas(context.Background(), ethereum.CallMsg{From: e.owner.From, To: &addr, Data: data})
		must(b, err)
		gas += g
	}
	b.ReportMetric(float64(gas)/float64(b.N), "gas/verifyMembership")
}

// BenchmarkGasQBFTRecvPacket: one transaction = multicall(QBFT updateClient
// with 3 of 4 seals, recvPacket x N with Merkle-Patricia proofs); ICS-20
// packets minting an existing voucher. Reported per packet, like
// BenchmarkGasRecvPacket for the attestation client. Every packet carries
// its own account and storage proof (about 2.5 KB), so a transaction holds
// at most about 45 packets (go-ethereum's 128 KB transaction size limit).
func BenchmarkGasQBFTRecvPacket(b *testing.B) {
	for _, n := range []int{1, 10, 40} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			e := newEnv(b, 1, 1)
			q := newQBFTPath(b, e)
			seq := uint64(0)
			batch := func(n int) uint64 {
				pkts := make([]bindings.Packet, n)
				seqs := make([]uint64, n)
				for i := range pkts {
					seq++
					pkts[i], seqs[i] = q.packet(seq, "100", true), seq
				}
				tx, err := e.handler.Multicall(e.owner, q.block(b, pkts, seqs))
				return e.mine(tx, err).GasUsed
			}
			batch(1) // deploys the voucher: not part of the steady state
			var gas uint64
			for i := 0; i < b.N; i++ {
				gas += batch(n)
			}
			b.ReportMetric(float64(gas)/float64(b.N*n), "gas/packet")
		})
	}
}
