package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"github.com/shopspring/decimal"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// The served document is checked against the served behaviour with a JSON
// Schema 2020-12 validator (santhosh-tekuri/jsonschema/v6, a test-only
// dependency of this module: the standard library has none, and the
// schemas must be checked by an implementation of the standard, not by
// this module's own reading of it).

const specURL = "https://wzhttp.test/openapi.json"

// spec is the served OpenAPI document, its schemas compiled on demand.
type spec struct {
	doc      map[string]any
	mu       sync.Mutex
	compiler *jsonschema.Compiler
	compiled map[string]*jsonschema.Schema
}

func loadSpec(t testing.TB, base string) *spec {
	t.Helper()
	resp, err := http.Get(base + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("GET /openapi.json: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	doc, err := jsonschema.UnmarshalJSON(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(specURL, doc); err != nil {
		t.Fatal(err)
	}
	return &spec{doc: doc.(map[string]any), compiler: c, compiled: map[string]*jsonschema.Schema{}}
}

// schema compiles the schema at a JSON pointer of the document; a name
// without "/" is a component schema's.
func (s *spec) schema(t testing.TB, ptr string) *jsonschema.Schema {
	t.Helper()
	if !strings.Contains(ptr, "/") {
		ptr = "/components/schemas/" + ptr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.compiled[ptr]; ok {
		return sch
	}
	sch, err := s.compiler.Compile(specURL + "#" + ptr)
	if err != nil {
		t.Fatalf("schema %s does not compile: %v", ptr, err)
	}
	s.compiled[ptr] = sch
	return sch
}

// check validates JSON against the schema at ptr.
func (s *spec) check(t testing.TB, ptr string, raw []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	return s.schema(t, ptr).Validate(v)
}

// pathSchema is the pointer of a path's request body or response schema.
func pathSchema(path, method, part string) string {
	p := "/paths/" + strings.ReplaceAll(strings.ReplaceAll(path, "~", "~0"), "/", "~1") + "/" + method
	if part == "request" {
		return p + "/requestBody/content/application~1json/schema"
	}
	return p + "/responses/" + part + "/content/application~1json/schema"
}

// documents reports whether the document lists the status among the
// responses of a path's method, as an error of the ErrorBody shape.
func (s *spec) documents(t testing.TB, path, method string, status int) bool {
	t.Helper()
	op, _ := s.doc["paths"].(map[string]any)[path].(map[string]any)[method].(map[string]any)
	r, ok := op["responses"].(map[string]any)[fmt.Sprint(status)].(map[string]any)
	if !ok {
		return false
	}
	name := strings.TrimPrefix(fmt.Sprint(r["$ref"]), "#/components/responses/")
	resp, _ := s.doc["components"].(map[string]any)["responses"].(map[string]any)[name].(map[string]any)
	sch, _ := resp["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
	return sch["$ref"] == "#/components/schemas/ErrorBody"
}

func post(t testing.TB, url, ct, body string, header ...string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", ct)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, raw
}

func get(t testing.TB, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, raw)
	}
	return raw
}

// workedCases are the worked cases of every domain (*/testdata/*.yaml):
// their expected figures are worked by hand from the documents, each with
// its clause.
func workedCases(t testing.TB) []rulestest.Case {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "*", "testdata", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no worked cases: %v", err)
	}
	var all []rulestest.Case
	for _, path := range files {
		cases, err := rulestest.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, cases...)
	}
	return all
}

