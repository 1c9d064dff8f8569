package welfare_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The household assessments of 九、30 (免申直享). Each expected statement is
// worked by hand from the text, one line per benefit: the rule (and part),
// the status, and the figure, the failed conditions or the facts missing.
// The figures' arithmetic is in the comments.

// summary writes a statement as lines: a header per section, then one
// line per benefit evaluated, then one per benefit not assessed, then the
// choices.
func summary(st *welfare.Statement) []string {
	var out []string
	line := func(en welfare.Entry) string {
		s := en.Rule
		if en.Part != "" {
			s += "（" + en.Part + "）"
		}
		s += " " + string(en.Status)
		switch en.Status {
		case rules.Granted:
			if en.Outcome != "" {
				s += " " + en.Outcome
			} else {
				s += " " + en.Amount.StringFixed(2)
			}
		case rules.NotGranted:
			var names []string
			for _, f := range en.Failed {
				names = append(names, f.Name)
			}
			s += " [" + strings.Join(names, " ") + "]"
		case rules.NotPaid:
			s += " → " + en.PaidInstead
		case rules.NotAssessed:
			s += " {" + strings.Join(en.Missing, ", ") + "}"
		}
		return s
	}
	for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
		if sec.Member < 0 {
			out = append(out, "== 家庭")
		} else {
			out = append(out, "== "+sec.Name)
		}
		for _, en := range sec.Entries {
			out = append(out, line(en))
		}
		for _, en := range sec.NotAssessed {
			out = append(out, line(en))
		}
	}
	for _, c := range st.Choices {
		out = append(out, "就高 "+c.Group+" "+c.Chosen+" "+c.Amount.StringFixed(2)+" 不享受 "+strings.Join(c.Others, "、"))
	}
	return out
}

func assess(t *testing.T, on rules.Date, h welfare.Household) *welfare.Statement {
	t.Helper()
	st, err := welfare.Default().Assess(on, h, local2)
	if err != nil {
		t.Fatal(err)
	}
	// Every household a test assesses screens as it is assessed.
	screensAsAssessed(t, on, h, local2, st, nil)
	return st
}

func checkStatement(t *testing.T, st *welfare.Statement, want []string) {
	t.Helper()
	if d := cmp.Diff(want, summary(st)); d != "" {
		t.Errorf("statement (-want +got):\n%s\n%s", d, st)
	}
}

// Lines every member without the facts of the member-level clauses has.
const (
	mentalNone        = "welfare.mental.guardian_subsidy.guardian 不符合条件 [patient risk_class guardian_fulfils]"
	mentalNoneCare    = "welfare.mental.guardian_subsidy.community 不符合条件 [patient community_managed]"
	mentalNoneCareOut = "welfare.mental.guardian_subsidy.community 不符合条件 [patient community_managed hardship]"
	mentalNoneInject  = "welfare.mental.guardian_subsidy.injection 不符合条件 [patient schizophrenia poor_compliance weak_guardianship incident_risk injection_approved]"
	noRehab           = "welfare.disability.rehab_subsidy 未评估 {Member.Rehab}"
	noRehabLiving     = "welfare.disability.rehab_living_allowance 未评估 {Member.Rehab}"
	noMedical         = "welfare.medical.assistance 未评估 {Member.Medical}"
	noVeteranAid      = "welfare.veteran.medical_aid 未评估 {Member.Medical}"
	noMeal            = "welfare.education.nutrition_meal 未评估 {Member.Student}"
	noStudy1          = "welfare.education.study_grant（残联助学补助） 未评估 {Member.Student}"
	noStudy2          = "welfare.education.study_grant（工会助学帮扶） 未评估 {Member.Student}"
	noStudy3          = "welfare.education.study_grant（计生助学补助） 未评估 {Member.Student}"
	noPost            = "welfare.employment.post_subsidy.public_post 未评估 {Member.Employment}"
	noFlexible        = "welfare.employment.flexible_insurance 未评估 {Member.Employment.Flexible}"
	noJobSeeking      = "welfare.employment.job_seeking_grant 未评估 {Member.Student}"
	noPermit          = "welfare.residence.permit 未评估 {Member.Migrant}"
	noParity          = "welfare.education.high_school_parity 未评估 {Member.Student}"
)

// An 85-year-old widow of 鹿城区 on 低保, renting on the market, with a
// hospital bill.
func widow() welfare.Household {
	return welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: dec("1200")},
		Members: []welfare.Member{{Name: "王阿婆", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.MildlyDependent,
			ResidentMedical: true,
			Medical:         &welfare.MedicalCosts{CompliantCost: dec("2000"), Visit: welfare.Inpatient, Designated: true}}},
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{{Kind: welfare.OtherIncome, Amount: dec("3600")}}},
	}
}

