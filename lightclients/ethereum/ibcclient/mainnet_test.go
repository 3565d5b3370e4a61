package ibcclient_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"cosmossdk.io/store/gaskv"
	storetypes "cosmossdk.io/store/types"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	"github.com/ethereum/go-ethereum/common"
)

const mainnetDir = "../testdata/beacon-mainnet-capella"

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(mainnetDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func slotTime(slot uint64) time.Time {
	cfg := ethereum.Mainnet()
	return time.Unix(int64(cfg.GenesisTime+slot*cfg.SecondsPerSlot), 0)
}

// TestMainnetFixtures runs the on-chain client over real mainnet data
// (512-member committees, Capella, periods 862-867): create from the
// recorded bootstrap, five committee rotations, a finality update. It logs
// the client-store gas of each step under the SDK's default KV gas
// config, the part of an update's gas that depends on the preset (the
// allianced test measures whole transactions on the minimal preset).
func TestMainnetFixtures(t *testing.T) {
	e := newEnv(t)
	cfg := ethereum.Mainnet()
	b, err := ethereum.DecodeBootstrap(fixture(t, "bootstrap.json"))
	if err != nil {
		t.Fatal(err)
	}
	updates, err := ethereum.DecodeUpdates(fixture(t, "updates.json"))
	if err != nil {
		t.Fatal(err)
	}
	fin, err := ethereum.DecodeFinalityUpdate(fixture(t, "finality.json"))
	if err != nil {
		t.Fatal(err)
	}
	cs, cons, err := ibcclient.NewClientState(cfg, common.HexToHash("0x5afc212a7924789b2bc86acad3ab3a6ffb1f6e97253ea50bee7f4f51422c9275"), b, handler, 14*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	metered := func() (storetypes.KVStore, storetypes.GasMeter) {
		m := storetypes.NewInfiniteGasMeter()
		return gaskv.NewStore(e.store, m, storetypes.KVGasConfig()), m
	}
	msgSize := func(m interface{ Marshal() ([]byte, error) }) int {
		bz, err := m.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		return len(bz)
	}
	e.ctx = e.ctx.WithBlockTime(slotTime(b.Header.Beacon.Slot + 1))
	store, meter := metered()
	if err := cs.Initialize(e.ctx, e.cdc, store, cons); err != nil {
		t.Fatal(err)
	}
	t.Logf("create: client store gas %d, client state %d bytes in MsgCreateClient", meter.GasConsumed(), msgSize(cs))

	for i, u := range append(updates, fin) {
		h, err := ibcclient.NewHeader(u)
		if err != nil {
			t.Fatal(err)
		}
		e.ctx = e.ctx.WithBlockTime(slotTime(u.SignatureSlot))
		store, meter := metered()
		cur := clienttypes.MustUnmarshalClientState(e.cdc, e.store.Get([]byte("clientState"))).(*ibcclient.ClientState)
		if err := cur.VerifyClientMessage(e.ctx, e.cdc, store, h); err != nil {
			t.Fatalf("update %d (%s, signature slot %d): %v", i, u.Kind(), u.SignatureSlot, err)
		}
		if cur.CheckForMisbehaviour(e.ctx, e.cdc, store, h) {
			t.Fatalf("update %d: misbehaviour", i)
		}
		heights := cur.UpdateState(e.ctx, e.cdc, store, h)
		anyMsg, err := codectypes.NewAnyWithValue(h)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s %d: client store gas %d (verify, check, update), header %d bytes, consensus height %s",
			u.Kind(), i, meter.GasConsumed(), msgSize(anyMsg), heights[0])
	}
	cs = e.clientState()
	if got := cfg.SyncPeriod(cs.FinalizedHeader.Beacon.Slot); got != 867 || cs.FinalizedHeader.Beacon.Slot != fin.FinalizedHeader.Beacon.Slot {
		t.Fatalf("client at slot %d (period %d), want the finality update's %d", cs.FinalizedHeader.Beacon.Slot, got, fin.FinalizedHeader.Beacon.Slot)
	}
	got := e.consensusState(fin.FinalizedHeader.Execution.BlockNumber)
	if got == nil || !bytes.Equal(got.StateRoot, fin.FinalizedHeader.Execution.StateRoot[:]) {
		t.Fatalf("consensus state at block %d = %v, want state root %x", fin.FinalizedHeader.Execution.BlockNumber, got, fin.FinalizedHeader.Execution.StateRoot)
	}
	for p := uint64(862); p < 867; p++ {
		if committeeStored(e, p) {
			t.Errorf("committee of period %d kept after rotating past it", p)
		}
	}
	if !committeeStored(e, 867) || !committeeStored(e, 868) {
		t.Errorf("committees of periods 867 and 868 not stored")
	}
}
