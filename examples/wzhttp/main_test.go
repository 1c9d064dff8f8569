package main

import (
	"encoding/json"
	"github.com/wzpolicy/wzpolicy"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func call(t *testing.T, method, path, body string) (int, map[string]any) {
	t.Helper()
	status, _, raw := send(t, method, path, "application/json", body)
	var out any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s %s: not JSON: %v\n%s", method, path, err, raw)
	}
	if m, ok := out.(map[string]any); ok {
		return status, m
	}
	return status, map[string]any{"list": out}
}

// send makes a request of the API with the given Content-Type ("" for
// none) and returns the status, the headers and the body.
func send(t *testing.T, method, path, contentType, body string) (int, http.Header, []byte) {
	t.Helper()
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
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

// The same figure as the library: 温政发〔2022〕8号 附件1, 20 元/平方米·月 ×
// 90 平方米 × 18 months = 32,400 元; the result is the library's JSON, with
// its structured trace.
func TestEval(t *testing.T) {
	code, out := call(t, "POST", "/v1/eval", `{"rule": "expropriation.temporary_resettlement.fee", "date": "2022-06-01",
		"inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "rate": "20", "months": 18, "plan_date": "2022-05-20"}}`)
	if code != 200 || out["value"] != "32400" || out["eligible"] != true || out["unit"].(map[string]any)["zh"] != "元" {
		t.Fatalf("%d %v", code, out)
	}
	if cites := out["citations"].([]any); len(cites) != 4 {
		t.Errorf("citations %v, want the 4 the rule rests on", cites)
	}
	// The trace: each input, then the parameters read (the 鹿城区 住宅用房
	// range of 附件1, 12–26), then definitions and the output.
	var kinds []string
	var rateMin any
	for _, s := range out["trace"].([]any) {
		step := s.(map[string]any)
		kinds = append(kinds, step["kind"].(string))
		if step["name"] == "resettlement_rate_min" {
			rateMin = step["value"]
		}
	}
	if len(kinds) < 8 || kinds[0] != "input" || kinds[len(kinds)-1] != "output" || rateMin != "12" {
		t.Errorf("trace kinds %v, lowest rate %v: want inputs first, the output last and 12 from 附件1", kinds, rateMin)
	}
}

func TestEvalNotEligible(t *testing.T) {
	code, out := call(t, "POST", "/v1/eval", `{"rule": "roads.subsidy.maintenance_works", "date": "2023-03-01", "lang": "en",
		"inputs": {"county": "瑞安市", "year": 2023, "county_road_km": "10"}}`)
	failed := out["failed"].([]any)
	if code != 200 || out["eligible"] != false || len(failed) != 1 || failed[0].(map[string]any)["name"] != "four_districts_or_five_counties" {
		t.Fatalf("%d %v", code, out)
	}
}

func TestEvalErrors(t *testing.T) {
	for _, c := range []struct {
		name, body string
		status     int
		code       string
		field      string
	}{
		{"bad JSON", `{"rule": `, 400, "bad_request", ""},
		{"unknown key", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "input": {}}`, 400, "bad_request", ""},
		{"bad date", `{"rule": "expropriation.moving.fee", "date": "June"}`, 400, "invalid_input", "date"},
		{"unknown rule", `{"rule": "welfare.nothing", "date": "2022-06-01"}`, 404, "unknown_rule", ""},
		{"invalid input", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "瑞安市", "use": "住宅用房", "area": 90}}`, 422, "invalid_input", "district"},
		{"not in force", `{"rule": "expropriation.moving.fee", "date": "2022-03-04", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-03-04"}}`, 422, "not_in_force", ""},
		{"case by case", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "工业用房", "area": 90}}`, 422, "case_by_case", ""},
		{"a float", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90.5, "plan_date": "2022-05-20"}}`, 200, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, out := call(t, "POST", "/v1/eval", c.body)
			if status != c.status {
				t.Fatalf("status %d, want %d: %v", status, c.status, out)
			}
			if c.code == "" {
				return
			}
			e := out["error"].(map[string]any)
			if e["code"] != c.code || (c.field != "" && e["field"] != c.field) {
				t.Errorf("error %v, want code %s field %s", e, c.code, c.field)
			}
		})
	}
}

