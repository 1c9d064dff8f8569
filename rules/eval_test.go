package rules_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	welfareFirst = d("2022-05-01") // 附件3: 本政策自2022年5月1日起施行，有效期至2025年12月31日
	welfareLast  = d("2025-12-31")
	reliefDay    = d("2022-05-15") // 温政发〔2022〕7号 in force 2022-04-01 to 2022-06-30
)

// exprBook compiles a one-rule book whose output is expr over inputs a, b, c
// (numbers in the output's unit) and day (a date).
func exprBook(t *testing.T, expr string, unit rules.Unit, round rules.Rounding) *rules.Book {
	t.Helper()
	cite := rules.FixtureSpec().Rules[0].Cite
	num := func(n string) rules.Input {
		return rules.NumberInput(n, rules.T(n, n), unit, rules.Range{}).Optional("0")
	}
	b, err := rules.Compile(rules.Spec{Rules: []rules.Rule{{
		ID: "test.expr.value", Title: rules.T("表达式", "expression"), Cite: cite,
		Inputs:  []rules.Input{num("a"), num("b"), num("c"), rules.DateInput("day", rules.T("日", "day")).Optional("2022-05-01")},
		Outputs: []rules.Output{{Name: "v", Title: rules.T("值", "value"), Unit: unit, Expr: expr, Round: round}},
	}}})
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return b
}

// The traps of decimals inside expressions (DESIGN.md): each must give the
// exact answer.
func TestDecimalExpressions(t *testing.T) {
	for _, c := range []struct {
		expr string
		in   rules.Inputs
		want string
	}{
		{"a == b", rules.Inputs{"a": "1.0", "b": "1.00"}, "true"},
		{"a != b", rules.Inputs{"a": "1.0", "b": "1.00"}, "false"},
		{"0.1 + 0.2 == 0.3", nil, "true"},
		{"1.10 * a", rules.Inputs{"a": "3"}, "3.3"},
		{"-a", rules.Inputs{"a": "2.5"}, "-2.5"},
		{"-(a + b)", rules.Inputs{"a": "1", "b": "2"}, "-3"},
		{"- a * b", rules.Inputs{"a": "2", "b": "3"}, "-6"},
		{"a - -b", rules.Inputs{"a": "2", "b": "3"}, "5"},
		{"round(a * b, 2)", rules.Inputs{"a": "0.125", "b": "1"}, "0.13"},
		{"round(a * b, 2)", rules.Inputs{"a": "-0.125", "b": "1"}, "-0.13"},
		{"round(a / b, 0)", rules.Inputs{"a": "5", "b": "2"}, "3"},
		{"min(a, b, c)", rules.Inputs{"a": "3", "b": "-1", "c": "2"}, "-1"},
		{"max(a, b, c)", rules.Inputs{"a": "3", "b": "-1", "c": "3.5"}, "3.5"},
		{"max(a - b, 0)", rules.Inputs{"a": "1", "b": "2"}, "0"},
		{"a / b", rules.Inputs{"a": "1", "b": "3"}, "0.333333333333333333333333"},
		{"a / b * b", rules.Inputs{"a": "1", "b": "3"}, "0.999999999999999999999999"},
		{"a * b", rules.Inputs{"a": "100000000000000000000", "b": "100000000000000000000"}, "10000000000000000000000000000000000000000"},
		{"1_000_000 * a", rules.Inputs{"a": "0.5"}, "500000"},
		{"floor(a) + ceil(b) + abs(c)", rules.Inputs{"a": "2.7", "b": "2.1", "c": "-4"}, "9"},
		{"a > b ? a : b", rules.Inputs{"a": "1", "b": "2"}, "2"},
		{"a >= 1 and not (b < 0) or c == 5", rules.Inputs{"a": "1", "b": "0"}, "true"},
		{"add_months(day, 1) > day", nil, "true"},
		{"add_years(day, 3) == date(\"2025-05-01\")", nil, "true"},
		{"days_between(day, date(\"2022-06-01\")) / days_between(day, date(\"2022-05-02\"))", nil, "31"},
	} {
		t.Run(c.expr, func(t *testing.T) {
			b := exprBook(t, c.expr, rules.Number, rules.Rounding{})
			res, err := b.Eval("test.expr.value", welfareFirst, c.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Value.String(); got != c.want {
				t.Errorf("%s with %v = %s, want %s", c.expr, c.in, got, c.want)
			}
		})
	}
}

func TestRounding(t *testing.T) {
	for _, c := range []struct {
		name  string
		unit  rules.Unit
		round rules.Rounding
		a     string
		want  string
	}{
		{"money defaults to the fen, half away from zero", rules.Yuan, rules.Rounding{}, "1000.005", "1000.01"},
		{"negative money rounds away from zero", rules.Yuan, rules.Rounding{}, "-1000.005", "-1000.01"},
		{"money below half a fen", rules.Yuan, rules.Rounding{}, "1000.0049", "1000"},
		{"exact money stays exact", rules.Yuan, rules.Exact, "1000.005", "1000.005"},
		{"other numbers stay exact", rules.Number, rules.Rounding{}, "1000.005", "1000.005"},
		{"up to whole persons", rules.Number, rules.RoundTo(0, rules.Up), "2.01", "3"},
		{"down to whole persons", rules.Number, rules.RoundTo(0, rules.Down), "2.99", "2"},
		{"to hundreds", rules.Yuan, rules.RoundTo(-2, rules.HalfAwayFromZero), "1250", "1300"},
		{"percent to two places", rules.Percent, rules.RoundTo(4, rules.HalfAwayFromZero), "0.318372", "0.3184"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := exprBook(t, "a", c.unit, c.round).Eval("test.expr.value", welfareFirst, rules.Inputs{"a": c.a})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Value.String(); got != c.want {
				t.Errorf("%s rounded: got %s, want %s", c.a, got, c.want)
			}
		})
	}
}

