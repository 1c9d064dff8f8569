package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// This file holds the plain data a caller describes a case with: the
// household (户), its members, its income, and the standards of its
// locality. The typed functions read them; they hold no logic of their own,
// so that every decision stays in the rules of [Book].

// Household is a family as the civil-affairs department sees it (共同生活的
// 家庭成员): where it is registered, how it is assisted, who lives in it and
// what it earns. The zero Household is a household registered nowhere
// (its Locality must be set), not assisted, without members. The tags of
// Household, [Member], [MentalHealth], [LocalStandards], [Income] and
// [IncomeItem] name the rules' inputs their fields give.
type Household struct {
	// Locality is where the household is registered (户籍所在地). The 市区
	// clauses read it (附则1).
	Locality Locality `rule:"hukou"`
	// Status is the household's recognised assistance status (低保 or 低边);
	// the zero value is none.
	Status AssistanceStatus `rule:"household_status"`
	// LowIncomeFarmer marks a low-income farm household (低收入农户).
	LowIncomeFarmer bool `rule:"low_income_farmer"`
	// FamilyPlanning is the recognised family-planning hardship category
	// (计生困难家庭类别, 二、7); the zero value is none.
	FamilyPlanning FamilyPlanningCategory
	// HardshipWorker marks a registered hardship worker's household
	// (建档困难职工家庭, 二、8), once recognised.
	HardshipWorker bool `rule:"registered"`

	// SpecialCare marks a household of an entitled person receiving the
	// state's periodic pension or subsidy (享受国家定期抚恤补助的优抚对象,
	// 优抚家庭: 三、10, 三、11).
	SpecialCare bool
	// SocialAssistance is the social assistance the household receives
	// besides its Status and its members' 特困 support (临时救助, 支出型
	// 困难救助, 医疗救助, …): it makes the household one of the 社会救助群体
	// whose public rental rent is waived (三、11). nil is not stated, and a
	// benefit that needs it is not assessed; an empty, non-nil list is
	// stated as none.
	SocialAssistance []SocialAssistanceKind
	// Origin says, for a household registered outside Wenzhou (Locality
	// 市外), whether its registration is elsewhere in Zhejiang or outside the
	// province (八、27); it is ignored for a Wenzhou locality. The zero value
	// is not known.
	Origin HukouOrigin
	// NonOperatingVehicle says whether the household owns a vehicle not
	// used for hire (家庭拥有非营运车辆, 七、22: such a household is excluded
	// from the flexible-employment subsidy); nil is not stated.
	NonOperatingVehicle *bool
	// PoorDisabledFamily says whether the household is a recognised poor
	// family of a disabled person (贫困残疾人家庭, 七、22); nil is not stated.
	PoorDisabledFamily *bool

	// Housing holds the facts of the housing clauses (三、10, 三、11, 八、27);
	// nil when the caller gives none, and then those benefits are not
	// assessed.
	Housing *Housing
	// Renovation is a rural house renovation or resettlement project of
	// the household (三、12); nil when there is none.
	Renovation *Renovation

	Members []Member
	// Income is what the household earned in the assessment period, item
	// by item; [Evaluator.CountedIncome] applies the exemptions of 二、1.
	Income Income
}

// HouseholdCase is a household with the standards of its locality: the
// case of the household's benefits that read a standard ([Evaluator.DibaoAllowance],
// [Evaluator.WorkerLivingAid], [Evaluator.CountedIncome]).
type HouseholdCase struct {
	Household
	LocalStandards
}

// MemberCase is a member of a household, with the household and the
// standards of its locality: the case of a member's benefits. A method
// reads of it only the facts its rule needs, as its doc says; the others
// may be left zero.
type MemberCase struct {
	Household
	Member
	LocalStandards
}

