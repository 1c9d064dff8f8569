package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The firm and what the typed functions return.

// Firm describes a market entity (市场主体) as the measures read it: the
// facts of the appendix's eligibility and the tax statuses some measures
// name. The zero Firm is not a valid case: its texts are not given, and an
// evaluation names the first one missing.
type Firm struct {
	Entity                 EntityType
	IndependentLegalPerson bool // 具有独立法人资格
	Size                   Size
	Industry               Industry
	Registration           Locality // 申报时注册地
	FiscalRevenue          Locality // 财政收入所在地
	Ownership              Ownership
	MuJun                  MuJunClass // “亩均论英雄”综合评价类别
	Credit                 CreditStatus

	SmallScaleTaxpayer bool // 增值税小规模纳税人
	SmallLowProfit     bool // 小型微利企业
	TechSME            bool // 科技型中小企业
}

// values returns the firm's facts in the order of the appendix's inputs,
// followed by a rule's own values, in one allocation.
func (f Firm) values(own ...rules.Value) []rules.Value {
	vals := make([]rules.Value, 0, len(firmInputNames)+len(own))
	vals = append(vals, text(f.Registration), text(f.FiscalRevenue), text(f.Entity), rules.BoolValue(f.IndependentLegalPerson),
		text(f.Industry), text(f.Ownership), text(f.MuJun), text(f.Credit))
	return append(vals, own...)
}

// Eligibility says whether a case meets a measure's conditions and, when
// not, which conditions failed with the values that decided them.
type Eligibility struct {
	Eligible bool
	Failed   []rules.Failure
	Result   *rules.Result // the evaluation, with its citations and explanation
}

// FailedNames returns the names of the failed conditions, in the rule's
// order.
func (e Eligibility) FailedNames() []string {
	out := make([]string, len(e.Failed))
	for i, f := range e.Failed {
		out[i] = f.Name
	}
	return out
}

// Benefit is the main figure of a measure in yuan, rounded to the fen. It
// is zero when the case is not eligible.
type Benefit struct {
	Eligibility
	Amount decimal.Decimal
}

// Deferral is a tax deferral (延缓缴纳): the amount deferred and the new due
// date.
type Deferral struct {
	Benefit              // Amount: the taxes deferred
	Due       rules.Date // the due date after the deferral
	TaxPeriod TaxPeriod  // the claim's tax period
}

// VATExemption is the VAT a small-scale taxpayer does not pay.
type VATExemption struct {
	Benefit                             // Amount: the VAT exempted
	PrepaymentSuspended decimal.Decimal // the VAT prepayment suspended
}

// FeeReduction is a tax, fee or toll cut: Amount is the cut, Payable what
// remains due. When the case is not eligible the cut is zero and Payable is
// the amount at the standard, due in full.
type FeeReduction struct {
	Benefit
	Payable decimal.Decimal
}

// CITSlice is the corporate income tax on the part of a small low-profit
// enterprise's income that measure 5 sets (above 1,000,000 up to
// 3,000,000).
type CITSlice struct {
	Benefit                       // Amount: the tax on the part
	Slice         decimal.Decimal // the part
	EffectiveRate decimal.Decimal // 5%
}

// Deduction is an amount deducted from taxable income (税前扣除) at a rate.
type Deduction struct {
	Benefit                 // Amount: the deduction
	Rate    decimal.Decimal // the share of the value, or the super-deduction rate
}

// ServiceVATRelief is the VAT relief of measure 6 for a kind of taxpayer.
type ServiceVATRelief struct {
	Benefit                             // Amount: the VAT payable actually offset, at most the period's VAT payable
	Additional          decimal.Decimal // the additional deduction: creditable input VAT × 10% or 15%
	NotOffset           decimal.Decimal // the part of Additional above the period's VAT payable, not received in the period
	VATExempt           bool            // public transport services are exempt
	PrepaymentSuspended bool            // airline and railway branches suspend prepayment
}

// RentWaiver is the rent waived on state-owned premises.
type RentWaiver struct {
	Benefit                          // Amount: three months' rent
	Q1ApplicationDeadline rules.Date // last day for Q1 waiver applications under 温政发〔2022〕1号
}

// EpidemicSubsidy is the subsidy for epidemic-prevention spending.
type EpidemicSubsidy struct {
	Benefit                 // Amount: the subsidy at the firm's tier
	Ceiling decimal.Decimal // the most the clause allows: min(50% of spending, 30,000)
}

// Rate is a fee rate a measure sets.
type Rate struct {
	Rate   decimal.Decimal
	Result *rules.Result
}

// BridgeLoanCost is the fee of an emergency bridge loan after the cut.
type BridgeLoanCost struct {
	MonthlyRate decimal.Decimal // 3.6‰
	Fee         decimal.Decimal
	Saving      decimal.Decimal // what the cut saves
	Result      *rules.Result
}

// InsuranceDeferral is the unemployment-insurance deferral of measure 18.
type InsuranceDeferral struct {
	Eligibility
	Until rules.Date // the latest day the deferral may last to
}

// TravelReward is the travel-agency reward of measure 22: the higher of the
// overnight-visitor reward and the retreat and study-group reward.
type TravelReward struct {
	Benefit                   // Amount: the reward paid
	Overnight decimal.Decimal // the overnight-visitor reward
	Study     decimal.Decimal // the retreat and study-group reward
	Basis     string          // which was paid
}
