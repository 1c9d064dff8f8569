package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func call(t *testing.T, method, path, body string) (int, map[string]any) {
	t.Helper()
	srv := httptest.NewServer(handler())
	defer srv.Close()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if m, ok := out.(map[string]any); ok {
		return resp.StatusCode, m
	}
	return resp.StatusCode, map[string]any{"list": out}
}

// The same figure as the library: 附件1, 20 × 90 × 18 = 32,400.
func TestEval(t *testing.T) {
	code, out := call(t, "POST", "/v1/eval", `{"rule": "expropriation.temporary_resettlement.fee", "date": "2022-06-01",
		"inputs": {"district": "鹿城区", "use": "住宅用房", "area": 90, "rate": "20", "months": 18, "plan_date": "2022-05-20"}}`)
	if code != 200 || out["value"] != "32400" || out["eligible"] != true || out["unit"] != "元" {
		t.Fatalf("%d %v", code, out)
	}
	if cites := out["citations"].([]any); len(cites) != 4 || !strings.Contains(out["explanation"].(string), "临时安置费 fee = 32400.00 元") {
		t.Errorf("citations %v, explanation %v", cites, out["explanation"])
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
	if code != 200 || len(out["inputs"].([]any)) != 2 || out["in_force_to"] != "2024-03-04" {
		t.Fatalf("%d %v", code, out)
	}
	if code, _ := call(t, "GET", "/v1/rules/nothing", ""); code != 404 {
		t.Errorf("unknown rule: %d", code)
	}
}
