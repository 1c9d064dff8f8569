package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 四、16: rehabilitation of disabled children, the 残疾人之家 and
// private rehabilitation institutions, and accident insurance.

// rehabCase is the case of welfare.disability.rehab_subsidy.
type rehabCase struct {
	BirthDate      rules.Date      `rule:"birth_date"`
	Disability     DisabilityKind  `rule:"disability"`
	Autism         bool            `rule:"autism"`
	SchoolDeferred bool            `rule:"school_deferred"`
	Designated     bool            `rule:"designated"`
	Fee            decimal.Decimal `rule:"fee,omitzero"`
	Months         int             `rule:"months,omitzero"`
	PaidThisYear   decimal.Decimal `rule:"paid_this_year"`
	From           rules.Date      `rule:"trained_from"`
}

// RehabSubsidy is a disabled child's rehabilitation training subsidy of
// 四、16.
type RehabSubsidy struct {
	Amount   decimal.Decimal `rule:"subsidy"`   // yuan; zero when not eligible
	Class    string          `rule:"class"`     // the class of disability the caps are read by
	YearLeft decimal.Decimal `rule:"year_left"` // of the yearly cap, after this subsidy
	rules.Outcome[rehabCase]
}

// RehabSubsidy returns the rehabilitation training subsidy (康复训练费补贴,
// 四、16) of a disabled child under 7 (under 9 when unfit for compulsory
// schooling with a deferral certificate) trained at a designated
// institution: the fee of the months claimed (Member.Rehab), at most 500 a
// month and 5,000 a year for a visual disability, 2,400 and 24,000 for a
// hearing, speech, physical, intellectual or multiple disability, 3,600 and
// 36,000 for autism, less what was already paid this year. The age is the
// child's when the months claimed begin (Rehabilitation.From); a fee or a
// count of months not given is an error naming it.
func (e *Evaluator) RehabSubsidy(on rules.Date, m Member) (res RehabSubsidy, err error) {
	in := rehabCaseOf(m)
	err = e.rehab.EvalInto(on, &in, &res)
	return res, err
}

func rehabCaseOf(m Member) rehabCase {
	c := rehabCase{BirthDate: m.BirthDate, Disability: m.Disability, Autism: m.Autism}
	if r := m.Rehab; r != nil {
		c.SchoolDeferred, c.Designated, c.Fee, c.Months = r.SchoolDeferred, r.Designated, r.Fee, r.Months
		c.PaidThisYear, c.From = r.SubsidyPaidThisYear, r.From
	}
	return c
}

// rehabLivingCase is the case of welfare.disability.rehab_living_allowance.
type rehabLivingCase struct {
	BirthDate      rules.Date      `rule:"birth_date"`
	Disability     DisabilityKind  `rule:"disability"`
	Autism         bool            `rule:"autism"`
	SchoolDeferred bool            `rule:"school_deferred"`
	InTraining     bool            `rule:"in_training"`
	Months         int             `rule:"months,omitzero"`
	PaidThisYear   decimal.Decimal `rule:"paid_this_year"`
	From           rules.Date      `rule:"trained_from"`
}

// RehabLivingAllowance is the rehabilitation living allowance of a
// disabled child's family (四、16).
type RehabLivingAllowance struct {
	Amount   decimal.Decimal `rule:"allowance"` // yuan; zero when not eligible
	YearLeft decimal.Decimal `rule:"year_left"` // of the yearly cap, after this allowance
	rules.Outcome[rehabLivingCase]
}

// RehabLivingAllowance returns the rehabilitation living allowance
// (康复生活补贴, 四、16) of the family of a disabled child or a child with
// autism found unfit for compulsory schooling, with a deferral
// certificate, while in training under 9: 1,000 a month, at most 10,000 a
// year, less what was already paid this year. The age is the child's when
// the months claimed begin (Rehabilitation.From); the months are required.
func (e *Evaluator) RehabLivingAllowance(on rules.Date, m Member) (res RehabLivingAllowance, err error) {
	in := rehabLivingCaseOf(m)
	err = e.rehabLiving.EvalInto(on, &in, &res)
	return res, err
}

