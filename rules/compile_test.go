package rules_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
)

func fixture(t testing.TB) *rules.Book {
	t.Helper()
	b, err := rules.Compile(rules.FixtureSpec())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// compileProblems compiles a spec and returns its problems as text.
func compileProblems(t *testing.T, spec rules.Spec) []string {
	t.Helper()
	_, err := rules.Compile(spec)
	if err == nil {
		return nil
	}
	var ce *rules.CompileError
	if !errors.As(err, &ce) {
		t.Fatalf("Compile returned %T, want *CompileError: %v", err, err)
	}
	if !errors.Is(err, rules.ErrCompile) {
		t.Errorf("a compile error must match ErrCompile: %v", err)
	}
	var out []string
	for _, p := range ce.Problems {
		out = append(out, p.Error())
	}
	return out
}

// withRule returns the fixture with its first rule changed.
func withRule(change func(*rules.Rule)) rules.Spec {
	s := rules.FixtureSpec()
	r := s.Rules[0]
	r.Inputs = append([]rules.Input(nil), r.Inputs...)
	r.Require = append([]rules.Condition(nil), r.Require...)
	r.Outputs = append([]rules.Output(nil), r.Outputs...)
	r.Defs = append([]rules.Def(nil), r.Defs...)
	change(&r)
	s.Rules = append([]rules.Rule{r}, s.Rules[1:]...)
	return s
}

func withOutput(expr string) rules.Spec {
	return withRule(func(r *rules.Rule) { r.Outputs[0].Expr = expr })
}

func TestFixtureCompiles(t *testing.T) {
	if got := compileProblems(t, rules.FixtureSpec()); got != nil {
		t.Fatalf("fixture: %v", got)
	}
}

func TestCompileProblems(t *testing.T) {
	doc := rules.FixtureSpec().Rules[0].Cite.Doc
	for _, c := range []struct {
		name string
		spec rules.Spec
		want []string // each must appear in some problem
	}{
		{"rule without citation", withRule(func(r *rules.Rule) { r.Cite = rules.Citation{} }), []string{"has no citation"}},
		{"citation without quote", withRule(func(r *rules.Rule) { r.Cite = doc.Cite("二、5", "") }), []string{"without quoting it"}},
		{"clause not of the document's form", withRule(func(r *rules.Rule) { r.Cite = doc.Cite("第二条", "高龄津贴") }), []string{`clause "第二条", which is not of the form`}},
		{"unknown name with position", withOutput("bracket(high_age_allowance, agee)"), []string{`output allowance (line 1, column 29): unknown name "agee"`}},
		{"units that do not add", withOutput("bracket(high_age_allowance, age) + age"), []string{"mixes units: 元/月 (yuan per month) and 年 (year)"}},
		{"output in the wrong unit", withOutput("age"), []string{"output allowance: is in 年 (year), declared 元/月 (yuan per month)"}},
		{"days compared with a pure number", withRule(func(r *rules.Rule) {
			r.Require[1].Expr = `days_between(birth_date, eval_date) > 29200`
		}), []string{"comparison > mixes units: 天 (day) and a pure number"}},
		{"a figure written as a literal", withOutput("bracket(high_age_allowance, age) + 50"), []string{"mixes units"}},
		{"bracket looked up by the wrong unit", withOutput("bracket(property_tiers, age)"), []string{"bracket property_tiers is by 平方米 (m²), got 年 (year)"}},
		{"condition that is not yes/no", withRule(func(r *rules.Rule) { r.Require[1].Expr = "age" }), []string{"condition aged_80: must be a bool, is a number"}},
		{"a misspelt text value", withRule(func(r *rules.Rule) {
			r.Inputs = append(r.Inputs, rules.TextInput("district", rules.T("区", "district"), "鹿城区", "龙湾区"))
			r.Require = append(r.Require, rules.Condition{Name: "lucheng", Text: rules.T("鹿城", "Lucheng"), Expr: `district == "鹿城"`})
		}), []string{`district is never "鹿城"; its values are: 鹿城区, 龙湾区`}},
		{"a name used twice", withRule(func(r *rules.Rule) {
			r.Defs = append(r.Defs, rules.Def{Name: "age", Title: rules.T("a", "a"), Expr: "1"})
		}), []string{`name "age" is already used`}},
		{"a name that is a parameter", withRule(func(r *rules.Rule) {
			r.Inputs = append(r.Inputs, rules.FlagInput("high_age_min", rules.T("x", "x")))
		}), []string{`"high_age_min" is already a parameter`}},
		{"a reserved word", withRule(func(r *rules.Rule) { r.Inputs = append(r.Inputs, rules.FlagInput("not", rules.T("x", "x"))) }), []string{`name "not" is not an identifier`}},
		{"a syntax error", withOutput("bracket(high_age_allowance, age"), []string{"output allowance"}},
		{"round with computed places", withOutput("round(bracket(high_age_allowance, age), age)"), []string{"round() needs its decimal places"}},
		{"a bad rule ID", withRule(func(r *rules.Rule) { r.ID = "HighAge" }), []string{`rule ID "HighAge" is not of the form`}},
		{"no English title", withRule(func(r *rules.Rule) { r.Title = rules.T("高龄津贴", "") }), []string{"needs a Chinese and an English title"}},
		{"a text input without values", withRule(func(r *rules.Rule) {
			r.Inputs = append(r.Inputs, rules.Input{Name: "kind", Title: rules.T("类", "kind"), Kind: rules.KindText})
		}), []string{"lists the values it takes"}},
		{"a default of the wrong kind", withRule(func(r *rules.Rule) {
			r.Inputs = append(r.Inputs, rules.NumberInput("n", rules.T("n", "n"), rules.Number, rules.Range{}).Optional("many"))
		}), []string{"default:"}},
		{"date compared with a number", withRule(func(r *rules.Rule) { r.Require[1].Expr = "birth_date > high_age_min" }), []string{"operator > between a date and a number"}},
		{"an empty range", withRule(func(r *rules.Rule) {
			r.Inputs = append(r.Inputs, rules.NumberInput("n", rules.T("n", "n"), rules.Number, rules.Range{Lo: rules.Incl("2"), Hi: rules.Excl("2")}))
		}), []string{"holds no number"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := compileProblems(t, c.spec)
			joined := strings.Join(got, "\n")
			for _, w := range c.want {
				if !strings.Contains(joined, w) {
					t.Errorf("problems do not mention %q:\n%s", w, joined)
				}
			}
			if len(got) == 0 {
				t.Error("compiled; want a problem")
			}
		})
	}
}

// All problems are reported at once, each with its rule.
func TestCompileReportsEveryProblem(t *testing.T) {
	s := rules.FixtureSpec()
	s.Rules[0].Outputs = []rules.Output{{Name: "allowance", Title: rules.T("a", "a"), Unit: rules.Yuan, Expr: "nope1"}}
	s.Rules[2].Outputs = []rules.Output{{Name: "subsidy", Title: rules.T("a", "a"), Unit: rules.Yuan, Expr: "nope2"}}
	s.Params[1].History = nil
	got := compileProblems(t, s)
	joined := strings.Join(got, "\n")
	for _, w := range []string{"welfare.elderly.high_age_allowance: output allowance", "nope1", "relief.subsidy.property_management: output subsidy", "nope2", "parameter high_age_min: parameter has no value"} {
		if !strings.Contains(joined, w) {
			t.Errorf("problems do not mention %q:\n%s", w, joined)
		}
	}
}

func TestBracketChecks(t *testing.T) {
	band := func(lo, hi rules.Bound, v string) rules.Band {
		return rules.Band{Range: rules.Range{Lo: lo, Hi: hi}, Value: dec(v)}
	}
	for _, c := range []struct {
		name  string
		bands []rules.Band
		want  string
	}{
		{"gap", []rules.Band{band(rules.Incl("80"), rules.Excl("89"), "50"), band(rules.Incl("90"), rules.Bound{}, "200")}, "gap between band 1 [80, 89) and band 2 [90, ∞)"},
		{"overlap", []rules.Band{band(rules.Incl("80"), rules.Incl("91"), "50"), band(rules.Incl("90"), rules.Bound{}, "200")}, "overlaps"},
		{"both include the shared end", []rules.Band{band(rules.Incl("80"), rules.Incl("90"), "50"), band(rules.Incl("90"), rules.Bound{}, "200")}, "both include 90"},
		{"neither includes the shared end", []rules.Band{band(rules.Incl("80"), rules.Excl("90"), "50"), band(rules.Excl("90"), rules.Bound{}, "200")}, "gap at 90"},
		{"an empty band", []rules.Band{band(rules.Incl("90"), rules.Excl("90"), "50")}, "holds no number"},
		{"an open end in the middle", []rules.Band{band(rules.Incl("80"), rules.Bound{}, "50"), band(rules.Incl("90"), rules.Bound{}, "200")}, "has no upper end but is not the last band"},
		{"no bands", nil, "bracket has no bands"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := rules.FixtureSpec()
			s.Params[0].History = []rules.Dated{{Cite: s.Params[0].History[0].Cite, Value: &rules.Bracket{Of: rules.Year, Bands: c.bands}}}
			joined := strings.Join(compileProblems(t, s), "\n")
			if !strings.Contains(joined, c.want) {
				t.Errorf("problems do not mention %q:\n%s", c.want, joined)
			}
		})
	}
}

