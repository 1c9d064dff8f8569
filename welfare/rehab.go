package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

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
func (e *Evaluator) RehabSubsidy(on rules.Date, m Member) (RehabSubsidy, error) {
	return e.rehab.Eval(on, rehabCaseOf(m))
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
func (e *Evaluator) RehabLivingAllowance(on rules.Date, m Member) (RehabLivingAllowance, error) {
	return e.rehabLiving.Eval(on, rehabLivingCaseOf(m))
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

// homeCase is the part of welfare.disability.institution_grants for a
// 残疾人之家.
type homeCase struct {
	Part institutionPart `rule:"part"`
	DisabledHome
}

// DisabledHomeGrant is a 残疾人之家's creation grant.
type DisabledHomeGrant struct {
	Amount decimal.Decimal `rule:"amount"` // yuan; zero when not eligible
	Period string          `rule:"period"` // 一次性
	rules.Outcome[homeCase]
}

// DisabledHomeGrant returns the one-off creation grant (一次性创建补助, 四、16)
// of a 残疾人之家 that meets the standard of construction: the amount the
// locality sets for its star level, between 100,000 and 300,000. Without an
// amount (zero) the grant is assessed by star level: the error matches
// [rules.ErrCaseByCase].
func (e *Evaluator) DisabledHomeGrant(on rules.Date, h DisabledHome) (DisabledHomeGrant, error) {
	return e.home.Eval(on, homeCase{Part: partDisabledHome, DisabledHome: h})
}

// RehabTraining is a disabled child's training at a rehabilitation
// institution, for the institution's operating grant (四、16).
type RehabTraining struct {
	// PrivateDesignated marks a private designated rehabilitation
	// institution for disabled children (民办残疾儿童定点康复机构).
	PrivateDesignated bool `rule:"private_designated"`
	TrainingMonths    int  `rule:"training_months"` // months the child was trained
}

// operatingCase is the part of welfare.disability.institution_grants for
// a private rehabilitation institution.
type operatingCase struct {
	Part institutionPart `rule:"part"`
	RehabTraining
}

// RehabOperatingGrant is a private rehabilitation institution's operating
// grant for one child.
type RehabOperatingGrant struct {
	Amount decimal.Decimal `rule:"amount"` // yuan a year; zero when not eligible
	Period string          `rule:"period"` // 每收训一名残疾儿童每年
	rules.Outcome[operatingCase]
}

// RehabOperatingGrant returns the operating grant (运营补助, 四、16) a private
// designated rehabilitation institution receives for one disabled child
// trained 6 months or more: 2,000 a year. The institution's grant is the
// sum over its children.
func (e *Evaluator) RehabOperatingGrant(on rules.Date, t RehabTraining) (RehabOperatingGrant, error) {
	return e.operating.Eval(on, operatingCase{Part: partOperating, RehabTraining: t})
}

// accidentCase is the part of welfare.disability.institution_grants for a
// disabled member's accident insurance.
type accidentCase struct {
	Part       institutionPart `rule:"part"`
	Disability DisabilityKind  `rule:"disability"`
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
func (e *Evaluator) AccidentInsurance(on rules.Date, m Member) (AccidentInsurance, error) {
	return e.accident.Eval(on, accidentCase{Part: partAccident, Disability: m.Disability})
}
