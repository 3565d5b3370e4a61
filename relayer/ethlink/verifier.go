package ethlink

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
)

// Beacon is what the Ethereum verifier needs from a beacon node's
// light-client API; *beacon.Client satisfies it.
type Beacon interface {
	Bootstrap(ctx context.Context, blockRoot common.Hash) (*ethereum.LightClientBootstrap, error)
	Updates(ctx context.Context, startPeriod, count uint64) ([]*ethereum.Update, error)
	FinalityUpdate(ctx context.Context) (*ethereum.Update, error)
}

// EthVerifier is the relayer's Ethereum light client: a sync-committee store
// advanced only by updates it verified, fetched from a beacon node. It keeps
// the updates it applied, so the very objects it verified are the ones
// submitted to the counterparty's 10-ethereum client. Safe for concurrent
// use.
type EthVerifier struct {
	beacon Beacon
	now    func() time.Time

	mu    sync.Mutex
	store *ethereum.Store
	// periodUpdates holds, by attested period, the applied update that
	// proved the next sync committee.
	periodUpdates map[uint64]*ethereum.Update
	// finality is the last applied update that advanced the finalized header.
	finality *ethereum.Update
	rejected int
}

// NewEthVerifier bootstraps from the trusted checkpoint block root (the
// bootstrap is verified against it) or, when state is not nil, resumes from
// a serialized store (EthVerifier.Marshal). now is the clock (nil: time.Now).
func NewEthVerifier(ctx context.Context, b Beacon, cfg ethereum.NetworkConfig, checkpoint common.Hash, state []byte, now func() time.Time) (*EthVerifier, error) {
	if now == nil {
		now = time.Now
	}
	v := &EthVerifier{beacon: b, now: now, periodUpdates: map[uint64]*ethereum.Update{}}
	var err error
	if state != nil {
		if v.store, err = ethereum.RestoreStore(cfg, state); err != nil {
			return nil, fmt.Errorf("ethlink: restore the Ethereum light client: %w", err)
		}
		return v, nil
	}
	boot, err := b.Bootstrap(ctx, checkpoint)
	if err != nil {
		return nil, fmt.Errorf("ethlink: bootstrap %s: %w", checkpoint, err)
	}
	if v.store, err = ethereum.Bootstrap(cfg, checkpoint, boot); err != nil {
		return nil, fmt.Errorf("ethlink: bootstrap %s: %w", checkpoint, err)
	}
	return v, nil
}

// Config is the network the verifier follows.
func (v *EthVerifier) Config() ethereum.NetworkConfig {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.store.Config()
}

// Marshal serializes the trusted state (for the light-client bucket).
func (v *EthVerifier) Marshal() ([]byte, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.store.Marshal()
}

// Rejected counts beacon updates that failed verification.
func (v *EthVerifier) Rejected() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.rejected
}

// Finalized is the verified finalized execution header.
func (v *EthVerifier) Finalized() ethereum.ExecutionHeader {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.store.FinalizedExecution()
}

// FinalizedSlot is the beacon slot of the verified finalized header.
func (v *EthVerifier) FinalizedSlot() uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.store.Finalized().Beacon.Slot
}

