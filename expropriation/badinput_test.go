package expropriation_test

import (
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every class of bad input, for every input of the notice's rules: each
// ends in an invalid-input error naming the input, never a figure, a
// panic or an evaluation failure.
func TestBadInput(t *testing.T) {
	on := rules.MustDate(2022, 6, 1)
	plan := rules.MustDate(2022, 5, 20)
	home := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.NewFromInt(100), PlanDate: plan}
	rate, months := decimal.NewFromInt(20), decimal.NewFromInt(12)
	with := func(change func(*expropriation.Premises)) expropriation.Premises {
		p := home
		change(&p)
		return p
	}
	fee := func(p expropriation.Premises, rate, months decimal.Decimal) func() error {
		return func() error {
			_, err := expropriation.Default().TemporaryResettlementFee(on, expropriation.Resettlement{Premises: p, Rate: rate, Months: months})
			return err
		}
	}
	moving := func(p expropriation.Premises) func() error {
		return func() error { _, err := expropriation.Default().MovingFee(on, p); return err }
	}
	feeIn := rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": "100", "rate": "20", "months": "12", "plan_date": "2022-05-20"}
	eval := func(id string, kv ...any) func() error {
		in := typedtest.With(feeIn)
		if id == expropriation.RuleMovingFee {
			delete(in, "rate")
			delete(in, "months")
		}
		return typedtest.Eval(expropriation.Book(), id, on, typedtest.With(in, kv...))
	}
	fr := expropriation.RuleResettlementFee

	bad := typedtest.Bad
	typedtest.RunRows(t, []typedtest.Row{
		// Negative amounts.
		bad("negative area", "area", fee(with(func(p *expropriation.Premises) { p.Area = decimal.NewFromInt(-100) }), rate, months)),
		bad("negative area moving", "area", moving(with(func(p *expropriation.Premises) { p.Area = decimal.NewFromInt(-1) }))),
		bad("negative rate", "rate", fee(home, decimal.NewFromInt(-20), months)),
		bad("negative months", "months", fee(home, rate, decimal.NewFromInt(-12))),
		// Zero where it has no meaning: no premises of 0 m², no rate of 0,
		// no resettlement of 0 months.
		bad("zero area", "area", fee(with(func(p *expropriation.Premises) { p.Area = decimal.Zero }), rate, months)),
		bad("zero area moving", "area", moving(with(func(p *expropriation.Premises) { p.Area = decimal.Decimal{} }))),
		bad("zero rate", "rate", fee(home, decimal.Zero, months)),
		bad("zero months", "months", fee(home, rate, decimal.Zero)),
		// A rate outside the range the annex publishes for the district and use.
		bad("rate above the range", "rate", fee(home, decimal.NewFromInt(27), months)),
		bad("rate below the range", "rate", fee(home, decimal.RequireFromString("11.99"), months)),
		// Absurdly large.
		bad("typedtest.Huge area", "area", fee(with(func(p *expropriation.Premises) { p.Area = typedtest.Huge }), rate, months)),
		bad("typedtest.Huge area moving", "area", moving(with(func(p *expropriation.Premises) { p.Area = typedtest.Huge }))),
		bad("typedtest.Huge rate", "rate", fee(home, typedtest.Huge, months)),
		bad("typedtest.Huge months", "months", fee(home, rate, typedtest.Huge)),
		// Over-precise.
		bad("over-precise area", "area", fee(with(func(p *expropriation.Premises) { p.Area = typedtest.OverPrecise }), rate, months)),
		bad("over-precise rate", "rate", fee(home, decimal.NewFromInt(20).Add(typedtest.OverPrecise), months)),
		bad("over-precise months", "months", fee(home, rate, typedtest.OverPrecise)),
		// NaN-like texts through the book.
		bad("NaN area", "area", eval(fr, "area", "NaN")),
		bad("Inf rate", "rate", eval(fr, "rate", "Inf")),
		bad("1e999 months", "months", eval(fr, "months", "1e999")),
		bad("-Inf area moving", "area", eval(expropriation.RuleMovingFee, "area", "-Inf")),
		// Impossible dates.
		bad("zero plan date", "plan_date", fee(with(func(p *expropriation.Premises) { p.PlanDate = rules.Date{} }), rate, months)),
		bad("zero plan date moving", "plan_date", moving(with(func(p *expropriation.Premises) { p.PlanDate = rules.Date{} }))),
		bad("plan after the evaluation date", "plan_date", fee(with(func(p *expropriation.Premises) { p.PlanDate = on.AddDays(1) }), rate, months)),
		bad("plan after the evaluation date moving", "plan_date", moving(with(func(p *expropriation.Premises) { p.PlanDate = on.AddDays(1) }))),
		bad("zero time.Time plan date", "plan_date", eval(fr, "plan_date", time.Time{})),
		bad("30 February plan date", "plan_date", eval(fr, "plan_date", "2022-02-30")),
		bad("plan date in year 1", "plan_date", eval(fr, "plan_date", "0001-01-01")),
		bad("zero evaluation date", "date", func() error { _, err := expropriation.Default().MovingFee(rules.Date{}, home); return err }),
		bad("evaluation date in year 9999", "date", func() error {
			_, err := expropriation.Default().ResettlementRange(rules.MustDate(9999, 1, 1), expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Office})
			return err
		}),
		// Unknown localities and enum values, and "" where required.
		bad("unknown district", "district", fee(with(func(p *expropriation.Premises) { p.Locality = "北京市" }), rate, months)),
		bad("no district", "district", moving(with(func(p *expropriation.Premises) { p.Locality = "" }))),
		bad("county not in the notice", "district", func() error {
			_, err := expropriation.Default().ResettlementRange(on, expropriation.Premises{Locality: "瑞安市", Use: expropriation.Residential})
			return err
		}),
		bad("unknown use", "use", moving(with(func(p *expropriation.Premises) { p.Use = "宗教用房" }))),
		bad("no use", "use", func() error {
			_, err := expropriation.Default().ResettlementRange(on, expropriation.Premises{Locality: expropriation.Ouhai, Use: ""})
			return err
		}),
		// Missing fields through the book.
		bad("missing area", "area", eval(fr, "area", nil)),
		bad("missing months", "months", eval(fr, "months", nil)),
		bad("missing plan date", "plan_date", eval(expropriation.RuleMovingFee, "plan_date", nil)),
		bad("missing district", "district", eval(expropriation.RuleResettlementRange, "district", nil, "area", nil, "rate", nil, "months", nil, "plan_date", nil)),
		bad("misspelt input", "areas", eval(fr, "areas", "100")),
		// Wrong types through the book.
		bad("bool for area", "area", eval(fr, "area", true)),
		bad("float for rate", "rate", eval(fr, "rate", 20.5)),
		bad("number for plan date", "plan_date", eval(fr, "plan_date", 20220520)),
		bad("number for district", "district", eval(fr, "district", 1)),
		bad("percentage for area", "area", eval(fr, "area", "100%")),
		bad("text with separators for months", "months", eval(fr, "months", "1_2")),
		bad("a number of 65 characters", "area", eval(fr, "area", strings.Repeat("9", 65))),
		bad("a date of 65 characters", "plan_date", eval(fr, "plan_date", "2022-05-20"+strings.Repeat(" ", 55))),
	})
}

