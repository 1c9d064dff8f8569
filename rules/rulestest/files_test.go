package rulestest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func write(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cases.yaml")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadEnglishAndChinese(t *testing.T) {
	english := write(t, `
rule: welfare.elderly.high_age_allowance
inputs: {shiqu_hukou: true}
cases:
  - name: aged 80
    clause: 二、5 80周岁至89周岁
    date: 2023-06-01
    inputs: {birth_date: 1943-06-01, area: 90.50}
    expect: {allowance: "50.00"}
    tolerance: 0.01
`)
	chinese := write(t, `
规则: welfare.elderly.high_age_allowance
输入: {shiqu_hukou: true}
案例:
  - 名称: aged 80
    条款: 二、5 80周岁至89周岁
    日期: 2023-06-01
    输入: {birth_date: 1943-06-01, area: 90.50}
    预期: {allowance: "50.00"}
    容差: 0.01
`)
	a, err := rulestest.Load(english)
	if err != nil {
		t.Fatal(err)
	}
	b, err := rulestest.Load(chinese)
	if err != nil {
		t.Fatal(err)
	}
	a[0].Source, b[0].Source = "", ""
	same := cmp.Options{cmp.Comparer(func(x, y error) bool { return x == y }), cmp.Comparer(func(x, y decimal.Decimal) bool { return x.Equal(y) }), cmp.Comparer(func(x, y rules.Date) bool { return x == y })}
	if d := cmp.Diff(a, b, same); d != "" {
		t.Errorf("the same file in English and Chinese keys (-en +zh):\n%s", d)
	}
	// Numbers keep the digits written; dates stay dates; yes/no are bools.
	want := rules.Inputs{"birth_date": "1943-06-01", "area": "90.50", "shiqu_hukou": true}
	if d := cmp.Diff(want, a[0].Inputs); d != "" {
		t.Errorf("inputs (-want +got):\n%s", d)
	}
	if a[0].Tolerance.String() != "0.01" || a[0].Date.String() != "2023-06-01" {
		t.Errorf("tolerance %s, date %s", a[0].Tolerance, a[0].Date)
	}
}

func TestLoadRefusesWhatItCannotRead(t *testing.T) {
	for _, c := range []struct{ name, yaml, want string }{
		{"unknown key", "rule: x.y\ncases:\n  - name: a\n    clause: c\n    date: 2022-01-01\n    expected: {v: \"1\"}\n", `:6: a case: unknown key "expected"`},
		{"no clause", "rule: x.y\ncases:\n  - name: a\n    date: 2022-01-01\n    expect: {v: \"1\"}\n", `cites no clause`},
		{"no date", "rule: x.y\ncases:\n  - name: a\n    clause: c\n    expect: {v: \"1\"}\n", `has no evaluation date`},
		{"bad date", "rule: x.y\ncases:\n  - name: a\n    clause: c\n    date: 1 May\n    expect: {v: \"1\"}\n", `"1 May" is not a date`},
		{"expects nothing", "rule: x.y\ncases:\n  - name: a\n    clause: c\n    date: 2022-01-01\n", `expects nothing`},
		{"unknown error", "rule: x.y\ncases:\n  - name: a\n    clause: c\n    date: 2022-01-01\n    error: oops\n", `error "oops" is none of`},
		{"no cases", "rule: x.y\n", `has no list of cases`},
		{"not YAML", "rule: [\n", `cases.yaml`},
		{"null input", "rule: x.y\ncases:\n  - name: a\n    clause: c\n    date: 2022-01-01\n    inputs: {v: null}\n    expect: {v: \"1\"}\n", `input v has no value`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := rulestest.Load(write(t, c.yaml))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}
