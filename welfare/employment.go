package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 七 (支持就业创业), 七、21 and 七、22: public-welfare posts,
// employers of disabled persons, flexible employment, job-seeking grants.
// The loans and arbitration of 七、23 and 七、24 are in loans.go.

// EmployerKind is a kind of employer (用人单位) as 七、21 tells them apart.
type EmployerKind string

const (
	EnterpriseEmployer     EmployerKind = "企业等用人单位"
	GovernmentOrgan        EmployerKind = "党政机关"
	FullyFundedInstitution EmployerKind = "全额拨款事业单位"
)

// EmployerKinds returns the kinds.
func EmployerKinds() []EmployerKind {
	return []EmployerKind{EnterpriseEmployer, GovernmentOrgan, FullyFundedInstitution}
}

// ParseEmployerKind returns the kind with the given Chinese name.
func ParseEmployerKind(s string) (EmployerKind, error) {
	return rules.ParseOneOf(s, EmployerKinds(), "kind of employer")
}

// postCase is the case of welfare.employment.post_subsidy.public_post, a
// member on a public-welfare post.
type postCase struct {
	PublicPost      bool             `rule:"public_post"`
	Graduate        bool             `rule:"graduate"`
	HardToEmploy    bool             `rule:"hard_to_employ"`
	Disability      DisabilityKind   `rule:"disability"`
	Tekun           TekunSupport     `rule:"tekun_support"`
	Status          AssistanceStatus `rule:"household_status"`
	LowIncomeFarmer bool             `rule:"low_income_farmer"`
	Insured         bool             `rule:"insured"`
}

// PostSubsidy is a public-welfare post's subsidies of a month (七、21).
type PostSubsidy struct {
	Amount    decimal.Decimal `rule:"monthly"`           // the total, 元/月; zero when not eligible
	Post      decimal.Decimal `rule:"post_subsidy"`      // the post subsidy
	Insurance decimal.Decimal `rule:"insurance_subsidy"` // the insurance subsidy
	rules.Outcome[postCase]
}

// PublicWelfarePostSubsidy returns the monthly subsidies of a member on a
// public-welfare post (公益性岗位补贴, 七、21) who is a college graduate, hard
// to employ, a certified disabled hardship person or of a low-income farm
// household: 600 yuan and 300 of insurance subsidy when the post pays
// social insurance, 700 when it does not.
func (e *Evaluator) PublicWelfarePostSubsidy(on rules.Date, mc MemberCase) (PostSubsidy, error) {
	h, m := mc.Household, mc.Member
	return e.post.Eval(on, postCaseOf(h, m))
}

func postCaseOf(h Household, m Member) postCase {
	c := postCase{Disability: m.Disability, Tekun: m.Tekun, Status: h.Status, LowIncomeFarmer: h.LowIncomeFarmer}
	if w := m.Employment; w != nil {
		c.PublicPost, c.Graduate, c.HardToEmploy, c.Insured = w.PublicWelfarePost, w.Graduate, w.HardToEmploy, w.Insured
	}
	return c
}

// EmployerHiring is a firm's hiring for the insurance subsidy of 七、21: the
// persons whose subsidy began on one day. The 3 years run per person
// hired; a firm that hired on different days has one EmployerHiring per
// first day, each evaluated on its own, and the monthly figures add up.
// The tags name the inputs of welfare.employment.post_subsidy.employer_insurance.
type EmployerHiring struct {
	Hired int `rule:"hired"` // persons in living difficulty hard to employ, or of low-income farm households, actually employed
	// The lowest employer contributions of the period, 元/人·月; zero is not
	// given, and the error names the input.
	PensionMin      decimal.Decimal `rule:"pension_min,omitzero"`
	MedicalMin      decimal.Decimal `rule:"medical_min,omitzero"`
	UnemploymentMin decimal.Decimal `rule:"unemployment_min,omitzero"`
	From            rules.Date      `rule:"subsidy_from"` // first day of the subsidy of these persons
}

// EmployerSubsidy is a firm's monthly insurance subsidy and its end.
type EmployerSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/月, for all the persons hired; zero when not eligible
	Until  rules.Date      `rule:"until"`   // the last day of the 3 years
	rules.Outcome[EmployerHiring]
}

// EmployerInsuranceSubsidy returns a firm's monthly insurance subsidy
// (企业社保补贴, 七、21) for hiring persons in living difficulty hard to
// employ or of low-income farm households: per person employed, the sum of
// the lowest employer contributions to pension, medical and unemployment
// insurance, for at most 3 years.
func (e *Evaluator) EmployerInsuranceSubsidy(on rules.Date, f EmployerHiring) (res EmployerSubsidy, err error) {
	err = e.employer.EvalInto(on, &f, &res)
	return res, err
}

// Employer is an employer's figures of last year for the subsidies of
// 七、21 for employing disabled persons.
type Employer struct {
	Kind  EmployerKind `rule:"employer_kind"`
	Staff int          `rule:"staff"` // employees (在职职工)
	// DisabledEmployees counts every disabled employee placed (安排残疾人),
	// for the 1.5% and 25% parts.
	DisabledEmployees int `rule:"disabled_employees"`
	// QualifyingEmployees counts those of them insured 6 consecutive months
	// or more last year and paid at least 150% of the local monthly minimum
	// wage (HiringSubsidy gives both thresholds), for the 2 months a person;
	// nil is not given, and the error names qualifying_employees.
	QualifyingEmployees *int
	Concentrated        bool `rule:"concentrated"` // a concentrated-employment firm (集中就业企业)
}

// hiringCase is the case of welfare.employment.disabled_hiring: the
// employer's figures and the local minimum wage. The count of qualifying
// employees is held as a value, not the caller's pointer, so that keeping
// the case in the result copies nothing.
type hiringCase struct {
	Employer
	Qualifying  rules.Value     `rule:"qualifying_employees"`
	MinimumWage decimal.Decimal `rule:"minimum_wage,omitzero"`
}

