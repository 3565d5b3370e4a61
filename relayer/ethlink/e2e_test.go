package ethlink_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/ethlink/ethlinktest"
	"github.com/causewaylabs/causeway/relayer/link"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// pathEnv is a linked alliance <-> Ethereum path (ethlinktest).
type pathEnv struct {
	*ethlinktest.Env
	t      *testing.T
	ec     *evm.Client
	cos    *link.End
	eth    *ethlink.Eth
	user   *cosmos.Chain
	chain  *devnet.SimdChain
	geth   *devnet.GethNode
	bcn    *devnet.Beacon
	dep    *evm.Deployment
	token  common.Address
	holder *ecdsa.PrivateKey
	ics20  *bindings.ICS20Transfer
}

func startPath(t *testing.T, ctx context.Context) *pathEnv {
	t.Helper()
	env, err := ethlinktest.Start(ctx, ethlinktest.Options{Home: t.TempDir(), Logf: t.Logf})
	must(t, err)
	t.Cleanup(env.Close)
	return &pathEnv{Env: env, t: t, ec: env.EC, cos: env.Cos, eth: env.Eth, user: env.User, chain: env.Alliance, geth: env.Geth,
		bcn: env.Beacon, dep: env.Dep, token: env.Token, holder: env.Holder, ics20: env.ICS20}
}

func (e *pathEnv) transactor(k *ecdsa.PrivateKey) *bind.TransactOpts { return e.Transactor(k) }

func (e *pathEnv) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	r, err := e.Mine(context.Background(), tx, err)
	must(e.t, err)
	return r
}

// retry runs f until it succeeds: a relay step can race the chains' clocks
// (a beacon signature slot the alliance chain's block time has not reached).
func retry[T any](t *testing.T, ctx context.Context, what string, f func() (T, error)) T {
	t.Helper()
	var last error
	for i := 0; i < 20; i++ {
		v, err := f()
		if err == nil {
			return v
		}
		last = err
		t.Logf("%s: %v (retrying)", what, err)
		select {
		case <-ctx.Done():
			t.Fatalf("%s: %v", what, last)
		case <-time.After(time.Second):
		}
	}
	t.Fatalf("%s: %v", what, last)
	var zero T
	return zero
}

// sendFromAlliance sends an ICS-20 transfer of stake from the user to an
// Ethereum address and returns the packet and its height.
func (e *pathEnv) sendFromAlliance(ctx context.Context, to common.Address, amount int64, timeout time.Duration) (channeltypes.Packet, int64) {
	e.t.Helper()
	msg := transfertypes.NewMsgTransfer("transfer", e.cos.ChannelID, sdk.NewInt64Coin("stake", amount), e.chain.User.Address, to.Hex(),
		clienttypes.ZeroHeight(), uint64(time.Now().Add(timeout).UnixNano()), "")
	res, err := e.user.SendMsgs(ctx, msg)
	must(e.t, err)
	evs, err := cosmos.ParsePacketEvents(res.Height, res.Hash, res.Events)
	must(e.t, err)
	for _, ev := range evs {
		if ev.Kind == cosmos.SendPacket {
			return ev.Packet, res.Height
		}
	}
	e.t.Fatal("MsgTransfer emitted no send_packet")
	return channeltypes.Packet{}, 0
}

// packetLogs decodes the handler's packet events of kind in a receipt.
func packetLogs(t *testing.T, r *types.Receipt, kind evm.PacketEventKind) []evm.PacketEvent {
	t.Helper()
	var out []evm.PacketEvent
	for _, l := range r.Logs {
		ev, ok, err := evm.DecodePacketEvent(*l)
		must(t, err)
		if ok && ev.Kind == kind {
			out = append(out, ev)
		}
	}
	return out
}

func (e *pathEnv) receipt(ctx context.Context, hash string) *types.Receipt {
	e.t.Helper()
	r, err := e.eth.Client.Eth().TransactionReceipt(ctx, common.HexToHash(hash))
	must(e.t, err)
	return r
}

