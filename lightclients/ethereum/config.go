package ethereum

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/beacon/params"
	"github.com/ethereum/go-ethereum/common"
)

// Preset holds the compile-time constants of a beacon chain preset that the
// light client depends on.
type Preset struct {
	Name                         string `json:"name"`
	SlotsPerEpoch                uint64 `json:"slots_per_epoch"`
	EpochsPerSyncCommitteePeriod uint64 `json:"epochs_per_sync_committee_period"`
	SyncCommitteeSize            int    `json:"sync_committee_size"`
}

// MainnetPreset is the preset of mainnet, Sepolia and Hoodi: 32-slot epochs,
// 256-epoch sync periods and 512-member sync committees.
func MainnetPreset() Preset {
	return Preset{Name: "mainnet", SlotsPerEpoch: 32, EpochsPerSyncCommitteePeriod: 256, SyncCommitteeSize: 512}
}

// MinimalPreset is the consensus-specs minimal preset used by dev networks:
// 8-slot epochs, 8-epoch sync periods and 32-member sync committees.
func MinimalPreset() Preset {
	return Preset{Name: "minimal", SlotsPerEpoch: 8, EpochsPerSyncCommitteePeriod: 8, SyncCommitteeSize: 32}
}

// SlotsPerPeriod returns the number of slots in one sync-committee period.
func (p Preset) SlotsPerPeriod() uint64 { return p.SlotsPerEpoch * p.EpochsPerSyncCommitteePeriod }

// Fork is one entry of a network's fork schedule.
type Fork struct {
	Name    string  `json:"name"` // lower case, as the beacon API names versions: "capella", "electra"
	Epoch   uint64  `json:"epoch"`
	Version [4]byte `json:"version"`
}

// NetworkConfig is everything the light client needs to know about a beacon
// network: the preset, the genesis validators root (for signing domains), the
// genesis time and slot length (for the clock check) and the fork schedule.
type NetworkConfig struct {
	Name                  string      `json:"name"`
	Preset                Preset      `json:"preset"`
	GenesisTime           uint64      `json:"genesis_time"`
	SecondsPerSlot        uint64      `json:"seconds_per_slot"`
	GenesisValidatorsRoot common.Hash `json:"genesis_validators_root"`
	Forks                 []Fork      `json:"forks"` // ascending by epoch
}

// Fork names in schedule order. The light client verifies headers from
// Capella onwards (earlier headers carry no execution payload header).
var forkOrder = []string{"genesis", "altair", "bellatrix", "capella", "deneb", "electra", "fulu", "gloas"}

func forkIndex(name string) int {
	for i, n := range forkOrder {
		if n == name {
			return i
		}
	}
	return -1
}

func fromGethConfig(name string, c *params.ChainConfig, preset Preset) NetworkConfig {
	nc := NetworkConfig{
		Name:                  name,
		Preset:                preset,
		GenesisTime:           c.GenesisTime,
		SecondsPerSlot:        12,
		GenesisValidatorsRoot: c.GenesisValidatorsRoot,
	}
	for _, f := range c.Forks {
		var v [4]byte
		copy(v[:], f.Version)
		nc.Forks = append(nc.Forks, Fork{Name: strings.ToLower(f.Name), Epoch: f.Epoch, Version: v})
	}
	return nc
}

// Mainnet returns the Ethereum mainnet configuration (fork schedule and
// genesis validators root as in go-ethereum's beacon/params).
func Mainnet() NetworkConfig {
	return fromGethConfig("mainnet", params.MainnetLightConfig, MainnetPreset())
}

// Sepolia returns the Sepolia testnet configuration.
func Sepolia() NetworkConfig {
	return fromGethConfig("sepolia", params.SepoliaLightConfig, MainnetPreset())
}

// Hoodi returns the Hoodi testnet configuration.
func Hoodi() NetworkConfig {
	return fromGethConfig("hoodi", params.HoodiLightConfig, MainnetPreset())
}

// DevNetwork returns the configuration of a custom dev network on the minimal
// preset with every fork up to Electra active from genesis, using the
// consensus-specs minimal fork versions (0x0N000001). The dev beacon in
// scripts/devnet and the generator in ethtest use it.
func DevNetwork(genesisTime, secondsPerSlot uint64, genesisValidatorsRoot common.Hash) NetworkConfig {
	nc := NetworkConfig{
		Name:                  "dev",
		Preset:                MinimalPreset(),
		GenesisTime:           genesisTime,
		SecondsPerSlot:        secondsPerSlot,
		GenesisValidatorsRoot: genesisValidatorsRoot,
	}
	for i, name := range forkOrder[:6] { // genesis .. electra
		nc.Forks = append(nc.Forks, Fork{Name: name, Epoch: 0, Version: [4]byte{byte(i), 0, 0, 1}})
	}
	return nc
}

// NetworkByName returns the built-in configuration called name ("mainnet",
// "sepolia" or "hoodi"). The dev network needs parameters: use [DevNetwork].
func NetworkByName(name string) (NetworkConfig, error) {
	switch name {
	case "mainnet":
		return Mainnet(), nil
	case "sepolia":
		return Sepolia(), nil
	case "hoodi":
		return Hoodi(), nil
	}
	return NetworkConfig{}, fmt.Errorf("%w: unknown network %q (want mainnet, sepolia or hoodi)", ErrInvalidConfig, name)
}