func TestAssessWidowOnDibao(t *testing.T) {
	st := assess(t, dayIn, widow())
	checkStatement(t, st, []string{
		"== 家庭",
		// 二、1: (1,085 − 3,600 ÷ 12 ÷ 1) × 1 = 785
		"welfare.dibao.allowance 享受 785.00",
		"welfare.family_planning.hardship_grant 不符合条件 [recognised]",
		"welfare.worker.living_aid 不符合条件 [registered]",
		// 三、10: 市区 registration, 低保, no housing
		"welfare.housing.rental_eligibility 享受 依申请优先安排实物配租",
		// 三、11: 1,200 × 100%
		"welfare.housing.rent_subsidy 享受 1200.00",
		// 六、20: 60 t of water, 60 m³ of gas, 180 kWh (the figures below)
		"welfare.utilities.free_quota.utilities 享受 水、天然气、用电基数及有线电视费用减免",
		"welfare.housing.rural_renovation 未评估 {Household.Renovation}",
		"welfare.housing.sanitation_worker_subsidy 未评估 {Member.Employment}",
		"== 王阿婆",
		"welfare.tekun.care_fee 不符合条件 [tekun]",
		"welfare.veteran.dibao_supplement 不符合条件 [veteran]",
		// 二、5: 85, 低保, home, mildly dependent: max(125, 125 for 80 and over) = 125
		"welfare.elderly.care_subsidy 享受 125.00",
		// 二、5: 80 to 89: 50
		"welfare.elderly.high_age_allowance 享受 50.00",
		"welfare.child.basic_living 不符合条件 [child category]",
		mentalNone, mentalNoneCare, mentalNoneInject,
		// 四、14: 2,000 × 80%
		"welfare.medical.assistance 享受 1600.00",
		"welfare.veteran.medical_aid 不符合条件 [veteran]",
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled]",
		// 六、19: the residents' medical contribution in full
		"welfare.insurance.premium_subsidy.medical 享受 380.00",
		"welfare.insurance.premium_subsidy.supplementary 按实评估",
		// 六、20: 市区, 85 ≥ 65
		"welfare.utilities.free_quota.transport 享受 免费乘坐公共交通",
		noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
	})
	// The figures behind the lines: the care subsidy's clause, the quota's
	// three figures, the age shown.
	care, _ := st.Members[0].Entry(welfare.RuleElderlyCareSubsidy, "")
	quota, _ := st.Household.Entry(welfare.RuleUtilityQuota, "")
	var figs []string
	for _, f := range quota.Figures {
		figs = append(figs, f.Value.Format(f.Unit, rules.Chinese))
	}
	got := []string{care.Cite.Clause, strings.Join(figs, "；"), st.Members[0].Name, decimal.NewFromInt(int64(st.Members[0].Age)).String()}
	want := []string{"二、5", "60 吨/户·年；60 立方米/户·年；180 度/户·年；是", "王阿婆", "85"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("figures (-want +got):\n%s", d)
	}
}

// A 低边 household of 瓯海区 registered as a hardship workers' family: a
// father with a physical disability, a mother, a daughter at university,
// and a deaf son of 5 in rehabilitation.
func rehabFamily() welfare.Household {
	return welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibian, HardshipWorker: true,
		Members: []welfare.Member{
			{Name: "张父", BirthDate: rules.MustDate(1978, 5, 10), Disability: welfare.Physical, DisabilityGrade: 3, ResidentPension: true},
			{Name: "李母", BirthDate: rules.MustDate(1980, 9, 20)},
			{Name: "张姐", BirthDate: rules.MustDate(2003, 8, 1),
				Student: &welfare.Student{Level: welfare.Bachelor, Tuition: new(dec("5000")), ParentDisabled: true, NotIndependent: true}},
			{Name: "张弟", BirthDate: rules.MustDate(2018, 3, 15), Disability: welfare.Hearing, DisabilityGrade: 1, ResidentMedical: true,
				Rehab: &welfare.Rehabilitation{Designated: true, Fee: dec("3000"), Months: 1, SubsidyPaidThisYear: dec("22800")}},
		},
		// The disabled father's job (二、1: 3 years not counted, then 2 of
		// cost deduction) is placed in the assessment period by its dates.
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 6, 1), To: rules.MustDate(2023, 5, 31), Items: []welfare.IncomeItem{
			{Kind: welfare.WageIncome, Amount: dec("30000"), Member: 0, StartedOn: rules.MustDate(2015, 1, 1)}}},
	}
}

