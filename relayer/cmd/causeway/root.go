package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/configs"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/logging"
	"github.com/causewaylabs/causeway/relayer/metrics"
	"github.com/causewaylabs/causeway/relayer/node"
)

type globalFlags struct {
	home      string
	logFormat string
	logLevel  string
}

func newRootCmd() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:           "causeway",
		Short:         "Causeway relays IBC packets between alliance chains and public chains",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage(err) })
	defHome := "~/.causeway"
	if h, err := os.UserHomeDir(); err == nil {
		defHome = filepath.Join(h, ".causeway")
	}
	root.PersistentFlags().StringVar(&g.home, "home", defHome, "data directory (NATS store, keys)")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "", "json or console (overrides global.log_format)")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "", "debug, info, warn or error (overrides global.log_level)")
	query := newQueryCmd(g)
	query.AddCommand(newQueryPendingCmd(g))
	root.AddCommand(newStartCmd(g), newConfigCmd(), newVersionCmd(), query, newKeysCmd(g), newTxCmd(g))
	return root
}

func newStartCmd(g *globalFlags) *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "start --config FILE",
		Short: "Run the relayer for the chain pair in FILE",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if file == "" {
				return usage(fmt.Errorf("--config is required"))
			}
			cfg, err := config.Load(file)
			if err != nil {
				return usage(fmt.Errorf("%s:\n%w", file, err))
			}
			if g.logFormat != "" {
				cfg.Global.LogFormat = g.logFormat
			}
			if g.logLevel != "" {
				cfg.Global.LogLevel = g.logLevel
			}
			log, err := logging.New(cfg.Global.LogLevel, cfg.Global.LogFormat)
			if err != nil {
				return usage(err)
			}
			defer log.Sync() //nolint:errcheck
			log.Info("starting causeway", zap.String("version", metrics.Version()), zap.String("config", file))
			return node.Run(cmd.Context(), cfg, g.home, log, nil)
		},
	}
	cmd.Flags().StringVar(&file, "config", "", "configuration file for one chain pair")
	return cmd
}

func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Validate or create configuration files"}
	validate := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check configuration files; every problem is reported with its field path",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			bad := 0
			for _, f := range args {
				if _, err := config.Load(f); err != nil {
					bad++
					fmt.Fprintf(cmd.ErrOrStderr(), "%s: invalid\n%s\n", f, indent(err.Error()))
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: ok\n", f)
			}
			if bad > 0 {
				return usage(fmt.Errorf("%d of %d configuration files are invalid", bad, len(args)))
			}
			return nil
		},
	}
	var pair, out string
	var force bool
	initCmd := &cobra.Command{
		Use:   "init",
		Short: "Write an annotated example configuration for a chain pair",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := configs.Example(pair)
			if err != nil {
				return usage(err)
			}
			if out == "" || out == "-" {
				_, err = cmd.OutOrStdout().Write(b)
				return err
			}
			flag := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(out, flag, 0o600)
			if err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			if _, err := f.Write(b); err != nil {
				f.Close()
				return fmt.Errorf("write %s: %w", out, err)
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s (%s)\n", out, pair)
			return nil
		},
	}
	initCmd.Flags().StringVar(&pair, "pair", "cosmos-cosmos", "chain pair: "+strings.Join(configs.Pairs(), ", "))
	initCmd.Flags().StringVarP(&out, "out", "o", "", "file to write (default: standard output)")
	initCmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	cmd.AddCommand(validate, initCmd)
	return cmd
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(cmd.OutOrStdout(), "causeway %s (%s %s/%s)\n", metrics.Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usage(fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args))
	}
	return nil
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

// isCobraUsage recognises cobra's own usage errors (unknown command or flag,
// wrong number of arguments).
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument", "flag needs an argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
