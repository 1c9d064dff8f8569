package main

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/wzpolicy/wzpolicy/rules"
)

// obj is a JSON object as the OpenAPI document and the catalogue write it;
// encoding/json writes its keys sorted, so the document is the same bytes
// at every start.
type obj = map[string]any

// ref is a JSON Schema reference to a schema of the document's components.
func ref(name string) obj { return obj{"$ref": "#/components/schemas/" + name} }

// number writes a decimal as a JSON number, exactly: "(0, ∞)" travels as
// {"exclusiveMinimum": 0}, never as text.
func number(d decimal.Decimal) json.Number { return json.Number(d.String()) }

// rangeJSON is a range as JSON Schema states one: minimum or
// exclusiveMinimum, maximum or exclusiveMaximum, each a number; an open end
// has none. The zero range is an empty object.
func rangeJSON(r rules.Range) obj {
	out := obj{}
	if r.Lo.Set {
		if r.Lo.Open {
			out["exclusiveMinimum"] = number(r.Lo.Value)
		} else {
			out["minimum"] = number(r.Lo.Value)
		}
	}
	if r.Hi.Set {
		if r.Hi.Open {
			out["exclusiveMaximum"] = number(r.Hi.Value)
		} else {
			out["maximum"] = number(r.Hi.Value)
		}
	}
	return out
}

// Patterns of the numbers a case may write as strings, as the rules read
// them: a decimal, with an exponent if need be; an input in percent also
// takes the number with its sign as a percentage ("6%", which is 0.06).
// JSON Schema applies a pattern to strings only and a range to numbers
// only, so a number given as a string is checked for its form here and
// for its range by the rule.
const (
	decimalPattern  = `^-?([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][+-]?[0-9]+)?$`
	percentPattern  = `^-?([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][+-]?[0-9]+)?%?$`
	datePattern     = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	dateTimePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(:[0-9]{2})?$`
)

// inputSchema is the JSON Schema of one input of a rule: its type, unit,
// range, allowed values and default, from the rule's declaration.
func inputSchema(in rules.Input) obj {
	s := obj{"title": in.Title.Zh, "x-title": in.Title}
	desc := in.Title.Zh + " · " + in.Title.En
	switch in.Kind {
	case rules.KindNumber:
		s["type"] = []string{"number", "string"}
		s["pattern"] = decimalPattern
		if in.Whole {
			s["type"] = []string{"integer", "string"}
		}
		for k, v := range rangeJSON(in.Range) {
			s[k] = v
		}
		s["x-unit"] = in.Unit
		switch {
		case in.Unit.IsPercent():
			s["pattern"] = percentPattern
			desc += `; a fraction (0.06) or a percentage with its sign ("6%")`
		case in.Unit.IsNumber():
		default:
			desc += fmt.Sprintf("; in %s (%s)", in.Unit.In(rules.Chinese), in.Unit.In(rules.English))
		}
		if in.Whole {
			desc += "; a whole number"
		}
		desc += "; a JSON number, or a string holding one, read exactly"
	case rules.KindBool:
		s["type"] = "boolean"
	case rules.KindText:
		s["type"] = "string"
		if len(in.OneOf) > 0 {
			s["enum"] = in.OneOf
			if len(in.Labels) == len(in.OneOf) {
				s["x-labels"] = in.Labels
			}
		}
	case rules.KindDate:
		s["type"] = "string"
		s["format"] = "date"
		s["pattern"] = datePattern
	case rules.KindDateTime:
		s["type"] = "string"
		s["pattern"] = dateTimePattern
		desc += `; "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS"`
	}
	if in.Default != nil {
		s["default"] = in.Default
	}
	s["description"] = desc
	return s
}

// inputRequired reports whether a case must give the input: it has no
// default and the rule does not let it be left out.
func inputRequired(in rules.Input) bool { return in.Default == nil && !in.MayOmit }

// inputsSchema is the JSON Schema of a rule's inputs: an object of the
// inputs it declares, those without a default required, no other.
func inputsSchema(r rules.Rule) obj {
	props := obj{}
	required := []string{}
	for _, in := range r.Inputs {
		props[in.Name] = inputSchema(in)
		if inputRequired(in) {
			required = append(required, in.Name)
		}
	}
	s := obj{"type": "object", "properties": props, "additionalProperties": false,
		"title": "inputs of " + r.ID, "description": r.Title.Zh + " · " + r.Title.En + ". Required: the inputs without a default, " +
			"which a case must give to be decided eligible; a case that fails a condition before the rule reads one is answered, not eligible, without it."}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}