func TestEvalErrors(t *testing.T) {
	b := fixture(t)
	highAge := "welfare.elderly.high_age_allowance"
	person := func(birth any, shiqu any) rules.Inputs {
		return rules.Inputs{"birth_date": birth, "shiqu_hukou": shiqu}
	}
	for _, c := range []struct {
		name  string
		id    string
		on    rules.Date
		in    rules.Inputs
		want  error
		field string
		msg   string
	}{
		{"unknown rule", "welfare.nothing", welfareFirst, nil, rules.ErrUnknownRule, "", "no rule or group"},
		{"the day before the policy", highAge, welfareFirst.AddDays(-1), person("1940-01-01", true), rules.ErrNotInForce, "", "2022-04-30 is outside the in-force period 2022-05-01 – 2025-12-31"},
		{"the day after it ends", highAge, welfareLast.AddDays(1), person("1940-01-01", true), rules.ErrNotInForce, "", "outside"},
		{"no date", highAge, rules.Date{}, person("1940-01-01", true), rules.ErrInvalidInput, "date", "no evaluation date"},
		{"missing input", highAge, welfareFirst, rules.Inputs{"shiqu_hukou": true}, rules.ErrInvalidInput, "birth_date", "missing"},
		{"wrong type", highAge, welfareFirst, person("1940-01-01", "yes"), rules.ErrInvalidInput, "shiqu_hukou", "expected a bool"},
		{"not a date", highAge, welfareFirst, person("1940-02-30", true), rules.ErrInvalidInput, "birth_date", "not a date"},
		{"unknown field", highAge, welfareFirst, rules.Inputs{"birth_date": "1940-01-01", "shiqu_hukou": true, "hukou": "x"}, rules.ErrInvalidInput, "hukou", "the rule's inputs are: birth_date, shiqu_hukou"},
		{"out of range", "relief.subsidy.property_management", reliefDay, rules.Inputs{"area": "0"}, rules.ErrInvalidInput, "area", "0 is outside the valid range (0, ∞)"},
		{"a float", "relief.subsidy.property_management", reliefDay, rules.Inputs{"area": 1.5e6}, rules.ErrInvalidInput, "area", "give amounts exactly"},
		{"not whole", "relief.reward.travel_agency.overnight", reliefDay, rules.Inputs{"visitors": "3000.5"}, rules.ErrInvalidInput, "visitors", "not a whole number"},
		{"an absurd number", "relief.subsidy.property_management", reliefDay, rules.Inputs{"area": "1e40"}, rules.ErrInvalidInput, "area", "beyond the numbers"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := b.Eval(c.id, c.on, c.in)
			var re *rules.Error
			if !errors.Is(err, c.want) || !errors.As(err, &re) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if re.Field != c.field || !strings.Contains(err.Error(), c.msg) || re.Rule != c.id {
				t.Errorf("got rule %q field %q: %v; want rule %q field %q and %q", re.Rule, re.Field, err, c.id, c.field, c.msg)
			}
		})
	}
}

func TestEvaluationFailures(t *testing.T) {
	b := exprBook(t, "a / b", rules.Number, rules.Rounding{})
	_, err := b.Eval("test.expr.value", welfareFirst, rules.Inputs{"a": "1"})
	if !errors.Is(err, rules.ErrEvaluation) || !strings.Contains(err.Error(), "division by zero") {
		t.Errorf("1 / 0: got %v, want an evaluation error", err)
	}
	b = exprBook(t, "add_days(day, a) > day", rules.Number, rules.Rounding{})
	_, err = b.Eval("test.expr.value", welfareFirst, rules.Inputs{"a": "1.5"})
	if !errors.Is(err, rules.ErrEvaluation) || !strings.Contains(err.Error(), "not a whole count") {
		t.Errorf("1.5 days: got %v, want an evaluation error", err)
	}
}

