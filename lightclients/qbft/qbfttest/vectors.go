package qbfttest

import (
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// Vector is one verification case: verify Header against Trusted at time Now
// with the given parameters; Error is "" when the header must be accepted,
// else the qbft.ErrorKind of the refusal. Other implementations of the same
// rules (the on-chain client) must agree on the verdict (accepted or not);
// the kind names the condition the Go client found first.
type Vector struct {
	Name    string             `json:"name"`
	Trusted *qbft.TrustedState `json:"trusted"`
	// Header is the raw RLP header.
	Header hexutil.Bytes `json:"header"`
	// Now, TrustingPeriod and MaxClockDrift are in seconds.
	Now            uint64 `json:"now"`
	TrustingPeriod uint64 `json:"trustingPeriod"`
	MaxClockDrift  uint64 `json:"maxClockDrift"`
	// EpochLength is Besu's epoch length (0: unknown), see qbft.Params.
	EpochLength uint64 `json:"epochLength"`
	Error       string `json:"error"`
}

// Params returns the vector's verification parameters.
func (v Vector) Params() qbft.Params {
	return qbft.Params{
		TrustingPeriod: time.Duration(v.TrustingPeriod) * time.Second,
		MaxClockDrift:  time.Duration(v.MaxClockDrift) * time.Second,
		EpochLength:    v.EpochLength,
	}
}

// Time returns the vector's verification time.
func (v Vector) Time() time.Time { return time.Unix(int64(v.Now), 0) }

// Fixed parameters of the generated vectors.
const (
	// BaseTime is the timestamp of the trusted block in most vectors.
	BaseTime uint64 = 1_700_000_000
	// TrustingPeriod is the trusting period of every vector (14 days).
	TrustingPeriod uint64 = 14 * 24 * 3600
	// MaxClockDrift is the clock drift allowed in every vector.
	MaxClockDrift uint64 = 15
	// TrustedNumber is the height of the trusted block in most vectors.
	TrustedNumber uint64 = 100
	// EpochLength is the epoch length of most vectors; TrustedNumber is
	// not an epoch block.
	EpochLength uint64 = 30_000
)

// QuorumSizes are the validator-set sizes whose quorum edge is covered.
var QuorumSizes = []int{1, 3, 4, 6, 7, 10}

type gen struct {
	out []Vector
}

func (g *gen) add(name string, trusted *qbft.TrustedState, h *types.Header, now uint64, wantErr string) {
	g.out = append(g.out, Vector{
		Name:           name,
		Trusted:        trusted,
		Header:         Encode(h),
		Now:            now,
		TrustingPeriod: TrustingPeriod,
		MaxClockDrift:  MaxClockDrift,
		EpochLength:    EpochLength,
		Error:          wantErr,
	})
}

func (g *gen) addRaw(name string, trusted *qbft.TrustedState, raw []byte, now uint64, wantErr string) {
	g.out = append(g.out, Vector{
		Name:           name,
		Trusted:        trusted,
		Header:         raw,
		Now:            now,
		TrustingPeriod: TrustingPeriod,
		MaxClockDrift:  MaxClockDrift,
		EpochLength:    EpochLength,
		Error:          wantErr,
	})
}

// Trust returns the trusted state of a block sealed by keys, as NewTrustedState
// computes it.
func Trust(b Block, keys ...*ecdsa.PrivateKey) (*qbft.TrustedState, *types.Header) {
	h := b.Sealed(keys...)
	s, err := qbft.NewTrustedState(Encode(h), b.Encoding)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: trusting block %d: %v", b.Number, err))
	}
	return s, h
}

// Scenario is a trusted block and its validators, from which child and
// later blocks are built.
type Scenario struct {
	Encoding   qbft.Encoding
	Validators []Validator
	Trusted    *qbft.TrustedState
	Parent     *types.Header
}

// NewScenario returns a trusted block at TrustedNumber, time BaseTime, with
// n validators derived from seed, sealed by all of them and carrying vote
// (which may be nil).
func NewScenario(enc qbft.Encoding, seed string, n int, vote *qbft.Vote, fork Fork) *Scenario {
	vs := NewValidators(seed, n)
	b := Block{
		Encoding:   enc,
		Number:     TrustedNumber,
		ParentHash: common.HexToHash("0x0100"),
		Time:       BaseTime,
		Validators: Addresses(vs),
		Vote:       vote,
		Fork:       fork,
	}
	s, h := Trust(b, Keys(vs)...)
	return &Scenario{Encoding: enc, Validators: vs, Trusted: s, Parent: h}
}

