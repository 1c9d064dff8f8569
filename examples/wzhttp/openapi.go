package main

import (
	"encoding/json"
	"slices"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The OpenAPI document is generated from the books when the server starts:
// a schema per rule for its inputs (Inputs.<rule>), its case (Case.<rule>)
// and its result (Result.<rule>), one per take-the-higher group, and the
// library's JSON shapes (docs/json.md) they share. Nothing in it is written
// per rule by hand: a rule added to a book is in the document at the next
// start.

// openAPIVersion is the OpenAPI version of the document; its schemas are
// JSON Schema 2020-12, the dialect OpenAPI 3.1 uses.
const openAPIVersion = "3.1.0"

// buildOpenAPI returns the OpenAPI document of the service for the books
// of domains, as JSON.
func buildOpenAPI(domains []wzpolicy.Domain) ([]byte, error) {
	schemas := sharedSchemas()
	for name, s := range factsSchemas() {
		schemas[name] = s
	}
	var ruleCases, ruleResults, groupCases, groupResults []any
	for _, d := range domains {
		b := d.Book()
		for _, id := range b.RuleIDs() {
			r, _ := b.Rule(id)
			schemas["Inputs."+id] = inputsSchema(r)
			schemas["Case."+id] = ruleCaseSchema(r)
			schemas["Result."+id] = ruleResultSchema(r)
			ruleCases = append(ruleCases, ref("Case."+id))
			ruleResults = append(ruleResults, ref("Result."+id))
		}
		for _, g := range b.Groups() {
			schemas["GroupCase."+g.ID] = groupCaseSchema(g)
			schemas["GroupResult."+g.ID] = obj{"allOf": []any{ref("GroupResult"),
				obj{"properties": obj{"group": obj{"const": g.ID}, "chosen": obj{"enum": append(slices.Clone(g.Rules), "")}}}}}
			groupCases = append(groupCases, ref("GroupCase."+g.ID))
			groupResults = append(groupResults, ref("GroupResult."+g.ID))
		}
	}
	schemas["RuleCase"] = obj{"oneOf": ruleCases, "description": "a rule's case: one of the rules' cases, told apart by \"rule\""}
	schemas["RuleResult"] = obj{"oneOf": ruleResults, "description": "a rule's result, as rules.Result writes it (docs/json.md)"}
	schemas["GroupCaseAny"] = obj{"oneOf": groupCases, "description": "a take-the-higher group's case, told apart by \"group\""}
	schemas["GroupResultAny"] = obj{"oneOf": groupResults, "description": "a group's evaluation, as rules.GroupResult writes it"}
	schemas["AnyCase"] = obj{"oneOf": []any{ref("RuleCase"), ref("GroupCaseAny"), ref("HouseholdCase"), ref("FirmCase")}}
	schemas["AnyResult"] = obj{"oneOf": []any{ref("RuleResult"), ref("GroupResultAny"), ref("Statement"), ref("Assessment")}}

	doc := obj{
		"openapi":           openAPIVersion,
		"jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
		"info": obj{
			"title":   "wzpolicy",
			"version": bookVersion(domains),
			"description": "Seven 2022 Wenzhou policy documents as rules: evaluate a rule, a take-the-higher group, " +
				"a household's or a firm's assessment. Generated from the rule books at start-up; info.version is " +
				"the books' content hashes. Numbers are exact decimals: give them as JSON numbers or strings, " +
				"read them as strings. Messages are Chinese by default, English by Accept-Language: en.",
			"license": obj{"name": "Apache-2.0", "identifier": "Apache-2.0"},
		},
		"paths":      paths(),
		"components": obj{"schemas": schemas, "headers": headers(), "responses": errorResponses()},
	}
	return json.Marshal(doc)
}

// bookVersion is the version of the document: every book's content hash,
// which changes whenever a rule, a parameter or a document does.
func bookVersion(domains []wzpolicy.Domain) string {
	v := ""
	for i, d := range domains {
		if i > 0 {
			v += " "
		}
		v += d.Name + "=" + d.Book().Hash()
	}
	return v
}

// ruleCaseSchema is a rule's case: the rule's ID, the date, its inputs and
// the language.
func ruleCaseSchema(r rules.Rule) obj {
	required := []string{"rule", "date"}
	for _, in := range r.Inputs {
		if inputRequired(in) {
			required = append(required, "inputs")
			break
		}
	}
	return obj{
		"type":  "object",
		"title": r.ID,
		"properties": obj{
			"rule":   obj{"const": r.ID},
			"date":   ref("Date"),
			"inputs": ref("Inputs." + r.ID),
			"lang":   ref("Lang"),
		},
		"required":             required,
		"additionalProperties": false,
		"description":          r.Title.Zh + " · " + r.Title.En + " (" + r.Cite.Ref() + ")",
	}
}

// ruleResultSchema is a rule's result: the shared Result, with the rule's
// ID and the names of its figures.
func ruleResultSchema(r rules.Rule) obj {
	var names []string
	for _, o := range r.Outputs {
		names = append(names, o.Name)
	}
	props := obj{"rule": obj{"const": r.ID}}
	if len(names) == 0 { // a rule without outputs yields whether the case is eligible
		props["type"] = obj{"const": "bool"}
	}
	if len(names) > 0 {
		props["figures"] = obj{"items": obj{"properties": obj{"name": obj{"enum": names}}}}
	}
	return obj{"allOf": []any{ref("Result"), obj{"properties": props}}}
}

// groupCaseSchema is a group's case: each member rule's inputs under its
// ID.
func groupCaseSchema(g rules.Group) obj {
	members := obj{}
	for _, id := range g.Rules {
		members[id] = ref("Inputs." + id)
	}
	return obj{
		"type":  "object",
		"title": g.ID,
		"properties": obj{
			"group": obj{"const": g.ID},
			"date":  ref("Date"),
			"inputs": obj{"type": "object", "properties": members, "additionalProperties": false, "minProperties": 1,
				"description": "each member rule's inputs, by its ID; a member not given is not evaluated"},
			"lang": ref("Lang"),
		},
		"required":             []string{"group", "date", "inputs"},
		"additionalProperties": false,
		"description":          g.Title.Zh + " · " + g.Title.En + " (" + g.Cite.Ref() + ")",
	}
}

// headers are the response headers the document names.
func headers() obj {
	return obj{
		"BookHash": obj{"description": "the content hash (sha256) of the book that answered; for a batch, " +
			"domain=hash for every book, separated by commas",
			"schema": obj{"type": "string"}},
		"ContentLanguage": obj{"description": "the language of the messages: zh or en", "schema": obj{"enum": []string{"zh", "en"}}},
	}
}

// errorResponses are the answers of a request refused, one per status.
func errorResponses() obj {
	out := obj{}
	for _, s := range []struct{ name, desc string }{
		{"Unprocessable", "an input missing, unknown, null, of the wrong kind or out of range; the date outside the rule's period; " +
			"a case the document leaves to assessment (with the document's figures as reference where a locality sets its own); " +
			"Wzpolicy-Book-Hash names the book that refused it"},
		{"BadRequest", "not a case: not JSON, not one object, a field unknown, misspelt, repeated or of the wrong type; the date missing or not a date"},
		{"NotFound", "no rule, group or path of this ID"},
		{"MethodNotAllowed", "the path takes other methods (see Allow)"},
		{"Timeout", "the body did not arrive within the read timeout"},
		{"TooLarge", "the body is over its bound"},
		{"UnsupportedMediaType", "the body is not sent as application/json (or application/x-ndjson to /v1/batch)"},
		{"Internal", "a defect of the server or of a rule; the log has the detail"},
	} {
		out[s.name] = obj{"description": s.desc, "content": obj{"application/json": obj{"schema": ref("ErrorBody")}},
			"headers": obj{"Content-Language": obj{"$ref": "#/components/headers/ContentLanguage"}}}
		if s.name == "Unprocessable" {
			out[s.name].(obj)["headers"].(obj)["Wzpolicy-Book-Hash"] = obj{"$ref": "#/components/headers/BookHash"}
		}
	}
	return out
}

func errRef(name string) obj { return obj{"$ref": "#/components/responses/" + name} }

// jsonBody is a request or response body of one schema.
func jsonBody(schema obj) obj {
	return obj{"content": obj{"application/json": obj{"schema": schema}}}
}

// evalOp is the operation of an evaluation endpoint.
func evalOp(summary string, req, res obj) obj {
	ok := jsonBody(res)
	ok["description"] = "the evaluation, with its structured trace and citations"
	ok["headers"] = obj{"Wzpolicy-Book-Hash": obj{"$ref": "#/components/headers/BookHash"},
		"Content-Language": obj{"$ref": "#/components/headers/ContentLanguage"}}
	body := jsonBody(req)
	body["required"] = true
	return obj{"post": obj{
		"summary":     summary,
		"parameters":  []any{acceptLanguage()},
		"requestBody": body,
		"responses": obj{
			"200": ok, "400": errRef("BadRequest"), "404": errRef("NotFound"), "408": errRef("Timeout"),
			"413": errRef("TooLarge"), "415": errRef("UnsupportedMediaType"), "422": errRef("Unprocessable"),
			"500": errRef("Internal"),
		},
	}}
}

func acceptLanguage() obj {
	return obj{"name": "Accept-Language", "in": "header", "required": false, "schema": obj{"type": "string"},
		"description": "zh (the default) or en, with q-values as HTTP has them: the language of messages"}
}

func getOp(summary string, res obj, notFound bool) obj {
	ok := jsonBody(res)
	ok["description"] = summary
	responses := obj{"200": ok}
	if notFound {
		responses["404"] = errRef("NotFound")
	}
	return obj{"get": obj{"summary": summary, "responses": responses}}
}

func idParam(what string) obj {
	return obj{"name": "id", "in": "path", "required": true, "schema": obj{"type": "string"}, "description": "the " + what + "'s catalogue ID"}
}

func paths() obj {
	list := func(item string) obj { return obj{"type": "array", "items": ref(item)} }
	ruleOne := getOp("a rule: its inputs with their schema, outputs, clause and period in force", ref("RuleInfo"), true)
	ruleOne["parameters"] = []any{idParam("rule")}
	groupOne := getOp("a take-the-higher group and its members", ref("GroupInfo"), true)
	groupOne["parameters"] = []any{idParam("group")}
	groupEval := evalOp("evaluate a take-the-higher group: the member paid and every member's result", ref("GroupCaseAny"), ref("GroupResultAny"))
	groupEval["parameters"] = []any{idParam("group")}
	params := getOp("the parameters of each book: the figures the documents set, with their history and citations", list("ParamInfo"), true)
	params["get"].(obj)["parameters"] = []any{obj{"name": "domain", "in": "query", "required": false,
		"schema": obj{"enum": domainNames()}, "description": "one domain's parameters only"}}

	batchReq := obj{"content": obj{
		"application/json":     obj{"schema": obj{"type": "array", "items": ref("AnyCase"), "maxItems": maxBatchCases}},
		"application/x-ndjson": obj{"schema": ref("AnyCase"), "description": "one case a line"},
	}, "required": true}
	batchRes := obj{"description": "each case's result or error, in the order of the cases: a JSON array for a JSON array, one line each for NDJSON",
		"headers": obj{"Wzpolicy-Book-Hash": obj{"$ref": "#/components/headers/BookHash"}},
		"content": obj{
			"application/json":     obj{"schema": obj{"type": "array", "items": ref("BatchItem")}},
			"application/x-ndjson": obj{"schema": ref("BatchItem"), "description": "one item a line"},
		}}
	return obj{
		"/v1/rules":            getOp("every rule: ID, domain, titles, clause, period in force", list("RuleSummary"), false),
		"/v1/rules/{id}":       ruleOne,
		"/v1/groups":           getOp("every take-the-higher group", list("GroupInfo"), false),
		"/v1/groups/{id}":      groupOne,
		"/v1/params":           params,
		"/v1/documents":        getOp("the documents each book cites", list("DomainDocuments"), false),
		"/v1/eval":             evalOp("evaluate a case: a rule's, a group's or an assessment's", ref("AnyCase"), ref("AnyResult")),
		"/v1/groups/{id}/eval": groupEval,
		"/v1/assess/welfare":   evalOp("assess a household (温政发〔2022〕6号 and the welfare documents)", ref("HouseholdCase"), ref("Statement")),
		"/v1/assess/relief":    evalOp("assess a firm's claims (relief)", ref("FirmCase"), ref("Assessment")),
		"/v1/batch": obj{"post": obj{
			"summary":     "evaluate many cases; one bad case never stops the others",
			"parameters":  []any{acceptLanguage()},
			"requestBody": batchReq,
			"responses": obj{"200": batchRes, "400": errRef("BadRequest"), "408": errRef("Timeout"),
				"413": errRef("TooLarge"), "415": errRef("UnsupportedMediaType")},
		}},
		"/healthz":      getOp("the service is up and every book compiled", ref("Health"), false),
		"/openapi.json": obj{"get": obj{"summary": "this document", "responses": obj{"200": obj{"description": "the OpenAPI document"}}}},
	}
}

func domainNames() []string {
	var out []string
	for _, d := range wzpolicy.Domains() {
		out = append(out, d.Name)
	}
	return out
}
