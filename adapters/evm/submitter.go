package evm

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Lease tells whether this process still holds the exclusive right to sign
// for a key. The relayer implements it with its NATS KV lease; a nil Lease
// means the caller guarantees exclusivity (tests, single-process devnets).
// The submitter checks it before every signature, so a process that lost its
// lease stops sending at once instead of racing another for nonces.
type Lease interface {
	Held() bool
}

// ErrLeaseLost is returned when the signer's lease is not held.
var ErrLeaseLost = errors.New("evm: signer lease not held")

// ErrFeeCapTooLow is returned when the base fee already exceeds the
// configured fee cap: the transaction could not be included.
var ErrFeeCapTooLow = errors.New("evm: base fee above the configured fee cap")

// MaxTxGas is the most gas a transaction may use since Osaka (EIP-7825).
const MaxTxGas = 1 << 24

// ErrReverted is returned with the receipt of a mined transaction that failed.
var ErrReverted = errors.New("evm: transaction reverted")

// TxBackend is the part of an Ethereum client the submitter uses
// (*ethclient.Client satisfies it).
type TxBackend interface {
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ChainStateReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// SubmitterConfig configures a Submitter. Zero values take the defaults shown.
type SubmitterConfig struct {
	ChainID *big.Int
	Key     *ecdsa.PrivateKey
	Lease   Lease
	// MaxFeeCap caps maxFeePerGas (wei); nil = no cap.
	MaxFeeCap *big.Int
	// MaxTipCap caps maxPriorityFeePerGas (wei); nil = no cap.
	MaxTipCap *big.Int
	// BaseFeeMultiplier: maxFeePerGas = multiplier * baseFee + tip (default 2).
	BaseFeeMultiplier int64
	// BumpPercent raises both fees of a replacement (default 20; geth needs >= 10).
	BumpPercent int64
	// StuckAfter is how long a transaction may stay unmined before it is
	// replaced with bumped fees (default 30 s).
	StuckAfter time.Duration
	// ReceiptPoll is how often receipts are polled (default 500 ms).
	ReceiptPoll time.Duration
	// GasAdjustment multiplies the gas estimate (default 1.2; at least 1).
	GasAdjustment float64
}

// Submitter sends transactions from one key: it hands out nonces without
// gaps (a nonce is consumed only when the node accepted the transaction),
// prices them with EIP-1559 fees under caps, waits for receipts, and
// replaces a transaction that stays unmined with a fee-bumped one under the
// same nonce. It is safe for concurrent use; exactly one process may use a
// key at a time (see Lease).
type Submitter struct {
	b    TxBackend
	cfg  SubmitterConfig
	from common.Address
	sign types.Signer

	mu        sync.Mutex // guards next; held across sign + send so nonces stay dense
	next      uint64
	nextKnown bool
}

// NewSubmitter checks cfg and returns a submitter for cfg.Key on b.
func NewSubmitter(b TxBackend, cfg SubmitterConfig) (*Submitter, error) {
	if cfg.Key == nil || cfg.ChainID == nil {
		return nil, errors.New("evm: submitter needs a key and a chain id")
	}
	if cfg.BaseFeeMultiplier <= 0 {
		cfg.BaseFeeMultiplier = 2
	}
	if cfg.BumpPercent < 10 {
		cfg.BumpPercent = 20
	}
	if cfg.StuckAfter <= 0 {
		cfg.StuckAfter = 30 * time.Second
	}
	if cfg.ReceiptPoll <= 0 {
		cfg.ReceiptPoll = 500 * time.Millisecond
	}
	if cfg.GasAdjustment == 0 {
		cfg.GasAdjustment = 1.2
	}
	if cfg.GasAdjustment < 1 {
		return nil, fmt.Errorf("evm: gas adjustment %g is below 1", cfg.GasAdjustment)
	}
	return &Submitter{
		b: b, cfg: cfg,
		from: crypto.PubkeyToAddress(cfg.Key.PublicKey),
		sign: types.LatestSignerForChainID(cfg.ChainID),
	}, nil
}

// From is the signer's address.
func (s *Submitter) From() common.Address { return s.from }

// Call is a transaction to send: a contract call or a value transfer.
type Call struct {
	To    common.Address
	Data  []byte
	Value *big.Int
	// Gas, when not zero, skips estimation.
	Gas uint64
}

// Sent is a transaction handed to the node, with every hash sent under its
// nonce (replacements included).
type Sent struct {
	Nonce  uint64
	Hashes []common.Hash
	tx     *types.Transaction
	call   Call
	sentAt time.Time
}

// Submit sends call and waits for its receipt, replacing it with bumped
// fees when it stays unmined for StuckAfter. It returns the receipt; a
// mined but reverted transaction returns the receipt and ErrReverted.
func (s *Submitter) Submit(ctx context.Context, call Call) (*types.Receipt, error) {
	sent, err := s.Send(ctx, call)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, sent)
}

