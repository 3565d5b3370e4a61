package main

import (
	"fmt"
	"time"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	"github.com/spf13/cobra"

	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/node"
)

func newTxCmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{Use: "tx", Short: "Send transactions that set paths up"}
	var file string
	var timeout time.Duration
	var owner ownerFlags
	linkCmd := &cobra.Command{
		Use:   "link PATH --config FILE",
		Short: "Create the clients, connection and channel of a path (resuming a half-done handshake)",
		Long: "Creates 07-tendermint clients on both chains (from light-client-verified headers), runs the connection\n" +
			"and channel handshakes with verified proofs, reuses any ids already set in the config and skips\n" +
			"handshake steps already done on chain, and prints the ids to put into the path's src and dst.\n\n" +
			"For a cosmos <-> ethereum path (contracts deployed with `tx deploy`): creates the 10-ethereum client on\n" +
			"the alliance chain from the configured checkpoint, provisions the handler's connection and channel\n" +
			"ends (named by the path's ethereum end) with the --owner key, and completes the alliance chain's\n" +
			"handshake with storage proofs verified by Causeway's Ethereum light client.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, p, err := loadPath(file, args[0])
			if err != nil {
				return err
			}
			chains := map[string]config.Chain{}
			for _, ch := range cfg.Chains {
				chains[ch.ID] = ch
			}
			src, dst := chains[p.Src.Chain], chains[p.Dst.Chain]
			ethPair := (src.Family == config.FamilyCosmos && dst.Family == config.FamilyEthereum) ||
				(src.Family == config.FamilyEthereum && dst.Family == config.FamilyCosmos)
			if !ethPair && (src.Family != config.FamilyCosmos || dst.Family != config.FamilyCosmos) {
				return usage(fmt.Errorf("tx link supports cosmos <-> cosmos and cosmos <-> ethereum paths; %s is %s <-> %s", p.Name, src.Family, dst.Family))
			}
			home, err := node.HomeDir(cfg, g.home)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if timeout > 0 {
				var cancel func()
				ctx, cancel = contextWithTimeout(ctx, timeout)
				defer cancel()
			}
			if ethPair {
				if owner.address == "" {
					return usage(fmt.Errorf("a cosmos <-> ethereum path needs --owner: the handler owner provisions its connection and channel ends"))
				}
				return linkEthereum(cmd, ctx, cfg, p, home, &owner)
			}
			end := func(ch config.Chain, pe config.PathEnd) (*link.End, error) {
				c, signer, err := node.OpenCosmos(home, ch)
				if err != nil {
					return nil, err
				}
				if signer == "" {
					return nil, usage(fmt.Errorf("chain %s has no signer: add chains[].signers", ch.ID))
				}
				v, err := link.NewVerifier(ctx, c, lctm.Params{TrustingPeriod: ch.TrustingPeriod.Duration, MaxClockDrift: ch.MaxClockDrift.Duration}, nil, nil)
				if err != nil {
					return nil, err
				}
				return &link.End{Chain: c, Verifier: v, ClientID: pe.ClientID, ConnectionID: pe.ConnectionID, PortID: pe.PortID, ChannelID: pe.ChannelID}, nil
			}
			a, err := end(src, p.Src)
			if err != nil {
				return err
			}
			b, err := end(dst, p.Dst)
			if err != nil {
				return err
			}
			order := channeltypes.UNORDERED
			if p.Ordering == config.Ordered {
				order = channeltypes.ORDERED
			}
			res, err := link.Link(ctx, a, b, link.Options{
				Order: order, Version: p.Version, TrustingPeriod: dst.TrustingPeriod.Duration,
				Logf: func(f string, args ...any) { fmt.Fprintf(cmd.ErrOrStderr(), f+"\n", args...) },
			})
			if err != nil {
				return err
			}
			ids := func(i link.Ids) string {
				return fmt.Sprintf("{chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}", i.ChainID, i.ClientID, i.ConnectionID, i.ChannelID, i.PortID)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "# path %s is linked; put these ends into %s:\n    src: %s\n    dst: %s\n", p.Name, file, ids(res.A), ids(res.B))
			return nil
		},
	}
	linkCmd.Flags().StringVar(&file, "config", "", "configuration file (required)")
	linkCmd.Flags().DurationVar(&timeout, "timeout", 10*time.Minute, "give up after this long")
	owner.register(linkCmd)
	cmd.AddCommand(linkCmd, newTxClearCmd(g), newTxDeployCmd(g))
	return cmd
}

// loadPath loads a config file and finds one of its paths; both failures are
// usage errors (exit 2).
func loadPath(file, name string) (*config.Config, *config.Path, error) {
	if file == "" {
		return nil, nil, usage(fmt.Errorf("--config is required"))
	}
	cfg, err := config.Load(file)
	if err != nil {
		return nil, nil, usage(fmt.Errorf("%s:\n%w", file, err))
	}
	for i := range cfg.Paths {
		if cfg.Paths[i].Name == name {
			return cfg, &cfg.Paths[i], nil
		}
	}
	return nil, nil, usage(fmt.Errorf("path %q is not in %s", name, file))
}
