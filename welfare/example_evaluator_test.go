package welfare_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func ExampleEvaluator_Targets2025() {
	on := rules.MustDate(2023, 6, 1)            // the date of the case
	rural := decimal.RequireFromString("13000") // 1.3万元以下 includes 13,000
	c, _ := welfare.Default().Targets2025(rules.MustDate(2025, 12, 31), welfare.TargetFigures{
		LowestDibaoStandard: decimal.RequireFromString("1085"), // × 12 = 13,020
		LowestRuralIncome:   &rural,
		ResidentIncome:      decimal.RequireFromString("78000"),
		MiddleIncomeShare:   rules.Pct("81"),
	})
	fmt.Println(c.AllMet, c.DibaoStandard, c.RuralIncome, c.ResidentIncome, c.MiddleIncomeShare)
	// The yearly standard as the target states it: exactly 13,000 is
	// 1.3万元以上 (以上 includes the figure).
	c, _ = welfare.Default().Targets2025(rules.MustDate(2025, 12, 31), welfare.TargetFigures{
		LowestDibaoYearly: decimal.RequireFromString("13000"),
		LowestRuralIncome: &rural,
		ResidentIncome:    decimal.RequireFromString("78000"),
		MiddleIncomeShare: rules.Pct("81"),
	})
	fmt.Println(c.DibaoStandard)
	// A figure not given is unknown, not a target missed.
	_, err := welfare.Default().Targets2025(rules.MustDate(2025, 12, 31), welfare.TargetFigures{
		LowestDibaoStandard: decimal.RequireFromString("1085"), LowestRuralIncome: &rural,
		MiddleIncomeShare: rules.Pct("81"),
	})
	fmt.Println(err)

	// Another county's figures.
	rural = decimal.RequireFromString("14000")
	c, err = welfare.Default().Targets2025(on, welfare.TargetFigures{
		LowestDibaoStandard: decimal.RequireFromString("1100"), // × 12 = 13,200
		LowestRuralIncome:   &rural,
		ResidentIncome:      decimal.RequireFromString("76000"),
		MiddleIncomeShare:   rules.Pct("85"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.AllMet, c.ResidentIncome)
	// Output:
	// false true false true true
	// true
	// welfare.indicators.targets_2025: ResidentIncome: missing
	// false false
}

func ExampleEvaluator_DibianStandard() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	for _, f := range []string{"1.5", "2", "2.5"} {
		d, err := welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: local, Factor: decimal.RequireFromString(f)})
		if err != nil {
			fmt.Println(f, "refused")
			continue
		}
		fmt.Println(f, d.Threshold.StringFixed(2), d.CappedByWage)
	}

	// A county with a higher 低保 standard: the minimum wage holds it down.
	s := local
	s.Dibao = decimal.RequireFromString("1200")
	d, err := welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: s, Factor: decimal.NewFromInt(2)}) // 2 × 1,200 = 2,400 > 2,280
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Threshold.StringFixed(2), d.CappedByWage)
	// Output:
	// 1.5 1627.50 false
	// 2 2170.00 false
	// 2.5 refused
	// 2280.00 true
}

func ExampleEvaluator_TekunBasicStandard() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	t, _ := welfare.Default().TekunBasicStandard(on, local)
	fmt.Println(t.Monthly.StringFixed(2), t.Yearly.StringFixed(2), t.Binding)

	// A county paying 1.5 times the 低保 standard.
	s := local
	s.UrbanConsumption = decimal.RequireFromString("30000") // × 50% = 15,000
	// A county that pays more than the city derives its own book (附则2:
	// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
	// a 特困 standard of 1.5 times the 低保 standard.
	notice := &rules.Document{Number: "某县帮扶政策（示例）", Title: "某县特殊群体帮扶政策", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	countyBook, err := welfare.Book().Derive(rules.Override{Param: "tekun_dibao_multiple", From: rules.MustDate(2022, 5, 1), Value: "1.5", Cite: notice.Cite("二", "低保标准的1.5倍")})
	if err != nil {
		fmt.Println(err)
		return
	}
	county := welfare.MustEvaluator(countyBook)
	t, err = county.TekunBasicStandard(on, s) // 1,085 × 1.5 × 12 = 19,530
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Monthly.StringFixed(2), t.Yearly.StringFixed(2), t.Binding)
	// Output:
	// 1500.00 18000.00 按上年度城镇居民人均消费支出
	// 1627.50 19530.00 按低保标准倍数
}