func rehabLivingCaseOf(m Member) rehabLivingCase {
	c := rehabLivingCase{BirthDate: m.BirthDate, Disability: m.Disability, Autism: m.Autism, InTraining: m.Rehab != nil}
	if r := m.Rehab; r != nil {
		c.SchoolDeferred, c.Months, c.PaidThisYear, c.From = r.SchoolDeferred, r.Months, r.AllowancePaidThisYear, r.From
	}
	return c
}

// DisabledHome is a 残疾人之家 applying for its one-off creation grant
// (四、16).
type DisabledHome struct {
	Standardized bool `rule:"standardized"` // meets the standard of construction (达到规范化建设)
	// Grant is the amount the locality sets for the home's star level,
	// 100,000 to 300,000; zero is not given, and the grant is then
	// assessed by star level.
	Grant decimal.Decimal `rule:"grant,omitzero"`
}

// DisabledHomeGrant is a 残疾人之家's creation grant.
type DisabledHomeGrant struct {
	Amount decimal.Decimal `rule:"amount"` // yuan; zero when not eligible
	Period string          `rule:"period"` // 一次性
	rules.Outcome[DisabledHome]
}

// DisabledHomeGrant returns the one-off creation grant (一次性创建补助, 四、16)
// of a 残疾人之家 that meets the standard of construction: the amount the
// locality sets for its star level, between 100,000 and 300,000. Without an
// amount (zero) the grant is assessed by star level: the error matches
// [rules.ErrCaseByCase].
func (e *Evaluator) DisabledHomeGrant(on rules.Date, h DisabledHome) (res DisabledHomeGrant, err error) {
	err = e.home.EvalInto(on, &h, &res)
	return res, err
}

// RehabTraining is a disabled child's training at a rehabilitation
// institution, for the institution's operating grant (四、16).
type RehabTraining struct {
	// PrivateDesignated marks a private designated rehabilitation
	// institution for disabled children (民办残疾儿童定点康复机构).
	PrivateDesignated bool `rule:"private_designated"`
	TrainingMonths    int  `rule:"training_months"` // months the child was trained
}

// RehabOperatingGrant is a private rehabilitation institution's operating
// grant for one child.
type RehabOperatingGrant struct {
	Amount decimal.Decimal `rule:"amount"` // yuan a year; zero when not eligible
	Period string          `rule:"period"` // 每收训一名残疾儿童每年
	rules.Outcome[RehabTraining]
}

// RehabOperatingGrant returns the operating grant (运营补助, 四、16) a private
// designated rehabilitation institution receives for one disabled child
// trained 6 months or more: 2,000 a year. The institution's grant is the
// sum over its children.
func (e *Evaluator) RehabOperatingGrant(on rules.Date, t RehabTraining) (res RehabOperatingGrant, err error) {
	err = e.operating.EvalInto(on, &t, &res)
	return res, err
}

// accidentCase is the case of
// welfare.disability.institution_grants.accident_insurance, a disabled
// member's accident insurance.
type accidentCase struct {
	Disability DisabilityKind `rule:"disability"`
}

// AccidentInsurance is the accident insurance bought for a disabled
// member: cover, not money paid to the member.
type AccidentInsurance struct {
	Amount     decimal.Decimal `rule:"amount"`      // the least premium, yuan; zero when not eligible
	Cover      string          `rule:"cover"`       // 由政府为残疾人购买意外伤害保险
	PremiumMin decimal.Decimal `rule:"premium_min"` // yuan a person, at least
	rules.Outcome[accidentCase]
}

// AccidentInsurance returns the least premium of the accident insurance
// bought for a certified disabled member (意外伤害保险, 四、16): 50 yuan.
func (e *Evaluator) AccidentInsurance(on rules.Date, m Member) (res AccidentInsurance, err error) {
	in := accidentCase{Disability: m.Disability}
	err = e.accident.EvalInto(on, &in, &res)
	return res, err
}

