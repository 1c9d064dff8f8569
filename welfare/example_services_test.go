package welfare_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func ExampleEvaluator_PriorityRental() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, h := range []welfare.Household{
		{Locality: welfare.Lucheng, Status: welfare.Dibao, Housing: &welfare.Housing{OwnsHome: new(false)}},
		{Locality: welfare.Lucheng, Housing: &welfare.Housing{OwnsHome: new(true), Priority: welfare.LoneElderly}},
		{Locality: welfare.Ruian, Status: welfare.Dibao, Housing: &welfare.Housing{OwnsHome: new(false)}},
	} {
		d, _ := welfare.Default().PriorityRental(on, h)
		fmt.Println(d.Eligible(), d.Allocation, d.Basis, d.FailedNames())
	}
	// Another case.
	{
		d, _ := welfare.Default().PriorityRental(on, welfare.Household{Locality: welfare.Dongtou, SpecialCare: true, Housing: &welfare.Housing{OwnsHome: new(true)}})
		fmt.Println(d.Eligible(), d.Allocation)
	}
	// Output:
	// true 依申请优先安排实物配租 低保低边无房户 []
	// true 依申请优先安排实物配租 孤寡老年人 []
	// false   [urban_hukou]
	// true 依申请优先安排实物配租
}

func ExampleEvaluator_NewCitizenRental() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.OutsideWenzhou,
		Housing: &welfare.Housing{OwnsHome: new(false), ContractYears: new(decimal.RequireFromString("1")), InsuredMonths: new(3)}}
	d, _ := welfare.Default().NewCitizenRental(on, h)
	fmt.Println(d.Eligible(), d.Allocation)
	h.Housing.InsuredMonths = new(2)
	d, _ = welfare.Default().NewCitizenRental(on, h)
	fmt.Println(d.Eligible(), d.Failed()[0].In(rules.Chinese))
	// Another case.
	{
		h := welfare.Household{Locality: welfare.Wencheng, Housing: &welfare.Housing{OwnsHome: new(false), OpenEndedContract: true, InsuredMonths: new(4)}}
		d, _ := welfare.Default().NewCitizenRental(on, h)
		fmt.Println(d.Eligible(), d.Allocation)
	}
	// Output:
	// true 可申请保障性租赁住房
	// false 未满足：以用人单位名义依法缴纳社保或个人所得税连续3个月以上（insured_months = 2 月, new_citizen_insured_months = 3 月）
	// true 可申请保障性租赁住房
}

func ExampleEvaluator_RentSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, h := range []welfare.Household{
		{Locality: welfare.Lucheng, Status: welfare.Dibian, Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: decimal.RequireFromString("1500")}},
		{Locality: welfare.Lucheng, Status: welfare.Dibao, Housing: &welfare.Housing{PublicRental: true, PublicRent: decimal.RequireFromString("260")}},
	} {
		b, _ := welfare.Default().RentSubsidy(on, h)
		// The unit, like the citations and the explanation, is the full
		// result's, which the Outcome evaluates again when asked.
		monthly, _ := b.Result().Figure("monthly")
		fmt.Println(b.Amount.StringFixed(2), monthly.Unit, b.Kind)
	}
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// rent subsidies of 90% for 低边 and 60% for other supported families.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "rent_subsidy_share", From: rules.MustDate(2022, 5, 1), Cite: notice.Cite("二", "100%、90%、60%"),
			Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{"低保"}, Value: decimal.NewFromInt(1)},
				{Keys: []string{"低边"}, Value: decimal.RequireFromString("0.9")},
				{Keys: []string{"其他保障家庭"}, Value: decimal.RequireFromString("0.6")},
			}}})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibian, Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: decimal.RequireFromString("1500")}}
		b, _ := county.RentSubsidy(on, h) // 1,500 × 90%
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 1200.00 元/户·月 租赁补贴
	// 260.00 元/户·月 公租房租金全额免缴
	// 1350.00
}

func ExampleEvaluator_RuralRenovationGrant() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	r := &welfare.Renovation{Rural: true, Project: welfare.RebuildDangerous, Qualified: true, NewArea: decimal.RequireFromString("90"), Year: 2022}
	h := welfare.Household{Locality: welfare.Cangnan, LowIncomeFarmer: true, Renovation: r}
	g, _ := welfare.Default().RuralRenovationGrant(on, h)
	fmt.Println(g.Amount.StringFixed(2), g.Provincial.StringFixed(2), g.City.StringFixed(2), g.PayableIn)
	// Above 100 m² only the provincial grant is left to assessment.
	r.NewArea = decimal.RequireFromString("120")
	g, _ = welfare.Default().RuralRenovationGrant(on, h)
	fmt.Println(g.Amount.StringFixed(2), g.Provincial.StringFixed(2), g.City.StringFixed(2), g.ProvincialNote)
	// Another case.
	{
		h := welfare.Household{Locality: welfare.Taishun, Status: welfare.Dibao,
			Renovation: &welfare.Renovation{Rural: true, Project: welfare.RepairDangerous, Qualified: true, Year: 2022}}
		g, _ := welfare.Default().RuralRenovationGrant(on, h)
		fmt.Println(g.Amount.StringFixed(2), g.City.StringFixed(2))
	}
	// Output:
	// 45000.00 15000.00 30000.00 2023
	// 30000.00 0.00 30000.00 新建超过100平方米，省级补助按实评估
	// 15000.00 0.00
}

