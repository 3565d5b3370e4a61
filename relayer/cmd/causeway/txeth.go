package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/relayer/config"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/relayer/node"
)

// ownerFlags select the handler owner's key: an address in an EVM keystore,
// its passphrase from an environment variable (never a flag).
type ownerFlags struct {
	address  string
	keystore string
	passEnv  string
}

func (o *ownerFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.address, "owner", "", "address of the handler owner's key (deploy; link of a cosmos <-> ethereum path)")
	cmd.Flags().StringVar(&o.keystore, "owner-keystore", "", "keystore holding the owner key (default <home>/keys/<chain id>)")
	cmd.Flags().StringVar(&o.passEnv, "owner-passphrase-env", "CAUSEWAY_OWNER_PASS", "environment variable holding the owner key's passphrase")
}

// transactor loads the owner key for ch and returns its transactor.
func (o *ownerFlags) transactor(home string, ch config.Chain, chainID *big.Int) (*bind.TransactOpts, error) {
	if !common.IsHexAddress(o.address) {
		return nil, usage(fmt.Errorf("--owner %q is not an address", o.address))
	}
	dir := o.keystore
	if dir == "" {
		dir = filepath.Join(home, "keys", ch.ID)
	}
	ks, err := evm.OpenKeys(dir, false)
	if err != nil {
		return nil, err
	}
	k, err := ks.Load(common.HexToAddress(o.address), os.Getenv(o.passEnv))
	if err != nil {
		return nil, fmt.Errorf("owner key (passphrase from $%s): %w", o.passEnv, err)
	}
	return bind.NewKeyedTransactorWithChainID(k, chainID)
}

func dialEVM(ctx context.Context, ch config.Chain) (*evm.Client, error) {
	var want *big.Int
	if ch.EVMChainID != 0 {
		want = new(big.Int).SetUint64(ch.EVMChainID)
	}
	return evm.Dial(ctx, evm.Endpoints{HTTP: ch.RPC, WS: ch.Websocket}, want)
}

// newTxDeployCmd deploys Causeway's contracts on an ethereum or qbft chain.
func newTxDeployCmd(g *globalFlags) *cobra.Command {
	var file, operators, clientID, port string
	var threshold uint64
	var owner ownerFlags
	cmd := &cobra.Command{
		Use:   "deploy CHAIN --config FILE --owner ADDRESS --operators A,B,... --threshold M",
		Short: "Deploy the IBC handler, attestation client and ICS-20 app on an EVM chain",
		Long: "Deploys Causeway's IBCHandler, an AttestationClient with the given operators and threshold\n" +
			"(registered on the handler as --client-id) and the ICS20Transfer app (bound to --port), with the\n" +
			"owner key as their owner. Prints the handler address for chains[].handler; `tx link` then opens the path.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return usage(errors.New("--config is required"))
			}
			cfg, err := config.Load(file)
			if err != nil {
				return usage(fmt.Errorf("%s:\n%w", file, err))
			}
			var ch *config.Chain
			for i := range cfg.Chains {
				if cfg.Chains[i].ID == args[0] {
					ch = &cfg.Chains[i]
				}
			}
			if ch == nil || (ch.Family != config.FamilyEthereum && ch.Family != config.FamilyQBFT) {
				return usage(fmt.Errorf("chain %q is not an ethereum or qbft chain of %s", args[0], file))
			}
			var ops []common.Address
			for _, s := range strings.Split(operators, ",") {
				if !common.IsHexAddress(strings.TrimSpace(s)) {
					return usage(fmt.Errorf("--operators: %q is not an address", s))
				}
				ops = append(ops, common.HexToAddress(strings.TrimSpace(s)))
			}
			if threshold == 0 || threshold > uint64(len(ops)) {
				return usage(fmt.Errorf("--threshold %d: want 1..%d (the number of operators)", threshold, len(ops)))
			}
			home, err := node.HomeDir(cfg, g.home)
			if err != nil {
				return err
			}
			ctx, cancel := contextWithTimeout(cmd.Context(), 5*time.Minute)
			defer cancel()
			c, err := dialEVM(ctx, *ch)
			if err != nil {
				return err
			}
			defer c.Close()
			opts, err := owner.transactor(home, *ch, c.ChainID)
			if err != nil {
				return err
			}
			// Any block at or before the deployment does for start_block.
			start, err := c.Eth().BlockNumber(ctx)
			if err != nil {
				return err
			}
			d, err := evm.Deploy(ctx, c.Eth(), opts, evm.DeployConfig{Operators: ops, Threshold: threshold, ClientID: clientID, Port: port})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "handler: %s\nstart_block: %d\nattestation_client: %s\nics20: %s\n"+
				"# set chains[].handler and chains[].start_block of %s; the attestation client is %s on the handler, port %s is bound\n",
				d.Handler.Hex(), start, d.AttestationClient.Hex(), d.ICS20.Hex(), ch.ID, clientID, port)
			return nil
		},
	}
	cmd.Flags().StringVar(&file, "config", "", "configuration file (required)")
	cmd.Flags().StringVar(&operators, "operators", "", "comma-separated operator addresses of the attestation client (required)")
	cmd.Flags().Uint64Var(&threshold, "threshold", 0, "signatures the attestation client needs (required)")
	cmd.Flags().StringVar(&clientID, "client-id", "attestation-0", "client id of the attestation client on the handler")
	cmd.Flags().StringVar(&port, "port", "transfer", "port the ICS-20 app binds")
	owner.register(cmd)
	return cmd
}

