package rules_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

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