// Member is a person of the household. The zero value of each field means
// "none" (not 特困, no disability, not a veteran…); only the date of birth
// must be given for the rules that read an age.
type Member struct {
	Name      string     // for reports only
	BirthDate rules.Date `rule:"birth_date"` // 出生日期; ages are full years (周岁) on the evaluation date

	Tekun    TekunSupport `rule:"tekun_support"` // 特困人员供养方式; the zero value: not a 特困 person
	SelfCare SelfCare     `rule:"self_care"`     // 生活自理能力 as assessed; the zero value: not assessed (SelfCaring states "able")
	Dementia *bool        `rule:"dementia"`      // 失智; nil: not stated

	Disability      DisabilityKind `rule:"disability"`       // 残疾类别 of a certified disabled person (持证残疾人); the zero value: none
	DisabilityGrade int            `rule:"disability_grade"` // 残疾等级 1–4 (一级 the most severe); 0 when not disabled

	Veteran bool `rule:"veteran"` // 退役军人

	// CareMode is where an older person is cared for (居家 or 机构养老); the
	// zero value is home care. CareApproved marks an institutional placement
	// approved by the county civil-affairs department because the family
	// cannot provide care (二、5).
	CareMode     CareMode `rule:"care_mode"`
	CareApproved bool     `rule:"county_approved"`

	// ChildCategory is the child's recognised category (孤儿, 事实无人抚养
	// 儿童, 困境儿童…, 二、6); the zero value is none.
	ChildCategory ChildCategory `rule:"category"`

	// Mental describes a patient with a severe mental disorder under
	// management (二、9); nil when the member is not one.
	Mental *MentalHealth

	// Autism marks a child diagnosed with autism (孤独症, 四、16).
	Autism bool
	// CountyRecognised marks a person the county government recognises as
	// in special hardship (县级人民政府认定的其他特殊困难人员, 四、14).
	CountyRecognised bool
	// ResidentPension and ResidentMedical mark enrolment in the urban and
	// rural residents' basic pension and basic medical insurance
	// (参加城乡居民基本养老保险、基本医疗保险, 六、19).
	ResidentPension bool
	ResidentMedical bool

	// The facts of sections 三 to 八's clauses; each is nil when the caller gives
	// none, and the benefits that need it are then listed as not assessed.
	Medical    *MedicalCosts   // 四、14, 四、15
	Rehab      *Rehabilitation // 四、16
	Student    *Student        // 五、17, 五、18, 七、22, 八、27
	Employment *Employment     // 七、21, 七、22, 八、27
	Migrant    *Migrant        // 八、25
}

// MentalHealth is what 二、9 asks of a patient with a severe mental disorder.
// GuardianFulfils and WeakGuardianship exclude each other: a patient given
// both is refused (an invalid input) for the guardian and the injection
// subsidies, which rest on opposite findings.
type MentalHealth struct {
	RiskClass         RiskClass `rule:"risk_class"`         // 危险性评估: Ⅰ类 or Ⅱ类 patient; the zero value: no risk grade
	GuardianFulfils   bool      `rule:"guardian_fulfils"`   // 监护人有效履行监护责任
	CommunityManaged  bool      `rule:"community_managed"`  // 纳入当地村（社）管理
	Schizophrenia     bool      `rule:"schizophrenia"`      // 精神分裂症
	PoorCompliance    bool      `rule:"poor_compliance"`    // 治疗依从性差
	WeakGuardianship  bool      `rule:"weak_guardianship"`  // 弱监护或无监护
	IncidentRisk      bool      `rule:"incident_risk"`      // 具有肇事肇祸风险
	InjectionApproved bool      `rule:"injection_approved"` // 长效针剂注射治疗经评估认定

	// Guardian is who the patient's guardian is (监护人), to whom the
	// guardian subsidy is paid; nil is not stated, and a subsidy granted
	// then says its payee is not stated (Entry.Payee).
	Guardian *Guardian
}

// Guardian names a patient's guardian (监护人, 二、9): a member of the
// household, by index in Household.Members, or a person outside it, by
// name. A guardian who is a member may also give the name, which must be
// the member's.
type Guardian struct {
	Member *int   // index in Household.Members (0 is 成员1); nil: a person outside the household
	Name   string // the guardian's name; required for a person outside the household
}

