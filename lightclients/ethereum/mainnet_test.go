package ethereum

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
)

// Real Ethereum mainnet light-client data (Capella, periods 862-867); see
// testdata/README.md.
const (
	mainnetDir        = "testdata/beacon-mainnet-capella"
	mainnetCheckpoint = "0x5afc212a7924789b2bc86acad3ab3a6ffb1f6e97253ea50bee7f4f51422c9275"
)

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return b
}

func mainnetBootstrap(t testing.TB) *LightClientBootstrap {
	t.Helper()
	b, err := DecodeBootstrap(readFile(t, filepath.Join(mainnetDir, "bootstrap.json")))
	if err != nil {
		t.Fatalf("decode bootstrap: %v", err)
	}
	return b
}

func mainnetUpdates(t testing.TB) []*Update {
	t.Helper()
	us, err := DecodeUpdates(readFile(t, filepath.Join(mainnetDir, "updates.json")))
	if err != nil {
		t.Fatalf("decode updates: %v", err)
	}
	return us
}

// rawUpdates returns each update of updates.json as its own JSON object, so
// tests can decode fresh copies to mutate.
func rawUpdates(t testing.TB) []json.RawMessage {
	t.Helper()
	var raws []json.RawMessage
	if err := json.Unmarshal(readFile(t, filepath.Join(mainnetDir, "updates.json")), &raws); err != nil {
		t.Fatal(err)
	}
	return raws
}

// slotTime is the start time of a mainnet slot.
func slotTime(slot uint64) time.Time {
	cfg := Mainnet()
	return time.Unix(int64(cfg.GenesisTime+slot*cfg.SecondsPerSlot), 0)
}

// late is a clock after every fixture slot.
var late = slotTime(7_200_000)

func mainnetStore(t testing.TB) *Store {
	t.Helper()
	s, err := Bootstrap(Mainnet(), common.HexToHash(mainnetCheckpoint), mainnetBootstrap(t))
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	return s
}

// storeBefore returns a store bootstrapped and advanced by the first n
// updates of updates.json.
func storeBefore(t testing.TB, n int) *Store {
	t.Helper()
	s := mainnetStore(t)
	for i, u := range mainnetUpdates(t)[:n] {
		if _, err := s.ApplyUpdate(u, late); err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
	}
	return s
}

