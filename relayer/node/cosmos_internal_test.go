package node

import "testing"

func TestFeeDenom(t *testing.T) {
	for in, want := range map[string]string{"0.025stake": "stake", "0stake": "stake", "1ibc/ABC": "ibc/ABC", "": ""} {
		if got := feeDenom(in); got != want {
			t.Errorf("feeDenom(%q) = %q, want %q", in, got, want)
		}
	}
}
