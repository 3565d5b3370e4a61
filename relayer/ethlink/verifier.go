package ethlink

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
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
// a serialized verifier (EthVerifier.Marshal). now is the clock (nil:
// time.Now).
func NewEthVerifier(ctx context.Context, b Beacon, cfg ethereum.NetworkConfig, checkpoint common.Hash, state []byte, now func() time.Time) (*EthVerifier, error) {
	if now == nil {
		now = time.Now
	}
	v := &EthVerifier{beacon: b, now: now, periodUpdates: map[uint64]*ethereum.Update{}}
	var err error
	if state != nil {
		var st storedVerifier
		if err := json.Unmarshal(state, &st); err != nil {
			return nil, fmt.Errorf("ethlink: restore the Ethereum light client: %w", err)
		}
		if v.store, err = ethereum.RestoreStore(cfg, st.Store); err != nil {
			return nil, fmt.Errorf("ethlink: restore the Ethereum light client: %w", err)
		}
		for p, bz := range st.PeriodUpdates {
			if v.periodUpdates[p], err = decodeUpdate(bz); err != nil {
				return nil, fmt.Errorf("ethlink: restore period %d update: %w", p, err)
			}
		}
		if st.Finality != nil {
			if v.finality, err = decodeUpdate(st.Finality); err != nil {
				return nil, fmt.Errorf("ethlink: restore the finality update: %w", err)
			}
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

// storedVerifier is the serialized verifier: the trusted store and the
// period updates it verified for the current and previous period (what a
// lagging client may still need), protobuf-encoded.
type storedVerifier struct {
	Store         []byte            `json:"store"`
	PeriodUpdates map[uint64][]byte `json:"period_updates,omitempty"`
	Finality      []byte            `json:"finality,omitempty"` // the update that finalized the store's header
}

func encodeUpdate(u *ethereum.Update) ([]byte, error) { return ibcclient.UpdateToProto(u).Marshal() }

func decodeUpdate(bz []byte) (*ethereum.Update, error) {
	var pu ibcclient.LightClientUpdate
	if err := pu.Unmarshal(bz); err != nil {
		return nil, err
	}
	return pu.Decode()
}

// Config is the network the verifier follows.
func (v *EthVerifier) Config() ethereum.NetworkConfig {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.store.Config()
}

// Marshal serializes the trusted state and the period updates a lagging
// client may still need (for the light-client bucket).
func (v *EthVerifier) Marshal() ([]byte, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	store, err := v.store.Marshal()
	if err != nil {
		return nil, err
	}
	st := storedVerifier{Store: store, PeriodUpdates: map[uint64][]byte{}}
	cur := v.store.Period()
	for p, u := range v.periodUpdates {
		if p+1 < cur {
			delete(v.periodUpdates, p) // a client that far behind needs more than this relayer can verify
			continue
		}
		bz, err := encodeUpdate(u)
		if err != nil {
			return nil, fmt.Errorf("ethlink: encode period %d update: %w", p, err)
		}
		st.PeriodUpdates[p] = bz
	}
	if v.finality != nil {
		if st.Finality, err = encodeUpdate(v.finality); err != nil {
			return nil, fmt.Errorf("ethlink: encode the finality update: %w", err)
		}
	}
	return json.Marshal(st)
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

// MissingPeriodError means a client update plan needs a period's sync
// committee update this verifier has not verified (LearnPeriod fetches it).
type MissingPeriodError struct{ Period uint64 }

func (e *MissingPeriodError) Error() string {
	return fmt.Sprintf("ethlink: the client needs period %d's sync committee update, which this relayer has not verified", e.Period)
}

// LearnPeriod fetches the beacon node's update for period and verifies it,
// keeping it for UpdatesFor (a relayer restarted from stored state has
// applied no updates yet). A period its store moved more than one past can
// no longer be verified: the error wraps ethereum.ErrWrongPeriod.
func (v *EthVerifier) LearnPeriod(ctx context.Context, period uint64) error {
	us, err := v.beacon.Updates(ctx, period, 1)
	if err != nil {
		return err
	}
	if len(us) == 0 {
		return fmt.Errorf("ethlink: the beacon node has no update for period %d yet", period)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.apply(us[0], v.now()); err != nil {
		return fmt.Errorf("ethlink: period %d update: %w", period, err)
	}
	if v.periodUpdates[period] == nil {
		return fmt.Errorf("ethlink: the beacon node's period %d update carries no next committee and finalized header", period)
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
				return nil, ethereum.ExecutionHeader{}, &MissingPeriodError{Period: period}
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