func TestHighAgeAllowance(t *testing.T) {
	id := "welfare.elderly.high_age_allowance"
	on := d("2022-06-01")
	in := func(birth string, shiqu bool) rules.Inputs {
		return rules.Inputs{"birth_date": birth, "shiqu_hukou": shiqu}
	}
	per := func(v string) map[string]string { return map[string]string{"allowance": v} }
	rulestest.Run(t, fixture(t), []rulestest.Case{
		{Name: "79, a day short of 80", Clause: "二、5 80周岁至89周岁", Rule: id, Date: on, Inputs: in("1942-06-02", true), Failed: []string{"aged_80"}, Want: per("0")},
		{Name: "80 on the day", Clause: "二、5 80周岁至89周岁的老年人每人每月50元", Rule: id, Date: on, Inputs: in("1942-06-01", true), Want: per("50.00"), Eligible: rulestest.Yes},
		{Name: "89", Clause: "二、5 80周岁至89周岁的老年人每人每月50元", Rule: id, Date: on, Inputs: in("1932-06-02", true), Want: per("50.00")},
		{Name: "90 on the day", Clause: "二、5 90周岁至99周岁的老年人每人每月200元", Rule: id, Date: on, Inputs: in("1932-06-01", true), Want: per("200.00")},
		{Name: "99", Clause: "二、5 90周岁至99周岁", Rule: id, Date: on, Inputs: in("1922-06-02", true), Want: per("200.00")},
		{Name: "100 on the day", Clause: "二、5 100周岁以上的老年人每人每月不低于500元", Rule: id, Date: on, Inputs: in("1922-06-01", true), Want: per("500.00")},
		{Name: "outside 市区", Clause: "二、5 市区户口", Rule: id, Date: on, Inputs: in("1930-01-01", false), Failed: []string{"shiqu_hukou"}},
		{Name: "outside 市区 and too young", Clause: "二、5 市区户口 80周岁", Rule: id, Date: on, Inputs: in("1960-01-01", false), Failed: []string{"shiqu_hukou", "aged_80"}},
		{Name: "first day in force", Clause: "附件3 本政策自2022年5月1日起施行", Rule: id, Date: welfareFirst, Inputs: in("1930-01-01", true), Want: per("200.00")},
		{Name: "last day in force", Clause: "附件3 有效期至2025年12月31日", Rule: id, Date: welfareLast, Inputs: in("1930-01-01", true), Want: per("200.00")},
	})
}

