package welfare_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, welfare.Book(), map[string]string{
		welfare.Opinions().Number:  "../testdata/sources/1-welfare.txt",
		welfare.MinorsLaw().Number: "../testdata/sources/minors-protection-law.txt",
	})
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// The standards of a locality, as a caller supplies them.
// benefit is what the tables read of a typed result.
type benefit struct {
	Amount   decimal.Decimal
	Eligible bool
	Result   func() *rules.Result
	Failed   func() []rules.Failure
}

var standards = welfare.LocalStandards{
	Dibao: dec("1085"), Dibian: dec("1627.50"), MinimumWage: dec("2280"),
	UrbanConsumption: dec("36000"), UrbanLivingConsumption: dec("30000"),
	TekunCareFee: map[welfare.SelfCare]decimal.Decimal{welfare.ModeratelyDependent: dec("912")},
}

// A 低保 household of 鹿城区: a grandmother of 85, moderately dependent; a
// father who is a veteran with a physical disability, re-employed; a
// daughter of 10 with an intellectual disability of grade 3.
func household() welfare.Household {
	return welfare.Household{
		Locality: welfare.Lucheng, Status: welfare.Dibao,
		Members: []welfare.Member{
			{Name: "祖母", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.ModeratelyDependent},
			{Name: "父亲", BirthDate: rules.MustDate(1980, 7, 1), Veteran: true, Disability: welfare.Physical, DisabilityGrade: 3},
			{Name: "女儿", BirthDate: rules.MustDate(2013, 1, 1), Disability: welfare.Intellectual, DisabilityGrade: 3},
		},
		// The assessment period: June 2022 to May 2023.
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 6, 1), To: rules.MustDate(2023, 5, 31), Items: []welfare.IncomeItem{
			{Kind: welfare.WageIncome, Amount: dec("30000"), Member: 1, StartedOn: rules.MustDate(2021, 9, 1)},
			{Kind: welfare.VeteranSupplementIncome, Amount: dec("1302"), Member: 1},
			{Kind: welfare.GreenCropComp, Amount: dec("30000"), Member: 0},
			{Kind: welfare.GreenCropComp, Amount: dec("30000"), Member: 0},
			{Kind: welfare.OtherIncome, Amount: dec("6000"), Member: 0},
		}},
	}
}

// CountedIncome evaluates the exemptions once per item and adds up; the
// green-crop limit is shared by the two items of that kind.
func TestCountedIncome(t *testing.T) {
	h := household()
	got, err := welfare.Default().CountedIncome(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		Counted, Excluded string
		Treatment         welfare.IncomeTreatment
		ExemptUntil       string
	}
	var items []item
	for _, r := range got.Items {
		items = append(items, item{r.Counted.StringFixed(2), r.Excluded.StringFixed(2), r.Treatment, r.ExemptUntil.String()})
	}
	// 二、1: the disabled father's job from 2021-09-01 is not counted for 3
	// years, to 2024-09-01: all of June 2022 to May 2023 is within them. 二、4: the veteran supplement is not counted.
	// 二、1: of 30,000 + 30,000 green-crop compensation, 50,000 is not
	// counted: 30,000 of the first item, 20,000 of the second. Other income
	// counts. Counted: 0 + 0 + 0 + 10,000 + 6,000 = 16,000; excluded:
	// 30,000 + 1,302 + 30,000 + 20,000 = 81,302.
	want := []item{
		{"0.00", "30000.00", welfare.TreatDisabledExempt, "2024-09-01"},
		{"0.00", "1302.00", welfare.TreatVeteran, ""},
		{"0.00", "30000.00", welfare.TreatGreenCrop, ""},
		{"10000.00", "20000.00", welfare.TreatGreenCrop, ""},
		{"6000.00", "0.00", welfare.TreatCounted, ""},
	}
	if d := cmp.Diff(want, items); d != "" {
		t.Errorf("items (-want +got):\n%s", d)
	}
	if got.Counted.StringFixed(2) != "16000.00" || got.Excluded.StringFixed(2) != "81302.00" {
		t.Errorf("counted %s, excluded %s; want 16000.00 and 81302.00", got.Counted, got.Excluded)
	}

	// The income of September 2024 to August 2025 was earned after the 3
	// years: the job's cost is deducted at the 低边 standard: 30,000 −
	// 1,627.50 × 12 = 30,000 − 19,530 = 10,470.
	later := household()
	later.Income.From, later.Income.To = rules.MustDate(2024, 9, 1), rules.MustDate(2025, 8, 31)
	after, err := welfare.Default().CountedIncome(rules.MustDate(2025, 9, 1), welfare.HouseholdCase{Household: later, LocalStandards: standards})
	if err != nil {
		t.Fatal(err)
	}
	if r := after.Items[0]; r.Counted.StringFixed(2) != "10470.00" || r.Treatment != welfare.TreatCostDeducted || r.DeductionUntil.String() != "2026-09-01" {
		t.Errorf("after the exemption: counted %s, %s, deduction until %s; want 10470.00, %s, 2026-09-01",
			r.Counted, r.Treatment, r.DeductionUntil, welfare.TreatCostDeducted)
	}
	// The income of June 2022 to May 2023 assessed on the same later day was
	// still earned within the 3 years: not counted. The evaluation date does
	// not move earned income out of its exemption.
	same, err := welfare.Default().CountedIncome(rules.MustDate(2025, 9, 1), welfare.HouseholdCase{Household: h, LocalStandards: standards})
	if err != nil {
		t.Fatal(err)
	}
	if r := same.Items[0]; !r.Counted.IsZero() || r.Treatment != welfare.TreatDisabledExempt {
		t.Errorf("the first period assessed later: counted %s, %s; want 0, %s", r.Counted, r.Treatment, welfare.TreatDisabledExempt)
	}
}

