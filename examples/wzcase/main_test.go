package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Run with no arguments, the command prints the two worked cases; the
// figures are in the golden file and were checked by hand:
// 20 × 90 × 18 = 32,400 (附件1); 15 × 90 = 1,350 (附件1);
// 15,000×120 + 7,500×350 + 4,500×900 = 8,475,000, less 2,000,000 provincial
// and 1,000 × 1,370 = 1,370,000 city, leaves 5,105,000 for 文成县 (三（六）).
func TestWorkedCases(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	golden(t, "worked.golden", out.String())
	for _, want := range []string{"fee = 32400.00 元", "fee = 1350.00 元", "合计 33750.00 元", "shortfall = 5105000.00 元/年"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestCaseFile(t *testing.T) {
	path := write(t, `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "lang": "en",
		"inputs": {"district": "洞头区", "use": "营业用房", "area": 200, "plan_date": "2022-05-20"}}`)
	var out, errs bytes.Buffer
	if code := run([]string{path}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	// 附件4: 15 × 200 = 3,000 for business premises.
	if !strings.Contains(out.String(), "fee = 3000.00 yuan") {
		t.Errorf("output lacks the fee of 3000.00:\n%s", out.String())
	}
}

func TestBadCases(t *testing.T) {
	for _, c := range []struct{ name, json, want string }{
		{"not JSON", `{"rule": `, "not a case"},
		{"unknown envelope field", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "input": {}}`, `unknown field "input"`},
		{"no rule", `{"date": "2022-06-01"}`, `field "rule": missing`},
		{"unknown rule", `{"rule": "welfare.nothing", "date": "2022-06-01"}`, `no rule "welfare.nothing"`},
		{"bad date", `{"rule": "expropriation.moving.fee", "date": "1 June 2022"}`, `field "date"`},
		{"date outside", `{"rule": "expropriation.moving.fee", "date": "2022-03-04", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "90", "plan_date": "2022-03-04"}}`, `field "date": evaluation date 2022-03-04 is outside`},
		{"bad field", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "ninety"}}`, `inputs.area: "ninety" is not a decimal number`},
		{"unknown district", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "瑞安市", "use": "住宅用房", "area": "90"}}`, `inputs.district: "瑞安市" is not one of`},
		{"misspelt input", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "aera": "90"}}`, `inputs.aera: unknown input`},
		{"inputs not an object", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": [1]}`, `field "inputs"`},
		{"case by case", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "工业用房", "area": "500"}}`, "按实评估"},
		{"bad lang", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "lang": "fr"}`, `field "lang"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := run([]string{write(t, c.json)}, &out, &errs)
			msg := errs.String()
			if code != 1 || !strings.Contains(msg, c.want) || strings.Count(msg, "\n") != 1 || out.Len() != 0 {
				t.Errorf("exit %d, stderr %q, stdout %q; want exit 1 and one line containing %q", code, msg, out.String(), c.want)
			}
		})
	}
	var out, errs bytes.Buffer
	if code := run([]string{filepath.Join(t.TempDir(), "absent.json")}, &out, &errs); code != 1 || strings.Count(errs.String(), "\n") != 1 {
		t.Errorf("missing file: exit %d, stderr %q", code, errs.String())
	}
	if code := run([]string{"a", "b"}, &out, &errs); code != 2 {
		t.Errorf("two arguments: exit %d, want 2", code)
	}
}

func write(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.json")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	rulestest.Golden(t, filepath.Join("testdata", name), got)
}
