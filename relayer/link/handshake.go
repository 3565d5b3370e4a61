package link

import (
	"context"
	"fmt"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
)

// latestProven reads path on e's chain at its latest state, unverified:
// only for deciding which handshake step comes next, never for submitting.
func latestProven(ctx context.Context, e *End, path string) ([]byte, error) {
	return e.Chain.Query(ctx, path)
}

func connectionEnd(ctx context.Context, e *End) (*connectiontypes.ConnectionEnd, error) {
	if e.ConnectionID == "" {
		return nil, nil
	}
	v, err := latestProven(ctx, e, host.ConnectionPath(e.ConnectionID))
	if err != nil || len(v) == 0 {
		return nil, err
	}
	var c connectiontypes.ConnectionEnd
	if err := e.Chain.Codec().Marshaler.Unmarshal(v, &c); err != nil {
		return nil, fmt.Errorf("link: connection %s on %s: %w", e.ConnectionID, e.Chain.ChainID(), err)
	}
	return &c, nil
}

// findConnection looks for a connection on e built on e's client whose
// counterparty is cp's client, to resume a handshake whose ids were lost.
func findConnection(ctx context.Context, e, cp *End) error {
	v, err := latestProven(ctx, e, host.ClientConnectionsPath(e.ClientID))
	if err != nil || len(v) == 0 {
		return err
	}
	var paths connectiontypes.ClientPaths
	if err := e.Chain.Codec().Marshaler.Unmarshal(v, &paths); err != nil {
		return fmt.Errorf("link: connections of client %s on %s: %w", e.ClientID, e.Chain.ChainID(), err)
	}
	for _, id := range paths.Paths {
		e.ConnectionID = id
		c, err := connectionEnd(ctx, e)
		if err != nil {
			return err
		}
		if c != nil && c.Counterparty.ClientId == cp.ClientID &&
			(cp.ConnectionID == "" || c.Counterparty.ConnectionId == "" || c.Counterparty.ConnectionId == cp.ConnectionID) {
			if cp.ConnectionID == "" && c.Counterparty.ConnectionId != "" {
				cp.ConnectionID = c.Counterparty.ConnectionId
			}
			return nil
		}
	}
	e.ConnectionID = ""
	return nil
}

func connectionHandshake(ctx context.Context, a, b *End, opts Options) error {
	if a.ConnectionID == "" {
		if err := findConnection(ctx, a, b); err != nil {
			return err
		}
	}
	if b.ConnectionID == "" {
		if err := findConnection(ctx, b, a); err != nil {
			return err
		}
	}
	for step := 0; step < 6; step++ {
		ea, err := connectionEnd(ctx, a)
		if err != nil {
			return err
		}
		eb, err := connectionEnd(ctx, b)
		if err != nil {
			return err
		}
		sa, sb := connState(ea), connState(eb)
		switch {
		case sa == connectiontypes.OPEN && sb == connectiontypes.OPEN:
			return nil
		case sa == connectiontypes.UNINITIALIZED && sb == connectiontypes.UNINITIALIZED:
			err = connInit(ctx, a, b, opts)
		case sa == connectiontypes.INIT && sb == connectiontypes.UNINITIALIZED:
			err = connTry(ctx, b, a, opts)
		case sa == connectiontypes.UNINITIALIZED && sb == connectiontypes.INIT:
			err = connTry(ctx, a, b, opts)
		case sa == connectiontypes.INIT && sb == connectiontypes.TRYOPEN:
			err = connAck(ctx, a, b, opts)
		case sa == connectiontypes.TRYOPEN && sb == connectiontypes.INIT:
			err = connAck(ctx, b, a, opts)
		case sa == connectiontypes.OPEN && sb == connectiontypes.TRYOPEN:
			err = connConfirm(ctx, b, a, opts)
		case sa == connectiontypes.TRYOPEN && sb == connectiontypes.OPEN:
			err = connConfirm(ctx, a, b, opts)
		default:
			return fmt.Errorf("link: connections %s (%s on %s) and %s (%s on %s) cannot be completed",
				a.ConnectionID, sa, a.Chain.ChainID(), b.ConnectionID, sb, b.Chain.ChainID())
		}
		if err != nil {
			return err
		}
	}
	return fmt.Errorf("link: connection handshake between %s and %s did not finish", a.Chain.ChainID(), b.Chain.ChainID())
}

func connState(c *connectiontypes.ConnectionEnd) connectiontypes.State {
	if c == nil {
		return connectiontypes.UNINITIALIZED
	}
	return c.State
}