func ExampleEvaluator_SanitationWorkerSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.OutsideWenzhou, Housing: &welfare.Housing{InKindAllocated: new(false), SubsidyMonthsReceived: 30},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.SanitationWorker, FrontLine: true}}, {}, {}}}
	b, _ := welfare.Default().SanitationWorkerSubsidy(on, h)
	fmt.Println(b.Amount.StringFixed(2), b.MonthsLeft)
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// 350 and 450 a month for bus and sanitation workers.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "worker_rent_subsidy", From: rules.MustDate(2022, 5, 1), Cite: notice.Cite("三", "每月350元、450元"),
			Value: &rules.Bracket{Of: rules.Number, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("1"), Hi: rules.Excl("3")}, Value: decimal.NewFromInt(350)},
				{Range: rules.Range{Lo: rules.Incl("3")}, Value: decimal.NewFromInt(450)},
			}}})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		h := welfare.Household{Locality: welfare.OutsideWenzhou, Housing: &welfare.Housing{InKindAllocated: new(false)},
			Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}}}}
		b, _ := county.SanitationWorkerSubsidy(on, h)
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 400.00 6
	// 350.00
}

func ExampleEvaluator_HousingSupport() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A 瑞安 household whose public-rental rent of 480 is waived (三、11,
	// 全市范围), and whose father drives a bus (八、27: 300 for two).
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian,
		Housing: &welfare.Housing{PublicRental: true, PublicRent: decimal.RequireFromString("480"), InKindAllocated: new(false)},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}}, {}}}
	c, _ := welfare.Default().HousingSupport(on, h) // 480 against 300
	fmt.Println(c.Chosen, c.Amount.StringFixed(2), len(c.Group.Members))
	// Renting on the market instead, it is outside 市区's rent subsidy.
	h.Housing = &welfare.Housing{OwnsHome: new(false), MarketRent: decimal.RequireFromString("600"), InKindAllocated: new(false)}
	c, _ = welfare.Default().HousingSupport(on, h)
	fmt.Println(c.Chosen, c.Amount.StringFixed(2))
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// 350 and 450 a month for bus and sanitation workers.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "worker_rent_subsidy", From: rules.MustDate(2022, 5, 1), Cite: notice.Cite("三", "每月350元、450元"),
			Value: &rules.Bracket{Of: rules.Number, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("1"), Hi: rules.Excl("3")}, Value: decimal.NewFromInt(350)},
				{Range: rules.Range{Lo: rules.Incl("3")}, Value: decimal.NewFromInt(450)},
			}}})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian, Housing: &welfare.Housing{PublicRental: true, PublicRent: decimal.RequireFromString("400"), InKindAllocated: new(false)},
			Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.SanitationWorker, FrontLine: true}}, {}, {}}}
		c, _ := county.HousingSupport(on, h) // 400 waived against 450
		fmt.Println(c.Chosen, c.Amount.StringFixed(2))
	}
	// Output:
	// welfare.housing.rent_subsidy 480.00 2
	// welfare.housing.sanitation_worker_subsidy 300.00
	// welfare.housing.sanitation_worker_subsidy 450.00
}

func ExampleEvaluator_ChronicPrescription() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, weeks := range []int{4, 12, 13} {
		p, _ := welfare.Default().ChronicPrescription(on, weeks)
		fmt.Println(weeks, p.Eligible(), p.Extended, p.MaxWeeks)
	}
	// Another case.
	{
		p, _ := welfare.Default().ChronicPrescription(on, 8)
		fmt.Println(p.Eligible(), p.Extended)
	}
	// Output:
	// 4 true false 12
	// 12 true true 12
	// 13 false false 12
	// true true
}

func ExampleEvaluator_OutpatientReimbursement() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, c := range []welfare.OutpatientClaim{
		{Insurance: welfare.ResidentInsurance, Kind: welfare.PrimaryChronic, BaseRate: rules.Pct("60"), Cost: decimal.RequireFromString("1000")},
		{Insurance: welfare.ResidentInsurance, Kind: welfare.SecondaryHypertensionDiabetes, Cost: decimal.RequireFromString("1000")},
		{Insurance: welfare.EmployeeInsurance, Kind: welfare.SpecialDiseaseOutpatient, Disease: welfare.Haemodialysis, Cost: decimal.RequireFromString("1000")},
	} {
		r, _ := welfare.Default().OutpatientReimbursement(on, c)
		fmt.Println(r.Rate, r.Reimbursed.StringFixed(2))
	}
	// Another case.
	{
		r, _ := welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.EmployeeInsurance,
			Kind: welfare.PrimaryChronic, BaseRate: rules.Pct("60")})
		fmt.Println(r.Eligible(), r.FailedNames())
	}
	// Output:
	// 70% 700.00
	// 50% 500.00
	// 90% 900.00
	// false [residents]
}