// Send estimates, prices, signs and sends call with the next nonce.
func (s *Submitter) Send(ctx context.Context, call Call) (*Sent, error) {
	if s.cfg.Lease != nil && !s.cfg.Lease.Held() {
		return nil, fmt.Errorf("%w for %s", ErrLeaseLost, s.from)
	}
	if call.Value == nil {
		call.Value = new(big.Int)
	}
	if call.Gas == 0 {
		to := call.To
		g, err := s.b.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &to, Data: call.Data, Value: call.Value})
		if err != nil {
			return nil, fmt.Errorf("evm: estimate gas for call to %s: %w", call.To, err)
		}
		call.Gas = uint64(math.Ceil(float64(g) * s.cfg.GasAdjustment))
		if g <= MaxTxGas {
			call.Gas = min(call.Gas, MaxTxGas) // the margin must not push it past the cap
		}
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.nextKnown {
			n, err := s.b.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, fmt.Errorf("evm: pending nonce of %s: %w", s.from, err)
			}
			s.next, s.nextKnown = n, true
		}
		tx, err := s.signTx(s.next, call, tip, feeCap)
		if err != nil {
			return nil, err
		}
		err = s.b.SendTransaction(ctx, tx)
		if err == nil || isAlreadyKnown(err) {
			sent := &Sent{Nonce: s.next, Hashes: []common.Hash{tx.Hash()}, tx: tx, call: call, sentAt: time.Now()}
			s.next++
			return sent, nil
		}
		if isNonceTooLow(err) && attempt < 3 {
			s.nextKnown = false // another sender used the key, or a restart: resync
			continue
		}
		// The node may or may not hold it (a timeout is ambiguous): resync the
		// nonce from the node before the next send instead of guessing.
		s.nextKnown = false
		return nil, fmt.Errorf("evm: send transaction nonce %d from %s: %w", s.next, s.from, err)
	}
}

func (s *Submitter) signTx(nonce uint64, call Call, tip, feeCap *big.Int) (*types.Transaction, error) {
	if s.cfg.Lease != nil && !s.cfg.Lease.Held() {
		return nil, fmt.Errorf("%w for %s", ErrLeaseLost, s.from)
	}
	to := call.To
	tx, err := types.SignNewTx(s.cfg.Key, s.sign, &types.DynamicFeeTx{
		ChainID: s.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: call.Gas, To: &to, Value: call.Value, Data: call.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("evm: sign transaction nonce %d: %w", nonce, err)
	}
	return tx, nil
}

// fees returns the tip and fee cap for a new transaction.
func (s *Submitter) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("evm: head for fee estimate: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("evm: chain has no base fee (pre-London); EIP-1559 required")
	}
	tip, err = s.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("evm: suggest tip: %w", err)
	}
	if s.cfg.MaxTipCap != nil && tip.Cmp(s.cfg.MaxTipCap) > 0 {
		tip = new(big.Int).Set(s.cfg.MaxTipCap)
	}
	feeCap = new(big.Int).Mul(head.BaseFee, big.NewInt(s.cfg.BaseFeeMultiplier))
	feeCap.Add(feeCap, tip)
	if s.cfg.MaxFeeCap != nil && feeCap.Cmp(s.cfg.MaxFeeCap) > 0 {
		if head.BaseFee.Cmp(s.cfg.MaxFeeCap) >= 0 {
			return nil, nil, fmt.Errorf("%w: base fee %s, cap %s", ErrFeeCapTooLow, head.BaseFee, s.cfg.MaxFeeCap)
		}
		feeCap = new(big.Int).Set(s.cfg.MaxFeeCap)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
	}
	return tip, feeCap, nil
}

