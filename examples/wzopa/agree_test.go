package wzopa_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// on is the assessment date of the comparisons: seed 1 of the population
// on 2023-06-01.
var on = rules.MustDate(2023, 6, 1)

var screener = sync.OnceValues(func() (*wzopa.Screener, error) { return wzopa.New(context.Background()) })

func newScreener(tb testing.TB) *wzopa.Screener {
	tb.Helper()
	s, err := screener()
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// libraryGrants are the granted entries of the library's statement for the
// claims the policy covers, as grants.
func libraryGrants(st *welfare.Statement) []wzopa.Grant {
	var out []wzopa.Grant
	for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
		for _, en := range sec.Entries {
			if en.Status != rules.Granted || !wzopa.IsCovered(en.Rule) {
				continue
			}
			g := wzopa.Grant{Member: sec.Member, Rule: en.Rule, Part: en.Part, Amount: en.Amount, Outcome: en.Outcome}
			if en.Outcome == "" {
				g.Unit = en.Unit.String()
			}
			for _, q := range en.Quantities {
				g.Quantities = append(g.Quantities, wzopa.Quantity{Name: q.Name, Amount: q.Value.Number(), Unit: q.Unit.String()})
			}
			out = append(out, g)
		}
	}
	wzopa.SortGrants(out)
	return out
}

// diff describes how two lists of grants differ, "" when they agree:
// amounts compare by value.
func diff(lib, opa []wzopa.Grant) string {
	key := func(g wzopa.Grant) string { return fmt.Sprintf("%d %s %s", g.Member, g.Rule, g.Part) }
	show := func(g wzopa.Grant) string {
		s := fmt.Sprintf("%s amount=%s unit=%q outcome=%q", key(g), g.Amount.StringFixed(2), g.Unit, g.Outcome)
		for _, q := range g.Quantities {
			s += fmt.Sprintf(" %s=%s%s", q.Name, q.Amount, q.Unit)
		}
		return s
	}
	var b strings.Builder
	for _, g := range lib {
		if !slices.ContainsFunc(opa, func(o wzopa.Grant) bool { return same(g, o) }) {
			fmt.Fprintf(&b, "  library only: %s\n", show(g))
		}
	}
	for _, o := range opa {
		if !slices.ContainsFunc(lib, func(g wzopa.Grant) bool { return same(g, o) }) {
			fmt.Fprintf(&b, "  OPA only:     %s\n", show(o))
		}
	}
	if b.Len() == 0 && len(lib) != len(opa) {
		fmt.Fprintf(&b, "  %d grants against %d\n", len(lib), len(opa))
	}
	return b.String()
}

