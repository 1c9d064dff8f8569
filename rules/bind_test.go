package rules_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The high-age allowance of the fixture, bound by name.
type ageCase struct {
	Born  rules.Date `rule:"birth_date"`
	Shiqu *bool      `rule:"shiqu_hukou"`
}

type ageResult struct {
	Allowance decimal.Decimal `rule:"allowance"`
	Eligible  bool            `rule:",eligible"`
	rules.Outcome[ageCase]
}

type areaCase struct {
	Area decimal.Decimal `rule:"area,omitzero"`
}

type areaResult struct {
	Subsidy decimal.Decimal `rule:"subsidy"`
}

func yes() *bool { b := true; return &b }

// A binding gives the figures, the eligibility and, when asked, the very
// result and explanation Book.Eval gives.
func TestBindingEvaluatesAsTheBook(t *testing.T) {
	b := fixture(t)
	bd, err := rules.Bind[ageCase, ageResult](b, "welfare.elderly.high_age_allowance")
	if err != nil {
		t.Fatal(err)
	}
	on := d("2023-06-01")
	for _, c := range []struct {
		born string
		want string
		ok   bool
	}{
		{"1933-01-01", "200", true}, // 90: 二、5 200 a month
		{"1943-06-02", "0", false},  // 79
	} {
		got, err := bd.Eval(on, ageCase{Born: d(c.born), Shiqu: yes()})
		if err != nil {
			t.Fatal(err)
		}
		res, err := b.Eval("welfare.elderly.high_age_allowance", on, rules.Inputs{"birth_date": c.born, "shiqu_hukou": true})
		if err != nil {
			t.Fatal(err)
		}
		if got.Allowance.String() != c.want || got.Eligible != c.ok || got.Outcome.Eligible() != c.ok {
			t.Errorf("born %s: %s %t, want %s %t", c.born, got.Allowance, got.Eligible, c.want, c.ok)
		}
		if d := cmp.Diff(res.Explain(rules.English), got.Result().Explain(rules.English)); d != "" {
			t.Errorf("born %s: the binding's result explains itself otherwise (-book +binding):\n%s", c.born, d)
		}
		var names []string
		for _, f := range got.Failed() {
			names = append(names, f.Name)
		}
		if d := cmp.Diff(got.FailedNames(), names); d != "" {
			t.Errorf("failed names (-FailedNames +Failed):\n%s", d)
		}
	}
	// An unstated fact is missing, as through the book.
	_, err = bd.Eval(on, ageCase{Born: d("1933-01-01")})
	var re *rules.Error
	if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) || re.Field != "Shiqu" || re.Input != "shiqu_hukou" {
		t.Errorf("hukou not stated: want an invalid input naming the field Shiqu, input shiqu_hukou, got %v", err)
	}
	area, err := rules.Bind[areaCase, areaResult](b, "relief.subsidy.property_management")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := area.Eval(reliefDay, areaCase{}); !errors.As(err, &re) || re.Field != "Area" || re.Input != "area" || re.Msg != "missing" {
		t.Errorf("an area of zero, omitzero: want area missing, got %v", err)
	}
	got, err := area.Eval(reliefDay, areaCase{Area: dec("1000000")})
	if err != nil || got.Subsidy.String() != "20000" {
		t.Errorf("1,000,000 m²: want the middle tier, 20,000, got %v %v", got.Subsidy, err)
	}
}