func TestAssessFamilyWithRehabAndStudent(t *testing.T) {
	st := assess(t, dayIn, rehabFamily())
	adult := func(name string) []string {
		return []string{
			"== " + name,
			"welfare.tekun.care_fee 不符合条件 [tekun]",
			"welfare.veteran.dibao_supplement 不符合条件 [veteran dibao]",
			"welfare.elderly.care_subsidy 不符合条件 [dibao aged_60]",
			"welfare.elderly.high_age_allowance 不符合条件 [aged_80]",
			"welfare.child.basic_living 不符合条件 [child category]",
			mentalNone, mentalNoneCare, mentalNoneInject,
		}
	}
	want := []string{
		"== 家庭",
		// 二、1: a 低边 household gets no 低保金; its counted income (the father's job
		// of 2015, past its 3 + 2 years) is below 1,085 × 4 × 12 = 52,080
		"welfare.dibao.allowance 不符合条件 [dibao]",
		"welfare.family_planning.hardship_grant 不符合条件 [recognised]",
		// 二、8: 1,085 × 12 = 13,020 at most
		"welfare.worker.living_aid 享受 13020.00",
		"welfare.utilities.free_quota.utilities 享受 水、天然气、用电基数及有线电视费用减免",
		"welfare.housing.rental_eligibility 未评估 {Household.Housing}",
		"welfare.housing.rent_subsidy 未评估 {Household.Housing}",
		"welfare.housing.rural_renovation 未评估 {Household.Renovation}",
		"welfare.housing.sanitation_worker_subsidy 未评估 {Household.Housing, Member.Employment}",
	}
	want = append(want, adult("张父")...)
	want = append(want,
		// 四、16: a certified disabled person's accident insurance, at least 50
		"welfare.disability.institution_grants.accident_insurance 享受 由政府为残疾人购买意外伤害保险",
		// 六、19: 低边 and enrolled: the lowest tier, 100
		"welfare.insurance.premium_subsidy.pension 享受 100.00",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.supplementary 按实评估",
		// 六、20: 瓯海区 is 市区; 低边 is 困难群众
		"welfare.utilities.free_quota.transport 享受 免费乘坐公共交通",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
	)
	want = append(want, adult("李母")...)
	want = append(want,
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.supplementary 按实评估",
		"welfare.utilities.free_quota.transport 享受 免费乘坐公共交通",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
	)
	want = append(want, adult("张姐")...)
	want = append(want,
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.education.nutrition_meal 不符合条件 [compulsory aided]",
		// 五、18: a 低边 disabled person's adult child not living independently,
		// at university: 4,000 a school year; the union's aid: her tuition, 5,000
		// (at most 10,000). 附则2: the higher, 5,000, is paid.
		"welfare.education.study_grant（残联助学补助） 就高不重复享受 → 助学补助（工会助学帮扶）",
		"welfare.education.study_grant（工会助学帮扶） 享受 5000.00",
		"welfare.education.study_grant（计生助学补助） 不符合条件 [fp_family]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.supplementary 按实评估",
		"welfare.utilities.free_quota.transport 享受 免费乘坐公共交通",
		"welfare.employment.job_seeking_grant 不符合条件 [graduating]",
		"welfare.education.high_school_parity 不符合条件 [not_wenzhou junior_graduate school_status]",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noPost, noFlexible, noPermit,
	)
	want = append(want,
		"== 张弟",
		"welfare.tekun.care_fee 不符合条件 [tekun]",
		"welfare.veteran.dibao_supplement 不符合条件 [veteran dibao]",
		"welfare.elderly.care_subsidy 不符合条件 [dibao aged_60]",
		"welfare.elderly.high_age_allowance 不符合条件 [aged_80]",
		// 二、6: a 低边 child with a grade 1 disability: 30,000 × 70% = 21,000 a year
		"welfare.child.basic_living 享受 21000.00",
		mentalNone, mentalNoneCare, mentalNoneInject,
		// 四、16: min(3,000, 2,400, 24,000 − 22,800 = 1,200) = 1,200
		"welfare.disability.rehab_subsidy 享受 1200.00",
		"welfare.disability.rehab_living_allowance 不符合条件 [school_deferred]",
		"welfare.disability.institution_grants.accident_insurance 享受 由政府为残疾人购买意外伤害保险",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.medical 享受 380.00",
		"welfare.insurance.premium_subsidy.supplementary 按实评估",
		"welfare.utilities.free_quota.transport 享受 免费乘坐公共交通",
		noMedical, noVeteranAid, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
		"就高 welfare.education.study_grant 助学补助（工会助学帮扶） 5000.00 不享受 助学补助（残联助学补助）",
	)
	checkStatement(t, st, want)
	// The federation's grant that was not paid is still worked out: 4,000.
	fed, _ := st.Members[2].Entry(welfare.RuleStudyGrant, string(welfare.FederationGrant))
	if !fed.Amount.IsZero() || fed.Result == nil || fed.Result.Value.Number().StringFixed(2) != "4000.00" || fed.Cite.Clause != "附则2" {
		t.Errorf("the federation's grant not paid: amount %s, figure %v, clause %s; want 0, 4000.00, 附则2", fed.Amount, fed.Result.Value, fed.Cite.Clause)
	}
}

