package main

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The case layer is the library's public one (wzpolicy.Case): a request's
// body is a case in its JSON form, read by wzpolicy.DecodeCase and answered
// by Case.Eval, which the rules' own evaluators answer.

const (
	assessHousehold = wzpolicy.AssessHousehold
	assessFirm      = wzpolicy.AssessFirm
)

// maxCaseBytes bounds a case sent to an evaluation endpoint, and a line of
// an NDJSON batch: an assessment's bound, the largest; DecodeCase holds a
// rule's or a group's case to its own, smaller bound (MaxCaseBytes).
const maxCaseBytes = wzpolicy.MaxAssessmentBytes

// theCase is one case read from a request.
type theCase struct{ wzpolicy.Case }

// decodeCase reads a case strictly; a case that cannot be read is 400, or
// 422 for the value of an input.
func decodeCase(body []byte) (theCase, *apiError) {
	c, err := wzpolicy.DecodeCase(body)
	if err == nil {
		return theCase{c}, nil
	}
	var ce *wzpolicy.CaseError
	if !errors.As(err, &ce) {
		return theCase{}, internalError()
	}
	e := &apiError{status: http.StatusBadRequest, code: ce.Code, field: ce.Field,
		msg: rules.T(ce.Message(rules.Chinese), ce.Message(rules.English))}
	if ce.Input {
		e.status = http.StatusUnprocessableEntity
		e.input = ce.Field
	}
	return theCase{c}, e
}

// lang is the language the case asks for, nil when it names none.
func (c theCase) lang() *rules.Lang {
	if c.Lang == "" {
		return nil
	}
	l := c.Language()
	return &l
}

// kindField is the field that names what the case evaluates.
func (c theCase) kindField() string {
	switch {
	case c.Group != "":
		return "group"
	case c.Assessment != "":
		return "assessment"
	}
	return "rule"
}

// eval answers the case: its result as the library writes it, and the hash
// of the book that answered.
func (c theCase) eval() (json.RawMessage, string, *apiError) {
	a, err := c.Eval()
	if err != nil {
		e := ruleError(err)
		if e.rule == "" {
			e.rule = c.ID()
		}
		return nil, "", e
	}
	out, err := json.Marshal(a)
	if err != nil {
		return nil, "", ruleError(err)
	}
	return out, a.Hash, nil
}
