package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// premiumCase is the case of welfare.insurance.premium_subsidy for one of
// its parts.
type premiumCase struct {
	Part                expensePart     `rule:"part"`
	Enrolled            bool            `rule:"enrolled"`
	Tekun               TekunSupport    `rule:"tekun_support"`
	Status              Status          `rule:"household_status"`
	Disability          DisabilityKind  `rule:"disability"`
	LowIncomeFarmer     bool            `rule:"low_income_farmer"`
	ChildCategory       ChildCategory   `rule:"child_category"`
	BirthDate           rules.Date      `rule:"birth_date"`
	CountyRecognised    bool            `rule:"county_recognised"`
	PensionLowestTier   decimal.Decimal `rule:"pension_lowest_tier,omitzero"`
	MedicalContribution decimal.Decimal `rule:"medical_contribution,omitzero"`
}

// PremiumSubsidy is a member's insurance contribution paid or subsidised
// by the government (六、19).
type PremiumSubsidy struct {
	Amount decimal.Decimal `rule:"paid"` // 元/人·年; zero when not eligible
	rules.Outcome[premiumCase]
}

func premiumCaseOf(h Household, m Member, s LocalStandards, part expensePart, enrolled bool) premiumCase {
	return premiumCase{Part: part, Enrolled: enrolled, Tekun: m.Tekun, Status: h.Status, Disability: m.Disability,
		LowIncomeFarmer: h.LowIncomeFarmer, ChildCategory: m.ChildCategory, BirthDate: m.BirthDate, CountyRecognised: m.CountyRecognised,
		PensionLowestTier: s.PensionLowestTier, MedicalContribution: s.MedicalContribution}
}

// ResidentPensionSubsidy returns the contribution to the residents' basic
// pension the government pays in full for a 低保 or 低边 member, a 特困 person
// or a disabled person enrolled in it (Member.ResidentPension, 六、19): the
// lowest tier (LocalStandards.PensionLowestTier).
func (e *Evaluator) ResidentPensionSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (PremiumSubsidy, error) {
	return e.premium.Eval(on, premiumCaseOf(h, m, s, partPension, m.ResidentPension))
}

// ResidentMedicalSubsidy returns the individual contribution to the
// residents' basic medical insurance subsidised in full (六、19) for a
// hardship person, a certified disabled person, an orphan or a child in
// difficulty under 18 enrolled in it (Member.ResidentMedical):
// LocalStandards.MedicalContribution. A member who qualifies only by
// Member.ChildCategory needs Member.BirthDate; without it the error names
// birth_date.
func (e *Evaluator) ResidentMedicalSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (PremiumSubsidy, error) {
	return e.premium.Eval(on, premiumCaseOf(h, m, s, partMedical, m.ResidentMedical))
}

// SupplementaryInsurance says whether a member is a medical-assistance
// recipient helped to join the supplementary health insurance (全民健康补充
// 医疗保险, 六、19). The amount is the local government's: for a recipient
// the error matches [rules.ErrCaseByCase]; for others the result says why
// not.
func (e *Evaluator) SupplementaryInsurance(on rules.Date, h Household, m Member) (PremiumSubsidy, error) {
	return e.premium.Eval(on, premiumCaseOf(h, m, LocalStandards{}, partSupplementary, false))
}

// quotaCase is the part of welfare.utilities.free_quota for a household's
// quotas: its 特困 member and scattered orphan are gathered in Go.
type quotaCase struct {
	Part            expensePart  `rule:"part"`
	Hukou           Locality     `rule:"hukou"`
	Status          Status       `rule:"household_status"`
	Tekun           TekunSupport `rule:"tekun_support"`
	ScatteredOrphan bool         `rule:"scattered_orphan"`
	OrphanBirthDate rules.Date   `rule:"orphan_birth_date"`
	LowIncomeFarmer bool         `rule:"low_income_farmer"`
}

// Quota is a household's free utility quota for a year (六、20).
type Quota struct {
	Water         decimal.Decimal `rule:"water"`       // tonnes
	Gas           decimal.Decimal `rule:"gas"`         // m³
	Electricity   decimal.Decimal `rule:"electricity"` // kWh
	CableTVWaived bool            `rule:"cable_tv_waived"`
	rules.Outcome[quotaCase]
}

func quotaCaseOf(h Household) quotaCase {
	orphan, born := scatteredOrphan(h)
	return quotaCase{Part: partQuota, Hukou: h.Locality, Status: h.Status, Tekun: householdTekun(h), ScatteredOrphan: orphan,
		OrphanBirthDate: born, LowIncomeFarmer: h.LowIncomeFarmer}
}

// UtilityQuota returns the free water, gas and electricity a 低保 or 低边
// household, or one with a 特困 person in dispersed support or a scattered
// orphan under 18, receives each year, with its cable-TV fees waived (定额免费, 六、20):
// 60 tonnes, 60 m³ and 180 kWh.
func (e *Evaluator) UtilityQuota(on rules.Date, h Household) (Quota, error) {
	return e.quota.Eval(on, quotaCaseOf(h))
}

// transportCase is the part of welfare.utilities.free_quota for a member's
// public transport.
type transportCase struct {
	Part            expensePart    `rule:"part"`
	Hukou           Locality       `rule:"hukou"`
	Status          Status         `rule:"household_status"`
	Tekun           TekunSupport   `rule:"tekun_support"`
	BirthDate       rules.Date     `rule:"birth_date"`
	Disability      DisabilityKind `rule:"disability"`
	LowIncomeFarmer bool           `rule:"low_income_farmer"`
}

// FreePublicTransport says whether a member rides public transport free
// (六、20).
type FreePublicTransport struct {
	Support string `rule:"benefit"` // 免费乘坐公共交通; "" when not eligible
	rules.Outcome[transportCase]
}

func transportCaseOf(h Household, m Member) transportCase {
	return transportCase{Part: partTransport, Hukou: h.Locality, Status: h.Status, Tekun: m.Tekun, BirthDate: m.BirthDate,
		Disability: m.Disability, LowIncomeFarmer: h.LowIncomeFarmer}
}

// FreePublicTransport says whether a member registered in 市区 rides public
// transport free (免费乘坐公共交通, 六、20): aged 65 or over, a certified
// disabled person, or a hardship person.
func (e *Evaluator) FreePublicTransport(on rules.Date, h Household, m Member) (FreePublicTransport, error) {
	return e.transport.Eval(on, transportCaseOf(h, m))
}
