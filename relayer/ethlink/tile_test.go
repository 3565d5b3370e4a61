package ethlink

import "testing"

func TestTileCalls(t *testing.T) {
	for _, c := range []struct {
		name    string
		limit   int
		block   uint64
		perCall float64
		want    int
	}{
		// 367k per receive with the 1.1 adjustment: 32 a transaction fit
		// four to a 60M block (128 receives), 29 fit five (145), within 3 %
		// of the 148 that single calls would pack.
		{"receives in 60M", 32, 60_000_000, 404_000, 29},
		// 300k per call: 32 fit six (192), 28 fit seven (196), within 3 %
		// of the 200 that 25 reach.
		{"cheaper calls", 32, 60_000_000, 300_000, 28},
		// Never more than the limit (max_msgs): 10 fit fourteen (140), 9
		// fit sixteen (144).
		{"limit below the tiling", 10, 60_000_000, 404_000, 9},
		// A block that holds fewer than one call: the limit, the chain
		// takes what it can.
		{"hopeless", 32, 100_000, 404_000, 32},
	} {
		if got := TileCalls(c.limit, c.block, c.perCall); got != c.want {
			t.Errorf("%s: TileCalls(%d, %d, %.0f) = %d, want %d", c.name, c.limit, c.block, c.perCall, got, c.want)
		}
	}
}
