package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 六 (切实减免民生支出费用): insurance contributions paid or
// subsidised, free utility quotas and free public transport.

// premiumCase is a member's case of the rules of 六、19: the residents'
// pension, the residents' medical insurance and the supplementary
// insurance. Each rule reads the facts it declares.
type premiumCase struct {
	Enrolled            bool             `rule:"enrolled"`
	Tekun               TekunSupport     `rule:"tekun_support"`
	Status              AssistanceStatus `rule:"household_status"`
	Disability          DisabilityKind   `rule:"disability"`
	LowIncomeFarmer     bool             `rule:"low_income_farmer"`
	ChildCategory       ChildCategory    `rule:"child_category"`
	BirthDate           rules.Date       `rule:"birth_date"`
	CountyRecognised    bool             `rule:"county_recognised"`
	PensionLowestTier   decimal.Decimal  `rule:"pension_lowest_tier,omitzero"`
	MedicalContribution decimal.Decimal  `rule:"medical_contribution,omitzero"`
}

// PremiumSubsidy is a member's insurance contribution paid or subsidised
// by the government (六、19): the residents' pension or medical insurance.
type PremiumSubsidy struct {
	Amount decimal.Decimal `rule:"paid"` // 元/人·年; zero when not eligible
	rules.Outcome[premiumCase]
}

func premiumCaseOf(h Household, m Member, s LocalStandards, enrolled bool) premiumCase {
	return premiumCase{Enrolled: enrolled, Tekun: m.Tekun, Status: h.Status, Disability: m.Disability,
		LowIncomeFarmer: h.LowIncomeFarmer, ChildCategory: m.ChildCategory, BirthDate: m.BirthDate, CountyRecognised: m.CountyRecognised,
		PensionLowestTier: s.PensionLowestTier, MedicalContribution: s.MedicalContribution}
}

// ResidentPensionSubsidy returns the contribution to the residents' basic
// pension the government pays in full for a 低保 or 低边 member, a 特困 person
// or a disabled person enrolled in it (Member.ResidentPension, 六、19): the
// lowest tier (LocalStandards.PensionLowestTier).
func (e *Evaluator) ResidentPensionSubsidy(on rules.Date, mc MemberCase) (PremiumSubsidy, error) {
	h, m, s := mc.Household, mc.Member, mc.LocalStandards
	return e.pension.Eval(on, premiumCaseOf(h, m, s, m.ResidentPension))
}

// ResidentMedicalSubsidy returns the individual contribution to the
// residents' basic medical insurance subsidised in full (六、19) for a
// hardship person, a certified disabled person, an orphan or a child in
// difficulty under 18 enrolled in it (Member.ResidentMedical):
// LocalStandards.MedicalContribution. A member who qualifies only by
// Member.ChildCategory needs Member.BirthDate; without it the error names
// birth_date.
func (e *Evaluator) ResidentMedicalSubsidy(on rules.Date, mc MemberCase) (PremiumSubsidy, error) {
	h, m, s := mc.Household, mc.Member, mc.LocalStandards
	return e.medicalPremium.Eval(on, premiumCaseOf(h, m, s, m.ResidentMedical))
}

// SupplementaryInsurance says whether a member is a medical-assistance
// recipient helped to join the supplementary health insurance (全民健康补充
// 医疗保险, 六、19). The amount is the local government's: for a recipient
// the error matches [rules.ErrCaseByCase]; for others the result says why
// not.
func (e *Evaluator) SupplementaryInsurance(on rules.Date, mc MemberCase) (SupplementaryInsurance, error) {
	h, m := mc.Household, mc.Member
	return e.supplementary.Eval(on, premiumCaseOf(h, m, LocalStandards{}, false))
}

// SupplementaryInsurance is whether a member is helped to join the
// supplementary health insurance (六、19). The document gives no amount:
// the result carries the outcome only.
type SupplementaryInsurance struct {
	rules.Outcome[premiumCase]
}

// quotaCase is the case of welfare.utilities.free_quota.utilities, a
// household's quotas: its 特困 member and scattered orphan are gathered in
// Go.
type quotaCase struct {
	Hukou           Locality         `rule:"hukou"`
	Status          AssistanceStatus `rule:"household_status"`
	Tekun           TekunSupport     `rule:"tekun_support"`
	ScatteredOrphan bool             `rule:"scattered_orphan"`
	OrphanBirthDate rules.Date       `rule:"orphan_birth_date"`
	LowIncomeFarmer bool             `rule:"low_income_farmer"`
}

