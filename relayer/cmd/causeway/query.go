package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/relayer/spine"
	"github.com/causewaylabs/causeway/relayer/state"
)

// queryFlags are shared by the query subcommands.
type queryFlags struct {
	config  string
	json    bool
	timeout time.Duration
}

func (q *queryFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&q.config, "config", "", "configuration file of the relayer whose packet state to read")
	cmd.Flags().BoolVar(&q.json, "json", false, "print JSON instead of a table")
	cmd.Flags().DurationVar(&q.timeout, "timeout", 30*time.Second, "give up reading the packet state after this long")
}

func newQueryCmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Read the shared packet state (what happened to a packet, what is stuck)",
		Long: "Query reads the packet-state KV bucket that every relayer process shares, through NATS.\n" +
			"With an external cluster (nats.url) it connects like any relayer process; with the embedded\n" +
			"server it connects to nats.embedded.listen, so `causeway start` must be running with the config.",
	}
	cmd.AddCommand(newQueryPacketCmd(g), newQueryStuckCmd(g))
	return cmd
}

func newQueryPacketCmd(g *globalFlags) *cobra.Command {
	q := &queryFlags{}
	var direction, channel string
	cmd := &cobra.Command{
		Use:   "packet --config FILE PATH SEQ",
		Short: "Show a packet's lifecycle: stages with times and tx hashes, attempts, last error",
		Long: "Show every stored packet with sequence SEQ on PATH (both directions and every channel\n" +
			"unless --direction or --channel narrow it down).",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usage(fmt.Errorf("%s needs PATH and SEQ, got %d arguments", cmd.CommandPath(), len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			seq, err := strconv.ParseUint(args[1], 10, 64)
			if err != nil || seq == 0 {
				return usage(fmt.Errorf("SEQ must be a packet sequence (a positive integer), got %q", args[1]))
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), q.timeout)
			defer cancel()
			ps, err := openPacketState(ctx, q.config, g.home)
			if err != nil {
				return err
			}
			defer ps.close()
			recs, err := ps.find(ctx, args[0], direction, channel, seq)
			if err != nil {
				return err
			}
			if len(recs) == 0 {
				where := fmt.Sprintf("path %q", args[0])
				if direction != "" {
					where += fmt.Sprintf(", direction %q", direction)
				}
				if channel != "" {
					where += fmt.Sprintf(", channel %q", channel)
				}
				return fmt.Errorf("no state for packet %d on %s: not observed yet, or the path or direction is misspelt (see `causeway query stuck`)", seq, where)
			}
			if q.json {
				return writeJSON(cmd.OutOrStdout(), views(recs))
			}
			now := time.Now()
			for i, r := range recs {
				if i > 0 {
					fmt.Fprintln(cmd.OutOrStdout())
				}
				printPacket(cmd.OutOrStdout(), r, now)
			}
			return nil
		},
	}
	q.register(cmd)
	cmd.Flags().StringVar(&direction, "direction", "", "direction on the path, <src chain>_to_<dst chain> (default: both)")
	cmd.Flags().StringVar(&channel, "channel", "", "sending channel (default: any)")
	return cmd
}

func newQueryStuckCmd(g *globalFlags) *cobra.Command {
	q := &queryFlags{}
	var olderThan time.Duration
	var path string
	cmd := &cobra.Command{
		Use:   "stuck --config FILE [--older-than 10m]",
		Short: "List packets pending (not acknowledged or timed out) for longer than --older-than, with their last error",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if olderThan < 0 {
				return usage(fmt.Errorf("--older-than must not be negative, got %s", olderThan))
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), q.timeout)
			defer cancel()
			ps, err := openPacketState(ctx, q.config, g.home)
			if err != nil {
				return err
			}
			defer ps.close()
			all, err := ps.list(ctx)
			if err != nil {
				return err
			}
			now := time.Now()
			stuck := stuckPackets(all, path, now.Add(-olderThan))
			if q.json {
				return writeJSON(cmd.OutOrStdout(), views(stuck))
			}
			if len(stuck) == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "no packets pending for longer than %s\n", olderThan)
				return nil
			}
			printStuck(cmd.OutOrStdout(), stuck, now)
			return nil
		},
	}
	q.register(cmd)
	cmd.Flags().DurationVar(&olderThan, "older-than", 10*time.Minute, "list packets first seen at least this long ago")
	cmd.Flags().StringVar(&path, "path", "", "only this path (default: every path)")
	return cmd
}

