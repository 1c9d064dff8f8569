package welfare_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The JSON of a full household statement, checked in: a change to the
// shape shows as a diff to read (go test -update rewrites it). The case is
// a worked case of the data files, which checks its figures; this file
// shows how a calling service receives them.
func TestStatementJSONGolden(t *testing.T) {
	got := rulestest.CaseJSON(t, "testdata/assessments/validation.yaml",
		"a disability grade without a kind is not read as not disabled", domains.Household)
	rulestest.Golden(t, "testdata/json/household.json", got)
}

// A take-the-higher choice (附则2) round-trips with the group's
// evaluation: no worked data case has one. The household is
// TestAssessHousingTakeTheHigher's: rent of 480 waived (三、11) against the
// workers' subsidy of 300 (八、27), 480 paid.
func TestStatementJSONRoundTripWithChoice(t *testing.T) {
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian,
		Housing: &welfare.Housing{PublicRental: true, PublicRent: dec("480"), InKindAllocated: new(false)},
		Members: []welfare.Member{
			{Name: "父", BirthDate: rules.MustDate(1980, 1, 1), Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}},
			{Name: "女", BirthDate: rules.MustDate(2012, 1, 1)},
		}}
	st := assess(t, dayIn, h)
	if len(st.Choices) != 1 || st.Choices[0].Evaluation == nil || len(st.Choices[0].Evaluation.Members) != 2 {
		t.Fatalf("want one choice with the group's evaluation of both members, got %+v", st.Choices)
	}
	if err := rulestest.JSONRoundTrip(st); err != nil {
		t.Error(err)
	}
	b, err := json.Marshal(st.Choices[0])
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Group      string
		Amount     string
		Evaluation struct{ Chosen, Value string }
	}
	if err := json.Unmarshal(b, &c); err != nil || c.Group != welfare.GroupHousing || c.Amount != "480" ||
		c.Evaluation.Chosen != welfare.RuleRentSubsidy || c.Evaluation.Value != "480" {
		t.Errorf("choice JSON: %s (%v)", b, err)
	}
}

// FuzzDecodeStatement reads any bytes as a statement's JSON: decoding never
// panics, and what decodes renders in both languages and reads back from
// its own JSON to the same bytes.
func FuzzDecodeStatement(f *testing.F) {
	st, err := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Income:  welfare.Income{PeriodMonths: 12},
		Members: []welfare.Member{{Name: "甲", BirthDate: rules.MustDate(1940, 1, 1)}}}, local2ex)
	if err != nil {
		f.Fatal(err)
	}
	seed, err := json.Marshal(st)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"locality":"鹿城区","members":[{"member":0,"entries":[{"rule":"x","status":"享受","payee":{"role":"监护人","member":5}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var st welfare.Statement
		if json.Unmarshal(data, &st) != nil {
			return
		}
		_, _ = st.Text(rules.Chinese), st.Brief(rules.English)
		first, err := json.Marshal(&st)
		if err != nil {
			t.Fatalf("a decoded statement does not marshal: %v", err)
		}
		var back welfare.Statement
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("a statement's own JSON does not read back: %v", err)
		}
		if second, err := json.Marshal(&back); err != nil || !bytes.Equal(first, second) {
			t.Fatalf("marshals differently once read back (%v)", err)
		}
	})
}