// Quota is a household's free utility quota for a year (六、20).
type Quota struct {
	Benefit       string          `rule:"benefit"`     // what is given, in the document's words
	Water         decimal.Decimal `rule:"water"`       // tonnes
	Gas           decimal.Decimal `rule:"gas"`         // m³
	Electricity   decimal.Decimal `rule:"electricity"` // kWh
	CableTVWaived bool            `rule:"cable_tv_waived"`
	rules.Outcome[quotaCase]
}

func quotaCaseOf(h Household) quotaCase {
	orphan, born := scatteredOrphan(h)
	return quotaCase{Hukou: h.Locality, Status: h.Status, Tekun: householdTekun(h), ScatteredOrphan: orphan,
		OrphanBirthDate: born, LowIncomeFarmer: h.LowIncomeFarmer}
}

// UtilityQuota returns the free water, gas and electricity a 低保 or 低边
// household, or one with a 特困 person in dispersed support or a scattered
// orphan under 18, receives each year, with its cable-TV fees waived (定额免费, 六、20):
// 60 tonnes, 60 m³ and 180 kWh.
func (e *Evaluator) UtilityQuota(on rules.Date, h Household) (res Quota, err error) {
	in := quotaCaseOf(h)
	err = e.quota.EvalInto(on, &in, &res)
	return res, err
}

// transportCase is the case of welfare.utilities.free_quota.transport, a
// member's public transport.
type transportCase struct {
	Hukou           Locality         `rule:"hukou"`
	Status          AssistanceStatus `rule:"household_status"`
	Tekun           TekunSupport     `rule:"tekun_support"`
	BirthDate       rules.Date       `rule:"birth_date"`
	Disability      DisabilityKind   `rule:"disability"`
	LowIncomeFarmer bool             `rule:"low_income_farmer"`
}

// FreePublicTransport says whether a member rides public transport free
// (六、20).
type FreePublicTransport struct {
	Support string `rule:"benefit"` // 免费乘坐公共交通; "" when not eligible
	rules.Outcome[transportCase]
}

func transportCaseOf(h Household, m Member) transportCase {
	return transportCase{Hukou: h.Locality, Status: h.Status, Tekun: m.Tekun, BirthDate: m.BirthDate,
		Disability: m.Disability, LowIncomeFarmer: h.LowIncomeFarmer}
}

// FreePublicTransport says whether a member registered in 市区 rides public
// transport free (免费乘坐公共交通, 六、20): aged 65 or over, a certified
// disabled person, or a hardship person.
func (e *Evaluator) FreePublicTransport(on rules.Date, mc MemberCase) (FreePublicTransport, error) {
	h, m := mc.Household, mc.Member
	return e.transport.Eval(on, transportCaseOf(h, m))
}

const (
	quotePension        = "对参加城乡居民基本养老保险的低保对象、低边对象、特困人员、残疾人等参保人员，其个人缴费按最低档次缴费标准由财政全额代缴"
	quoteMedicalPremium = "对困难群众、持证残疾人、孤儿及困境儿童参加城乡居民基本医保个人缴费部分给予全额补助"
	quoteSupplementary  = "对全市医疗救助对象资助参加全民健康补充医疗保险，补助资金由属地政府统筹支持"
	quoteQuota          = "对社会散居孤儿、低保低边、分散供养特困人员，给予每户每年60吨水费、60立方米天然气、180度用电基数和免收有线电视初装费及视听维护费等帮扶"
	quoteTransport      = "市区65周岁以上老年人、持证残疾人、困难群众可免费乘坐公共交通"
)

