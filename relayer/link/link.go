package link

import (
	"bytes"
	"context"
	"fmt"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
)

// Chain is what link needs from a Cosmos chain; *cosmos.Chain satisfies it.
type Chain interface {
	ChainID() string
	Address() string
	Codec() *cosmos.Codec
	Height(h int64) clienttypes.Height
	LatestHeight(ctx context.Context) (int64, error)
	WaitHeight(ctx context.Context, h int64) error
	LightBlock(ctx context.Context, h int64) (*cmttypes.LightBlock, error)
	Validators(ctx context.Context, h int64) (*cmttypes.ValidatorSet, error)
	QueryProven(ctx context.Context, path string, proofHeight int64) (*cosmos.Proven, error)
	QueryProvenBatch(ctx context.Context, paths []string, proofHeight int64) ([]*cosmos.Proven, error)
	Query(ctx context.Context, path string) ([]byte, error)
	ConnectionChannels(ctx context.Context, connectionID string) ([]*channeltypes.IdentifiedChannel, error)
	UnreceivedPackets(ctx context.Context, port, channel string, seqs []uint64) ([]uint64, error)
	UnreceivedAcks(ctx context.Context, port, channel string, seqs []uint64) ([]uint64, error)
	UnbondingPeriod(ctx context.Context) (time.Duration, error)
	SendMsgs(ctx context.Context, msgs ...sdk.Msg) (*cosmos.TxResult, error)
	SubmitMsgs(ctx context.Context, msgs ...sdk.Msg) (*cosmos.TxResult, error)
	SubmitSplit(ctx context.Context, prefix, msgs []sdk.Msg) ([]cosmos.Part, error)
}

// End is one side of a path: the chain, the verifier of its headers, and
// the ids of the IBC objects on it (empty until created; set them to resume).
type End struct {
	Chain    Chain
	Verifier *Verifier
	// ClientID is the 07-tendermint client on this chain tracking the
	// counterparty.
	ClientID     string
	ConnectionID string
	PortID       string // default "transfer"
	ChannelID    string
}

// Options are the parameters of a new path.
type Options struct {
	// Order of the channel (default unordered).
	Order channeltypes.Order
	// Version of the channel (default "ics20-1").
	Version string
	// TrustingPeriod of the clients (default 2/3 of the counterparty's
	// unbonding period).
	TrustingPeriod time.Duration
	// MaxClockDrift of the clients (default 10s).
	MaxClockDrift time.Duration
	// Logf, when set, is told each step.
	Logf func(format string, args ...any)
}

func (o *Options) defaults() {
	if o.Order == channeltypes.NONE {
		o.Order = channeltypes.UNORDERED
	}
	if o.Version == "" {
		o.Version = "ics20-1"
	}
	if o.MaxClockDrift == 0 {
		o.MaxClockDrift = 10 * time.Second
	}
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
}

// Result holds the ids of a linked path.
type Result struct {
	A, B Ids
}

// Ids are one end's client, connection and channel.
type Ids struct {
	ChainID, ClientID, ConnectionID, PortID, ChannelID string
}

// Link makes sure a and b are connected by clients, an open connection and
// an open channel, creating or completing whatever is missing (ids already
// set on an End are reused, and handshake steps already done on chain are
// skipped). It fills in the ids of a and b and returns them.
func Link(ctx context.Context, a, b *End, opts Options) (*Result, error) {
	opts.defaults()
	for _, e := range []*End{a, b} {
		if e.PortID == "" {
			e.PortID = "transfer"
		}
	}
	for _, pair := range [][2]*End{{a, b}, {b, a}} {
		if pair[0].ClientID == "" {
			id, err := CreateClient(ctx, pair[0], pair[1], opts)
			if err != nil {
				return nil, err
			}
			pair[0].ClientID = id
			opts.Logf("created client %s on %s tracking %s", id, pair[0].Chain.ChainID(), pair[1].Chain.ChainID())
		}
	}
	if err := connectionHandshake(ctx, a, b, opts); err != nil {
		return nil, err
	}
	if err := channelHandshake(ctx, a, b, opts); err != nil {
		return nil, err
	}
	ids := func(e *End) Ids {
		return Ids{ChainID: e.Chain.ChainID(), ClientID: e.ClientID, ConnectionID: e.ConnectionID, PortID: e.PortID, ChannelID: e.ChannelID}
	}
	return &Result{A: ids(a), B: ids(b)}, nil
}

