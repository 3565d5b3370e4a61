package relay

import (
	"context"
	"time"

	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/metrics"
)

// ClientKeeper keeps the 07-tendermint client on Host (tracking Counterparty)
// from expiring when no packets flow: it reports the client's trusting-period
// time left and updates the client, with a verified header, once less than
// RefreshAt of the period is left.
type ClientKeeper struct {
	Host, Counterparty *link.End
	// RefreshAt is the fraction of the trusting period left below which the
	// client is updated (default 1/3).
	RefreshAt float64
	Metrics   *metrics.Metrics
	Log       *zap.Logger
}

// Check reads the client, exports its time left and updates it when needed.
// It reports whether it sent an update.
func (k *ClientKeeper) Check(ctx context.Context) (bool, error) {
	info, err := link.Client(ctx, k.Host)
	if err != nil {
		return false, err
	}
	left := info.TimeLeft(time.Now())
	k.Metrics.TrustingPeriodLeft.WithLabelValues(k.Host.Chain.ChainID(), info.ClientID).Set(left.Seconds())
	frac := k.RefreshAt
	if frac <= 0 {
		frac = 1.0 / 3
	}
	if left > time.Duration(float64(info.TrustingPeriod)*frac) {
		return false, nil
	}
	upd, lb, err := link.UpdateClient(ctx, k.Host, k.Counterparty)
	if err != nil {
		return false, err
	}
	res, err := k.Host.Chain.SendMsgs(ctx, upd)
	if err != nil {
		return false, err
	}
	k.Metrics.TxSubmitted.WithLabelValues(k.Host.Chain.ChainID()).Inc()
	k.Metrics.GasUsed.WithLabelValues(k.Host.Chain.ChainID()).Add(float64(res.GasUsed))
	k.Log.Info("client refreshed before expiry", zap.String("chain", k.Host.Chain.ChainID()), zap.String("client_id", info.ClientID),
		zap.Duration("time_left", left), zap.Int64("height", lb.Height), zap.String("tx", res.Hash))
	return true, nil
}

// Run checks every interval until ctx ends.
func (k *ClientKeeper) Run(ctx context.Context, interval time.Duration) {
	for {
		if _, err := k.Check(ctx); err != nil && ctx.Err() == nil {
			k.Log.Warn("client check failed", zap.String("chain", k.Host.Chain.ChainID()), zap.String("client_id", k.Host.ClientID), zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
