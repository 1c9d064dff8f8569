package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Opinions is 温政发〔2022〕6号, in force from 2022-05-01 to 2025-12-31
// (附则3). Clauses are cited as the document numbers them: "一" for the
// targets, "二、5" for item 5 of section 二, "附则1" for the first note of the
// closing provisions.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Opinions() rules.Document { return opinions }

var opinions = rules.Document{
	Number:  "温政发〔2022〕6号",
	Title:   "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
	Issuer:  "温州市人民政府",
	Issued:  rules.MustDate(2022, 3, 16),
	InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31)),
	Clauses: `一|[二三四五六七八九]、\d{1,2}|附则[1-3]`,
}

// MinorsLaw is the Law on the Protection of Minors (2020 revision), whose
// article 2 defines a minor as under 18 full years. The opinions speak of
// children (儿童) without an age; the library reads them as minors.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func MinorsLaw() rules.Document { return minorsLaw }

var minorsLaw = rules.Document{
	Number:  "中华人民共和国主席令第五十七号",
	Title:   "中华人民共和国未成年人保护法",
	Issuer:  "全国人民代表大会常务委员会",
	Issued:  rules.MustDate(2020, 10, 17),
	InForce: rules.Since(rules.MustDate(2021, 6, 1)),
	Clauses: `第[一二三四五六七八九十百]+条`,
}

// Provisions of the catalogue that grant several benefits, each benefit
// its own rule named by the provision's ID and the benefit.
const (
	ProvisionMentalHealth      = "welfare.mental.guardian_subsidy"       // 二、9
	ProvisionInstitutionGrants = "welfare.disability.institution_grants" // 四、16
	ProvisionPremiumSubsidy    = "welfare.insurance.premium_subsidy"     // 六、19
	ProvisionFreeQuota         = "welfare.utilities.free_quota"          // 六、20
	ProvisionPostSubsidy       = "welfare.employment.post_subsidy"       // 七、21
)

