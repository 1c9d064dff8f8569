package welfare_test

import (
	"fmt"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// county is a county that pays more than the city's floors (附则2: 各地原有
// 各类补助…超本政策标准的，不降低标准，就高执行): a veteran supplement of 15% of
// the 低保 standard, a 特困 standard of 1.5 times the 低保 standard, 75% of
// living consumption for children, and a high-age allowance of 60, 250 and
// 600 yuan.
// county is built once: deriving a book compiles it again.
var county = sync.OnceValue(func() *welfare.Evaluator {
	notice := &rules.Document{Number: "某县帮扶政策（示例）", Title: "某县特殊群体帮扶政策", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	from := rules.MustDate(2022, 5, 1)
	n := decimal.RequireFromString
	b, err := welfare.Book().Derive(
		rules.Override{Param: "veteran_supplement_share", From: from, Value: "0.15", Cite: notice.Cite("一", "低保标准的15%")},
		rules.Override{Param: "tekun_dibao_multiple", From: from, Value: "1.5", Cite: notice.Cite("二", "低保标准的1.5倍")},
		rules.Override{Param: "child_living_share", From: from, Value: "0.75", Cite: notice.Cite("三", "人均生活消费支出的75%")},
	)
	if err != nil {
		panic(err)
	}
	b, err = b.Derive(welfare.CountyHighAgeAllowance(welfare.Wencheng, from, &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
		{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: n("60")},
		{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: n("250")},
		{Range: rules.Range{Lo: rules.Incl("100")}, Value: n("600")},
	}}, notice.Cite("四", "每人每月60元、250元、600元"))...)
	if err != nil {
		panic(err)
	}
	return welfare.MustEvaluator(b)
})

func ExampleEvaluator_Targets2025() {
	rural := decimal.RequireFromString("14000")
	c, err := county().Targets2025(on, welfare.TargetFigures{
		LowestDibaoStandard: decimal.RequireFromString("1100"), // × 12 = 13,200
		LowestRuralIncome:   &rural,
		ResidentIncome:      decimal.RequireFromString("76000"),
		MiddleIncomeShare:   decimal.RequireFromString("0.85"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.AllMet, c.ResidentIncome)
	// Output: false false
}

func ExampleEvaluator_DibianStandard() {
	s := local
	s.Dibao = decimal.RequireFromString("1200")
	d, err := county().DibianStandard(on, s, decimal.NewFromInt(2)) // 2 × 1,200 = 2,400 > 2,280
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Threshold.StringFixed(2), d.CappedByWage)
	// Output: 2280.00 true
}

func ExampleEvaluator_TekunBasicStandard() {
	s := local
	s.UrbanConsumption = decimal.RequireFromString("30000") // × 50% = 15,000
	t, err := county().TekunBasicStandard(on, s)            // 1,085 × 1.5 × 12 = 19,530
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Monthly.StringFixed(2), t.Yearly.StringFixed(2), t.Binding)
	// Output: 1627.50 19530.00 按低保标准倍数
}

func ExampleEvaluator_TekunCareFee() {
	m := welfare.Member{Tekun: welfare.TekunSocialInstitution, SelfCare: welfare.ModeratelyDependent}
	b, err := county().TekunCareFee(on, m, local) // 2,280 × 40%
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 912.00
}

func ExampleEvaluator_VeteranSupplement() {
	b, err := county().VeteranSupplement(on, welfare.Household{Locality: welfare.Wencheng, Status: welfare.Dibao}, welfare.Member{Veteran: true}, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2)) // 1,085 × 15%
	// Output: 162.75
}

