package evm_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

const (
	clientID     = "attestation-0"
	connectionID = "connection-0"
	port         = "transfer"
	channel      = "channel-0"
	cpPort       = "transfer"
	cpChannel    = "channel-7"
	oPort        = "otransfer" // a second transfer app on an ORDERED channel
	oChannel     = "channel-1"
	oCpChannel   = "channel-8"
	farFuture    = uint64(4_000_000_000) * 1e9
)

// env is a simulated EVM chain with Causeway's contracts deployed and
// provisioned: an unordered transfer channel and an ordered one, both on an
// attestation client with n operators and threshold m.
type env struct {
	t        testing.TB
	sim      *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
	ownerKey *ecdsa.PrivateKey
	owner    *bind.TransactOpts
	user     *bind.TransactOpts
	userKey  *ecdsa.PrivateKey

	handler     *bindings.IBCHandler
	handlerAddr common.Address
	attest      *bindings.AttestationClient
	attestAddr  common.Address
	ics20       *bindings.ICS20Transfer
	ics20Addr   common.Address
	ics20o      *bindings.ICS20Transfer
	ics20oAddr  common.Address
	token       *bindings.TestToken
	tokenAddr   common.Address

	opKeys    []*ecdsa.PrivateKey // sorted by address
	height    uint64              // last attested counterparty height
	threshold int
}

func newEnv(t testing.TB, n, m int) *env {
	t.Helper()
	e := &env{t: t, threshold: m}
	e.ownerKey, _ = crypto.GenerateKey()
	e.userKey, _ = crypto.GenerateKey()
	rich := new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1e6))
	alloc := types.GenesisAlloc{
		crypto.PubkeyToAddress(e.ownerKey.PublicKey): {Balance: rich},
		crypto.PubkeyToAddress(e.userKey.PublicKey):  {Balance: rich},
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), mainnetRules)
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	var err error
	e.chainID, err = e.client.ChainID(context.Background())
	must(t, err)
	e.owner, err = bind.NewKeyedTransactorWithChainID(e.ownerKey, e.chainID)
	must(t, err)
	e.user, err = bind.NewKeyedTransactorWithChainID(e.userKey, e.chainID)
	must(t, err)

	for i := 0; i < n; i++ {
		k, _ := crypto.GenerateKey()
		e.opKeys = append(e.opKeys, k)
	}
	sortKeys(e.opKeys)
	ops := make([]common.Address, n)
	for i, k := range e.opKeys {
		ops[i] = crypto.PubkeyToAddress(k.PublicKey)
	}

	var tx *types.Transaction
	e.handlerAddr, tx, e.handler, err = bindings.DeployIBCHandler(e.owner, e.client)
	e.mine(tx, err)
	e.attestAddr, tx, e.attest, err = bindings.DeployAttestationClient(e.owner, e.client, ops, big.NewInt(int64(m)))
	e.mine(tx, err)
	e.ics20Addr, tx, e.ics20, err = bindings.DeployICS20Transfer(e.owner, e.client, e.handlerAddr)
	e.mine(tx, err)
	e.ics20oAddr, tx, e.ics20o, err = bindings.DeployICS20Transfer(e.owner, e.client, e.handlerAddr)
	e.mine(tx, err)
	supply := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e9))
	e.tokenAddr, tx, e.token, err = bindings.DeployTestToken(e.user, e.client, "Test", "TST", supply)
	e.mine(tx, err)

	tx, err = e.handler.RegisterClient(e.owner, clientID, e.attestAddr)
	e.mine(tx, err)
	tx, err = e.handler.ProvisionConnection(e.owner, connectionID, clientID, connectionEndProto(t))
	e.mine(tx, err)
	tx, err = e.handler.BindPort(e.owner, port, e.ics20Addr)
	e.mine(tx, err)
	tx, err = e.handler.BindPort(e.owner, oPort, e.ics20oAddr)
	e.mine(tx, err)
	tx, err = e.handler.ProvisionChannel(e.owner, port, channel, 1, connectionID, cpPort, cpChannel, "ics20-1")
	e.mine(tx, err)
	tx, err = e.handler.ProvisionChannel(e.owner, oPort, oChannel, 2, connectionID, oPort, oCpChannel, "ics20-1")
	e.mine(tx, err)
	// The user lets both transfer apps escrow its tokens.
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tx, err = e.token.Approve(e.user, e.ics20Addr, max)
	e.mine(tx, err)
	tx, err = e.token.Approve(e.user, e.ics20oAddr, max)
	e.mine(tx, err)
	return e
}

