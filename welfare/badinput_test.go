package welfare_test

import (
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Hostile input: nothing a caller passes hangs, crashes or changes the
// shared book; every bad input ends in an error matching
// rules.ErrInvalidInput that names the field, or, in a household's
// statement, in that benefit not assessed with the field named.

// The classes of bad input the table covers; the test fails if one has no
// row.
const (
	negative    = "negative"               // an amount, area, count or month below zero
	zero        = "zero where meaningless" // a zero the text gives no meaning (or a zero the typed API reads as not given)
	huge        = "absurdly large"         // beyond the engine's numbers, or a count beyond any calendar
	precise     = "over-precise"           // more decimal places than the engine takes
	nanLike     = "NaN-like"               // text that is no decimal
	badDate     = "impossible date"        // a zero date, one outside the calendar, or dates in the wrong order
	partOfWhole = "part above its whole"   // a part given above the whole it is part of
	badEnum     = "unknown value"          // a locality or enum value none of the document's, or "" where required
	missing     = "missing"                // a fact not given that the case needs
	wrongType   = "wrong type"             // a value of another kind
)

var badClasses = []string{negative, zero, huge, precise, nanLike, badDate, partOfWhole, badEnum, missing, wrongType}

var (
	hugeDec    = decimal.New(1, 999_999_999)
	preciseDec = decimal.New(1, -40)
)

// errOf keeps the error of a typed function's result.
func errOf[T any](_ T, err error) error { return err }

// evalErr is the error of evaluating a rule of the book with inputs.
func evalErr(id string, in rules.Inputs) func() error {
	return func() error { return errOf(welfare.Book().Eval(id, dayIn, in)) }
}

// with returns a copy of the inputs with the given ones set (nil deletes).
func with(base rules.Inputs, set rules.Inputs) rules.Inputs {
	out := rules.Inputs{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range set {
		if v == nil {
			delete(out, k)
			continue
		}
		out[k] = v
	}
	return out
}

// Complete, valid inputs of a few rules, which the rows spoil one at a time.
var (
	allowanceIn = rules.Inputs{"household_status": "低保", "counted_income": "12000", "period_months": 12, "members": 3, "dibao_standard": "1085"}
	highAgeIn   = rules.Inputs{"birth_date": "1938-03-01", "hukou": "鹿城区"}
	rehabIn     = rules.Inputs{"birth_date": "2019-01-01", "disability": "听力", "designated": true, "fee": "3000", "months": 1}
	exemptIn    = rules.Inputs{"kind": "公益性岗位补贴", "amount": "10000", "period_months": 12, "household_status": "低保", "dibian_standard": "1600"}
	loanIn      = rules.Inputs{"kind": "新创办企业", "key_group": "持证残疾人", "founded_on": "2023-01-01"}
	rentIn      = rules.Inputs{"hukou": "鹿城区", "household_status": "低保", "owns_home": true, "floor_area_per_capita": "12", "market_rent": "1500"}
	vetAidIn    = rules.Inputs{"veteran": true, "household_status": "低保", "visit": "住院", "designated": true, "compliant_cost": "10000", "resident_consumption": "40000"}
)

// member returns a copy of the household with member i changed by f.
func member(h welfare.Household, i int, f func(m *welfare.Member)) welfare.Household {
	h.Members = append([]welfare.Member(nil), h.Members...)
	f(&h.Members[i])
	return h
}

func child() welfare.Member {
	return welfare.Member{BirthDate: rules.MustDate(2019, 1, 1), Disability: welfare.Hearing, DisabilityGrade: 2,
		Rehab: &welfare.Rehabilitation{Designated: true, Fee: dec("3000"), Months: 1}}
}

func veteran() welfare.Member {
	return welfare.Member{BirthDate: rules.MustDate(1970, 1, 1), Veteran: true,
		Medical: &welfare.MedicalCosts{CompliantCost: dec("10000"), Visit: welfare.Inpatient, Designated: true}}
}

func flexible(f func(x *welfare.FlexibleEmployment)) welfare.Member {
	x := &welfare.FlexibleEmployment{InsuredIndividually: true, Contributions: dec("3000"), ApprovedOn: rules.MustDate(2022, 6, 1)}
	f(x)
	return welfare.Member{BirthDate: rules.MustDate(1980, 1, 1), Employment: &welfare.Employment{Flexible: x}}
}

func outOfProvince(f func(s *welfare.Student)) (welfare.Household, welfare.Member) {
	st := &welfare.Student{Level: welfare.JuniorHigh, SchoolStatusInWenzhou: true, GraduationYear: 2023,
		GraduatedOn: rules.MustDate(2023, 6, 30), JuniorYearsInWenzhou: 3, ParentPermitSince: rules.MustDate(2020, 6, 1)}
	f(st)
	return welfare.Household{Locality: welfare.OutsideWenzhou, Origin: welfare.OtherProvinceHukou},
		welfare.Member{BirthDate: rules.MustDate(2008, 4, 1), Student: st}
}

func loan(f func(a *welfare.LoanApplication)) welfare.LoanApplication {
	a := welfare.LoanApplication{Kind: welfare.EnterpriseLoan, KeyGroup: welfare.CertifiedDisabled, FoundedOn: rules.MustDate(2023, 1, 1)}
	f(&a)
	return a
}

func employer(f func(e *welfare.Employer)) welfare.Employer {
	e := welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 3, QualifyingEmployees: intp(2)}
	f(&e)
	return e
}

func hiring(f func(h *welfare.EmployerHiring)) welfare.EmployerHiring {
	h := welfare.EmployerHiring{Hired: 2, PensionMin: dec("500"), MedicalMin: dec("300"), UnemploymentMin: dec("20"), From: rules.MustDate(2022, 6, 1)}
	f(&h)
	return h
}

func income(f func(i *welfare.Income)) welfare.Household {
	h := household()
	f(&h.Income)
	return h
}

func standardsWith(f func(s *welfare.LocalStandards)) welfare.LocalStandards {
	s := local2
	f(&s)
	return s
}

func targets(f func(t *welfare.TargetFigures)) welfare.TargetFigures {
	rural := dec("13000.01")
	t := welfare.TargetFigures{LowestDibaoStandard: dec("1085"), LowestRuralIncome: &rural, ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")}
	f(&t)
	return t
}

func withHousing(h welfare.Household, f func(hs *welfare.Housing)) welfare.Household {
	hs := welfare.Housing{}
	if h.Housing != nil {
		hs = *h.Housing
	}
	f(&hs)
	h.Housing = &hs
	return h
}

// TestBadInputs is the table of bad input through the typed API and the
// book: each row ends in an error matching rules.ErrInvalidInput that
// names the field.
func TestBadInputs(t *testing.T) {
	on := dayIn
	h := household()
	gran, dad := h.Members[0], h.Members[1]
	dsc := newCitizens()
	later := rules.MustDate(2023, 6, 2)
	rows := []struct {
		class, name, field string
		err                func() error
	}{
		// Negative amounts, areas, counts and months.
		{negative, "an income item of −1", "amount", func() error {
			return errOf(welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[4].Amount = dec("-1") }), LocalStandards: standards}))
		}},
		{negative, "a 低保 standard of −1", "dibao_standard", func() error {
			return errOf(welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: h, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.Dibao = dec("-1") })}))
		}},
		{negative, "a period of −1 months", "period_months", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.PeriodMonths = -1; i.From, i.To = rules.Date{}, rules.Date{} }), LocalStandards: standards}))
		}},
		{negative, "an income item of member −1", "Income.Items[0].Member", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[0].Member = -1 }), LocalStandards: standards}))
		}},
		{negative, "a minimum wage below zero", "minimum_wage", func() error {
			return errOf(welfare.Default().TekunCareFee(on, welfare.MemberCase{Member: welfare.Member{Tekun: welfare.TekunDispersed, SelfCare: welfare.SelfCaring}, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.MinimumWage = dec("-2280") })}))
		}},
		{negative, "a child's disability grade of −1", "disability_grade", func() error {
			return errOf(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: member(h, 2, func(m *welfare.Member) { m.DisabilityGrade = -1 }).Members[2], LocalStandards: standards}))
		}},
		{negative, "a member's disability grade of −1 for priority rental", "disability_grade", func() error {
			return errOf(welfare.Default().PriorityRental(on, withHousing(member(h, 1, func(m *welfare.Member) { m.DisabilityGrade = -1 }), func(*welfare.Housing) {})))
		}},
		{negative, "−3 months insured", "insured_months", func() error {
			return errOf(welfare.Default().NewCitizenRental(on, withHousing(dsc, func(hs *welfare.Housing) { hs.InsuredMonths = new(-3) })))
		}},
		{negative, "a contract of −1 years", "contract_years", func() error {
			return errOf(welfare.Default().NewCitizenRental(on, withHousing(dsc, func(hs *welfare.Housing) { hs.ContractYears = new(dec("-1")) })))
		}},
		{negative, "a market rent of −1", "market_rent", func() error {
			return errOf(welfare.Default().RentSubsidy(on, withHousing(h, func(hs *welfare.Housing) { hs.MarketRent = dec("-1") })))
		}},
		{negative, "a new build of −1 m²", "new_area", func() error {
			return errOf(welfare.Default().RuralRenovationGrant(on, welfare.Household{Locality: welfare.Yongjia, LowIncomeFarmer: true,
				Renovation: &welfare.Renovation{Rural: true, Project: welfare.RebuildDangerous, Qualified: true, NewArea: dec("-1"), Year: 2023}}))
		}},
		{negative, "a renovation in year −2023", "renovated_in", func() error {
			return errOf(welfare.Default().RuralRenovationGrant(on, welfare.Household{Locality: welfare.Yongjia, LowIncomeFarmer: true,
				Renovation: &welfare.Renovation{Rural: true, Project: welfare.RepairDangerous, Qualified: true, Year: -2023}}))
		}},
		{negative, "a prescription of −1 weeks", "weeks", func() error { return errOf(welfare.Default().ChronicPrescription(on, -1)) }},
		{negative, "an outpatient cost of −1", "cost", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance,
				Kind: welfare.SecondaryHypertensionDiabetes, Cost: dec("-1")}))
		}},
		{negative, "a compliant cost of −1", "compliant_cost", func() error {
			return errOf(welfare.Default().MedicalAssistance(on, welfare.MemberCase{Household: h, Member: member(h, 0, func(m *welfare.Member) {
				m.Medical = &welfare.MedicalCosts{CompliantCost: dec("-1")}
			}).Members[0]}))
		}},
		{negative, "other payments of −1", "other_paid", func() error {
			v := veteran()
			v.Medical.OtherReimbursed = dec("-1")
			return errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: v, LocalStandards: local2}))
		}},
		{negative, "aid of −1 already paid", "paid_this_year", func() error {
			v := veteran()
			v.Medical.VeteranAidPaidThisYear = dec("-1")
			return errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: v, LocalStandards: local2}))
		}},
		{negative, "a training fee of −1", "fee", func() error {
			c := child()
			c.Rehab.Fee = dec("-1")
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{negative, "−1 months of training", "months", func() error {
			c := child()
			c.Rehab.Months = -1
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{negative, "a subsidy of −1 already paid", "paid_this_year", func() error {
			c := child()
			c.Rehab.SubsidyPaidThisYear = dec("-1")
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{negative, "−1 months of an institution's training", "training_months", func() error {
			return errOf(welfare.Default().RehabOperatingGrant(on, welfare.RehabTraining{PrivateDesignated: true, TrainingMonths: -1}))
		}},
		{negative, "a tuition of −1", "tuition", func() error {
			return errOf(welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}, Member: welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Student: &welfare.Student{Level: welfare.Bachelor, Tuition: new(dec("-1"))}}}, Scheme: welfare.UnionAid}))
		}},
		{negative, "a provincial meal standard of −1", "provincial_standard", func() error {
			return errOf(welfare.Default().NutritionMeal(on, welfare.MemberCase{Member: welfare.Member{Student: &welfare.Student{Level: welfare.PrimarySchool, Aided: true}}, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.ProvincialMealStandard = dec("-1") })}))
		}},
		{negative, "a pension tier of −1", "pension_lowest_tier", func() error {
			return errOf(welfare.Default().ResidentPensionSubsidy(on, welfare.MemberCase{Household: h, Member: welfare.Member{ResidentPension: true}, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.PensionLowestTier = dec("-1") })}))
		}},
		{negative, "−1 months of rent subsidy paid", "months_received", func() error {
			return errOf(welfare.Default().SanitationWorkerSubsidy(on, withHousing(dsc, func(hs *welfare.Housing) { hs.SubsidyMonthsReceived = -1 })))
		}},
		{negative, "a staff of −1", "staff", func() error {
			return errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: employer(func(e *welfare.Employer) { e.Staff = -1 }), LocalStandards: standards}))
		}},
		{negative, "−1 persons hired", "hired", func() error {
			return errOf(welfare.Default().EmployerInsuranceSubsidy(on, hiring(func(h *welfare.EmployerHiring) { h.Hired = -1 })))
		}},
		{negative, "a subscription of −1", "subscribed", func() error {
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: flexible(func(x *welfare.FlexibleEmployment) { x.Subscribed = dec("-1") })}))
		}},
		{negative, "an SME hiring −1", "hired", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.Kind, a.SME, a.Hired = welfare.SMEHiringLoan, true, -1 })))
		}},
		{negative, "a project income of −1", "project_income", func() error {
			return errOf(welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: dec("-1"), Share: rules.Pct("50")}))
		}},
		{negative, "a farmers' share of −10%", "farmer_share", func() error {
			return errOf(welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: dec("1000"), Share: rules.Pct("-10")}))
		}},
		{negative, "−6 months of registration", "registered_months", func() error {
			return errOf(welfare.Default().ResidencePermit(on, welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.FromZhejiang,
				RegisteredInWenzhou: true, RegisteredMonths: -6}}))
		}},
		{negative, "−3 years in a Wenzhou junior high", "junior_years", func() error {
			hh, m := outOfProvince(func(s *welfare.Student) { s.JuniorYearsInWenzhou = -3 })
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{negative, "a lowest rural income of −1", "lowest_rural_income", func() error {
			return errOf(welfare.Default().Targets2025(on, targets(func(t *welfare.TargetFigures) { t.LowestRuralIncome = new(dec("-1")) })))
		}},
		{negative, "a factor of −1", "factor", func() error {
			return errOf(welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: standards, Factor: dec("-1")}))
		}},
		{negative, "counted income of −1 through the book", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": "-1"}))},

		// Zero where the text gives it no meaning. Through the typed API a
		// zero standard, fee, count of months or cost is not given
		// (missing); through the book it is outside the input's range.
		{zero, "a period of 0 months (typed: not given)", "period_months", func() error {
			return errOf(welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.PeriodMonths = 0; i.From, i.To = rules.Date{}, rules.Date{} }), LocalStandards: standards}))
		}},
		{zero, "a period of 0 months", "period_months", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"period_months": 0}))},
		{zero, "a household of 0 members", "members", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members": 0}))},
		{zero, "a 低保 standard of 0", "dibao_standard", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"dibao_standard": "0"}))},
		{zero, "a prescription of 0 weeks", "weeks", func() error { return errOf(welfare.Default().ChronicPrescription(on, 0)) }},
		{zero, "a training fee of 0", "fee", evalErr(welfare.RuleRehabSubsidy, with(rehabIn, rules.Inputs{"fee": "0"}))},
		{zero, "0 months of training", "months", evalErr(welfare.RuleRehabSubsidy, with(rehabIn, rules.Inputs{"months": 0}))},
		{zero, "0 months of training (typed: not given)", "months", func() error {
			c := child()
			c.Rehab.Months = 0
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{zero, "a compliant cost of 0 (assistance)", "compliant_cost", evalErr(welfare.RuleMedicalAssistance,
			rules.Inputs{"household_status": "低保", "compliant_cost": "0"})},
		{zero, "a compliant cost of 0 (veterans' aid)", "compliant_cost", evalErr(welfare.RuleVeteranMedicalAid, with(vetAidIn, rules.Inputs{"compliant_cost": "0"}))},
		{zero, "a local chronic rate of 0", "base_rate", evalErr(welfare.RuleReimbursement,
			rules.Inputs{"insurance": "城乡居民医保", "kind": "基层医疗机构慢性病门诊", "base_rate": "0"})},
		{zero, "an owned home of 0 m² a person", "floor_area_per_capita", evalErr(welfare.RuleRentSubsidy, with(rentIn, rules.Inputs{"floor_area_per_capita": "0"}))},
		{zero, "a market rent of 0", "market_rent", evalErr(welfare.RuleRentSubsidy, with(rentIn, rules.Inputs{"market_rent": "0"}))},
		{zero, "a residents' income of 0", "resident_income", evalErr(welfare.RuleTargets2025,
			rules.Inputs{"lowest_dibao_standard": "1085", "lowest_rural_income": "13000.01", "resident_income": "0", "middle_income_share": "80%"})},
		{zero, "a staff of 0", "staff", evalErr(welfare.RuleDisabledHiring,
			rules.Inputs{"employer_kind": "企业等用人单位", "staff": 0, "disabled_employees": 0, "qualifying_employees": 0, "minimum_wage": "2280"})},
		{zero, "a new build of 0 m²", "new_area", evalErr(welfare.RuleRuralRenovation,
			rules.Inputs{"hukou": "永嘉县", "project": "危旧房拆建", "low_income_farmer": true, "new_area": "0"})},
		{zero, "contributions of 0", "contributions", evalErr(welfare.RuleFlexibleInsurance,
			rules.Inputs{"flexible": true, "insured_individually": true, "contributions": "0", "approved_on": "2022-06-01"})},
		{zero, "an urban consumption of 0", "urban_consumption", evalErr(welfare.RuleTekunBasicStandard,
			rules.Inputs{"urban_consumption": "0", "dibao_standard": "1085"})},
		{zero, "a creation grant of 0", "grant", evalErr(welfare.RuleDisabledHomeGrant,
			rules.Inputs{"standardized": true, "grant": "0"})},
		{zero, "a renovation in year 0", "renovated_in", evalErr(welfare.RuleRuralRenovation,
			rules.Inputs{"hukou": "永嘉县", "project": "危房修缮", "rural": true, "low_income_farmer": true, "qualified": true, "renovated_in": 0})},

		// Absurdly large numbers, and counts beyond any calendar.
		{huge, "a 低保 standard of 10^999999999", "dibao_standard", func() error {
			return errOf(welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: h, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.Dibao = hugeDec })}))
		}},
		{huge, "an income item of 10^999999999", "amount", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[4].Amount = hugeDec }), LocalStandards: standards}))
		}},
		{huge, "a market rent of 10^999999999", "market_rent", func() error {
			return errOf(welfare.Default().RentSubsidy(on, withHousing(h, func(hs *welfare.Housing) { hs.MarketRent = hugeDec })))
		}},
		{huge, "a compliant cost of 10^999999999", "compliant_cost", func() error {
			v := veteran()
			v.Medical.CompliantCost = hugeDec
			return errOf(welfare.Default().MedicalAssistance(on, welfare.MemberCase{Household: h, Member: v}))
		}},
		{huge, "a training fee of 10^999999999", "fee", func() error {
			c := child()
			c.Rehab.Fee = hugeDec
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{huge, "a tuition of 10^999999999", "tuition", func() error {
			return errOf(welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}, Member: welfare.Member{BirthDate: rules.MustDate(2004, 1, 1), Student: &welfare.Student{Level: welfare.Bachelor, Tuition: new(hugeDec)}}}, Scheme: welfare.UnionAid}))
		}},
		{huge, "contributions of 10^999999999", "contributions", func() error {
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: flexible(func(x *welfare.FlexibleEmployment) { x.Contributions = hugeDec })}))
		}},
		{huge, "a pension minimum of 10^999999999", "pension_min", func() error {
			return errOf(welfare.Default().EmployerInsuranceSubsidy(on, hiring(func(h *welfare.EmployerHiring) { h.PensionMin = hugeDec })))
		}},
		{huge, "a residents' income of 10^999999999", "resident_income", func() error {
			return errOf(welfare.Default().Targets2025(on, targets(func(t *welfare.TargetFigures) { t.ResidentIncome = hugeDec })))
		}},
		{huge, "a factor of 10^999999999", "factor", func() error {
			return errOf(welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: standards, Factor: hugeDec}))
		}},
		{huge, "a project income of 10^999999999", "project_income", func() error {
			return errOf(welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: hugeDec, Share: rules.Pct("50")}))
		}},
		{huge, "an outpatient cost of 10^999999999", "cost", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance,
				Kind: welfare.SecondaryHypertensionDiabetes, Cost: hugeDec}))
		}},
		{huge, "a period of MaxInt months against its dates", "period_to", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.PeriodMonths = math.MaxInt }), LocalStandards: standards}))
		}},
		{huge, "MaxInt months of training from a day", "months", func() error {
			c := child()
			c.Rehab.Months, c.Rehab.From = math.MaxInt, rules.MustDate(2023, 1, 1)
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{huge, "10^20 months of living allowance", "months", evalErr(welfare.RuleRehabLivingAllowance,
			rules.Inputs{"birth_date": "2016-01-01", "disability": "听力", "school_deferred": true, "in_training": true,
				"months": "100000000000000000000", "trained_from": "2023-01-01"})},
		{huge, "a text of 65 digits", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": strings.Repeat("9", 65)}))},
		{huge, "10^31 written out", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": "1e31"}))},

		// Over-precise numbers.
		{precise, "a minimum wage of 10^-40", "minimum_wage", func() error {
			return errOf(welfare.Default().TekunCareFee(on, welfare.MemberCase{Member: welfare.Member{Tekun: welfare.TekunDispersed, SelfCare: welfare.SelfCaring}, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.MinimumWage = preciseDec })}))
		}},
		{precise, "an urban consumption of 10^-40", "urban_consumption", func() error {
			return errOf(welfare.Default().TekunBasicStandard(on, standardsWith(func(s *welfare.LocalStandards) { s.UrbanConsumption = preciseDec })))
		}},
		{precise, "a living consumption of 10^-40", "living_consumption", func() error {
			return errOf(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: h.Members[2], LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.UrbanLivingConsumption = preciseDec })}))
		}},
		{precise, "a residents' consumption of 10^-40", "resident_consumption", func() error {
			return errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: veteran(), LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.ResidentConsumption = preciseDec })}))
		}},
		{precise, "a medical contribution of 10^-40", "medical_contribution", func() error {
			return errOf(welfare.Default().ResidentMedicalSubsidy(on, welfare.MemberCase{Household: h, Member: welfare.Member{ResidentMedical: true}, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.MedicalContribution = preciseDec })}))
		}},
		{precise, "a floor area of 10^-40", "floor_area_per_capita", func() error {
			return errOf(welfare.Default().RentSubsidy(on, withHousing(h, func(hs *welfare.Housing) {
				hs.OwnsHome, hs.FloorAreaPerCapita, hs.MarketRent = new(true), preciseDec, dec("1500")
			})))
		}},
		{precise, "a contract of 10^-40 years", "contract_years", func() error {
			return errOf(welfare.Default().NewCitizenRental(on, withHousing(dsc, func(hs *welfare.Housing) { hs.ContractYears = new(preciseDec) })))
		}},
		{precise, "an allowance of 10^-40 already paid", "paid_this_year", func() error {
			c := child()
			c.BirthDate, c.Rehab.SchoolDeferred, c.Rehab.AllowancePaidThisYear = rules.MustDate(2016, 1, 1), true, preciseDec
			return errOf(welfare.Default().RehabLivingAllowance(on, c))
		}},
		{precise, "a local rate of 10^-40", "base_rate", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance,
				Kind: welfare.PrimaryChronic, BaseRate: rules.FractionRate(preciseDec)}))
		}},
		{precise, "a middle-income share of 10^-40", "middle_income_share", func() error {
			return errOf(welfare.Default().Targets2025(on, targets(func(t *welfare.TargetFigures) { t.MiddleIncomeShare = rules.FractionRate(preciseDec) })))
		}},
		{precise, "a farmers' share of 10^-40", "farmer_share", func() error {
			return errOf(welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: dec("1000"), Share: rules.FractionRate(preciseDec)}))
		}},
		{precise, "31 decimal places written out", "counted_income", evalErr(welfare.RuleDibaoAllowance,
			with(allowanceIn, rules.Inputs{"counted_income": "0." + strings.Repeat("0", 30) + "1"}))},

		// NaN-like texts, through the book.
		{nanLike, "NaN", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": "NaN"}))},
		{nanLike, "Inf", "dibao_standard", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"dibao_standard": "Inf"}))},
		{nanLike, "-Inf", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": "-Inf"}))},
		{nanLike, "1e999", "fee", evalErr(welfare.RuleRehabSubsidy, with(rehabIn, rules.Inputs{"fee": "1e999"}))},
		{nanLike, "Infinity", "market_rent", evalErr(welfare.RuleRentSubsidy, with(rentIn, rules.Inputs{"market_rent": "Infinity"}))},
		{nanLike, "1_000", "compliant_cost", evalErr(welfare.RuleVeteranMedicalAid, with(vetAidIn, rules.Inputs{"compliant_cost": "1_000"}))},
		{nanLike, "a per cent sign on yuan", "amount", evalErr(welfare.RuleIncomeExemptions, with(exemptIn, rules.Inputs{"amount": "9000%"}))},
		{nanLike, "an empty text", "members", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members": ""}))},
		{nanLike, "a hexadecimal number", "members", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members": "0x3"}))},
		{nanLike, "a fraction of a person", "members", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members": "2.5"}))},

		// Impossible dates: not given where required, outside the calendar,
		// after the evaluation date, or in the wrong order.
		{badDate, "a date of birth after the evaluation date", "birth_date", func() error {
			return errOf(welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: h, Member: member(h, 0, func(m *welfare.Member) { m.BirthDate = later }).Members[0]}))
		}},
		{badDate, "no date of birth", "birth_date", func() error {
			return errOf(welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: h, Member: member(h, 0, func(m *welfare.Member) { m.BirthDate = rules.Date{} }).Members[0]}))
		}},
		{badDate, "an elder born after the evaluation date", "birth_date", func() error {
			g := gran
			g.BirthDate = later
			return errOf(welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: h, Member: g, LocalStandards: standards}))
		}},
		{badDate, "a child born after the evaluation date", "birth_date", func() error {
			return errOf(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: member(h, 2, func(m *welfare.Member) { m.BirthDate = later }).Members[2], LocalStandards: standards}))
		}},
		{badDate, "a student born after the evaluation date", "birth_date", func() error {
			return errOf(welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: later, Disability: welfare.Visual,
				Student: &welfare.Student{Level: welfare.Bachelor}}}, Scheme: welfare.FederationGrant}))
		}},
		{badDate, "a rider born after the evaluation date", "birth_date", func() error {
			return errOf(welfare.Default().FreePublicTransport(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: later}}))
		}},
		{badDate, "a scattered orphan born after the evaluation date", "orphan_birth_date", func() error {
			return errOf(welfare.Default().UtilityQuota(on, welfare.Household{Locality: welfare.Lucheng,
				Members: []welfare.Member{{BirthDate: later, ChildCategory: welfare.ScatteredOrphan}}}))
		}},
		{badDate, "a date of birth in year 9999", "birth_date", func() error {
			return errOf(welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: rules.MustDate(9999, 1, 1)}}))
		}},
		{badDate, "a date of birth of 1899", "birth_date", func() error {
			return errOf(welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: rules.MustDate(1899, 12, 31)}}))
		}},
		{badDate, "the zero time.Time", "birth_date", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"birth_date": time.Time{}}))},
		{badDate, "30 February", "birth_date", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"birth_date": "1938-02-30"}))},
		{badDate, "a date of 2200", "birth_date", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"birth_date": "2200-01-01"}))},
		{badDate, "a date written the other way", "birth_date", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"birth_date": "01/03/1938"}))},
		{badDate, "a job started after the period's end", "started_on", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[0].StartedOn = rules.MustDate(2023, 6, 1) }), LocalStandards: standards}))
		}},
		{badDate, "a period that ends after the evaluation date", "period_to", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) {
				i.From, i.To = rules.MustDate(2022, 7, 1), rules.MustDate(2023, 6, 30)
			}), LocalStandards: standards}))
		}},
		{badDate, "a period's dates that are not its months", "period_to", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.To = rules.MustDate(2023, 5, 30) }), LocalStandards: standards}))
		}},
		{badDate, "a phase-out found after the day it is looked at", "found_on", func() error {
			return errOf(welfare.Default().DibaoPhaseOut(rules.MustDate(2024, 2, 1), welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2024, 3, 1), BySubscription: false}))
		}},
		{badDate, "a phase-out with no day of finding", "found_on", func() error {
			return errOf(welfare.Default().DibaoPhaseOut(rules.MustDate(2024, 2, 1), welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.Date{}, BySubscription: false}))
		}},
		{badDate, "a phase-out found after the document's period", "found_on", func() error {
			return errOf(welfare.Default().DibaoPhaseOut(rules.MustDate(2024, 2, 1), welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2026, 3, 1), BySubscription: false}))
		}},
		{badDate, "a phase-out found before the period it rests on ended", "period_to", func() error {
			return errOf(welfare.Default().DibaoPhaseOut(rules.MustDate(2024, 2, 1), welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: rules.MustDate(2023, 5, 30), BySubscription: false}))
		}},
		{badDate, "a dispute closed before it was accepted", "closed_on", func() error {
			return errOf(welfare.Default().InjuryArbitration(on, welfare.InjuryDispute{AcceptedOn: rules.MustDate(2023, 5, 10), ClosedOn: rules.MustDate(2023, 5, 9)}))
		}},
		{badDate, "a dispute accepted after the evaluation date", "accepted_on", func() error {
			return errOf(welfare.Default().InjuryArbitration(on, welfare.InjuryDispute{AcceptedOn: later, ClosedOn: rules.Date{}}))
		}},
		{badDate, "a dispute with no day of acceptance", "accepted_on", func() error {
			return errOf(welfare.Default().InjuryArbitration(on, welfare.InjuryDispute{AcceptedOn: rules.Date{}, ClosedOn: rules.Date{}}))
		}},
		{badDate, "a loan made before the business was founded", "loan_from", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.LoanFrom = rules.MustDate(2022, 12, 31) })))
		}},
		{badDate, "a business founded after the evaluation date", "founded_on", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.FoundedOn = later })))
		}},
		{badDate, "a graduation after the evaluation date", "graduated_on", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.KeyGroup, a.GraduatedOn = welfare.RecentGraduate, later })))
		}},
		{badDate, "a flexible subsidy approved after the evaluation date", "approved_on", func() error {
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: flexible(func(x *welfare.FlexibleEmployment) { x.ApprovedOn = later })}))
		}},
		{badDate, "a retirement before the approval", "retires_on", func() error {
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: flexible(func(x *welfare.FlexibleEmployment) { x.RetiresOn = rules.MustDate(2022, 1, 1) })}))
		}},
		{badDate, "leaving school after the evaluation date", "left_school_on", func() error {
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: flexible(func(x *welfare.FlexibleEmployment) { x.LeftSchoolOn = later })}))
		}},
		{badDate, "training months that begin after the evaluation date", "trained_from", func() error {
			c := child()
			c.Rehab.From = later
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{badDate, "training months that begin before the birth", "trained_from", func() error {
			c := child()
			c.Rehab.From = rules.MustDate(2018, 12, 1)
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{badDate, "an employer's subsidy that begins after the evaluation date", "subsidy_from", func() error {
			return errOf(welfare.Default().EmployerInsuranceSubsidy(on, hiring(func(h *welfare.EmployerHiring) { h.From = later })))
		}},
		{badDate, "a graduation day outside the year of graduation", "graduated_on", func() error {
			hh, m := outOfProvince(func(s *welfare.Student) { s.GraduatedOn = rules.MustDate(2022, 6, 30) })
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{badDate, "a permit obtained after the evaluation date", "parent_permit_since", func() error {
			hh, m := outOfProvince(func(s *welfare.Student) { s.ParentPermitSince = later })
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{badDate, "a graduation year after the evaluation's", "graduation_year", func() error {
			hh, m := outOfProvince(func(s *welfare.Student) { s.GraduationYear, s.GraduatedOn = 2024, rules.MustDate(2024, 6, 30) })
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{badDate, "a renovation in a later year", "renovated_in", func() error {
			return errOf(welfare.Default().RuralRenovationGrant(on, welfare.Household{Locality: welfare.Yongjia, Status: welfare.Dibao,
				Renovation: &welfare.Renovation{Rural: true, Project: welfare.RepairDangerous, Qualified: true, Year: 2024}}))
		}},
		{badDate, "a job without its first day", "started_on", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[0].StartedOn = rules.Date{} }), LocalStandards: standards}))
		}},

		// A part given above the whole it is part of.
		{partOfWhole, "other payments above the compliant cost", "other_paid", func() error {
			v := veteran()
			v.Medical.OtherReimbursed = dec("10001")
			return errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: v, LocalStandards: local2}))
		}},
		{partOfWhole, "veterans' aid paid above the yearly cap", "paid_this_year", func() error {
			v := veteran()
			v.Medical.VeteranAidPaidThisYear = dec("20000.01") // cap 40,000 × 50%
			return errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: v, LocalStandards: local2}))
		}},
		{partOfWhole, "a training subsidy paid above the yearly limit", "paid_this_year", func() error {
			c := child()
			c.Rehab.SubsidyPaidThisYear = dec("24000.01")
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{partOfWhole, "a living allowance paid above the yearly limit", "paid_this_year", func() error {
			c := child()
			c.BirthDate, c.Rehab.SchoolDeferred, c.Rehab.AllowancePaidThisYear = rules.MustDate(2016, 1, 1), true, dec("10000.01")
			return errOf(welfare.Default().RehabLivingAllowance(on, c))
		}},
		{partOfWhole, "more disabled employees than staff", "disabled_employees", func() error {
			return errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: employer(func(e *welfare.Employer) { e.DisabledEmployees = 101 }), LocalStandards: standards}))
		}},
		{partOfWhole, "more qualifying employees than disabled ones", "qualifying_employees", func() error {
			return errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: employer(func(e *welfare.Employer) { e.QualifyingEmployees = intp(4) }), LocalStandards: standards}))
		}},
		{partOfWhole, "more months of rent subsidy paid than the 3 years", "months_received", func() error {
			return errOf(welfare.Default().SanitationWorkerSubsidy(on, withHousing(dsc, func(hs *welfare.Housing) { hs.SubsidyMonthsReceived = 37 })))
		}},
		{partOfWhole, "more green-crop compensation left out than the limit", "already_excluded", evalErr(welfare.RuleIncomeExemptions,
			with(exemptIn, rules.Inputs{"kind": "青苗补偿费", "already_excluded": "50000.01"}))},
		{partOfWhole, "more of the 低边 line used than the period's", "line_already_used", evalErr(welfare.RuleIncomeExemptions,
			with(exemptIn, rules.Inputs{"line_already_used": "19200.01"}))},
		{partOfWhole, "a raised rate above 100%", "base_rate", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance,
				Kind: welfare.PrimaryChronic, BaseRate: rules.Pct("95"), Cost: dec("100")}))
		}},
		{partOfWhole, "a 低边 factor above twice the 低保 standard", "factor", func() error {
			return errOf(welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: standards, Factor: dec("2.01")}))
		}},
		{partOfWhole, "a minimum wage not above the 低保 standard", "minimum_wage", func() error {
			return errOf(welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.MinimumWage = s.Dibao }), Factor: dec("1.5")}))
		}},
		{partOfWhole, "a 低边 standard below the 低保 standard", "dibian_standard", func() error {
			return errOf(welfare.Default().DibaoPhaseOut(on, welfare.PhaseOutCase{Household: h, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.Dibian = dec("1000") }), FoundOn: rules.MustDate(2023, 6, 1), BySubscription: false}))
		}},
		{partOfWhole, "a creation grant above 300,000", "grant", func() error {
			return errOf(welfare.Default().DisabledHomeGrant(on, welfare.DisabledHome{Standardized: true, Grant: dec("300000.01")}))
		}},
		{partOfWhole, "a grade of a child without a disability", "disability_grade", func() error {
			return errOf(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: member(h, 2, func(m *welfare.Member) { m.Disability = welfare.NotDisabled }).Members[2], LocalStandards: standards}))
		}},
		{partOfWhole, "a disabled member without a grade, for priority rental", "disability_grade", func() error {
			return errOf(welfare.Default().PriorityRental(on, withHousing(member(h, 1, func(m *welfare.Member) { m.DisabilityGrade = 0 }), func(*welfare.Housing) {})))
		}},
		{partOfWhole, "a grade of 5 for priority rental", "disability_grade", func() error {
			return errOf(welfare.Default().PriorityRental(on, withHousing(member(h, 1, func(m *welfare.Member) { m.DisabilityGrade = 5 }), func(*welfare.Housing) {})))
		}},
		{partOfWhole, "a guardian who fulfils the duty and weak guardianship", "weak_guardianship", func() error {
			return errOf(welfare.Default().MentalGuardianSubsidy(on, welfare.MemberCase{Household: h, Member: welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI,
				GuardianFulfils: true, WeakGuardianship: true}}}))
		}},

		// Unknown localities and enum values, and "" where one is required.
		{badEnum, "a locality outside the document", "hukou", func() error {
			return errOf(welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: welfare.Household{Locality: "杭州市"}, Member: gran}))
		}},
		{badEnum, "no locality", "hukou", func() error {
			return errOf(welfare.Default().FamilyPlanningGrant(on, welfare.Household{FamilyPlanning: welfare.FPLeftBehind}))
		}},
		{badEnum, "a locality outside the document, for high school", "hukou", func() error {
			hh, m := outOfProvince(func(*welfare.Student) {})
			hh.Locality = "杭州市"
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{badEnum, "no locality, for high school", "hukou", func() error {
			hh, m := outOfProvince(func(*welfare.Student) {})
			hh.Locality = ""
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{badEnum, "a registration origin outside the document", "origin", func() error {
			hh, m := outOfProvince(func(*welfare.Student) {})
			hh.Origin = "外国"
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{badEnum, "a status outside the document", "household_status", func() error {
			return errOf(welfare.Default().VeteranSupplement(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng, Status: "特困"}, Member: dad, LocalStandards: standards}))
		}},
		{badEnum, "a self-care class outside the document", "self_care", func() error {
			g := gran
			g.SelfCare = "半自理"
			return errOf(welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: h, Member: g, LocalStandards: standards}))
		}},
		{badEnum, "a way of support outside the document", "tekun_support", func() error {
			return errOf(welfare.Default().TekunCareFee(on, welfare.MemberCase{Member: welfare.Member{Tekun: "集中供养", SelfCare: welfare.SelfCaring}, LocalStandards: standards}))
		}},
		{badEnum, "a way of support outside the document, for the rent subsidy", "tekun", func() error {
			return errOf(welfare.Default().RentSubsidy(on, withHousing(member(h, 0, func(m *welfare.Member) { m.Tekun = "集中供养" }), func(hs *welfare.Housing) {
				hs.PublicRental, hs.PublicRent = true, dec("200")
			})))
		}},
		{badEnum, "a way of support outside the document, for a renovation", "tekun", func() error {
			return errOf(welfare.Default().RuralRenovationGrant(on, welfare.Household{Locality: welfare.Yongjia, Members: []welfare.Member{{Tekun: "集中供养"}},
				Renovation: &welfare.Renovation{Rural: true, Project: welfare.RepairDangerous, Qualified: true, Year: 2022}}))
		}},
		{badEnum, "a kind of disability outside the document", "disability", func() error {
			return errOf(welfare.Default().AccidentInsurance(on, welfare.Member{Disability: "视力残疾"}))
		}},
		{badEnum, "a kind of disability outside the document, for priority rental", "disability_grade", func() error {
			return errOf(welfare.Default().PriorityRental(on, withHousing(member(h, 1, func(m *welfare.Member) { m.Disability = "肢体残疾" }), func(*welfare.Housing) {})))
		}},
		{badEnum, "a child category outside the document", "category", func() error {
			return errOf(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: rules.MustDate(2015, 1, 1), ChildCategory: "孤儿"}, LocalStandards: standards}))
		}},
		{badEnum, "a family-planning category outside the document", "category", func() error {
			return errOf(welfare.Default().FamilyPlanningGrant(on, welfare.Household{Locality: welfare.Lucheng, FamilyPlanning: "独生子女家庭"}))
		}},
		{badEnum, "a mode of care outside the document", "care_mode", func() error {
			g := gran
			g.CareMode = "社区养老"
			return errOf(welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: h, Member: g, LocalStandards: standards}))
		}},
		{badEnum, "a risk class outside the document", "risk_class", func() error {
			return errOf(welfare.Default().MentalGuardianSubsidy(on, welfare.MemberCase{Household: h, Member: welfare.Member{Mental: &welfare.MentalHealth{RiskClass: "Ⅲ类", GuardianFulfils: true}}}))
		}},
		{badEnum, "a priority ground outside the document", "priority_category", func() error {
			return errOf(welfare.Default().PriorityRental(on, withHousing(h, func(hs *welfare.Housing) { hs.Priority = "退休职工" })))
		}},
		{badEnum, "a renovation project outside the document", "project", func() error {
			return errOf(welfare.Default().RuralRenovationGrant(on, welfare.Household{Locality: welfare.Yongjia, LowIncomeFarmer: true,
				Renovation: &welfare.Renovation{Rural: true, Project: "翻建"}}))
		}},
		{badEnum, "a kind of care outside the document", "visit", func() error {
			v := veteran()
			v.Medical.Visit = "急诊"
			return errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: v, LocalStandards: local2}))
		}},
		{badEnum, "a level of study outside the document", "level", func() error {
			return errOf(welfare.Default().NutritionMeal(on, welfare.MemberCase{Member: welfare.Member{Student: &welfare.Student{Level: "研究生", Aided: true}}, LocalStandards: local2}))
		}},
		{badEnum, "no level of study", "level", func() error {
			return errOf(welfare.Default().NutritionMeal(on, welfare.MemberCase{Member: welfare.Member{Student: &welfare.Student{Aided: true}}, LocalStandards: local2}))
		}},
		{badEnum, "an occupation outside the document", "occupation", func() error {
			return errOf(welfare.Default().SanitationWorkerSubsidy(on, member(dsc, 0, func(m *welfare.Member) {
				m.Employment = &welfare.Employment{Occupation: "保洁", FrontLine: true}
			})))
		}},
		{badEnum, "a migrant origin outside the document", "origin", func() error {
			return errOf(welfare.Default().ResidencePermit(on, welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: "外国", ZhejiangPermit: true}}))
		}},
		{badEnum, "an insurance scheme outside the document", "insurance", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: "商业保险", Kind: welfare.SecondaryHypertensionDiabetes}))
		}},
		{badEnum, "no kind of outpatient care", "kind", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance}))
		}},
		{badEnum, "a special disease outside the document", "disease", func() error {
			return errOf(welfare.Default().OutpatientReimbursement(on, welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance,
				Kind: welfare.SpecialDiseaseOutpatient, Disease: "感冒"}))
		}},
		{badEnum, "an employer outside the document", "employer_kind", func() error {
			return errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: employer(func(e *welfare.Employer) { e.Kind = "个体户" }), LocalStandards: standards}))
		}},
		{badEnum, "no employer kind", "employer_kind", func() error {
			return errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: employer(func(e *welfare.Employer) { e.Kind = "" }), LocalStandards: standards}))
		}},
		{badEnum, "a loan outside the document", "kind", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.Kind = "房贷" })))
		}},
		{badEnum, "no kind of loan", "kind", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.Kind = "" })))
		}},
		{badEnum, "a key group outside the document", "key_group", func() error {
			return errOf(welfare.Default().GuaranteedLoan(on, loan(func(a *welfare.LoanApplication) { a.KeyGroup = "退休人员" })))
		}},
		{badEnum, "a kind of income outside the document", "kind", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[4].Kind = "工资" }), LocalStandards: standards}))
		}},
		{badEnum, "no kind of income", "kind", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) { i.Items[4].Kind = "" }), LocalStandards: standards}))
		}},
		{badEnum, "a study-grant scheme outside the document", "scheme", func() error {
			return errOf(welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: h, Member: welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor}}}, Scheme: "奖学金"}))
		}},
		{badEnum, "a locality outside the document, through the book", "hukou", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"hukou": "杭州市"}))},
		{badEnum, "an empty locality, through the book", "hukou", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"hukou": ""}))},
		{badEnum, "a locality with a space", "hukou", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"hukou": "鹿城区 "}))},

		// Facts not given that the case needs.
		{missing, "no 低保 standard", "dibao_standard", func() error {
			return errOf(welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: h, LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.Dibao = decimal.Decimal{} })}))
		}},
		{missing, "no qualifying employees", "qualifying_employees", func() error {
			return errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: employer(func(e *welfare.Employer) { e.QualifyingEmployees = nil }), LocalStandards: standards}))
		}},
		{missing, "a graduate's family not said to be a poor disabled one", "poor_disabled_family", func() error {
			return errOf(welfare.Default().JobSeekingGrant(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng}, Member: welfare.Member{Student: &welfare.Student{Level: welfare.Bachelor, GraduatingYear: true}}}))
		}},
		{missing, "dementia not stated where it decides", "dementia", func() error {
			return errOf(welfare.Default().ElderlyCareSubsidy(on, welfare.MemberCase{Household: h, Member: welfare.Member{BirthDate: rules.MustDate(1958, 1, 1), SelfCare: welfare.SelfCaring}, LocalStandards: standards}))
		}},
		{missing, "no self-care class", "self_care", func() error {
			return errOf(welfare.Default().TekunCareFee(on, welfare.MemberCase{Member: welfare.Member{Tekun: welfare.TekunDispersed}, LocalStandards: standards}))
		}},
		{missing, "no training fee", "fee", func() error {
			c := child()
			c.Rehab.Fee = decimal.Decimal{}
			return errOf(welfare.Default().RehabSubsidy(on, c))
		}},
		{missing, "no contributions", "contributions", func() error {
			noCar := h
			noCar.NonOperatingVehicle = new(false)
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: noCar, Member: flexible(func(x *welfare.FlexibleEmployment) { x.Contributions = decimal.Decimal{} })}))
		}},
		// 七、22 excludes a household owning a vehicle not for hire: a
		// household that does not say is not read as owning none.
		{missing, "no answer on a family vehicle", "family_car", func() error {
			return errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: flexible(func(*welfare.FlexibleEmployment) {})}))
		}},
		{missing, "no lowest rural income", "lowest_rural_income", func() error {
			return errOf(welfare.Default().Targets2025(on, targets(func(t *welfare.TargetFigures) { t.LowestRuralIncome = nil })))
		}},
		{missing, "no housing facts for priority rental", "owns_home", func() error {
			return errOf(welfare.Default().PriorityRental(on, h))
		}},
		{missing, "a first job with no first day of its period", "period_from", func() error {
			return errOf(welfare.Default().CountedIncome(on, welfare.HouseholdCase{Household: income(func(i *welfare.Income) {
				i.From = rules.Date{}
				i.Items[0].FirstEmployment = true
			}), LocalStandards: standards}))
		}},
		{missing, "no pension minimum", "pension_min", func() error {
			return errOf(welfare.Default().EmployerInsuranceSubsidy(on, hiring(func(h *welfare.EmployerHiring) { h.PensionMin = decimal.Decimal{} })))
		}},
		{missing, "no months of registration where they decide", "registered_months", func() error {
			return errOf(welfare.Default().ResidencePermit(on, welfare.Member{Migrant: &welfare.Migrant{Worker: true, From: welfare.FromZhejiang, RegisteredInWenzhou: true}}))
		}},
		{missing, "an out-of-province graduate with no graduation day", "graduated_on", func() error {
			hh, m := outOfProvince(func(s *welfare.Student) { s.GraduatedOn = rules.Date{} })
			return errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: hh, Member: m}))
		}},
		{missing, "no living consumption", "living_consumption", func() error {
			return errOf(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: h.Members[2], LocalStandards: standardsWith(func(s *welfare.LocalStandards) { s.UrbanLivingConsumption = decimal.Decimal{} })}))
		}},
		{missing, "a required input left out of the book's inputs", "members", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members": nil}))},
		{missing, "nothing given", "hukou", evalErr(welfare.RuleHighAgeAllowance, rules.Inputs{"birth_date": "1938-03-01"})},

		// Values of another kind, through the book.
		{wrongType, "a yes/no for a number", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": true}))},
		{wrongType, "a float for a number", "counted_income", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"counted_income": 12000.5}))},
		{wrongType, "a float32 for a count", "members", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members": float32(3)}))},
		{wrongType, "a date for a number", "dibao_standard", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"dibao_standard": rules.MustDate(2023, 1, 1)}))},
		{wrongType, "a number for a date", "birth_date", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"birth_date": 19380301}))},
		{wrongType, "a yes/no for a date", "birth_date", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"birth_date": true}))},
		{wrongType, "a number for a text", "hukou", evalErr(welfare.RuleHighAgeAllowance, with(highAgeIn, rules.Inputs{"hukou": 3}))},
		{wrongType, "a text for a yes/no", "designated", evalErr(welfare.RuleRehabSubsidy, with(rehabIn, rules.Inputs{"designated": "true"}))},
		{wrongType, "a number for a yes/no", "designated", evalErr(welfare.RuleRehabSubsidy, with(rehabIn, rules.Inputs{"designated": 1}))},
		{wrongType, "a list for a number", "fee", evalErr(welfare.RuleRehabSubsidy, with(rehabIn, rules.Inputs{"fee": []string{"3000"}}))},
		{wrongType, "a map for a text", "kind", evalErr(welfare.RuleGuaranteedLoan, with(loanIn, rules.Inputs{"kind": map[string]string{"kind": "新创办企业"}}))},
		{wrongType, "a value of another kind", "founded_on", evalErr(welfare.RuleGuaranteedLoan, with(loanIn, rules.Inputs{"founded_on": rules.NumberValue(dec("1"))}))},
		{wrongType, "a misspelt input", "members_", evalErr(welfare.RuleDibaoAllowance, with(allowanceIn, rules.Inputs{"members_": 3}))},
	}
	seen := map[string]int{}
	for _, r := range rows {
		seen[r.class]++
		// A fact not given is missing; any other bad fact is refused as
		// it is, never read as not given.
		wantMissing := r.class == missing || strings.HasPrefix(r.name, "no ") || strings.Contains(r.name, " no ") || strings.Contains(r.name, "not given")
		t.Run(r.class+"/"+r.name, func(t *testing.T) {
			err := r.err()
			var re *rules.Error
			switch {
			case !errors.Is(err, rules.ErrInvalidInput):
				t.Errorf("want an invalid input naming %s, got %v", r.field, err)
			case !errors.As(err, &re) || inputOf(re) != r.field:
				t.Errorf("want the error to name %s, got %v", r.field, err)
			case wantMissing != (re.Msg == "missing"):
				t.Errorf("want missing %t, got %v", wantMissing, err)
			}
		})
	}
	for _, c := range badClasses {
		if seen[c] == 0 {
			t.Errorf("no row of bad input of class %q", c)
		}
	}
}

