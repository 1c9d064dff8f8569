package relief

import "github.com/wzpolicy/wzpolicy/rules"

// The methods of the tax measures (一、1 to 一、6).

// VATCreditRefund says whether a firm is in the scope of the monthly full
// refund of incremental VAT credits and the one-off refund of the stock
// (增值税留抵退税, 一、1): small and micro firms (individual businesses
// included, whatever their size) and firms of the six listed industries
// (relief.vat.credit_refund).
func (e *Evaluator) VATCreditRefund(on rules.Date, f Firm) (Eligibility, error) {
	return e.creditRefund.Eval(on, f)
}

// TaxDeferral returns the taxes a manufacturing SME defers (制造业中小微企业
// 延缓缴纳部分税费, 一、2) and the new due date: medium firms 50%, small and
// micro 100%, for 6 months. The claim gives its tax period: 2021 Q4 (a
// further 6 months on the date already deferred to), 2022 Q1 or Q2; the
// evaluation date is the day as of which it is assessed, on or after the
// period's first day (relief.tax.deferral).
func (e *Evaluator) TaxDeferral(on rules.Date, c TaxDeferralCase) (Deferral, error) {
	return e.deferral.Eval(on, c)
}

// SmallScaleVATExemption returns the VAT a small-scale taxpayer does not pay
// on sales from 2022-04-01 to 2022-12-31 (小规模纳税人免征增值税, 一、3): the
// VAT at 3% on its sales at that levy rate, and the prepayment at 3%
// suspended (relief.vat.small_scale_exemption). The sales carry their own
// day; sales outside the period fail the condition sold_in_period.
func (e *Evaluator) SmallScaleVATExemption(on rules.Date, c SmallScaleCase) (VATExemption, error) {
	return e.smallScale.Eval(on, c)
}

// SixTaxesTwoFees returns the 50% cut of one of the “六税两费” (一、4) for
// small-scale VAT taxpayers, small low-profit enterprises and individual
// businesses, and the tax due; securities stamp duty is not cut, and a case
// that does not qualify owes the full amount
// (relief.tax.six_taxes_two_fees).
func (e *Evaluator) SixTaxesTwoFees(on rules.Date, c LocalTaxCase) (SixTaxesReduction, error) {
	return e.sixTaxes.Eval(on, c)
}

// SmallProfitCIT returns the corporate income tax on the part of a small
// low-profit enterprise's annual taxable income above 1,000,000 and up to
// 3,000,000: 25% counted, taxed at 20% (小型微利企业所得税, 一、5). At an
// income of 1,000,000 or less the clause does not apply; a small low-profit
// enterprise with an income above 3,000,000 is an invalid input
// (relief.tax.small_profit_cit).
func (e *Evaluator) SmallProfitCIT(on rules.Date, c IncomeCase) (CITSlice, error) {
	return e.smallProfit.Eval(on, c)
}

// EquipmentDeduction returns the one-off pre-tax deduction of equipment an
// SME bought in 2022 with a unit value of 5,000,000 or more (设备器具一次性
// 税前扣除, 一、5): all of it for a 3-year life, half for 4, 5 or 10 years
// (relief.tax.equipment_deduction). The equipment carries its day of
// purchase; the evaluation date may be later, such as the annual
// settlement.
func (e *Evaluator) EquipmentDeduction(on rules.Date, c EquipmentCase) (EquipmentDeduction, error) {
	return e.equipment.Eval(on, c)
}

// RDSuperDeduction returns a tech SME's R&D super-deduction at 100% (was
// 75%) (研发费用加计扣除, 一、5) (relief.tax.rd_super_deduction).
func (e *Evaluator) RDSuperDeduction(on rules.Date, c RDCase) (SuperDeduction, error) {
	return e.rd.Eval(on, c)
}

// VATAdditionalDeduction returns the VAT relief of 2022 for service and
// transport taxpayers (服务业等行业税收减免, 一、6): productive services add
// 10%, lifestyle services 15% of creditable input VAT against VAT payable,
// of which the firm gets the part up to the period's VAT payable; public
// transport is exempt; airline and railway branches suspend prepayment
// (relief.vat.additional_deduction). The claim carries a day of its tax
// period, and a service taxpayer of a non-service industry is an invalid
// input.
func (e *Evaluator) VATAdditionalDeduction(on rules.Date, c ServiceVATCase) (ServiceVATRelief, error) {
	return e.addDeduction.Eval(on, c)
}