// A 特困 person of 永嘉县 in dispersed support, moderately dependent, with a
// hospital bill; no income assessment.
func tekunPerson() welfare.Household {
	return welfare.Household{Locality: welfare.Yongjia,
		Members: []welfare.Member{{Name: "陈老伯", BirthDate: rules.MustDate(1953, 2, 1), Tekun: welfare.TekunDispersed,
			SelfCare: welfare.ModeratelyDependent, ResidentMedical: true,
			Medical: &welfare.MedicalCosts{CompliantCost: dec("5000"), Visit: welfare.Inpatient, Designated: true}}},
	}
}

func TestAssessTekunDispersed(t *testing.T) {
	st := assess(t, dayIn, tekunPerson())
	checkStatement(t, st, []string{
		"== 家庭",
		// 二、1: no income needs no period; the household is not 低保
		"welfare.dibao.allowance 不符合条件 [dibao]",
		"welfare.family_planning.hardship_grant 不符合条件 [urban recognised]",
		"welfare.worker.living_aid 不符合条件 [registered]",
		// 六、20: a 特困 person in dispersed support
		"welfare.utilities.free_quota.utilities 享受 水、天然气、用电基数及有线电视费用减免",
		"welfare.housing.rental_eligibility 未评估 {Household.Housing}",
		"welfare.housing.rent_subsidy 未评估 {Household.Housing}",
		"welfare.housing.rural_renovation 未评估 {Household.Renovation}",
		"welfare.housing.sanitation_worker_subsidy 未评估 {Household.Housing, Member.Employment}",
		"== 陈老伯",
		// 二、3: max(36,000 × 50% = 18,000, 1,085 × 1.3 × 12 = 16,926) = 18,000 a year, 1,500 a month
		"welfare.tekun.basic_standard 享受 1500.00",
		// 二、3: 2,280 × 40% × 50% = 456
		"welfare.tekun.care_fee 享受 456.00",
		"welfare.veteran.dibao_supplement 不符合条件 [veteran dibao]",
		// 二、5 is for 低保 elders; a 特困 person has the care fee of 二、3
		"welfare.elderly.care_subsidy 不符合条件 [dibao]",
		"welfare.elderly.high_age_allowance 不符合条件 [aged_80]",
		"welfare.child.basic_living 不符合条件 [child category]",
		mentalNone, mentalNoneCare, mentalNoneInject,
		// 四、14: a 特困 person in full: 5,000
		"welfare.medical.assistance 享受 5000.00",
		"welfare.veteran.medical_aid 不符合条件 [veteran dibao_or_dibian]",
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled]",
		"welfare.insurance.premium_subsidy.medical 享受 380.00",
		"welfare.insurance.premium_subsidy.supplementary 按实评估",
		// 六、20: free transport is 市区's
		"welfare.utilities.free_quota.transport 不符合条件 [urban]",
		noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
	})
	basic, _ := st.Members[0].Entry(welfare.RuleTekunBasicStandard, "")
	if len(basic.Figures) != 2 || basic.Figures[1].Value.Number().StringFixed(2) != "18000.00" {
		t.Errorf("特困 basic standard: want 18000.00 a year among its figures, got %v", basic.Figures)
	}
}

// A new citizen's family of three from outside Zhejiang, in 2024: the
// father a front-line sanitation worker who came from Hangzhou with a
// Zhejiang permit, the mother, and a son finishing junior high in Wenzhou.
func newCitizens() welfare.Household {
	return welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.OtherProvinceHukou,
		Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: dec("1500"), ContractYears: new(dec("2")), InsuredMonths: new(12),
			InKindAllocated: new(false), SubsidyMonthsReceived: 10},
		Members: []welfare.Member{
			{Name: "刘师傅", BirthDate: rules.MustDate(1985, 4, 1),
				Employment: &welfare.Employment{Occupation: welfare.SanitationWorker, FrontLine: true},
				Migrant:    &welfare.Migrant{Worker: true, From: welfare.FromZhejiang, ZhejiangPermit: true}},
			{Name: "赵女士", BirthDate: rules.MustDate(1987, 10, 1),
				Migrant: &welfare.Migrant{Worker: true, From: welfare.FromOtherProvince, RegisteredMonths: 3}},
			{Name: "刘小明", BirthDate: rules.MustDate(2009, 3, 1),
				Student: &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true,
					GraduationYear: 2024, GraduatedOn: rules.MustDate(2024, 6, 30), JuniorYearsInWenzhou: 3, ParentPermitSince: rules.MustDate(2021, 6, 15)}},
		},
	}
}