func connInit(ctx context.Context, a, b *End, opts Options) error {
	msg := connectiontypes.NewMsgConnectionOpenInit(a.ClientID, b.ClientID, prefix(), connectiontypes.GetCompatibleVersions()[0], 0, a.Chain.Address())
	res, err := a.Chain.SendMsgs(ctx, msg)
	if err != nil {
		return fmt.Errorf("link: ConnectionOpenInit on %s: %w", a.Chain.ChainID(), err)
	}
	if a.ConnectionID, err = eventAttr(res.Events, connectiontypes.EventTypeConnectionOpenInit, connectiontypes.AttributeKeyConnectionID); err != nil {
		return err
	}
	opts.Logf("connection %s on %s: INIT", a.ConnectionID, a.Chain.ChainID())
	return nil
}

func connTry(ctx context.Context, dst, src *End, opts Options) error {
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return err
	}
	pConn, err := ProveExists(ctx, src.Chain, lb, host.ConnectionPath(src.ConnectionID))
	if err != nil {
		return err
	}
	pClient, err := ProveExists(ctx, src.Chain, lb, host.FullClientStatePath(src.ClientID))
	if err != nil {
		return err
	}
	cs, err := clienttypes.UnmarshalClientState(src.Chain.Codec().Marshaler, pClient.Value)
	if err != nil {
		return fmt.Errorf("link: client %s on %s: %w", src.ClientID, src.Chain.ChainID(), err)
	}
	pCons, err := ProveExists(ctx, src.Chain, lb, host.FullConsensusStatePath(src.ClientID, cs.GetLatestHeight()))
	if err != nil {
		return err
	}
	msg := connectiontypes.NewMsgConnectionOpenTry(dst.ClientID, src.ConnectionID, src.ClientID, cs, prefix(),
		connectiontypes.GetCompatibleVersions(), 0, pConn.Proof, pClient.Proof, pCons.Proof,
		src.Chain.Height(lb.Height), cs.GetLatestHeight().(clienttypes.Height), dst.Chain.Address())
	res, err := dst.Chain.SendMsgs(ctx, upd, msg)
	if err != nil {
		return fmt.Errorf("link: ConnectionOpenTry on %s: %w", dst.Chain.ChainID(), err)
	}
	if dst.ConnectionID, err = eventAttr(res.Events, connectiontypes.EventTypeConnectionOpenTry, connectiontypes.AttributeKeyConnectionID); err != nil {
		return err
	}
	opts.Logf("connection %s on %s: TRYOPEN", dst.ConnectionID, dst.Chain.ChainID())
	return nil
}

func connAck(ctx context.Context, dst, src *End, opts Options) error {
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return err
	}
	pConn, err := ProveExists(ctx, src.Chain, lb, host.ConnectionPath(src.ConnectionID))
	if err != nil {
		return err
	}
	var end connectiontypes.ConnectionEnd
	if err := src.Chain.Codec().Marshaler.Unmarshal(pConn.Value, &end); err != nil {
		return fmt.Errorf("link: connection %s on %s: %w", src.ConnectionID, src.Chain.ChainID(), err)
	}
	pClient, err := ProveExists(ctx, src.Chain, lb, host.FullClientStatePath(src.ClientID))
	if err != nil {
		return err
	}
	cs, err := clienttypes.UnmarshalClientState(src.Chain.Codec().Marshaler, pClient.Value)
	if err != nil {
		return fmt.Errorf("link: client %s on %s: %w", src.ClientID, src.Chain.ChainID(), err)
	}
	pCons, err := ProveExists(ctx, src.Chain, lb, host.FullConsensusStatePath(src.ClientID, cs.GetLatestHeight()))
	if err != nil {
		return err
	}
	if len(end.Versions) == 0 {
		return fmt.Errorf("link: connection %s on %s has no version", src.ConnectionID, src.Chain.ChainID())
	}
	msg := connectiontypes.NewMsgConnectionOpenAck(dst.ConnectionID, src.ConnectionID, cs, pConn.Proof, pClient.Proof, pCons.Proof,
		src.Chain.Height(lb.Height), cs.GetLatestHeight().(clienttypes.Height), end.Versions[0], dst.Chain.Address())
	if _, err := dst.Chain.SendMsgs(ctx, upd, msg); err != nil {
		return fmt.Errorf("link: ConnectionOpenAck on %s: %w", dst.Chain.ChainID(), err)
	}
	opts.Logf("connection %s on %s: OPEN", dst.ConnectionID, dst.Chain.ChainID())
	return nil
}

