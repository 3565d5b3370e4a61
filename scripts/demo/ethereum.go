package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/relayer/ethlink/ethlinktest"
	"github.com/causewaylabs/causeway/relayer/node"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// runEthereum is the alliance <-> Ethereum demo: nOut transfers of stake
// from the alliance chain to an Ethereum account, then nBack of the
// vouchers sent home.
func runEthereum(ctx context.Context, nOut, nBack int, keep bool, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	home, err := os.MkdirTemp("", "causeway-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(home)
	if nBack > nOut {
		nBack = nOut
	}

	step("building allianced (simapp + Causeway's Ethereum client) and geth from go.mod (cached after the first run)...")
	for _, b := range []devnet.Binary{devnet.Allianced, devnet.Geth} {
		if _, err := devnet.Build(ctx, b); err != nil {
			return err
		}
	}
	step("starting an alliance chain, geth --dev and the dev beacon on loopback; deploying and linking...")
	env, err := ethlinktest.Start(ctx, ethlinktest.Options{Home: home, Logf: func(f string, args ...any) { step("  "+f, args...) }})
	if err != nil {
		return err
	}
	defer env.Close()
	step("  linked %s %s/%s <-> Ethereum %s/%s (handler %s)", env.Alliance.ChainID, env.Cos.PortID, env.Cos.ChannelID, env.Eth.PortID, env.Eth.ChannelID, env.Dep.Handler)

	_, cfg, err := env.WriteConfig(home, ethlinktest.ConfigOptions{LogLevel: "warn", MaxMsgs: 100})
	if err != nil {
		return err
	}
	nd, stopRelayer, relayerDone, err := startRelayer(ctx, cfg, home)
	if err != nil {
		return err
	}
	defer stopRelayer()

	holder := crypto.PubkeyToAddress(env.Holder.PublicKey)
	step("sending %d transfers of stake from %s to Ethereum account %s...", nOut, env.Alliance.ChainID, holder)
	sent := time.Now()
	for done := 0; done < nOut; {
		var msgs []sdk.Msg
		for ; done < nOut && len(msgs) < 100; done++ {
			msgs = append(msgs, transfertypes.NewMsgTransfer("transfer", env.Cos.ChannelID, sdk.NewInt64Coin("stake", 1),
				env.Alliance.User.Address, holder.Hex(), clienttypes.ZeroHeight(), uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
		}
		if _, err := env.User.SendMsgs(ctx, msgs...); err != nil {
			return fmt.Errorf("transfer on %s: %w", env.Alliance.ChainID, err)
		}
	}
	if err := waitAll(ctx, nd, nOut, relayerDone); err != nil {
		return err
	}
	vAddr, err := env.ICS20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/"+env.Eth.ChannelID+"/stake")))
	if err != nil {
		return err
	}
	voucher, err := bindings.NewVoucher(vAddr, env.EC.Eth())
	if err != nil {
		return err
	}
	bal, err := voucher.BalanceOf(nil, holder)
	if err != nil {
		return err
	}
	step("Ethereum account holds %s vouchers (ERC-20 %s, denom transfer/%s/stake)", bal, vAddr, env.Eth.ChannelID)

	step("sending %d vouchers back to %s (burned on Ethereum, released from escrow there)...", nBack, env.Alliance.ChainID)
	ho := env.Transactor(env.Holder)
	var txs []*types.Transaction
	for range nBack {
		tx, err := env.ICS20.SendTransfer(ho, vAddr, big.NewInt(1), env.Alliance.User.Address, "transfer", env.Eth.ChannelID,
			bindings.Height{}, uint64(time.Now().Add(10*time.Minute).UnixNano()), "")
		if err != nil {
			return fmt.Errorf("sendTransfer on Ethereum: %w", err)
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if r, err := bind.WaitMined(ctx, env.EC.Eth(), tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("sendTransfer %s on Ethereum failed (%v)", tx.Hash(), err)
		}
	}
	if err := waitAll(ctx, nd, nOut+nBack, relayerDone); err != nil {
		return err
	}
	recs, err := nd.Store.List(ctx)
	if err != nil {
		return err
	}
	summary(recs, time.Since(sent))
	bal, _ = voucher.BalanceOf(nil, holder)
	escrow := transfertypes.GetEscrowAddress("transfer", env.Cos.ChannelID).String()
	esc, err := env.User.Balance(ctx, escrow, "stake")
	if err != nil {
		return err
	}
	step("Ethereum account holds %s vouchers; %s escrows %s stake for them", bal, env.Alliance.ChainID, esc.Amount)
	if bal.Int64() != int64(nOut-nBack) || esc.Amount.Int64() != int64(nOut-nBack) {
		return fmt.Errorf("vouchers %s and escrow %s, want %d each", bal, esc.Amount, nOut-nBack)
	}
	if keep {
		step("chains and relayer keep running; Ctrl-C stops")
		<-ctx.Done()
	}
	stopRelayer()
	return <-relayerDone
}

// waitAll prints progress until total packets are acknowledged or timed out.
func waitAll(ctx context.Context, nd *node.Node, total int, relayerDone <-chan error) error {
	for {
		recs, err := nd.Store.List(ctx)
		if err != nil {
			return err
		}
		c := count(recs)
		step("progress: observed %d/%d, received %d, acknowledged %d, timed out %d", c.seen, total, c.received, c.acked, c.timedOut)
		if c.acked+c.timedOut >= total {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("not every packet was relayed in time: %w", ctx.Err())
		case err := <-relayerDone:
			return fmt.Errorf("relayer stopped: %v", err)
		case <-time.After(time.Second):
		}
	}
}