// One member's income given month by month counts as the same income given
// as one item: the 低边 line (1,627.50 × 12 = 19,530) is the member's, not
// each item's. 12 × 1,700 = 20,400 of post subsidy: 19,530 not counted,
// 870 counted; 12 × 2,500 = 30,000 of wages in the cost-deduction years:
// 19,530 deducted, 10,470 counted. A second member's subsidy has its own
// line: 7,200, all not counted.
func TestCountedIncomeSplitItems(t *testing.T) {
	started := rules.MustDate(2022, 5, 20) // first job: exempt to 2023-05-20, deduction to 2025-05-20
	// June 2023 to May 2024: every month in the cost-deduction years.
	one := welfare.Household{Status: welfare.Dibao, Members: make([]welfare.Member, 2), Income: welfare.Income{PeriodMonths: 12,
		From: rules.MustDate(2023, 6, 1), To: rules.MustDate(2024, 5, 31),
		Items: []welfare.IncomeItem{
			{Kind: welfare.PublicPostSubsidy, Amount: dec("20400"), Member: 0},
			{Kind: welfare.WageIncome, Amount: dec("30000"), Member: 0, FirstEmployment: true, StartedOn: started},
			{Kind: welfare.PublicPostSubsidy, Amount: dec("7200"), Member: 1},
		}}}
	split := one
	split.Income.Items = nil
	for range 12 {
		split.Income.Items = append(split.Income.Items,
			welfare.IncomeItem{Kind: welfare.PublicPostSubsidy, Amount: dec("1700"), Member: 0},
			welfare.IncomeItem{Kind: welfare.WageIncome, Amount: dec("2500"), Member: 0, FirstEmployment: true, StartedOn: started})
	}
	split.Income.Items = append(split.Income.Items, welfare.IncomeItem{Kind: welfare.PublicPostSubsidy, Amount: dec("7200"), Member: 1})
	for name, h := range map[string]welfare.Household{"one item each": one, "month by month": split} {
		got, err := welfare.Default().CountedIncome(rules.MustDate(2024, 6, 1), welfare.HouseholdCase{Household: h, LocalStandards: standards})
		if err != nil {
			t.Fatal(err)
		}
		// counted 870 + 10,470 = 11,340; excluded 19,530 + 19,530 + 7,200 = 46,260
		if got.Counted.StringFixed(2) != "11340.00" || got.Excluded.StringFixed(2) != "46260.00" {
			t.Errorf("%s: counted %s, excluded %s; want 11340.00 and 46260.00", name, got.Counted, got.Excluded)
		}
	}
}