func connConfirm(ctx context.Context, dst, src *End, opts Options) error {
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return err
	}
	pConn, err := ProveExists(ctx, src.Chain, lb, host.ConnectionPath(src.ConnectionID))
	if err != nil {
		return err
	}
	msg := connectiontypes.NewMsgConnectionOpenConfirm(dst.ConnectionID, pConn.Proof, src.Chain.Height(lb.Height), dst.Chain.Address())
	if _, err := dst.Chain.SendMsgs(ctx, upd, msg); err != nil {
		return fmt.Errorf("link: ConnectionOpenConfirm on %s: %w", dst.Chain.ChainID(), err)
	}
	opts.Logf("connection %s on %s: OPEN", dst.ConnectionID, dst.Chain.ChainID())
	return nil
}

func channelEnd(ctx context.Context, e *End) (*channeltypes.Channel, error) {
	if e.ChannelID == "" {
		return nil, nil
	}
	v, err := latestProven(ctx, e, host.ChannelPath(e.PortID, e.ChannelID))
	if err != nil || len(v) == 0 {
		return nil, err
	}
	var c channeltypes.Channel
	if err := e.Chain.Codec().Marshaler.Unmarshal(v, &c); err != nil {
		return nil, fmt.Errorf("link: channel %s/%s on %s: %w", e.PortID, e.ChannelID, e.Chain.ChainID(), err)
	}
	return &c, nil
}

func chanState(c *channeltypes.Channel) channeltypes.State {
	if c == nil {
		return channeltypes.UNINITIALIZED
	}
	return c.State
}

// findChannel looks for a half-open channel between a and b on their
// connection (same ports and ordering, INIT or TRYOPEN on one side) and
// its other end, to resume a handshake whose ids were lost.
func findChannel(ctx context.Context, a, b *End, opts Options) error {
	for _, pair := range [][2]*End{{a, b}, {b, a}} {
		x, y := pair[0], pair[1]
		chs, err := x.Chain.ConnectionChannels(ctx, x.ConnectionID)
		if err != nil {
			return err
		}
		for _, ch := range chs {
			if ch.PortId != x.PortID || ch.Counterparty.PortId != y.PortID || ch.Ordering != opts.Order ||
				(ch.State != channeltypes.INIT && ch.State != channeltypes.TRYOPEN) {
				continue
			}
			x.ChannelID = ch.ChannelId
			y.ChannelID = ch.Counterparty.ChannelId
			if y.ChannelID != "" {
				return nil
			}
			// x is in INIT: the other side may already be in TRYOPEN.
			ys, err := y.Chain.ConnectionChannels(ctx, y.ConnectionID)
			if err != nil {
				return err
			}
			for _, yc := range ys {
				if yc.PortId == y.PortID && yc.Counterparty.PortId == x.PortID && yc.Counterparty.ChannelId == x.ChannelID {
					y.ChannelID = yc.ChannelId
				}
			}
			opts.Logf("resuming channel %s/%s on %s (%s)", x.PortID, x.ChannelID, x.Chain.ChainID(), ch.State)
			return nil
		}
	}
	return nil
}

func channelHandshake(ctx context.Context, a, b *End, opts Options) error {
	if a.ChannelID == "" && b.ChannelID == "" {
		if err := findChannel(ctx, a, b, opts); err != nil {
			return err
		}
	}
	for step := 0; step < 6; step++ {
		ea, err := channelEnd(ctx, a)
		if err != nil {
			return err
		}
		eb, err := channelEnd(ctx, b)
		if err != nil {
			return err
		}
		sa, sb := chanState(ea), chanState(eb)
		switch {
		case sa == channeltypes.OPEN && sb == channeltypes.OPEN:
			return nil
		case sa == channeltypes.UNINITIALIZED && sb == channeltypes.UNINITIALIZED:
			err = chanInit(ctx, a, b, opts)
		case sa == channeltypes.INIT && sb == channeltypes.UNINITIALIZED:
			err = chanTry(ctx, b, a, opts)
		case sa == channeltypes.UNINITIALIZED && sb == channeltypes.INIT:
			err = chanTry(ctx, a, b, opts)
		case sa == channeltypes.INIT && sb == channeltypes.TRYOPEN:
			err = chanAck(ctx, a, b, opts)
		case sa == channeltypes.TRYOPEN && sb == channeltypes.INIT:
			err = chanAck(ctx, b, a, opts)
		case sa == channeltypes.OPEN && sb == channeltypes.TRYOPEN:
			err = chanConfirm(ctx, b, a, opts)
		case sa == channeltypes.TRYOPEN && sb == channeltypes.OPEN:
			err = chanConfirm(ctx, a, b, opts)
		default:
			return fmt.Errorf("link: channels %s/%s (%s on %s) and %s/%s (%s on %s) cannot be completed",
				a.PortID, a.ChannelID, sa, a.Chain.ChainID(), b.PortID, b.ChannelID, sb, b.Chain.ChainID())
		}
		if err != nil {
			return err
		}
	}
	return fmt.Errorf("link: channel handshake between %s and %s did not finish", a.Chain.ChainID(), b.Chain.ChainID())
}

