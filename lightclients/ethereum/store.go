package ethereum

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/beacon/params"
	"github.com/ethereum/go-ethereum/common"
)

// clockDisparity is how far ahead of the local clock a signature slot may
// start (consensus-specs MAXIMUM_GOSSIP_CLOCK_DISPARITY).
const clockDisparity = 500 * time.Millisecond

// Store is the trusted state of the light client (consensus-specs
// LightClientStore without the best-valid-update / force-update path): the
// latest finalized header, the latest optimistic (attested, not yet final)
// header, the current period's sync committee and, once learned, the next
// period's. Its serialized form ([Store.Marshal]) is what the relayer keeps
// in its light-client KV bucket.
//
// A Store is not safe for concurrent use; the owner serializes calls.
type Store struct {
	cfg NetworkConfig
	bc  *params.ChainConfig // go-ethereum's fork list, for signing domains

	finalized      LightClientHeader
	finalizedExec  ExecutionHeader
	optimistic     LightClientHeader
	optimisticExec ExecutionHeader
	current        *committeeKeys
	next           *committeeKeys // nil until an update proves it
}

// Outcome says what an accepted update changed in the store.
type Outcome struct {
	FinalizedAdvanced    bool // the finalized header moved forward
	OptimisticAdvanced   bool // the optimistic header moved forward
	NextCommitteeLearned bool // the next period's committee became known
	CommitteeRotated     bool // the store moved into the next period
}

func (o Outcome) changed() bool {
	return o.FinalizedAdvanced || o.OptimisticAdvanced || o.NextCommitteeLearned || o.CommitteeRotated
}

// Bootstrap starts a store from a trusted checkpoint block root and the
// beacon node's LightClientBootstrap for it. It checks, in order:
//
//   - the network configuration is valid;
//   - the bootstrap header hashes to trustedRoot (ErrCheckpointMismatch);
//   - the header's fork is supported and matches b.Version;
//   - the execution payload header proves against the body root
//     (ErrInvalidExecutionProof);
//   - the current sync committee proves against the state root at the fork's
//     generalized index (ErrInvalidCommitteeProof), has the preset's size and
//     valid keys whose sum is the aggregate key (ErrInvalidCommittee).
func Bootstrap(cfg NetworkConfig, trustedRoot common.Hash, b *LightClientBootstrap) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if b == nil {
		return nil, fmt.Errorf("%w: bootstrap is nil", ErrMalformed)
	}
	h := &b.Header.Beacon
	if root := h.Hash(); root != trustedRoot {
		return nil, fmt.Errorf("%w: network %s: header at slot %d has root %s, trusted checkpoint is %s", ErrCheckpointMismatch, cfg.Name, h.Slot, root, trustedRoot)
	}
	fork, idx, err := headerFork(&cfg, b.Version, h.Slot, "bootstrap header")
	if err != nil {
		return nil, err
	}
	exec, err := ExecutionHeaderFromBeacon(&cfg, &b.Header)
	if err != nil {
		return nil, fmt.Errorf("bootstrap: %w", err)
	}
	if b.CurrentSyncCommittee == nil {
		return nil, fmt.Errorf("%w: bootstrap at slot %d has no current sync committee", ErrInvalidCommittee, h.Slot)
	}
	committeeRoot := b.CurrentSyncCommittee.Root()
	if err := merkle.VerifyProof(h.StateRoot, idx.currentCommittee, b.CurrentSyncCommitteeBranch, merkle.Value(committeeRoot)); err != nil {
		return nil, fmt.Errorf("%w: bootstrap at slot %d (%s): current committee %s at index %d against state root %s: %w",
			ErrInvalidCommitteeProof, h.Slot, fork, committeeRoot, idx.currentCommittee, h.StateRoot, err)
	}
	keys, err := newCommitteeKeys(b.CurrentSyncCommittee, cfg.Preset.SyncCommitteeSize, "bootstrap current sync committee")
	if err != nil {
		return nil, err
	}
	return &Store{
		cfg:            cfg,
		bc:             cfg.beaconConfig(),
		finalized:      b.Header,
		finalizedExec:  exec,
		optimistic:     b.Header,
		optimisticExec: exec,
		current:        keys,
	}, nil
}

