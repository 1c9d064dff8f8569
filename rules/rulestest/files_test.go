package rulestest_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
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
		{"a case's key for the file", "rule: x.y\nexpect: {v: \"1\"}\ncases:\n  - name: a\n    clause: c\n    date: 2022-01-01\n    expect: {v: \"1\"}\n", `:2: the file: key "expect" does not belong here`},
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

// A misspelt key in one file is that file's one problem — its line, the key
// and the keys it could have meant — and every other file runs.
func TestCheckFileOneBadFile(t *testing.T) {
	// 二、5 80周岁至89周岁的老年人每人每月50元: born 1943-06-01, 80 on 2023-06-01.
	good := write(t, `rule: welfare.elderly.high_age_allowance
cases:
  - name: aged 80
    clause: 二、5 80周岁至89周岁的老年人每人每月50元
    date: 2023-06-01
    inputs: {birth_date: 1943-06-01, hukou: 鹿城区}
    expect: {allowance: "50.00"}
  - name: aged 80, a wrong figure
    clause: 二、5 80周岁至89周岁的老年人每人每月50元
    date: 2023-06-01
    inputs: {birth_date: 1943-06-01, hukou: 鹿城区}
    expect: {allowance: "60.00"}
`)
	bad := write(t, `rule: welfare.elderly.high_age_allowance
cases:
  - name: aged 80
    clasue: 二、5 80周岁至89周岁的老年人每人每月50元
    date: 2023-06-01
    inputs: {birth_date: 1943-06-01, hukou: 鹿城区}
    expect: {allowance: "50.00"}
`)
	ck := rulestest.Checker{Book: func(string) *rules.Book { return welfare.Book() }}
	b := ck.CheckFile(bad)
	want := []rulestest.LoadProblem{{Path: bad, Line: 4, Key: "clasue", Suggest: []string{"clause / 条款 / 依据"},
		Msg: rules.T(`案例：不认识的键“clasue”；是否应为 clause / 条款 / 依据？`, `a case: unknown key "clasue"; did you mean clause / 条款 / 依据?`)}}
	if d := cmp.Diff(want, b.Problems); d != "" || b.Cases != nil {
		t.Errorf("the bad file's problems (-want +got):\n%s", d)
	}
	g := ck.CheckFile(good)
	if len(g.Problems) != 0 || len(g.Cases) != 2 || !g.Cases[0].Passed() || g.Cases[1].Passed() {
		t.Fatalf("the good file: %+v", g)
	}
	wantF := []rulestest.Finding{{Kind: rulestest.FindingOutput, Name: "allowance", Title: g.Cases[1].Findings[0].Title,
		Want: rules.T("60.00 元/人·月", "60.00 yuan per person per month"), Got: rules.T("50.00 元/人·月", "50.00 yuan per person per month")}}
	if d := cmp.Diff(wantF, g.Cases[1].Findings); d != "" {
		t.Errorf("the wrong figure's findings (-want +got):\n%s", d)
	}
}

// A key far from any the place takes is reported with every key it takes.
func TestUnknownKeyListsTheKeys(t *testing.T) {
	_, err := rulestest.Load(write(t, "rule: x.y\ncases:\n  - name: a\n    clause: c\n    date: 2022-01-01\n    zzz: 1\n    expect: {v: \"1\"}\n"))
	var le *rulestest.LoadError
	if !errors.As(err, &le) || len(le.Problems) != 1 {
		t.Fatalf("got %v", err)
	}
	p := le.Problems[0]
	if p.Line != 6 || p.Key != "zzz" || len(p.Suggest) != 12 || p.Suggest[0] != "name / 名称" {
		t.Errorf("got %+v", p)
	}
}
