package rules

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// The cross-check catches a compiled closure that disagrees with expr's
// machine.
func TestCrossCheckCatchesADivergence(t *testing.T) {
	b := MustCompile(FixtureSpec())
	id := "relief.subsidy.property_management"
	in := Inputs{"area": "1500000"}
	if err := b.CrossCheck(id, MustDate(2022, 5, 15), in); err != nil {
		t.Fatalf("faithful rule: %v", err)
	}
	out := b.rules[id].outputs[0].node
	faithful := out.num
	out.num = func(f *frame) number { return faithful(f).Add(exact.Of(decimal.New(1, -2))) }
	defer func() { out.num = faithful }()
	err := b.CrossCheck(id, MustDate(2022, 5, 15), in)
	if err == nil || !strings.Contains(err.Error(), "output subsidy: the closures give 20000.01, expr's machine 20000") {
		t.Errorf("a closure off by a fen: got %v", err)
	}
}

// Random cases over expressions that mix every operator and function: the
// closures and expr's machine agree on each.
func TestCrossCheckRandomExpressions(t *testing.T) {
	exprs := []string{
		"a + b * c - a / (b + 1000.5)",
		"round(a * b, 2) + max(a, b, c) - min(c, 0)",
		"a > b ? (a - b) * 0.3 : abs(b - a) * 1.15",
		"floor(a / 7) * 7 + ceil(b) - -c",
		"a >= 0 && b < 100 || c == 0 ? a : b",
		"max(a - b, 0) + min(a, 300000) * 0.1",
		"min(max(a - b, 0) * c, a)", // an operator inside a call inside a call
		"round(max(a, b) / min(abs(c), 7) * 2, 2)",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	num := func() string {
		whole := rng.IntN(2_000_000) - 500_000
		frac := rng.IntN(10000)
		if rng.IntN(4) == 0 {
			return fmt.Sprint(whole)
		}
		return fmt.Sprintf("%d.%04d", whole, frac)
	}
	cite := FixtureSpec().Rules[0].Cite
	for _, src := range exprs {
		in := func(n string) Input { return NumberInput(n, T(n, n), Number, Range{}) }
		b := MustCompile(Spec{Rules: []Rule{{ID: "test.random.expr", Title: T("随机", "random"), Cite: cite,
			Inputs:  []Input{in("a"), in("b"), in("c")},
			Outputs: []Output{{Name: "v", Title: T("v", "v"), Expr: src}}}}})
		for range 300 {
			case_ := Inputs{"a": num(), "b": num(), "c": num()}
			if err := b.CrossCheck("test.random.expr", MustDate(2022, 6, 1), case_); err != nil {
				t.Fatalf("%s with %v: %v", src, case_, err)
			}
		}
	}
}