// LocalStandards are the standards of the household's locality that the
// document refers to but does not state. The caller supplies them; a
// standard a rule needs and that is zero is reported as a missing input
// naming the rule's field.
type LocalStandards struct {
	Dibao       decimal.Decimal `rule:"dibao_standard,omitzero"`  // 最低生活保障标准, 元/人·月
	Dibian      decimal.Decimal `rule:"dibian_standard,omitzero"` // 低保边缘认定标准, 元/人·月
	MinimumWage decimal.Decimal `rule:"minimum_wage,omitzero"`    // 月最低工资标准, 元/月

	// UrbanConsumption is last year's local urban residents' per-capita
	// consumption expenditure (上年度当地城镇居民人均消费支出, 二、3), 元/人·年.
	UrbanConsumption decimal.Decimal `rule:"urban_consumption,omitzero"`
	// UrbanLivingConsumption is last year's local urban permanent
	// residents' per-capita living consumption expenditure (上年度城镇常住
	// 居民人均生活消费支出, 二、6), 元/人·年. The two clauses name the
	// statistic differently; give the same figure to both where the local
	// statistics bureau publishes one.
	UrbanLivingConsumption decimal.Decimal `rule:"living_consumption,omitzero"`

	// TekunCareFee is the local care-fee standard for 特困 persons, by
	// self-care ability (当地特困供养人员护理费用标准), which 二、5 applies to
	// 低保 elders placed in institutions. Only that case reads it.
	TekunCareFee map[SelfCare]decimal.Decimal

	// ResidentConsumption is last year's local residents' per-capita
	// consumption expenditure (上年度当地居民人均消费支出, 四、15), 元/人·年:
	// the base of the veterans' medical aid cap. The clause names all
	// residents, not the urban ones of 二、3.
	ResidentConsumption decimal.Decimal
	// PensionLowestTier is the lowest contribution tier of the residents'
	// basic pension (城乡居民基本养老保险最低档次缴费标准), 元/人·年.
	PensionLowestTier decimal.Decimal
	// MedicalContribution is the individual contribution to the residents'
	// basic medical insurance (城乡居民基本医保个人缴费), 元/人·年.
	MedicalContribution decimal.Decimal
	// ProvincialMealStandard is the province's nutrition-meal standard
	// (全省营养餐补助标准, 五、17), 元/人·年; LocalMealStandard the locality's
	// own where it already pays more than 1.6 times it (zero: none).
	ProvincialMealStandard decimal.Decimal
	LocalMealStandard      decimal.Decimal
}

// Income is a household's income in an assessment period (收入核算期).
type Income struct {
	// PeriodMonths is the length of the assessment period in months. The
	// document does not set it; the assessing office does (commonly 12).
	// A household with no income items may leave it zero: its per-capita
	// monthly income is 0 over any period (二、1).
	PeriodMonths int `rule:"period_months,omitzero"`
	Items        []IncomeItem
	// From and To are the first and last day of the assessment period: a
	// period of whole months (To is the day before From plus PeriodMonths),
	// ended on or before the day it is assessed on. The exemptions of a
	// first job or a disabled member's job (二、1) are counted by the months
	// of the period the income was earned in, so an item that has one needs
	// them; a zero date is not given.
	From rules.Date `rule:"period_from"`
	To   rules.Date `rule:"period_to"`
}

// IncomeItem is one source of income in the assessment period.
type IncomeItem struct {
	Kind   IncomeKind      `rule:"kind"`
	Amount decimal.Decimal `rule:"amount"` // yuan received in the whole assessment period
	// Member is the index in Household.Members of the member whose income
	// it is; employment income reads whether that member is disabled.
	Member int
	// FirstEmployment marks a member's first job or first own business
	// (首次就业或自主创业).
	FirstEmployment bool `rule:"first_employment"`
	// StartedOn is the first day of the job or business; employment and
	// business income need it, other kinds ignore it.
	StartedOn rules.Date `rule:"started_on"`
}

// Locality is a unit of Wenzhou a household can be registered in, or
// OutsideWenzhou. 市区 is 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区 and 市级功能区
// (附则1); the others are the counties (县、市).
type Locality string

const (
	CityLevel      Locality = "市本级"
	Lucheng        Locality = "鹿城区"
	Longwan        Locality = "龙湾区"
	Ouhai          Locality = "瓯海区"
	Dongtou        Locality = "洞头区"
	CityZone       Locality = "市级功能区"
	Ruian          Locality = "瑞安市"
	Yueqing        Locality = "乐清市"
	Longgang       Locality = "龙港市"
	Yongjia        Locality = "永嘉县"
	Pingyang       Locality = "平阳县"
	Cangnan        Locality = "苍南县"
	Wencheng       Locality = "文成县"
	Taishun        Locality = "泰顺县"
	OutsideWenzhou Locality = "市外" // registered outside Wenzhou
)

// Localities returns every locality, 市区 first.
func Localities() []Locality {
	return []Locality{CityLevel, Lucheng, Longwan, Ouhai, Dongtou, CityZone,
		Ruian, Yueqing, Longgang, Yongjia, Pingyang, Cangnan, Wencheng, Taishun, OutsideWenzhou}
}

// ParseLocality returns the locality with the given Chinese name, or an
// error listing the valid names.
func ParseLocality(s string) (Locality, error) { return rules.ParseOneOf(s, Localities(), "locality") }

