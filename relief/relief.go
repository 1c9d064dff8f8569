package relief

import (
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
)

// Book returns the compiled rules of the notice. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) to override a
// figure, and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book() }

// Evaluator evaluates the notice's rules with a given book: the notice's
// own, or one derived from it with overrides. It is safe for concurrent use.
type Evaluator struct {
	book *rules.Book

	eligibility, creditRefund, deferral, smallScale, sixTaxes, smallProfit, equipment, rd,
	addDeduction, inspection, union, rent, epidemic, importedTesting, guarantee, bridge, unemployment,
	event, nev, exhibition, exhibitionTech, travel, bookstore, cinema, property, highway, green *rules.Prepared
}

// NewEvaluator returns an evaluator over b, which must hold the notice's
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	batch := &rules.Preparer{Book: b}
	prep := batch.Prepare
	firm := func(id string, own ...string) *rules.Prepared {
		return prep(id, append(append([]string(nil), firmInputNames...), own...)...)
	}
	e.eligibility = firm(RuleEligibility)
	e.creditRefund = prep(RuleVATCreditRefund, "entity_type", "size", "industry")
	e.deferral = prep(RuleTaxDeferral, "industry", "size", "tax_period", "amount", "due_date")
	e.smallScale = prep(RuleSmallScaleExemption, "small_scale", "sold_on", "sales", "prepay_base")
	e.sixTaxes = prep(RuleSixTaxesTwoFees, "tax_kind", "amount", "small_scale", "small_low_profit", "entity_type")
	e.smallProfit = prep(RuleSmallProfitCIT, "small_low_profit", "taxable_income")
	e.equipment = prep(RuleEquipmentDeduction, "size", "bought_on", "unit_value", "min_life")
	e.rd = prep(RuleRDSuperDeduction, "tech_sme", "rd_expense")
	e.addDeduction = prep(RuleVATAdditionalDeduction, "industry", "taxpayer", "period_date", "creditable_input", "vat_payable")
	e.inspection = prep(RuleInspectionDiscount, "industry", "service", "product_line", "standard_fee", "bureau_unit", "listed_firm")
	e.union = prep(RuleUnionRefund, "entity_type", "size", "paid_on", "fees_paid")
	e.rent = prep(RuleStateOwnedRentWaiver, "entity_type", "size", "industry", "landlord", "monthly_rent", "risk_level_changed")
	e.epidemic = firm(RuleEpidemicPrevention, "spending_year", "spending", "tier_rate", "tier_cap")
	e.importedTesting = prep(RuleImportedGoodsTesting, "industry")
	e.guarantee = prep(RuleGuaranteeFee, "rate_2021")
	e.bridge = prep(RuleBridgeLoanFee, "amount", "months")
	e.unemployment = prep(RuleUnemploymentDeferral, "entity_type", "industry", "deferral_from")
	e.event = firm(RuleConsumptionEvent, "stopped_on", "campaign_event", "stopped_for_epidemic", "spending")
	e.nev = prep(RuleNEVTradeIn, "bought_on", "consumer", "locality", "urban_residence_permit", "scrapped_old_car", "bought_new_energy",
		"received_before", "quota_used", "mujun_class", "credit")
	e.exhibition = firm(RuleExhibition, "cancelled_on", "organiser", "listed_key_exhibition", "cancelled_for_epidemic", "cancelled_cost")
	e.exhibitionTech = firm(RuleExhibitionTech, "invested_on", "online_offline_project", "tech_investment")
	e.travel = firm(RuleTravelAgency, "reward_year", "overnight_visitors", "study_visitors")
	e.bookstore = firm(RuleBookstoreRent, "landlord", "book_area")
	e.cinema = firm(RuleCinema, "seats")
	e.property = firm(RulePropertyManagement, "managed_area", "extra_spending")
	e.highway = prep(RuleHighwayDiscount, "vehicle", "legally_loaded", "zhejiang_etc", "local_state_section", "toll")
	e.green = prep(RuleGreenChannel, "whole_vehicle_legal_load", "listed_produce", "toll")
	if batch.Err != nil {
		return nil, batch.Err
	}
	for id, outs := range outputsRead {
		r, _ := b.Rule(id)
		for _, name := range outs {
			if !hasOutput(r, name) {
				return nil, &rules.Error{Code: rules.CodeUnknownRule, Rule: id, Field: name, Msg: "the book's rule has no such output"}
			}
		}
	}
	return e, nil
}