// TestBadInputsInAStatement: in a household's statement, a fact a rule
// refuses or lacks leaves that benefit not assessed, naming the fact (and
// the others assessed); an evaluation date the engine refuses is the
// statement's error.
func TestBadInputsInAStatement(t *testing.T) {
	h := household()
	rows := []struct {
		class, name string
		h           welfare.Household
		s           welfare.LocalStandards
		member      int // -1: the household
		rule, part  string
		field       string // the start of Entry.Invalid, or an entry of Entry.Missing
	}{
		{negative, "a compliant cost of −1", member(widow(), 0, func(m *welfare.Member) {
			m.Medical = &welfare.MedicalCosts{CompliantCost: dec("-1"), Visit: welfare.Inpatient}
		}), local2, 0, welfare.RuleMedicalAssistance, "", "compliant_cost（Member.Medical.CompliantCost）"},
		{negative, "a member's disability grade of −1", withHousing(member(h, 1, func(m *welfare.Member) { m.DisabilityGrade = -1 }), func(*welfare.Housing) {}),
			local2, -1, welfare.RuleRentalEligibility, "", "Members[1].DisabilityGrade（成员2）"},
		{zero, "a period of 0 months", income(func(i *welfare.Income) { i.PeriodMonths = 0; i.From, i.To = rules.Date{}, rules.Date{} }),
			local2, -1, welfare.RuleDibaoAllowance, "", "period_months（Household.Income.PeriodMonths）"},
		{huge, "a 低保 standard of 10^999999999", h, standardsWith(func(s *welfare.LocalStandards) { s.Dibao = hugeDec }),
			-1, welfare.RuleDibaoAllowance, "", "dibao_standard（LocalStandards.Dibao）"},
		{huge, "a period of MaxInt months against its dates", income(func(i *welfare.Income) { i.PeriodMonths = math.MaxInt }),
			local2, -1, welfare.RuleDibaoAllowance, "", "period_to（Household.Income.To）"},
		{huge, "MaxInt months of training", member(rehabFamily(), 3, func(m *welfare.Member) {
			m.Rehab = &welfare.Rehabilitation{Designated: true, Fee: dec("3000"), Months: math.MaxInt, From: rules.MustDate(2023, 1, 1)}
		}), local2, 3, welfare.RuleRehabSubsidy, "", "months（Member.Rehab.Months）"},
		{precise, "a minimum wage of 10^-40", tekunPerson(), standardsWith(func(s *welfare.LocalStandards) { s.MinimumWage = preciseDec }),
			0, welfare.RuleTekunCareFee, "", "minimum_wage（LocalStandards.MinimumWage）"},
		{badDate, "a date of birth after the evaluation date", member(widow(), 0, func(m *welfare.Member) { m.BirthDate = rules.MustDate(2023, 6, 2) }),
			local2, 0, welfare.RuleHighAgeAllowance, "", "Members[0].BirthDate（成员1）"},
		{badDate, "a job started after the period's end", income(func(i *welfare.Income) { i.Items[0].StartedOn = rules.MustDate(2023, 6, 1) }),
			local2, -1, welfare.RuleDibaoAllowance, "", "started_on"},
		{partOfWhole, "more months of rent subsidy paid than the 3 years", withHousing(newCitizens(), func(hs *welfare.Housing) { hs.SubsidyMonthsReceived = 37 }),
			local2, -1, welfare.RuleSanitationWorkerSubsidy, "", "months_received（Household.Housing.SubsidyMonthsReceived）"},
		{badEnum, "a self-care class outside the document", member(widow(), 0, func(m *welfare.Member) { m.SelfCare = "半自理" }),
			local2, 0, welfare.RuleElderlyCareSubsidy, "", "Members[0].SelfCare（成员1）"},
		{badEnum, "a way of support outside the document", member(tekunPerson(), 0, func(m *welfare.Member) { m.Tekun = "集中供养" }),
			local2, 0, welfare.RuleTekunBasicStandard, "", "Members[0].Tekun（成员1）"},
		{badEnum, "a way of support outside the document, for the rent subsidy", withHousing(member(widow(), 0, func(m *welfare.Member) { m.Tekun = "集中供养" }),
			func(hs *welfare.Housing) {}), local2, -1, welfare.RuleRentSubsidy, "", "Members[0].Tekun（成员1）"},
		{missing, "no 低保 standard", h, standardsWith(func(s *welfare.LocalStandards) { s.Dibao = decimal.Decimal{} }),
			-1, welfare.RuleDibaoAllowance, "", "dibao_standard（LocalStandards.Dibao）"},
		{missing, "no medical contribution", widow(), standardsWith(func(s *welfare.LocalStandards) { s.MedicalContribution = decimal.Decimal{} }),
			0, welfare.RuleResidentMedicalSubsidy, "", "medical_contribution（LocalStandards.MedicalContribution）"},
	}
	for _, r := range rows {
		t.Run(r.class+"/"+r.name, func(t *testing.T) {
			st, err := welfare.Default().Assess(dayIn, r.h, r.s)
			if err != nil {
				t.Fatalf("want a statement, got %v", err)
			}
			sec := st.Household
			if r.member >= 0 {
				sec = st.Members[r.member]
			}
			en, ok := sec.Entry(r.rule, r.part)
			named := strings.HasPrefix(en.Invalid, r.field+"：")
			for _, m := range en.Missing {
				named = named || m == r.field
			}
			if !ok || en.Status != rules.NotAssessed || !named {
				t.Errorf("want %s not assessed naming %s, got %s (missing %v, invalid %q)", r.rule, r.field, en.Status, en.Missing, en.Invalid)
			}
			if len(sec.Entries) == 0 {
				t.Errorf("the other benefits are not assessed")
			}
		})
	}
	for _, on := range []rules.Date{{}, rules.MustDate(2200, 1, 1)} {
		if _, err := welfare.Default().Assess(on, widow(), local2); !errors.Is(err, rules.ErrInvalidInput) {
			t.Errorf("an evaluation date of %q: want the statement's invalid input, got %v", on, err)
		}
	}
}

