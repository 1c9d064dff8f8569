package welfare

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
)

// BenchmarkCompile compiles the document's book: what the first use of the
// package costs.
func BenchmarkCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		rules.MustCompile(spec())
	}
}