func ExampleEvaluator_TekunCareFee() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	for _, m := range []welfare.Member{
		{Tekun: welfare.TekunSocialInstitution, SelfCare: welfare.FullyDependent},
		{Tekun: welfare.TekunDispersed, SelfCare: welfare.FullyDependent},
		{Tekun: welfare.TekunGovernmentInstitution, SelfCare: welfare.FullyDependent},
		{Tekun: welfare.TekunSocialInstitution, SelfCare: welfare.ModeratelyDependent}, // 2,280 × 40%
	} {
		b, err := welfare.Default().TekunCareFee(on, welfare.MemberCase{Member: m, LocalStandards: local})
		if err != nil {
			fmt.Println(m.Tekun, "assessed locally")
			continue
		}
		fmt.Println(m.Tekun, b.Amount.StringFixed(2))
	}
	// Output:
	// 社会机构集中供养 1824.00
	// 分散供养 912.00
	// 政府供养机构集中供养 assessed locally
	// 社会机构集中供养 912.00
}

func ExampleEvaluator_VeteranSupplement() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	vet := welfare.Member{Veteran: true}
	b, _ := welfare.Default().VeteranSupplement(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}, Member: vet, LocalStandards: local})
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	b, _ = welfare.Default().VeteranSupplement(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibian}, Member: vet, LocalStandards: local})
	fmt.Println(b.Eligible(), b.Failed()[0].In(rules.Chinese))
	// 附则1: the policy is for Wenzhou registrations, and 二、4 says nothing
	// otherwise.
	b, _ = welfare.Default().VeteranSupplement(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.OutsideWenzhou, Status: welfare.Dibao}, Member: vet, LocalStandards: local})
	fmt.Println(b.Eligible(), b.Failed()[0].In(rules.Chinese))

	// A county paying 15% of the 低保 standard.
	// A county that pays more than the city derives its own book (附则2:
	// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
	// a veteran supplement of 15% of the 低保 standard.
	notice := &rules.Document{Number: "某县帮扶政策（示例）", Title: "某县特殊群体帮扶政策", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	countyBook, err := welfare.Book().Derive(rules.Override{Param: "veteran_supplement_share", From: rules.MustDate(2022, 5, 1), Value: "0.15", Cite: notice.Cite("一", "低保标准的15%")})
	if err != nil {
		fmt.Println(err)
		return
	}
	county := welfare.MustEvaluator(countyBook)
	b, err = county.VeteranSupplement(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng, Status: welfare.Dibao}, Member: vet, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2)) // 1,085 × 15%
	// Output:
	// 108.50 元/人·月
	// false 未满足：低保中的（household_status = 低边）
	// false 未满足：温州户籍（area = 市外）
	// 162.75
}

func ExampleEvaluator_ElderlyCareSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	h := welfare.Household{Locality: welfare.Pingyang, Status: welfare.Dibao}
	no := false
	for _, m := range []welfare.Member{
		{BirthDate: rules.MustDate(1950, 1, 1), SelfCare: welfare.FullyDependent},
		{BirthDate: rules.MustDate(1943, 6, 1), SelfCare: welfare.SelfCaring},                // 80 on 2023-06-01, assessed able
		{BirthDate: rules.MustDate(1943, 6, 2), SelfCare: welfare.SelfCaring, Dementia: &no}, // 79, able, not demented
	} {
		b, _ := welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: local})
		fmt.Println(b.Eligible(), b.Amount.StringFixed(2))
	}
	// A class not assessed is missing, not "able": at 80 the figure is
	// anywhere from 125 to 500.
	_, err := welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: rules.MustDate(1943, 6, 1)}, LocalStandards: local})
	fmt.Println(err)

	// In approved institutional care: the local 特困 care-fee standard of
	// the member's class.
	s := local
	s.TekunCareFee = map[welfare.SelfCare]decimal.Decimal{welfare.ModeratelyDependent: decimal.RequireFromString("912")}
	m := welfare.Member{BirthDate: rules.MustDate(1950, 1, 1), SelfCare: welfare.ModeratelyDependent,
		CareMode: welfare.InstitutionalCare, CareApproved: true}
	b, err := welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng, Status: welfare.Dibao}, Member: m, LocalStandards: s})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// true 500.00
	// true 125.00
	// false 0.00
	// welfare.elderly.care_subsidy: SelfCare: missing
	// 912.00
}