func TestAssessNewCitizenSanitationWorker(t *testing.T) {
	on := rules.MustDate(2024, 6, 15)
	st := assess(t, on, newCitizens())
	outsider := func(name string) []string {
		return []string{
			"== " + name,
			"welfare.tekun.care_fee 不符合条件 [tekun]",
			// 附则1: registered outside Wenzhou (温州户籍), and 二、4, 5, 6 and 9 say nothing otherwise
			"welfare.veteran.dibao_supplement 不符合条件 [wenzhou_hukou veteran dibao]",
			"welfare.elderly.care_subsidy 不符合条件 [wenzhou_hukou dibao aged_60]",
			"welfare.elderly.high_age_allowance 不符合条件 [wenzhou_hukou aged_80]",
		}
	}
	common := []string{
		"welfare.mental.guardian_subsidy.guardian 不符合条件 [wenzhou_hukou patient risk_class guardian_fulfils]",
		"welfare.mental.guardian_subsidy.community 不符合条件 [wenzhou_hukou patient community_managed hardship]",
		"welfare.mental.guardian_subsidy.injection 不符合条件 [wenzhou_hukou patient schizophrenia poor_compliance weak_guardianship incident_risk injection_approved]",
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
	}
	insurance := []string{
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled pension_group]",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [enrolled medical_group]",
		"welfare.insurance.premium_subsidy.supplementary 不符合条件 [assistance_recipient]",
		"welfare.utilities.free_quota.transport 不符合条件 [wenzhou_hukou urban transport_group]",
	}
	want := []string{
		"== 家庭",
		// 二、1: no income needs no period; the household is not 低保
		"welfare.dibao.allowance 不符合条件 [dibao]",
		"welfare.family_planning.hardship_grant 不符合条件 [urban recognised]",
		"welfare.worker.living_aid 不符合条件 [wenzhou_hukou registered]",
		// 三、10: not registered in 市区: a new citizen with no home, a 2-year contract, 12 months insured
		"welfare.housing.rental_eligibility 享受 可申请保障性租赁住房",
		// 三、11: registered outside Wenzhou (and 市区), neither 低保, 低边 nor supported
		"welfare.housing.rent_subsidy 不符合条件 [wenzhou_hukou urban subsidy_class]",
		"welfare.utilities.free_quota.utilities 不符合条件 [wenzhou_hukou quota_group]",
		// 八、27: a family of 3: 400 a month; 26 of the 36 months left
		"welfare.housing.sanitation_worker_subsidy 享受 400.00",
		"welfare.housing.rural_renovation 未评估 {Household.Renovation}",
	}
	want = append(want, outsider("刘师傅")...)
	want = append(want, "welfare.child.basic_living 不符合条件 [wenzhou_hukou child category]")
	want = append(want, common...)
	want = append(want, insurance...)
	want = append(want,
		"welfare.employment.post_subsidy.public_post 不符合条件 [public_post post_target]",
		// 八、25: came from another Zhejiang city with a Zhejiang permit
		"welfare.residence.permit 享受 持有有效浙江省居住证",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noFlexible, noJobSeeking, noParity,
	)
	want = append(want, outsider("赵女士")...)
	want = append(want, "welfare.child.basic_living 不符合条件 [wenzhou_hukou child category]")
	want = append(want, common...)
	want = append(want, insurance...)
	want = append(want,
		"welfare.residence.permit 不符合条件 [within_zhejiang permit_or_registration]",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noParity,
	)
	want = append(want, outsider("刘小明")...)
	want = append(want, "welfare.child.basic_living 不符合条件 [wenzhou_hukou category]")
	want = append(want, common...)
	want = append(want,
		"welfare.education.nutrition_meal 不符合条件 [aided]",
		"welfare.education.study_grant（残联助学补助） 不符合条件 [urban federation_target federation_level]",
		"welfare.education.study_grant（工会助学帮扶） 不符合条件 [hardship_worker]",
		"welfare.education.study_grant（计生助学补助） 不符合条件 [urban fp_family fp_level]",
	)
	want = append(want, insurance...)
	want = append(want,
		"welfare.employment.job_seeking_grant 不符合条件 [graduating target]",
		// 八、27: out of province, graduating in 2024, 3 years at a Wenzhou junior high, a
		// parent's permit since 2021-06-15: 3 full years on 2024-06-15, the 3 required from 2024
		"welfare.education.high_school_parity 享受 就读高中享受同城待遇",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noPost, noFlexible, noPermit,
	)
	checkStatement(t, st, want)
	w, _ := st.Household.Entry(welfare.RuleSanitationWorkerSubsidy, "")
	if left, ok := w.Result.Figure("months_left"); !ok || left.Value.Number().String() != "26" {
		t.Errorf("months of subsidy left: want 26, got %v", left.Value)
	}
}

