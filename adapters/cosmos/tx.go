package cosmos

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
)

// TxResult is an included transaction.
type TxResult struct {
	Hash      string // hex
	Height    int64
	Code      uint32
	Log       string
	GasWanted int64
	GasUsed   int64
	Events    []abci.Event
}

// TxError is a transaction the chain refused (in CheckTx or in the block).
type TxError struct {
	ChainID string
	Stage   string // "simulate", "check" or "deliver"
	Hash    string
	Code    uint32
	Log     string
}

// Error implements error.
func (e *TxError) Error() string {
	return fmt.Sprintf("cosmos: %s: tx %s failed in %s with code %d: %s", e.ChainID, e.Hash, e.Stage, e.Code, e.Log)
}

// SendMsgs puts msgs into one transaction (simulated gas times the
// adjustment, fees from the gas prices), signs it with the adapter's key,
// broadcasts it and waits for its inclusion. On an account-sequence
// mismatch it re-reads the account and retries once. The result carries
// the transaction's events; SubmitMsgs does the same without them.
func (c *Chain) SendMsgs(ctx context.Context, msgs ...sdk.Msg) (*TxResult, error) {
	return c.send(ctx, msgs, true)
}

// SubmitMsgs is SendMsgs for transactions whose events the caller does not
// read (relay batches): the result has the height, code, log and gas but no
// Events, so the hundreds of events of a large batch are not decoded. With
// Config.Inclusions the block follower tells it of the inclusion (see
// waitTx), so the transaction's /tx answer is usually not read at all.
func (c *Chain) SubmitMsgs(ctx context.Context, msgs ...sdk.Msg) (*TxResult, error) {
	return c.send(ctx, msgs, false)
}

func (c *Chain) send(ctx context.Context, msgs []sdk.Msg, withEvents bool) (*TxResult, error) {
	hash, sampled, err := c.broadcast(ctx, msgs, sendOpts{})
	if err != nil {
		return nil, err
	}
	res, err := c.waitTx(ctx, hash, withEvents)
	if sampled && isOutOfGas(err) {
		// The gas extrapolated from a sample fell short (the failed tx only
		// used its sequence and fee): simulate all of it and send again, so
		// no message is dropped because of the estimate.
		if hash, _, err = c.broadcast(ctx, msgs, sendOpts{fullSim: true}); err != nil {
			return nil, err
		}
		return c.waitTx(ctx, hash, withEvents)
	}
	return res, err
}

// Broadcast signs and broadcasts msgs as one transaction and returns its
// hash once the chain accepted it into the mempool (CheckTx passed).
// Transactions from one Chain are serialised; the sequence is tracked
// locally so several may be in the mempool at once. Its gas comes from
// simulating the whole transaction (never from SimulateSample): Broadcast
// does not see the block's result, so it could not resend a transaction
// whose extrapolated gas fell short.
func (c *Chain) Broadcast(ctx context.Context, msgs ...sdk.Msg) (string, error) {
	hash, _, err := c.broadcast(ctx, msgs, sendOpts{fullSim: true})
	return hash, err
}

// sendOpts shape one broadcast.
type sendOpts struct {
	// fullSim forbids estimating gas from a sample.
	fullSim bool
	// tile caps the transaction at a share of the block gas limit (see
	// partsPerBlock) when the chain has one: a part of SubmitSplit.
	tile bool
	// est, when its used is set, is the messages' gas as already
	// extrapolated from a sample (a part of a sampled batch), so they are
	// not simulated again; a part refused again is cut by the same sample.
	est gasEstimate
}