func TestParamChecks(t *testing.T) {
	s := rules.FixtureSpec()
	cite := s.Params[1].History[0].Cite
	s.Params = append(s.Params,
		rules.Param{Name: "later_first", Title: rules.T("x", "x"), Unit: rules.Year, History: []rules.Dated{
			{From: d("2023-01-01"), Value: dec("1"), Cite: cite}, {From: d("2022-01-01"), Value: dec("2"), Cite: cite}}},
		rules.Param{Name: "mixed", Title: rules.T("x", "x"), History: []rules.Dated{
			{Value: dec("1"), Cite: cite}, {From: d("2023-01-01"), Value: "一", Cite: cite}}},
		rules.Param{Name: "outside", Title: rules.T("x", "x"), Range: rules.Range{Hi: rules.Incl("2")}, History: []rules.Dated{{Value: dec("3"), Cite: cite}}},
		rules.Param{Name: "uncited", Title: rules.T("x", "x"), History: []rules.Dated{{Value: dec("3")}}},
		rules.Param{Name: "high_age_min", Title: rules.T("x", "x"), History: []rules.Dated{{Value: dec("3"), Cite: cite}}},
		rules.Param{Name: "table", Title: rules.T("x", "x"), History: []rules.Dated{{Cite: cite, Value: rules.Table{Rows: []rules.Row{
			{Keys: []string{"a"}, Value: dec("1")}, {Keys: []string{"a"}, Value: dec("2")}, {Keys: []string{"b", "c"}, Value: dec("2")}}}}}},
	)
	joined := strings.Join(compileProblems(t, s), "\n")
	for _, w := range []string{"history must be in date order", "is a text, the first value a number", "value 3 is outside the parameter's range (-∞, 2]",
		"parameter uncited: value 1: has no citation", "parameter high_age_min: defined twice", "row a appears twice", "row 3 has 2 keys"} {
		if !strings.Contains(joined, w) {
			t.Errorf("problems do not mention %q:\n%s", w, joined)
		}
	}
}

