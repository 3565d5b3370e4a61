package ethereum

import (
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/beacon/params"
	btypes "github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

func capellaToDeneb(c *capella.ExecutionPayloadHeader) *deneb.ExecutionPayloadHeader {
	var be [32]byte
	for i := range be {
		be[i] = c.BaseFeePerGas[31-i]
	}
	return &deneb.ExecutionPayloadHeader{
		ParentHash:       c.ParentHash,
		FeeRecipient:     c.FeeRecipient,
		StateRoot:        c.StateRoot,
		ReceiptsRoot:     c.ReceiptsRoot,
		LogsBloom:        c.LogsBloom,
		PrevRandao:       c.PrevRandao,
		BlockNumber:      c.BlockNumber,
		GasLimit:         c.GasLimit,
		GasUsed:          c.GasUsed,
		Timestamp:        c.Timestamp,
		ExtraData:        c.ExtraData,
		BaseFeePerGas:    new(uint256.Int).SetBytes32(be[:]),
		BlockHash:        c.BlockHash,
		TransactionsRoot: c.TransactionsRoot,
		WithdrawalsRoot:  c.WithdrawalsRoot,
	}
}

func denebToCapella(d *deneb.ExecutionPayloadHeader) *capella.ExecutionPayloadHeader {
	c := &capella.ExecutionPayloadHeader{
		ParentHash:       d.ParentHash,
		FeeRecipient:     d.FeeRecipient,
		StateRoot:        d.StateRoot,
		ReceiptsRoot:     d.ReceiptsRoot,
		LogsBloom:        d.LogsBloom,
		PrevRandao:       d.PrevRandao,
		BlockNumber:      d.BlockNumber,
		GasLimit:         d.GasLimit,
		GasUsed:          d.GasUsed,
		Timestamp:        d.Timestamp,
		ExtraData:        d.ExtraData,
		BlockHash:        d.BlockHash,
		TransactionsRoot: d.TransactionsRoot,
		WithdrawalsRoot:  d.WithdrawalsRoot,
	}
	if d.BaseFeePerGas != nil {
		be := d.BaseFeePerGas.Bytes32()
		for i := range be {
			c.BaseFeePerGas[i] = be[31-i]
		}
	}
	return c
}

// ExecutionPayloadRoot returns the SSZ hash tree root of an execution
// payload header as committed in a beacon block body of the given fork:
// the Capella layout for Capella blocks (whose blob gas fields must be zero),
// the Deneb layout for Deneb, Electra and Fulu blocks.
func ExecutionPayloadRoot(fork string, h *deneb.ExecutionPayloadHeader) (common.Hash, error) {
	if h == nil {
		return common.Hash{}, fmt.Errorf("%w: execution payload header is missing", ErrMalformed)
	}
	var (
		root [32]byte
		err  error
	)
	switch fork {
	case "capella":
		if h.BlobGasUsed != 0 || h.ExcessBlobGas != 0 {
			return common.Hash{}, fmt.Errorf("%w: capella execution payload header has blob gas fields", ErrMalformed)
		}
		root, err = denebToCapella(h).HashTreeRoot()
	case "deneb", "electra", "fulu":
		if h.BaseFeePerGas == nil {
			return common.Hash{}, fmt.Errorf("%w: execution payload header has no base fee", ErrMalformed)
		}
		root, err = h.HashTreeRoot()
	default:
		return common.Hash{}, fmt.Errorf("%w: %q has no execution payload header this client can hash", ErrUnsupportedFork, fork)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: hashing %s execution payload header: %w", ErrMalformed, fork, err)
	}
	return common.Hash(root), nil
}

// ExecutionHeaderFromBeacon verifies that h.Execution is the execution
// payload header committed in the beacon block body h.Beacon.BodyRoot (at
// generalized index 25 of the body, the same for Capella, Deneb and Electra)
// and returns its state root, block number, block hash and timestamp.
//
// It does not check that h.Beacon itself is trusted: pass headers that came
// out of a [Store] (or that the caller verified otherwise).
//
// A Gloas-format header (Execution == nil) proves only the execution block
// hash, at the block-hash index of the header's fork (normalized to the
// Gloas depth); the result then has only BlockHash set, and
// [ExecutionHeaderFromBlock] completes it from the execution block header.
func ExecutionHeaderFromBeacon(cfg *NetworkConfig, h *LightClientHeader) (ExecutionHeader, error) {
	fork := cfg.ForkAtSlot(h.Beacon.Slot).Name
	if forkIndex(fork) < forkIndex("capella") {
		return ExecutionHeader{}, fmt.Errorf("%w: header at slot %d is %s, before capella", ErrUnsupportedFork, h.Beacon.Slot, fork)
	}
	if h.Execution == nil {
		proof := &btypes.GloasExecutionProof{ExecutionBlockHash: h.ExecutionBlockHash, Branch: h.ExecutionBranch}
		if err := proof.Validate(h.Beacon.BodyRoot, fork); err != nil {
			return ExecutionHeader{}, fmt.Errorf("%w: header at slot %d (%s): execution block hash %s against body root %s: %w",
				ErrInvalidExecutionProof, h.Beacon.Slot, fork, h.ExecutionBlockHash, h.Beacon.BodyRoot, err)
		}
		return ExecutionHeader{BlockHash: h.ExecutionBlockHash}, nil
	}
	root, err := ExecutionPayloadRoot(fork, h.Execution)
	if err != nil {
		return ExecutionHeader{}, fmt.Errorf("header at slot %d: %w", h.Beacon.Slot, err)
	}
	if err := merkle.VerifyProof(h.Beacon.BodyRoot, params.BodyIndexExecPayload, h.ExecutionBranch, merkle.Value(root)); err != nil {
		return ExecutionHeader{}, fmt.Errorf("%w: header at slot %d (%s): payload header %s against body root %s: %w",
			ErrInvalidExecutionProof, h.Beacon.Slot, fork, root, h.Beacon.BodyRoot, err)
	}
	return ExecutionHeader{
		StateRoot:   common.Hash(h.Execution.StateRoot),
		BlockNumber: h.Execution.BlockNumber,
		BlockHash:   common.Hash(h.Execution.BlockHash),
		Timestamp:   h.Execution.Timestamp,
	}, nil
}

// ExecutionHeaderFromBlock checks that the execution block header h is the
// block a verified beacon header committed to (its hash is verified.BlockHash,
// and where verified already has a state root, the same state root and
// number) and returns the complete summary. The relayer uses it for
// Gloas-format headers, which prove only the block hash: fetch the header by
// that hash (eth_getBlockByHash) and pass it here.
func ExecutionHeaderFromBlock(verified ExecutionHeader, h *types.Header) (ExecutionHeader, error) {
	if h == nil || h.Number == nil {
		return ExecutionHeader{}, fmt.Errorf("%w: execution block header is missing", ErrMalformed)
	}
	if got := h.Hash(); got != verified.BlockHash {
		return ExecutionHeader{}, fmt.Errorf("%w: execution block %d hashes to %s, the beacon chain committed to %s", ErrInvalidExecutionProof, h.Number, got, verified.BlockHash)
	}
	full := ExecutionHeader{StateRoot: h.Root, BlockNumber: h.Number.Uint64(), BlockHash: verified.BlockHash, Timestamp: h.Time}
	if verified.HasStateRoot() && verified != full {
		return ExecutionHeader{}, fmt.Errorf("%w: execution block %s: header gives %+v, the beacon chain %+v", ErrInvalidExecutionProof, verified.BlockHash, full, verified)
	}
	return full, nil
}
