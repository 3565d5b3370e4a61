package evm_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/causewaylabs/causeway/adapters/evm"
)

// heads is a LogSource with a latest and a finalized block number.
type heads struct{ latest, finalized uint64 }

func (h heads) BlockNumber(context.Context) (uint64, error) { return h.latest, nil }

func (h heads) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil || n.Int64() != int64(rpc.FinalizedBlockNumber) {
		return &types.Header{Number: new(big.Int).SetUint64(h.latest)}, nil
	}
	return &types.Header{Number: new(big.Int).SetUint64(h.finalized)}, nil
}

func (heads) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) { return nil, nil }

// TestFinalityHead: the final head is the finalized tag's block, or the
// latest less the depth (none while the chain is shorter than the depth).
func TestFinalityHead(t *testing.T) {
	src := heads{latest: 100, finalized: 64}
	for _, tc := range []struct {
		f    evm.Finality
		want uint64
	}{
		{evm.Finality{UseFinalizedTag: true}, 64},
		{evm.Finality{Depth: 12}, 88},
		{evm.Finality{}, 100},
		{evm.Finality{Depth: 200}, 0},
	} {
		got, err := tc.f.Head(context.Background(), src)
		if err != nil || got != tc.want {
			t.Errorf("%+v: head %d (%v), want %d", tc.f, got, err, tc.want)
		}
	}
}