// HiringSubsidy is an employer's yearly subsidies for employing disabled
// persons.
type HiringSubsidy struct {
	Amount             decimal.Decimal `rule:"subsidy"`             // the total, 元/年; zero when not eligible
	Base               decimal.Decimal `rule:"base"`                // per employee counted, at most (最高2个月)
	BeyondQuota        decimal.Decimal `rule:"beyond_quota"`        // 4 months per employee beyond the 1.5% quota
	BeyondConcentrated decimal.Decimal `rule:"beyond_concentrated"` // 2 months per employee beyond 25%
	QuotaPersons       int             `rule:"quota_persons"`       // the 1.5% quota in whole persons (a reading: rounded up)
	WageThreshold      decimal.Decimal `rule:"wage_threshold"`      // 150% of the minimum wage, 元/月
	InsuredMonthsMin   int             `rule:"insured_months_min"`  // 6
	rules.Outcome[hiringCase]
}

// DisabledHiringSubsidy returns an employer's yearly subsidies for
// employing disabled persons (按比例就业扶持, 七、21), in months of the local
// monthly minimum wage: up to 2 months per disabled employee insured 6
// months last year and paid 150% of the minimum wage
// (Employer.QualifyingEmployees); 4 months per disabled employee beyond the
// 1.5% quota; for a concentrated-employment firm, 2 months per disabled
// employee beyond 25% (both of Employer.DisabledEmployees). Party and
// government organs and fully funded institutions get none.
//
// The three parts add up, and the quotas are counted in whole persons,
// staff × 1.5% (or 25%) rounded up: both are the library's reading of the
// clause, not its words. The rounding is the book's parameter
// disabled_quota_rounding ("向上取整"); a book derived with "向下取整" rounds
// down.
func (e *Evaluator) DisabledHiringSubsidy(on rules.Date, ec EmployerCase) (HiringSubsidy, error) {
	f := ec.Employer
	c := hiringCase{Employer: f, MinimumWage: ec.MinimumWage}
	if f.QualifyingEmployees != nil {
		c.Qualifying = rules.NumberValue(decimal.NewFromInt(int64(*f.QualifyingEmployees)))
	}
	return e.hiring.Eval(on, c)
}

// EmployerCase is an employer's case of 七、21 with the local standards
// (the monthly minimum wage the subsidy is counted in).
type EmployerCase struct {
	Employer
	LocalStandards
}

// flexibleCase is the case of welfare.employment.flexible_insurance.
type flexibleCase struct {
	HardToEmploy        bool             `rule:"hard_to_employ"`
	LivingDifficulty    bool             `rule:"living_difficulty"`
	Status              AssistanceStatus `rule:"household_status"`
	LowIncomeFarmer     bool             `rule:"low_income_farmer"`
	LeftSchoolOn        rules.Date       `rule:"left_school_on"`
	Flexible            bool             `rule:"flexible"`
	InsuredIndividually bool             `rule:"insured_individually"`
	Contributions       decimal.Decimal  `rule:"contributions,omitzero"`
	ApprovedOn          rules.Date       `rule:"approved_on"`
	RetiresOn           rules.Date       `rule:"retires_on"`
	PaidForUntil        rules.Date       `rule:"paid_for_until"`
	Subscribed          decimal.Decimal  `rule:"subscribed"`
	FamilyCar           *bool            `rule:"family_car"`
}

// FlexibleSubsidy is a flexibly employed member's insurance subsidy.
type FlexibleSubsidy struct {
	Amount   decimal.Decimal `rule:"subsidy"`  // yuan, of the contributions given; zero when not eligible
	Until    rules.Date      `rule:"until"`    // last day of the subsidy
	Extended bool            `rule:"extended"` // to retirement
	rules.Outcome[flexibleCase]
}

// FlexibleInsuranceSubsidy returns the flexible-employment insurance
// subsidy (灵活就业社保补贴, 七、22) of a member hard to employ and in living
// difficulty (Employment.HardToEmploy and LivingDifficulty), a graduate
// within 2 years of leaving school, or of a low-income family, insured as
// an individual: two thirds of the contributions paid, for 3 years from the
// first approval, to retirement when that was less than 5 years away; none
// for a member who subscribed 200,000 or more in enterprises or whose
// household owns a vehicle not for hire (Household.NonOperatingVehicle).
// The contributions count by the months they pay for
// (FlexibleEmployment.PaidForUntil); past the 3 years the retirement date
// is needed, and zero contributions are not given: both are errors naming
// the input, never a refusal or a granted 0.
func (e *Evaluator) FlexibleInsuranceSubsidy(on rules.Date, mc MemberCase) (FlexibleSubsidy, error) {
	h, m := mc.Household, mc.Member
	return e.flexible.Eval(on, flexibleCaseOf(h, m))
}

func flexibleCaseOf(h Household, m Member) flexibleCase {
	c := flexibleCase{Status: h.Status, LowIncomeFarmer: h.LowIncomeFarmer, FamilyCar: h.NonOperatingVehicle}
	if w := m.Employment; w != nil {
		c.HardToEmploy, c.LivingDifficulty = w.HardToEmploy, w.LivingDifficulty
		if fx := w.Flexible; fx != nil {
			c.Flexible, c.LeftSchoolOn, c.InsuredIndividually, c.Contributions = true, fx.LeftSchoolOn, fx.InsuredIndividually, fx.Contributions
			c.ApprovedOn, c.RetiresOn, c.PaidForUntil, c.Subscribed = fx.ApprovedOn, fx.RetiresOn, fx.PaidForUntil, fx.Subscribed
		}
	}
	return c
}

