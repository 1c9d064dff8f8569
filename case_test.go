package wzpolicy_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

func decodeEval(t *testing.T, body string) *wzpolicy.Answer {
	t.Helper()
	c, err := wzpolicy.DecodeCase([]byte(body))
	if err != nil {
		t.Fatalf("DecodeCase: %v", err)
	}
	a, err := c.Eval()
	if err != nil {
		t.Fatalf("Eval: %v", err)
	}
	return a
}

// A rule's case: 附件1 15 元/m² × 60 = 900, below 附件2's 每户不低于1000元.
func TestCaseRule(t *testing.T) {
	a := decodeEval(t, `{"rule": "expropriation.moving.fee", "date": "2022-06-01",
		"inputs": {"district": "鹿城区", "use": "住宅用房", "area": 60, "plan_date": "2022-05-20"}}`)
	if a.Result == nil || a.Group != nil || a.Statement != nil || a.Assessment != nil {
		t.Fatalf("answer %+v: want a rule's result only", a)
	}
	if got := a.Result.Value.String(); got != "1000" {
		t.Errorf("moving fee = %s, want 1000", got)
	}
	if a.Hash == "" {
		t.Error("no book hash")
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back rules.Result
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("the answer's JSON is not a result's: %v", err)
	}
}

// A group's case: 五 浙江企业100强 首次给予200万元 against 六's difference
// between the 20亿 tier (2,000,000) and the 5亿 tier the firm had (500,000),
// 1,500,000: the higher is paid (末段 就高不重复).
func TestCaseGroup(t *testing.T) {
	a := decodeEval(t, `{"group": "productivity.reward.choice", "date": "2023-06-01", "inputs": {
		"productivity.reward.headquarters": {"locality": "龙湾区", "mujun_class": "A类", "credit": "未列入严重失信名单", "hq_in_wenzhou": true, "manufacturing": true, "wenzhou_output": 1200000000, "honour": "浙江企业100强", "recognition": "首次入选", "listed_on": "2022-12-20"},
		"productivity.reward.scale_up": {"locality": "瓯海区", "above_scale": true, "mujun_class": "B类", "credit": "未列入严重失信名单", "productivity": 30, "city_industry_average": 25, "output": 2500000000, "previous_highest_output": 800000000, "output_year": 2022, "first_year": 2023}}}`)
	if a.Group == nil {
		t.Fatalf("answer %+v: want a group's result", a)
	}
	if a.Group.Chosen != "productivity.reward.headquarters" || a.Group.Value.String() != "2000000" {
		t.Errorf("chosen %s %s, want productivity.reward.headquarters 2000000", a.Group.Chosen, a.Group.Value)
	}
}

// A household's case: a 鹿城区 resident of 82 on 2022-06-01 is granted the
// high-age allowance of 二、5, 80周岁至89周岁 每人每月50元.
func TestCaseHousehold(t *testing.T) {
	a := decodeEval(t, `{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {
		"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-01-01"}]},
		"standards": {"Dibao": 1085}}}`)
	if a.Statement == nil {
		t.Fatalf("answer %+v: want a statement", a)
	}
	if len(a.Statement.Members) != 1 {
		t.Fatalf("%d members, want 1", len(a.Statement.Members))
	}
	e, ok := a.Statement.Members[0].Entry("welfare.elderly.high_age_allowance", "")
	if !ok || e.Status != rules.Granted || !e.Amount.Equal(decimal.NewFromInt(50)) {
		t.Errorf("high-age allowance: %+v, want granted 50", e)
	}
}

// A firm's case: a bookstore of 鹿城区 renting 100 m² from a private
// landlord is paid 20 × 100 × 6 = 12,000 (二、24 每平方米每月20元, 6个月).
func TestCaseFirm(t *testing.T) {
	a := decodeEval(t, `{"assessment": "relief.firm", "date": "2022-05-16", "inputs": {
		"firm": {"Entity": "企业", "IndependentLegalPerson": true, "Size": "小型", "Industry": "实体书店", "Registration": "鹿城区",
			"FiscalRevenue": "鹿城区", "Ownership": "非国有", "Mujun": "未参评", "Credit": "未列入严重失信名单",
			"Bookstores": [{"Landlord": "非国有单位或个人", "BookArea": 100}]},
		"tiers": {"小型": {"Rate": "40%", "Cap": 10000}}}}`)
	if a.Assessment == nil {
		t.Fatalf("answer %+v: want an assessment", a)
	}
	it, ok := a.Assessment.Item("relief.subsidy.bookstore_rent")
	if !ok || it.Status != rules.Granted || !it.Amount.Equal(decimal.NewFromInt(12000)) {
		t.Errorf("bookstore rent subsidy: %v %s %s, want granted 12000", ok, it.Status, it.Amount)
	}
}

