package relay

import (
	"errors"
	"testing"

	"github.com/causewaylabs/causeway/relayer/events"
	"github.com/causewaylabs/causeway/relayer/pipeline"
)

func claimItem(idx int, kind events.Kind, seq uint64) item {
	return item{idx: idx, ev: &events.Event{Kind: kind, Packet: events.Packet{Sequence: seq, SourceChannel: "channel-0"}}}
}

func seqsOf(items []item) []uint64 {
	var out []uint64
	for _, it := range items {
		out = append(out, it.ev.Packet.Sequence)
	}
	return out
}

// TestClaimKeepsOnePacketInOneBatch: a packet repeated within a handler's
// work is relayed once; a packet another handler of the process holds comes
// back later (not yet, never a failure) until that handler releases it;
// a packet's send and its ack are separate work.
func TestClaimKeepsOnePacketInOneBatch(t *testing.T) {
	var d Direction
	errs := make([]error, 4)
	first := d.claim([]item{
		claimItem(0, events.SendPacket, 1), claimItem(1, events.SendPacket, 2), claimItem(2, events.SendPacket, 2),
	}, errs)
	if got := seqsOf(first); len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Fatalf("first handler got %v, want [1 2]", got)
	}
	if errors.Join(errs...) != nil {
		t.Fatalf("a repeat within one handler's work was failed: %v", errs)
	}

	errs2 := make([]error, 3)
	second := d.claim([]item{
		claimItem(0, events.SendPacket, 2), claimItem(1, events.SendPacket, 3), claimItem(2, events.WriteAck, 1),
	}, errs2)
	if got := seqsOf(second); len(got) != 2 || got[0] != 3 || got[1] != 1 {
		t.Fatalf("second handler got %v, want [3 1] (send 3, ack 1)", got)
	}
	if !errors.Is(errs2[0], pipeline.ErrNotYet) {
		t.Fatalf("packet 2 held by the first handler: error %v, want not yet", errs2[0])
	}
	if errs2[1] != nil || errs2[2] != nil {
		t.Fatalf("unheld work failed: %v", errs2)
	}

	d.release(first)
	d.release(second)
	errs3 := make([]error, 1)
	if got := seqsOf(d.claim([]item{claimItem(0, events.SendPacket, 2)}, errs3)); len(got) != 1 || errs3[0] != nil {
		t.Fatalf("after release, packet 2 not claimable: %v %v", got, errs3)
	}
}
