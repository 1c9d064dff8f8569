package relief

import "github.com/wzpolicy/wzpolicy/rules"

// The methods of the fee, rent, finance and insurance measures (一、9 to
// 二、18).

// InspectionFee returns the cut of a testing or calibration fee at the city
// market regulation bureau's units (降低检测费收费标准, 一、9) and the fee
// payable: the standard fee when the cut does not apply. The 50% cut is for
// catering and lodging firms, the 10% for clothing, children's furniture
// and toy firms (by the inspection's ProductLine), the 20% for the listed
// leading and high-growth firms (relief.fee.inspection_discount).
func (e *Evaluator) InspectionFee(on rules.Date, c InspectionCase) (InspectionReduction, error) {
	return e.inspection.Eval(on, c)
}

// UnionFeeRefund returns the union fees refunded to an enterprise for a
// payment made from January to June 2022 (工会经费返还, 一、10): 100% for
// small and micro firms, 50% for others (relief.fee.union_refund). The
// payment carries its own day; a payment outside January–June 2022 fails
// the condition paid_jan_to_june.
func (e *Evaluator) UnionFeeRefund(on rules.Date, c UnionFeeCase) (UnionRefund, error) {
	return e.union.Eval(on, c)
}

// StateOwnedRentWaiver returns the three months' rent waived for a
// service-sector small or micro firm or individual business renting
// premises of city or district SOEs or institutions (减免国有房租, 一、11),
// on application once approved (依申请并经审核后). An individual business
// need state no size. Where the area's epidemic risk level changed, national
// rules decide: the error matches [rules.ErrCaseByCase]
// (relief.rent.state_owned_waiver).
func (e *Evaluator) StateOwnedRentWaiver(on rules.Date, c LeaseCase) (RentWaiver, error) {
	return e.rent.Eval(on, c)
}

// EpidemicPreventionSubsidy returns the subsidy for a firm's 2022
// epidemic-prevention and disinfection spending (防疫支出补助, 一、13):
// min(spending × the tier's share, the tier's highest amount). The tiers by
// firm size are the industry department's, not the notice's: the caller
// gives the firm's tier, which must be within 50% and 30,000 (an error
// matching [rules.ErrInvalidInput] on tier_rate or tier_cap otherwise). The
// spending carries its year; other years fail spent_in_2022. Testing costs
// of industrial firms using imported goods are a separate support
// ([Evaluator.ImportedGoodsTesting]) (relief.subsidy.epidemic_prevention).
func (e *Evaluator) EpidemicPreventionSubsidy(on rules.Date, c EpidemicCase) (EpidemicSubsidy, error) {
	return e.epidemic.Eval(on, c)
}

// ImportedGoodsTesting says what becomes of a firm's claim for the
// nucleic-acid testing costs of its staff, imported goods and premises, as
// a firm using imported goods (使用进口物品的工业企业核酸检测费用, 一、13):
// for an industrial firm the health commission's scheme decides, and the
// error matches [rules.ErrCaseByCase]; another firm is not eligible
// (relief.subsidy.imported_goods_testing).
func (e *Evaluator) ImportedGoodsTesting(on rules.Date, f Firm) (Eligibility, error) {
	return e.importedTesting.Eval(on, f)
}

// GuaranteeFeeRate returns the average guarantee fee rate the city's
// government guarantee institutions charge from 2022-04-01 to 2022-06-30:
// 20% below 2021's (融资担保费率, 一、14) (relief.finance.guarantee_fee).
func (e *Evaluator) GuaranteeFeeRate(on rules.Date, c GuaranteeCase) (Rate, error) {
	return e.guarantee.Eval(on, c)
}

// BridgeLoanFee returns the emergency bridge-loan fee (应急转贷费用, 一、15):
// the monthly 4.5‰ cut by 20% to 3.6‰, the fee for the loan and months,
// and what the cut saves (relief.finance.bridge_loan_fee).
func (e *Evaluator) BridgeLoanFee(on rules.Date, l BridgeLoan) (BridgeLoanCost, error) {
	return e.bridge.Eval(on, l)
}

// UnemploymentInsuranceDeferral says whether a catering, retail or tourism
// enterprise may defer unemployment insurance contributions (缓缴失业保险费,
// 二、18) from a day within the notice's period, and the latest day the
// deferral may last to: one year from its first day, without late fees
// (relief.insurance.unemployment_deferral).
func (e *Evaluator) UnemploymentInsuranceDeferral(on rules.Date, c UnemploymentCase) (InsuranceDeferral, error) {
	return e.unemployment.Eval(on, c)
}
