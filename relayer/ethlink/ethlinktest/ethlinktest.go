// Package ethlinktest starts an alliance <-> Ethereum path on one machine for
// Causeway's tests and demo: allianced (ibc-go simapp with the 10-ethereum
// client), geth --dev with the dev beacon, Causeway's contracts with an
// attestation committee of operator keys, the path opened by ethlink.Link,
// the relayer keys in a relayer home (cosmos keyring, EVM keystore) and a
// relayer config for the pair.
//
// Not for production: every key here is a devnet key.
package ethlinktest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// Passphrase encrypts the devnet keyrings and keystores; configs read it
// from the environment variable PassphraseEnv.
const (
	Passphrase    = "causeway devnet keyring passphrase"
	PassphraseEnv = "CAUSEWAY_DEVNET_PASS"
	// EthChainID is the Ethereum chain's id in the relayer config.
	EthChainID = "geth-dev"
	// Path is the path's name in the relayer config.
	Path = "alliance-eth"
)

// Options shape the environment.
type Options struct {
	// Home holds the relayer keys: <Home>/keys/<chain id>.
	Home string
	// Operators is the attestation committee's size (default 1); each
	// operator key is also an Ethereum signer key of the relayer.
	Operators int
	// Threshold of the committee (default 1).
	Threshold int
	// ExtraRelayers funds further alliance relayer keys (one per process).
	ExtraRelayers int
	// AllianceBlock is the alliance chain's block time (CometBFT
	// timeout_commit; default 300ms).
	AllianceBlock time.Duration
	// StartSlot is the dev beacon's first slot (default 44: the sync
	// committee rotates at slot 64, about 20 s after start).
	StartSlot uint64
	// Logf, if set, is told each step.
	Logf func(format string, args ...any)
}

// Env is a running, linked alliance <-> Ethereum path.
type Env struct {
	Geth     *devnet.GethNode
	Beacon   *devnet.Beacon
	Alliance *devnet.SimdChain
	// EC is a client of geth.
	EC    *evm.Client
	Dep   *evm.Deployment
	Owner *bind.TransactOpts
	ICS20 *bindings.ICS20Transfer
	// Operators are the committee's keys, funded, in the relayer keystore.
	Operators []*ecdsa.PrivateKey
	// User signs as the alliance chain's user account.
	User *cosmos.Chain
	// Cos and Eth are the two ends, as ethlink.Link left them; Eth signs with
	// operator 0 and attests with the first Threshold operators' keys.
	Cos *link.End
	Eth *ethlink.Eth
	// Token is an ERC-20 held by Holder (who approved the ICS-20 app).
	Token  common.Address
	Holder *ecdsa.PrivateKey

	home string
	done []func()
}

// Close stops everything Start started.
func (e *Env) Close() {
	for i := len(e.done) - 1; i >= 0; i-- {
		e.done[i]()
	}
}

