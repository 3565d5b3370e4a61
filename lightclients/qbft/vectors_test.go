package qbft_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json from qbfttest.Vectors")

const vectorsFile = "testdata/vectors.json"

// runVector verifies one vector and reports a mismatch with its verdict.
func runVector(t *testing.T, v qbfttest.Vector) {
	t.Helper()
	before, err := v.Trusted.Marshal()
	if err != nil {
		t.Fatalf("%s: trusted state: %v", v.Name, err)
	}
	got, err := qbft.Verify(v.Trusted, v.Header, v.Time(), v.Params())
	if kind := qbft.ErrorKind(err); kind != v.Error {
		t.Fatalf("%s: got %q (%v), want %q", v.Name, kind, err, v.Error)
	}
	after, _ := v.Trusted.Marshal()
	if !bytes.Equal(before, after) {
		t.Fatalf("%s: Verify modified the trusted state", v.Name)
	}
	if err != nil {
		if got != nil {
			t.Fatalf("%s: refused but returned a state", v.Name)
		}
		return
	}
	h, _ := qbft.DecodeHeader(v.Header)
	wantHash, err := qbft.BlockHash(h, v.Trusted.Encoding)
	if err != nil {
		t.Fatal(err)
	}
	x, _ := qbft.DecodeExtra(v.Trusted.Encoding, h.Extra)
	if got.Number != h.Number.Uint64() || got.Hash != wantHash || got.StateRoot != h.Root ||
		got.Time != h.Time || !slices.Equal(got.Validators, x.Validators) || got.Encoding != v.Trusted.Encoding ||
		(got.Vote == nil) != (x.Vote == nil) || (got.Vote != nil && *got.Vote != *x.Vote) {
		t.Fatalf("%s: new trusted state %+v does not describe the header", v.Name, got)
	}
}

func TestVectors(t *testing.T) {
	vs := qbfttest.Vectors()
	accepted, refused := 0, 0
	seen := map[string]bool{}
	for _, v := range vs {
		if seen[v.Name] {
			t.Fatalf("duplicate vector name %q", v.Name)
		}
		seen[v.Name] = true
		runVector(t, v)
		if v.Error == "" {
			accepted++
		} else {
			refused++
		}
	}
	t.Logf("%d vectors: %d accepted, %d refused", len(vs), accepted, refused)
}

// TestVectorsFile checks that testdata/vectors.json (what other
// implementations replay) is current, and replays it from the file.
func TestVectorsFile(t *testing.T) {
	want, err := encodeVectors(qbfttest.Vectors())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(vectorsFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(filepath.FromSlash(vectorsFile))
	if err != nil {
		t.Fatalf("%v (regenerate with go test -run TestVectorsFile -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: regenerate with go test -run TestVectorsFile -update", vectorsFile)
	}
	var vs []qbfttest.Vector
	if err := json.Unmarshal(got, &vs); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		runVector(t, v)
	}
}

// encodeVectors writes one compact JSON vector per line, so the file diffs
// well and stays small.
func encodeVectors(vs []qbfttest.Vector) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		buf.Write(b)
		if i < len(vs)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]\n")
	return buf.Bytes(), nil
}