// Rule IDs, as in the catalogue.
const (
	RuleTargets2025         = "welfare.indicators.targets_2025"
	RuleDibaoPhaseOut       = "welfare.dibao.phase_out"
	RuleIncomeExemptions    = "welfare.income.exemptions"
	RuleDibaoAllowance      = "welfare.dibao.allowance"
	RuleDibianStandard      = "welfare.dibian.standard"
	RuleTekunBasicStandard  = "welfare.tekun.basic_standard"
	RuleTekunCareFee        = "welfare.tekun.care_fee"
	RuleVeteranSupplement   = "welfare.veteran.dibao_supplement"
	RuleElderlyCareSubsidy  = "welfare.elderly.care_subsidy"
	RuleHighAgeAllowance    = "welfare.elderly.high_age_allowance"
	RuleChildBasicLiving    = "welfare.child.basic_living"
	RuleFamilyPlanningGrant = "welfare.family_planning.hardship_grant"
	RuleWorkerLivingAid     = "welfare.worker.living_aid"

	// RuleMentalGuardianSubsidy is the monthly subsidy of the guardian of a
	// class Ⅰ or Ⅱ patient of 二、9 (监护补助), a part of the catalogue's
	// welfare.mental.guardian_subsidy.
	RuleMentalGuardianSubsidy = ProvisionMentalHealth + ".guardian"

	// RuleMentalCareSubsidy is the monthly care subsidy of 特困, 低保 and 低边
	// patients under village or community management of 二、9 (护理照料补贴),
	// a part of the catalogue's welfare.mental.guardian_subsidy.
	RuleMentalCareSubsidy = ProvisionMentalHealth + ".community"

	// RuleMentalInjectionSubsidy is the yearly subsidy of long-acting
	// injection treatment of schizophrenia of 二、9 (长效针剂补助), a part of
	// the catalogue's welfare.mental.guardian_subsidy.
	RuleMentalInjectionSubsidy = ProvisionMentalHealth + ".injection"

	RuleRentalEligibility    = "welfare.housing.rental_eligibility"
	RuleRentSubsidy          = "welfare.housing.rent_subsidy"
	RuleRuralRenovation      = "welfare.housing.rural_renovation"
	RuleChronicPrescription  = "welfare.medical.chronic_prescription"
	RuleReimbursement        = "welfare.medical.reimbursement"
	RuleMedicalAssistance    = "welfare.medical.assistance"
	RuleVeteranMedicalAid    = "welfare.veteran.medical_aid"
	RuleRehabSubsidy         = "welfare.disability.rehab_subsidy"
	RuleRehabLivingAllowance = "welfare.disability.rehab_living_allowance"

	// RuleDisabledHomeGrant is the one-off creation grant of a 残疾人之家 of
	// 四、16 (一次性创建补助), a part of the catalogue's
	// welfare.disability.institution_grants.
	RuleDisabledHomeGrant = ProvisionInstitutionGrants + ".disabled_home"

	// RuleRehabOperatingGrant is the operating grant of a private designated
	// rehabilitation institution per child trained of 四、16 (运营补助), a part
	// of the catalogue's welfare.disability.institution_grants.
	RuleRehabOperatingGrant = ProvisionInstitutionGrants + ".rehab_operating"

	// RuleAccidentInsurance is the accident insurance bought for disabled
	// persons of 四、16 (意外伤害保险), a part of the catalogue's
	// welfare.disability.institution_grants.
	RuleAccidentInsurance = ProvisionInstitutionGrants + ".accident_insurance"

	RuleNutritionMeal = "welfare.education.nutrition_meal"
	RuleStudyGrant    = "welfare.education.study_grant"

	// RuleResidentPensionSubsidy is the residents' pension contribution the
	// government pays at the lowest tier (六、19, 个人缴费由财政全额代缴), a
	// part of the catalogue's welfare.insurance.premium_subsidy.
	RuleResidentPensionSubsidy = ProvisionPremiumSubsidy + ".pension"

	// RuleResidentMedicalSubsidy is the residents' medical insurance
	// contribution subsidised in full (六、19, 个人缴费部分给予全额补助), a part
	// of the catalogue's welfare.insurance.premium_subsidy.
	RuleResidentMedicalSubsidy = ProvisionPremiumSubsidy + ".medical"

	// RuleSupplementaryInsurance is the help of medical-assistance
	// recipients to join the supplementary health insurance (六、19, 资助参加
	// 全民健康补充医疗保险), a part of the catalogue's
	// welfare.insurance.premium_subsidy.
	RuleSupplementaryInsurance = ProvisionPremiumSubsidy + ".supplementary"

	// RuleUtilityQuota is the free water, gas and electricity and the
	// cable-TV fees waived of 六、20 (水电气定额免费), a part of the
	// catalogue's welfare.utilities.free_quota.
	RuleUtilityQuota = ProvisionFreeQuota + ".utilities"

	// RuleFreeTransport is the free public transport of 六、20 (免费乘坐公共
	// 交通), a part of the catalogue's welfare.utilities.free_quota.
	RuleFreeTransport = ProvisionFreeQuota + ".transport"

	// RulePublicWelfarePostSubsidy is the post and insurance subsidies of a
	// person on a public-welfare post of 七、21 (公益性岗位补贴), a part of the
	// catalogue's welfare.employment.post_subsidy.
	RulePublicWelfarePostSubsidy = ProvisionPostSubsidy + ".public_post"

	// RuleEmployerInsuranceSubsidy is the insurance subsidy of a firm hiring
	// persons hard to employ of 七、21 (企业社保补贴), a part of the
	// catalogue's welfare.employment.post_subsidy.
	RuleEmployerInsuranceSubsidy = ProvisionPostSubsidy + ".employer_insurance"

	RuleDisabledHiring          = "welfare.employment.disabled_hiring"
	RuleFlexibleInsurance       = "welfare.employment.flexible_insurance"
	RuleJobSeekingGrant         = "welfare.employment.job_seeking_grant"
	RuleGuaranteedLoan          = "welfare.business.guaranteed_loan"
	RuleInjuryArbitration       = "welfare.labour.injury_arbitration"
	RuleResidencePermit         = "welfare.residence.permit"
	RuleSanitationWorkerSubsidy = "welfare.housing.sanitation_worker_subsidy"
	RuleHighSchoolParity        = "welfare.education.high_school_parity"

	// GroupHousing pays only the higher of the rent subsidies a household
	// qualifies for in a year (附则2: 同一人同一年度享受同级财政同类…住房租赁
	// 保障时，不重复享受，就高执行): the rent subsidy or public-rental waiver
	// of 三、11 and the bus and sanitation workers' subsidy of 八、27.
	GroupHousing = "welfare.group.housing"
)