// A field that does not fit the rule is an error when the binding is made,
// naming the field.
func TestBindRefusesWhatDoesNotFit(t *testing.T) {
	b := fixture(t)
	id := "welfare.elderly.high_age_allowance"
	check := func(name string, err error, fields ...string) {
		t.Helper()
		var ce *rules.CompileError
		if !errors.As(err, &ce) {
			t.Fatalf("%s: want a compile error, got %v", name, err)
		}
		var got []string
		for _, p := range ce.Problems {
			got = append(got, p.Field)
		}
		if d := cmp.Diff(fields, got); d != "" {
			t.Errorf("%s: fields named (-want +got):\n%s\n%v", name, d, err)
		}
	}
	type misspelt struct {
		Born  rules.Date `rule:"birthdate"`
		Shiqu bool       `rule:"shiqu_hukou"`
	}
	_, err := rules.Bind[misspelt, ageResult](b, id)
	check("a misspelt tag", err, "Born", "birth_date")
	type mistyped struct {
		Born  string `rule:"birth_date"`
		Shiqu bool   `rule:"shiqu_hukou"`
	}
	_, err = rules.Bind[mistyped, ageResult](b, id)
	check("a text for a date", err, "Born", "birth_date")
	type twice struct {
		Born  rules.Date `rule:"birth_date"`
		Again rules.Date `rule:"birth_date"`
		Shiqu bool       `rule:"shiqu_hukou"`
	}
	_, err = rules.Bind[twice, ageResult](b, id)
	check("an input bound twice", err, "Again")
	type badOut struct {
		Allowance bool   `rule:"allowance"`
		Nothing   string `rule:"nothing"`
	}
	_, err = rules.Bind[ageCase, badOut](b, id)
	check("outputs that do not fit", err, "Allowance", "Nothing")
	if _, err := rules.Bind[ageCase, ageResult](b, "welfare.nothing"); !errors.Is(err, rules.ErrUnknownRule) {
		t.Errorf("an unknown rule: %v", err)
	}
	if err == nil || strings.Contains(err.Error(), "reflect") {
		t.Errorf("messages name no Go internals: %v", err)
	}
}

// Evaluating a yes/no rule through a binding allocates nothing; a money
// rule, only the figure it returns.
func TestBindingAllocatesOnlyItsFigures(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop frames: allocations are not counted under it")
	}
	b := fixture(t)
	type overnight struct {
		Visitors int `rule:"visitors"`
	}
	type eligibility struct {
		Eligible bool `rule:",eligible"`
	}
	yesno := rules.MustBind[overnight, eligibility](b, "relief.reward.travel_agency.overnight")
	if n := testing.AllocsPerRun(200, func() { _, _ = yesno.Eval(reliefDay, overnight{Visitors: 4000}) }); n != 0 {
		t.Errorf("a yes/no evaluation: %v allocations", n)
	}
	type reward struct {
		Reward decimal.Decimal `rule:"reward"`
	}
	money := rules.MustBind[overnight, reward](b, "relief.reward.travel_agency.overnight")
	one := decimal.NewFromInt(20000) // (4,000 − 3,000) × 20
	perFigure := testing.AllocsPerRun(200, func() { _ = one.Add(decimal.Zero) })
	if n := testing.AllocsPerRun(200, func() { _, _ = money.Eval(reliefDay, overnight{Visitors: 4000}) }); n > perFigure {
		t.Errorf("a money evaluation: %v allocations, the figure itself %v", n, perFigure)
	}
}

// An int field takes a whole-number output; one it cannot hold is an error
// of the evaluation, never a figure cut short.
func TestBindingIntOutputs(t *testing.T) {
	b := fixture(t)
	type overnight struct {
		Visitors int `rule:"visitors"`
	}
	type reward struct {
		Reward int `rule:"reward"`
	}
	bd := rules.MustBind[overnight, reward](b, "relief.reward.travel_agency.overnight")
	got, err := bd.Eval(reliefDay, overnight{Visitors: 4000})
	if err != nil || got.Reward != 20000 { // (4,000 − 3,000) × 20
		t.Errorf("4,000 visitors: want 20000, got %d %v", got.Reward, err)
	}
	type small struct {
		Reward int8 `rule:"reward"`
	}
	_, err = rules.MustBind[overnight, small](b, "relief.reward.travel_agency.overnight").Eval(reliefDay, overnight{Visitors: 4000})
	var re *rules.Error
	if !errors.As(err, &re) || !errors.Is(err, rules.ErrEvaluation) || re.Field != "reward" {
		t.Errorf("20,000 into an int8: want an evaluation error naming reward, got %v", err)
	}
}