// linkEthereum opens a cosmos <-> ethereum path: the 10-ethereum client on
// the alliance chain, the handler's ends provisioned by its owner, and the
// alliance chain's handshake completed with storage proofs (ethlink.Link).
func linkEthereum(cmd *cobra.Command, ctx context.Context, cfg *config.Config, p *config.Path, home string, owner *ownerFlags) error {
	chains := map[string]config.Chain{}
	for _, ch := range cfg.Chains {
		chains[ch.ID] = ch
	}
	cc, ec, pe, ee := chains[p.Src.Chain], chains[p.Dst.Chain], p.Src, p.Dst
	if cc.Family != config.FamilyCosmos {
		cc, ec, pe, ee = ec, cc, ee, pe
	}
	if ee.ClientID == "" || ee.ConnectionID == "" || ee.ChannelID == "" {
		return usage(fmt.Errorf("path %s: the %s end needs client_id (the attestation client on the handler), and the connection_id and channel_id to provision there", p.Name, ec.ID))
	}
	c, signer, err := node.OpenCosmos(home, cc)
	if err != nil {
		return err
	}
	if signer == "" {
		return usage(fmt.Errorf("chain %s has no signer: add chains[].signers", cc.ID))
	}
	v, err := link.NewVerifier(ctx, c, lctm.Params{TrustingPeriod: cc.TrustingPeriod.Duration, MaxClockDrift: cc.MaxClockDrift.Duration}, nil, nil)
	if err != nil {
		return err
	}
	cos := &link.End{Chain: c, Verifier: v, ClientID: pe.ClientID, ConnectionID: pe.ConnectionID, PortID: pe.PortID, ChannelID: pe.ChannelID}
	client, err := dialEVM(ctx, ec)
	if err != nil {
		return err
	}
	defer client.Close()
	bc, err := beacon.NewClient(ec.Beacon, nil)
	if err != nil {
		return err
	}
	netcfg, err := node.EthNetwork(ctx, ec, bc)
	if err != nil {
		return err
	}
	if err := bc.CheckNetwork(ctx, netcfg); err != nil {
		return err
	}
	checkpoint := common.HexToHash(ec.Checkpoint)
	ev, err := ethlink.NewEthVerifier(ctx, bc, netcfg, checkpoint, nil, nil)
	if err != nil {
		return err
	}
	pf, err := beacon.DialProofFetcher(ctx, ec.RPC)
	if err != nil {
		return err
	}
	defer pf.Close()
	opts, err := owner.transactor(home, ec, client.ChainID)
	if err != nil {
		return err
	}
	eth := &ethlink.Eth{Client: client, Proofs: pf, Verifier: ev, Handler: common.HexToAddress(ec.Handler),
		ClientID: ee.ClientID, ConnectionID: ee.ConnectionID, PortID: ee.PortID, ChannelID: ee.ChannelID}
	err = ethlink.Link(ctx, cos, eth, opts, ethlink.LinkOptions{
		Checkpoint: checkpoint, TrustingPeriod: ec.TrustingPeriod.Duration, Version: p.Version,
		Logf: func(f string, args ...any) { fmt.Fprintf(cmd.ErrOrStderr(), f+"\n", args...) },
	})
	if err != nil {
		return err
	}
	end := func(chain string, e *link.End) string {
		return fmt.Sprintf("{chain: %s, client_id: %s, connection_id: %s, channel_id: %s, port_id: %s}", chain, e.ClientID, e.ConnectionID, e.ChannelID, e.PortID)
	}
	ethEnd := &link.End{ClientID: eth.ClientID, ConnectionID: eth.ConnectionID, ChannelID: eth.ChannelID, PortID: eth.PortID}
	src, dst := end(cc.ID, cos), end(ec.ID, ethEnd)
	if p.Src.Chain == ec.ID {
		src, dst = dst, src
	}
	fmt.Fprintf(cmd.OutOrStdout(), "# path %s is linked; put these ends into the config:\n    src: %s\n    dst: %s\n", p.Name, src, dst)
	return nil
}