// CreateClient creates on host a 07-tendermint client of cp, from cp's
// latest header verified by cp.Verifier, and returns the client id.
func CreateClient(ctx context.Context, hostEnd, cp *End, opts Options) (string, error) {
	opts.defaults()
	lb, err := cp.Verifier.Latest(ctx)
	if err != nil {
		return "", fmt.Errorf("link: verify %s header for a new client: %w", cp.Chain.ChainID(), err)
	}
	ubd, err := cp.Chain.UnbondingPeriod(ctx)
	if err != nil {
		return "", err
	}
	tp := opts.TrustingPeriod
	if tp == 0 {
		tp = ubd * 2 / 3
	}
	cs := ibctm.NewClientState(cp.Chain.ChainID(), ibctm.DefaultTrustLevel, tp, ubd, opts.MaxClockDrift,
		cp.Chain.Height(lb.Height), commitmenttypes.GetSDKSpecs(), []string{"upgrade", "upgradedIBCState"})
	cons := ibctm.NewConsensusState(lb.Time, commitmenttypes.NewMerkleRoot(lb.AppHash), lb.NextValidatorsHash)
	msg, err := clienttypes.NewMsgCreateClient(cs, cons, hostEnd.Chain.Address())
	if err != nil {
		return "", fmt.Errorf("link: MsgCreateClient for %s: %w", cp.Chain.ChainID(), err)
	}
	res, err := hostEnd.Chain.SendMsgs(ctx, msg)
	if err != nil {
		return "", fmt.Errorf("link: create client of %s on %s: %w", cp.Chain.ChainID(), hostEnd.Chain.ChainID(), err)
	}
	return eventAttr(res.Events, clienttypes.EventTypeCreateClient, clienttypes.AttributeKeyClientID)
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
	return "", fmt.Errorf("link: no %s.%s in the transaction's events", typ, key)
}

// UpdateClient returns the MsgUpdateClient that moves dst's client of src
// to a header of src newer than the client's latest height, verified by
// src.Verifier, and that header. The client's trusted validators are
// checked against the consensus state dst holds before use.
//
// The header is at least one block above src's height at the time of the
// call, so everything committed on src before the call can be proven at it.
func UpdateClient(ctx context.Context, dst, src *End) (*clienttypes.MsgUpdateClient, *cmttypes.LightBlock, error) {
	sh, err := src.Chain.LatestHeight(ctx)
	if err != nil {
		return nil, nil, err
	}
	return UpdateClientAt(ctx, dst, src, sh+1)
}