// TestBadInputsOfEveryField gives every input of every rule the values of
// each class the engine refuses alike — beyond its numbers, over-precise,
// NaN-like, of another type, an impossible date, a text none of the
// rule's — and leaves out every required one: each ends in an invalid input
// naming that input. The rows start from a worked case of the rule.
func TestBadInputsOfEveryField(t *testing.T) {
	b := welfare.Book()
	bases := map[string]rulestest.Case{}
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, f := range files {
		cs, err := rulestest.Load(f)
		if err != nil {
			continue // the data-case test reports a file that does not load, once
		}
		for _, c := range cs {
			if _, ok := bases[c.Rule]; ok || c.Members != nil {
				continue
			}
			if _, err := b.Eval(c.Rule, c.Date, c.Inputs); err == nil {
				bases[c.Rule] = c
			}
		}
	}
	number := []any{hugeDec, preciseDec, "NaN", "Inf", "-Inf", "1e999", "1_000", "", true, 1.5, rules.MustDate(2023, 1, 1), []int{1}}
	date := []any{time.Time{}, rules.Date{}, 20230601, "2023-02-30", "1899-12-31", "2200-01-01", "2023/06/01", true}
	text := []any{"不是取值", 3, true}
	flag := []any{"true", 1}
	for _, id := range b.RuleIDs() {
		c, ok := bases[id]
		if !ok {
			t.Errorf("%s: no worked case to start from", id)
			continue
		}
		r, _ := b.Rule(id)
		for _, in := range r.Inputs {
			var bad []any
			switch in.Kind {
			case rules.KindNumber:
				bad = number
				if !in.Unit.IsPercent() {
					bad = append(bad, "12%")
				}
			case rules.KindDate:
				bad = date
			case rules.KindText:
				bad = text
			case rules.KindBool:
				bad = flag
			}
			for _, v := range bad {
				_, err := b.Eval(id, c.Date, with(c.Inputs, rules.Inputs{in.Name: v}))
				var re *rules.Error
				if !errors.Is(err, rules.ErrInvalidInput) || !errors.As(err, &re) || inputOf(re) != in.Name {
					t.Errorf("%s: %s = %#v: want an invalid input naming it, got %v", id, in.Name, v, err)
				}
			}
			if _, given := c.Inputs[in.Name]; given && in.Default == nil && !in.MayOmit {
				_, err := b.Eval(id, c.Date, with(c.Inputs, rules.Inputs{in.Name: nil}))
				var re *rules.Error
				if !errors.As(err, &re) || re.Code != rules.CodeInvalidInput || inputOf(re) != in.Name || re.Msg != "missing" {
					t.Errorf("%s: %s left out: want it missing, got %v", id, in.Name, err)
				}
			}
		}
	}
}

// inputOf returns the rule's name of the input an error is about: a typed
// evaluation's error names the Go field of its case, the input aside.
func inputOf(re *rules.Error) string {
	if re.Input != "" {
		return re.Input
	}
	return re.Field
}
