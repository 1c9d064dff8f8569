package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The worked cases in testdata/*.yaml, one file per rule: each names its
// clause, and its expected figures are worked by hand from the text. The
// format is described in docs/testcases.md.
func TestDataCases(t *testing.T) {
	rulestest.RunFiles(t, welfare.Book(), "testdata/*.yaml")
}
