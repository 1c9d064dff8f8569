package welfare_test

import (
	"fmt"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// county2 is a county that pays more than the city's floors of part 2
// (附则2: 各地原有各类补助或减免额度超本政策标准的，不降低标准，就高执行):
// nutrition meals at 1.8 times the provincial standard, rent subsidies of
// 90% for 低边 and 60% for other supported families, 350 and 450 for bus and
// sanitation workers, veterans' medical aid at 60%, 800 on an uninsured
// public-welfare post, 3,500 to job seekers, 2,500 of operating grant and
// 1,200 a month of rehabilitation living allowance. It also counts the
// disabled-employment quota rounded down, a reading the city leaves open.
// county2 is built once: deriving a book compiles it again.
var county2 = sync.OnceValue(func() *welfare.Evaluator {
	notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	from := rules.MustDate(2022, 5, 1)
	n := decimal.RequireFromString
	row := func(k, v string) rules.Row { return rules.Row{Keys: []string{k}, Value: n(v)} }
	b, err := welfare.Book().Derive(
		rules.Override{Param: "meal_multiple", From: from, Value: "1.8", Cite: notice.Cite("一", "全省标准的1.8倍")},
		rules.Override{Param: "rent_subsidy_share", From: from, Cite: notice.Cite("二", "100%、90%、60%"),
			Value: rules.Table{Rows: []rules.Row{row("低保", "1"), row("低边", "0.9"), row("其他保障家庭", "0.6")}}},
		rules.Override{Param: "worker_rent_subsidy", From: from, Cite: notice.Cite("三", "每月350元、450元"),
			Value: &rules.Bracket{Of: rules.Number, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("1"), Hi: rules.Excl("3")}, Value: n("350")},
				{Range: rules.Range{Lo: rules.Incl("3")}, Value: n("450")},
			}}},
		rules.Override{Param: "veteran_aid_share", From: from, Value: "0.6", Cite: notice.Cite("四", "剩余自负合规医疗费用的60%")},
		rules.Override{Param: "post_uninsured", From: from, Value: "800", Cite: notice.Cite("五", "每人每月800元岗位补贴")},
		rules.Override{Param: "job_seeking_grant", From: from, Value: "3500", Cite: notice.Cite("六", "每人发放3500元")},
		rules.Override{Param: "operating_grant", From: from, Value: "2500", Cite: notice.Cite("七", "每年2500元运营补助")},
		rules.Override{Param: "rehab_living_allowance", From: from, Value: "1200", Cite: notice.Cite("八", "每月1200元")},
		rules.Override{Param: "disabled_quota_rounding", From: from, Value: "向下取整", Cite: notice.Cite("九", "应安排人数向下取整")},
	)
	if err != nil {
		panic(err)
	}
	return welfare.MustEvaluator(b)
})

func ExampleEvaluator_PriorityRental() {
	d, _ := county2().PriorityRental(on, welfare.Household{Locality: welfare.Dongtou, SpecialCare: true, Housing: &welfare.Housing{OwnsHome: true}})
	fmt.Println(d.Eligible, d.Outcome)
	// Output: true 依申请优先安排实物配租
}

func ExampleEvaluator_NewCitizenRental() {
	h := welfare.Household{Locality: welfare.Wencheng, Housing: &welfare.Housing{OpenEndedContract: true, InsuredMonths: 4}}
	d, _ := county2().NewCitizenRental(on, h)
	fmt.Println(d.Eligible, d.Outcome)
	// Output: true 可申请保障性租赁住房
}

func ExampleEvaluator_RentSubsidy() {
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibian, Housing: &welfare.Housing{MarketRent: decimal.RequireFromString("1500")}}
	b, _ := county2().RentSubsidy(on, h) // 1,500 × 90%
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 1350.00
}

func ExampleEvaluator_RuralRenovationGrant() {
	h := welfare.Household{Locality: welfare.Taishun, Status: welfare.Dibao,
		Renovation: &welfare.Renovation{Rural: true, Project: welfare.RepairDangerous, Qualified: true, Year: 2022}}
	g, _ := county2().RuralRenovationGrant(on, h)
	fmt.Println(g.Amount.StringFixed(2), g.City.StringFixed(2))
	// Output: 15000.00 0.00
}

func ExampleEvaluator_SanitationWorkerSubsidy() {
	h := welfare.Household{Locality: welfare.OutsideWenzhou, Housing: &welfare.Housing{},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}}}}
	b, _ := county2().SanitationWorkerSubsidy(on, h)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 350.00
}

