package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// workedAssessment is a worked assessment case of the repository
// (welfare/testdata/assessments, relief/testdata/assessments) as the case
// JSON the library writes (wzpolicy.Case.Encode), with the library's own
// answer to it: the statement or assessment as the library marshals it,
// or its error.
type workedAssessment struct {
	source, path string
	body         []byte
	want         []byte
	err          error
}

func assessmentCases(t *testing.T) []workedAssessment {
	t.Helper()
	var out []workedAssessment
	for _, dom := range []string{"welfare", "relief"} {
		files, err := filepath.Glob(filepath.Join("..", "..", dom, "testdata", "assessments", "*.yaml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no assessment cases of %s: %v", dom, err)
		}
		for _, f := range files {
			cases, err := rulestest.LoadAssessments(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cases {
				ac := workedAssessment{source: c.Source}
				wc := wzpolicy.Case{Assessment: c.Assessment, Date: c.Date}
				var answer any
				switch c.Assessment {
				case wzpolicy.AssessHousehold:
					var h welfare.Household
					var std welfare.LocalStandards
					if _, err := c.Facts("household", &h); err != nil {
						t.Fatal(err)
					}
					if _, err := c.Facts("standards", &std); err != nil {
						t.Fatal(err)
					}
					wc.Household, wc.Standards = &h, std
					ac.path = "/v1/assess/welfare"
					answer, ac.err = welfare.Default().Assess(c.Date, h, std)
				case wzpolicy.AssessFirm:
					var p relief.Profile
					var tiers relief.TierTable
					if _, err := c.Facts("profile", &p); err != nil {
						t.Fatal(err)
					}
					if _, err := c.Facts("tiers", &tiers); err != nil {
						t.Fatal(err)
					}
					wc.Firm, wc.Tiers = &p, tiers
					ac.path = "/v1/assess/relief"
					answer, ac.err = relief.Default().Assess(c.Date, p, tiers)
				default:
					t.Fatalf("%s: assessment %q", c.Source, c.Assessment)
				}
				ac.body = wc.Encode()
				if ac.err == nil {
					if ac.want, err = json.Marshal(answer); err != nil {
						t.Fatal(err)
					}
				}
				out = append(out, ac)
			}
		}
	}
	return out
}

// Every worked assessment case of the repository, sent to its endpoint,
// is answered as the library answers it — the same statement or
// assessment, byte for byte, or the same error — and the request and the
// answer validate against the served document. (The statements' figures
// are checked against the documents by the library's own data tests;
// what the service must show is that it passes them on unchanged.)
func TestAssessmentsServed(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	cases := assessmentCases(t)
	if len(cases) < 30 {
		t.Fatalf("only %d assessment cases", len(cases))
	}
	n := map[string]int{}
	refused := 0
	for _, c := range cases {
		req, res := "HouseholdCase", "Statement"
		if c.path == "/v1/assess/relief" {
			req, res = "FirmCase", "Assessment"
		}
		// A request the document refuses (a data case's !unchecked word,
		// none of the document's) must be refused by the server too.
		reqErr := s.check(t, req, c.body)
		if reqErr == nil && n[c.path] < 3 {
			if err := s.check(t, pathSchema(c.path, "post", "request"), c.body); err != nil {
				t.Errorf("%s: the request does not match the path's schema: %v", c.source, err)
			}
		}
		status, header, raw := post(t, srv.URL+c.path, "application/json", string(c.body))
		if reqErr != nil && status == 200 {
			t.Errorf("%s: the server answers a request its document refuses: %v\n%s", c.source, reqErr, c.body)
		}
		if c.err != nil {
			var re *rules.Error
			var e struct{ Error errorJSON }
			_ = json.Unmarshal(raw, &e)
			if !errors.As(c.err, &re) || status < 400 || e.Error.Code != string(re.Code) {
				t.Errorf("%s: %d %s, the library's error is %v", c.source, status, raw, c.err)
			}
			if err := s.check(t, "ErrorBody", raw); err != nil {
				t.Errorf("%s: %v", c.source, err)
			}
			continue
		}
		if status == 422 && bytes.Contains(c.want, []byte(`"未评估"`)) {
			// A fact none of the document's words (a data case's
			// !unchecked): the Go API assesses the household and reports
			// the fact in the statement; the case JSON refuses it when it
			// reads it, naming it. Either way nothing is granted on it.
			var e struct{ Error errorJSON }
			if err := json.Unmarshal(raw, &e); err != nil || e.Error.Code != "invalid_input" || s.check(t, "ErrorBody", raw) != nil {
				t.Errorf("%s: %s", c.source, raw)
			}
			refused++
			continue
		}
		if status != 200 {
			t.Errorf("%s: status %d: %s", c.source, status, raw)
			continue
		}
		var compact bytes.Buffer
		_ = json.Compact(&compact, raw)
		if !bytes.Equal(compact.Bytes(), c.want) {
			t.Errorf("%s: the served answer differs from the library's", c.source)
		}
		if hash := header.Get("Wzpolicy-Book-Hash"); hash == "" {
			t.Errorf("%s: no Wzpolicy-Book-Hash", c.source)
		}
		if n[c.path] < 3 {
			if err := s.check(t, res, raw); err != nil {
				t.Errorf("%s: the answer does not match %s: %v", c.source, res, err)
			}
			if err := s.check(t, pathSchema(c.path, "post", "200"), raw); err != nil {
				t.Errorf("%s: the answer does not match the path's schema: %v", c.source, err)
			}
		}
		n[c.path]++
	}
	t.Logf("%d assessment cases: %d households and %d firms answered, %d refused for a fact none of the document's words",
		len(cases), n["/v1/assess/welfare"], n["/v1/assess/relief"], refused)
}

// Every type of the documents' words among the facts has its list in
// enumLists, so that the document gives its allowed values: a type added
// to the facts without its list fails here, naming it.
func TestFactsWordsListed(t *testing.T) {
	seen := map[reflect.Type]bool{}
	words := 0
	var walk func(t reflect.Type)
	walk = func(ty reflect.Type) {
		if seen[ty] {
			return
		}
		seen[ty] = true
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(ty.Elem())
		case reflect.Map:
			walk(ty.Key())
			walk(ty.Elem())
		case reflect.Struct:
			for f := range ty.Fields() {
				if f.IsExported() || f.Anonymous {
					walk(f.Type)
				}
			}
		case reflect.String:
			if !reflect.PointerTo(ty).Implements(textUnmarsh) {
				break
			}
			words++
			if enums()[ty] == nil {
				t.Errorf("%s: a type of words with no list in enumLists", ty)
			}
		}
	}
	for _, ty := range []reflect.Type{reflect.TypeFor[welfare.Household](), reflect.TypeFor[welfare.LocalStandards](),
		reflect.TypeFor[relief.Profile](), reflect.TypeFor[relief.TierTable]()} {
		walk(ty)
	}
	if words < 30 {
		t.Errorf("only %d types of words among the facts", words)
	}
}

