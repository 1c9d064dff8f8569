package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/examples/internal/casejson"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

// maxLine bounds a line of input: a rule's case is at most 64 KiB
// (casejson.MaxBytes).
const maxLine = casejson.MaxBytes

// lineError is the error of one line: its stable code (a rules.Code, or
// "bad_request" for a line that is not a case), the field it concerns
// ("rule", "date", "inputs.<name>" for an input), and the message.
type lineError struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	// Rule is the rule or group the case names, when the line names one.
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
	status rules.Status // the case's status (享受, 不符合条件, 按实评估…), "" for a line that is no case
	value  rules.Value  // a rule's or group's main figure
	unit   rules.Unit
	// amounts are the figures the summary adds up.
	amounts []amount
}

// evaluate decodes one case from its JSON form and evaluates it. Nothing
// it is given makes it panic or stop: every problem is the line's error.
func evaluate(data []byte, lang rules.Lang) (o outcome) {
	c, ce := casejson.Decode(data)
	if ce != nil {
		o.err = &lineError{Code: ce.Code, Field: caseField(ce.Field, ce.Input), Message: ce.Msg}
		if c.Rule != "" {
			o.err.Rule = c.Rule
		}
		return o
	}
	o.id = c.Rule
	if c.Lang == "en" {
		lang = rules.English
	} else if c.Lang == "zh" {
		lang = rules.Chinese
	}
	d, ok := wzpolicy.Find(c.Rule)
	if !ok {
		o.err = &lineError{Code: string(rules.CodeUnknownRule), Field: "rule", Rule: c.Rule,
			Message: fmt.Sprintf("no rule %q in the books", casejson.Shorten(c.Rule))}
		return o
	}
	rule, ok := d.Book().Rule(c.Rule)
	if !ok {
		o.err = &lineError{Code: string(rules.CodeUnknownRule), Field: "rule", Rule: c.Rule,
			Message: fmt.Sprintf("%q is a take-the-higher group, not a rule", c.Rule)}
		return o
	}
	if ce := casejson.CheckKinds(rule, c.Inputs); ce != nil {
		o.err = &lineError{Code: ce.Code, Field: caseField(ce.Field, ce.Input), Rule: c.Rule, Message: ce.Msg}
		o.status = rules.NotAssessed
		return o
	}
	res, err := d.Book().Eval(c.Rule, c.Date, c.Inputs)
	if err != nil {
		o.err = ruleError(err, c.Rule, lang)
		o.status = statusOf(err)
		return o
	}
	return resultOutcome(o, res)
}

// resultOutcome fills the outcome of a rule's result.
func resultOutcome(o outcome, res *rules.Result) outcome {
	b, err := res.MarshalJSON()
	if err != nil {
		o.err = &lineError{Code: string(rules.CodeEvaluation), Rule: res.Rule, Message: "the result cannot be written as JSON: " + err.Error()}
		return o
	}
	o.answer = b
	o.value, o.unit = res.Value, res.Unit
	o.status = rules.NotGranted
	if res.Eligible {
		o.status = rules.Granted
		if res.Value.Kind() == rules.KindNumber && res.Unit.IsMoney() {
			o.amounts = append(o.amounts, amount{res.Rule, res.Unit, res.Value.Number()})
		}
	}
	return o
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
func ruleError(err error, id string, lang rules.Lang) *lineError {
	var re *rules.Error
	if !errors.As(err, &re) {
		return &lineError{Code: string(rules.CodeEvaluation), Rule: id, Message: err.Error()}
	}
	le := &lineError{Code: string(re.Code), Rule: id, Message: strings.TrimPrefix(re.Message(lang), "rules: ")}
	if re.Rule != "" {
		le.Rule = re.Rule
	}
	switch {
	case re.Input != "":
		le.Field = "inputs." + re.Input
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

// shorten cuts a value the input wrote to a length a message can quote.
func shorten(s string) string { return casejson.Shorten(s) }
