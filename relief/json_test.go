package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
)

// The JSON of a full firm assessment, checked in: a change to the shape
// shows as a diff to read (go test -update rewrites it). The case is a
// worked case of the data files, which checks its figures; this file shows
// how a calling service receives them.
func TestAssessmentJSONGolden(t *testing.T) {
	got := rulestest.CaseJSON(t, "testdata/assessments/several-claims.yaml",
		"a firm buying several cars is paid one trade-in subsidy, for the first qualifying purchase", domains.Firm)
	rulestest.Golden(t, "testdata/json/firm.json", got)
}
