package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// DeployConfig describes a Causeway deployment on an EVM chain: an
// attestation client for the counterparty, the connection on top of it and
// one ICS-20 channel.
//
// With ConnectionID empty, Deploy provisions neither the connection nor the
// channel: it deploys the contracts, registers the client under ClientID and
// binds Port to the ICS-20 app, and the connection and channel are made
// later by a handshake with the counterparty (ProvisionConnectionTry,
// OpenConnection, ProvisionChannelTry, OpenChannel). The connection and
// channel fields are then ignored.
type DeployConfig struct {
	Operators []common.Address
	Threshold uint64

	ClientID     string // e.g. "attestation-0"
	ConnectionID string // e.g. "connection-0"; "" to leave connection and channel to a handshake
	// The counterparty's side of the connection (its client of this chain
	// and its connection id), committed in the connection end.
	CounterpartyClientID     string
	CounterpartyConnectionID string

	Port                string // e.g. "transfer"
	Channel             string // e.g. "channel-0"; required when ConnectionID is set
	CounterpartyPort    string
	CounterpartyChannel string
	Ordered             bool
	Version             string // default "ics20-1"
}

// Deployment is the addresses of a deployed Causeway stack.
type Deployment struct {
	Handler           common.Address
	AttestationClient common.Address
	ICS20             common.Address
}

// ConnectionEndProto is the ibc-go protobuf encoding of the OPEN connection
// end the handler commits under "connections/{id}" (prefix "ibc", ibc-go's
// default versions, no delay).
func ConnectionEndProto(clientID, counterpartyClientID, counterpartyConnectionID string) ([]byte, error) {
	return ConnectionEnd(connectiontypes.OPEN, clientID, counterpartyClientID, counterpartyConnectionID)
}

// ConnectionEnd is the ibc-go protobuf encoding of a connection end in state
// state on client clientID whose counterparty is counterpartyClientID /
// counterpartyConnectionID: prefix "ibc", ibc-go's compatible versions (the
// single default version, which is also what ibc-go's ConnOpenAck expects in
// a TRYOPEN end when the relayer selects it), delay 0. The handler commits it
// under "connections/{id}".
func ConnectionEnd(state connectiontypes.State, clientID, counterpartyClientID, counterpartyConnectionID string) ([]byte, error) {
	c := connectiontypes.NewConnectionEnd(state, clientID,
		connectiontypes.NewCounterparty(counterpartyClientID, counterpartyConnectionID, commitmenttypes.NewMerklePrefix([]byte("ibc"))),
		connectiontypes.GetCompatibleVersions(), 0)
	b, err := c.Marshal()
	if err != nil {
		return nil, fmt.Errorf("evm: encode connection end %s (%s): %w", clientID, state, err)
	}
	return b, nil
}

// DeployBackend is what Deploy needs from the chain (*ethclient.Client and
// the simulated backend's client satisfy it).
type DeployBackend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deploy deploys and provisions the handler, the attestation client and the
// ICS-20 app with opts as owner: the three contracts in one block, then the
// four provisioning calls one after the other (commit blocks meanwhile on a
// simulated chain). With cfg.ConnectionID empty only registerClient and
// bindPort are sent, leaving the connection and the channel to a handshake
// (see DeployConfig). It fails on the first reverted transaction.
func Deploy(ctx context.Context, b DeployBackend, opts *bind.TransactOpts, cfg DeployConfig) (*Deployment, error) {
	handshake := cfg.ConnectionID == ""
	if len(cfg.Operators) == 0 || cfg.Threshold == 0 || cfg.ClientID == "" || cfg.Port == "" || (!handshake && cfg.Channel == "") {
		return nil, errors.New("evm: deploy: operators, threshold, client, port and (with a connection) channel are required")
	}
	if cfg.Version == "" {
		cfg.Version = "ics20-1"
	}
	var conn []byte
	if !handshake {
		var err error
		conn, err = ConnectionEndProto(cfg.ClientID, cfg.CounterpartyClientID, cfg.CounterpartyConnectionID)
		if err != nil {
			return nil, err
		}
	}
	nonce, err := b.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("evm: deploy: nonce of %s: %w", opts.From, err)
	}
	var txs []*types.Transaction
	next := func() *bind.TransactOpts {
		o := *opts
		o.Context = ctx
		o.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		return &o
	}
	add := func(what string, tx *types.Transaction, err error) error {
		if err != nil {
			return fmt.Errorf("evm: deploy: %s: %w", what, err)
		}
		txs = append(txs, tx)
		return nil
	}
	d := &Deployment{}
	var tx *types.Transaction
	d.Handler, tx, _, err = bindings.DeployIBCHandler(next(), b)
	if err := add("IBCHandler", tx, err); err != nil {
		return nil, err
	}
	d.AttestationClient, tx, _, err = bindings.DeployAttestationClient(next(), b, cfg.Operators, new(big.Int).SetUint64(cfg.Threshold))
	if err := add("AttestationClient", tx, err); err != nil {
		return nil, err
	}
	d.ICS20, tx, _, err = bindings.DeployICS20Transfer(next(), b, d.Handler)
	if err := add("ICS20Transfer", tx, err); err != nil {
		return nil, err
	}
	if err := waitAll(ctx, b, txs); err != nil {
		return nil, err
	}
	// Provisioning calls depend on each other: one at a time, each estimated.
	h, err := bindings.NewIBCHandlerTransactor(d.Handler, b)
	if err != nil {
		return nil, err
	}
	ordering := uint8(1)
	if cfg.Ordered {
		ordering = 2
	}
	type step struct {
		what string
		send func(*bind.TransactOpts) (*types.Transaction, error)
	}
	registerClient := step{"registerClient", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return h.RegisterClient(o, cfg.ClientID, d.AttestationClient)
	}}
	bindPort := step{"bindPort", func(o *bind.TransactOpts) (*types.Transaction, error) { return h.BindPort(o, cfg.Port, d.ICS20) }}
	steps := []step{registerClient, bindPort}
	if !handshake {
		steps = []step{
			registerClient,
			{"provisionConnection", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return h.ProvisionConnection(o, cfg.ConnectionID, cfg.ClientID, conn)
			}},
			bindPort,
			{"provisionChannel", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return h.ProvisionChannel(o, cfg.Port, cfg.Channel, ordering, cfg.ConnectionID, cfg.CounterpartyPort, cfg.CounterpartyChannel, cfg.Version)
			}},
		}
	}
	for _, st := range steps {
		tx, err := st.send(next())
		if err != nil {
			return nil, fmt.Errorf("evm: deploy: %s: %w", st.what, err)
		}
		if err := waitAll(ctx, b, []*types.Transaction{tx}); err != nil {
			return nil, fmt.Errorf("evm: deploy: %s: %w", st.what, err)
		}
	}
	return d, nil
}

func waitAll(ctx context.Context, b DeployBackend, txs []*types.Transaction) error {
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, b, tx)
		if err != nil {
			return fmt.Errorf("evm: deploy: waiting for %s: %w", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("evm: deploy: transaction %s (nonce %d) reverted", tx.Hash(), tx.Nonce())
		}
	}
	return nil
}
