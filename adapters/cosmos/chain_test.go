package cosmos

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"

	lctm "github.com/causewaylabs/causeway/lightclients/tendermint"
	"github.com/causewaylabs/causeway/scripts/devnet"
)

// One chain is shared by the tests of this package (each test uses it
// read-only or with its own transactions).
var (
	sharedOnce  sync.Once
	sharedChain *devnet.SimdChain
	sharedErr   error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedChain != nil {
		sharedChain.Close()
	}
	os.Exit(code)
}

func simd(t *testing.T) *devnet.SimdChain {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a simd chain")
	}
	sharedOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		sharedChain, sharedErr = devnet.StartSimd(ctx, devnet.SimdOptions{ChainID: "adapter-1", BlockMaxGas: sharedBlockMaxGas})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedChain
}

// sharedBlockMaxGas is the shared chain's block gas limit: far above any
// test's transaction, but below the adapter's default max_gas.
const sharedBlockMaxGas = 200_000_000

const testPass = "correct horse battery"

// signer restores the devnet relayer's mnemonic into a fresh encrypted file
// keyring and returns an adapter signing with it.
func signer(t *testing.T, s *devnet.SimdChain, rpc string) *Chain {
	t.Helper()
	cdc, err := NewCodec("cosmos")
	if err != nil {
		t.Fatal(err)
	}
	kr, err := OpenKeyring(t.TempDir(), testPass, cdc)
	if err != nil {
		t.Fatal(err)
	}
	info, err := RestoreKey(kr, cdc, "relayer", s.Relayer.Mnemonic)
	if err != nil {
		t.Fatal(err)
	}
	if info.Address != s.Relayer.Address {
		t.Fatalf("restored address %s, devnet says %s", info.Address, s.Relayer.Address)
	}
	c, err := New(Config{ChainID: s.ChainID, RPC: rpc, Keyring: kr, Key: "relayer", PollInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestKeys(t *testing.T) {
	cdc, err := NewCodec("cosmos")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	kr, err := OpenKeyring(dir, testPass, cdc)
	if err != nil {
		t.Fatal(err)
	}
	added, mnemonic, err := AddKey(kr, cdc, "a")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenKeyring(dir, "short", cdc); err == nil {
		t.Fatal("short passphrase accepted")
	}
	if _, err := OpenKeyring(dir, "not the passphrase", cdc); err == nil {
		t.Fatal("wrong passphrase accepted")
	}
	// Reopen: the key is there, encrypted on disk.
	kr2, err := OpenKeyring(dir, testPass, cdc)
	if err != nil {
		t.Fatal(err)
	}
	shown, err := ShowKey(kr2, cdc, "a")
	if err != nil || shown.Address != added.Address {
		t.Fatalf("show after reopen: %+v %v", shown, err)
	}
	// Restoring the mnemonic elsewhere yields the same address.
	kr3, err := OpenKeyring(t.TempDir(), testPass, cdc)
	if err != nil {
		t.Fatal(err)
	}
	restored, err := RestoreKey(kr3, cdc, "b", mnemonic)
	if err != nil || restored.Address != added.Address {
		t.Fatalf("restore: %+v %v", restored, err)
	}
	list, err := ListKeys(kr2, cdc)
	if err != nil || len(list) != 1 || list[0].Name != "a" {
		t.Fatalf("list: %+v %v", list, err)
	}
	files, err := os.ReadDir(dir + "/keyring-file")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, _ := os.ReadFile(dir + "/keyring-file/" + f.Name())
		if strings.Contains(string(b), mnemonic[:30]) {
			t.Fatalf("%s holds the mnemonic in clear", f.Name())
		}
	}
}

func TestSendBatchAndSequenceRecovery(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := signer(t, s, s.RPC())
	before, err := c.Balance(ctx, s.User.Address, "token")
	if err != nil {
		t.Fatal(err)
	}
	send := func(amount int64) sdk.Msg {
		return banktypes.NewMsgSend(sdk.MustAccAddressFromBech32(c.Address()), sdk.MustAccAddressFromBech32(s.User.Address),
			sdk.NewCoins(sdk.NewInt64Coin("token", amount)))
	}
	// Three messages in one transaction.
	res, err := c.SendMsgs(ctx, send(1), send(2), send(3))
	if err != nil {
		t.Fatal(err)
	}
	if res.GasUsed <= 0 || res.GasWanted < res.GasUsed {
		t.Fatalf("gas used %d wanted %d", res.GasUsed, res.GasWanted)
	}
	// Break the tracked sequence: the adapter must notice and recover.
	c.txMu.Lock()
	c.seq += 7
	c.txMu.Unlock()
	if _, err := c.SendMsgs(ctx, send(10)); err != nil {
		t.Fatalf("after a sequence mismatch: %v", err)
	}
	after, err := c.Balance(ctx, s.User.Address, "token")
	if err != nil {
		t.Fatal(err)
	}
	if got := after.Amount.Int64() - before.Amount.Int64(); got != 16 {
		t.Fatalf("user received %d token, want 16", got)
	}
	// A message the chain refuses is reported as such.
	_, err = c.SendMsgs(ctx, send(1<<62))
	var te *TxError
	if !errors.As(err, &te) {
		t.Fatalf("overspend: got %v, want *TxError", err)
	}
}

func TestFeesFromGasPrices(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := signer(t, s, s.RPC())
	c.cfg.GasPrices = "0.5stake"
	before, err := c.Balance(ctx, c.Address(), "stake")
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.SendMsgs(ctx, banktypes.NewMsgSend(sdk.MustAccAddressFromBech32(c.Address()),
		sdk.MustAccAddressFromBech32(s.User.Address), sdk.NewCoins(sdk.NewInt64Coin("token", 1))))
	if err != nil {
		t.Fatal(err)
	}
	after, err := c.Balance(ctx, c.Address(), "stake")
	if err != nil {
		t.Fatal(err)
	}
	paid := before.Amount.Int64() - after.Amount.Int64()
	if want := (res.GasWanted + 1) / 2; paid != want {
		t.Fatalf("paid %d stake in fees, want ceil(%d * 0.5) = %d", paid, res.GasWanted, want)
	}
}

func TestLightBlocksVerifyAndProofs(t *testing.T) {
	s := simd(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := New(Config{ChainID: s.ChainID, RPC: s.RPC()})
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	root, err := c.LightBlock(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	st, err := lctm.NewTrustedState(s.ChainID, root)
	if err != nil {
		t.Fatal(err)
	}
	p := lctm.Params{ChainID: s.ChainID, TrustingPeriod: time.Hour, MaxClockDrift: 10 * time.Second}
	if err := c.WaitHeight(ctx, h+4); err != nil {
		t.Fatal(err)
	}
	next, err := c.LightBlock(ctx, h+1)
	if err != nil {
		t.Fatal(err)
	}
	if st, err = st.Update(p, next, time.Now()); err != nil {
		t.Fatalf("adjacent: %v", err)
	}
	skip, err := c.LightBlock(ctx, h+4)
	if err != nil {
		t.Fatal(err)
	}
	if st, err = st.Update(p, skip, time.Now()); err != nil {
		t.Fatalf("skipping: %v", err)
	}
	// Membership: ibc-go keeps its next client sequence in the IBC store.
	pr, err := c.QueryProven(ctx, "nextClientSequence", st.Height())
	if err != nil {
		t.Fatal(err)
	}
	if err := lctm.VerifyMembership(st.AppHash(), pr.Path, pr.Value, pr.Proof); err != nil {
		t.Fatalf("membership proof from simd: %v", err)
	}
	// Non-membership: no packet was ever sent.
	pr, err = c.PacketCommitment(ctx, "transfer", "channel-0", 1, st.Height())
	if err != nil {
		t.Fatal(err)
	}
	if len(pr.Value) != 0 {
		t.Fatalf("commitment present: %x", pr.Value)
	}
	if err := lctm.VerifyNonMembership(st.AppHash(), host.PacketCommitmentPath("transfer", "channel-0", 1), pr.Proof); err != nil {
		t.Fatalf("non-membership proof from simd: %v", err)
	}
	pr.Proof[len(pr.Proof)/2] ^= 1
	if err := lctm.VerifyNonMembership(st.AppHash(), pr.Path, pr.Proof); err == nil {
		t.Fatal("mutated simd proof accepted")
	}
	d, err := c.UnbondingPeriod(ctx)
	if err != nil || d != 30*time.Minute {
		t.Fatalf("unbonding period %s %v", d, err)
	}
}

// Follow delivers every block in order even when the connection to the node
// (websocket included) is cut repeatedly.
func TestFollowSurvivesCuts(t *testing.T) {
	s := simd(t)
	u, err := url.Parse(s.RPC())
	if err != nil {
		t.Fatal(err)
	}
	px, err := devnet.NewCutProxy(u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(px.Close)
	c, err := New(Config{ChainID: s.ChainID, RPC: "http://" + px.Addr(), PollInterval: 300 * time.Millisecond, RequestTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start, err := c.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const blocks = 20
	var got []int64
	var stats FollowStats
	done := make(chan error, 1)
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		done <- c.Follow(fctx, start, func(be *BlockEvents) error {
			got = append(got, be.Height)
			if len(got) == blocks {
				return errStop
			}
			return nil
		}, &stats)
	}()
	cuts := 0
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
loop:
	for {
		select {
		case err := <-done:
			if !errors.Is(err, errStop) {
				t.Fatalf("follow: %v", err)
			}
			break loop
		case <-tick.C:
			cuts += px.Cut()
		case <-ctx.Done():
			t.Fatal("follow did not deliver the blocks in time")
		}
	}
	for i, h := range got {
		if h != start+int64(i) {
			t.Fatalf("block %d is height %d, want %d (gap or reorder): %v", i, h, start+int64(i), got)
		}
	}
	if cuts == 0 {
		t.Fatal("no connection was cut; the test proves nothing")
	}
	// After the cuts the websocket must announce blocks again: either Follow
	// resubscribed or the RPC client's own reconnect restored the
	// subscription (which one depends on when the cut lands).
	if stats.Subscribed < 2 && stats.WSWakeups < 5 {
		t.Fatalf("the websocket never came back after %d cuts: %+v", cuts, stats)
	}
	t.Logf("%d blocks, %d connections cut, stats %+v", len(got), cuts, stats)
}

var errStop = errors.New("enough blocks")

func TestParsePacketEvents(t *testing.T) {
	attrs := func(kv ...string) []abci.EventAttribute {
		var out []abci.EventAttribute
		for i := 0; i < len(kv); i += 2 {
			out = append(out, abci.EventAttribute{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	evs, err := ParsePacketEvents(12, "AB", []abci.Event{
		{Type: "message", Attributes: attrs("action", "x")},
		{Type: "send_packet", Attributes: attrs("packet_data_hex", "7b7d", "packet_timeout_height", "1-500",
			"packet_timeout_timestamp", "1700000000000000000", "packet_sequence", "7", "packet_src_port", "transfer",
			"packet_src_channel", "channel-0", "packet_dst_port", "transfer", "packet_dst_channel", "channel-3",
			"packet_channel_ordering", "ORDER_UNORDERED", "connection_id", "connection-0")},
		{Type: "write_acknowledgement", Attributes: attrs("packet_sequence", "7", "packet_src_port", "transfer",
			"packet_src_channel", "channel-0", "packet_dst_port", "transfer", "packet_dst_channel", "channel-3",
			"packet_ack_hex", "7b22726573756c74223a2241513d3d227d")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	sp := evs[0]
	if sp.Kind != SendPacket || sp.Packet.Sequence != 7 || string(sp.Packet.Data) != "{}" ||
		sp.Packet.TimeoutHeight.RevisionNumber != 1 || sp.Packet.TimeoutHeight.RevisionHeight != 500 ||
		sp.Packet.TimeoutTimestamp != 1700000000000000000 || sp.Packet.DestinationChannel != "channel-3" ||
		sp.ConnectionID != "connection-0" || sp.Height != 12 || sp.TxHash != "AB" {
		t.Fatalf("send_packet parsed as %+v", sp)
	}
	if evs[1].Kind != WriteAck || string(evs[1].Ack) != `{"result":"AQ=="}` {
		t.Fatalf("write_acknowledgement parsed as %+v", evs[1])
	}
	if _, err := ParsePacketEvents(1, "", []abci.Event{{Type: "send_packet", Attributes: attrs("packet_sequence", "x")}}); err == nil {
		t.Fatal("bad sequence accepted")
	}
}

// fileKey is a file keyring in a temporary directory holding a new key
// named "relayer".
func fileKey(t testing.TB) (*Codec, keyring.Keyring, KeyInfo) {
	t.Helper()
	cdc, err := NewCodec("cosmos")
	if err != nil {
		t.Fatal(err)
	}
	kr, err := OpenKeyring(t.TempDir(), testPass, cdc)
	if err != nil {
		t.Fatal(err)
	}
	info, _, err := AddKey(kr, cdc, "relayer")
	if err != nil {
		t.Fatal(err)
	}
	return cdc, kr, info
}

// The adapter signs with a copy of the key decrypted once; it must sign
// exactly as the file keyring does, and leave keys it cannot copy there.
func TestUnlockedSignsAsTheFileKeyring(t *testing.T) {
	cdc, kr, info := fileKey(t)
	u, copied := unlocked(kr, cdc, "relayer")
	if !copied {
		t.Fatal("the local secp256k1 key was not copied out of the file keyring")
	}
	got, err := ShowKey(u, cdc, "relayer")
	if err != nil || got.Address != info.Address {
		t.Fatalf("unlocked key: %+v, %v; want address %s", got, err, info.Address)
	}
	msg := []byte("sign bytes of a relay transaction")
	want, pub, err := kr.Sign("relayer", msg, signing.SignMode_SIGN_MODE_DIRECT)
	if err != nil {
		t.Fatal(err)
	}
	sig, _, err := u.Sign("relayer", msg, signing.SignMode_SIGN_MODE_DIRECT)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sig, want) || !pub.VerifySignature(msg, sig) {
		t.Fatalf("unlocked signature %X, file keyring %X", sig, want)
	}
	if _, copied := unlocked(kr, cdc, "missing"); copied {
		t.Fatal("a missing key should leave the file keyring in place")
	}
}

// BenchmarkSignerKey compares a signature through the file keyring (key
// derivation on every lookup) with one through the unlocked copy.
func BenchmarkSignerKey(b *testing.B) {
	cdc, kr, _ := fileKey(b)
	u, _ := unlocked(kr, cdc, "relayer")
	msg := []byte("sign bytes of a relay transaction")
	for name, k := range map[string]interface {
		Sign(string, []byte, signing.SignMode) ([]byte, cryptotypes.PubKey, error)
	}{"file": kr, "unlocked": u} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := k.Sign("relayer", msg, signing.SignMode_SIGN_MODE_DIRECT); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
