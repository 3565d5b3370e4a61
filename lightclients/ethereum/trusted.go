package ethereum

import "fmt"

// TrustedState is the smallest form of a store's trust: the latest finalized
// header and the sync committees of its period and, once learned, of the
// next one. An on-chain client keeps this (committees in their own keys) and
// rebuilds a [Store] with [NewStore] for each update; the optimistic header
// is not part of it, because an on-chain client only follows finality.
type TrustedState struct {
	Finalized LightClientHeader
	Current   *SyncCommittee
	Next      *SyncCommittee // nil until an update proved it
}

// NewStore rebuilds a store from trusted state that the caller verified
// earlier (through [Bootstrap] and [Store.ApplyUpdate]) and kept. It checks
// that the state is internally consistent: the finalized header's execution
// payload proves against its body root and the committees have the preset's
// size and valid keys. The optimistic header starts at the finalized one.
func NewStore(cfg NetworkConfig, ts TrustedState) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	exec, err := ExecutionHeaderFromBeacon(&cfg, &ts.Finalized)
	if err != nil {
		return nil, fmt.Errorf("trusted finalized header: %w", err)
	}
	s := &Store{cfg: cfg, bc: cfg.beaconConfig(), finalized: ts.Finalized, finalizedExec: exec, optimistic: ts.Finalized, optimisticExec: exec}
	if s.current, err = newCommitteeKeys(ts.Current, cfg.Preset.SyncCommitteeSize, "trusted current sync committee"); err != nil {
		return nil, err
	}
	if ts.Next != nil {
		if s.next, err = newCommitteeKeys(ts.Next, cfg.Preset.SyncCommitteeSize, "trusted next sync committee"); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Trusted returns the store's trusted state (see [TrustedState]). The
// committees are shared with the store; do not modify them.
func (s *Store) Trusted() TrustedState {
	ts := TrustedState{Finalized: s.finalized, Current: s.current.committee}
	if s.next != nil {
		ts.Next = s.next.committee
	}
	return ts
}
