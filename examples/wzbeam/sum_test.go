package main

import (
	"testing"

	"github.com/shopspring/decimal"
)

// Partial sums merge exactly, in any grouping, and keep their unit.
func TestSumMerge(t *testing.T) {
	for _, tc := range []struct {
		reason string
		a, b   Sum
		want   Sum
	}{
		{"0.1 + 0.2 is 0.3, not the float 0.30000000000000004",
			Sum{1, "0.1", "元"}, Sum{1, "0.2", "元"}, Sum{2, "0.3", "元"}},
		{"the empty accumulator takes the other's unit",
			Sum{}, Sum{1, "785.00", "元/月"}, Sum{1, "785", "元/月"}},
		{"amounts beyond the fen are kept, not rounded",
			Sum{2, "1.005", "元"}, Sum{1, "2.0005", "元"}, Sum{3, "3.0055", "元"}},
		{"large sums stay exact",
			Sum{1, "99999999999999999.99", "元"}, Sum{1, "0.01", "元"}, Sum{2, "100000000000000000", "元"}},
	} {
		if tc.reason == "" {
			t.Fatal("a case without its reason")
		}
		got, err := (&sumFn{}).MergeAccumulators(tc.a, tc.b)
		if err != nil || got != tc.want {
			t.Errorf("%s: %+v + %+v = %+v, %v; want %+v", tc.reason, tc.a, tc.b, got, err, tc.want)
		}
	}
}

// Grants of one key in two units are an error, never added up.
func TestSumMergeUnits(t *testing.T) {
	if _, err := (&sumFn{}).MergeAccumulators(Sum{1, "1", "元/月"}, Sum{1, "1", "元/年"}); err == nil {
		t.Error("merged 元/月 with 元/年")
	}
	if _, err := (&sumFn{}).MergeAccumulators(Sum{1, "x", "元"}, Sum{1, "1", "元"}); err == nil {
		t.Error("merged an amount that is not a number")
	}
}

// Amounts print to the fen, and beyond it only where they have more
// digits.
func TestFen(t *testing.T) {
	for in, want := range map[string]string{
		"785": "785.00", "0.5": "0.50", "0": "0.00", "1.230": "1.23", "1.234": "1.234", "-3.1": "-3.10",
	} {
		if got := fen(decimal.RequireFromString(in)); got != want {
			t.Errorf("fen(%s) = %s, want %s", in, got, want)
		}
	}
}
