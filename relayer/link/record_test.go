package link

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	cmttypes "github.com/cometbft/cometbft/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"

	"github.com/causewaylabs/causeway/adapters/cosmos"
)

// simdFixture is a recorded light-client test case from a real simd chain
// (lightclients/tendermint/testdata/simd): a trusted light block, a later
// one, and ICS-23 proofs against the later one's app hash.
type simdFixture struct {
	ChainID     string `json:"chain_id"`
	Trusted     []byte `json:"trusted"` // protobuf LightBlock
	Header      []byte `json:"header"`  // protobuf LightBlock, proofs verify against its app hash
	Path        string `json:"path"`
	Value       []byte `json:"value"`
	Proof       []byte `json:"proof"`
	AbsentPath  string `json:"absent_path"`
	AbsentProof []byte `json:"absent_proof"`
}

// recordFixture writes a simdFixture for packet p (sent on c, not yet
// relayed) to $CAUSEWAY_RECORD_DIR/packet.json when that is set.
func recordFixture(t *testing.T, ctx context.Context, c *cosmos.Chain, p channeltypes.Packet) {
	dir := os.Getenv("CAUSEWAY_RECORD_DIR")
	if dir == "" {
		return
	}
	h, err := c.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The transfer is in block <= h: prove it at h+1 (state after h).
	h++
	if err := c.WaitHeight(ctx, h); err != nil {
		t.Fatal(err)
	}
	enc := func(lb *cmttypes.LightBlock) []byte {
		pb, err := lb.ToProto()
		if err != nil {
			t.Fatal(err)
		}
		b, err := pb.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	trusted, err := c.LightBlock(ctx, h-3)
	if err != nil {
		t.Fatal(err)
	}
	header, err := c.LightBlock(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	pr, err := c.PacketCommitment(ctx, p.SourcePort, p.SourceChannel, p.Sequence, h)
	if err != nil {
		t.Fatal(err)
	}
	absent := host.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence+1000)
	ab, err := c.QueryProven(ctx, absent, h)
	if err != nil {
		t.Fatal(err)
	}
	f := simdFixture{ChainID: c.ChainID(), Trusted: enc(trusted), Header: enc(header), Path: pr.Path, Value: pr.Value,
		Proof: pr.Proof, AbsentPath: absent, AbsentProof: ab.Proof}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "packet.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if len(pr.Value) == 0 {
		t.Fatal("recorded commitment is empty")
	}
	t.Logf("recorded %s", filepath.Join(dir, "packet.json"))
}