// A case reads back as itself from its own JSON.
func TestCaseEncodeRoundTrip(t *testing.T) {
	for _, body := range []string{
		`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "area": 60, "x": true}, "lang": "en"}`,
		`{"group": "productivity.reward.choice", "date": "2023-06-01", "inputs": {"productivity.reward.scale_up": {"output": "1"}}}`,
		`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-01-01"}]}, "standards": {"Dibao": 1085}}}`,
		`{"assessment": "relief.firm", "date": "2022-05-16", "inputs": {"firm": {"Size": "小型", "Bookstores": [{"BookArea": 100}]}, "tiers": {"小型": {"Rate": "40%", "Cap": 10000}}}}`,
	} {
		c, err := wzpolicy.DecodeCase([]byte(body))
		if err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		back, err := wzpolicy.DecodeCase(c.Encode())
		if err != nil {
			t.Fatalf("%s: its encoding %s does not decode: %v", body, c.Encode(), err)
		}
		if d := cmp.Diff(c.Encode(), back.Encode()); d != "" {
			t.Errorf("%s: round trip (-first +second):\n%s", body, d)
		}
	}
}

// Each malformed case is refused with the field it concerns, in both
// languages, and a code.
func TestDecodeCaseRefuses(t *testing.T) {
	big := `{"rule": "x", "date": "2022-06-01", "inputs": {"a": "` + strings.Repeat("x", wzpolicy.MaxCaseBytes) + `"}}`
	for _, tc := range []struct{ body, code, field, en, zh string }{
		{``, "bad_request", "", "the case is empty", "案例为空"},
		{`[]`, "bad_request", "", "not a list", "而不是列表"},
		{`{"rule": "a", "Rule": "b", "date": "2022-06-01"}`, "bad_request", "Rule", "not a field of a case", "不是案例的字段"},
		{`{"rule": "a", "rule": "b", "date": "2022-06-01"}`, "bad_request", "rule", "given twice", "重复给出"},
		{`{"date": "2022-06-01"}`, "bad_request", "rule", "missing", "缺少"},
		{`{"rule": "a", "group": "b", "date": "2022-06-01"}`, "bad_request", "", "not more", "之一"},
		{`{"assessment": "welfare.person", "date": "2022-06-01"}`, "bad_request", "assessment", "is not an assessment", "不是可做的评估"},
		{`{"rule": "a"}`, "invalid_input", "date", "missing", "缺少评估日期"},
		{`{"rule": "a", "date": "2022-6-1"}`, "invalid_input", "date", "not a date", "不是YYYY-MM-DD"},
		{`{"rule": "a", "date": "2022-06-01", "lang": "fr"}`, "bad_request", "lang", `"fr" is not`, "不是“zh”"},
		{`{"rule": 7, "date": "2022-06-01"}`, "bad_request", "rule", "must be a string, not the number 7", "应为字符串，而不是数字7"},
		{`{"rule": "a", "date": "2022-06-01"} {}`, "bad_request", "", "more follows", "对象之后还有内容"},
		{`{"rule": "a", "date": "2022-06-01", "inputs": {"x": null}}`, "invalid_input", "x", "null is not a value", "null不是值"},
		{`{"rule": "a", "date": "2022-06-01", "inputs": {"x": [1]}}`, "invalid_input", "x", "not a list", "而不是列表"},
		{`{"rule": "a", "date": "2022-06-01", "inputs": {"x": 1, "x": 2}}`, "invalid_input", "x", "given twice", "重复给出"},
		{`{"rule": "a", "date": "2022-06-01", "inputs": []}`, "bad_request", "inputs", "must be an object", "应为对象"},
		{`{"group": "g", "date": "2022-06-01", "inputs": {"r": {"x": {}}}}`, "invalid_input", "r.x", "not an object", "而不是对象"},
		{`{"assessment": "welfare.household", "date": "2022-06-01"}`, "bad_request", "inputs", "missing", "缺少输入"},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"standards": {}}}`, "invalid_input", "household", "missing", "缺少"},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {}, "firm": {}}}`, "invalid_input", "firm", "not a part", "不是本评估的输入"},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Nmae": "甲"}]}}}`, "invalid_input", "household.Members[0].Nmae", "not a field of household", "不是household的字段"},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Members": [{"Name": 7}]}}}`, "invalid_input", "household.Members[0].Name", "expected string, got the number 7", "应为字符串，给出的是数字7"},
		{`{"assessment": "relief.firm", "date": "2022-06-01", "inputs": {"firm": {"CinemaSeats": "many"}}}`, "invalid_input", "firm.CinemaSeats", `expected number, got the string "many"`, "应为数字，给出的是字符串“many”"},
		{"{\"rule\": \"a\xff\", \"date\": \"2022-06-01\"}", "bad_request", "", "not UTF-8", "不是UTF-8"},
		// A word, a date, an amount or a rate a field of the facts refuses
		// is named by its path, in both languages.
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "Tekun": "集中供养"}]}}}`, "invalid_input", "household.Members[0].Tekun", `"集中供养" is not one of`, "“集中供养”不是以下之一"},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-1-1"}]}}}`, "invalid_input", "household.Members[0].BirthDate", "not a date of the form", "不是YYYY-MM-DD形式的日期"},
		{`{"assessment": "relief.firm", "date": "2022-06-01", "inputs": {"firm": {"TaxableIncome": "abc"}}}`, "invalid_input", "firm.TaxableIncome", `"abc" is not a decimal number`, "“abc”不是十进制数"},
		{`{"assessment": "relief.firm", "date": "2022-06-01", "inputs": {"firm": {"Size": "小型"}, "tiers": {"小型": {"Rate": "40"}}}}`, "invalid_input", "tiers[小型].Rate", `rate "40" has no %`, "比率“40”缺少%"},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [` + strings.Repeat(`{"Name": "甲"},`, wzpolicy.MaxHouseholdMembers) + `{"Name": "乙"}]}}}`, "invalid_input", "household.Members", "101 members; a household read from JSON has at most 100", "共101名成员"},
		// A caller's text with a newline stays on one line in both.
		{"{\"rule\": \"a\", \"date\": \"x\\ny\"}", "invalid_input", "date", `"x\ny" is not a date`, `“x\ny”不是`},
		{`{"rule": "a", "date": "2022-06-01"`, "bad_request", "", "ends before", "中断"},
		{big, "bad_request", "", "at most 65536", "不超过65536"},
	} {
		_, err := wzpolicy.DecodeCase([]byte(tc.body))
		var ce *wzpolicy.CaseError
		if !errors.As(err, &ce) {
			t.Errorf("%.80s: err %v, want a *CaseError", tc.body, err)
			continue
		}
		if ce.Code != tc.code || ce.Field != tc.field {
			t.Errorf("%.80s: code %q field %q, want %q %q (%v)", tc.body, ce.Code, ce.Field, tc.code, tc.field, err)
		}
		if en := ce.Message(rules.English); !strings.Contains(en, tc.en) {
			t.Errorf("%.80s: English %q does not say %q", tc.body, en, tc.en)
		}
		if zh := ce.Message(rules.Chinese); !strings.Contains(zh, tc.zh) {
			t.Errorf("%.80s: Chinese %q does not say %q", tc.body, zh, tc.zh)
		}
		for _, m := range []string{ce.Message(rules.English), ce.Message(rules.Chinese)} {
			if strings.ContainsAny(m, "\n\r\u2028") {
				t.Errorf("%.80s: message %q is not one line", tc.body, m)
			}
		}
	}
}

// What the case gives well but the books do not know is Eval's error, with
// the rules package's codes.
func TestCaseEvalRefuses(t *testing.T) {
	for _, tc := range []struct {
		body  string
		want  error
		field string
		says  string
	}{
		{`{"rule": "welfare.no_such_rule", "date": "2022-06-01"}`, rules.ErrUnknownRule, "", "no rule"},
		{`{"rule": "productivity.reward.choice", "date": "2023-06-01"}`, rules.ErrUnknownRule, "", "give it as group"},
		{`{"group": "expropriation.moving.fee", "date": "2022-06-01"}`, rules.ErrUnknownRule, "", "give it as rule"},
		{`{"group": "welfare.group.none", "date": "2022-06-01"}`, rules.ErrUnknownRule, "", "no take-the-higher group"},
		{`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": true, "plan_date": "2022-05-20"}}`, rules.ErrInvalidInput, "area", "expected a number"},
		{`{"group": "productivity.reward.choice", "date": "2023-06-01", "inputs": {"productivity.reward.scale_up": {"above_scale": "yes"}}}`, rules.ErrInvalidInput, "productivity.reward.scale_up.above_scale", "expected true or false"},
		{`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": -1, "plan_date": "2022-05-20"}}`, rules.ErrInvalidInput, "area", ""},
		{`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Members": [{"Name": "甲"}]}}}`, rules.ErrInvalidInput, "", ""},
	} {
		c, err := wzpolicy.DecodeCase([]byte(tc.body))
		if err != nil {
			t.Fatalf("%.80s: %v", tc.body, err)
		}
		_, err = c.Eval()
		if !errors.Is(err, tc.want) {
			t.Errorf("%.80s: err %v, want %v", tc.body, err, tc.want)
			continue
		}
		var re *rules.Error
		if errors.As(err, &re) && tc.field != "" && re.Field != tc.field {
			t.Errorf("%.80s: field %q, want %q", tc.body, re.Field, tc.field)
		}
		if !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%.80s: %q does not say %q", tc.body, err, tc.says)
		}
	}
}

// A household of MaxHouseholdMembers is read; one more is refused (above).
func TestCaseHouseholdAtItsBound(t *testing.T) {
	body := `{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [` +
		strings.Repeat(`{"Name": "甲"},`, wzpolicy.MaxHouseholdMembers-1) + `{"Name": "乙"}]}}}`
	c, err := wzpolicy.DecodeCase([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Household.Members); n != wzpolicy.MaxHouseholdMembers {
		t.Errorf("%d members read, want %d", n, wzpolicy.MaxHouseholdMembers)
	}
}
