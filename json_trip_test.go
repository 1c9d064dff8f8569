package wzpolicy_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// The result of every worked rule case of every book, eligible or not,
// reads back from its JSON and writes the same bytes again (docs/json.md):
// a service that forwards a result forwards it whole. A case not eligible
// leaves a date output unset, which is written as null, not "".
func TestEveryWorkedResultReadsBack(t *testing.T) {
	files, _ := filepath.Glob("*/testdata/*.yaml")
	n := 0
	for _, path := range files {
		cases, err := rulestest.Load(path)
		if err != nil {
			continue // the data-case tests report a file that does not load
		}
		for _, c := range cases {
			d, ok := wzpolicy.Find(c.Rule)
			if !ok || c.Members != nil {
				continue // a group's case
			}
			res, err := d.Book().Eval(c.Rule, c.Date, c.Inputs)
			if err != nil {
				continue // an error the case expects
			}
			first, err := json.Marshal(res)
			if err != nil {
				t.Fatalf("%s %s: %v", path, c.Name, err)
			}
			var back rules.Result
			if err := json.Unmarshal(first, &back); err != nil {
				t.Errorf("%s %q: the result's JSON does not read back: %v", path, c.Name, err)
				continue
			}
			second, err := json.Marshal(&back)
			if err != nil {
				t.Fatalf("%s %s: %v", path, c.Name, err)
			}
			if !bytes.Equal(first, second) {
				t.Errorf("%s %q: read back, the result writes other bytes:\n%s\n%s", path, c.Name, first, second)
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d worked rule cases evaluated; the data files hold well over a thousand", n)
	}
}
