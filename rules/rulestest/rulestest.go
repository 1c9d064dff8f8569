// Package rulestest helps domain packages test their rule books: worked
// cases that each cite their clause, and a check that every quote a book
// cites appears word for word in the document's text.
//
// A [Case] states a rule ID, an evaluation date, inputs in the words of the
// rule's declared inputs, and what the document says should come out —
// figures, eligibility, the conditions that fail, or an error — with the
// clause it rests on. [Run] evaluates each case and reports, for a failure,
// the case, its clause, a diff of expected and actual, and the explanation.
// Every case is also cross-checked ([rules.Book.CrossCheck]): the compiled
// rule and expr's own machine must agree on every expression.
//
// The same checks are values for programs that run the data files outside
// go test: [CheckCase] and [Checker.CheckFile] give a [CaseOutcome] per
// case, whose [Finding]s say in plain words, in Chinese or English, what
// differs, and a file that cannot be read gives its [LoadProblem]s. [Run],
// [RunFiles] and [RunAssessments] report through them.
package rulestest

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Case is one worked case of a rule.
type Case struct {
	Name   string       // what the case shows, e.g. "80 years old: first day of the 80–89 band"
	Clause string       // the clause the expected figures rest on, e.g. "二、5"; required
	Rule   string       // rule ID, or the ID of a take-the-higher group
	Date   rules.Date   // evaluation date
	Inputs rules.Inputs // by input name

	// Members are the inputs of each member rule, by rule ID, for a case of
	// a take-the-higher group (rules.Book.EvalGroup). Its outputs are
	// "chosen" (the member paid, "" for none) and "value".
	Members map[string]rules.Inputs

	// Want are the expected outputs by name, written as the document would:
	// "54000.00" (numbers compare by value), "true", "2027-04-30", "鹿城区".
	Want map[string]string
	// Eligible, when set, is the expected eligibility.
	Eligible *bool
	// Failed are the names of the conditions expected to fail, in the
	// rule's order. Setting it implies the case is not eligible.
	Failed []string
	// Err, when set, is the expected error sentinel (rules.ErrNotInForce,
	// rules.ErrInvalidInput, rules.ErrCaseByCase…); Field, when set, the
	// field the error must name. With rules.ErrCaseByCase, Want states the
	// document's figures the error carries as the reference for a case
	// another authority sets its own figures for (参照执行).
	Err   error
	Field string
	// Message, when set, is the error's message in Chinese, exactly
	// ([rules.Error.Message]): the field and what is wrong.
	Message string

	// Tolerance, when above zero, accepts a number that differs from the
	// expected one by at most this much; zero (the default) wants it exact.
	Tolerance decimal.Decimal
	// Source says where the case was written ("testdata/x.yaml:12"), for
	// failure reports.
	Source string
}

// Yes and No are the eligibility values for [Case.Eligible].
var (
	Yes = ptr(true)
	No  = ptr(false)
)

func ptr(b bool) *bool { return &b }