// A not-eligible result says which condition failed, with the values.
func TestFailureReadsAsASentence(t *testing.T) {
	res, err := fixture(t).Eval("welfare.elderly.high_age_allowance", d("2022-06-01"), rules.Inputs{"birth_date": "1944-03-10", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{res.Failed[0].In(rules.Chinese), res.Failed[0].In(rules.English)}
	want := []string{"未满足：年满80周岁（age = 78 年, high_age_min = 80 年）", "not met: aged 80 or over (age = 78 years, high_age_min = 80 years)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("failure text (-want +got):\n%s", diff)
	}
}

func TestCaseByCaseCitesItsClause(t *testing.T) {
	cite := rules.FixtureSpec().Rules[2].Cite
	b, err := rules.Compile(rules.Spec{Rules: []rules.Rule{{
		ID: "relief.test.assessed", Title: rules.T("按实评估", "assessed"), Cite: cite,
		Inputs:     []rules.Input{rules.TextInput("kind", rules.T("类", "kind"), "住宅", "营业")},
		CaseByCase: []rules.Condition{{Name: "business", Text: rules.T("营业用房按实评估", "business assessed"), Expr: `kind == "营业"`}},
		Outputs:    []rules.Output{{Name: "v", Title: rules.T("v", "v"), Unit: rules.Number, Expr: "0"}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.Eval("relief.test.assessed", reliefDay, rules.Inputs{"kind": "营业"})
	var re *rules.Error
	if !errors.Is(err, rules.ErrCaseByCase) || !errors.As(err, &re) || re.Cite != cite {
		t.Errorf("got %v; want a case-by-case error citing %s", err, cite.Ref())
	}
	if res, err := b.Eval("relief.test.assessed", reliefDay, rules.Inputs{"kind": "住宅"}); err != nil || !res.Value.Number().IsZero() {
		t.Errorf("住宅: %v, %v", res, err)
	}
}

func TestTakeTheHigher(t *testing.T) {
	b := fixture(t)
	group := "relief.reward.travel_agency"
	over, study := "relief.reward.travel_agency.overnight", "relief.reward.travel_agency.study"
	visitors := func(o, s int) map[string]rules.Inputs {
		return map[string]rules.Inputs{over: {"visitors": o}, study: {"visitors": s}}
	}
	for _, c := range []struct {
		name   string
		in     map[string]rules.Inputs
		chosen string
		value  string
	}{
		// (4,000 − 3,000) × 20 = 20,000 against 1,000 × 20 + 500 × 30 = 35,000
		{"the study reward is higher", visitors(4000, 1500), study, "35000"},
		// (6,000 − 3,000) × 20 = 60,000 against 35,000
		{"the overnight reward is higher", visitors(6000, 1500), over, "60000"},
		// (4,003 − 3,000) × 20 = 20,060 = 1,000 × 20 + 2 × 30: the first listed on a tie
		{"a tie pays the first listed", visitors(4003, 1002), over, "20060"},
		{"neither threshold passed", visitors(3000, 1000), "", "0"},
		{"only one member given", map[string]rules.Inputs{study: {"visitors": 1001}}, study, "20030"},
	} {
		t.Run(c.name, func(t *testing.T) {
			gr, err := b.EvalGroup(group, reliefDay, c.in)
			if err != nil {
				t.Fatal(err)
			}
			if gr.Chosen != c.chosen || gr.Value.String() != c.value {
				t.Errorf("chosen %q paying %s; want %q paying %s", gr.Chosen, gr.Value, c.chosen, c.value)
			}
		})
	}
	if _, err := b.EvalGroup(group, reliefDay, map[string]rules.Inputs{"welfare.dibao.phase_out": {}}); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("a non-member: got %v, want ErrInvalidInput", err)
	}
	if _, err := b.EvalGroup(group, reliefDay, nil); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("no member: got %v, want ErrInvalidInput", err)
	}
	if _, err := b.EvalGroup("relief.nothing", reliefDay, nil); !errors.Is(err, rules.ErrUnknownRule) {
		t.Errorf("unknown group: got %v, want ErrUnknownRule", err)
	}
}

func TestPrepared(t *testing.T) {
	b := fixture(t)
	p, err := b.Prepare("welfare.elderly.high_age_allowance", "shiqu_hukou", "birth_date")
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Eval(d("2022-06-01"), rules.BoolValue(true), rules.DateValue(d("1930-06-01")))
	if err != nil || res.Value.Number().String() != "200" {
		t.Fatalf("prepared: %v, %v; want 200 (二、5 90周岁至99周岁)", res, err)
	}
	if _, err := p.Eval(d("2022-06-01"), rules.BoolValue(true)); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("too few values: %v", err)
	}
	if _, err := p.Eval(d("2022-06-01"), rules.TextValue("yes"), rules.DateValue(d("1930-06-01"))); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("wrong kind: %v", err)
	}
	if _, err := p.Eval(d("2022-06-01"), rules.BoolValue(true), rules.Value{}); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("a value not given: %v", err)
	}
	if _, err := b.Prepare("welfare.elderly.high_age_allowance", "birthday"); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("unknown name: %v", err)
	}
	if _, err := b.Prepare("welfare.nothing"); !errors.Is(err, rules.ErrUnknownRule) {
		t.Errorf("unknown rule: %v", err)
	}
}

func TestDerive(t *testing.T) {
	b := fixture(t)
	county := &rules.Document{Number: "乐清市高龄津贴实施办法（示例）", Title: "乐清市高龄津贴发放办法", Issuer: "乐清市人民政府",
		Issued: d("2022-06-01"), InForce: rules.Since(d("2022-07-01"))}
	cite := county.Cite("三", "100周岁以上的老年人每人每月600元")
	bands := func(a, b, c string) *rules.Bracket {
		return &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: dec(a)},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: dec(b)},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: dec(c)},
		}}
	}
	raised, err := b.Derive(rules.Override{Param: "high_age_allowance", From: d("2022-07-01"), Value: bands("50", "200", "600"), Cite: cite})
	if err != nil {
		t.Fatal(err)
	}
	centenarian := rules.Inputs{"birth_date": "1920-01-01", "shiqu_hukou": true}
	amount := func(b *rules.Book, on rules.Date) string {
		res, err := b.Eval("welfare.elderly.high_age_allowance", on, centenarian)
		if err != nil {
			t.Fatal(err)
		}
		return res.Value.Number().String()
	}
	// 二、5: 不低于500; the county's 600 from 2022-07-01; the original book unchanged.
	got := []string{amount(raised, d("2022-06-30")), amount(raised, d("2022-07-01")), amount(b, d("2022-07-01"))}
	if diff := cmp.Diff([]string{"500", "600", "500"}, got); diff != "" {
		t.Errorf("derived allowances (-want +got):\n%s", diff)
	}
	if raised.Hash() == b.Hash() {
		t.Error("the derived book has the original's hash")
	}
	res, _ := raised.Eval("welfare.elderly.high_age_allowance", d("2022-07-01"), centenarian)
	if cites := res.Citations(); !strings.Contains(fmt.Sprint(cites), "乐清市高龄津贴实施办法（示例） 三") {
		t.Errorf("the derived figure cites %v, not the county's text", cites)
	}

	for _, c := range []struct {
		name string
		o    rules.Override
		msg  string
	}{
		{"below the floor", rules.Override{Param: "high_age_allowance", From: d("2022-07-01"), Value: bands("50", "150", "500"), Cite: cite}, "below the document's floor 200 (不低于)"},
		{"other bands", rules.Override{Param: "high_age_allowance", From: d("2022-07-01"), Cite: cite, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{{Range: rules.Range{Lo: rules.Incl("80")}, Value: dec("500")}}}}, "same bands"},
		{"unknown parameter", rules.Override{Param: "nothing", From: d("2022-07-01"), Value: dec("1"), Cite: cite}, "no parameter"},
		{"no citation", rules.Override{Param: "high_age_min", From: d("2022-07-01"), Value: dec("75")}, "needs a citation"},
		{"no date", rules.Override{Param: "high_age_min", Value: dec("75"), Cite: cite}, "needs the date"},
		{"a table for a number", rules.Override{Param: "high_age_min", From: d("2022-07-01"), Value: rules.Table{}, Cite: cite}, "expected a number"},
		{"not a number", rules.Override{Param: "high_age_min", From: d("2022-07-01"), Value: "seventy", Cite: cite}, "not a decimal number"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := b.Derive(c.o)
			if !errors.Is(err, rules.ErrInvalidOverride) || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("got %v; want an invalid override mentioning %q", err, c.msg)
			}
		})
	}
	// A reform that is free to lower a figure: the age of the allowance.
	younger, err := b.Derive(rules.Override{Param: "high_age_min", From: d("2023-01-01"), Value: "75", Cite: cite})
	if err != nil {
		t.Fatal(err)
	}
	// 78 passes the reform's 75 but is below every band of the bracket: the
	// engine reports the gap in the rules instead of inventing a figure.
	_, err = younger.Eval("welfare.elderly.high_age_allowance", d("2023-01-01"), rules.Inputs{"birth_date": "1945-01-01", "shiqu_hukou": true})
	if !errors.Is(err, rules.ErrEvaluation) || !strings.Contains(err.Error(), "78 is outside every band") {
		t.Errorf("a reform the bracket does not cover: got %v, want an evaluation error", err)
	}
}