func ExampleEvaluator_MedicalAssistance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("5000")}}
	b, _ := welfare.Default().MedicalAssistance(on, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibao}, Member: m})
	fmt.Println(b.Amount.StringFixed(2))
	m.Tekun = welfare.TekunDispersed
	b, _ = welfare.Default().MedicalAssistance(on, welfare.MemberCase{Household: welfare.Household{}, Member: m})
	fmt.Println(b.Amount.StringFixed(2))
	// Another case.
	{
		m := welfare.Member{CountyRecognised: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("1000")}}
		b, _ := welfare.Default().MedicalAssistance(on, welfare.MemberCase{Household: welfare.Household{}, Member: m})
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 4000.00
	// 5000.00
	// 800.00
}

// A 低保 veteran's inpatient bill of 10,000 after insurance: medical
// assistance 8,000, then half of the 2,000 left; a year with 19,500 of aid
// already paid leaves 500 under the cap of 40,000 × 50%.
func ExampleEvaluator_VeteranMedicalAid() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
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
	h := welfare.Household{Status: welfare.Dibao}
	m := welfare.Member{Veteran: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("10000"),
		Visit: welfare.Inpatient, Designated: true}}
	a, _ := welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: local})
	fmt.Println(a.Assistance.StringFixed(2), a.Remaining.StringFixed(2), a.Amount.StringFixed(2), a.YearlyCap.StringFixed(2), a.CapLeftAfter.StringFixed(2))
	m.Medical.VeteranAidPaidThisYear = decimal.RequireFromString("19500")
	a, _ = welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: local})
	fmt.Println(a.Amount.StringFixed(2), a.Capped, a.CapLeftAfter.StringFixed(2))
	// With the cap used up, nothing more this year.
	m.Medical.VeteranAidPaidThisYear = decimal.RequireFromString("20000")
	a, _ = welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: local})
	fmt.Println(a.Eligible(), a.FailedNames())
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// veterans' medical aid at 60%.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "veteran_aid_share", From: rules.MustDate(2022, 5, 1), Value: "0.6", Cite: notice.Cite("四", "剩余自负合规医疗费用的60%")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		h := welfare.Household{Status: welfare.Dibian}
		m := welfare.Member{Veteran: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("10000"),
			Visit: welfare.SpecialOutpatient, Designated: true}}
		a, _ := county.VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: local}) // (10,000 − 8,000) × 60%
		fmt.Println(a.Amount.StringFixed(2))
	}
	// Output:
	// 8000.00 2000.00 1000.00 20000.00 19000.00
	// 500.00 true 0.00
	// false [within_yearly_cap]
	// 1200.00
}

func ExampleEvaluator_RehabSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{BirthDate: rules.MustDate(2019, 1, 1), Autism: true,
		Rehab: &welfare.Rehabilitation{Designated: true, Fee: decimal.RequireFromString("4000"), Months: 1, SubsidyPaidThisYear: decimal.RequireFromString("34000")}}
	b, _ := welfare.Default().RehabSubsidy(on, m) // min(4,000, 3,600, 36,000 − 34,000)
	fmt.Println(b.Amount.StringFixed(2))
	// A deaf child who turned 7 on 2023-03-10, trained in January and
	// February: the age is hers in those months, 6.
	m = welfare.Member{BirthDate: rules.MustDate(2016, 3, 10), Disability: welfare.Hearing,
		Rehab: &welfare.Rehabilitation{Designated: true, Fee: decimal.RequireFromString("4800"), Months: 2, From: rules.MustDate(2023, 1, 1)}}
	b, _ = welfare.Default().RehabSubsidy(on, m) // min(4,800, 2 × 2,400)
	fmt.Println(b.Amount.StringFixed(2))
	// Another case.
	{
		m := welfare.Member{BirthDate: rules.MustDate(2020, 5, 1), Disability: welfare.Visual,
			Rehab: &welfare.Rehabilitation{Designated: true, Fee: decimal.RequireFromString("900"), Months: 2}}
		b, _ := welfare.Default().RehabSubsidy(on, m) // min(900, 500 × 2, 5,000)
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 2000.00
	// 4800.00
	// 900.00
}

func ExampleEvaluator_RehabLivingAllowance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{BirthDate: rules.MustDate(2015, 9, 1), Disability: welfare.Intellectual, DisabilityGrade: 2,
		Rehab: &welfare.Rehabilitation{SchoolDeferred: true, Months: 2, AllowancePaidThisYear: decimal.RequireFromString("8500")}}
	b, _ := welfare.Default().RehabLivingAllowance(on, m) // min(2 × 1,000, 10,000 − 8,500)
	fmt.Println(b.Amount.StringFixed(2))
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// 1,200 a month of rehabilitation living allowance.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "rehab_living_allowance", From: rules.MustDate(2022, 5, 1), Value: "1200", Cite: notice.Cite("八", "每月1200元")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		m := welfare.Member{BirthDate: rules.MustDate(2016, 1, 1), Autism: true, Rehab: &welfare.Rehabilitation{SchoolDeferred: true, Months: 1}}
		b, _ := county.RehabLivingAllowance(on, m)
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 1500.00
	// 1200.00
}

