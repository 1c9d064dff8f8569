package grain_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every class of bad input, for every input of the plan's rules: each ends
// in an invalid-input error naming the input, never a figure, a panic or an
// evaluation failure.
func TestBadInput(t *testing.T) {
	on := rules.MustDate(2023, 6, 1)
	d := decimal.RequireFromString
	level := func(s grain.Scope) func() error {
		return func() error { _, err := grain.Default().EmergencyLevel(on, s); return err }
	}
	received, _ := rules.NewDateTime(rules.MustDate(2023, 5, 31), 22, 30, 0)
	report := func(l grain.Level, at rules.DateTime) func() error {
		return func() error {
			_, err := grain.Default().ReportDeadline(on, grain.Report{Emergency: grain.Emergency{Level: l}, ReceivedAt: at})
			return err
		}
	}
	reserve := func(l grain.Locality, r, daily decimal.Decimal) func() error {
		return func() error {
			_, err := grain.Default().ReserveAdequacy(on, grain.Stock{Locality: l, Reserve: r, DailySupply: daily})
			return err
		}
	}
	supply := func(p, c decimal.Decimal) func() error {
		return func() error {
			_, err := grain.Default().SelfSufficiency(on, grain.Supply{Production: p, Consumption: c})
			return err
		}
	}
	market := grain.Market{Price: d("2.9"), WarningLine: d("3"), ApproachMargin: d("0.2")}
	alert := func(change func(*grain.Market)) func() error {
		m := market
		change(&m)
		return func() error { _, err := grain.Default().PriceAlert(on, m); return err }
	}
	schedule := func(drill, revision rules.Date) func() error {
		return func() error {
			_, err := grain.Default().PlanSchedule(on, grain.Upkeep{LastDrill: drill, LastRevision: revision})
			return err
		}
	}
	drill := rules.MustDate(2022, 6, 15)
	base := map[string]rules.Inputs{
		grain.RuleEmergencyLevel:    {"extent": "温州市内", "counties": 2},
		grain.RuleReportDeadline:    {"level": "较大", "received_at": "2023-05-31 22:30"},
		grain.RuleReserveAdequacy:   {"locality": "市区", "reserve": "15000", "daily_supply": "1000"},
		grain.RuleSelfSufficiency:   {"production": "684500", "consumption": "2150000"},
		grain.RulePriceAlert:        {"price": "2.9", "warning_line": "3", "approach_margin": "0.2"},
		grain.RulePlanSchedule:      {"last_drill": "2022-06-15"},
		grain.RuleEmergencyResponse: {"level": "一般"},
	}
	eval := func(id string, kv ...any) func() error {
		return typedtest.Eval(grain.Book(), id, on, typedtest.With(base[id], kv...))
	}
	minus := decimal.NewFromInt(-1)
	bad := typedtest.Bad

	typedtest.RunRows(t, []typedtest.Row{
		// Negative counts and amounts.
		bad("negative counties", "counties", level(grain.Scope{Extent: grain.WithinWenzhou, Counties: -2})),
		bad("negative townships", "townships", level(grain.Scope{Extent: grain.WithinWenzhou, Townships: -1})),
		bad("negative reserve", "reserve", reserve(grain.UrbanDistricts, minus, d("1000"))),
		bad("negative daily supply", "daily_supply", reserve(grain.Ruian, d("100"), minus)),
		bad("negative production", "production", supply(minus, d("2150000"))),
		bad("negative consumption", "consumption", supply(d("684500"), minus)),
		bad("negative price", "price", alert(func(m *grain.Market) { m.Price = minus })),
		bad("negative warning line", "warning_line", alert(func(m *grain.Market) { m.WarningLine = minus })),
		bad("negative margin", "approach_margin", alert(func(m *grain.Market) { m.ApproachMargin = minus })),
		// Zero where it has no meaning: no daily supply, no consumption, a
		// price, a line or a margin of nothing.
		bad("zero daily supply", "daily_supply", reserve(grain.UrbanDistricts, d("100"), decimal.Zero)),
		bad("zero consumption", "consumption", supply(d("684500"), decimal.Decimal{})),
		bad("zero price", "price", alert(func(m *grain.Market) { m.Price = decimal.Zero })),
		bad("zero warning line", "warning_line", alert(func(m *grain.Market) { m.WarningLine = decimal.Zero })),
		bad("zero margin", "approach_margin", alert(func(m *grain.Market) { m.ApproachMargin = decimal.Zero })),
		// A margin that must be smaller than the line it approaches.
		bad("margin as large as the line", "approach_margin", alert(func(m *grain.Market) { m.ApproachMargin = d("3") })),
		// Absurdly large.
		bad("typedtest.Huge reserve", "reserve", reserve(grain.UrbanDistricts, typedtest.Huge, d("1000"))),
		bad("typedtest.Huge daily supply", "daily_supply", reserve(grain.UrbanDistricts, d("1000"), typedtest.Huge)),
		bad("typedtest.Huge production", "production", supply(typedtest.Huge, d("2150000"))),
		bad("typedtest.Huge price", "price", alert(func(m *grain.Market) { m.Price = typedtest.Huge })),
		bad("typedtest.Huge counties through the book", "counties", eval(grain.RuleEmergencyLevel, "counties", typedtest.Huge)),
		// Over-precise.
		bad("over-precise daily supply", "daily_supply", reserve(grain.UrbanDistricts, d("1000"), typedtest.OverPrecise)),
		bad("over-precise consumption", "consumption", supply(d("684500"), d("2150000").Add(typedtest.OverPrecise))),
		bad("over-precise margin", "approach_margin", alert(func(m *grain.Market) { m.ApproachMargin = typedtest.OverPrecise })),
		bad("a count with decimals", "townships", eval(grain.RuleEmergencyLevel, "townships", "2.5")),
		// NaN-like texts through the book.
		bad("NaN reserve", "reserve", eval(grain.RuleReserveAdequacy, "reserve", "NaN")),
		bad("Inf production", "production", eval(grain.RuleSelfSufficiency, "production", "Inf")),
		bad("1e999 price", "price", eval(grain.RulePriceAlert, "price", "1e999")),
		bad("-Inf counties", "counties", eval(grain.RuleEmergencyLevel, "counties", "-Inf")),
		// Impossible dates.
		bad("zero receipt", "received_at", report(grain.RelativelySerious, rules.DateTime{})),
		bad("receipt after the evaluation date", "received_at", report(grain.Serious, func() rules.DateTime {
			at, _ := rules.NewDateTime(on.AddDays(1), 0, 0, 0)
			return at
		}())),
		bad("zero last drill", "last_drill", schedule(rules.Date{}, rules.Date{})),
		bad("last drill after the evaluation date", "last_drill", schedule(on.AddDays(1), rules.Date{})),
		bad("last revision after the evaluation date", "last_revision", schedule(drill, on.AddDays(1))),
		bad("last revision before the plan was issued", "last_revision", schedule(drill, rules.MustDate(2019, 5, 1))),
		bad("zero time.Time receipt", "received_at", eval(grain.RuleReportDeadline, "received_at", time.Time{})),
		bad("zero time.Time last drill", "last_drill", eval(grain.RulePlanSchedule, "last_drill", time.Time{})),
		bad("25 o'clock", "received_at", eval(grain.RuleReportDeadline, "received_at", "2023-05-31 25:00")),
		bad("29 February 2023", "last_drill", eval(grain.RulePlanSchedule, "last_drill", "2023-02-29")),
		bad("zero evaluation date", "date", func() error {
			_, err := grain.Default().EmergencyResponse(rules.Date{}, grain.Emergency{Level: grain.General})
			return err
		}),
		// Unknown localities and enum values, "" where required.
		bad("unknown extent", "extent", level(grain.Scope{Extent: "全国范围"})),
		bad("no extent", "extent", level(grain.Scope{Counties: 3})),
		bad("unknown judgement", "treated_as", level(grain.Scope{Extent: grain.WithinWenzhou, TreatedAs: "区级"})),
		bad("unknown level", "level", func() error {
			_, err := grain.Default().EmergencyResponse(on, grain.Emergency{Level: "严重"})
			return err
		}),
		bad("no level", "level", report("", received)),
		bad("unknown locality", "locality", reserve("鹿城区", d("100"), d("10"))),
		bad("no locality", "locality", reserve("", d("100"), d("10"))),
		bad("unknown cause", "cause", alert(func(m *grain.Market) { m.Cause = "战争" })),
		// Missing fields.
		bad("missing extent", "extent", eval(grain.RuleEmergencyLevel, "extent", nil)),
		bad("missing receipt", "received_at", eval(grain.RuleReportDeadline, "received_at", nil)),
		bad("missing reserve", "reserve", eval(grain.RuleReserveAdequacy, "reserve", nil)),
		bad("missing margin", "approach_margin", eval(grain.RulePriceAlert, "approach_margin", nil)),
		bad("missing last drill", "last_drill", eval(grain.RulePlanSchedule, "last_drill", nil)),
		bad("misspelt input", "last_revison", eval(grain.RulePlanSchedule, "last_revison", "2022-03-08")),
		// Wrong types through the book.
		bad("bool for a count", "counties", eval(grain.RuleEmergencyLevel, "counties", true)),
		bad("text for a flag", "main_urban_area", eval(grain.RuleEmergencyLevel, "main_urban_area", "是")),
		bad("float for a reserve", "reserve", eval(grain.RuleReserveAdequacy, "reserve", 15000.0)),
		bad("number for a date-time", "received_at", eval(grain.RuleReportDeadline, "received_at", 202305312230)),
		bad("date without time for a date-time", "received_at", eval(grain.RuleReportDeadline, "received_at", "2023-05-31")),
		bad("percentage for a price", "price", eval(grain.RulePriceAlert, "price", "290%")),
	})
}