// Units of the document. A per-person figure has the dimensions of its
// per-household counterpart (yuan per month); the label says which it is.
var (
	// YuanPerMonth is 元/月: a household's monthly income, a monthly wage.
	YuanPerMonth = rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	// YuanPerPersonMonth is 元/人·月: the 低保 standard, most allowances.
	YuanPerPersonMonth = rules.Yuan.Per(rules.Month).Label("元/人·月", "yuan per person per month")
	// YuanPerYear is 元/年.
	YuanPerYear = rules.Yuan.Per(rules.Year).Label("元/年", "yuan per year")
	// YuanPerPersonYear is 元/人·年: per-capita statistics, yearly allowances.
	YuanPerPersonYear = rules.Yuan.Per(rules.Year).Label("元/人·年", "yuan per person per year")
	// YuanPerHouseholdYear is 元/户·年: the hardship workers' living aid.
	YuanPerHouseholdYear = rules.Yuan.Per(rules.Year).Label("元/户·年", "yuan per household per year")
	// YuanPerHousehold is 元/户: a grant paid to a household once recognised.
	YuanPerHousehold = rules.Yuan.Per(rules.Household).Label("元/户", "yuan per household")
	// MonthsPerYear is 月/年, the unit that turns a monthly standard into its
	// yearly total.
	MonthsPerYear = rules.Month.Per(rules.Year).Label("月/年", "months per year")

	// YuanPerHouseholdMonth is 元/户·月: a rent subsidy of a household.
	YuanPerHouseholdMonth = rules.Yuan.Per(rules.Month).Label("元/户·月", "yuan per household per month")
	// YuanPerPerson is 元/人: a grant to a person, once or for the school
	// year the result says.
	YuanPerPerson = rules.Yuan.Label("元/人", "yuan per person")
	// SquareMetresPerPerson is 平方米/人: a per-capita floor area.
	SquareMetresPerPerson = rules.SquareMetre.Label("平方米/人", "m² per person")

	// Week is 周, the length of a prescription.
	Week = rules.NewUnit("周", "week").Plural("weeks")
	// Tonne, CubicMetre and KilowattHour measure the free water, gas and
	// electricity of 六、20; the quotas are per household and year.
	Tonne                         = rules.NewUnit("吨", "tonne").Plural("tonnes")
	CubicMetre                    = rules.NewUnit("立方米", "m³")
	KilowattHour                  = rules.NewUnit("度", "kWh")
	TonnesPerHouseholdYear        = Tonne.Per(rules.Year).Label("吨/户·年", "tonnes per household per year")
	CubicMetresPerHouseholdYear   = CubicMetre.Per(rules.Year).Label("立方米/户·年", "m³ per household per year")
	KilowattHoursPerHouseholdYear = KilowattHour.Per(rules.Year).Label("度/户·年", "kWh per household per year")
)

func cite(clause, quote string) rules.Citation { return opinions.Cite(clause, quote) }

// Quotes of the closing provisions (附则) that several rules rest on.
const (
	quoteUrban    = "市区是指市本级、鹿城区、龙湾区、瓯海区、洞头区及市级功能区"
	quoteHukou    = "本政策适用对象原则上为温州户籍的个人或家庭"
	quoteStatus   = "“低保”“低边”分别指经民政部门认定的最低生活保障家庭、最低生活保障边缘家庭"
	quoteYearSum  = "当地最低生活保障标准年度总和"
	quoteNoDouble = "同一人同一年度享受同级财政同类助学补助、住房租赁保障时，不重复享受，就高执行"
	quoteFiscal   = "本政策补助或减免类资金除正文条款中明确由市级财政承担外，均按照现行财政体制分担或原渠道保障"
	quoteHardship = "“困难群众”是指经民政部门认定的最低生活保障对象、最低生活保障边缘对象、特困人员对象，包括低收入农户"
)