func ExampleEvaluator_HousingSupport() {
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian, Housing: &welfare.Housing{PublicRental: true, PublicRent: decimal.RequireFromString("400")},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.SanitationWorker, FrontLine: true}}, {}, {}}}
	c, _ := county2().HousingSupport(on, h) // 400 waived against 450
	fmt.Println(c.Chosen, c.Amount.StringFixed(2))
	// Output: welfare.housing.sanitation_worker_subsidy 450.00
}

func ExampleEvaluator_ChronicPrescription() {
	p, _ := county2().ChronicPrescription(on, 8)
	fmt.Println(p.Allowed, p.Extended)
	// Output: true true
}

func ExampleEvaluator_OutpatientReimbursement() {
	r, _ := county2().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.EmployeeInsurance,
		Kind: welfare.PrimaryChronic, BaseRate: decimal.RequireFromString("0.6")})
	fmt.Println(r.Eligible, failedNames(r.Failed))
	// Output: false [residents]
}

func ExampleEvaluator_MedicalAssistance() {
	m := welfare.Member{CountyRecognised: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("1000")}}
	b, _ := county2().MedicalAssistance(on, welfare.Household{}, m)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 800.00
}

func ExampleEvaluator_VeteranMedicalAid() {
	h := welfare.Household{Status: welfare.Dibian}
	m := welfare.Member{Veteran: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("10000"),
		Visit: welfare.SpecialOutpatient, Designated: true}}
	a, _ := county2().VeteranMedicalAid(on, h, m, local2ex) // (10,000 − 8,000) × 60%
	fmt.Println(a.Amount.StringFixed(2))
	// Output: 1200.00
}

func ExampleEvaluator_RehabSubsidy() {
	m := welfare.Member{BirthDate: rules.MustDate(2020, 5, 1), Disability: welfare.Visual,
		Rehab: &welfare.Rehabilitation{Designated: true, Fee: decimal.RequireFromString("900"), Months: 2}}
	b, _ := county2().RehabSubsidy(on, m) // min(900, 500 × 2, 5,000)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 900.00
}

func ExampleEvaluator_RehabLivingAllowance() {
	m := welfare.Member{BirthDate: rules.MustDate(2016, 1, 1), Autism: true, Rehab: &welfare.Rehabilitation{SchoolDeferred: true, Months: 1}}
	b, _ := county2().RehabLivingAllowance(on, m)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 1200.00
}

func ExampleEvaluator_DisabledHomeGrant() {
	b, _ := county2().DisabledHomeGrant(on, false, decimal.RequireFromString("100000"))
	fmt.Println(b.Eligible, failedNames(b.Failed))
	// Output: false [standardized]
}

func ExampleEvaluator_RehabOperatingGrant() {
	b, _ := county2().RehabOperatingGrant(on, true, 9)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 2500.00
}

func ExampleEvaluator_AccidentInsurance() {
	b, _ := county2().AccidentInsurance(on, welfare.Member{})
	fmt.Println(b.Eligible)
	// Output: false
}

func ExampleEvaluator_NutritionMeal() {
	m := welfare.Member{Student: &welfare.Student{Level: welfare.JuniorHigh, Aided: true}}
	b, _ := county2().NutritionMeal(on, m, local2ex) // 1,000 × 1.8
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 1800.00
}

func ExampleEvaluator_StudyGrant() {
	h := welfare.Household{Locality: welfare.Lucheng, FamilyPlanning: welfare.FPOnlyChildLost}
	m := welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Disability: welfare.Speech, DisabilityGrade: 4,
		Student: &welfare.Student{Level: welfare.College}}
	g, _ := county2().StudyGrant(on, h, m) // federation 2,000, family planning 4,000
	fmt.Println(g.Chosen, g.Amount.StringFixed(2))
	// Output: 计生助学补助 4000.00
}

func ExampleEvaluator_StudyGrantOf() {
	h := welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}
	m := welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Student: &welfare.Student{Level: welfare.College, Tuition: decimal.RequireFromString("15000")}}
	g, _ := county2().StudyGrantOf(on, h, m, welfare.UnionAid)
	fmt.Println(g.Amount.StringFixed(2), g.Period)
	// Output: 10000.00 每年
}

func ExampleEvaluator_ResidentPensionSubsidy() {
	b, _ := county2().ResidentPensionSubsidy(on, welfare.Household{}, welfare.Member{ResidentPension: true, Tekun: welfare.TekunSocialInstitution}, local2ex)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 100.00
}

func ExampleEvaluator_ResidentMedicalSubsidy() {
	b, _ := county2().ResidentMedicalSubsidy(on, welfare.Household{LowIncomeFarmer: true}, welfare.Member{ResidentMedical: true}, local2ex)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 380.00
}

