package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// receipt is a result's receipt hash, which changes with every change of
// its book; the goldens show it as sha256:….
var receipt = regexp.MustCompile(`sha256:[0-9a-f]{64}`)

func runCheck(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return receipt.ReplaceAllString(out.String(), "sha256:…"), errs.String(), code
}

// The report of testdata/cases, in both languages: a file that passes, a
// file with a deliberately wrong figure (三（六） gives a minimum of 48,000;
// the case expects 38,000), and a file with a misspelt key (expcet:),
// reported with its line and the keys it could have meant while the other
// files run. go test -update rewrites the goldens; read them before
// committing.
func TestReport(t *testing.T) {
	for _, c := range []struct {
		lang, golden string
		want         []string // what the report must say, whatever the golden
	}{
		{"zh", "testdata/report.zh.golden", []string{
			"testdata/cases/misspelt.yaml:11: 案例：不认识的键“expcet”；是否应为 expect / 预期 / 结果？",
			"通过  瓯海 district in 2022（第8行）",
			"未通过  鹿城 district in 2023, a wrong minimum（第14行）",
			"条款：三（六） 每年每公里县道15000元、乡道7500元、村道4500元",
			"规则：roads.funding.routine_minimum（农村公路日常养护资金最低标准）",
			"minimum（公共财政资金最低总额）：预期 38000.00 元/年，实际 48000.00 元/年",
			"计算说明：",
			"合计：3个文件，4个案例，3个通过，1个未通过；1个文件无法读取。",
		}},
		{"en", "testdata/report.en.golden", []string{
			`testdata/cases/misspelt.yaml:11: a case: unknown key "expcet"; did you mean expect / 预期 / 结果?`,
			"PASS  瓯海 district in 2022 (line 8)",
			"FAIL  鹿城 district in 2023, a wrong minimum (line 14)",
			"clause: 三（六） 每年每公里县道15000元、乡道7500元、村道4500元",
			"rule: roads.funding.routine_minimum (minimum funding of rural road routine maintenance)",
			"minimum (minimum public funding): expected 38000.00 yuan per year, got 48000.00 yuan per year",
			"explanation:",
			"Summary: 3 file(s), 4 case(s): 3 passed, 1 failed; 1 file(s) could not be read.",
		}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			out, errs, code := runCheck(t, "-lang", c.lang, "testdata/cases")
			if code != 1 || errs != "" {
				t.Errorf("exit %d, stderr %q; want 1 and nothing", code, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("the report does not say %q", w)
				}
			}
			rulestest.Golden(t, c.golden, out)
		})
	}
}

func TestExitStatus(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stderr string // what standard error must say
	}{
		{"every case passes", []string{"testdata/cases/passing.yaml"}, 0, ""},
		{"a case fails", []string{"testdata/cases/wrong-figure.yaml"}, 1, ""},
		{"a file cannot be read", []string{"testdata/cases/misspelt.yaml", "testdata/cases/passing.yaml"}, 1, ""},
		{"one rule", []string{"-rule", "roads.funding.routine_minimum", "testdata/cases/passing.yaml"}, 0, ""},
		{"no case of the rule", []string{"-rule", "roads.no_such_rule", "testdata/cases/passing.yaml"}, 2, "no case of roads.no_such_rule"},
		{"a language it does not write", []string{"-lang", "fr", "testdata/cases"}, 2, `-lang "fr": give zh or en`},
		{"no such path", []string{"testdata/nothing-here"}, 2, "testdata/nothing-here"},
		{"a folder without data files", []string{"EMPTY"}, 2, "no data file"},
		{"an unknown flag", []string{"-x"}, 2, "usage: wzcheck"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for i, a := range c.args {
				if a == "EMPTY" {
					c.args[i] = t.TempDir()
				}
			}
			_, errs, code := runCheck(t, c.args...)
			if code != c.code || (c.stderr == "" && errs != "") || !strings.Contains(errs, c.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, c.code, c.stderr)
			}
		})
	}
}

// The data files of whole assessments run too, with the code go test runs
// them with: every firm case of relief's testdata passes.
func TestAssessmentFiles(t *testing.T) {
	out, errs, code := runCheck(t, "-lang", "en", "-rule", "relief.firm", "../../relief/testdata/assessments")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errs, out)
	}
	if !strings.Contains(out, "PASS") || strings.Contains(out, " 0 case(s)") {
		t.Errorf("no firm case ran:\n%s", out)
	}
}
