package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
)

// The worked firm cases in testdata/assessments/*.yaml: whole firms
// assessed as of a day, every measure granted listed with its figure and
// nothing else granted, each case citing the clauses its figures rest on.
// The facts are profile: (a relief.Profile, by Go field names) and tiers:
// (the industry department's relief.TierTable for measure 13). The
// statement has one section, 企业; an entry is keyed by its rule ID, with
// the claim's label in （） when the measure is claimed more than once. The
// format is described in docs/testcases.md.
func TestAssessmentCases(t *testing.T) {
	rulestest.RunAssessments(t, domains.Firm, "testdata/assessments/*.yaml")
}
