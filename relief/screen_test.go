package relief_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
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

// A Screening writes as JSON what its fields and figures say: each item
// with its amount as a decimal string, and the total. The firm is
// ExampleEvaluator_Screen's: a small firm's union fees of 2,000 paid in
// March 2022, refunded in full (measure 10, 100%返还), and its bookstore's
// 200 m² at 20 元 a month for 6 months, 24,000 (measure 24): 26,000 in all.
func TestScreeningJSON(t *testing.T) {
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Bookshop,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	var sc relief.Screening
	err := relief.Default().Screen(rules.MustDate(2022, 5, 16), relief.Profile{
		Firm:       f,
		Bookstores: []relief.Bookstore{{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("200")}},
		UnionFees:  []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 3, 20), Amount: decimal.RequireFromString("2000")}},
	}, nil, &sc)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{sc, &sc} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Date, Registration string
			Items              []struct {
				Rule, Claim, Status string
				Counted             bool
				Amount              string
			}
			Total string
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("%v: %s", err, b)
		}
		type item struct{ Rule, Amount string }
		var items []item
		for _, it := range got.Items {
			items = append(items, item{it.Rule, it.Amount})
		}
		if d := cmp.Diff([]item{{relief.RuleEligibility, "0"}, {relief.RuleVATCreditRefund, "0"}, {relief.RuleUnionRefund, "2000"}, {relief.RuleBookstoreRent, "24000"}}, items); d != "" || got.Total != "26000" || got.Date != "2022-05-16" || got.Registration != string(relief.Lucheng) {
			t.Errorf("%T as JSON: %s\n(-want +got items):\n%s", v, b, d)
		}
	}
}

// AddTo adds what the assessments' items say, each under its rule, claim
// and the firm's registration: with one Screening reused firm after firm,
// into two Totals in turn and into one set back to the zero Totals on the
// way, and for a firm with more claims of a kind than the screening
// numbers (ten union fee payments, 缴纳1–缴纳10).
func TestAddToAddsTheAssessedItems(t *testing.T) {
	type firm struct {
		on    rules.Date
		p     relief.Profile
		tiers relief.TierTable
	}
	var firms []firm
	files, _ := filepath.Glob("testdata/assessments/*.yaml")
	for _, path := range files {
		cases, err := rulestest.LoadAssessments(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			f := firm{on: c.Date}
			if _, err := c.Facts("profile", &f.p); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if _, err := c.Facts("tiers", &f.tiers); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			firms = append(firms, f)
		}
	}
	many := relief.Profile{Firm: relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Bookshop,
		Registration: relief.Ruian, FiscalRevenue: relief.Ruian, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}}
	for range 10 {
		many.UnionFees = append(many.UnionFees, relief.UnionFeePayment{PaidOn: rules.MustDate(2022, 3, 20), Amount: decimal.RequireFromString("100")})
	}
	firms = append(firms, firm{on: rules.MustDate(2022, 5, 16), p: many})

	e := relief.Default()
	var want [2]batch.Totals
	var got [2]batch.Totals
	var sc relief.Screening
	granted := 0
	for round := range 3 {
		if round == 2 {
			got[0], want[0] = batch.Totals{}, batch.Totals{}
		}
		for i, f := range firms {
			a, err := e.Assess(f.on, f.p, f.tiers)
			if err != nil {
				continue
			}
			w := (i + round) % 2
			for _, it := range a.Items {
				if it.Status == rules.Granted && it.Counted {
					want[w].Add(batch.Key{Rule: it.Rule, Part: it.Claim, Locality: string(f.p.Registration), Unit: "元"}, it.Amount)
					granted++
				}
			}
			if err := e.Screen(f.on, f.p, f.tiers, &sc); err != nil {
				t.Fatal(err)
			}
			sc.AddTo(&got[w])
		}
	}
	if granted == 0 {
		t.Fatal("no counted amount granted: the comparison compares nothing")
	}
	for w := range got {
		if d := cmp.Diff(want[w].Rows(), got[w].Rows(), cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); d != "" {
			t.Errorf("totals %d (-assessed +screened):\n%s", w, d)
		}
	}
	var tenth bool
	for _, r := range got[0].Rows() {
		tenth = tenth || r.Rule == relief.RuleUnionRefund && r.Part == "缴纳10" && r.Locality == string(relief.Ruian)
	}
	for _, r := range got[1].Rows() {
		tenth = tenth || r.Rule == relief.RuleUnionRefund && r.Part == "缴纳10" && r.Locality == string(relief.Ruian)
	}
	if !tenth {
		t.Error("the tenth union fee payment is in neither totals")
	}
}
