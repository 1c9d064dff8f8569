package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// This file holds the plain data of sections 三 to 八's clauses (sections 三 to 八):
// a household's housing and renovation, a member's medical costs,
// rehabilitation, schooling, employment and migration. Like household.go,
// it holds no logic: the rules decide. A nil fact is "not given", and the
// benefits that need it are listed as not assessed by [Evaluator.Assess]; a zero
// amount inside a given fact is "not given" as well where the rule needs a
// figure (a rent, a fee, a tuition), and is then reported missing by name.

// Housing is what the housing clauses ask of a household (三、10, 三、11,
// 八、27).
type Housing struct {
	// OwnsHome says whether the household owns housing in 市区 (for a new
	// citizen: whether the applicant or spouse owns housing in the
	// district where they work, 在工作所在城区有住房); nil is not stated.
	// Owning none is a condition of 三、10 and 三、11, so an unstated
	// answer leaves them not assessed, naming it.
	OwnsHome *bool
	// FloorAreaPerCapita is the household's per-capita floor area
	// (人均住房建筑面积), m² a person, when it owns housing.
	FloorAreaPerCapita decimal.Decimal
	// MarketRent is the market average rent of the dwelling the housing
	// department reckons for the household (市场平均租金), 元/户·月.
	MarketRent decimal.Decimal
	// OtherSupported marks a household recognised by the housing department
	// as another supported family (其他保障家庭, 三、11).
	OtherSupported bool
	// PublicRental marks a household living in public rental housing
	// (公共租赁住房) at PublicRent a month.
	PublicRental bool
	PublicRent   decimal.Decimal
	// InKindAllocated says whether the household has been given a flat to
	// rent (已享受实物配租, 八、27: the subsidy is for those who have not);
	// nil is not stated.
	InKindAllocated *bool
	// SubsidyMonthsReceived counts the months of the bus and sanitation
	// workers' rent subsidy already paid (八、27: 累计不超过3年).
	SubsidyMonthsReceived int
	// Priority is a ground for priority in-kind rental other than those the
	// household's other facts show (三、10); the zero value is none.
	Priority PriorityCategory

	// The new citizen's employment (三、10): the term of the labour contract
	// in years (0 for no contract), or an open-ended contract, and the
	// consecutive months of social insurance or income tax paid in the
	// employer's name (0 for none). nil is not given, and a condition that
	// needs it leaves the new citizens' rental not assessed.
	ContractYears     *decimal.Decimal
	OpenEndedContract bool
	InsuredMonths     *int
}

// Renovation is a household's rural house project (三、12).
type Renovation struct {
	Rural     bool              // 农村家庭
	Project   RenovationProject // what the household does
	Qualified bool              // 符合资格认定和救助条件 (a certified dangerous house, for a renovation)
	NewArea   decimal.Decimal   // floor area of a new build, m² (新建每户原则上不超过100平方米)
	// Year is the year of a dangerous house's renovation (当年改造); the
	// provincial grant is paid the year after. Zero: not given.
	Year int
}

// MedicalCosts are a member's medical costs of a claim (四、14, 四、15).
type MedicalCosts struct {
	// CompliantCost is the compliant cost left after the basic medical
	// insurance and the critical-illness insurance (经基本医保、大病保险报销后
	// 的合规医疗费用), yuan; zero: not given.
	CompliantCost decimal.Decimal
	// OtherReimbursed is what other supplementary insurance and aid paid of
	// it (其他补充医疗保险等各类报销、补助), yuan.
	OtherReimbursed decimal.Decimal
	Visit           VisitKind // inpatient, special-disease outpatient or other
	Designated      bool      // at a designated medical institution (定点医疗机构)
	// VeteranAidPaidThisYear is the veterans' medical aid already paid in
	// this medical-insurance year, yuan.
	VeteranAidPaidThisYear decimal.Decimal
}

// Rehabilitation is a disabled child's rehabilitation training (四、16).
type Rehabilitation struct {
	Designated bool // at a designated rehabilitation institution (定点机构)
	// SchoolDeferred marks a child the county's special-education committee
	// found unfit for compulsory schooling, with the education
	// department's deferral or suspension certificate (缓学或休学证明).
	SchoolDeferred bool
	Fee            decimal.Decimal // the training fee of the months claimed, yuan; zero: not given
	Months         int             // months the claim covers; zero: not given
	// From is the first day of the months claimed: the child's age is
	// taken then, not on the evaluation date (zero: on the evaluation date).
	From rules.Date
	// What was already paid this year: of the training subsidy, and of the
	// rehabilitation living allowance.
	SubsidyPaidThisYear   decimal.Decimal
	AllowancePaidThisYear decimal.Decimal
}

