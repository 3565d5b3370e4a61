package ethereum

import (
	"encoding/json"
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// This file decodes and encodes the beacon API's light-client JSON
// (/eth/v1/beacon/light_client/{bootstrap,updates,finality_update,
// optimistic_update}): objects wrapped as {"version": fork, "data": {...}},
// numbers as decimal strings, bytes as 0x-hex.

type envelope struct {
	Version string          `json:"version"`
	Data    json.RawMessage `json:"data"`
}

// wireHeaderIn decodes a LightClientHeader; types.Header enforces that every
// beacon header field is present.
type wireHeaderIn struct {
	Beacon             *types.Header   `json:"beacon"`
	Execution          json.RawMessage `json:"execution"`
	ExecutionBlockHash *common.Hash    `json:"execution_block_hash"`
	ExecutionBranch    []common.Hash   `json:"execution_branch"`
}

type wireBeaconOut struct {
	Slot          uint64      `json:"slot,string"`
	ProposerIndex uint64      `json:"proposer_index,string"`
	ParentRoot    common.Hash `json:"parent_root"`
	StateRoot     common.Hash `json:"state_root"`
	BodyRoot      common.Hash `json:"body_root"`
}

type wireHeaderOut struct {
	Beacon             wireBeaconOut   `json:"beacon"`
	Execution          json.RawMessage `json:"execution,omitempty"`
	ExecutionBlockHash *common.Hash    `json:"execution_block_hash,omitempty"`
	ExecutionBranch    []common.Hash   `json:"execution_branch"`
}

type wireCommittee struct {
	Pubkeys         []hexutil.Bytes `json:"pubkeys"`
	AggregatePubkey hexutil.Bytes   `json:"aggregate_pubkey"`
}

type wireAggregate struct {
	Bits      hexutil.Bytes `json:"sync_committee_bits"`
	Signature hexutil.Bytes `json:"sync_committee_signature"`
}

type wireBootstrap[H any] struct {
	Header                     H              `json:"header"`
	CurrentSyncCommittee       *wireCommittee `json:"current_sync_committee"`
	CurrentSyncCommitteeBranch []common.Hash  `json:"current_sync_committee_branch"`
}

type wireUpdate[H any] struct {
	AttestedHeader          H              `json:"attested_header"`
	NextSyncCommittee       *wireCommittee `json:"next_sync_committee,omitempty"`
	NextSyncCommitteeBranch []common.Hash  `json:"next_sync_committee_branch,omitempty"`
	FinalizedHeader         *H             `json:"finalized_header,omitempty"`
	FinalityBranch          []common.Hash  `json:"finality_branch,omitempty"`
	SyncAggregate           *wireAggregate `json:"sync_aggregate"`
	SignatureSlot           *string        `json:"signature_slot"`
}

func toValues(hs []common.Hash) merkle.Values {
	if hs == nil {
		return nil
	}
	v := make(merkle.Values, len(hs))
	for i, h := range hs {
		v[i] = merkle.Value(h)
	}
	return v
}

func fromValues(vs merkle.Values) []common.Hash {
	h := make([]common.Hash, len(vs))
	for i, v := range vs {
		h[i] = common.Hash(v)
	}
	return h
}

// decodeExecution decodes an execution payload header in the JSON layout of
// the given version (fork name).
func decodeExecution(version string, raw json.RawMessage) (*deneb.ExecutionPayloadHeader, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, fmt.Errorf("execution payload header is missing")
	}
	switch version {
	case "capella":
		var c capella.ExecutionPayloadHeader
		if err := json.Unmarshal(raw, &c); err != nil {
			return nil, fmt.Errorf("capella execution payload header: %w", err)
		}
		return capellaToDeneb(&c), nil
	case "deneb", "electra", "fulu":
		var d deneb.ExecutionPayloadHeader
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, fmt.Errorf("%s execution payload header: %w", version, err)
		}
		return &d, nil
	}
	return nil, fmt.Errorf("%w: version %q has no execution payload header this client knows", ErrUnsupportedFork, version)
}

func encodeExecution(version string, h *deneb.ExecutionPayloadHeader) (json.RawMessage, error) {
	if h == nil {
		return nil, fmt.Errorf("%w: execution payload header is nil", ErrMalformed)
	}
	if version == "capella" {
		return json.Marshal(denebToCapella(h))
	}
	return json.Marshal(h)
}

func decodeHeader(version string, w *wireHeaderIn, what string) (LightClientHeader, error) {
	if w.Beacon == nil {
		return LightClientHeader{}, fmt.Errorf("%w: %s: missing beacon header", ErrMalformed, what)
	}
	if version == "gloas" {
		if w.ExecutionBlockHash == nil {
			return LightClientHeader{}, fmt.Errorf("%w: %s: gloas header without execution_block_hash", ErrMalformed, what)
		}
		return LightClientHeader{Beacon: *w.Beacon, ExecutionBlockHash: *w.ExecutionBlockHash, ExecutionBranch: toValues(w.ExecutionBranch)}, nil
	}
	exec, err := decodeExecution(version, w.Execution)
	if err != nil {
		return LightClientHeader{}, fmt.Errorf("%w: %s: %w", ErrMalformed, what, err)
	}
	return LightClientHeader{Beacon: *w.Beacon, Execution: exec, ExecutionBranch: toValues(w.ExecutionBranch)}, nil
}