// mainnetRules runs the simulated chain on the forks live on Ethereum mainnet
// (through Osaka). The simulated backend's default dev config also enables
// forks in development (Bogota, with EIP-8037 state-creation gas: ~98k per new
// storage slot), which would make the gas figures meaningless for mainnet.
func mainnetRules(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	ec.Genesis.Config = &cfg
}

// connectionEndProto is the counterparty-verifiable encoding of the
// provisioned connection, made by ibc-go's own types.
func connectionEndProto(t testing.TB) []byte {
	c := connectiontypes.NewConnectionEnd(connectiontypes.OPEN, clientID,
		connectiontypes.NewCounterparty("07-tendermint-0", "connection-3", commitmenttypes.NewMerklePrefix([]byte("ibc"))),
		connectiontypes.GetCompatibleVersions(), 0)
	b, err := c.Marshal()
	must(t, err)
	return b
}

func (e *env) userAddr() common.Address { return crypto.PubkeyToAddress(e.userKey.PublicKey) }

// mine commits a block and fails the test unless tx succeeded.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("send transaction: %v", err)
	}
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s reverted (gas %d)", tx.Hash(), r.GasUsed)
	}
	return r
}

// attestLeaves signs the batch with the given operator keys at the next
// counterparty height and returns the client message, the tree and the height.
func (e *env) attestation(leaves []evm.AttestationLeaf, timestampNs uint64, keys []*ecdsa.PrivateKey) ([]byte, *evm.AttestationTree, bindings.Height) {
	e.t.Helper()
	tree, err := evm.NewAttestationTree(leaves)
	must(e.t, err)
	setID, err := e.attest.OperatorSetId(nil)
	must(e.t, err)
	e.height++
	a := evm.Attestation{ChainID: e.chainID, Client: e.attestAddr, OperatorSetID: setID,
		RevisionNumber: 1, RevisionHeight: e.height, Timestamp: timestampNs, Root: tree.Root()}
	var sigs []evm.AttestationSignature
	for _, k := range keys {
		s, err := evm.SignAttestation(a, k)
		must(e.t, err)
		sigs = append(sigs, evm.AttestationSignature{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: s})
	}
	msg, err := evm.AttestationClientMessage(a, sigs)
	must(e.t, err)
	return msg, tree, bindings.Height{RevisionNumber: 1, RevisionHeight: e.height}
}

// attest submits an attestation of leaves by the first `threshold` operators.
func (e *env) attest1(leaves []evm.AttestationLeaf, timestampNs uint64) (*evm.AttestationTree, bindings.Height) {
	e.t.Helper()
	msg, tree, h := e.attestation(leaves, timestampNs, e.opKeys[:e.threshold])
	tx, err := e.handler.UpdateClient(e.owner, clientID, msg)
	e.mine(tx, err)
	return tree, h
}

func proofOf(t testing.TB, tree *evm.AttestationTree, i int) []byte {
	p, err := tree.Proof(i)
	must(t, err)
	return p
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantRevert(t testing.TB, err error, substr string) {
	t.Helper()
	if err == nil {
		t.Fatalf("call succeeded, want revert containing %q", substr)
	}
	if !strings.Contains(err.Error(), substr) {
		t.Fatalf("reverted with %q, want %q", err, substr)
	}
}

func sortKeys(ks []*ecdsa.PrivateKey) {
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			a, b := crypto.PubkeyToAddress(ks[i].PublicKey), crypto.PubkeyToAddress(ks[j].PublicKey)
			if strings.ToLower(b.Hex()) < strings.ToLower(a.Hex()) {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
}

func balance(t testing.TB, tok *bindings.TestToken, a common.Address) *big.Int {
	b, err := tok.BalanceOf(nil, a)
	must(t, err)
	return b
}