// The allowance with the clauses it rests on, and a county's own figures.
func ExampleEvaluator_HighAgeAllowance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.Lucheng}
	for _, born := range []rules.Date{rules.MustDate(1943, 6, 2), rules.MustDate(1943, 6, 1), rules.MustDate(1933, 6, 1), rules.MustDate(1923, 6, 1)} {
		b, _ := welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: born}})
		if !b.Eligible() {
			fmt.Println(b.Failed()[0].In(rules.Chinese))
			continue
		}
		fmt.Println(b.Amount.StringFixed(2), b.Unit)
	}
	b, _ := welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: rules.MustDate(1923, 6, 1)}})
	for _, c := range b.Result().Citations() {
		fmt.Println(c.Ref())
	}

	// A county that pays more than the city derives its own book (附则2:
	// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
	// a high-age allowance of 60, 250 and 600 yuan.
	notice := &rules.Document{Number: "某县帮扶政策（示例）", Title: "某县特殊群体帮扶政策", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	countyBook, err := welfare.Book().Derive(welfare.CountyHighAgeAllowance(welfare.Wencheng, rules.MustDate(2022, 5, 1), &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
		{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(60)},
		{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(250)},
		{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(600)},
	}}, notice.Cite("四", "每人每月60元、250元、600元"))...)
	if err != nil {
		fmt.Println(err)
		return
	}
	county := welfare.MustEvaluator(countyBook)
	b, err = county.HighAgeAllowance(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng}, Member: welfare.Member{BirthDate: rules.MustDate(1938, 1, 1)}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2)) // aged 85: the county's 60, not the city's 50
	// Output:
	// 未满足：80周岁以上（age = 79 年, high_age_allowance_min = 80 年）
	// 50.00 元/人·月
	// 200.00 元/人·月
	// 500.00 元/人·月
	// 温政发〔2022〕6号 二、5
	// 温政发〔2022〕6号 二、5
	// 温政发〔2022〕6号 附则1
	// 60.00
}

func ExampleEvaluator_ChildBasicLiving() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	orphan := welfare.Member{BirthDate: rules.MustDate(2013, 3, 1), ChildCategory: welfare.ScatteredOrphan}
	b, _ := welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: orphan, LocalStandards: local})
	fmt.Println(b.Amount.StringFixed(2), b.Monthly.StringFixed(2))

	// A county paying 75% of living consumption.
	m := welfare.Member{BirthDate: rules.MustDate(2016, 1, 1), ChildCategory: welfare.UnsupportedChild}
	// A county that pays more than the city derives its own book (附则2:
	// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
	// 75% of living consumption for children.
	notice := &rules.Document{Number: "某县帮扶政策（示例）", Title: "某县特殊群体帮扶政策", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	countyBook, err := welfare.Book().Derive(rules.Override{Param: "child_living_share", From: rules.MustDate(2022, 5, 1), Value: "0.75", Cite: notice.Cite("三", "人均生活消费支出的75%")})
	if err != nil {
		fmt.Println(err)
		return
	}
	county := welfare.MustEvaluator(countyBook)
	b, err = county.ChildBasicLiving(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng}, Member: m, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2)) // 30,000 × 75%
	// Output:
	// 21000.00 1750.00
	// 22500.00
}

func ExampleEvaluator_FamilyPlanningGrant() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, h := range []welfare.Household{
		{Locality: welfare.Lucheng, FamilyPlanning: welfare.FPSeriousIllness},
		{Locality: welfare.Longwan, FamilyPlanning: welfare.FPLeftBehind},
		{Locality: welfare.Yueqing, FamilyPlanning: welfare.FPSeriousIllness},
	} {
		b, _ := welfare.Default().FamilyPlanningGrant(on, h)
		fmt.Println(h.Locality, b.Eligible(), b.Amount.StringFixed(2))
	}
	b, err := welfare.Default().FamilyPlanningGrant(on, welfare.Household{Locality: welfare.Dongtou, FamilyPlanning: welfare.FPSpecialHardship})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output:
	// 鹿城区 true 3500.00
	// 龙湾区 true 1500.00
	// 乐清市 false 0.00
	// 3000.00 元/户
}

