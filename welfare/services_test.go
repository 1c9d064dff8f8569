package welfare_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// local2 are the standards of a locality for sections 三 to 八: those of 二, and last
// year's per-capita consumption of all residents, the lowest pension tier,
// the residents' medical contribution and the provincial meal standard.
var local2 = func() welfare.LocalStandards {
	s := standards
	s.ResidentConsumption = dec("40000")
	s.PensionLowestTier = dec("100")
	s.MedicalContribution = dec("380")
	s.ProvincialMealStandard = dec("1000")
	return s
}()

// Each typed function of sections 三 to 八 gives the figure of the book for the same
// case, and the figure worked by hand.
func TestServicesTypedFunctionsMatchTheBook(t *testing.T) {
	type pair struct {
		name   string
		typed  func() (*rules.Result, decimal.Decimal, error)
		rule   string
		in     rules.Inputs
		output string
		fig    string // worked by hand
	}
	urbanDibao := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}
	student := func(s welfare.Student) welfare.Member {
		return welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Disability: welfare.Physical, DisabilityGrade: 2, Student: &s}
	}
	cases := []pair{
		// 三、11: 1,500 × 80%
		{"RentSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().RentSubsidy(dayIn, welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibian,
				Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: dec("1500")}}))
		}, welfare.RuleRentSubsidy, rules.Inputs{"hukou": "瓯海区", "household_status": "低边", "owns_home": false, "market_rent": "1500"}, "monthly", "1200.00"},
		// 三、12: 15,000 + 30,000
		{"RuralRenovationGrant", func() (*rules.Result, decimal.Decimal, error) {
			g, err := welfare.Default().RuralRenovationGrant(dayIn, welfare.Household{Locality: welfare.Yongjia, LowIncomeFarmer: true,
				Renovation: &welfare.Renovation{Rural: true, Project: welfare.RebuildDangerous, Qualified: true, NewArea: dec("95"), Year: 2022}})
			return g.Result(), g.Amount, err
		}, welfare.RuleRuralRenovation, rules.Inputs{"hukou": "永嘉县", "project": "危旧房拆建", "rural": true, "low_income_farmer": true,
			"qualified": true, "new_area": "95", "renovated_in": 2022}, "total", "45000.00"},
		// 八、27: 2 persons, 300
		{"SanitationWorkerSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().SanitationWorkerSubsidy(dayIn, welfare.Household{Locality: welfare.OutsideWenzhou, Housing: &welfare.Housing{InKindAllocated: new(false)},
				Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.SanitationWorker, FrontLine: true}}, {}}}))
		}, welfare.RuleSanitationWorkerSubsidy, rules.Inputs{"hukou": "市外", "occupation": "环卫", "front_line": true, "in_kind": false,
			"members": 2, "months_received": 0}, "monthly", "300.00"},
		// 四、14: 3,000 × 80%
		{"MedicalAssistance", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().MedicalAssistance(dayIn, welfare.MemberCase{Household: urbanDibao, Member: welfare.Member{Medical: &welfare.MedicalCosts{CompliantCost: dec("3000")}}}))
		}, welfare.RuleMedicalAssistance, rules.Inputs{"household_status": "低保", "compliant_cost": "3000"}, "assistance", "2400.00"},
		// 四、15: (3,000 − 2,400 − 100) × 50% = 250
		{"VeteranMedicalAid", func() (*rules.Result, decimal.Decimal, error) {
			a, err := welfare.Default().VeteranMedicalAid(dayIn, welfare.MemberCase{Household: urbanDibao, Member: welfare.Member{Veteran: true, Medical: &welfare.MedicalCosts{
				CompliantCost: dec("3000"), OtherReimbursed: dec("100"), Visit: welfare.Inpatient, Designated: true}}, LocalStandards: local2})

			return a.Result(), a.Amount, err
		}, welfare.RuleVeteranMedicalAid, rules.Inputs{"veteran": true, "household_status": "低保", "visit": "住院", "designated": true,
			"compliant_cost": "3000", "assistance_paid": "2400", "other_paid": "100", "resident_consumption": "40000"}, "aid", "250.00"},
		// 四、16: min(2,000, 2,400, 24,000)
		{"RehabSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().RehabSubsidy(dayIn, welfare.Member{BirthDate: rules.MustDate(2019, 1, 1), Disability: welfare.Intellectual,
				Rehab: &welfare.Rehabilitation{Designated: true, Fee: dec("2000"), Months: 1}}))
		}, welfare.RuleRehabSubsidy, rules.Inputs{"birth_date": "2019-01-01", "disability": "智力", "designated": true, "fee": "2000", "months": 1}, "subsidy", "2000.00"},
		{"RehabLivingAllowance", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().RehabLivingAllowance(dayIn, welfare.Member{BirthDate: rules.MustDate(2016, 1, 1), Autism: true,
				Rehab: &welfare.Rehabilitation{SchoolDeferred: true, Months: 1}}))
		}, welfare.RuleRehabLivingAllowance, rules.Inputs{"birth_date": "2016-01-01", "autism": true, "school_deferred": true, "in_training": true, "months": 1}, "allowance", "1000.00"},
		{"DisabledHomeGrant", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().DisabledHomeGrant(dayIn, welfare.DisabledHome{Standardized: true, Grant: dec("250000")}))
		}, welfare.RuleDisabledHomeGrant, rules.Inputs{"standardized": true, "grant": "250000"}, "amount", "250000.00"},
		{"RehabOperatingGrant", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().RehabOperatingGrant(dayIn, welfare.RehabTraining{PrivateDesignated: true, TrainingMonths: 7}))
		},
			welfare.RuleRehabOperatingGrant, rules.Inputs{"private_designated": true, "training_months": 7}, "amount", "2000.00"},
		{"AccidentInsurance", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().AccidentInsurance(dayIn, welfare.Member{Disability: welfare.Mental, DisabilityGrade: 3}))
		}, welfare.RuleAccidentInsurance, rules.Inputs{"disability": "精神"}, "amount", "50.00"},
		// 五、17: 1,000 × 1.6
		{"NutritionMeal", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().NutritionMeal(dayIn, welfare.MemberCase{Member: welfare.Member{Student: &welfare.Student{Level: welfare.PrimarySchool, Aided: true}}, LocalStandards: local2}))
		}, welfare.RuleNutritionMeal, rules.Inputs{"level": "小学", "aided": true, "provincial_standard": "1000"}, "standard", "1600.00"},
		// 五、18: a 低保 disabled student at college, 3,000
		{"StudyGrantOf", func() (*rules.Result, decimal.Decimal, error) {
			g, err := welfare.Default().StudyGrantOf(dayIn, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: urbanDibao, Member: student(welfare.Student{Level: welfare.College})}, Scheme: welfare.FederationGrant})
			return g.Result(), g.Amount, err
		}, welfare.RuleStudyGrant, rules.Inputs{"scheme": "残联助学补助", "hukou": "鹿城区", "household_status": "低保", "birth_date": "2004-01-01",
			"level": "大专", "disability": "肢体"}, "grant", "3000.00"},
		// 六、19
		{"ResidentPensionSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().ResidentPensionSubsidy(dayIn, welfare.MemberCase{Household: urbanDibao, Member: welfare.Member{ResidentPension: true}, LocalStandards: local2}))
		}, welfare.RuleResidentPensionSubsidy, rules.Inputs{"enrolled": true, "household_status": "低保", "pension_lowest_tier": "100"}, "paid", "100.00"},
		{"ResidentMedicalSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().ResidentMedicalSubsidy(dayIn, welfare.MemberCase{Household: urbanDibao, Member: welfare.Member{ResidentMedical: true}, LocalStandards: local2}))
		}, welfare.RuleResidentMedicalSubsidy, rules.Inputs{"enrolled": true, "household_status": "低保", "medical_contribution": "380"}, "paid", "380.00"},
		// 七、21: 700 uninsured
		{"PublicWelfarePostSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			p, err := welfare.Default().PublicWelfarePostSubsidy(dayIn, welfare.MemberCase{Household: welfare.Household{LowIncomeFarmer: true}, Member: welfare.Member{Employment: &welfare.Employment{PublicWelfarePost: true}}})

			return p.Result(), p.Amount, err
		}, welfare.RulePublicWelfarePostSubsidy, rules.Inputs{"public_post": true, "low_income_farmer": true}, "monthly", "700.00"},
		// 4 × (500 + 250 + 15) = 3,060
		{"EmployerInsuranceSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			s, err := welfare.Default().EmployerInsuranceSubsidy(dayIn, welfare.EmployerHiring{Hired: 4, PensionMin: dec("500"), MedicalMin: dec("250"),
				UnemploymentMin: dec("15"), From: rules.MustDate(2023, 1, 1)})
			return s.Result(), s.Amount, err
		}, welfare.RuleEmployerInsuranceSubsidy, rules.Inputs{"hired": 4, "pension_min": "500", "medical_min": "250", "unemployment_min": "15",
			"subsidy_from": "2023-01-01"}, "monthly", "3060.00"},
		// 七、21: 3 in 100: 22,800
		{"DisabledHiringSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			s, err := welfare.Default().DisabledHiringSubsidy(dayIn, welfare.EmployerCase{Employer: welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 3,
				QualifyingEmployees: intp(3)}, LocalStandards: local2})

			return s.Result(), s.Amount, err
		}, welfare.RuleDisabledHiring, rules.Inputs{"employer_kind": "企业等用人单位", "staff": 100, "disabled_employees": 3, "qualifying_employees": 3,
			"minimum_wage": "2280"}, "subsidy", "22800.00"},
		// 七、22: 2,400 × 2 ÷ 3
		{"FlexibleInsuranceSubsidy", func() (*rules.Result, decimal.Decimal, error) {
			f, err := welfare.Default().FlexibleInsuranceSubsidy(dayIn, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibian, NonOperatingVehicle: new(false)}, Member: welfare.Member{Employment: &welfare.Employment{
				Flexible: &welfare.FlexibleEmployment{InsuredIndividually: true, Contributions: dec("2400"), ApprovedOn: rules.MustDate(2022, 6, 1)}}}})

			return f.Result(), f.Amount, err
		}, welfare.RuleFlexibleInsurance, rules.Inputs{"household_status": "低边", "flexible": true, "insured_individually": true,
			"contributions": "2400", "approved_on": "2022-06-01", "family_car": false}, "subsidy", "1600.00"},
		{"JobSeekingGrant", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().JobSeekingGrant(dayIn, welfare.MemberCase{Household: urbanDibao, Member: welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor, GraduatingYear: true}}}))
		}, welfare.RuleJobSeekingGrant, rules.Inputs{"graduating": true, "household_status": "低保"}, "grant", "3000.00"},
		// 七、23: 4 × 200,000
		{"GuaranteedLoan", func() (*rules.Result, decimal.Decimal, error) {
			l, err := welfare.Default().GuaranteedLoan(dayIn, welfare.LoanApplication{Kind: welfare.SMEHiringLoan, SME: true, Hired: 4})
			return l.Result(), l.Amount, err
		}, welfare.RuleGuaranteedLoan, rules.Inputs{"kind": "招用贷款重点人群的中小微企业", "sme": true, "hired": 4}, "amount", "800000.00"},
		{"ShareholdingFarmerIncome", func() (*rules.Result, decimal.Decimal, error) {
			return amountOf(welfare.Default().ShareholdingFarmerIncome(dayIn, welfare.ShareholdingProject{Income: dec("30000"), Share: rules.Pct("50")}))
		}, welfare.RuleGuaranteedLoan, rules.Inputs{"kind": "折股量化帮扶收益", "project_income": "30000", "farmer_share": "0.5"}, "amount", "15000.00"},
	}
	for _, c := range cases {
		res, amount, err := c.typed()
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		book, err := welfare.Book().Eval(c.rule, dayIn, c.in)
		if err != nil {
			t.Errorf("%s: book: %v", c.name, err)
			continue
		}
		f, _ := book.Figure(c.output)
		got := []string{amount.StringFixed(2), f.Value.Number().StringFixed(2)}
		if d := cmp.Diff([]string{c.fig, c.fig}, got); d != "" || !res.Eligible || !book.Eligible || res.Rule != c.rule {
			t.Errorf("%s: typed and book (-want +got):\n%s (eligible %t, %t)", c.name, d, res.Eligible, book.Eligible)
		}
	}

	// The decisions.
	type decided struct {
		name    string
		typed   func() (*rules.Result, error)
		rule    string
		in      rules.Inputs
		outcome string
	}
	ds := []decided{
		{"PriorityRental", func() (*rules.Result, error) {
			return resultOf(welfare.Default().PriorityRental(dayIn, welfare.Household{Locality: welfare.Lucheng, Members: []welfare.Member{{Disability: welfare.Visual, DisabilityGrade: 1}},
				Housing: &welfare.Housing{OwnsHome: new(true)}}))
		}, welfare.RuleRentalEligibility, rules.Inputs{"track": "优先实物配租", "hukou": "鹿城区", "owns_home": true, "disability_grade": 1}, "依申请优先安排实物配租"},
		{"NewCitizenRental", func() (*rules.Result, error) {
			return resultOf(welfare.Default().NewCitizenRental(dayIn, welfare.Household{Locality: welfare.OutsideWenzhou,
				Housing: &welfare.Housing{OwnsHome: new(false), ContractYears: new(dec("3")), InsuredMonths: new(5)}}))
		}, welfare.RuleRentalEligibility, rules.Inputs{"track": "新市民保障性租赁住房", "hukou": "市外", "owns_home": false, "contract_years": "3", "insured_months": 5}, "可申请保障性租赁住房"},
		{"FreePublicTransport", func() (*rules.Result, error) {
			return resultOf(welfare.Default().FreePublicTransport(dayIn, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Ouhai}, Member: welfare.Member{BirthDate: rules.MustDate(1950, 1, 1)}}))
		}, welfare.RuleFreeTransport, rules.Inputs{"hukou": "瓯海区", "birth_date": "1950-01-01"}, "免费乘坐公共交通"},
		{"ResidencePermit", func() (*rules.Result, error) {
			return resultOf(welfare.Default().ResidencePermit(dayIn, welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.FromZhejiang, ZhejiangPermit: true}}))
		}, welfare.RuleResidencePermit, rules.Inputs{"migrant_worker": true, "origin": "浙江省内其他城市", "zhejiang_permit": true}, "持有有效浙江省居住证"},
		{"HighSchoolParity", func() (*rules.Result, error) {
			return resultOf(welfare.Default().HighSchoolParity(dayIn, welfare.MemberCase{Household: welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.ZhejiangHukou}, Member: welfare.Member{Student: &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true}}}))
		}, welfare.RuleHighSchoolParity, rules.Inputs{"origin": "浙江省内非温州户籍", "level": "初中", "school_status": true}, "就读高中享受同城待遇"},
	}
	for _, c := range ds {
		d, err := c.typed()
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		book, err := welfare.Book().Eval(c.rule, dayIn, c.in)
		if err != nil {
			t.Errorf("%s: book: %v", c.name, err)
			continue
		}
		if !d.Eligible || !book.Eligible || outcomeOf(d) != c.outcome || d.Receipt.Book != book.Receipt.Book {
			t.Errorf("%s: typed %+v, book eligible %t; want %s", c.name, d, book.Eligible, c.outcome)
		}
	}

	// The functions with figures of their own.
	p, err := welfare.Default().ChronicPrescription(dayIn, 12)
	pb, _ := welfare.Book().Eval(welfare.RuleChronicPrescription, dayIn, rules.Inputs{"chronic": true, "weeks": 12})
	if err != nil || !p.Eligible() || !pb.Eligible || p.MaxWeeks != 12 {
		t.Errorf("ChronicPrescription: %+v, %v", p, err)
	}
	r, err := welfare.Default().OutpatientReimbursement(dayIn, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance, Kind: welfare.SpecialDiseaseOutpatient,
		Disease: welfare.Lupus, Cost: dec("2000")})
	rb, _ := welfare.Book().Eval(welfare.RuleReimbursement, dayIn, rules.Inputs{"insurance": "城乡居民医保", "kind": "特殊病种门诊", "disease": "系统性红斑狼疮", "cost": "2000"})
	if rf, _ := rb.Figure("reimbursed"); err != nil || r.Reimbursed.StringFixed(2) != "1400.00" || !rf.Value.Number().Equal(r.Reimbursed) {
		t.Errorf("OutpatientReimbursement: %+v, %v; want 1400.00 (2,000 × 70%%)", r, err)
	}
	q, err := welfare.Default().UtilityQuota(dayIn, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibian})
	if err != nil || q.Water.String() != "60" || q.Gas.String() != "60" || q.Electricity.String() != "180" || !q.CableTVWaived {
		t.Errorf("UtilityQuota: %+v, %v", q, err)
	}
	a, err := welfare.Default().InjuryArbitration(dayIn, welfare.InjuryDispute{AcceptedOn: rules.MustDate(2023, 1, 31)})
	if err != nil || a.Deadline.String() != "2023-03-02" || a.OnTime {
		t.Errorf("InjuryArbitration: %+v, %v; want 2023-03-02 (2023-01-31 + 30 days), not on time", a, err)
	}
	_, err = welfare.Default().SupplementaryInsurance(dayIn, welfare.MemberCase{Household: urbanDibao, Member: welfare.Member{}})
	if !errors.Is(err, rules.ErrCaseByCase) {
		t.Errorf("SupplementaryInsurance of a 低保 member: want ErrCaseByCase, got %v", err)
	}
}

