package welfare_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// local2ex are the example locality's standards with those part 2 reads:
// last year's per-capita consumption of all residents, the lowest pension
// tier, the residents' medical contribution and the provincial meal
// standard.
var local2ex = func() welfare.LocalStandards {
	s := local
	s.ResidentConsumption = decimal.RequireFromString("40000")
	s.PensionLowestTier = decimal.RequireFromString("100")
	s.MedicalContribution = decimal.RequireFromString("380")
	s.ProvincialMealStandard = decimal.RequireFromString("1000")
	return s
}()

func failedNames(fs []rules.Failure) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

func ExamplePriorityRental() {
	for _, h := range []welfare.Household{
		{Locality: welfare.Lucheng, Status: welfare.Dibao, Housing: &welfare.Housing{}},
		{Locality: welfare.Lucheng, Housing: &welfare.Housing{OwnsHome: true, Priority: welfare.LoneElderly}},
		{Locality: welfare.Ruian, Status: welfare.Dibao, Housing: &welfare.Housing{}},
	} {
		d, _ := welfare.PriorityRental(on, h)
		basis, _ := d.Result.Figure("basis")
		fmt.Println(d.Eligible, d.Outcome, basis.Value.Text(), failedNames(d.Failed))
	}
	// Output:
	// true 依申请优先安排实物配租 低保低边无房户 []
	// true 依申请优先安排实物配租 孤寡老年人 []
	// false   [urban_hukou]
}

func ExampleNewCitizenRental() {
	h := welfare.Household{Locality: welfare.OutsideWenzhou,
		Housing: &welfare.Housing{ContractYears: decimal.RequireFromString("1"), InsuredMonths: 3}}
	d, _ := welfare.NewCitizenRental(on, h)
	fmt.Println(d.Eligible, d.Outcome)
	h.Housing.InsuredMonths = 2
	d, _ = welfare.NewCitizenRental(on, h)
	fmt.Println(d.Eligible, d.Failed[0].In(rules.Chinese))
	// Output:
	// true 可申请保障性租赁住房
	// false 未满足：以用人单位名义依法缴纳社保或个人所得税连续3个月以上（track = 新市民保障性租赁住房, insured_months = 2 月, new_citizen_insured_months = 3 月）
}

func ExampleRentSubsidy() {
	for _, h := range []welfare.Household{
		{Locality: welfare.Lucheng, Status: welfare.Dibian, Housing: &welfare.Housing{MarketRent: decimal.RequireFromString("1500")}},
		{Locality: welfare.Lucheng, Status: welfare.Dibao, Housing: &welfare.Housing{PublicRental: true, PublicRent: decimal.RequireFromString("260")}},
	} {
		b, _ := welfare.RentSubsidy(on, h)
		kind, _ := b.Result.Figure("kind")
		fmt.Println(b.Amount.StringFixed(2), b.Unit, kind.Value)
	}
	// Output:
	// 1200.00 元/户·月 租赁补贴
	// 260.00 元/户·月 公租房租金全额免缴
}

func ExampleRuralRenovationGrant() {
	r := &welfare.Renovation{Rural: true, Project: welfare.RebuildDangerous, Qualified: true, NewArea: decimal.RequireFromString("90"), Year: 2022}
	h := welfare.Household{Locality: welfare.Cangnan, LowIncomeFarmer: true, Renovation: r}
	g, _ := welfare.RuralRenovationGrant(on, h)
	fmt.Println(g.Amount.StringFixed(2), g.Provincial.StringFixed(2), g.City.StringFixed(2), g.PayableIn)
	// Above 100 m² only the provincial grant is left to assessment.
	r.NewArea = decimal.RequireFromString("120")
	g, _ = welfare.RuralRenovationGrant(on, h)
	fmt.Println(g.Amount.StringFixed(2), g.Provincial.StringFixed(2), g.City.StringFixed(2), g.ProvincialNote)
	// Output:
	// 45000.00 15000.00 30000.00 2023
	// 30000.00 0.00 30000.00 新建超过100平方米，省级补助按实评估
}

func ExampleSanitationWorkerSubsidy() {
	h := welfare.Household{Locality: welfare.OutsideWenzhou, Housing: &welfare.Housing{SubsidyMonthsReceived: 30},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.SanitationWorker, FrontLine: true}}, {}, {}}}
	b, _ := welfare.SanitationWorkerSubsidy(on, h)
	left, _ := b.Result.Figure("months_left")
	fmt.Println(b.Amount.StringFixed(2), b.Unit, left.Value)
	// Output: 400.00 元/户·月 6
}