func TestCountedIncomeErrors(t *testing.T) {
	h := household()
	h.Income.Items = append(h.Income.Items, welfare.IncomeItem{Kind: welfare.WageIncome, Amount: dec("100"), Member: 3})
	_, err := welfare.Default().CountedIncome(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
	var re *rules.Error
	if !errors.Is(err, rules.ErrInvalidInput) || !errors.As(err, &re) || re.Field != "Income.Items[5].Member" {
		t.Errorf("an item of a member the household does not have: want an invalid input on Income.Items[5].Member, got %v", err)
	}

	h = household()
	h.Income.Items[0].StartedOn = rules.Date{} // a job needs its first day
	_, err = welfare.Default().CountedIncome(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
	if !errors.As(err, &re) || re.Field != "Income.Items[0].StartedOn" || re.Input != "started_on" {
		t.Errorf("a job without its first day: want an invalid input on started_on naming item 0, got %v", err)
	}

	h = household()
	h.Income.PeriodMonths = 0
	_, err = welfare.Default().CountedIncome(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
	if !errors.As(err, &re) || re.Field != "Income.PeriodMonths" || re.Input != "period_months" || re.Msg != "missing" {
		t.Errorf("no assessment period: want period_months missing, got %v", err)
	}

	// None of the household's items reads the 低边 line: the father's wage
	// is within his 3 years not counted (低保低边残疾人初次就业、再就业的，3年内
	// 不计家庭收入), the rest are not employment income. Without the 低边
	// standard its income is counted all the same: 16,000 (TestCountedIncome).
	s := standards
	s.Dibian = decimal.Decimal{}
	got, err := welfare.Default().CountedIncome(dayIn, welfare.HouseholdCase{Household: household(), LocalStandards: s})
	if err != nil || !got.Counted.Equal(dec("16000")) {
		t.Errorf("no 低边 standard, no item reading it: want 16,000 counted, got %v, %v", got.Counted, err)
	}
	// A public-welfare post subsidy is not counted up to the 低边 standard
	// (岗位补贴低于低边标准的部分收入不计家庭收入): without it, it is named missing.
	h = household()
	h.Income.Items = append(h.Income.Items, welfare.IncomeItem{Kind: welfare.PublicPostSubsidy, Amount: dec("6000"), Member: 1})
	_, err = welfare.Default().CountedIncome(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: s})
	if !errors.As(err, &re) || re.Input != "dibian_standard" || re.Msg != "missing" {
		t.Errorf("no 低边 standard for a post subsidy: want it named as missing, got %v", err)
	}
}

func TestDibaoAllowanceOfAHousehold(t *testing.T) {
	// Counted income 16,000 over 12 months (TestCountedIncome): 1,333.33… a
	// month. (1,085 − 1,333.33… / 3) × 3 = 3,255 − 1,333.33… = 1,921.666… →
	// 1,921.67; per capita 444.44.
	a, err := welfare.Default().DibaoAllowance(dayIn, welfare.HouseholdCase{Household: household(), LocalStandards: standards})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Eligible() || a.Amount.StringFixed(2) != "1921.67" || a.PerCapitaIncome.StringFixed(2) != "444.44" || a.Income.Counted.StringFixed(2) != "16000.00" {
		t.Errorf("allowance %s (eligible %t), per capita %s, counted %s; want 1921.67, 444.44, 16000.00",
			a.Amount, a.Eligible(), a.PerCapitaIncome, a.Income.Counted)
	}
	// The same household as 低边 gets no allowance: 二、1 对认定最低生活保障对象.
	h := household()
	h.Status = welfare.Dibian
	a, err = welfare.Default().DibaoAllowance(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
	if err != nil {
		t.Fatal(err)
	}
	if a.Eligible() || len(a.Failed()) != 1 || a.Failed()[0].Name != "dibao" || !a.Amount.IsZero() {
		t.Errorf("低边 household: want not eligible on dibao with no amount, got %v %s %v", a.Eligible(), a.Amount, a.FailedNames())
	}
}

func TestDibaoPhaseOutOfAHousehold(t *testing.T) {
	// 二、1: a household of 3 with 40,000 of other income over 12 months is
	// above 1,085 × 3 × 12 = 39,060: one year of phase-out from 2023-03-15.
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibao, Members: make([]welfare.Member, 3),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 3, 1), To: rules.MustDate(2023, 2, 28),
			Items: []welfare.IncomeItem{{Kind: welfare.OtherIncome, Amount: dec("40000")}}}}
	p, err := welfare.Default().DibaoPhaseOut(dayIn, welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2023, 3, 15), BySubscription: false})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Eligible() || p.Until.String() != "2024-03-15" || !p.InPhaseOut || p.PerCapitaIncome.StringFixed(2) != "1111.11" {
		t.Errorf("phase-out: eligible %t until %s in %t per capita %s; want true, 2024-03-15, true, 1111.11", p.Eligible(), p.Until, p.InPhaseOut, p.PerCapitaIncome)
	}
	h.Income.Items[0].Amount = dec("39060")
	p, err = welfare.Default().DibaoPhaseOut(dayIn, welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2023, 3, 15), BySubscription: false})
	if err != nil {
		t.Fatal(err)
	}
	if p.Eligible() || !p.Until.IsZero() || len(p.Failed()) != 1 || p.Failed()[0].Name != "over_standard" {
		t.Errorf("income at the standard: want not eligible on over_standard, got %+v", p)
	}
}

// 二、1: a phase-out is for a household whose income was over the standard
// when it was found. A 低保 household of 2 whose member's first job began on
// 2023-01-01 earned 60,000 in December 2022 to November 2023; it is found on
// 2023-12-20 and looked at on 2024-02-01. All of it was earned in the first
// year (to 2024-01-01: 对低保低边成员首次就业或自主创业的，1年内不计家庭收入),
// so the counted income is 0, not over 1,085 × 2 × 12 = 26,040: no
// phase-out. (The income used to be counted as of the day it was looked
// at, past the year, and the household put in a phase-out to 2024-12-20.)
func TestDibaoPhaseOutCountsTheIncomeOfTheFinding(t *testing.T) {
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao, Members: make([]welfare.Member, 2),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 12, 1), To: rules.MustDate(2023, 11, 30),
			Items: []welfare.IncomeItem{{Kind: welfare.WageIncome, Amount: dec("60000"), FirstEmployment: true, StartedOn: rules.MustDate(2023, 1, 1)}}}}
	p, err := welfare.Default().DibaoPhaseOut(rules.MustDate(2024, 2, 1), welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2023, 12, 20), BySubscription: false})
	if err != nil {
		t.Fatal(err)
	}
	if p.Eligible() || !p.Income.Counted.IsZero() || len(p.Failed()) != 1 || p.Failed()[0].Name != "over_standard" {
		t.Errorf("want not eligible on over_standard with nothing counted, got eligible %t, counted %s, failed %v", p.Eligible(), p.Income.Counted, p.Failed())
	}
	// Found before the period it rests on had ended: refused.
	_, err = welfare.Default().DibaoPhaseOut(rules.MustDate(2024, 2, 1), welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2023, 11, 20), BySubscription: false})
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "period_to" {
		t.Errorf("found before the period ended: want an invalid input on period_to, got %v", err)
	}
}