// A book derived with the quota rounded down counts the quota of 100 staff
// as 1, not 2: the reading is a parameter, not code.
func TestDisabledQuotaRoundingIsAParameter(t *testing.T) {
	notice := &rules.Document{Number: "某县细则（示例）", Title: "某县细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	down, err := welfare.Book().Derive(rules.Override{Param: "disabled_quota_rounding", From: rules.MustDate(2022, 5, 1),
		Value: "向下取整", Cite: notice.Cite("九", "向下取整")})
	if err != nil {
		t.Fatal(err)
	}
	f := welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 2, QualifyingEmployees: intp(2)}
	up, _ := welfare.Default().DisabledHiringSubsidy(dayIn, welfare.EmployerCase{Employer: f, LocalStandards: local2})
	dn, _ := welfare.MustEvaluator(down).DisabledHiringSubsidy(dayIn, welfare.EmployerCase{Employer: f, LocalStandards: local2})
	// up: quota 2, none beyond, 2 × 2 × 2,280 = 9,120; down: quota 1, one beyond: 9,120 + 4 × 2,280 = 18,240
	got := []string{up.Amount.StringFixed(2), dn.Amount.StringFixed(2)}
	if d := cmp.Diff([]string{"9120.00", "18240.00"}, got); d != "" || up.QuotaPersons != 2 || dn.QuotaPersons != 1 {
		t.Errorf("rounding (-want +got):\n%s", d)
	}
}