// texts are the values of the plan's enums, for Fill.
func texts() []string {
	var tx []string
	tx = append(tx, rules.Texts(grain.Levels())...)
	tx = append(tx, rules.Texts(grain.Extents())...)
	tx = append(tx, rules.Texts(grain.Judgements())...)
	tx = append(tx, rules.Texts(grain.Localities())...)
	return append(tx, rules.Texts(grain.Causes())...)
}

// typedCase is what FuzzTyped builds from its bytes. Fill leaves a
// DateTime (whose fields are unexported) at zero, so the receipt is built
// from a day and a clock.
type typedCase struct {
	Fn                  int
	On                  rules.Date
	Scope               grain.Scope
	Level               grain.Level
	ReceivedOn          rules.Date
	Hour, Minute        int
	Locality            grain.Locality
	Reserve, Daily      decimal.Decimal
	Production, Consume decimal.Decimal
	Market              grain.Market
	Drill, Revision     rules.Date
}

// FuzzTyped calls the plan's typed functions with arbitrary values, seeded
// with the worked cases: never a panic; a result that explains itself, or
// an error the engine knows, naming its field when the input is invalid —
// never a rule failing in evaluation.
func FuzzTyped(f *testing.F) {
	tx := texts()
	d := decimal.RequireFromString
	on := rules.MustDate(2023, 1, 4)
	for _, c := range []typedCase{
		// 1.5.3 two county-level units: 较大
		{Fn: 0, On: on, Scope: grain.Scope{Extent: grain.WithinWenzhou, Counties: 2}},
		// 5.1 较大 → Ⅲ级, 市指挥部
		{Fn: 1, On: on, Level: grain.RelativelySerious},
		// 5.3.1 received 22:30, report by 02:30 the next day
		{Fn: 2, On: on, Level: grain.Serious, ReceivedOn: rules.MustDate(2023, 1, 3), Hour: 22, Minute: 30},
		// 4.1 市区 15 days × 1,000 t = 15,000 t: adequate
		{Fn: 3, On: on, Locality: grain.UrbanDistricts, Reserve: d("15000"), Daily: d("1000")},
		// 2.1 684,500 ÷ 2,150,000 = 31.84%
		{Fn: 4, On: on, Production: d("684500"), Consume: d("2150000")},
		// 4.3 (3) 2.9 within 0.2 of the line 3
		{Fn: 5, On: on, Market: grain.Market{Price: d("2.9"), WarningLine: d("3"), ApproachMargin: d("0.2")}},
		// 8.1 2022-06-15 + 2 years = 2024-06-15
		{Fn: 6, On: on, Drill: rules.MustDate(2022, 6, 15)},
	} {
		f.Add(typedtest.Seed(c, tx))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedCase
		rulestest.Fill(data, &c, tx)
		var res *rules.Result
		var err error
		typedtest.Timed(t, func() {
			switch (c.Fn%7 + 7) % 7 {
			case 0:
				var r grain.Classification
				r, err = grain.Default().EmergencyLevel(c.On, c.Scope)
				res = r.Result()
			case 1:
				var r grain.Response
				r, err = grain.Default().EmergencyResponse(c.On, grain.Emergency{Level: c.Level})
				res = r.Result()
			case 2:
				at, _ := rules.NewDateTime(c.ReceivedOn, c.Hour, c.Minute, 0)
				var r grain.Deadline
				r, err = grain.Default().ReportDeadline(c.On, grain.Report{Emergency: grain.Emergency{Level: c.Level}, ReceivedAt: at})
				res = r.Result()
			case 3:
				var r grain.Reserve
				r, err = grain.Default().ReserveAdequacy(c.On, grain.Stock{Locality: c.Locality, Reserve: c.Reserve, DailySupply: c.Daily})
				res = r.Result()
			case 4:
				var r grain.Sufficiency
				r, err = grain.Default().SelfSufficiency(c.On, grain.Supply{Production: c.Production, Consumption: c.Consume})
				res = r.Result()
			case 5:
				var r grain.Alert
				r, err = grain.Default().PriceAlert(c.On, c.Market)
				res = r.Result()
			case 6:
				var r grain.Schedule
				r, err = grain.Default().PlanSchedule(c.On, grain.Upkeep{LastDrill: c.Drill, LastRevision: c.Revision})
				res = r.Result()
			}
		})
		if typedtest.CheckErr(t, err) {
			typedtest.Explains(t, res)
		}
	})
}