func ExampleEvaluator_SupplementaryInsurance() {
	_, err := county2().SupplementaryInsurance(on, welfare.Household{}, welfare.Member{CountyRecognised: true})
	fmt.Println(err != nil)
	// Output: true
}

func ExampleEvaluator_UtilityQuota() {
	q, _ := county2().UtilityQuota(on, welfare.Household{Locality: welfare.Lucheng})
	fmt.Println(q.Eligible, failedNames(q.Failed))
	// Output: false [quota_group]
}

func ExampleEvaluator_FreePublicTransport() {
	d, _ := county2().FreePublicTransport(on, welfare.Household{Locality: welfare.Longwan}, welfare.Member{Disability: welfare.Physical, DisabilityGrade: 4})
	fmt.Println(d.Eligible)
	// Output: true
}

func ExampleEvaluator_PublicWelfarePostSubsidy() {
	m := welfare.Member{Employment: &welfare.Employment{PublicWelfarePost: true, HardToEmploy: true}}
	p, _ := county2().PublicWelfarePostSubsidy(on, welfare.Household{}, m)
	fmt.Println(p.Amount.StringFixed(2))
	// Output: 800.00
}

func ExampleEvaluator_EmployerInsuranceSubsidy() {
	s, _ := county2().EmployerInsuranceSubsidy(rules.MustDate(2025, 9, 2), welfare.EmployerHiring{Hired: 2,
		PensionMin: decimal.RequireFromString("480"), From: rules.MustDate(2022, 9, 1)})
	fmt.Println(s.Eligible, s.Until)
	// Output: false 2025-09-01
}

// The county rounds the quota down: 100 × 1.5% = 1.5 → 1, so the second
// disabled employee is beyond it (the city's reading rounds up to 2).
func ExampleEvaluator_DisabledHiringSubsidy() {
	qualifying := 2
	s, _ := county2().DisabledHiringSubsidy(on, welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 2,
		QualifyingEmployees: &qualifying}, local2ex)
	fmt.Println(s.QuotaPersons, s.BeyondQuota.StringFixed(2), s.Amount.StringFixed(2))
	// Output: 1 9120.00 18240.00
}

func ExampleEvaluator_FlexibleInsuranceSubsidy() {
	m := welfare.Member{Employment: &welfare.Employment{Flexible: &welfare.FlexibleEmployment{InsuredIndividually: true,
		Contributions: decimal.RequireFromString("3000"), ApprovedOn: rules.MustDate(2023, 1, 1), Subscribed: decimal.RequireFromString("250000")}}}
	f, _ := county2().FlexibleInsuranceSubsidy(on, welfare.Household{Status: welfare.Dibao}, m)
	fmt.Println(f.Eligible, failedNames(f.Failed))
	// Output: false [subscription]
}

func ExampleEvaluator_JobSeekingGrant() {
	m := welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor, GraduatingYear: true}}
	b, _ := county2().JobSeekingGrant(on, welfare.Household{Status: welfare.Dibian}, m)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 3500.00
}

func ExampleEvaluator_GuaranteedLoan() {
	l, _ := county2().GuaranteedLoan(on, welfare.LoanApplication{Kind: welfare.EnterpriseLoan, KeyGroup: welfare.RegisteredUnemployed,
		UnemployedSince: rules.MustDate(2022, 1, 1), FoundedOn: rules.MustDate(2023, 3, 1)})
	fmt.Println(l.Amount.StringFixed(2))
	// Output: 600000.00
}

func ExampleEvaluator_ShareholdingFarmerIncome() {
	b, _ := county2().ShareholdingFarmerIncome(on, decimal.RequireFromString("50000"), decimal.RequireFromString("0.4"))
	fmt.Println(b.Eligible, failedNames(b.Failed))
	// Output: false [farmer_share]
}

func ExampleEvaluator_InjuryArbitration() {
	a, _ := county2().InjuryArbitration(on, rules.MustDate(2023, 4, 1), rules.MustDate(2023, 5, 2))
	fmt.Println(a.Deadline, a.OnTime)
	// Output: 2023-05-01 false
}

func ExampleEvaluator_ResidencePermit() {
	d, _ := county2().ResidencePermit(on, welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.FromOtherProvince, ZhejiangPermit: true}})
	fmt.Println(d.Eligible, failedNames(d.Failed))
	// Output: false [within_zhejiang]
}

func ExampleEvaluator_HighSchoolParity() {
	h := welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.ZhejiangHukou}
	d, _ := county2().HighSchoolParity(on, h, welfare.Member{Student: &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true}})
	fmt.Println(d.Eligible)
	// Output: true
}
