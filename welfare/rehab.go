package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// rehabOf returns the member's rehabilitation, or the zero one and false.
func rehabOf(m Member) (Rehabilitation, bool) {
	if m.Rehab == nil {
		return Rehabilitation{}, false
	}
	return *m.Rehab, true
}

// months is a count of months claimed: zero is not given, and the rule
// reports it missing.
func months(n int) rules.Value {
	if n == 0 {
		return rules.Value{}
	}
	return count(n)
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
func RehabSubsidy(on rules.Date, m Member) (Benefit, error) { return std().RehabSubsidy(on, m) }

// RehabSubsidy is the package's [RehabSubsidy] over e's book.
func (e *Evaluator) RehabSubsidy(on rules.Date, m Member) (Benefit, error) {
	r, ok := rehabOf(m)
	res, err := e.rehab.Eval(on, day(m.BirthDate), text(m.Disability), flag(m.Autism), flag(r.SchoolDeferred), flag(r.Designated),
		opt(ok, given(r.Fee)), months(r.Months), num(r.SubsidyPaidThisYear), day(r.From))
	return benefit(res, err, "subsidy")
}

// RehabLivingAllowance returns the rehabilitation living allowance
// (康复生活补贴, 四、16) of the family of a disabled child or a child with
// autism found unfit for compulsory schooling, with a deferral
// certificate, while in training under 9: 1,000 a month, at most 10,000 a
// year, less what was already paid this year. The age is the child's when
// the months claimed begin (Rehabilitation.From); the months are required.
func RehabLivingAllowance(on rules.Date, m Member) (Benefit, error) {
	return std().RehabLivingAllowance(on, m)
}

// RehabLivingAllowance is the package's [RehabLivingAllowance] over e's book.
func (e *Evaluator) RehabLivingAllowance(on rules.Date, m Member) (Benefit, error) {
	r, ok := rehabOf(m)
	res, err := e.rehabLiving.Eval(on, day(m.BirthDate), text(m.Disability), flag(m.Autism), flag(r.SchoolDeferred), flag(ok),
		months(r.Months), num(r.AllowancePaidThisYear), day(r.From))
	return benefit(res, err, "allowance")
}

// DisabledHomeGrant returns the one-off creation grant (一次性创建补助, 四、16)
// of a 残疾人之家 that meets the standard of construction: the amount the
// locality sets for its star level, between 100,000 and 300,000. Without an
// amount (zero) the grant is assessed by star level: the error matches
// [rules.ErrCaseByCase].
func DisabledHomeGrant(on rules.Date, standardized bool, grant decimal.Decimal) (Benefit, error) {
	return std().DisabledHomeGrant(on, standardized, grant)
}

// DisabledHomeGrant is the package's [DisabledHomeGrant] over e's book.
func (e *Evaluator) DisabledHomeGrant(on rules.Date, standardized bool, grant decimal.Decimal) (Benefit, error) {
	res, err := e.institution.Eval(on, text(partDisabledHome), flag(standardized), given(grant), rules.Value{}, rules.Value{}, rules.Value{})
	return benefit(res, err, "amount")
}

// RehabOperatingGrant returns the operating grant (运营补助, 四、16) a private
// designated rehabilitation institution receives for one disabled child
// trained 6 months or more: 2,000 a year. The institution's grant is the
// sum over its children.
func RehabOperatingGrant(on rules.Date, privateDesignated bool, trainingMonths int) (Benefit, error) {
	return std().RehabOperatingGrant(on, privateDesignated, trainingMonths)
}

// RehabOperatingGrant is the package's [RehabOperatingGrant] over e's book.
func (e *Evaluator) RehabOperatingGrant(on rules.Date, privateDesignated bool, trainingMonths int) (Benefit, error) {
	res, err := e.institution.Eval(on, text(partOperating), rules.Value{}, rules.Value{}, flag(privateDesignated), count(trainingMonths), rules.Value{})
	return benefit(res, err, "amount")
}

// AccidentInsurance returns the least premium of the accident insurance
// bought for a certified disabled member (意外伤害保险, 四、16): 50 yuan.
func AccidentInsurance(on rules.Date, m Member) (Benefit, error) {
	return std().AccidentInsurance(on, m)
}

// AccidentInsurance is the package's [AccidentInsurance] over e's book.
func (e *Evaluator) AccidentInsurance(on rules.Date, m Member) (Benefit, error) {
	res, err := e.institution.Eval(on, text(partAccident), rules.Value{}, rules.Value{}, rules.Value{}, rules.Value{}, text(m.Disability))
	return benefit(res, err, "amount")
}