// caseBody is a worked case as the body of POST /v1/eval.
func caseBody(t testing.TB, c rulestest.Case, lang string) string {
	t.Helper()
	body := map[string]any{"date": c.Date.String()}
	if c.Members != nil {
		body["group"] = c.Rule
		body["inputs"] = c.Members
	} else {
		body["rule"] = c.Rule
		if c.Inputs != nil {
			body["inputs"] = c.Inputs
		}
	}
	if lang != "" {
		body["lang"] = lang
	}
	raw, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// TestServedMatchesOpenAPI sends every worked case of the repository to
// POST /v1/eval and checks that the request and the answer validate
// against the schemas of the served /openapi.json — the case's own
// (Case.<rule>, Result.<rule>) and the path's — and that the answer gives
// the figures the case works out by hand, or the error it expects, in the
// documented error shape.
func TestServedMatchesOpenAPI(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	if s.doc["openapi"] != "3.1.0" {
		t.Fatalf("openapi %v, want 3.1.0", s.doc["openapi"])
	}
	cases := workedCases(t)
	if len(cases) < 300 {
		t.Fatalf("only %d worked cases", len(cases))
	}
	reqAny := pathSchema("/v1/eval", "post", "request")
	resAny := pathSchema("/v1/eval", "post", "200")
	var ok, refused, validated int
	// Validating a result is slow (a result is tens of kilobytes, its
	// trace and citations included): every request is validated, and the
	// answers to the first cases of each rule, answered or refused.
	seen := map[string]int{}
	for i, c := range cases {
		lang := []string{"", "zh", "en"}[i%3]
		body := caseBody(t, c, lang)
		own, result := "Case."+c.Rule, "Result."+c.Rule
		if c.Members != nil {
			own, result = "GroupCase."+c.Rule, "GroupResult."+c.Rule
		}
		reqErr := s.check(t, own, []byte(body))
		seen[c.Rule]++
		full := seen[c.Rule] <= 2
		if full {
			validated++
		}
		if reqErr == nil && full {
			if err := s.check(t, reqAny, []byte(body)); err != nil {
				t.Errorf("%s: the request passes %s but not the path's schema: %v", c.Source, own, err)
			}
		}
		status, header, raw := post(t, srv.URL+"/v1/eval", "application/json", body)
		if status == 200 {
			ok++
			// An input the schema requires is one an eligible case gives: a
			// case that fails a condition before the rule reads it is
			// answered, not eligible, without it.
			if reqErr != nil && !(onlyMissing(reqErr) && c.Eligible == nil && c.Failed != nil) {
				t.Errorf("%s: the server accepts a request its document refuses: %v\n%s", c.Source, reqErr, body)
			}
			if !full {
				// checked below against the case's figures only
			} else if err := s.check(t, result, raw); err != nil {
				t.Errorf("%s: the answer does not match %s: %v", c.Source, result, err)
			} else if seen[c.Rule] == 1 {
				if err := s.check(t, resAny, raw); err != nil {
					t.Errorf("%s: the answer does not match the path's schema: %v", c.Source, err)
				}
			}
			if hash := header.Get("Wzpolicy-Book-Hash"); !strings.HasPrefix(hash, "sha256:") {
				t.Errorf("%s: Wzpolicy-Book-Hash %q", c.Source, hash)
			}
			if p := wantFigures(c, raw); p != "" {
				t.Errorf("%s (%s): %s", c.Source, c.Clause, p)
			}
			continue
		}
		refused++
		if !s.documents(t, "/v1/eval", "post", status) {
			t.Errorf("%s: status %d is not among the path's responses", c.Source, status)
		}
		if err := s.check(t, "ErrorBody", raw); err != nil {
			t.Errorf("%s: status %d, the error does not match ErrorBody: %v\n%s", c.Source, status, err, raw)
		}
		if err := s.check(t, result, raw); err == nil {
			t.Errorf("%s: an error passes as a result", c.Source)
		}
		var re *rules.Error
		if !errors.As(c.Err, &re) {
			t.Errorf("%s (%s): status %d, the case expects a result: %s", c.Source, c.Clause, status, raw)
			continue
		}
		var e struct{ Error errorJSON }
		_ = json.Unmarshal(raw, &e)
		if e.Error.Code != string(re.Code) {
			t.Errorf("%s: code %q, the case expects %q", c.Source, e.Error.Code, re.Code)
		}
		if c.Field != "" && e.Error.Field != c.Field {
			t.Errorf("%s: field %q, the case expects %q", c.Source, e.Error.Field, c.Field)
		}
		if c.Message != "" && lang != "en" && e.Error.Message != c.Message {
			t.Errorf("%s: message %q, the case expects %q", c.Source, e.Error.Message, c.Message)
		}
	}
	if len(seen) < 90 {
		t.Errorf("worked cases of only %d rules and groups", len(seen))
	}
	t.Logf("%d worked cases of %d rules and groups: %d answered, %d refused as they expect; %d answers validated in full",
		len(cases), len(seen), ok, refused, validated)
}

// onlyMissing reports whether a validation failed only for properties
// missing.
func onlyMissing(err error) bool {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return false
	}
	var leaves func(e *jsonschema.ValidationError) bool
	leaves = func(e *jsonschema.ValidationError) bool {
		if len(e.Causes) == 0 {
			_, ok := e.ErrorKind.(*kind.Required)
			return ok
		}
		for _, c := range e.Causes {
			if !leaves(c) {
				return false
			}
		}
		return true
	}
	return leaves(ve)
}