// Area classes of the locality_area table (附则1).
const (
	areaUrban   = "市区"
	areaCounty  = "县（市）"
	areaOutside = "市外"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func fixed(name string, title rules.Text, unit rules.Unit, value string, c rules.Citation) rules.Param {
	return rules.Fixed(name, title, unit, value, c)
}

// floor is a figure the document sets as a minimum: a locality may pay more
// (不低于; 附则2: 各地原有…超本政策标准的，不降低标准，就高执行), never less.
func floor(name string, title rules.Text, unit rules.Unit, value string, c rules.Citation) rules.Param {
	p := rules.Fixed(name, title, unit, value, c)
	p.Floor = true
	return p
}

// capped is a figure the document sets as a maximum (不超过, 最高).
func capped(name string, title rules.Text, unit rules.Unit, value string, c rules.Citation) rules.Param {
	p := rules.Fixed(name, title, unit, value, c)
	p.Cap = true
	return p
}

// commonParams are the figures several rules read.
func commonParams() []rules.Param {
	var rows []rules.Row
	for _, l := range Localities() {
		area, c := areaCounty, cite("附则1", quoteUrban)
		switch {
		case l == OutsideWenzhou:
			area, c = areaOutside, cite("附则1", quoteHukou)
		case urbanLocalities[l]:
			area = areaUrban
		}
		rows = append(rows, rules.Row{Keys: []string{string(l)}, Value: area, Cite: c})
	}
	return []rules.Param{
		{Name: "locality_area", Title: rules.T("市区与县（市）", "city districts (市区) and counties"),
			History: []rules.Dated{{Value: rules.Table{Rows: rows}, Cite: cite("附则1", quoteUrban)}}},
		fixed("months_per_year", rules.T("年度总和的月数", "months in a yearly total"), MonthsPerYear, "12",
			cite("二、8", quoteYearSum)),
	}
}

// urbanLocalities are the units of 市区 (附则1); Locality.Urban reads the
// compiled table built from it, so the book stays the one source.
var urbanLocalities = map[Locality]bool{
	CityLevel: true, Lucheng: true, Longwan: true, Ouhai: true, Dongtou: true, CityZone: true,
}

// spec is the document as rules: sections 一 to 八 and the take-the-higher
// group of 附则2.
func spec() rules.Spec {
	s := rules.Spec{Params: commonParams()}
	for _, part := range []func() ([]rules.Param, []rules.Rule){
		targetsSpec, dibaoSpec, tekunSpec, elderlySpec, familySpec,
		housingSpec, medicalSpec, rehabSpec, educationSpec, expensesSpec, employmentSpec, residenceSpec,
	} {
		ps, rs := part()
		s.Params = append(s.Params, ps...)
		s.Rules = append(s.Rules, rs...)
	}
	for i := range s.Rules {
		s.Rules[i].Labels = append(s.Rules[i].Labels, wordLabels()...)
	}
	s.Groups = []rules.Group{{
		ID:    GroupHousing,
		Title: rules.T("住房租赁保障（同一人同一年度就高执行、不重复享受）", "rental housing support (the higher in a year, not both)"),
		Cite:  cite("附则2", quoteNoDouble),
		Rules: []string{RuleRentSubsidy, RuleSanitationWorkerSubsidy},
	}}
	return s
}

// Inputs several rules share.
var (
	inStatus = rules.ChoiceInput("household_status", rules.T("家庭救助类别（低保、低边）", "household assistance status (低保, 低边)"),
		AssistanceStatuses()...).Optional(string(NotAssisted))
	inDibaoStandard = rules.NumberInput("dibao_standard", rules.T("当地最低生活保障标准", "local 低保 standard"),
		YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")})
	inDibianStandard = rules.NumberInput("dibian_standard", rules.T("当地低保边缘认定标准", "local 低边 standard"),
		YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")})
	inMinimumWage = rules.NumberInput("minimum_wage", rules.T("当地月最低工资标准", "local monthly minimum wage"),
		YuanPerMonth, rules.Range{Lo: rules.Excl("0")})
	inBirthDate = rules.DateInput("birth_date", rules.T("出生日期", "date of birth"))
	inHukou     = rules.ChoiceInput("hukou", rules.T("户籍所在地", "locality of the household registration (户籍)"),
		Localities()...)
	inSelfCare = rules.ChoiceInput("self_care", rules.T("生活自理能力", "ability to care for oneself"),
		SelfCares()...).Omittable()
	inTekun = rules.ChoiceInput("tekun_support", rules.T("特困人员供养方式", "support of a 特困 person"),
		TekunSupports()...).Optional(string(NotTekun))
)

// checkStandards keeps the 低边 line from falling below the 低保 line: a
// case giving them the other way round has its standards swapped. A rule
// that may be given only one of them (each omittable) compares them when
// both are given.
var checkStandards = rules.Check{Field: "dibian_standard",
	Text: rules.T("低边标准不低于低保标准", "the 低边 standard is not below the 低保 standard"),
	Expr: "!given(dibian_standard) || !given(dibao_standard) || dibian_standard >= dibao_standard"}

// quoted writes texts as an expr list: ["a", "b"].
func quoted[T ~string](xs ...T) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%q", string(x))
	}
	return s + "]"
}
