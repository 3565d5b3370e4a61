package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/spf13/cobra"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/node"
)

// keyFlags select a chain of a config and the passphrase of its key store.
type keyFlags struct {
	config, chain, passEnv string
}

func (k *keyFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&k.config, "config", "", "configuration file naming the chain (required)")
	cmd.Flags().StringVar(&k.chain, "chain", "", "chain id (required)")
	cmd.Flags().StringVar(&k.passEnv, "passphrase-env", "", "environment variable holding the key store passphrase (default: the chain's first signer passphrase)")
}

// resolve loads the config and returns the chain, its key directory and the
// passphrase. Passphrases come from the config or the environment, never
// from a flag, so they do not end up in shell history.
func (k *keyFlags) resolve(home string) (config.Chain, string, string, error) {
	if k.config == "" || k.chain == "" {
		return config.Chain{}, "", "", usage(fmt.Errorf("--config and --chain are required"))
	}
	cfg, err := config.Load(k.config)
	if err != nil {
		return config.Chain{}, "", "", usage(fmt.Errorf("%s:\n%w", k.config, err))
	}
	home, err = node.HomeDir(cfg, home)
	if err != nil {
		return config.Chain{}, "", "", err
	}
	for _, ch := range cfg.Chains {
		if ch.ID != k.chain {
			continue
		}
		pass := ""
		if len(ch.Signers) > 0 {
			pass = ch.Signers[0].Passphrase
		}
		if k.passEnv != "" {
			pass = os.Getenv(k.passEnv)
		}
		if pass == "" {
			return ch, "", "", usage(fmt.Errorf("no passphrase: set chains[].signers[0].passphrase for %s or use --passphrase-env", ch.ID))
		}
		return ch, node.KeyringDir(home, ch), pass, nil
	}
	return config.Chain{}, "", "", usage(fmt.Errorf("chain %q is not in %s", k.chain, k.config))
}

func newKeysCmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{Use: "keys", Short: "Manage signer keys (encrypted cosmos keyring or EVM keystore)"}
	var kf keyFlags
	add := &cobra.Command{
		Use:   "add [NAME]",
		Short: "Create a key: a new mnemonic (cosmos, printed once) or a new keystore account (evm)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ch, dir, pass, err := kf.resolve(g.home)
			if err != nil {
				return err
			}
			if ch.Family == config.FamilyCosmos {
				if len(args) != 1 {
					return usage(fmt.Errorf("a cosmos key needs a NAME"))
				}
				cdc, kr, err := openKeyring(ch, dir, pass)
				if err != nil {
					return err
				}
				info, mnemonic, err := cosmos.AddKey(kr, cdc, args[0])
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "name: %s\naddress: %s\n\nmnemonic (write it down; it is not shown again):\n%s\n", info.Name, info.Address, mnemonic)
				return nil
			}
			ks, err := evm.OpenKeys(dir, false)
			if err != nil {
				return err
			}
			addr, err := ks.Create(pass)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "address: %s\nkeystore: %s\n", addr.Hex(), dir)
			return nil
		},
	}
	restore := &cobra.Command{
		Use:   "restore NAME",
		Short: "Restore a cosmos key from a mnemonic read from standard input",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ch, dir, pass, err := kf.resolve(g.home)
			if err != nil {
				return err
			}
			if ch.Family != config.FamilyCosmos {
				return usage(fmt.Errorf("restore is for cosmos chains; use `keys import` for %s", ch.Family))
			}
			mnemonic, err := readSecret(cmd.InOrStdin())
			if err != nil {
				return err
			}
			cdc, kr, err := openKeyring(ch, dir, pass)
			if err != nil {
				return err
			}
			info, err := cosmos.RestoreKey(kr, cdc, args[0], mnemonic)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "name: %s\naddress: %s\n", info.Name, info.Address)
			return nil
		},
	}
	imp := &cobra.Command{
		Use:   "import",
		Short: "Import an EVM private key (hex, read from standard input) into the encrypted keystore",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ch, dir, pass, err := kf.resolve(g.home)
			if err != nil {
				return err
			}
			if ch.Family == config.FamilyCosmos {
				return usage(fmt.Errorf("import is for EVM chains; use `keys restore` for cosmos"))
			}
			hex, err := readSecret(cmd.InOrStdin())
			if err != nil {
				return err
			}
			ks, err := evm.OpenKeys(dir, false)
			if err != nil {
				return err
			}
			addr, err := ks.ImportHex(hex, pass)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "address: %s\n", addr.Hex())
			return nil
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the keys of a chain",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ch, dir, pass, err := kf.resolve(g.home)
			if err != nil {
				return err
			}
			if ch.Family == config.FamilyCosmos {
				cdc, kr, err := openKeyring(ch, dir, pass)
				if err != nil {
					return err
				}
				infos, err := cosmos.ListKeys(kr, cdc)
				if err != nil {
					return err
				}
				for _, i := range infos {
					fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s\n", i.Name, i.Address)
				}
				return nil
			}
			ks, err := evm.OpenKeys(dir, false)
			if err != nil {
				return err
			}
			for _, a := range ks.List() {
				fmt.Fprintln(cmd.OutOrStdout(), a.Hex())
			}
			return nil
		},
	}
	show := &cobra.Command{
		Use:   "show NAME",
		Short: "Show a cosmos key's address and public key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ch, dir, pass, err := kf.resolve(g.home)
			if err != nil {
				return err
			}
			if ch.Family != config.FamilyCosmos {
				return usage(fmt.Errorf("show is for cosmos chains; `keys list` shows EVM addresses"))
			}
			cdc, kr, err := openKeyring(ch, dir, pass)
			if err != nil {
				return err
			}
			info, err := cosmos.ShowKey(kr, cdc, args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "name: %s\naddress: %s\npubkey: %s\n", info.Name, info.Address, info.PubKey)
			return nil
		},
	}
	for _, c := range []*cobra.Command{add, restore, imp, list, show} {
		kf.register(c)
		cmd.AddCommand(c)
	}
	return cmd
}

func openKeyring(ch config.Chain, dir, pass string) (*cosmos.Codec, keyring.Keyring, error) {
	cdc, err := cosmos.NewCodec(ch.AccountPrefix)
	if err != nil {
		return nil, nil, err
	}
	if err := os.MkdirAll(filepath.Clean(dir), 0o700); err != nil {
		return nil, nil, err
	}
	kr, err := cosmos.OpenKeyring(dir, pass, cdc)
	return cdc, kr, err
}

// readSecret reads one line (a mnemonic or a hex key) from r.
func readSecret(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", fmt.Errorf("read standard input: %w", err)
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return "", usage(fmt.Errorf("nothing on standard input"))
	}
	return line, nil
}
