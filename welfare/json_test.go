package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// The JSON of a full household statement, checked in: a change to the
// shape shows as a diff to read (go test -update rewrites it). The case is
// a worked case of the data files, which checks its figures; this file
// shows how a calling service receives them.
func TestStatementJSONGolden(t *testing.T) {
	got := rulestest.CaseJSON(t, "testdata/assessments/validation.yaml",
		"a disability grade without a kind is not read as not disabled", assessCase)
	rulestest.Golden(t, "testdata/json/household.json", got)
}
