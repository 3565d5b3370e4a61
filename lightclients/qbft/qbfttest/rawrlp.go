package qbfttest

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/rlp"
)

// RawMutation is a header whose RLP bytes were changed without changing the
// values a lenient decoder would read (non-canonical encodings, missing or
// extra fields, wrong item kinds). Besu's seals cover the canonical bytes
// only, so every one must be refused.
type RawMutation struct {
	Name string
	Raw  []byte
}

// RawMutations returns the byte-level mutations of good, a Prague header
// (21 fields) with a small block number and zero blob gas.
func RawMutations(good []byte) []RawMutation {
	items := rawItems(good)
	if len(items) != 21 {
		panic(fmt.Sprintf("qbfttest: RawMutations needs a 21-field header, got %d", len(items)))
	}
	with := func(i int, item []byte) []byte {
		out := slices.Clone(items)
		out[i] = item
		return rawList(out)
	}
	hash := items[0][1:] // parent hash bytes
	var out []RawMutation
	add := func(name string, raw []byte) { out = append(out, RawMutation{Name: "rlp/" + name, Raw: raw}) }
	add("trailing byte after the header", append(slices.Clone(good), 0x00))
	add("list length with a leading zero byte", longListWithZero(good))
	add("header encoded as a string", append([]byte{0xb9, good[1], good[2]}, good[3:]...))
	add("parent hash in long form", with(0, append([]byte{0xb8, 0x20}, hash...)))
	add("coinbase as a list", with(2, append([]byte{0xd5}, items[2]...)))
	add("difficulty 1 as 0x8101", with(7, []byte{0x81, 0x01}))
	add("number with a leading zero byte", with(8, append([]byte{0x80 + byte(len(content(items[8]))+1), 0x00}, content(items[8])...)))
	add("number over 64 bits", with(8, append([]byte{0x89, 0x01, 0, 0, 0, 0, 0, 0, 0}, content(items[8])[len(content(items[8]))-1])))
	add("gas used over 64 bits", with(10, []byte{0x89, 0x01, 0, 0, 0, 0, 0, 0, 0x52, 0x08}))
	add("extraData as a list", with(12, append(listPrefix(len(content(items[12]))), content(items[12])...)))
	add("base fee with a leading zero byte", with(15, []byte{0x82, 0x00, content(items[15])[0]}))
	add("zero blob gas as 0x00", with(17, []byte{0x00}))
	add("nonce 7 bytes", with(14, append([]byte{0x87}, content(items[14])[1:]...)))
	add("14 fields (no nonce)", rawList(items[:14]))
	add("24 fields", rawList(append(slices.Clone(items), items[0], []byte{0x01}, []byte{0x80})))
	return out
}

// rawItems splits an RLP list into its items' full encodings.
func rawItems(list []byte) [][]byte {
	content, _, err := rlp.SplitList(list)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: not an RLP list: %v", err))
	}
	var items [][]byte
	for len(content) > 0 {
		_, _, rest, err := rlp.Split(content)
		if err != nil {
			panic(fmt.Sprintf("qbfttest: RLP item: %v", err))
		}
		items = append(items, content[:len(content)-len(rest)])
		content = rest
	}
	return items
}

// rawList joins item encodings under a canonical list prefix.
func rawList(items [][]byte) []byte {
	var payload []byte
	for _, it := range items {
		payload = append(payload, it...)
	}
	return append(listPrefix(len(payload)), payload...)
}

func listPrefix(n int) []byte {
	if n < 56 {
		return []byte{0xc0 + byte(n)}
	}
	var lb []byte
	for x := n; x > 0; x >>= 8 {
		lb = append([]byte{byte(x)}, lb...)
	}
	return append([]byte{0xf7 + byte(len(lb))}, lb...)
}

// longListWithZero re-encodes a long list's length with one more, leading
// zero, length byte.
func longListWithZero(list []byte) []byte {
	ll := int(list[0] - 0xf7)
	out := []byte{list[0] + 1, 0x00}
	out = append(out, list[1:1+ll]...)
	return append(out, list[1+ll:]...)
}

// content returns a string item's payload.
func content(item []byte) []byte {
	c, _, err := rlp.SplitString(item)
	if err != nil {
		panic(fmt.Sprintf("qbfttest: RLP string: %v", err))
	}
	return c
}
