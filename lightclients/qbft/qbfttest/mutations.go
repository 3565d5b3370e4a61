package qbfttest

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// Mutation is a header that differs from a good header in one field or one
// part of its extraData, with the error kind the light client must refuse
// it with.
type Mutation struct {
	Name   string
	Header *types.Header
	Error  string
}

// Mutations returns every single-field mutation of good, a header that
// verifies against trusted as its child, carries at least two seals, exactly
// a quorum of them, a vote and a round, and the Prague header fields. Every
// header field and every part of extraData (vanity, each validator, the
// vote, the round, each seal, the seal count, the encoding itself) is
// changed in turn.
func Mutations(good *types.Header, enc qbft.Encoding, trusted *qbft.TrustedState) []Mutation {
	x := mustExtra(good, enc)
	if x.Vote == nil || len(x.Seals) < 2 || good.RequestsHash == nil {
		panic("qbfttest: Mutations needs a good header with a vote, at least two seals and Prague fields")
	}
	digest := qbft.SealDigest(good, enc, x)
	outsider := NewValidator("mutation-outsider").Address
	var out []Mutation
	// Most mutations change the seal digest, so every seal recovers to an
	// unrelated address.
	const sealer = "SealerNotValidator"

	field := func(name, kind string, f func(h *types.Header)) {
		h := types.CopyHeader(good)
		f(h)
		out = append(out, Mutation{Name: "header/" + name, Header: h, Error: kind})
	}
	ifIBFT2 := func(kind string) string {
		if enc == qbft.IBFT2 {
			return kind
		}
		return sealer
	}
	field("parentHash", sealer, func(h *types.Header) { h.ParentHash[0] ^= 1 })
	field("sha3Uncles", ifIBFT2("InvalidHeader"), func(h *types.Header) { h.UncleHash[0] ^= 1 })
	field("miner (another validator)", sealer, func(h *types.Header) { h.Coinbase = x.Validators[1] })
	field("miner (not a validator)", "CoinbaseNotValidator", func(h *types.Header) { h.Coinbase = outsider })
	field("stateRoot", sealer, func(h *types.Header) { h.Root[31] ^= 1 })
	field("transactionsRoot", sealer, func(h *types.Header) { h.TxHash[31] ^= 1 })
	field("receiptsRoot", sealer, func(h *types.Header) { h.ReceiptHash[31] ^= 1 })
	field("logsBloom", sealer, func(h *types.Header) { h.Bloom[100] ^= 1 })
	field("difficulty", "InvalidHeader", func(h *types.Header) { h.Difficulty = big.NewInt(2) })
	field("number+1", sealer, func(h *types.Header) { h.Number = new(big.Int).Add(h.Number, common.Big1) })
	field("number=trusted", "NonIncreasingHeight", func(h *types.Header) { h.Number = new(big.Int).SetUint64(trusted.Number) })
	field("gasLimit", sealer, func(h *types.Header) { h.GasLimit++ })
	field("gasUsed", sealer, func(h *types.Header) { h.GasUsed++ })
	field("timestamp", sealer, func(h *types.Header) { h.Time++ })
	field("mixHash", "InvalidHeader", func(h *types.Header) { h.MixDigest[31] ^= 1 })
	field("nonce", ifIBFT2("InvalidHeader"), func(h *types.Header) { h.Nonce[7] ^= 1 })
	field("baseFeePerGas", sealer, func(h *types.Header) { h.BaseFee = new(big.Int).Add(h.BaseFee, common.Big1) })
	field("withdrawalsRoot", sealer, func(h *types.Header) { h.WithdrawalsHash[0] ^= 1 })
	field("blobGasUsed", sealer, func(h *types.Header) { *h.BlobGasUsed += 131072 })
	field("excessBlobGas", sealer, func(h *types.Header) { *h.ExcessBlobGas++ })
	field("parentBeaconBlockRoot", sealer, func(h *types.Header) { h.ParentBeaconRoot[0] ^= 1 })
	field("requestsHash", sealer, func(h *types.Header) { h.RequestsHash[0] ^= 1 })
	field("requestsHash removed", sealer, func(h *types.Header) { h.RequestsHash = nil })
	field("blockAccessListHash added", sealer, func(h *types.Header) {
		bal := types.EmptyRequestsHash
		h.BlockAccessListHash = &bal
	})
	field("blockAccessListHash and slotNumber added", sealer, func(h *types.Header) {
		bal := types.EmptyRequestsHash
		slot := uint64(1)
		h.BlockAccessListHash, h.SlotNumber = &bal, &slot
	})

	// extraData parts, re-encoded canonically.
	part := func(name, kind string, f func(x *qbft.Extra)) {
		y := cloneExtra(x)
		f(y)
		out = append(out, Mutation{Name: "extraData/" + name, Header: withExtra(good, y.Encode(enc)), Error: kind})
	}
	part("vanity", sealer, func(y *qbft.Extra) { y.Vanity[0] ^= 1 })
	for i := range x.Validators {
		kind := sealer
		if x.Validators[i] == good.Coinbase {
			kind = "CoinbaseNotValidator"
		}
		part(fmt.Sprintf("validator %d replaced", i), kind, func(y *qbft.Extra) {
			y.Validators[i] = outsider
			slices.SortFunc(y.Validators, func(a, b common.Address) int { return a.Cmp(b) })
		})
	}
	part("validators reordered", "InvalidValidatorSet", func(y *qbft.Extra) {
		y.Validators[1], y.Validators[2] = y.Validators[2], y.Validators[1]
	})
	part("validator removed", sealer, func(y *qbft.Extra) { y.Validators = y.Validators[:len(y.Validators)-1] })
	part("validator added", sealer, func(y *qbft.Extra) {
		y.Validators = append(y.Validators, outsider)
		slices.SortFunc(y.Validators, func(a, b common.Address) int { return a.Cmp(b) })
	})
	part("vote removed", sealer, func(y *qbft.Extra) { y.Vote = nil })
	part("vote type flipped", sealer, func(y *qbft.Extra) { y.Vote.Add = !y.Vote.Add })
	part("vote recipient", sealer, func(y *qbft.Extra) { y.Vote.Recipient[0] ^= 1 })
	part("round+1", sealer, func(y *qbft.Extra) { y.Round++ })
	part("round=0", sealer, func(y *qbft.Extra) { y.Round = 0 })
	for i := range x.Seals {
		part(fmt.Sprintf("seal %d recovery id flipped", i), sealer, func(y *qbft.Extra) { y.Seals[i][64] ^= 1 })
		part(fmt.Sprintf("seal %d recovery id 27", i), "InvalidSeal", func(y *qbft.Extra) { y.Seals[i][64] += 27 })
		part(fmt.Sprintf("seal %d r zero", i), "InvalidSeal", func(y *qbft.Extra) { clear(y.Seals[i][:32]) })
		part(fmt.Sprintf("seal %d s zero", i), "InvalidSeal", func(y *qbft.Extra) { clear(y.Seals[i][32:64]) })
		for _, at := range []int{0, 31, 32, 63} {
			bad := slices.Clone(x.Seals[i])
			bad[at] ^= 1
			// Whether a changed r still names a curve point decides
			// between the two refusals; go-ethereum's recovery is the
			// oracle.
			kind := sealer
			if _, err := crypto.Ecrecover(digest[:], bad); err != nil {
				kind = "InvalidSeal"
			}
			part(fmt.Sprintf("seal %d byte %d", i, at), kind, func(y *qbft.Extra) { y.Seals[i] = bad })
		}
	}
	part("one seal dropped", "InsufficientSeals", func(y *qbft.Extra) { y.Seals = y.Seals[1:] })
	part("one seal duplicated", "DuplicateSeal", func(y *qbft.Extra) { y.Seals = append(y.Seals, y.Seals[0]) })

	// extraData encodings Besu never writes.
	raw := func(name string, items []any) {
		b, err := rlp.EncodeToBytes(items)
		if err != nil {
			panic(err)
		}
		out = append(out, Mutation{Name: "extraData/" + name, Header: withExtra(good, b), Error: "InvalidExtraData"})
	}
	vote := []any{x.Vote.Recipient, []byte{0xff}}
	round4 := make([]byte, 4)
	binary.BigEndian.PutUint32(round4, x.Round)
	var roundItem any = round4
	if enc == qbft.QBFT {
		roundItem = uint64(x.Round)
	}
	raw("vanity 31 bytes", []any{x.Vanity[1:], x.Validators, vote, roundItem, x.Seals})
	raw("trailing item", []any{x.Vanity, x.Validators, vote, roundItem, x.Seals, []byte{1}})
	raw("seal list missing", []any{x.Vanity, x.Validators, vote, roundItem})
	raw("seal truncated", []any{x.Vanity, x.Validators, vote, roundItem, append([][]byte{x.Seals[0][:64]}, x.Seals[1:]...)})
	raw("validator 19 bytes", []any{x.Vanity, append([]any{x.Validators[0][1:]}, addrItems(x.Validators[1:])...), vote, roundItem, x.Seals})
	raw("vote type 0x01", []any{x.Vanity, x.Validators, []any{x.Vote.Recipient, []byte{0x01}}, roundItem, x.Seals})
	if enc == qbft.QBFT {
		raw("round not minimal", []any{x.Vanity, x.Validators, vote, append([]byte{0}, round4[3:]...), x.Seals})
		raw("round as 4 bytes (IBFT 2.0 style)", []any{x.Vanity, x.Validators, vote, round4, x.Seals})
	} else {
		raw("round 3 bytes", []any{x.Vanity, x.Validators, vote, round4[1:], x.Seals})
		raw("round as scalar (QBFT style)", []any{x.Vanity, x.Validators, vote, uint64(x.Round), x.Seals})
	}
	// An absent vote in the other protocol's form (QBFT: 0xc0, IBFT 2.0: 0x80).
	if enc == qbft.QBFT {
		raw("absent vote as empty string (IBFT 2.0 style)", []any{x.Vanity, x.Validators, []byte{}, roundItem, x.Seals})
	} else {
		raw("absent vote as empty list (QBFT style)", []any{x.Vanity, x.Validators, []any{}, roundItem, x.Seals})
	}
	out = append(out, Mutation{Name: "extraData/trailing byte", Header: withExtra(good, append(slices.Clone(good.Extra), 0)), Error: "InvalidExtraData"})
	out = append(out, Mutation{Name: "extraData/empty", Header: withExtra(good, []byte{}), Error: "InvalidExtraData"})
	return out
}

func addrItems(as []common.Address) []any {
	out := make([]any, len(as))
	for i, a := range as {
		out[i] = a
	}
	return out
}

func cloneExtra(x *qbft.Extra) *qbft.Extra {
	y := &qbft.Extra{
		Vanity:     slices.Clone(x.Vanity),
		Validators: slices.Clone(x.Validators),
		Round:      x.Round,
	}
	if x.Vote != nil {
		v := *x.Vote
		y.Vote = &v
	}
	for _, s := range x.Seals {
		y.Seals = append(y.Seals, slices.Clone(s))
	}
	return y
}