// broadcast is Broadcast as o says; sampled says whether the gas was
// extrapolated from a sample.
func (c *Chain) broadcast(ctx context.Context, msgs []sdk.Msg, o sendOpts) (string, bool, error) {
	if c.cfg.Keyring == nil {
		return "", false, ErrNoSigner
	}
	if len(msgs) == 0 {
		return "", false, fmt.Errorf("cosmos: %s: no messages to send", c.cfg.ChainID)
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	var lastErr error
	var behindSince time.Time
	for attempt := 0; attempt < 3; attempt++ {
		if !c.seqOK {
			num, seq, err := c.account(ctx, c.address)
			if err != nil {
				return "", false, fmt.Errorf("cosmos: %s: signer account %s: %w", c.cfg.ChainID, c.address, err)
			}
			c.accNum, c.seq, c.seqOK = num, seq, true
		}
		hash, sampled, err := c.signAndBroadcast(ctx, msgs, o)
		if err == nil {
			c.seq++
			return hash, sampled, nil
		}
		lastErr = err
		var te *TxError
		if errors.As(err, &te) && isSequenceMismatch(te) {
			next, ok := expectedSequence(te.Log)
			if ok && te.Stage == "simulate" && next < c.seq && waitRecheck(ctx, &behindSince) {
				// Simulation runs on the node's check state, which a
				// commit resets and the mempool's recheck rebuilds: in
				// between it has not yet counted this signer's pending
				// transactions. Same sequence, shortly.
				attempt--
				continue
			}
			// The node names the sequence it expects: it counts this
			// signer's transactions still in its mempool, which the
			// committed account does not, so trust it over a re-read.
			if ok {
				c.seq = next
			} else {
				c.seqOK = false // re-read the account
			}
			continue
		}
		if sampled && isOutOfGas(err) && !o.fullSim {
			o.fullSim, o.est = true, gasEstimate{} // CheckTx ran out of the sampled gas: simulate all
			continue
		}
		return "", false, err
	}
	return "", false, lastErr
}

// recheckGrace is how long a simulation may see an older sequence than the
// signer's before the signer takes it (its pending transactions were then
// dropped from the mempool, not still being rechecked).
const recheckGrace = 3 * time.Second

// waitRecheck waits a moment for the node's recheck, and says whether to
// try again: not once recheckGrace has passed since *since (set on the
// first call) or ctx is done.
func waitRecheck(ctx context.Context, since *time.Time) bool {
	if since.IsZero() {
		*since = time.Now()
	}
	if time.Since(*since) > recheckGrace {
		return false
	}
	select {
	case <-ctx.Done():
		return false
	case <-time.After(50 * time.Millisecond):
		return true
	}
}

// isOutOfGas says whether err is a transaction that ran out of gas (the
// SDK's ErrOutOfGas) in CheckTx or in the block.
func isOutOfGas(err error) bool {
	var te *TxError
	return errors.As(err, &te) && te.Stage != "simulate" &&
		te.Code == sdkerrors.ErrOutOfGas.ABCICode() && strings.Contains(te.Log, "out of gas")
}

// expectedSequence reads N from the SDK's "account sequence mismatch,
// expected N, got M".
func expectedSequence(log string) (uint64, bool) {
	_, rest, ok := strings.Cut(log, "account sequence mismatch, expected ")
	if !ok {
		return 0, false
	}
	digits, _, _ := strings.Cut(rest, ",")
	n, err := strconv.ParseUint(digits, 10, 64)
	return n, err == nil
}

func isSequenceMismatch(e *TxError) bool {
	return e.Code == sdkerrors.ErrWrongSequence.ABCICode() || strings.Contains(e.Log, "account sequence mismatch")
}

func (c *Chain) factory() clienttx.Factory {
	f := clienttx.Factory{}.
		WithTxConfig(c.cdc.TxConfig).
		WithKeybase(c.signer).
		WithFromName(c.cfg.Key).
		WithChainID(c.cfg.ChainID).
		WithAccountNumber(c.accNum).
		WithSequence(c.seq).
		WithSignMode(signing.SignMode_SIGN_MODE_DIRECT).
		WithSimulateAndExecute(true).
		WithGasAdjustment(c.cfg.GasAdjustment)
	return f
}

// Simulate returns the gas msgs would use (unadjusted).
func (c *Chain) Simulate(ctx context.Context, msgs ...sdk.Msg) (uint64, error) {
	f := c.factory()
	if c.cfg.GasPrices != "" {
		// Simulate with a fee so the fee deduction's gas is counted.
		prices, err := sdk.ParseDecCoins(c.cfg.GasPrices)
		if err != nil {
			return 0, fmt.Errorf("cosmos: %s: gas prices %q: %w", c.cfg.ChainID, c.cfg.GasPrices, err)
		}
		var fees sdk.Coins
		for _, p := range prices {
			fees = fees.Add(sdk.NewInt64Coin(p.Denom, 1))
		}
		f = f.WithFees(fees.String())
	}
	sim, err := f.BuildSimTx(msgs...)
	if err != nil {
		return 0, fmt.Errorf("cosmos: %s: build simulation tx: %w", c.cfg.ChainID, err)
	}
	var resp txtypes.SimulateResponse
	if err := c.grpcQuery(ctx, "/cosmos.tx.v1beta1.Service/Simulate", &txtypes.SimulateRequest{TxBytes: sim}, &resp); err != nil {
		var qe *QueryError
		if errors.As(err, &qe) {
			return 0, &TxError{ChainID: c.cfg.ChainID, Stage: "simulate", Code: qe.Code, Log: qe.Log}
		}
		return 0, err
	}
	return resp.GasInfo.GasUsed, nil
}

func (c *Chain) signAndBroadcast(ctx context.Context, msgs []sdk.Msg, o sendOpts) (string, bool, error) {
	est := o.est
	if est.used == 0 {
		var err error
		if est, err = c.estimateGas(ctx, msgs, o.fullSim); err != nil {
			return "", false, err
		}
	}
	sampled := est.sampled
	gas := uint64(math.Ceil(float64(est.used) * c.cfg.GasAdjustment))
	limit, from := c.txGasCap(ctx)
	var block uint64
	if share := uint64(c.blockMaxGas) / partsPerBlock; o.tile && c.blockMaxGas > 0 && share < limit &&
		share >= minTiledPart*gas/uint64(len(msgs)) {
		limit, from, block = share, "block share", uint64(c.blockMaxGas)
	}
	if gas > limit {
		return "", false, &GasCapError{ChainID: c.cfg.ChainID, Msgs: len(msgs), Gas: gas, Cap: limit, From: from, est: est, block: block}
	}
	f := c.factory().WithGas(gas)
	if c.cfg.GasPrices != "" {
		f = f.WithGasPrices(c.cfg.GasPrices)
	}
	b, err := f.BuildUnsignedTx(msgs...)
	if err != nil {
		return "", sampled, fmt.Errorf("cosmos: %s: build tx: %w", c.cfg.ChainID, err)
	}
	if err := clienttx.Sign(ctx, f, c.cfg.Key, b, true); err != nil {
		return "", sampled, fmt.Errorf("cosmos: %s: sign tx with key %q: %w", c.cfg.ChainID, c.cfg.Key, err)
	}
	bz, err := c.cdc.TxConfig.TxEncoder()(b.GetTx())
	if err != nil {
		return "", sampled, fmt.Errorf("cosmos: %s: encode tx: %w", c.cfg.ChainID, err)
	}
	// broadcast_tx_sync through the lean client: the request carries the
	// whole tx (MBs for a large batch), which CometBFT's client encodes by
	// reflection.
	var code uint32
	var log string
	err = c.raw.call(ctx, "broadcast_tx_sync", map[string]any{"tx": bz}, func(s *scanner) error {
		return s.object(func(key []byte) error {
			var err error
			switch string(key) {
			case "code":
				code, err = s.uint32()
			case "log":
				log, err = s.str()
			default:
				err = s.skip()
			}
			return err
		})
	})
	if err != nil {
		return "", sampled, fmt.Errorf("cosmos: %s: broadcast: %w", c.cfg.ChainID, err)
	}
	sum := sha256.Sum256(bz) // the tx hash, as CometBFT computes it
	hash := strings.ToUpper(hex.EncodeToString(sum[:]))
	if code != 0 {
		return "", sampled, &TxError{ChainID: c.cfg.ChainID, Stage: "check", Hash: hash, Code: code, Log: log}
	}
	return hash, sampled, nil
}

// WaitTx waits (up to TxTimeout) for the transaction with the given hex
// hash to be included and returns its result with its events; a
// transaction that failed in the block yields a *TxError (and the account
// sequence is re-read).
func (c *Chain) WaitTx(ctx context.Context, hash string) (*TxResult, error) {
	return c.waitTx(ctx, hash, true)
}

// waitTx is WaitTx; without withEvents the events are skipped unread (a
// relay batch's result is mostly events) and, with Config.Inclusions, the
// result comes from the block follower: /tx is read only every
// InclusionPoll (the follower may be down or behind) and after each block
// whose tx hashes the follower did not read (the transaction has no packet
// events if it failed or relayed nothing new), not every PollInterval/2.
func (c *Chain) waitTx(ctx context.Context, hash string, withEvents bool) (*TxResult, error) {
	raw, err := hex.DecodeString(hash)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: tx hash %q: %w", c.cfg.ChainID, hash, err)
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.TxTimeout)
	defer cancel()
	every, first := c.cfg.PollInterval/2, time.Duration(0)
	var included <-chan TxResult // nil (never ready) without Inclusions
	var blind <-chan struct{}
	if n := c.cfg.Inclusions; n != nil && !withEvents {
		var done func()
		included, done = n.wait(hash)
		defer done()
		blind = n.blinded()
		every = c.cfg.InclusionPoll
		first = every
	}
	poll := time.NewTimer(first)
	defer poll.Stop()
	// soon counts the /tx reads still to make every PollInterval/2 after a
	// block the follower could not name: the node indexes a block's
	// transactions for /tx a little after its block_results are readable.
	soon := 0
	var lastErr error
	for {
		var r *TxResult
		select {
		case <-ctx.Done():
			if lastErr == nil {
				return nil, fmt.Errorf("cosmos: %s: tx %s not included: %w", c.cfg.ChainID, hash, ctx.Err())
			}
			return nil, fmt.Errorf("cosmos: %s: tx %s not included: %w (last error: %v)", c.cfg.ChainID, hash, ctx.Err(), lastErr)
		case got := <-included:
			r = &got
		case <-blind:
			blind = c.cfg.Inclusions.blinded()
			soon = 3
			poll.Reset(0)
		case <-poll.C:
			r, lastErr = c.txByHash(ctx, raw, withEvents)
			if soon > 0 {
				soon--
			}
			if soon > 0 {
				poll.Reset(c.cfg.PollInterval / 2)
			} else {
				poll.Reset(every)
			}
		}
		if r == nil {
			continue
		}
		r.Hash = hash
		if r.Code != 0 {
			c.txMu.Lock()
			c.seqOK = false
			c.txMu.Unlock()
			return r, &TxError{ChainID: c.cfg.ChainID, Stage: "deliver", Hash: hash, Code: r.Code, Log: r.Log}
		}
		return r, nil
	}
}

