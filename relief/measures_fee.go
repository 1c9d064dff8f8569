package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The typed functions of the fee, rent, finance and insurance measures
// (一、9 to 二、18).

// InspectionFee returns the cut of a testing or calibration fee at the city
// market regulation bureau's units (降低检测费收费标准, 一、9) and the fee
// payable: the standard fee when the cut does not apply. The 50% cut is for
// catering and lodging firms, the 10% for clothing, children's furniture
// and toy firms (by the inspection's ProductLine), the 20% for the listed
// leading and high-growth firms (relief.fee.inspection_discount).
func InspectionFee(on rules.Date, f Firm, i Inspection) (FeeReduction, error) {
	return std().InspectionFee(on, f, i)
}

// InspectionFee is the package's [InspectionFee] over e's book.
func (e *Evaluator) InspectionFee(on rules.Date, f Firm, i Inspection) (FeeReduction, error) {
	return reduction(e.inspection.Eval(on, text(f.Industry), text(i.Service), text(i.ProductLine), rules.NumberValue(i.StandardFee),
		flagValue(i.BureauUnit), flagValue(i.ListedFirm)))
}

// UnionFeeRefund returns the union fees refunded to an enterprise for a
// payment made from January to June 2022 (工会经费返还, 一、10): 100% for
// small and micro firms, 50% for others (relief.fee.union_refund). The
// payment carries its own day; a payment outside January–June 2022 fails
// the condition paid_jan_to_june.
func UnionFeeRefund(on rules.Date, f Firm, p UnionFeePayment) (Benefit, error) {
	return std().UnionFeeRefund(on, f, p)
}

// UnionFeeRefund is the package's [UnionFeeRefund] over e's book.
func (e *Evaluator) UnionFeeRefund(on rules.Date, f Firm, p UnionFeePayment) (Benefit, error) {
	return benefit(e.union.Eval(on, text(f.Entity), text(f.Size), date(p.PaidOn), rules.NumberValue(p.Amount)))("refund")
}

// StateOwnedRentWaiver returns the three months' rent waived for a
// service-sector small or micro firm or individual business renting
// premises of city or district SOEs or institutions (减免国有房租, 一、11),
// on application once approved (依申请并经审核后). An individual business
// need state no size. Where the area's epidemic risk level changed, national
// rules decide: the error matches [rules.ErrCaseByCase]
// (relief.rent.state_owned_waiver).
func StateOwnedRentWaiver(on rules.Date, f Firm, l Lease) (RentWaiver, error) {
	return std().StateOwnedRentWaiver(on, f, l)
}

// StateOwnedRentWaiver is the package's [StateOwnedRentWaiver] over e's
// book.
func (e *Evaluator) StateOwnedRentWaiver(on rules.Date, f Firm, l Lease) (RentWaiver, error) {
	res, err := e.rent.Eval(on, text(f.Entity), text(f.Size), text(f.Industry), text(l.Landlord),
		rules.NumberValue(l.MonthlyRent), rules.BoolValue(l.RiskLevelChanged))
	if err != nil {
		return RentWaiver{}, err
	}
	return RentWaiver{Benefit: benefitOf(res, "waiver"), Q1ApplicationDeadline: dateOut(res, "q1_application_deadline")}, nil
}

// EpidemicPreventionSubsidy returns the subsidy for a firm's 2022
// epidemic-prevention and disinfection spending (防疫支出补助, 一、13):
// min(spending × the tier's share, the tier's highest amount). The tiers by
// firm size are the industry department's, not the notice's: the caller
// gives the firm's tier, which must be within 50% and 30,000 (an error
// matching [rules.ErrInvalidInput] on tier_rate or tier_cap otherwise). The
// spending carries its year; other years fail spent_in_2022. Testing costs
// of industrial firms using imported goods are a separate support
// ([ImportedGoodsTesting]) (relief.subsidy.epidemic_prevention).
func EpidemicPreventionSubsidy(on rules.Date, f Firm, s EpidemicSpending, t Tier) (EpidemicSubsidy, error) {
	return std().EpidemicPreventionSubsidy(on, f, s, t)
}