func ExampleHousingSupport() {
	// A 瑞安 household whose public-rental rent of 480 is waived (三、11,
	// 全市范围), and whose father drives a bus (八、27: 300 for two).
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian,
		Housing: &welfare.Housing{PublicRental: true, PublicRent: decimal.RequireFromString("480")},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}}, {}}}
	c, _ := welfare.HousingSupport(on, h) // 480 against 300
	fmt.Println(c.Chosen, c.Amount.StringFixed(2), len(c.Group.Members))
	// Renting on the market instead, it is outside 市区's rent subsidy.
	h.Housing = &welfare.Housing{MarketRent: decimal.RequireFromString("600")}
	c, _ = welfare.HousingSupport(on, h)
	fmt.Println(c.Chosen, c.Amount.StringFixed(2))
	// Output:
	// welfare.housing.rent_subsidy 480.00 2
	// welfare.housing.sanitation_worker_subsidy 300.00
}

func ExampleChronicPrescription() {
	for _, weeks := range []int{4, 12, 13} {
		p, _ := welfare.ChronicPrescription(on, weeks)
		fmt.Println(weeks, p.Allowed, p.Extended, p.MaxWeeks)
	}
	// Output:
	// 4 true false 12
	// 12 true true 12
	// 13 false false 12
}

func ExampleOutpatientReimbursement() {
	for _, c := range []welfare.OutpatientClaim{
		{Insurance: welfare.ResidentInsurance, Kind: welfare.PrimaryChronic, BaseRate: decimal.RequireFromString("0.6"), Cost: decimal.RequireFromString("1000")},
		{Insurance: welfare.ResidentInsurance, Kind: welfare.SecondaryHypertensionDiabetes, Cost: decimal.RequireFromString("1000")},
		{Insurance: welfare.EmployeeInsurance, Kind: welfare.SpecialDiseaseOutpatient, Disease: welfare.Haemodialysis, Cost: decimal.RequireFromString("1000")},
	} {
		r, _ := welfare.OutpatientReimbursement(on, c)
		fmt.Println(r.Rate, r.Reimbursed.StringFixed(2))
	}
	// Output:
	// 0.7 700.00
	// 0.5 500.00
	// 0.9 900.00
}

func ExampleMedicalAssistance() {
	m := welfare.Member{Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("5000")}}
	b, _ := welfare.MedicalAssistance(on, welfare.Household{Status: welfare.Dibao}, m)
	fmt.Println(b.Amount.StringFixed(2))
	m.Tekun = welfare.TekunDispersed
	b, _ = welfare.MedicalAssistance(on, welfare.Household{}, m)
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// 4000.00
	// 5000.00
}

// A 低保 veteran's inpatient bill of 10,000 after insurance: medical
// assistance 8,000, then half of the 2,000 left; a year with 19,500 of aid
// already paid leaves 500 under the cap of 40,000 × 50%.
func ExampleVeteranMedicalAid() {
	h := welfare.Household{Status: welfare.Dibao}
	m := welfare.Member{Veteran: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("10000"),
		Visit: welfare.Inpatient, Designated: true}}
	a, _ := welfare.VeteranMedicalAid(on, h, m, local2ex)
	fmt.Println(a.Assistance.StringFixed(2), a.Remaining.StringFixed(2), a.Amount.StringFixed(2), a.YearlyCap.StringFixed(2), a.CapLeftAfter.StringFixed(2))
	m.Medical.VeteranAidPaidThisYear = decimal.RequireFromString("19500")
	a, _ = welfare.VeteranMedicalAid(on, h, m, local2ex)
	fmt.Println(a.Amount.StringFixed(2), a.Capped, a.CapLeftAfter.StringFixed(2))
	// With the cap used up, nothing more this year.
	m.Medical.VeteranAidPaidThisYear = decimal.RequireFromString("20000")
	a, _ = welfare.VeteranMedicalAid(on, h, m, local2ex)
	fmt.Println(a.Eligible, failedNames(a.Failed))
	// Output:
	// 8000.00 2000.00 1000.00 20000.00 19000.00
	// 500.00 true 0.00
	// false [within_yearly_cap]
}

