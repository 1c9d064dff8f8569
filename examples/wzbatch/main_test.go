package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// wzbatch runs the command with the given standard input and returns what
// it wrote and its exit status. Standard error is no terminal unless
// terminal is set.
func wzbatch(t *testing.T, stdin string, terminal bool, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut,
		isTerminal: func(io.Writer) bool { return terminal }})
	return out.String(), errOut.String(), code
}

// line is one line of JSON Lines output, read back.
type line struct {
	Line   int             `json:"line"`
	Answer json.RawMessage `json:"result"`
	Error  *lineError      `json:"error"`
	// Result is the answer read back as a rule's result, when it is one.
	Result *rules.Result `json:"-"`
}

func readLines(t *testing.T, out string) []line {
	t.Helper()
	var lines []line
	for i, s := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if s == "" {
			continue
		}
		var l line
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatalf("output line %d is not JSON: %v\n%s", i+1, err, s)
		}
		if (l.Answer == nil) == (l.Error == nil) {
			t.Fatalf("output line %d has not exactly one of result and error: %s", i+1, s)
		}
		var probe struct{ Rule *string }
		if l.Answer != nil && json.Unmarshal(l.Answer, &probe) == nil && probe.Rule != nil {
			l.Result = new(rules.Result)
			if err := json.Unmarshal(l.Answer, l.Result); err != nil {
				t.Fatalf("output line %d: the result does not read back: %v", i+1, err)
			}
		}
		lines = append(lines, l)
	}
	return lines
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// want is what a line of testdata/sample.jsonl must give: the main figure
// of a result, worked by hand from the clause, or the error's code and
// field.
type want struct {
	clause string
	value  string // the result's main figure
	status rules.Status
	code   string // the error's code
	field  string
	// check checks an answer that is not a rule's result.
	check func(t *testing.T, answer []byte)
}