func ExampleEvaluator_ElderlyCareSubsidy() {
	s := local
	s.TekunCareFee = map[welfare.SelfCare]decimal.Decimal{welfare.ModeratelyDependent: decimal.RequireFromString("912")}
	m := welfare.Member{BirthDate: rules.MustDate(1950, 1, 1), SelfCare: welfare.ModeratelyDependent,
		CareMode: welfare.InstitutionalCare, CareApproved: true}
	b, err := county().ElderlyCareSubsidy(on, welfare.Household{Locality: welfare.Wencheng, Status: welfare.Dibao}, m, s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 912.00
}

func ExampleEvaluator_HighAgeAllowance() {
	b, err := county().HighAgeAllowance(on, welfare.Household{Locality: welfare.Wencheng}, welfare.Member{BirthDate: rules.MustDate(1938, 1, 1)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2)) // aged 85: the county's 60, not the city's 50
	// Output: 60.00
}

func ExampleEvaluator_ChildBasicLiving() {
	m := welfare.Member{BirthDate: rules.MustDate(2016, 1, 1), ChildCategory: welfare.UnsupportedChild}
	b, err := county().ChildBasicLiving(on, welfare.Household{Locality: welfare.Wencheng}, m, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2)) // 30,000 × 75%
	// Output: 22500.00
}

func ExampleEvaluator_FamilyPlanningGrant() {
	b, err := county().FamilyPlanningGrant(on, welfare.Household{Locality: welfare.Dongtou, FamilyPlanning: welfare.FPSpecialHardship})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output: 3000.00 元/户
}

func ExampleEvaluator_WorkerLivingAid() {
	b, err := county().WorkerLivingAid(on, welfare.Household{Locality: welfare.Wencheng}, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Eligible, b.Failed[0].Name)
	// Output: false registered
}

func ExampleEvaluator_MentalGuardianSubsidy() {
	m := welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassII, GuardianFulfils: true}}
	b, err := county().MentalGuardianSubsidy(on, welfare.Household{Locality: welfare.Wencheng}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 400.00
}

func ExampleEvaluator_MentalCareSubsidy() {
	m := welfare.Member{Tekun: welfare.TekunDispersed, Mental: &welfare.MentalHealth{CommunityManaged: true}}
	b, err := county().MentalCareSubsidy(on, welfare.Household{Locality: welfare.Wencheng}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 200.00
}

func ExampleEvaluator_MentalInjectionSubsidy() {
	m := welfare.Member{Mental: &welfare.MentalHealth{Schizophrenia: true, PoorCompliance: true, WeakGuardianship: true,
		IncidentRisk: true, InjectionApproved: true}}
	b, err := county().MentalInjectionSubsidy(on, welfare.Household{Locality: welfare.Wencheng}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output: 10000.00 元/人·年
}

func ExampleEvaluator_CountedIncome() {
	h := welfare.Household{Status: welfare.Dibian, Members: make([]welfare.Member, 2), Income: welfare.Income{PeriodMonths: 12,
		Items: []welfare.IncomeItem{{Kind: welfare.OutsourcedWork, Amount: decimal.RequireFromString("25000")}}}}
	inc, err := county().CountedIncome(on, h, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(inc.Counted.StringFixed(2), inc.Excluded.StringFixed(2)) // 20,000 of it not counted
	// Output: 5000.00 20000.00
}

func ExampleEvaluator_DibaoAllowance() {
	h := welfare.Household{Status: welfare.Dibao, Members: make([]welfare.Member, 2), Income: welfare.Income{PeriodMonths: 12,
		Items: []welfare.IncomeItem{{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("30000")}}}}
	a, err := county().DibaoAllowance(on, h, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 30,000 / 12 / 2 = 1,250 a person a month, not below 1,085.
	fmt.Println(a.Eligible, a.Failed[0].Name, a.PerCapitaIncome.StringFixed(2))
	// Output: false below_standard 1250.00
}

func ExampleEvaluator_DibaoPhaseOut() {
	h := welfare.Household{Status: welfare.Dibao, Members: make([]welfare.Member, 2),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2023, 2, 1), To: rules.MustDate(2024, 1, 31)}}
	p, err := county().DibaoPhaseOut(rules.MustDate(2025, 3, 1), h, local, rules.MustDate(2024, 2, 29), true)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Found on 29 February 2024 through a first enterprise subscription: the
	// year ends on 28 February 2025 (Civil Code art. 202).
	fmt.Println(p.Eligible, p.Until, p.InPhaseOut)
	// Output: true 2025-02-28 false
}
