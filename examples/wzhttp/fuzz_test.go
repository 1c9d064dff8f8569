package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// seeds adds the worked cases of every domain (*/testdata/*.yaml), rules'
// and groups', each as the body of a request, a household's and a firm's
// case, and a few bodies the decoder must refuse.
func seeds(f *testing.F) {
	f.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "*", "testdata", "*.yaml"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no worked cases: %v", err)
	}
	n := 0
	for _, path := range files {
		cases, err := rulestest.Load(path)
		if err != nil {
			f.Fatal(err)
		}
		for i, c := range cases {
			f.Add("application/json", []byte(caseBody(f, c, []string{"", "en"}[i%2])))
			n++
		}
	}
	f.Add("application/json", []byte(`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-01-01"}]}, "standards": {"Dibao": 1085}}}`))
	f.Add("application/json", []byte(`{"assessment": "relief.firm", "date": "2022-05-16", "inputs": {"firm": {"Registration": "鹿城区", "Size": "小型"}}}`))
	if n < 100 {
		f.Fatalf("only %d worked cases", n)
	}
	for _, s := range []struct{ ct, body string }{
		{"application/json", movingFee},
		{"application/json; charset=utf-8", movingFee + " "},
		{"application/json", movingFee + "{}"},
		{"text/plain", movingFee},
		{"", ""},
		{"application/json", `{"RULE": "expropriation.moving.fee", "date": "2022-06-01"}`},
		{"application/json", `{"rule": "a", "rule": "b", "date": "2022-06-01"}`},
		{"application/json", `{"rule": 5, "date": "2022-06-01", "inputs": {"a": {}}}`},
		{"application/json", `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"area": [1], "area": null}}`},
		{"application/json", `[{"rule": "expropriation.moving.fee"}]`},
		{"application/json", "{\"rule\": \"\xff\"}"},
		{"application/json", `{"rule": "x", "date": "2022-02-30", "lang": "fr"}`},
		{"application/json", `{"rule": "x", "date": "2022-06-01", "inputs": {"a\n": 1e400, "b": "12.5%", "c": true}}`},
	} {
		f.Add(s.ct, []byte(s.body))
	}
}

// caseFields are the fields of a case (caseapi: rule, group or assessment,
// date, inputs, lang).
var caseFields = []string{"rule", "group", "assessment", "date", "inputs", "lang"}

// FuzzDecodeRequest reads any body with any Content-Type as the body of
// POST /v1/eval. It must never panic; every refusal is a JSON error with a
// known code and a one-line message naming no Go type, in Chinese or in
// English; every case accepted was sent as JSON, is one JSON object with
// only the fields of a case, and reads back the same once written out
// again.
func FuzzDecodeRequest(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		r := httptest.NewRequest("POST", "/v1/eval", bytes.NewReader(body))
		r.Header.Set("Content-Type", contentType)
		lang := rules.Chinese
		if len(body)%2 == 1 {
			lang = rules.English
		}
		w := httptest.NewRecorder()
		raw, _, e := readBody(w, r, maxCaseBytes, "application/json")
		var c theCase
		if e == nil {
			c, e = decodeCase(raw)
		}
		if e != nil {
			if !slices.Contains([]int{400, 413, 415, 422}, e.status) {
				t.Fatalf("status %d for %v", e.status, e)
			}
			fail(w, r, lang, e)
			got := checkError(t, e.status, w.Result().Header, w.Body.Bytes())
			if got["code"] != e.code {
				t.Fatalf("code %v, want %s", got["code"], e.code)
			}
			return
		}
		if _, ok := mediaType(contentType, "application/json"); !ok || len(body) > maxCaseBytes || !json.Valid(body) {
			t.Fatalf("accepted %q with Content-Type %q", body, contentType)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(body, &fields); err != nil {
			t.Fatalf("accepted %q: %v", body, err)
		}
		for k := range fields {
			if !slices.Contains(caseFields, k) {
				t.Fatalf("accepted the field %q", k)
			}
		}
		again, e := decodeCase(c.Encode())
		if e != nil {
			t.Fatalf("%q, written out as %s, is refused: %v", body, c.Encode(), e)
		}
		if !reflect.DeepEqual(c, again) {
			t.Fatalf("%q reads as %#v, written out and read again as %#v", body, c, again)
		}
	})
}

// FuzzEvalRequest sends any body to POST /v1/eval: every answer is 200 with
// a result and its book's hash, or a JSON error with a known code and a
// message naming no Go type, and never 500 — a 500 is a defect of a rule
// or of the server.
func FuzzEvalRequest(f *testing.F) {
	seeds(f)
	h := handler(defaultConfig())
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		r := httptest.NewRequest("POST", "/v1/eval", bytes.NewReader(body))
		r.Header.Set("Content-Type", contentType)
		if len(body)%2 == 1 {
			r.Header.Set("Accept-Language", "en")
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code == http.StatusOK {
			// A rule's result names its book in its receipt; a group's,
			// a statement and an assessment in the header only.
			var out struct {
				Rule    string `json:"rule"`
				Receipt struct {
					Book string `json:"book"`
				} `json:"receipt"`
			}
			hash := w.Header().Get("Wzpolicy-Book-Hash")
			if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil || !strings.HasPrefix(hash, "sha256:") ||
				out.Rule != "" && out.Receipt.Book != hash {
				t.Fatalf("200 without a result and its book's hash: %v\n%s", err, w.Body.Bytes())
			}
			return
		}
		checkError(t, w.Code, w.Result().Header, w.Body.Bytes())
		if w.Code >= 500 {
			t.Fatalf("%d for %q: %s", w.Code, body, w.Body.Bytes())
		}
	})
}
