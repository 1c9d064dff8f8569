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

// BenchmarkDerive derives the document's book for a county that pays a
// higher job-seeking grant: what a derived book per request or per reform
// scenario costs. Compare it with BenchmarkCompile in the same run.
func BenchmarkDerive(b *testing.B) {
	county := rules.Document{Number: "某县实施细则（示例）", Title: "某县帮扶政策实施细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	o := rules.Override{Param: "job_seeking_grant", From: rules.MustDate(2022, 7, 1), Value: "3500", Cite: county.Cite("一", "每人发放3500元")}
	bk := Book()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bk.Derive(o); err != nil {
			b.Fatal(err)
		}
	}
}