// Output reads a figure back by the output's name, as the result's own
// field holds it, whatever Go type holds it.
func TestBindingOutput(t *testing.T) {
	b := fixture(t)
	bd := rules.MustBind[ageCase, ageResult](b, "welfare.elderly.high_age_allowance")
	got, err := bd.Eval(d("2023-06-01"), ageCase{Born: d("1933-01-01"), Shiqu: yes()})
	if err != nil {
		t.Fatal(err)
	}
	// 90 years on the day: 二、5, 200 a month.
	if v, ok := bd.Output(&got, "allowance"); !ok || v.Kind() != rules.KindNumber || !v.Number().Equal(dec("200")) {
		t.Errorf("Output(allowance) = %v %t, want 200", v, ok)
	}
	if v, ok := bd.Output(&got, "no_such_output"); ok || v.Kind() != rules.KindInvalid {
		t.Errorf("Output of an output no field holds = %v %t, want the zero Value and false", v, ok)
	}
	type overnight struct {
		Visitors int `rule:"visitors"`
	}
	type reward struct {
		Reward int16 `rule:"reward"`
	}
	ib := rules.MustBind[overnight, reward](b, "relief.reward.travel_agency.overnight")
	r, err := ib.Eval(reliefDay, overnight{Visitors: 4000})
	if err != nil {
		t.Fatal(err)
	}
	// (4,000 − 3,000) × 20 = 20,000, held in an int16.
	if v, ok := ib.Output(&r, "reward"); !ok || !v.Number().Equal(dec("20000")) {
		t.Errorf("Output(reward) from an int16 = %v %t, want 20000", v, ok)
	}
}

// ScreenOnly writes the outputs asked for as Screen writes them, and the
// eligibility; Outputs names only outputs a field of Out holds.
func TestBindingScreenOnly(t *testing.T) {
	b := fixture(t)
	bd := rules.MustBind[ageCase, ageResult](b, "welfare.elderly.high_age_allowance")
	set, err := bd.Outputs("allowance")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		born, want string
		ok         bool
	}{
		{"1933-01-01", "200", true}, // 90 on the day: 二、5, 200 a month
		{"1943-06-02", "0", false},  // 79
	} {
		var got ageResult
		eligible, err := bd.ScreenOnly(d("2023-06-01"), &ageCase{Born: d(c.born), Shiqu: yes()}, &got, set)
		if err != nil {
			t.Fatal(err)
		}
		if eligible != c.ok || got.Eligible != c.ok || got.Allowance.String() != c.want {
			t.Errorf("born %s: ScreenOnly = %t, %+v; want %t and %s", c.born, eligible, got, c.ok, c.want)
		}
	}
	if _, err := bd.Outputs("allowance", "no_such_output"); err == nil || !strings.Contains(err.Error(), "no_such_output") {
		t.Errorf("Outputs of an output no field holds: %v, want an error naming it", err)
	}
	if none, err := bd.Outputs(); err != nil || none != 0 {
		t.Errorf("Outputs() = %v, %v; want the empty set", none, err)
	}
	// The book gives the same set for the rule, of any binding of it.
	if fromBook, err := b.OutputSet("welfare.elderly.high_age_allowance", "allowance"); err != nil || fromBook != set {
		t.Errorf("Book.OutputSet = %v, %v; the binding's is %v", fromBook, err, set)
	}
	if _, err := b.OutputSet("welfare.elderly.high_age_allowance", "no_such_output"); err == nil {
		t.Error("Book.OutputSet of an output the rule lacks: no error")
	}
	if _, err := b.OutputSet("no.such.rule", "allowance"); !errors.Is(err, rules.ErrUnknownRule) {
		t.Errorf("Book.OutputSet of an unknown rule: %v, want ErrUnknownRule", err)
	}
}