// EpidemicPreventionSubsidy is the package's [EpidemicPreventionSubsidy]
// over e's book.
func (e *Evaluator) EpidemicPreventionSubsidy(on rules.Date, f Firm, s EpidemicSpending, t Tier) (EpidemicSubsidy, error) {
	vals := f.values(year(s.Year), rules.NumberValue(s.Amount), rules.NumberValue(t.Rate), rules.NumberValue(t.Cap))
	res, err := e.epidemic.Eval(on, vals...)
	if err != nil {
		return EpidemicSubsidy{}, err
	}
	return EpidemicSubsidy{Benefit: benefitOf(res, "subsidy"), Ceiling: numOut(res, "ceiling")}, nil
}

// ImportedGoodsTesting says what becomes of a firm's claim for the
// nucleic-acid testing costs of its staff, imported goods and premises, as
// a firm using imported goods (使用进口物品的工业企业核酸检测费用, 一、13):
// for an industrial firm the health commission's scheme decides, and the
// error matches [rules.ErrCaseByCase]; another firm is not eligible
// (relief.subsidy.imported_goods_testing).
func ImportedGoodsTesting(on rules.Date, f Firm) (Eligibility, error) {
	return std().ImportedGoodsTesting(on, f)
}

// ImportedGoodsTesting is the package's [ImportedGoodsTesting] over e's
// book.
func (e *Evaluator) ImportedGoodsTesting(on rules.Date, f Firm) (Eligibility, error) {
	res, err := e.importedTesting.Eval(on, text(f.Industry))
	if err != nil {
		return Eligibility{}, err
	}
	return eligibilityOf(res), nil
}

// GuaranteeFeeRate returns the average guarantee fee rate the city's
// government guarantee institutions charge from 2022-04-01 to 2022-06-30:
// 20% below 2021's (融资担保费率, 一、14) (relief.finance.guarantee_fee).
func GuaranteeFeeRate(on rules.Date, rate2021 decimal.Decimal) (Rate, error) {
	return std().GuaranteeFeeRate(on, rate2021)
}

// GuaranteeFeeRate is the package's [GuaranteeFeeRate] over e's book.
func (e *Evaluator) GuaranteeFeeRate(on rules.Date, rate2021 decimal.Decimal) (Rate, error) {
	res, err := e.guarantee.Eval(on, rules.NumberValue(rate2021))
	if err != nil {
		return Rate{}, err
	}
	return Rate{Rate: res.Value.Number(), Result: res}, nil
}

// BridgeLoanFee returns the emergency bridge-loan fee (应急转贷费用, 一、15):
// the monthly 4.5‰ cut by 20% to 3.6‰, the fee for the loan and months,
// and what the cut saves (relief.finance.bridge_loan_fee).
func BridgeLoanFee(on rules.Date, l BridgeLoan) (BridgeLoanCost, error) {
	return std().BridgeLoanFee(on, l)
}

// BridgeLoanFee is the package's [BridgeLoanFee] over e's book.
func (e *Evaluator) BridgeLoanFee(on rules.Date, l BridgeLoan) (BridgeLoanCost, error) {
	res, err := e.bridge.Eval(on, stated(l.Amount), stated(l.Months))
	if err != nil {
		return BridgeLoanCost{}, err
	}
	return BridgeLoanCost{MonthlyRate: numOut(res, "monthly_rate"), Fee: numOut(res, "fee"), Saving: numOut(res, "saving"), Result: res}, nil
}

// UnemploymentInsuranceDeferral says whether a catering, retail or tourism
// enterprise may defer unemployment insurance contributions (缓缴失业保险费,
// 二、18) from a day within the notice's period, and the latest day the
// deferral may last to: one year from its first day, without late fees
// (relief.insurance.unemployment_deferral).
func UnemploymentInsuranceDeferral(on rules.Date, f Firm, from rules.Date) (InsuranceDeferral, error) {
	return std().UnemploymentInsuranceDeferral(on, f, from)
}

// UnemploymentInsuranceDeferral is the package's
// [UnemploymentInsuranceDeferral] over e's book.
func (e *Evaluator) UnemploymentInsuranceDeferral(on rules.Date, f Firm, from rules.Date) (InsuranceDeferral, error) {
	res, err := e.unemployment.Eval(on, text(f.Entity), text(f.Industry), date(from))
	if err != nil {
		return InsuranceDeferral{}, err
	}
	return InsuranceDeferral{Eligibility: eligibilityOf(res), Until: dateOut(res, "deferral_until")}, nil
}