// Urban reports whether the locality is in 市区 (附则1), as the book's
// locality_area table says.
func (l Locality) Urban() bool { return areaOf()[l] == areaUrban }

// Wenzhou reports whether the locality is in Wenzhou (温州户籍, 附则1).
func (l Locality) Wenzhou() bool {
	a, ok := areaOf()[l]
	return ok && a != areaOutside
}

// AssistanceStatus is a household's recognised assistance status. The zero value
// means none (NotAssisted).
type AssistanceStatus string

const (
	Dibao       AssistanceStatus = "低保" // 最低生活保障家庭
	Dibian      AssistanceStatus = "低边" // 最低生活保障边缘家庭
	NotAssisted AssistanceStatus = "无"  // neither
)

// Statuses returns the statuses.
func AssistanceStatuses() []AssistanceStatus { return []AssistanceStatus{Dibao, Dibian, NotAssisted} }

// ParseAssistanceStatus returns the status with the given Chinese name.
func ParseAssistanceStatus(s string) (AssistanceStatus, error) {
	return rules.ParseOneOf(s, AssistanceStatuses(), "assistance status")
}

// TekunSupport is how a 特困 person (特困人员) is supported. The zero value
// means the member is not a 特困 person (NotTekun).
type TekunSupport string

const (
	TekunGovernmentInstitution TekunSupport = "政府供养机构集中供养" // in an institution set up by the government
	TekunSocialInstitution     TekunSupport = "社会机构集中供养"   // in a social institution, bought by the government
	TekunDispersed             TekunSupport = "分散供养"       // dispersed support, at home
	NotTekun                   TekunSupport = "非特困人员"
)

// TekunSupports returns the ways of support.
func TekunSupports() []TekunSupport {
	return []TekunSupport{TekunGovernmentInstitution, TekunSocialInstitution, TekunDispersed, NotTekun}
}

// ParseTekunSupport returns the way of support with the given Chinese name.
func ParseTekunSupport(s string) (TekunSupport, error) {
	return rules.ParseOneOf(s, TekunSupports(), "特困 support")
}

// SelfCare is a person's ability to care for themselves (生活自理能力), in
// the four classes of 二、3. 二、5 grades older persons as 生活完全不能自理,
// 基本不能自理 and 部分不能自理; the library reads these as the first three
// classes below, in that order. The zero value means not assessed: a rule
// that needs the class reports it missing; SelfCaring states "able".
type SelfCare string

const (
	FullyDependent      SelfCare = "完全丧失生活自理能力" // 二、5: 生活完全不能自理
	ModeratelyDependent SelfCare = "中度丧失生活自理能力" // 二、5: 基本不能自理
	MildlyDependent     SelfCare = "轻度丧失生活自理能力" // 二、5: 部分不能自理
	SelfCaring          SelfCare = "具备生活自理能力"
)

// SelfCares returns the classes, most dependent first.
func SelfCares() []SelfCare {
	return []SelfCare{FullyDependent, ModeratelyDependent, MildlyDependent, SelfCaring}
}

// ParseSelfCare returns the class with the given Chinese name.
func ParseSelfCare(s string) (SelfCare, error) {
	return rules.ParseOneOf(s, SelfCares(), "self-care class")
}

// DisabilityKind is the kind of disability on a disability certificate
// (残疾类别). The zero value means no disability (NotDisabled).
type DisabilityKind string

const (
	Visual       DisabilityKind = "视力"
	Hearing      DisabilityKind = "听力"
	Speech       DisabilityKind = "言语"
	Physical     DisabilityKind = "肢体"
	Intellectual DisabilityKind = "智力"
	Mental       DisabilityKind = "精神"
	Multiple     DisabilityKind = "多重"
	NotDisabled  DisabilityKind = "无"
)

// DisabilityKinds returns the kinds of disability.
func DisabilityKinds() []DisabilityKind {
	return []DisabilityKind{Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple, NotDisabled}
}

// ParseDisabilityKind returns the kind with the given Chinese name.
func ParseDisabilityKind(s string) (DisabilityKind, error) {
	return rules.ParseOneOf(s, DisabilityKinds(), "disability kind")
}

// CareMode is where an older person is cared for. The zero value means at
// home (HomeCare).
type CareMode string

const (
	HomeCare          CareMode = "居家养老"
	InstitutionalCare CareMode = "机构养老"
)

