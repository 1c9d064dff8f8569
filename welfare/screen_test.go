package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/welfare"
)

// Every worked household of testdata/assessments screens as it is
// assessed: the same benefits granted, with the same figures, the same
// take-the-higher choices and the same counts of the others.
func TestScreenAsAssess(t *testing.T) {
	hs := workedHouseholds(t)
	granted := 0
	for _, w := range hs {
		st, err := welfare.Default().Assess(w.on, w.h, w.s)
		screensAsAssessed(t, w.on, w.h, w.s, st, err)
		if st != nil {
			var sc welfare.Screening
			st.Screening(&sc)
			granted += len(sc.Grants)
		}
	}
	if granted == 0 {
		t.Fatalf("none of the %d worked households is granted anything: the comparison compares nothing", len(hs))
	}
	t.Logf("%d worked households, %d grants", len(hs), granted)
}
