package wzpolicy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The assessments a case can ask for, by the names the data-case files use.
const (
	AssessHousehold = "welfare.household" // welfare.Evaluator.Assess: a household, 免申直享
	AssessFirm      = "relief.firm"       // relief.Evaluator.Assess: a firm's claims
)

// Bounds on a case's JSON. A rule's case is a few hundred bytes (the rule
// with the most inputs takes about twenty) and a group's a few of those; a
// household of six with every fact, or a firm with dozens of claims, a few
// tens of kilobytes. The bounds leave room for any real case and none for a
// mistake or an attack; DecodeCase refuses a case beyond its bound, and an
// adapter reading a case from outside should stop reading at
// MaxAssessmentBytes.
const (
	MaxCaseBytes       = 64 << 10 // a rule's or a group's case
	MaxAssessmentBytes = 1 << 20  // an assessment's case
)

// MaxHouseholdMembers bounds the members of a household read from JSON. A
// household is assessed member by member, every benefit of the document
// for each, at about a quarter of a millisecond a member: a megabyte of
// minimal members would hold one request for seconds. A family registered
// together is far smaller; a caller assessing a larger collective
// household calls welfare.Evaluator.Assess, which has no bound. It is a
// bound of this package's adapters, not a figure of the document.
const MaxHouseholdMembers = 100

// caseFields are the fields of a case, spelt exactly so.
var caseFields = []string{"rule", "group", "assessment", "date", "inputs", "lang"}

// Case is one case as data, the form adapters take from callers: a rule, a
// take-the-higher group or an assessment, on a date, with its inputs.
// Exactly one of Rule, Group and Assessment is set.
//
// Its JSON form (DecodeCase, Encode) is one object:
//
//	{"rule": "expropriation.moving.fee", "date": "2022-06-01",
//	 "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "60", "plan_date": "2022-05-20"}}
//	{"group": "<group ID>", "date": "…", "inputs": {"<member rule ID>": {…its inputs…}, …}}
//	{"assessment": "welfare.household", "date": "…",
//	 "inputs": {"household": {…welfare.Household…}, "standards": {…welfare.LocalStandards…}}}
//	{"assessment": "relief.firm", "date": "…",
//	 "inputs": {"firm": {…relief.Profile…}, "tiers": {…relief.TierTable…}}}
//
// with "lang": "zh" or "en" optional. A rule's inputs are named as the
// rule declares them (the catalogue lists them) and are strings, numbers
// or true and false; a household's and a firm's facts are named as the Go
// fields of welfare.Household and relief.Profile are, as in the data-case
// files (docs/testcases.md).
type Case struct {
	Rule       string // a rule's ID
	Group      string // a take-the-higher group's ID
	Assessment string // AssessHousehold or AssessFirm
	Date       rules.Date
	// Inputs are a rule's inputs. They hold only strings, json.Numbers and
	// bools: the values JSON can give an input.
	Inputs rules.Inputs
	// Members are a group's inputs: each member rule's, by its ID. A member
	// not given is not evaluated.
	Members map[string]rules.Inputs
	// Household and Standards are a household's facts and the caller's
	// local standards (AssessHousehold).
	Household *welfare.Household
	Standards welfare.LocalStandards
	// Firm and Tiers are a firm's profile and the industry department's
	// tiers (AssessFirm).
	Firm  *relief.Profile
	Tiers relief.TierTable
	Lang  string // "", "zh" or "en"
}

// ID is the case's rule, group or assessment.
func (c Case) ID() string {
	switch {
	case c.Group != "":
		return c.Group
	case c.Assessment != "":
		return c.Assessment
	}
	return c.Rule
}

// CaseError is a case that cannot be read. Its message names no Go type and
// quotes what the caller wrote, so that it is one line.
type CaseError struct {
	Code  string // "bad_request", or rules.CodeInvalidInput for a value the case gives wrongly
	Field string // a field of the case ("rule", "date", "inputs", "lang"), or an input's path within inputs
	Input bool   // Field names an input: the value given for it is wrong
	Msg   string // in English
	MsgZh string // in Chinese
}

// CodeBadRequest is the code of a case whose JSON is not a case's.
const CodeBadRequest = "bad_request"

func (e *CaseError) Error() string { return e.Message(rules.English) }

// Message is the error in the language given: the field, then what is
// wrong with it.
func (e *CaseError) Message(lang rules.Lang) string {
	msg := e.MsgZh
	if lang == rules.English || msg == "" {
		msg = e.Msg
	}
	switch {
	case e.Input && lang == rules.English:
		return fmt.Sprintf("inputs.%s: %s", QuoteName(e.Field), msg)
	case e.Input:
		return fmt.Sprintf("inputs.%s：%s", QuoteName(e.Field), msg)
	case e.Field != "" && lang == rules.English:
		return fmt.Sprintf("field %q: %s", e.Field, msg)
	case e.Field != "":
		return fmt.Sprintf("字段%s：%s", zhQuote(e.Field), msg)
	}
	return msg
}