// headerFork returns the fork of a header at slot and its state indices,
// checking that the object's version names that fork.
func headerFork(cfg *NetworkConfig, version string, slot uint64, what string) (string, stateIndices, error) {
	fork := cfg.ForkAtSlot(slot).Name
	if forkIndex(fork) < forkIndex("capella") {
		return "", stateIndices{}, fmt.Errorf("%w: %s at slot %d is %s, before capella", ErrUnsupportedFork, what, slot, fork)
	}
	idx, err := indicesFor(fork)
	if err != nil {
		return "", stateIndices{}, fmt.Errorf("%s at slot %d: %w", what, slot, err)
	}
	if version != fork {
		return "", stateIndices{}, fmt.Errorf("%w: %s at slot %d is in fork %s but was served as version %q", ErrMalformed, what, slot, fork, version)
	}
	return fork, idx, nil
}

// currentSlot is the slot at now (allowing the gossip clock disparity).
func (s *Store) currentSlot(now time.Time) uint64 {
	genesis := time.Unix(int64(s.cfg.GenesisTime), 0)
	since := now.Add(clockDisparity).Sub(genesis)
	if since < 0 {
		return 0
	}
	return uint64(since / (time.Duration(s.cfg.SecondsPerSlot) * time.Second))
}

// ApplyUpdate verifies u against the store and, if it is valid and advances
// the store, applies it. now is the caller's clock, used only to refuse
// signature slots from the future. On error the store is unchanged.
//
// Checks, in order, each failing with its own error:
//
//   - u.Version is the fork of the attested slot, a fork from Capella on
//     (ErrMalformed, ErrUnsupportedFork);
//   - the participation bitfield has one bit per committee member
//     (ErrMalformed) and at least 2/3 of them set
//     (ErrInsufficientParticipation);
//   - signature slot > attested slot >= finalized slot (ErrInvalidSlots), and
//     the signature slot is not after the current slot (ErrFutureSlot);
//   - the signature period is the store's period, or the next one when the
//     next committee is known (ErrWrongPeriod);
//   - the attested header is newer than the finalized header, or the update
//     brings the unknown next committee of the store's period (ErrStaleUpdate);
//   - the attested (and finalized) execution payload headers prove against
//     their body roots (ErrInvalidExecutionProof);
//   - the finalized header proves against the attested state root at the
//     fork's finalized-root index (ErrInvalidFinalityProof);
//   - the next sync committee proves against the attested state root
//     (ErrInvalidCommitteeProof), agrees with an already known one
//     (ErrCommitteeMismatch) and has valid keys (ErrInvalidCommittee);
//   - the aggregate signature verifies for the participating members of the
//     committee of the signature period, over the attested header root under
//     DOMAIN_SYNC_COMMITTEE of the fork at signature slot - 1 and the genesis
//     validators root (ErrInvalidSignature);
//   - the update changes something (ErrNotAdvancing).
//
// Finalized headers and committees only advance through updates that carry a
// finalized header (LightClientUpdate or finality update); optimistic updates
// advance only the optimistic header.
//
// A verified update whose finalized header has the slot of the store's
// finalized header but another root is evidence of sync committee
// misbehaviour and fails with ErrConflictingHeader.
func (s *Store) ApplyUpdate(u *Update, now time.Time) (Outcome, error) {
	next, out, err := s.verifyUpdate(u, now)
	if err != nil {
		return Outcome{}, err
	}
	*s = next
	return out, nil
}

// VerifyUpdate runs every check of [Store.ApplyUpdate] and reports what the
// update would change, without changing the store.
func (s *Store) VerifyUpdate(u *Update, now time.Time) (Outcome, error) {
	_, out, err := s.verifyUpdate(u, now)
	return out, err
}