// UpdateClientAt is UpdateClient with an explicit minimum src height (e.g.
// the height of the block holding the events to prove, plus one).
func UpdateClientAt(ctx context.Context, dst, src *End, minHeight int64) (*clienttypes.MsgUpdateClient, *cmttypes.LightBlock, error) {
	pcs, err := dst.Chain.Query(ctx, host.FullClientStatePath(dst.ClientID))
	if err != nil {
		return nil, nil, err
	}
	csi, err := clienttypes.UnmarshalClientState(dst.Chain.Codec().Marshaler, pcs)
	if err != nil {
		return nil, nil, fmt.Errorf("link: client %s on %s: %w", dst.ClientID, dst.Chain.ChainID(), err)
	}
	cs, ok := csi.(*ibctm.ClientState)
	if !ok || cs.ChainId != src.Chain.ChainID() {
		return nil, nil, fmt.Errorf("link: client %s on %s is not a 07-tendermint client of %s", dst.ClientID, dst.Chain.ChainID(), src.Chain.ChainID())
	}
	trusted := cs.LatestHeight
	if m := int64(trusted.RevisionHeight) + 1; m > minHeight {
		minHeight = m
	}
	if err := src.Chain.WaitHeight(ctx, minHeight); err != nil {
		return nil, nil, err
	}
	lb, err := src.Verifier.Latest(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("link: verify %s header: %w", src.Chain.ChainID(), err)
	}
	pcons, err := dst.Chain.Query(ctx, host.FullConsensusStatePath(dst.ClientID, trusted))
	if err != nil {
		return nil, nil, err
	}
	consi, err := clienttypes.UnmarshalConsensusState(dst.Chain.Codec().Marshaler, pcons)
	if err != nil {
		return nil, nil, fmt.Errorf("link: consensus state %s@%s on %s: %w", dst.ClientID, trusted, dst.Chain.ChainID(), err)
	}
	cons, ok := consi.(*ibctm.ConsensusState)
	if !ok {
		return nil, nil, fmt.Errorf("link: consensus state %s@%s is not 07-tendermint", dst.ClientID, trusted)
	}
	tv, err := src.Chain.Validators(ctx, int64(trusted.RevisionHeight)+1)
	if err != nil {
		return nil, nil, err
	}
	if !bytes.Equal(tv.Hash(), cons.NextValidatorsHash) {
		return nil, nil, fmt.Errorf("link: %s validators at %d do not match client %s's trusted next validators hash", src.Chain.ChainID(), trusted.RevisionHeight+1, dst.ClientID)
	}
	hdr, err := cosmos.IBCHeader(lb, trusted, tv)
	if err != nil {
		return nil, nil, err
	}
	msg, err := clienttypes.NewMsgUpdateClient(dst.ClientID, hdr, dst.Chain.Address())
	if err != nil {
		return nil, nil, fmt.Errorf("link: MsgUpdateClient: %w", err)
	}
	return msg, lb, nil
}

// ProveExists is Prove for a value that must be present.
func ProveExists(ctx context.Context, src Chain, lb *cmttypes.LightBlock, path string) (*cosmos.Proven, error) {
	p, err := Prove(ctx, src, lb, path)
	if err != nil {
		return nil, err
	}
	if len(p.Value) == 0 {
		return nil, fmt.Errorf("link: %s has no %s at height %d", src.ChainID(), path, lb.Height-1)
	}
	return p, nil
}

// ProveAllExist is ProveExists for many paths at one verified header: the
// queries go out in JSON-RPC batches (QueryProvenBatch) and every proof is
// verified against lb's app hash; the results are in the order of paths.
func ProveAllExist(ctx context.Context, src Chain, lb *cmttypes.LightBlock, paths []string) ([]*cosmos.Proven, error) {
	ps, err := src.QueryProvenBatch(ctx, paths, lb.Height)
	if err != nil {
		return nil, err
	}
	if len(ps) != len(paths) {
		return nil, fmt.Errorf("link: %s answered %d proofs for %d paths", src.ChainID(), len(ps), len(paths))
	}
	err = parallel(ctx, len(ps), func(_ context.Context, i int) error {
		p := ps[i]
		if p.Path != paths[i] {
			return fmt.Errorf("link: %s answered a proof of %s for %s", src.ChainID(), p.Path, paths[i])
		}
		if len(p.Value) == 0 {
			return fmt.Errorf("link: %s has no %s at height %d", src.ChainID(), paths[i], lb.Height-1)
		}
		if err := lctm.VerifyMembership(lb.AppHash, paths[i], p.Value, p.Proof); err != nil {
			return fmt.Errorf("link: %s at height %d: %w", src.ChainID(), lb.Height, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ps, nil
}

// Prove queries path on src with a proof for the verified header lb and
// verifies the proof against lb's app hash: membership when the value is
// present, non-membership when absent. Only verified proofs are returned.
func Prove(ctx context.Context, src Chain, lb *cmttypes.LightBlock, path string) (*cosmos.Proven, error) {
	p, err := src.QueryProven(ctx, path, lb.Height)
	if err != nil {
		return nil, err
	}
	if len(p.Value) == 0 {
		err = lctm.VerifyNonMembership(lb.AppHash, path, p.Proof)
	} else {
		err = lctm.VerifyMembership(lb.AppHash, path, p.Value, p.Proof)
	}
	if err != nil {
		return nil, fmt.Errorf("link: %s at height %d: %w", src.ChainID(), lb.Height, err)
	}
	return p, nil
}

func prefix() commitmenttypes.MerklePrefix {
	return commitmenttypes.NewMerklePrefix([]byte(exported.StoreKey))
}