func same(a, b wzopa.Grant) bool {
	return a.Member == b.Member && a.Rule == b.Rule && a.Part == b.Part && a.Amount.Equal(b.Amount) &&
		a.Unit == b.Unit && a.Outcome == b.Outcome &&
		slices.EqualFunc(a.Quantities, b.Quantities, func(x, y wzopa.Quantity) bool {
			return x.Name == y.Name && x.Amount.Equal(y.Amount) && x.Unit == y.Unit
		})
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// standards are a locality's standards for the hand-made households: the
// library's inputs, not figures of the document.
var standards = welfare.LocalStandards{
	Dibao: dec("1085"), Dibian: dec("1627.5"), MinimumWage: dec("2280"),
	UrbanConsumption: dec("36000"), UrbanLivingConsumption: dec("30001"),
	ResidentConsumption: dec("40000"), PensionLowestTier: dec("100"), MedicalContribution: dec("380"),
	ProvincialMealStandard: dec("1000"),
	TekunCareFee: map[welfare.SelfCare]decimal.Decimal{
		welfare.FullyDependent: dec("1824"), welfare.ModeratelyDependent: dec("912"),
		welfare.MildlyDependent: dec("456"), welfare.SelfCaring: dec("228"),
	},
}

// compare screens a household both ways and reports any difference.
func compare(t *testing.T, name string, h welfare.Household, s welfare.LocalStandards) []wzopa.Grant {
	t.Helper()
	st, err := welfare.Default().Assess(on, h, s)
	if err != nil {
		t.Fatalf("%s: library: %v", name, err)
	}
	lib := libraryGrants(st)
	got, err := newScreener(t).Screen(context.Background(), h, s, on)
	if err != nil {
		t.Fatalf("%s: OPA: %v", name, err)
	}
	if d := diff(lib, got); d != "" {
		t.Errorf("%s: the grants differ:\n%s", name, d)
	}
	return lib
}

func date(y, m, d int) rules.Date { return rules.MustDate(y, time.Month(m), d) }

// TestAgreeHandMade compares the two on households made to reach each
// covered claim and its edges.
func TestAgreeHandMade(t *testing.T) {
	yes, no := true, false
	one := 1
	cases := []struct {
		name string
		h    welfare.Household
		s    welfare.LocalStandards
	}{
		{"低保 household, no income, old and young", welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
			Members: []welfare.Member{
				{Name: "甲", BirthDate: date(1938, 6, 1), SelfCare: welfare.ModeratelyDependent, ResidentMedical: true},
				{Name: "乙", BirthDate: date(1962, 3, 4), SelfCare: welfare.SelfCaring, Dementia: &yes, Veteran: true, ResidentPension: true},
				{Name: "丙", BirthDate: date(2012, 9, 9), Disability: welfare.Intellectual, DisabilityGrade: 3},
			}}, standards},
		{"低保 household with income over 12 months", welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibao,
			Income: welfare.Income{PeriodMonths: 12, From: date(2022, 6, 1), To: date(2023, 5, 31), Items: []welfare.IncomeItem{
				{Kind: welfare.WageIncome, Amount: dec("9000"), Member: 0, FirstEmployment: true, StartedOn: date(2021, 9, 15)},
				{Kind: welfare.PublicPostSubsidy, Amount: dec("30000"), Member: 1},
				{Kind: welfare.PublicPostSubsidy, Amount: dec("1000.33"), Member: 1},
				{Kind: welfare.GreenCropComp, Amount: dec("40000")},
				{Kind: welfare.GreenCropComp, Amount: dec("20000.01"), Member: 1},
				{Kind: welfare.OtherIncome, Amount: dec("1234.57"), Member: 1},
				{Kind: welfare.VeteranSupplementIncome, Amount: dec("1302")},
				{Kind: welfare.ShareholdingIncome, Amount: dec("500")},
			}},
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1990, 1, 1)}, {Name: "乙", BirthDate: date(1959, 2, 28)}, {Name: "丙", BirthDate: date(2020, 2, 29)}}},
			standards},
		{"低保 disabled member's job, cost deduction", welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibao, LowIncomeFarmer: true,
			Income: welfare.Income{PeriodMonths: 12, From: date(2022, 3, 1), To: date(2023, 2, 28), Items: []welfare.IncomeItem{
				{Kind: welfare.WageIncome, Amount: dec("36000"), Member: 0, StartedOn: date(2019, 7, 31)},
				{Kind: welfare.WageIncome, Amount: dec("7001"), Member: 0, StartedOn: date(2019, 8, 31)},
				{Kind: welfare.BusinessIncome, Amount: dec("5000"), Member: 1, FirstEmployment: true, StartedOn: date(2022, 10, 31)},
				{Kind: welfare.ShareholdingIncome, Amount: dec("800")},
			}},
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1980, 1, 31), Disability: welfare.Physical, DisabilityGrade: 4},
				{Name: "乙", BirthDate: date(2001, 5, 5)}}},
			standards},
		{"低保 household over the line", welfare.Household{Locality: welfare.Yongjia, Status: welfare.Dibao,
			Income: welfare.Income{PeriodMonths: 6, From: date(2022, 12, 1), To: date(2023, 5, 31), Items: []welfare.IncomeItem{
				{Kind: welfare.OtherIncome, Amount: dec("6510"), Member: 0},
			}},
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1940, 1, 1), SelfCare: welfare.FullyDependent}}},
			standards},
		{"低保 household one fen below the line", welfare.Household{Locality: welfare.Yongjia, Status: welfare.Dibao,
			Income: welfare.Income{PeriodMonths: 7, From: date(2022, 11, 1), To: date(2023, 5, 31), Items: []welfare.IncomeItem{
				{Kind: welfare.OtherIncome, Amount: dec("15189.99"), Member: 0},
			}},
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1940, 1, 1)}, {Name: "乙", BirthDate: date(1941, 1, 1)}}},
			standards},
		{"特困 members and a 市区 centenarian", welfare.Household{Locality: welfare.CityLevel,
			Members: []welfare.Member{
				{Name: "甲", BirthDate: date(1923, 6, 1), Tekun: welfare.TekunDispersed, SelfCare: welfare.MildlyDependent, ResidentPension: true, ResidentMedical: true},
				{Name: "乙", BirthDate: date(1933, 6, 2), Tekun: welfare.TekunSocialInstitution, SelfCare: welfare.SelfCaring},
				{Name: "丙", BirthDate: date(1950, 1, 1), Tekun: welfare.TekunGovernmentInstitution, SelfCare: welfare.FullyDependent},
				{Name: "丁", BirthDate: date(2008, 1, 1), ChildCategory: welfare.ScatteredOrphan, ResidentMedical: true},
			}}, welfare.LocalStandards{Dibao: dec("1085.01"), UrbanConsumption: dec("33852.31"), MinimumWage: dec("2279.99"), UrbanLivingConsumption: dec("29999.99"), MedicalContribution: dec("380")}},
		{"institutional care, dementia, family planning, hardship worker", welfare.Household{Locality: welfare.Longwan, Status: welfare.Dibao,
			FamilyPlanning: welfare.FPOnlyChildLost, HardshipWorker: true,
			Members: []welfare.Member{
				{Name: "甲", BirthDate: date(1955, 1, 1), SelfCare: welfare.SelfCaring, Dementia: &yes, CareMode: welfare.InstitutionalCare, CareApproved: true},
				{Name: "乙", BirthDate: date(1956, 1, 1), SelfCare: welfare.SelfCaring, Dementia: &no},
				{Name: "丙", BirthDate: date(1930, 1, 1), SelfCare: welfare.MildlyDependent, CareMode: welfare.InstitutionalCare},
				{Name: "丁", BirthDate: date(1940, 1, 1), CareMode: welfare.InstitutionalCare, CareApproved: true, SelfCare: welfare.ModeratelyDependent},
			}}, standards},
		{"mental health subsidies", welfare.Household{Locality: welfare.Dongtou, Status: welfare.Dibian,
			Members: []welfare.Member{
				{Name: "甲", BirthDate: date(1970, 1, 1), Disability: welfare.Mental, DisabilityGrade: 2,
					Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassII, GuardianFulfils: true, CommunityManaged: true, Guardian: &welfare.Guardian{Member: &one}}},
				{Name: "乙", BirthDate: date(1975, 1, 1), Mental: &welfare.MentalHealth{Schizophrenia: true, PoorCompliance: true, WeakGuardianship: true,
					IncidentRisk: true, InjectionApproved: true, RiskClass: welfare.RiskClassI}},
			}}, standards},
		{"county registration: no high-age allowance, no transport", welfare.Household{Locality: welfare.Taishun, Status: welfare.Dibian,
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1930, 1, 1), Disability: welfare.Visual, DisabilityGrade: 1, ResidentPension: true},
				{Name: "乙", BirthDate: date(2015, 1, 1), ChildCategory: welfare.ChildInDifficulty, ResidentMedical: true}}},
			standards},
		{"registered outside Wenzhou", welfare.Household{Locality: welfare.OutsideWenzhou, Status: welfare.Dibao,
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1930, 1, 1), SelfCare: welfare.FullyDependent, Tekun: welfare.TekunDispersed, Veteran: true}}},
			standards},
		{"standards not given", welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao, HardshipWorker: true,
			Members: []welfare.Member{{Name: "甲", BirthDate: date(1930, 1, 1), Tekun: welfare.TekunDispersed, SelfCare: welfare.FullyDependent, ResidentPension: true, ResidentMedical: true}}},
			welfare.LocalStandards{}},
		{"a scattered orphan grown up, and one without a date of birth", welfare.Household{Locality: welfare.Lucheng,
			Members: []welfare.Member{{Name: "甲", BirthDate: date(2005, 6, 1), ChildCategory: welfare.ScatteredOrphan},
				{Name: "乙", ChildCategory: welfare.ScatteredOrphan}}},
			standards},
		{"a young scattered orphan", welfare.Household{Locality: welfare.Lucheng,
			Members: []welfare.Member{{Name: "甲", BirthDate: date(2005, 6, 2), ChildCategory: welfare.ScatteredOrphan}}},
			standards},
	}
	for _, c := range cases {
		lib := compare(t, c.name, c.h, c.s)
		t.Logf("%s: %d grants", c.name, len(lib))
	}
}

