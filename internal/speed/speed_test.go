package speed_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wzpolicy/wzpolicy/internal/speed"
)

// A short run prints the table: a row per trio and the summary rows. No
// timing is asserted: the machines are shared and noisy.
func TestTablePrints(t *testing.T) {
	var b strings.Builder
	if err := speed.Run(&b, speed.Config{Rounds: 2, BenchTime: time.Microsecond, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, tr := range speed.All() {
		if !strings.Contains(out, "| `"+tr.Rule+"` |") {
			t.Errorf("no row for %s in\n%s", tr.Rule, out)
		}
	}
	for _, want := range []string{"| rule | typed median | typed worst |", "**median of the 9 trios**", "**worst trio**", "Targets, judged on the medians:"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	header := strings.Count(strings.Split(out, "\n")[2], "|")
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "| ") && strings.Count(line, "|") != header {
			t.Errorf("row of %d cells' borders, the header has %d: %s", strings.Count(line, "|"), header, line)
		}
	}
}

func TestMatch(t *testing.T) {
	ms, err := speed.Measure(speed.Config{Rounds: 1, BenchTime: time.Microsecond, Match: regexp.MustCompile(`^grain\.`)})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Trio.Rule != "grain.reserve.adequacy" || len(ms[0].Samples) != 1 {
		t.Errorf("Measure matching ^grain. gave %d trios", len(ms))
	}
	if _, err := speed.Measure(speed.Config{Match: regexp.MustCompile(`^nothing$`)}); err == nil {
		t.Error("a pattern matching no trio is not an error")
	}
}

// For benchstat: go test ./internal/speed -run '^$' -bench . -count 10.
// The ratio table of cmd ratios interleaves the variants; these run one
// after the other.
func BenchmarkTrios(b *testing.B) {
	for _, tr := range speed.All() {
		for _, v := range speed.Variants() {
			if !tr.Has(v) {
				continue
			}
			b.Run(tr.Rule+"/"+strings.ReplaceAll(v.String(), " ", "-"), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := tr.Run(v); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
