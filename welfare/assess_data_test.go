package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
)

// The worked household cases in testdata/assessments/*.yaml: whole
// households screened as a caseworker would (九、30 免申直享), every benefit
// granted listed with its figure and nothing else granted, each case citing
// the clauses its figures rest on. The format is described in
// docs/testcases.md.
func TestAssessmentCases(t *testing.T) {
	rulestest.RunAssessments(t, domains.Household, "testdata/assessments/*.yaml")
}
