package cosmos

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
)

// Config describes one Cosmos chain and the signer the adapter uses on it.
type Config struct {
	// ChainID of the chain, e.g. "alliance-1" (its "-N" suffix is the IBC
	// revision number).
	ChainID string
	// RPC is the CometBFT RPC endpoint, http://host:port (loopback in dev).
	RPC string
	// AccountPrefix is the bech32 prefix of account addresses ("cosmos").
	AccountPrefix string
	// Keyring is an opened keyring (OpenKeyring) and Key the signer's name
	// in it; both may be empty for a read-only adapter.
	Keyring keyring.Keyring
	Key     string
	// GasAdjustment multiplies the simulated gas (default 1.3).
	GasAdjustment float64
	// GasPrices, e.g. "0.025stake", sets fee = ceil(gas * price). Empty
	// means no fee (chains with zero minimum gas prices).
	GasPrices string
	// SimulateSample lets a transaction of many messages of one type after
	// the first (e.g. an update and 1,000 RecvPackets) be simulated on its
	// first 1 and 1+SimulateSample messages and the rest extrapolated,
	// instead of simulating everything (which costs the node as much as
	// executing it, and the relayer the decoding of every message's events).
	// A transaction that runs out of the extrapolated gas is simulated in
	// full and sent again. Used by SendMsgs and SubmitMsgs (not Broadcast,
	// which cannot resend). Default (0) 16; negative: always simulate the
	// whole transaction.
	SimulateSample int
	// MaxGas caps the gas of one transaction (default 1,000,000,000: about
	// 10,000 ICS-20 RecvPackets). The chain's block gas limit caps it too
	// (CometBFT's mempool refuses a transaction that wants more than a
	// block holds); SubmitSplit splits what would exceed the cap.
	MaxGas uint64
	// RPCBatch is how many proof queries QueryProvenBatch puts in one
	// JSON-RPC batch request; it must not exceed the node's
	// max_request_batch_size (default 10, CometBFT's default).
	RPCBatch int
	// PollInterval is how often the block follower polls when the
	// websocket is down (default 500ms; keep it below the block time).
	PollInterval time.Duration
	// RequestTimeout bounds one RPC call (default 10s).
	RequestTimeout time.Duration
	// TxTimeout bounds waiting for a transaction's inclusion (default 30s).
	TxTimeout time.Duration
	// Inclusions, shared with the Chain that follows this chain in the same
	// process, lets SubmitMsgs learn its transaction's inclusion from the
	// follower instead of polling /tx every PollInterval/2; /tx is then
	// read only every InclusionPoll (the follower may be down or behind)
	// and after blocks whose tx hashes the follower did not read. Nil: poll.
	Inclusions *Inclusions
	// InclusionPoll is how often SubmitMsgs reads /tx while it waits on
	// Inclusions (default 3s, or 4 PollIntervals if longer). Keep it well
	// above the follower's delay: a read that finds the transaction before
	// the follower does reads its whole result.
	InclusionPoll time.Duration
}

func (c *Config) defaults() error {
	if c.ChainID == "" {
		return errors.New("cosmos: config: chain id is empty")
	}
	u, err := url.Parse(c.RPC)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "tcp") || u.Host == "" {
		return fmt.Errorf("cosmos: config for %s: rpc %q is not an http(s) URL", c.ChainID, c.RPC)
	}
	if c.AccountPrefix == "" {
		c.AccountPrefix = "cosmos"
	}
	if c.GasAdjustment == 0 {
		c.GasAdjustment = 1.3
	}
	if c.GasAdjustment < 1 {
		return fmt.Errorf("cosmos: config for %s: gas adjustment %v is below 1", c.ChainID, c.GasAdjustment)
	}
	if c.SimulateSample == 0 {
		c.SimulateSample = 16
	}
	if c.RPCBatch <= 0 {
		c.RPCBatch = 10
	}
	if c.MaxGas == 0 {
		c.MaxGas = 1_000_000_000
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 500 * time.Millisecond
	}
	if c.InclusionPoll <= 0 {
		c.InclusionPoll = max(3*time.Second, 4*c.PollInterval)
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 10 * time.Second
	}
	if c.TxTimeout <= 0 {
		c.TxTimeout = 30 * time.Second
	}
	if c.Inclusions != nil && c.Inclusions.ChainID() != c.ChainID {
		return fmt.Errorf("cosmos: config for %s: inclusions are those of chain %s", c.ChainID, c.Inclusions.ChainID())
	}
	if c.Keyring != nil && c.Key == "" {
		return fmt.Errorf("cosmos: config for %s: keyring given without a key name", c.ChainID)
	}
	return nil
}