// A household of 龙湾区 just outside every threshold on 2023-06-01: income
// of 39,072 for three over 12 months (1,085.33 a person a month, above the
// 1,085 standard) and no recognised status; a grandmother of 79 (80
// tomorrow), a grandfather of 64 (65 tomorrow), a grandson with autism who
// turned 7 today, in training without a deferral certificate; a home of
// 15.5 m² a person.
func justAbove() welfare.Household {
	return welfare.Household{Locality: welfare.Longwan,
		Housing: &welfare.Housing{OwnsHome: new(true), FloorAreaPerCapita: dec("15.5"), MarketRent: dec("1500")},
		Members: []welfare.Member{
			{Name: "周奶奶", BirthDate: rules.MustDate(1943, 6, 2), ResidentMedical: true},
			{Name: "吴爷爷", BirthDate: rules.MustDate(1958, 6, 2)},
			{Name: "小吴", BirthDate: rules.MustDate(2016, 6, 1), Autism: true,
				Rehab: &welfare.Rehabilitation{Designated: true, Fee: dec("3000"), Months: 1}},
		},
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{{Kind: welfare.OtherIncome, Amount: dec("39072")}}},
	}
}

func TestAssessJustAboveEveryThreshold(t *testing.T) {
	st := assess(t, dayIn, justAbove())
	person := []string{
		"welfare.tekun.care_fee 不符合条件 [tekun]",
		"welfare.veteran.dibao_supplement 不符合条件 [veteran dibao]",
	}
	want := []string{
		"== 家庭",
		// 二、1: 39,072 is not below 1,085 × 3 × 12 = 39,060
		"welfare.dibao.allowance 不符合条件 [dibao below_standard]",
		"welfare.family_planning.hardship_grant 不符合条件 [recognised]",
		"welfare.worker.living_aid 不符合条件 [registered]",
		"welfare.housing.rental_eligibility 不符合条件 [priority_ground]",
		// 三、11: 15.5 m² a person is above 15
		"welfare.housing.rent_subsidy 不符合条件 [housing_need subsidy_class]",
		"welfare.utilities.free_quota.utilities 不符合条件 [quota_group]",
		"welfare.housing.rural_renovation 未评估 {Household.Renovation}",
		"welfare.housing.sanitation_worker_subsidy 未评估 {Member.Employment}",
		"== 周奶奶",
	}
	want = append(want, person...)
	want = append(want,
		// 二、5: 79 is not 高龄 (80 or over), and she can care for herself
		"welfare.elderly.care_subsidy 不符合条件 [dibao]",
		"welfare.elderly.high_age_allowance 不符合条件 [aged_80]",
		"welfare.child.basic_living 不符合条件 [child category]",
		mentalNone, mentalNoneCareOut, mentalNoneInject,
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled pension_group]",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [medical_group]",
		"welfare.insurance.premium_subsidy.supplementary 不符合条件 [assistance_recipient]",
		// 六、20: 市区 and 79 ≥ 65: the one benefit of the household
		"welfare.utilities.free_quota.transport 享受 免费乘坐公共交通",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
		"== 吴爷爷",
	)
	want = append(want, person...)
	want = append(want,
		"welfare.elderly.care_subsidy 不符合条件 [dibao]",
		"welfare.elderly.high_age_allowance 不符合条件 [aged_80]",
		"welfare.child.basic_living 不符合条件 [child category]",
		mentalNone, mentalNoneCareOut, mentalNoneInject,
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled pension_group]",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [enrolled medical_group]",
		"welfare.insurance.premium_subsidy.supplementary 不符合条件 [assistance_recipient]",
		// 64 < 65
		"welfare.utilities.free_quota.transport 不符合条件 [transport_group]",
		noMedical, noVeteranAid, noRehab, noRehabLiving, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
		"== 小吴",
	)
	want = append(want, person...)
	want = append(want,
		"welfare.elderly.care_subsidy 不符合条件 [dibao aged_60]",
		"welfare.elderly.high_age_allowance 不符合条件 [aged_80]",
		"welfare.child.basic_living 不符合条件 [category]",
		mentalNone, mentalNoneCareOut, mentalNoneInject,
		// 四、16: 7 is not under 7, and without the certificate not under 9 either
		"welfare.disability.rehab_subsidy 不符合条件 [age]",
		"welfare.disability.rehab_living_allowance 不符合条件 [school_deferred]",
		"welfare.disability.institution_grants.accident_insurance 不符合条件 [disabled]",
		"welfare.insurance.premium_subsidy.pension 不符合条件 [enrolled pension_group]",
		"welfare.insurance.premium_subsidy.medical 不符合条件 [enrolled medical_group]",
		"welfare.insurance.premium_subsidy.supplementary 不符合条件 [assistance_recipient]",
		"welfare.utilities.free_quota.transport 不符合条件 [transport_group]",
		noMedical, noVeteranAid, noMeal, noStudy1, noStudy2, noStudy3, noPost, noFlexible, noJobSeeking, noPermit, noParity,
	)
	checkStatement(t, st, want)

	// The failures carry the values that decided them, as a caseworker reads them.
	high, _ := st.Members[0].Entry(welfare.RuleHighAgeAllowance, "")
	rehab, _ := st.Members[2].Entry(welfare.RuleRehabSubsidy, "")
	rent, _ := st.Household.Entry(welfare.RuleRentSubsidy, "")
	got := []string{high.Failed[0].In(rules.Chinese), rehab.Failed[0].In(rules.English), rent.Failed[0].In(rules.Chinese)}
	want = []string{
		"未满足：80周岁以上（age = 79 年, high_age_allowance_min = 80 年）",
		"not met: under 7; under 9 when found unfit for compulsory schooling with a deferral certificate (age = 7 years, rehab_age_limit = 7 years, school_deferred = no, rehab_deferred_age_limit = 9 years)",
		"未满足：在市区无房或人均住房建筑面积15平方米以下（owns_home = 是, floor_area_per_capita = 15.5 平方米/人, rent_area_limit = 15 平方米/人）",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("failures (-want +got):\n%s", d)
	}
}

