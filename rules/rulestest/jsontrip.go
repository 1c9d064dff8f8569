package rulestest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// JSONRoundTrip checks that v — a *rules.Result, a statement, an
// assessment — survives JSON: marshalled, unmarshalled into a new value of
// its type and marshalled again, it gives the same bytes, and the decoded
// value agrees with v on every exported field. Numbers compare by value
// (1.0 is 1.00), units with [rules.Unit.Equal]; a nil and an empty list
// are the same, as JSON leaves both out; a document's clause pattern,
// which JSON does not carry, is not compared. The bytes compared include
// every result's trace, citations and failures' facts, so they too must
// read back as they were.
func JSONRoundTrip(v any) error { return jsonRoundTrip(v, true) }

// jsonRoundTrip is [JSONRoundTrip]; without compare, it checks the bytes
// only: a field JSON writes and decoding loses shows there, and the
// comparison of every exported field — slow on a whole statement — is
// left to the cases that make it.
func jsonRoundTrip(v any, compare bool) error {
	first, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("marshal %T: %v", v, err)
	}
	t := reflect.TypeOf(v)
	back := reflect.New(t)
	if err := json.Unmarshal(first, back.Interface()); err != nil {
		return fmt.Errorf("unmarshal %T: %v", v, err)
	}
	second, err := json.Marshal(back.Elem().Interface())
	if err != nil {
		return fmt.Errorf("marshal the decoded %T: %v", v, err)
	}
	if !bytes.Equal(first, second) {
		i := 0
		for i < len(first) && i < len(second) && first[i] == second[i] {
			i++
		}
		return fmt.Errorf("%T: the decoded value marshals differently from byte %d:\n  first:  %s\n  second: %s", v, i, clipAt(first, i), clipAt(second, i))
	}
	if !compare {
		return nil
	}
	if d := cmp.Diff(v, back.Elem().Interface(), jsonSame); d != "" {
		return fmt.Errorf("%T: decoded differs from the original (-original +decoded):\n%s", v, d)
	}
	return nil
}

var jsonSame = cmp.Options{
	cmpopts.EquateEmpty(),
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmp.Comparer(func(a, b rules.Date) bool { return a == b }),
	cmp.Comparer(func(a, b rules.DateTime) bool { return a == b }),
	cmpopts.IgnoreFields(rules.Document{}, "Clauses"),
	// Unexported fields are the evaluation's own (the rule to replay, the
	// book); the exported ones and the bytes say what a reader sees.
	cmp.FilterPath(func(p cmp.Path) bool {
		sf, ok := p.Last().(cmp.StructField)
		return ok && !token.IsExported(sf.Name())
	}, cmp.Ignore()),
}

func clipAt(b []byte, i int) string {
	from, to := max(0, i-80), min(len(b), i+80)
	return string(b[from:to])
}

// CaseJSON assesses the case of the assessment file at path with the given
// name and returns the JSON of the statement or assessment it gives
// (Statement.Assessed), indented, for a golden file a reader checks by eye.
func CaseJSON(t testing.TB, path, name string, assess func(c *AssessmentCase) (*Statement, error)) string {
	t.Helper()
	cases, err := LoadAssessments(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Name != name {
			continue
		}
		st, err := assess(c)
		if err != nil {
			t.Fatalf("%s: %v", c.Source, err)
		}
		if st == nil || st.Assessed == nil {
			t.Fatalf("%s: the assessment gives no statement to marshal", c.Source)
		}
		b, err := json.MarshalIndent(st.Assessed, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	t.Fatalf("%s: no case %q", path, name)
	return ""
}