func ExampleEvaluator_DisabledHomeGrant() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	b, _ := welfare.Default().DisabledHomeGrant(on, welfare.DisabledHome{Standardized: true, Grant: decimal.RequireFromString("200000")})
	fmt.Println(b.Amount.StringFixed(2))
	_, err := welfare.Default().DisabledHomeGrant(on, welfare.DisabledHome{Standardized: true})
	fmt.Println(err)
	// Another case.
	{
		b, _ := welfare.Default().DisabledHomeGrant(on, welfare.DisabledHome{Grant: decimal.RequireFromString("100000")})
		fmt.Println(b.Eligible(), b.FailedNames())
	}
	// Output:
	// 200000.00
	// welfare.disability.institution_grants.disabled_home: assessed case by case (按实评估): “残疾人之家”创建补助按不同星级水平确定（10万至30万元）
	// false [standardized]
}

func ExampleEvaluator_RehabOperatingGrant() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, months := range []int{5, 6} {
		b, _ := welfare.Default().RehabOperatingGrant(on, welfare.RehabTraining{PrivateDesignated: true, TrainingMonths: months})
		fmt.Println(months, b.Eligible(), b.Amount.StringFixed(2))
	}
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// 2,500 of operating grant.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "operating_grant", From: rules.MustDate(2022, 5, 1), Value: "2500", Cite: notice.Cite("七", "每年2500元运营补助")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		b, _ := county.RehabOperatingGrant(on, welfare.RehabTraining{PrivateDesignated: true, TrainingMonths: 9})
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 5 false 0.00
	// 6 true 2000.00
	// 2500.00
}

func ExampleEvaluator_AccidentInsurance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	b, _ := welfare.Default().AccidentInsurance(on, welfare.Member{Disability: welfare.Visual, DisabilityGrade: 1})
	fmt.Println(b.Amount.StringFixed(2))
	// Another case.
	{
		b, _ := welfare.Default().AccidentInsurance(on, welfare.Member{})
		fmt.Println(b.Eligible())
	}
	// Output:
	// 50.00
	// false
}

func ExampleEvaluator_NutritionMeal() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
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
	m := welfare.Member{Student: &welfare.Student{Level: welfare.PrimarySchool, Aided: true}}
	b, _ := welfare.Default().NutritionMeal(on, welfare.MemberCase{Member: m, LocalStandards: local}) // 1,000 × 1.6
	fmt.Println(b.Amount.StringFixed(2))
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// nutrition meals at 1.8 times the provincial standard.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "meal_multiple", From: rules.MustDate(2022, 5, 1), Value: "1.8", Cite: notice.Cite("一", "全省标准的1.8倍")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		m := welfare.Member{Student: &welfare.Student{Level: welfare.JuniorHigh, Aided: true}}
		b, _ := county.NutritionMeal(on, welfare.MemberCase{Member: m, LocalStandards: local}) // 1,000 × 1.8
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 1600.00
	// 1800.00
}

// A 鹿城区 低保 family's disabled daughter at university whose father is a
// registered hardship worker: 4,000 from the federation, her tuition of
// 3,000 from the union; the higher is paid.
func ExampleEvaluator_StudyGrant() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao, HardshipWorker: true}
	m := welfare.Member{BirthDate: rules.MustDate(2003, 1, 1), Disability: welfare.Physical, DisabilityGrade: 4,
		Student: &welfare.Student{Level: welfare.Bachelor, Tuition: new(decimal.RequireFromString("3000"))}}
	g, _ := welfare.Default().StudyGrant(on, welfare.MemberCase{Household: h, Member: m})
	for _, s := range g.Schemes {
		fmt.Println(s.Scheme, s.Eligible(), s.Amount.StringFixed(2), s.Period, s.Paid)
	}
	fmt.Println(g.Chosen, g.Amount.StringFixed(2))
	// Another case.
	{
		h := welfare.Household{Locality: welfare.Lucheng, FamilyPlanning: welfare.FPOnlyChildLost}
		m := welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Disability: welfare.Speech, DisabilityGrade: 4,
			Student: &welfare.Student{Level: welfare.College}}
		g, _ := welfare.Default().StudyGrant(on, welfare.MemberCase{Household: h, Member: m}) // federation 2,000, family planning 4,000
		fmt.Println(g.Chosen, g.Amount.StringFixed(2))
	}
	// Output:
	// 残联助学补助 true 4000.00 每学年 true
	// 工会助学帮扶 true 3000.00 每年 false
	// 计生助学补助 false 0.00  false
	// 残联助学补助 4000.00
	// 计生助学补助 4000.00
}

func ExampleEvaluator_StudyGrantOf() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.Longwan, FamilyPlanning: welfare.FPSeriousIllness}
	m := welfare.Member{BirthDate: rules.MustDate(2006, 1, 1), Student: &welfare.Student{Level: welfare.SeniorSecondary}}
	g, _ := welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: h, Member: m}, Scheme: welfare.FamilyPlanningAid})
	fmt.Println(g.Amount.StringFixed(2), g.Period)
	// Another case.
	{
		h := welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}
		m := welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Student: &welfare.Student{Level: welfare.College, Tuition: new(decimal.RequireFromString("15000"))}}
		g, _ := welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: h, Member: m}, Scheme: welfare.UnionAid})
		fmt.Println(g.Amount.StringFixed(2), g.Period)
	}
	// Output:
	// 2000.00 经认定后每人
	// 10000.00 每年
}