// A household granted both rent supports is paid the higher (附则2): a
// 低边 household of 瑞安市 whose rent of 480 in public rental housing was
// waived (三、11, 全市范围) in the year its father, a front-line bus driver,
// was paid the workers' subsidy (八、27: a family of 2, 300). The book's
// group pays 480. (三、11's market-rent subsidy is 市区's: a 瑞安 household
// renting on the market gets only the workers' subsidy.)
func TestAssessHousingTakeTheHigher(t *testing.T) {
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian,
		Housing: &welfare.Housing{PublicRental: true, PublicRent: dec("480"), InKindAllocated: new(false)},
		Members: []welfare.Member{
			{Name: "父", BirthDate: rules.MustDate(1980, 1, 1), Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}},
			{Name: "女", BirthDate: rules.MustDate(2012, 1, 1)},
		}}
	st := assess(t, dayIn, h)
	var got []string
	for _, rule := range []string{welfare.RuleRentSubsidy, welfare.RuleSanitationWorkerSubsidy} {
		en, _ := st.Household.Entry(rule, "")
		got = append(got, string(en.Status)+" "+en.Amount.StringFixed(2)+" "+en.PaidInstead)
	}
	want := []string{"享受 480.00 ", "就高不重复享受 0.00 住房租赁补贴与公共租赁住房租金免缴"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("housing group (-want +got):\n%s", d)
	}
	if len(st.Choices) != 1 || st.Choices[0].Group != welfare.GroupHousing || st.Choices[0].Evaluation == nil ||
		st.Choices[0].Evaluation.Chosen != welfare.RuleRentSubsidy || st.Choices[0].Amount.StringFixed(2) != "480.00" {
		t.Errorf("choices: %+v", st.Choices)
	}
	// HousingSupport makes the same choice.
	hc, err := welfare.Default().HousingSupport(dayIn, h)
	if err != nil || hc.Chosen != welfare.RuleRentSubsidy || hc.Amount.StringFixed(2) != "480.00" {
		t.Errorf("HousingSupport: %+v, %v", hc, err)
	}
	// With a rent of 280 waived, 280 < 300: the workers' subsidy is paid.
	h.Housing.PublicRent = dec("280")
	hc, err = welfare.Default().HousingSupport(dayIn, h)
	if err != nil || hc.Chosen != welfare.RuleSanitationWorkerSubsidy || hc.Amount.StringFixed(2) != "300.00" {
		t.Errorf("HousingSupport at 350: %+v, %v", hc, err)
	}
}

// The statement is the same every time, and renders the same text.
func TestAssessIsDeterministic(t *testing.T) {
	a := assess(t, dayIn, rehabFamily())
	for range 5 {
		b := assess(t, dayIn, rehabFamily())
		if a.String() != b.String() || a.Text(rules.English) != b.Text(rules.English) {
			t.Fatal("two assessments of one household differ")
		}
	}
}

