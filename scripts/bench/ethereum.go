package main

import (
	"context"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/ethlink/ethlinktest"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// runEthereum measures the alliance <-> Ethereum path: an alliance chain
// (allianced, o.block blocks), geth --dev (1 s blocks) with the dev beacon,
// Causeway's contracts deployed and linked; o.n transfers of stake from the
// alliance chain to an Ethereum account, received on Ethereum (voucher
// minted) and acknowledged back on the alliance chain. With -procs 2 the
// two processes are the two operators of a 2-of-2 attestation committee.
func runEthereum(ctx context.Context, o options) (*Result, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	home, bin, cleanup, err := workspace(ctx, o)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	res := newResult(o)
	res.DstBlockTime = "1s"
	res.BatchCap = min(o.maxMsgs, ethlink.MaxEthereumBatch)
	step("building allianced and geth (cached) ...")
	for _, b := range []devnet.Binary{devnet.Allianced, devnet.Geth} {
		if _, err := devnet.Build(ctx, b); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
	}
	step("starting allianced (%s blocks), geth --dev (1 s blocks) and the dev beacon; deploying and linking...", o.block)
	keyHome := filepath.Join(home, "relayer-1")
	env, err := ethlinktest.Start(ctx, ethlinktest.Options{
		Home: keyHome, Operators: o.procs, Threshold: o.procs, ExtraRelayers: o.procs - 1, AllianceBlock: o.block,
		Logf: func(f string, args ...any) { step("  "+f, args...) },
	})
	if err != nil {
		return nil, err
	}
	defer env.Close()
	step("  linked %s %s/%s <-> Ethereum %s/%s", env.Alliance.ChainID, env.Cos.PortID, env.Cos.ChannelID, env.Eth.PortID, env.Eth.ChannelID)

	fl, err := startFleet(ctx, o, home, bin, func(phome, nats, metrics string) (string, error) {
		if phome != keyHome {
			if out, err := exec.Command("cp", "-r", filepath.Join(keyHome, "keys"), phome).CombinedOutput(); err != nil {
				return "", fmt.Errorf("copy keys: %v %s", err, out)
			}
		}
		f, _, err := env.WriteConfig(phome, ethlinktest.ConfigOptions{NATS: nats, Listen: metrics, LogLevel: o.logLevel, MaxMsgs: o.maxMsgs, Signers: o.procs, EthGasAdjustment: o.ethAdj})
		return f, err
	})
	if err != nil {
		return nil, err
	}
	defer fl.stop()

	eth := env.EC.Eth()
	ethStart, err := eth.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("geth block number: %w", err)
	}
	holder := crypto.PubkeyToAddress(env.Holder.PublicKey)
	step("sending %d transfers of stake %s -> Ethereum, %d per transaction...", o.n, env.Alliance.ChainID, o.perTx)
	sends, err := send(ctx, env.User, env.Alliance.ChainID, env.Alliance.User.Address, env.Cos.ChannelID, holder.Hex(), "stake", o.n, o.perTx, o.interval)
	if err != nil {
		return nil, err
	}
	denom := crypto.Keccak256Hash([]byte("transfer/" + env.Eth.ChannelID + "/stake"))
	var voucher *bindings.Voucher
	mem, err := waitDone(ctx, o.n, fl.procs, func(ctx context.Context) (int, int, error) {
		if voucher == nil {
			addr, err := env.ICS20.VoucherByDenom(&bind.CallOpts{Context: ctx}, denom)
			if err != nil {
				return 0, 0, fmt.Errorf("voucher address on Ethereum: %w", err)
			}
			if addr != (common.Address{}) {
				if voucher, err = bindings.NewVoucher(addr, eth); err != nil {
					return 0, 0, err
				}
			}
		}
		recv := 0
		if voucher != nil {
			bal, err := voucher.BalanceOf(&bind.CallOpts{Context: ctx}, holder)
			if err != nil {
				return 0, 0, fmt.Errorf("voucher balance on Ethereum: %w", err)
			}
			recv = int(bal.Int64())
		}
		pending, err := env.User.PacketCommitments(ctx, env.Cos.PortID, env.Cos.ChannelID)
		if err != nil {
			return 0, 0, fmt.Errorf("packet commitments on %s: %w", env.Alliance.ChainID, err)
		}
		return recv, o.n - len(pending), nil
	})
	fl.finish(ctx, res, mem)
	if err != nil {
		return res, err
	}
	step("all %d packets received and acknowledged; reading the chains...", o.n)
	if err := analyseEthereum(ctx, res, env, sends, ethStart); err != nil {
		return res, err
	}
	if o.profile != "" {
		if res.ProfileTop, res.ProfileFlat, err = topOwn(o.profile, 15); err != nil {
			return res, err
		}
	}
	return res, nil
}

