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
package rulestest

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
// from.
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
// what differs: the case, its clause, a diff of expected and actual in
// plain words, and the explanation of the evaluation.
func Check(b *rules.Book, c Case) string {
	head := fmt.Sprintf("case %q — rule %s on %s, clause %s", c.Name, c.Rule, c.Date, c.Clause)
	if c.Source != "" {
		head = c.Source + ": " + head
	}
	if strings.TrimSpace(c.Clause) == "" {
		return head + ": the case cites no clause; say where in the document the expected result comes from"
	}
	if c.Name == "" || c.Rule == "" || c.Date.IsZero() {
		return head + ": a case needs a name, a rule ID and an evaluation date"
	}
	if c.Want == nil && c.Eligible == nil && c.Failed == nil && c.Err == nil {
		return head + ": the case expects nothing; state the figures, the eligibility or the error the document gives"
	}
	if c.Members != nil || isGroup(b, c.Rule) {
		return checkGroup(b, c, head)
	}
	res, err := b.Eval(c.Rule, c.Date, c.Inputs)
	if c.Err != nil {
		var re *rules.Error
		switch {
		case err == nil:
			return fmt.Sprintf("%s:\nwant error %v, got a result:\n%s", head, c.Err, res.Explain(rules.English))
		case !errors.Is(err, c.Err):
			return fmt.Sprintf("%s:\nwant error %v, got: %v", head, c.Err, err)
		case c.Field != "" && (!errors.As(err, &re) || re.Field != c.Field):
			return fmt.Sprintf("%s:\nwant the error to name field %q, got: %v", head, c.Field, err)
		case c.Message != "" && (!errors.As(err, &re) || re.Message(rules.Chinese) != c.Message):
			return fmt.Sprintf("%s:\nwant the message %q, got: %v", head, c.Message, messageOf(err))
		case c.Want == nil:
			return ""
		}
		// A case left to another authority's figures (参照执行) states the
		// document's figures it carries as the reference.
		if !errors.As(err, &re) || re.Reference == nil {
			return fmt.Sprintf("%s:\nwant reference figures with the error, got none: %v", head, err)
		}
		res = re.Reference
	} else if err != nil {
		return fmt.Sprintf("%s:\nunexpected error: %v", head, err)
	}
	var problems []string
	if c.Want != nil {
		got := map[string]string{}
		want := map[string]string{}
		for name, w := range c.Want {
			f, ok := res.Figure(name)
			if !ok {
				problems = append(problems, fmt.Sprintf("the rule has no output %q", name))
				continue
			}
			want[name] = w
			got[name] = f.Value.String()
			if f.Unit.IsMoney() {
				got[name] = f.Value.Number().StringFixed(2)
			}
			if same(f.Value, f.Unit, w, c.Tolerance) {
				got[name] = w // equal by value (within the tolerance): show no difference
			}
		}
		if d := cmp.Diff(want, got); d != "" {
			problems = append(problems, "outputs differ (-want +got):\n"+d)
		}
	}
	wantEligible := c.Eligible
	if c.Failed != nil {
		wantEligible = No
		var got []string
		for _, f := range res.Failed {
			got = append(got, f.Name)
		}
		if d := cmp.Diff(c.Failed, got); d != "" {
			problems = append(problems, "failed conditions differ (-want +got):\n"+d)
		}
	}
	if wantEligible != nil && *wantEligible != res.Eligible {
		problems = append(problems, fmt.Sprintf("eligible: want %t, got %t", *wantEligible, res.Eligible))
	}
	if err := b.CrossCheck(c.Rule, c.Date, c.Inputs); c.Err == nil && err != nil {
		problems = append(problems, "the compiled rule and expr's machine disagree: "+err.Error())
	}
	if len(problems) == 0 {
		return ""
	}
	return fmt.Sprintf("%s:\n%s\nexplanation:\n%s", head, strings.Join(problems, "\n"), res.Explain(rules.English))
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
func checkGroup(b *rules.Book, c Case, head string) string {
	gr, err := b.EvalGroup(c.Rule, c.Date, c.Members)
	if c.Err != nil {
		var re *rules.Error
		switch {
		case err == nil:
			return fmt.Sprintf("%s:\nwant error %v, got %s paying %s", head, c.Err, gr.Chosen, gr.Value)
		case !errors.Is(err, c.Err):
			return fmt.Sprintf("%s:\nwant error %v, got: %v", head, c.Err, err)
		case c.Field != "" && (!errors.As(err, &re) || re.Field != c.Field):
			return fmt.Sprintf("%s:\nwant the error to name field %q, got: %v", head, c.Field, err)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("%s:\nunexpected error: %v", head, err)
	}
	var problems []string
	got := map[string]string{"chosen": gr.Chosen, "value": gr.Value.String()}
	want := map[string]string{}
	for name, w := range c.Want {
		want[name] = w
		switch name {
		case "chosen":
		case "value":
			if same(gr.Value, gr.Unit, w, c.Tolerance) {
				got[name] = w
			}
		default:
			problems = append(problems, fmt.Sprintf("a group yields chosen and value, not %q", name))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			delete(got, name)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		problems = append(problems, "outputs differ (-want +got):\n"+d)
	}
	if c.Eligible != nil && *c.Eligible != (gr.Chosen != "") {
		problems = append(problems, fmt.Sprintf("eligible: want %t, got chosen %q", *c.Eligible, gr.Chosen))
	}
	for id, in := range c.Members {
		if err := b.CrossCheck(id, c.Date, in); err != nil {
			problems = append(problems, "the compiled rule and expr's machine disagree: "+err.Error())
		}
	}
	if len(problems) == 0 {
		return ""
	}
	var explain []string
	for _, m := range gr.Members {
		explain = append(explain, m.Explain(rules.English))
	}
	return fmt.Sprintf("%s:\n%s\nchosen %q paying %s; the members:\n%s", head, strings.Join(problems, "\n"), gr.Chosen, gr.Value, strings.Join(explain, "\n"))
}

// messageOf gives an error's Chinese message, when it has one.
func messageOf(err error) string {
	var re *rules.Error
	if errors.As(err, &re) {
		return re.Message(rules.Chinese)
	}
	return err.Error()
}