func ExampleEvaluator_ResidentPensionSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
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
	b, _ := welfare.Default().ResidentPensionSubsidy(on, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibian}, Member: welfare.Member{ResidentPension: true}, LocalStandards: local})
	fmt.Println(b.Amount.StringFixed(2))
	// Another case.
	{
		b, _ := welfare.Default().ResidentPensionSubsidy(on, welfare.MemberCase{Household: welfare.Household{}, Member: welfare.Member{ResidentPension: true, Tekun: welfare.TekunSocialInstitution}, LocalStandards: local})
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 100.00
	// 100.00
}

func ExampleEvaluator_ResidentMedicalSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
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
	orphan := welfare.Member{ResidentMedical: true, ChildCategory: welfare.ScatteredOrphan, BirthDate: rules.MustDate(2010, 1, 1)}
	b, _ := welfare.Default().ResidentMedicalSubsidy(on, welfare.MemberCase{Household: welfare.Household{}, Member: orphan, LocalStandards: local})
	fmt.Println(b.Amount.StringFixed(2))
	// An orphan is a child: at 22 the category alone grants nothing.
	orphan.BirthDate = rules.MustDate(2001, 1, 1)
	b, _ = welfare.Default().ResidentMedicalSubsidy(on, welfare.MemberCase{Household: welfare.Household{}, Member: orphan, LocalStandards: local})
	fmt.Println(b.Eligible(), b.FailedNames())
	// Another case.
	{
		b, _ := welfare.Default().ResidentMedicalSubsidy(on, welfare.MemberCase{Household: welfare.Household{LowIncomeFarmer: true}, Member: welfare.Member{ResidentMedical: true}, LocalStandards: local})
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 380.00
	// false [medical_group]
	// 380.00
}

func ExampleEvaluator_SupplementaryInsurance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	_, err := welfare.Default().SupplementaryInsurance(on, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibao}, Member: welfare.Member{}})
	fmt.Println(err != nil)
	b, _ := welfare.Default().SupplementaryInsurance(on, welfare.MemberCase{Household: welfare.Household{}, Member: welfare.Member{}})
	fmt.Println(b.Eligible(), b.FailedNames())
	// Another case.
	{
		_, err := welfare.Default().SupplementaryInsurance(on, welfare.MemberCase{Household: welfare.Household{}, Member: welfare.Member{CountyRecognised: true}})
		fmt.Println(err != nil)
	}
	// Output:
	// true
	// false [assistance_recipient]
	// true
}

func ExampleEvaluator_UtilityQuota() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	q, _ := welfare.Default().UtilityQuota(on, welfare.Household{Locality: welfare.Pingyang,
		Members: []welfare.Member{{Tekun: welfare.TekunDispersed}}})
	fmt.Println(q.Eligible(), q.Water, q.Gas, q.Electricity, q.CableTVWaived)
	// Another case.
	{
		q, _ := welfare.Default().UtilityQuota(on, welfare.Household{Locality: welfare.Lucheng})
		fmt.Println(q.Eligible(), q.FailedNames())
	}
	// Output:
	// true 60 60 180 true
	// false [quota_group]
}

func ExampleEvaluator_FreePublicTransport() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.Lucheng}
	for _, born := range []rules.Date{rules.MustDate(1958, 6, 1), rules.MustDate(1958, 6, 2)} {
		d, _ := welfare.Default().FreePublicTransport(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: born}})
		fmt.Printf("%t %q\n", d.Eligible(), d.Support)
	}
	// Another case.
	{
		d, _ := welfare.Default().FreePublicTransport(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Longwan}, Member: welfare.Member{Disability: welfare.Physical, DisabilityGrade: 4}})
		fmt.Println(d.Eligible())
	}
	// Output:
	// true "免费乘坐公共交通"
	// false ""
	// true
}

func ExampleEvaluator_PublicWelfarePostSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{Employment: &welfare.Employment{PublicWelfarePost: true, Graduate: true, Insured: true}}
	p, _ := welfare.Default().PublicWelfarePostSubsidy(on, welfare.MemberCase{Household: welfare.Household{}, Member: m})
	fmt.Println(p.Amount.StringFixed(2), p.Post.StringFixed(2), p.Insurance.StringFixed(2))
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// 800 a month on an uninsured public-welfare post.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "post_uninsured", From: rules.MustDate(2022, 5, 1), Value: "800", Cite: notice.Cite("五", "每人每月800元岗位补贴")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		m := welfare.Member{Employment: &welfare.Employment{PublicWelfarePost: true, HardToEmploy: true}}
		p, _ := county.PublicWelfarePostSubsidy(on, welfare.MemberCase{Household: welfare.Household{}, Member: m})
		fmt.Println(p.Amount.StringFixed(2))
	}
	// Output:
	// 900.00 600.00 300.00
	// 800.00
}

