package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy"

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
		{"unknown envelope field", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "input": {}}`, `field "input": not a field of a case`},
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
		// The issue: messages named Go types, and field names were read
		// case-insensitively, trailing data ignored.
		{"rule a number", `{"rule": 5, "date": "2022-06-01"}`, `field "rule": must be a string, not the number 5`},
		{"an input an object", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": {}}}`, `inputs.area: must be a string, a number or true or false, not an object`},
		{"a bool given a number", `{"rule": "welfare.worker.living_aid", "date": "2022-06-01", "inputs": {"registered": 1}}`, `inputs.registered: expected true or false, got the number 1`},
		{"an input null", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"area": null}}`, `inputs.area: null is not a value`},
		{"RULE", `{"RULE": "expropriation.moving.fee", "date": "2022-06-01"}`, `field "RULE": not a field of a case`},
		{"a field twice", `{"rule": "expropriation.moving.fee", "rule": "welfare.nothing", "date": "2022-06-01"}`, `field "rule": given twice`},
		{"trailing data", `{"rule": "expropriation.moving.fee", "date": "2022-06-01"} {}`, `more follows the object`},
		{"a group's ID", `{"rule": "welfare.group.housing", "date": "2022-06-01"}`, `"welfare.group.housing" is a take-the-higher group, not a rule; give it as group`},
		// A newline in a name or a value the message quotes stays escaped.
		{"a newline in an input's name", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "90", "a\nb": 1}}`, `inputs."a\nb": unknown input`},
		{"a newline in a value", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城\n区", "use": "住宅用房", "area": "90"}}`, `inputs.district: "鹿城\n区" is not one of`},
		{"a newline in the rule", `{"rule": "welfare.\nnothing", "date": "2022-06-01"}`, `no rule "welfare.\nnothing"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := run([]string{write(t, c.json)}, &out, &errs)
			msg := errs.String()
			if code != 1 || !strings.Contains(msg, c.want) || strings.Count(msg, "\n") != 1 || out.Len() != 0 || goTypeNames.MatchString(msg) {
				t.Errorf("exit %d, stderr %q, stdout %q; want exit 1 and one line containing %q, naming no Go type", code, msg, out.String(), c.want)
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

// goTypeNames are what encoding/json and fmt's %T put in messages.
var goTypeNames = regexp.MustCompile(`interface \{\}|Go struct|Go value|of type|map\[|\[\]|json\.|(^|[^.\w])json:|decimal\.|rules\.|rules:|main\.|float64|int64`)

// oneLineError runs the command on path and checks that it fails with exit
// status 1 and one line on standard error, containing want.
func oneLineError(t *testing.T, path, want string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run([]string{path}, &out, &errs)
	msg := errs.String()
	if code != 1 || !strings.Contains(msg, want) || strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, "\n") || out.Len() != 0 {
		t.Errorf("exit %d, stderr %q, stdout %q; want exit 1 and one line containing %q", code, msg, out.String(), want)
	}
}

// The issue: a 200 MB file ran past 60 s at 1.3 GB. A rule's case over
// 64 KiB is refused, and a file over 1 MiB is refused before it is read;
// a rule's case of 64 KiB is read.
func TestFileSizeIsCapped(t *testing.T) {
	body := `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "90", "plan_date": "2022-05-20"}}`
	atCap := write(t, body+strings.Repeat(" ", wzpolicy.MaxCaseBytes-len(body)))
	var out, errs bytes.Buffer
	if code := run([]string{atCap}, &out, &errs); code != 0 || !strings.Contains(out.String(), "fee = 1350.00 元") {
		t.Errorf("a case of %d bytes: exit %d, %s", wzpolicy.MaxCaseBytes, code, errs.String())
	}
	overCap := write(t, body+strings.Repeat(" ", wzpolicy.MaxCaseBytes-len(body)+1))
	oneLineError(t, overCap, "a rule's or group's case is at most 65536")
	overFile := write(t, body+strings.Repeat(" ", wzpolicy.MaxAssessmentBytes-len(body)+1))
	oneLineError(t, overFile, "larger than 1048576 bytes")
}

// The issue: wzcase /dev/zero crashed with a 117-line runtime dump. A
// device, like a directory, is refused before it is read.
func TestNotARegularFile(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err == nil {
		oneLineError(t, "/dev/zero", `"/dev/zero": not a regular file`)
	}
	oneLineError(t, t.TempDir(), "not a regular file")
}

// The issue: an input name holding a newline gave a two-line error. The
// name is quoted.
func TestNewlineInFileName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a\nb.json")
	if err := os.WriteFile(path, []byte(`{"rule": 5}`), 0o644); err != nil {
		t.Skipf("this file system takes no newline in a name: %v", err)
	}
	oneLineError(t, path, `a\nb.json": field "rule": must be a string`)
	oneLineError(t, filepath.Join(t.TempDir(), "absent\n.json"), `absent\n.json": no such file or directory`)
}

