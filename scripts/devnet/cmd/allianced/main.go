// Command allianced is the dev alliance chain: ibc-go v8's simapp daemon
// (simd) with Causeway's Ethereum light client (client type "10-ethereum",
// lightclients/ethereum/ibcclient) registered in the app's and the CLI's
// interface registries. ibc-go v8's client params allow every registered
// client type by default ("*"), so nothing else changes: the commands,
// genesis and modules are simd's.
//
// scripts/devnet builds it into the binary cache (devnet.Allianced) and
// runs it with devnet.StartAlliance. Not for production use.
package main

import (
	"io"
	"os"

	"cosmossdk.io/log"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/server"
	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/x/crisis"
	"github.com/cosmos/ibc-go/v8/testing/simapp"
	simdcmd "github.com/cosmos/ibc-go/v8/testing/simapp/simd/cmd"
	"github.com/spf13/cobra"

	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
)

// newApp is simd's app constructor plus the Ethereum client's registration.
// Registering after construction is enough: the registry is only read when
// transactions and stored client states are decoded, after start.
func newApp(logger log.Logger, db dbm.DB, traceStore io.Writer, appOpts servertypes.AppOptions) servertypes.Application {
	app := simapp.NewSimApp(logger, db, traceStore, true, appOpts, server.DefaultBaseappOptions(appOpts)...)
	ibcclient.RegisterInterfaces(app.InterfaceRegistry())
	return app
}

// appExport is simd's genesis export with the same registration, so
// exported 10-ethereum clients decode.
func appExport(logger log.Logger, db dbm.DB, traceStore io.Writer, height int64, forZeroHeight bool,
	jailAllowedAddrs []string, appOpts servertypes.AppOptions, modulesToExport []string,
) (servertypes.ExportedApp, error) {
	app := simapp.NewSimApp(logger, db, traceStore, height == -1, appOpts)
	ibcclient.RegisterInterfaces(app.InterfaceRegistry())
	if height != -1 {
		if err := app.LoadHeight(height); err != nil {
			return servertypes.ExportedApp{}, err
		}
	}
	return app.ExportAppStateAndValidators(forZeroHeight, jailAllowedAddrs, modulesToExport)
}

func rootCmd() *cobra.Command {
	root := simdcmd.NewRootCmd()
	root.Use = "allianced"
	root.Short = "dev alliance chain: ibc-go simapp with Causeway's Ethereum light client"

	// The CLI decodes client states and messages with the registry simd's
	// root command built; add the Ethereum client to it once the client
	// context exists.
	pre := root.PersistentPreRunE
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if err := pre(cmd, args); err != nil {
			return err
		}
		if reg := client.GetClientContextFromCmd(cmd).InterfaceRegistry; reg != nil {
			ibcclient.RegisterInterfaces(reg)
		}
		return nil
	}

	// Replace simd's start and export commands with ones that build the
	// registering app.
	for _, c := range root.Commands() {
		if c.Name() == "start" || c.Name() == "export" {
			root.RemoveCommand(c)
		}
	}
	root.AddCommand(
		server.StartCmdWithOptions(newApp, simapp.DefaultNodeHome, server.StartCmdOptions{AddFlags: crisis.AddModuleInitFlags}),
		server.ExportCmd(appExport, simapp.DefaultNodeHome),
	)
	return root
}

func main() {
	root := rootCmd()
	if err := svrcmd.Execute(root, "", simapp.DefaultNodeHome); err != nil {
		log.NewLogger(root.OutOrStderr()).Error("allianced failed", "err", err)
		os.Exit(1)
	}
}