// Child returns the description of the trusted block's child (height + 1,
// one second later, same validators, round 0), to be adjusted and sealed.
func (s *Scenario) Child() Block {
	return Block{
		Encoding:   s.Encoding,
		Number:     s.Trusted.Number + 1,
		ParentHash: s.Trusted.Hash,
		Time:       s.Trusted.Time + 1,
		Validators: Addresses(s.Validators),
		Fork:       Prague,
	}
}

// Now is a verification time shortly after the trusted block.
func (s *Scenario) Now() uint64 { return s.Trusted.Time + 10 }

// Vectors generates the shared vector set: the quorum edge for every size in
// QuorumSizes in both encodings, rounds above 0, duplicate seals, seals from
// non-validators, validators added and removed (adjacent and skipping),
// trusting period and clock drift, Besu's fixed header fields, every fork's
// optional header fields, and every single-field mutation of a good header
// (Mutations), and malformed or non-canonical RLP (RawMutations).
// Generation is deterministic.
func Vectors() []Vector {
	g := &gen{}
	encs := []qbft.Encoding{qbft.QBFT, qbft.IBFT2}
	outsider := NewValidator("outsider")

	for _, enc := range encs {
		// Quorum edge: exactly ceil(2n/3)-1 seals refused, ceil(2n/3)
		// accepted, for adjacent and for skipping verification.
		for _, n := range QuorumSizes {
			sc := NewScenario(enc, fmt.Sprintf("quorum-%d", n), n, nil, Prague)
			q := besuQuorum(n)
			keys := Keys(sc.Validators)
			g.add(fmt.Sprintf("%s/n=%d/adjacent/%d seals (quorum-1)", enc, n, q-1), sc.Trusted, sc.Child().Sealed(keys[:q-1]...), sc.Now(), "InsufficientSeals")
			g.add(fmt.Sprintf("%s/n=%d/adjacent/%d seals (quorum)", enc, n, q), sc.Trusted, sc.Child().Sealed(keys[:q]...), sc.Now(), "")
			// The last q validators, to show any quorum works.
			g.add(fmt.Sprintf("%s/n=%d/adjacent/last %d seals (quorum)", enc, n, q), sc.Trusted, sc.Child().Sealed(keys[n-q:]...), sc.Now(), "")
			g.add(fmt.Sprintf("%s/n=%d/adjacent/all %d seals", enc, n, n), sc.Trusted, sc.Child().Sealed(keys...), sc.Now(), "")
			skip := sc.Child()
			skip.Number += 49
			skip.Time += 100
			skip.ParentHash = common.HexToHash("0x5150")
			g.add(fmt.Sprintf("%s/n=%d/skip 50/%d seals (quorum-1)", enc, n, q-1), sc.Trusted, skip.Sealed(keys[:q-1]...), sc.Now()+100, "InsufficientSeals")
			g.add(fmt.Sprintf("%s/n=%d/skip 50/%d seals (quorum)", enc, n, q), sc.Trusted, skip.Sealed(keys[:q]...), sc.Now()+100, "")
		}

		sc := NewScenario(enc, "base", 4, nil, Prague)
		keys := Keys(sc.Validators)
		now := sc.Now()

		// Rounds above 0 (the seal digest keeps the round; the block hash
		// does not).
		for _, r := range []uint32{1, 2, 127, 128, 255, 256, 70000} {
			b := sc.Child()
			b.Round = r
			g.add(fmt.Sprintf("%s/round %d", enc, r), sc.Trusted, b.Sealed(keys[:3]...), now, "")
		}
		{
			// A seal made for another round does not count.
			b := sc.Child()
			b.Round = 1
			h := b.Sealed(keys[:2]...)
			b.Round = 2
			other := b.Sealed(keys[2])
			x := mustExtra(h, enc)
			x.Seals = append(x.Seals, mustExtra(other, enc).Seals[0])
			g.add(fmt.Sprintf("%s/seal for another round", enc), sc.Trusted, withExtra(h, x.Encode(enc)), now, "SealerNotValidator")
		}

		// Duplicate seals: refused even when a quorum of distinct
		// signers is present (Besu refuses any duplicate).
		{
			h := sc.Child().Sealed(keys[0], keys[1], keys[1])
			g.add(fmt.Sprintf("%s/duplicate seal makes up the quorum", enc), sc.Trusted, h, now, "DuplicateSeal")
			h = sc.Child().Sealed(keys[0], keys[1], keys[2], keys[2])
			g.add(fmt.Sprintf("%s/duplicate seal on top of a quorum", enc), sc.Trusted, h, now, "DuplicateSeal")
		}

		// Seals from a non-validator.
		{
			h := sc.Child().Sealed(keys[0], keys[1], outsider.Key)
			g.add(fmt.Sprintf("%s/non-validator seal makes up the quorum", enc), sc.Trusted, h, now, "SealerNotValidator")
			h = sc.Child().Sealed(keys[0], keys[1], keys[2], outsider.Key)
			g.add(fmt.Sprintf("%s/non-validator seal on top of a quorum", enc), sc.Trusted, h, now, "SealerNotValidator")
			b := sc.Child()
			b.Coinbase = outsider.Address
			g.add(fmt.Sprintf("%s/proposer not a validator", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "CoinbaseNotValidator")
		}

		// Validator added: the trusted block votes to add X and the tally
		// completes, so the child lists 5 validators and is sealed by
		// ceil(10/3) = 4 of them, including X.
		{
			x := NewValidator(fmt.Sprintf("%s/added", enc))
			add := NewScenario(enc, "add", 4, &qbft.Vote{Recipient: x.Address, Add: true}, Prague)
			five := append(append([]Validator{}, add.Validators...), x)
			b := add.Child()
			b.Validators = Addresses(five)
			g.add(fmt.Sprintf("%s/validator added/child sealed by 4 of 5 incl. the new one", enc), add.Trusted, b.Sealed(x.Key, add.Validators[0].Key, add.Validators[1].Key, add.Validators[2].Key), add.Now(), "")
			g.add(fmt.Sprintf("%s/validator added/child sealed by 3 of 5", enc), add.Trusted, b.Sealed(x.Key, add.Validators[0].Key, add.Validators[1].Key), add.Now(), "InsufficientSeals")
			g.add(fmt.Sprintf("%s/validator added/vote not applied is also possible", enc), add.Trusted, add.Child().Sealed(Keys(add.Validators)[:3]...), add.Now(), "")
			// Without the vote in the trusted block the same child is refused.
			g.add(fmt.Sprintf("%s/validator added without a vote", enc), sc.Trusted, func() *types.Header {
				c := sc.Child()
				c.Validators = Addresses(append(append([]Validator{}, sc.Validators...), x))
				return c.Sealed(x.Key, keys[0], keys[1], keys[2])
			}(), now, "UnexpectedValidatorSet")
			// A different validator than the one voted for.
			other := NewValidator(fmt.Sprintf("%s/other", enc))
			c := add.Child()
			c.Validators = Addresses(append(append([]Validator{}, add.Validators...), other))
			g.add(fmt.Sprintf("%s/validator added is not the one voted for", enc), add.Trusted, c.Sealed(other.Key, add.Validators[0].Key, add.Validators[1].Key, add.Validators[2].Key), add.Now(), "UnexpectedValidatorSet")
			// Besu ignores the vote of an epoch block: with epoch length
			// 100 the trusted block 100 is one, so its child keeps the set.
			g.add(fmt.Sprintf("%s/validator added after an epoch block", enc), add.Trusted, b.Sealed(x.Key, add.Validators[0].Key, add.Validators[1].Key, add.Validators[2].Key), add.Now(), "UnexpectedValidatorSet")
			g.out[len(g.out)-1].EpochLength = TrustedNumber
			g.add(fmt.Sprintf("%s/set kept after an epoch block with a vote", enc), add.Trusted, add.Child().Sealed(Keys(add.Validators)[:3]...), add.Now(), "")
			g.out[len(g.out)-1].EpochLength = TrustedNumber
			// Epoch length 0 (unknown) lets the vote apply.
			g.add(fmt.Sprintf("%s/validator added with unknown epoch length", enc), add.Trusted, b.Sealed(x.Key, add.Validators[0].Key, add.Validators[1].Key, add.Validators[2].Key), add.Now(), "")
			g.out[len(g.out)-1].EpochLength = 0
		}

		// Validator removed: the trusted block votes to drop its 4th
		// validator; the child lists 3 and needs ceil(6/3) = 2 seals.
		// (Two of the trusted four would not be a quorum of the trusted
		// set: the set that seals a block is the one in its own extraData.)
		{
			vs := NewValidators("remove", 4)
			drop := NewScenario(enc, "remove", 4, &qbft.Vote{Recipient: vs[3].Address, Add: false}, Prague)
			b := drop.Child()
			b.Validators = Addresses(vs[:3])
			g.add(fmt.Sprintf("%s/validator removed/child sealed by 2 of 3", enc), drop.Trusted, b.Sealed(vs[0].Key, vs[1].Key), drop.Now(), "")
			g.add(fmt.Sprintf("%s/validator removed/child sealed by 1 of 3", enc), drop.Trusted, b.Sealed(vs[0].Key), drop.Now(), "InsufficientSeals")
			g.add(fmt.Sprintf("%s/validator removed/removed validator's seal does not count", enc), drop.Trusted, b.Sealed(vs[0].Key, vs[3].Key), drop.Now(), "SealerNotValidator")
			c := drop.Child()
			c.Validators = Addresses([]Validator{vs[0], vs[1], vs[3]})
			g.add(fmt.Sprintf("%s/validator removed is not the one voted for", enc), drop.Trusted, c.Sealed(vs[0].Key, vs[1].Key), drop.Now(), "UnexpectedValidatorSet")
		}

		// Skipping ahead across validator-set changes: ceil(n/3) of the
		// trusted set must have sealed the new header.
		{
			base := NewScenario(enc, "skip", 6, nil, Prague) // trust threshold 2 of 6
			olds := base.Validators
			news := NewValidators(fmt.Sprintf("%s/skip-new", enc), 4)
			set := append(append([]Validator{}, olds[:2]...), news...) // 6 validators: 2 old, 4 new
			b := base.Child()
			b.Number += 99
			b.Time += 500
			b.ParentHash = common.HexToHash("0x99")
			b.Validators = Addresses(set)
			// quorum(6) = 4
			g.add(fmt.Sprintf("%s/skip/new set sealed by 2 trusted + 2 new", enc), base.Trusted, b.Sealed(olds[0].Key, olds[1].Key, news[0].Key, news[1].Key), base.Now()+500, "")
			g.add(fmt.Sprintf("%s/skip/new set sealed by 1 trusted + 3 new", enc), base.Trusted, b.Sealed(olds[0].Key, news[0].Key, news[1].Key, news[2].Key), base.Now()+500, "NewValSetCantBeTrusted")
			g.add(fmt.Sprintf("%s/skip/new set sealed by 0 trusted + 4 new", enc), base.Trusted, b.Sealed(Keys(news)...), base.Now()+500, "NewValSetCantBeTrusted")
			// An entirely new set is never trusted by skipping.
			b.Validators = Addresses(news)
			g.add(fmt.Sprintf("%s/skip/disjoint set", enc), base.Trusted, b.Sealed(Keys(news)...), base.Now()+500, "NewValSetCantBeTrusted")
		}

		// Adjacent-only checks.
		{
			b := sc.Child()
			b.ParentHash = common.HexToHash("0xbad")
			g.add(fmt.Sprintf("%s/child with wrong parent hash", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "ParentHashMismatch")
		}

		// Heights and times.
		{
			b := sc.Child()
			b.Number = sc.Trusted.Number
			g.add(fmt.Sprintf("%s/same height as trusted", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "NonIncreasingHeight")
			b.Number = sc.Trusted.Number - 1
			g.add(fmt.Sprintf("%s/below trusted height", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "NonIncreasingHeight")
			b = sc.Child()
			b.Time = sc.Trusted.Time - 1
			g.add(fmt.Sprintf("%s/time before trusted", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "NonMonotonicTime")
			b = sc.Child()
			b.Time = sc.Trusted.Time
			g.add(fmt.Sprintf("%s/same time as trusted", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "")
			good := sc.Child().Sealed(keys[:3]...)
			exp := sc.Trusted.Time + TrustingPeriod
			g.add(fmt.Sprintf("%s/trusted state one second before expiry", enc), sc.Trusted, good, exp-1, "")
			g.add(fmt.Sprintf("%s/trusted state expired", enc), sc.Trusted, good, exp, "OldHeaderExpired")
			b = sc.Child()
			b.Time = now + MaxClockDrift
			g.add(fmt.Sprintf("%s/header at max clock drift", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "")
			b.Time = now + MaxClockDrift + 1
			g.add(fmt.Sprintf("%s/header beyond max clock drift", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "HeaderFromFuture")
		}

		// Besu's fixed fields and extraData rules, with valid seals over
		// the bad header.
		{
			fixed := func(name, kind string, f func(h *types.Header)) {
				h := sc.Child().Header()
				f(h)
				sealed, err := Seal(h, enc, keys[:3]...)
				if err != nil {
					panic(err)
				}
				g.add(fmt.Sprintf("%s/sealed %s", enc, name), sc.Trusted, sealed, now, kind)
			}
			fixed("difficulty 2", "InvalidHeader", func(h *types.Header) { h.Difficulty.SetUint64(2) })
			fixed("difficulty 0", "InvalidHeader", func(h *types.Header) { h.Difficulty.SetUint64(0) })
			fixed("mix hash not the BFT constant", "InvalidHeader", func(h *types.Header) { h.MixDigest[0] ^= 1 })
			if enc == qbft.IBFT2 {
				fixed("nonzero nonce", "InvalidHeader", func(h *types.Header) { h.Nonce[7] = 1 })
				fixed("non-empty ommers hash", "InvalidHeader", func(h *types.Header) { h.UncleHash[0] ^= 1 })
			} else {
				// QBFT's ruleset does not fix nonce and ommers.
				fixed("nonzero nonce", "", func(h *types.Header) { h.Nonce[7] = 1 })
			}
			b := sc.Child()
			vals := Addresses(sc.Validators)
			vals[0], vals[1] = vals[1], vals[0]
			b.Validators = vals
			b.Coinbase = vals[0]
			g.add(fmt.Sprintf("%s/validators not ascending", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "InvalidValidatorSet")
			b = sc.Child()
			b.Validators = append(Addresses(sc.Validators), sc.Validators[3].Address)
			g.add(fmt.Sprintf("%s/validator listed twice", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "InvalidValidatorSet")
			b = sc.Child()
			b.Validators = nil
			b.Coinbase = sc.Validators[0].Address
			g.add(fmt.Sprintf("%s/no validators", enc), sc.Trusted, b.Sealed(keys[:3]...), now, "InvalidValidatorSet")
			// A header in the other protocol's encoding.
			other := qbft.QBFT
			if enc == qbft.QBFT {
				other = qbft.IBFT2
			}
			b = sc.Child()
			b.Encoding = other
			g.add(fmt.Sprintf("%s/header in %s encoding", enc, other), sc.Trusted, b.Sealed(keys[:3]...), now, "InvalidExtraData")
		}

		// Every fork's optional header fields round-trip into the digest.
		for _, f := range []Fork{Legacy, London, Shanghai, Cancun, Prague} {
			fs := NewScenario(enc, "fork-"+f.String(), 4, nil, f)
			b := fs.Child()
			b.Fork = f
			g.add(fmt.Sprintf("%s/fork %s", enc, f), fs.Trusted, b.Sealed(Keys(fs.Validators)[:3]...), fs.Now(), "")
		}

		// Non-canonical or malformed RLP of a good header is refused.
		{
			good := Encode(sc.Child().Sealed(keys[:3]...))
			for _, m := range RawMutations(good) {
				g.addRaw(fmt.Sprintf("%s/%s", enc, m.Name), sc.Trusted, m.Raw, now, "InvalidHeader")
			}
		}

		// Every single-field mutation of a good header is refused.
		vsc := NewScenario(enc, "mutate", 4, nil, Prague)
		good := vsc.Child()
		good.Round = 1
		good.Vote = &qbft.Vote{Recipient: outsider.Address, Add: true}
		goodHeader := good.Sealed(Keys(vsc.Validators)[:3]...)
		g.add(fmt.Sprintf("%s/mutation base (good)", enc), vsc.Trusted, goodHeader, vsc.Now(), "")
		for _, m := range Mutations(goodHeader, enc, vsc.Trusted) {
			g.add(fmt.Sprintf("%s/mutation/%s", enc, m.Name), vsc.Trusted, m.Header, vsc.Now(), m.Error)
		}
	}
	return g.out
}

// besuQuorum is the smallest q with 3q >= 2n, i.e. ceil(2n/3), computed
// independently of qbft.Quorum so the vectors check it.
func besuQuorum(n int) int {
	q := 0
	for 3*q < 2*n {
		q++
	}
	return q
}

func mustExtra(h *types.Header, enc qbft.Encoding) *qbft.Extra {
	x, err := qbft.DecodeExtra(enc, h.Extra)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: %v", err))
	}
	return x
}

func withExtra(h *types.Header, extra []byte) *types.Header {
	out := types.CopyHeader(h)
	out.Extra = extra
	return out
}
