package rules_test

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func golden(t *testing.T, name, got string) {
	t.Helper()
	rulestest.Golden(t, filepath.Join("testdata", name), got)
}

// The explanations read as a caseworker would want them, in both languages.
func TestExplanations(t *testing.T) {
	b := fixture(t)
	for _, c := range []struct {
		file string
		id   string
		on   string
		in   rules.Inputs
		lang rules.Lang
	}{
		{"high_age_zh.golden", "welfare.elderly.high_age_allowance", "2022-06-01", rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true}, rules.Chinese},
		{"high_age_en.golden", "welfare.elderly.high_age_allowance", "2022-06-01", rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true}, rules.English},
		{"high_age_not_eligible_zh.golden", "welfare.elderly.high_age_allowance", "2022-06-01", rules.Inputs{"birth_date": "1944-03-10", "shiqu_hukou": false}, rules.Chinese},
		{"phase_out_en.golden", "welfare.dibao.phase_out", "2022-06-01", rules.Inputs{"exceeded_on": "2024-02-29"}, rules.English},
	} {
		t.Run(c.file, func(t *testing.T) {
			res, err := b.Eval(c.id, d(c.on), c.in)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, c.file, res.Explain(c.lang))
		})
	}
}

func TestTraceAndCitations(t *testing.T) {
	res, err := fixture(t).Eval("welfare.elderly.high_age_allowance", d("2022-06-01"), rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	type step struct{ Kind, Name, Key, Value string }
	var got []step
	for _, s := range res.Trace() {
		got = append(got, step{s.Kind.String(), s.Name, s.Key, s.Value.String()})
	}
	// 二、5: born 1930-06-02, 91 full years on 2022-06-01: the 90–99 band, 200 a month.
	want := []step{
		{"input", "birth_date", "", "1930-06-02"},
		{"input", "shiqu_hukou", "", "true"},
		{"parameter", "high_age_min", "", "80"},
		{"parameter", "high_age_allowance", "[90, 100)", "200"},
		{"definition", "age", "", "91"},
		{"output", "allowance", "", "200"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("trace (-want +got):\n%s", diff)
	}
	var cites []string
	for _, c := range res.Citations() {
		cites = append(cites, c.Ref())
	}
	if diff := cmp.Diff([]string{"温政发〔2022〕6号 二、5", "温政发〔2022〕6号 二、5"}, cites); diff != "" {
		t.Errorf("citations (-want +got):\n%s", diff)
	}
	if res.Receipt.Date != d("2022-06-01") || res.Receipt.Rule != "welfare.elderly.high_age_allowance" || res.Receipt.Book != fixture(t).Hash() {
		t.Errorf("receipt %s", res.Receipt)
	}
}

// Conditions lists every condition, the ones met as well as the failed,
// each with the values it read.
func TestConditionsMetAndFailed(t *testing.T) {
	b := fixture(t)
	// 二、5: born 1930-06-02, 91 full years on 2022-06-01, registered in
	// 市区 (the fixture's high_age_min is 80): both conditions met.
	res, err := b.Eval("welfare.elderly.high_age_allowance", d("2022-06-01"), rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	// Born 1944-03-10, 78 on 2022-06-01: the age fails, the registration
	// in 市区 is met.
	near, err := b.Eval("welfare.elderly.high_age_allowance", d("2022-06-01"), rules.Inputs{"birth_date": "1944-03-10", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	lines := func(r *rules.Result, lang rules.Lang) []string {
		var out []string
		for _, c := range r.Conditions() {
			out = append(out, c.In(lang))
		}
		return out
	}
	for _, c := range []struct {
		res  *rules.Result
		lang rules.Lang
		want []string
	}{
		{res, rules.Chinese, []string{"满足：市区户口（shiqu_hukou = 是）", "满足：年满80周岁（age = 91 年, high_age_min = 80 年）"}},
		{near, rules.Chinese, []string{"满足：市区户口（shiqu_hukou = 是）", "未满足：年满80周岁（age = 78 年, high_age_min = 80 年）"}},
		{near, rules.English, []string{"met: hukou in the city districts (shiqu_hukou = yes)", "not met: aged 80 or over (age = 78 years, high_age_min = 80 years)"}},
	} {
		if diff := cmp.Diff(c.want, lines(c.res, c.lang)); diff != "" {
			t.Errorf("conditions (-want +got):\n%s", diff)
		}
	}
	if n := len(near.Failed); n != 1 || near.Failed[0].Name != "aged_80" {
		t.Errorf("failed: %v, want aged_80 alone", near.Failed)
	}
}