// Validate checks that the configuration is usable: a known preset shape,
// a slot length, a genesis validators root and an ascending fork schedule of
// known forks.
func (c *NetworkConfig) Validate() error {
	p := c.Preset
	if p.SlotsPerEpoch == 0 || p.EpochsPerSyncCommitteePeriod == 0 {
		return fmt.Errorf("%w: network %q: preset %q has zero slots per epoch or epochs per period", ErrInvalidConfig, c.Name, p.Name)
	}
	if p.SyncCommitteeSize < 8 || p.SyncCommitteeSize&(p.SyncCommitteeSize-1) != 0 {
		return fmt.Errorf("%w: network %q: sync committee size %d is not a power of two >= 8", ErrInvalidConfig, c.Name, p.SyncCommitteeSize)
	}
	if c.SecondsPerSlot == 0 {
		return fmt.Errorf("%w: network %q: seconds_per_slot is zero", ErrInvalidConfig, c.Name)
	}
	if c.GenesisValidatorsRoot == (common.Hash{}) {
		return fmt.Errorf("%w: network %q: genesis_validators_root is zero", ErrInvalidConfig, c.Name)
	}
	if len(c.Forks) == 0 || c.Forks[0].Epoch != 0 {
		return fmt.Errorf("%w: network %q: fork schedule must start at epoch 0", ErrInvalidConfig, c.Name)
	}
	last := -1
	for i, f := range c.Forks {
		idx := forkIndex(f.Name)
		if idx < 0 {
			return fmt.Errorf("%w: network %q: forks[%d]: unknown fork %q", ErrInvalidConfig, c.Name, i, f.Name)
		}
		if idx <= last || (i > 0 && f.Epoch < c.Forks[i-1].Epoch) {
			return fmt.Errorf("%w: network %q: forks[%d] (%s) is out of order", ErrInvalidConfig, c.Name, i, f.Name)
		}
		last = idx
	}
	return nil
}

// Epoch returns the epoch of slot.
func (c *NetworkConfig) Epoch(slot uint64) uint64 { return slot / c.Preset.SlotsPerEpoch }

// SyncPeriod returns the sync-committee period of slot.
func (c *NetworkConfig) SyncPeriod(slot uint64) uint64 { return slot / c.Preset.SlotsPerPeriod() }

// ForkAtEpoch returns the fork active at epoch.
func (c *NetworkConfig) ForkAtEpoch(epoch uint64) Fork {
	for i := len(c.Forks) - 1; i >= 0; i-- {
		if c.Forks[i].Epoch <= epoch {
			return c.Forks[i]
		}
	}
	return Fork{Name: "genesis"}
}

// ForkAtSlot returns the fork active at slot.
func (c *NetworkConfig) ForkAtSlot(slot uint64) Fork { return c.ForkAtEpoch(c.Epoch(slot)) }

// beaconConfig builds go-ethereum's chain config, whose fork list computes
// the sync-committee signing domains.
func (c *NetworkConfig) beaconConfig() *params.ChainConfig {
	bc := &params.ChainConfig{GenesisTime: c.GenesisTime, GenesisValidatorsRoot: c.GenesisValidatorsRoot}
	for _, f := range c.Forks {
		bc.AddFork(strings.ToUpper(f.Name), f.Epoch, append([]byte(nil), f.Version[:]...))
	}
	return bc
}

// SigningRoot returns the root the sync committee signs for a header with
// root headerRoot whose signature is in signatureSlot: the header root mixed
// with DOMAIN_SYNC_COMMITTEE of the fork at signatureSlot-1 and the genesis
// validators root (consensus-specs validate_light_client_update).
func (c *NetworkConfig) SigningRoot(signatureSlot uint64, headerRoot common.Hash) (common.Hash, error) {
	return signingRoot(c.beaconConfig(), c, signatureSlot, headerRoot)
}

func signingRoot(bc *params.ChainConfig, c *NetworkConfig, signatureSlot uint64, headerRoot common.Hash) (common.Hash, error) {
	forkVersionSlot := max(signatureSlot, 1) - 1
	root, err := bc.Forks.SigningRoot(c.Epoch(forkVersionSlot), headerRoot)
	if err != nil {
		return common.Hash{}, fmt.Errorf("signing domain at slot %d: %w", forkVersionSlot, err)
	}
	return root, nil
}

// Generalized indices into the beacon state for one fork.
type stateIndices struct {
	currentCommittee, nextCommittee, finalizedRoot uint64
}

func indicesFor(fork string) (stateIndices, error) {
	switch fork {
	case "altair", "bellatrix", "capella", "deneb", "electra", "fulu", "gloas":
		return stateIndices{
			currentCommittee: params.StateIndexSyncCommittee(fork),
			nextCommittee:    params.StateIndexNextSyncCommittee(fork),
			finalizedRoot:    params.StateIndexFinalBlock(fork),
		}, nil
	}
	return stateIndices{}, fmt.Errorf("%w: %q", ErrUnsupportedFork, fork)
}