func (e *pathEnv) cosBalance(ctx context.Context, addr, denom string) int64 {
	e.t.Helper()
	c, err := e.user.Balance(ctx, addr, denom)
	must(e.t, err)
	return c.Amount.Int64()
}

func (e *pathEnv) erc20(addr common.Address, holder common.Address) int64 {
	e.t.Helper()
	tok, err := bindings.NewTestToken(addr, e.eth.Client.Eth())
	must(e.t, err)
	b, err := tok.BalanceOf(nil, holder)
	must(e.t, err)
	return b.Int64()
}

func (e *pathEnv) cosCommitment(ctx context.Context, p channeltypes.Packet) bool {
	e.t.Helper()
	// The state at the latest height may not hold a transaction included
	// in it yet: read after the next block.
	h, err := e.user.LatestHeight(ctx)
	must(e.t, err)
	must(e.t, e.user.WaitHeight(ctx, h+1))
	pr, err := e.user.QueryProven(ctx, host.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence), h+1)
	must(e.t, err)
	return len(pr.Value) != 0
}

// TestAllianceEthereumPath runs the path the product exists for on real
// chains (allianced with the 10-ethereum client, geth --dev with the dev
// beacon): the handshake with storage proofs; stake from the alliance chain
// to Ethereum (a voucher ERC-20 is minted) and back (burned, the escrow
// released), with acks both ways; an ERC-20 from Ethereum to the alliance
// chain and its ack; a timeout in each direction (senders refunded); a
// storage proof altered in transit refused by the relayer and by the chain;
// and the on-chain client following a sync-committee rotation.
func TestAllianceEthereumPath(t *testing.T) {
	if testing.Short() {
		t.Skip("starts allianced, geth --dev and the dev beacon")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	e := startPath(t, ctx)
	cfg := e.bcn.Config()
	startPeriod := cfg.SyncPeriod(e.eth.Verifier.FinalizedSlot())
	user := e.chain.User.Address
	holder := crypto.PubkeyToAddress(e.holder.PublicKey)
	escrow := transfertypes.GetEscrowAddress("transfer", e.cos.ChannelID).String()
	stake0 := e.cosBalance(ctx, user, "stake")

	// 1. Alliance -> Ethereum: 1000 stake to the holder, then the ack back.
	start := time.Now()
	pkt, height := e.sendFromAlliance(ctx, holder, 1000, 10*time.Minute)
	b := retry(t, ctx, "recv on Ethereum", func() (*ethlink.Batch, error) {
		return ethlink.RecvOnEthereum(ctx, e.cos, e.eth, []channeltypes.Packet{pkt}, height+1)
	})
	toEth := time.Since(start)
	if len(b.Relayed) != 1 {
		t.Fatalf("recv on Ethereum relayed %v, skipped %v", b.Relayed, b.Skipped)
	}
	r := e.receipt(ctx, b.Txs[0].Hash)
	t.Logf("alliance -> Ethereum: packet %d received in %s, gas %d (attestation + recv)", pkt.Sequence, toEth.Round(time.Millisecond), r.GasUsed)
	vAddr, err := e.ics20.VoucherByDenom(nil, crypto.Keccak256Hash([]byte("transfer/"+e.eth.ChannelID+"/stake")))
	must(t, err)
	if got := e.erc20(vAddr, holder); got != 1000 {
		t.Fatalf("holder has %d vouchers, want 1000", got)
	}
	acks := packetLogs(t, r, evm.EventWriteAcknowledgement)
	if len(acks) != 1 {
		t.Fatalf("%d WriteAcknowledgement logs", len(acks))
	}
	ab := retry(t, ctx, "ack on alliance", func() (*ethlink.Batch, error) {
		return ethlink.AckOnCosmos(ctx, e.eth, e.cos, acks, r.BlockNumber.Uint64())
	})
	t.Logf("ack on the alliance chain in %s after the send (proof at Ethereum block %d)", time.Since(start).Round(time.Millisecond), ab.ProofsAt)
	if e.cosCommitment(ctx, pkt) {
		t.Fatal("the packet commitment is still on the alliance chain after the ack")
	}
	if got := e.cosBalance(ctx, escrow, "stake"); got != 1000 {
		t.Fatalf("escrow holds %d stake, want 1000", got)
	}
	// Relaying the same packet again is skipped, not paid for.
	again, err := ethlink.RecvOnEthereum(ctx, e.cos, e.eth, []channeltypes.Packet{pkt}, height+1)
	must(t, err)
	if len(again.Txs) != 0 || len(again.Skipped) != 1 {
		t.Fatalf("second recv: txs %v skipped %v", again.Txs, again.Skipped)
	}

	// More than one transaction's worth: one attestation at one alliance
	// height, and the receives in transactions of MaxEthereumBatch sent back
	// to back (full ones under the per-transaction gas cap).
	const burstN = 2*ethlink.MaxEthereumBatch + 6
	var burst []sdk.Msg
	for range burstN {
		burst = append(burst, transfertypes.NewMsgTransfer("transfer", e.cos.ChannelID, sdk.NewInt64Coin("stake", 1), e.chain.User.Address, holder.Hex(),
			clienttypes.ZeroHeight(), uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
	}
	bres, err := e.user.SendMsgs(ctx, burst...)
	must(t, err)
	bevs, err := cosmos.ParsePacketEvents(bres.Height, bres.Hash, bres.Events)
	must(t, err)
	var bpk []channeltypes.Packet
	for _, ev := range bevs {
		if ev.Kind == cosmos.SendPacket {
			bpk = append(bpk, ev.Packet)
		}
	}
	bb := retry(t, ctx, "batch recv on Ethereum", func() (*ethlink.Batch, error) {
		return ethlink.RecvOnEthereum(ctx, e.cos, e.eth, bpk, bres.Height+1)
	})
	if len(bb.Relayed) != burstN || len(bb.Txs) != 3 || len(bb.Txs[0].Relayed) != ethlink.MaxEthereumBatch || len(bb.Txs[2].Relayed) != 6 {
		t.Fatalf("batch relayed %d packets in %d transactions, want %d in 3 (32, 32, 6)", len(bb.Relayed), len(bb.Txs), burstN)
	}
	full := bb.Txs[0].GasUsed
	t.Logf("Ethereum: %d receives with one attestation in %d transactions: gas %d, %d per packet; a full one %d (%d per packet)",
		len(bb.Relayed), len(bb.Txs), bb.GasUsed(), bb.GasUsed()/uint64(len(bb.Relayed)), full, full/ethlink.MaxEthereumBatch)
	if full > evm.MaxTxGas {
		t.Fatalf("a full relay transaction used %d gas, above the %d cap", full, evm.MaxTxGas)
	}
	if got := e.erc20(vAddr, holder); got != 1000+burstN {
		t.Fatalf("holder has %d vouchers, want %d", got, 1000+burstN)
	}

	// Having seen full transactions, the next burst goes out in
	// transactions sized to tile a block (geth's 60M fits four of 32
	// receives at the 1.1 adjustment, five of fewer), and attested batches
	// hold eight of them.
	bres, err = e.user.SendMsgs(ctx, burst...)
	must(t, err)
	bevs, err = cosmos.ParsePacketEvents(bres.Height, bres.Hash, bres.Events)
	must(t, err)
	bpk = bpk[:0]
	for _, ev := range bevs {
		if ev.Kind == cosmos.SendPacket {
			bpk = append(bpk, ev.Packet)
		}
	}
	tiled := retry(t, ctx, "tiled batch recv on Ethereum", func() (*ethlink.Batch, error) {
		return ethlink.RecvOnEthereum(ctx, e.cos, e.eth, bpk, bres.Height+1)
	})
	per := len(tiled.Txs[0].Relayed)
	for i, tx := range tiled.Txs[:len(tiled.Txs)-1] {
		if len(tx.Relayed) != per {
			t.Fatalf("tiled batch: transaction %d carries %d receives, the first %d; want equal sizes but the last", i, len(tx.Relayed), per)
		}
	}
	if len(tiled.Relayed) != burstN || per >= ethlink.MaxEthereumBatch || per < ethlink.MaxEthereumBatch*3/4 {
		t.Fatalf("tiled batch relayed %d of %d in transactions of %d; want all, in transactions of fewer than %d (and not far fewer)", len(tiled.Relayed), burstN, per, ethlink.MaxEthereumBatch)
	}
	if got := e.eth.AttestedBatch(); got != 8*per {
		t.Fatalf("attested batch %d, want eight transactions of %d", got, per)
	}
	t.Logf("Ethereum: after full transactions, %d receives in transactions of %d (%d gas each), %d under one attestation", burstN, per, tiled.Txs[0].GasUsed, 8*per)

	// 2. Back: the holder sends 400 vouchers home (burned), then the
	// alliance chain releases them from escrow and acks.
	ho := e.transactor(e.holder)
	start = time.Now()
	sr := e.mine(e.ics20.SendTransfer(ho, vAddr, big.NewInt(400), user, "transfer", e.eth.ChannelID, bindings.Height{}, uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
	sends := packetLogs(t, sr, evm.EventSendPacket)
	if len(sends) != 1 {
		t.Fatalf("%d SendPacket logs", len(sends))
	}
	if got := e.erc20(vAddr, holder); got != 600+2*burstN {
		t.Fatalf("holder has %d vouchers after sending 400, want %d", got, 600+2*burstN)
	}
	rb := retry(t, ctx, "recv on alliance", func() (*ethlink.Batch, error) {
		return ethlink.RecvOnCosmos(ctx, e.eth, e.cos, []evm.Packet{sends[0].Packet}, sr.BlockNumber.Uint64())
	})
	t.Logf("Ethereum -> alliance: packet %d received in %s (proof at block %d, gas %d)", sends[0].Packet.Sequence, time.Since(start).Round(time.Millisecond), rb.ProofsAt, rb.GasUsed())
	if got := e.cosBalance(ctx, user, "stake"); got != stake0-1000-2*burstN+400 {
		t.Fatalf("user holds %d stake, want %d", got, stake0-1000-2*burstN+400)
	}
	if got := e.cosBalance(ctx, escrow, "stake"); got != 600+2*burstN {
		t.Fatalf("escrow holds %d stake, want %d", got, 600+2*burstN)
	}
	wacks, err := e.user.PacketEventsBySequence(ctx, cosmos.WriteAck, e.cos.ChannelID, []uint64{sends[0].Packet.Sequence})
	must(t, err)
	if len(wacks) != 1 {
		t.Fatalf("%d write_acknowledgement events", len(wacks))
	}
	akb := retry(t, ctx, "ack on Ethereum", func() (*ethlink.Batch, error) {
		return ethlink.AckOnEthereum(ctx, e.cos, e.eth, wacks, wacks[0].Height+1)
	})
	t.Logf("ack on Ethereum %s after the send, gas %d", time.Since(start).Round(time.Millisecond), akb.GasUsed())
	if w, err := e.eth.Client.StoredCommitment(ctx, e.eth.Handler, evm.PacketCommitmentPath("transfer", e.eth.ChannelID, sends[0].Packet.Sequence), nil); err != nil || w != (common.Hash{}) {
		t.Fatalf("packet commitment on the handler after the ack: %s (%v)", w, err)
	}

	// 3. An ERC-20 from Ethereum: escrowed on Ethereum, a voucher on the
	// alliance chain.
	tr := e.mine(e.ics20.SendTransfer(ho, e.token, big.NewInt(250), user, "transfer", e.eth.ChannelID, bindings.Height{}, uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
	tsend := packetLogs(t, tr, evm.EventSendPacket)[0]
	retry(t, ctx, "recv ERC-20 on alliance", func() (*ethlink.Batch, error) {
		return ethlink.RecvOnCosmos(ctx, e.eth, e.cos, []evm.Packet{tsend.Packet}, tr.BlockNumber.Uint64())
	})
	denom := transfertypes.ParseDenomTrace("transfer/" + e.cos.ChannelID + "/erc20/" + strings.ToLower(e.token.Hex())).IBCDenom()
	if got := e.cosBalance(ctx, user, denom); got != 250 {
		t.Fatalf("user holds %d %s, want 250", got, denom)
	}
	if got := e.erc20(e.token, e.dep.ICS20); got != 250 {
		t.Fatalf("ICS-20 escrow on Ethereum holds %d, want 250", got)
	}

	// 4. A storage proof altered in transit: the relayer refuses it, and
	// the same forged proof submitted straight to allianced is refused.
	lying := startLyingRPC(t, e.geth.HTTP)
	lpf, err := beacon.DialProofFetcher(ctx, lying)
	must(t, err)
	defer lpf.Close()
	tr2 := e.mine(e.ics20.SendTransfer(ho, e.token, big.NewInt(5), user, "transfer", e.eth.ChannelID, bindings.Height{}, uint64(time.Now().Add(10*time.Minute).UnixNano()), ""))
	forgedPkt := packetLogs(t, tr2, evm.EventSendPacket)[0].Packet
	liar := &ethlink.Eth{Client: e.eth.Client, Proofs: lpf, Verifier: e.eth.Verifier, Handler: e.eth.Handler, ClientID: e.eth.ClientID,
		ConnectionID: e.eth.ConnectionID, PortID: e.eth.PortID, ChannelID: e.eth.ChannelID}
	if _, err := ethlink.RecvOnCosmos(ctx, liar, e.cos, []evm.Packet{forgedPkt}, tr2.BlockNumber.Uint64()); err == nil {
		t.Fatal("the relayer accepted a storage proof altered by the RPC")
	} else {
		t.Logf("altered storage proof refused by the relayer: %v", err)
	}
	checkForgedProofRefused(t, ctx, e, forgedPkt, tr2.BlockNumber.Uint64())
	// The honest RPC's proof goes through.
	retry(t, ctx, "recv on alliance after the forgery", func() (*ethlink.Batch, error) {
		return ethlink.RecvOnCosmos(ctx, e.eth, e.cos, []evm.Packet{forgedPkt}, tr2.BlockNumber.Uint64())
	})

	// A beacon endpoint that alters the finality update's signature: the
	// relayer's light client refuses it and keeps its state.
	lb := startLyingBeacon(t, e.bcn.URL)
	lbc, err := beacon.NewClient(lb, nil)
	must(t, err)
	lv, err := ethlink.NewEthVerifier(ctx, lbc, e.bcn.Config(), e.bcn.Checkpoint(), nil, nil)
	must(t, err)
	before := lv.FinalizedSlot()
	if err := lv.Sync(ctx); err == nil || !(errors.Is(err, ethereum.ErrInvalidSignature) || errors.Is(err, ethereum.ErrMalformed)) {
		t.Fatalf("sync through a beacon altering the signature: err = %v, want %v", err, ethereum.ErrInvalidSignature)
	} else {
		t.Logf("altered beacon update refused by the relayer: %v", err)
	}
	if lv.FinalizedSlot() != before || lv.Rejected() == 0 {
		t.Fatalf("after the forged update: finalized slot %d (was %d), rejected %d", lv.FinalizedSlot(), before, lv.Rejected())
	}

	// 5. Timeouts. Alliance -> Ethereum, never relayed: refunded on the
	// alliance chain after a proof of absence on Ethereum.
	stakeBefore := e.cosBalance(ctx, user, "stake")
	late, _ := e.sendFromAlliance(ctx, holder, 77, 8*time.Second)
	if got := e.cosBalance(ctx, user, "stake"); got != stakeBefore-77 {
		t.Fatalf("user holds %d stake after sending 77, want %d", got, stakeBefore-77)
	}
	tb := retry(t, ctx, "timeout on alliance", func() (*ethlink.Batch, error) {
		return ethlink.TimeoutOnCosmos(ctx, e.eth, e.cos, []channeltypes.Packet{late})
	})
	if len(tb.Relayed) != 1 {
		t.Fatalf("timeout on alliance relayed %v skipped %v", tb.Relayed, tb.Skipped)
	}
	if got := e.cosBalance(ctx, user, "stake"); got != stakeBefore {
		t.Fatalf("user holds %d stake after the timeout, want %d (refund)", got, stakeBefore)
	}
	// Ethereum -> alliance, never relayed: refunded on Ethereum after a
	// proof of absence on the alliance chain, attested.
	tokBefore := e.erc20(e.token, holder)
	lr := e.mine(e.ics20.SendTransfer(ho, e.token, big.NewInt(33), user, "transfer", e.eth.ChannelID, bindings.Height{}, uint64(time.Now().Add(6*time.Second).UnixNano()), ""))
	lateEth := packetLogs(t, lr, evm.EventSendPacket)[0].Packet
	if got := e.erc20(e.token, holder); got != tokBefore-33 {
		t.Fatalf("holder has %d tokens after sending 33, want %d", got, tokBefore-33)
	}
	time.Sleep(7 * time.Second)
	teb := retry(t, ctx, "timeout on Ethereum", func() (*ethlink.Batch, error) {
		return ethlink.TimeoutOnEthereum(ctx, e.cos, e.eth, []evm.Packet{lateEth})
	})
	if len(teb.Relayed) != 1 {
		t.Fatalf("timeout on Ethereum relayed %v skipped %v", teb.Relayed, teb.Skipped)
	}
	if got := e.erc20(e.token, holder); got != tokBefore {
		t.Fatalf("holder has %d tokens after the timeout, want %d (refund)", got, tokBefore)
	}
	t.Logf("timeout on Ethereum: gas %d", teb.GasUsed())

	// 6. The 10-ethereum client on allianced followed a committee rotation.
	cs := onChainClientState(t, ctx, e)
	p, err := cs.SyncPeriod()
	must(t, err)
	if p <= startPeriod {
		t.Fatalf("the on-chain client is still in period %d (started in %d)", p, startPeriod)
	}
	t.Logf("on-chain client: period %d -> %d, at Ethereum block %d; relayer light client refused %d updates", startPeriod, p, cs.LatestHeight.RevisionHeight, e.eth.Verifier.Rejected())
	left, err := ethlink.ClientTimeLeft(ctx, e.cos, time.Now())
	must(t, err)
	if left <= 50*time.Minute || left > time.Hour {
		t.Fatalf("client %s has %s of its 1 h trusting period left, want most of it (it was just updated)", e.cos.ClientID, left)
	}
	// Fresh: refreshed only if the relayer's light client entered a later
	// committee period meanwhile, and then the client follows it.
	updated, _, err := retry(t, ctx, "refresh", func() (struct{ u bool }, error) {
		u, _, err := ethlink.RefreshClient(ctx, e.eth, e.cos)
		return struct{ u bool }{u}, err
	}).u, time.Duration(0), error(nil)
	must(t, err)
	if cfg := e.bcn.Config(); updated && cfg.SyncPeriod(onChainClientState(t, ctx, e).FinalizedSlot()) != cfg.SyncPeriod(e.eth.Verifier.FinalizedSlot()) {
		t.Fatal("a refresh left the client in an older committee period than the relayer's")
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("deadline")
	}
}

// alteringProxy is an HTTP proxy in front of upstream that passes every
// answer (asked uncompressed) through alter.
func alteringProxy(t *testing.T, upstream string, alter func(path string, body []byte) ([]byte, error)) string {
	t.Helper()
	u, err := url.Parse(upstream)
	must(t, err)
	rp := httputil.NewSingleHostReverseProxy(u)
	direct := rp.Director
	rp.Director = func(r *http.Request) {
		direct(r)
		r.Header.Del("Accept-Encoding")
	}
	rp.ModifyResponse = func(res *http.Response) error {
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			return err
		}
		if body, err = alter(res.Request.URL.Path, body); err != nil {
			return err
		}
		res.Body = io.NopCloser(bytes.NewReader(body))
		res.ContentLength = int64(len(body))
		res.Header.Set("Content-Length", strconv.Itoa(len(body)))
		return nil
	}
	srv := httptest.NewServer(rp)
	t.Cleanup(srv.Close)
	return srv.URL
}

// startLyingRPC is a JSON-RPC proxy in front of geth that flips one hex
// digit of the last node of the first storage proof in every eth_getProof
// answer.
func startLyingRPC(t *testing.T, upstream string) string {
	return alteringProxy(t, upstream, func(_ string, body []byte) ([]byte, error) {
		var msg map[string]json.RawMessage
		if err := json.Unmarshal(body, &msg); err != nil {
			return nil, fmt.Errorf("lying proxy: answer is not JSON: %w", err)
		}
		if !bytes.Contains(msg["result"], []byte(`"storageProof"`)) {
			return body, nil
		}
		var r map[string]any
		if err := json.Unmarshal(msg["result"], &r); err != nil {
			return nil, err
		}
		sps, _ := r["storageProof"].([]any)
		if len(sps) == 0 {
			return body, nil
		}
		nodes := sps[0].(map[string]any)["proof"].([]any)
		last := nodes[len(nodes)-1].(string)
		i := len(last) - 3
		c := byte('0')
		if last[i] == '0' {
			c = '1'
		}
		nodes[len(nodes)-1] = last[:i] + string(c) + last[i+1:]
		msg["result"], _ = json.Marshal(r)
		return json.Marshal(msg)
	})
}

// checkForgedProofRefused submits a MsgRecvPacket whose storage proof has a
// flipped node straight to allianced, after honest client updates: the
// chain's 10-ethereum client must refuse it.
func checkForgedProofRefused(t *testing.T, ctx context.Context, e *pathEnv, p evm.Packet, minBlock uint64) {
	t.Helper()
	var exec ethereum.ExecutionHeader
	msgs := retry(t, ctx, "client update for the forged proof", func() ([]sdk.Msg, error) {
		m, x, err := ethlink.UpdateClient(ctx, e.eth, e.cos, minBlock)
		exec = x
		return m, err
	})
	path := evm.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence)
	ap, err := e.eth.Proofs.Fetch(ctx, exec, e.eth.Handler, []common.Hash{evm.StorageKey(path)})
	must(t, err)
	proofs, err := ibcclient.NewStorageProofs(ap)
	must(t, err)
	var sp ibcclient.StorageProof
	must(t, sp.Unmarshal(proofs[0]))
	sp.StorageProof[len(sp.StorageProof)-1][5] ^= 1
	forged, err := sp.Marshal()
	must(t, err)
	all := append(msgs, channeltypes.NewMsgRecvPacket(ethlink.ToIBCPacket(p), forged, clienttypes.NewHeight(0, exec.BlockNumber), e.cos.Chain.Address()))
	if _, err := e.cos.Chain.SubmitMsgs(ctx, all...); err == nil {
		t.Fatal("allianced accepted a MsgRecvPacket with a forged storage proof")
	} else {
		t.Logf("forged storage proof refused by allianced: %v", err)
	}
}

func onChainClientState(t *testing.T, ctx context.Context, e *pathEnv) *ibcclient.ClientState {
	t.Helper()
	h, err := e.user.LatestHeight(ctx)
	must(t, err)
	cs, _, err := e.user.ClientState(ctx, e.cos.ClientID, h)
	must(t, err)
	ecs, ok := cs.(*ibcclient.ClientState)
	if !ok {
		t.Fatalf("client %s is %T", e.cos.ClientID, cs)
	}
	return ecs
}

// startLyingBeacon is a proxy in front of the dev beacon that flips a hex
// digit of the sync committee signature in every finality update and
// period update it serves.
func startLyingBeacon(t *testing.T, upstream string) string {
	return alteringProxy(t, upstream, func(path string, body []byte) ([]byte, error) {
		if !strings.Contains(path, "finality_update") && !strings.Contains(path, "light_client/updates") {
			return body, nil
		}
		const key = `"sync_committee_signature":"0x`
		for i := 0; ; {
			j := bytes.Index(body[i:], []byte(key))
			if j < 0 {
				return body, nil
			}
			k := i + j + len(key) + 10 // a hex digit inside the signature
			if body[k] == '0' {
				body[k] = '1'
			} else {
				body[k] = '0'
			}
			i = k
		}
	})
}
