package main

import (
	"errors"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// maxLine bounds a line of input: the largest case, an assessment's
// (wzpolicy.MaxAssessmentBytes); DecodeCase holds a rule's or group's case
// to its own, smaller bound.
const maxLine = wzpolicy.MaxAssessmentBytes

// lineError is the error of one line: its stable code (a rules.Code, or
// "bad_request" for a line that is not a case), the field it concerns
// ("rule", "date", "inputs.<name>" for an input), and the message.
type lineError struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	// Rule is the rule, group or assessment the case names, when the line
	// names one.
	Rule string `json:"rule,omitempty"`
	// Cite is the clause that leaves a case to assessment (按实评估).
	Cite string `json:"cite,omitempty"`
}

// amount is a figure the summary adds up: a granted case's main figure
// when it is money (yuan, or yuan per something), in its unit, under the
// rule (or group) it comes from. Other figures — days, shares, counts —
// are not amounts, and a sum of them would mean nothing.
type amount struct {
	id    string
	unit  rules.Unit
	value decimal.Decimal
}

// outcome is what one line gives: the answer or an error, with what the
// summary counts.
type outcome struct {
	rec    record
	id     string // the rule, group or assessment the case names
	answer []byte // the answer's JSON, as the library writes it
	err    *lineError
	// status is a rule's or group's status (享受, 不符合条件, 按实评估…); ""
	// for an assessment, whose entries each have theirs, and for a line
	// that is no case.
	status rules.Status
	// value and unit are a rule's or group's main figure; a firm's total
	// is value, with unitText its unit.
	value    rules.Value
	unit     rules.Unit
	unitText rules.Text
	// amounts are the figures the summary adds up.
	amounts []amount
}

// evaluate decodes one case from its JSON form and evaluates it. Nothing
// it is given makes it panic or stop: every problem is the line's error.
func evaluate(data []byte, lang rules.Lang) (o outcome) {
	c, err := wzpolicy.DecodeCase(data)
	if err != nil {
		var ce *wzpolicy.CaseError
		if !errors.As(err, &ce) {
			o.err = &lineError{Code: wzpolicy.CodeBadRequest, Message: err.Error()}
			return o
		}
		o.err = &lineError{Code: ce.Code, Field: caseField(ce.Field, ce.Input), Message: ce.Message(lang)}
		return o
	}
	o.id = c.ID()
	if c.Lang != "" {
		lang = c.Language()
	}
	a, err := c.Eval()
	if err != nil {
		o.err = ruleError(err, c, lang)
		o.status = statusOf(err)
		return o
	}
	b, err := a.MarshalJSON()
	if err != nil {
		o.err = &lineError{Code: string(rules.CodeEvaluation), Rule: o.id, Message: "the answer cannot be written as JSON: " + err.Error()}
		return o
	}
	o.answer = b
	switch {
	case a.Result != nil:
		o.value, o.unit = a.Result.Value, a.Result.Unit
		o.grant(a.Result.Eligible, a.Result.Rule)
	case a.Group != nil:
		o.value, o.unit = a.Group.Value, a.Group.Unit
		o.grant(a.Group.Chosen != "", a.Group.Group)
	case a.Statement != nil:
		st := a.Statement
		for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
			for _, e := range sec.Entries {
				if e.Status == rules.Granted && e.Unit.IsMoney() {
					o.amounts = append(o.amounts, amount{e.Rule, e.Unit, e.Amount})
				}
			}
		}
	case a.Assessment != nil:
		o.value = rules.NumberValue(a.Assessment.Total)
		o.unitText = rules.Text{Zh: "元", En: "yuan"} // relief.Assessment.Total: the sum of the counted amounts, in yuan
		for _, it := range a.Assessment.Items {
			if it.Status == rules.Granted && it.Counted && it.Result != nil && it.Result.Unit.IsMoney() {
				o.amounts = append(o.amounts, amount{it.Rule, it.Result.Unit, it.Amount})
			}
		}
	}
	return o
}

// grant sets the status of a rule's or group's answer, and its amount.
func (o *outcome) grant(granted bool, id string) {
	o.status = rules.NotGranted
	if granted {
		o.status = rules.Granted
		if o.value.Kind() == rules.KindNumber && o.unit.IsMoney() {
			o.amounts = append(o.amounts, amount{id, o.unit, o.value.Number()})
		}
	}
}

// statusOf is the status of a case the rule refused with err: 按实评估,
// 不在适用期间, or 未评估 for a fact missing or refused; "" for an error of
// no status (an unknown rule, a defect of the rule).
func statusOf(err error) rules.Status {
	s, e := rules.StatusOf(false, err)
	if e != nil {
		return ""
	}
	return s
}

// ruleError is the line's error for an error of the library.
func ruleError(err error, c wzpolicy.Case, lang rules.Lang) *lineError {
	var re *rules.Error
	if !errors.As(err, &re) {
		return &lineError{Code: string(rules.CodeEvaluation), Rule: c.ID(), Message: err.Error()}
	}
	le := &lineError{Code: string(re.Code), Rule: c.ID(), Message: strings.TrimPrefix(re.Message(lang), "rules: ")}
	switch {
	case re.Input != "" || re.Code == rules.CodeInvalidInput && re.Field != "" && re.Field != "date":
		le.Field = "inputs." + inputPath(re, c)
	case re.Code == rules.CodeNotInForce:
		le.Field = "date"
	case re.Code == rules.CodeUnknownRule:
		le.Field = "rule"
	case re.Field != "":
		le.Field = re.Field
	}
	if !re.Cite.IsZero() {
		le.Cite = re.Cite.Ref()
	}
	return le
}

// caseField names a field of the case, or an input as "inputs.<name>".
func caseField(field string, input bool) string {
	if input {
		return "inputs." + field
	}
	return field
}

// inputPath is the path within the case's inputs of the input an error
// concerns: a rule's input by its name, a group member's under the member's
// ID, a household's or firm's fact by its path.
func inputPath(re *rules.Error, c wzpolicy.Case) string {
	field := re.Field
	if field == "" {
		field = re.Input
	}
	var under string
	switch {
	case c.Group != "" && re.Rule != "" && re.Rule != c.Group:
		under = re.Rule
	case c.Assessment == wzpolicy.AssessHousehold:
		under = "household"
	case c.Assessment == wzpolicy.AssessFirm:
		under = "firm"
	}
	if under == "" || field == under || strings.HasPrefix(field, under+".") {
		return field
	}
	return under + "." + field
}

// shorten cuts a value the input wrote to a length a message can quote.
func shorten(s string) string { return wzpolicy.Shorten(s) }