// Floors of sections 三 to 八 may be raised and caps lowered, never the other way.
func TestServicesOverridesRespectFloorsAndCaps(t *testing.T) {
	notice := &rules.Document{Number: "某县细则（示例）", Title: "某县细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	from := rules.MustDate(2022, 5, 1)
	for _, o := range []rules.Override{
		{Param: "meal_multiple", From: from, Value: "1.5", Cite: notice.Cite("一", "1.5倍")},
		{Param: "job_seeking_grant", From: from, Value: "2000", Cite: notice.Cite("二", "2000元")},
		{Param: "veteran_aid_cap_share", From: from, Value: "0.6", Cite: notice.Cite("三", "60%")},
		{Param: "union_study_cap", From: from, Value: "12000", Cite: notice.Cite("四", "1.2万元")},
		{Param: "prescription_max_weeks", From: from, Value: "16", Cite: notice.Cite("五", "16周")},
	} {
		if _, err := welfare.Book().Derive(o); !errors.Is(err, rules.ErrInvalidOverride) {
			t.Errorf("%s to %v: want ErrInvalidOverride, got %v", o.Param, o.Value, err)
		}
	}
}

// The yearly caps are never exceeded: for any amount already paid and any
// claim, what is paid plus the new figure stays within the cap (四、15:
// 40,000 × 50% = 20,000; 四、16: 24,000 for a hearing disability, 10,000 of
// living allowance), and the figure is never negative. A cap used up grants
// nothing (not eligible, not a benefit of 0); a payment above the cap is
// inconsistent and refused as invalid.
func TestYearlyCapsAreNeverExceeded(t *testing.T) {
	caps := map[string]decimal.Decimal{"rehab": dec("24000"), "living": dec("10000"), "veteran": dec("20000")}
	for paid := int64(0); paid <= 26000; paid += 650 {
		for claim := int64(1300); claim <= 9100; claim += 1300 {
			p, c := decimal.NewFromInt(paid), decimal.NewFromInt(claim)
			rehab, errRehab := welfare.Default().RehabSubsidy(dayIn, welfare.Member{BirthDate: rules.MustDate(2019, 1, 1), Disability: welfare.Hearing,
				Rehab: &welfare.Rehabilitation{Designated: true, Fee: c, Months: 3, SubsidyPaidThisYear: p}})
			living, errLiving := welfare.Default().RehabLivingAllowance(dayIn, welfare.Member{BirthDate: rules.MustDate(2016, 1, 1), Autism: true,
				Rehab: &welfare.Rehabilitation{SchoolDeferred: true, Months: int(claim/1300) + 1, AllowancePaidThisYear: p}})
			vet, errVet := welfare.Default().VeteranMedicalAid(dayIn, welfare.MemberCase{Household: welfare.Household{Status: welfare.Dibian}, Member: welfare.Member{Veteran: true,
				Medical: &welfare.MedicalCosts{CompliantCost: c.Mul(decimal.NewFromInt(10)), Visit: welfare.Inpatient, Designated: true,
					VeteranAidPaidThisYear: p}}, LocalStandards: local2})

			type benefit struct {
				Eligible bool
				Amount   decimal.Decimal
			}
			for name, r := range map[string]struct {
				b   benefit
				err error
			}{"rehab": {benefit{rehab.Eligible(), rehab.Amount}, errRehab}, "living": {benefit{living.Eligible(), living.Amount}, errLiving},
				"veteran": {benefit{vet.Eligible(), vet.Amount}, errVet}} {
				cap := caps[name]
				switch {
				case p.GreaterThan(cap):
					if !errors.Is(r.err, rules.ErrInvalidInput) {
						t.Errorf("%s: paid %s above the cap %s: got %v, want an invalid input", name, p, cap, r.err)
					}
				case r.err != nil:
					t.Errorf("%s: paid %s, claim %s: %v", name, p, c, r.err)
				case p.Equal(cap):
					if r.b.Eligible || !r.b.Amount.IsZero() {
						t.Errorf("%s: paid the cap %s: got eligible %v, %s", name, cap, r.b.Eligible, r.b.Amount)
					}
				case !r.b.Eligible || r.b.Amount.IsNegative() || p.Add(r.b.Amount).GreaterThan(cap):
					t.Errorf("%s: paid %s, claim %s: got %v %s, beyond the cap %s", name, p, c, r.b.Eligible, r.b.Amount, cap)
				}
			}
		}
	}
}

// amountOf is the full result and the amount (the field Amount every
// benefit's result has) of a typed evaluation.
func amountOf[T interface{ Result() *rules.Result }](x T, err error) (*rules.Result, decimal.Decimal, error) {
	return x.Result(), reflect.ValueOf(x).FieldByName("Amount").Interface().(decimal.Decimal), err
}

// resultOf is the full result of a typed evaluation.
func resultOf[T interface{ Result() *rules.Result }](x T, err error) (*rules.Result, error) {
	return x.Result(), err
}

// outcomeOf is what a decision grants, in the rule's words: its main
// output when a text, else the title of its main figure when eligible.
func outcomeOf(res *rules.Result) string {
	switch {
	case res.Value.Kind() == rules.KindText:
		return res.Value.Text()
	case res.Eligible && len(res.Figures) > 0:
		return res.Figures[0].Title.Zh
	}
	return ""
}

// intp is a stated count for a field where nil means not given.
func intp(n int) *int { return &n }

// A fact given as none is not a fact not given. 三、10: a new citizen needs
// a labour contract of a year or more and 3 consecutive months of
// insurance or tax paid in the employer's name — none of either is not
// eligible, not given is not assessed. 五、18: the union's aid pays the
// tuition actually paid (按照实际缴纳的学费) — a student who paid none (a
// junior-high pupil: compulsory schooling charges none) is not granted it,
// one who does not say is not assessed.
func TestNoneGivenIsNotNotGiven(t *testing.T) {
	e := welfare.Default()
	rental := func(years *decimal.Decimal, months *int) (welfare.Rental, error) {
		return e.NewCitizenRental(dayIn, welfare.Household{Locality: welfare.OutsideWenzhou,
			Housing: &welfare.Housing{OwnsHome: new(false), ContractYears: years, InsuredMonths: months}})
	}
	openEnded, err := e.NewCitizenRental(dayIn, welfare.Household{Locality: welfare.OutsideWenzhou,
		Housing: &welfare.Housing{OwnsHome: new(false), OpenEndedContract: true, InsuredMonths: new(3)}})
	union := func(tuition *decimal.Decimal) (welfare.SchemeGrant, error) {
		return e.StudyGrantOf(dayIn, welfare.SchemeClaim{Scheme: welfare.UnionAid, MemberCase: welfare.MemberCase{
			Household: welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true},
			Member:    welfare.Member{BirthDate: rules.MustDate(2010, 3, 1), Student: &welfare.Student{Level: welfare.JuniorHigh, Tuition: tuition}}}})
	}
	type got struct {
		Eligible bool
		Failed   []string
		Missing  string // the input not given, for an error
	}
	of := func(eligible bool, failed []string, err error) got {
		var re *rules.Error
		if errors.As(err, &re) {
			return got{Missing: re.Input}
		} else if err != nil {
			t.Fatal(err)
		}
		return got{Eligible: eligible, Failed: failed}
	}
	r := func(years *decimal.Decimal, months *int) got {
		x, err := rental(years, months)
		return of(x.Eligible(), x.FailedNames(), err)
	}
	u := func(tuition *decimal.Decimal) got {
		x, err := union(tuition)
		return of(x.Eligible(), x.FailedNames(), err)
	}
	for _, c := range []struct {
		name      string
		got, want got
	}{
		{"a contract of 2 years, 3 months insured", r(new(dec("2")), new(3)), got{Eligible: true}},
		{"no labour contract", r(new(dec("0")), new(3)), got{Failed: []string{"contract"}}},
		{"no month insured", r(new(dec("2")), new(0)), got{Failed: []string{"insured"}}},
		{"the contract not given", r(nil, new(3)), got{Missing: "contract_years"}},
		{"the months not given", r(new(dec("2")), nil), got{Missing: "insured_months"}},
		// An open-ended contract is a contract of a year or more; no term to give.
		{"an open-ended contract, no term given", of(openEnded.Eligible(), openEnded.FailedNames(), err), got{Eligible: true}},
		{"tuition of 800 paid", u(new(dec("800"))), got{Eligible: true}},
		{"no tuition paid", u(new(dec("0"))), got{Failed: []string{"tuition_paid"}}},
		{"the tuition not given", u(nil), got{Missing: "tuition"}},
	} {
		if d := cmp.Diff(c.want, c.got, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
	}
}