// Run evaluates each case against the book as a subtest. A case without a
// clause fails: an expected figure must say where in the document it comes
// from. A failure reports what [CaseOutcome.Report] shows, in English.
func Run(t *testing.T, b *rules.Book, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Helper()
			if msg := Check(b, c); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// Check evaluates one case and returns "" when it holds, or a report of
// what differs, in English: the case, its clause, expected and actual in
// plain words, and the explanation of the evaluation ([CheckCase] gives
// the same as values).
func Check(b *rules.Book, c Case) string {
	return CheckCase(b, c).failure()
}

// failure is the message of a failing case in a test: where it is written,
// its name, and its report in English; "" when it holds.
func (o CaseOutcome) failure() string {
	if o.Passed() {
		return ""
	}
	head := fmt.Sprintf("case %q", o.Name)
	if o.Source != "" {
		head = o.Source + ": " + head
	}
	return head + "\n" + strings.TrimRight(o.Report(rules.English), "\n")
}

// CheckCase evaluates one case against the book — a rule's case, or a
// take-the-higher group's — and returns what it found. A nil book holds
// no rule: the case meets an unknown rule.
func CheckCase(b *rules.Book, c Case) CaseOutcome {
	o := CaseOutcome{Source: c.Source, Name: c.Name, Clause: c.Clause, Rule: c.Rule, Date: c.Date}
	incomplete := func(zh, en string) CaseOutcome {
		o.Findings = append(o.Findings, Finding{Kind: FindingCase, Got: rules.T(zh, en)})
		return o
	}
	if strings.TrimSpace(c.Clause) == "" {
		return incomplete("案例未引用条款：请写明预期结果出自文件的哪一条款", "the case cites no clause; say where in the document the expected result comes from")
	}
	if c.Name == "" || c.Rule == "" || c.Date.IsZero() {
		return incomplete("案例须有名称、规则编号和评估日期", "a case needs a name, a rule ID and an evaluation date")
	}
	if c.Want == nil && c.Eligible == nil && c.Failed == nil && c.Err == nil {
		return incomplete("案例没有预期：请写明文件给出的数额、是否符合条件或错误", "the case expects nothing; state the figures, the eligibility or the error the document gives")
	}
	if b == nil {
		o.Err = &rules.Error{Code: rules.CodeUnknownRule, Rule: c.Rule, Msg: "no book holds this rule or group", MsgZh: "没有规则书收有此编号的规则或规则组"}
		if !errors.Is(c.Err, rules.ErrUnknownRule) {
			o.Findings = append(o.Findings, Finding{Kind: FindingError, Want: wantedOf(c), Got: errorWords(o.Err)})
		}
		return o
	}
	if r, ok := b.Rule(c.Rule); ok {
		o.Title = r.Title
	}
	if c.Members != nil || isGroup(b, c.Rule) {
		return checkGroup(b, c, o)
	}
	res, err := b.Eval(c.Rule, c.Date, c.Inputs)
	o.Result, o.Err = res, err
	if c.Err != nil {
		if f, ok := errorMismatch(c, err, res); ok {
			o.Findings = append(o.Findings, f)
			return o
		}
		if c.Want == nil {
			return o
		}
		// A case left to another authority's figures (参照执行) states the
		// document's figures it carries as the reference.
		var re *rules.Error
		if !errors.As(err, &re) || re.Reference == nil {
			o.Findings = append(o.Findings, Finding{Kind: FindingError, Want: rules.T("带参照数额的错误", "the error with reference figures"), Got: errorWords(err)})
			return o
		}
		res = re.Reference
		o.Result = res
	} else if err != nil {
		o.Findings = append(o.Findings, Finding{Kind: FindingError, Want: wantedOf(c), Got: errorWords(err)})
		return o
	}
	rule, _ := b.Rule(c.Rule)
	for _, name := range outputOrder(rule, c.Want) {
		w := c.Want[name]
		f, ok := res.Figure(name)
		if !ok {
			o.Findings = append(o.Findings, Finding{Kind: FindingOutput, Name: name, Got: rules.T("规则没有此输出", "the rule has no such output")})
			continue
		}
		if !same(f.Value, f.Unit, w, c.Tolerance) {
			o.Findings = append(o.Findings, Finding{Kind: FindingOutput, Name: name, Title: f.Title, Want: figureWords(w, f.Value.Kind(), f.Unit), Got: figureText(f)})
		}
	}
	wantEligible := c.Eligible
	if c.Failed != nil {
		wantEligible = No
		texts := map[string]rules.Text{}
		for _, cond := range rule.Require {
			texts[cond.Name] = cond.Text
		}
		var got []string
		for _, f := range res.Failed {
			got = append(got, f.Name)
		}
		if !slices.Equal(c.Failed, got) {
			o.Findings = append(o.Findings, Finding{Kind: FindingFailed, Want: conditionWords(c.Failed, texts), Got: conditionWords(got, texts)})
		}
	}
	if wantEligible != nil && *wantEligible != res.Eligible {
		o.Findings = append(o.Findings, Finding{Kind: FindingEligible, Want: eligibleWords(*wantEligible), Got: eligibleWords(res.Eligible)})
	}
	if c.Err == nil {
		if err := b.CrossCheck(c.Rule, c.Date, c.Inputs); err != nil {
			o.Findings = append(o.Findings, Finding{Kind: FindingCrossCheck, Got: rules.T("编译后的规则与 expr 自身的计算不一致："+err.Error(), "the compiled rule and expr's machine disagree: "+err.Error())})
		}
	}
	return o
}

// errorMismatch compares the error a case expects with the one the
// evaluation gave; res is the result when there was no error.
func errorMismatch(c Case, err error, res any) (Finding, bool) {
	f := Finding{Kind: FindingError, Want: wantError(c)}
	var re *rules.Error
	switch {
	case err == nil:
		switch r := res.(type) {
		case *rules.Result:
			f.Got = resultWords(r)
		case *rules.GroupResult:
			f.Got = groupWords(r)
		}
	case !errors.Is(err, c.Err),
		c.Field != "" && (!errors.As(err, &re) || re.Field != c.Field),
		c.Message != "" && (!errors.As(err, &re) || re.Message(rules.Chinese) != c.Message):
		f.Got = errorWords(err)
	default:
		return Finding{}, false
	}
	return f, true
}

// wantedOf is what a case expects, in a few words, for a case that met an
// error it did not expect.
func wantedOf(c Case) rules.Text {
	if c.Err != nil {
		return wantError(c)
	}
	return rules.T("计算结果", "a result")
}

// outputOrder returns the names of the expected outputs in the rule's
// order of outputs, then any other names in alphabetical order.
func outputOrder(r rules.Rule, want map[string]string) []string {
	var names []string
	for _, o := range r.Outputs {
		if _, ok := want[o.Name]; ok {
			names = append(names, o.Name)
		}
	}
	var rest []string
	for name := range want {
		if !slices.Contains(names, name) {
			rest = append(rest, name)
		}
	}
	sort.Strings(rest)
	return append(names, rest...)
}

// same reports whether a value equals the expected text: numbers by value
// (54000 equals 54000.00, "6%" equals 0.06) within the tolerance, others by
// their text.
func same(v rules.Value, u rules.Unit, want string, tolerance decimal.Decimal) bool {
	if v.Kind() == rules.KindNumber {
		pct := strings.HasSuffix(want, "%")
		if pct && !u.IsPercent() {
			return false // "6%" is not a figure of an output that is not in %
		}
		d, err := decimal.NewFromString(strings.TrimSuffix(want, "%"))
		if err != nil {
			return false
		}
		if pct {
			d = d.Shift(-2)
		}
		return d.Sub(v.Number()).Abs().LessThanOrEqual(tolerance)
	}
	return v.String() == want
}

// Quotes checks that every quote the book cites — of rules, conditions,
// outputs, parameters, table rows and groups — appears word for word in the
// text of its document. texts maps a document's 文号 to the path of its
// text; whitespace is ignored on both sides.
func Quotes(t testing.TB, b *rules.Book, texts map[string]string) {
	t.Helper()
	bodies := map[string]string{}
	for number, path := range texts {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading the text of %s: %v", number, err)
		}
		bodies[number] = squeeze(string(raw))
	}
	var missing []string
	for _, c := range Citations(b) {
		body, ok := bodies[c.Doc.Number]
		if !ok {
			missing = append(missing, fmt.Sprintf("%s: no text given for %s", c.Ref(), c.Doc.Number))
			continue
		}
		if !strings.Contains(body, squeeze(c.Quote)) {
			missing = append(missing, fmt.Sprintf("%s: quote not in the text: %q", c.Ref(), c.Quote))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Error(m)
	}
}

var space = regexp.MustCompile(`\s+`)

func squeeze(s string) string { return space.ReplaceAllString(s, "") }

// Citations returns every citation of the book: of its rules, their
// conditions and outputs, its parameters' values and table rows, and its
// groups.
func Citations(b *rules.Book) []rules.Citation {
	var out []rules.Citation
	add := func(c rules.Citation) {
		if !c.IsZero() {
			out = append(out, c)
		}
	}
	for _, id := range b.RuleIDs() {
		r, _ := b.Rule(id)
		add(r.Cite)
		for _, c := range r.CaseByCase {
			add(c.Cite)
		}
		for _, c := range r.Require {
			add(c.Cite)
		}
		for _, o := range r.Outputs {
			add(o.Cite)
		}
		for _, c := range r.ByReference {
			add(c.Cite)
		}
	}
	for _, p := range b.Params() {
		for _, h := range p.History {
			add(h.Cite)
			if tb, ok := h.Value.(rules.Table); ok {
				for _, r := range tb.Rows {
					add(r.Cite)
				}
			}
		}
	}
	for _, g := range b.Groups() {
		add(g.Cite)
	}
	return out
}

func isGroup(b *rules.Book, id string) bool {
	for _, g := range b.Groups() {
		if g.ID == id {
			return true
		}
	}
	return false
}

// checkGroup checks a case of a take-the-higher group.
func checkGroup(b *rules.Book, c Case, o CaseOutcome) CaseOutcome {
	for _, g := range b.Groups() {
		if g.ID == c.Rule {
			o.Title = g.Title
		}
	}
	gr, err := b.EvalGroup(c.Rule, c.Date, c.Members)
	o.Group, o.Err = gr, err
	if c.Err != nil {
		if f, ok := errorMismatch(c, err, gr); ok {
			o.Findings = append(o.Findings, f)
		}
		return o
	}
	if err != nil {
		o.Findings = append(o.Findings, Finding{Kind: FindingError, Want: wantedOf(c), Got: errorWords(err)})
		return o
	}
	for _, name := range outputOrder(rules.Rule{Outputs: []rules.Output{{Name: "chosen"}, {Name: "value"}}}, c.Want) {
		w := c.Want[name]
		switch name {
		case "chosen":
			if w != gr.Chosen {
				o.Findings = append(o.Findings, Finding{Kind: FindingOutput, Name: name, Title: rules.T("就高享受的措施", "the member paid"), Want: chosenWords(w), Got: chosenWords(gr.Chosen)})
			}
		case "value":
			if !same(gr.Value, gr.Unit, w, c.Tolerance) {
				o.Findings = append(o.Findings, Finding{Kind: FindingOutput, Name: name, Title: rules.T("金额", "amount"), Want: figureWords(w, rules.KindNumber, gr.Unit), Got: valueWords(gr.Value, gr.Unit)})
			}
		default:
			o.Findings = append(o.Findings, Finding{Kind: FindingOutput, Name: name, Got: rules.T("规则组只给出 chosen 和 value", "a group yields chosen and value only")})
		}
	}
	if c.Eligible != nil && *c.Eligible != (gr.Chosen != "") {
		o.Findings = append(o.Findings, Finding{Kind: FindingEligible, Want: eligibleWords(*c.Eligible), Got: eligibleWords(gr.Chosen != "")})
	}
	ids := make([]string, 0, len(c.Members))
	for id := range c.Members {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := b.CrossCheck(id, c.Date, c.Members[id]); err != nil {
			o.Findings = append(o.Findings, Finding{Kind: FindingCrossCheck, Name: id, Got: rules.T("编译后的规则与 expr 自身的计算不一致："+err.Error(), "the compiled rule and expr's machine disagree: "+err.Error())})
		}
	}
	return o
}

// chosenWords names the member a group pays, or none.
func chosenWords(id string) rules.Text {
	if id == "" {
		return rules.T("无（没有符合条件的措施）", "none (no member is eligible)")
	}
	return plain(id)
}

// groupWords is a group's result in plain words, where an error was
// expected.
func groupWords(gr *rules.GroupResult) rules.Text {
	ch := chosenWords(gr.Chosen)
	v := valueWords(gr.Value, gr.Unit)
	return rules.T("计算结果：就高享受 "+ch.Zh+"，金额 "+v.Zh, "a result: paid "+ch.En+", amount "+v.En)
}