// Student is a member in school, or leaving it (五、17, 五、18, 七、22, 八、27).
type Student struct {
	Level StudyLevel // the level of study; required
	// Aided marks a student aided by the school (义务教育学校内资助对象).
	Aided bool
	// Tuition is the tuition actually paid this year (实际缴纳的学费), yuan:
	// 0 when none was paid (the union's aid of 五、18 is then not granted);
	// nil is not given (and the union's aid is not assessed).
	Tuition *decimal.Decimal
	// ParentDisabled marks a child of a certified disabled person (残疾人家庭
	// 的子女); NotIndependent an adult child not living independently
	// (已成年未独立生活子女).
	ParentDisabled bool
	NotIndependent bool
	// GraduatingYear marks a college student in the year of graduation
	// (毕业年度高校毕业生); StudentLoan a holder of a state student loan.
	GraduatingYear bool
	StudentLoan    bool

	// A junior-high graduate's facts for high school (八、27). A student is
	// 应届 in the year of graduation; the permit's years count on the day of
	// graduation. Zero values are not given.
	SchoolStatusInWenzhou bool       // 在我市取得学籍
	GraduationYear        int        // the year of junior-high graduation; zero: the year of GraduatedOn
	GraduatedOn           rules.Date // the day of junior-high graduation (初中毕业之日)
	JuniorYearsInWenzhou  int        // consecutive years in a Wenzhou junior high school
	ParentPermitSince     rules.Date // since when a parent or guardian has held a Zhejiang residence permit in Wenzhou
}

// Employment is a member's work (七、21, 七、22, 八、27).
type Employment struct {
	Occupation Occupation // 公交 or 环卫; the zero value is another occupation
	FrontLine  bool       // 公共服务行业一线工作

	PublicWelfarePost bool // employed on a public-welfare post (公益性岗位)
	Insured           bool // the post pays social insurance (缴纳社会保险)
	Graduate          bool // a college graduate (高校毕业生)
	HardToEmploy      bool // registered as a person hard to employ (就业困难人员): enough for a public-welfare post
	// LivingDifficulty marks a person in living difficulty (生活困难): with
	// HardToEmploy, the 生活困难的就业困难人员 of 七、22's flexible subsidy.
	LivingDifficulty bool

	// Flexible is the member's flexible employment (灵活就业); nil when none.
	Flexible *FlexibleEmployment
}

// FlexibleEmployment is what 七、22 asks of a flexibly employed member.
type FlexibleEmployment struct {
	InsuredIndividually bool            // 以个人身份参加灵活就业社会保险
	Contributions       decimal.Decimal // 个人实缴社会保险费 of the period claimed, yuan; zero: not given
	PaidForUntil        rules.Date      // last day of the months the contributions pay for; zero: the evaluation date
	ApprovedOn          rules.Date      // first approved for the subsidy (初次核定享受)
	RetiresOn           rules.Date      // the statutory retirement date; zero: not given
	LeftSchoolOn        rules.Date      // a graduate's day of leaving school; zero: not a graduate
	Subscribed          decimal.Decimal // capital subscribed in enterprises (认缴出资额), yuan
}

// Migrant is a migrant worker's residence (八、25).
type Migrant struct {
	Worker              bool          // 外来务工人员
	From                MigrantOrigin // where the worker came from
	ZhejiangPermit      bool          // holds a valid Zhejiang residence permit
	RegisteredMonths    int           // cumulative months of residence registration in Zhejiang; zero: not given
	RegisteredInWenzhou bool          // residence registration now in Wenzhou
}

// PriorityCategory is a ground for priority in-kind rental (三、10) that the
// household's other facts do not show: its status, disability grades,
// family-planning category and special care are read from the household.
// The zero value means none (NoPriority).
type PriorityCategory string

const (
	LoneElderly     PriorityCategory = "孤寡老年人"
	AdultOrphan     PriorityCategory = "成年孤儿"
	InjuredRescuer  PriorityCategory = "见义勇为伤残人员"
	HeroOrModel     PriorityCategory = "英雄模范"
	LabourModel     PriorityCategory = "市级以上劳动模范"
	BreadwinnerLost PriorityCategory = "主要劳动力丧失劳动能力的家庭"
	OtherPriority   PriorityCategory = "其他依法应当优先保障的家庭"
	NoPriority      PriorityCategory = "无"
)

// PriorityCategories returns the categories.
func PriorityCategories() []PriorityCategory {
	return []PriorityCategory{LoneElderly, AdultOrphan, InjuredRescuer, HeroOrModel, LabourModel, BreadwinnerLost, OtherPriority, NoPriority}
}

// ParsePriorityCategory returns the category with the given Chinese name.
func ParsePriorityCategory(s string) (PriorityCategory, error) {
	return rules.ParseOneOf(s, PriorityCategories(), "priority category")
}

// RenovationProject is a rural household's house project (三、12).
type RenovationProject string

const (
	RebuildDangerous RenovationProject = "危旧房拆建" // a dangerous house pulled down and built anew (新建)
	RepairDangerous  RenovationProject = "危房修缮"  // a dangerous house repaired
	Relocation       RenovationProject = "异地搬迁"
	SelfBuild        RenovationProject = "自建房"
	HousePurchase    RenovationProject = "购房"
)

// RenovationProjects returns the projects.
func RenovationProjects() []RenovationProject {
	return []RenovationProject{RebuildDangerous, RepairDangerous, Relocation, SelfBuild, HousePurchase}
}

