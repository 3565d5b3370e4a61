package tendermint

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	cmtjson "github.com/cometbft/cometbft/libs/json"
	"github.com/cometbft/cometbft/types"
)

const mocha = "mocha-4"

// loadBlock reads testdata/celestia-mocha-4/<h>/signed_block.json.
func loadBlock(t testing.TB, h int) *types.LightBlock {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "celestia-mocha-4", strconv.Itoa(h), "signed_block.json"))
	if err != nil {
		t.Fatal(err)
	}
	var env struct {
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(b, &env); err != nil {
		t.Fatal(err)
	}
	var sb struct {
		Header       types.Header        `json:"header"`
		Commit       *types.Commit       `json:"commit"`
		ValidatorSet *types.ValidatorSet `json:"validator_set"`
	}
	if err := cmtjson.Unmarshal(env.Result, &sb); err != nil {
		t.Fatalf("decode block %d: %v", h, err)
	}
	return &types.LightBlock{
		SignedHeader: &types.SignedHeader{Header: &sb.Header, Commit: sb.Commit},
		ValidatorSet: sb.ValidatorSet,
	}
}

func loadMainnet3001(t testing.TB) *types.LightBlock {
	t.Helper()
	dir := filepath.Join("testdata", "celestia-mainnet", "3001")
	var commit struct {
		Result struct {
			SignedHeader types.SignedHeader `json:"signed_header"`
		} `json:"result"`
	}
	var vals struct {
		Result struct {
			Validators []*types.Validator `json:"validators"`
		} `json:"result"`
	}
	for f, v := range map[string]any{"commit.json": &commit, "validators_1.json": &vals} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := cmtjson.Unmarshal(b, v); err != nil {
			t.Fatalf("decode %s: %v", f, err)
		}
	}
	sh := commit.Result.SignedHeader
	return &types.LightBlock{SignedHeader: &sh, ValidatorSet: types.NewValidatorSet(vals.Result.Validators)}
}

// mochaParams trusts headers for three weeks (Celestia's trusting period).
func mochaParams() Params {
	return Params{ChainID: mocha, TrustingPeriod: 21 * 24 * time.Hour, MaxClockDrift: 10 * time.Second}
}

// justAfter is a "now" one minute after lb's time.
func justAfter(lb *types.LightBlock) time.Time { return lb.Time.Add(time.Minute) }