// jobSeekingCase is the case of welfare.employment.job_seeking_grant.
type jobSeekingCase struct {
	Graduating         bool             `rule:"graduating"`
	Status             AssistanceStatus `rule:"household_status"`
	Tekun              TekunSupport     `rule:"tekun_support"`
	ChildCategory      ChildCategory    `rule:"child_category"`
	Disability         DisabilityKind   `rule:"disability"`
	StudentLoan        bool             `rule:"student_loan"`
	PoorDisabledFamily rules.Value      `rule:"poor_disabled_family"` // not given when the household does not state it
	LowIncomeFarmer    bool             `rule:"low_income_farmer"`
}

// JobSeekingGrant is a graduating student's job-seeking and start-up grant
// (七、22).
type JobSeekingGrant struct {
	Amount decimal.Decimal `rule:"grant"` // 元/人, once; zero when not eligible
	rules.Outcome[jobSeekingCase]
}

// JobSeekingGrant returns the job-seeking and start-up grant (求职创业补贴,
// 七、22) of a college student in the year of graduation (Member.Student)
// who is of a 低保 or 低边 household, an orphan, disabled, a state student
// loan holder, of a low-income farm household or a poor disabled person's
// family (Household.PoorDisabledFamily), or 特困: 3,000 once. A graduate in
// none of the other groups needs Household.PoorDisabledFamily stated;
// without it the error names poor_disabled_family.
func (e *Evaluator) JobSeekingGrant(on rules.Date, mc MemberCase) (JobSeekingGrant, error) {
	h, m := mc.Household, mc.Member
	return e.jobSeeking.Eval(on, jobSeekingCaseOf(h, m))
}

func jobSeekingCaseOf(h Household, m Member) jobSeekingCase {
	c := jobSeekingCase{Status: h.Status, Tekun: m.Tekun, ChildCategory: m.ChildCategory, Disability: m.Disability,
		LowIncomeFarmer: h.LowIncomeFarmer}
	if st := m.Student; st != nil {
		c.Graduating, c.StudentLoan = st.GraduatingYear, st.StudentLoan
	}
	if h.PoorDisabledFamily != nil {
		c.PoorDisabledFamily = rules.BoolValue(*h.PoorDisabledFamily)
	}
	return c
}

const (
	quotePost            = "公益性岗位安排高校毕业生、就业困难人员、困难持证残疾人和低收入农户缴纳社会保险的，给予每人每月600元的岗位补贴和300元社保补贴；未缴纳社会保险的，给予每人每月700元岗位补贴"
	quoteEmployerInsure  = "企业招用生活困难的就业困难人员、低收入农户，按实际聘用人数给予企业社保补贴，补贴标准为同期基本养老保险、基本医疗保险和失业保险费企业缴纳部分的最低标准之和，补贴期限不超过3年"
	quoteDisabledBase    = "对上年度实际支付给残疾人职工的工资达到当地月最低工资标准150%的用人单位（不含党政机关、全额拨款事业单位），每安排1人（上年度连续缴纳社会保险费6个月以上），每年按当地最低月工资标准给予最高2个月补贴"
	quoteDisabledQuota   = "安排残疾人超过1.5%比例的用人单位，每多安排1名，每年按当地最低月工资标准给予4个月的补贴"
	quoteDisabledConc    = "对安排残疾人比例超过25%的集中就业企业，每超比例安排1名，每年按当地最低月工资标准给予2个月的补贴"
	quoteFlexible        = "对生活困难的就业困难人员、离校2年内未就业高校毕业生、低收入家庭成员从事灵活就业，并以个人身份参加灵活就业社会保险的，按规定给予灵活就业社保补贴，补贴标准为个人实缴社会保险费的三分之二，补贴期限不超过3年"
	quoteFlexibleRetire  = "对初次核定享受灵活就业社保补贴政策时距退休年龄不足5年的人员，补贴期限可延长至退休"
	quoteFlexibleExclude = "对在各类企业中认缴出资额20万元以上的或家庭拥有非营运车辆的人员，不享受灵活就业社保补贴"
	quoteJobSeeking      = "对低保、孤儿、残疾人、获得国家助学贷款人员、贫困残疾人家庭、脱贫人口家庭（包括民政部门认定的城乡低保户、低保边缘户和乡村振兴部门认定的其他经济困难户）和特困人员中的毕业年度高校毕业生每人发放3000元的求职创业补贴"
	quoteLoanGroups      = "登记失业半年以上人员、就业困难人员、持证残疾人等重点人群，新创办3年以内的企业和个体工商户，可申请创业担保贷款"
	quoteLoanCeilings    = "新创办个体工商户可申请不超过50万元的贷款；新创办的企业可申请不超过60万元的贷款"
	quoteLoanSME         = "招用“贷款重点人群”的中小微企业，可按吸纳就业人数申请每人20万元的贷款，最高额度500万元"
	quoteLoanTerm        = "创业担保贷款、贴息和手续费补贴期限不超过3年"
	quoteLoanKeyGroups   = "“贷款重点人群”是指在校大学生和毕业10年以内的高校毕业生、登记失业半年以上人员、就业困难人员、持证残疾人、自主择业军转干部和自主就业退役士兵"
	quoteFarmerShare     = "折股量化帮扶资金收益由村集体和低收入农户共享，低收入农户收益占比不低于50%"
	quoteArbitration     = "努力将工伤保险待遇纠纷办案时间从以往的60日内压缩至30日内"
	quoteFastTrack       = "对工伤保险待遇纠纷，劳动争议仲裁机构开展“工伤速裁”"
)

// quotaRoundUp is the value of disabled_quota_rounding that rounds the
// 1.5% and 25% quotas up to whole persons; "向下取整" rounds them down.
const (
	quotaRoundUp   = "向上取整"
	quotaRoundDown = "向下取整"
)

