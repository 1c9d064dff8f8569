package expropriation_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The same money rule — the temporary resettlement fee of a 鹿城区
// residential unit, with the rate checked against the published range —
// three ways: through the book by ID, through the typed function, and
// written by hand in Go with shopspring/decimal. Each receives its case
// ready-made, as the hand-written function receives its arguments; the
// book/map variant also builds the case's Inputs map on every call.
// Compare them in one run (benchstat-style medians of -count runs); the
// book path's target is at most 3× the hand-written one.

var (
	benchOn     = rules.MustDate(2022, 6, 1)
	benchArea   = decimal.RequireFromString("90")
	benchRate   = decimal.RequireFromString("20")
	benchMonths = decimal.RequireFromString("18")
	benchPlan   = rules.MustDate(2022, 5, 20)
	sinkFee     decimal.Decimal
)

func BenchmarkResettlementFee(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := expropriation.Book()
		in := rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": benchArea, "rate": benchRate, "months": benchMonths, "plan_date": benchPlan}
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(expropriation.RuleResettlementFee, benchOn, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkFee = res.Value.Number()
		}
	})
	b.Run("book+map", func(b *testing.B) {
		book := expropriation.Book()
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(expropriation.RuleResettlementFee, benchOn, rules.Inputs{
				"district": "鹿城区", "use": "住宅用房", "area": benchArea, "rate": benchRate, "months": benchMonths, "plan_date": benchPlan,
			})
			if err != nil {
				b.Fatal(err)
			}
			sinkFee = res.Value.Number()
		}
	})
	b.Run("typed", func(b *testing.B) {
		p := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: benchArea, PlanDate: benchPlan}
		b.ReportAllocs()
		for b.Loop() {
			f, err := expropriation.Default().TemporaryResettlementFee(benchOn, expropriation.Resettlement{Premises: p, Rate: benchRate, Months: benchMonths})
			if err != nil {
				b.Fatal(err)
			}
			sinkFee = f.Amount
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			f, err := handResettlementFee(benchOn, benchPlan, "鹿城区", "住宅用房", benchArea, benchRate, benchMonths)
			if err != nil {
				b.Fatal(err)
			}
			sinkFee = f
		}
	})
}

// handResettlementFee is the rule as a Go programmer would write it without
// the library: the same checks of date, district, use and range, no
// explanation, no citations.
func handResettlementFee(on, plan rules.Date, district, use string, area, rate, months decimal.Decimal) (decimal.Decimal, error) {
	if on.Before(rules.MustDate(2022, 3, 5)) {
		return decimal.Decimal{}, errors.New("not in force")
	}
	if plan.After(on) {
		return decimal.Decimal{}, errors.New("invalid input")
	}
	if plan.Before(rules.MustDate(2022, 3, 5)) || plan.After(rules.MustDate(2024, 3, 4)) {
		return decimal.Zero, nil // not this notice's plan
	}
	if use == "仓储用房" {
		use = "工业用房"
	}
	r, ok := handRanges[district][use]
	if !ok {
		return decimal.Decimal{}, errors.New("no range")
	}
	if area.Sign() <= 0 || months.Sign() <= 0 || rate.LessThan(r[0]) || rate.GreaterThan(r[1]) {
		return decimal.Decimal{}, errors.New("invalid input")
	}
	return rate.Mul(area).Mul(months).Round(2), nil
}

var handRanges = map[string]map[string][2]decimal.Decimal{
	"鹿城区": {
		"住宅用房": {decimal.NewFromInt(12), decimal.NewFromInt(26)},
		"办公用房": {decimal.NewFromInt(12), decimal.NewFromInt(26)},
		"工业用房": {decimal.NewFromInt(12), decimal.NewFromInt(20)},
	},
}
