package ibcclient

import (
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	btypes "github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// This file converts between the protobuf messages and the verification
// core's types. Decoding checks every fixed-size field's length, so a
// malformed message fails here with the field named instead of being
// silently truncated or padded.

func fixed(dst []byte, src []byte, what string) error {
	if len(src) != len(dst) {
		return fmt.Errorf("%s is %d bytes, want %d", what, len(src), len(dst))
	}
	copy(dst, src)
	return nil
}

func hash(src []byte, what string) (common.Hash, error) {
	var h common.Hash
	return h, fixed(h[:], src, what)
}

// NetworkConfigToProto encodes a network configuration.
func NetworkConfigToProto(c ethereum.NetworkConfig) *NetworkConfig {
	p := &NetworkConfig{
		Name:                         c.Name,
		Preset:                       c.Preset.Name,
		SlotsPerEpoch:                c.Preset.SlotsPerEpoch,
		EpochsPerSyncCommitteePeriod: c.Preset.EpochsPerSyncCommitteePeriod,
		SyncCommitteeSize:            uint32(c.Preset.SyncCommitteeSize),
		GenesisTime:                  c.GenesisTime,
		SecondsPerSlot:               c.SecondsPerSlot,
		GenesisValidatorsRoot:        c.GenesisValidatorsRoot.Bytes(),
	}
	for _, f := range c.Forks {
		p.Forks = append(p.Forks, &Fork{Name: f.Name, Epoch: f.Epoch, Version: append([]byte(nil), f.Version[:]...)})
	}
	return p
}

// Config decodes the network configuration and validates it.
func (p *NetworkConfig) Config() (ethereum.NetworkConfig, error) {
	if p == nil {
		return ethereum.NetworkConfig{}, fmt.Errorf("%w: network config is missing", ethereum.ErrInvalidConfig)
	}
	c := ethereum.NetworkConfig{
		Name: p.Name,
		Preset: ethereum.Preset{
			Name:                         p.Preset,
			SlotsPerEpoch:                p.SlotsPerEpoch,
			EpochsPerSyncCommitteePeriod: p.EpochsPerSyncCommitteePeriod,
			SyncCommitteeSize:            int(p.SyncCommitteeSize),
		},
		GenesisTime:    p.GenesisTime,
		SecondsPerSlot: p.SecondsPerSlot,
	}
	var err error
	if c.GenesisValidatorsRoot, err = hash(p.GenesisValidatorsRoot, "genesis_validators_root"); err != nil {
		return ethereum.NetworkConfig{}, fmt.Errorf("%w: network %q: %w", ethereum.ErrInvalidConfig, p.Name, err)
	}
	for i, f := range p.Forks {
		if f == nil {
			return ethereum.NetworkConfig{}, fmt.Errorf("%w: network %q: forks[%d] is empty", ethereum.ErrInvalidConfig, p.Name, i)
		}
		fk := ethereum.Fork{Name: f.Name, Epoch: f.Epoch}
		if err := fixed(fk.Version[:], f.Version, fmt.Sprintf("forks[%d].version", i)); err != nil {
			return ethereum.NetworkConfig{}, fmt.Errorf("%w: network %q: %w", ethereum.ErrInvalidConfig, p.Name, err)
		}
		c.Forks = append(c.Forks, fk)
	}
	if err := c.Validate(); err != nil {
		return ethereum.NetworkConfig{}, err
	}
	return c, nil
}

func valuesToProto(vs merkle.Values) [][]byte {
	out := make([][]byte, len(vs))
	for i := range vs {
		out[i] = append([]byte(nil), vs[i][:]...)
	}
	return out
}

func valuesFromProto(bs [][]byte, what string) (merkle.Values, error) {
	vs := make(merkle.Values, len(bs))
	for i, b := range bs {
		if err := fixed(vs[i][:], b, fmt.Sprintf("%s[%d]", what, i)); err != nil {
			return nil, err
		}
	}
	return vs, nil
}

func executionToProto(e *deneb.ExecutionPayloadHeader) *ExecutionPayloadHeader {
	if e == nil {
		return nil
	}
	p := &ExecutionPayloadHeader{
		ParentHash:       append([]byte(nil), e.ParentHash[:]...),
		FeeRecipient:     append([]byte(nil), e.FeeRecipient[:]...),
		StateRoot:        append([]byte(nil), e.StateRoot[:]...),
		ReceiptsRoot:     append([]byte(nil), e.ReceiptsRoot[:]...),
		LogsBloom:        append([]byte(nil), e.LogsBloom[:]...),
		PrevRandao:       append([]byte(nil), e.PrevRandao[:]...),
		BlockNumber:      e.BlockNumber,
		GasLimit:         e.GasLimit,
		GasUsed:          e.GasUsed,
		Timestamp:        e.Timestamp,
		ExtraData:        append([]byte(nil), e.ExtraData...),
		BlockHash:        append([]byte(nil), e.BlockHash[:]...),
		TransactionsRoot: append([]byte(nil), e.TransactionsRoot[:]...),
		WithdrawalsRoot:  append([]byte(nil), e.WithdrawalsRoot[:]...),
		BlobGasUsed:      e.BlobGasUsed,
		ExcessBlobGas:    e.ExcessBlobGas,
	}
	if e.BaseFeePerGas != nil {
		b := e.BaseFeePerGas.Bytes32()
		p.BaseFeePerGas = b[:]
	}
	return p
}

func (p *ExecutionPayloadHeader) decode() (*deneb.ExecutionPayloadHeader, error) {
	e := &deneb.ExecutionPayloadHeader{
		BlockNumber:   p.BlockNumber,
		GasLimit:      p.GasLimit,
		GasUsed:       p.GasUsed,
		Timestamp:     p.Timestamp,
		BlobGasUsed:   p.BlobGasUsed,
		ExcessBlobGas: p.ExcessBlobGas,
	}
	if len(p.ExtraData) > 32 {
		return nil, fmt.Errorf("extra_data is %d bytes, at most 32", len(p.ExtraData))
	}
	e.ExtraData = append([]byte{}, p.ExtraData...)
	var fee [32]byte
	for _, f := range []struct {
		dst  []byte
		src  []byte
		name string
	}{
		{e.ParentHash[:], p.ParentHash, "parent_hash"},
		{e.FeeRecipient[:], p.FeeRecipient, "fee_recipient"},
		{e.StateRoot[:], p.StateRoot, "state_root"},
		{e.ReceiptsRoot[:], p.ReceiptsRoot, "receipts_root"},
		{e.LogsBloom[:], p.LogsBloom, "logs_bloom"},
		{e.PrevRandao[:], p.PrevRandao, "prev_randao"},
		{fee[:], p.BaseFeePerGas, "base_fee_per_gas"},
		{e.BlockHash[:], p.BlockHash, "block_hash"},
		{e.TransactionsRoot[:], p.TransactionsRoot, "transactions_root"},
		{e.WithdrawalsRoot[:], p.WithdrawalsRoot, "withdrawals_root"},
	} {
		if err := fixed(f.dst, f.src, f.name); err != nil {
			return nil, err
		}
	}
	e.BaseFeePerGas = new(uint256.Int).SetBytes32(fee[:])
	return e, nil
}

// LightClientHeaderToProto encodes a light-client header.
func LightClientHeaderToProto(h *ethereum.LightClientHeader) *LightClientHeader {
	if h == nil {
		return nil
	}
	b := h.Beacon
	p := &LightClientHeader{
		Beacon: &BeaconBlockHeader{
			Slot:          b.Slot,
			ProposerIndex: b.ProposerIndex,
			ParentRoot:    b.ParentRoot.Bytes(),
			StateRoot:     b.StateRoot.Bytes(),
			BodyRoot:      b.BodyRoot.Bytes(),
		},
		Execution:       executionToProto(h.Execution),
		ExecutionBranch: valuesToProto(h.ExecutionBranch),
	}
	if h.Execution == nil {
		p.ExecutionBlockHash = h.ExecutionBlockHash.Bytes()
	}
	return p
}

// Decode returns the core header. It checks field sizes only; the
// execution branch is verified by the light client.
func (p *LightClientHeader) Decode(what string) (ethereum.LightClientHeader, error) {
	if p == nil || p.Beacon == nil {
		return ethereum.LightClientHeader{}, fmt.Errorf("%w: %s: beacon header is missing", ethereum.ErrMalformed, what)
	}
	var (
		h   ethereum.LightClientHeader
		err error
	)
	wrap := func(err error) error { return fmt.Errorf("%w: %s: %w", ethereum.ErrMalformed, what, err) }
	b := p.Beacon
	h.Beacon = btypes.Header{Slot: b.Slot, ProposerIndex: b.ProposerIndex}
	if h.Beacon.ParentRoot, err = hash(b.ParentRoot, "beacon.parent_root"); err != nil {
		return h, wrap(err)
	}
	if h.Beacon.StateRoot, err = hash(b.StateRoot, "beacon.state_root"); err != nil {
		return h, wrap(err)
	}
	if h.Beacon.BodyRoot, err = hash(b.BodyRoot, "beacon.body_root"); err != nil {
		return h, wrap(err)
	}
	if h.ExecutionBranch, err = valuesFromProto(p.ExecutionBranch, "execution_branch"); err != nil {
		return h, wrap(err)
	}
	switch {
	case p.Execution != nil && len(p.ExecutionBlockHash) > 0:
		return h, wrap(fmt.Errorf("both execution and execution_block_hash are set"))
	case p.Execution != nil:
		if h.Execution, err = p.Execution.decode(); err != nil {
			return h, wrap(fmt.Errorf("execution: %w", err))
		}
	default:
		if h.ExecutionBlockHash, err = hash(p.ExecutionBlockHash, "execution_block_hash"); err != nil {
			return h, wrap(err)
		}
	}
	return h, nil
}

// SyncCommitteeToProto encodes a sync committee (nil stays nil).
func SyncCommitteeToProto(sc *ethereum.SyncCommittee) *SyncCommittee {
	if sc == nil {
		return nil
	}
	p := &SyncCommittee{Pubkeys: make([][]byte, len(sc.Pubkeys)), AggregatePubkey: append([]byte(nil), sc.AggregatePubkey[:]...)}
	for i := range sc.Pubkeys {
		p.Pubkeys[i] = append([]byte(nil), sc.Pubkeys[i][:]...)
	}
	return p
}

// Decode returns the core committee, checking key sizes.
func (p *SyncCommittee) Decode(what string) (*ethereum.SyncCommittee, error) {
	if p == nil {
		return nil, fmt.Errorf("%w: %s is missing", ethereum.ErrMalformed, what)
	}
	sc := &ethereum.SyncCommittee{Pubkeys: make([][48]byte, len(p.Pubkeys))}
	for i, k := range p.Pubkeys {
		if err := fixed(sc.Pubkeys[i][:], k, fmt.Sprintf("pubkeys[%d]", i)); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ethereum.ErrMalformed, what, err)
		}
	}
	if err := fixed(sc.AggregatePubkey[:], p.AggregatePubkey, "aggregate_pubkey"); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ethereum.ErrMalformed, what, err)
	}
	return sc, nil
}