func TestBookAccessors(t *testing.T) {
	b := fixture(t)
	if got := b.RuleIDs(); len(got) != 5 || got[0] != "welfare.elderly.high_age_allowance" {
		t.Errorf("RuleIDs = %v", got)
	}
	if r, ok := b.Rule("welfare.dibao.phase_out"); !ok || r.Title.Zh != "低保渐退期" {
		t.Errorf("Rule = %v, %v", r.Title, ok)
	}
	if p, ok := b.InForce("welfare.dibao.phase_out"); !ok || p.String() != "2022-05-01 – 2025-12-31" {
		t.Errorf("InForce = %s", p)
	}
	if p, ok := b.Param("high_age_min"); !ok || !p.Unit.Same(rules.Year) {
		t.Errorf("Param = %v", p)
	}
	if len(b.Params()) != 9 || len(b.Documents()) != 2 || len(b.Groups()) != 1 {
		t.Errorf("%d params, %d documents, %d groups", len(b.Params()), len(b.Documents()), len(b.Groups()))
	}
	if b.Hash() != fixture(t).Hash() || !strings.HasPrefix(b.Hash(), "sha256:") {
		t.Errorf("the same spec must hash the same: %s", b.Hash())
	}
	s := rules.FixtureSpec()
	s.Rules[1].Cite.Quote = "可给予一年渐退期"
	other, err := rules.Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	if other.Hash() == b.Hash() {
		t.Error("a changed quote must change the hash")
	}
}

