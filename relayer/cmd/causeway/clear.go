package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/relay"
)

func newTxClearCmd(g *globalFlags) *cobra.Command {
	var file string
	var seqFlags []uint
	cmd := &cobra.Command{
		Use:   "clear PATH --config FILE [--seq N]...",
		Short: "Find packets still owed work in chain state and hand them to the running relayer now",
		Long: "Reads both chains of PATH (packet commitments, unreceived packets), finds the events of the packets still\n" +
			"owed work (all of them, or only --seq) and republishes them to the relayer's events stream; the running\n" +
			"relayer processes relay them, verified, like any other packet.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var seqs []uint64
			for _, s := range seqFlags {
				seqs = append(seqs, uint64(s))
			}
			ps, err := openPacketState(ctx, file, g.home)
			if err != nil {
				return err
			}
			defer ps.close()
			cfg, p, err := loadPath(file, args[0])
			if err != nil {
				return err
			}
			open := func(pe config.PathEnd) (*cosmos.Chain, error) {
				for _, ch := range cfg.Chains {
					if ch.ID == pe.Chain {
						if ch.Family != config.FamilyCosmos {
							return nil, usage(fmt.Errorf("tx clear supports cosmos chains; %s is %s", ch.ID, ch.Family))
						}
						ch.Signers = nil // read-only
						c, _, err := node.OpenCosmos("", ch)
						return c, err
					}
				}
				return nil, usage(fmt.Errorf("chain %q is not defined", pe.Chain))
			}
			total := 0
			for _, d := range [][2]config.PathEnd{{p.Src, p.Dst}, {p.Dst, p.Src}} {
				src, err := open(d[0])
				if err != nil {
					return err
				}
				dst, err := open(d[1])
				if err != nil {
					return err
				}
				cl := &relay.Clearer{
					Src:  relay.Side{Chain: src, Port: d[0].PortID, Channel: d[0].ChannelID},
					Dst:  relay.Side{Chain: dst, Port: d[1].PortID, Channel: d[1].ChannelID},
					JS:   ps.sp.JS,
					Only: seqs, Chunk: p.ClearChunk, Log: zap.NewNop(),
				}
				n, unrecv, unacked, err := cl.ClearPending(ctx)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s -> %s: %d unreceived (%s), %d unacknowledged (%s): %d events handed to the relayer\n",
					d[0].Chain, d[1].Chain, len(unrecv), seqList(unrecv), len(unacked), seqList(unacked), n)
				total += n
			}
			if total == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "nothing to clear")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&file, "config", "", "configuration file (required)")
	cmd.Flags().UintSliceVar(&seqFlags, "seq", nil, "only these sequences (repeatable)")
	return cmd
}
