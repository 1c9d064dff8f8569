package wzpolicy_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/wzpolicy/wzpolicy"
)

// FuzzDecodeCase: any bytes decode without panic, to a case or a
// *CaseError; a case decoded writes itself as JSON that decodes to a case
// writing the same bytes, and evaluates to an answer or an error, never a
// panic.
func FuzzDecodeCase(f *testing.F) {
	for _, s := range []string{
		`{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": 60, "plan_date": "2022-05-20"}}`,
		`{"group": "productivity.reward.choice", "date": "2023-06-01", "inputs": {"productivity.reward.scale_up": {"output": "1"}}}`,
		`{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-01-01"}]}}}`,
		`{"assessment": "relief.firm", "date": "2022-05-16", "inputs": {"firm": {"Size": "小型", "Bookstores": [{"BookArea": 100}]}, "tiers": {"小型": {"Rate": "40%", "Cap": 10000}}}}`,
		`{"rule": "a", "date": "2022-06-01", "inputs": {"x": null}}`,
		`[]`, ``, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := wzpolicy.DecodeCase(body)
		if err != nil {
			var ce *wzpolicy.CaseError
			if !errors.As(err, &ce) || ce.Code == "" || ce.Message(0) == "" {
				t.Fatalf("%q: error %v is not a *CaseError with a code and a message", body, err)
			}
			return
		}
		first := c.Encode()
		back, err := wzpolicy.DecodeCase(first)
		if err != nil {
			t.Fatalf("%q decodes, but its encoding %s does not: %v", body, first, err)
		}
		if second := back.Encode(); !bytes.Equal(first, second) {
			t.Fatalf("%q: encoding %s reads back as %s", body, first, second)
		}
		_, _ = c.Eval() // any answer or error, no panic
	})
}