func expensesSpec() ([]rules.Param, []rules.Rule) {
	params := []rules.Param{
		fixed("pension_paid_share", rules.T("城乡居民基本养老保险个人缴费代缴比例（全额）", "residents' pension: share of the contribution paid (in full)"),
			rules.Percent, "1", cite("六、19", quotePension)),
		fixed("medical_paid_share", rules.T("城乡居民基本医保个人缴费补助比例（全额）", "residents' medical insurance: share of the contribution subsidised (in full)"),
			rules.Percent, "1", cite("六、19", quoteMedicalPremium)),
		floor("water_quota", rules.T("每户每年免费水量", "free water per household a year"), TonnesPerHouseholdYear, "60", cite("六、20", quoteQuota)),
		floor("gas_quota", rules.T("每户每年免费天然气", "free gas per household a year"), CubicMetresPerHouseholdYear, "60", cite("六、20", quoteQuota)),
		floor("electricity_quota", rules.T("每户每年免费用电基数", "free electricity per household a year"), KilowattHoursPerHouseholdYear, "180", cite("六、20", quoteQuota)),
		fixed("transport_age", rules.T("免费乘坐公共交通的年龄下限", "free public transport: lowest age"), rules.Year, "65", cite("六、20", quoteTransport)),
	}
	return params, []rules.Rule{pensionPremiumRule(), medicalPremiumRule(), supplementaryInsuranceRule(), utilityQuotaRule(), freeTransportRule()}
}

// Conditions shared by the rules of sections 六 and 七.
var (
	hardshipExpr   = fmt.Sprintf("(tekun_support != %q || household_status in %s || low_income_farmer)", NotTekun, quoted(Dibao, Dibian))
	orphanOrChild  = quoted(InstitutionOrphan, ScatteredOrphan, ChildInDifficulty, UnsupportedChild, HIVChild)
	assistanceExpr = fmt.Sprintf("(tekun_support != %q || household_status in %s || county_recognised)", NotTekun, quoted(Dibao, Dibian))
)

func pensionPremiumRule() rules.Rule {
	return rules.Rule{
		ID:    RuleResidentPensionSubsidy,
		Title: rules.T("城乡居民基本养老保险个人缴费代缴", "residents' pension contribution paid"),
		Cite:  cite("六、19", quotePension),
		Inputs: []rules.Input{
			rules.FlagInput("enrolled", rules.T("参加城乡居民基本养老保险", "enrolled in the residents' basic pension")).Optional(false),
			inTekun, inStatus, inDisability,
			rules.NumberInput("pension_lowest_tier", rules.T("城乡居民基本养老保险最低档次缴费标准", "lowest contribution tier of the residents' pension"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}).Omittable(),
		},
		Require: []rules.Condition{
			{Name: "enrolled", Text: rules.T("参加城乡居民基本养老保险", "enrolled in the residents' basic pension"), Expr: "enrolled"},
			{Name: "pension_group", Text: rules.T("低保对象、低边对象、特困人员、残疾人", "a 低保 or 低边 member, a 特困 person or a disabled person"),
				Expr: fmt.Sprintf("household_status in %s || tekun_support != %q || disability != %q", quoted(Dibao, Dibian), NotTekun, NotDisabled)},
		},
		Outputs: []rules.Output{{Name: "paid", Title: rules.T("财政代缴的个人缴费", "contribution paid"), Unit: YuanPerPersonYear,
			Expr: "pension_lowest_tier * pension_paid_share"}},
		Reading: rules.T(
			"按最低档次缴费标准全额代缴（参保人选择更高档次的，差额自缴）；“残疾人等”读作持证残疾人。",
			"the lowest tier is paid in full (a member choosing a higher tier pays the difference); “残疾人等” is read as "+
				"certified disabled persons."),
	}
}