// CareModes returns the modes of care.
func CareModes() []CareMode { return []CareMode{HomeCare, InstitutionalCare} }

// ParseCareMode returns the mode with the given Chinese name.
func ParseCareMode(s string) (CareMode, error) { return rules.ParseOneOf(s, CareModes(), "care mode") }

// ChildCategory is a child's category recognised by civil affairs (二、6).
// Children of 低保 or 低边 households who are severely disabled, or have a
// grade 3 or 4 mental or intellectual disability, need no category: the
// rule reads their disability. The zero value means none (NoChildCategory).
type ChildCategory string

const (
	InstitutionOrphan ChildCategory = "机构养育孤儿"    // 儿童福利机构养育的孤儿
	ScatteredOrphan   ChildCategory = "社会散居孤儿"    // 社会散居孤儿
	HIVChild          ChildCategory = "艾滋病病毒感染儿童" // 艾滋病病毒感染儿童
	UnsupportedChild  ChildCategory = "事实无人抚养儿童"  // 事实无人抚养儿童
	ChildInDifficulty ChildCategory = "困境儿童"      // 其他困境儿童 (counts in 低保 or 低边 households)
	NoChildCategory   ChildCategory = "无"
)

// ChildCategories returns the categories.
func ChildCategories() []ChildCategory {
	return []ChildCategory{InstitutionOrphan, ScatteredOrphan, HIVChild, UnsupportedChild, ChildInDifficulty, NoChildCategory}
}

// ParseChildCategory returns the category with the given Chinese name.
func ParseChildCategory(s string) (ChildCategory, error) {
	return rules.ParseOneOf(s, ChildCategories(), "child category")
}

// FamilyPlanningCategory is a recognised family-planning hardship category
// of a household (二、7). The zero value means none.
type FamilyPlanningCategory string

const (
	FPSeriousIllness  FamilyPlanningCategory = "患重病的计生困难家庭"
	FPOnlyChildLost   FamilyPlanningCategory = "独生子女死亡或伤残家庭"
	FPSpecialHardship FamilyPlanningCategory = "生活有特殊困难的计生家庭"
	FPLeftBehind      FamilyPlanningCategory = "计生困难家庭留守人员" // 留守儿童、留守妇女、留守老年人
	FPNone            FamilyPlanningCategory = "无"
)

// FamilyPlanningCategories returns the categories.
func FamilyPlanningCategories() []FamilyPlanningCategory {
	return []FamilyPlanningCategory{FPSeriousIllness, FPOnlyChildLost, FPSpecialHardship, FPLeftBehind, FPNone}
}

// ParseFamilyPlanningCategory returns the category with the given Chinese
// name.
func ParseFamilyPlanningCategory(s string) (FamilyPlanningCategory, error) {
	return rules.ParseOneOf(s, FamilyPlanningCategories(), "family-planning category")
}

// RiskClass is the class of a patient with a severe mental disorder by
// risk assessment (危险性评估等级), as 二、9 names them. The zero value means
// no risk class (NoRiskClass).
type RiskClass string

const (
	RiskClassI  RiskClass = "Ⅰ类"
	RiskClassII RiskClass = "Ⅱ类"
	NoRiskClass RiskClass = "无"
)

// RiskClasses returns the classes.
func RiskClasses() []RiskClass { return []RiskClass{RiskClassI, RiskClassII, NoRiskClass} }

// ParseRiskClass returns the class with the given name; the Latin spellings
// "I类" and "II类" are read as the Roman numerals the constants use.
func ParseRiskClass(s string) (RiskClass, error) {
	switch s {
	case "I类":
		return RiskClassI, nil
	case "II类":
		return RiskClassII, nil
	}
	return rules.ParseOneOf(s, RiskClasses(), "risk class")
}

// IncomeKind is the kind of an income item, as 二、1 (and 二、4, 七、23)
// tell them apart.
type IncomeKind string

const (
	WageIncome              IncomeKind = "就业收入"     // wages of a job (就业)
	BusinessIncome          IncomeKind = "经营收入"     // income of one's own business (自主创业)
	PublicPostSubsidy       IncomeKind = "公益性岗位补贴"  // post subsidy of a 公益性岗位 or 幸福岗位
	GreenCropComp           IncomeKind = "青苗补偿费"    // green-crop compensation of a land acquisition (被征地)
	OutsourcedWork          IncomeKind = "来料加工收入"   // outsourced processing work (来料加工)
	VeteranSupplementIncome IncomeKind = "退役军人生活补助" // the supplement of 二、4
	ShareholdingIncome      IncomeKind = "折股量化收益"   // 七、23 shareholding-project income
	OtherIncome             IncomeKind = "其他收入"     // anything else: counted in full
)

