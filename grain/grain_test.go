package grain_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	dayBefore = rules.MustDate(2022, 3, 7)
	dayIn     = rules.MustDate(2022, 6, 1)
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, grain.Book(), map[string]string{
		grain.Plan().Number: "../testdata/sources/6-grain.txt",
	})
}

func TestEveryRuleHasCases(t *testing.T) {
	want := []string{grain.RuleEmergencyLevel, grain.RuleEmergencyResponse, grain.RuleReportDeadline,
		grain.RuleReserveAdequacy, grain.RuleSelfSufficiency, grain.RulePriceAlert, grain.RulePlanSchedule}
	if d := cmp.Diff(want, grain.Book().RuleIDs()); d != "" {
		t.Errorf("rule IDs of the book (-want +got):\n%s", d)
	}
}

// The typed functions evaluate the same rules as the book: same results.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	dec := decimal.RequireFromString
	book := grain.Book()
	eval := func(id string, in rules.Inputs) *rules.Result {
		t.Helper()
		res, err := book.Eval(id, dayIn, in)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		return res
	}
	fig := func(res *rules.Result, name string) string {
		f, _ := res.Figure(name)
		return f.Value.String()
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	type pair struct{ typed, book string }
	var got []pair

	c, err := grain.Default().EmergencyLevel(dayIn, grain.Scope{Extent: grain.WithinWenzhou, Counties: 1, Townships: 2})
	must(err)
	b := eval(grain.RuleEmergencyLevel, rules.Inputs{"extent": "温州市内", "counties": 1, "townships": 2})
	got = append(got, pair{string(c.Level), fig(b, "level")})

	resp, err := grain.Default().EmergencyResponse(dayIn, grain.Emergency{Level: grain.RelativelySerious})
	must(err)
	b = eval(grain.RuleEmergencyResponse, rules.Inputs{"level": "较大"})
	got = append(got, pair{string(resp.Grade), fig(b, "grade")}, pair{resp.Command, fig(b, "command")},
		pair{boolText(resp.CityPlan), fig(b, "city_plan")})

	at, _ := rules.ParseDateTime("2022-06-01 21:30")
	dl, err := grain.Default().ReportDeadline(dayIn, grain.Report{Emergency: grain.Emergency{Level: grain.Serious}, ReceivedAt: at})
	must(err)
	b = eval(grain.RuleReportDeadline, rules.Inputs{"level": "重大", "received_at": "2022-06-01 21:30"})
	got = append(got, pair{dl.At.String(), fig(b, "deadline")})

	rs, err := grain.Default().ReserveAdequacy(dayIn, grain.Stock{Locality: grain.UrbanDistricts, Reserve: dec("1499.99"), DailySupply: dec("100")})
	must(err)
	b = eval(grain.RuleReserveAdequacy, rules.Inputs{"locality": "市区", "reserve": "1499.99", "daily_supply": "100"})
	got = append(got, pair{rs.DaysCovered.String(), fig(b, "days_covered")}, pair{boolText(rs.Adequate), fig(b, "adequate")},
		pair{rs.MinDays.String(), fig(b, "min_days")}, pair{rs.Shortfall.String(), fig(b, "shortfall")})

	s, err := grain.Default().SelfSufficiency(dayIn, grain.Supply{Production: dec("684500"), Consumption: dec("2150000")})
	must(err)
	b = eval(grain.RuleSelfSufficiency, rules.Inputs{"production": "684500", "consumption": "2150000"})
	got = append(got, pair{s.Ratio.Fraction().String(), fig(b, "ratio")}, pair{s.Gap.String(), fig(b, "gap")})

	a, err := grain.Default().PriceAlert(dayIn, grain.Market{Price: dec("3.20"), WarningLine: dec("3.00"), ApproachMargin: dec("0.10"),
		Cause: grain.PublicHealthEvent, AbnormalSwing: true})
	must(err)
	b = eval(grain.RulePriceAlert, rules.Inputs{"price": "3.20", "warning_line": "3.00", "approach_margin": "0.10",
		"cause": "突发公共卫生事件", "abnormal_swing": true})
	got = append(got, pair{boolText(a.ReportRequired), fig(b, "report_required")}, pair{boolText(a.ByDisaster), fig(b, "by_disaster")},
		pair{boolText(a.ByHealthEvent), fig(b, "by_health_event")}, pair{boolText(a.ByPrice), fig(b, "by_price")},
		pair{boolText(a.ByOtherSwing), fig(b, "by_other_swing")})

	sc, err := grain.Default().PlanSchedule(dayIn, grain.Upkeep{LastDrill: rules.MustDate(2021, 11, 10)})
	must(err)
	b = eval(grain.RulePlanSchedule, rules.Inputs{"last_drill": "2021-11-10"})
	got = append(got, pair{sc.NextDrill.String(), fig(b, "next_drill_due")}, pair{sc.NextRevision.String(), fig(b, "next_revision_due")},
		pair{boolText(sc.DrillOverdue), fig(b, "drill_overdue")}, pair{boolText(sc.RevisionOverdue), fig(b, "revision_overdue")})

	for i, p := range got {
		if p.typed != p.book {
			t.Errorf("figure %d: typed %q, book %q", i, p.typed, p.book)
		}
	}
	// The figures themselves, worked by hand from the text (see the cases above).
	var typed []string
	for _, p := range got {
		typed = append(typed, p.typed)
	}
	want := []string{
		"一般",                 // 1.5.4 two townships
		"Ⅲ级", "市指挥部", "true", // 5.3.1
		"2022-06-02 01:30:00",          // 5.3.1 21:30 + 4 h
		"14.99", "false", "15", "0.01", // 4.1 1499.99 ÷ 100
		"0.3184", "1465500", // 2.1
		"true", "false", "false", "true", "true", // 4.3 price over the line; epidemic swing without panic is ground (4)
		"2023-11-10", "2025-03-08", "false", "false", // 8.1, 8.2
	}
	if d := cmp.Diff(want, typed); d != "" {
		t.Errorf("typed figures (-want +got):\n%s", d)
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// The typed API reports what the rules report: a scope that meets no level,
// a general emergency outside the 4-hour report, and invalid input naming
// the field.
func TestTypedOutcomes(t *testing.T) {
	c, err := grain.Default().EmergencyLevel(dayIn, grain.Scope{Extent: grain.WithinWenzhou, Counties: 1, Townships: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c.Level != "" || c.Eligible() || len(c.Failed()) != 1 || c.Failed()[0].Name != "meets_a_level" {
		t.Errorf("one township (1.5.4 两个以上乡镇): want no level and the failed condition meets_a_level, got %q, %+v", c.Level, c.Failed())
	}
	at, _ := rules.ParseDateTime("2022-06-01 09:00")
	dl, err := grain.Default().ReportDeadline(dayIn, grain.Report{Emergency: grain.Emergency{Level: grain.General}, ReceivedAt: at})
	if err != nil {
		t.Fatal(err)
	}
	if dl.Eligible() || !dl.At.IsZero() {
		t.Errorf("general emergency (5.2.1 县级预案): want no 4-hour deadline, got %v at %s", dl.Eligible(), dl.At)
	}
	invalid := func(what string, err error, field string) {
		t.Helper()
		var re *rules.Error
		if !errors.Is(err, rules.ErrInvalidInput) || !errors.As(err, &re) || re.Input != field {
			t.Errorf("%s: want an invalid-input error on %s, got %v", what, field, err)
		}
	}
	_, err = grain.Default().EmergencyLevel(dayIn, grain.Scope{Counties: 2})
	invalid("scope without an extent", err, "extent")
	_, err = grain.Default().ReportDeadline(dayIn, grain.Report{Emergency: grain.Emergency{Level: grain.RelativelySerious}, ReceivedAt: rules.DateTime{}})
	invalid("no time of receipt", err, "received_at")
	_, err = grain.Default().PlanSchedule(dayIn, grain.Upkeep{LastDrill: rules.Date{}, LastRevision: rules.Date{}})
	invalid("no last drill", err, "last_drill")
	_, err = grain.Default().ReserveAdequacy(dayIn, grain.Stock{Locality: "鹿城区", Reserve: decimal.NewFromInt(1500), DailySupply: decimal.NewFromInt(100)})
	invalid("a district instead of 市区", err, "locality")
	_, err = grain.Default().EmergencyResponse(dayBefore, grain.Emergency{Level: grain.General})
	if !errors.Is(err, rules.ErrNotInForce) {
		t.Errorf("the day before the plan (9.3): want ErrNotInForce, got %v", err)
	}
}

// Zero values of the typed market are refused, naming the field, never read
// as a price of nothing or a band that erases "approaching" (audit F10):
// before the fix, 2.99 against a line of 3.00 with the band left unset
// needed no report. A report received before the plan is outside it (F9).
func TestTypedZeroMarketAndEarlyReceipt(t *testing.T) {
	dec := decimal.RequireFromString
	field := func(err error) string {
		var re *rules.Error
		if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) {
			return fmt.Sprint("not an invalid-input error: ", err)
		}
		return re.Input
	}
	_, err1 := grain.Default().PriceAlert(dayIn, grain.Market{Price: dec("2.99"), WarningLine: dec("3.00")})
	_, err2 := grain.Default().PriceAlert(dayIn, grain.Market{WarningLine: dec("3.00"), ApproachMargin: dec("0.10")})
	if got, want := []string{field(err1), field(err2)}, []string{"approach_margin", "price"}; !slices.Equal(got, want) {
		t.Errorf("fields named %v, want %v", got, want)
	}
	recv, _ := rules.ParseDateTime("2022-03-01 10:00")
	d, err := grain.Default().ReportDeadline(rules.MustDate(2022, 3, 10), grain.Report{Emergency: grain.Emergency{Level: grain.RelativelySerious}, ReceivedAt: recv})
	if err != nil || d.Eligible() || len(d.Failed()) != 1 || d.Failed()[0].Name != "received_under_this_plan" {
		t.Errorf("a report received on 2022-03-01, before the plan: applies %t %v", d.Eligible(), err)
	}
}

func TestParse(t *testing.T) {
	if l, err := grain.ParseLevel("较大"); err != nil || l != grain.RelativelySerious {
		t.Errorf("ParseLevel(较大) = %q, %v", l, err)
	}
	if _, err := grain.ParseLevel("严重"); err == nil {
		t.Error("ParseLevel(严重): want an error listing the levels")
	}
	if e, err := grain.ParseExtent("全省范围"); err != nil || e != grain.WholeProvince {
		t.Errorf("ParseExtent(全省范围) = %q, %v", e, err)
	}
	if _, err := grain.ParseExtent("全国"); err == nil {
		t.Error("ParseExtent(全国): want an error")
	}
	if j, err := grain.ParseJudgement("市级"); err != nil || j != grain.JudgedCity {
		t.Errorf("ParseJudgement(市级) = %q, %v", j, err)
	}
	if _, err := grain.ParseJudgement("国务院"); err == nil {
		t.Error("ParseJudgement(国务院): want an error")
	}
	if l, err := grain.ParseLocality("龙港市"); err != nil || l != grain.Longgang {
		t.Errorf("ParseLocality(龙港市) = %q, %v", l, err)
	}
	if _, err := grain.ParseLocality("瓯海区"); err == nil {
		t.Error("ParseLocality(瓯海区): want an error (瓯海区 is within 市区)")
	}
	if c, err := grain.ParseCause("突发公共卫生事件"); err != nil || c != grain.PublicHealthEvent {
		t.Errorf("ParseCause(突发公共卫生事件) = %q, %v", c, err)
	}
	if _, err := grain.ParseCause("台风"); err == nil {
		t.Error("ParseCause(台风): want an error")
	}
}

// A county that keeps a larger reserve, or a bureau that drills every year,
// derives a new book; the plan's figures are floors (以上) and caps (至少每2年),
// so a derived book may not lower the reserve or lengthen the interval.
func TestDerivedBook(t *testing.T) {
	county := &rules.Document{Number: "乐清市粮食应急预案（示例）", Title: "乐清市粮食应急预案", Issuer: "乐清市人民政府",
		Issued: rules.MustDate(2022, 7, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	from := rules.MustDate(2022, 7, 1)
	minDays := func(yueqing string) rules.Override {
		var rows []rules.Row
		for _, l := range grain.Localities() {
			v := "10"
			switch l {
			case grain.UrbanDistricts:
				v = "15"
			case grain.Yueqing:
				v = yueqing
			}
			rows = append(rows, rules.Row{Keys: []string{string(l)}, Value: decimal.RequireFromString(v)})
		}
		return rules.Override{Param: "reserve_min_days", From: from, Value: rules.Table{Rows: rows},
			Cite: county.Cite("4.1", "成品粮油储备达到"+yueqing+"天以上市场供应量")}
	}
	derived, err := grain.Book().Derive(minDays("15"))
	if err != nil {
		t.Fatal(err)
	}
	ev := grain.MustEvaluator(derived)
	twelve := func(e *grain.Evaluator, on rules.Date) grain.Reserve {
		t.Helper()
		r, err := e.ReserveAdequacy(on, grain.Stock{Locality: grain.Yueqing, Reserve: decimal.NewFromInt(1200), DailySupply: decimal.NewFromInt(100)})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	// 12 days: short of the county's own 15 from 2022-07-01, enough for the plan's 10 before it and in the plan's book.
	after, before, orig := twelve(ev, rules.MustDate(2022, 7, 1)), twelve(ev, rules.MustDate(2022, 6, 30)), twelve(grain.MustEvaluator(grain.Book()), dayIn)
	if after.Adequate || !after.MinDays.Equal(decimal.NewFromInt(15)) || !after.Shortfall.Equal(decimal.NewFromInt(300)) {
		t.Errorf("derived book from 2022-07-01: want 15 days required, short by 300 t; got %+v", after)
	}
	if !before.Adequate || !orig.Adequate || !orig.MinDays.Equal(decimal.NewFromInt(10)) {
		t.Errorf("before the county's plan and in the plan's book: want 10 days required and met; got %+v, %+v", before, orig)
	}
	if derived.Hash() == grain.Book().Hash() {
		t.Error("a derived book must have its own hash")
	}
	if _, err := grain.Book().Derive(minDays("7")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("a county below 10 days (各县（市）达到10天以上): want ErrInvalidOverride, got %v", err)
	}
	longer := rules.Override{Param: "drill_interval", From: from, Value: "3", Cite: county.Cite("8.1", "每3年开展1次应急演练")}
	if _, err := grain.Book().Derive(longer); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("drilling every 3 years (至少每2年): want ErrInvalidOverride, got %v", err)
	}
	yearly := rules.Override{Param: "drill_interval", From: from, Value: "1", Cite: county.Cite("8.1", "每年开展1次应急演练")}
	b, err := grain.Book().Derive(yearly)
	if err != nil {
		t.Fatal(err)
	}
	s, err := grain.MustEvaluator(b).PlanSchedule(rules.MustDate(2022, 8, 1), grain.Upkeep{LastDrill: rules.MustDate(2022, 7, 15)})
	if err != nil {
		t.Fatal(err)
	}
	// 2022-07-15 + 1 year = 2023-07-15
	if s.NextDrill != rules.MustDate(2023, 7, 15) {
		t.Errorf("yearly drills: want next by 2023-07-15, got %s", s.NextDrill)
	}
}

// Every result cites the clause it rests on, with the parameters' clauses.
func TestCitations(t *testing.T) {
	r, err := grain.Default().ReserveAdequacy(dayIn, grain.Stock{Locality: grain.Ruian, Reserve: decimal.NewFromInt(1000), DailySupply: decimal.NewFromInt(100)})
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, c := range r.Result().Citations() {
		refs = append(refs, c.String())
	}
	want := []string{
		"温政办〔2022〕19号 4.1：“市区成品粮油储备达到15天以上市场供应量，各县（市）达到10天以上市场供应量”",
		"温政办〔2022〕19号 4.1：“各县（市）达到10天以上市场供应量”",
	}
	if d := cmp.Diff(want, refs); d != "" {
		t.Errorf("citations (-want +got):\n%s", d)
	}
}

// For any reserve and supply, the typed result keeps the rule of 4.1:
// adequate exactly when reserve ≥ days × supply, the days shown never above
// the exact quotient nor a hundredth below it, and the shortfall what is
// missing. The expectations are computed here with shopspring/decimal.
func FuzzReserveAdequacy(f *testing.F) {
	f.Add("1500", "100", true)
	f.Add("1499.99", "100", true)
	f.Add("999.9", "100", false)
	f.Add("0", "0.01", false)
	f.Add("123456789.123", "7.77", true)
	f.Fuzz(func(t *testing.T, reserve, supply string, city bool) {
		r, err1 := decimal.NewFromString(reserve)
		s, err2 := decimal.NewFromString(supply)
		if err1 != nil || err2 != nil || r.Sign() < 0 || s.Sign() <= 0 || len(reserve) > 20 || len(supply) > 20 {
			return
		}
		loc, days := grain.Ruian, decimal.NewFromInt(10)
		if city {
			loc, days = grain.UrbanDistricts, decimal.NewFromInt(15)
		}
		got, err := grain.Default().ReserveAdequacy(dayIn, grain.Stock{Locality: loc, Reserve: r, DailySupply: s})
		if err != nil {
			return // beyond the numbers a rule takes
		}
		need := days.Mul(s)
		if got.Adequate != r.GreaterThanOrEqual(need) {
			t.Errorf("%s t at %s t/day in %s: adequate %v, but %s × %s = %s", r, s, loc, got.Adequate, days, s, need)
		}
		exact := r.DivRound(s, 30)
		if got.DaysCovered.GreaterThan(exact) || exact.Sub(got.DaysCovered).GreaterThanOrEqual(decimal.RequireFromString("0.01")) {
			t.Errorf("%s ÷ %s: days covered %s, exact %s", r, s, got.DaysCovered, exact)
		}
		short := decimal.Max(need.Sub(r), decimal.Zero)
		if !got.Shortfall.Equal(short) {
			t.Errorf("%s t at %s t/day in %s: shortfall %s, want %s", r, s, loc, got.Shortfall, short)
		}
	})
}

// One book serves many goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	done := make(chan string)
	for i := range 8 {
		go func() {
			reserve := decimal.NewFromInt(int64(1400 + 20*i)) // 14.0 … 15.4 days
			r, err := grain.Default().ReserveAdequacy(dayIn, grain.Stock{Locality: grain.UrbanDistricts, Reserve: reserve, DailySupply: decimal.NewFromInt(100)})
			if err != nil {
				done <- err.Error()
				return
			}
			if r.Adequate != (i >= 5) { // 1400 + 20 × 5 = 1500 = 15 × 100
				done <- "reserve " + reserve.String() + ": wrong adequacy"
				return
			}
			done <- ""
		}()
	}
	for range 8 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
