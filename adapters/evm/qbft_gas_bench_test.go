package evm_test

import (
	"fmt"
	"testing"

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