// texts are the values of the package's enums, for Fill.
func texts() []string {
	return append(rules.Texts(expropriation.Localities()), rules.Texts(expropriation.Uses())...)
}

// typedCase is what FuzzTyped builds from its bytes: which function, the
// evaluation date and every argument.
type typedCase struct {
	Fn       int
	On       rules.Date
	Premises expropriation.Premises
	Rate     decimal.Decimal
	Months   decimal.Decimal
}

// FuzzTyped calls the notice's typed functions with arbitrary values, seeded
// with the worked cases: never a panic; a result that explains itself, or
// an error the engine knows, naming its field when the input is invalid —
// never a rule failing in evaluation.
func FuzzTyped(f *testing.F) {
	tx := texts()
	d := decimal.RequireFromString
	plan := rules.MustDate(2022, 5, 20)
	for _, c := range []typedCase{
		// 附件1 鹿城区 住宅用房 12-26
		{Fn: 0, On: plan, Premises: expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential}},
		// 20 × 100 × 12 = 24,000
		{Fn: 1, On: rules.MustDate(2022, 6, 1), Premises: expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential,
			Area: d("100"), PlanDate: plan}, Rate: d("20"), Months: d("12")},
		// 15 × 66.67 = 1,000.05
		{Fn: 2, On: rules.MustDate(2022, 6, 1), Premises: expropriation.Premises{Locality: expropriation.Longwan, Use: expropriation.Residential,
			Area: d("66.67"), PlanDate: plan}},
		// 营业用房: case by case
		{Fn: 1, On: rules.MustDate(2024, 3, 4), Premises: expropriation.Premises{Locality: expropriation.Dongtou, Use: expropriation.Business,
			Area: d("200"), PlanDate: plan}, Rate: d("8"), Months: d("6")},
	} {
		f.Add(typedtest.Seed(c, tx))
	}
	f.Add([]byte{})
	f.Add([]byte{1, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedCase
		rulestest.Fill(data, &c, tx)
		var res *rules.Result
		var err error
		typedtest.Timed(t, func() {
			switch (c.Fn%3 + 3) % 3 {
			case 0:
				var r expropriation.RateRange
				r, err = expropriation.Default().ResettlementRange(c.On, c.Premises)
				res = r.Result()
			case 1:
				var r expropriation.ResettlementFee
				r, err = expropriation.Default().TemporaryResettlementFee(c.On, expropriation.Resettlement{Premises: c.Premises, Rate: c.Rate, Months: c.Months})
				res = r.Result()
			case 2:
				var r expropriation.MovingFee
				r, err = expropriation.Default().MovingFee(c.On, c.Premises)
				res = r.Result()
			}
		})
		if typedtest.CheckErr(t, err) {
			typedtest.Explains(t, res)
		}
	})
}