// stuckPackets returns the pending packets first seen before cutoff, oldest
// first, optionally only on one path.
func stuckPackets(all []*state.Record, path string, cutoff time.Time) []*state.Record {
	var out []*state.Record
	for _, r := range all {
		if r.Stage.Terminal() || r.FirstSeen.After(cutoff) || (path != "" && r.Key.Path != spine.Token(path)) {
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].FirstSeen.Equal(out[j].FirstSeen) {
			return out[i].FirstSeen.Before(out[j].FirstSeen)
		}
		return out[i].Key.String() < out[j].Key.String()
	})
	return out
}

// packetState is a client connection to the shared packet-state bucket.
type packetState struct {
	sp    *spine.Spine
	kv    jetstream.KeyValue
	store *state.Store
}

func (p *packetState) close() { p.sp.Close() }

// openPacketState loads the config and connects to its NATS as a client.
// With an embedded server the relayer process owns it (and its file store),
// so this connects to nats.embedded.listen instead of starting a second
// server on the same store.
func openPacketState(ctx context.Context, file, home string) (*packetState, error) {
	if file == "" {
		return nil, usage(errors.New("--config is required"))
	}
	cfg, err := config.Load(file)
	if err != nil {
		return nil, usage(fmt.Errorf("%s:\n%w", file, err))
	}
	if cfg.NATS.URL == "" {
		url, err := embeddedClientURL(ctx, cfg.NATS.Embedded.Listen)
		if err != nil {
			return nil, err
		}
		cfg.NATS.URL = url
		cfg.NATS.Embedded = config.Embedded{}
	}
	sp, h, err := node.Open(ctx, cfg, home, zap.NewNop())
	if err != nil {
		return nil, fmt.Errorf("connect to the packet state at %s: %w", cfg.NATS.URL, err)
	}
	return &packetState{sp: sp, kv: h.Packets, store: state.NewStore(sp.JS, h.Packets)}, nil
}

// embeddedClientURL turns nats.embedded.listen into a client URL and checks
// that something accepts connections there.
func embeddedClientURL(ctx context.Context, listen string) (string, error) {
	if listen == "" || listen == "none" {
		return "", usage(fmt.Errorf("nats.embedded.listen is %q: the relayer's embedded NATS then has no fixed client address, "+
			"so no other process can read its packet state; set nats.embedded.listen (e.g. 127.0.0.1:4222) and restart the relayer, "+
			"or use an external cluster (nats.url)", listen))
	}
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", usage(fmt.Errorf("nats.embedded.listen %q: %w", listen, err))
	}
	if port == "0" {
		return "", usage(fmt.Errorf("nats.embedded.listen is %q: port 0 means a random port, so no other process can find the relayer's "+
			"embedded NATS; set a fixed port (e.g. 127.0.0.1:4222) and restart the relayer, or use an external cluster (nats.url)", listen))
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1" // a wildcard listener is reachable on loopback
	}
	addr := net.JoinHostPort(host, port)
	d := net.Dialer{Timeout: 3 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return "", fmt.Errorf("nothing listens on nats.embedded.listen %s: start the relayer with this config "+
			"(`causeway start --config FILE`), its embedded NATS holds the packet state: %w", addr, err)
	}
	conn.Close()
	return "nats://" + addr, nil
}

