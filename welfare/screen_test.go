package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
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

// A reform priced household by household: the 80-to-89 band of the
// high-age allowance raised from 50 to 80 yuan a month (二、5 sets 50 as a
// floor, 不低于). The widow, 85, is better off by 30 a month in that
// benefit and in no other; a household with no one of 80 is unchanged.
func TestCompareUnderAReform(t *testing.T) {
	notice := &rules.Document{Number: "示例〔2023〕1号", Title: "高龄津贴提标（示例）", Issuer: "示例区人民政府",
		Issued: rules.MustDate(2023, 1, 1), InForce: rules.Since(rules.MustDate(2023, 1, 1))}
	reformed, err := welfare.Book().Derive(rules.Override{Param: "high_age_allowance", From: rules.MustDate(2023, 1, 1),
		Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: dec("80")},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: dec("200")},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: dec("500")},
		}}, Cite: notice.Cite("一", "80至89周岁每人每月80元")})
	if err != nil {
		t.Fatal(err)
	}
	reform := welfare.MustEvaluator(reformed)
	screen := func(e *welfare.Evaluator, h welfare.Household) *welfare.Screening {
		var sc welfare.Screening
		if err := e.Screen(dayIn, h, local2, &sc); err != nil {
			t.Fatal(err)
		}
		return &sc
	}
	base, after := screen(welfare.Default(), widow()), screen(reform, widow())
	if got := welfare.Compare(base, after); got != welfare.BetterOff {
		t.Errorf("the widow under the reform: %v, want better off", got)
	}
	for _, g := range after.Grants {
		if g.Rule == welfare.RuleHighAgeAllowance && !g.Amount.Equal(dec("80")) {
			t.Errorf("the widow's high-age allowance under the reform: %s, want 80", g.Amount)
		}
	}
	if got := welfare.Compare(after, base); got != welfare.WorseOff {
		t.Errorf("back from the reform: %v, want worse off", got)
	}
	family := rehabFamily()
	if got := welfare.Compare(screen(welfare.Default(), family), screen(reform, family)); got != welfare.Unchanged {
		t.Errorf("a household with no one of 80 or over: %v, want unchanged", got)
	}
}

// Compare works benefit by benefit: more of one and less of another is
// neither better nor worse off.
func TestCompareMixed(t *testing.T) {
	g := func(member int, rule, amount string) welfare.Grant {
		return welfare.Grant{Member: member, Rule: rule, Status: rules.Granted, Amount: dec(amount)}
	}
	base := &welfare.Screening{Grants: []welfare.Grant{g(-1, welfare.RuleDibaoAllowance, "785"), g(0, welfare.RuleHighAgeAllowance, "50")}}
	reform := &welfare.Screening{Grants: []welfare.Grant{g(-1, welfare.RuleDibaoAllowance, "700"), g(0, welfare.RuleHighAgeAllowance, "80")}}
	if got := welfare.Compare(base, reform); got != welfare.Mixed {
		t.Errorf("785 → 700 and 50 → 80: %v, want mixed", got)
	}
	notPaid := g(0, welfare.RuleHighAgeAllowance, "0")
	notPaid.Status = rules.NotPaid
	if got := welfare.Compare(base, &welfare.Screening{Grants: []welfare.Grant{base.Grants[0], notPaid}}); got != welfare.WorseOff {
		t.Errorf("a benefit no longer paid: %v, want worse off", got)
	}
	if got := welfare.Compare(base, base); got != welfare.Unchanged {
		t.Errorf("the same screening: %v, want unchanged", got)
	}
}