func encodeHeader(version string, h *LightClientHeader) (wireHeaderOut, error) {
	b := h.Beacon
	out := wireHeaderOut{
		Beacon:          wireBeaconOut{Slot: b.Slot, ProposerIndex: b.ProposerIndex, ParentRoot: b.ParentRoot, StateRoot: b.StateRoot, BodyRoot: b.BodyRoot},
		ExecutionBranch: fromValues(h.ExecutionBranch),
	}
	if version == "gloas" {
		if h.Execution != nil {
			return wireHeaderOut{}, fmt.Errorf("%w: a gloas-format header carries no execution payload header", ErrMalformed)
		}
		hash := h.ExecutionBlockHash
		out.ExecutionBlockHash = &hash
		return out, nil
	}
	exec, err := encodeExecution(version, h.Execution)
	if err != nil {
		return wireHeaderOut{}, err
	}
	out.Execution = exec
	return out, nil
}

func decodeCommittee(w *wireCommittee, what string) (*SyncCommittee, error) {
	sc := &SyncCommittee{Pubkeys: make([][48]byte, len(w.Pubkeys))}
	for i, k := range w.Pubkeys {
		if len(k) != 48 {
			return nil, fmt.Errorf("%w: %s: pubkey %d is %d bytes, want 48", ErrMalformed, what, i, len(k))
		}
		copy(sc.Pubkeys[i][:], k)
	}
	if len(w.AggregatePubkey) != 48 {
		return nil, fmt.Errorf("%w: %s: aggregate pubkey is %d bytes, want 48", ErrMalformed, what, len(w.AggregatePubkey))
	}
	copy(sc.AggregatePubkey[:], w.AggregatePubkey)
	return sc, nil
}

func encodeCommittee(sc *SyncCommittee) *wireCommittee {
	if sc == nil {
		return nil
	}
	w := &wireCommittee{Pubkeys: make([]hexutil.Bytes, len(sc.Pubkeys)), AggregatePubkey: sc.AggregatePubkey[:]}
	for i := range sc.Pubkeys {
		w.Pubkeys[i] = sc.Pubkeys[i][:]
	}
	return w
}

func decodeEnvelope(data []byte, what string) (*envelope, error) {
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrMalformed, what, err)
	}
	if env.Version == "" {
		return nil, fmt.Errorf("%w: %s: missing \"version\"", ErrMalformed, what)
	}
	if len(env.Data) == 0 || string(env.Data) == "null" {
		return nil, fmt.Errorf("%w: %s: missing \"data\"", ErrMalformed, what)
	}
	return &env, nil
}

// DecodeBootstrap parses the response of
// GET /eth/v1/beacon/light_client/bootstrap/{block_root}.
// It only parses: verification happens in [Bootstrap].
func DecodeBootstrap(data []byte) (*LightClientBootstrap, error) {
	env, err := decodeEnvelope(data, "bootstrap")
	if err != nil {
		return nil, err
	}
	var w wireBootstrap[wireHeaderIn]
	if err := json.Unmarshal(env.Data, &w); err != nil {
		return nil, fmt.Errorf("%w: bootstrap: %w", ErrMalformed, err)
	}
	h, err := decodeHeader(env.Version, &w.Header, "bootstrap header")
	if err != nil {
		return nil, err
	}
	if w.CurrentSyncCommittee == nil {
		return nil, fmt.Errorf("%w: bootstrap: missing current_sync_committee", ErrMalformed)
	}
	sc, err := decodeCommittee(w.CurrentSyncCommittee, "bootstrap current_sync_committee")
	if err != nil {
		return nil, err
	}
	return &LightClientBootstrap{Version: env.Version, Header: h, CurrentSyncCommittee: sc, CurrentSyncCommitteeBranch: toValues(w.CurrentSyncCommitteeBranch)}, nil
}

// MarshalJSON encodes the bootstrap in the beacon API's format.
func (b *LightClientBootstrap) MarshalJSON() ([]byte, error) {
	h, err := encodeHeader(b.Version, &b.Header)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(wireBootstrap[wireHeaderOut]{Header: h, CurrentSyncCommittee: encodeCommittee(b.CurrentSyncCommittee), CurrentSyncCommitteeBranch: fromValues(b.CurrentSyncCommitteeBranch)})
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{Version: b.Version, Data: data})
}

