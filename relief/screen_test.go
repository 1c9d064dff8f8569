package relief_test

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// screensAsAssessed checks that Screen finds what Assess says of the firm:
// the same items, statuses, counted amounts and total, or the same error.
func screensAsAssessed(t *testing.T, on rules.Date, p relief.Profile, tiers relief.TierTable) (granted int) {
	t.Helper()
	a, err := relief.Default().Assess(on, p, tiers)
	var got relief.Screening
	gotErr := relief.Default().Screen(on, p, tiers, &got)
	if (err == nil) != (gotErr == nil) || err != nil && err.Error() != gotErr.Error() {
		t.Fatalf("Screen's error %v, Assess's %v", gotErr, err)
	}
	if err != nil {
		return 0
	}
	var want relief.Screening
	a.Screening(&want)
	want.Registration = p.Registration
	if d := cmp.Diff(want, got, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }), cmpopts.EquateComparable(rules.Date{}), cmpopts.IgnoreUnexported(relief.Screening{})); d != "" {
		t.Fatalf("Screen differs from Assess (-Assess +Screen):\n%s", d)
	}
	// The figures as a caller reads them, item by item, against the
	// assessment's own (Screened.Equal, which cmp used, is checked too).
	for i, it := range got.Items {
		if i >= len(a.Items) || !it.Amount().Equal(a.Items[i].Amount) {
			t.Fatalf("item %d (%s %s): screened %s, assessed %v", i, it.Rule, it.Claim, it.Amount(), a.Items[i:min(i+1, len(a.Items))])
		}
	}
	if !got.Total().Equal(a.Total) {
		t.Fatalf("screened total %s, assessed %s", got.Total(), a.Total)
	}
	for _, it := range got.Items {
		if it.Status == rules.Granted {
			granted++
		}
	}
	return granted
}

// Every worked firm of testdata/assessments screens as it is assessed.
func TestScreenAsAssess(t *testing.T) {
	files, _ := filepath.Glob("testdata/assessments/*.yaml")
	firms, granted := 0, 0
	for _, path := range files {
		cases, err := rulestest.LoadAssessments(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			var p relief.Profile
			var tiers relief.TierTable
			if _, err := c.Facts("profile", &p); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if _, err := c.Facts("tiers", &tiers); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			firms++
			granted += screensAsAssessed(t, c.Date, p, tiers)
		}
	}
	if granted == 0 {
		t.Fatalf("none of the %d worked firms is granted anything: the comparison compares nothing", firms)
	}
	t.Logf("%d worked firms, %d items granted", firms, granted)
}

// A Screening reused across dates refuses a date that is no date however
// often it was used before, as Assess refuses it, and screens a good date
// after it.
func TestScreeningReusedAcrossDates(t *testing.T) {
	files, _ := filepath.Glob("testdata/assessments/*.yaml")
	cases, err := rulestest.LoadAssessments(files[0])
	if err != nil || len(cases) == 0 {
		t.Fatalf("%s: %d cases, %v", files[0], len(cases), err)
	}
	var p relief.Profile
	var tiers relief.TierTable
	if _, err := cases[0].Facts("profile", &p); err != nil {
		t.Fatal(err)
	}
	if _, err := cases[0].Facts("tiers", &tiers); err != nil {
		t.Fatal(err)
	}
	e := relief.Default()
	var sc relief.Screening
	good := cases[0].Date
	for _, on := range []rules.Date{good, good, {}, good, rules.MustDate(1899, 12, 31), rules.MustDate(1899, 12, 31), good, rules.MustDate(2200, 1, 1)} {
		_, want := e.Assess(on, p, tiers)
		got := e.Screen(on, p, tiers, &sc)
		if (want == nil) != (got == nil) || want != nil && want.Error() != got.Error() {
			t.Fatalf("on %v: Screen's error %v, Assess's %v", on, got, want)
		}
		if on == good && got != nil {
			t.Fatalf("on %v: %v", on, got)
		}
		if on != good && got == nil {
			t.Fatalf("on %v: no error: the date check was skipped", on)
		}
	}
}