func employmentSpec() ([]rules.Param, []rules.Rule) {
	rounding := rules.Param{Name: "disabled_quota_rounding",
		Title:   rules.T("按比例安排残疾人的人数取整方式（本库的解读：向上取整）", "how the quota is rounded to whole persons (the library's reading: up)"),
		History: []rules.Dated{{Value: quotaRoundUp, Cite: cite("七、21", quoteDisabledQuota)}},
		OneOf:   []string{quotaRoundUp, quotaRoundDown}}
	params := []rules.Param{
		floor("post_insured", rules.T("公益性岗位补贴（缴纳社会保险的）", "public-welfare post subsidy (insured)"), YuanPerPersonMonth, "600", cite("七、21", quotePost)),
		floor("post_insurance_subsidy", rules.T("公益性岗位社保补贴", "public-welfare post insurance subsidy"), YuanPerPersonMonth, "300", cite("七、21", quotePost)),
		floor("post_uninsured", rules.T("公益性岗位补贴（未缴纳社会保险的）", "public-welfare post subsidy (not insured)"), YuanPerPersonMonth, "700", cite("七、21", quotePost)),
		capped("employer_subsidy_years", rules.T("企业社保补贴期限", "employers' insurance subsidy: years at most"), rules.Year, "3", cite("七、21", quoteEmployerInsure)),
		fixed("disabled_wage_multiple", rules.T("残疾人职工工资相对月最低工资标准的倍数", "disabled employees' wage: multiple of the minimum wage"), rules.Number, "1.5", cite("七、21", quoteDisabledBase)),
		fixed("disabled_insured_months", rules.T("残疾人职工上年度连续缴纳社会保险费月数", "disabled employees: consecutive insured months last year"), rules.Month, "6", cite("七、21", quoteDisabledBase)),
		capped("disabled_base_months", rules.T("每安排1名残疾人的补贴月数（最高）", "months of minimum wage per disabled employee, at most"), MonthsPerYear, "2", cite("七、21", quoteDisabledBase)),
		fixed("disabled_quota_rate", rules.T("按比例安排残疾人就业的比例", "quota of disabled employees"), rules.Percent, "0.015", cite("七、21", quoteDisabledQuota)),
		floor("disabled_quota_months", rules.T("超比例每多安排1名的补贴月数", "months of minimum wage per disabled employee beyond the quota"), MonthsPerYear, "4", cite("七、21", quoteDisabledQuota)),
		fixed("concentrated_rate", rules.T("集中就业企业的残疾人比例", "share of disabled employees of a concentrated-employment firm"), rules.Percent, "0.25", cite("七、21", quoteDisabledConc)),
		floor("concentrated_months", rules.T("集中就业企业每超比例安排1名的补贴月数", "months of minimum wage per disabled employee beyond 25%"), MonthsPerYear, "2", cite("七、21", quoteDisabledConc)),
		rounding,
		fixed("flexible_share_numerator", rules.T("灵活就业社保补贴比例（三分之二）的分子", "flexible-employment subsidy: numerator of two thirds"), rules.Number, "2", cite("七、22", quoteFlexible)),
		fixed("flexible_share_denominator", rules.T("灵活就业社保补贴比例（三分之二）的分母", "flexible-employment subsidy: denominator of two thirds"), rules.Number, "3", cite("七、22", quoteFlexible)),
		capped("flexible_subsidy_years", rules.T("灵活就业社保补贴期限", "flexible-employment subsidy: years at most"), rules.Year, "3", cite("七、22", quoteFlexible)),
		fixed("graduate_window_years", rules.T("离校未就业高校毕业生的离校年限", "graduates: years since leaving school"), rules.Year, "2", cite("七、22", quoteFlexible)),
		fixed("retirement_window_years", rules.T("距退休年龄（不足）可延长至退休的年数", "years to retirement (less than) that extend the subsidy to retirement"), rules.Year, "5", cite("七、22", quoteFlexibleRetire)),
		fixed("subscription_limit", rules.T("不享受灵活就业社保补贴的认缴出资额（以上）", "subscribed capital (or more) that excludes the subsidy"), rules.Yuan, "200000", cite("七、22", quoteFlexibleExclude)),
		floor("job_seeking_grant", rules.T("求职创业补贴", "job-seeking and start-up grant"), YuanPerPerson, "3000", cite("七、22", quoteJobSeeking)),
		fixed("key_graduate_years", rules.T("贷款重点人群中高校毕业生的毕业年限", "key groups: years since graduation"), rules.Year, "10", cite("附则1", quoteLoanKeyGroups)),
		fixed("key_unemployed_months", rules.T("贷款重点人群中登记失业的月数（半年以上）", "key groups: months registered unemployed (half a year or more)"), rules.Month, "6", cite("附则1", quoteLoanKeyGroups)),
		fixed("new_business_years", rules.T("新创办企业和个体工商户的年限", "a new business: years since founded"), rules.Year, "3", cite("七、23", quoteLoanGroups)),
		capped("individual_loan_max", rules.T("新创办个体工商户创业担保贷款额度", "guaranteed loan of a new individual business, at most"), rules.Yuan, "500000", cite("七、23", quoteLoanCeilings)),
		capped("enterprise_loan_max", rules.T("新创办企业创业担保贷款额度", "guaranteed loan of a new enterprise, at most"), rules.Yuan, "600000", cite("七、23", quoteLoanCeilings)),
		fixed("loan_per_hire", rules.T("中小微企业按吸纳就业人数每人贷款额度", "SME loan per key-group person hired"), rules.Yuan, "200000", cite("七、23", quoteLoanSME)),
		capped("sme_loan_max", rules.T("中小微企业贷款最高额度", "SME loan, at most"), rules.Yuan, "5000000", cite("七、23", quoteLoanSME)),
		capped("loan_subsidy_years", rules.T("创业担保贷款、贴息和手续费补贴期限", "loan, interest and fee subsidy: years at most"), rules.Year, "3", cite("七、23", quoteLoanTerm)),
		floor("farmer_share_min", rules.T("低收入农户折股量化收益占比（不低于）", "low-income farm households' share of the shareholding income, at least"), rules.Percent, "0.5", cite("七、23", quoteFarmerShare)),
		capped("arbitration_days", rules.T("工伤保险待遇纠纷办案时间", "work-injury dispute: days to decide"), rules.Day, "30", cite("七、24", quoteArbitration)),
		fixed("arbitration_previous_days", rules.T("工伤保险待遇纠纷以往办案时间", "work-injury dispute: former days to decide"), rules.Day, "60", cite("七、24", quoteArbitration)),
	}
	return params, []rules.Rule{publicPostRule(), employerInsuranceRule(), disabledHiringRule(), flexibleRule(), jobSeekingRule(), loanRule(), arbitrationRule()}
}