func TestMainnetEndToEnd(t *testing.T) {
	s := mainnetStore(t)
	if s.Period() != 862 || s.Finalized().Beacon.Slot != 7069376 {
		t.Fatalf("bootstrap: period %d slot %d", s.Period(), s.Finalized().Beacon.Slot)
	}
	if s.FinalizedExecution().StateRoot != common.HexToHash("0x7577fc9f52c5670c80059bcba187ad3fa6d160dab1a0dd1b98a4515861fa8076") {
		t.Fatalf("bootstrap execution state root %s", s.FinalizedExecution().StateRoot)
	}
	if _, ok := s.NextCommitteeRoot(); ok {
		t.Fatal("bootstrap must not know the next committee")
	}
	for i, u := range mainnetUpdates(t) {
		before := s.CurrentCommitteeRoot()
		out, err := s.ApplyUpdate(u, slotTime(u.SignatureSlot))
		if err != nil {
			t.Fatalf("update %d (period %d): %v", i, 862+i, err)
		}
		if i == 0 {
			// Its finalized header is older than the checkpoint: it only
			// teaches the committee of period 863.
			if out != (Outcome{NextCommitteeLearned: true}) {
				t.Fatalf("update 0 outcome %+v", out)
			}
			continue
		}
		if !out.CommitteeRotated || !out.FinalizedAdvanced || !out.NextCommitteeLearned {
			t.Fatalf("update %d outcome %+v", i, out)
		}
		if s.Period() != uint64(862+i) || s.CurrentCommitteeRoot() == before {
			t.Fatalf("update %d: period %d, committee rotated %v", i, s.Period(), s.CurrentCommitteeRoot() != before)
		}
		if s.Finalized().Beacon != *(&u.FinalizedHeader.Beacon) {
			t.Fatalf("update %d: finalized header not stored", i)
		}
	}

	fin, err := DecodeFinalityUpdate(readFile(t, filepath.Join(mainnetDir, "finality.json")))
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.ApplyUpdate(fin, slotTime(fin.SignatureSlot))
	if err != nil {
		t.Fatalf("finality update: %v", err)
	}
	if !out.FinalizedAdvanced || out.CommitteeRotated || s.Finalized().Beacon.Slot != 7109344 {
		t.Fatalf("finality outcome %+v, finalized slot %d", out, s.Finalized().Beacon.Slot)
	}
	if s.FinalizedExecution().StateRoot != common.Hash(fin.FinalizedHeader.Execution.StateRoot) ||
		s.FinalizedExecution().BlockNumber != fin.FinalizedHeader.Execution.BlockNumber {
		t.Fatalf("finalized execution %+v", s.FinalizedExecution())
	}
	if _, err := s.ApplyUpdate(fin, late); !errors.Is(err, ErrNotAdvancing) {
		t.Fatalf("same finality update again: got %v, want ErrNotAdvancing", err)
	}

	opt, err := DecodeOptimisticUpdate(readFile(t, filepath.Join(mainnetDir, "optimistic.json")))
	if err != nil {
		t.Fatal(err)
	}
	out, err = s.ApplyUpdate(opt, slotTime(opt.SignatureSlot))
	if err != nil {
		t.Fatalf("optimistic update: %v", err)
	}
	if out != (Outcome{OptimisticAdvanced: true}) || s.Optimistic().Beacon.Slot != 7109431 || s.Finalized().Beacon.Slot != 7109344 {
		t.Fatalf("optimistic outcome %+v, optimistic slot %d", out, s.Optimistic().Beacon.Slot)
	}
	if s.OptimisticExecution().BlockNumber != 17923113 {
		t.Fatalf("optimistic block number %d", s.OptimisticExecution().BlockNumber)
	}

	// The trusted state survives a round trip through its serialized form.
	data, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	r, err := RestoreStore(Mainnet(), data)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if r.Finalized().Beacon != s.Finalized().Beacon || r.Optimistic().Beacon != s.Optimistic().Beacon ||
		r.CurrentCommitteeRoot() != s.CurrentCommitteeRoot() || r.FinalizedExecution() != s.FinalizedExecution() {
		t.Fatal("restored store differs")
	}
	n1, _ := s.NextCommitteeRoot()
	n2, ok := r.NextCommitteeRoot()
	if !ok || n1 != n2 {
		t.Fatal("restored next committee differs")
	}
	if _, err := RestoreStore(Sepolia(), data); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("restore into another network: got %v", err)
	}
}

func TestCommitteeRootMatchesGeth(t *testing.T) {
	b := mainnetBootstrap(t)
	var ser types.SerializedSyncCommittee
	for i, k := range b.CurrentSyncCommittee.Pubkeys {
		copy(ser[i*48:], k[:])
	}
	copy(ser[512*48:], b.CurrentSyncCommittee.AggregatePubkey[:])
	if got, want := b.CurrentSyncCommittee.Root(), ser.Root(); got != want {
		t.Fatalf("committee root %s, go-ethereum computes %s", got, want)
	}
}