func TestRules(t *testing.T) {
	code, out := call(t, "GET", "/v1/rules", "")
	list := out["list"].([]any)
	if code != 200 || len(list) < 70 {
		t.Fatalf("%d, %d rules", code, len(list))
	}
	code, out = call(t, "GET", "/v1/rules/expropriation.temporary_resettlement.range", "")
	if code != 200 || len(out["inputs"].([]any)) != 2 || out["in_force"].(map[string]any)["to"] != "2024-03-04" {
		t.Fatalf("%d %v", code, out)
	}
	if code, _ := call(t, "GET", "/v1/rules/nothing", ""); code != 404 {
		t.Errorf("unknown rule: %d", code)
	}
}

// errorCodes are the stable codes of the API's errors (the package
// documentation lists them).
var errorCodes = map[string]bool{
	"bad_request": true, "invalid_input": true, "unknown_rule": true, "not_found": true,
	"method_not_allowed": true, "timeout": true, "body_too_large": true, "unsupported_media_type": true,
	"not_in_force": true, "case_by_case": true, "evaluation": true, "internal": true, "overloaded": true,
	"too_many_cases": true,
}

// goTypeNames are what encoding/json and fmt's %T put in messages.
var goTypeNames = regexp.MustCompile(`interface \{\}|Go struct|Go value|of type|map\[|\[\]|json\.|(^|[^.\w])json:|decimal\.|rules\.|rules:|main\.|float64|int64`)

