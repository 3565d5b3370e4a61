package qbft_test

import (
	"bytes"
	stdecdsa "crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

func TestQuorumRoundsUp(t *testing.T) {
	// Besu: ceil(2n/3). Rounding down would accept 2 of 4, 4 of 7, 6 of 10.
	want := map[int]int{1: 1, 2: 2, 3: 2, 4: 3, 5: 4, 6: 4, 7: 5, 8: 6, 9: 6, 10: 7, 25: 17, 100: 67}
	for n, q := range want {
		if got := qbft.Quorum(n); got != q {
			t.Errorf("Quorum(%d) = %d, want %d", n, got, q)
		}
	}
	trust := map[int]int{1: 1, 2: 1, 3: 1, 4: 2, 6: 2, 7: 3, 10: 4, 25: 9}
	for n, q := range trust {
		if got := qbft.TrustThreshold(n); got != q {
			t.Errorf("TrustThreshold(%d) = %d, want %d", n, got, q)
		}
	}
}

// TestEncodingsDiffer pins the bytes of both encodings: the absent vote, the
// round, and what the seal digest and the block hash cover.
func TestEncodingsDiffer(t *testing.T) {
	v := qbfttest.NewValidators("enc", 1)
	vanity := make([]byte, 32)
	vals := []common.Address{v[0].Address}
	seal := bytes.Repeat([]byte{1}, 65)
	x := &qbft.Extra{Vanity: vanity, Validators: vals, Round: 5, Seals: [][]byte{seal}}
	enc := func(items ...any) []byte {
		b, err := rlp.EncodeToBytes(items)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	round4 := binary.BigEndian.AppendUint32(nil, 5)
	cases := []struct {
		enc             qbft.Encoding
		full, seal, hsh []byte
	}{
		{qbft.QBFT,
			enc(vanity, vals, []any{}, uint64(5), [][]byte{seal}),
			enc(vanity, vals, []any{}, uint64(5), [][]byte{}),
			enc(vanity, vals, []any{}, uint64(0), [][]byte{})},
		{qbft.IBFT2,
			enc(vanity, vals, []byte{}, round4, [][]byte{seal}),
			enc(vanity, vals, []byte{}, round4),
			enc(vanity, vals, []byte{})},
	}
	for _, c := range cases {
		if got := x.Encode(c.enc); !bytes.Equal(got, c.full) {
			t.Fatalf("%s: extraData %x, want %x", c.enc, got, c.full)
		}
		h := qbfttest.Block{Encoding: c.enc, Number: 9, Time: 1, Validators: vals}.Header()
		h.Extra = c.full
		withSealExtra := types.CopyHeader(h)
		withSealExtra.Extra = c.seal
		if got, want := qbft.SealDigest(h, c.enc, x), crypto.Keccak256Hash(qbfttest.Encode(withSealExtra)); got != want {
			t.Fatalf("%s: seal digest %s, want %s", c.enc, got, want)
		}
		withHashExtra := types.CopyHeader(h)
		withHashExtra.Extra = c.hsh
		got, err := qbft.BlockHash(h, c.enc)
		if err != nil {
			t.Fatal(err)
		}
		if want := crypto.Keccak256Hash(qbfttest.Encode(withHashExtra)); got != want {
			t.Fatalf("%s: block hash %s, want %s", c.enc, got, want)
		}
		if got == qbft.SealDigest(h, c.enc, x) || got == h.Hash() {
			t.Fatalf("%s: block hash equals the seal digest or the raw header hash", c.enc)
		}
	}
	// Votes: QBFT drop is an empty string, IBFT 2.0 drop is the byte 0x00;
	// add is 0xff in both.
	r := v[0].Address
	for _, c := range []struct {
		enc  qbft.Encoding
		vote qbft.Vote
		want []any
	}{
		{qbft.QBFT, qbft.Vote{Recipient: r, Add: true}, []any{r, []byte{0xff}}},
		{qbft.QBFT, qbft.Vote{Recipient: r}, []any{r, []byte{}}},
		{qbft.IBFT2, qbft.Vote{Recipient: r, Add: true}, []any{r, []byte{0xff}}},
		{qbft.IBFT2, qbft.Vote{Recipient: r}, []any{r, []byte{0x00}}},
	} {
		y := &qbft.Extra{Vanity: vanity, Validators: vals, Vote: &c.vote}
		b := y.Encode(c.enc)
		want := enc(vanity, vals, c.want, uint64(0), [][]byte{})
		if c.enc == qbft.IBFT2 {
			want = enc(vanity, vals, c.want, make([]byte, 4), [][]byte{})
		}
		if !bytes.Equal(b, want) {
			t.Fatalf("%s vote %+v: %x, want %x", c.enc, c.vote, b, want)
		}
		back, err := qbft.DecodeExtra(c.enc, b)
		if err != nil || back.Vote == nil || *back.Vote != c.vote {
			t.Fatalf("%s vote %+v does not round-trip: %+v %v", c.enc, c.vote, back, err)
		}
	}
}

// TestChainWalk follows a chain block by block through a validator added, a
// validator removed and rounds above 0, restoring the trusted state from
// JSON at every step as a restarted relayer would, then skips from the
// first block to the last.
func TestChainWalk(t *testing.T) {
	for _, enc := range []qbft.Encoding{qbft.QBFT, qbft.IBFT2} {
		t.Run(enc.String(), func(t *testing.T) {
			vs := qbfttest.NewValidators("walk", 4)
			added := qbfttest.NewValidator("walk/added")
			byAddr := map[common.Address]qbfttest.Validator{added.Address: added}
			for _, v := range vs {
				byAddr[v.Address] = v
			}
			set := qbfttest.Addresses(vs)
			genesis := qbfttest.Block{Encoding: enc, Number: 0, Time: 1_000, Validators: set}.Header()
			state, err := qbft.NewTrustedState(qbfttest.Encode(genesis), enc)
			if err != nil {
				t.Fatal(err)
			}
			if state.Hash != genesis.Hash() {
				t.Fatal("genesis block hash is not the raw header hash")
			}
			first := state
			p := qbft.Params{TrustingPeriod: time.Hour, MaxClockDrift: 5 * time.Second}
			removed := set[1]
			for n := uint64(1); n <= 30; n++ {
				b := qbfttest.Block{Encoding: enc, Number: n, ParentHash: state.Hash, Time: 1_000 + 2*n, Validators: set, Round: uint32(n % 3)}
				b.Coinbase = set[int(n)%len(set)]
				switch n {
				case 10: // the tally to add completes here
					b.Vote = &qbft.Vote{Recipient: added.Address, Add: true}
				case 20: // and to drop here
					b.Vote = &qbft.Vote{Recipient: removed}
				case 25: // a vote that does not complete a tally
					b.Vote = &qbft.Vote{Recipient: common.HexToAddress("0x77"), Add: true}
				}
				// Sealed by exactly a quorum, starting with the proposer.
				var keys []*stdecdsa.PrivateKey
				for i := 0; len(keys) < qbft.Quorum(len(set)); i++ {
					keys = append(keys, byAddr[set[(int(n)+i)%len(set)]].Key)
				}
				h := b.Sealed(keys...)
				restored := roundTrip(t, state)
				next, err := qbft.Verify(restored, qbfttest.Encode(h), time.Unix(int64(h.Time)+1, 0), p)
				if err != nil {
					t.Fatalf("block %d: %v", n, err)
				}
				state = next
				switch n {
				case 10:
					set = qbfttest.Addresses(append(slices.Clone(vs), added))
				case 20:
					set = slices.DeleteFunc(slices.Clone(set), func(a common.Address) bool { return a == removed })
				}
			}
			if len(state.Validators) != 4 || slices.Contains(state.Validators, removed) || !slices.Contains(state.Validators, added.Address) {
				t.Fatalf("final validator set %v", state.Validators)
			}
			// Skip from the first block to a new block 31: three of the four
			// original validators are still in the set, so more than
			// ceil(4/3) of the trusted set can seal it.
			b := qbfttest.Block{Encoding: enc, Number: 31, ParentHash: state.Hash, Time: 1_100, Validators: set}
			var keys []*stdecdsa.PrivateKey
			for _, a := range set[:qbft.Quorum(len(set))] {
				keys = append(keys, byAddr[a].Key)
			}
			if _, err := qbft.Verify(first, qbfttest.Encode(b.Sealed(keys...)), time.Unix(1_101, 0), p); err != nil {
				t.Fatalf("skipping from genesis: %v", err)
			}
		})
	}
}

func roundTrip(t *testing.T, s *qbft.TrustedState) *qbft.TrustedState {
	t.Helper()
	b, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := qbft.UnmarshalTrustedState(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, s) {
		t.Fatalf("trusted state does not round-trip: %+v != %+v", back, s)
	}
	return back
}

func TestTrustedStateJSON(t *testing.T) {
	sc := qbfttest.NewScenario(qbft.IBFT2, "json", 4, &qbft.Vote{Recipient: common.HexToAddress("0x42"), Add: true}, qbfttest.Cancun)
	b, err := sc.Trusted.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"encoding":"ibft2"`) {
		t.Fatalf("encoding not named in %s", b)
	}
	roundTrip(t, sc.Trusted)
	for name, mutate := range map[string]func(string) string{
		"unknown field":    func(s string) string { return strings.Replace(s, `{`, `{"extra":1,`, 1) },
		"unknown encoding": func(s string) string { return strings.Replace(s, `"ibft2"`, `"clique"`, 1) },
		"no validators":    func(s string) string { return s[:strings.Index(s, `"validators"`)] + `"validators":[]}` },
		"trailing data":    func(s string) string { return s + "{}" },
		"unsorted validators": func(s string) string {
			i := strings.Index(s, `"validators":[`) + len(`"validators":[`)
			a, rest := s[i:i+44], s[i+45:]
			return s[:i] + rest[:44] + "," + a + rest[44:]
		},
		"zero hash": func(s string) string {
			return strings.Replace(s, sc.Trusted.Hash.Hex(), common.Hash{}.Hex(), 1)
		},
	} {
		if _, err := qbft.UnmarshalTrustedState([]byte(mutate(string(b)))); !errors.As(err, new(qbft.ErrInvalidTrustedState)) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestMutationsCoverEveryHeaderField checks that qbfttest.Mutations changes
// exactly one field per header mutation (or appends a later fork's optional
// fields) and covers every field of
// go-ethereum's header, so a header field added by a future fork is noticed.
func TestMutationsCoverEveryHeaderField(t *testing.T) {
	for _, enc := range []qbft.Encoding{qbft.QBFT, qbft.IBFT2} {
		sc := qbfttest.NewScenario(enc, "cover", 4, nil, qbfttest.Prague)
		b := sc.Child()
		b.Round, b.Vote = 2, &qbft.Vote{Recipient: common.HexToAddress("0x42")}
		good := b.Sealed(qbfttest.Keys(sc.Validators)[:3]...)
		covered := map[string]bool{}
		gv := reflect.ValueOf(*good)
		for _, m := range qbfttest.Mutations(good, enc, sc.Trusted) {
			mv := reflect.ValueOf(*m.Header)
			var changed []string
			for i := 0; i < gv.NumField(); i++ {
				if !reflect.DeepEqual(gv.Field(i).Interface(), mv.Field(i).Interface()) {
					changed = append(changed, gv.Type().Field(i).Name)
				}
			}
			// One field changes, except when optional fields the good
			// header lacks are appended (a later fork's fields must be
			// set in order).
			appended := true
			for _, name := range changed {
				appended = appended && gv.FieldByName(name).Kind() == reflect.Pointer && gv.FieldByName(name).IsNil()
			}
			if len(changed) == 0 || (len(changed) > 1 && !appended) {
				t.Fatalf("%s: mutation %q changes fields %v, want exactly one", enc, m.Name, changed)
			}
			for _, name := range changed {
				covered[name] = true
			}
			if m.Error == "" {
				t.Fatalf("%s: mutation %q expects acceptance", enc, m.Name)
			}
			_, err := qbft.Verify(sc.Trusted, qbfttest.Encode(m.Header), time.Unix(int64(sc.Now()), 0),
				qbft.Params{TrustingPeriod: time.Hour, MaxClockDrift: time.Minute})
			if err == nil {
				t.Fatalf("%s: mutation %q accepted", enc, m.Name)
			}
		}
		for i := 0; i < gv.NumField(); i++ {
			if name := gv.Type().Field(i).Name; !covered[name] {
				t.Errorf("%s: no mutation of header field %s", enc, name)
			}
		}
	}
}

func TestBadInputs(t *testing.T) {
	sc := qbfttest.NewScenario(qbft.QBFT, "bad", 4, nil, qbfttest.Prague)
	raw := qbfttest.Encode(sc.Child().Sealed(qbfttest.Keys(sc.Validators)[:3]...))
	now := time.Unix(int64(sc.Now()), 0)
	good := qbft.Params{TrustingPeriod: time.Hour}
	if _, err := qbft.Verify(sc.Trusted, raw, now, good); err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]qbft.Params{
		"zero trusting period": {},
		"negative drift":       {TrustingPeriod: time.Hour, MaxClockDrift: -time.Second},
	} {
		if _, err := qbft.Verify(sc.Trusted, raw, now, p); !errors.As(err, new(qbft.ErrInvalidParams)) {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, b := range map[string][]byte{
		"empty":          nil,
		"truncated":      raw[:len(raw)-1],
		"trailing byte":  append(slices.Clone(raw), 0),
		"not a list":     {0x80},
		"one field only": {0xc1, 0x80},
	} {
		if _, err := qbft.Verify(sc.Trusted, b, now, good); !errors.As(err, new(qbft.ErrInvalidHeader)) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := qbft.Verify(nil, raw, now, good); !errors.As(err, new(qbft.ErrInvalidTrustedState)) {
		t.Errorf("nil trusted state: %v", err)
	}
	// Errors name the heights involved.
	_, err := qbft.Verify(sc.Trusted, raw, now.Add(30*24*time.Hour), good)
	if !errors.As(err, new(qbft.ErrOldHeaderExpired)) || !strings.Contains(err.Error(), fmt.Sprintf("header %d", sc.Trusted.Number+1)) {
		t.Errorf("expired: %v", err)
	}
}