// outputsRead are the outputs the typed functions read, by rule.
var outputsRead = map[string][]string{
	RuleTaxDeferral:            {"deferred", "due", "tax_period"},
	RuleSmallScaleExemption:    {"vat_exempted", "prepayment_suspended"},
	RuleSixTaxesTwoFees:        {"reduction", "payable"},
	RuleSmallProfitCIT:         {"tax", "slice", "effective_rate"},
	RuleEquipmentDeduction:     {"deduction", "share"},
	RuleRDSuperDeduction:       {"super_deduction", "rate"},
	RuleVATAdditionalDeduction: {"offset", "additional_deduction", "not_offset", "vat_exempt", "prepayment_suspended"},
	RuleInspectionDiscount:     {"reduction", "payable"},
	RuleUnionRefund:            {"refund"},
	RuleStateOwnedRentWaiver:   {"waiver", "q1_application_deadline"},
	RuleEpidemicPrevention:     {"subsidy", "ceiling"},
	RuleGuaranteeFee:           {"rate"},
	RuleBridgeLoanFee:          {"monthly_rate", "fee", "saving"},
	RuleUnemploymentDeferral:   {"deferral_until"},
	RuleConsumptionEvent:       {"subsidy"},
	RuleNEVTradeIn:             {"subsidy"},
	RuleExhibition:             {"subsidy"},
	RuleExhibitionTech:         {"subsidy"},
	RuleTravelAgency:           {"reward", "overnight_reward", "study_reward", "basis"},
	RuleBookstoreRent:          {"subsidy"},
	RuleCinema:                 {"subsidy"},
	RulePropertyManagement:     {"subsidy"},
	RuleHighwayDiscount:        {"reduction", "payable"},
	RuleGreenChannel:           {"waived"},
}

func hasOutput(r rules.Rule, name string) bool {
	for _, o := range r.Outputs {
		if o.Name == name {
			return true
		}
	}
	return false
}

// MustEvaluator is [NewEvaluator] for books known to hold the rules; it
// panics otherwise.
func MustEvaluator(b *rules.Book) *Evaluator {
	e, err := NewEvaluator(b)
	if err != nil {
		panic(err)
	}
	return e
}

// Book returns the book the evaluator uses.
func (e *Evaluator) Book() *rules.Book { return e.book }

// EnterpriseEligibility says whether a firm may receive the notice's
// subsidies and rewards (享受奖补的企业条件, 附则1–2): registered, and paying
// fiscal revenue, in 市区; an enterprise with independent legal
// personality; not a real-estate firm; not state-owned or state-controlled;
// not an administrative or public institution; not in class C or D of the
// 亩均 evaluation; not on the serious-dishonesty list. Each exclusion is a
// condition of its own, named in Failed when it fails
// (relief.eligibility.enterprise).
func EnterpriseEligibility(on rules.Date, f Firm) (Eligibility, error) {
	return std().EnterpriseEligibility(on, f)
}

// EnterpriseEligibility is the package's [EnterpriseEligibility] over e's
// book.
func (e *Evaluator) EnterpriseEligibility(on rules.Date, f Firm) (Eligibility, error) {
	res, err := e.eligibility.Eval(on, f.values()...)
	if err != nil {
		return Eligibility{}, err
	}
	return eligibilityOf(res), nil
}

