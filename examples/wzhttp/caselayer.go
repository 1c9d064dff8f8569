package main

import (
	"encoding/json"
	"net/http"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/examples/internal/casejson"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The case layer: reading a case's JSON and evaluating it.

const (
	assessHousehold = "welfare.household"
	assessFirm      = "relief.firm"
)

// maxCaseBytes bounds a case sent to an evaluation endpoint.
const maxCaseBytes = casejson.MaxBytes

type theCase struct {
	casejson.Case
	Group, Assessment string
}

func decodeCase(body []byte) (theCase, *apiError) {
	c, ce := casejson.Decode(body)
	if ce != nil {
		status := http.StatusBadRequest
		if ce.Input {
			status = http.StatusUnprocessableEntity
		}
		e := &apiError{status: status, code: ce.Code, field: ce.Field, msg: rules.T(ce.Error(), ce.Error())}
		if ce.Input {
			e.rule, e.input = c.Rule, ce.Field
		}
		return theCase{Case: c}, e
	}
	return theCase{Case: c}, nil
}

func (c theCase) lang() *rules.Lang {
	var l rules.Lang
	switch c.Lang {
	case "zh":
		l = rules.Chinese
	case "en":
		l = rules.English
	default:
		return nil
	}
	return &l
}

func (c theCase) kindField() string {
	switch {
	case c.Group != "":
		return "group"
	case c.Assessment != "":
		return "assessment"
	}
	return "rule"
}

func (c theCase) eval() (json.RawMessage, string, *apiError) {
	d, ok := wzpolicy.Find(c.Rule)
	if !ok {
		return nil, "", notFoundID("rule", c.Rule)
	}
	rule, ok := d.Book().Rule(c.Rule)
	if !ok {
		return nil, "", notFoundID("rule", c.Rule)
	}
	if ce := casejson.CheckKinds(rule, c.Inputs); ce != nil {
		return nil, "", &apiError{status: http.StatusUnprocessableEntity, code: ce.Code, rule: c.Rule, field: ce.Field, input: ce.Field, msg: rules.T(ce.Error(), ce.Error())}
	}
	res, err := d.Book().Eval(c.Rule, c.Date, c.Inputs)
	if err != nil {
		return nil, "", ruleError(err)
	}
	out, err := json.Marshal(res)
	if err != nil {
		return nil, "", ruleError(err)
	}
	return out, d.Book().Hash(), nil
}
