package rulestest

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"go.yaml.in/yaml/v3"
)

// Checking data files, for `go test` ([RunFiles], [RunAssessments]) and for
// a command that runs them for people who do not write Go: one file at a
// time, each case to a [CaseOutcome] that says in plain words, in Chinese
// or English, what differs. Both paths use the same code, so they cannot
// disagree.

// FindingKind says what a [Finding] is about.
type FindingKind string

// The kinds of finding.
const (
	FindingCase       FindingKind = "case"        // the case itself is incomplete: no clause, no expectation…
	FindingOutput     FindingKind = "output"      // an output's figure differs, or the rule has no such output
	FindingEligible   FindingKind = "eligible"    // the eligibility differs
	FindingFailed     FindingKind = "failed"      // the conditions that failed differ
	FindingError      FindingKind = "error"       // an error was expected and not got, or got and not expected
	FindingCrossCheck FindingKind = "cross_check" // the compiled rule and expr's own machine disagree
	FindingEntry      FindingKind = "entry"       // an entry or section of an assessment's statement differs
	FindingJSON       FindingKind = "json"        // the statement does not survive JSON
)

// Finding is one way a case's result differs from what the case expects.
type Finding struct {
	Kind FindingKind
	// Name is what the finding concerns: the output ("allowance"), the
	// statement's section and entry ("成员1 welfare.dibao.allowance"), or
	// "" for the case or the result as a whole.
	Name string
	// Title is the output's title, for an output.
	Title rules.Text
	// Want is what the case expects and Got what came out, in plain words:
	// figures with their units ("586.00 元"), yes/no and statuses in words,
	// conditions with their requirement. Want is empty for a finding that
	// is not a comparison (an incomplete case, a disagreement).
	Want, Got rules.Text
}

// In returns the finding as one sentence in lang: "allowance（最低生活保障金）：
// 预期 586.00 元，实际 585.00 元".
func (f Finding) In(lang rules.Lang) string {
	en := lang == rules.English
	label := f.Name
	switch {
	case f.Kind == FindingOutput && f.Title.In(lang) != "" && en:
		label += " (" + f.Title.En + ")"
	case f.Kind == FindingOutput && f.Title.In(lang) != "":
		label += "（" + f.Title.Zh + "）"
	case f.Kind == FindingEligible:
		label = pick(lang, "是否符合条件", "eligible")
	case f.Kind == FindingFailed:
		label = pick(lang, "未满足的条件", "conditions failed")
	case f.Kind == FindingError:
		label = pick(lang, "结果", "outcome")
	case f.Kind == FindingCrossCheck:
		label = pick(lang, "交叉核对", "cross-check")
	case f.Kind == FindingJSON:
		label = "JSON"
	case f.Kind == FindingCase && label == "":
		label = pick(lang, "案例", "the case")
	}
	sep := pick(lang, "：", ": ")
	if f.Want == (rules.Text{}) {
		return label + sep + f.Got.In(lang)
	}
	if en {
		return fmt.Sprintf("%s: expected %s, got %s", label, f.Want.En, f.Got.En)
	}
	return fmt.Sprintf("%s：预期 %s，实际 %s", label, f.Want.Zh, f.Got.Zh)
}

func pick(lang rules.Lang, zh, en string) string {
	if lang == rules.English {
		return en
	}
	return zh
}

// CaseOutcome is what checking one case found: the case, and how its
// result differs from what it expects — nothing when it holds.
type CaseOutcome struct {
	Source string // where the case is written: "testdata/x.yaml:12"
	Name   string
	Clause string
	Rule   string     // the rule, group or assessment ("welfare.household")
	Title  rules.Text // the rule's or group's title, when the book has it; the assessment's
	// Assessment is true for a case of a whole assessment, which Rule
	// names.
	Assessment bool
	Date       rules.Date

	Findings []Finding

	// What the evaluation gave, for its explanation: one of them, or none
	// when the case could not be evaluated.
	Result    *rules.Result      // a rule's result (the reference figures of a case left to another authority)
	Group     *rules.GroupResult // a take-the-higher group's
	Statement *Statement         // an assessment's statement
	Err       error              // the evaluation's error, expected or not
}

// Passed reports whether the case holds.
func (o CaseOutcome) Passed() bool { return len(o.Findings) == 0 }

// Explain returns the explanation of the evaluation in lang: the rule's
// [rules.Result.Explain], a group's chosen member and each member's, an
// assessment's statement, or the error.
func (o CaseOutcome) Explain(lang rules.Lang) string {
	var parts []string
	switch {
	case o.Result != nil:
		parts = append(parts, strings.TrimRight(o.Result.Explain(lang), "\n"))
	case o.Group != nil:
		chosen := o.Group.Chosen
		if chosen == "" {
			chosen = pick(lang, "无（没有符合条件的措施）", "none (no member is eligible)")
		}
		parts = append(parts, pick(lang, "就高享受：", "paid (the higher): ")+chosen+pick(lang, "，金额 ", ", amount ")+o.Group.Value.Format(o.Group.Unit, lang))
		for _, m := range o.Group.Members {
			parts = append(parts, strings.TrimRight(m.Explain(lang), "\n"))
		}
	case o.Statement != nil:
		text := o.Statement.Text
		if lang == rules.English && o.Statement.English != "" {
			text = o.Statement.English
		}
		parts = append(parts, strings.TrimRight(text, "\n"))
	}
	if o.Err != nil && o.Result == nil {
		parts = append(parts, errorWords(o.Err).In(lang))
	}
	return strings.Join(parts, "\n")
}