// UpdateToProto encodes a light-client update as served by the beacon API
// (adapters/evm/beacon decodes it into the core type).
func UpdateToProto(u *ethereum.Update) *LightClientUpdate {
	if u == nil {
		return nil
	}
	p := &LightClientUpdate{
		Version:                 u.Version,
		AttestedHeader:          LightClientHeaderToProto(&u.AttestedHeader),
		NextSyncCommittee:       SyncCommitteeToProto(u.NextSyncCommittee),
		NextSyncCommitteeBranch: valuesToProto(u.NextSyncCommitteeBranch),
		FinalizedHeader:         LightClientHeaderToProto(u.FinalizedHeader),
		FinalityBranch:          valuesToProto(u.FinalityBranch),
		SyncAggregate: &SyncAggregate{
			SyncCommitteeBits:      append([]byte(nil), u.SyncAggregate.Bits...),
			SyncCommitteeSignature: append([]byte(nil), u.SyncAggregate.Signature[:]...),
		},
		SignatureSlot: u.SignatureSlot,
	}
	return p
}

// Decode returns the core update, checking field sizes.
func (p *LightClientUpdate) Decode() (*ethereum.Update, error) {
	if p == nil {
		return nil, fmt.Errorf("%w: update is missing", ethereum.ErrMalformed)
	}
	u := &ethereum.Update{Version: p.Version, SignatureSlot: p.SignatureSlot}
	var err error
	if u.AttestedHeader, err = p.AttestedHeader.Decode("attested_header"); err != nil {
		return nil, err
	}
	if p.FinalizedHeader != nil {
		fh, err := p.FinalizedHeader.Decode("finalized_header")
		if err != nil {
			return nil, err
		}
		u.FinalizedHeader = &fh
	}
	if u.FinalityBranch, err = valuesFromProto(p.FinalityBranch, "finality_branch"); err != nil {
		return nil, fmt.Errorf("%w: %w", ethereum.ErrMalformed, err)
	}
	if p.NextSyncCommittee != nil {
		if u.NextSyncCommittee, err = p.NextSyncCommittee.Decode("next_sync_committee"); err != nil {
			return nil, err
		}
	}
	if u.NextSyncCommitteeBranch, err = valuesFromProto(p.NextSyncCommitteeBranch, "next_sync_committee_branch"); err != nil {
		return nil, fmt.Errorf("%w: %w", ethereum.ErrMalformed, err)
	}
	if p.SyncAggregate == nil {
		return nil, fmt.Errorf("%w: sync_aggregate is missing", ethereum.ErrMalformed)
	}
	u.SyncAggregate.Bits = append([]byte(nil), p.SyncAggregate.SyncCommitteeBits...)
	if err := fixed(u.SyncAggregate.Signature[:], p.SyncAggregate.SyncCommitteeSignature, "sync_committee_signature"); err != nil {
		return nil, fmt.Errorf("%w: sync_aggregate: %w", ethereum.ErrMalformed, err)
	}
	return u, nil
}