const (
	quoteRehab          = "给予未满7周岁的残疾儿童在定点机构康复训练费补贴，其中视力残疾儿童补贴每月最高500元、每年最高0.5万元；听力、语言、肢体（含脑瘫）、智力、多重残疾等儿童补贴每月最高2400元、每年最高2.4万元；孤独症儿童补贴每月最高3600元、每年最高3.6万元"
	quoteRehabDeferred  = "对经各县（市、区）特殊儿童教育专业委员会鉴定，不具备义务教育入学条件的残疾儿童和孤独症儿童，凭户籍所在地县(市、区)教育部门出具的缓学或休学证明，享有康复训练补贴的年龄放宽至未满9周岁"
	quoteRehabLiving    = "康复训练期间给予残疾儿童和孤独症儿童家庭每月1000元、每年最高1万元的康复生活补贴"
	quoteDisabledHome   = "对达到规范化建设的“残疾人之家”，按不同星级水平给予10-30万元一次性创建补助"
	quoteRehabOperating = "民办残疾儿童定点康复机构每收训一名残疾儿童，康复训练时长6个月以上，给予康复机构每年2000元运营补助"
	quoteAccident       = "为残疾人购买不低于50元的意外伤害保险"
)

// Classes of the rehabilitation subsidy (四、16), the keys of its tables.
const (
	rehabVisual = "视力残疾"
	rehabOther  = "听力、言语、肢体、智力、多重残疾"
	rehabAutism = "孤独症"
)

func rehabSpec() ([]rules.Param, []rules.Rule) {
	row := func(k, v string) rules.Row { return rules.Row{Keys: []string{k}, Value: d(v)} }
	params := []rules.Param{
		fixed("rehab_age_limit", rules.T("康复训练补贴年龄（未满）", "rehabilitation subsidy: under this age"), rules.Year, "7", cite("四、16", quoteRehab)),
		fixed("rehab_deferred_age_limit", rules.T("不具备义务教育入学条件儿童的康复训练补贴年龄（未满）", "children unfit for school: under this age"),
			rules.Year, "9", cite("四、16", quoteRehabDeferred)),
		{Name: "rehab_monthly_cap", Title: rules.T("康复训练费补贴每月最高额", "rehabilitation subsidy: most a month"), Unit: YuanPerPersonMonth, Cap: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				row(rehabVisual, "500"), row(rehabOther, "2400"), row(rehabAutism, "3600"),
			}}, Cite: cite("四、16", quoteRehab)}}},
		{Name: "rehab_yearly_cap", Title: rules.T("康复训练费补贴每年最高额", "rehabilitation subsidy: most a year"), Unit: YuanPerPersonYear, Cap: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				row(rehabVisual, "5000"), row(rehabOther, "24000"), row(rehabAutism, "36000"),
			}}, Cite: cite("四、16", quoteRehab)}}},
		fixed("rehab_year", rules.T("补贴年度", "the year of the yearly limits"), rules.Year, "1", cite("四、16", quoteRehab)),
		floor("rehab_living_allowance", rules.T("康复生活补贴每月标准", "rehabilitation living allowance a month"), YuanPerPersonMonth, "1000", cite("四、16", quoteRehabLiving)),
		capped("rehab_living_yearly_cap", rules.T("康复生活补贴每年最高额", "rehabilitation living allowance: most a year"), YuanPerPersonYear, "10000", cite("四、16", quoteRehabLiving)),
		fixed("disabled_home_grant_min", rules.T("残疾人之家一次性创建补助下限", "残疾人之家 creation grant: least"), rules.Yuan, "100000", cite("四、16", quoteDisabledHome)),
		fixed("disabled_home_grant_max", rules.T("残疾人之家一次性创建补助上限", "残疾人之家 creation grant: most"), rules.Yuan, "300000", cite("四、16", quoteDisabledHome)),
		fixed("operating_min_months", rules.T("民办康复机构运营补助的康复训练时长下限", "operating grant: fewest months of training"), rules.Month, "6", cite("四、16", quoteRehabOperating)),
		floor("operating_grant", rules.T("民办康复机构运营补助（每收训一名残疾儿童每年）", "operating grant per disabled child trained, a year"), rules.Yuan, "2000", cite("四、16", quoteRehabOperating)),
		floor("accident_premium_min", rules.T("残疾人意外伤害保险保费（每人，不低于）", "accident insurance premium per disabled person, at least"), rules.Yuan, "50", cite("四、16", quoteAccident)),
	}
	return params, []rules.Rule{rehabSubsidyRule(), rehabLivingRule(), disabledHomeRule(), rehabOperatingRule(), accidentInsuranceRule()}
}

