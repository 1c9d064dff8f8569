package grain_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The reserve check of 4.1 three ways: through the book by ID, through the
// typed function, and written by hand in Go with shopspring/decimal (the
// same checks, no explanation, no citations). The other typed functions are
// timed on their own.

var (
	benchOn      = rules.MustDate(2022, 6, 1)
	benchReserve = decimal.RequireFromString("1499.99")
	benchSupply  = decimal.RequireFromString("100")
	sinkDays     decimal.Decimal
	sinkOK       bool
	sinkText     string
)

func BenchmarkReserveAdequacy(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := grain.Book()
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(grain.RuleReserveAdequacy, benchOn, rules.Inputs{
				"locality": "市区", "reserve": benchReserve, "daily_supply": benchSupply,
			})
			if err != nil {
				b.Fatal(err)
			}
			sinkDays = res.Value.Number()
		}
	})
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := grain.Default().ReserveAdequacy(benchOn, grain.Stock{Locality: grain.UrbanDistricts, Reserve: benchReserve, DailySupply: benchSupply})
			if err != nil {
				b.Fatal(err)
			}
			sinkDays, sinkOK = r.DaysCovered, r.Adequate
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			days, ok, err := handReserve(benchOn, "市区", benchReserve, benchSupply)
			if err != nil {
				b.Fatal(err)
			}
			sinkDays, sinkOK = days, ok
		}
	})
}

// handReserve is the rule as a Go programmer would write it without the
// library.
func handReserve(on rules.Date, locality string, reserve, daily decimal.Decimal) (decimal.Decimal, bool, error) {
	if on.Before(rules.MustDate(2022, 3, 8)) {
		return decimal.Decimal{}, false, errors.New("not in force")
	}
	least, ok := handMinDays[locality]
	if !ok {
		return decimal.Decimal{}, false, errors.New("unknown locality")
	}
	if reserve.Sign() < 0 || daily.Sign() <= 0 {
		return decimal.Decimal{}, false, errors.New("invalid input")
	}
	return reserve.DivRound(daily, 24).RoundDown(2), reserve.GreaterThanOrEqual(least.Mul(daily)), nil
}

var handMinDays = map[string]decimal.Decimal{"市区": decimal.NewFromInt(15), "瑞安市": decimal.NewFromInt(10)}

func BenchmarkEmergencyLevel(b *testing.B) {
	s := grain.Scope{Extent: grain.WithinWenzhou, Counties: 1, Townships: 2}
	b.ReportAllocs()
	for b.Loop() {
		c, err := grain.Default().EmergencyLevel(benchOn, s)
		if err != nil {
			b.Fatal(err)
		}
		sinkText = string(c.Level)
	}
}

func BenchmarkEmergencyResponse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r, err := grain.Default().EmergencyResponse(benchOn, grain.Emergency{Level: grain.RelativelySerious})
		if err != nil {
			b.Fatal(err)
		}
		sinkText = r.Command
	}
}

func BenchmarkReportDeadline(b *testing.B) {
	at, _ := rules.ParseDateTime("2022-06-01 21:30")
	b.ReportAllocs()
	for b.Loop() {
		d, err := grain.Default().ReportDeadline(benchOn, grain.Report{Emergency: grain.Emergency{Level: grain.RelativelySerious}, ReceivedAt: at})
		if err != nil {
			b.Fatal(err)
		}
		sinkOK = d.Eligible()
	}
}

func BenchmarkSelfSufficiency(b *testing.B) {
	prod, cons := decimal.NewFromInt(684500), decimal.NewFromInt(2150000)
	b.ReportAllocs()
	for b.Loop() {
		s, err := grain.Default().SelfSufficiency(benchOn, grain.Supply{Production: prod, Consumption: cons})
		if err != nil {
			b.Fatal(err)
		}
		sinkDays = s.Ratio.Fraction()
	}
}

func BenchmarkPriceAlert(b *testing.B) {
	m := grain.Market{Price: decimal.RequireFromString("2.95"), WarningLine: decimal.RequireFromString("3.00"),
		ApproachMargin: decimal.RequireFromString("0.10"), Cause: grain.NaturalDisaster, AbnormalSwing: true}
	b.ReportAllocs()
	for b.Loop() {
		a, err := grain.Default().PriceAlert(benchOn, m)
		if err != nil {
			b.Fatal(err)
		}
		sinkOK = a.ReportRequired
	}
}

func BenchmarkPlanSchedule(b *testing.B) {
	on, last := rules.MustDate(2023, 1, 1), rules.MustDate(2022, 6, 15)
	b.ReportAllocs()
	for b.Loop() {
		s, err := grain.Default().PlanSchedule(on, grain.Upkeep{LastDrill: last})
		if err != nil {
			b.Fatal(err)
		}
		sinkOK = s.DrillOverdue
	}
}