// Report returns what a failing case shows, in lang: the rule and its
// title, the clause and the date, each finding on its line, and the
// explanation. It is "" for a case that holds.
func (o CaseOutcome) Report(lang rules.Lang) string {
	if o.Passed() {
		return ""
	}
	var b strings.Builder
	sep := pick(lang, "：", ": ")
	rule := o.Rule
	if t := o.Title.In(lang); t != "" {
		rule += pick(lang, "（"+t+"）", " ("+t+")")
	}
	what := pick(lang, "规则", "rule")
	if o.Assessment {
		what = pick(lang, "评估", "assessment")
	}
	fmt.Fprintf(&b, "%s%s%s\n", what, sep, rule)
	fmt.Fprintf(&b, "%s%s%s\n", pick(lang, "条款", "clause"), sep, o.Clause)
	if !o.Date.IsZero() {
		date := o.Date.String()
		if lang == rules.Chinese {
			date = o.Date.Chinese()
		}
		fmt.Fprintf(&b, "%s%s%s\n", pick(lang, "日期", "date"), sep, date)
	}
	for _, f := range o.Findings {
		b.WriteString(indentRest(f.In(lang), "  ") + "\n")
	}
	if ex := o.Explain(lang); ex != "" {
		fmt.Fprintf(&b, "%s\n%s\n", pick(lang, "计算说明：", "explanation:"), indent(ex, "  "))
	}
	return b.String()
}

// indent puts prefix before every line of s.
func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// indentRest puts prefix before every line of s but the first.
func indentRest(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// FileOutcome is what checking one data file found: the problems that
// kept it from being read, or the outcome of each of its cases.
type FileOutcome struct {
	Path string
	// Problems are why the file could not be read; none of its cases ran.
	Problems []LoadProblem
	Cases    []CaseOutcome
}

// Passed reports whether the file was read and every case holds.
func (f FileOutcome) Passed() bool {
	if len(f.Problems) > 0 {
		return false
	}
	for _, c := range f.Cases {
		if !c.Passed() {
			return false
		}
	}
	return true
}

// Checker checks data files of any kind: worked cases of rules and groups,
// and of whole assessments.
type Checker struct {
	// Book returns the book that holds the rule or group with the given
	// ID, or nil when none does.
	Book func(id string) *rules.Book
	// Assess runs an assessment case ([RunAssessments] documents it); nil
	// when the checker runs no assessment files.
	Assess func(c *AssessmentCase) (*Statement, error)
	// Rule, when set, keeps the cases of this rule, group or assessment
	// only: the others are neither run nor listed.
	Rule string
}

// CheckFile reads the data file at path and checks every case in it, in
// the file's order. A file of whole assessments is told from one of rule
// cases by its assessment: key. A file that cannot be read gives its
// problems and no cases.
func (ck Checker) CheckFile(path string) FileOutcome {
	out := FileOutcome{Path: path}
	raw, err := os.ReadFile(path)
	if err != nil {
		out.Problems = unreadable(path, err).Problems
		return out
	}
	top, err := topNode(path, raw)
	if err != nil {
		out.Problems = loadProblems(err)
		return out
	}
	if isAssessmentFile(top) {
		cases, err := parseAssessments(path, raw)
		if err != nil {
			out.Problems = loadProblems(err)
			return out
		}
		first := true
		for _, c := range cases {
			if ck.Rule != "" && c.Assessment != ck.Rule {
				continue
			}
			out.Cases = append(out.Cases, ck.checkAssessment(c, first))
			first = false
		}
		return out
	}
	cases, err := parseCases(path, raw)
	if err != nil {
		out.Problems = loadProblems(err)
		return out
	}
	for _, c := range cases {
		if ck.Rule != "" && c.Rule != ck.Rule {
			continue
		}
		var b *rules.Book
		if ck.Book != nil {
			b = ck.Book(c.Rule)
		}
		out.Cases = append(out.Cases, CheckCase(b, c))
	}
	return out
}

func (ck Checker) checkAssessment(c *AssessmentCase, first bool) CaseOutcome {
	if ck.Assess == nil {
		return CaseOutcome{Source: c.Source, Name: c.Name, Clause: c.Clause, Rule: c.Assessment, Assessment: true, Date: c.Date,
			Findings: []Finding{{Kind: FindingCase, Got: rules.T("无法运行评估 "+c.Assessment, "no assessment "+c.Assessment+" to run the case with")}}}
	}
	return CheckAssessmentCase(c, ck.Assess, first)
}

// loadProblems returns the problems of a loading error.
func loadProblems(err error) []LoadProblem {
	var le *LoadError
	if errors.As(err, &le) {
		return le.Problems
	}
	return []LoadProblem{{Msg: plain(err.Error())}}
}

// isAssessmentFile reports whether a data file's top mapping names an
// assessment.
func isAssessmentFile(top *yaml.Node) bool {
	if top.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if assessmentKeys[top.Content[i].Value] == "assessment" {
			return true
		}
	}
	return false
}

