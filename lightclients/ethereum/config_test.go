package ethereum

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestNetworkConfigs(t *testing.T) {
	for _, name := range []string{"mainnet", "sepolia", "hoodi"} {
		cfg, err := NetworkByName(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := cfg.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if cfg.Preset.SyncCommitteeSize != 512 || cfg.Preset.SlotsPerPeriod() != 8192 {
			t.Errorf("%s: preset %+v", name, cfg.Preset)
		}
	}
	if _, err := NetworkByName("goerli"); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("unknown network: %v", err)
	}
	m := Mainnet()
	if f := m.ForkAtSlot(7069376); f.Name != "capella" || f.Version != [4]byte{3, 0, 0, 0} {
		t.Errorf("mainnet fork at slot 7069376: %+v", f)
	}
	if f := m.ForkAtEpoch(364032); f.Name != "electra" {
		t.Errorf("mainnet fork at electra epoch: %+v", f)
	}
	dev := DevNetwork(100, 1, common.Hash{1})
	if err := dev.Validate(); err != nil {
		t.Fatal(err)
	}
	if dev.Preset.SyncCommitteeSize != 32 || dev.SyncPeriod(64) != 1 || dev.Epoch(8) != 1 || dev.ForkAtSlot(0).Name != "electra" {
		t.Errorf("dev network %+v", dev)
	}

	bad := map[string]func(c *NetworkConfig){
		"zero genesis validators root": func(c *NetworkConfig) { c.GenesisValidatorsRoot = common.Hash{} },
		"zero slot time":               func(c *NetworkConfig) { c.SecondsPerSlot = 0 },
		"committee size 100":           func(c *NetworkConfig) { c.Preset.SyncCommitteeSize = 100 },
		"unknown fork":                 func(c *NetworkConfig) { c.Forks[2].Name = "merge" },
		"forks out of order":           func(c *NetworkConfig) { c.Forks[1], c.Forks[2] = c.Forks[2], c.Forks[1] },
		"no forks":                     func(c *NetworkConfig) { c.Forks = nil },
	}
	for name, f := range bad {
		c := Mainnet()
		f(&c)
		if err := c.Validate(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: got %v", name, err)
		}
	}
}
