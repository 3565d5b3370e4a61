package node_test

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/relayer/ethlink/ethlinktest"
	"github.com/causewaylabs/causeway/relayer/spine/spinetest"
	"github.com/causewaylabs/causeway/scripts/relayers"
)

// TestAllianceEthereumThreeProcesses runs three `causeway start` processes
// on a 3-node NATS cluster against allianced and geth --dev with the dev
// beacon. The attestation client on Ethereum needs 2 of the 3 operators;
// each process's Ethereum key is its operator key. Transfers go both ways,
// some sent before any relayer ran (relayed through clearing), and one
// process is SIGKILLed mid-run: every packet is received exactly once and
// acknowledged, and every batch bound to Ethereum is submitted by one
// process (every relay transaction stores an attestation or moves a
// packet; at most the killed process's one in-flight transaction wasted).
func TestAllianceEthereumThreeProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts allianced, geth --dev, the dev beacon and a NATS cluster")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	bin := buildCauseway(t)
	cl := spinetest.StartCluster(t, 3)
	homes := []string{t.TempDir(), t.TempDir(), t.TempDir()}
	env, err := ethlinktest.Start(ctx, ethlinktest.Options{Home: homes[0], Operators: 3, Threshold: 2, ExtraRelayers: 2, Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Close)
	for _, h := range homes[1:] {
		if out, err := exec.Command("cp", "-r", filepath.Join(homes[0], "keys"), h).CombinedOutput(); err != nil {
			t.Fatalf("copy keys: %v %s", err, out)
		}
	}
	cfgFile, _, err := env.WriteConfig(t.TempDir(), ethlinktest.ConfigOptions{
		Signers: 3, MaxMsgs: 50,
		NATS: `{url: "` + cl.URL() + `", replicas: 3, ack_wait: 10s, lease_ttl: 3s}`,
	})
	if err != nil {
		t.Fatal(err)
	}
	// Packets sent before any relayer runs: their events were never seen
	// (the watchers start at the head), so only clearing from chain state
	// can relay them.
	const pre, preBack = 5, 3
	holder := crypto.PubkeyToAddress(env.Holder.PublicKey)
	ho := env.Transactor(env.Holder)
	sendStake := func(k int) {
		var msgs []sdk.Msg
		for range k {
			msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", env.Cos.ChannelID, sdk.NewInt64Coin("stake", 1), env.Alliance.User.Address,
				holder.Hex(), clienttypes.ZeroHeight(), uint64(time.Now().Add(15*time.Minute).UnixNano()), ""))
		}
		if _, err := env.User.SendMsgs(ctx, msgs...); err != nil {
			t.Fatal(err)
		}
	}
	// sendToken sends k ERC-20 transfers without waiting for each to be
	// mined, then waits for all of them.
	sendToken := func(k int) error {
		var txs []*types.Transaction
		for range k {
			tx, err := env.ICS20.SendTransfer(ho, env.Token, big.NewInt(10), env.Alliance.User.Address, "transfer", env.Eth.ChannelID,
				bindings.Height{}, uint64(time.Now().Add(15*time.Minute).UnixNano()), "")
			if err != nil {
				return err
			}
			txs = append(txs, tx)
		}
		for _, tx := range txs {
			if _, err := env.Mine(ctx, tx, nil); err != nil {
				return err
			}
		}
		return nil
	}
	sendStake(pre)
	if err := sendToken(preBack); err != nil {
		t.Fatal(err)
	}

	var procs []*relayers.Process
	for i, h := range homes {
		p, err := relayers.Start(bin, cfgFile, h, "relayer-"+string(rune('1'+i)), "info", ethlinktest.PassphraseEnv+"="+ethlinktest.Passphrase)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			_ = p.Stop(20 * time.Second)
			if t.Failed() {
				t.Logf("%s log (tail):\n%s", p.Name, p.Tail(30000))
			}
		})
		procs = append(procs, p)
	}
	ethKey := regexp.MustCompile(`signer lease acquired.*?signer\.` + ethlinktest.EthChainID + `\.(0x[0-9a-fA-F]{40})`)
	eventually(t, "every process holding an Ethereum key", 2*time.Minute, func() bool {
		seen := map[string]bool{}
		for _, p := range procs {
			b, _ := os.ReadFile(p.Log)
			if m := ethKey.FindSubmatch(b); m != nil {
				seen[string(m[1])] = true
			}
		}
		return len(seen) == len(procs)
	})

	// Then n transfers of 1 stake in one transaction, and back transfers of
	// the ERC-20, while the relayers run.
	const n, back = 120, 12
	sendStake(n)
	sent := make(chan error, 1)
	go func() { sent <- sendToken(back) }()
	vAddr, err := env.ICS20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/"+env.Eth.ChannelID+"/stake")))
	if err != nil {
		t.Fatal(err)
	}
	vouchers := func() int64 {
		if vAddr == (common.Address{}) {
			vAddr, _ = env.ICS20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/"+env.Eth.ChannelID+"/stake")))
			if vAddr == (common.Address{}) {
				return 0
			}
		}
		v, err := bindings.NewVoucher(vAddr, env.EC.Eth())
		if err != nil {
			return 0
		}
		b, err := v.BalanceOf(nil, holder)
		if err != nil {
			return 0
		}
		return b.Int64()
	}
	eventually(t, "a first batch received on Ethereum", 4*time.Minute, func() bool { return vouchers() > 0 })
	procs[0].Kill()
	t.Logf("killed relayer-1 with %d of %d packets received on Ethereum", vouchers(), pre+n)
	if err := <-sent; err != nil {
		t.Fatal(err)
	}

	denom := transfertypes.ParseDenomTrace("transfer/" + env.Cos.ChannelID + "/erc20/" + strings.ToLower(env.Token.Hex())).IBCDenom()
	eventually(t, "every packet received on both chains", 5*time.Minute, func() bool {
		c, err := env.User.Balance(ctx, env.Alliance.User.Address, denom)
		return vouchers() == pre+n && err == nil && c.Amount.Int64() == (preBack+back)*10
	})
	eventually(t, "every packet acknowledged on both chains", 5*time.Minute, func() bool {
		left, err := env.User.PacketCommitments(ctx, "transfer", env.Cos.ChannelID)
		if err != nil || len(left) != 0 {
			return false
		}
		for s := uint64(1); s <= preBack+back; s++ {
			w, err := env.EC.StoredCommitment(ctx, env.Dep.Handler, evm.PacketCommitmentPath("transfer", env.Eth.ChannelID, s), nil)
			if err != nil || w != (common.Hash{}) {
				return false
			}
		}
		return true
	})

	cleared := false
	for _, p := range procs {
		b, _ := os.ReadFile(p.Log)
		cleared = cleared || strings.Contains(string(b), "cleared pending packets from chain state")
	}
	if !cleared {
		t.Fatal("no process cleared the packets sent before it ran")
	}

	// Exactly once on Ethereum: one RecvPacket per sequence.
	logs, err := env.EC.Eth().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{env.Dep.Handler}})
	if err != nil {
		t.Fatal(err)
	}
	recvd := map[uint64]int{}
	for _, l := range logs {
		if ev, ok, err := evm.DecodePacketEvent(l); err == nil && ok && ev.Kind == evm.EventRecvPacket {
			recvd[ev.Packet.Sequence]++
		}
	}
	for s := uint64(1); s <= pre+n; s++ {
		if recvd[s] != 1 {
			t.Fatalf("packet %d received %d times on Ethereum", s, recvd[s])
		}
	}
	// Each Ethereum-bound batch went out once: every operator transaction
	// stored an attestation or moved a packet.
	txs, useful, err := env.RelayTxs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Ethereum: %d relay transactions, %d of them did work (2-of-3 committee over NATS)", txs, useful)
	if wasted := txs - useful; wasted > 1 {
		t.Fatalf("%d relay transactions on Ethereum did nothing: batches were submitted more than once", wasted)
	}
}