// bump returns fees at least BumpPercent above the previous ones (and above
// what the current base fee needs), or ok=false when the caps forbid a valid
// replacement.
func (s *Submitter) bump(ctx context.Context, prev *types.Transaction) (tip, feeCap *big.Int, ok bool, err error) {
	up := func(x *big.Int) *big.Int {
		y := new(big.Int).Mul(x, big.NewInt(100+s.cfg.BumpPercent))
		y.Div(y, big.NewInt(100))
		if y.Cmp(x) <= 0 {
			y.Add(x, big.NewInt(1))
		}
		return y
	}
	tip, feeCap = up(prev.GasTipCap()), up(prev.GasFeeCap())
	if nt, nf, err := s.fees(ctx); err == nil {
		if nt.Cmp(tip) > 0 {
			tip = nt
		}
		if nf.Cmp(feeCap) > 0 {
			feeCap = nf
		}
	} else if !errors.Is(err, ErrFeeCapTooLow) {
		return nil, nil, false, err
	}
	if s.cfg.MaxTipCap != nil && tip.Cmp(s.cfg.MaxTipCap) > 0 {
		tip = new(big.Int).Set(s.cfg.MaxTipCap)
	}
	if s.cfg.MaxFeeCap != nil && feeCap.Cmp(s.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(s.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	// geth accepts a replacement only when both fees rise by >= 10%.
	min10 := func(x *big.Int) *big.Int { y := new(big.Int).Mul(x, big.NewInt(110)); return y.Div(y, big.NewInt(100)) }
	if tip.Cmp(min10(prev.GasTipCap())) < 0 || feeCap.Cmp(min10(prev.GasFeeCap())) < 0 {
		return nil, nil, false, nil
	}
	return tip, feeCap, true, nil
}

// Wait polls for the receipt of any transaction sent under sent's nonce and
// replaces the transaction with bumped fees each time it stays unmined for
// StuckAfter (as far as the fee caps allow).
func (s *Submitter) Wait(ctx context.Context, sent *Sent) (*types.Receipt, error) {
	t := time.NewTicker(s.cfg.ReceiptPoll)
	defer t.Stop()
	for {
		for i := len(sent.Hashes) - 1; i >= 0; i-- {
			r, err := s.b.TransactionReceipt(ctx, sent.Hashes[i])
			if err == nil && r != nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return r, fmt.Errorf("%w: %s (nonce %d)", ErrReverted, r.TxHash, sent.Nonce)
				}
				return r, nil
			}
			if err != nil && !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil {
				// Transient RPC trouble: keep polling.
				continue
			}
		}
		if time.Since(sent.sentAt) >= s.cfg.StuckAfter {
			if err := s.replace(ctx, sent); err != nil {
				return nil, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("evm: waiting for nonce %d (%s): %w", sent.Nonce, sent.Hashes[len(sent.Hashes)-1], ctx.Err())
		case <-t.C:
		}
	}
}

func (s *Submitter) replace(ctx context.Context, sent *Sent) error {
	// Mined already (by a hash we may not have polled yet)? Then nothing to do.
	n, err := s.b.NonceAt(ctx, s.from, nil)
	if err == nil && n > sent.Nonce {
		sent.sentAt = time.Now() // its receipt shows up on the next poll
		return nil
	}
	tip, feeCap, ok, err := s.bump(ctx, sent.tx)
	if err != nil {
		return err
	}
	sent.sentAt = time.Now()
	if !ok {
		return nil // at the caps: keep waiting for the current one
	}
	tx, err := s.signTx(sent.Nonce, sent.call, tip, feeCap)
	if err != nil {
		return err
	}
	if err := s.b.SendTransaction(ctx, tx); err != nil && !isAlreadyKnown(err) {
		if isNonceTooLow(err) {
			return nil // the earlier one was mined meanwhile
		}
		return fmt.Errorf("evm: replace nonce %d: %w", sent.Nonce, err)
	}
	sent.tx = tx
	sent.Hashes = append(sent.Hashes, tx.Hash())
	return nil
}

// ClearPending cancels the transactions this key has pending in the node's
// pool (nonces between the mined and the pending nonce), e.g. left by a
// previous process holding the lease: each is replaced by a zero-value
// self-transfer, with fees doubled until the node accepts the replacement or
// the caps are reached. It waits until all are mined and returns how many it
// replaced. Call it after taking the lease and before Send.
func (s *Submitter) ClearPending(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	mined, err := s.b.NonceAt(ctx, s.from, nil)
	if err != nil {
		return 0, fmt.Errorf("evm: mined nonce of %s: %w", s.from, err)
	}
	pending, err := s.b.PendingNonceAt(ctx, s.from)
	if err != nil {
		return 0, fmt.Errorf("evm: pending nonce of %s: %w", s.from, err)
	}
	s.next, s.nextKnown = pending, true
	var sent []*Sent
	for n := mined; n < pending; n++ {
		tip, feeCap, err := s.fees(ctx)
		if err != nil {
			return 0, err
		}
		call := Call{To: s.from, Value: new(big.Int), Gas: 21000}
		for {
			tx, err := s.signTx(n, call, tip, feeCap)
			if err != nil {
				return 0, err
			}
			err = s.b.SendTransaction(ctx, tx)
			if err == nil || isAlreadyKnown(err) {
				sent = append(sent, &Sent{Nonce: n, Hashes: []common.Hash{tx.Hash()}, tx: tx, call: call, sentAt: time.Now()})
				break
			}
			if isNonceTooLow(err) {
				break // mined meanwhile
			}
			if !isUnderpriced(err) {
				return 0, fmt.Errorf("evm: cancel nonce %d of %s: %w", n, s.from, err)
			}
			tip, feeCap = new(big.Int).Mul(tip, big.NewInt(2)), new(big.Int).Mul(feeCap, big.NewInt(2))
			if (s.cfg.MaxFeeCap != nil && feeCap.Cmp(s.cfg.MaxFeeCap) > 0) || (s.cfg.MaxTipCap != nil && tip.Cmp(s.cfg.MaxTipCap) > 0) {
				return 0, fmt.Errorf("evm: cancel nonce %d of %s: the pending transaction pays more than the fee caps allow", n, s.from)
			}
		}
	}
	for _, p := range sent {
		if _, err := s.Wait(ctx, p); err != nil {
			return 0, err
		}
	}
	return len(sent), nil
}

func isUnderpriced(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "underpriced")
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

func isAlreadyKnown(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "already known")
}

// Gas is the gas limit the transaction asks for.
func (s *Sent) Gas() uint64 { return s.tx.Gas() }