// analyseEthereum reads the handler's RecvPacket logs and the blocks that
// hold them on geth, and the acknowledgements on the alliance chain.
func analyseEthereum(ctx context.Context, res *Result, env *ethlinktest.Env, sends []sendTx, ethStart uint64) error {
	eth := env.EC.Eth()
	src, err := newReader(env.Alliance.ChainID, env.Alliance.RPC())
	if err != nil {
		return err
	}
	sentAt, err := sendIndex(res, sends)
	if err != nil {
		return err
	}
	ethEnd, err := eth.BlockNumber(ctx)
	if err != nil {
		return err
	}
	h, err := bindings.NewIBCHandlerFilterer(env.Dep.Handler, eth)
	if err != nil {
		return err
	}
	it, err := h.FilterRecvPacket(&bind.FilterOpts{Start: ethStart, End: &ethEnd, Context: ctx}, nil)
	if err != nil {
		return fmt.Errorf("RecvPacket logs: %w", err)
	}
	recvAt := map[uint64]uint64{}
	perTx := map[common.Hash]int{}
	var minRecv, maxRecv uint64
	for it.Next() {
		ev := it.Event
		if ev.Packet.DestinationChannel != env.Eth.ChannelID {
			continue
		}
		if _, ok := sentAt[ev.Sequence]; !ok {
			continue
		}
		res.RecvEvents++
		if b, ok := recvAt[ev.Sequence]; !ok || ev.Raw.BlockNumber < b {
			recvAt[ev.Sequence] = ev.Raw.BlockNumber
		}
		perTx[ev.Raw.TxHash]++
		maxRecv = max(maxRecv, ev.Raw.BlockNumber)
		if minRecv == 0 || ev.Raw.BlockNumber < minRecv {
			minRecv = ev.Raw.BlockNumber
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("RecvPacket logs: %w", err)
	}
	it.Close()
	if len(recvAt) != res.N {
		return fmt.Errorf("Ethereum shows RecvPacket for %d of %d packets", len(recvAt), res.N)
	}
	srcEnd, err := env.User.LatestHeight(ctx)
	if err != nil {
		return err
	}
	maxAck, err := src.acks(ctx, res, sentAt, srcEnd, env.Cos.ChannelID)
	if err != nil {
		return err
	}

	// Ethereum blocks from before the first send to the last receipt: their
	// times (whole seconds) and gas.
	var headers []*types.Header // index n - ethStart
	for n := ethStart; n <= maxRecv; n++ {
		hd, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("geth header %d: %w", n, err)
		}
		headers = append(headers, hd)
	}
	ethTime := func(n uint64) time.Time { return time.Unix(int64(headers[n-ethStart].Time), 0) }
	ethBlockAt := func(t time.Time) uint64 { // last block at or before t
		i := sort.Search(len(headers), func(i int) bool { return time.Unix(int64(headers[i].Time), 0).After(t) })
		return ethStart + uint64(max(i-1, 0))
	}
	err = timing(ctx, res, src, sentAt, maxAck, ethTime(maxRecv), func(q uint64, sent time.Time) (time.Time, int64) {
		r := recvAt[q]
		return ethTime(r), int64(r - ethBlockAt(sent))
	})
	if err != nil {
		return err
	}

	// Relay transactions on Ethereum: one multicall each (the attestation's
	// updateClient, then the packets). Messages per tx counts both.
	relayGas, relayTxs := map[uint64]uint64{}, map[uint64]int{}
	var packets int
	for tx, k := range perTx {
		r, err := eth.TransactionReceipt(ctx, tx)
		if err != nil {
			return fmt.Errorf("receipt of %s: %w", tx, err)
		}
		relayGas[r.BlockNumber.Uint64()] += r.GasUsed
		relayTxs[r.BlockNumber.Uint64()]++
		packets += k
	}
	res.RecvTxs = len(perTx)
	if res.RecvTxs > 0 {
		res.MsgsPerRecvTx = float64(packets+res.RecvTxs) / float64(res.RecvTxs)
	}
	g := &res.Gas
	g.FromHeight, g.ToHeight = int64(minRecv), int64(maxRecv)
	for n := minRecv; n <= maxRecv; n++ {
		hd := headers[n-ethStart]
		g.block(int64(hd.GasUsed), int64(relayGas[n]), relayTxs[n])
		g.BlockMaxGas = int64(hd.GasLimit)
	}
	g.shares()
	g.GasPerRecvMsg = float64(g.RelayGas) / float64(res.N)
	return nil
}
