package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The firm and what the methods return.

// Firm describes a market entity (市场主体) as the measures read it: the
// facts of the appendix's eligibility and the tax statuses some measures
// name. The tags name the rules' inputs; one Firm serves every measure,
// each reading its own. The zero Firm is not a valid case: its texts are
// not given, and an evaluation names the first one missing.
type Firm struct {
	Entity                 EntityType   `rule:"entity_type"`
	IndependentLegalPerson bool         `rule:"independent_legal_person"` // 具有独立法人资格
	Size                   Size         `rule:"size"`
	Industry               Industry     `rule:"industry"`
	Registration           Locality     `rule:"registration"`   // 申报时注册地
	FiscalRevenue          Locality     `rule:"fiscal_revenue"` // 财政收入所在地
	Ownership              Ownership    `rule:"ownership"`
	Mujun                  MujunClass   `rule:"mujun_class"` // “亩均论英雄”综合评价类别
	Credit                 CreditStatus `rule:"credit"`

	SmallScaleTaxpayer bool `rule:"small_scale"`      // 增值税小规模纳税人
	SmallLowProfit     bool `rule:"small_low_profit"` // 小型微利企业
	TechSME            bool `rule:"tech_sme"`         // 科技型中小企业
}

// Results. Each is one rule's: its figures are tagged with the rule's
// outputs, and the embedded [rules.Outcome] says whether the case is
// eligible ([rules.Outcome.Eligible]) and gives the failed conditions,
// citations and explanation when asked ([rules.Outcome.Failed],
// [rules.Outcome.FailedNames], [rules.Outcome.Result]), by evaluating the
// case again. A figure is zero when the case is not eligible, unless its
// field says otherwise.

// Eligibility says whether a firm meets a measure's conditions that reads
// only the firm: the appendix's eligibility ([Evaluator.EnterpriseEligibility]),
// the scope of the VAT credit refund ([Evaluator.VATCreditRefund]) and of
// the testing costs of firms using imported goods
// ([Evaluator.ImportedGoodsTesting]).
type Eligibility struct {
	rules.Outcome[Firm]
}

// Deferral is a tax deferral (延缓缴纳): the amount deferred and the new due
// date.
type Deferral struct {
	Amount    decimal.Decimal `rule:"deferred"`   // the taxes deferred
	Due       rules.Date      `rule:"due"`        // the due date after the deferral
	TaxPeriod TaxPeriod       `rule:"tax_period"` // the claim's tax period
	rules.Outcome[TaxDeferralCase]
}

// VATExemption is the VAT a small-scale taxpayer does not pay.
type VATExemption struct {
	Amount              decimal.Decimal `rule:"vat_exempted"`         // the VAT exempted
	PrepaymentSuspended decimal.Decimal `rule:"prepayment_suspended"` // the VAT prepayment suspended
	rules.Outcome[SmallScaleCase]
}

// SixTaxesReduction is the cut of one of the six taxes and two fees:
// Amount is the cut, Payable what remains due. When the case is not
// eligible the cut is zero and Payable is the amount due in full.
type SixTaxesReduction struct {
	Amount  decimal.Decimal `rule:"reduction"`
	Payable decimal.Decimal `rule:"payable"`
	rules.Outcome[LocalTaxCase]
}

// CITSlice is the corporate income tax on the part of a small low-profit
// enterprise's income that measure 5 sets (above 1,000,000 up to
// 3,000,000).
type CITSlice struct {
	Amount        decimal.Decimal `rule:"tax"`            // the tax on the part
	Slice         decimal.Decimal `rule:"slice"`          // the part
	EffectiveRate rules.Rate      `rule:"effective_rate"` // 5%
	rules.Outcome[IncomeCase]
}

// EquipmentDeduction is the one-off deduction of equipment from taxable
// income (税前扣除).
type EquipmentDeduction struct {
	Amount decimal.Decimal `rule:"deduction"` // the deduction
	Rate   rules.Rate      `rule:"share"`     // the share of the unit value
	rules.Outcome[EquipmentCase]
}

// SuperDeduction is the R&D super-deduction from taxable income.
type SuperDeduction struct {
	Amount decimal.Decimal `rule:"super_deduction"` // the super-deduction
	Rate   rules.Rate      `rule:"rate"`            // the super-deduction rate
	rules.Outcome[RDCase]
}

