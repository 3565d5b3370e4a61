package evm

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// The handler's side of a connection and channel handshake with an ibc-go
// chain, sent by the handler's owner (opts). The order is:
//
//	counterparty ConnOpenInit
//	ProvisionConnectionTry   (commits the TRYOPEN connection end)
//	counterparty ConnOpenAck (proves that end)
//	OpenConnection           (commits the OPEN connection end)
//	counterparty ChanOpenInit
//	ProvisionChannelTry      (channel in state TRYOPEN)
//	counterparty ChanOpenAck (proves that end)
//	OpenChannel              (channel OPEN: packets flow)
//
// Each helper sends one transaction with opts (its Context replaced by ctx),
// waits until it is mined (bind.WaitMined: blocks must be produced meanwhile)
// and returns its receipt; a reverted transaction is an error (returned with
// its receipt).

// ProvisionConnectionTry provisions connection connectionID on the handler's
// client clientID and commits its TRYOPEN end (ConnectionEnd with the
// counterparty's client and connection ids), the end the counterparty's
// ConnOpenAck proves.
func ProvisionConnectionTry(ctx context.Context, b DeployBackend, opts *bind.TransactOpts, handler common.Address,
	connectionID, clientID, counterpartyClientID, counterpartyConnectionID string) (*types.Receipt, error) {
	end, err := ConnectionEnd(connectiontypes.TRYOPEN, clientID, counterpartyClientID, counterpartyConnectionID)
	if err != nil {
		return nil, err
	}
	return handshakeTx(ctx, b, opts, handler, "provisionConnection "+connectionID,
		func(h *bindings.IBCHandlerTransactor, o *bind.TransactOpts) (*types.Transaction, error) {
			return h.ProvisionConnection(o, connectionID, clientID, end)
		})
}

// OpenConnection replaces the committed end of the provisioned connection
// connectionID with its OPEN end (setConnectionEnd), once the counterparty's
// ConnOpenAck succeeded. The arguments are those of ProvisionConnectionTry.
func OpenConnection(ctx context.Context, b DeployBackend, opts *bind.TransactOpts, handler common.Address,
	connectionID, clientID, counterpartyClientID, counterpartyConnectionID string) (*types.Receipt, error) {
	end, err := ConnectionEnd(connectiontypes.OPEN, clientID, counterpartyClientID, counterpartyConnectionID)
	if err != nil {
		return nil, err
	}
	return handshakeTx(ctx, b, opts, handler, "setConnectionEnd "+connectionID,
		func(h *bindings.IBCHandlerTransactor, o *bind.TransactOpts) (*types.Transaction, error) {
			return h.SetConnectionEnd(o, connectionID, end)
		})
}

// ProvisionChannelTry creates channel port/channel on connectionID in state
// TRYOPEN (provisionChannelTry), the end the counterparty's ChanOpenAck
// proves; packets are refused on it until OpenChannel.
func ProvisionChannelTry(ctx context.Context, b DeployBackend, opts *bind.TransactOpts, handler common.Address,
	port, channel string, ordered bool, connectionID, counterpartyPort, counterpartyChannel, version string) (*types.Receipt, error) {
	ordering := uint8(1) // UNORDERED
	if ordered {
		ordering = 2 // ORDERED
	}
	return handshakeTx(ctx, b, opts, handler, "provisionChannelTry "+port+"/"+channel,
		func(h *bindings.IBCHandlerTransactor, o *bind.TransactOpts) (*types.Transaction, error) {
			return h.ProvisionChannelTry(o, port, channel, ordering, connectionID, counterpartyPort, counterpartyChannel, version)
		})
}

// OpenChannel moves channel port/channel from TRYOPEN to OPEN (openChannel),
// once the counterparty's ChanOpenAck succeeded.
func OpenChannel(ctx context.Context, b DeployBackend, opts *bind.TransactOpts, handler common.Address,
	port, channel string) (*types.Receipt, error) {
	return handshakeTx(ctx, b, opts, handler, "openChannel "+port+"/"+channel,
		func(h *bindings.IBCHandlerTransactor, o *bind.TransactOpts) (*types.Transaction, error) {
			return h.OpenChannel(o, port, channel)
		})
}

func handshakeTx(ctx context.Context, b DeployBackend, opts *bind.TransactOpts, handler common.Address, what string,
	send func(*bindings.IBCHandlerTransactor, *bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	h, err := bindings.NewIBCHandlerTransactor(handler, b)
	if err != nil {
		return nil, err
	}
	o := *opts
	o.Context = ctx
	tx, err := send(h, &o)
	if err != nil {
		return nil, fmt.Errorf("evm: handshake: %s: %w", what, err)
	}
	r, err := bind.WaitMined(ctx, b, tx)
	if err != nil {
		return nil, fmt.Errorf("evm: handshake: %s: waiting for %s: %w", what, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("evm: handshake: %s: transaction %s reverted", what, tx.Hash())
	}
	return r, nil
}