// VATCreditRefund says whether a firm is in the scope of the monthly full
// refund of incremental VAT credits and the one-off refund of the stock
// (增值税留抵退税, 一、1): small and micro firms (individual businesses
// included, whatever their size) and firms of the six listed industries
// (relief.vat.credit_refund).
func VATCreditRefund(on rules.Date, f Firm) (Eligibility, error) { return std().VATCreditRefund(on, f) }

// VATCreditRefund is the package's [VATCreditRefund] over e's book.
func (e *Evaluator) VATCreditRefund(on rules.Date, f Firm) (Eligibility, error) {
	res, err := e.creditRefund.Eval(on, text(f.Entity), text(f.Size), text(f.Industry))
	if err != nil {
		return Eligibility{}, err
	}
	return eligibilityOf(res), nil
}

// TaxDeferral returns the taxes a manufacturing SME defers (制造业中小微企业
// 延缓缴纳部分税费, 一、2) and the new due date: medium firms 50%, small and
// micro 100%, for 6 months. The claim gives its tax period: 2021 Q4 (a
// further 6 months on the date already deferred to), 2022 Q1 or Q2; the
// evaluation date is the day as of which it is assessed, on or after the
// period's first day (relief.tax.deferral).
func TaxDeferral(on rules.Date, f Firm, c TaxDeferralClaim) (Deferral, error) {
	return std().TaxDeferral(on, f, c)
}

// TaxDeferral is the package's [TaxDeferral] over e's book.
func (e *Evaluator) TaxDeferral(on rules.Date, f Firm, c TaxDeferralClaim) (Deferral, error) {
	res, err := e.deferral.Eval(on, text(f.Industry), text(f.Size), text(c.Period), rules.NumberValue(c.Amount), date(c.Due))
	if err != nil {
		return Deferral{}, err
	}
	return Deferral{Benefit: benefitOf(res, "deferred"), Due: dateOut(res, "due"), TaxPeriod: TaxPeriod(textOut(res, "tax_period"))}, nil
}

// SmallScaleVATExemption returns the VAT a small-scale taxpayer does not pay
// on sales from 2022-04-01 to 2022-12-31 (小规模纳税人免征增值税, 一、3): the
// VAT at 3% on its sales at that levy rate, and the prepayment at 3%
// suspended (relief.vat.small_scale_exemption). The sales carry their own
// day; sales outside the period fail the condition sold_in_period.
func SmallScaleVATExemption(on rules.Date, f Firm, s SmallScaleSales) (VATExemption, error) {
	return std().SmallScaleVATExemption(on, f, s)
}

// SmallScaleVATExemption is the package's [SmallScaleVATExemption] over e's
// book.
func (e *Evaluator) SmallScaleVATExemption(on rules.Date, f Firm, s SmallScaleSales) (VATExemption, error) {
	res, err := e.smallScale.Eval(on, rules.BoolValue(f.SmallScaleTaxpayer), date(s.SoldOn), rules.NumberValue(s.Sales), rules.NumberValue(s.PrepayBase))
	if err != nil {
		return VATExemption{}, err
	}
	return VATExemption{Benefit: benefitOf(res, "vat_exempted"), PrepaymentSuspended: numOut(res, "prepayment_suspended")}, nil
}

// SixTaxesTwoFees returns the 50% cut of one of the “六税两费” (一、4) for
// small-scale VAT taxpayers, small low-profit enterprises and individual
// businesses, and the tax due; securities stamp duty is not cut, and a case
// that does not qualify owes the full amount
// (relief.tax.six_taxes_two_fees).
func SixTaxesTwoFees(on rules.Date, f Firm, t LocalTax) (FeeReduction, error) {
	return std().SixTaxesTwoFees(on, f, t)
}

// SixTaxesTwoFees is the package's [SixTaxesTwoFees] over e's book.
func (e *Evaluator) SixTaxesTwoFees(on rules.Date, f Firm, t LocalTax) (FeeReduction, error) {
	return reduction(e.sixTaxes.Eval(on, text(t.Kind), rules.NumberValue(t.Amount), rules.BoolValue(f.SmallScaleTaxpayer),
		rules.BoolValue(f.SmallLowProfit), text(f.Entity)))
}

