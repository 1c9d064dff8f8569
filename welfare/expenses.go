package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

func (e *Evaluator) premiumEval(on rules.Date, h Household, m Member, s LocalStandards, part expensePart, enrolled bool) (*rules.Result, error) {
	return e.premium.Eval(on, text(part), flag(enrolled), text(m.Tekun), text(h.Status), text(m.Disability), flag(h.LowIncomeFarmer),
		text(m.ChildCategory), day(m.BirthDate), flag(m.CountyRecognised), given(s.PensionLowestTier), given(s.MedicalContribution))
}

// ResidentPensionSubsidy returns the contribution to the residents' basic
// pension the government pays in full for a 低保 or 低边 member, a 特困 person
// or a disabled person enrolled in it (Member.ResidentPension, 六、19): the
// lowest tier (LocalStandards.PensionLowestTier).
func ResidentPensionSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	return std().ResidentPensionSubsidy(on, h, m, s)
}

// ResidentPensionSubsidy is the package's [ResidentPensionSubsidy] over e's book.
func (e *Evaluator) ResidentPensionSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	res, err := e.premiumEval(on, h, m, s, partPension, m.ResidentPension)
	return benefit(res, err, "paid")
}

// ResidentMedicalSubsidy returns the individual contribution to the
// residents' basic medical insurance subsidised in full (六、19) for a
// hardship person, a certified disabled person, an orphan or a child in
// difficulty under 18 enrolled in it (Member.ResidentMedical):
// LocalStandards.MedicalContribution. A member who qualifies only by
// Member.ChildCategory needs Member.BirthDate; without it the error names
// birth_date.
func ResidentMedicalSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	return std().ResidentMedicalSubsidy(on, h, m, s)
}

// ResidentMedicalSubsidy is the package's [ResidentMedicalSubsidy] over e's book.
func (e *Evaluator) ResidentMedicalSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	res, err := e.premiumEval(on, h, m, s, partMedical, m.ResidentMedical)
	return benefit(res, err, "paid")
}

// SupplementaryInsurance says whether a member is a medical-assistance
// recipient helped to join the supplementary health insurance (全民健康补充
// 医疗保险, 六、19). The amount is the local government's: for a recipient
// the error matches [rules.ErrCaseByCase]; for others the result says why
// not.
func SupplementaryInsurance(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().SupplementaryInsurance(on, h, m)
}

// SupplementaryInsurance is the package's [SupplementaryInsurance] over e's book.
func (e *Evaluator) SupplementaryInsurance(on rules.Date, h Household, m Member) (Benefit, error) {
	res, err := e.premiumEval(on, h, m, LocalStandards{}, partSupplementary, false)
	return benefit(res, err, "paid")
}

// Quota is a household's free utility quota for a year (六、20).
type Quota struct {
	Eligible      bool
	Water         decimal.Decimal // tonnes
	Gas           decimal.Decimal // m³
	Electricity   decimal.Decimal // kWh
	CableTVWaived bool            // cable-TV installation and maintenance fees waived
	Failed        []rules.Failure
	Result        *rules.Result
}

// UtilityQuota returns the free water, gas and electricity a 低保 or 低边
// household, or one with a 特困 person in dispersed support or a scattered
// orphan under 18, receives each year, with its cable-TV fees waived (定额免费, 六、20):
// 60 tonnes, 60 m³ and 180 kWh.
func UtilityQuota(on rules.Date, h Household) (Quota, error) { return std().UtilityQuota(on, h) }

// UtilityQuota is the package's [UtilityQuota] over e's book.
func (e *Evaluator) UtilityQuota(on rules.Date, h Household) (Quota, error) {
	orphan, born := scatteredOrphan(h)
	res, err := e.quota.Eval(on, text(partQuota), text(h.Locality), text(h.Status), householdTekun(h), flag(orphan), day(born),
		rules.Value{}, rules.Value{}, flag(h.LowIncomeFarmer))
	if err != nil {
		return Quota{}, err
	}
	f := func(name string) rules.Value { x, _ := res.Figure(name); return x.Value }
	return Quota{Eligible: res.Eligible, Water: f("water").Number(), Gas: f("gas").Number(), Electricity: f("electricity").Number(),
		CableTVWaived: f("cable_tv_waived").Bool(), Failed: res.Failed, Result: res}, nil
}

// FreePublicTransport says whether a member registered in 市区 rides public
// transport free (免费乘坐公共交通, 六、20): aged 65 or over, a certified
// disabled person, or a hardship person.
func FreePublicTransport(on rules.Date, h Household, m Member) (Decision, error) {
	return std().FreePublicTransport(on, h, m)
}

// FreePublicTransport is the package's [FreePublicTransport] over e's book.
func (e *Evaluator) FreePublicTransport(on rules.Date, h Household, m Member) (Decision, error) {
	return decision(e.quota.Eval(on, text(partTransport), text(h.Locality), text(h.Status), text(m.Tekun), rules.Value{},
		rules.Value{}, day(m.BirthDate), text(m.Disability), flag(h.LowIncomeFarmer)))
}
