package qbft

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// Encoding selects the BFT extraData encoding of a chain.
type Encoding uint8

const (
	// QBFT is Besu's (and GoQuorum's) QBFT encoding: an absent vote is an
	// empty list (0xc0), the round is a minimal big-endian scalar, and the
	// committed-seal digest keeps the round and an empty seal list.
	QBFT Encoding = iota + 1
	// IBFT2 is Besu's IBFT 2.0 encoding: an absent vote is an empty string
	// (0x80), the round is exactly 4 big-endian bytes, and the
	// committed-seal digest omits the seal list altogether.
	IBFT2
)

// String returns "qbft" or "ibft2".
func (e Encoding) String() string {
	switch e {
	case QBFT:
		return "qbft"
	case IBFT2:
		return "ibft2"
	default:
		return fmt.Sprintf("encoding(%d)", uint8(e))
	}
}

// Valid reports whether e is QBFT or IBFT2.
func (e Encoding) Valid() bool { return e == QBFT || e == IBFT2 }

// MarshalText encodes the encoding as "qbft" or "ibft2".
func (e Encoding) MarshalText() ([]byte, error) {
	if !e.Valid() {
		return nil, fmt.Errorf("qbft: cannot marshal unknown encoding %d", uint8(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText parses "qbft" or "ibft2".
func (e *Encoding) UnmarshalText(b []byte) error {
	switch string(b) {
	case "qbft":
		*e = QBFT
	case "ibft2":
		*e = IBFT2
	default:
		return fmt.Errorf("qbft: unknown encoding %q (want \"qbft\" or \"ibft2\")", b)
	}
	return nil
}

const (
	// VanityLength is the length of the vanity field Besu writes (it
	// left-pads the configured vanity to 32 bytes).
	VanityLength = 32
	// SealLength is the length of a committed seal: r || s || recovery id.
	SealLength = 65
)

// Vote is a validator vote carried in extraData: add (Besu's 0xff) or drop
// the recipient.
type Vote struct {
	Recipient common.Address `json:"recipient"`
	Add       bool           `json:"add"`
}

// Extra is the decoded BFT extraData of a header.
type Extra struct {
	Vanity     []byte
	Validators []common.Address
	Vote       *Vote // nil when the header carries no vote
	Round      uint32
	Seals      [][]byte
}

// extraMode is which of Besu's three extraData serializations to produce.
type extraMode uint8

const (
	modeFull          extraMode = iota // as stored in the header
	modeCommittedSeal                  // input to the committed-seal digest
	modeBlockHash                      // input to the on-chain block hash
)

// DecodeExtra decodes a header's extraData with the given encoding. It
// accepts only the exact bytes Besu's codec writes for the decoded value
// (canonical RLP, 32-byte vanity, 20-byte addresses, 65-byte seals, no
// trailing items): anything else is refused, because bytes that Besu's
// lenient decoder would ignore are not covered by the committed seals.
func DecodeExtra(enc Encoding, b []byte) (*Extra, error) {
	if !enc.Valid() {
		return nil, ErrInvalidExtraData{Encoding: enc, Reason: "unknown encoding"}
	}
	bad := func(format string, args ...any) error {
		return ErrInvalidExtraData{Encoding: enc, Reason: fmt.Sprintf(format, args...)}
	}
	if len(b) == 0 {
		return nil, bad("empty")
	}
	content, rest, err := rlp.SplitList(b)
	if err != nil {
		return nil, bad("outer list: %v", err)
	}
	if len(rest) != 0 {
		return nil, bad("%d bytes after the outer list", len(rest))
	}
	var x Extra

	// vanity
	vanity, content, err := rlp.SplitString(content)
	if err != nil {
		return nil, bad("vanity: %v", err)
	}
	if len(vanity) != VanityLength {
		return nil, bad("vanity is %d bytes, want %d", len(vanity), VanityLength)
	}
	x.Vanity = vanity

	// validators
	vals, content, err := rlp.SplitList(content)
	if err != nil {
		return nil, bad("validators: %v", err)
	}
	for len(vals) > 0 {
		var a []byte
		a, vals, err = rlp.SplitString(vals)
		if err != nil {
			return nil, bad("validator %d: %v", len(x.Validators), err)
		}
		if len(a) != common.AddressLength {
			return nil, bad("validator %d is %d bytes, want %d", len(x.Validators), len(a), common.AddressLength)
		}
		x.Validators = append(x.Validators, common.BytesToAddress(a))
	}

	// vote
	kind, vote, after, err := rlp.Split(content)
	if err != nil {
		return nil, bad("vote: %v", err)
	}
	content = after
	absent := (enc == QBFT && kind == rlp.List && len(vote) == 0) ||
		(enc == IBFT2 && kind == rlp.String && len(vote) == 0)
	if !absent {
		if kind != rlp.List {
			return nil, bad("vote is not a list")
		}
		v, err := decodeVote(enc, vote)
		if err != nil {
			return nil, bad("vote: %v", err)
		}
		x.Vote = v
	}

	// round
	round, content, err := rlp.SplitString(content)
	if err != nil {
		return nil, bad("round: %v", err)
	}
	switch enc {
	case QBFT:
		if len(round) > 4 || (len(round) > 0 && round[0] == 0) {
			return nil, bad("round %x is not a minimal scalar of at most 4 bytes", round)
		}
		var buf [4]byte
		copy(buf[4-len(round):], round)
		x.Round = binary.BigEndian.Uint32(buf[:])
	case IBFT2:
		if len(round) != 4 {
			return nil, bad("round is %d bytes, want 4", len(round))
		}
		x.Round = binary.BigEndian.Uint32(round)
	}
	if x.Round > math.MaxInt32 {
		return nil, bad("round %d exceeds Besu's int range", x.Round)
	}

	// seals
	seals, content, err := rlp.SplitList(content)
	if err != nil {
		return nil, bad("seals: %v", err)
	}
	for len(seals) > 0 {
		var s []byte
		s, seals, err = rlp.SplitString(seals)
		if err != nil {
			return nil, bad("seal %d: %v", len(x.Seals), err)
		}
		if len(s) != SealLength {
			return nil, bad("seal %d is %d bytes, want %d", len(x.Seals), len(s), SealLength)
		}
		x.Seals = append(x.Seals, s)
	}
	if len(content) != 0 {
		return nil, bad("unexpected items after the seal list")
	}
	// Only Besu's own serialization of the decoded value is accepted.
	if !bytes.Equal(x.Encode(enc), b) {
		return nil, bad("not in canonical %s form", enc)
	}
	return &x, nil
}

func decodeVote(enc Encoding, b []byte) (*Vote, error) {
	addr, rest, err := rlp.SplitString(b)
	if err != nil {
		return nil, fmt.Errorf("recipient: %w", err)
	}
	if len(addr) != common.AddressLength {
		return nil, fmt.Errorf("recipient is %d bytes, want %d", len(addr), common.AddressLength)
	}
	typ, rest, err := rlp.SplitString(rest)
	if err != nil {
		return nil, fmt.Errorf("vote type: %w", err)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("unexpected items after the vote type")
	}
	v := &Vote{Recipient: common.BytesToAddress(addr)}
	switch {
	case len(typ) == 1 && typ[0] == 0xff:
		v.Add = true
	case enc == QBFT && len(typ) == 0: // QBFT writes drop as an empty string
	case enc == IBFT2 && len(typ) == 1 && typ[0] == 0x00:
	default:
		return nil, fmt.Errorf("vote type %x is neither add nor drop", typ)
	}
	return v, nil
}

// Encode returns the extraData exactly as Besu's codec for enc serializes it
// into a header.
func (x *Extra) Encode(enc Encoding) []byte { return x.encode(enc, modeFull) }

func (x *Extra) encode(enc Encoding, mode extraMode) []byte {
	items := make([]any, 0, 5)
	items = append(items, x.Vanity, x.Validators)
	switch {
	case x.Vote != nil && enc == QBFT && x.Vote.Add:
		items = append(items, []any{x.Vote.Recipient, []byte{0xff}})
	case x.Vote != nil && enc == QBFT:
		items = append(items, []any{x.Vote.Recipient, []byte{}})
	case x.Vote != nil && x.Vote.Add:
		items = append(items, []any{x.Vote.Recipient, []byte{0xff}})
	case x.Vote != nil:
		items = append(items, []any{x.Vote.Recipient, []byte{0x00}})
	case enc == QBFT:
		items = append(items, []any{})
	default:
		items = append(items, []byte{})
	}
	noSeals := [][]byte{}
	switch enc {
	case QBFT:
		switch mode {
		case modeFull:
			items = append(items, uint64(x.Round), nonNil(x.Seals))
		case modeCommittedSeal:
			items = append(items, uint64(x.Round), noSeals)
		case modeBlockHash:
			items = append(items, uint64(0), noSeals)
		}
	default:
		var round [4]byte
		binary.BigEndian.PutUint32(round[:], x.Round)
		switch mode {
		case modeFull:
			items = append(items, round[:], nonNil(x.Seals))
		case modeCommittedSeal:
			items = append(items, round[:])
		case modeBlockHash:
		}
	}
	out, err := rlp.EncodeToBytes(items)
	if err != nil {
		// Only byte slices, addresses and integers are encoded: this cannot
		// fail.
		panic(fmt.Sprintf("qbft: encoding extraData: %v", err))
	}
	return out
}

func nonNil(s [][]byte) [][]byte {
	if s == nil {
		return [][]byte{}
	}
	return s
}