// SmallProfitCIT returns the corporate income tax on the part of a small
// low-profit enterprise's annual taxable income above 1,000,000 and up to
// 3,000,000: 25% counted, taxed at 20% (小型微利企业所得税, 一、5). At an
// income of 1,000,000 or less the clause does not apply; a small low-profit
// enterprise with an income above 3,000,000 is an invalid input
// (relief.tax.small_profit_cit).
func SmallProfitCIT(on rules.Date, f Firm, taxableIncome decimal.Decimal) (CITSlice, error) {
	return std().SmallProfitCIT(on, f, taxableIncome)
}

// SmallProfitCIT is the package's [SmallProfitCIT] over e's book.
func (e *Evaluator) SmallProfitCIT(on rules.Date, f Firm, taxableIncome decimal.Decimal) (CITSlice, error) {
	res, err := e.smallProfit.Eval(on, rules.BoolValue(f.SmallLowProfit), rules.NumberValue(taxableIncome))
	if err != nil {
		return CITSlice{}, err
	}
	return CITSlice{Benefit: benefitOf(res, "tax"), Slice: numOut(res, "slice"), EffectiveRate: numOut(res, "effective_rate")}, nil
}

// EquipmentDeduction returns the one-off pre-tax deduction of equipment an
// SME bought in 2022 with a unit value of 5,000,000 or more (设备器具一次性
// 税前扣除, 一、5): all of it for a 3-year life, half for 4, 5 or 10 years
// (relief.tax.equipment_deduction). The equipment carries its day of
// purchase; the evaluation date may be later, such as the annual
// settlement.
func EquipmentDeduction(on rules.Date, f Firm, q Equipment) (Deduction, error) {
	return std().EquipmentDeduction(on, f, q)
}

// EquipmentDeduction is the package's [EquipmentDeduction] over e's book.
func (e *Evaluator) EquipmentDeduction(on rules.Date, f Firm, q Equipment) (Deduction, error) {
	res, err := e.equipment.Eval(on, text(f.Size), date(q.BoughtOn), rules.NumberValue(q.UnitValue), text(q.Life))
	if err != nil {
		return Deduction{}, err
	}
	return Deduction{Benefit: benefitOf(res, "deduction"), Rate: numOut(res, "share")}, nil
}

// RDSuperDeduction returns a tech SME's R&D super-deduction at 100% (was
// 75%) (研发费用加计扣除, 一、5) (relief.tax.rd_super_deduction).
func RDSuperDeduction(on rules.Date, f Firm, expense decimal.Decimal) (Deduction, error) {
	return std().RDSuperDeduction(on, f, expense)
}

// RDSuperDeduction is the package's [RDSuperDeduction] over e's book.
func (e *Evaluator) RDSuperDeduction(on rules.Date, f Firm, expense decimal.Decimal) (Deduction, error) {
	res, err := e.rd.Eval(on, rules.BoolValue(f.TechSME), rules.NumberValue(expense))
	if err != nil {
		return Deduction{}, err
	}
	return Deduction{Benefit: benefitOf(res, "super_deduction"), Rate: numOut(res, "rate")}, nil
}

// VATAdditionalDeduction returns the VAT relief of 2022 for service and
// transport taxpayers (服务业等行业税收减免, 一、6): productive services add
// 10%, lifestyle services 15% of creditable input VAT against VAT payable,
// of which the firm gets the part up to the period's VAT payable; public
// transport is exempt; airline and railway branches suspend prepayment
// (relief.vat.additional_deduction). The claim carries a day of its tax
// period, and a service taxpayer of a non-service industry is an invalid
// input.
func VATAdditionalDeduction(on rules.Date, f Firm, s ServiceVAT) (ServiceVATRelief, error) {
	return std().VATAdditionalDeduction(on, f, s)
}