// errorWords names an error in plain words: its kind, then its message.
func errorWords(err error) rules.Text {
	kind := errorKind(err)
	var re *rules.Error
	if errors.As(err, &re) {
		return rules.T(kind.Zh+"："+re.Message(rules.Chinese), kind.En+": "+re.Message(rules.English))
	}
	return rules.T(kind.Zh+"："+err.Error(), kind.En+": "+err.Error())
}

// errorKind names the kind of an error, as a case writes it.
func errorKind(err error) rules.Text {
	for _, k := range []struct {
		err error
		t   rules.Text
	}{
		{rules.ErrNotInForce, rules.T("不在有效期内", "not in force")},
		{rules.ErrInvalidInput, rules.T("输入无效", "invalid input")},
		{rules.ErrCaseByCase, rules.T("按实评估", "case by case")},
		{rules.ErrUnknownRule, rules.T("未知规则", "unknown rule")},
		{rules.ErrEvaluation, rules.T("计算错误", "evaluation error")},
	} {
		if errors.Is(err, k.err) {
			return k.t
		}
	}
	return rules.T("错误", "error")
}

// wantError is an expected error in plain words, with the field and
// message the case names.
func wantError(c Case) rules.Text {
	t := errorKind(c.Err)
	if c.Field != "" {
		t = rules.T(t.Zh+"（字段 "+c.Field+"）", t.En+" (field "+c.Field+")")
	}
	if c.Message != "" {
		t = rules.T(t.Zh+"："+c.Message, t.En+": "+c.Message)
	}
	return t
}

// resultWords is a result in plain words, where an error was expected: its
// main figure, or its eligibility.
func resultWords(res *rules.Result) rules.Text {
	if !res.Eligible {
		return rules.T("计算结果：不符合条件", "a result: not eligible")
	}
	if len(res.Figures) == 0 {
		return rules.T("计算结果：符合条件", "a result: eligible")
	}
	f := res.Figures[0]
	return rules.T("计算结果："+f.Name+" = "+f.Format(rules.Chinese), "a result: "+f.Name+" = "+f.Format(rules.English))
}

// figureWords writes an expected figure as a result shows one: a number
// with the output's unit ("586.00 元", "5%"), yes/no in words; other text
// as written.
func figureWords(want string, kind rules.Kind, u rules.Unit) rules.Text {
	switch kind {
	case rules.KindNumber:
		pct := strings.HasSuffix(want, "%")
		d, err := decimal.NewFromString(strings.TrimSuffix(want, "%"))
		if err != nil || (pct && !u.IsPercent()) {
			return rules.T(want, want)
		}
		if pct {
			d = d.Shift(-2)
		}
		v := rules.NumberValue(d)
		return rules.T(v.Format(u, rules.Chinese), v.Format(u, rules.English))
	case rules.KindBool:
		switch want {
		case "true":
			return rules.T("是", "yes")
		case "false":
			return rules.T("否", "no")
		}
	}
	return rules.T(want, want)
}

// valueWords writes a value with its unit in both languages.
func valueWords(v rules.Value, u rules.Unit) rules.Text {
	return rules.T(v.Format(u, rules.Chinese), v.Format(u, rules.English))
}

// figureText writes a figure in both languages.
func figureText(f rules.Figure) rules.Text {
	return rules.T(f.Format(rules.Chinese), f.Format(rules.English))
}

// conditionWords lists conditions by name with the requirement each
// states: "aged_80（80周岁至89周岁）"; "none" for an empty list.
func conditionWords(names []string, texts map[string]rules.Text) rules.Text {
	if len(names) == 0 {
		return rules.T("无", "none")
	}
	zh := make([]string, len(names))
	en := make([]string, len(names))
	for i, n := range names {
		zh[i], en[i] = n, n
		if t, ok := texts[n]; ok {
			zh[i] += "（" + t.Zh + "）"
			en[i] += " (" + t.In(rules.English) + ")"
		}
	}
	return rules.T(strings.Join(zh, "、"), strings.Join(en, "; "))
}

func eligibleWords(b bool) rules.Text {
	if b {
		return rules.T("符合条件", "eligible")
	}
	return rules.T("不符合条件", "not eligible")
}

// plain is a text the same in both languages.
func plain(s string) rules.Text { return rules.T(s, s) }
