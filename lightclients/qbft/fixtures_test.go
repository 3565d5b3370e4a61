package qbft_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/causewaylabs/causeway/lightclients/qbft"
)

// readHex reads a testdata .hex file (hex text, one trailing newline).
func readHex(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

func TestBesuQBFTBlock7528(t *testing.T) {
	raw := readHex(t, "qbft-block-7528/block_7528_header_with_seals.rlp.hex")
	stripped := readHex(t, "qbft-block-7528/block_7528_header_seals_stripped.rlp.hex")
	h, err := qbft.DecodeHeader(raw)
	if err != nil {
		t.Fatal(err)
	}
	c, err := qbft.VerifyCommit(h, qbft.QBFT)
	if err != nil {
		t.Fatalf("real Besu QBFT block 7528 refused: %v", err)
	}
	if want := crypto.Keccak256Hash(stripped); c.Digest != want {
		t.Fatalf("seal digest %s, want keccak of the stripped header %s", c.Digest, want)
	}
	if !strings.HasPrefix(c.Digest.Hex(), "0x75ea184f") || !strings.HasSuffix(c.Digest.Hex(), "0a32") {
		t.Fatalf("seal digest %s is not the recorded 0x75ea184f...0a32", c.Digest)
	}
	if c.Extra.Round != 1 || len(c.Extra.Seals) != 3 || len(c.Extra.Validators) != 4 {
		t.Fatalf("round %d, %d seals, %d validators; want 1, 3, 4", c.Extra.Round, len(c.Extra.Seals), len(c.Extra.Validators))
	}
	want := []common.Address{
		common.HexToAddress("0x647bfdd19655e51e69d35454ff3a92f8828e6302"),
		common.HexToAddress("0xa5c8416b9d13417b45b45ada76408f39d1e504ef"),
		common.HexToAddress("0xb92e91f4dcc9d28503be521afa2a8fbf3c1acf60"),
		common.HexToAddress("0xee3353e587cfa91625a1adaef308a726de3803d3"),
	}
	for i, v := range c.Extra.Validators {
		if v != want[i] {
			t.Fatalf("validator %d = %s, want %s", i, v, want[i])
		}
	}
	// The block hash uses round 0, so it differs from the seal digest.
	if c.Hash == c.Digest {
		t.Fatal("QBFT block hash equals the seal digest although the round is 1")
	}
	// Re-encoding the decoded extraData gives the recorded bytes back.
	if !bytes.Equal(c.Extra.Encode(qbft.QBFT), h.Extra) {
		t.Fatal("extraData does not round-trip")
	}
	// The QBFT header is not an IBFT 2.0 header.
	if _, err := qbft.VerifyCommit(h, qbft.IBFT2); !errors.As(err, new(qbft.ErrInvalidExtraData)) {
		t.Fatalf("QBFT header verified as IBFT 2.0: %v", err)
	}
}

func TestBesuIBFT2Block178(t *testing.T) {
	raw := readHex(t, "ibft2-block-178/ibft2_block_178_header.rlp.hex")
	h, err := qbft.DecodeHeader(raw)
	if err != nil {
		t.Fatal(err)
	}
	c, err := qbft.VerifyCommit(h, qbft.IBFT2)
	if err != nil {
		t.Fatalf("real Besu IBFT 2.0 block 178 refused: %v", err)
	}
	v := common.HexToAddress("0xca31306798b41bc81c43094a1e0462890ce7a673")
	if len(c.Signers) != 1 || c.Signers[0] != v || h.Number.Uint64() != 178 {
		t.Fatalf("signers %v at %d, want [%s] at 178", c.Signers, h.Number, v)
	}
	if _, err := qbft.VerifyCommit(h, qbft.QBFT); !errors.As(err, new(qbft.ErrInvalidExtraData)) {
		t.Fatalf("IBFT 2.0 header verified as QBFT: %v", err)
	}
}

func TestBesuStandaloneQBFTExtraData(t *testing.T) {
	for _, tc := range []struct {
		file              string
		validators, seals int
	}{
		{"ibft2-block-178/qbft_extra_4validators_3seals.hex", 4, 3},
		{"qbft-block-7528/extra_1validator_1seal.hex", 1, 1},
	} {
		b := readHex(t, tc.file)
		x, err := qbft.DecodeExtra(qbft.QBFT, b)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if len(x.Validators) != tc.validators || len(x.Seals) != tc.seals || x.Vote != nil || x.Round != 0 {
			t.Fatalf("%s: %d validators, %d seals, vote %v, round %d", tc.file, len(x.Validators), len(x.Seals), x.Vote, x.Round)
		}
		if !bytes.Equal(x.Encode(qbft.QBFT), b) {
			t.Fatalf("%s does not round-trip", tc.file)
		}
	}
}

// TestBesuFixturesRejectEveryByteFlip flips the low bit of every byte of the
// real headers (fields, extraData, seals, RLP prefixes): no variant may
// verify.
func TestBesuFixturesRejectEveryByteFlip(t *testing.T) {
	for _, tc := range []struct {
		file string
		enc  qbft.Encoding
	}{
		{"qbft-block-7528/block_7528_header_with_seals.rlp.hex", qbft.QBFT},
		{"ibft2-block-178/ibft2_block_178_header.rlp.hex", qbft.IBFT2},
	} {
		raw := readHex(t, tc.file)
		for i := range raw {
			bad := bytes.Clone(raw)
			bad[i] ^= 0x01
			h, err := qbft.DecodeHeader(bad)
			if err != nil {
				continue
			}
			if _, err := qbft.VerifyCommit(h, tc.enc); err == nil {
				t.Fatalf("%s: byte %d flipped: still verifies", tc.file, i)
			}
		}
	}
}