// gasEstimate is the gas a transaction's messages use (unadjusted). A
// sampled one also gives the shape it was extrapolated from: the first
// message alone (head) and each further one (per), so the gas of the same
// messages cut shorter is known without simulating again.
type gasEstimate struct {
	used    uint64
	sampled bool
	head    uint64
	per     float64
}

// first is the estimated gas of the first n messages.
func (e gasEstimate) first(n int) uint64 {
	return e.head + uint64(math.Ceil(e.per*float64(n-1)))
}

// estimateGas simulates msgs, or, unless fullSim, with SimulateSample set
// and a long tail of messages of one type, simulates the first message
// alone and with the next SimulateSample ones and extrapolates the tail
// linearly (sampled). The gas adjustment is applied by the caller; an
// extrapolation that falls short is caught by the out-of-gas retry in
// send.
func (c *Chain) estimateGas(ctx context.Context, msgs []sdk.Msg, fullSim bool) (gasEstimate, error) {
	k := c.cfg.SimulateSample
	if fullSim || k <= 0 || len(msgs) <= 2*k+1 || !sameTypeTail(msgs) {
		gas, err := c.Simulate(ctx, msgs...)
		return gasEstimate{used: gas}, err
	}
	head, err := c.Simulate(ctx, msgs[:1]...)
	if err != nil {
		return gasEstimate{}, err
	}
	sample, err := c.Simulate(ctx, msgs[:1+k]...)
	if err != nil {
		return gasEstimate{}, err
	}
	if sample <= head {
		gas, err := c.Simulate(ctx, msgs...)
		return gasEstimate{used: gas}, err
	}
	e := gasEstimate{sampled: true, head: head, per: float64(sample-head) / float64(k)}
	e.used = e.first(len(msgs))
	return e, nil
}

func sameTypeTail(msgs []sdk.Msg) bool {
	t := sdk.MsgTypeURL(msgs[1])
	for _, m := range msgs[2:] {
		if sdk.MsgTypeURL(m) != t {
			return false
		}
	}
	return true
}