// checkError checks that an answer is a JSON error with a known code and a
// message naming no Go type, and returns the error.
func checkError(t *testing.T, status int, header http.Header, raw []byte) map[string]any {
	t.Helper()
	if ct := header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("status %d with Content-Type %q: %s", status, ct, raw)
	}
	var out struct {
		Error map[string]any `json:"error"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || out.Error == nil {
		t.Fatalf("status %d: not a JSON error: %v\n%s", status, err, raw)
	}
	code, _ := out.Error["code"].(string)
	msg, _ := out.Error["message"].(string)
	if !errorCodes[code] {
		t.Errorf("unknown code %q: %s", code, raw)
	}
	if msg == "" || goTypeNames.MatchString(msg) || strings.ContainsAny(msg, "\n\r") {
		t.Errorf("message %q: empty, naming a Go type or more than a line", msg)
	}
	return out.Error
}

const movingFee = `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "plan_date": "2022-05-20"}}`

// The issue: errors leaked Go type names; trailing data, case-insensitive
// field names and any Content-Type were accepted; a group's ID gave 422
// where other unknown IDs gave 404. Every refusal is a JSON error with a
// stable code.
func TestStrictRequests(t *testing.T) {
	big := `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "` + strings.Repeat("x", maxCaseBytes) + `"}}`
	bigRule := `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "` + strings.Repeat("x", wzpolicy.MaxCaseBytes) + `"}}`
	for _, c := range []struct {
		name, contentType, body string
		status                  int
		code, field             string
	}{
		{"accepted", "application/json", movingFee, 200, "", ""},
		{"charset utf-8", "application/json; charset=UTF-8", movingFee, 200, "", ""},
		{"no Content-Type", "", movingFee, 415, "unsupported_media_type", ""},
		{"text/plain", "text/plain", movingFee, 415, "unsupported_media_type", ""},
		{"a form", "application/x-www-form-urlencoded", movingFee, 415, "unsupported_media_type", ""},
		{"another charset", "application/json; charset=latin1", movingFee, 415, "unsupported_media_type", ""},
		{"over 1 MiB", "application/json", big, 413, "body_too_large", ""},
		{"a rule's case over 64 KiB", "application/json", bigRule, 400, "bad_request", ""},
		{"trailing data", "application/json", movingFee + " garbage", 400, "bad_request", ""},
		{"two objects", "application/json", movingFee + movingFee, 400, "bad_request", ""},
		{"RULE", "application/json", `{"RULE": "expropriation.moving.fee", "date": "2022-06-01"}`, 400, "bad_request", "RULE"},
		{"Date", "application/json", `{"rule": "expropriation.moving.fee", "Date": "2022-06-01"}`, 400, "bad_request", "Date"},
		{"a field twice", "application/json", `{"rule": "welfare.nothing", "rule": "expropriation.moving.fee", "date": "2022-06-01"}`, 400, "bad_request", "rule"},
		{"rule a number", "application/json", `{"rule": 5, "date": "2022-06-01"}`, 400, "bad_request", "rule"},
		{"inputs a list", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": [1]}`, 400, "bad_request", "inputs"},
		{"inputs null", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": null}`, 400, "bad_request", "inputs"},
		{"no rule", "application/json", `{"date": "2022-06-01"}`, 400, "bad_request", "rule"},
		{"no date", "application/json", `{"rule": "expropriation.moving.fee"}`, 400, "invalid_input", "date"},
		{"empty", "application/json", ``, 400, "bad_request", ""},
		{"not an object", "application/json", `"expropriation.moving.fee"`, 400, "bad_request", ""},
		{"not UTF-8", "application/json", "{\"rule\": \"\xff\", \"date\": \"2022-06-01\"}", 400, "bad_request", ""},
		{"lang", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "lang": "EN"}`, 400, "bad_request", "lang"},
		{"an input an object", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": {}}}`, 422, "invalid_input", "area"},
		{"an input a list", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": [90]}}`, 422, "invalid_input", "area"},
		{"an input null", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": null}}`, 422, "invalid_input", "area"},
		{"an input twice", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "area": 900}}`, 422, "invalid_input", "area"},
		{"a number given true", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": true}}`, 422, "invalid_input", "area"},
		{"a bool given a number", "application/json", `{"rule": "welfare.worker.living_aid", "date": "2022-06-01", "inputs": {"registered": 1}}`, 422, "invalid_input", "registered"},
		{"a text given a number", "application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": 1, "use": "住宅用房", "area": 90}}`, 422, "invalid_input", "district"},
		{"a date not a date", "application/json", `{"rule": "welfare.elderly.high_age_allowance", "date": "2022-06-01", "inputs": {"birth_date": "June"}}`, 422, "invalid_input", "birth_date"},
		{"a group's ID", "application/json", `{"rule": "welfare.group.housing", "date": "2022-06-01"}`, 404, "unknown_rule", ""},
		{"an unknown ID", "application/json", `{"rule": "welfare.nothing", "date": "2022-06-01"}`, 404, "unknown_rule", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, header, raw := send(t, "POST", "/v1/eval", c.contentType, c.body)
			if status != c.status {
				t.Fatalf("status %d, want %d: %s", status, c.status, raw)
			}
			if c.code == "" {
				return
			}
			e := checkError(t, status, header, raw)
			if e["code"] != c.code || e["field"] != nil && e["field"] != c.field || e["field"] == nil && c.field != "" {
				t.Errorf("error %v, want code %s field %q", e, c.code, c.field)
			}
		})
	}
}

// The issue: 404 and 405 were text/plain.
func TestNotFoundAndMethodsAreJSON(t *testing.T) {
	for _, c := range []struct {
		method, path string
		status       int
		code, allow  string
	}{
		{"GET", "/nothing", 404, "not_found", ""},
		{"GET", "/v1/rules/", 404, "not_found", ""},
		{"GET", "/v1/rules/nothing", 404, "unknown_rule", ""},
		{"GET", "/v1/rules/welfare.group.housing", 404, "unknown_rule", ""},
		{"DELETE", "/v1/eval", 405, "method_not_allowed", "POST"},
		{"GET", "/v1/eval", 405, "method_not_allowed", "POST"},
		{"POST", "/v1/rules", 405, "method_not_allowed", "GET, HEAD"},
		{"PUT", "/v1/rules/expropriation.moving.fee", 405, "method_not_allowed", "GET, HEAD"},
	} {
		status, header, raw := send(t, c.method, c.path, "", "")
		if status != c.status {
			t.Errorf("%s %s: status %d, want %d: %s", c.method, c.path, status, c.status, raw)
			continue
		}
		if e := checkError(t, status, header, raw); e["code"] != c.code {
			t.Errorf("%s %s: code %v, want %s", c.method, c.path, e["code"], c.code)
		}
		if header.Get("Allow") != c.allow {
			t.Errorf("%s %s: Allow %q, want %q", c.method, c.path, header.Get("Allow"), c.allow)
		}
	}
}
