package beacon

import (
	"context"
	"fmt"
	"math/big"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// ProofFetcher fetches eth_getProof proofs from an execution node and
// verifies them against a state root verified by the Ethereum light client.
type ProofFetcher struct {
	rpc *rpc.Client
	gc  *gethclient.Client
	ec  *ethclient.Client
}

// DialProofFetcher connects to an execution node's JSON-RPC endpoint.
func DialProofFetcher(ctx context.Context, rawurl string) (*ProofFetcher, error) {
	c, err := rpc.DialContext(ctx, rawurl)
	if err != nil {
		return nil, fmt.Errorf("beacon: dial execution RPC %s: %w", rawurl, err)
	}
	return &ProofFetcher{rpc: c, gc: gethclient.New(c), ec: ethclient.NewClient(c)}, nil
}

// Close closes the RPC connection.
func (f *ProofFetcher) Close() { f.rpc.Close() }

func toBytes(hexes []string, what string) ([]hexutil.Bytes, error) {
	out := make([]hexutil.Bytes, len(hexes))
	for i, h := range hexes {
		b, err := hexutil.Decode(h)
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %w", what, i, err)
		}
		out[i] = b
	}
	return out, nil
}

// Fetch requests eth_getProof for addr and slots at the block of exec and
// returns it only if every claim verifies against exec.StateRoot (which the
// caller took from a light-client Store). The storage values in the result
// are then trusted.
//
// When exec has no state root yet (a Gloas-format beacon header proves only
// the block hash), Fetch first completes it with [ProofFetcher.Complete].
func (f *ProofFetcher) Fetch(ctx context.Context, exec ethereum.ExecutionHeader, addr common.Address, slots []common.Hash) (*ethereum.AccountProof, error) {
	if !exec.HasStateRoot() {
		var err error
		if exec, err = f.Complete(ctx, exec); err != nil {
			return nil, err
		}
	}
	keys := make([]string, len(slots))
	for i, s := range slots {
		keys[i] = s.Hex()
	}
	res, err := f.gc.GetProof(ctx, addr, keys, new(big.Int).SetUint64(exec.BlockNumber))
	if err != nil {
		return nil, fmt.Errorf("beacon: eth_getProof %s at block %d: %w", addr, exec.BlockNumber, err)
	}
	p, err := convertProof(res)
	if err != nil {
		return nil, fmt.Errorf("beacon: eth_getProof %s at block %d: %w", addr, exec.BlockNumber, err)
	}
	if len(p.StorageProof) != len(slots) {
		return nil, fmt.Errorf("beacon: eth_getProof %s at block %d: asked for %d slots, got %d", addr, exec.BlockNumber, len(slots), len(p.StorageProof))
	}
	for i, sp := range p.StorageProof {
		if sp.Key != slots[i] {
			return nil, fmt.Errorf("beacon: eth_getProof %s at block %d: storageProof[%d] is for slot %s, asked for %s", addr, exec.BlockNumber, i, sp.Key, slots[i])
		}
	}
	if p.Address != addr {
		return nil, fmt.Errorf("beacon: eth_getProof: asked for %s, got a proof for %s", addr, p.Address)
	}
	if err := p.Verify(exec.StateRoot); err != nil {
		return nil, fmt.Errorf("beacon: eth_getProof %s at block %d (state root %s): %w", addr, exec.BlockNumber, exec.StateRoot, err)
	}
	return p, nil
}

// Complete fetches the execution block header whose hash the light client
// verified (eth_getBlockByHash) and returns the execution summary with its
// state root, after checking the header hashes to exec.BlockHash.
func (f *ProofFetcher) Complete(ctx context.Context, exec ethereum.ExecutionHeader) (ethereum.ExecutionHeader, error) {
	h, err := f.ec.HeaderByHash(ctx, exec.BlockHash)
	if err != nil {
		return ethereum.ExecutionHeader{}, fmt.Errorf("beacon: eth_getBlockByHash %s: %w", exec.BlockHash, err)
	}
	full, err := ethereum.ExecutionHeaderFromBlock(exec, h)
	if err != nil {
		return ethereum.ExecutionHeader{}, fmt.Errorf("beacon: execution header %s: %w", exec.BlockHash, err)
	}
	return full, nil
}

func convertProof(res *gethclient.AccountResult) (*ethereum.AccountProof, error) {
	if res.Balance == nil {
		return nil, fmt.Errorf("%w: missing balance", ethereum.ErrMalformed)
	}
	accProof, err := toBytes(res.AccountProof, "accountProof")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ethereum.ErrMalformed, err)
	}
	p := &ethereum.AccountProof{
		Address:      res.Address,
		AccountProof: accProof,
		Balance:      (*hexutil.Big)(res.Balance),
		CodeHash:     res.CodeHash,
		Nonce:        hexutil.Uint64(res.Nonce),
		StorageHash:  res.StorageHash,
	}
	for i, sr := range res.StorageProof {
		key, err := hexutil.Decode(sr.Key)
		if err != nil || len(key) > 32 {
			return nil, fmt.Errorf("%w: storageProof[%d] key %q", ethereum.ErrMalformed, i, sr.Key)
		}
		nodes, err := toBytes(sr.Proof, fmt.Sprintf("storageProof[%d].proof", i))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ethereum.ErrMalformed, err)
		}
		if sr.Value == nil {
			return nil, fmt.Errorf("%w: storageProof[%d] has no value", ethereum.ErrMalformed, i)
		}
		p.StorageProof = append(p.StorageProof, ethereum.StorageProof{
			Key:   common.BytesToHash(key),
			Value: (*hexutil.Big)(sr.Value),
			Proof: nodes,
		})
	}
	return p, nil
}