// verifyUpdate checks u and returns the state the store would have after
// it, leaving the store unchanged.
func (s *Store) verifyUpdate(u *Update, now time.Time) (Store, Outcome, error) {
	if u == nil {
		return Store{}, Outcome{}, fmt.Errorf("%w: update is nil", ErrMalformed)
	}
	cfg := &s.cfg
	att := &u.AttestedHeader.Beacon
	what := fmt.Sprintf("%s update (attested slot %d, signature slot %d)", u.Kind(), att.Slot, u.SignatureSlot)

	fork, idx, err := headerFork(cfg, u.Version, att.Slot, what+": attested header")
	if err != nil {
		return Store{}, Outcome{}, err
	}
	size := cfg.Preset.SyncCommitteeSize
	if len(u.SyncAggregate.Bits) != size/8 {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: sync_committee_bits is %d bytes, the preset needs %d", ErrMalformed, what, len(u.SyncAggregate.Bits), size/8)
	}
	if n := u.SyncAggregate.Participants(); n*3 < size*2 {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: %d of %d members signed, need at least 2/3", ErrInsufficientParticipation, what, n, size)
	}
	if u.SignatureSlot <= att.Slot {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: signature slot must be after the attested slot", ErrInvalidSlots, what)
	}
	if u.FinalizedHeader != nil && u.FinalizedHeader.Beacon.Slot > att.Slot {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: finalized slot %d is after the attested slot", ErrInvalidSlots, what, u.FinalizedHeader.Beacon.Slot)
	}
	if cur := s.currentSlot(now); u.SignatureSlot > cur {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: the clock is at slot %d", ErrFutureSlot, what, cur)
	}
	storePeriod := cfg.SyncPeriod(s.finalized.Beacon.Slot)
	sigPeriod := cfg.SyncPeriod(u.SignatureSlot)
	if s.next != nil {
		if sigPeriod != storePeriod && sigPeriod != storePeriod+1 {
			return Store{}, Outcome{}, fmt.Errorf("%w: %s: signature period %d, the store holds committees for periods %d and %d", ErrWrongPeriod, what, sigPeriod, storePeriod, storePeriod+1)
		}
	} else if sigPeriod != storePeriod {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: signature period %d, the store holds the committee of period %d only", ErrWrongPeriod, what, sigPeriod, storePeriod)
	}
	attPeriod := cfg.SyncPeriod(att.Slot)
	bringsNext := s.next == nil && u.NextSyncCommittee != nil && attPeriod == storePeriod
	if att.Slot <= s.finalized.Beacon.Slot && !bringsNext {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: attested slot is not after the finalized slot %d and brings no new committee", ErrStaleUpdate, what, s.finalized.Beacon.Slot)
	}

	attExec, err := ExecutionHeaderFromBeacon(cfg, &u.AttestedHeader)
	if err != nil {
		return Store{}, Outcome{}, fmt.Errorf("%s: attested header: %w", what, err)
	}
	var finExec ExecutionHeader
	if fh := u.FinalizedHeader; fh != nil {
		if finExec, err = ExecutionHeaderFromBeacon(cfg, fh); err != nil {
			return Store{}, Outcome{}, fmt.Errorf("%s: finalized header: %w", what, err)
		}
		root := fh.Beacon.Hash()
		if err := merkle.VerifyProof(att.StateRoot, idx.finalizedRoot, u.FinalityBranch, merkle.Value(root)); err != nil {
			return Store{}, Outcome{}, fmt.Errorf("%w: %s: finalized header %s (slot %d) at index %d against attested state root %s: %w",
				ErrInvalidFinalityProof, what, root, fh.Beacon.Slot, idx.finalizedRoot, att.StateRoot, err)
		}
	}
	var nextKeys *committeeKeys
	if nsc := u.NextSyncCommittee; nsc != nil {
		root := nsc.Root()
		if err := merkle.VerifyProof(att.StateRoot, idx.nextCommittee, u.NextSyncCommitteeBranch, merkle.Value(root)); err != nil {
			return Store{}, Outcome{}, fmt.Errorf("%w: %s: next committee %s at index %d against attested state root %s: %w",
				ErrInvalidCommitteeProof, what, root, idx.nextCommittee, att.StateRoot, err)
		}
		if attPeriod == storePeriod && s.next != nil && s.next.root != root {
			return Store{}, Outcome{}, fmt.Errorf("%w: %s: period %d next committee %s, trusted %s", ErrCommitteeMismatch, what, storePeriod+1, root, s.next.root)
		}
		if nextKeys, err = newCommitteeKeys(nsc, size, what+": next sync committee"); err != nil {
			return Store{}, Outcome{}, err
		}
	}

	signers := s.current
	if sigPeriod != storePeriod {
		signers = s.next
	}
	sroot, err := signingRoot(s.bc, cfg, u.SignatureSlot, att.Hash())
	if err != nil {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: %w", ErrUnsupportedFork, what, err)
	}
	if err := signers.verify(sroot, &u.SyncAggregate); err != nil {
		return Store{}, Outcome{}, fmt.Errorf("%s (%s, period %d committee %s): %w", what, fork, sigPeriod, signers.root, err)
	}

	// Everything verified. A finalized header at the store's finalized slot
	// with another root means the committee signed two histories.
	if fh := u.FinalizedHeader; fh != nil && fh.Beacon.Slot == s.finalized.Beacon.Slot {
		if a, b := fh.Beacon.Hash(), s.finalized.Beacon.Hash(); a != b {
			return Store{}, Outcome{}, fmt.Errorf("%w: %s: finalized header %s at slot %d, the store finalized %s", ErrConflictingHeader, what, a, fh.Beacon.Slot, b)
		}
	}
	// Work out the new state; the caller commits it.
	var (
		out            Outcome
		next           = *s
		finalizedSlot  = s.finalized.Beacon.Slot
		optimisticSlot = s.optimistic.Beacon.Slot
	)
	if fh := u.FinalizedHeader; fh != nil {
		finPeriod := cfg.SyncPeriod(fh.Beacon.Slot)
		switch {
		case s.next == nil:
			if nextKeys != nil && finPeriod == storePeriod && attPeriod == storePeriod {
				next.next = nextKeys
				out.NextCommitteeLearned = true
			}
		case finPeriod == storePeriod+1:
			next.current = s.next
			next.next = nil
			if nextKeys != nil && attPeriod == finPeriod {
				next.next = nextKeys
				out.NextCommitteeLearned = true
			}
			out.CommitteeRotated = true
		}
		if fh.Beacon.Slot > finalizedSlot {
			next.finalized, next.finalizedExec = *fh, finExec
			out.FinalizedAdvanced = true
		}
	}
	if att.Slot > optimisticSlot {
		next.optimistic, next.optimisticExec = u.AttestedHeader, attExec
		out.OptimisticAdvanced = true
	}
	if next.finalized.Beacon.Slot > next.optimistic.Beacon.Slot {
		next.optimistic, next.optimisticExec = next.finalized, next.finalizedExec
	}
	if !out.changed() {
		return Store{}, Outcome{}, fmt.Errorf("%w: %s: finalized slot %d, optimistic slot %d", ErrNotAdvancing, what, finalizedSlot, optimisticSlot)
	}
	return next, out, nil
}

