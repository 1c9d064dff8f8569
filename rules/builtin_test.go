package rules_test

import (
	"os"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
)

// The package documentation lists every function of the table, and only
// those: a function added to the engine is documented with it.
func TestFunctionsAreDocumented(t *testing.T) {
	b, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	listed := doc[strings.Index(doc, "and these functions:"):strings.Index(doc, "eval_date ")]
	for _, f := range rules.Functions() {
		if !strings.Contains(listed, f.Usage) {
			t.Errorf("the package documentation does not list %s", f.Usage)
		}
		if f.Doc.Zh == "" || f.Doc.En == "" {
			t.Errorf("%s has no description in both languages", f.Name)
		}
		listed = strings.Replace(listed, f.Usage, "", 1)
	}
	for _, line := range strings.Split(listed, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if i := strings.Index(line, "("); i > 0 && !strings.Contains(line[:i], " ") && !strings.HasPrefix(line, "(") {
			t.Errorf("the documentation lists %q, which is not a function of the engine", line)
		}
	}
}