// served is what a worked case's expectations read of an answer: the
// figures, the failed conditions, and a group's choice.
type served struct {
	Eligible *bool  `json:"eligible"`
	Chosen   string `json:"chosen"`
	Type     string `json:"type"`
	Value    any    `json:"value"`
	Unit     *struct {
		Percent bool `json:"percent"`
	} `json:"unit"`
	Figures []struct {
		Name  string `json:"name"`
		Type  string `json:"type"`
		Value any    `json:"value"`
	} `json:"figures"`
	Failed []struct {
		Name string `json:"name"`
	} `json:"failed"`
}

// wantFigures checks a served answer against the figures a worked case
// expects; it returns the differences.
func wantFigures(c rulestest.Case, raw []byte) string {
	if c.Err != nil {
		return fmt.Sprintf("the case expects the error %v, the server answered", c.Err)
	}
	var got served
	if err := json.Unmarshal(raw, &got); err != nil {
		return err.Error()
	}
	var p []string
	if c.Members != nil {
		if w, ok := c.Want["chosen"]; ok && w != got.Chosen {
			p = append(p, fmt.Sprintf("chosen %q, want %q", got.Chosen, w))
		}
		if w, ok := c.Want["value"]; ok && !sameValue(got.Type, got.Value, w, c.Tolerance) {
			p = append(p, fmt.Sprintf("value %v, want %s", got.Value, w))
		}
		return strings.Join(p, "; ")
	}
	for name, w := range c.Want {
		found := false
		for _, f := range got.Figures {
			if f.Name == name {
				found = true
				if !sameValue(f.Type, f.Value, w, c.Tolerance) {
					p = append(p, fmt.Sprintf("%s = %v, want %s", name, f.Value, w))
				}
			}
		}
		if !found {
			p = append(p, "no figure "+name)
		}
	}
	eligible := c.Eligible
	if c.Failed != nil {
		no := false
		eligible = &no
		var names []string
		for _, f := range got.Failed {
			names = append(names, f.Name)
		}
		if strings.Join(names, ",") != strings.Join(c.Failed, ",") {
			p = append(p, fmt.Sprintf("failed %v, want %v", names, c.Failed))
		}
	}
	if eligible != nil && (got.Eligible == nil || *eligible != *got.Eligible) {
		p = append(p, fmt.Sprintf("eligible %v, want %t", got.Eligible, *eligible))
	}
	return strings.Join(p, "; ")
}

// sameValue compares a served value with one a worked case writes: numbers
// by value ("54000.00" is 54000; "5%" is 0.05), within the case's
// tolerance; other values by their text.
func sameValue(typ string, v any, want string, tol decimal.Decimal) bool {
	if typ != "number" {
		return fmt.Sprint(v) == want
	}
	s, _ := v.(string)
	got, err := decimal.NewFromString(s)
	if err != nil {
		return false
	}
	w := strings.TrimSpace(want)
	pct := strings.HasSuffix(w, "%")
	d, err := decimal.NewFromString(strings.TrimSuffix(w, "%"))
	if err != nil {
		return false
	}
	if pct {
		d = d.Shift(-2)
	}
	return got.Sub(d).Abs().LessThanOrEqual(tol)
}

