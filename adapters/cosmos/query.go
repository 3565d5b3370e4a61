package cosmos

import (
	"context"
	"errors"
	"fmt"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	gogoproto "github.com/cosmos/gogoproto/proto"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
	"golang.org/x/sync/errgroup"
)

// Proven is a value read from the IBC store with its ICS-23 proof. The proof
// was queried at ProofHeight-1 and verifies against the app hash of the
// header at ProofHeight. Value is empty when the key is absent (then Proof
// is a non-membership proof).
type Proven struct {
	Path        string
	Value       []byte
	Proof       []byte // protobuf commitmenttypes.MerkleProof
	ProofHeight clienttypes.Height
}

// QueryProven reads the ICS-24 path from the IBC store with a proof for
// proofHeight (see Proven). Nothing is verified here.
func (c *Chain) QueryProven(ctx context.Context, path string, proofHeight int64) (*Proven, error) {
	if proofHeight < 2 {
		return nil, fmt.Errorf("cosmos: %s: proof height %d too low for %s", c.cfg.ChainID, proofHeight, path)
	}
	q, err := c.abciQuery(ctx, ibcStoreQuery, []byte(path), proofHeight-1, true)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: query %s at %d: %w", c.cfg.ChainID, path, proofHeight-1, err)
	}
	return c.proven(path, proofHeight, q)
}

// ibcStoreQuery is the ABCI query path of raw keys in the IBC store.
const ibcStoreQuery = "store/" + exported.StoreKey + "/key"