// sample is testdata/sample.jsonl, line by line, worked by hand.
var sample = []want{
	// 温政发〔2022〕8号 附件1 征收住宅用房……搬迁费标准按15元/平方米计算: 15 × 90 = 1,350
	1: {clause: "8号 附件1 按15元/平方米计算", value: "1350", status: rules.Granted},
	// 附件1 每户不低于1000元: 15 × 60 = 900 < 1,000
	2: {clause: "8号 附件1 每户不低于1000元", value: "1000", status: rules.Granted},
	// 附件2 (龙湾区) 按15元/平方米计算: 15 × 66.67 = 1,000.05 ≥ 1,000
	3: {clause: "8号 附件2 按15元/平方米计算", value: "1000.05", status: rules.Granted},
	// 附件1 工业用房等房屋征收搬迁费按实评估
	4: {clause: "8号 附件1 工业用房等房屋征收搬迁费按实评估", code: "case_by_case", status: rules.CaseByCase},
	// 附件1 鹿城区 住宅用房 12-26 元/平方米·月: 20 × 90 × 18 = 32,400
	5: {clause: "8号 附件1 鹿城区 住宅用房 12-26", value: "32400", status: rules.Granted},
	// 26.01 is above 附件1's 26
	6: {clause: "8号 附件1 鹿城区 住宅用房 12-26", code: "invalid_input", field: "inputs.rate", status: rules.NotAssessed},
	// 温政办〔2022〕16号 三（六） 县道4000元、乡道2000元、村道2000元 (四区):
	// 4,000 × 10 + 2,000 × 20 + 2,000 × 30 = 140,000
	7: {clause: "16号 三（六） 四区", value: "140000", status: rules.Granted},
	// 三（六） 按每年每公里1000元的标准对五县: 1,000 × (50 + 100 + 150) = 300,000
	8: {clause: "16号 三（六） 五县", value: "300000", status: rules.Granted},
	// 三（六） 对四区……对五县: 乐清市 is neither
	9: {clause: "16号 三（六） 对四区……对五县", value: "0", status: rules.NotGranted},
	// 温政发〔2022〕6号 二、5 80周岁至89周岁的老年人每人每月50元: born 1943-06-01, 80 on 2023-06-01
	10: {clause: "6号 二、5 80周岁至89周岁 50元", value: "50", status: rules.Granted},
	// 二、5 90周岁至99周岁的老年人每人每月200元: born 1933-06-01, 90 on 2023-06-01
	11: {clause: "6号 二、5 90周岁至99周岁 200元", value: "200", status: rules.Granted},
	// 温政办〔2022〕19号 4.1 市区成品粮油储备达到15天以上市场供应量: 1,200 ÷ 100 = 12 days
	// (the rule has no condition: its figure is the days covered)
	12: {clause: "4.1 市区……15天以上", value: "12", status: rules.Granted},
	// 8号 正文 2022年3月5日至2024年3月4日: 2022-03-04 is the day before
	13: {clause: "8号 正文 2022年3月5日至2024年3月4日", code: "not_in_force", field: "date", status: rules.NotInForce},
	// 温政办〔2022〕22号 五 浙江企业100强 首次给予200万元奖励 > 六 进档的奖励差额: output
	// 2,500,000,000 is in the 20亿 tier, 2,000,000, less the 5亿 tier already had,
	// 500,000: 1,500,000; 末段 就高不重复 pays the 2,000,000
	14: {clause: "22号 五、六、末段 就高不重复", check: func(t *testing.T, answer []byte) {
		var g rules.GroupResult
		if err := json.Unmarshal(answer, &g); err != nil {
			t.Fatal(err)
		}
		if g.Chosen != "productivity.reward.headquarters" || g.Value.String() != "2000000" {
			t.Errorf("line 14 (22号 五、六): chose %s, %s; want productivity.reward.headquarters, 2000000", g.Chosen, g.Value)
		}
	}},
	// 6号 二、1 按低保人均月收入低于当地最低生活保障标准的差额; 八、26 新市民纳入救助范围:
	// a 低保 household of four with no income, 低保 standard 1,100 (the caller's):
	// (1,100 × 4 × 12 − 0) ÷ 12 = 4,400 a month
	15: {clause: "6号 二、1；八、26", check: func(t *testing.T, answer []byte) {
		var st welfare.Statement
		if err := json.Unmarshal(answer, &st); err != nil {
			t.Fatal(err)
		}
		e, ok := st.Household.Entry("welfare.dibao.allowance", "")
		if !ok || e.Status != rules.Granted || e.Amount.String() != "4400" {
			t.Errorf("line 15 (6号 二、1): %+v, want 4400 granted", e)
		}
	}},
	// 温政发〔2022〕7号 二、24 实体书店……每平方米每月20元, 6个月: 20 × 100 × 6 = 12,000,
	// the firm's only counted amount
	16: {clause: "7号 二、24 每平方米每月20元", check: func(t *testing.T, answer []byte) {
		var a relief.Assessment
		if err := json.Unmarshal(answer, &a); err != nil {
			t.Fatal(err)
		}
		it, ok := a.Item("relief.subsidy.bookstore_rent")
		if !ok || it.Status != rules.Granted || it.Amount.String() != "12000" || a.Total.String() != "12000" {
			t.Errorf("line 16 (7号 二、24): %+v, total %s; want 12000", it, a.Total)
		}
	}},
}

func checkSample(t *testing.T, lines []line, firstLine int) {
	t.Helper()
	if len(lines) != len(sample)-1 {
		t.Fatalf("%d lines of output, want %d", len(lines), len(sample)-1)
	}
	for i, l := range lines {
		w := sample[i+1]
		if l.Line != i+firstLine {
			t.Errorf("output %d: line %d, want %d", i+1, l.Line, i+firstLine)
		}
		switch {
		case w.check != nil:
			if l.Error != nil {
				t.Errorf("line %d (%s): %+v", l.Line, w.clause, l.Error)
				continue
			}
			w.check(t, l.Answer)
		case w.code != "":
			if l.Error == nil || l.Error.Code != w.code || l.Error.Field != w.field {
				t.Errorf("line %d (%s): got %+v %+v, want error %s on %q", l.Line, w.clause, l.Error, l.Result, w.code, w.field)
			}
		case l.Result == nil:
			t.Errorf("line %d (%s): error %+v, want %s", l.Line, w.clause, l.Error, w.value)
		default:
			if got := l.Result.Value.String(); got != w.value {
				t.Errorf("line %d (%s): value %s, want %s", l.Line, w.clause, got, w.value)
			}
			if l.Result.Eligible != (w.status == rules.Granted) {
				t.Errorf("line %d (%s): eligible %v, want %s", l.Line, w.clause, l.Result.Eligible, w.status)
			}
		}
	}
}