func TestBootstrapRejectsMutations(t *testing.T) {
	raw := readFile(t, filepath.Join(mainnetDir, "bootstrap.json"))
	trusted := common.HexToHash(mainnetCheckpoint)
	type mut struct {
		name string
		f    func(b *LightClientBootstrap)
		want error
	}
	muts := []mut{
		{"slot", func(b *LightClientBootstrap) { b.Header.Beacon.Slot ^= 1 }, ErrCheckpointMismatch},
		{"proposer", func(b *LightClientBootstrap) { b.Header.Beacon.ProposerIndex ^= 1 }, ErrCheckpointMismatch},
		{"parent root", func(b *LightClientBootstrap) { b.Header.Beacon.ParentRoot[0] ^= 1 }, ErrCheckpointMismatch},
		{"state root", func(b *LightClientBootstrap) { b.Header.Beacon.StateRoot[31] ^= 1 }, ErrCheckpointMismatch},
		{"body root", func(b *LightClientBootstrap) { b.Header.Beacon.BodyRoot[5] ^= 0x80 }, ErrCheckpointMismatch},
		{"execution state root", func(b *LightClientBootstrap) { b.Header.Execution.StateRoot[0] ^= 1 }, ErrInvalidExecutionProof},
		{"execution block number", func(b *LightClientBootstrap) { b.Header.Execution.BlockNumber++ }, ErrInvalidExecutionProof},
		{"execution branch", func(b *LightClientBootstrap) { b.Header.ExecutionBranch[2][7] ^= 4 }, ErrInvalidExecutionProof},
		{"aggregate pubkey", func(b *LightClientBootstrap) { b.CurrentSyncCommittee.AggregatePubkey[47] ^= 1 }, ErrInvalidCommitteeProof},
		{"dropped branch node", func(b *LightClientBootstrap) { b.CurrentSyncCommitteeBranch = b.CurrentSyncCommitteeBranch[1:] }, ErrInvalidCommitteeProof},
		{"version", func(b *LightClientBootstrap) { b.Version = "deneb" }, ErrMalformed},
	}
	for i := range 512 {
		muts = append(muts, mut{"pubkey", func(b *LightClientBootstrap) { b.CurrentSyncCommittee.Pubkeys[i][i%48] ^= 1 << (i % 8) }, ErrInvalidCommitteeProof})
	}
	for i := range 5 {
		muts = append(muts, mut{"committee branch", func(b *LightClientBootstrap) { b.CurrentSyncCommitteeBranch[i][i] ^= 1 }, ErrInvalidCommitteeProof})
	}
	for _, m := range muts {
		b, err := DecodeBootstrap(raw)
		if err != nil {
			t.Fatal(err)
		}
		m.f(b)
		if _, err := Bootstrap(Mainnet(), trusted, b); !errors.Is(err, m.want) {
			t.Errorf("mutated %s: got %v, want %v", m.name, err, m.want)
		}
	}
	if _, err := Bootstrap(Mainnet(), common.Hash{1}, mainnetBootstrap(t)); !errors.Is(err, ErrCheckpointMismatch) {
		t.Errorf("wrong trusted root: %v", err)
	}
	bad := Mainnet()
	bad.Preset.SyncCommitteeSize = 32
	if _, err := Bootstrap(bad, trusted, mainnetBootstrap(t)); !errors.Is(err, ErrInvalidCommittee) {
		t.Errorf("minimal preset with a 512-member committee: %v", err)
	}
}

type updateMut struct {
	name string
	f    func(u *Update)
	want error // nil: any error
}

// commonUpdateMutations returns single-field mutations that every update
// with a finalized header must be rejected for.
// bitStep > 1 samples the participation bits (every bitStep-th and the last).
func commonUpdateMutations(u0 *Update, bitStep int) []updateMut {
	muts := []updateMut{
		{"signature", func(u *Update) { u.SyncAggregate.Signature[40] ^= 1 }, nil},
		{"signature last bit", func(u *Update) { u.SyncAggregate.Signature[95] ^= 1 }, nil},
		{"attested slot", func(u *Update) { u.AttestedHeader.Beacon.Slot-- }, nil},
		{"attested proposer", func(u *Update) { u.AttestedHeader.Beacon.ProposerIndex ^= 1 }, ErrInvalidSignature},
		{"attested parent root", func(u *Update) { u.AttestedHeader.Beacon.ParentRoot[3] ^= 1 }, ErrInvalidSignature},
		{"attested state root", func(u *Update) { u.AttestedHeader.Beacon.StateRoot[3] ^= 1 }, ErrInvalidFinalityProof},
		{"attested body root", func(u *Update) { u.AttestedHeader.Beacon.BodyRoot[3] ^= 1 }, ErrInvalidExecutionProof},
		{"attested execution state root", func(u *Update) { u.AttestedHeader.Execution.StateRoot[9] ^= 1 }, ErrInvalidExecutionProof},
		{"attested execution block hash", func(u *Update) { u.AttestedHeader.Execution.BlockHash[9] ^= 1 }, ErrInvalidExecutionProof},
		{"attested execution timestamp", func(u *Update) { u.AttestedHeader.Execution.Timestamp++ }, ErrInvalidExecutionProof},
		{"finalized slot", func(u *Update) { u.FinalizedHeader.Beacon.Slot-- }, ErrInvalidFinalityProof},
		{"finalized state root", func(u *Update) { u.FinalizedHeader.Beacon.StateRoot[0] ^= 1 }, ErrInvalidFinalityProof},
		{"finalized body root", func(u *Update) { u.FinalizedHeader.Beacon.BodyRoot[0] ^= 1 }, ErrInvalidExecutionProof},
		{"finalized execution state root", func(u *Update) { u.FinalizedHeader.Execution.StateRoot[31] ^= 1 }, ErrInvalidExecutionProof},
		{"finalized execution branch", func(u *Update) { u.FinalizedHeader.ExecutionBranch[0][0] ^= 1 }, ErrInvalidExecutionProof},
		// The signature slot is not signed; moving it into another period
		// changes the committee that must have signed.
		{"signature slot period", func(u *Update) { u.SignatureSlot += 8192 }, nil},
		{"signature slot before attested", func(u *Update) { u.SignatureSlot = u.AttestedHeader.Beacon.Slot }, ErrInvalidSlots},
		{"version", func(u *Update) { u.Version = "deneb" }, ErrMalformed},
		{"short bitfield", func(u *Update) { u.SyncAggregate.Bits = u.SyncAggregate.Bits[:32] }, ErrMalformed},
	}
	for i := range u0.FinalityBranch {
		muts = append(muts, updateMut{"finality branch node", func(u *Update) { u.FinalityBranch[i][31-i] ^= 0x10 }, ErrInvalidFinalityProof})
	}
	for i := range u0.AttestedHeader.ExecutionBranch {
		muts = append(muts, updateMut{"attested execution branch node", func(u *Update) { u.AttestedHeader.ExecutionBranch[i][i] ^= 1 }, ErrInvalidExecutionProof})
	}
	// Every participation bit: a set bit cleared or a clear bit set changes
	// the signer set, so the aggregate signature no longer verifies.
	n := len(u0.SyncAggregate.Bits) * 8
	for i := range n {
		if i%bitStep != 0 && i != n-1 {
			continue
		}
		muts = append(muts, updateMut{"participation bit", func(u *Update) { u.SyncAggregate.Bits[i/8] ^= 1 << (i % 8) }, ErrInvalidSignature})
	}
	return muts
}