// A household and a firm as encoding/json writes them, their facts not
// given written null (a date of birth, a self-care class, a firm's size),
// match the document's schemas and are assessed.
func TestFactsAsEncodingJSONWritesThem(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	h := welfare.Household{Locality: welfare.Lucheng, Members: []welfare.Member{
		{Name: "甲", BirthDate: rules.MustDate(1940, 1, 1)},
		{Name: "乙"}, // no date of birth, no self-care class: null
	}}
	hb, _ := json.Marshal(h)
	p := relief.Profile{Firm: relief.Firm{Entity: relief.Enterprise, Registration: relief.Lucheng}}
	pb, _ := json.Marshal(p)
	for _, c := range []struct{ schema, path, body string }{
		{"HouseholdCase", "/v1/assess/welfare", fmt.Sprintf(`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": %s}}`, hb)},
		{"FirmCase", "/v1/assess/relief", fmt.Sprintf(`{"assessment": "relief.firm", "date": "2022-06-01", "inputs": {"firm": %s}}`, pb)},
	} {
		if !strings.Contains(c.body, "null") {
			t.Fatalf("%s: no fact written null: %s", c.schema, c.body)
		}
		if err := s.check(t, c.schema, []byte(c.body)); err != nil {
			t.Errorf("%s: %v\n%s", c.schema, err, c.body)
		}
		if status, _, raw := post(t, srv.URL+c.path, "application/json", c.body); status != 200 {
			t.Errorf("%s: %d %s", c.path, status, raw)
		}
	}
}