// One book, many goroutines: the same figures, no data race.
func TestConcurrentEvaluation(t *testing.T) {
	b := fixture(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				birth := fmt.Sprintf("%d-06-01", 1912+(g*7+i)%30)
				res, err := b.Eval("welfare.elderly.high_age_allowance", d("2022-06-01"), rules.Inputs{"birth_date": birth, "shiqu_hukou": true})
				if err != nil {
					errs <- err
					return
				}
				age := 2022 - (1912 + (g*7+i)%30)
				want := map[bool]string{true: "0", false: ""}[age < 80]
				switch {
				case age >= 100:
					want = "500"
				case age >= 90:
					want = "200"
				case age >= 80:
					want = "50"
				}
				if got := res.Value.Number().String(); got != want {
					errs <- fmt.Errorf("age %d: got %s, want %s", age, got, want)
					return
				}
				_ = res.Explain(rules.Chinese)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestValueJSON(t *testing.T) {
	vals := []rules.Value{rules.NumberValue(dec("1.10")), rules.BoolValue(true), rules.TextValue("鹿城区"), rules.DateValue(d("2022-05-01")), {}}
	got, err := json.Marshal(vals)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != `["1.1",true,"鹿城区","2022-05-01",null]` {
		t.Errorf("JSON = %s", got)
	}
}

// An input the caller may omit: the rule tests given(x) before reading it,
// and reading it when it was left out names it.
func TestOmittableInputs(t *testing.T) {
	cite := rules.FixtureSpec().Rules[2].Cite
	spec := rules.Spec{Rules: []rules.Rule{{
		ID: "relief.test.omittable", Title: rules.T("可缺省输入", "omittable input"), Cite: cite,
		Inputs: []rules.Input{
			rules.NumberInput("area", rules.T("面积", "area"), rules.SquareMetre, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.FlagInput("strict", rules.T("严格", "strict")).Optional(false),
		},
		Outputs: []rules.Output{
			{Name: "known", Title: rules.T("已知", "known"), Expr: "given(area)"},
			{Name: "area_or_zero", Title: rules.T("面积", "area"), Unit: rules.SquareMetre, Expr: "given(area) ? area : 0"},
			{Name: "strict_area", Title: rules.T("面积", "area"), Unit: rules.SquareMetre, Expr: "strict ? area : 0"},
		},
	}}}
	b, err := rules.Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	rulestest.Run(t, b, []rulestest.Case{
		{Name: "given", Clause: "26（engine test）", Rule: "relief.test.omittable", Date: reliefDay, Inputs: rules.Inputs{"area": "12"},
			Want: map[string]string{"known": "true", "area_or_zero": "12", "strict_area": "0"}},
		{Name: "left out", Clause: "26（engine test）", Rule: "relief.test.omittable", Date: reliefDay, Inputs: rules.Inputs{},
			Want: map[string]string{"known": "false", "area_or_zero": "0", "strict_area": "0"}},
		{Name: "read when left out", Clause: "26（engine test）", Rule: "relief.test.omittable", Date: reliefDay, Inputs: rules.Inputs{"strict": true},
			Err: rules.ErrInvalidInput, Field: "area"},
	})
	spec.Rules[0].Outputs[0].Expr = "given(strict)"
	if _, err := rules.Compile(spec); err == nil || !strings.Contains(err.Error(), "given() takes the name of an input that may be omitted") {
		t.Errorf("given() on a required input: %v", err)
	}
}

// An output marked Always is computed for a case that is not eligible;
// the others are zero.
func TestAlwaysOutputs(t *testing.T) {
	s := rules.FixtureSpec()
	r := &s.Rules[0]
	r.Outputs = append(r.Outputs, rules.Output{Name: "age", Title: rules.T("周岁", "age"), Unit: rules.Year, Expr: "age", Always: true})
	b, err := rules.Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	res, err := b.Eval(r.ID, d("2022-06-01"), rules.Inputs{"birth_date": "1944-03-10", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	allowance, _ := res.Figure("allowance")
	age, _ := res.Figure("age")
	// 二、5: 78 full years, not eligible; the allowance is zero, the age is shown.
	if res.Eligible || allowance.Value.String() != "0" || age.Value.String() != "78" || !strings.Contains(res.Explain(rules.English), "age age = 78 years") {
		t.Errorf("eligible %t, allowance %s, age %s\n%s", res.Eligible, allowance.Value, age.Value, res.Explain(rules.English))
	}
}

// The explanation and citations name only the parameters the evaluation
// read, not every parameter the rule could read.
func TestOnlyParametersReadAreCited(t *testing.T) {
	b := fixture(t)
	res, err := b.Eval("relief.reward.travel_agency.study", reliefDay, rules.Inputs{"visitors": 900})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range res.Trace() {
		if s.Kind == rules.StepParameter {
			names = append(names, s.Name)
		}
	}
	// 900 does not pass "超过1000人次": only the split was read, not the rates.
	if diff := cmp.Diff([]string{"study_split"}, names); diff != "" {
		t.Errorf("parameters in the trace (-want +got):\n%s", diff)
	}
}

// A day the document names is a cited parameter like any figure.
func TestDateParameters(t *testing.T) {
	cite := rules.FixtureSpec().Rules[2].Cite
	b, err := rules.Compile(rules.Spec{
		Params: []rules.Param{{Name: "waiver_applications_until", Title: rules.T("申请截止日", "last day to apply"),
			History: []rules.Dated{{Value: d("2022-04-30"), Cite: cite}}}},
		Rules: []rules.Rule{{ID: "relief.test.deadline", Title: rules.T("截止", "deadline"), Cite: cite,
			Inputs:  []rules.Input{rules.DateInput("applied", rules.T("申请日", "applied on"))},
			Outputs: []rules.Output{{Name: "in_time", Title: rules.T("按期", "in time"), Expr: "applied <= waiver_applications_until"}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	rulestest.Run(t, b, []rulestest.Case{
		{Name: "on the last day", Clause: "engine test", Rule: "relief.test.deadline", Date: reliefDay, Inputs: rules.Inputs{"applied": "2022-04-30"}, Want: map[string]string{"in_time": "true"}},
		{Name: "the day after", Clause: "engine test", Rule: "relief.test.deadline", Date: reliefDay, Inputs: rules.Inputs{"applied": "2022-05-01"}, Want: map[string]string{"in_time": "false"}},
	})
	res, _ := b.Eval("relief.test.deadline", reliefDay, rules.Inputs{"applied": "2022-05-01"})
	if !strings.Contains(res.Explain(rules.English), "waiver_applications_until = 2022-04-30") {
		t.Errorf("the date parameter is not in the explanation:\n%s", res.Explain(rules.English))
	}
	moved, err := b.Derive(rules.Override{Param: "waiver_applications_until", From: d("2022-04-01"), Value: "2022-05-31", Cite: cite})
	if err != nil {
		t.Fatal(err)
	}
	res, _ = moved.Eval("relief.test.deadline", reliefDay, rules.Inputs{"applied": "2022-05-01"})
	if !res.Value.Bool() {
		t.Error("a deadline moved by an override still refuses 2022-05-01")
	}
}

// A figure only an eligible case needs is asked for only when the case is
// eligible: a case a condition refuses is refused as such; an eligible case
// without it, or a case without a fact a condition reads, names it.
func TestEligibilityBeforeFigures(t *testing.T) {
	b := allowanceBook() // the high-age allowance: birth_date, shiqu_hukou
	spec := rules.Spec{Params: b.Params()}
	r, _ := b.Rule("welfare.elderly.high_age_allowance")
	r.Inputs = append(r.Inputs, rules.NumberInput("supplement", rules.T("地方加发", "local supplement"), yuanPerMonth, rules.Range{}))
	r.Outputs = append(r.Outputs, rules.Output{Name: "with_supplement", Title: rules.T("合计", "with the supplement"),
		Unit: yuanPerMonth, Expr: "bracket(allowance, age) + supplement"})
	spec.Rules = []rules.Rule{r}
	nb := rules.MustCompile(spec)
	on := rules.MustDate(2023, 6, 1)
	res, err := nb.Eval(r.ID, on, rules.Inputs{"birth_date": "1963-01-01", "shiqu_hukou": true})
	if err != nil || res.Eligible || len(res.Failed) != 1 || res.Failed[0].Name != "aged_80" {
		t.Errorf("a 60-year-old without the supplement: want refused as under 80, got %v, %v", res, err)
	}
	var re *rules.Error
	_, err = nb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "shiqu_hukou": true})
	if !errors.As(err, &re) || re.Field != "supplement" {
		t.Errorf("a 90-year-old without the supplement: want it named missing, got %v", err)
	}
	// Not registered in 市区: refused whatever the age, so the date of
	// birth is not asked for; the age condition is undecided.
	res, err = nb.Eval(r.ID, on, rules.Inputs{"shiqu_hukou": false})
	if err != nil || res.Eligible || len(res.Failed) != 1 || res.Failed[0].Name != "shiqu_hukou" {
		t.Errorf("no date of birth, not of 市区: want refused on shiqu_hukou alone, got %v, %v", res, err)
	} else if c := res.Conditions(); !c[1].Unknown || c[1].Met || c[1].In(rules.Chinese) != "未判断（缺少所需事实）：年满80周岁" {
		t.Errorf("the age condition: want undecided, got %+v %q", c[1], c[1].In(rules.Chinese))
	} else if got := res.Failed[0].In(rules.Chinese); got != "未满足：市区户口（shiqu_hukou = 否）" {
		t.Errorf("the failure, replayed with a fact absent: got %q", got)
	}
	// Of 市区: the age decides, and the date of birth is named missing.
	_, err = nb.Eval(r.ID, on, rules.Inputs{"shiqu_hukou": true})
	if !errors.As(err, &re) || re.Field != "birth_date" {
		t.Errorf("no date of birth, of 市区: want the date of birth named missing, got %v", err)
	}
	res, err = nb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "shiqu_hukou": true, "supplement": "30"})
	if err != nil || !res.Eligible {
		t.Fatalf("a 90-year-old with the supplement: %v", err)
	}
	if f, _ := res.Figure("with_supplement"); f.Value.Number().String() != "230" {
		t.Errorf("200 + 30: got %s", f.Value)
	}
}

// A condition with When concerns only the cases When holds for: for the
// others it is neither met nor failed, and its expression is not
// evaluated (it may read an input only those cases give).
func TestConditionWhen(t *testing.T) {
	b := allowanceBook() // the high-age allowance: birth_date, shiqu_hukou
	spec := rules.Spec{Params: b.Params()}
	r, _ := b.Rule("welfare.elderly.high_age_allowance")
	// 二、5: 市区户口 is the condition of a 市区 registration; a county
	// registration is paid by the county's own standard (参照执行), so the
	// variant rule below holds only 市区 cases to the hukou condition,
	// through an input a county case need not give.
	r.Inputs = append(r.Inputs, rules.TextInput("area", rules.T("户籍所在区域", "area of the registration"), "市区", "县（市）"))
	for i := range r.Inputs {
		if r.Inputs[i].Name == "shiqu_hukou" {
			r.Inputs[i] = r.Inputs[i].Omittable()
		}
	}
	for i := range r.Require {
		if r.Require[i].Name == "shiqu_hukou" {
			r.Require[i].When = `area == "市区"`
		}
	}
	spec.Rules = []rules.Rule{r}
	nb := rules.MustCompile(spec)
	on := rules.MustDate(2023, 6, 1)
	type cond struct {
		Name         string
		Applies, Met bool
	}
	conds := func(res *rules.Result) []cond {
		var out []cond
		for _, c := range res.Conditions() {
			out = append(out, cond{c.Name, c.Applies, c.Met})
		}
		return out
	}
	// Born 1933-01-01, 90 on the day.
	county, err := nb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "area": "县（市）"})
	if err != nil || !county.Eligible {
		t.Fatalf("a county case without shiqu_hukou: want eligible, got %v, %v", county, err)
	}
	if diff := cmp.Diff([]cond{{"shiqu_hukou", false, false}, {"aged_80", true, true}}, conds(county)); diff != "" {
		t.Errorf("county case (-want +got):\n%s", diff)
	}
	if got := county.Conditions()[0].In(rules.Chinese); got != "不适用：市区户口" {
		t.Errorf("not applicable: got %q", got)
	}
	city, err := nb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "area": "市区", "shiqu_hukou": false})
	if err != nil || city.Eligible || len(city.Failed) != 1 || city.Failed[0].Name != "shiqu_hukou" {
		t.Fatalf("a 市区 case without the hukou: want refused on it, got %v, %v", city, err)
	}
	if diff := cmp.Diff([]cond{{"shiqu_hukou", true, false}, {"aged_80", true, true}}, conds(city)); diff != "" {
		t.Errorf("市区 case (-want +got):\n%s", diff)
	}
	var re *rules.Error
	if _, err := nb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "area": "市区"}); !errors.As(err, &re) || re.Field != "shiqu_hukou" {
		t.Errorf("a 市区 case that does not say: want shiqu_hukou named, got %v", err)
	}

	// The same with shiqu_hukou a required input: a county case is not
	// asked for it either, since the only condition reading it does not
	// apply; a 市区 case is.
	req := spec
	req.Rules = []rules.Rule{r}
	req.Rules[0].Inputs = append([]rules.Input(nil), r.Inputs...)
	for i := range req.Rules[0].Inputs {
		if req.Rules[0].Inputs[i].Name == "shiqu_hukou" {
			req.Rules[0].Inputs[i].MayOmit = false
		}
	}
	rb := rules.MustCompile(req)
	if res, err := rb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "area": "县（市）"}); err != nil || !res.Eligible {
		t.Errorf("a county case, shiqu_hukou required but read only where it does not apply: want eligible, got %v, %v", res, err)
	}
	if _, err := rb.Eval(r.ID, on, rules.Inputs{"birth_date": "1933-01-01", "area": "市区"}); !errors.As(err, &re) || re.Field != "shiqu_hukou" {
		t.Errorf("a 市区 case, shiqu_hukou required: want it named, got %v", err)
	}
	// Born 1950, 73: refused on the age whatever the registration, so the
	// hukou the 市区 case does not give is not asked for.
	if res, err := rb.Eval(r.ID, on, rules.Inputs{"birth_date": "1950-01-01", "area": "市区"}); err != nil || res.Eligible || len(res.Failed) != 1 || !res.Conditions()[0].Unknown {
		t.Errorf("a 73-year-old of 市区 without the hukou: want refused on age, hukou undecided, got %v, %v", res, err)
	}

	// The states read back from JSON.
	for _, res := range []*rules.Result{county, city} {
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var back rules.Result
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(conds(res), conds(&back)); diff != "" {
			t.Errorf("conditions read back from JSON (-want +got):\n%s", diff)
		}
	}

	// When must be a yes/no expression.
	bad := spec
	bad.Rules = []rules.Rule{r}
	bad.Rules[0].Require = append([]rules.Condition(nil), r.Require...)
	bad.Rules[0].Require[0].When = "area"
	if _, err := rules.Compile(bad); err == nil || !strings.Contains(err.Error(), "(when)") {
		t.Errorf("a text When: want a compile error naming it, got %v", err)
	}
	// When enters the book's hash (a rule without it hashes as before: the
	// receipts in testdata/*.golden are unchanged).
	plain := spec
	plain.Rules = []rules.Rule{r}
	plain.Rules[0].Require = append([]rules.Condition(nil), r.Require...)
	plain.Rules[0].Require[0].When = ""
	if nb.Hash() == rules.MustCompile(plain).Hash() {
		t.Errorf("When does not enter the hash")
	}
}