func ExampleEvaluator_EmployerInsuranceSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	s, _ := welfare.Default().EmployerInsuranceSubsidy(on, welfare.EmployerHiring{Hired: 2, PensionMin: decimal.RequireFromString("480"),
		MedicalMin: decimal.RequireFromString("230"), UnemploymentMin: decimal.RequireFromString("10"), From: rules.MustDate(2022, 9, 1)})
	fmt.Println(s.Amount.StringFixed(2), s.Until) // 2 × (480 + 230 + 10)
	// Persons hired on different days each have their own 3 years: one
	// evaluation per first day, added up. On 2023-06-01 the one hired from
	// 2020-05-01 is past them.
	total := decimal.Zero
	for _, from := range []rules.Date{rules.MustDate(2022, 9, 1), rules.MustDate(2020, 5, 1)} {
		c, _ := welfare.Default().EmployerInsuranceSubsidy(on, welfare.EmployerHiring{Hired: 1, PensionMin: decimal.RequireFromString("480"),
			MedicalMin: decimal.RequireFromString("230"), UnemploymentMin: decimal.RequireFromString("10"), From: from})
		fmt.Println(from, c.Eligible(), c.Until)
		total = total.Add(c.Amount)
	}
	fmt.Println(total.StringFixed(2))
	// Another case.
	{
		s, _ := welfare.Default().EmployerInsuranceSubsidy(rules.MustDate(2025, 9, 2), welfare.EmployerHiring{Hired: 2,
			PensionMin: decimal.RequireFromString("480"), From: rules.MustDate(2022, 9, 1)})
		fmt.Println(s.Eligible(), s.Until)
	}
	// Output:
	// 1440.00 2025-09-01
	// 2022-09-01 true 2025-09-01
	// 2020-05-01 false 2023-05-01
	// 720.00
	// false 2025-09-01
}

func ExampleEvaluator_DisabledHiringSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
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
	// 4 disabled employees in 100, 2 of them insured 6 months last year and
	// paid 150% of the minimum wage of 2,280: 2 × 2 × 2,280 = 9,120 for
	// those two; the quota is 2, so 2 beyond it × 4 × 2,280 = 18,240.
	qualifying := 2
	f := welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 4, QualifyingEmployees: &qualifying}
	s, _ := welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: f, LocalStandards: local})
	fmt.Println(s.Amount.StringFixed(2), s.Base.StringFixed(2), s.BeyondQuota.StringFixed(2), s.QuotaPersons, s.WageThreshold.StringFixed(2))
	// The county rounds the quota down: 100 × 1.5% = 1.5 → 1, so the second
	// disabled employee is beyond it (the city's reading rounds up to 2).
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// the disabled-employment quota rounded down, a reading the city leaves open.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "disabled_quota_rounding", From: rules.MustDate(2022, 5, 1), Value: "向下取整", Cite: notice.Cite("九", "应安排人数向下取整")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		qualifying := 2
		s, _ := county.DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 2,
			QualifyingEmployees: &qualifying}, LocalStandards: local})

		fmt.Println(s.QuotaPersons, s.BeyondQuota.StringFixed(2), s.Amount.StringFixed(2))
	}
	// Output:
	// 27360.00 9120.00 18240.00 2 3420.00
	// 1 9120.00 18240.00
}

func ExampleEvaluator_FlexibleInsuranceSubsidy() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{Employment: &welfare.Employment{HardToEmploy: true, LivingDifficulty: true, Flexible: &welfare.FlexibleEmployment{InsuredIndividually: true,
		Contributions: decimal.RequireFromString("4500"), ApprovedOn: rules.MustDate(2022, 8, 1), RetiresOn: rules.MustDate(2026, 3, 1)}}}
	noCar := welfare.Household{NonOperatingVehicle: new(false)} // 七、22 excludes a family with a vehicle not for hire
	f, _ := welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: noCar, Member: m})
	fmt.Println(f.Amount.StringFixed(2), f.Until, f.Extended)
	// Hard to employ but not in living difficulty: the flexible subsidy is
	// not for them (a public-welfare post would be).
	m.Employment.LivingDifficulty = false
	f, _ = welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: noCar, Member: m})
	fmt.Println(f.Eligible(), f.FailedNames())
	// Another case.
	{
		m := welfare.Member{Employment: &welfare.Employment{Flexible: &welfare.FlexibleEmployment{InsuredIndividually: true,
			Contributions: decimal.RequireFromString("3000"), ApprovedOn: rules.MustDate(2023, 1, 1), Subscribed: decimal.RequireFromString("250000")}}}
		f, _ := welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibao}, Member: m})
		fmt.Println(f.Eligible(), f.FailedNames())
	}
	// Output:
	// 3000.00 2026-03-01 true
	// false [target]
	// false [subscription]
}

func ExampleEvaluator_JobSeekingGrant() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor, GraduatingYear: true, StudentLoan: true}}
	b, _ := welfare.Default().JobSeekingGrant(on, welfare.MemberCase{Household: welfare.Household{}, Member: m})
	fmt.Println(b.Amount.StringFixed(2))
	// Without a loan, a graduate of a recognised poor disabled person's
	// family; whether the family is one must be stated.
	m.Student.StudentLoan = false
	_, err := welfare.Default().JobSeekingGrant(on, welfare.MemberCase{Household: welfare.Household{}, Member: m})
	fmt.Println(err)
	poor := true
	b, _ = welfare.Default().JobSeekingGrant(on, welfare.MemberCase{Household: welfare.Household{PoorDisabledFamily: &poor}, Member: m})
	fmt.Println(b.Amount.StringFixed(2))
	{
		// A county that pays more than the city derives its own book (附则2:
		// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
		// 3,500 to job seekers.
		notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
			Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
		countyBook, err := welfare.Book().Derive(rules.Override{Param: "job_seeking_grant", From: rules.MustDate(2022, 5, 1), Value: "3500", Cite: notice.Cite("六", "每人发放3500元")})
		if err != nil {
			fmt.Println(err)
			return
		}
		county := welfare.MustEvaluator(countyBook)
		m := welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor, GraduatingYear: true}}
		b, _ := county.JobSeekingGrant(on, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibian}, Member: m})
		fmt.Println(b.Amount.StringFixed(2))
	}
	// Output:
	// 3000.00
	// welfare.employment.job_seeking_grant: PoorDisabledFamily: missing
	// 3000.00
	// 3500.00
}

