package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Endpoints names an EVM node's JSON-RPC endpoints. HTTP carries requests;
// WS (optional) carries new-head notifications that wake the log watcher
// early. Only the watcher uses WS, and it survives WS outages by polling.
type Endpoints struct {
	HTTP string
	WS   string
}

// Validate checks the URLs' schemes.
func (e Endpoints) Validate() error {
	u, err := url.Parse(e.HTTP)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("evm: rpc http endpoint %q is not an http(s) URL", e.HTTP)
	}
	if e.WS != "" {
		u, err := url.Parse(e.WS)
		if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
			return fmt.Errorf("evm: rpc websocket endpoint %q is not a ws(s) URL", e.WS)
		}
	}
	return nil
}

// Client is an EVM chain connection: ethclient over HTTP plus the
// eth_getProof call, with the chain id checked at dial time.
type Client struct {
	Endpoints Endpoints
	ChainID   *big.Int

	rpc *rpc.Client
	eth *ethclient.Client
	gc  *gethclient.Client
}

// Dial connects over HTTP and checks the chain id when wantChainID is not nil.
func Dial(ctx context.Context, ep Endpoints, wantChainID *big.Int) (*Client, error) {
	if err := ep.Validate(); err != nil {
		return nil, err
	}
	rc, err := rpc.DialContext(ctx, ep.HTTP)
	if err != nil {
		return nil, fmt.Errorf("evm: dial %s: %w", ep.HTTP, err)
	}
	c := &Client{Endpoints: ep, rpc: rc, eth: ethclient.NewClient(rc), gc: gethclient.New(rc)}
	id, err := c.eth.ChainID(ctx)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("evm: chain id from %s: %w", ep.HTTP, err)
	}
	if wantChainID != nil && id.Cmp(wantChainID) != 0 {
		rc.Close()
		return nil, fmt.Errorf("evm: %s serves chain id %s, configured %s", ep.HTTP, id, wantChainID)
	}
	c.ChainID = id
	return c, nil
}

// NewWatcher returns a log watcher on this client's HTTP and websocket endpoints.
func (c *Client) NewWatcher(cfg WatcherConfig) (*Watcher, error) {
	return NewWatcher(c.eth, c.Endpoints.WS, cfg)
}

// Eth is the underlying ethclient (HTTP).
func (c *Client) Eth() *ethclient.Client { return c.eth }

// Close closes the HTTP connection.
func (c *Client) Close() { c.rpc.Close() }

// CommitmentProof is eth_getProof's answer for the handler's commitments
// at ICS-24 paths, in the order asked.
type CommitmentProof struct {
	Block   *big.Int
	Account *gethclient.AccountResult
	Paths   []string
}

// GetCommitmentProof fetches eth_getProof for the storage keys of paths in
// the IBC handler at block (nil = latest). The proof is for a light client
// to verify against a verified state root; this function checks nothing.
func (c *Client) GetCommitmentProof(ctx context.Context, handler common.Address, paths []string, block *big.Int) (*CommitmentProof, error) {
	if len(paths) == 0 {
		return nil, errors.New("evm: eth_getProof: no paths")
	}
	keys := make([]string, len(paths))
	for i, p := range paths {
		keys[i] = StorageKey(p).Hex()
	}
	res, err := c.gc.GetProof(ctx, handler, keys, block)
	if err != nil {
		return nil, fmt.Errorf("evm: eth_getProof %s at %v for %s: %w", handler, block, strings.Join(paths, ","), err)
	}
	if len(res.StorageProof) != len(paths) {
		return nil, fmt.Errorf("evm: eth_getProof returned %d storage proofs for %d keys", len(res.StorageProof), len(paths))
	}
	return &CommitmentProof{Block: block, Account: res, Paths: paths}, nil
}