// The Outcome keeps its own copy of the facts the case points to: changing
// them after the evaluation does not change its explanation.
func TestOutcomeOwnsItsCase(t *testing.T) {
	b := fixture(t)
	bd := rules.MustBind[ageCase, ageResult](b, "welfare.elderly.high_age_allowance")
	on := d("2023-06-01")
	shiqu := true
	c := ageCase{Born: d("1933-01-01"), Shiqu: &shiqu}
	got, err := bd.Eval(on, c)
	if err != nil {
		t.Fatal(err)
	}
	before := got.Result().Explain(rules.English)
	shiqu = false
	fresh, err := bd.Eval(on, ageCase{Born: d("1933-01-01"), Shiqu: yes()})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(fresh.Result().Explain(rules.English), got.Result().Explain(rules.English)); d != "" || !got.Result().Eligible {
		t.Errorf("the caller's later change reached the outcome (-as evaluated +now):\n%s", d)
	}
	if before != got.Result().Explain(rules.English) {
		t.Error("the outcome explains itself differently the second time")
	}
}

// BindWith binds several rules and keeps every error for one check.
func TestBindWithKeepsEveryError(t *testing.T) {
	b := fixture(t)
	type misspelt struct {
		Born rules.Date `rule:"birthdate"`
	}
	p := &rules.Preparer{Book: b}
	good := rules.BindWith[ageCase, ageResult](p, "welfare.elderly.high_age_allowance")
	bad := rules.BindWith[misspelt, ageResult](p, "welfare.elderly.high_age_allowance")
	unknown := rules.BindWith[ageCase, ageResult](p, "welfare.nothing")
	if good == nil || bad != nil || unknown != nil {
		t.Errorf("bindings: good %v, bad %v, unknown %v", good != nil, bad != nil, unknown != nil)
	}
	var ce *rules.CompileError
	if !errors.As(p.Err, &ce) || !errors.Is(p.Err, rules.ErrUnknownRule) {
		t.Errorf("want both the misfit and the unknown rule in %v", p.Err)
	}
}

// A struct of the document's facts serves every rule of the book: a field
// naming another rule's input is left to that rule, and facts embedded in a
// case are read where they lie.
func TestBindSharesFactsAcrossRules(t *testing.T) {
	b := fixture(t)
	type person struct {
		Born  rules.Date `rule:"birth_date"`
		Shiqu *bool      `rule:"shiqu_hukou"`
	}
	type facts struct {
		Note string `json:"note"` // untagged: not a fact of any rule
		person
		Area decimal.Decimal `rule:"area"` // an input of the property subsidy, not of the allowance
	}
	bd, err := rules.Bind[facts, ageResult](b, "welfare.elderly.high_age_allowance")
	if err != nil {
		t.Fatal(err)
	}
	got, err := bd.Eval(d("2023-06-01"), facts{Note: "x", person: person{Born: d("1933-01-01"), Shiqu: yes()}, Area: dec("5")})
	if err != nil || got.Allowance.String() != "200" { // 90 years old: 二、5 200 a month
		t.Errorf("facts embedded in the case: want 200, got %v %v", got.Allowance, err)
	}
	type wrongKind struct {
		person
		Area string `rule:"area"`
	}
	_, err = rules.Bind[wrongKind, ageResult](b, "welfare.elderly.high_age_allowance")
	var ce *rules.CompileError
	if !errors.As(err, &ce) || len(ce.Problems) != 1 || ce.Problems[0].Field != "Area" {
		t.Errorf("a text for another rule's number: want a problem naming Area, got %v", err)
	}
	type viaPointer struct {
		*person
	}
	_, err = rules.Bind[viaPointer, ageResult](b, "welfare.elderly.high_age_allowance")
	if !errors.As(err, &ce) || ce.Problems[0].Field != "Born" {
		t.Errorf("facts behind an embedded pointer: want a problem naming Born, got %v", err)
	}
}