func ExampleRehabSubsidy() {
	m := welfare.Member{BirthDate: rules.MustDate(2019, 1, 1), Autism: true,
		Rehab: &welfare.Rehabilitation{Designated: true, Fee: decimal.RequireFromString("4000"), Months: 1, SubsidyPaidThisYear: decimal.RequireFromString("34000")}}
	b, _ := welfare.RehabSubsidy(on, m) // min(4,000, 3,600, 36,000 − 34,000)
	fmt.Println(b.Amount.StringFixed(2))
	// A deaf child who turned 7 on 2023-03-10, trained in January and
	// February: the age is hers in those months, 6.
	m = welfare.Member{BirthDate: rules.MustDate(2016, 3, 10), Disability: welfare.Hearing,
		Rehab: &welfare.Rehabilitation{Designated: true, Fee: decimal.RequireFromString("4800"), Months: 2, From: rules.MustDate(2023, 1, 1)}}
	b, _ = welfare.RehabSubsidy(on, m) // min(4,800, 2 × 2,400)
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// 2000.00
	// 4800.00
}

func ExampleRehabLivingAllowance() {
	m := welfare.Member{BirthDate: rules.MustDate(2015, 9, 1), Disability: welfare.Intellectual, DisabilityGrade: 2,
		Rehab: &welfare.Rehabilitation{SchoolDeferred: true, Months: 2, AllowancePaidThisYear: decimal.RequireFromString("8500")}}
	b, _ := welfare.RehabLivingAllowance(on, m) // min(2 × 1,000, 10,000 − 8,500)
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 1500.00
}

func ExampleDisabledHomeGrant() {
	b, _ := welfare.DisabledHomeGrant(on, true, decimal.RequireFromString("200000"))
	fmt.Println(b.Amount.StringFixed(2))
	_, err := welfare.DisabledHomeGrant(on, true, decimal.Decimal{})
	fmt.Println(err)
	// Output:
	// 200000.00
	// rules: welfare.disability.institution_grants: assessed case by case (按实评估): “残疾人之家”创建补助按不同星级水平确定（10万至30万元）
}

func ExampleRehabOperatingGrant() {
	for _, months := range []int{5, 6} {
		b, _ := welfare.RehabOperatingGrant(on, true, months)
		fmt.Println(months, b.Eligible, b.Amount.StringFixed(2))
	}
	// Output:
	// 5 false 0.00
	// 6 true 2000.00
}

func ExampleAccidentInsurance() {
	b, _ := welfare.AccidentInsurance(on, welfare.Member{Disability: welfare.Visual, DisabilityGrade: 1})
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 50.00
}

func ExampleNutritionMeal() {
	m := welfare.Member{Student: &welfare.Student{Level: welfare.PrimarySchool, Aided: true}}
	b, _ := welfare.NutritionMeal(on, m, local2ex) // 1,000 × 1.6
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output: 1600.00 元/人·年
}

// A 鹿城区 低保 family's disabled daughter at university whose father is a
// registered hardship worker: 4,000 from the federation, her tuition of
// 3,000 from the union; the higher is paid.
func ExampleStudyGrant() {
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao, HardshipWorker: true}
	m := welfare.Member{BirthDate: rules.MustDate(2003, 1, 1), Disability: welfare.Physical, DisabilityGrade: 4,
		Student: &welfare.Student{Level: welfare.Bachelor, Tuition: decimal.RequireFromString("3000")}}
	g, _ := welfare.StudyGrant(on, h, m)
	for _, s := range g.Schemes {
		fmt.Println(s.Scheme, s.Eligible, s.Amount.StringFixed(2), s.Period, s.Paid)
	}
	fmt.Println(g.Chosen, g.Amount.StringFixed(2))
	// Output:
	// 残联助学补助 true 4000.00 每学年 true
	// 工会助学帮扶 true 3000.00 每年 false
	// 计生助学补助 false 0.00  false
	// 残联助学补助 4000.00
}

func ExampleStudyGrantOf() {
	h := welfare.Household{Locality: welfare.Longwan, FamilyPlanning: welfare.FPSeriousIllness}
	m := welfare.Member{BirthDate: rules.MustDate(2006, 1, 1), Student: &welfare.Student{Level: welfare.SeniorSecondary}}
	g, _ := welfare.StudyGrantOf(on, h, m, welfare.FamilyPlanningAid)
	fmt.Println(g.Amount.StringFixed(2), g.Period)
	// Output: 2000.00 经认定后每人
}

func ExampleResidentPensionSubsidy() {
	b, _ := welfare.ResidentPensionSubsidy(on, welfare.Household{Status: welfare.Dibian}, welfare.Member{ResidentPension: true}, local2ex)
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output: 100.00 元/人·年
}