// The document is generated from the books: every rule has its schemas,
// and ranges are numbers. The area of a temporary resettlement (温政发〔2022〕8号
// 附件1) is a floor area above 0 in square metres.
func TestOpenAPIFromBooks(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	schemas := s.doc["components"].(map[string]any)["schemas"].(map[string]any)
	var list []struct{ ID string }
	if err := json.Unmarshal(get(t, srv.URL+"/v1/rules"), &list); err != nil || len(list) < 90 {
		t.Fatalf("%d rules: %v", len(list), err)
	}
	for _, r := range list {
		for _, k := range []string{"Inputs.", "Case.", "Result."} {
			if schemas[k+r.ID] == nil {
				t.Errorf("no schema %s%s", k, r.ID)
			}
		}
		_ = s.schema(t, "Case."+r.ID)
		// A rule described alone carries the same schema of its inputs.
		var info struct {
			InputSchema json.RawMessage `json:"input_schema"`
		}
		raw := get(t, srv.URL+"/v1/rules/"+r.ID)
		if err := s.check(t, "RuleInfo", raw); err != nil {
			t.Errorf("/v1/rules/%s: %v", r.ID, err)
		}
		_ = json.Unmarshal(raw, &info)
		served, _ := json.Marshal(schemas["Inputs."+r.ID])
		if !jsonEqual(info.InputSchema, served) {
			t.Errorf("/v1/rules/%s: its input_schema is not the document's", r.ID)
		}
		// Every range is numbers.
		props, _ := schemas["Inputs."+r.ID].(map[string]any)["properties"].(map[string]any)
		for name, p := range props {
			for _, k := range []string{"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"} {
				if v, ok := p.(map[string]any)[k]; ok {
					if _, isNum := v.(json.Number); !isNum {
						t.Errorf("%s.%s: %s is %T, not a number", r.ID, name, k, v)
					}
				}
			}
		}
	}
	area := schemas["Inputs.expropriation.temporary_resettlement.fee"].(map[string]any)["properties"].(map[string]any)["area"].(map[string]any)
	if area["exclusiveMinimum"] != json.Number("0") || area["minimum"] != nil || area["x-unit"].(map[string]any)["zh"] != "平方米" {
		t.Errorf("area: %v, want exclusiveMinimum 0 in 平方米", area)
	}
	district := schemas["Inputs.expropriation.temporary_resettlement.fee"].(map[string]any)["properties"].(map[string]any)["district"].(map[string]any)
	if fmt.Sprint(district["enum"]) != "[鹿城区 龙湾区 瓯海区 洞头区 瓯江口产业集聚区 浙南产业集聚区]" {
		t.Errorf("district: enum %v, want the six areas of 附件1", district["enum"])
	}
	req := schemas["Inputs.expropriation.temporary_resettlement.fee"].(map[string]any)["required"]
	if fmt.Sprint(req) != "[district use area rate months plan_date]" {
		t.Errorf("required %v", req)
	}
	// The listings match their schemas.
	for path, ptr := range map[string]string{
		"/v1/rules": pathSchema("/v1/rules", "get", "200"), "/v1/groups": pathSchema("/v1/groups", "get", "200"),
		"/v1/params": pathSchema("/v1/params", "get", "200"), "/v1/params?domain=welfare": pathSchema("/v1/params", "get", "200"),
		"/v1/documents": pathSchema("/v1/documents", "get", "200"), "/healthz": pathSchema("/healthz", "get", "200"),
		"/v1/groups/welfare.group.housing": "GroupInfo",
	} {
		if err := s.check(t, ptr, get(t, srv.URL+path)); err != nil {
			t.Errorf("GET %s: %v", path, err)
		}
	}
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return fmt.Sprint(x) == fmt.Sprint(y)
}