// IncomeKinds returns the kinds of income.
func IncomeKinds() []IncomeKind {
	return []IncomeKind{WageIncome, BusinessIncome, PublicPostSubsidy, GreenCropComp, OutsourcedWork,
		VeteranSupplementIncome, ShareholdingIncome, OtherIncome}
}

// ParseIncomeKind returns the kind with the given Chinese name.
func ParseIncomeKind(s string) (IncomeKind, error) {
	return rules.ParseOneOf(s, IncomeKinds(), "income kind")
}

// IncomeTreatment says how an income item was counted, and why.
type IncomeTreatment string

const (
	TreatFirstJobExempt     IncomeTreatment = "首次就业创业免计期内不计入"
	TreatDisabledExempt     IncomeTreatment = "残疾人就业免计期内不计入"
	TreatCostDeducted       IncomeTreatment = "按低边标准扣除就业创业成本"
	TreatPostSubsidy        IncomeTreatment = "岗位补贴低于低边标准部分不计入"
	TreatGreenCrop          IncomeTreatment = "青苗补偿费限额内不计入"
	TreatOutsourced         IncomeTreatment = "来料加工收入限额内不计入"
	TreatVeteran            IncomeTreatment = "退役军人生活补助不计入"
	TreatShareholding       IncomeTreatment = "低收入农户折股量化收益不计入"
	TreatCounted            IncomeTreatment = "全额计入"
	TreatNotAssisted        IncomeTreatment = "全额计入（非低保低边家庭成员）"
	TreatNoExemption        IncomeTreatment = "全额计入（非首次就业创业，亦非残疾人初次就业、再就业）"
	TreatWindowsOver        IncomeTreatment = "全额计入（免计期和扣除期已过）"
	TreatByMonths           IncomeTreatment = "按月分摊：免计期内不计入，扣除期内按低边标准扣除，其余计入"
	TreatNotLowIncomeFarmer IncomeTreatment = "全额计入（非低收入农户）"
)

// IncomeTreatments returns every treatment the rule can give.
func IncomeTreatments() []IncomeTreatment {
	return []IncomeTreatment{TreatFirstJobExempt, TreatDisabledExempt, TreatCostDeducted, TreatPostSubsidy,
		TreatGreenCrop, TreatOutsourced, TreatVeteran, TreatShareholding, TreatCounted, TreatNotAssisted,
		TreatNoExemption, TreatWindowsOver, TreatNotLowIncomeFarmer,
		TreatByMonths}
}

// SocialAssistanceKind is a kind of social assistance (社会救助) a household
// receives besides 低保, 低边 and 特困 support, which the household's Status
// and its members' Tekun already give.
type SocialAssistanceKind string

// The kinds of social assistance of the State Council's interim measures
// (社会救助暂行办法) and of the document (临时救助 and the “一事一议” of 二、2,
// 医疗救助 of 四、14), with Zhejiang's 支出型困难救助. 住房救助 is not one:
// public rental housing is itself housing assistance, and the waiver of
// 三、11 is for households in it.
const (
	TemporaryAssistance  SocialAssistanceKind = "临时救助"    // 二、2
	ExpenditureHardship  SocialAssistanceKind = "支出型困难救助" // Zhejiang's aid of households in hardship through expenses
	CaseByCaseAssistance SocialAssistanceKind = "一事一议帮扶"  // 二、2 “一事一议”帮扶
	MedicalAssistanceAid SocialAssistanceKind = "医疗救助"    // 四、14
	DisasterRelief       SocialAssistanceKind = "受灾人员救助"  // 社会救助暂行办法 第五章
	EducationAssistance  SocialAssistanceKind = "教育救助"    // 社会救助暂行办法 第七章
	EmploymentAssistance SocialAssistanceKind = "就业救助"    // 社会救助暂行办法 第九章
)

// SocialAssistanceKinds returns the kinds of social assistance a household
// may state, in the order of the interim measures.
func SocialAssistanceKinds() []SocialAssistanceKind {
	return []SocialAssistanceKind{DisasterRelief, MedicalAssistanceAid, EducationAssistance, EmploymentAssistance,
		TemporaryAssistance, ExpenditureHardship, CaseByCaseAssistance}
}
