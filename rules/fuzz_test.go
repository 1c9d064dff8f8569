package rules_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// FuzzEval evaluates any rule of the fixture with any date and any JSON
// inputs: it must never panic, every error must be a *rules.Error with a
// code, and every result must explain itself and agree with expr's machine.
func FuzzEval(f *testing.F) {
	b := fixture(f)
	ids := append(b.RuleIDs(), "relief.nothing")
	for _, seed := range []struct {
		rule int
		date string
		in   string
	}{
		{0, "2022-06-01", `{"birth_date": "1940-01-01", "shiqu_hukou": true}`},
		{0, "2025-12-31", `{"birth_date": "1922-06-01", "shiqu_hukou": false}`},
		{1, "2022-05-01", `{"exceeded_on": "2024-02-29"}`},
		{2, "2022-06-30", `{"area": "1000000"}`},
		{2, "2022-04-01", `{"area": 1999999.99}`},
		{3, "2022-05-15", `{"visitors": 4001}`},
		{4, "2022-05-15", `{"visitors": "1e3"}`},
		{0, "bad", `[]`},
		{5, "2022-05-15", `{}`},
	} {
		f.Add(seed.rule, seed.date, seed.in)
	}
	f.Fuzz(func(t *testing.T, rule int, date, input string) {
		if rule < 0 {
			rule = -rule
		}
		id := ids[rule%len(ids)]
		on, _ := rules.ParseDate(date)
		in := rules.Inputs{}
		dec := json.NewDecoder(bytes.NewReader([]byte(input)))
		dec.UseNumber()
		_ = dec.Decode(&in)
		res, err := b.Eval(id, on, in)
		if err != nil {
			var re *rules.Error
			if !errors.As(err, &re) || re.Code == "" {
				t.Fatalf("%s: untyped error %T: %v", id, err, err)
			}
			return
		}
		if res.Explain(rules.Chinese) == "" || res.Explain(rules.English) == "" || len(res.Citations()) == 0 {
			t.Fatalf("%s: a result without explanation or citations", id)
		}
		if err := b.CrossCheck(id, on, in); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDerive derives the fixture's book with any override of any of its
// parameters: a number written any way, a decimal of any size, a table or a
// bracket of any shape. The result is a derived book that evaluates every
// rule without failing, or an error matching ErrInvalidOverride — never a
// panic, never a book that divides by zero or lost a key.
func FuzzDerive(f *testing.F) {
	b := fixture(f)
	params := b.Params()
	for i := range params {
		f.Add(i, "2022-07-01", "25", int64(25), int32(0), uint8(0))
		f.Add(i, "2022-07-01", "-1", int64(0), int32(999_999_999), uint8(1))
		f.Add(i, "2030-01-01", "市区", int64(3), int32(-2), uint8(2))
		f.Add(i, "2022-01-01", "80,90,100", int64(600), int32(0), uint8(3))
	}
	county := &rules.Document{Number: "某县办法（示例）", Title: "某县办法", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	cases := []struct {
		id string
		in rules.Inputs
	}{
		{"welfare.elderly.high_age_allowance", rules.Inputs{"birth_date": "1920-01-01", "shiqu_hukou": true}},
		{"welfare.dibao.phase_out", rules.Inputs{"exceeded_on": "2023-01-31"}},
		{"relief.subsidy.property_management", rules.Inputs{"area": "1500000"}},
		{"relief.reward.travel_agency.overnight", rules.Inputs{"visitors": "4000"}},
		{"relief.reward.travel_agency.study", rules.Inputs{"visitors": "1500"}},
	}
	f.Fuzz(func(t *testing.T, n int, from, text string, coef int64, exp int32, shape uint8) {
		if n < 0 {
			n = -n
		}
		p := params[n%len(params)]
		day, _ := rules.ParseDate(from)
		var value any
		switch shape % 5 {
		case 0:
			value = text
		case 1:
			value = decimal.New(coef, exp)
		case 2: // a table with the fuzzed text as a key
			value = rules.Table{Rows: []rules.Row{{Keys: []string{text}, Value: decimal.New(coef, exp)}}}
		case 3: // a bracket of one band up to the fuzzed number
			value = &rules.Bracket{Of: rules.Year, Bands: []rules.Band{{Range: rules.Range{Hi: rules.Bound{Value: decimal.New(coef, 0), Set: true}}, Value: decimal.New(coef, exp)}}}
		case 4: // the parameter's own value, changed in one place
			value = p.History[len(p.History)-1].Value
			if br, ok := value.(*rules.Bracket); ok && len(br.Bands) > 0 {
				br.Bands[int(coef&0xff)%len(br.Bands)].Value = decimal.New(coef, exp)
			}
		}
		nb, err := b.Derive(rules.Override{Param: p.Name, From: day, Value: value, Cite: county.Cite("一", text)})
		if err != nil {
			if !errors.Is(err, rules.ErrInvalidOverride) {
				t.Fatalf("%s = %v: want ErrInvalidOverride, got %v", p.Name, value, err)
			}
			return
		}
		for _, c := range cases {
			for _, on := range []rules.Date{rules.MustDate(2022, 6, 1), rules.MustDate(2023, 6, 1)} {
				if _, err := nb.Eval(c.id, on, c.in); errors.Is(err, rules.ErrEvaluation) {
					t.Fatalf("%s = %v: %s fails on %s: %v", p.Name, value, c.id, on, err)
				}
			}
		}
	})
}

// FuzzDecodeResult reads any bytes as a result's JSON: decoding never
// panics; what decodes explains itself without panicking, marshals, and
// reads back to the same bytes.
func FuzzDecodeResult(f *testing.F) {
	b := fixture(f)
	for _, in := range []rules.Inputs{
		{"birth_date": "1930-06-02", "shiqu_hukou": true},
		{"birth_date": "1944-03-10", "shiqu_hukou": false},
	} {
		res, err := b.Eval("welfare.elderly.high_age_allowance", rules.MustDate(2022, 6, 1), in)
		if err != nil {
			f.Fatal(err)
		}
		seed, err := json.Marshal(res)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(seed)
	}
	f.Add([]byte(`{"rule":"r","type":"number","value":"1e999999999","unit":{"zh":"元","en":"yuan"}}`))
	f.Add([]byte(`{"conditions":[{"name":"x","state":"met"}],"failed":[{"name":"y"}],"trace":[{"kind":"input","name":"a","type":"text","value":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var res rules.Result
		if json.Unmarshal(data, &res) != nil {
			return
		}
		for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
			_ = res.Explain(lang)
			for _, c := range res.Conditions() {
				_ = c.In(lang)
			}
			for _, fl := range res.Failed {
				_ = fl.In(lang)
			}
			for _, s := range res.Trace() {
				_ = s.Format(lang)
			}
		}
		_ = res.Citations()
		first, err := json.Marshal(&res)
		if err != nil {
			t.Fatalf("a decoded result does not marshal: %v", err)
		}
		var back rules.Result
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("a result's own JSON does not read back: %v\n%s", err, first)
		}
		second, err := json.Marshal(&back)
		if err != nil || !bytes.Equal(first, second) {
			t.Fatalf("marshals differently once read back (%v):\n%s\n%s", err, first, second)
		}
	})
}