// VATAdditionalDeduction is the package's [VATAdditionalDeduction] over e's
// book.
func (e *Evaluator) VATAdditionalDeduction(on rules.Date, f Firm, s ServiceVAT) (ServiceVATRelief, error) {
	res, err := e.addDeduction.Eval(on, text(f.Industry), text(s.Taxpayer), date(s.Period), rules.NumberValue(s.CreditableInput), number(s.VATPayable))
	if err != nil {
		return ServiceVATRelief{}, err
	}
	return ServiceVATRelief{Benefit: benefitOf(res, "offset"), Additional: numOut(res, "additional_deduction"), NotOffset: numOut(res, "not_offset"),
		VATExempt: boolOut(res, "vat_exempt"), PrepaymentSuspended: boolOut(res, "prepayment_suspended")}, nil
}

// text returns the value of an enum, or the value "not given" for the
// empty string, so that the rule's default applies or the input is named
// as missing.
func text[T ~string](s T) rules.Value {
	if s == "" {
		return rules.Value{}
	}
	return rules.TextValue(string(s))
}

// date returns the value of a date, or "not given" for the zero Date.
func date(d rules.Date) rules.Value {
	if d.IsZero() {
		return rules.Value{}
	}
	return rules.DateValue(d)
}

// flagValue returns the value of a yes/no fact, or "not given" for nil.
func flagValue(b *bool) rules.Value {
	if b == nil {
		return rules.Value{}
	}
	return rules.BoolValue(*b)
}

// count returns the value of a count, or "not given" for nil.
func count(n *int) rules.Value {
	if n == nil {
		return rules.Value{}
	}
	return rules.NumberValue(decimal.NewFromInt(int64(*n)))
}

// number returns the value of an amount, or "not given" for nil.
func number(x *decimal.Decimal) rules.Value {
	if x == nil {
		return rules.Value{}
	}
	return rules.NumberValue(*x)
}

// stated returns the value of an amount, or "not given" for zero, where
// zero has no meaning (a loan of nothing, or for no time).
func stated(x decimal.Decimal) rules.Value {
	if x.IsZero() {
		return rules.Value{}
	}
	return rules.NumberValue(x)
}

// year returns the value of a calendar year, or "not given" for 0.
func year(y int) rules.Value {
	if y == 0 {
		return rules.Value{}
	}
	return rules.NumberValue(decimal.NewFromInt(int64(y)))
}

func eligibilityOf(res *rules.Result) Eligibility {
	return Eligibility{Eligible: res.Eligible, Failed: append([]rules.Failure(nil), res.Failed...), Result: res}
}

func benefitOf(res *rules.Result, output string) Benefit {
	return Benefit{Eligibility: eligibilityOf(res), Amount: numOut(res, output)}
}

// benefit returns, for an evaluation, a function of the output to read.
func benefit(res *rules.Result, err error) func(string) (Benefit, error) {
	return func(output string) (Benefit, error) {
		if err != nil {
			return Benefit{}, err
		}
		return benefitOf(res, output), nil
	}
}

func reduction(res *rules.Result, err error) (FeeReduction, error) {
	if err != nil {
		return FeeReduction{}, err
	}
	return FeeReduction{Benefit: benefitOf(res, "reduction"), Payable: numOut(res, "payable")}, nil
}

// figure returns an output of a result; [NewEvaluator] has checked that the
// book's rule has it.
func figure(res *rules.Result, name string) rules.Value {
	f, _ := res.Figure(name)
	return f.Value
}

func numOut(res *rules.Result, name string) decimal.Decimal { return figure(res, name).Number() }
func dateOut(res *rules.Result, name string) rules.Date     { return figure(res, name).Date() }
func textOut(res *rules.Result, name string) string         { return figure(res, name).Text() }
func boolOut(res *rules.Result, name string) bool           { return figure(res, name).Bool() }
