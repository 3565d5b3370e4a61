package beacon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ErrWrongNetwork: the beacon node serves another network than configured.
var ErrWrongNetwork = errors.New("beacon node is on another network")

// Genesis is the answer of GET /eth/v1/beacon/genesis.
type Genesis struct {
	Time           uint64
	ValidatorsRoot common.Hash
	ForkVersion    [4]byte
}

// Genesis fetches the node's genesis time, genesis validators root and
// genesis fork version.
func (c *Client) Genesis(ctx context.Context) (Genesis, error) {
	body, err := c.get(ctx, "/eth/v1/beacon/genesis", nil)
	if err != nil {
		return Genesis{}, err
	}
	var w struct {
		Data *struct {
			Time           string        `json:"genesis_time"`
			ValidatorsRoot *common.Hash  `json:"genesis_validators_root"`
			ForkVersion    hexutil.Bytes `json:"genesis_fork_version"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &w); err != nil {
		return Genesis{}, fmt.Errorf("beacon: genesis: %w: %w", ethereum.ErrMalformed, err)
	}
	if w.Data == nil || w.Data.ValidatorsRoot == nil || len(w.Data.ForkVersion) != 4 {
		return Genesis{}, fmt.Errorf("beacon: genesis: %w: missing genesis_validators_root or a 4-byte genesis_fork_version", ethereum.ErrMalformed)
	}
	t, err := strconv.ParseUint(w.Data.Time, 10, 64)
	if err != nil {
		return Genesis{}, fmt.Errorf("beacon: genesis: %w: genesis_time %q: %w", ethereum.ErrMalformed, w.Data.Time, err)
	}
	g := Genesis{Time: t, ValidatorsRoot: *w.Data.ValidatorsRoot}
	copy(g.ForkVersion[:], w.Data.ForkVersion)
	return g, nil
}

// CheckNetwork refuses a beacon node whose genesis differs from cfg's
// (genesis validators root, genesis time, genesis fork version): a relayer
// configured for one network must not follow another.
func (c *Client) CheckNetwork(ctx context.Context, cfg ethereum.NetworkConfig) error {
	g, err := c.Genesis(ctx)
	if err != nil {
		return err
	}
	switch {
	case g.ValidatorsRoot != cfg.GenesisValidatorsRoot:
		return fmt.Errorf("%w: genesis validators root %s, network %q has %s", ErrWrongNetwork, g.ValidatorsRoot, cfg.Name, cfg.GenesisValidatorsRoot)
	case g.Time != cfg.GenesisTime:
		return fmt.Errorf("%w: genesis time %d, network %q has %d", ErrWrongNetwork, g.Time, cfg.Name, cfg.GenesisTime)
	case len(cfg.Forks) > 0 && g.ForkVersion != cfg.Forks[0].Version:
		return fmt.Errorf("%w: genesis fork version %x, network %q has %x", ErrWrongNetwork, g.ForkVersion, cfg.Name, cfg.Forks[0].Version)
	}
	return nil
}