// Sync applies the beacon node's period updates up to the current period
// and its latest finality update. Every update is verified before it
// changes anything; one that fails verification stops the sync and is
// returned (counted in Rejected). Fetches run without the lock, so readers
// of the verified state never wait for the beacon node.
func (v *EthVerifier) Sync(ctx context.Context) error {
	now := v.now()
	v.mu.Lock()
	cfg := v.store.Config()
	v.mu.Unlock()
	var nowSlot uint64
	if since := now.Unix() - int64(cfg.GenesisTime); since > 0 {
		nowSlot = uint64(since) / cfg.SecondsPerSlot
	}
	target := cfg.SyncPeriod(nowSlot)
	for {
		v.mu.Lock()
		start := v.store.Period()
		_, known := v.store.NextCommitteeRoot()
		v.mu.Unlock()
		if start > target || (known && start == target) {
			break
		}
		us, err := v.beacon.Updates(ctx, start, target-start+1)
		if err != nil {
			return err
		}
		v.mu.Lock()
		for _, u := range us {
			if err = v.apply(u, now); err != nil {
				break
			}
		}
		moved := v.store.Period() != start
		v.mu.Unlock()
		if err != nil {
			return err
		}
		if len(us) == 0 || !moved {
			break
		}
	}
	fin, err := v.beacon.FinalityUpdate(ctx)
	if err != nil {
		if errors.Is(err, beacon.ErrNotFound) {
			return nil
		}
		return err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.apply(fin, now)
}

// apply verifies and applies one update; the caller holds v.mu.
func (v *EthVerifier) apply(u *ethereum.Update, now time.Time) error {
	out, err := v.store.ApplyUpdate(u, now)
	cfg := v.store.Config()
	switch {
	case errors.Is(err, ethereum.ErrNotAdvancing):
		// Verified in full, only not new to the store: still the update a
		// client of that period needs.
		if u.NextSyncCommittee != nil && u.FinalizedHeader != nil {
			v.periodUpdates[cfg.SyncPeriod(u.AttestedHeader.Beacon.Slot)] = u
		}
		return nil
	case errors.Is(err, ethereum.ErrStaleUpdate):
		return nil
	case errors.Is(err, ethereum.ErrFutureSlot):
		return nil // our clock is behind the beacon's; the next sync takes it
	case errors.Is(err, ethereum.ErrWrongPeriod):
		// Not a forgery: a period the store can no longer (or not yet) check.
		return fmt.Errorf("ethlink: beacon %s update (attested slot %d): %w", u.Kind(), u.AttestedHeader.Beacon.Slot, err)
	case err != nil:
		v.rejected++
		return fmt.Errorf("ethlink: beacon %s update (attested slot %d): %w", u.Kind(), u.AttestedHeader.Beacon.Slot, err)
	}
	if u.NextSyncCommittee != nil && u.FinalizedHeader != nil {
		v.periodUpdates[cfg.SyncPeriod(u.AttestedHeader.Beacon.Slot)] = u
	}
	if out.FinalizedAdvanced && u.FinalizedHeader != nil {
		v.finality = u
	}
	return nil
}

// Learn makes sure the verifier holds a verified period update for each
// period from first to its own (fetching and verifying the ones it lacks,
// e.g. after a restart from stored state), so UpdatesFor can bring a client
// that is behind. A period it can no longer verify (its store moved more
// than one period past it) is an error.
func (v *EthVerifier) Learn(ctx context.Context, first uint64) error {
	v.mu.Lock()
	last := v.store.Period()
	var missing []uint64
	for p := first; p <= last; p++ {
		if v.periodUpdates[p] == nil {
			missing = append(missing, p)
		}
	}
	v.mu.Unlock()
	for _, p := range missing {
		us, err := v.beacon.Updates(ctx, p, 1)
		if err != nil {
			return err
		}
		if len(us) == 0 {
			continue // the period's update is not out yet
		}
		v.mu.Lock()
		err = v.apply(us[0], v.now())
		v.mu.Unlock()
		if err != nil {
			return fmt.Errorf("ethlink: period %d update: %w", p, err)
		}
	}
	return nil
}

// WaitFinalized syncs until the verified finalized execution block is at
// least minBlock and returns its header.
func (v *EthVerifier) WaitFinalized(ctx context.Context, minBlock uint64) (ethereum.ExecutionHeader, error) {
	for {
		if err := v.Sync(ctx); err != nil {
			return ethereum.ExecutionHeader{}, err
		}
		if f := v.Finalized(); f.BlockNumber >= minBlock && f.HasStateRoot() {
			return f, nil
		}
		select {
		case <-ctx.Done():
			return ethereum.ExecutionHeader{}, fmt.Errorf("ethlink: waiting for execution block %d to be finalized (at %d): %w", minBlock, v.Finalized().BlockNumber, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// OnChainClient is the part of a counterparty's 10-ethereum client state the
// update plan depends on.
type OnChainClient struct {
	FinalizedSlot      uint64
	NextCommitteeKnown bool
}

// UpdatesFor returns the verified updates that move a 10-ethereum client in
// state c to the verifier's latest finalized header, in order, and the
// execution header the last of them finalizes (the proof height). The
// client needs its period's update while it does not know the next
// committee, then one update per period it must cross, then the finality
// update. Updates that would not advance the client are left out; no
// updates means the client is already there.
func (v *EthVerifier) UpdatesFor(c OnChainClient) ([]*ethereum.Update, ethereum.ExecutionHeader, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	cfg := v.store.Config()
	fin := v.finality
	if fin == nil {
		return nil, ethereum.ExecutionHeader{}, errors.New("ethlink: the Ethereum light client has not applied a finality update yet")
	}
	period, known, slot := cfg.SyncPeriod(c.FinalizedSlot), c.NextCommitteeKnown, c.FinalizedSlot
	target := cfg.SyncPeriod(fin.SignatureSlot)
	var out []*ethereum.Update
	add := func(u *ethereum.Update) {
		out = append(out, u)
		if s := u.FinalizedHeader.Beacon.Slot; s > slot {
			slot = s
		}
	}
	for {
		if !known {
			u := v.periodUpdates[period]
			if u == nil {
				return nil, ethereum.ExecutionHeader{}, fmt.Errorf("ethlink: the client needs period %d's sync committee update, which this relayer has not verified", period)
			}
			add(u)
			known = true
		}
		if target <= period+1 {
			break
		}
		period++
		known = false
	}
	if fin.FinalizedHeader.Beacon.Slot > slot {
		add(fin)
	}
	if len(out) == 0 {
		if slot != v.store.Finalized().Beacon.Slot {
			return nil, ethereum.ExecutionHeader{}, fmt.Errorf("ethlink: the client is at slot %d, past this relayer's finalized slot %d", slot, v.store.Finalized().Beacon.Slot)
		}
		return nil, v.store.FinalizedExecution(), nil
	}
	last := out[len(out)-1].FinalizedHeader
	exec, err := ethereum.ExecutionHeaderFromBeacon(&cfg, last)
	if err != nil {
		return nil, ethereum.ExecutionHeader{}, err
	}
	return out, exec, nil
}