func medicalPremiumRule() rules.Rule {
	return rules.Rule{
		ID:    RuleResidentMedicalSubsidy,
		Title: rules.T("城乡居民基本医保个人缴费补助", "residents' medical insurance contribution subsidised"),
		Cite:  cite("六、19", quoteMedicalPremium),
		Inputs: []rules.Input{
			rules.FlagInput("enrolled", rules.T("参加城乡居民基本医保", "enrolled in the residents' basic medical insurance")).Optional(false),
			inTekun, inStatus, inDisability, inLowIncomeFarmer,
			rules.ChoiceInput("child_category", rules.T("儿童类别（经认定）", "recognised category of the child"), ChildCategories()...).Optional(string(NoChildCategory)),
			inBirthDate.Omittable(),
			rules.NumberInput("medical_contribution", rules.T("城乡居民基本医保个人缴费标准", "individual contribution to the residents' medical insurance"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}).Omittable(),
		},
		Defs: []rules.Def{defAge},
		Checks: []rules.Check{{Field: "birth_date", Text: rules.T("出生日期不晚于评估日期", "born on or before the evaluation date"),
			Expr: "!given(birth_date) || birth_date <= eval_date"}},
		Require: []rules.Condition{
			{Name: "enrolled", Text: rules.T("参加城乡居民基本医保", "enrolled in the residents' basic medical insurance"), Expr: "enrolled"},
			{Name: "medical_group", Text: rules.T("困难群众、持证残疾人、孤儿及困境儿童（未满18周岁）", "a hardship person, a certified disabled person, an orphan or a child in difficulty (under 18)"),
				Expr: fmt.Sprintf("%s || disability != %q || child_category in %s && age < child_age_limit", hardshipExpr, NotDisabled, orphanOrChild)},
		},
		Outputs: []rules.Output{{Name: "paid", Title: rules.T("财政补助的个人缴费", "contribution subsidised"), Unit: YuanPerPersonYear,
			Expr: "medical_contribution * medical_paid_share"}},
		Reading: rules.T(
			"“困难群众”为低保、低边、特困人员和低收入农户（附则1）；"+
				"“孤儿”为机构养育孤儿和社会散居孤儿，“困境儿童”含事实无人抚养儿童、艾滋病病毒感染儿童及其他困境儿童（二、6），均为未满18周岁的儿童（未成年人保护法第二条；本文称成年者为“成年孤儿”，三、10），"+
				"仅凭儿童类别享受的须给出出生日期，未给出的报告缺少出生日期。",
			"“hardship persons” are 低保, 低边, 特困 persons and low-income farm "+
				"households (附则1); orphans are those in institutions and scattered ones, children in difficulty include de facto "+
				"unsupported and HIV-infected children (二、6), all children under 18 (Law on the Protection of Minors, art. 2; the "+
				"document says 成年孤儿 where it means adults, 三、10): a member subsidised on the category alone needs a date of "+
				"birth, reported missing when not given."),
	}
}

func supplementaryInsuranceRule() rules.Rule {
	return rules.Rule{
		ID:    RuleSupplementaryInsurance,
		Title: rules.T("资助医疗救助对象参加全民健康补充医疗保险", "medical-assistance recipients helped to join the supplementary health insurance"),
		Cite:  cite("六、19", quoteSupplementary),
		Inputs: []rules.Input{
			inTekun, inStatus,
			rules.FlagInput("county_recognised", rules.T("县级人民政府认定的其他特殊困难人员（医疗救助对象）", "recognised by the county government (a medical-assistance recipient)")).Optional(false),
		},
		CaseByCase: []rules.Condition{{Name: "supplementary_amount",
			Text: rules.T("资助医疗救助对象参加全民健康补充医疗保险，补助资金由属地政府统筹支持", "medical-assistance recipients are helped to join the supplementary insurance; the amount is the local government's"),
			Expr: assistanceExpr}},
		Require: []rules.Condition{
			{Name: "assistance_recipient", Text: rules.T("医疗救助对象", "a medical-assistance recipient"), Expr: assistanceExpr},
		},
		Reading: rules.T(
			"医疗救助对象（特困、低保低边、县级认定的其他特殊困难人员，四、14）获资助参保，金额由属地政府确定（按实评估），本规则不给出金额。",
			"medical-assistance recipients (特困, 低保, 低边 and other hardship persons the county recognises, 四、14) are "+
				"helped to join, by an amount the local government sets (case by case): the rule gives no figure."),
	}
}