// Inputs of the employment rules. 七、21's public-welfare posts take any
// 就业困难人员; 七、21's employers and 七、22's flexible subsidy only those
// also 生活困难: two facts, not one.
var (
	inHardToEmploy     = rules.FlagInput("hard_to_employ", rules.T("就业困难人员（经登记认定）", "registered as a person hard to employ")).Optional(false)
	inLivingDifficulty = rules.FlagInput("living_difficulty", rules.T("生活困难", "in living difficulty")).Optional(false)
)

func publicPostRule() rules.Rule {
	return rules.Rule{
		ID:    RulePublicWelfarePostSubsidy,
		Title: rules.T("公益性岗位补贴", "public-welfare post subsidies"),
		Cite:  cite("七、21", quotePost),
		Inputs: []rules.Input{
			rules.FlagInput("public_post", rules.T("在公益性岗位就业", "employed on a public-welfare post")).Optional(false),
			rules.FlagInput("graduate", rules.T("高校毕业生", "a college graduate")).Optional(false),
			inHardToEmploy, inDisability, inTekun, inStatus, inLowIncomeFarmer,
			rules.FlagInput("insured", rules.T("缴纳社会保险", "social insurance paid")).Optional(false),
		},
		Require: []rules.Condition{
			{Name: "public_post", Text: rules.T("在公益性岗位就业", "employed on a public-welfare post"), Expr: "public_post"},
			{Name: "post_target", Text: rules.T("高校毕业生、就业困难人员、困难持证残疾人或低收入农户", "a college graduate, a person hard to employ, a certified disabled hardship person or a low-income farm household"),
				Expr: fmt.Sprintf("graduate || hard_to_employ || disability != %q && %s || low_income_farmer", NotDisabled, hardshipExpr)},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每人每月补贴", "monthly subsidy per person"), Unit: YuanPerMonth,
				Expr: "insured ? post_insured + post_insurance_subsidy : post_uninsured"},
			{Name: "post_subsidy", Title: rules.T("岗位补贴", "post subsidy"), Unit: YuanPerPersonMonth,
				Expr: "insured ? post_insured : post_uninsured"},
			{Name: "insurance_subsidy", Title: rules.T("社保补贴", "insurance subsidy"), Unit: YuanPerPersonMonth,
				Expr: "insured ? post_insurance_subsidy : 0"},
		},
		Reading: rules.T(
			"缴纳社会保险的每人每月岗位补贴600元加社保补贴300元，未缴纳的700元；“困难持证残疾人”为属困难群众（低保、低边、特困、低收入农户）的持证残疾人。",
			"insured, 600 post subsidy and 300 insurance subsidy a person a month; not insured, 700; “困难持证残疾人” is a "+
				"certified disabled hardship person (低保, 低边, 特困, low-income farm household)."),
	}
}

