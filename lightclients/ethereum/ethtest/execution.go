package ethtest

import (
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// ExecutionFromHeader builds the execution payload header a beacon block
// would carry for the execution block h (as a dev beacon over geth --dev
// does). State root, block number, block hash and timestamp, the fields the
// light client hands to proofs, are exact. The transactions and withdrawals
// roots are the block's Merkle-Patricia roots, not the SSZ list roots a real
// beacon block commits to: nothing verifies those here.
func ExecutionFromHeader(h *types.Header) (*deneb.ExecutionPayloadHeader, error) {
	if h.BaseFee == nil {
		return nil, fmt.Errorf("ethtest: block %v has no base fee (pre-London)", h.Number)
	}
	if len(h.Extra) > 32 {
		return nil, fmt.Errorf("ethtest: block %v extra data is %d bytes, a payload allows 32", h.Number, len(h.Extra))
	}
	fee, overflow := uint256.FromBig(h.BaseFee)
	if overflow {
		return nil, fmt.Errorf("ethtest: block %v base fee overflows 256 bits", h.Number)
	}
	e := &deneb.ExecutionPayloadHeader{
		ParentHash:       phase0.Hash32(h.ParentHash),
		FeeRecipient:     bellatrix.ExecutionAddress(h.Coinbase),
		StateRoot:        phase0.Root(h.Root),
		ReceiptsRoot:     phase0.Root(h.ReceiptHash),
		LogsBloom:        h.Bloom,
		PrevRandao:       h.MixDigest,
		BlockNumber:      h.Number.Uint64(),
		GasLimit:         h.GasLimit,
		GasUsed:          h.GasUsed,
		Timestamp:        h.Time,
		ExtraData:        append([]byte(nil), h.Extra...),
		BaseFeePerGas:    fee,
		BlockHash:        phase0.Hash32(h.Hash()),
		TransactionsRoot: phase0.Root(h.TxHash),
	}
	if h.WithdrawalsHash != nil {
		e.WithdrawalsRoot = phase0.Root(*h.WithdrawalsHash)
	}
	if h.BlobGasUsed != nil {
		e.BlobGasUsed = *h.BlobGasUsed
	}
	if h.ExcessBlobGas != nil {
		e.ExcessBlobGas = *h.ExcessBlobGas
	}
	return e, nil
}