// The sample gives the figures of the documents, and its summary adds
// them up, worked by hand.
func TestSample(t *testing.T) {
	sumFile := filepath.Join(t.TempDir(), "summary.json")
	out, stderr, code := wzbatch(t, "", false, "-in", "testdata/sample.jsonl", "-summary", sumFile, "-lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	checkSample(t, readLines(t, out), 1)

	var sum struct {
		Cases, Granted, NotGranted, Assessed, Errors int
		ErrorsByCode                                 map[string]int `json:"errors_by_code"`
		NotGrantedJSON                               int            `json:"not_granted"`
		Totals                                       []struct {
			Rule   string
			Unit   rules.Unit
			Amount string
			Cases  int
		}
	}
	if err := json.Unmarshal([]byte(readFile(t, sumFile)), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Cases != 16 || sum.Granted != 10 || sum.NotGrantedJSON != 1 || sum.Assessed != 2 || sum.Errors != 3 {
		t.Errorf("counts: %+v, want 16 cases, 10 granted, 1 not granted, 2 assessed, 3 errors", sum)
	}
	if fmt.Sprint(sum.ErrorsByCode) != "map[case_by_case:1 invalid_input:1 not_in_force:1]" {
		t.Errorf("errors by code: %v", sum.ErrorsByCode)
	}
	wantTotals := []struct{ rule, unit, amount string }{
		// 8号 附件1/附件2: 1,350 + 1,000 + 1,000.05 = 3,350.05 元
		{"expropriation.moving.fee", "元", "3350.05"},
		// 8号 附件1: 20 × 90 × 18 = 32,400 元
		{"expropriation.temporary_resettlement.fee", "元", "32400"},
		// 22号 五: the group's 2,000,000 元
		{"productivity.reward.choice", "元", "2000000"},
		// 7号 二、24: 12,000 元, from the firm's assessment
		{"relief.subsidy.bookstore_rent", "元", "12000"},
		// 16号 三（六）: 140,000 + 300,000 = 440,000 元/年
		{"roads.subsidy.routine_maintenance", "元/年", "440000"},
		// 6号 二、1: 4,400 元/月, from the household's statement
		{"welfare.dibao.allowance", "元/月", "4400"},
		// 6号 二、5: 50 + 200 = 250 元/人·月
		{"welfare.elderly.high_age_allowance", "元/人·月", "250"},
		// grain.reserve.adequacy's 12 days are no money: no total
	}
	if len(sum.Totals) != len(wantTotals) {
		t.Fatalf("totals: %+v, want %v", sum.Totals, wantTotals)
	}
	for i, w := range wantTotals {
		g := sum.Totals[i]
		if g.Rule != w.rule || g.Unit.String() != w.unit || g.Amount != w.amount {
			t.Errorf("total %d: %s %s %s, want %s %s %s", i, g.Rule, g.Amount, g.Unit, w.rule, w.amount, w.unit)
		}
	}
	for _, s := range []string{"16 cases: 10 granted, 1 not granted, 2 assessed, 3 errors", "expropriation.moving.fee: 3350.05 yuan (3 cases)",
		"expropriation.temporary_resettlement.fee: 32400 yuan (1 case)", "case_by_case: 1"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("the summary on standard error lacks %q:\n%s", s, stderr)
		}
	}
}

// CSV input gives the results JSON Lines gives; its line numbers count the
// header.
func TestCSVInputSameAsJSONLines(t *testing.T) {
	jsonl, _, code := wzbatch(t, "", false, "-in", "testdata/sample.jsonl")
	if code != 0 {
		t.Fatal("jsonl: exit", code)
	}
	csvOut, stderr, code := wzbatch(t, readFile(t, "testdata/sample.csv"), false, "-format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d: %s", code, stderr)
	}
	checkSample(t, readLines(t, csvOut), 2)
	a, b := strings.Split(jsonl, "\n"), strings.Split(csvOut, "\n")
	if len(a) != len(b) {
		t.Fatalf("%d lines from JSON Lines, %d from CSV", len(a), len(b))
	}
	for i := range a {
		_, ra, _ := strings.Cut(a[i], ",")
		_, rb, _ := strings.Cut(b[i], ",")
		if ra != rb {
			t.Errorf("line %d differs:\njsonl %s\ncsv   %s", i+1, a[i], b[i])
		}
	}
}

