package link

import (
	"context"
	"fmt"
	"time"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
)

// ClientInfo describes e's 07-tendermint client of its counterparty, as
// stored on e's chain (unverified: for scheduling updates and metrics).
type ClientInfo struct {
	ClientID       string
	CounterpartyID string // chain id the client tracks
	LatestHeight   clienttypes.Height
	LatestTime     time.Time // consensus timestamp at LatestHeight
	TrustingPeriod time.Duration
	Frozen         bool
}

// Expiry is when the client can no longer be updated (LatestTime plus the
// trusting period); update it well before.
func (c ClientInfo) Expiry() time.Time { return c.LatestTime.Add(c.TrustingPeriod) }

// TimeLeft is the time until Expiry at now.
func (c ClientInfo) TimeLeft(now time.Time) time.Duration { return c.Expiry().Sub(now) }

// Client reads e's client state and its latest consensus state.
func Client(ctx context.Context, e *End) (*ClientInfo, error) {
	v, err := e.Chain.Query(ctx, host.FullClientStatePath(e.ClientID))
	if err != nil {
		return nil, err
	}
	if len(v) == 0 {
		return nil, fmt.Errorf("link: client %s not found on %s", e.ClientID, e.Chain.ChainID())
	}
	csi, err := clienttypes.UnmarshalClientState(e.Chain.Codec().Marshaler, v)
	if err != nil {
		return nil, fmt.Errorf("link: client %s on %s: %w", e.ClientID, e.Chain.ChainID(), err)
	}
	cs, ok := csi.(*ibctm.ClientState)
	if !ok {
		return nil, fmt.Errorf("link: client %s on %s is %s, not 07-tendermint", e.ClientID, e.Chain.ChainID(), csi.ClientType())
	}
	v, err = e.Chain.Query(ctx, host.FullConsensusStatePath(e.ClientID, cs.LatestHeight))
	if err != nil {
		return nil, err
	}
	consi, err := clienttypes.UnmarshalConsensusState(e.Chain.Codec().Marshaler, v)
	if err != nil {
		return nil, fmt.Errorf("link: consensus state %s@%s on %s: %w", e.ClientID, cs.LatestHeight, e.Chain.ChainID(), err)
	}
	cons, ok := consi.(*ibctm.ConsensusState)
	if !ok {
		return nil, fmt.Errorf("link: consensus state %s@%s on %s is not 07-tendermint", e.ClientID, cs.LatestHeight, e.Chain.ChainID())
	}
	return &ClientInfo{ClientID: e.ClientID, CounterpartyID: cs.ChainId, LatestHeight: cs.LatestHeight,
		LatestTime: cons.Timestamp, TrustingPeriod: cs.TrustingPeriod, Frozen: !cs.FrozenHeight.IsZero()}, nil
}