// QuoteName writes an input's name as it is when it is a plain word of
// letters and digits of any script (or a path of them with indexes,
// "household.Members[0].Name", "tiers[小型].Rate"), and quoted otherwise, so that no name can break a line or pass for another.
func QuoteName(name string) string {
	for _, r := range name {
		if !(r == '_' || r == '.' || r == '[' || r == ']' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return fmt.Sprintf("%q", name)
		}
	}
	if name == "" {
		return `""`
	}
	return name
}

func badCase(field, en, zh string) *CaseError {
	return &CaseError{Code: CodeBadRequest, Field: field, Msg: en, MsgZh: zh}
}

func badInput(name, en, zh string) *CaseError {
	return &CaseError{Code: string(rules.CodeInvalidInput), Field: name, Input: true, Msg: en, MsgZh: zh}
}

const caseShape = `{"rule": …, "date": …, "inputs": {…}}`

// DecodeCase reads a case: one JSON object with the fields rule, group or
// assessment (exactly one), date (required, YYYY-MM-DD), inputs (see Case)
// and lang ("zh" or "en"). Field names are exact (encoding/json alone would
// take "RULE" for "rule"); a field not in the list, a field or an input
// given twice, anything after the object, text that is not UTF-8 and a
// case beyond its bound (MaxCaseBytes, MaxAssessmentBytes) are refused.
// A household's or firm's facts are read strictly too: a field that is not
// one of welfare.Household's (or relief.Profile's) is refused, naming its
// path. The error is a *CaseError.
//
// DecodeCase checks the form, not the content: an unknown rule, a value
// out of its range or a household's facts the document does not know are
// Eval's to report, as the rule or assessment reports them.
func DecodeCase(body []byte) (Case, error) {
	c, err := decodeCase(body)
	if err != nil {
		return Case{}, err
	}
	return c, nil
}

func decodeCase(body []byte) (Case, *CaseError) {
	var c Case
	if len(body) > MaxAssessmentBytes {
		return c, badCase("", fmt.Sprintf("the case is %d bytes; a case is at most %d", len(body), MaxAssessmentBytes),
			fmt.Sprintf("案例共%d字节，超过上限%d字节", len(body), MaxAssessmentBytes))
	}
	if !utf8.Valid(body) {
		return c, badCase("", "the case is not UTF-8 text", "案例不是UTF-8文本")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return c, badCase("", "the case is empty; a case is a JSON object "+caseShape, "案例为空；案例是一个JSON对象 "+caseShape)
		}
		return c, syntaxError(err)
	}
	if tok != json.Delim('{') {
		what := describeToken(tok)
		return c, badCase("", fmt.Sprintf("a case is a JSON object %s, not %s", caseShape, what.en), fmt.Sprintf("案例应是JSON对象 %s，而不是%s", caseShape, what.zh))
	}
	seen := map[string]bool{}
	var date string
	var inputs json.RawMessage
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return c, syntaxError(err)
		}
		key, _ := tok.(string) // a key is always a string inside an object
		if !slices.Contains(caseFields, key) {
			list := strings.Join(caseFields, ", ")
			return c, badCase(key, "not a field of a case; the fields are "+list, "不是案例的字段；字段为 "+list)
		}
		if seen[key] {
			return c, badCase(key, "given twice", "重复给出")
		}
		seen[key] = true
		if key == "inputs" {
			if err := dec.Decode(&inputs); err != nil {
				return c, syntaxError(err)
			}
			continue
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return c, syntaxError(err)
		}
		s, ok := v.(string)
		if !ok {
			what := describeJSON(v)
			return c, badCase(key, "must be a string, not "+what.en, "应为字符串，而不是"+what.zh)
		}
		switch key {
		case "rule":
			c.Rule = s
		case "group":
			c.Group = s
		case "assessment":
			c.Assessment = s
		case "date":
			date = s
		case "lang":
			c.Lang = s
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return c, syntaxError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return c, badCase("", "not a case: more follows the object; a case is one JSON object and nothing else",
			"不是一个案例：对象之后还有内容；案例是一个JSON对象，此外别无他物")
	}
	if e := c.checkKind(seen, len(body)); e != nil {
		return c, e
	}
	if !seen["date"] {
		return c, &CaseError{Code: string(rules.CodeInvalidInput), Field: "date", Msg: "missing: the evaluation date, YYYY-MM-DD", MsgZh: "缺少评估日期（YYYY-MM-DD）"}
	}
	on, err := rules.ParseDate(date)
	if err != nil {
		return c, &CaseError{Code: string(rules.CodeInvalidInput), Field: "date",
			Msg: fmt.Sprintf("%q is not a date of the form YYYY-MM-DD", Shorten(date)), MsgZh: zhQuote(date) + "不是YYYY-MM-DD形式的日期"}
	}
	c.Date = on
	if c.Lang != "" && c.Lang != "zh" && c.Lang != "en" {
		return c, badCase("lang", fmt.Sprintf(`%q is not "zh" or "en"`, Shorten(c.Lang)), zhQuote(c.Lang)+"不是“zh”或“en”")
	}
	if e := c.decodeInputs(inputs); e != nil {
		return c, e
	}
	return c, nil
}