func ExampleEvaluator_GuaranteedLoan() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	for _, a := range []welfare.LoanApplication{
		{Kind: welfare.IndividualBusinessLoan, KeyGroup: welfare.CertifiedDisabled, FoundedOn: rules.MustDate(2022, 3, 1), LoanFrom: rules.MustDate(2023, 2, 1)},
		{Kind: welfare.SMEHiringLoan, SME: true, Hired: 30},
	} {
		l, _ := welfare.Default().GuaranteedLoan(on, a)
		fmt.Println(l.Amount.StringFixed(2), l.SubsidyUntil)
	}
	// Another case.
	{
		l, _ := welfare.Default().GuaranteedLoan(on, welfare.LoanApplication{Kind: welfare.EnterpriseLoan, KeyGroup: welfare.RegisteredUnemployed,
			UnemployedSince: rules.MustDate(2022, 1, 1), FoundedOn: rules.MustDate(2023, 3, 1)})
		fmt.Println(l.Amount.StringFixed(2))
	}
	// Output:
	// 500000.00 2026-02-01
	// 5000000.00 2023-06-01
	// 600000.00
}

func ExampleEvaluator_ShareholdingFarmerIncome() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	b, _ := welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: decimal.RequireFromString("80000"), Share: rules.Pct("55")})
	fmt.Println(b.Amount.StringFixed(2))
	// Another case.
	{
		b, _ := welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: decimal.RequireFromString("50000"), Share: rules.Pct("40")})
		fmt.Println(b.Eligible(), b.FailedNames())
	}
	// Output:
	// 40000.00
	// false [farmer_share]
}

func ExampleEvaluator_InjuryArbitration() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	a, _ := welfare.Default().InjuryArbitration(on, welfare.InjuryDispute{AcceptedOn: rules.MustDate(2023, 5, 10)})
	fmt.Println(a.Deadline, a.PreviousDeadline, a.OnTime)
	// Another case.
	{
		a, _ := welfare.Default().InjuryArbitration(on, welfare.InjuryDispute{AcceptedOn: rules.MustDate(2023, 4, 1), ClosedOn: rules.MustDate(2023, 5, 2)})
		fmt.Println(a.Deadline, a.OnTime)
	}
	// Output:
	// 2023-06-09 2023-07-09 true
	// 2023-05-01 false
}

func ExampleEvaluator_ResidencePermit() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	m := welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.WithinWenzhou, RegisteredMonths: 7, RegisteredInWenzhou: true}}
	d, _ := welfare.Default().ResidencePermit(on, m)
	fmt.Println(d.Eligible(), d.Route)
	// Another case.
	{
		d, _ := welfare.Default().ResidencePermit(on, welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.FromOtherProvince, ZhejiangPermit: true}})
		fmt.Println(d.Eligible(), d.FailedNames())
	}
	// Output:
	// true 省内累计居住登记达到规定时间且目前居住登记在温州
	// false [within_zhejiang]
}

func ExampleEvaluator_HighSchoolParity() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	h := welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.OtherProvinceHukou}
	st := &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true, GraduatedOn: rules.MustDate(2023, 6, 30),
		JuniorYearsInWenzhou: 3, ParentPermitSince: rules.MustDate(2021, 6, 30)}
	m := welfare.Member{Student: st}
	d, _ := welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: h, Member: m}) // 2023 needs 2 years; 2021-06-30 to graduation on 2023-06-30 is 2
	fmt.Println(d.Eligible(), d.SameCity, d.RequiredPermitYears)
	// A permit of 2021-07-01 is a year old at graduation: not enough, however
	// late in the year the student is assessed.
	st.ParentPermitSince = rules.MustDate(2021, 7, 1)
	d, _ = welfare.Default().HighSchoolParity(rules.MustDate(2023, 12, 31), welfare.MemberCase{Household: h, Member: m})
	fmt.Println(d.Eligible(), d.FailedNames())
	// Another case.
	{
		h := welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.ZhejiangHukou}
		d, _ := welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: h, Member: welfare.Member{Student: &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true}}})
		fmt.Println(d.Eligible())
	}
	// Output:
	// true true 2
	// false [parent_permit]
	// true
}

func ExamplePriorityCategories() {
	fmt.Println(len(welfare.PriorityCategories()), welfare.PriorityCategories()[0])
	// Output: 8 孤寡老年人
}

func ExampleParsePriorityCategory() {
	c, err := welfare.ParsePriorityCategory("成年孤儿")
	fmt.Println(c == welfare.AdultOrphan, err)
	// Output: true <nil>
}

func ExampleRenovationProjects() {
	fmt.Println(welfare.RenovationProjects())
	// Output: [危旧房拆建 危房修缮 异地搬迁 自建房 购房]
}

