package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/relay"
)

func newQueryPendingCmd(g *globalFlags) *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "pending PATH --config FILE",
		Short: "List unrelayed packets and acknowledgements on both ends, read from chain state",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, p, err := loadPath(file, args[0])
			if err != nil {
				return err
			}
			if p.Src.ChannelID == "" || p.Dst.ChannelID == "" {
				return usage(fmt.Errorf("path %s has no channel ids yet: run `causeway tx link %s` first", p.Name, p.Name))
			}
			sides := map[string]relay.Side{}
			for _, pe := range []config.PathEnd{p.Src, p.Dst} {
				for _, ch := range cfg.Chains {
					if ch.ID != pe.Chain {
						continue
					}
					if ch.Family != config.FamilyCosmos {
						return usage(fmt.Errorf("query pending supports cosmos chains; %s is %s", ch.ID, ch.Family))
					}
					ch.Signers = nil // read-only
					c, _, err := node.OpenCosmos("", ch)
					if err != nil {
						return err
					}
					sides[ch.ID] = relay.Side{Chain: c, Port: pe.PortID, Channel: pe.ChannelID}
				}
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "DIRECTION\tUNRECEIVED\tUNACKNOWLEDGED")
			for _, d := range [][2]string{{p.Src.Chain, p.Dst.Chain}, {p.Dst.Chain, p.Src.Chain}} {
				unrecv, unacked, err := relay.Pending(cmd.Context(), sides[d[0]], sides[d[1]])
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "%s -> %s\t%s\t%s\n", d[0], d[1], seqList(unrecv), seqList(unacked))
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&file, "config", "", "configuration file (required)")
	return cmd
}

// seqList prints sequences compactly: 1-5,8,10-12.
func seqList(seqs []uint64) string {
	if len(seqs) == 0 {
		return "-"
	}
	out := ""
	for i := 0; i < len(seqs); {
		j := i
		for j+1 < len(seqs) && seqs[j+1] == seqs[j]+1 {
			j++
		}
		if out != "" {
			out += ","
		}
		if j > i {
			out += fmt.Sprintf("%d-%d", seqs[i], seqs[j])
		} else {
			out += fmt.Sprintf("%d", seqs[i])
		}
		i = j + 1
	}
	return fmt.Sprintf("%d: %s", len(seqs), out)
}