// Inputs of the rehabilitation rules.
var (
	inDisability = rules.ChoiceInput("disability", rules.T("残疾类别（持证残疾人）", "kind of disability (certified)"), DisabilityKinds()...).Optional(string(NotDisabled))
	inAutism     = rules.FlagInput("autism", rules.T("孤独症儿童", "a child with autism")).Optional(false)
	inDeferred   = rules.FlagInput("school_deferred", rules.T("经鉴定不具备义务教育入学条件并持缓学或休学证明",
		"found unfit for compulsory schooling, with a deferral or suspension certificate")).Optional(false)
	inRehabMonths    = rules.CountInput("months", rules.T("申请补贴的康复训练月数", "months of training claimed"), rules.Month, rules.Range{Lo: rules.Incl("1")}).Omittable()
	inPaidThisYear   = rules.NumberInput("paid_this_year", rules.T("本年度已发放金额", "already paid this year"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0")
	inTrainedFrom    = rules.DateInput("trained_from", rules.T("所申请康复训练月份的第一日", "first day of the months of training claimed")).Omittable()
	listedDisability = fmt.Sprintf("autism || disability in %s", quoted(Visual, Hearing, Speech, Physical, Intellectual, Multiple))

	// The age is the child's in the months trained: on the first day of
	// the months claimed (trained_from), or on the evaluation date without
	// it.
	defTrainedAge = rules.Def{Name: "age", Title: rules.T("训练月份开始时的周岁（未给出的，为评估日期）", "age in full years when the months trained begin (without them, on the evaluation date)"),
		Expr: "full_years(birth_date, given(trained_from) ? trained_from : eval_date)"}
	checkTrainedFrom = []rules.Check{
		{Field: "trained_from", Text: rules.T("训练月份不晚于评估日期", "the months trained begin on or before the evaluation date"),
			Expr: "!given(trained_from) || trained_from <= eval_date"},
		{Field: "trained_from", Text: rules.T("训练月份不早于出生日期", "the months trained begin after the birth"),
			Expr: "!given(trained_from) || trained_from >= birth_date"},
	}
)

// condYearLeft: once the yearly limit is used up nothing more is due this
// year — not a benefit of 0.
var condYearLeft = rules.Condition{Name: "within_yearly_limit", Text: rules.T("本年度已发放未达每年最高额", "this year's payments are below the yearly limit"),
	Expr: "year_left > 0", Cite: cite("四、16", quoteRehab)}

// checkPaidWithin refuses a payment this year above the yearly limit: the
// limit cannot have been exceeded.
func checkPaidWithin(limit string) rules.Check {
	return rules.Check{Field: "paid_this_year", Text: rules.T("本年度已发放金额不超过每年最高额", "what was paid this year is within the yearly limit"),
		Expr: "paid_this_year <= " + limit}
}

// checkWithinAge keeps a claim to the months that begin before the
// child's birthday at limit (an expression of years): a claim running
// past it mixes months due and not, and is claimed in two.
func checkWithinAge(limit string) rules.Check {
	return rules.Check{Field: "months",
		Text: rules.T("所申请的各月均始于年龄上限生日之前（跨越生日的，分别申请生日前的月份）",
			"every month claimed begins before the birthday at the age limit (a claim across it is made for the months before)"),
		// A claim of more months than there are to a month after the
		// birthday runs past it: the count is compared first, so that an
		// absurd count never reaches add_months (an evaluation failure, not
		// an invalid case).
		Expr: fmt.Sprintf("!given(trained_from) || !given(months) || age >= %[1]s || months <= full_months(trained_from, add_months(add_years(birth_date, %[1]s), 1)) && add_months(add_months(trained_from, months), -1) < add_years(birth_date, %[1]s)", limit)}
}

func rehabSubsidyRule() rules.Rule {
	return rules.Rule{
		ID:    RuleRehabSubsidy,
		Title: rules.T("残疾儿童康复训练费补贴", "rehabilitation training subsidy of disabled children"),
		Cite:  cite("四、16", quoteRehab),
		Inputs: []rules.Input{inBirthDate, inDisability, inAutism, inDeferred,
			rules.FlagInput("designated", rules.T("在定点机构康复训练", "trained at a designated institution")).Optional(false),
			rules.NumberInput("fee", rules.T("康复训练费", "training fee of the months claimed"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
			inRehabMonths, inPaidThisYear, inTrainedFrom,
		},
		Defs: []rules.Def{defTrainedAge,
			{Name: "class", Title: rules.T("补贴类别", "class of the subsidy"),
				Expr: fmt.Sprintf("autism ? %q : (disability == %q ? %q : %q)", rehabAutism, Visual, rehabVisual, rehabOther)},
			{Name: "month_limit", Title: rules.T("按月最高额×月数", "monthly limit × months"), Expr: "rehab_monthly_cap[class] * months"},
			{Name: "yearly_limit", Title: rules.T("每年最高额", "yearly limit"), Expr: "rehab_yearly_cap[class] * rehab_year"},
			{Name: "year_left", Title: rules.T("本年度最高额余额", "yearly limit left"), Expr: "max(yearly_limit - paid_this_year, 0)"},
		},
		Checks: append([]rules.Check{checkBorn, checkPaidWithin("yearly_limit")}, append(checkTrainedFrom, checkWithinAge("(school_deferred ? rehab_deferred_age_limit : rehab_age_limit)"))...),
		Require: []rules.Condition{
			{Name: "listed_disability", Text: rules.T("视力、听力、言语、肢体（含脑瘫）、智力、多重残疾儿童或孤独症儿童",
				"a child with a visual, hearing, speech, physical (cerebral palsy included), intellectual or multiple disability, or with autism"),
				Expr: listedDisability},
			{Name: "age", Text: rules.T("未满7周岁；经鉴定不具备义务教育入学条件并持缓学或休学证明的，未满9周岁",
				"under 7; under 9 when found unfit for compulsory schooling with a deferral certificate"),
				Expr: "age < rehab_age_limit || school_deferred && age < rehab_deferred_age_limit", Cite: cite("四、16", quoteRehabDeferred)},
			{Name: "designated", Text: rules.T("在定点机构康复训练", "trained at a designated institution"), Expr: "designated"},
			condYearLeft,
		},
		Outputs: []rules.Output{
			{Name: "subsidy", Title: rules.T("康复训练费补贴", "training subsidy"), Unit: rules.Yuan, Expr: "min(fee, month_limit, year_left)"},
			{Name: "class", Title: rules.T("补贴类别", "class"), Expr: "class"},
			{Name: "year_left", Title: rules.T("本年度最高额余额（补贴前）", "yearly limit left before this subsidy"), Unit: rules.Yuan, Expr: "year_left"},
		},
		Reading: rules.T(
			"补贴＝min（康复训练费，每月最高额×月数，每年最高额－本年度已发放），年度为自然年度，已发放金额由调用方给出，不得超过每年最高额；本年度最高额已用完的，不再享受（不作“享受0元”）；训练费所属月数须给出（未给出的报告缺少，不按一个月计）；“未满7周岁”“未满9周岁”不含本数；"+
				"年龄按所申请训练月份开始之日（trained_from）计，不按受理之日；某月始于未满7周岁（9周岁）时即属应补月份，所申请月份跨越该生日的，须分别申请生日前的月份；"+
				"“语言”即残疾证的言语残疾；“等”读作列举已尽：非孤独症的精神残疾儿童不在所列；孤独症儿童按孤独症标准（较高）；放宽至未满9周岁须经鉴定并持缓学或休学证明。",
			"subsidy = min(fee, monthly limit × months, yearly limit − already paid this year); the year is the calendar year and the "+
				"caller gives what was paid, never above the yearly limit; once the limit is used up nothing more is granted "+
				"this year (not a grant of 0); the months the fee covers are required (reported missing, never taken as one); “under 7” and “under 9” exclude the figure; the age is taken when the months claimed "+
				"begin (trained_from), not when the claim is processed; a month beginning before the 7th (9th) birthday is due, "+
				"and a claim running past that birthday is made for the months before it on their own; “语言” is the certificate's speech disability; "+
				"“等” is read as closing the list, so a mental disability other than autism is not among them; a child with autism "+
				"gets the autism limits (the higher); under 9 needs the committee's finding and the deferral certificate."),
	}
}

func rehabLivingRule() rules.Rule {
	return rules.Rule{
		ID:    RuleRehabLivingAllowance,
		Title: rules.T("残疾儿童康复生活补贴", "rehabilitation living allowance of disabled children's families"),
		Cite:  cite("四、16", quoteRehabLiving),
		Inputs: []rules.Input{inBirthDate, inDisability, inAutism, inDeferred,
			rules.FlagInput("in_training", rules.T("康复训练期间", "in rehabilitation training")).Optional(false),
			inRehabMonths, inPaidThisYear, inTrainedFrom,
		},
		Defs: []rules.Def{defTrainedAge,
			{Name: "yearly_limit", Title: rules.T("每年最高额", "yearly limit"), Expr: "rehab_living_yearly_cap * rehab_year"},
			{Name: "year_left", Title: rules.T("本年度最高额余额", "yearly limit left"), Expr: "max(yearly_limit - paid_this_year, 0)"},
		},
		Checks: append([]rules.Check{checkBorn, checkPaidWithin("yearly_limit")}, append(checkTrainedFrom, checkWithinAge("rehab_deferred_age_limit"))...),
		Require: []rules.Condition{
			{Name: "listed_disability", Text: rules.T("残疾儿童或孤独症儿童", "a disabled child or a child with autism"), Expr: listedDisability, Cite: cite("四、16", quoteRehab)},
			{Name: "school_deferred", Text: rules.T("经鉴定不具备义务教育入学条件并持缓学或休学证明", "found unfit for compulsory schooling, with a deferral certificate"),
				Expr: "school_deferred", Cite: cite("四、16", quoteRehabDeferred)},
			{Name: "age", Text: rules.T("未满9周岁（享有康复训练补贴的年龄）", "under 9 (the age of the training subsidy)"),
				Expr: "age < rehab_deferred_age_limit", Cite: cite("四、16", quoteRehabDeferred)},
			{Name: "in_training", Text: rules.T("康复训练期间", "in rehabilitation training"), Expr: "in_training"},
			{Name: "within_yearly_limit", Text: rules.T("本年度已发放未达每年最高1万元", "this year's payments are below the yearly 10,000"),
				Expr: "year_left > 0", Cite: cite("四、16", quoteRehabLiving)},
		},
		Outputs: []rules.Output{
			{Name: "allowance", Title: rules.T("康复生活补贴", "living allowance"), Unit: rules.Yuan, Expr: "min(rehab_living_allowance * months, year_left)"},
			{Name: "year_left", Title: rules.T("本年度最高额余额（补贴前）", "yearly limit left before this allowance"), Unit: rules.Yuan, Expr: "year_left"},
		},
		Reading: rules.T(
			"补贴给予经鉴定不具备义务教育入学条件、持缓学或休学证明的残疾儿童和孤独症儿童的家庭，在其康复训练期间（未满9周岁）每月1000元，自然年度内累计不超过1万元（第11个月起受限；已用完的不再享受，已发放金额不得超过1万元）；月数须给出。"+
				"年龄按所申请训练月份开始之日（trained_from）计，始于未满9周岁的月份属应补月份，跨越9周岁生日的分别申请。",
			"the allowance goes to the families of disabled children and children with autism found unfit for compulsory schooling "+
				"with a deferral certificate, while they are in training (under 9): 1,000 a month, at most 10,000 in a calendar year "+
				"(the limit binds from the 11th month; once used up nothing more is granted, and what was paid is never above it); "+
				"the months are required. The age is taken when the months claimed begin (trained_from); a month "+
				"beginning before the 9th birthday is due, and a claim across it is made for the months before."),
	}
}

func disabledHomeRule() rules.Rule {
	return rules.Rule{
		ID:    RuleDisabledHomeGrant,
		Title: rules.T("“残疾人之家”一次性创建补助", "one-off creation grant of a 残疾人之家"),
		Cite:  cite("四、16", quoteDisabledHome),
		Inputs: []rules.Input{
			rules.FlagInput("standardized", rules.T("达到规范化建设", "meets the standard of construction")).Optional(false),
			rules.NumberInput("grant", rules.T("按星级水平确定的创建补助", "the creation grant for the star level"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}).Omittable(),
		},
		CaseByCase: []rules.Condition{{Name: "star_level",
			Text: rules.T("“残疾人之家”创建补助按不同星级水平确定（10万至30万元）", "the creation grant is set by star level (100,000 to 300,000)"),
			Expr: "standardized && !given(grant)"}},
		Checks: []rules.Check{{Field: "grant", Text: rules.T("创建补助在10万至30万元之间", "the creation grant is between 100,000 and 300,000"),
			Expr: "!given(grant) || grant >= disabled_home_grant_min && grant <= disabled_home_grant_max"}},
		Require: []rules.Condition{
			{Name: "standardized", Text: rules.T("达到规范化建设的“残疾人之家”", "a 残疾人之家 meeting the standard"), Expr: "standardized"},
		},
		Outputs: []rules.Output{
			{Name: "amount", Title: rules.T("一次性创建补助", "one-off creation grant"), Unit: rules.Yuan, Expr: "grant"},
			{Name: "period", Title: rules.T("给付方式", "how it is given"), Expr: `"一次性"`},
		},
		Reading: rules.T(
			"创建补助按星级在10万至30万元（含）之间，星级对应金额本文未定：未给出金额的按实评估，给出的须在此区间内。",
			"the creation grant is between 100,000 and 300,000 (included) by star level, which the text does not map to "+
				"amounts: without an amount the case is assessed case by case, an amount given must lie in the range."),
	}
}

func rehabOperatingRule() rules.Rule {
	return rules.Rule{
		ID:    RuleRehabOperatingGrant,
		Title: rules.T("民办残疾儿童定点康复机构运营补助", "operating grant of private designated rehabilitation institutions"),
		Cite:  cite("四、16", quoteRehabOperating),
		Inputs: []rules.Input{
			rules.FlagInput("private_designated", rules.T("民办残疾儿童定点康复机构", "a private designated rehabilitation institution for disabled children")).Optional(false),
			rules.CountInput("training_months", rules.T("该名儿童的康复训练时长", "months the child was trained"), rules.Month, rules.Range{Lo: rules.Incl("0")}).Omittable(),
		},
		Require: []rules.Condition{
			{Name: "private_designated", Text: rules.T("民办残疾儿童定点康复机构", "a private designated rehabilitation institution"), Expr: "private_designated"},
			{Name: "six_months", Text: rules.T("康复训练时长6个月以上", "trained for 6 months or more"), Expr: "training_months >= operating_min_months"},
		},
		Outputs: []rules.Output{
			{Name: "amount", Title: rules.T("运营补助", "operating grant"), Unit: rules.Yuan, Expr: "operating_grant"},
			{Name: "period", Title: rules.T("给付方式", "how it is given"), Expr: `"每收训一名残疾儿童每年"`},
		},
		Reading: rules.T(
			"按每名训练满6个月（含）的儿童每年2000元，机构合计为逐名评估之和。",
			"2,000 a year per child trained 6 months or more, the institution's total being the sum over its children."),
	}
}

func accidentInsuranceRule() rules.Rule {
	return rules.Rule{
		ID:     RuleAccidentInsurance,
		Title:  rules.T("残疾人意外伤害保险", "accident insurance of disabled persons"),
		Cite:   cite("四、16", quoteAccident),
		Inputs: []rules.Input{inDisability},
		Require: []rules.Condition{
			{Name: "disabled", Text: rules.T("残疾人（持证）", "a certified disabled person"), Expr: fmt.Sprintf("disability != %q", NotDisabled)},
		},
		Outputs: []rules.Output{
			{Name: "amount", Title: rules.T("保费（每人，不低于）", "premium per person, at least"), Unit: rules.Yuan, Expr: "accident_premium_min"},
			{Name: "period", Title: rules.T("给付方式", "how it is given"), Expr: `"每人保费不低于"`},
			{Name: "cover", Title: rules.T("帮扶方式", "what is given"), Expr: `"由政府为残疾人购买意外伤害保险"`},
			{Name: "premium_min", Title: rules.T("意外伤害保险保费（每人，不低于）", "accident insurance premium per person, at least"), Unit: rules.Yuan,
				Expr: "accident_premium_min"},
		},
		Reading: rules.T(
			"意外伤害保险保费每人不低于50元，残疾人得到的是保险保障而非现金（输出 cover、premium_min）。辅具补贴按省目录执行，本规则不涉。",
			"the accident insurance premium is at least 50 per person: the person is given cover, not money (outputs cover "+
				"and premium_min). Assistive devices follow the provincial catalogue and are not in this rule."),
	}
}