func ExampleEvaluator_WorkerLivingAid() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	b, _ := welfare.Default().WorkerLivingAid(on, welfare.HouseholdCase{Household: welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}, LocalStandards: local})
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// A household not registered as a hardship worker's.
	b, err := welfare.Default().WorkerLivingAid(on, welfare.HouseholdCase{Household: welfare.Household{Locality: welfare.Wencheng}, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Eligible(), b.Failed()[0].Name)
	// Output:
	// 13020.00 元/户·年
	// false registered
}

func ExampleEvaluator_MentalGuardianSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A patient of risk class I whose guardian fulfils the duties, managed in
	// the community.
	patient := welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI, GuardianFulfils: true, CommunityManaged: true}}
	b, _ := welfare.Default().MentalGuardianSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: patient})
	fmt.Println(b.Amount.StringFixed(2), b.Unit, b.Payee) // the guardian not stated

	// Paid to the guardian: here the patient's mother, member 2.
	mother := 1
	p := welfare.Member{Name: "甲", Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI, GuardianFulfils: true, Guardian: &welfare.Guardian{Member: &mother}}}
	h := welfare.Household{Locality: welfare.Lucheng, Members: []welfare.Member{p, {Name: "甲母"}}}
	b, _ = welfare.Default().MentalGuardianSubsidy(on, welfare.MemberCase{Household: h, Member: p})
	fmt.Println(b.Payee)

	m := welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassII, GuardianFulfils: true}}
	b, err := welfare.Default().MentalGuardianSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng}, Member: m})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// 150.00 元/人·月 监护人（未载明：Member.Mental.Guardian）
	// 监护人 甲母（成员2）
	// 400.00
}

func ExampleEvaluator_MentalCareSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A patient of risk class I whose guardian fulfils the duties, managed in
	// the community.
	patient := welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI, GuardianFulfils: true, CommunityManaged: true}}
	b, _ := welfare.Default().MentalCareSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}, Member: patient})
	fmt.Println(b.Amount.StringFixed(2))
	b, _ = welfare.Default().MentalCareSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: patient})
	fmt.Println(b.Eligible(), b.Failed()[0].Name)

	// A 特困 patient in dispersed support needs no 低保 status.
	m := welfare.Member{Tekun: welfare.TekunDispersed, Mental: &welfare.MentalHealth{CommunityManaged: true}}
	b, err := welfare.Default().MentalCareSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng}, Member: m})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// 200.00
	// false hardship
	// 200.00
}

func ExampleEvaluator_MentalInjectionSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A patient of risk class I whose guardian fulfils the duties, managed in
	// the community.
	patient := welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI, GuardianFulfils: true, CommunityManaged: true}}
	b, _ := welfare.Default().MentalInjectionSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: patient})
	for _, f := range b.Failed() {
		fmt.Println(f.Name)
	}

	m := welfare.Member{Mental: &welfare.MentalHealth{Schizophrenia: true, PoorCompliance: true, WeakGuardianship: true,
		IncidentRisk: true, InjectionApproved: true}}
	b, err := welfare.Default().MentalInjectionSubsidy(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Wencheng}, Member: m})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output:
	// schizophrenia
	// poor_compliance
	// weak_guardianship
	// incident_risk
	// injection_approved
	// 10000.00 元/人·年
}