func runUpdateMutations(t *testing.T, s *Store, raw []byte, muts []updateMut) {
	t.Helper()
	before, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range muts {
		u, err := DecodeUpdate(raw)
		if err != nil {
			t.Fatal(err)
		}
		m.f(u)
		_, err = s.ApplyUpdate(u, late)
		if err == nil || (m.want != nil && !errors.Is(err, m.want)) {
			t.Errorf("mutated %s: got %v, want %v", m.name, err, m.want)
		}
	}
	after, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Fatal("a rejected update changed the store")
	}
	u, err := DecodeUpdate(raw)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplyUpdate(u, late); err != nil {
		t.Fatalf("unmutated update rejected after mutations: %v", err)
	}
}

// TestRotationUpdateRejectsMutations mutates update 1 (period 863, signed by
// the committee learned from update 0, rotating the store into 863).
func TestRotationUpdateRejectsMutations(t *testing.T) {
	s := storeBefore(t, 1)
	raw := rawUpdates(t)[1]
	u0, err := DecodeUpdate(raw)
	if err != nil {
		t.Fatal(err)
	}
	muts := commonUpdateMutations(u0, 17)
	for i := range u0.NextSyncCommitteeBranch {
		muts = append(muts, updateMut{"next committee branch node", func(u *Update) { u.NextSyncCommitteeBranch[i][0] ^= 1 }, ErrInvalidCommitteeProof})
	}
	for _, i := range []int{0, 1, 100, 255, 256, 511} {
		muts = append(muts, updateMut{"next committee pubkey", func(u *Update) { u.NextSyncCommittee.Pubkeys[i][20] ^= 1 }, ErrInvalidCommitteeProof})
	}
	muts = append(muts,
		updateMut{"next committee aggregate", func(u *Update) { u.NextSyncCommittee.AggregatePubkey[0] ^= 1 }, ErrInvalidCommitteeProof},
		updateMut{"next committee swapped keys", func(u *Update) {
			k := u.NextSyncCommittee.Pubkeys
			k[0], k[1] = k[1], k[0]
		}, ErrInvalidCommitteeProof},
	)
	runUpdateMutations(t, s, raw, muts)
}

func TestFinalityUpdateRejectsMutations(t *testing.T) {
	s := storeBefore(t, 6)
	raw := readFile(t, filepath.Join(mainnetDir, "finality.json"))
	u0, err := DecodeUpdate(raw)
	if err != nil {
		t.Fatal(err)
	}
	runUpdateMutations(t, s, raw, commonUpdateMutations(u0, 1))
}

