package rules_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func TestStatusAndCodeRefuseOnDecode(t *testing.T) {
	t.Run("Status", func(t *testing.T) { rulestest.EnumText(t, rules.Statuses()) })
	t.Run("Code", func(t *testing.T) { rulestest.EnumText(t, rules.Codes()) })
}

func TestUnitJSON(t *testing.T) {
	for _, c := range []struct {
		unit rules.Unit
		want string
	}{
		{rules.Number, `null`},
		{rules.Percent, `{"zh":"%","en":"%","percent":true}`},
		{rules.Yuan, `{"zh":"元","en":"yuan"}`},
		{rules.Year, `{"zh":"年","en":"year"}`},
		{rules.Yuan.Per(rules.Month), `{"zh":"元/月","en":"yuan per month","dims":[{"zh":"元","en":"yuan","exp":1},{"zh":"月","en":"month","exp":-1}]}`},
		{rules.Yuan.Label("元/人", "yuan per person"), `{"zh":"元/人","en":"yuan per person","dims":[{"zh":"元","en":"yuan","exp":1}]}`},
		// Months as a product (years × months per year): the dimensions of
		// a base unit, without its plural.
		{rules.Year.Times(rules.Month.Per(rules.Year)), `{"zh":"月","en":"month","dims":[{"zh":"月","en":"month","exp":1}]}`},
		{rules.SquareMetre.Times(rules.SquareMetre), `{"zh":"平方米^2","en":"m²^2","dims":[{"zh":"平方米","en":"m²","exp":2}]}`},
	} {
		b, err := json.Marshal(c.unit)
		if err != nil || string(b) != c.want {
			t.Errorf("%s: got %s, %v; want %s", c.unit, b, err, c.want)
			continue
		}
		var back rules.Unit
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(c.unit) || back.In(rules.English) != c.unit.In(rules.English) {
			t.Errorf("%s: read back %s (%s), %v", c.unit, back, back.In(rules.English), err)
		}
	}
	// The plural of a base unit survives: 2 years, not 2 year.
	var y rules.Unit
	if err := json.Unmarshal([]byte(`{"zh":"年","en":"year"}`), &y); err != nil || rules.NumberValue(dec("2")).Format(y, rules.English) != "2 years" {
		t.Errorf("year read back as %v, %v", y, err)
	}
	for _, bad := range []string{
		`{"zh":"斤","en":"jin"}`,
		`{"zh":"元/斤","en":"yuan per jin","dims":[{"zh":"元","en":"yuan","exp":1},{"zh":"斤","en":"jin","exp":-1}]}`,
		`{"zh":"元","en":"yuan","dims":[{"zh":"元","en":"yuan","exp":0}]}`,
		`{"zh":"月/元","en":"x","dims":[{"zh":"月","en":"month","exp":-1},{"zh":"元","en":"yuan","exp":1}]}`,
		`{"zh":"%","en":"%","percent":true,"dims":[{"zh":"元","en":"yuan","exp":1}]}`,
		`"元"`,
		`{"zh":"x","en":"x","dims":[` + strings.Repeat(`{"zh":"元","en":"yuan","exp":1},`, 9) + `{"zh":"月","en":"month","exp":-1}]}`,
	} {
		var u rules.Unit
		if err := json.Unmarshal([]byte(bad), &u); err == nil {
			t.Errorf("%s: accepted as %s", bad, u)
		}
	}
}

func TestValueTypesRefusedOnDecode(t *testing.T) {
	for _, bad := range []string{
		`{"name":"x","title":{"zh":"","en":""},"type":"float","value":"1","unit":null}`,
		`{"name":"x","title":{"zh":"","en":""},"type":"number","value":"1e","unit":null}`,
		`{"name":"x","title":{"zh":"","en":""},"type":"number","value":1.5,"unit":null}`,
		`{"name":"x","title":{"zh":"","en":""},"type":"date","value":"2022-02-30","unit":null}`,
		`{"name":"x","title":{"zh":"","en":""},"value":"1","unit":null}`,
	} {
		var f rules.Figure
		if err := json.Unmarshal([]byte(bad), &f); err == nil {
			t.Errorf("%s: accepted as %s", bad, f)
		}
	}
	var s rules.Step
	if err := json.Unmarshal([]byte(`{"kind":"guess","name":"x","title":{"zh":"","en":""},"value":null,"unit":null}`), &s); err == nil || !strings.Contains(err.Error(), "step kind") {
		t.Errorf("unknown step kind: %v", err)
	}
}

// A result round-trips: marshal, unmarshal, marshal gives the same bytes,
// and the decoded result's exported fields, trace, citations and facts
// are the original's.
func TestResultRoundTrip(t *testing.T) {
	b := allowanceBook()
	for _, in := range []rules.Inputs{
		{"birth_date": "1930-06-02", "shiqu_hukou": true},
		{"birth_date": "1950-06-02", "shiqu_hukou": true}, // not 80: a failure with its facts
	} {
		res, err := b.Eval("welfare.elderly.high_age_allowance", june, in)
		if err != nil {
			t.Fatal(err)
		}
		if in["birth_date"] == "1950-06-02" && len(res.Failed) == 0 {
			t.Fatal("a person of 72 fails the age condition (二、5 80周岁至89周岁)")
		}
		if err := rulestest.JSONRoundTrip(res); err != nil {
			t.Error(err)
		}
		b, _ := json.Marshal(res)
		var back rules.Result
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if len(back.Trace()) != len(res.Trace()) || len(back.Citations()) != len(res.Citations()) || len(back.Failed) != len(res.Failed) {
			t.Errorf("decoded: %d steps, %d citations, %d failures; want %d, %d, %d", len(back.Trace()), len(back.Citations()), len(back.Failed),
				len(res.Trace()), len(res.Citations()), len(res.Failed))
		}
		for i, f := range res.Failed {
			if got, want := back.Failed[i].In(rules.Chinese), f.In(rules.Chinese); got != want || len(f.Facts()) == 0 {
				t.Errorf("decoded failure reads %q, want %q (with its facts)", got, want)
			}
		}
	}
}

// An error marshals with its code and the result it refers to; the
// decoded one matches its sentinel.
func TestErrorJSON(t *testing.T) {
	ref, err := allowanceBook().Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	e := &rules.Error{Code: rules.CodeCaseByCase, Rule: "r", Field: "f", Msg: "m", Reference: ref}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var back rules.Error
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(&back, rules.ErrCaseByCase) || back.Error() != e.Error() || back.Reference == nil || !back.Reference.Value.Equal(ref.Value) {
		t.Errorf("decoded %s (%+v) from %s", &back, back.Reference, b)
	}
	if err := json.Unmarshal([]byte(`{"code":"oops"}`), &back); err == nil {
		t.Error("an unknown code was accepted")
	}
}