func TestAssessErrors(t *testing.T) {
	_, err := welfare.Default().Assess(rules.MustDate(2026, 1, 1), widow(), local2)
	if !errors.Is(err, rules.ErrNotInForce) {
		t.Errorf("after the policy: want ErrNotInForce, got %v", err)
	}
	// One bad fact leaves only the benefits that read it not assessed, each
	// saying which fact and why; every other benefit is assessed.
	h := widow()
	h.Members[0].Medical.CompliantCost = dec("-1")
	st, err := welfare.Default().Assess(dayIn, h, local2)
	if err != nil {
		t.Fatalf("a negative cost: want a statement, got %v", err)
	}
	for _, rule := range []string{welfare.RuleMedicalAssistance, welfare.RuleVeteranMedicalAid} {
		en, _ := st.Members[0].Entry(rule, "")
		if en.Status != rules.NotAssessed || !strings.HasPrefix(en.Invalid, "compliant_cost（Member.Medical.CompliantCost）：") {
			t.Errorf("a negative cost, %s: want not assessed naming the cost, got %s %q", rule, en.Status, en.Invalid)
		}
	}
	if en, _ := st.Members[0].Entry(welfare.RuleHighAgeAllowance, ""); en.Status != rules.Granted {
		t.Errorf("a negative cost: the high-age allowance is still assessed, got %s", en.Status)
	}
	// A standard left out is listed as missing, not guessed.
	s := local2
	s.MedicalContribution = decimal.Decimal{}
	st, err = welfare.Default().Assess(dayIn, widow(), s)
	if err != nil {
		t.Fatal(err)
	}
	en, _ := st.Members[0].Entry(welfare.RuleResidentMedicalSubsidy, "")
	if en.Status != rules.NotAssessed || len(en.Missing) != 1 || en.Missing[0] != "medical_contribution（LocalStandards.MedicalContribution）" {
		t.Errorf("medical contribution left out: %+v", en)
	}
}

// The veterans' aid line of a statement shows the cap left after this aid
// (四、15): cap 40,000 × 50% = 20,000, 5,000 already paid; assistance
// 10,000 × 80% = 8,000, remaining 2,000 × 50% = 1,000; 15,000 was left
// before it, 14,000 after.
func TestAssessVeteranAidShowsTheCapLeftAfterIt(t *testing.T) {
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao, Income: welfare.Income{PeriodMonths: 12},
		Members: []welfare.Member{{Name: "冯老兵", BirthDate: rules.MustDate(1958, 8, 1), Veteran: true,
			Medical: &welfare.MedicalCosts{CompliantCost: dec("10000"), Visit: welfare.Inpatient, Designated: true,
				VeteranAidPaidThisYear: dec("5000")}}}}
	st := assess(t, dayIn, h)
	en, _ := st.Members[0].Entry(welfare.RuleVeteranMedicalAid, "")
	var got []string
	for _, f := range en.Figures {
		got = append(got, f.Title.Zh+" "+f.Value.Format(f.Unit, rules.Chinese))
	}
	want := []string{"医疗援助金额 1000.00 元", "本年度封顶线余额（本次援助后） 14000.00 元"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("veterans' aid figures (-want +got):\n%s", d)
	}
}

// The English statement's headings are English words, in both views.
func TestStatementHeadingsInEnglish(t *testing.T) {
	st, err := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng,
		Members: []welfare.Member{{Name: "Ding", BirthDate: rules.MustDate(1943, 6, 2)}}}, local2ex)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{st.Text(rules.English), st.Brief(rules.English)} {
		// 六、20: aged 79, over 65, registered in 鹿城区: free public transport.
		if !strings.Contains(text, "\n  Granted\n    六、20 free public transport") {
			t.Errorf("no Granted heading before 六、20:\n%s", text)
		}
		if strings.Contains(text, "rules.") {
			t.Errorf("a Go identifier in the text:\n%s", text)
		}
	}
}

// The statement says to whom the guardian subsidy is paid (二、9 对…患者的监护人
// …给予…Ⅱ类患者每人每月400元的补助): the patient's mother, member 2.
func TestStatementNamesThePayee(t *testing.T) {
	one := 1
	st := assess(t, on, welfare.Household{Locality: welfare.Ruian, Income: welfare.Income{PeriodMonths: 12},
		Members: []welfare.Member{
			{Name: "周某", BirthDate: rules.MustDate(1985, 4, 1), Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassII, GuardianFulfils: true, Guardian: &welfare.Guardian{Member: &one}}},
			{Name: "周母", BirthDate: rules.MustDate(1958, 10, 1)},
		}})
	for lang, want := range map[rules.Lang]string{
		rules.Chinese: "二、9 严重精神障碍患者监护补助：每月监护补助 400.00 元/人·月；付给监护人 周母（成员2）",
		rules.English: "paid to the guardian 周母 (member 2)",
	} {
		if text := st.Text(lang); !strings.Contains(text, want) {
			t.Errorf("%v: want %q in\n%s", lang, want, text)
		}
	}
}