func ExampleResidentMedicalSubsidy() {
	orphan := welfare.Member{ResidentMedical: true, ChildCategory: welfare.ScatteredOrphan, BirthDate: rules.MustDate(2010, 1, 1)}
	b, _ := welfare.ResidentMedicalSubsidy(on, welfare.Household{}, orphan, local2ex)
	fmt.Println(b.Amount.StringFixed(2))
	// An orphan is a child: at 22 the category alone grants nothing.
	orphan.BirthDate = rules.MustDate(2001, 1, 1)
	b, _ = welfare.ResidentMedicalSubsidy(on, welfare.Household{}, orphan, local2ex)
	fmt.Println(b.Eligible, failedNames(b.Failed))
	// Output:
	// 380.00
	// false [medical_group]
}

func ExampleSupplementaryInsurance() {
	_, err := welfare.SupplementaryInsurance(on, welfare.Household{Status: welfare.Dibao}, welfare.Member{})
	fmt.Println(err != nil)
	b, _ := welfare.SupplementaryInsurance(on, welfare.Household{}, welfare.Member{})
	fmt.Println(b.Eligible, failedNames(b.Failed))
	// Output:
	// true
	// false [assistance_recipient]
}

func ExampleUtilityQuota() {
	q, _ := welfare.UtilityQuota(on, welfare.Household{Locality: welfare.Pingyang,
		Members: []welfare.Member{{Tekun: welfare.TekunDispersed}}})
	fmt.Println(q.Eligible, q.Water, q.Gas, q.Electricity, q.CableTVWaived)
	// Output: true 60 60 180 true
}

func ExampleFreePublicTransport() {
	h := welfare.Household{Locality: welfare.Lucheng}
	for _, born := range []rules.Date{rules.MustDate(1958, 6, 1), rules.MustDate(1958, 6, 2)} {
		d, _ := welfare.FreePublicTransport(on, h, welfare.Member{BirthDate: born})
		fmt.Println(d.Eligible, d.Outcome)
	}
	// Output:
	// true 免费乘坐公共交通
	// false
}

func ExamplePublicWelfarePostSubsidy() {
	m := welfare.Member{Employment: &welfare.Employment{PublicWelfarePost: true, Graduate: true, Insured: true}}
	p, _ := welfare.PublicWelfarePostSubsidy(on, welfare.Household{}, m)
	fmt.Println(p.Amount.StringFixed(2), p.Post.StringFixed(2), p.Insurance.StringFixed(2))
	// Output: 900.00 600.00 300.00
}

func ExampleEmployerInsuranceSubsidy() {
	s, _ := welfare.EmployerInsuranceSubsidy(on, welfare.EmployerHiring{Hired: 2, PensionMin: decimal.RequireFromString("480"),
		MedicalMin: decimal.RequireFromString("230"), UnemploymentMin: decimal.RequireFromString("10"), From: rules.MustDate(2022, 9, 1)})
	fmt.Println(s.Amount.StringFixed(2), s.Until) // 2 × (480 + 230 + 10)
	// Persons hired on different days each have their own 3 years: one
	// evaluation per first day, added up. On 2023-06-01 the one hired from
	// 2020-05-01 is past them.
	total := decimal.Zero
	for _, from := range []rules.Date{rules.MustDate(2022, 9, 1), rules.MustDate(2020, 5, 1)} {
		c, _ := welfare.EmployerInsuranceSubsidy(on, welfare.EmployerHiring{Hired: 1, PensionMin: decimal.RequireFromString("480"),
			MedicalMin: decimal.RequireFromString("230"), UnemploymentMin: decimal.RequireFromString("10"), From: from})
		fmt.Println(from, c.Eligible, c.Until)
		total = total.Add(c.Amount)
	}
	fmt.Println(total.StringFixed(2))
	// Output:
	// 1440.00 2025-09-01
	// 2022-09-01 true 2025-09-01
	// 2020-05-01 false 2023-05-01
	// 720.00
}

func ExampleDisabledHiringSubsidy() {
	// 4 disabled employees in 100, 2 of them insured 6 months last year and
	// paid 150% of the minimum wage of 2,280: 2 × 2 × 2,280 = 9,120 for
	// those two; the quota is 2, so 2 beyond it × 4 × 2,280 = 18,240.
	qualifying := 2
	f := welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 4, QualifyingEmployees: &qualifying}
	s, _ := welfare.DisabledHiringSubsidy(on, f, local2ex)
	fmt.Println(s.Amount.StringFixed(2), s.Base.StringFixed(2), s.BeyondQuota.StringFixed(2), s.QuotaPersons, s.WageThreshold.StringFixed(2))
	// Output: 27360.00 9120.00 18240.00 2 3420.00
}