// manyCases is n cases: the sample's lines and bad lines, over and over.
func manyCases(t *testing.T, n int) string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(readFile(t, "testdata/sample.jsonl")), "\n")
	lines = append(lines, `{"rule": "expropriation.moving.fee"`, `{"rule": "no.such.rule", "date": "2022-06-01"}`, "")
	var b strings.Builder
	for i := range n {
		b.WriteString(lines[i%len(lines)])
		b.WriteByte('\n')
	}
	return b.String()
}

// Results come in input order, byte for byte the same with one worker and
// with many, in both output formats. The cases differ in cost (a
// household's assessment takes far longer than a rule), so that with many
// workers they finish out of order.
func TestOrderedUnderManyWorkers(t *testing.T) {
	const n = 190 // ten rounds of the sample and its bad lines
	in := manyCases(t, n)
	for _, format := range []string{"jsonl", "csv"} {
		one, _, code1 := wzbatch(t, in, false, "-workers", "1", "-out-format", format)
		many, _, code2 := wzbatch(t, in, false, "-workers", "16", "-out-format", format)
		if code1 != 0 || code2 != 0 {
			t.Fatalf("%s: exit %d and %d", format, code1, code2)
		}
		if one != many {
			t.Errorf("%s: 16 workers wrote other bytes than 1 worker", format)
		}
		if format != "jsonl" {
			continue
		}
		lines := readLines(t, many)
		if len(lines) != n-n/19 {
			t.Errorf("%d lines, want one per case, %d (blank lines are no case)", len(lines), n-n/19)
		}
		for i, l := range lines {
			if want := i + 1 + i/18; l.Line != want { // every 19th line is blank
				t.Fatalf("output %d is for line %d, want %d", i+1, l.Line, want)
			}
		}
	}
}

