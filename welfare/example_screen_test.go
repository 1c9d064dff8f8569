package welfare_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Screening the widow of the Assess example: the same benefits granted,
// with the same figures, and nothing built for the others. One Screening
// serves household after household.
func ExampleEvaluator_Screen() {
	on := rules.MustDate(2023, 6, 1)
	local := welfare.LocalStandards{ // the locality's figures, which the document leaves to it
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: decimal.RequireFromString("1200")},
		Members: []welfare.Member{{Name: "王阿婆", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.MildlyDependent,
			ResidentMedical: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("2000"),
				Visit: welfare.Inpatient, Designated: true}}},
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3600")}}},
	}
	var sc welfare.Screening
	if err := welfare.Default().Screen(on, h, local, &sc); err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range sc.Grants {
		line := fmt.Sprint(g.Member, " ", g.Rule, " ", g.Amount.StringFixed(2))
		if g.Outcome != "" {
			line += " " + g.Outcome
		}
		fmt.Println(line)
	}
	fmt.Println("not granted", sc.NotGranted, "not assessed", sc.NotAssessed, "left to assessment", sc.CaseByCase)

	// Totals by rule and locality, as a batch run keeps them.
	var t batch.Totals
	sc.AddTo(&t)
	fmt.Println(len(t.Rows()), "totals")
	// Output:
	// -1 welfare.dibao.allowance 785.00
	// -1 welfare.housing.rental_eligibility 0.00 依申请优先安排实物配租
	// -1 welfare.housing.rent_subsidy 1200.00
	// -1 welfare.utilities.free_quota.utilities 0.00 水、天然气、用电基数及有线电视费用减免
	// 0 welfare.elderly.care_subsidy 125.00
	// 0 welfare.elderly.high_age_allowance 50.00
	// 0 welfare.medical.assistance 1600.00
	// 0 welfare.insurance.premium_subsidy.medical 380.00
	// 0 welfare.utilities.free_quota.transport 0.00 免费乘坐公共交通
	// not granted 11 not assessed 13 left to assessment 1
	// 9 totals
}

// A statement's screening is what Screen finds for the household. A
// 93-year-old of 瑞安市: the county sets its high-age allowance by
// reference to 市区's (二、5 参照执行), so the benefit is left to
// assessment, and nothing is granted outright.
func ExampleStatement_Screening() {
	on := rules.MustDate(2023, 6, 1)
	h := welfare.Household{Locality: welfare.Ruian, Members: []welfare.Member{{BirthDate: rules.MustDate(1930, 1, 1)}}}
	st, err := welfare.Default().Assess(on, h, welfare.LocalStandards{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var sc welfare.Screening
	st.Screening(&sc)
	for _, g := range sc.Grants {
		fmt.Println(g.Rule, g.Status)
	}
	fmt.Println("left to assessment", sc.CaseByCase)
	// Output:
	// left to assessment 1
}

// Pricing a reform household by household: a 90-year-old of 鹿城区 under
// a book whose 90-to-99 band of the high-age allowance is raised from 200
// to 300 yuan a month (二、5's figures are floors, 不低于).
func ExampleCompare() {
	on := rules.MustDate(2023, 6, 1)
	notice := &rules.Document{Number: "示例〔2023〕2号", Title: "高龄津贴提标（示例）", Issuer: "示例区人民政府",
		Issued: rules.MustDate(2023, 1, 1), InForce: rules.Since(rules.MustDate(2023, 1, 1))}
	reformed, err := welfare.Book().Derive(rules.Override{Param: "high_age_allowance", From: rules.MustDate(2023, 1, 1),
		Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.RequireFromString("50")},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.RequireFromString("300")},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.RequireFromString("500")},
		}}, Cite: notice.Cite("一", "90至99周岁每人每月300元")})
	if err != nil {
		fmt.Println(err)
		return
	}
	h := welfare.Household{Locality: welfare.Lucheng, Members: []welfare.Member{{BirthDate: rules.MustDate(1933, 1, 1)}}}
	var base, reform welfare.Screening
	if err := welfare.Default().Screen(on, h, welfare.LocalStandards{}, &base); err != nil {
		fmt.Println(err)
		return
	}
	if err := welfare.MustEvaluator(reformed).Screen(on, h, welfare.LocalStandards{}, &reform); err != nil {
		fmt.Println(err)
		return
	}
	for _, sc := range []welfare.Screening{base, reform} {
		for _, g := range sc.Grants {
			if g.Rule == welfare.RuleHighAgeAllowance {
				fmt.Println(g.Amount.StringFixed(2))
			}
		}
	}
	fmt.Println(welfare.Compare(&base, &reform))

	// The totals of a population under both, key by key.
	var before, after batch.Totals
	base.AddTo(&before)
	reform.AddTo(&after)
	for _, c := range batch.Diff(&before, &after) {
		fmt.Println(c.Rule, c.Locality, c.Delta)
	}
	// Output:
	// 200.00
	// 300.00
	// better off
	// welfare.elderly.high_age_allowance 鹿城区 100
}