// The schemas are not vacuous: an answer or a request that departs from
// the documented shape fails them, and the server's refusals have the
// documented error shape.
func TestOpenAPIRefusesWhatItShould(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	status, _, raw := post(t, srv.URL+"/v1/eval", "application/json", movingFee)
	if status != 200 {
		t.Fatalf("%d %s", status, raw)
	}
	const rule = "Result.expropriation.moving.fee"
	if err := s.check(t, rule, raw); err != nil {
		t.Fatalf("the answer: %v", err)
	}
	var res map[string]any
	_ = json.Unmarshal(raw, &res)
	mutate := func(f func(m map[string]any)) []byte {
		var m map[string]any
		_ = json.Unmarshal(raw, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	for name, bad := range map[string][]byte{
		"no receipt":        mutate(func(m map[string]any) { delete(m, "receipt") }),
		"a key not written": mutate(func(m map[string]any) { m["explanation"] = "…" }),
		"another rule":      mutate(func(m map[string]any) { m["rule"] = "expropriation.temporary_resettlement.fee" }),
		"a number as JSON":  mutate(func(m map[string]any) { m["value"] = 1350 }),
		"a figure unknown":  mutate(func(m map[string]any) { m["figures"].([]any)[0].(map[string]any)["name"] = "nothing" }),
		"a bad step kind":   mutate(func(m map[string]any) { m["trace"].([]any)[0].(map[string]any)["kind"] = "guess" }),
	} {
		if s.check(t, rule, bad) == nil {
			t.Errorf("%s: passes %s", name, rule)
		}
	}
	for name, body := range map[string]string{
		"an area not above 0": `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 0, "plan_date": "2022-05-20"}}`,
		"a district unknown":  `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "瑞安市", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20"}}`,
		"an input unknown":    `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20", "floor": 3}}`,
		"an input missing":    `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "plan_date": "2022-05-20"}}`,
		"a number as words":   `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "ninety", "plan_date": "2022-05-20"}}`,
		"a date not a date":   `{"rule": "expropriation.moving.fee", "date": "June", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20"}}`,
		"a field unknown":     `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "input": {}}`,
	} {
		if err := s.check(t, "Case.expropriation.moving.fee", []byte(body)); err == nil {
			t.Errorf("%s: the request passes its schema", name)
		}
		status, header, raw := post(t, srv.URL+"/v1/eval", "application/json", body, "Accept-Language", "en")
		if status == 200 {
			t.Errorf("%s: answered 200: %s", name, raw)
			continue
		}
		if !s.documents(t, "/v1/eval", "post", status) {
			t.Errorf("%s: status %d is not among the path's responses", name, status)
		}
		if err := s.check(t, "ErrorBody", raw); err != nil {
			t.Errorf("%s: %d does not match the documented error: %v", name, status, err)
		}
		if header.Get("Content-Language") != "en" {
			t.Errorf("%s: Content-Language %q", name, header.Get("Content-Language"))
		}
	}
}

// Every reference of the document resolves within it, and every path's
// operation names its responses and, for a path with {id}, the parameter.
func TestOpenAPIReferencesResolve(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	refs := 0
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if r, ok := x["$ref"].(string); ok {
				refs++
				if resolve(s.doc, r) == nil {
					t.Errorf("$ref %q does not resolve", r)
				}
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(s.doc)
	if refs < 500 {
		t.Errorf("only %d references", refs)
	}
	for path, item := range s.doc["paths"].(map[string]any) {
		pi := item.(map[string]any)
		for _, method := range []string{"get", "post", "put", "delete", "patch"} {
			o, ok := pi[method].(map[string]any)
			if !ok {
				continue
			}
			if _, ok := o["responses"].(map[string]any)["200"]; !ok {
				t.Errorf("%s %s: no 200 response", method, path)
			}
			// A path's parameters are declared on its item or its operation.
			declared := fmt.Sprint(pi["parameters"], o["parameters"])
			if strings.Contains(path, "{id}") && !strings.Contains(declared, "name:id") {
				t.Errorf("%s %s: {id} not declared", method, path)
			}
		}
	}
}

// resolve follows a local reference "#/a/b~1c" in doc; nil when it does not
// resolve.
func resolve(doc map[string]any, ref string) any {
	ptr, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return nil
	}
	var cur any = doc
	for _, tok := range strings.Split(ptr, "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		if cur, ok = m[tok]; !ok {
			return nil
		}
	}
	return cur
}