func utilityQuotaRule() rules.Rule {
	return rules.Rule{
		ID:    RuleUtilityQuota,
		Title: rules.T("水电气定额免费和有线电视费用减免", "free utility quotas and cable-TV fees waived"),
		Cite:  cite("六、20", quoteQuota),
		Inputs: []rules.Input{
			inHukou, inStatus, inTekun,
			rules.FlagInput("scattered_orphan", rules.T("家庭中有认定的社会散居孤儿", "a recognised scattered orphan in the household")).Optional(false),
			rules.DateInput("orphan_birth_date", rules.T("社会散居孤儿（最年幼者）的出生日期", "date of birth of the (youngest) scattered orphan")).Omittable(),
		},
		Defs: []rules.Def{defArea,
			{Name: "orphan_age", Title: rules.T("社会散居孤儿的周岁", "age of the scattered orphan in full years"), Expr: "full_years(orphan_birth_date, eval_date)"}},
		Checks: []rules.Check{{Field: "orphan_birth_date", Text: rules.T("出生日期不晚于评估日期", "born on or before the evaluation date"),
			Expr: "!given(orphan_birth_date) || orphan_birth_date <= eval_date"}},
		Require: []rules.Condition{condWenzhou,
			{Name: "quota_group", Text: rules.T("社会散居孤儿（未满18周岁）、低保低边或分散供养特困人员", "a scattered orphan (under 18), a 低保 or 低边 household, or a 特困 person in dispersed support"),
				Expr: fmt.Sprintf("household_status in %s || tekun_support == %q || scattered_orphan && orphan_age < child_age_limit", quoted(Dibao, Dibian), TekunDispersed)},
		},
		Outputs: []rules.Output{
			{Name: "benefit", Title: rules.T("帮扶内容", "the support"), Expr: `"水、天然气、用电基数及有线电视费用减免"`},
			{Name: "water", Title: rules.T("免费水量", "free water"), Unit: TonnesPerHouseholdYear, Expr: "water_quota"},
			{Name: "gas", Title: rules.T("免费天然气", "free gas"), Unit: CubicMetresPerHouseholdYear, Expr: "gas_quota"},
			{Name: "electricity", Title: rules.T("免费用电基数", "free electricity"), Unit: KilowattHoursPerHouseholdYear, Expr: "electricity_quota"},
			{Name: "cable_tv_waived", Title: rules.T("免收有线电视初装费及视听维护费", "cable-TV installation and maintenance fees waived"), Expr: "true"},
		},
		Reading: rules.T(
			"定额按户每年给予：家庭为低保低边，或有分散供养特困人员、社会散居孤儿（孤儿为未满18周岁的儿童，同二、6）；数量为下限，各地可更多。"+
				"本款未另定适用对象，按附则1限温州户籍。",
			"the quotas are per household and year, for a 低保 or 低边 household or one with a 特困 person in dispersed support or a "+
				"scattered orphan (an orphan is a child under 18, as in 二、6); they are minimums a locality may exceed. "+
				"The clause says nothing otherwise of whom it covers, so 附则1 holds it to Wenzhou registrations."),
	}
}

func freeTransportRule() rules.Rule {
	return rules.Rule{
		ID:    RuleFreeTransport,
		Title: rules.T("免费乘坐公共交通", "free public transport"),
		Cite:  cite("六、20", quoteTransport),
		Inputs: []rules.Input{
			inHukou, inStatus, inTekun, inBirthDate.Omittable(), inDisability, inLowIncomeFarmer,
		},
		Defs: []rules.Def{defArea, defAge},
		Checks: []rules.Check{{Field: "birth_date", Text: rules.T("出生日期不晚于评估日期", "born on or before the evaluation date"),
			Expr: "!given(birth_date) || birth_date <= eval_date"}},
		Require: []rules.Condition{condWenzhou,
			{Name: "urban", Text: rules.T("市区", "registered in 市区"), Expr: fmt.Sprintf("area == %q", areaUrban)},
			{Name: "transport_group", Text: rules.T("65周岁以上老年人、持证残疾人或困难群众", "aged 65 or over, a certified disabled person or a hardship person"),
				Expr: fmt.Sprintf("disability != %q || %s || age >= transport_age", NotDisabled, hardshipExpr)},
		},
		Outputs: []rules.Output{
			{Name: "benefit", Title: rules.T("帮扶内容", "the support"), Expr: `"免费乘坐公共交通"`},
		},
		Reading: rules.T(
			"免费乘车限市区户籍，年满65周岁（含）或持证残疾人或困难群众（低保、低边、特困人员、低收入农户，附则1）；"+
				"持证残疾人和困难群众无须给出出生日期。",
			"free public transport is for 市区 registrations aged 65 or over (included), certified disabled persons, or "+
				"hardship persons (低保, 低边, 特困, low-income farm households, 附则1); a disabled or hardship person needs no date of birth."),
	}
}