// checkKind checks that the case names exactly one rule, group or
// assessment, and is within its bound.
func (c *Case) checkKind(seen map[string]bool, size int) *CaseError {
	n := 0
	for _, k := range []string{"rule", "group", "assessment"} {
		if seen[k] {
			n++
		}
	}
	switch {
	case n == 0 || c.ID() == "":
		return badCase("rule", "missing: the ID of the rule to evaluate (or a group's, as group, or an assessment, as assessment)",
			"缺少要评估的规则编号（或以group给出的组编号、以assessment给出的评估）")
	case n > 1:
		return badCase("", "a case names one of rule, group and assessment, not more", "案例只能给出rule、group、assessment之一")
	case c.Assessment != "" && c.Assessment != AssessHousehold && c.Assessment != AssessFirm:
		return badCase("assessment", fmt.Sprintf("%q is not an assessment; they are %s and %s", Shorten(c.Assessment), AssessHousehold, AssessFirm),
			fmt.Sprintf("%s不是可做的评估；可做的评估为 %s、%s", zhQuote(c.Assessment), AssessHousehold, AssessFirm))
	case c.Assessment == "" && size > MaxCaseBytes:
		return badCase("", fmt.Sprintf("the case is %d bytes; a rule's or group's case is at most %d", size, MaxCaseBytes),
			fmt.Sprintf("案例共%d字节；规则或组的案例不超过%d字节", size, MaxCaseBytes))
	}
	return nil
}

// decodeInputs reads the inputs field as the case's kind takes them.
func (c *Case) decodeInputs(raw json.RawMessage) *CaseError {
	switch {
	case c.Rule != "":
		if raw == nil {
			c.Inputs = rules.Inputs{}
			return nil
		}
		in, e := decodeScalars(raw, "")
		c.Inputs = in
		return e
	case c.Group != "":
		c.Members = map[string]rules.Inputs{}
		if raw == nil {
			return nil
		}
		return eachMember(raw, "", func(name string, v json.RawMessage) *CaseError {
			if _, dup := c.Members[name]; dup {
				return badInput(name, "given twice", "重复给出")
			}
			in, e := decodeScalars(v, name+".")
			c.Members[name] = in
			return e
		})
	case c.Assessment == AssessHousehold:
		if e := decodeFacts(raw, "household", "standards", &c.Household, &c.Standards); e != nil {
			return e
		}
		if n := len(c.Household.Members); n > MaxHouseholdMembers {
			return badInput("household.Members", fmt.Sprintf("%d members; a household read from JSON has at most %d", n, MaxHouseholdMembers),
				fmt.Sprintf("共%d名成员；以JSON读取的家庭至多%d名成员", n, MaxHouseholdMembers))
		}
		return nil
	default:
		return decodeFacts(raw, "firm", "tiers", &c.Firm, &c.Tiers)
	}
}

// decodeFacts reads an assessment's inputs: the object with the facts
// (required) and the caller's table (optional).
func decodeFacts[F, T any](raw json.RawMessage, facts, table string, fp **F, tp *T) *CaseError {
	if raw == nil {
		return badCase("inputs", fmt.Sprintf("missing: an object {%q: {…}, %q: {…}}", facts, table),
			fmt.Sprintf("缺少输入：应为对象 {%q: {…}, %q: {…}}", facts, table))
	}
	seen := map[string]bool{}
	e := eachMember(raw, "", func(name string, v json.RawMessage) *CaseError {
		if name != facts && name != table {
			return badInput(name, fmt.Sprintf("not a part of this assessment's inputs; they are %s and %s", facts, table),
				fmt.Sprintf("不是本评估的输入；输入为 %s、%s", facts, table))
		}
		if seen[name] {
			return badInput(name, "given twice", "重复给出")
		}
		seen[name] = true
		if name == facts {
			*fp = new(F)
			return strictStruct(v, name, *fp)
		}
		return strictStruct(v, name, tp)
	})
	if e != nil {
		return e
	}
	if *fp == nil {
		return badInput(facts, "missing", "缺少")
	}
	return nil
}