// ParseRenovationProject returns the project with the given Chinese name.
func ParseRenovationProject(s string) (RenovationProject, error) {
	return rules.ParseOneOf(s, RenovationProjects(), "renovation project")
}

// VisitKind is the kind of medical care a cost comes from (四、15).
type VisitKind string

const (
	Inpatient         VisitKind = "住院"
	SpecialOutpatient VisitKind = "特殊病种门诊"
	OtherOutpatient   VisitKind = "普通门诊"
)

// VisitKinds returns the kinds of care.
func VisitKinds() []VisitKind { return []VisitKind{Inpatient, SpecialOutpatient, OtherOutpatient} }

// ParseVisitKind returns the kind with the given Chinese name.
func ParseVisitKind(s string) (VisitKind, error) {
	return rules.ParseOneOf(s, VisitKinds(), "kind of care")
}

// StudyLevel is a level of study as 五、17 and 五、18 name them. 中专 and 高中
// are one level (五、18: 中专（高中）); 大学 is 大专 and 本科以上.
type StudyLevel string

const (
	PrimarySchool   StudyLevel = "小学"
	JuniorHigh      StudyLevel = "初中"
	SeniorSecondary StudyLevel = "中专（高中）"
	College         StudyLevel = "大专"
	Bachelor        StudyLevel = "本科以上"
	AdultExam       StudyLevel = "成人高考自学考试取证" // passed the adult entrance or self-study exams with the certificate
)

// StudyLevels returns the levels.
func StudyLevels() []StudyLevel {
	return []StudyLevel{PrimarySchool, JuniorHigh, SeniorSecondary, College, Bachelor, AdultExam}
}

// ParseStudyLevel returns the level with the given Chinese name.
func ParseStudyLevel(s string) (StudyLevel, error) {
	return rules.ParseOneOf(s, StudyLevels(), "level of study")
}

// StudyGrantScheme is one of the study grants of 五、18, by the body that
// pays it.
type StudyGrantScheme string

const (
	FederationGrant   StudyGrantScheme = "残联助学补助" // the disabled persons' federation, from the city's finance (由市级给予)
	UnionAid          StudyGrantScheme = "工会助学帮扶" // the federation of trade unions, to registered hardship workers' children
	FamilyPlanningAid StudyGrantScheme = "计生助学补助" // the health commission, to family-planning hardship families' children
)

// StudyGrantSchemes returns the schemes in the order of 五、18.
func StudyGrantSchemes() []StudyGrantScheme {
	return []StudyGrantScheme{FederationGrant, UnionAid, FamilyPlanningAid}
}

// ParseStudyGrantScheme returns the scheme with the given Chinese name.
func ParseStudyGrantScheme(s string) (StudyGrantScheme, error) {
	return rules.ParseOneOf(s, StudyGrantSchemes(), "study grant scheme")
}

// Occupation is a member's occupation as 八、27 tells them apart. The zero
// value is another occupation (OtherOccupation).
type Occupation string

const (
	BusWorker        Occupation = "公交"
	SanitationWorker Occupation = "环卫"
	OtherOccupation  Occupation = "其他"
)

// Occupations returns the occupations.
func Occupations() []Occupation { return []Occupation{BusWorker, SanitationWorker, OtherOccupation} }

// ParseOccupation returns the occupation with the given Chinese name.
func ParseOccupation(s string) (Occupation, error) {
	return rules.ParseOneOf(s, Occupations(), "occupation")
}

// MigrantOrigin is where a migrant worker came from (八、25).
type MigrantOrigin string

const (
	FromZhejiang      MigrantOrigin = "浙江省内其他城市"
	WithinWenzhou     MigrantOrigin = "温州市域内其他县（市、区）"
	FromOtherProvince MigrantOrigin = "浙江省外"
)

// MigrantOrigins returns the origins.
func MigrantOrigins() []MigrantOrigin {
	return []MigrantOrigin{FromZhejiang, WithinWenzhou, FromOtherProvince}
}

// ParseMigrantOrigin returns the origin with the given Chinese name.
func ParseMigrantOrigin(s string) (MigrantOrigin, error) {
	return rules.ParseOneOf(s, MigrantOrigins(), "migrant origin")
}

// HukouOrigin is where a person's household registration is, as 八、27
// tells students apart.
type HukouOrigin string

const (
	WenzhouHukou       HukouOrigin = "温州户籍"
	ZhejiangHukou      HukouOrigin = "浙江省内非温州户籍"
	OtherProvinceHukou HukouOrigin = "浙江省外户籍"
)

// HukouOrigins returns the origins.
func HukouOrigins() []HukouOrigin {
	return []HukouOrigin{WenzhouHukou, ZhejiangHukou, OtherProvinceHukou}
}

// ParseHukouOrigin returns the origin with the given Chinese name.
func ParseHukouOrigin(s string) (HukouOrigin, error) {
	return rules.ParseOneOf(s, HukouOrigins(), "registration origin")
}