// rateBook is a rule of a percentage in and out: a subsidy of a share of
// the spending, at least 10%.
func rateBook(t *testing.T) *rules.Book {
	t.Helper()
	cite := rules.FixtureSpec().Rules[0].Cite
	b, err := rules.Compile(rules.Spec{Rules: []rules.Rule{{
		ID: "test.rate.subsidy", Title: rules.T("补助", "subsidy"), Cite: cite,
		Inputs: []rules.Input{
			rules.NumberInput("share", rules.T("比例", "share"), rules.Percent, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("1")}),
			rules.NumberInput("spending", rules.T("支出", "spending"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}),
			rules.NumberInput("cap", rules.T("上限", "cap"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}).Optional("100000"),
		},
		Require: []rules.Condition{{Name: "share_10", Text: rules.T("比例不低于10%", "a share of 10% or more"), Expr: "share >= 0.1"}},
		Outputs: []rules.Output{
			{Name: "subsidy", Title: rules.T("补助", "subsidy"), Unit: rules.Yuan, Expr: "spending * share"},
			{Name: "share_paid", Title: rules.T("补助比例", "share paid"), Unit: rules.Percent, Expr: "share"},
			// A ratio of yuan to yuan, declared a percentage.
			{Name: "of_cap", Title: rules.T("占上限比例", "share of the cap"), Unit: rules.Percent, Expr: "spending / cap", Always: true},
		},
	}, {
		// Another rule of the book, reading a fact a shared struct gives.
		ID: "test.rate.growth", Title: rules.T("增长", "growth"), Cite: cite,
		Inputs: []rules.Input{rules.NumberInput("growth", rules.T("增长率", "growth"), rules.Percent, rules.Range{}),
			rules.NumberInput("base", rules.T("基数", "base"), rules.Yuan, rules.Range{}).Optional("0")},
		Outputs: []rules.Output{{Name: "grown", Title: rules.T("达标", "grown"), Expr: "growth >= 0.15"}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type rateCase struct {
	Share    rules.Rate      `rule:"share"`
	Spending decimal.Decimal `rule:"spending"`
}

type rateResult struct {
	Subsidy decimal.Decimal `rule:"subsidy"`
	Share   rules.Rate      `rule:"share_paid"`
	OfCap   rules.Rate      `rule:"of_cap"`
}

// A Rate field gives and takes a percentage as its fraction, as the book's
// inputs map takes "15%" and the fraction 0.15; the zero Rate is not given,
// and 0% is.
func TestBindingRates(t *testing.T) {
	b := rateBook(t)
	bd, err := rules.Bind[rateCase, rateResult](b, "test.rate.subsidy")
	if err != nil {
		t.Fatal(err)
	}
	on := d("2022-06-01")
	// 20,000 × 15% = 3,000
	got, err := bd.Eval(on, rateCase{Share: rules.Pct("15"), Spending: decimal.NewFromInt(20000)})
	if err != nil || got.Subsidy.String() != "3000" || got.Share.String() != "15%" || got.Share.Fraction().String() != "0.15" {
		t.Errorf("15%% of 20,000: %v %v (%v)", got.Subsidy, got.Share, err)
	}
	// 20,000 ÷ 100,000 = 20%
	if got.OfCap.String() != "20%" {
		t.Errorf("20,000 of 100,000: %v", got.OfCap)
	}
	for _, in := range []rules.Inputs{{"share": "15%", "spending": 20000}, {"share": "0.15", "spending": 20000}} {
		res, err := b.Eval("test.rate.subsidy", on, in)
		if err != nil || res.Value.Number().String() != "3000" {
			t.Errorf("the book with %v: %v (%v)", in["share"], res, err)
		}
	}
	// Not given is missing, never 0%.
	_, err = bd.Eval(on, rateCase{Spending: decimal.NewFromInt(20000)})
	var re *rules.Error
	if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) || re.Input != "share" {
		t.Errorf("share not given: want an invalid input naming share, got %v", err)
	}
	// 0% is given: below 10%, not eligible, and the share paid is not
	// computed, so it is the zero Rate rather than 0%; a figure computed
	// either way is given.
	got, err = bd.Eval(on, rateCase{Share: rules.Pct("0"), Spending: decimal.NewFromInt(20000)})
	if err != nil || got.Share.Valid() || !got.Subsidy.IsZero() || got.OfCap.String() != "20%" {
		t.Errorf("0%%: %v %#v %v (%v)", got.Subsidy, got.Share, got.OfCap, err)
	}
	// Out of range, as through the book.
	_, err = bd.Eval(on, rateCase{Share: rules.Pct("101"), Spending: decimal.NewFromInt(1)})
	if !errors.As(err, &re) || re.Input != "share" {
		t.Errorf("101%%: want an invalid input naming share, got %v", err)
	}
}

// The convention is enforced: a decimal or an int bound to a percentage,
// in or out, is refused naming the field and the convention; so is a Rate
// bound to a number that is not one.
func TestBindRefusesAPercentageOutOfARate(t *testing.T) {
	b := rateBook(t)
	id := "test.rate.subsidy"
	check := func(name string, err error, fields ...string) {
		t.Helper()
		var ce *rules.CompileError
		if !errors.As(err, &ce) {
			t.Fatalf("%s: want a compile error, got %v", name, err)
		}
		var got []string
		for _, p := range ce.Problems {
			got = append(got, p.Field)
			if strings.Contains(p.Msg, "percentage") && !strings.Contains(p.Msg, "rules.Rate") {
				t.Errorf("%s: %s does not name the type a percentage takes", name, p.Msg)
			}
		}
		if d := cmp.Diff(fields, got); d != "" {
			t.Errorf("%s: fields named (-want +got):\n%s\n%v", name, d, err)
		}
	}
	type decimalIn struct {
		Share    decimal.Decimal `rule:"share"`
		Spending decimal.Decimal `rule:"spending"`
	}
	_, err := rules.Bind[decimalIn, rateResult](b, id)
	check("a decimal for a percent input", err, "Share")
	if err == nil || !strings.Contains(err.Error(), "share, a percentage") {
		t.Errorf("the message names the input and says it is a percentage: %v", err)
	}
	type pointerIn struct {
		Share    *decimal.Decimal `rule:"share"`
		Spending decimal.Decimal  `rule:"spending"`
	}
	_, err = rules.Bind[pointerIn, rateResult](b, id)
	check("a *decimal for a percent input", err, "Share")
	type intIn struct {
		Share    int             `rule:"share"`
		Spending decimal.Decimal `rule:"spending"`
	}
	_, err = rules.Bind[intIn, rateResult](b, id)
	check("an int for a percent input", err, "Share")
	type rateSpending struct {
		Share    rules.Rate `rule:"share"`
		Spending rules.Rate `rule:"spending"`
	}
	_, err = rules.Bind[rateSpending, rateResult](b, id)
	check("a Rate for yuan", err, "Spending")
	type decimalOut struct {
		Subsidy rules.Rate      `rule:"subsidy"`
		Share   decimal.Decimal `rule:"share_paid"`
		OfCap   decimal.Decimal `rule:"of_cap"` // a pure ratio declared a percentage
	}
	_, err = rules.Bind[rateCase, decimalOut](b, id)
	check("outputs in the wrong convention", err, "Subsidy", "Share", "OfCap")
	// A fact of another rule of the book is held as that rule takes it.
	type sharedDecimal struct {
		rateCase
		Growth decimal.Decimal `rule:"growth"`
	}
	_, err = rules.Bind[sharedDecimal, rateResult](b, id)
	check("a decimal for another rule's percent input", err, "Growth")
	type sharedRate struct {
		rateCase
		Growth rules.Rate      `rule:"growth"`
		Cap    decimal.Decimal `rule:"cap"`
	}
	if _, err := rules.Bind[sharedRate, rateResult](b, id); err != nil {
		t.Errorf("a Rate for another rule's percent input: %v", err)
	}
	type sharedCapRate struct {
		rateCase
		Cap rules.Rate `rule:"cap"`
	}
	_, err = rules.Bind[sharedCapRate, rateResult](b, id)
	check("a Rate for yuan", err, "Cap")
	type sharedBaseRate struct {
		rateCase
		Base rules.Rate `rule:"base"`
	}
	_, err = rules.Bind[sharedBaseRate, rateResult](b, id)
	check("a Rate for another rule's yuan", err, "Base")
	// A Value holds any kind and says its unit where it is shown: it
	// stays free.
	type valueIn struct {
		Share    rules.Value     `rule:"share"`
		Spending decimal.Decimal `rule:"spending"`
	}
	if _, err := rules.Bind[valueIn, rateResult](b, id); err != nil {
		t.Errorf("a Value for a percent input: %v", err)
	}
}
