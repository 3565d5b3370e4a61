package ethlink

import (
	"context"
	"fmt"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	"github.com/causewaylabs/causeway/relayer/link"
)

// LinkOptions are the parameters of a new alliance <-> Ethereum path.
type LinkOptions struct {
	// Checkpoint is the trusted beacon block root the 10-ethereum client
	// starts from (the relayer's EthVerifier must trust the same root).
	Checkpoint common.Hash
	// TrustingPeriod of the 10-ethereum client (default 1 h).
	TrustingPeriod time.Duration
	// Version of the channel (default "ics20-1").
	Version string
	// Logf, when set, is told each step.
	Logf func(format string, args ...any)
}

// Link opens the path between the alliance chain and the handler, whose
// contracts are deployed with the attestation client registered as
// eth.ClientID and the port bound (evm.Deploy with no connection). owner is
// the handler owner's transactor: the handler's ends are provisioned by its
// owner, and the alliance chain checks each of them with a storage proof.
//
//  1. alliance: MsgCreateClient of a 10-ethereum client from the checkpoint's
//     bootstrap (verified against the checkpoint first);
//  2. alliance ConnOpenInit; handler provisionConnection (TRYOPEN end);
//     alliance ConnOpenAck, proven; handler setConnectionEnd (OPEN end);
//  3. alliance ChanOpenInit; handler provisionChannelTry; alliance
//     ChanOpenAck, proven; handler openChannel.
//
// Ids already set on cos (ClientID, ConnectionID, ChannelID) skip the steps
// that create them. Unordered channels.
func Link(ctx context.Context, cos *link.End, eth *Eth, owner *bind.TransactOpts, opts LinkOptions) error {
	if opts.TrustingPeriod == 0 {
		opts.TrustingPeriod = time.Hour
	}
	if opts.Version == "" {
		opts.Version = "ics20-1"
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	if cos.PortID == "" {
		cos.PortID = "transfer"
	}
	if eth.PortID == "" {
		eth.PortID = "transfer"
	}
	backend := eth.Client.Eth()
	if cos.ClientID == "" {
		boot, err := eth.Verifier.beacon.Bootstrap(ctx, opts.Checkpoint)
		if err != nil {
			return fmt.Errorf("ethlink: bootstrap %s: %w", opts.Checkpoint, err)
		}
		cs, cons, err := ibcclient.NewClientState(eth.Verifier.Config(), opts.Checkpoint, boot, eth.Handler, opts.TrustingPeriod)
		if err != nil {
			return err
		}
		msg, err := clienttypes.NewMsgCreateClient(cs, cons, cos.Chain.Address())
		if err != nil {
			return fmt.Errorf("ethlink: MsgCreateClient: %w", err)
		}
		res, err := cos.Chain.SendMsgs(ctx, msg)
		if err != nil {
			return fmt.Errorf("ethlink: create the Ethereum client on %s: %w", cos.Chain.ChainID(), err)
		}
		if cos.ClientID, err = eventAttr(res.Events, clienttypes.EventTypeCreateClient, clienttypes.AttributeKeyClientID); err != nil {
			return err
		}
		opts.Logf("created client %s on %s (Ethereum block %d, checkpoint %s)", cos.ClientID, cos.Chain.ChainID(), cs.LatestHeight.RevisionHeight, opts.Checkpoint)
	}
	prefix := commitmenttypes.NewMerklePrefix([]byte("ibc"))
	version := connectiontypes.GetCompatibleVersions()[0]
	if cos.ConnectionID == "" {
		res, err := cos.Chain.SendMsgs(ctx, connectiontypes.NewMsgConnectionOpenInit(cos.ClientID, eth.ClientID, prefix, version, 0, cos.Chain.Address()))
		if err != nil {
			return fmt.Errorf("ethlink: ConnectionOpenInit on %s: %w", cos.Chain.ChainID(), err)
		}
		if cos.ConnectionID, err = eventAttr(res.Events, connectiontypes.EventTypeConnectionOpenInit, connectiontypes.AttributeKeyConnectionID); err != nil {
			return err
		}
		opts.Logf("ConnOpenInit %s on %s", cos.ConnectionID, cos.Chain.ChainID())
		r, err := evm.ProvisionConnectionTry(ctx, backend, owner, eth.Handler, eth.ConnectionID, eth.ClientID, cos.ClientID, cos.ConnectionID)
		if err != nil {
			return err
		}
		opts.Logf("handler: connection %s provisioned (TRYOPEN) in block %d", eth.ConnectionID, r.BlockNumber)
		try, err := evm.ConnectionEnd(connectiontypes.TRYOPEN, eth.ClientID, cos.ClientID, cos.ConnectionID)
		if err != nil {
			return err
		}
		msgs, exec, err := UpdateClient(ctx, eth, cos, r.BlockNumber.Uint64())
		if err != nil {
			return err
		}
		proofs, err := proveStored(ctx, eth, exec, []string{evm.ConnectionPath(eth.ConnectionID)}, []common.Hash{evm.StoredValue(try)})
		if err != nil {
			return err
		}
		msgs = append(msgs, &connectiontypes.MsgConnectionOpenAck{
			ConnectionId: cos.ConnectionID, CounterpartyConnectionId: eth.ConnectionID, Version: version,
			ProofTry: proofs[0], ProofHeight: proofHeight(exec), Signer: cos.Chain.Address(),
		})
		if _, err := cos.Chain.SendMsgs(ctx, msgs...); err != nil {
			return fmt.Errorf("ethlink: ConnectionOpenAck on %s: %w", cos.Chain.ChainID(), err)
		}
		opts.Logf("ConnOpenAck %s on %s (proof at Ethereum block %d)", cos.ConnectionID, cos.Chain.ChainID(), exec.BlockNumber)
		if _, err := evm.OpenConnection(ctx, backend, owner, eth.Handler, eth.ConnectionID, eth.ClientID, cos.ClientID, cos.ConnectionID); err != nil {
			return err
		}
	}
	if cos.ChannelID == "" {
		res, err := cos.Chain.SendMsgs(ctx, channeltypes.NewMsgChannelOpenInit(cos.PortID, opts.Version, channeltypes.UNORDERED, []string{cos.ConnectionID}, eth.PortID, cos.Chain.Address()))
		if err != nil {
			return fmt.Errorf("ethlink: ChannelOpenInit on %s: %w", cos.Chain.ChainID(), err)
		}
		if cos.ChannelID, err = eventAttr(res.Events, channeltypes.EventTypeChannelOpenInit, channeltypes.AttributeKeyChannelID); err != nil {
			return err
		}
		opts.Logf("ChanOpenInit %s/%s on %s", cos.PortID, cos.ChannelID, cos.Chain.ChainID())
		r, err := evm.ProvisionChannelTry(ctx, backend, owner, eth.Handler, eth.PortID, eth.ChannelID, false, eth.ConnectionID, cos.PortID, cos.ChannelID, opts.Version)
		if err != nil {
			return err
		}
		try := channeltypes.NewChannel(channeltypes.TRYOPEN, channeltypes.UNORDERED, channeltypes.NewCounterparty(cos.PortID, cos.ChannelID), []string{eth.ConnectionID}, opts.Version)
		bz, err := try.Marshal()
		if err != nil {
			return err
		}
		msgs, exec, err := UpdateClient(ctx, eth, cos, r.BlockNumber.Uint64())
		if err != nil {
			return err
		}
		proofs, err := proveStored(ctx, eth, exec, []string{evm.ChannelPath(eth.PortID, eth.ChannelID)}, []common.Hash{evm.StoredValue(bz)})
		if err != nil {
			return err
		}
		msgs = append(msgs, channeltypes.NewMsgChannelOpenAck(cos.PortID, cos.ChannelID, eth.ChannelID, opts.Version, proofs[0], proofHeight(exec), cos.Chain.Address()))
		if _, err := cos.Chain.SendMsgs(ctx, msgs...); err != nil {
			return fmt.Errorf("ethlink: ChannelOpenAck on %s: %w", cos.Chain.ChainID(), err)
		}
		opts.Logf("ChanOpenAck %s/%s on %s (proof at Ethereum block %d)", cos.PortID, cos.ChannelID, cos.Chain.ChainID(), exec.BlockNumber)
		if _, err := evm.OpenChannel(ctx, backend, owner, eth.Handler, eth.PortID, eth.ChannelID); err != nil {
			return err
		}
		opts.Logf("handler: channel %s/%s open", eth.PortID, eth.ChannelID)
	}
	return nil
}

func eventAttr(evs []abci.Event, typ, key string) (string, error) {
	for _, e := range evs {
		if e.Type != typ {
			continue
		}
		for _, a := range e.Attributes {
			if a.Key == key {
				return a.Value, nil
			}
		}
	}
	return "", fmt.Errorf("ethlink: no %s.%s in the transaction's events", typ, key)
}
