package main

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// cfg is the population of households, assessed on a day of the welfare
// document's period; firmCfg the firms, on the last day of the relief
// notice's (2022-04-01 to 2022-06-30).
var (
	cfg     = population.Config{Seed: 1, On: rules.MustDate(2023, 6, 1)}
	firmCfg = population.Config{Seed: 1, On: rules.MustDate(2022, 6, 30)}
)

var cmpOpts = cmp.Options{cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmpopts.EquateComparable(rules.Date{}, rules.Unit{}), cmpopts.IgnoreUnexported(welfare.Screening{}, relief.Screening{})}

// Screening the population finds what assessing it finds, household by
// household: the same grants with the same figures, the same choices, the
// same counts of the others.
func TestWelfareScreenMatchesAssess(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 500
	}
	grants := 0
	for i := range n {
		h := population.Household(cfg, i)
		s := population.Standards(h.Locality)
		st, err := welfare.Default().Assess(cfg.On, h, s)
		var got welfare.Screening
		gotErr := welfare.Default().Screen(cfg.On, h, s, &got)
		if (err == nil) != (gotErr == nil) {
			t.Fatalf("household %d: Screen's error %v, Assess's %v", i, gotErr, err)
		}
		if err != nil {
			continue
		}
		var want welfare.Screening
		st.Screening(&want)
		if d := cmp.Diff(want, got, cmpOpts); d != "" {
			t.Fatalf("household %d: Screen differs from Assess (-Assess +Screen):\n%s", i, d)
		}
		grants += len(got.Grants)
	}
	if grants == 0 {
		t.Fatal("nothing granted: the comparison compares nothing")
	}
}

// Likewise the firms, measure by measure.
func TestReliefScreenMatchesAssess(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 500
	}
	granted := 0
	for i := range n {
		p := population.Firm(firmCfg, i)
		a, err := relief.Default().Assess(firmCfg.On, p, population.Tiers())
		var got relief.Screening
		gotErr := relief.Default().Screen(firmCfg.On, p, population.Tiers(), &got)
		if (err == nil) != (gotErr == nil) {
			t.Fatalf("firm %d: Screen's error %v, Assess's %v", i, gotErr, err)
		}
		if err != nil {
			continue
		}
		var want relief.Screening
		a.Screening(&want)
		want.Registration = p.Registration
		if d := cmp.Diff(want, got, cmpOpts); d != "" {
			t.Fatalf("firm %d: Screen differs from Assess (-Assess +Screen):\n%s", i, d)
		}
		for _, it := range got.Items {
			if it.Status == rules.Granted && it.Counted {
				granted++
			}
		}
	}
	if granted == 0 {
		t.Fatal("no counted measure granted: the comparison compares nothing")
	}
}

// The batch run's totals, over two workers in input order, are the
// totals of the households' statements added one by one.
func TestBatchTotalsAreTheStatements(t *testing.T) {
	n := 2000
	p, err := screenWelfare(context.Background(), cfg, n, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want batch.Totals
	for i := range n {
		h := population.Household(cfg, i)
		st, err := welfare.Default().Assess(cfg.On, h, population.Standards(h.Locality))
		if err != nil {
			continue
		}
		var sc welfare.Screening
		st.Screening(&sc)
		sc.AddTo(&want)
	}
	if !want.Equal(&p.base) {
		t.Errorf("batch totals differ from the statements':\n%v\n%v", want.Rows(), p.base.Rows())
	}
	if p.households != n {
		t.Errorf("%d households screened, want %d", p.households, n)
	}
}

// The firms' totals, folded on two workers in no order, are the totals of
// the firms' assessments added one by one.
func TestReliefTotalsAreTheAssessments(t *testing.T) {
	n := 3000
	got, _, err := screenRelief(context.Background(), firmCfg, n, 2)
	if err != nil {
		t.Fatal(err)
	}
	var want batch.Totals
	e := relief.Default()
	for i := range n {
		p := population.Firm(firmCfg, i)
		a, err := e.Assess(firmCfg.On, p, population.Tiers())
		if err != nil {
			t.Fatal(err)
		}
		var sc relief.Screening
		a.Screening(&sc)
		sc.Registration = p.Registration
		sc.AddTo(&want)
	}
	if len(want.Rows()) == 0 {
		t.Fatal("no measure granted: the comparison compares nothing")
	}
	if !want.Equal(got) {
		t.Errorf("folded totals differ from the assessments':\n%v\n%v", want.Rows(), got.Rows())
	}
}

// A reform priced on two workers in no order finds what screening the
// households one by one in order finds: the same totals both ways, the
// same count of households of each change, and the same first examples.
func TestReformPricingAsInOrder(t *testing.T) {
	n := 3000
	reform, err := reformOf("high_age_care_subsidy", "150", cfg.On)
	if err != nil {
		t.Fatal(err)
	}
	got, err := screenWelfare(context.Background(), cfg, n, 2, reform)
	if err != nil {
		t.Fatal(err)
	}
	want := pricing{reformed: true}
	base := welfare.Default()
	for i := range n {
		h := population.Household(cfg, i)
		want.households++
		want.persons += len(h.Members)
		var b, r welfare.Screening
		err := base.Screen(cfg.On, h, population.Standards(h.Locality), &b)
		if err == nil {
			err = reform.Screen(cfg.On, h, population.Standards(h.Locality), &r)
		}
		if err != nil {
			want.refused++
			continue
		}
		b.AddTo(&want.base)
		r.AddTo(&want.reform)
		c := welfare.Compare(&b, &r)
		want.fare[c]++
		if len(want.examples[c]) < maxExamples {
			want.examples[c] = append(want.examples[c], i)
		}
	}
	if want.fare[welfare.BetterOff] == 0 {
		t.Fatal("no household better off under a higher subsidy: the comparison compares nothing")
	}
	if !got.base.Equal(&want.base) || !got.reform.Equal(&want.reform) {
		t.Error("totals differ from those of the households screened in order")
	}
	type counts struct {
		Households, Persons, Refused int
		Fare                         [4]int
		Examples                     [4][]int
	}
	if d := cmp.Diff(counts{want.households, want.persons, want.refused, want.fare, want.examples},
		counts{got.households, got.persons, got.refused, got.fare, got.examples}); d != "" {
		t.Errorf("pricing (-in order +folded):\n%s", d)
	}
}
