package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	goeth "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/relayer/ethlink/ethlinktest"
	"github.com/causewaylabs/causeway/scripts/devnet"
	"github.com/causewaylabs/causeway/scripts/relayers"
)

// runEthereum is the chaos run on an alliance <-> Ethereum path: allianced,
// geth --dev with the dev beacon, one operator key per relayer process and
// an attestation threshold of procs-1 (so one process may be down), stake
// sent to Ethereum and an ERC-20 sent to the alliance chain while the faults
// run; the Ethereum RPC is the endpoint cut. The checks are those of run,
// read from both chains: receipts per sequence (the handler's RecvPacket
// logs, the alliance chain's transaction index), acknowledgements, nothing
// pending, balances conserved, dead letters, and redundant relay
// transactions (on Ethereum, relay transactions that carried no new
// attestation).
func runEthereum(ctx context.Context, o options) (*Result, error) {
	b, err := newBench(ctx, o)
	if err != nil {
		return nil, err
	}
	defer b.close()
	o, res, keysHome := b.o, b.res, b.keysHome
	o.logf("starting allianced, geth --dev and the dev beacon; deploying and linking")
	env, err := ethlinktest.Start(ctx, ethlinktest.Options{Home: keysHome, Operators: o.procs, Threshold: max(o.procs-1, 1), ExtraRelayers: o.procs - 1})
	if err != nil {
		return nil, err
	}
	defer env.Close()
	proxy, err := devnet.NewCutProxy(strings.TrimPrefix(env.Geth.HTTP, "http://"))
	if err != nil {
		return nil, err
	}
	defer proxy.Close()
	cfgFile, _, err := env.WriteConfig(o.dir, ethlinktest.ConfigOptions{
		Signers: o.procs, MaxMsgs: 100, LogLevel: "info", EthRPC: "http://" + proxy.Addr(), NATS: b.natsConfig(),
	})
	if err != nil {
		return nil, err
	}
	sup, err := b.startRelayers(ctx, cfgFile)
	if err != nil {
		return nil, err
	}

	holder := crypto.PubkeyToAddress(env.Holder.PublicKey)
	user := env.Alliance.User.Address
	stakeBefore, err := env.User.Balance(ctx, user, "stake")
	if err != nil {
		return nil, err
	}
	tok, err := bindings.NewTestToken(env.Token, env.EC.Eth())
	if err != nil {
		return nil, err
	}
	tokBefore, err := tok.BalanceOf(nil, holder)
	if err != nil {
		return nil, err
	}

	stopFaults := b.faults(ctx, sup, proxy)

	half := o.transfers / 2
	o.logf("sending %d transfers each way (%d per alliance transaction; one per Ethereum transaction)", half, o.perTx)
	relayStart := time.Now()
	timeout := uint64(time.Now().Add(2 * time.Hour).UnixNano())
	ho := env.Transactor(env.Holder)
	var ethTxs []*types.Transaction
	for sentA, sentE := 0, 0; sentA < half || sentE < half; {
		if k := min(o.perTx, half-sentA); k > 0 {
			msgs := make([]sdk.Msg, k)
			for j := range msgs {
				msgs[j] = transfertypes.NewMsgTransfer("transfer", env.Cos.ChannelID, sdk.NewInt64Coin("stake", 1), user, holder.Hex(), clienttypes.ZeroHeight(), timeout, "")
			}
			if _, err := env.User.SendMsgs(ctx, msgs...); err != nil {
				stopFaults()
				return nil, fmt.Errorf("send on %s: %w", env.Alliance.ChainID, err)
			}
			sentA += k
		}
		// Ethereum transfers go straight to geth (the relayers' RPC is the
		// one the chaos cuts), without waiting for each to be mined.
		for k := min(o.perTx, half-sentE); k > 0; k-- {
			tx, err := env.ICS20.SendTransfer(ho, env.Token, big.NewInt(1), user, "transfer", env.Eth.ChannelID, bindings.Height{}, timeout, "")
			if err != nil {
				stopFaults()
				return nil, fmt.Errorf("sendTransfer on Ethereum: %w", err)
			}
			ethTxs = append(ethTxs, tx)
			sentE++
		}
		o.logf("sent %d/%d", sentA+sentE, o.transfers)
		select {
		case <-ctx.Done():
			stopFaults()
			return nil, ctx.Err()
		case <-time.After(o.sendEvery):
		}
	}
	for _, tx := range ethTxs {
		if r, err := bind.WaitMined(ctx, env.EC.Eth(), tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
			stopFaults()
			return nil, fmt.Errorf("sendTransfer %s on Ethereum failed (%v)", tx.Hash(), err)
		}
	}

	o.logf("waiting for every packet to be received and acknowledged")
	ethPending := func() (int, error) {
		n := 0
		for s := uint64(1); s <= uint64(half); s++ {
			w, err := env.EC.StoredCommitment(ctx, env.Dep.Handler, evm.PacketCommitmentPath("transfer", env.Eth.ChannelID, s), nil)
			if err != nil {
				return 0, err
			}
			if w != (common.Hash{}) {
				n++
			}
		}
		return n, nil
	}
	deadline := time.Now().Add(o.deadline)
	lastReport := time.Now()
	for {
		left, errA := env.User.PacketCommitments(ctx, "transfer", env.Cos.ChannelID)
		eleft, errE := ethPending()
		if errA == nil && errE == nil && len(left) == 0 && eleft == 0 {
			break
		}
		if time.Now().After(deadline) {
			res.Failures = append(res.Failures, fmt.Sprintf("not everything relayed within %s of the last send", o.deadline))
			break
		}
		if time.Since(lastReport) > 10*time.Second {
			lastReport = time.Now()
			o.logf("%s: %d unacknowledged, Ethereum: %d unacknowledged", env.Alliance.ChainID, len(left), eleft)
		}
		time.Sleep(500 * time.Millisecond)
	}
	res.RelayS = time.Since(relayStart).Seconds()
	stopFaults()
	proxy.Up()

	// Checks, from chain state.
	logs, err := env.EC.Eth().FilterLogs(ctx, goeth.FilterQuery{Addresses: []common.Address{env.Dep.Handler}})
	if err != nil {
		return nil, err
	}
	ethRecv, ethAck := map[uint64]int{}, map[uint64]int{}
	for _, l := range logs {
		ev, ok, err := evm.DecodePacketEvent(l)
		if err != nil || !ok {
			continue
		}
		switch ev.Kind {
		case evm.EventRecvPacket:
			ethRecv[ev.Packet.Sequence]++
		case evm.EventAcknowledgePacket:
			ethAck[ev.Packet.Sequence]++
		}
	}
	dec := env.User.Codec().TxConfig.TxDecoder()
	recv, err := waitIndexed(ctx, func() (*relayers.Count, error) {
		return relayers.Receipts(ctx, env.Alliance.RPC(), env.Cos.ChannelID, dec)
	}, half)
	if err != nil {
		return nil, err
	}
	ack, err := waitIndexed(ctx, func() (*relayers.Count, error) {
		return relayers.Acks(ctx, env.Alliance.RPC(), env.Cos.ChannelID, dec)
	}, half)
	if err != nil {
		return nil, err
	}
	res.wasted(env.Alliance.ChainID, "recv", recv, half)
	res.wasted(env.Alliance.ChainID, "ack", ack, half)
	cosRecv, recvMsgs, cosAck, ackMsgs := recv.PerSeq, recv.Msgs, ack.PerSeq, ack.Msgs
	for s := uint64(1); s <= uint64(half); s++ {
		for _, c := range []int{ethRecv[s], cosRecv[s]} {
			switch {
			case c == 1:
				res.Received++
			case c > 1:
				res.ReceivedTwice++
			}
		}
		if cosAck[s] >= 1 {
			res.Acked++
		}
		if ethAck[s] >= 1 {
			res.Acked++
		}
	}
	left, err := env.User.PacketCommitments(ctx, "transfer", env.Cos.ChannelID)
	if err != nil {
		return nil, err
	}
	eleft, err := ethPending()
	if err != nil {
		return nil, err
	}
	res.Pending = len(left) + eleft

	// Conservation, one unit per packet each way: stake left the user, sits
	// in escrow and is minted as vouchers on Ethereum; the ERC-20 left the
	// holder, sits in the ICS-20 app and is minted as vouchers on the
	// alliance chain.
	n := int64(half)
	stakeAfter, err := env.User.Balance(ctx, user, "stake")
	if err != nil {
		return nil, err
	}
	escrow, err := env.User.Balance(ctx, transfertypes.GetEscrowAddress("transfer", env.Cos.ChannelID).String(), "stake")
	if err != nil {
		return nil, err
	}
	vAddr, err := env.ICS20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/"+env.Eth.ChannelID+"/stake")))
	if err != nil {
		return nil, err
	}
	var ethVouchers int64
	if vAddr != (common.Address{}) {
		v, err := bindings.NewVoucher(vAddr, env.EC.Eth())
		if err != nil {
			return nil, err
		}
		b, err := v.BalanceOf(nil, holder)
		if err != nil {
			return nil, err
		}
		ethVouchers = b.Int64()
	}
	if spent := stakeBefore.Amount.Int64() - stakeAfter.Amount.Int64(); spent != n || escrow.Amount.Int64() != n || ethVouchers != n {
		res.BalanceErrors = append(res.BalanceErrors, fmt.Sprintf("alliance -> Ethereum: sender spent %d, escrow %d, vouchers %d; want %d each", spent, escrow.Amount.Int64(), ethVouchers, n))
	}
	tokAfter, err := tok.BalanceOf(nil, holder)
	if err != nil {
		return nil, err
	}
	tokEscrow, err := tok.BalanceOf(nil, env.Dep.ICS20)
	if err != nil {
		return nil, err
	}
	denom := transfertypes.ParseDenomTrace("transfer/" + env.Cos.ChannelID + "/erc20/" + strings.ToLower(env.Token.Hex())).IBCDenom()
	cosVouchers, err := env.User.Balance(ctx, user, denom)
	if err != nil {
		return nil, err
	}
	if spent := new(big.Int).Sub(tokBefore, tokAfter).Int64(); spent != n || tokEscrow.Int64() != n || cosVouchers.Amount.Int64() != n {
		res.BalanceErrors = append(res.BalanceErrors, fmt.Sprintf("Ethereum -> alliance: sender spent %d, escrow %d, vouchers %d; want %d each", spent, tokEscrow.Int64(), cosVouchers.Amount.Int64(), n))
	}
	res.BalancesOK = len(res.BalanceErrors) == 0

	// Redundancy: alliance relay messages beyond one per packet, and
	// Ethereum relay transactions that did nothing (no new attestation, no
	// packet moved).
	ethTxCount, ethUseful, err := env.RelayTxs(ctx)
	if err != nil {
		return nil, err
	}
	res.RecvMsgs = recvMsgs + len(ethRecv)
	res.AckMsgs = ackMsgs + len(ethAck)
	res.Redundant = (recvMsgs - half) + (ackMsgs - half) + (ethTxCount - ethUseful)
	if n := ethTxCount - ethUseful; n > 0 {
		res.RedundantBy["Ethereum transactions that did nothing"] = n
	}
	if total := recvMsgs + ackMsgs + ethTxCount; total > 0 {
		res.RedundantPct = 100 * float64(res.Redundant) / float64(total)
	}
	return b.finish(ctx, sup), nil
}
