package wzpolicy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// rule is one rule of one book.
type rule struct {
	book *rules.Book
	id   string
}

func allRules() []rule {
	var out []rule
	for _, d := range wzpolicy.Domains() {
		for _, id := range d.Book().RuleIDs() {
			out = append(out, rule{d.Book(), id})
		}
	}
	return out
}

// FuzzEveryRule evaluates any rule of any book with any date and any
// inputs, seeded with every worked case of every domain. Whatever a caller
// passes, the result is a figure that explains itself and agrees with
// expr's own machine, or a typed error: invalid input names its field, and
// no input makes a rule fail in evaluation (a defect) or panic.
func FuzzEveryRule(f *testing.F) {
	all := allRules()
	index := map[string]int{}
	for i, r := range all {
		index[r.id] = i
	}
	files, _ := filepath.Glob("*/testdata/*.yaml")
	for _, path := range files {
		cases, err := rulestest.Load(path)
		if err != nil {
			continue // the data-case tests report a file that does not load, once
		}
		for _, c := range cases {
			i, ok := index[c.Rule]
			if !ok {
				continue // a group's case
			}
			in, err := json.Marshal(c.Inputs)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(i, c.Date.String(), string(in))
		}
	}
	f.Fuzz(func(t *testing.T, n int, date, input string) {
		if n < 0 {
			n = -n
		}
		r := all[n%len(all)]
		on, _ := rules.ParseDate(date)
		in := rules.Inputs{}
		dec := json.NewDecoder(bytes.NewReader([]byte(input)))
		dec.UseNumber()
		if dec.Decode(&in) != nil {
			in = rules.Inputs{"": input}
		}
		res, err := r.book.Eval(r.id, on, in)
		if err != nil {
			var re *rules.Error
			switch {
			case !errors.As(err, &re) || re.Code == "":
				t.Fatalf("%s: untyped error %T: %v", r.id, err, err)
			case re.Code == rules.CodeEvaluation:
				t.Fatalf("%s on %s with %s: the rule fails in evaluation: %v", r.id, date, input, err)
			case re.Code == rules.CodeInvalidInput && re.Field == "":
				t.Fatalf("%s: an invalid input that names no field: %v", r.id, err)
			}
			return
		}
		if res.Explain(rules.Chinese) == "" || res.Explain(rules.English) == "" || len(res.Citations()) == 0 {
			t.Fatalf("%s: a result without explanation or citations", r.id)
		}
		if err := r.book.CrossCheck(r.id, on, in); err != nil {
			t.Fatal(err)
		}
	})
}
