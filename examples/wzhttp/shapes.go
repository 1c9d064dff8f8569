package main

import (
	"github.com/wzpolicy/wzpolicy/rules"
)

// sharedSchemas are the JSON shapes of the library (docs/json.md) and of
// the service's own answers, which every rule's schemas refer to. They are
// checked against what the service answers by the tests: a key the
// library adds or drops fails them.
func sharedSchemas() obj {
	str := obj{"type": "string"}
	boolean := obj{"type": "boolean"}
	text := ref("Text")
	array := func(item any) obj { return obj{"type": "array", "items": item} }
	object := func(props obj, required ...string) obj {
		o := obj{"type": "object", "properties": props, "additionalProperties": false}
		if len(required) > 0 {
			o["required"] = required
		}
		return o
	}
	integer := obj{"type": "integer"}
	status := obj{"enum": []string{"享受", "不符合条件", "就高不重复享受", "按实评估", "不在适用期间", "未评估"}}
	valueTypes := []string{"number", "bool", "text", "date", "date-time"}
	// A value's "type" names its kind and "value" holds it: a string, or
	// true or false for a bool; a value of no kind is null.
	value := obj{"type": []string{"string", "boolean", "null"}}
	figure := object(obj{"name": str, "title": text, "type": obj{"enum": valueTypes}, "value": value, "unit": ref("Unit")},
		"name", "title", "value", "unit")
	codes := []string{}
	for _, c := range rules.Codes() {
		codes = append(codes, string(c))
	}
	apiCodes := append([]string{"bad_request", "not_found", "method_not_allowed", "timeout", "body_too_large",
		"unsupported_media_type", "too_many_cases", "internal", "overloaded"}, codes...)

	return obj{
		"Date": obj{"type": "string", "format": "date", "pattern": datePattern, "description": "YYYY-MM-DD"},
		"Lang": obj{"enum": []string{"zh", "en"}, "description": "the language of the case's messages; Accept-Language otherwise"},
		"Text": object(obj{"zh": str, "en": str}, "zh", "en"),
		"Unit": obj{"oneOf": []any{obj{"type": "null"}, object(obj{
			"zh": str, "en": str, "percent": boolean,
			"dims": array(object(obj{"zh": str, "en": str, "exp": obj{"type": "integer"}}, "zh", "en", "exp")),
		}, "zh", "en")}, "description": "a unit: its labels, its dimensions unless it is a base unit; null for a pure number"},
		"Period": object(obj{"from": ref("Date"), "to": ref("Date")}),
		"Document": object(obj{"number": str, "title": str, "issuer": str, "issued": ref("Date"), "in_force": ref("Period")},
			"number", "title", "issuer"),
		"Citation": object(obj{"document": ref("Document"), "clause": str, "quote": str}, "document", "clause"),
		"Figure":   figure,
		"Failure": object(obj{"name": str, "text": text, "cite": ref("Citation"), "facts": array(ref("Figure"))},
			"name", "text"),
		"Condition": object(obj{"name": str, "text": text,
			"state": obj{"enum": []string{"met", "failed", "not_applicable", "undecided"}},
			"facts": array(ref("Figure"))}, "name", "text", "state"),
		"Step": object(obj{"kind": obj{"enum": []string{"input", "parameter", "definition", "output"}},
			"name": str, "title": text, "type": obj{"enum": valueTypes}, "value": value, "unit": ref("Unit"),
			"expr": str, "cite": ref("Citation"), "default": boolean, "key": str, "band": boolean,
			"lookup": value}, "kind", "name", "title", "value", "unit"),
		"Receipt": object(obj{"book": obj{"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}, "rule": str, "date": ref("Date")},
			"book", "rule"),
		"Result": obj{
			"type": "object", "additionalProperties": false,
			"description": "a rule's result (rules.Result, docs/json.md): the main figure, eligibility, every condition, the figures, citations and the trace",
			"properties": obj{
				"rule": str, "title": text, "date": ref("Date"), "type": obj{"enum": valueTypes}, "value": value,
				"unit": ref("Unit"), "eligible": boolean, "failed": array(ref("Failure")),
				"conditions": array(ref("Condition")), "figures": array(ref("Figure")),
				"citations": array(ref("Citation")), "trace": array(ref("Step")), "receipt": ref("Receipt"),
			},
			"required": []string{"rule", "title", "value", "unit", "eligible", "receipt"},
		},
		"GroupResult": object(obj{
			"group": str, "title": text, "date": ref("Date"), "chosen": str, "type": obj{"enum": valueTypes},
			"value": value, "unit": ref("Unit"), "members": array(ref("Result")), "cite": ref("Citation"),
		}, "group", "title", "value", "unit"),
		"Statement": object(obj{"date": ref("Date"), "locality": str, "status": str,
			"household": ref("Section"), "members": array(ref("Section")), "choices": array(ref("Choice")),
			"problems": array(ref("Problem"))}, "household"),
		"Section": object(obj{"member": integer, "name": str, "age": integer,
			"entries": array(ref("Entry")), "not_assessed": array(ref("Entry"))}, "member", "name", "age"),
		"Entry": object(obj{"rule": str, "title": text, "clause": str, "part": str, "status": status,
			"amount": str, "unit": ref("Unit"), "outcome": str, "quantities": array(ref("Figure")),
			"figures": array(ref("Figure")), "failed": array(ref("Failure")), "missing": array(str),
			"invalid": str, "error": ref("RulesError"), "problem": ref("Problem"), "reference": array(ref("Figure")),
			"paid_instead": str, "note": str, "payee": ref("Payee"), "cite": ref("Citation"), "result": ref("Result"),
		}, "rule", "title", "clause", "amount", "unit"),
		"Choice": object(obj{"group": str, "title": text, "member": integer, "chosen": str, "amount": str,
			"unit": ref("Unit"), "others": array(str), "cite": ref("Citation"), "evaluation": ref("GroupResult"),
		}, "group", "title", "member", "chosen", "amount", "unit"),
		"Problem":    object(obj{"field": str, "member": integer, "msg": text}, "field", "member", "msg"),
		"Payee":      object(obj{"role": str, "name": str, "member": integer, "missing": str}, "role", "member"),
		"Assessment": object(obj{"date": ref("Date"), "items": array(ref("Item")), "total": str}, "total"),
		"Item": object(obj{"rule": str, "title": text, "claim": str, "status": status, "counted": boolean,
			"amount": str, "figures": array(ref("Figure")), "failed": array(ref("Failure")), "group": str,
			"field": str, "note": str, "error": ref("RulesError"), "cite": ref("Citation"), "in_force": ref("Period"),
			"result": ref("Result"),
		}, "rule", "title", "counted", "amount"),
		"RulesError": object(obj{"code": obj{"enum": codes}, "rule": str, "field": str, "input": str, "msg": str,
			"msg_zh": str, "line": integer, "col": integer, "cite": ref("Citation"), "cause": str,
			"reference": ref("Result")}, "code"),
		"HouseholdCase": assessmentCase("welfare.household", "household", "Household", "standards", "LocalStandards",
			"the household's facts, named as the Go fields of welfare.Household", "the caller's local standards (welfare.LocalStandards)"),
		"FirmCase": assessmentCase("relief.firm", "firm", "Profile", "tiers", "TierTable",
			"the firm's profile, named as the Go fields of relief.Profile", "the industry department's tiers (relief.TierTable)"),
		"Error": object(obj{
			"code": obj{"enum": apiCodes}, "rule": str, "field": str, "input": str,
			"message": obj{"type": "string", "description": "in the language of Accept-Language or the case's lang"},
			"clause":  str, "reference": ref("Result"),
		}, "code", "message"),
		"ErrorBody": object(obj{"error": ref("Error")}, "error"),
		"BatchItem": obj{"oneOf": []any{
			object(obj{"index": obj{"type": "integer", "minimum": 0}, "result": ref("AnyResult")}, "index", "result"),
			object(obj{"index": obj{"type": "integer", "minimum": 0}, "error": ref("Error")}, "index", "error"),
		}, "description": "the result or the error of the case at index (from 0, in the order sent)"},
		"RuleSummary": ruleSummary(false),
		"RuleInfo":    ruleSummary(true),
		"InputInfo": object(obj{"name": str, "title": text, "kind": obj{"enum": []string{"number", "bool", "text", "date", "date-time"}},
			"unit": ref("Unit"), "range": ref("Range"), "whole": boolean, "one_of": array(str), "labels": array(str),
			"default": obj{}, "required": boolean, "schema": obj{"type": "object"}},
			"name", "title", "kind", "required", "schema"),
		"Range": object(obj{"minimum": obj{"type": "number"}, "maximum": obj{"type": "number"},
			"exclusiveMinimum": obj{"type": "number"}, "exclusiveMaximum": obj{"type": "number"}}),
		"GroupInfo": object(obj{"id": str, "domain": str, "title": text, "cite": ref("Citation"), "members": array(str)},
			"id", "domain", "title", "members"),
		"ParamInfo": object(obj{"domain": str, "name": str, "title": text, "unit": ref("Unit"), "floor": boolean, "cap": boolean,
			"range": ref("Range"), "one_of": array(str), "history": array(ref("ParamValue"))},
			"domain", "name", "title", "history"),
		"ParamValue": object(obj{"from": ref("Date"), "cite": ref("Citation"),
			"kind":  obj{"enum": []string{"number", "text", "date", "table", "bracket"}},
			"value": obj{"type": "string"},
			"rows":  array(object(obj{"keys": array(str), "value": str, "cite": ref("Citation")}, "keys", "value")),
			"of":    ref("Unit"),
			"bands": array(object(obj{"range": ref("Range"), "value": obj{"type": "number"}}, "range", "value")),
		}, "kind"),
		"DomainDocuments": object(obj{"domain": str, "documents": array(ref("Document"))}, "domain", "documents"),
		"Health": object(obj{"status": obj{"const": "ok"}, "books": obj{"type": "object", "additionalProperties": str}},
			"status", "books"),
	}
}

func ruleSummary(full bool) obj {
	str := obj{"type": "string"}
	props := obj{"id": str, "domain": str, "title": ref("Text"), "clause": str,
		"in_force": ref("Period")}
	required := []string{"id", "domain", "title", "clause", "in_force"}
	if full {
		props["cite"] = ref("Citation")
		props["inputs"] = obj{"type": "array", "items": ref("InputInfo")}
		props["outputs"] = obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false,
			"properties": obj{"name": str, "title": ref("Text"), "unit": ref("Unit")}, "required": []string{"name", "title", "unit"}}}
		props["input_schema"] = obj{"type": "object", "description": "the JSON Schema of the rule's inputs, as in /openapi.json"}
		props["groups"] = obj{"type": "array", "items": str}
		required = append(required, "cite", "input_schema")
	}
	return obj{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// assessmentCase is the case of an assessment: its name, the date and the
// two objects of its inputs.
func assessmentCase(name, facts, factsSchema, standards, standardsSchema, factsDesc, standardsDesc string) obj {
	return obj{
		"type": "object",
		"properties": obj{
			"assessment": obj{"const": name},
			"date":       ref("Date"),
			"inputs": obj{"type": "object", "additionalProperties": false,
				"properties": obj{facts: obj{"$ref": "#/components/schemas/" + factsSchema, "description": factsDesc},
					standards: obj{"$ref": "#/components/schemas/" + standardsSchema, "description": standardsDesc}},
				"required": []string{facts}},
			"lang": ref("Lang"),
		},
		"required":             []string{"assessment", "date", "inputs"},
		"additionalProperties": false,
	}
}