// Start starts the chains, deploys the contracts, funds and stores the keys
// and links the path. On error everything started is stopped.
func Start(ctx context.Context, o Options) (_ *Env, err error) {
	if o.Operators == 0 {
		o.Operators = 1
	}
	if o.Threshold == 0 {
		o.Threshold = 1
	}
	if o.StartSlot == 0 {
		o.StartSlot = 44
	}
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	e := &Env{home: o.Home}
	defer func() {
		if err != nil {
			e.Close()
		}
	}()
	type started struct {
		g   *devnet.GethNode
		a   *devnet.SimdChain
		err error
	}
	gch := make(chan started, 1)
	go func() {
		g, err := devnet.StartGeth(ctx, devnet.GethOptions{Period: 1})
		gch <- started{g: g, err: err}
	}()
	a, aerr := devnet.StartAlliance(ctx, devnet.SimdOptions{ExtraRelayers: o.ExtraRelayers, TimeoutCommit: o.AllianceBlock})
	gs := <-gch
	if gs.g != nil {
		e.Geth = gs.g
		e.done = append(e.done, func() { gs.g.Close() })
	}
	if a != nil {
		e.Alliance = a
		e.done = append(e.done, func() { a.Close() })
	}
	if err := errors.Join(aerr, gs.err); err != nil {
		return nil, err
	}
	o.Logf("allianced %s on %s; geth --dev on %s", a.ChainID, a.RPC(), e.Geth.HTTP)

	if e.EC, err = evm.Dial(ctx, evm.Endpoints{HTTP: e.Geth.HTTP, WS: e.Geth.WS}, e.Geth.ChainID); err != nil {
		return nil, err
	}
	e.done = append(e.done, e.EC.Close)
	if e.Owner, err = bind.NewKeyedTransactorWithChainID(e.Geth.DevKey, e.Geth.ChainID); err != nil {
		return nil, err
	}
	ks, err := evm.OpenKeys(filepath.Join(o.Home, "keys", EthChainID), true)
	if err != nil {
		return nil, err
	}
	var addrs []common.Address
	for i := 0; i < o.Operators; i++ {
		k, _ := crypto.GenerateKey()
		e.Operators = append(e.Operators, k)
		addr, err := ks.ImportHex(common.Bytes2Hex(crypto.FromECDSA(k)), Passphrase)
		if err != nil {
			return nil, err
		}
		addrs = append(addrs, addr)
		if err := e.Geth.Fund(ctx, addr, ether(1000)); err != nil {
			return nil, err
		}
	}
	if e.Dep, err = evm.Deploy(ctx, e.EC.Eth(), e.Owner, evm.DeployConfig{
		Operators: addrs, Threshold: uint64(o.Threshold), ClientID: "attestation-0", Port: "transfer",
	}); err != nil {
		return nil, err
	}
	if e.ICS20, err = bindings.NewICS20Transfer(e.Dep.ICS20, e.EC.Eth()); err != nil {
		return nil, err
	}
	e.Holder, _ = crypto.GenerateKey()
	if err := e.Geth.Fund(ctx, crypto.PubkeyToAddress(e.Holder.PublicKey), ether(100)); err != nil {
		return nil, err
	}
	ho := e.Transactor(e.Holder)
	var tx *types.Transaction
	var tok *bindings.TestToken
	e.Token, tx, tok, err = bindings.DeployTestToken(ho, e.EC.Eth(), "Test", "TST", big.NewInt(1_000_000_000))
	if _, err := e.Mine(ctx, tx, err); err != nil {
		return nil, err
	}
	tx, err = tok.Approve(ho, e.Dep.ICS20, big.NewInt(1_000_000_000))
	if _, err := e.Mine(ctx, tx, err); err != nil {
		return nil, err
	}
	o.Logf("contracts on geth: handler %s, attestation client %s (%d-of-%d), ICS-20 %s", e.Dep.Handler, e.Dep.AttestationClient, o.Threshold, o.Operators, e.Dep.ICS20)

	cdc, err := cosmos.NewCodec("cosmos")
	if err != nil {
		return nil, err
	}
	kr, err := cosmos.OpenKeyring(filepath.Join(o.Home, "keys", a.ChainID), Passphrase, cdc)
	if err != nil {
		return nil, err
	}
	for _, acc := range append([]devnet.SimdAccount{a.Relayer, a.User}, a.ExtraRelayers...) {
		if _, err := cosmos.RestoreKey(kr, cdc, acc.Name, acc.Mnemonic); err != nil {
			return nil, err
		}
	}
	rc, err := cosmos.New(cosmos.Config{ChainID: a.ChainID, RPC: a.RPC(), Keyring: kr, Key: a.Relayer.Name, PollInterval: 100 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	if e.User, err = cosmos.New(cosmos.Config{ChainID: a.ChainID, RPC: a.RPC(), Keyring: kr, Key: a.User.Name, PollInterval: 100 * time.Millisecond}); err != nil {
		return nil, err
	}
	v, err := link.NewVerifier(ctx, rc, lctm.Params{TrustingPeriod: 20 * time.Minute, MaxClockDrift: 10 * time.Second}, nil, nil)
	if err != nil {
		return nil, err
	}
	e.Cos = &link.End{Chain: rc, Verifier: v, PortID: "transfer"}

	if e.Beacon, err = devnet.StartBeacon(ctx, devnet.BeaconOptions{GethRPC: e.Geth.HTTP, StartSlot: o.StartSlot}); err != nil {
		return nil, err
	}
	e.done = append(e.done, func() { e.Beacon.Stop() })
	bc, err := beacon.NewClient(e.Beacon.URL, nil)
	if err != nil {
		return nil, err
	}
	ev, err := ethlink.NewEthVerifier(ctx, bc, e.Beacon.Config(), e.Beacon.Checkpoint(), nil, nil)
	if err != nil {
		return nil, err
	}
	pf, err := beacon.DialProofFetcher(ctx, e.Geth.HTTP)
	if err != nil {
		return nil, err
	}
	e.done = append(e.done, pf.Close)
	sub, err := evm.NewSubmitter(e.EC.Eth(), evm.SubmitterConfig{ChainID: e.Geth.ChainID, Key: e.Operators[0], ReceiptPoll: 200 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	e.Eth = &ethlink.Eth{
		Client: e.EC, Proofs: pf, Verifier: ev, Submitter: sub, Handler: e.Dep.Handler,
		ClientID: "attestation-0", ConnectionID: "connection-0", PortID: "transfer", ChannelID: "channel-0",
		Committee: ethlink.LocalCommittee{Keys: e.Operators[:o.Threshold]},
	}
	if err := ethlink.Link(ctx, e.Cos, e.Eth, e.Owner, ethlink.LinkOptions{Checkpoint: e.Beacon.Checkpoint(), Logf: o.Logf}); err != nil {
		return nil, err
	}
	return e, nil
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Transactor returns a transactor for k on geth.
func (e *Env) Transactor(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(k, e.Geth.ChainID)
	return o
}

// Mine waits for tx (sent with err) and fails on a revert.
func (e *Env) Mine(ctx context.Context, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	r, err := bind.WaitMined(ctx, e.EC.Eth(), tx)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("ethlinktest: tx %s reverted", tx.Hash())
	}
	return r, nil
}

// ConfigOptions shape the relayer config.
type ConfigOptions struct {
	// NATS is the nats section as YAML flow (default "{ack_wait: 30s}").
	NATS string
	// Listen is global.listen (default 127.0.0.1:0).
	Listen   string
	LogLevel string // default info
	MaxMsgs  int    // default 50
	// Signers is how many keys each chain lists (default 1; at most
	// 1+ExtraRelayers alliance keys and Operators Ethereum keys).
	Signers int
	// EthRPC overrides geth's HTTP endpoint (e.g. with a proxy).
	EthRPC string
	// EthGasAdjustment is the Ethereum chain's gas.adjustment (0: the
	// config default).
	EthGasAdjustment float64
}

// WriteConfig writes the relayer config of the path to dir/causeway.yaml,
// sets PassphraseEnv in this process's environment, and returns the file
// and the loaded config. The Ethereum watcher takes the handler's logs at
// geth's head (finality tag latest): geth --dev finalizes only every 32
// blocks, and nothing is proven to the alliance chain before the relayer's
// beacon light client has finalized the block anyway.
func (e *Env) WriteConfig(dir string, o ConfigOptions) (string, *config.Config, error) {
	if o.NATS == "" {
		o.NATS = "{ack_wait: 30s}"
	}
	if o.Listen == "" {
		o.Listen = "127.0.0.1:0"
	}
	if o.LogLevel == "" {
		o.LogLevel = "info"
	}
	if o.MaxMsgs == 0 {
		o.MaxMsgs = 50
	}
	if o.Signers == 0 {
		o.Signers = 1
	}
	if err := os.Setenv(PassphraseEnv, Passphrase); err != nil {
		return "", nil, err
	}
	a := e.Alliance
	ethRPC := e.Geth.HTTP
	if o.EthRPC != "" {
		ethRPC = o.EthRPC
	}
	var cosKeys, ethKeys []string
	for i, acc := range append([]devnet.SimdAccount{a.Relayer}, a.ExtraRelayers...) {
		if i < o.Signers {
			cosKeys = append(cosKeys, fmt.Sprintf(`{key: %s, passphrase: "${%s}"}`, acc.Name, PassphraseEnv))
		}
	}
	for i, k := range e.Operators {
		if i < o.Signers {
			ethKeys = append(ethKeys, fmt.Sprintf(`{key: "%s", passphrase: "${%s}"}`, crypto.PubkeyToAddress(k.PublicKey).Hex(), PassphraseEnv))
		}
	}
	ethGas := ""
	if o.EthGasAdjustment != 0 {
		ethGas = fmt.Sprintf("\n    gas: {adjustment: %v}", o.EthGasAdjustment)
	}
	y := fmt.Sprintf(`global: {listen: %q, log_level: %s}
nats: %s
chains:
  - id: %s
    family: cosmos
    rpc: %s
    signers: [%s]
    gas: {price: 0stake, adjustment: 1.5}
    trusting_period: 20m
    unbonding_period: 30m
    poll_interval: 100ms
  - id: %s
    family: ethereum
    network: dev
    evm_chain_id: %s
    rpc: %s
    websocket: %s
    beacon: %s
    checkpoint: "%s"
    handler: "%s"
    signers: [%s]%s
    finality: {tag: latest}
paths:
  - name: %s
    src: {chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}
    dst: {chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}
    max_msgs: %d
`, o.Listen, o.LogLevel, o.NATS,
		a.ChainID, a.RPC(), strings.Join(cosKeys, ", "),
		EthChainID, e.Geth.ChainID, ethRPC, e.Geth.WS, e.Beacon.URL, e.Beacon.Checkpoint().Hex(), e.Dep.Handler.Hex(), strings.Join(ethKeys, ", "), ethGas,
		Path, a.ChainID, e.Cos.ClientID, e.Cos.ConnectionID, e.Cos.ChannelID, e.Cos.PortID,
		EthChainID, e.Eth.ClientID, e.Eth.ConnectionID, e.Eth.ChannelID, e.Eth.PortID, o.MaxMsgs)
	f := filepath.Join(dir, "causeway.yaml")
	if err := os.WriteFile(f, []byte(y), 0o600); err != nil {
		return "", nil, err
	}
	cfg, err := config.Load(f)
	if err != nil {
		return "", nil, fmt.Errorf("generated config refused: %w\n%s", err, y)
	}
	return f, cfg, nil
}

// RelayTxs counts the transactions the operator keys sent on Ethereum and
// those of them that did something: stored a new attestation or received,
// acknowledged or timed out a packet. The difference is wasted work (a
// batch submitted twice, a reverted transaction). A relay transaction after
// the first of an attestation carries the same attestation again, which
// stores nothing, so attestations alone do not count relay transactions.
func (e *Env) RelayTxs(ctx context.Context) (sent, useful int, err error) {
	for _, k := range e.Operators {
		n, err := e.EC.Eth().NonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey), nil)
		if err != nil {
			return 0, 0, err
		}
		sent += int(n)
	}
	logs, err := e.EC.Eth().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{e.Dep.Handler, e.Dep.AttestationClient}})
	if err != nil {
		return 0, 0, err
	}
	ac, err := bindings.NewAttestationClientFilterer(e.Dep.AttestationClient, e.EC.Eth())
	if err != nil {
		return 0, 0, err
	}
	did := map[common.Hash]bool{}
	for _, l := range logs {
		if l.Address == e.Dep.AttestationClient {
			if _, err := ac.ParseAttested(l); err == nil {
				did[l.TxHash] = true
			}
			continue
		}
		ev, ok, err := evm.DecodePacketEvent(l)
		if err != nil || !ok {
			continue
		}
		switch ev.Kind {
		case evm.EventRecvPacket, evm.EventAcknowledgePacket, evm.EventTimeoutPacket:
			did[l.TxHash] = true
		}
	}
	return sent, len(did), nil
}