func ExampleParseRenovationProject() {
	_, err := welfare.ParseRenovationProject("翻建")
	fmt.Println(err)
	// Output: renovation project: "翻建" is not one of: 危旧房拆建, 危房修缮, 异地搬迁, 自建房, 购房
}

func ExampleVisitKinds() {
	fmt.Println(welfare.VisitKinds())
	// Output: [住院 特殊病种门诊 普通门诊]
}

func ExampleParseVisitKind() {
	k, err := welfare.ParseVisitKind("住院")
	fmt.Println(k == welfare.Inpatient, err)
	// Output: true <nil>
}

func ExampleStudyLevels() {
	fmt.Println(welfare.StudyLevels())
	// Output: [小学 初中 中专（高中） 大专 本科以上 成人高考自学考试取证]
}

func ExampleParseStudyLevel() {
	l, err := welfare.ParseStudyLevel("大专")
	fmt.Println(l == welfare.College, err)
	// Output: true <nil>
}

func ExampleStudyGrantSchemes() {
	fmt.Println(welfare.StudyGrantSchemes())
	// Output: [残联助学补助 工会助学帮扶 计生助学补助]
}

func ExampleParseStudyGrantScheme() {
	s, err := welfare.ParseStudyGrantScheme("工会助学帮扶")
	fmt.Println(s == welfare.UnionAid, err)
	// Output: true <nil>
}

func ExampleOccupations() {
	fmt.Println(welfare.Occupations())
	// Output: [公交 环卫 其他]
}

func ExampleParseOccupation() {
	o, err := welfare.ParseOccupation("环卫")
	fmt.Println(o == welfare.SanitationWorker, err)
	// Output: true <nil>
}

func ExampleMigrantOrigins() {
	fmt.Println(welfare.MigrantOrigins())
	// Output: [浙江省内其他城市 温州市域内其他县（市、区） 浙江省外]
}

func ExampleParseMigrantOrigin() {
	o, err := welfare.ParseMigrantOrigin("浙江省外")
	fmt.Println(o == welfare.FromOtherProvince, err)
	// Output: true <nil>
}

func ExampleHukouOrigins() {
	fmt.Println(welfare.HukouOrigins())
	// Output: [温州户籍 浙江省内非温州户籍 浙江省外户籍]
}

func ExampleParseHukouOrigin() {
	o, err := welfare.ParseHukouOrigin("浙江省内非温州户籍")
	fmt.Println(o == welfare.ZhejiangHukou, err)
	// Output: true <nil>
}

func ExampleInsuranceSchemes() {
	fmt.Println(welfare.InsuranceSchemes())
	// Output: [职工医保 城乡居民医保]
}

func ExampleParseInsuranceScheme() {
	s, err := welfare.ParseInsuranceScheme("职工医保")
	fmt.Println(s == welfare.EmployeeInsurance, err)
	// Output: true <nil>
}

func ExampleOutpatientKinds() {
	fmt.Println(welfare.OutpatientKinds())
	// Output: [基层医疗机构慢性病门诊 二级医疗机构高血压糖尿病门诊 特殊病种门诊]
}

func ExampleParseOutpatientKind() {
	k, err := welfare.ParseOutpatientKind("特殊病种门诊")
	fmt.Println(k == welfare.SpecialDiseaseOutpatient, err)
	// Output: true <nil>
}

// The text lists eleven treatments as “10种特殊病种”; the library keeps
// each treatment and reads the two dialyses as one disease.
func ExampleSpecialDiseases() {
	fmt.Println(len(welfare.SpecialDiseases())-1, welfare.SpecialDiseases()[2], welfare.SpecialDiseases()[3])
	// Output: 11 肾功能衰竭的腹膜透析治疗 血液透析
}

func ExampleParseSpecialDisease() {
	_, err := welfare.ParseSpecialDisease("高血压")
	fmt.Println(err != nil)
	// Output: true
}

func ExampleEmployerKinds() {
	fmt.Println(welfare.EmployerKinds())
	// Output: [企业等用人单位 党政机关 全额拨款事业单位]
}

func ExampleParseEmployerKind() {
	k, err := welfare.ParseEmployerKind("党政机关")
	fmt.Println(k == welfare.GovernmentOrgan, err)
	// Output: true <nil>
}

func ExampleLoanKinds() {
	fmt.Println(welfare.LoanKinds())
	// Output: [新创办个体工商户 新创办企业 招用贷款重点人群的中小微企业]
}

func ExampleParseLoanKind() {
	k, err := welfare.ParseLoanKind("新创办企业")
	fmt.Println(k == welfare.EnterpriseLoan, err)
	// Output: true <nil>
}

func ExampleKeyGroups() {
	fmt.Println(len(welfare.KeyGroups()), welfare.KeyGroups()[1])
	// Output: 8 毕业10年以内的高校毕业生
}

func ExampleParseKeyGroup() {
	g, err := welfare.ParseKeyGroup("自主就业退役士兵")
	fmt.Println(g == welfare.SelfEmployedVeteran, err)
	// Output: true <nil>
}

func ExampleSocialAssistanceKinds() {
	fmt.Println(welfare.SocialAssistanceKinds())
	// Output: [受灾人员救助 医疗救助 教育救助 就业救助 临时救助 支出型困难救助 一事一议帮扶]
}