// QueryProvenBatch is QueryProven for several paths at one proof height:
// the queries go out as JSON-RPC batches of RPCBatch calls (one round trip
// per batch instead of one per path), up to 8 batches at a time. The
// results are in the order of paths; nothing is verified here.
func (c *Chain) QueryProvenBatch(ctx context.Context, paths []string, proofHeight int64) ([]*Proven, error) {
	if proofHeight < 2 {
		return nil, fmt.Errorf("cosmos: %s: proof height %d too low for %d paths", c.cfg.ChainID, proofHeight, len(paths))
	}
	out := make([]*Proven, len(paths))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for start := 0; start < len(paths); start += c.cfg.RPCBatch {
		chunk := paths[start:min(start+c.cfg.RPCBatch, len(paths))]
		g.Go(func() error {
			data := make([][]byte, len(chunk))
			for i, p := range chunk {
				data[i] = []byte(p)
			}
			qs, err := c.abciQueries(gctx, ibcStoreQuery, data, proofHeight-1, true)
			if err != nil {
				return fmt.Errorf("cosmos: %s: query %s and %d more paths at %d: %w", c.cfg.ChainID, chunk[0], len(chunk)-1, proofHeight-1, err)
			}
			for i, q := range qs {
				if out[start+i], err = c.proven(chunk[i], proofHeight, q); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *Chain) proven(path string, proofHeight int64, q *queryResult) (*Proven, error) {
	if q.Code != 0 {
		return nil, fmt.Errorf("cosmos: %s: query %s at %d: code %d: %s", c.cfg.ChainID, path, proofHeight-1, q.Code, q.Log)
	}
	if q.ProofOps == nil {
		return nil, fmt.Errorf("cosmos: %s: query %s at %d returned no proof", c.cfg.ChainID, path, proofHeight-1)
	}
	mp, err := commitmenttypes.ConvertProofs(q.ProofOps)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: proof of %s: %w", c.cfg.ChainID, path, err)
	}
	proof, err := mp.Marshal()
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: encode proof of %s: %w", c.cfg.ChainID, path, err)
	}
	return &Proven{Path: path, Value: q.Value, Proof: proof, ProofHeight: c.Height(proofHeight)}, nil
}

// PacketCommitment reads the commitment of a sent packet (absent once acked
// or timed out).
func (c *Chain) PacketCommitment(ctx context.Context, port, channel string, seq uint64, proofHeight int64) (*Proven, error) {
	return c.QueryProven(ctx, host.PacketCommitmentPath(port, channel, seq), proofHeight)
}

// PacketAcknowledgement reads the acknowledgement commitment of a received
// packet.
func (c *Chain) PacketAcknowledgement(ctx context.Context, port, channel string, seq uint64, proofHeight int64) (*Proven, error) {
	return c.QueryProven(ctx, host.PacketAcknowledgementPath(port, channel, seq), proofHeight)
}

// PacketReceipt reads the receipt of a packet on an unordered channel
// (absent means not received: the proof is then of non-membership).
func (c *Chain) PacketReceipt(ctx context.Context, port, channel string, seq uint64, proofHeight int64) (*Proven, error) {
	return c.QueryProven(ctx, host.PacketReceiptPath(port, channel, seq), proofHeight)
}

// NextSequenceRecv reads an ordered channel's next receive sequence.
func (c *Chain) NextSequenceRecv(ctx context.Context, port, channel string, proofHeight int64) (uint64, *Proven, error) {
	p, err := c.QueryProven(ctx, host.NextSequenceRecvPath(port, channel), proofHeight)
	if err != nil {
		return 0, nil, err
	}
	if len(p.Value) != 8 {
		return 0, p, fmt.Errorf("cosmos: %s: next sequence recv of %s/%s has %d bytes", c.cfg.ChainID, port, channel, len(p.Value))
	}
	return sdk.BigEndianToUint64(p.Value), p, nil
}

// ClientState reads a client's state (decoded) with its proof.
func (c *Chain) ClientState(ctx context.Context, clientID string, proofHeight int64) (exported.ClientState, *Proven, error) {
	p, err := c.QueryProven(ctx, host.FullClientStatePath(clientID), proofHeight)
	if err != nil {
		return nil, nil, err
	}
	if len(p.Value) == 0 {
		return nil, p, fmt.Errorf("cosmos: %s: client %s not found", c.cfg.ChainID, clientID)
	}
	cs, err := clienttypes.UnmarshalClientState(c.cdc.Marshaler, p.Value)
	if err != nil {
		return nil, p, fmt.Errorf("cosmos: %s: decode client state %s: %w", c.cfg.ChainID, clientID, err)
	}
	return cs, p, nil
}

// ConsensusState reads a client's consensus state at a counterparty height.
func (c *Chain) ConsensusState(ctx context.Context, clientID string, at exported.Height, proofHeight int64) (exported.ConsensusState, *Proven, error) {
	p, err := c.QueryProven(ctx, host.FullConsensusStatePath(clientID, at), proofHeight)
	if err != nil {
		return nil, nil, err
	}
	if len(p.Value) == 0 {
		return nil, p, fmt.Errorf("cosmos: %s: consensus state of %s at %s not found", c.cfg.ChainID, clientID, at)
	}
	cs, err := clienttypes.UnmarshalConsensusState(c.cdc.Marshaler, p.Value)
	if err != nil {
		return nil, p, fmt.Errorf("cosmos: %s: decode consensus state %s@%s: %w", c.cfg.ChainID, clientID, at, err)
	}
	return cs, p, nil
}

// TendermintClientState reads a 07-tendermint client's state.
func (c *Chain) TendermintClientState(ctx context.Context, clientID string, proofHeight int64) (*ibctm.ClientState, *Proven, error) {
	cs, p, err := c.ClientState(ctx, clientID, proofHeight)
	if err != nil {
		return nil, p, err
	}
	tm, ok := cs.(*ibctm.ClientState)
	if !ok {
		return nil, p, fmt.Errorf("cosmos: %s: client %s is %s, not 07-tendermint", c.cfg.ChainID, clientID, cs.ClientType())
	}
	return tm, p, nil
}

// Connection reads a connection end (nil value and a non-membership proof
// when absent).
func (c *Chain) Connection(ctx context.Context, connectionID string, proofHeight int64) (*connectiontypes.ConnectionEnd, *Proven, error) {
	p, err := c.QueryProven(ctx, host.ConnectionPath(connectionID), proofHeight)
	if err != nil || len(p.Value) == 0 {
		return nil, p, err
	}
	var end connectiontypes.ConnectionEnd
	if err := c.cdc.Marshaler.Unmarshal(p.Value, &end); err != nil {
		return nil, p, fmt.Errorf("cosmos: %s: decode connection %s: %w", c.cfg.ChainID, connectionID, err)
	}
	return &end, p, nil
}

// Channel reads a channel end (nil when absent).
func (c *Chain) Channel(ctx context.Context, port, channel string, proofHeight int64) (*channeltypes.Channel, *Proven, error) {
	p, err := c.QueryProven(ctx, host.ChannelPath(port, channel), proofHeight)
	if err != nil || len(p.Value) == 0 {
		return nil, p, err
	}
	var ch channeltypes.Channel
	if err := c.cdc.Marshaler.Unmarshal(p.Value, &ch); err != nil {
		return nil, p, fmt.Errorf("cosmos: %s: decode channel %s/%s: %w", c.cfg.ChainID, port, channel, err)
	}
	return &ch, p, nil
}

// grpcQuery runs a gRPC query through ABCI at the latest height.
func (c *Chain) grpcQuery(ctx context.Context, method string, req, resp gogoproto.Message) error {
	bz, err := gogoproto.Marshal(req)
	if err != nil {
		return fmt.Errorf("cosmos: %s: encode %s: %w", c.cfg.ChainID, method, err)
	}
	res, err := c.abciQuery(ctx, method, bz, 0, false)
	if err != nil {
		return fmt.Errorf("cosmos: %s: %s: %w", c.cfg.ChainID, method, err)
	}
	if res.Code != 0 {
		return &QueryError{ChainID: c.cfg.ChainID, Method: method, Code: res.Code, Log: res.Log}
	}
	if err := gogoproto.Unmarshal(res.Value, resp); err != nil {
		return fmt.Errorf("cosmos: %s: decode %s: %w", c.cfg.ChainID, method, err)
	}
	return nil
}

// QueryError is a query the chain refused.
type QueryError struct {
	ChainID, Method string
	Code            uint32
	Log             string
}

// Error implements error.
func (e *QueryError) Error() string {
	return fmt.Sprintf("cosmos: %s: %s failed with code %d: %s", e.ChainID, e.Method, e.Code, e.Log)
}

// Balance returns addr's balance of denom.
func (c *Chain) Balance(ctx context.Context, addr, denom string) (sdk.Coin, error) {
	var resp banktypes.QueryBalanceResponse
	if err := c.grpcQuery(ctx, "/cosmos.bank.v1beta1.Query/Balance", &banktypes.QueryBalanceRequest{Address: addr, Denom: denom}, &resp); err != nil {
		return sdk.Coin{}, err
	}
	if resp.Balance == nil {
		return sdk.NewInt64Coin(denom, 0), nil
	}
	return *resp.Balance, nil
}

// Balances returns all of addr's balances.
func (c *Chain) Balances(ctx context.Context, addr string) (sdk.Coins, error) {
	var resp banktypes.QueryAllBalancesResponse
	if err := c.grpcQuery(ctx, "/cosmos.bank.v1beta1.Query/AllBalances", &banktypes.QueryAllBalancesRequest{Address: addr}, &resp); err != nil {
		return nil, err
	}
	return resp.Balances, nil
}

// UnbondingPeriod is the chain's staking unbonding time (07-tendermint
// clients of this chain must trust it for less).
func (c *Chain) UnbondingPeriod(ctx context.Context) (time.Duration, error) {
	var resp stakingtypes.QueryParamsResponse
	if err := c.grpcQuery(ctx, "/cosmos.staking.v1beta1.Query/Params", &stakingtypes.QueryParamsRequest{}, &resp); err != nil {
		return 0, err
	}
	return resp.Params.UnbondingTime, nil
}

// account returns the account number and sequence of addr.
func (c *Chain) account(ctx context.Context, addr string) (uint64, uint64, error) {
	var resp authtypes.QueryAccountResponse
	if err := c.grpcQuery(ctx, "/cosmos.auth.v1beta1.Query/Account", &authtypes.QueryAccountRequest{Address: addr}, &resp); err != nil {
		return 0, 0, err
	}
	var acc sdk.AccountI
	if err := c.cdc.Registry.UnpackAny(resp.Account, &acc); err != nil {
		return 0, 0, fmt.Errorf("cosmos: %s: decode account %s: %w", c.cfg.ChainID, addr, err)
	}
	return acc.GetAccountNumber(), acc.GetSequence(), nil
}

// ErrNoSigner is returned by transaction methods of a read-only adapter.
var ErrNoSigner = errors.New("cosmos: adapter has no signer key")

// Query reads the ICS-24 path from the IBC store at the latest state,
// without a proof (empty when absent). Use it to decide what to do, never
// as evidence to submit.
func (c *Chain) Query(ctx context.Context, path string) ([]byte, error) {
	res, err := c.abciQuery(ctx, ibcStoreQuery, []byte(path), 0, false)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: query %s: %w", c.cfg.ChainID, path, err)
	}
	if res.Code != 0 {
		return nil, fmt.Errorf("cosmos: %s: query %s: code %d: %s", c.cfg.ChainID, path, res.Code, res.Log)
	}
	return res.Value, nil
}

// ConnectionChannels lists the channels built on a connection (latest
// state, unverified).
func (c *Chain) ConnectionChannels(ctx context.Context, connectionID string) ([]*channeltypes.IdentifiedChannel, error) {
	var out []*channeltypes.IdentifiedChannel
	var next []byte
	for {
		var resp channeltypes.QueryConnectionChannelsResponse
		req := &channeltypes.QueryConnectionChannelsRequest{Connection: connectionID, Pagination: &query.PageRequest{Key: next, Limit: 200}}
		if err := c.grpcQuery(ctx, "/ibc.core.channel.v1.Query/ConnectionChannels", req, &resp); err != nil {
			return nil, err
		}
		out = append(out, resp.Channels...)
		if resp.Pagination == nil || len(resp.Pagination.NextKey) == 0 {
			return out, nil
		}
		next = resp.Pagination.NextKey
	}
}

// UnreceivedAcks returns which of seqs (packets sent from port/channel here)
// still await their acknowledgement, i.e. still have a packet commitment.
func (c *Chain) UnreceivedAcks(ctx context.Context, port, channel string, seqs []uint64) ([]uint64, error) {
	var resp channeltypes.QueryUnreceivedAcksResponse
	req := &channeltypes.QueryUnreceivedAcksRequest{PortId: port, ChannelId: channel, PacketAckSequences: seqs}
	if err := c.grpcQuery(ctx, "/ibc.core.channel.v1.Query/UnreceivedAcks", req, &resp); err != nil {
		return nil, err
	}
	return resp.Sequences, nil
}
