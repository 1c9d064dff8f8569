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