func employerInsuranceRule() rules.Rule {
	return rules.Rule{
		ID:    RuleEmployerInsuranceSubsidy,
		Title: rules.T("企业社保补贴", "employers' insurance subsidy"),
		Cite:  cite("七、21", quoteEmployerInsure),
		Inputs: []rules.Input{
			rules.CountInput("hired", rules.T("实际聘用的生活困难的就业困难人员、低收入农户人数", "persons in living difficulty hard to employ, or of low-income farm households, actually employed"),
				rules.Number, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.NumberInput("pension_min", rules.T("同期基本养老保险费企业缴纳部分最低标准", "lowest employer pension contribution"), YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.NumberInput("medical_min", rules.T("同期基本医疗保险费企业缴纳部分最低标准", "lowest employer medical contribution"), YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.NumberInput("unemployment_min", rules.T("同期失业保险费企业缴纳部分最低标准", "lowest employer unemployment contribution"), YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.DateInput("subsidy_from", rules.T("企业社保补贴起始之日", "first day of the employer's subsidy")).Omittable(),
		},
		Checks: []rules.Check{{Field: "subsidy_from", Text: rules.T("补贴起始之日不晚于评估日期", "the subsidy began on or before the evaluation date"),
			Expr: "!given(subsidy_from) || subsidy_from <= eval_date"}},
		Require: []rules.Condition{
			{Name: "hired", Text: rules.T("企业招用生活困难的就业困难人员、低收入农户", "the firm employs persons in living difficulty hard to employ, or of low-income farm households"),
				Expr: "hired > 0"},
			{Name: "within_three_years", Text: rules.T("补贴期限不超过3年", "within the 3 years of the subsidy"),
				Expr: "eval_date <= add_years(subsidy_from, employer_subsidy_years)"},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每月补贴（合计）", "monthly subsidy (in total)"), Unit: YuanPerMonth,
				Expr: "hired * (pension_min + medical_min + unemployment_min)"},
			{Name: "until", Title: rules.T("补贴期限届满之日", "last day of the subsidy"),
				Expr: "add_years(subsidy_from, employer_subsidy_years)", Always: true},
		},
		Reading: rules.T(
			"企业社保补贴＝实际聘用人数×同期三项保险企业缴纳部分最低标准之和（调用方给出），自补贴起始之日起3年内（届满日含）。",
			"the employer's subsidy = persons employed × the sum of the lowest employer contributions of the three "+
				"insurances (the caller's), for 3 years from its first day (the last day included)."),
	}
}

func disabledHiringRule() rules.Rule {
	whole := func(x string) string {
		return fmt.Sprintf("(disabled_quota_rounding == %q ? ceil(%s) : floor(%s))", quotaRoundUp, x, x)
	}
	return rules.Rule{
		ID:    RuleDisabledHiring,
		Title: rules.T("用人单位安排残疾人就业补贴", "subsidies to employers of disabled persons"),
		Cite:  cite("七、21", quoteDisabledBase),
		Inputs: []rules.Input{
			rules.ChoiceInput("employer_kind", rules.T("用人单位类别", "kind of employer"), EmployerKinds()...),
			rules.CountInput("staff", rules.T("在职职工人数", "employees"), rules.Number, rules.Range{Lo: rules.Incl("1")}),
			rules.CountInput("disabled_employees", rules.T("安排的残疾人职工人数", "disabled employees placed"), rules.Number, rules.Range{Lo: rules.Incl("0")}),
			rules.CountInput("qualifying_employees", rules.T("其中上年度连续缴纳社会保险费6个月以上、工资达到月最低工资标准150%的人数",
				"of them, those insured 6 consecutive months or more last year and paid at least 150% of the minimum wage"), rules.Number, rules.Range{Lo: rules.Incl("0")}),
			rules.FlagInput("concentrated", rules.T("集中就业企业", "a concentrated-employment firm")).Optional(false),
			inMinimumWage,
		},
		Defs: []rules.Def{
			{Name: "quota_persons", Title: rules.T("按1.5%比例应安排人数（取整）", "the 1.5% quota in whole persons"), Expr: whole("staff * disabled_quota_rate")},
			{Name: "above_quota", Title: rules.T("超比例多安排的人数", "disabled employees beyond the quota"),
				Expr: "disabled_employees > staff * disabled_quota_rate ? max(disabled_employees - quota_persons, 0) : 0"},
			{Name: "concentrated_persons", Title: rules.T("按25%比例的人数（取整）", "25% of the staff in whole persons"), Expr: whole("staff * concentrated_rate")},
			{Name: "above_concentrated", Title: rules.T("集中就业企业超25%比例安排的人数", "disabled employees beyond 25% in a concentrated-employment firm"),
				Expr: "concentrated && disabled_employees > staff * concentrated_rate ? max(disabled_employees - concentrated_persons, 0) : 0"},
			{Name: "base_months", Title: rules.T("按安排人数的补贴月数（最高）", "months for the employees counted, at most"), Expr: "qualifying_employees * disabled_base_months"},
			{Name: "quota_months", Title: rules.T("超比例的补贴月数", "months beyond the quota"), Expr: "above_quota * disabled_quota_months"},
			{Name: "concentrated_months_total", Title: rules.T("集中就业超比例的补贴月数", "months beyond 25%"), Expr: "above_concentrated * concentrated_months"},
		},
		Checks: []rules.Check{{Field: "disabled_employees", Text: rules.T("残疾人职工不多于在职职工", "no more disabled employees than employees"),
			Expr: "disabled_employees <= staff"},
			{Field: "qualifying_employees", Text: rules.T("符合6个月和150%条件的人数不多于安排的残疾人职工", "no more qualifying employees than disabled employees placed"),
				Expr: "qualifying_employees <= disabled_employees"}},
		Require: []rules.Condition{
			{Name: "employer", Text: rules.T("用人单位（不含党政机关、全额拨款事业单位）", "an employer other than a Party or government organ or a fully funded institution"),
				Expr: fmt.Sprintf("employer_kind == %q", EnterpriseEmployer)},
			{Name: "employs_disabled", Text: rules.T("安排残疾人就业", "employs disabled persons"), Expr: "disabled_employees > 0"},
		},
		Outputs: []rules.Output{
			{Name: "subsidy", Title: rules.T("每年补贴合计（其中按安排人数部分为最高额）", "yearly subsidies in total (the part per employee is a maximum)"), Unit: YuanPerYear,
				Expr: "(base_months + quota_months + concentrated_months_total) * minimum_wage"},
			{Name: "base", Title: rules.T("按安排人数的补贴（最高）", "per employee counted, at most"), Unit: YuanPerYear, Expr: "base_months * minimum_wage"},
			{Name: "beyond_quota", Title: rules.T("超比例安排补贴", "beyond the 1.5% quota"), Unit: YuanPerYear, Expr: "quota_months * minimum_wage", Cite: cite("七、21", quoteDisabledQuota)},
			{Name: "beyond_concentrated", Title: rules.T("集中就业超比例补贴", "beyond 25% in a concentrated-employment firm"), Unit: YuanPerYear,
				Expr: "concentrated_months_total * minimum_wage", Cite: cite("七、21", quoteDisabledConc)},
			{Name: "quota_persons", Title: rules.T("按1.5%比例应安排人数", "the 1.5% quota in whole persons"), Expr: "quota_persons", Always: true},
			{Name: "wage_threshold", Title: rules.T("计入的残疾人职工月工资下限", "least monthly wage of a disabled employee counted"), Unit: YuanPerMonth,
				Expr: "minimum_wage * disabled_wage_multiple", Always: true},
			{Name: "insured_months_min", Title: rules.T("计入的残疾人职工上年度连续缴纳社会保险费月数下限", "fewest consecutive insured months last year of a disabled employee counted"), Unit: rules.Month,
				Expr: "disabled_insured_months", Always: true},
		},
		Reading: rules.T(
			"本库的解读：三项补贴相加；按安排人数的2个月补贴只计上年度连续缴纳社会保险费6个月以上且上年度月工资达到当地月最低工资标准150%（含）者（qualifying_employees），由调用方按输出的两项下限计数；"+
				"括号“上年度连续缴纳社会保险费6个月以上”只限定该句“每安排1人”，超1.5%比例和超25%比例两项按安排的全部残疾人职工（disabled_employees）计；"+
				"党政机关、全额拨款事业单位三项均不享受。“超过1.5%比例”：残疾人职工数大于在职职工×1.5%；“每多安排1名”按整人计，应安排人数＝在职职工×1.5%取整，取整方式为参数 disabled_quota_rounding（本库取“向上取整”，可派生为“向下取整”）；"+
				"集中就业企业“超过25%”同理。按安排人数的2个月为“最高”，所列为上限。",
			"the library's reading: the three subsidies add up; the 2 months per employee count only those insured 6 "+
				"consecutive months or more last year and paid at least 150% of the local monthly minimum wage "+
				"(qualifying_employees; the caller counts by the two thresholds the rule outputs): the parenthesis binds that "+
				"sentence's “每安排1人” alone, and the 1.5% and 25% parts count every disabled employee placed "+
				"(disabled_employees); Party and government organs and fully funded institutions get none of "+
				"them. “超过1.5%比例”: more disabled employees than staff × 1.5%; “每多安排1名” counts whole persons: the quota "+
				"is staff × 1.5% rounded to a whole person, the rounding being the parameter disabled_quota_rounding (the "+
				"library rounds up, “向上取整”; a derived book may round down, “向下取整”); the 25% of concentrated firms likewise. "+
				"The 2 months per employee are “at most”: that part is a maximum."),
	}
}

func flexibleRule() rules.Rule {
	return rules.Rule{
		ID:    RuleFlexibleInsurance,
		Title: rules.T("灵活就业社保补贴", "flexible-employment social insurance subsidy"),
		Cite:  cite("七、22", quoteFlexible),
		Inputs: []rules.Input{inHardToEmploy, inLivingDifficulty, inStatus, inLowIncomeFarmer,
			rules.DateInput("left_school_on", rules.T("高校毕业生离校之日", "a graduate's day of leaving school")).Omittable(),
			rules.FlagInput("flexible", rules.T("从事灵活就业", "flexibly employed")).Optional(false),
			rules.FlagInput("insured_individually", rules.T("以个人身份参加灵活就业社会保险", "insured as an individual")).Optional(false),
			rules.NumberInput("contributions", rules.T("个人实缴社会保险费", "contributions the person paid"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.DateInput("approved_on", rules.T("初次核定享受补贴之日", "first approved for the subsidy")),
			rules.DateInput("retires_on", rules.T("法定退休之日", "statutory retirement date")).Omittable(),
			rules.DateInput("paid_for_until", rules.T("个人实缴社会保险费所属期间的最后一日", "last day of the months the contributions pay for")).Omittable(),
			rules.NumberInput("subscribed", rules.T("在各类企业中的认缴出资额", "capital subscribed in enterprises"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.FlagInput("family_car", rules.T("家庭拥有非营运车辆", "the family owns a vehicle not used for hire")),
		},
		Defs: []rules.Def{
			{Name: "graduate", Title: rules.T("离校2年内的高校毕业生（初次核定时）", "a graduate within 2 years of leaving school (when approved)"),
				Expr: "given(left_school_on) && left_school_on <= approved_on && approved_on <= add_years(left_school_on, graduate_window_years)"},
			{Name: "three_years", Title: rules.T("补贴3年期限届满之日", "end of the 3 years"), Expr: "add_years(approved_on, flexible_subsidy_years)"},
			{Name: "near_retirement", Title: rules.T("初次核定时距退休年龄不足5年", "less than 5 years to retirement when approved"),
				Expr: "given(retires_on) && retires_on < add_years(approved_on, retirement_window_years)"},
			{Name: "until", Title: rules.T("补贴期限届满之日（未给出退休之日的，为3年届满之日）", "last day of the subsidy (without a retirement date, the end of the 3 years)"),
				Expr: "near_retirement ? retires_on : three_years"},
			{Name: "paid_for", Title: rules.T("实缴社保费所属期间的最后一日（未给出的，为评估日期）", "last day the contributions pay for (without it, the evaluation date)"),
				Expr: "given(paid_for_until) ? paid_for_until : eval_date"},
		},
		Checks: []rules.Check{
			{Field: "approved_on", Text: rules.T("初次核定之日不晚于评估日期", "approved on or before the evaluation date"), Expr: "approved_on <= eval_date"},
			{Field: "retires_on", Text: rules.T("退休之日晚于初次核定之日", "retirement falls after the approval"), Expr: "!given(retires_on) || retires_on > approved_on"},
			{Field: "left_school_on", Text: rules.T("离校之日不晚于评估日期", "left school on or before the evaluation date"), Expr: "!given(left_school_on) || left_school_on <= eval_date"},
		},
		Require: []rules.Condition{
			{Name: "target", Text: rules.T("生活困难的就业困难人员、离校2年内未就业高校毕业生或低收入家庭成员", "a person in living difficulty hard to employ, a graduate within 2 years of leaving school, or a member of a low-income family"),
				Expr: fmt.Sprintf("hard_to_employ && living_difficulty || graduate || household_status in %s || low_income_farmer", quoted(Dibao, Dibian))},
			{Name: "flexible", Text: rules.T("从事灵活就业", "flexibly employed"), Expr: "flexible"},
			{Name: "insured_individually", Text: rules.T("以个人身份参加灵活就业社会保险", "insured as an individual"), Expr: "insured_individually"},
			{Name: "within_period", Text: rules.T("补贴期限不超过3年（初次核定时距退休年龄不足5年的，至退休）", "within 3 years (to retirement when it was less than 5 years away at approval)"),
				Expr: "paid_for >= approved_on && (given(retires_on) ? paid_for <= until : (paid_for <= three_years || paid_for <= retires_on))", Cite: cite("七、22", quoteFlexibleRetire)},
			{Name: "subscription", Text: rules.T("在各类企业中认缴出资额不满20万元", "capital subscribed in enterprises below 200,000"),
				Expr: "subscribed < subscription_limit", Cite: cite("七、22", quoteFlexibleExclude)},
			{Name: "no_vehicle", Text: rules.T("家庭不拥有非营运车辆", "the family owns no vehicle not used for hire"), Expr: "!family_car", Cite: cite("七、22", quoteFlexibleExclude)},
		},
		Outputs: []rules.Output{
			{Name: "subsidy", Title: rules.T("灵活就业社保补贴", "flexible-employment subsidy"), Unit: rules.Yuan,
				Expr: "contributions * flexible_share_numerator / flexible_share_denominator"},
			{Name: "until", Title: rules.T("补贴期限届满之日", "last day of the subsidy"), Expr: "until", Always: true},
			{Name: "extended", Title: rules.T("延长至退休", "extended to retirement"), Expr: "near_retirement", Always: true, Cite: cite("七、22", quoteFlexibleRetire)},
		},
		Reading: rules.T(
			"补贴＝个人实缴社会保险费×2÷3，最后取整到分；期限自初次核定之日起3年，届满于对应日（含）；初次核定时距法定退休之日不足5年（不含5年整）的，期限至退休之日。"+
				"是否在期限内按实缴社保费所属期间的最后一日（paid_for_until；未给出的，按评估日期）判断，所属期间在初次核定之前结束的不在期限内；超过3年的，须给出退休之日方能判断，未给出的报告缺少，不作否定。"+
				"离校之日不得晚于评估日期，初次核定时尚未离校的不属“离校2年内”。"+
				"“离校2年内”以初次核定时计；“生活困难的就业困难人员”须既是登记的就业困难人员又生活困难（两项事实，七、21公益性岗位只要求前者）；“低收入家庭成员”读作低保、低边家庭和低收入农户的成员；“20万元以上”含20万元，认缴出资额20万元（含）以上的不享受。",
			"subsidy = contributions × 2 ÷ 3, rounded once to the fen; the period runs 3 years from the first approval and ends "+
				"on the corresponding day (included); when retirement was less than 5 years away at approval (exactly 5 is not "+
				"less), it runs to the retirement date. Whether contributions fall within the period goes by the last day of the "+
				"months they pay for (paid_for_until; without it, the evaluation date), and months ended before the first "+
				"approval are outside it; past the 3 years only the retirement date "+
				"can say, and without it the case is missing it, not refused. A day of leaving school may not be after the "+
				"evaluation, and one who had not left school when approved is not a graduate “within 2 years”. “Within 2 years of leaving school” is judged at approval; “生活困难的就业困难人员” "+
				"is a person both registered as hard to employ and in living difficulty (two facts; 七、21's posts need only the "+
				"first); “members of "+
				"low-income families” are members of 低保 and 低边 households and low-income farm households; “20万元以上” "+
				"includes 200,000, so a subscription of 200,000 or more excludes the subsidy."),
	}
}

func jobSeekingRule() rules.Rule {
	return rules.Rule{
		ID:    RuleJobSeekingGrant,
		Title: rules.T("求职创业补贴", "job-seeking and start-up grant"),
		Cite:  cite("七、22", quoteJobSeeking),
		Inputs: []rules.Input{
			rules.FlagInput("graduating", rules.T("毕业年度高校毕业生", "a college student in the year of graduation")).Optional(false),
			inStatus, inTekun,
			rules.ChoiceInput("child_category", rules.T("儿童类别（孤儿）", "recognised category (orphan)"), ChildCategories()...).Optional(string(NoChildCategory)),
			inDisability,
			rules.FlagInput("student_loan", rules.T("获得国家助学贷款", "holds a state student loan")).Optional(false),
			rules.FlagInput("poor_disabled_family", rules.T("贫困残疾人家庭（经认定）", "a recognised poor family of a disabled person")).Omittable(),
			inLowIncomeFarmer,
		},
		Require: []rules.Condition{
			{Name: "graduating", Text: rules.T("毕业年度高校毕业生", "a college student in the year of graduation"), Expr: "graduating"},
			{Name: "target", Text: rules.T("低保、孤儿、残疾人、获得国家助学贷款人员、贫困残疾人家庭、脱贫人口家庭（含低保户、低保边缘户、其他经济困难户）或特困人员",
				"低保, an orphan, disabled, a state student loan, a poor disabled person's family, a family lifted out of poverty (低保, 低边, other recognised hardship) or 特困"),
				Expr: fmt.Sprintf("household_status in %s || child_category in %s || disability != %q || student_loan || low_income_farmer || tekun_support != %q || graduating && poor_disabled_family",
					quoted(Dibao, Dibian), quoted(InstitutionOrphan, ScatteredOrphan), NotDisabled, NotTekun)},
		},
		Outputs: []rules.Output{{Name: "grant", Title: rules.T("求职创业补贴（一次性）", "job-seeking and start-up grant (once)"), Unit: YuanPerPerson, Expr: "job_seeking_grant"}},
		Reading: rules.T(
			"每人一次3000元。“贫困残疾人家庭”为经认定的事实，须给出：仅凭此项可享受的毕业生，未给出的报告缺少，不作否定。“低保边缘户”属脱贫人口家庭，故低边家庭的毕业生亦可享受；“乡村振兴部门认定的其他经济困难户”读作低收入农户；“残疾人”为持证残疾人；“孤儿”为机构养育孤儿或社会散居孤儿。",
			"3,000 once per person. A recognised “贫困残疾人家庭” is a fact of its own: for a graduate who could qualify only by "+
				"it, an unstated one is reported missing, never taken as no. 低边 households are among the families lifted out of poverty, so their graduates qualify; "+
				"“other hardship households recognised by the rural revitalisation department” are read as low-income farm "+
				"households; “disabled” is certified; an orphan is one raised in an institution or scattered."),
	}
}