func TestDocumentChecks(t *testing.T) {
	s := rules.FixtureSpec()
	bad := &rules.Document{Number: "温政发〔2022〕99号", InForce: rules.Between(d("2022-05-01"), d("2022-04-01"))}
	s.Rules[1].Cite = bad.Cite("一", "x")
	joined := strings.Join(compileProblems(t, s), "\n")
	for _, w := range []string{"has no title", "has no issuer", "has no issue date", "ends before it starts"} {
		if !strings.Contains(joined, w) {
			t.Errorf("problems do not mention %q:\n%s", w, joined)
		}
	}
}

func TestGroupChecks(t *testing.T) {
	s := rules.FixtureSpec()
	s.Groups = append(s.Groups,
		rules.Group{ID: "relief.mixed", Title: rules.T("x", "x"), Cite: s.Groups[0].Cite, Rules: []string{"relief.reward.travel_agency.overnight", "welfare.dibao.phase_out"}},
		rules.Group{ID: "relief.alone", Title: rules.T("x", "x"), Cite: s.Groups[0].Cite, Rules: []string{"relief.nothing"}},
	)
	joined := strings.Join(compileProblems(t, s), "\n")
	for _, w := range []string{"member welfare.dibao.phase_out has no number as its main output", "member relief.nothing is not a rule", "a group has at least two rules"} {
		if !strings.Contains(joined, w) {
			t.Errorf("problems do not mention %q:\n%s", w, joined)
		}
	}
}
