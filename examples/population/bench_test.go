package population_test

import (
	"io"
	"testing"

	"github.com/wzpolicy/wzpolicy/examples/population"
)

// BenchmarkHousehold draws one household an operation; the metric
// s/100k is the time to draw 100,000 households at that rate.
func BenchmarkHousehold(b *testing.B) {
	cfg := population.Config{Seed: 1, On: on}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		population.Household(cfg, i)
		i++
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)*100000, "s/100k")
}

// BenchmarkFirm draws one firm an operation.
func BenchmarkFirm(b *testing.B) {
	cfg := population.Config{Seed: 1, On: on}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		population.Firm(cfg, i)
		i++
	}
}

// BenchmarkWriteJSONL writes 1,000 households an operation.
func BenchmarkWriteJSONL(b *testing.B) {
	cfg := population.Config{Seed: 1, On: on}
	b.ReportAllocs()
	for b.Loop() {
		if err := population.WriteJSONL(io.Discard, cfg, 1000); err != nil {
			b.Fatal(err)
		}
	}
}