// Each typed function gives the figure of the book for the same case.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	h := household()
	gran, dad, girl := h.Members[0], h.Members[1], h.Members[2]
	orphan := welfare.Member{BirthDate: rules.MustDate(2013, 3, 1), ChildCategory: welfare.ScatteredOrphan}
	tekun := welfare.Member{Tekun: welfare.TekunDispersed, SelfCare: welfare.FullyDependent}
	// 二、9: a guardian who fulfils the duty and weak or no guardianship
	// exclude each other: two patients, one for each.
	patient := welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassII, GuardianFulfils: true, CommunityManaged: true}}
	injected := welfare.Member{Mental: &welfare.MentalHealth{CommunityManaged: true,
		Schizophrenia: true, PoorCompliance: true, WeakGuardianship: true, IncidentRisk: true, InjectionApproved: true}}
	fp := h
	fp.FamilyPlanning = welfare.FPOnlyChildLost
	fp.HardshipWorker = true

	type pair struct {
		name        string
		typed       func() (benefit, error)
		rule        string
		in          rules.Inputs
		output, fig string // the book's output and the figure worked by hand
	}
	cases := []pair{
		// 二、3: 2,280 × 80% × 50% = 912
		{"TekunCareFee", func() (benefit, error) {
			r, err := welfare.Default().TekunCareFee(dayIn, welfare.MemberCase{Member: tekun, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleTekunCareFee, rules.Inputs{"tekun_support": "分散供养", "self_care": "完全丧失生活自理能力", "minimum_wage": "2280"}, "care_fee", "912.00"},
		// 二、4: 1,085 × 10% = 108.50
		{"VeteranSupplement", func() (benefit, error) {
			r, err := welfare.Default().VeteranSupplement(dayIn, welfare.MemberCase{Household: h, Member: dad, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleVeteranSupplement, rules.Inputs{"veteran": true, "household_status": "低保", "dibao_standard": "1085", "hukou": "鹿城区"}, "supplement", "108.50"},
		// 二、5: 85 and 基本不能自理: max(250, 125) = 250
		{"ElderlyCareSubsidy", func() (benefit, error) {
			r, err := welfare.Default().ElderlyCareSubsidy(dayIn, welfare.MemberCase{Household: h, Member: gran, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleElderlyCareSubsidy, rules.Inputs{"birth_date": "1938-03-01", "household_status": "低保", "self_care": "中度丧失生活自理能力", "hukou": "鹿城区"}, "subsidy", "250.00"},
		// 二、5: 85 in 鹿城区: 50
		{"HighAgeAllowance", func() (benefit, error) {
			r, err := welfare.Default().HighAgeAllowance(dayIn, welfare.MemberCase{Household: h, Member: gran})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleHighAgeAllowance, rules.Inputs{"birth_date": "1938-03-01", "hukou": "鹿城区"}, "allowance", "50.00"},
		// 二、6: 30,000 × 70% = 21,000
		{"ChildBasicLiving", func() (benefit, error) {
			r, err := welfare.Default().ChildBasicLiving(dayIn, welfare.MemberCase{Household: h, Member: girl, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleChildBasicLiving, rules.Inputs{"birth_date": "2013-01-01", "household_status": "低保", "disability": "智力", "disability_grade": 3,
				"living_consumption": "30000", "hukou": "鹿城区"}, "yearly", "21000.00"},
		{"ChildBasicLiving (orphan)", func() (benefit, error) {
			r, err := welfare.Default().ChildBasicLiving(dayIn, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: orphan, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleChildBasicLiving, rules.Inputs{"birth_date": "2013-03-01", "category": "社会散居孤儿", "living_consumption": "30000", "hukou": "鹿城区"}, "yearly", "21000.00"},
		// 二、7: 3,000
		{"FamilyPlanningGrant", func() (benefit, error) {
			r, err := welfare.Default().FamilyPlanningGrant(dayIn, fp)
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleFamilyPlanningGrant, rules.Inputs{"hukou": "鹿城区", "category": "独生子女死亡或伤残家庭"}, "grant", "3000.00"},
		// 二、8: 1,085 × 12 = 13,020
		{"WorkerLivingAid", func() (benefit, error) {
			r, err := welfare.Default().WorkerLivingAid(dayIn, welfare.HouseholdCase{Household: fp, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleWorkerLivingAid, rules.Inputs{"registered": true, "dibao_standard": "1085", "hukou": "鹿城区"}, "max_aid", "13020.00"},
		// 二、9: class Ⅱ 400; 200; 10,000
		{"MentalGuardianSubsidy", func() (benefit, error) {
			r, err := welfare.Default().MentalGuardianSubsidy(dayIn, welfare.MemberCase{Household: h, Member: patient})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleMentalGuardianSubsidy, rules.Inputs{"patient": true, "risk_class": "Ⅱ类", "guardian_fulfils": true, "hukou": "鹿城区"}, "monthly", "400.00"},
		{"MentalCareSubsidy", func() (benefit, error) {
			r, err := welfare.Default().MentalCareSubsidy(dayIn, welfare.MemberCase{Household: h, Member: patient})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleMentalCareSubsidy, rules.Inputs{"patient": true, "community_managed": true, "household_status": "低保", "hukou": "鹿城区"}, "monthly", "200.00"},
		{"MentalInjectionSubsidy", func() (benefit, error) {
			r, err := welfare.Default().MentalInjectionSubsidy(dayIn, welfare.MemberCase{Household: h, Member: injected})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
			welfare.RuleMentalInjectionSubsidy, rules.Inputs{"patient": true, "schizophrenia": true, "poor_compliance": true,
				"weak_guardianship": true, "incident_risk": true, "injection_approved": true, "hukou": "鹿城区"}, "yearly", "10000.00"},
	}
	for _, c := range cases {
		b, err := c.typed()
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		res, err := welfare.Book().Eval(c.rule, dayIn, c.in)
		if err != nil {
			t.Errorf("%s: book: %v", c.name, err)
			continue
		}
		f, _ := res.Figure(c.output)
		got := []string{b.Amount.StringFixed(2), f.Value.Number().StringFixed(2)}
		if d := cmp.Diff([]string{c.fig, c.fig}, got); d != "" || !b.Eligible || !res.Eligible || b.Result().Rule != c.rule {
			t.Errorf("%s: typed and book (-want +got):\n%s (eligible %t, %t; rule %s)", c.name, d, b.Eligible, res.Eligible, b.Result().Rule)
		}
		if b.Result().Receipt.Book != res.Receipt.Book {
			t.Errorf("%s: typed and book evaluated different books", c.name)
		}
	}

	// The standards-only functions.
	ts, err := welfare.Default().TekunBasicStandard(dayIn, standards)
	if err != nil {
		t.Fatal(err)
	}
	dt, err := welfare.Default().DibianStandard(dayIn, welfare.DibianWidening{LocalStandards: standards, Factor: dec("2")})
	if err != nil {
		t.Fatal(err)
	}
	rural := dec("13000")
	tg, err := welfare.Default().Targets2025(dayIn, welfare.TargetFigures{LowestDibaoStandard: dec("1085"), LowestRuralIncome: &rural,
		ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")})
	if err != nil {
		t.Fatal(err)
	}
	bt, _ := welfare.Book().Eval(welfare.RuleTekunBasicStandard, dayIn, rules.Inputs{"urban_consumption": "36000", "dibao_standard": "1085"})
	bd, _ := welfare.Book().Eval(welfare.RuleDibianStandard, dayIn, rules.Inputs{"dibao_standard": "1085", "factor": "2", "minimum_wage": "2280"})
	// 二、3: 36,000 × 50% = 18,000 a year, 1,500 a month; 二、2: 2 × 1,085 = 2,170;
	// 一: 13,000 is 1.3万元以下, so the rural target is not met.
	got := []string{ts.Monthly.StringFixed(2), ts.Yearly.StringFixed(2), bt.Value.Number().StringFixed(2),
		dt.Threshold.StringFixed(2), bd.Value.Number().StringFixed(2)}
	if d := cmp.Diff([]string{"1500.00", "18000.00", "1500.00", "2170.00", "2170.00"}, got); d != "" {
		t.Errorf("standards (-want +got):\n%s", d)
	}
	if tg.AllMet || tg.RuralIncome || !tg.DibaoStandard || !tg.ResidentIncome || !tg.MiddleIncomeShare {
		t.Errorf("targets: %+v; want all but the rural income met", tg)
	}
}

// The zero value of each member field is "none": the typed API passes no
// value, and the rule's default applies.
func TestZeroValuesAreDefaults(t *testing.T) {
	nobody := welfare.Member{BirthDate: rules.MustDate(1950, 1, 1)}
	for name, f := range map[string]func() (benefit, error){
		"TekunCareFee": func() (benefit, error) {
			r, err := welfare.Default().TekunCareFee(dayIn, welfare.MemberCase{Member: nobody, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
		"VeteranSupplement": func() (benefit, error) {
			r, err := welfare.Default().VeteranSupplement(dayIn, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: nobody, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
		"ElderlyCareSubsidy": func() (benefit, error) {
			r, err := welfare.Default().ElderlyCareSubsidy(dayIn, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: nobody, LocalStandards: standards})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
		"FamilyPlanningGrant": func() (benefit, error) {
			r, err := welfare.Default().FamilyPlanningGrant(dayIn, welfare.Household{Locality: welfare.Lucheng})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
		"MentalGuardianSubsidy": func() (benefit, error) {
			r, err := welfare.Default().MentalGuardianSubsidy(dayIn, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: nobody})
			return benefit{r.Amount, r.Eligible(), r.Result, r.Failed}, err
		},
	} {
		b, err := f()
		if err != nil || b.Eligible || len(b.Failed()) == 0 {
			t.Errorf("%s of a member with nothing set: want not eligible with failed conditions, got %t %s %v, %v", name, b.Eligible, b.Amount, b.Failed(), err)
		}
	}
	// A member without a registration: the locality is a required input.
	_, err := welfare.Default().HighAgeAllowance(dayIn, welfare.MemberCase{Household: welfare.Household{}, Member: nobody})
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "hukou" || re.Msg != "missing" {
		t.Errorf("high-age allowance without a locality: want hukou missing, got %v", err)
	}
	// A standard left zero is reported missing by its field.
	_, err = welfare.Default().TekunBasicStandard(dayIn, welfare.LocalStandards{Dibao: dec("1085")})
	if !errors.As(err, &re) || re.Input != "urban_consumption" || re.Msg != "missing" {
		t.Errorf("tekun standard without the consumption statistic: want urban_consumption missing, got %v", err)
	}
}

// 附则2: localities already paying more keep their figure. A county's book
// may raise a floor; a figure below the city's floor is refused.
func TestLocalityOverridesRespectFloors(t *testing.T) {
	county := &rules.Document{Number: "瑞安市高龄津贴办法（示例）", Title: "瑞安市高龄津贴发放办法", Issuer: "瑞安市人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	from := rules.MustDate(2022, 7, 1)
	bands := func(a, b, c string) *rules.Bracket {
		return &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: dec(a)},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: dec(b)},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: dec(c)},
		}}
	}
	higher, err := welfare.Book().Derive(welfare.CountyHighAgeAllowance(welfare.Ruian, from, bands("60", "200", "600"),
		county.Cite("第三条", "80至89周岁每人每月60元，100周岁以上每人每月600元"))...)
	if err != nil {
		t.Fatal(err)
	}
	ev := welfare.MustEvaluator(higher)
	h := welfare.Household{Locality: welfare.Ruian}
	centenarian := welfare.Member{BirthDate: rules.MustDate(1922, 1, 1)}
	octo := welfare.Member{BirthDate: rules.MustDate(1940, 1, 1)}
	var got []string
	for _, c := range []struct {
		ev *welfare.Evaluator
		on rules.Date
		m  welfare.Member
	}{{ev, dayIn, centenarian}, {ev, dayIn, octo}, {ev, rules.MustDate(2022, 6, 30), octo}, {welfare.MustEvaluator(welfare.Book()), dayIn, centenarian}} {
		b, err := c.ev.HighAgeAllowance(c.on, welfare.MemberCase{Household: h, Member: c.m})
		var re *rules.Error
		if errors.As(err, &re) && errors.Is(err, rules.ErrCaseByCase) && re.Reference != nil {
			got = append(got, "参照 "+re.Reference.Value.Number().StringFixed(2))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, b.Amount.StringFixed(2))
	}
	// The county's 600 and 60 from 2022-07-01; before, and in the
	// document's own book, the county sets its own figure and 市区's 50 and
	// 500 are only the reference (各县（市）参照执行).
	if d := cmp.Diff([]string{"600.00", "60.00", "参照 50.00", "参照 500.00"}, got); d != "" {
		t.Errorf("derived book (-want +got):\n%s", d)
	}

	below := []rules.Override{
		{Param: "high_age_allowance", From: from, Value: bands("40", "200", "500"), Cite: county.Cite("第三条", "80至89周岁每人每月40元")},
		{Param: "veteran_supplement_share", From: from, Value: "0.05", Cite: county.Cite("第四条", "按低保标准5%")},
		{Param: "tekun_dibao_multiple", From: from, Value: "1.2", Cite: county.Cite("第五条", "低保标准的1.2倍")},
		{Param: "child_living_share", From: from, Value: "0.6", Cite: county.Cite("第六条", "60%")},
	}
	for _, o := range below {
		if _, err := welfare.Book().Derive(o); !errors.Is(err, rules.ErrInvalidOverride) {
			t.Errorf("%s below the city's floor: want ErrInvalidOverride, got %v", o.Param, err)
		}
	}
	// Caps may only come down: the green-crop exemption cannot be raised.
	if _, err := welfare.Book().Derive(rules.Override{Param: "green_crop_cap", From: from, Value: "60000", Cite: county.Cite("第七条", "6万元")}); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("green-crop exemption above 50,000: want ErrInvalidOverride, got %v", err)
	}
	raised, err := welfare.Book().Derive(rules.Override{Param: "veteran_supplement_share", From: from, Value: "0.15", Cite: county.Cite("第四条", "按低保标准15%")})
	if err != nil {
		t.Fatal(err)
	}
	// 1,085 × 15% = 162.75
	v, err := welfare.MustEvaluator(raised).VeteranSupplement(dayIn, welfare.MemberCase{Household: household(), Member: household().Members[1], LocalStandards: standards})
	if err != nil || v.Amount.StringFixed(2) != "162.75" {
		t.Errorf("a county paying 15%%: want 162.75, got %s, %v", v.Amount, err)
	}
}

func TestLocality(t *testing.T) {
	var urban, wenzhou []string
	for _, l := range welfare.Localities() {
		if l.Urban() {
			urban = append(urban, string(l))
		}
		if l.Wenzhou() {
			wenzhou = append(wenzhou, string(l))
		}
	}
	// 附则1: 市区是指市本级、鹿城区、龙湾区、瓯海区、洞头区及市级功能区.
	if d := cmp.Diff([]string{"市本级", "鹿城区", "龙湾区", "瓯海区", "洞头区", "市级功能区"}, urban); d != "" {
		t.Errorf("市区 (-want +got):\n%s", d)
	}
	if len(wenzhou) != 14 || welfare.OutsideWenzhou.Wenzhou() || welfare.Locality("杭州市").Wenzhou() || welfare.Locality("").Urban() {
		t.Errorf("Wenzhou localities: %v", wenzhou)
	}
}

func TestParse(t *testing.T) {
	ok := func(name string, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad := func(name string, err error, valid string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), valid) {
			t.Errorf("%s: want an error listing %s, got %v", name, valid, err)
		}
	}
	l, err := welfare.ParseLocality("洞头区")
	ok("ParseLocality", err)
	if l != welfare.Dongtou {
		t.Errorf("ParseLocality(洞头区) = %q", l)
	}
	_, err = welfare.ParseLocality("杭州市")
	bad("ParseLocality(杭州市)", err, "鹿城区")
	_, err = welfare.ParseAssistanceStatus("低边")
	ok("ParseAssistanceStatus", err)
	_, err = welfare.ParseAssistanceStatus("特困")
	bad("ParseAssistanceStatus(特困)", err, "低保")
	_, err = welfare.ParseTekunSupport("分散供养")
	ok("ParseTekunSupport", err)
	_, err = welfare.ParseTekunSupport("集中供养")
	bad("ParseTekunSupport(集中供养)", err, "社会机构集中供养")
	_, err = welfare.ParseSelfCare("中度丧失生活自理能力")
	ok("ParseSelfCare", err)
	_, err = welfare.ParseSelfCare("基本不能自理")
	bad("ParseSelfCare(基本不能自理)", err, "中度丧失生活自理能力")
	_, err = welfare.ParseDisabilityKind("智力")
	ok("ParseDisabilityKind", err)
	_, err = welfare.ParseDisabilityKind("智力残疾")
	bad("ParseDisabilityKind(智力残疾)", err, "智力")
	_, err = welfare.ParseCareMode("机构养老")
	ok("ParseCareMode", err)
	_, err = welfare.ParseCareMode("社区养老")
	bad("ParseCareMode", err, "居家养老")
	_, err = welfare.ParseChildCategory("事实无人抚养儿童")
	ok("ParseChildCategory", err)
	_, err = welfare.ParseChildCategory("孤儿")
	bad("ParseChildCategory(孤儿)", err, "社会散居孤儿")
	_, err = welfare.ParseFamilyPlanningCategory("计生困难家庭留守人员")
	ok("ParseFamilyPlanningCategory", err)
	_, err = welfare.ParseFamilyPlanningCategory("留守儿童")
	bad("ParseFamilyPlanningCategory", err, "计生困难家庭留守人员")
	for _, s := range []string{"I类", "Ⅰ类"} {
		if c, err := welfare.ParseRiskClass(s); err != nil || c != welfare.RiskClassI {
			t.Errorf("ParseRiskClass(%s) = %q, %v", s, c, err)
		}
	}
	if c, err := welfare.ParseRiskClass("II类"); err != nil || c != welfare.RiskClassII {
		t.Errorf("ParseRiskClass(II类) = %q, %v", c, err)
	}
	_, err = welfare.ParseRiskClass("Ⅲ类")
	bad("ParseRiskClass", err, "Ⅱ类")
	_, err = welfare.ParseIncomeKind("青苗补偿费")
	ok("ParseIncomeKind", err)
	_, err = welfare.ParseIncomeKind("工资")
	bad("ParseIncomeKind", err, "就业收入")
}

// Every treatment the rule can give is one of the typed constants, and
// every constant is one the rule can give.
func TestIncomeTreatmentsAreTheRules(t *testing.T) {
	r, _ := welfare.Book().Rule(welfare.RuleIncomeExemptions)
	var src string
	for _, o := range r.Outputs {
		if o.Name == "treatment" {
			src = o.Expr
		}
	}
	p, _ := welfare.Book().Param("kind_treatment")
	for _, row := range p.History[0].Value.(rules.Table).Rows {
		src += row.Value.(string)
	}
	for _, tr := range welfare.IncomeTreatments() {
		if !strings.Contains(src, string(tr)) {
			t.Errorf("treatment %q is not one the rule gives", tr)
		}
	}
}

// Every entry point has a runnable example: the package's functions, the
// evaluator's methods and the locality's.
func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator", "Locality", "Statement", "Section")
}

// Dates of the document: 附则3 "本政策自2022年5月1日起施行，有效期至2025年12月31日".
var (
	dayIn = rules.MustDate(2023, 6, 1)
)

// 一: a target figure not given is unknown and reported missing by name,
// never read as a target not met; the lowest rural income may truly be 0,
// which is given and not met (1.3万元以下).
func TestTargetsUnknownFiguresAreMissing(t *testing.T) {
	only := welfare.TargetFigures{LowestDibaoStandard: dec("1085")}
	_, err := welfare.Default().Targets2025(dayIn, only)
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "lowest_rural_income" || re.Msg != "missing" {
		t.Errorf("only the 低保 standard given: want lowest_rural_income missing, got %v", err)
	}
	zero := decimal.Zero
	rural := dec("13000.01")
	// The yearly standard as the document states the target: exactly
	// 13,000 is 1.3万元以上 (附则1: 以上含本数); both forms at once are refused.
	tg, err := welfare.Default().Targets2025(dayIn, welfare.TargetFigures{LowestDibaoYearly: dec("13000"), LowestRuralIncome: &rural,
		ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")})
	if err != nil || !tg.DibaoStandard || !tg.AllMet {
		t.Errorf("a yearly standard of 13,000: want the target met, got %+v, %v", tg, err)
	}
	_, err = welfare.Default().Targets2025(dayIn, welfare.TargetFigures{LowestDibaoYearly: dec("13000"), LowestDibaoStandard: dec("1085"),
		LowestRuralIncome: &rural, ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")})
	if !errors.As(err, &re) || re.Input != "lowest_dibao_standard" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("both the yearly and the monthly standard: want an invalid input on lowest_dibao_standard, got %v", err)
	}
	_, err = welfare.Default().Targets2025(dayIn, welfare.TargetFigures{LowestRuralIncome: &rural, ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")})
	if !errors.As(err, &re) || re.Input != "lowest_dibao_yearly" || re.Msg != "missing" {
		t.Errorf("no 低保 standard: want lowest_dibao_yearly missing, got %v", err)
	}
	for _, c := range []struct {
		name  string
		f     welfare.TargetFigures
		field string
	}{
		{"no resident income", welfare.TargetFigures{LowestDibaoStandard: dec("1085"), LowestRuralIncome: &rural, MiddleIncomeShare: rules.Pct("80")}, "resident_income"},
		{"no middle-income share", welfare.TargetFigures{LowestDibaoStandard: dec("1085"), LowestRuralIncome: &rural, ResidentIncome: dec("77000")}, "middle_income_share"},
	} {
		_, err := welfare.Default().Targets2025(dayIn, c.f)
		if !errors.As(err, &re) || re.Input != c.field || re.Msg != "missing" {
			t.Errorf("%s: want %s missing, got %v", c.name, c.field, err)
		}
	}
	got, err := welfare.Default().Targets2025(dayIn, welfare.TargetFigures{LowestDibaoStandard: dec("1085"), LowestRuralIncome: &zero,
		ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")})
	if err != nil {
		t.Fatal(err)
	}
	// 1,085 × 12 = 13,020 ≥ 13,000; a rural income of 0 is 1.3万元以下; 77,000
	// and 80% are reached (达到 includes the figure).
	if got.AllMet || got.RuralIncome || !got.DibaoStandard || !got.ResidentIncome || !got.MiddleIncomeShare {
		t.Errorf("a rural income of 0: want only the rural target not met, got %+v", got)
	}
}

// 二、9 pays the guardian: a guardian the household data cannot name is
// refused, naming the guardian, never paid to someone else.
func TestGuardianPayeeRefused(t *testing.T) {
	three, self := 3, 0
	for _, c := range []struct {
		name string
		g    welfare.Guardian
	}{
		{"a member the household does not have", welfare.Guardian{Member: &three}},
		{"the patient", welfare.Guardian{Member: &self}},
		{"neither a member nor named", welfare.Guardian{}},
	} {
		p := welfare.Member{Name: "甲", Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassII, GuardianFulfils: true, Guardian: &c.g}}
		h := welfare.Household{Locality: welfare.Lucheng, Members: []welfare.Member{p, {Name: "乙"}}}
		_, err := welfare.Default().MentalGuardianSubsidy(dayIn, welfare.MemberCase{Household: h, Member: p})
		var re *rules.Error
		if !errors.As(err, &re) || re.Field != "guardian" || !errors.Is(err, rules.ErrInvalidInput) {
			t.Errorf("%s: want an invalid input naming guardian, got %v", c.name, err)
		}
		if h.Validate(dayIn) == nil {
			t.Errorf("%s: want Validate to refuse it", c.name)
		}
	}
}