// Bad lines are each reported with their code, and the good ones around
// them are evaluated.
func TestBadLines(t *testing.T) {
	good90 := `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20"}}`
	in := strings.Join([]string{
		good90,
		`{"rule": "expropriation.moving.fee", "date": `,
		`{"rule": "expropriation.moving.fees", "date": "2022-06-01", "inputs": {}}`,
		`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "-5", "plan_date": "2022-05-20"}}`,
		`{"rules": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {}}`,
		`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20", "floors": 2}}`,
		`[1, 2]`,
		"{\"rule\": \"\xff\"}",
		`{"rule": "expropriation.moving.fee", "date": "2022-6-1", "inputs": {}}`,
		`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": true, "plan_date": "2022-05-20"}}`,
		`{"rule": "productivity.reward.choice", "date": "2023-06-01", "inputs": {}}`,
		`{"group": "productivity.reward.choice", "date": "2023-06-01", "inputs": {"productivity.reward.scale_up": {"output": -1}}}`,
		`{"assessment": "welfare.household", "date": "2023-06-01", "inputs": {"household": {"Members": [{"Nmae": "甲"}]}}}`,
		good90,
	}, "\n")
	out, stderr, code := wzbatch(t, in, false, "-summary", filepath.Join(t.TempDir(), "s.json"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := readLines(t, out)
	wants := []struct{ code, field string }{
		{},
		{"bad_request", ""},
		{"unknown_rule", "rule"},
		{"invalid_input", "inputs.area"},
		{"bad_request", "rules"},
		{"invalid_input", "inputs.floors"},
		{"bad_request", ""},
		{"bad_request", ""},
		{"invalid_input", "date"},
		{"invalid_input", "inputs.area"},
		{"unknown_rule", "rule"},
		{"invalid_input", "inputs.productivity.reward.scale_up.output"},
		{"invalid_input", "inputs.household.Members[0].Nmae"},
		{},
	}
	if len(lines) != len(wants) {
		t.Fatalf("%d lines of output, want %d:\n%s", len(lines), len(wants), out)
	}
	for i, w := range wants {
		l := lines[i]
		if l.Line != i+1 {
			t.Errorf("output %d is for line %d", i+1, l.Line)
		}
		if w.code == "" {
			// 8号 附件1 按15元/平方米计算: 15 × 90 = 1,350
			if l.Result == nil || l.Result.Value.String() != "1350" {
				t.Errorf("line %d: %+v %+v, want 1350", i+1, l.Result, l.Error)
			}
			continue
		}
		if l.Error == nil || l.Error.Code != w.code || l.Error.Field != w.field || l.Error.Message == "" {
			t.Errorf("line %d: %+v, want %s on %q with a message", i+1, l.Error, w.code, w.field)
		}
	}
	if !strings.Contains(stderr, "14件，享受2件") || !strings.Contains(stderr, "bad_request：4件") || !strings.Contains(stderr, "invalid_input：6件") || !strings.Contains(stderr, "unknown_rule：2件") {
		t.Errorf("summary:\n%s", stderr)
	}
}

// A line longer than any case is refused with a message, unread, and the
// batch goes on; so is a CSV row.
func TestLongLine(t *testing.T) {
	good := `{"rule": "welfare.elderly.high_age_allowance", "date": "2023-06-01", "inputs": {"birth_date": "1943-06-01", "hukou": "鹿城区"}}`
	long := `{"rule": "x", "date": "` + strings.Repeat("9", 4<<20) + `"}`
	out, stderr, code := wzbatch(t, good+"\n"+long+"\r\n"+good+"\n", false, "-lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := readLines(t, out)
	if len(lines) != 3 || lines[1].Error == nil || lines[1].Error.Code != "bad_request" || !strings.Contains(lines[1].Error.Message, "longer than") {
		t.Fatalf("output:\n%.2000s", out)
	}
	// 6号 二、5 80周岁至89周岁的老年人每人每月50元
	if lines[2].Line != 3 || lines[2].Result == nil || lines[2].Result.Value.String() != "50" {
		t.Errorf("the line after the long one: %+v", lines[2])
	}

	csvIn := "rule,date,inputs\n" + `welfare.elderly.high_age_allowance,2023-06-01,"{""birth_date"": ""1943-06-01"", ""hukou"": ""鹿城区""}"` + "\n" +
		`welfare.elderly.high_age_allowance,2023-06-01,"` + strings.Repeat("x\n", 1<<20) + `"` + "\n" +
		`welfare.elderly.high_age_allowance,2023-06-01,"{""birth_date"": ""1943-06-01"", ""hukou"": ""鹿城区""}"` + "\n"
	out, stderr, code = wzbatch(t, csvIn, false, "-format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d: %s", code, stderr)
	}
	lines = readLines(t, out)
	if len(lines) != 3 || lines[1].Line != 3 || lines[1].Error == nil || !strings.Contains(lines[1].Error.Message, "该行超过1024 KiB") {
		t.Fatalf("csv output:\n%.2000s", out)
	}
	if lines[2].Line != 3+(1<<20)+1 || lines[2].Result == nil || lines[2].Result.Value.String() != "50" {
		t.Errorf("csv: the row after the long one: %+v", lines[2])
	}
}

// CSV rows that are not cases are each reported.
func TestBadCSVRows(t *testing.T) {
	in := "rule,date,inputs\n" +
		`welfare.elderly.high_age_allowance,2023-06-01,"{""birth_date"": ""1943-06-01"", ""hukou"": ""鹿城区""}"` + "\n" +
		"welfare.elderly.high_age_allowance,2023-06-01\n" + // a cell short
		"welfare.elderly.high_age_allowance,2023-06-01,{birth_date: 1943-06-01}\n" + // inputs not JSON
		`welfare.elderly.high_age_allowance,2023-06-01,"[1]"` + "\n" + // inputs not an object
		",2023-06-01,{}\n" // no rule
	out, stderr, code := wzbatch(t, in, false, "-format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := readLines(t, out)
	wants := []struct {
		line        int
		code, field string
	}{{2, "", ""}, {3, "bad_request", ""}, {4, "bad_request", "inputs"}, {5, "bad_request", "inputs"}, {6, "bad_request", "rule"}}
	if len(lines) != len(wants) {
		t.Fatalf("output:\n%s", out)
	}
	for i, w := range wants {
		l := lines[i]
		if l.Line != w.line || (w.code == "") != (l.Error == nil) || l.Error != nil && (l.Error.Code != w.code || l.Error.Field != w.field) {
			t.Errorf("output %d: line %d %+v, want line %d %s on %q", i+1, l.Line, l.Error, w.line, w.code, w.field)
		}
	}

	for _, header := range []string{"rule,date,input\n", "date,inputs\n", "rule,rule\n"} {
		_, stderr, code := wzbatch(t, header, false, "-format", "csv")
		if code != 1 || !strings.Contains(stderr, "header") {
			t.Errorf("header %q: exit %d, %s", header, code, stderr)
		}
	}
}

// Empty input is no case: nothing out, a summary of zeros.
func TestEmptyInput(t *testing.T) {
	for _, args := range [][]string{{}, {"-format", "csv"}, {"-out-format", "csv"}} {
		for _, in := range []string{"", "\n\n  \n"} {
			out, stderr, code := wzbatch(t, in, false, args...)
			wantOut := ""
			if len(args) > 0 && args[0] == "-out-format" {
				wantOut = "line,id,status,amount,unit,error_code,error_field,error\n"
			}
			if code != 0 || out != wantOut || !strings.Contains(stderr, "共0件") {
				t.Errorf("%v %q: exit %d, out %q, err %q", args, in, code, out, stderr)
			}
			sum := filepath.Join(t.TempDir(), "summary.json")
			wzbatch(t, in, false, append(args, "-summary", sum)...)
			if got := strings.Join(strings.Fields(readFile(t, sum)), ""); got != `{"cases":0,"granted":0,"not_granted":0,"assessed":0,"errors":0,"errors_by_code":{},"totals":[]}` {
				t.Errorf("%v %q: summary %s", args, in, got)
			}
		}
	}
}

// The CSV output has a row per case with the status and the figure.
func TestCSVOutput(t *testing.T) {
	out, _, code := wzbatch(t, "", false, "-in", "testdata/sample.jsonl", "-out-format", "csv", "-lang", "en")
	if code != 0 {
		t.Fatal("exit", code)
	}
	rows := strings.Split(out, "\n")
	for i, want := range map[int]string{
		0: "line,id,status,amount,unit,error_code,error_field,error",
		// 8号 附件2: 15 × 66.67 = 1,000.05
		3: "3,expropriation.moving.fee,享受,1000.05,yuan,,,",
		// 16号 三（六）: a case not granted has no amount
		9: "9,roads.subsidy.routine_maintenance,不符合条件,,,,,",
		// 6号 二、5
		11: "11,welfare.elderly.high_age_allowance,享受,200,yuan per person per month,,,",
		// 22号 五 and 末段 就高不重复
		14: "14,productivity.reward.choice,享受,2000000,yuan,,,",
		// a household's figures are its members', in the result
		15: "15,welfare.household,,,,,,",
		// 7号 二、24: the firm's total
		16: "16,relief.firm,,12000,yuan,,,",
	} {
		if rows[i] != want {
			t.Errorf("row %d: %s, want %s", i, rows[i], want)
		}
	}
	if !strings.HasPrefix(rows[4], "4,expropriation.moving.fee,按实评估,,,case_by_case,,") {
		t.Errorf("row 4: %s", rows[4])
	}

	// an output file named *.csv is CSV, from a CSV input file
	res := filepath.Join(t.TempDir(), "results.csv")
	if _, stderr, code := wzbatch(t, "", false, "-in", "testdata/sample.csv", "-out", res, "-lang", "en"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// the same row, the CSV input's line 4 (after its header)
	if got := strings.Split(readFile(t, res), "\n"); got[0] != rows[0] || got[3] != "4,expropriation.moving.fee,享受,1000.05,yuan,,," {
		t.Errorf("-out results.csv: %q", got[:4])
	}

	// a rule ID that is a formula is written as text
	out, _, _ = wzbatch(t, `{"rule": "=HYPERLINK(\"http://example.com\")", "date": "2022-06-01"}`+"\n", false, "-out-format", "csv")
	if row := strings.Split(out, "\n")[1]; !strings.HasPrefix(row, `1,"'=HYPERLINK(`) {
		t.Errorf("a formula as the ID: %s", row)
	}
}

// The progress bar shows on a terminal only, and not with -no-progress.
func TestProgressBar(t *testing.T) {
	in := manyCases(t, 40)
	_, stderr, _ := wzbatch(t, in, true)
	if !strings.Contains(stderr, "评估中") {
		t.Errorf("no progress bar on a terminal:\n%q", stderr)
	}
	_, stderr, _ = wzbatch(t, "", true, "-in", "testdata/sample.jsonl", "-lang", "en")
	if !strings.Contains(stderr, "evaluating") || !strings.Contains(stderr, "%") {
		t.Errorf("no progress bar, in per cent of the file, on a terminal:\n%q", stderr)
	}
	for _, c := range []struct {
		terminal bool
		args     []string
	}{{false, nil}, {true, []string{"-no-progress"}}} {
		_, stderr, _ := wzbatch(t, in, c.terminal, c.args...)
		if !strings.HasPrefix(stderr, "wzbatch：") || strings.Contains(stderr, "\r") {
			t.Errorf("terminal %v %v: standard error is not the summary alone:\n%q", c.terminal, c.args, stderr)
		}
	}
}

// countingReader yields n copies of a line, counting the bytes read.
type countingReader struct {
	line []byte
	n    int
	off  int
	read atomic.Int64
}

func (r *countingReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.line[r.off:])
	r.off += k
	if r.off == len(r.line) {
		r.off = 0
		r.n--
	}
	r.read.Add(int64(k))
	return k, nil
}

// The input is read as a stream: the reader is never more than the
// window ahead of the writer.
func TestBoundedMemory(t *testing.T) {
	line := []byte(`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20"}}` + "\n")
	const n = 3000 // 450 KB, six times the bound
	r := &countingReader{line: line, n: n}
	b := &batch{src: newSplitter(r, maxLine, false), workers: 4, window: 16, format: jsonLine}
	written, ahead := 0, int64(0)
	err := b.run(context.Background(), func(o outcome, _ []byte) error {
		written++
		if o.rec.seq != written-1 {
			return fmt.Errorf("record %d written in place %d", o.rec.seq, written-1)
		}
		ahead = max(ahead, r.read.Load()-int64(written*len(line)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if written != n {
		t.Fatalf("%d written, want %d", written, n)
	}
	// in flight: the window of jobs and of places in order, a job per
	// worker, one the reader holds, and the splitter's 64 KiB buffer
	if limit := int64((2*16+4+2)*len(line) + 64<<10); ahead > limit {
		t.Errorf("the reader ran %d bytes ahead of the writer, more than %d", ahead, limit)
	}
}

// An output that cannot be written stops the batch with exit status 1.
func TestWriteError(t *testing.T) {
	var errOut bytes.Buffer
	code := run(context.Background(), nil, env{stdin: strings.NewReader(manyCases(t, 5000)), stdout: failWriter{}, stderr: &errOut,
		isTerminal: func(io.Writer) bool { return false }})
	if code != 1 || !strings.Contains(errOut.String(), "disk full") {
		t.Errorf("exit %d: %s", code, errOut.String())
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestUsage(t *testing.T) {
	_, stderr, code := wzbatch(t, "", false, "-h")
	if code != 0 || !strings.Contains(stderr, "-workers") || !strings.Contains(stderr, "-no-progress") {
		t.Errorf("-h: exit %d: %s", code, stderr)
	}
	for _, args := range [][]string{{"-format", "xml"}, {"-lang", "fr"}, {"-workers", "0"}, {"-workers", "1025"}, {"cases.jsonl"}} {
		if _, stderr, code := wzbatch(t, "", false, args...); code != 2 {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
	if _, stderr, code := wzbatch(t, "", false, "-in", "testdata/none.jsonl"); code != 1 || !strings.Contains(stderr, "none.jsonl") {
		t.Errorf("a missing file: exit %d: %s", code, stderr)
	}
	// the results would overwrite the cases before they are read
	f := filepath.Join(t.TempDir(), "cases.jsonl")
	cases := readFile(t, "testdata/sample.jsonl")
	if err := os.WriteFile(f, []byte(cases), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := wzbatch(t, "", false, "-in", f, "-out", f); code != 2 || readFile(t, f) != cases {
		t.Errorf("-in and -out the same file: exit %d: %s", code, stderr)
	}
}

// An interrupt stops the batch: what was read is answered, the summary
// is written, and the exit status is 1.
func TestInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, nil, env{stdin: strings.NewReader(manyCases(t, 2000)), stdout: &out, stderr: &errOut,
		isTerminal: func(io.Writer) bool { return false }})
	if code != 1 || !strings.Contains(errOut.String(), "interrupted") || !strings.Contains(errOut.String(), "wzbatch：共") {
		t.Errorf("exit %d: %s", code, errOut.String())
	}
	if n := strings.Count(out.String(), "\n"); n >= 2000-2000/19 {
		t.Errorf("%d lines written: the interrupt did not stop the batch", n)
	}
}