// BootstrapToProto encodes a beacon-API LightClientBootstrap.
func BootstrapToProto(b *ethereum.LightClientBootstrap) *LightClientBootstrap {
	if b == nil {
		return nil
	}
	return &LightClientBootstrap{
		Version:                    b.Version,
		Header:                     LightClientHeaderToProto(&b.Header),
		CurrentSyncCommittee:       SyncCommitteeToProto(b.CurrentSyncCommittee),
		CurrentSyncCommitteeBranch: valuesToProto(b.CurrentSyncCommitteeBranch),
	}
}

// Decode returns the core bootstrap, checking field sizes.
func (p *LightClientBootstrap) Decode() (*ethereum.LightClientBootstrap, error) {
	if p == nil {
		return nil, fmt.Errorf("%w: bootstrap is missing", ethereum.ErrMalformed)
	}
	b := &ethereum.LightClientBootstrap{Version: p.Version}
	var err error
	if b.Header, err = p.Header.Decode("bootstrap header"); err != nil {
		return nil, err
	}
	if b.CurrentSyncCommittee, err = p.CurrentSyncCommittee.Decode("current_sync_committee"); err != nil {
		return nil, err
	}
	if b.CurrentSyncCommitteeBranch, err = valuesFromProto(p.CurrentSyncCommitteeBranch, "current_sync_committee_branch"); err != nil {
		return nil, fmt.Errorf("%w: %w", ethereum.ErrMalformed, err)
	}
	return b, nil
}