func ExampleFlexibleInsuranceSubsidy() {
	m := welfare.Member{Employment: &welfare.Employment{HardToEmploy: true, LivingDifficulty: true, Flexible: &welfare.FlexibleEmployment{InsuredIndividually: true,
		Contributions: decimal.RequireFromString("4500"), ApprovedOn: rules.MustDate(2022, 8, 1), RetiresOn: rules.MustDate(2026, 3, 1)}}}
	f, _ := welfare.FlexibleInsuranceSubsidy(on, welfare.Household{}, m)
	fmt.Println(f.Amount.StringFixed(2), f.Until, f.Extended)
	// Hard to employ but not in living difficulty: the flexible subsidy is
	// not for them (a public-welfare post would be).
	m.Employment.LivingDifficulty = false
	f, _ = welfare.FlexibleInsuranceSubsidy(on, welfare.Household{}, m)
	fmt.Println(f.Eligible, failedNames(f.Failed))
	// Output:
	// 3000.00 2026-03-01 true
	// false [target]
}

func ExampleJobSeekingGrant() {
	m := welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor, GraduatingYear: true, StudentLoan: true}}
	b, _ := welfare.JobSeekingGrant(on, welfare.Household{}, m)
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Without a loan, a graduate of a recognised poor disabled person's
	// family; whether the family is one must be stated.
	m.Student.StudentLoan = false
	_, err := welfare.JobSeekingGrant(on, welfare.Household{}, m)
	fmt.Println(err)
	poor := true
	b, _ = welfare.JobSeekingGrant(on, welfare.Household{PoorDisabledFamily: &poor}, m)
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// 3000.00 元/人
	// rules: welfare.employment.job_seeking_grant: poor_disabled_family: missing
	// 3000.00
}

func ExampleGuaranteedLoan() {
	for _, a := range []welfare.LoanApplication{
		{Kind: welfare.IndividualBusinessLoan, KeyGroup: welfare.CertifiedDisabled, FoundedOn: rules.MustDate(2022, 3, 1), LoanFrom: rules.MustDate(2023, 2, 1)},
		{Kind: welfare.SMEHiringLoan, SME: true, Hired: 30},
	} {
		l, _ := welfare.GuaranteedLoan(on, a)
		fmt.Println(l.Amount.StringFixed(2), l.SubsidyUntil)
	}
	// Output:
	// 500000.00 2026-02-01
	// 5000000.00 2023-06-01
}

func ExampleShareholdingFarmerIncome() {
	b, _ := welfare.ShareholdingFarmerIncome(on, decimal.RequireFromString("80000"), decimal.RequireFromString("0.55"))
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 40000.00
}

func ExampleInjuryArbitration() {
	a, _ := welfare.InjuryArbitration(on, rules.MustDate(2023, 5, 10), rules.Date{})
	fmt.Println(a.Deadline, a.PreviousDeadline, a.OnTime)
	// Output: 2023-06-09 2023-07-09 true
}

func ExampleResidencePermit() {
	m := welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.WithinWenzhou, RegisteredMonths: 7, RegisteredInWenzhou: true}}
	d, _ := welfare.ResidencePermit(on, m)
	fmt.Println(d.Eligible, d.Outcome)
	// Output: true 省内累计居住登记达到规定时间且目前居住登记在温州
}

func ExampleHighSchoolParity() {
	h := welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.OtherProvinceHukou}
	st := &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true, GraduatedOn: rules.MustDate(2023, 6, 30),
		JuniorYearsInWenzhou: 3, ParentPermitSince: rules.MustDate(2021, 6, 30)}
	m := welfare.Member{Student: st}
	d, _ := welfare.HighSchoolParity(on, h, m) // 2023 needs 2 years; 2021-06-30 to graduation on 2023-06-30 is 2
	fmt.Println(d.Eligible, d.Outcome)
	// A permit of 2021-07-01 is a year old at graduation: not enough, however
	// late in the year the student is assessed.
	st.ParentPermitSince = rules.MustDate(2021, 7, 1)
	d, _ = welfare.HighSchoolParity(rules.MustDate(2023, 12, 31), h, m)
	fmt.Println(d.Eligible, failedNames(d.Failed))
	// Output:
	// true 就读高中享受同城待遇
	// false [parent_permit]
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
	// Output: rules: renovation project: "翻建" is not one of: 危旧房拆建, 危房修缮, 异地搬迁, 自建房, 购房
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