// DecodeUpdate parses one {version, data} light-client update object: an
// element of GET /eth/v1/beacon/light_client/updates, or the response of
// finality_update or optimistic_update. Which fields are present decides
// the update's [Update.Kind].
func DecodeUpdate(data []byte) (*Update, error) {
	env, err := decodeEnvelope(data, "update")
	if err != nil {
		return nil, err
	}
	var w wireUpdate[wireHeaderIn]
	if err := json.Unmarshal(env.Data, &w); err != nil {
		return nil, fmt.Errorf("%w: update: %w", ErrMalformed, err)
	}
	u := &Update{Version: env.Version}
	if u.AttestedHeader, err = decodeHeader(env.Version, &w.AttestedHeader, "update attested_header"); err != nil {
		return nil, err
	}
	if w.NextSyncCommittee != nil {
		if u.NextSyncCommittee, err = decodeCommittee(w.NextSyncCommittee, "update next_sync_committee"); err != nil {
			return nil, err
		}
		u.NextSyncCommitteeBranch = toValues(w.NextSyncCommitteeBranch)
	}
	if w.FinalizedHeader != nil && !emptyFinality(w.FinalizedHeader, w.FinalityBranch) {
		fh, err := decodeHeader(env.Version, w.FinalizedHeader, "update finalized_header")
		if err != nil {
			return nil, err
		}
		u.FinalizedHeader = &fh
		u.FinalityBranch = toValues(w.FinalityBranch)
	}
	if w.SyncAggregate == nil {
		return nil, fmt.Errorf("%w: update: missing sync_aggregate", ErrMalformed)
	}
	if len(w.SyncAggregate.Signature) != 96 {
		return nil, fmt.Errorf("%w: update: sync_committee_signature is %d bytes, want 96", ErrMalformed, len(w.SyncAggregate.Signature))
	}
	if len(w.SyncAggregate.Bits) == 0 {
		return nil, fmt.Errorf("%w: update: missing sync_committee_bits", ErrMalformed)
	}
	u.SyncAggregate.Bits = w.SyncAggregate.Bits
	copy(u.SyncAggregate.Signature[:], w.SyncAggregate.Signature)
	if w.SignatureSlot == nil {
		return nil, fmt.Errorf("%w: update: missing signature_slot", ErrMalformed)
	}
	var slot common.Decimal
	if err := slot.UnmarshalJSON([]byte(`"` + *w.SignatureSlot + `"`)); err != nil {
		return nil, fmt.Errorf("%w: update: signature_slot %q: %w", ErrMalformed, *w.SignatureSlot, err)
	}
	u.SignatureSlot = uint64(slot)
	return u, nil
}

// emptyFinality reports whether an update carries the default (all-zero)
// finalized header and an all-zero finality branch, which is how the
// consensus specs encode "no finality proof" (is_finality_update is false).
func emptyFinality(h *wireHeaderIn, branch []common.Hash) bool {
	if h.Beacon == nil || *h.Beacon != (types.Header{}) {
		return false
	}
	for _, b := range branch {
		if b != (common.Hash{}) {
			return false
		}
	}
	return true
}

// DecodeUpdates parses the response of
// GET /eth/v1/beacon/light_client/updates?start_period=..&count=..: a JSON
// array of {version, data} updates.
func DecodeUpdates(data []byte) ([]*Update, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, fmt.Errorf("%w: updates: want a JSON array: %w", ErrMalformed, err)
	}
	out := make([]*Update, len(raws))
	for i, raw := range raws {
		u, err := DecodeUpdate(raw)
		if err != nil {
			return nil, fmt.Errorf("updates[%d]: %w", i, err)
		}
		out[i] = u
	}
	return out, nil
}

// DecodeFinalityUpdate parses the response of
// GET /eth/v1/beacon/light_client/finality_update.
func DecodeFinalityUpdate(data []byte) (*Update, error) {
	u, err := DecodeUpdate(data)
	if err != nil {
		return nil, fmt.Errorf("finality update: %w", err)
	}
	if u.FinalizedHeader == nil {
		return nil, fmt.Errorf("%w: finality update: missing finalized_header", ErrMalformed)
	}
	return u, nil
}

// DecodeOptimisticUpdate parses the response of
// GET /eth/v1/beacon/light_client/optimistic_update.
func DecodeOptimisticUpdate(data []byte) (*Update, error) {
	u, err := DecodeUpdate(data)
	if err != nil {
		return nil, fmt.Errorf("optimistic update: %w", err)
	}
	return u, nil
}

// MarshalJSON encodes the update in the beacon API's format; the fields
// present follow [Update.Kind].
func (u *Update) MarshalJSON() ([]byte, error) {
	ah, err := encodeHeader(u.Version, &u.AttestedHeader)
	if err != nil {
		return nil, err
	}
	slot := fmt.Sprint(u.SignatureSlot)
	w := wireUpdate[wireHeaderOut]{
		AttestedHeader: ah,
		SyncAggregate:  &wireAggregate{Bits: u.SyncAggregate.Bits, Signature: u.SyncAggregate.Signature[:]},
		SignatureSlot:  &slot,
	}
	if u.NextSyncCommittee != nil {
		w.NextSyncCommittee = encodeCommittee(u.NextSyncCommittee)
		w.NextSyncCommitteeBranch = fromValues(u.NextSyncCommitteeBranch)
	}
	if u.FinalizedHeader != nil {
		fh, err := encodeHeader(u.Version, u.FinalizedHeader)
		if err != nil {
			return nil, err
		}
		w.FinalizedHeader = &fh
		w.FinalityBranch = fromValues(u.FinalityBranch)
	}
	data, err := json.Marshal(w)
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{Version: u.Version, Data: data})
}