// The policy covers every claim the library's statement lists: a household
// with every section's facts lists each claim, evaluated or not assessed.
func TestCoversEveryClaim(t *testing.T) {
	yes := true
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao, Housing: &welfare.Housing{OwnsHome: &yes},
		Renovation: &welfare.Renovation{Project: welfare.Relocation},
		Members: []welfare.Member{{Name: "甲", BirthDate: date(1950, 1, 1), Tekun: welfare.TekunDispersed,
			Mental: &welfare.MentalHealth{}, Medical: &welfare.MedicalCosts{}, Rehab: &welfare.Rehabilitation{},
			Student: &welfare.Student{Level: welfare.College}, Migrant: &welfare.Migrant{},
			Employment: &welfare.Employment{Flexible: &welfare.FlexibleEmployment{}}}}}
	st, err := welfare.Default().Assess(on, h, standards)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
		for _, en := range append(slices.Clip(sec.Entries), sec.NotAssessed...) {
			listed[en.Rule] = true
		}
	}
	for r := range listed {
		if !wzopa.IsCovered(r) {
			t.Errorf("the statement lists %s, which the policy does not cover", r)
		}
	}
	for _, r := range wzopa.Covered() {
		if !listed[r] {
			t.Errorf("the policy covers %s, which the statement does not list", r)
		}
	}
}