func chanInit(ctx context.Context, a, b *End, opts Options) error {
	msg := channeltypes.NewMsgChannelOpenInit(a.PortID, opts.Version, opts.Order, []string{a.ConnectionID}, b.PortID, a.Chain.Address())
	res, err := a.Chain.SendMsgs(ctx, msg)
	if err != nil {
		return fmt.Errorf("link: ChannelOpenInit on %s: %w", a.Chain.ChainID(), err)
	}
	if a.ChannelID, err = eventAttr(res.Events, channeltypes.EventTypeChannelOpenInit, channeltypes.AttributeKeyChannelID); err != nil {
		return err
	}
	opts.Logf("channel %s/%s on %s: INIT (%s)", a.PortID, a.ChannelID, a.Chain.ChainID(), opts.Order)
	return nil
}

func chanTry(ctx context.Context, dst, src *End, opts Options) error {
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return err
	}
	p, err := ProveExists(ctx, src.Chain, lb, host.ChannelPath(src.PortID, src.ChannelID))
	if err != nil {
		return err
	}
	var ch channeltypes.Channel
	if err := src.Chain.Codec().Marshaler.Unmarshal(p.Value, &ch); err != nil {
		return fmt.Errorf("link: channel on %s: %w", src.Chain.ChainID(), err)
	}
	msg := channeltypes.NewMsgChannelOpenTry(dst.PortID, ch.Version, ch.Ordering, []string{dst.ConnectionID},
		src.PortID, src.ChannelID, ch.Version, p.Proof, src.Chain.Height(lb.Height), dst.Chain.Address())
	res, err := dst.Chain.SendMsgs(ctx, upd, msg)
	if err != nil {
		return fmt.Errorf("link: ChannelOpenTry on %s: %w", dst.Chain.ChainID(), err)
	}
	if dst.ChannelID, err = eventAttr(res.Events, channeltypes.EventTypeChannelOpenTry, channeltypes.AttributeKeyChannelID); err != nil {
		return err
	}
	opts.Logf("channel %s/%s on %s: TRYOPEN", dst.PortID, dst.ChannelID, dst.Chain.ChainID())
	return nil
}

func chanAck(ctx context.Context, dst, src *End, opts Options) error {
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return err
	}
	p, err := ProveExists(ctx, src.Chain, lb, host.ChannelPath(src.PortID, src.ChannelID))
	if err != nil {
		return err
	}
	var ch channeltypes.Channel
	if err := src.Chain.Codec().Marshaler.Unmarshal(p.Value, &ch); err != nil {
		return fmt.Errorf("link: channel on %s: %w", src.Chain.ChainID(), err)
	}
	msg := channeltypes.NewMsgChannelOpenAck(dst.PortID, dst.ChannelID, src.ChannelID, ch.Version, p.Proof, src.Chain.Height(lb.Height), dst.Chain.Address())
	if _, err := dst.Chain.SendMsgs(ctx, upd, msg); err != nil {
		return fmt.Errorf("link: ChannelOpenAck on %s: %w", dst.Chain.ChainID(), err)
	}
	opts.Logf("channel %s/%s on %s: OPEN", dst.PortID, dst.ChannelID, dst.Chain.ChainID())
	return nil
}

func chanConfirm(ctx context.Context, dst, src *End, opts Options) error {
	upd, lb, err := UpdateClient(ctx, dst, src)
	if err != nil {
		return err
	}
	p, err := ProveExists(ctx, src.Chain, lb, host.ChannelPath(src.PortID, src.ChannelID))
	if err != nil {
		return err
	}
	msg := channeltypes.NewMsgChannelOpenConfirm(dst.PortID, dst.ChannelID, p.Proof, src.Chain.Height(lb.Height), dst.Chain.Address())
	if _, err := dst.Chain.SendMsgs(ctx, upd, msg); err != nil {
		return fmt.Errorf("link: ChannelOpenConfirm on %s: %w", dst.Chain.ChainID(), err)
	}
	opts.Logf("channel %s/%s on %s: OPEN", dst.PortID, dst.ChannelID, dst.Chain.ChainID())
	return nil
}