// find returns the packets with sequence seq on path, narrowed to a
// direction and channel when those are not empty.
func (p *packetState) find(ctx context.Context, path, direction, channel string, seq uint64) ([]*state.Record, error) {
	tok := func(s string) string {
		if s == "" {
			return "*"
		}
		return spine.Token(s)
	}
	filter := fmt.Sprintf("%s.%s.%s.%d", spine.Token(path), tok(direction), tok(channel), seq)
	lister, err := p.kv.ListKeysFiltered(ctx, filter)
	if err != nil {
		return nil, fmt.Errorf("list packet keys matching %s: %w", filter, err)
	}
	var keys []state.Key
	seen := map[string]bool{}
	for key := range lister.Keys() {
		k, err := state.ParseKey(key)
		if err != nil || seen[key] {
			continue // not a packet key, or listed twice while being written
		}
		seen[key] = true
		keys = append(keys, k)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("list packet keys matching %s: %w", filter, err)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	var out []*state.Record
	for _, k := range keys {
		r, err := p.store.Get(ctx, k)
		if errors.Is(err, state.ErrNotFound) {
			continue // deleted since listed
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// list reads every packet record in one pass over the bucket (a watch of
// the latest values), rather than a get per key as state.Store.List does:
// the bucket keeps finished packets too, so it grows with traffic.
func (p *packetState) list(ctx context.Context) ([]*state.Record, error) {
	w, err := p.kv.WatchAll(ctx, jetstream.IgnoreDeletes())
	if err != nil {
		return nil, fmt.Errorf("read packet state: %w", err)
	}
	defer w.Stop() //nolint:errcheck
	var out []*state.Record
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("read packet state: %w", ctx.Err())
		case e, ok := <-w.Updates():
			if !ok {
				return nil, errors.New("read packet state: watch closed before the initial values were delivered")
			}
			if e == nil {
				return out, nil // every current value delivered
			}
			k, err := state.ParseKey(e.Key())
			if err != nil {
				continue // not a packet key
			}
			var r state.Record
			if err := json.Unmarshal(e.Value(), &r); err != nil {
				return nil, fmt.Errorf("decode packet state %s: %w", e.Key(), err)
			}
			r.Key, r.Revision = k, e.Revision()
			out = append(out, &r)
		}
	}
}

// packetView is a record with its key spelt out, for --json.
type packetView struct {
	Path      string `json:"path"`
	Direction string `json:"direction"`
	Channel   string `json:"channel"`
	Sequence  uint64 `json:"sequence"`
	*state.Record
}

func views(recs []*state.Record) []packetView {
	out := make([]packetView, 0, len(recs))
	for _, r := range recs {
		out = append(out, packetView{Path: r.Key.Path, Direction: r.Key.Direction, Channel: r.Key.Channel, Sequence: r.Key.Sequence, Record: r})
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printPacket(w io.Writer, r *state.Record, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	k := r.Key
	fmt.Fprintf(tw, "packet\t%s %s %s #%d\n", k.Path, k.Direction, k.Channel, k.Sequence)
	status := r.Stage.String()
	if !r.Stage.Terminal() {
		status += fmt.Sprintf(" (pending for %s)", age(now, r.FirstSeen))
	}
	fmt.Fprintf(tw, "stage\t%s\n", status)
	fmt.Fprintf(tw, "first seen\t%s\n", stamp(r.FirstSeen))
	fmt.Fprintf(tw, "last change\t%s\n", stamp(r.LastChange))
	fmt.Fprintf(tw, "attempts\t%d\n", r.Attempts)
	fmt.Fprintf(tw, "tx hash\t%s\n", dash(r.TxHash))
	fmt.Fprintf(tw, "last error\t%s\n", dash(r.LastError))
	if r.Height > 0 {
		fmt.Fprintf(tw, "sent at height\t%d\n", r.Height)
	}
	if r.TimeoutHeight != "" || r.TimeoutTimestamp > 0 {
		var parts []string
		if r.TimeoutHeight != "" {
			parts = append(parts, "height "+r.TimeoutHeight)
		}
		if r.TimeoutTimestamp > 0 {
			parts = append(parts, "time "+stamp(time.Unix(0, int64(r.TimeoutTimestamp))))
		}
		fmt.Fprintf(tw, "timeout\t%s\n", strings.Join(parts, ", "))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STAGE\tAT\tAFTER FIRST SEEN\tTX HASH")
	for _, h := range r.History {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", h.Stage, stamp(h.At), h.At.Sub(r.FirstSeen).Round(time.Millisecond), dash(h.TxHash))
	}
	tw.Flush()
}

func printStuck(w io.Writer, recs []*state.Record, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PATH\tDIRECTION\tCHANNEL\tSEQ\tSTAGE\tPENDING FOR\tATTEMPTS\tLAST ERROR")
	for _, r := range recs {
		k := r.Key
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%d\t%s\n", k.Path, k.Direction, k.Channel, k.Sequence, r.Stage,
			age(now, r.FirstSeen), r.Attempts, dash(oneLine(r.LastError)))
	}
	tw.Flush()
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

func age(now, since time.Time) time.Duration { return now.Sub(since).Round(time.Second) }

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// oneLine keeps a table row on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