// A 低保 household of three, assessed on the income of June 2022 to May
// 2023. The father's first job began on 2022-03-01: what he earned to
// 2023-03-01 is not counted (1年内不计家庭收入), from the cost of the 2 years
// after the 低边 standard is deducted. Of his 36,000, spread over the 12
// months, June to February (9 months, 27,000) is not counted; March to May
// (3 months, 9,000) less 1,627.50 × 3 = 4,882.50 counts 4,117.50. Of the
// mother's public-welfare post subsidy, the part up to the 低边 standard
// (1,627.50 × 12 = 19,530) is not counted.
func ExampleEvaluator_CountedIncome() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibao, Members: make([]welfare.Member, 3),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 6, 1), To: rules.MustDate(2023, 5, 31), Items: []welfare.IncomeItem{
			{Kind: welfare.WageIncome, Amount: decimal.RequireFromString("36000"), Member: 0, FirstEmployment: true, StartedOn: rules.MustDate(2022, 3, 1)},
			{Kind: welfare.PublicPostSubsidy, Amount: decimal.RequireFromString("20400"), Member: 1},
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3000"), Member: 2},
		}}}
	inc, err := welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: h, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range inc.Items {
		line := fmt.Sprint(it.Item.Kind, " ", it.Counted.StringFixed(2), " ", it.Excluded.StringFixed(2), " ", it.Treatment)
		if !it.ExemptUntil.IsZero() {
			line += " " + it.ExemptUntil.String()
		}
		fmt.Println(line)
	}
	fmt.Println("counted", inc.Counted.StringFixed(2))

	// Outsourced work: 20,000 a household not counted.
	h = welfare.Household{Status: welfare.Dibian, Members: make([]welfare.Member, 2), Income: welfare.Income{PeriodMonths: 12,
		Items: []welfare.IncomeItem{{Kind: welfare.OutsourcedWork, Amount: decimal.RequireFromString("25000")}}}}
	inc, err = welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: h, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(inc.Counted.StringFixed(2), inc.Excluded.StringFixed(2))
	// Output:
	// 就业收入 4117.50 31882.50 按月分摊：免计期内不计入，扣除期内按低边标准扣除，其余计入 2023-03-01
	// 公益性岗位补贴 870.00 19530.00 岗位补贴低于低边标准部分不计入
	// 其他收入 3000.00 0.00 全额计入
	// counted 7987.50
	// 5000.00 20000.00
}

func ExampleEvaluator_DibaoAllowance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibao, Members: make([]welfare.Member, 3),
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3870")},
		}}}
	a, err := welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: h, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	// (1085 − 3870 / 12 / 3) × 3 = 3255 − 322.50 = 2932.50
	fmt.Println(a.Eligible(), a.Amount.StringFixed(2), a.Unit, a.PerCapitaIncome.StringFixed(2))

	h = welfare.Household{Status: welfare.Dibao, Members: make([]welfare.Member, 2), Income: welfare.Income{PeriodMonths: 12,
		Items: []welfare.IncomeItem{{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("30000")}}}}
	a, err = welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: h, LocalStandards: local})
	if err != nil {
		fmt.Println(err)
		return
	}
	// 30,000 / 12 / 2 = 1,250 a person a month, not below 1,085.
	fmt.Println(a.Eligible(), a.Failed()[0].Name, a.PerCapitaIncome.StringFixed(2))
	// Output:
	// true 2932.50 元/月 107.50
	// false below_standard 1250.00
}

func ExampleEvaluator_DibaoPhaseOut() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	// The income of April 2022 to March 2023, found over the standard on
	// 2023-04-20.
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian, Members: make([]welfare.Member, 2),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 4, 1), To: rules.MustDate(2023, 3, 31), Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("40000")}, // 1,666.67 a person a month > 1,627.50
		}}}
	p, err := welfare.Default().DibaoPhaseOut(on, welfare.PhaseOutCase{Household: h, LocalStandards: local, FoundOn: rules.MustDate(2023, 4, 20)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Eligible(), p.Until, p.InPhaseOut, p.PerCapitaIncome.StringFixed(2))

	h = welfare.Household{Status: welfare.Dibao, Members: make([]welfare.Member, 2),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2023, 2, 1), To: rules.MustDate(2024, 1, 31)}}
	p, err = welfare.Default().DibaoPhaseOut(rules.MustDate(2025, 3, 1), welfare.PhaseOutCase{Household: h, LocalStandards: local, FoundOn: rules.MustDate(2024, 2, 29), BySubscription: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Found on 29 February 2024 through a first enterprise subscription: the
	// year ends on 28 February 2025 (Civil Code art. 202).
	fmt.Println(p.Eligible(), p.Until, p.InPhaseOut)
	// Output:
	// true 2024-04-20 true 1666.67
	// true 2025-02-28 false
}