// Config returns the network configuration of the store.
func (s *Store) Config() NetworkConfig { return s.cfg }

// Finalized returns the latest finalized header.
func (s *Store) Finalized() LightClientHeader { return s.finalized }

// FinalizedExecution returns the execution payload summary of the latest
// finalized header; its StateRoot is what proofs of final state verify
// against.
func (s *Store) FinalizedExecution() ExecutionHeader { return s.finalizedExec }

// Optimistic returns the latest attested header signed by a 2/3 majority of
// the sync committee (not necessarily final).
func (s *Store) Optimistic() LightClientHeader { return s.optimistic }

// OptimisticExecution returns the execution payload summary of the
// optimistic header.
func (s *Store) OptimisticExecution() ExecutionHeader { return s.optimisticExec }

// Period returns the sync-committee period of the finalized header.
func (s *Store) Period() uint64 { return s.cfg.SyncPeriod(s.finalized.Beacon.Slot) }

// CurrentCommitteeRoot returns the root of the committee of [Store.Period].
func (s *Store) CurrentCommitteeRoot() common.Hash { return s.current.root }

// NextCommitteeRoot returns the root of the next period's committee and
// whether it is known.
func (s *Store) NextCommitteeRoot() (common.Hash, bool) {
	if s.next == nil {
		return common.Hash{}, false
	}
	return s.next.root, true
}

// storedHeader is a header with the version its execution payload header is
// encoded in.
type storedHeader struct {
	Version string          `json:"version"`
	Header  json.RawMessage `json:"header"`
}

type storedState struct {
	Network               string         `json:"network"`
	Preset                string         `json:"preset"`
	GenesisValidatorsRoot common.Hash    `json:"genesis_validators_root"`
	Finalized             storedHeader   `json:"finalized"`
	Optimistic            storedHeader   `json:"optimistic"`
	Current               *wireCommittee `json:"current_sync_committee"`
	Next                  *wireCommittee `json:"next_sync_committee,omitempty"`
}

