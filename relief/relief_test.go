package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, relief.Book(), map[string]string{
		relief.Notice().Number: "../testdata/sources/2-relief.txt",
	})
}

// Every exported function of the package has a runnable example.
func TestExamples(t *testing.T) { rulestest.Examples(t, ".", "Evaluator") }

var _ = rules.MustDate