// ServiceVATRelief is the VAT relief of measure 6 for a kind of taxpayer.
type ServiceVATRelief struct {
	Amount              decimal.Decimal `rule:"offset"`               // the VAT payable actually offset, at most the period's VAT payable
	Additional          decimal.Decimal `rule:"additional_deduction"` // the additional deduction: creditable input VAT × 10% or 15%
	NotOffset           decimal.Decimal `rule:"not_offset"`           // the part of Additional above the period's VAT payable, not received in the period
	VATExempt           bool            `rule:"vat_exempt"`           // public transport services are exempt
	PrepaymentSuspended bool            `rule:"prepayment_suspended"` // airline and railway branches suspend prepayment
	rules.Outcome[ServiceVATCase]
}

// InspectionReduction is the cut of a testing or calibration fee: Amount
// is the cut, Payable the fee payable. When the case is not eligible the
// cut is zero and Payable is the standard fee.
type InspectionReduction struct {
	Amount  decimal.Decimal `rule:"reduction"`
	Payable decimal.Decimal `rule:"payable"`
	rules.Outcome[InspectionCase]
}

// UnionRefund is the union fees refunded.
type UnionRefund struct {
	Amount decimal.Decimal `rule:"refund"`
	rules.Outcome[UnionFeeCase]
}

// RentWaiver is the rent waived on state-owned premises.
type RentWaiver struct {
	Amount                decimal.Decimal `rule:"waiver"`                  // three months' rent
	Q1ApplicationDeadline rules.Date      `rule:"q1_application_deadline"` // last day for Q1 waiver applications under 温政发〔2022〕1号
	rules.Outcome[LeaseCase]
}

// EpidemicSubsidy is the subsidy for epidemic-prevention spending.
type EpidemicSubsidy struct {
	Amount  decimal.Decimal `rule:"subsidy"` // the subsidy at the firm's tier
	Ceiling decimal.Decimal `rule:"ceiling"` // the most the clause allows: min(50% of spending, 30,000)
	rules.Outcome[EpidemicCase]
}

// Rate is the guarantee fee rate measure 14 sets.
type Rate struct {
	Rate rules.Rate `rule:"rate"` // a percentage of the amount guaranteed
	rules.Outcome[GuaranteeCase]
}

// BridgeLoanCost is the fee of an emergency bridge loan after the cut.
type BridgeLoanCost struct {
	MonthlyRate decimal.Decimal `rule:"monthly_rate"` // 3.6‰
	Fee         decimal.Decimal `rule:"fee"`
	Saving      decimal.Decimal `rule:"saving"` // what the cut saves
	rules.Outcome[BridgeLoan]
}

// InsuranceDeferral is the unemployment-insurance deferral of measure 18.
type InsuranceDeferral struct {
	Until rules.Date `rule:"deferral_until"` // the latest day the deferral may last to
	rules.Outcome[UnemploymentCase]
}

// EventSubsidy is the subsidy for the organiser of a stopped event.
type EventSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[EventCase]
}

// TradeInSubsidy is the new-energy car trade-in subsidy.
type TradeInSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[TradeInCase]
}

// ExhibitionSubsidy is the subsidy for a cancelled exhibition.
type ExhibitionSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[ExhibitionCase]
}

// ExhibitionTechSubsidy is an exhibition firm's technology subsidy.
type ExhibitionTechSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[ExhibitionTechCase]
}

// TravelReward is the travel-agency reward of measure 22: the higher of the
// overnight-visitor reward and the retreat and study-group reward.
type TravelReward struct {
	Amount    decimal.Decimal `rule:"reward"`           // the reward paid
	Overnight decimal.Decimal `rule:"overnight_reward"` // the overnight-visitor reward
	Study     decimal.Decimal `rule:"study_reward"`     // the retreat and study-group reward
	Basis     string          `rule:"basis"`            // which was paid
	rules.Outcome[VisitorsCase]
}

// BookstoreSubsidy is a physical bookstore's rent subsidy.
type BookstoreSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[BookstoreCase]
}

// CinemaSubsidy is a cinema's subsidy.
type CinemaSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[CinemaCase]
}

// PropertySubsidy is a property-service firm's subsidy.
type PropertySubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"`
	rules.Outcome[PropertyCase]
}

// TollReduction is a highway toll cut: Amount is the cut, Payable the toll
// due. When the case is not eligible the cut is zero and Payable is the
// standard toll.
type TollReduction struct {
	Amount  decimal.Decimal `rule:"reduction"`
	Payable decimal.Decimal `rule:"payable"`
	rules.Outcome[HighwayTrip]
}

// TollWaiver is the toll waived on the green channel.
type TollWaiver struct {
	Amount decimal.Decimal `rule:"waived"`
	rules.Outcome[ProduceTrip]
}