func (s *Store) storeHeader(h *LightClientHeader) (storedHeader, error) {
	version := s.cfg.ForkAtSlot(h.Beacon.Slot).Name
	if h.Execution == nil {
		version = "gloas" // a block-hash header, whatever its own fork
	}
	w, err := encodeHeader(version, h)
	if err != nil {
		return storedHeader{}, err
	}
	raw, err := json.Marshal(w)
	return storedHeader{Version: version, Header: raw}, err
}

// Marshal serializes the trusted state (JSON, about 100 KB with two
// 512-member committees) for the relayer's light-client KV bucket.
func (s *Store) Marshal() ([]byte, error) {
	fin, err := s.storeHeader(&s.finalized)
	if err != nil {
		return nil, fmt.Errorf("marshal finalized header: %w", err)
	}
	opt, err := s.storeHeader(&s.optimistic)
	if err != nil {
		return nil, fmt.Errorf("marshal optimistic header: %w", err)
	}
	st := storedState{
		Network:               s.cfg.Name,
		Preset:                s.cfg.Preset.Name,
		GenesisValidatorsRoot: s.cfg.GenesisValidatorsRoot,
		Finalized:             fin,
		Optimistic:            opt,
		Current:               encodeCommittee(s.current.committee),
	}
	if s.next != nil {
		st.Next = encodeCommittee(s.next.committee)
	}
	return json.Marshal(&st)
}

func restoreHeader(cfg *NetworkConfig, sh storedHeader, what string) (LightClientHeader, ExecutionHeader, error) {
	var w wireHeaderIn
	if err := json.Unmarshal(sh.Header, &w); err != nil {
		return LightClientHeader{}, ExecutionHeader{}, fmt.Errorf("%w: stored %s header: %w", ErrMalformed, what, err)
	}
	h, err := decodeHeader(sh.Version, &w, "stored "+what+" header")
	if err != nil {
		return LightClientHeader{}, ExecutionHeader{}, err
	}
	exec, err := ExecutionHeaderFromBeacon(cfg, &h)
	if err != nil {
		return LightClientHeader{}, ExecutionHeader{}, fmt.Errorf("stored %s header: %w", what, err)
	}
	return h, exec, nil
}

// RestoreStore rebuilds a store serialized by [Store.Marshal] for the given
// network. The data is trusted (the relayer wrote it), but it must belong to
// cfg's network and be internally consistent: headers must prove their
// execution payloads and committees must decode.
func RestoreStore(cfg NetworkConfig, data []byte) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var st storedState
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("%w: stored light-client state: %w", ErrMalformed, err)
	}
	if st.GenesisValidatorsRoot != cfg.GenesisValidatorsRoot || st.Preset != cfg.Preset.Name {
		return nil, fmt.Errorf("%w: stored state is for network %q (preset %s, genesis validators root %s), not %q",
			ErrInvalidConfig, st.Network, st.Preset, st.GenesisValidatorsRoot, cfg.Name)
	}
	s := &Store{cfg: cfg, bc: cfg.beaconConfig()}
	var err error
	if s.finalized, s.finalizedExec, err = restoreHeader(&cfg, st.Finalized, "finalized"); err != nil {
		return nil, err
	}
	if s.optimistic, s.optimisticExec, err = restoreHeader(&cfg, st.Optimistic, "optimistic"); err != nil {
		return nil, err
	}
	if st.Current == nil {
		return nil, fmt.Errorf("%w: stored state has no current sync committee", ErrMalformed)
	}
	sc, err := decodeCommittee(st.Current, "stored current sync committee")
	if err != nil {
		return nil, err
	}
	if s.current, err = newCommitteeKeys(sc, cfg.Preset.SyncCommitteeSize, "stored current sync committee"); err != nil {
		return nil, err
	}
	if st.Next != nil {
		nc, err := decodeCommittee(st.Next, "stored next sync committee")
		if err != nil {
			return nil, err
		}
		if s.next, err = newCommitteeKeys(nc, cfg.Preset.SyncCommitteeSize, "stored next sync committee"); err != nil {
			return nil, err
		}
	}
	return s, nil
}