func TestUpdateRefusals(t *testing.T) {
	us := mainnetUpdates(t)
	s := mainnetStore(t)
	// Update 2 is signed in period 864: the store (period 862, next
	// committee unknown) has no committee for it.
	if _, err := s.ApplyUpdate(us[2], late); !errors.Is(err, ErrWrongPeriod) {
		t.Fatalf("update two periods ahead: got %v, want ErrWrongPeriod", err)
	}
	if _, err := s.ApplyUpdate(us[1], late); !errors.Is(err, ErrWrongPeriod) {
		t.Fatalf("update of period 863 before its committee is known: got %v, want ErrWrongPeriod", err)
	}
	if _, err := s.ApplyUpdate(us[0], slotTime(us[0].SignatureSlot-1)); !errors.Is(err, ErrFutureSlot) {
		t.Fatalf("update signed after now: got %v, want ErrFutureSlot", err)
	}
	if _, err := s.ApplyUpdate(us[0], late); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplyUpdate(us[0], late); !errors.Is(err, ErrStaleUpdate) {
		t.Fatalf("update 0 again: got %v, want ErrStaleUpdate", err)
	}
	if _, err := s.ApplyUpdate(us[1], late); err != nil {
		t.Fatal(err)
	}
	// Update 0 is now from a past period.
	if _, err := s.ApplyUpdate(us[0], late); !errors.Is(err, ErrWrongPeriod) {
		t.Fatalf("old update after rotation: got %v, want ErrWrongPeriod", err)
	}
	// Participation below 2/3: clear bits until 341 of 512 remain.
	u, err := DecodeUpdate(rawUpdates(t)[2])
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; u.SyncAggregate.Participants() > 341; i++ {
		u.SyncAggregate.Bits[i/8] &^= 1 << (i % 8)
	}
	if _, err := s.ApplyUpdate(u, late); !errors.Is(err, ErrInsufficientParticipation) {
		t.Fatalf("341 of 512 signers: got %v, want ErrInsufficientParticipation", err)
	}
}

func TestDecodeRejectsMalformed(t *testing.T) {
	good := readFile(t, filepath.Join(mainnetDir, "optimistic.json"))
	cases := map[string]string{
		"not json":         `{"version":`,
		"no version":       `{"data":{}}`,
		"no data":          `{"version":"capella"}`,
		"unknown version":  `{"version":"phase0","data":{"attested_header":{"beacon":{"slot":"1","proposer_index":"1","parent_root":"0x0000000000000000000000000000000000000000000000000000000000000000","state_root":"0x0000000000000000000000000000000000000000000000000000000000000000","body_root":"0x0000000000000000000000000000000000000000000000000000000000000000"},"execution":{}}}}`,
		"no beacon header": `{"version":"capella","data":{"attested_header":{}}}`,
		"array":            `[]`,
	}
	for name, in := range cases {
		if _, err := DecodeUpdate([]byte(in)); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
	var m map[string]any
	if err := json.Unmarshal(good, &m); err != nil {
		t.Fatal(err)
	}
	data := m["data"].(map[string]any)
	delete(data, "signature_slot")
	noSlot, _ := json.Marshal(m)
	if _, err := DecodeOptimisticUpdate(noSlot); !errors.Is(err, ErrMalformed) {
		t.Errorf("missing signature_slot: got %v", err)
	}
	if _, err := DecodeFinalityUpdate(good); !errors.Is(err, ErrMalformed) {
		t.Errorf("optimistic update decoded as finality update: got %v", err)
	}
	if _, err := DecodeBootstrap(good); !errors.Is(err, ErrMalformed) {
		t.Errorf("optimistic update decoded as bootstrap: got %v", err)
	}
	if _, err := DecodeUpdates(good); !errors.Is(err, ErrMalformed) {
		t.Errorf("object decoded as updates array: got %v", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	b := mainnetBootstrap(t)
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := DecodeBootstrap(enc)
	if err != nil {
		t.Fatalf("decode re-encoded bootstrap: %v", err)
	}
	if _, err := Bootstrap(Mainnet(), common.HexToHash(mainnetCheckpoint), b2); err != nil {
		t.Fatalf("re-encoded bootstrap does not verify: %v", err)
	}
	s := mainnetStore(t)
	for i, u := range mainnetUpdates(t) {
		enc, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		u2, err := DecodeUpdate(enc)
		if err != nil {
			t.Fatalf("decode re-encoded update %d: %v", i, err)
		}
		if _, err := s.ApplyUpdate(u2, late); err != nil {
			t.Fatalf("re-encoded update %d: %v", i, err)
		}
	}
}