// Chain is a connection to one Cosmos chain. Its methods are safe for
// concurrent use; transactions from one Chain are serialised so the account
// sequence stays consistent.
type Chain struct {
	cfg   Config
	cdc   *Codec
	rpc   *rpchttp.HTTP
	raw   *rawRPC // lean client for the calls on the relay path
	wsURL string

	txMu   sync.Mutex // one transaction at a time per signer
	accNum uint64
	seq    uint64
	seqOK  bool
	// blockMaxGas is the chain's block gas limit (<= 0: none) as last read
	// at blockMaxGasAt; guarded by txMu.
	blockMaxGas   int64
	blockMaxGasAt time.Time
	address       string
	// signer holds the signer's key for building and signing transactions.
	signer keyring.Keyring

	txReads atomic.Int64 // /tx reads (tests)
}

// New connects to the chain's RPC (HTTP; the websocket is opened by Follow).
func New(cfg Config) (*Chain, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	cdc, err := NewCodec(cfg.AccountPrefix)
	if err != nil {
		return nil, fmt.Errorf("cosmos: codec for %s: %w", cfg.ChainID, err)
	}
	rpc, err := rpchttp.NewWithClient(cfg.RPC, "/websocket", &http.Client{Timeout: cfg.RequestTimeout})
	if err != nil {
		return nil, fmt.Errorf("cosmos: rpc client for %s at %s: %w", cfg.ChainID, cfg.RPC, err)
	}
	raw, err := newRawRPC(cfg.RPC, cfg.RequestTimeout)
	if err != nil {
		return nil, fmt.Errorf("cosmos: rpc client for %s: %w", cfg.ChainID, err)
	}
	c := &Chain{cfg: cfg, cdc: cdc, rpc: rpc, raw: raw}
	if cfg.Keyring != nil {
		info, err := ShowKey(cfg.Keyring, cdc, cfg.Key)
		if err != nil {
			return nil, fmt.Errorf("cosmos: signer for %s: %w", cfg.ChainID, err)
		}
		c.address = info.Address
		c.signer, _ = unlocked(cfg.Keyring, cdc, cfg.Key)
	}
	return c, nil
}

// unlocked returns an in-memory keyring holding only the signer's key,
// decrypted once. The file keyring derives its decryption key (PBKDF2) on
// every lookup, and building, simulating and signing a transaction each
// look the key up: that was a fifth of the relayer's CPU. A key that is not
// a local secp256k1 key (ledger, offline) stays in kr (copied is false).
func unlocked(kr keyring.Keyring, cdc *Codec, name string) (_ keyring.Keyring, copied bool) {
	rec, err := kr.Key(name)
	if err != nil {
		return kr, false
	}
	local := rec.GetLocal()
	if local == nil || local.PrivKey == nil {
		return kr, false
	}
	priv, ok := local.PrivKey.GetCachedValue().(cryptotypes.PrivKey)
	if !ok || priv.Type() != string(hd.Secp256k1Type) {
		return kr, false
	}
	mem := keyring.NewInMemory(cdc.Marshaler)
	if err := mem.ImportPrivKeyHex(name, hex.EncodeToString(priv.Bytes()), string(hd.Secp256k1Type)); err != nil {
		return kr, false
	}
	return mem, true
}

// ChainID is the chain's id.
func (c *Chain) ChainID() string { return c.cfg.ChainID }

// Codec is the chain's codec.
func (c *Chain) Codec() *Codec { return c.cdc }

// Address is the signer's bech32 address ("" for a read-only adapter).
func (c *Chain) Address() string { return c.address }

// Revision is the IBC revision number parsed from the chain id.
func (c *Chain) Revision() uint64 { return clienttypes.ParseChainID(c.cfg.ChainID) }

// Height makes an IBC height on this chain.
func (c *Chain) Height(h int64) clienttypes.Height {
	return clienttypes.NewHeight(c.Revision(), uint64(h))
}

// LatestHeight is the chain's latest committed height.
func (c *Chain) LatestHeight(ctx context.Context) (int64, error) {
	// Called on every block by the follower and by every batch: read the two
	// fields it needs, not the node's whole status.
	var network string
	var height int64
	err := c.raw.call(ctx, "status", map[string]any{}, func(s *scanner) error {
		return s.object(func(key []byte) error {
			switch string(key) {
			case "node_info":
				return s.object(func(key []byte) error {
					if string(key) != "network" {
						return s.skip()
					}
					var err error
					network, err = s.str()
					return err
				})
			case "sync_info":
				return s.object(func(key []byte) error {
					if string(key) != "latest_block_height" {
						return s.skip()
					}
					var err error
					height, err = s.int64()
					return err
				})
			default:
				return s.skip()
			}
		})
	})
	if err != nil {
		return 0, fmt.Errorf("cosmos: %s status: %w", c.cfg.ChainID, err)
	}
	if network != c.cfg.ChainID {
		return 0, fmt.Errorf("cosmos: %s: node at %s serves chain %q", c.cfg.ChainID, c.cfg.RPC, network)
	}
	return height, nil
}

// WaitHeight waits until the chain has committed height h.
func (c *Chain) WaitHeight(ctx context.Context, h int64) error {
	for {
		got, err := c.LatestHeight(ctx)
		if err == nil && got >= h {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("cosmos: %s: waiting for height %d: %w", c.cfg.ChainID, h, ctx.Err())
		case <-time.After(c.cfg.PollInterval / 2):
		}
	}
}