// A case read, written out and read again is the same case.
func TestCaseRoundTrip(t *testing.T) {
	c, err := wzpolicy.DecodeCase([]byte(`{"lang": "en", "inputs": {"district": "洞头区", "use": "营业用房", "area": 200, "x": true}, "date": "2022-06-01", "rule": "expropriation.moving.fee"}`))
	if err != nil {
		t.Fatal(err)
	}
	again, err := wzpolicy.DecodeCase(c.Encode())
	if err != nil || !reflect.DeepEqual(c, again) {
		t.Errorf("%#v written out as %s reads as %#v, %v", c, c.Encode(), again, err)
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

// A group's case and the assessments print what the library works out:
// 五's 浙江企业100强 2,000,000 beats 六's difference 2,000,000 − 500,000
// (末段 就高不重复); a 鹿城区 resident of 82 is granted 二、5's 50 a month;
// a bookstore's 100 m² are paid 20 × 100 × 6 = 12,000 (二、24).
func TestGroupAndAssessmentCases(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"group", `{"group": "productivity.reward.choice", "date": "2023-06-01", "lang": "en", "inputs": {
			"productivity.reward.headquarters": {"locality": "龙湾区", "mujun_class": "A类", "credit": "未列入严重失信名单", "hq_in_wenzhou": true, "manufacturing": true, "wenzhou_output": 1200000000, "honour": "浙江企业100强", "recognition": "首次入选", "listed_on": "2022-12-20"},
			"productivity.reward.scale_up": {"locality": "瓯海区", "above_scale": true, "mujun_class": "B类", "credit": "未列入严重失信名单", "productivity": 30, "city_industry_average": 25, "output": 2500000000, "previous_highest_output": 800000000, "output_year": 2022, "first_year": 2023}}}`,
			"the higher is paid, productivity.reward.headquarters, 2000000"},
		{"household", `{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {
			"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-01-01"}]}}}`,
			"二、5 高龄津贴：每月高龄津贴 50.00 元/人·月"},
		{"firm", `{"assessment": "relief.firm", "date": "2022-05-16", "inputs": {
			"firm": {"Entity": "企业", "IndependentLegalPerson": true, "Size": "小型", "Industry": "实体书店", "Registration": "鹿城区",
				"FiscalRevenue": "鹿城区", "Ownership": "非国有", "Mujun": "未参评", "Credit": "未列入严重失信名单",
				"Bookstores": [{"Landlord": "非国有单位或个人", "BookArea": 100}]}}}`,
			"relief.subsidy.bookstore_rent 实体书店租金补助：享受 12000.00 元"},
	} {
		var out, errs bytes.Buffer
		if code := run([]string{write(t, tc.body)}, &out, &errs); code != 0 || !strings.Contains(out.String(), tc.want) {
			t.Errorf("%s: exit %d, stderr %q; stdout does not show %q:\n%s", tc.name, code, errs.String(), tc.want, out.String())
		}
	}
}
