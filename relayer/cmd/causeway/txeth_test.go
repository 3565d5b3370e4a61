package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// TestTxDeployAndLinkEthereum deploys Causeway's contracts on geth --dev
// with `causeway tx deploy` and opens an alliance <-> Ethereum path with
// `causeway tx link --owner`: the channel is OPEN on allianced and on the
// handler, and the printed ends name the new ids.
func TestTxDeployAndLinkEthereum(t *testing.T) {
	if testing.Short() {
		t.Skip("starts allianced, geth --dev and the dev beacon")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	g, err := devnet.StartGeth(ctx, devnet.GethOptions{Period: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	a, err := devnet.StartAlliance(ctx, devnet.SimdOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b, err := devnet.StartBeacon(ctx, devnet.BeaconOptions{GethRPC: g.HTTP, StartSlot: 44})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Stop() })

	home := t.TempDir()
	const pass = "cli test passphrase"
	t.Setenv("CLI_TEST_PASS", pass)
	t.Setenv("CAUSEWAY_OWNER_PASS", pass)
	cdc, err := cosmos.NewCodec("cosmos")
	if err != nil {
		t.Fatal(err)
	}
	kr, err := cosmos.OpenKeyring(filepath.Join(home, "keys", a.ChainID), pass, cdc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cosmos.RestoreKey(kr, cdc, a.Relayer.Name, a.Relayer.Mnemonic); err != nil {
		t.Fatal(err)
	}
	ks, err := evm.OpenKeys(filepath.Join(home, "keys", "geth-dev"), true)
	if err != nil {
		t.Fatal(err)
	}
	owner, err := ks.ImportHex(common.Bytes2Hex(crypto.FromECDSA(g.DevKey)), pass)
	if err != nil {
		t.Fatal(err)
	}
	write := func(handler, cosEnd string) string {
		y := fmt.Sprintf(`global: {listen: "127.0.0.1:0"}
chains:
  - id: %s
    family: cosmos
    rpc: %s
    signers: [{key: %s, passphrase: "${CLI_TEST_PASS}"}]
    gas: {price: 0stake}
    trusting_period: 20m
    unbonding_period: 30m
  - id: geth-dev
    family: ethereum
    network: dev
    evm_chain_id: %s
    rpc: %s
    beacon: %s
    checkpoint: "%s"
    handler: "%s"
    signers: [{key: "%s", passphrase: "${CLI_TEST_PASS}"}]
paths:
  - name: ae
    src: %s
    dst: {chain: geth-dev, client_id: attestation-0, connection_id: connection-0, channel_id: channel-0, port_id: transfer}
`, a.ChainID, a.RPC(), a.Relayer.Name, g.ChainID, g.HTTP, b.URL, b.Checkpoint().Hex(), handler, owner.Hex(), cosEnd)
		f := filepath.Join(t.TempDir(), "causeway.yaml")
		if err := os.WriteFile(f, []byte(y), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	// The handler address is not known before deploying: any valid one
	// lets the config load.
	cfg := write("0x00000000000000000000000000000000000000aa", "{chain: "+a.ChainID+", port_id: transfer}")
	code, out, errOut := runCLI(t, ctx, "--home", home, "tx", "deploy", "geth-dev", "--config", cfg, "--owner", owner.Hex(),
		"--operators", owner.Hex(), "--threshold", "1")
	if code != 0 {
		t.Fatalf("tx deploy: exit %d\n%s\n%s", code, out, errOut)
	}
	m := regexp.MustCompile(`handler: (0x[0-9a-fA-F]{40})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("tx deploy printed no handler:\n%s", out)
	}
	handler := common.HexToAddress(m[1])
	if !regexp.MustCompile(`start_block: \d+`).MatchString(out) {
		t.Fatalf("tx deploy printed no start block:\n%s", out)
	}
	t.Logf("tx deploy:\n%s", out)

	cfg = write(handler.Hex(), "{chain: "+a.ChainID+", port_id: transfer}")
	if code, out, errOut := runCLI(t, ctx, "--home", home, "tx", "link", "ae", "--config", cfg); code != 2 || !strings.Contains(errOut, "--owner") {
		t.Fatalf("tx link without --owner: exit %d, want 2 naming --owner\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, ctx, "--home", home, "tx", "link", "ae", "--config", cfg, "--owner", owner.Hex())
	if code != 0 {
		t.Fatalf("tx link: exit %d\n%s\n%s", code, out, errOut)
	}
	t.Logf("tx link:\n%s%s", errOut, out)
	ends := regexp.MustCompile(`src: \{chain: ` + regexp.QuoteMeta(a.ChainID) + `, client_id: (10-ethereum-\d+), connection_id: (connection-\d+), channel_id: (channel-\d+)`).FindStringSubmatch(out)
	if ends == nil {
		t.Fatalf("tx link printed no alliance end:\n%s", out)
	}

	// OPEN on both sides.
	c, err := cosmos.New(cosmos.Config{ChainID: a.ChainID, RPC: a.RPC()})
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.QueryProven(ctx, host.ChannelPath("transfer", ends[3]), h)
	if err != nil {
		t.Fatal(err)
	}
	var ch channeltypes.Channel
	if err := c.Codec().Marshaler.Unmarshal(p.Value, &ch); err != nil {
		t.Fatal(err)
	}
	if ch.State != channeltypes.OPEN || ch.Counterparty.ChannelId != "channel-0" || ch.ConnectionHops[0] != ends[2] {
		t.Fatalf("alliance channel %s: %s", ends[3], ch.String())
	}
	ec, err := evm.Dial(ctx, evm.Endpoints{HTTP: g.HTTP}, g.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	hc, err := bindings.NewIBCHandlerCaller(handler, ec.Eth())
	if err != nil {
		t.Fatal(err)
	}
	he, err := hc.GetChannel(&bind.CallOpts{Context: ctx}, "transfer", "channel-0")
	if err != nil {
		t.Fatal(err)
	}
	if he.State != 3 || he.CounterpartyChannelId != ends[3] {
		t.Fatalf("handler channel: state %d, counterparty %q; want OPEN with %s", he.State, he.CounterpartyChannelId, ends[3])
	}
}
