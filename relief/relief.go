package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

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

// Claims and facts of single measures, used by the typed functions and by
// [Profile]. A fact with a date of its own carries it (a sale, a payment, a
// purchase, an event stopped, a tax period), and the measure's window is a
// condition on that date. A yes/no fact or a count that the caller may not
// know is a pointer: nil is "not stated", and the measure then reports the
// fact missing rather than deciding on a Go zero value. An amount that is
// itself the fact claimed — a payment, a spending, a cost, a rent, a fee or
// a toll billed, an area, a count of seats — is above zero: zero (a field
// left unset) is an error matching [rules.ErrInvalidInput] naming it, never
// a figure of 0 granted. A year (of a spending, of counts) has begun by the
// evaluation date, and a due date follows the start of its tax period.
type (
	// TaxDeferralClaim is a tax period's taxes to defer under measure 2.
	TaxDeferralClaim struct {
		Period TaxPeriod       // 税款所属期
		Amount decimal.Decimal // the listed taxes of the period
		Due    rules.Date      // due date before the measure (2021 Q4: the date already deferred to)
	}
	// SmallScaleSales are a small-scale taxpayer's sales under measure 3.
	SmallScaleSales struct {
		SoldOn     rules.Date      // day of the sales; for a return's total, a day of its period
		Sales      decimal.Decimal // taxable sales at the 3% levy rate, VAT excluded
		PrepayBase decimal.Decimal // sales of items prepaid at the 3% rate
	}
	// LocalTax is one of the six taxes and two fees due (measure 4).
	LocalTax struct {
		Kind   TaxKind
		Amount decimal.Decimal
	}
	// Equipment is equipment bought (measure 5).
	Equipment struct {
		BoughtOn  rules.Date // day of purchase: 2022 for the measure
		UnitValue decimal.Decimal
		Life      DepreciationLife
	}
	// ServiceVAT is a taxpayer's kind and input VAT for a tax period
	// (measure 6).
	ServiceVAT struct {
		Period          rules.Date // a day of the tax period (当期): 2022 for the measure
		Taxpayer        VATTaxpayer
		CreditableInput decimal.Decimal
		VATPayable      *decimal.Decimal // the period's VAT payable before the offset; needed for service taxpayers
	}
	// Inspection is a testing or calibration service billed (measure 9).
	Inspection struct {
		Service     InspectionService
		ProductLine ProductLine // for product testing: the firm's line (服装、儿童家具、教玩具 or 其他)
		StandardFee decimal.Decimal
		BureauUnit  *bool // by a unit directly under the city market regulation bureau
		ListedFirm  *bool // on the 2021 list of leading or high-growth firms; needed for their calibration cut
	}
	// UnionFeePayment is union fees paid (measure 10).
	UnionFeePayment struct {
		PaidOn rules.Date // day of payment: January–June 2022 for the measure
		Amount decimal.Decimal
	}
	// Lease is premises a firm rents (measure 11).
	Lease struct {
		Landlord         Landlord
		MonthlyRent      decimal.Decimal
		RiskLevelChanged bool // the county-level area's epidemic risk level changed
	}
	// EpidemicSpending is audited prevention and disinfection spending
	// (measure 13).
	EpidemicSpending struct {
		Year   int // the year of the spending: 2022 for the measure; 0 is not stated
		Amount decimal.Decimal
	}
	// Tier is the subsidy share and highest amount the industry department
	// sets for a size class under measure 13 (at most 50% and 30,000).
	Tier struct {
		Rate decimal.Decimal
		Cap  decimal.Decimal
	}
	// TierTable is the industry department's table of tiers by size class
	// (分类、分档), which the notice does not state.
	TierTable map[Size]Tier
	// BridgeLoan is an emergency bridge loan (measure 15): its amount and
	// the months it is used, both above zero; both zero (the zero
	// BridgeLoan) asks for the rate alone, and one without the other is an
	// error matching [rules.ErrInvalidInput] naming the one missing.
	BridgeLoan struct {
		Amount decimal.Decimal
		Months decimal.Decimal
	}
	// StoppedEvent is a consumption event stopped for epidemic control
	// (measure 19).
	StoppedEvent struct {
		StoppedOn          rules.Date // day the event was stopped: Q1–Q2 2022 for the measure
		Campaign           *bool      // a “百场促消费” event
		StoppedForEpidemic *bool
		Spending           decimal.Decimal
	}
	// Consumer is a buyer under measure 20. MuJun and Credit are for unit
	// consumers; leave them empty for a person.
	Consumer struct {
		Kind                 ConsumerKind
		Locality             Locality // a unit's registration, a person's hukou
		UrbanResidencePermit bool
		MuJun                MuJunClass
		Credit               CreditStatus
	}
	// TradeIn is a new-energy car bought for an old one (measure 20).
	TradeIn struct {
		BoughtOn        rules.Date // day of purchase: 2022 for the measure
		ScrappedOldCar  *bool
		BoughtNewEnergy *bool
		ReceivedBefore  *bool // the consumer has had the subsidy before
		QuotaUsed       *int  // cars subsidised before this one
	}
	// CancelledExhibition is an exhibition cancelled for the epidemic, for
	// which its organiser claims under measure 21.
	CancelledExhibition struct {
		CancelledOn          rules.Date // Q1–Q2 2022 for the measure
		Organiser            *bool      // the firm organised it (该会展项目主办方)
		Listed               *bool      // on the list of key exhibitions
		CancelledForEpidemic *bool      // cancelled for the epidemic, unable to be postponed
		Cost                 decimal.Decimal
	}
	// ExhibitionTech is an exhibition firm's investment in a new app or an
	// online-offline business (measure 21's technology subsidy).
	ExhibitionTech struct {
		InvestedOn    rules.Date // within the notice's period for the measure
		OnlineOffline *bool      // a new app or an online-offline business
		Investment    decimal.Decimal
	}
	// Visitors are a travel agency's counts for a year (measure 22).
	Visitors struct {
		Year      int // the year of the counts: 2022 for the measure; 0 is not stated
		Overnight int // overnight visitors from outside the city, study groups included
		Study     int // retreat and study-group visitors staying 3 nights or more
	}
	// Bookstore is a physical bookstore's premises (measure 24).
	Bookstore struct {
		Landlord Landlord
		BookArea decimal.Decimal // m²
	}
	// PropertyPortfolio is what a property-service firm manages (measure 26).
	PropertyPortfolio struct {
		ManagedArea   decimal.Decimal // m²
		ExtraSpending bool            // extra spending on supplies or disinfection
	}
	// HighwayTrip is a toll of measure 27.
	HighwayTrip struct {
		Vehicle           Vehicle
		LegallyLoaded     bool
		ZhejiangETC       bool
		LocalStateSection bool
		Toll              decimal.Decimal
	}
	// ProduceTrip is a toll of measure 28.
	ProduceTrip struct {
		WholeVehicleLegalLoad bool
		ListedProduce         bool
		Toll                  decimal.Decimal
	}
)

var (
	book = rules.MustCompile(spec())
	std  = MustEvaluator(book)
)

// Book returns the compiled rules of the notice. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) to override a
// figure, and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book }

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
	return std.EnterpriseEligibility(on, f)
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
func VATCreditRefund(on rules.Date, f Firm) (Eligibility, error) { return std.VATCreditRefund(on, f) }

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
	return std.TaxDeferral(on, f, c)
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
	return std.SmallScaleVATExemption(on, f, s)
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
	return std.SixTaxesTwoFees(on, f, t)
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
	return std.SmallProfitCIT(on, f, taxableIncome)
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
	return std.EquipmentDeduction(on, f, q)
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
	return std.RDSuperDeduction(on, f, expense)
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
	return std.VATAdditionalDeduction(on, f, s)
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

// InspectionFee returns the cut of a testing or calibration fee at the city
// market regulation bureau's units (降低检测费收费标准, 一、9) and the fee
// payable: the standard fee when the cut does not apply. The 50% cut is for
// catering and lodging firms, the 10% for clothing, children's furniture
// and toy firms (by the inspection's ProductLine), the 20% for the listed
// leading and high-growth firms (relief.fee.inspection_discount).
func InspectionFee(on rules.Date, f Firm, i Inspection) (FeeReduction, error) {
	return std.InspectionFee(on, f, i)
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
	return std.UnionFeeRefund(on, f, p)
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
	return std.StateOwnedRentWaiver(on, f, l)
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
	return std.EpidemicPreventionSubsidy(on, f, s, t)
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
	return std.ImportedGoodsTesting(on, f)
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
	return std.GuaranteeFeeRate(on, rate2021)
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
	return std.BridgeLoanFee(on, l)
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
	return std.UnemploymentInsuranceDeferral(on, f, from)
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

// ConsumptionEventSubsidy returns the subsidy for the organiser of a
// “百场促消费” event stopped for epidemic control in Q1–Q2 (消费活动主办方
// 补贴, 二、19): 30% of the actual spending, at most 300,000, for a
// wholesale, retail, lodging or catering organiser. The event carries the
// day it was stopped (relief.subsidy.consumption_event).
func ConsumptionEventSubsidy(on rules.Date, f Firm, s StoppedEvent) (Benefit, error) {
	return std.ConsumptionEventSubsidy(on, f, s)
}

// ConsumptionEventSubsidy is the package's [ConsumptionEventSubsidy] over
// e's book.
func (e *Evaluator) ConsumptionEventSubsidy(on rules.Date, f Firm, s StoppedEvent) (Benefit, error) {
	vals := f.values(date(s.StoppedOn), flagValue(s.Campaign), flagValue(s.StoppedForEpidemic), rules.NumberValue(s.Spending))
	return benefit(e.event.Eval(on, vals...))("subsidy")
}

// NEVTradeInSubsidy returns the 2,000-yuan subsidy for scrapping an old car
// and buying a new-energy car in 2022 (新能源汽车以旧换新, 二、20): for units
// registered in 市区 and persons of 市区 or holding its residence permit,
// once per consumer, within the 2,000-car quota
// (relief.subsidy.nev_trade_in). The purchase carries its own day; whether
// the consumer had the subsidy before and the cars subsidised before must
// be stated (nil is reported missing).
func NEVTradeInSubsidy(on rules.Date, c Consumer, t TradeIn) (Benefit, error) {
	return std.NEVTradeInSubsidy(on, c, t)
}

// NEVTradeInSubsidy is the package's [NEVTradeInSubsidy] over e's book.
func (e *Evaluator) NEVTradeInSubsidy(on rules.Date, c Consumer, t TradeIn) (Benefit, error) {
	return benefit(e.nev.Eval(on, date(t.BoughtOn), text(c.Kind), text(c.Locality), rules.BoolValue(c.UrbanResidencePermit),
		flagValue(t.ScrappedOldCar), flagValue(t.BoughtNewEnergy), flagValue(t.ReceivedBefore),
		count(t.QuotaUsed), text(c.MuJun), text(c.Credit)))("subsidy")
}

// ExhibitionSubsidy returns the subsidy for an exhibition firm that
// organised a listed key exhibition cancelled for the epidemic in Q1–Q2
// (给予办展企业补助, 二、21): 30% of its actual cost, at most 300,000
// (relief.subsidy.exhibition). It is separate from the technology subsidy
// ([ExhibitionTechSubsidy]).
func ExhibitionSubsidy(on rules.Date, f Firm, x CancelledExhibition) (Benefit, error) {
	return std.ExhibitionSubsidy(on, f, x)
}

// ExhibitionSubsidy is the package's [ExhibitionSubsidy] over e's book.
func (e *Evaluator) ExhibitionSubsidy(on rules.Date, f Firm, x CancelledExhibition) (Benefit, error) {
	vals := f.values(date(x.CancelledOn), flagValue(x.Organiser), flagValue(x.Listed), flagValue(x.CancelledForEpidemic), rules.NumberValue(x.Cost))
	return benefit(e.exhibition.Eval(on, vals...))("subsidy")
}

// ExhibitionTechSubsidy returns the technology subsidy of a 市区 exhibition
// firm for a new app or an online-offline business (办展企业技改补助, 二、21):
// 10% of the investment above 500,000, at most 1,000,000, for an
// investment within the notice's period (relief.subsidy.exhibition_tech).
func ExhibitionTechSubsidy(on rules.Date, f Firm, x ExhibitionTech) (Benefit, error) {
	return std.ExhibitionTechSubsidy(on, f, x)
}

// ExhibitionTechSubsidy is the package's [ExhibitionTechSubsidy] over e's
// book.
func (e *Evaluator) ExhibitionTechSubsidy(on rules.Date, f Firm, x ExhibitionTech) (Benefit, error) {
	vals := f.values(date(x.InvestedOn), flagValue(x.OnlineOffline), rules.NumberValue(x.Investment))
	return benefit(e.exhibitionTech.Eval(on, vals...))("subsidy")
}

// TravelAgencyReward returns a local travel agency's reward for 2022 (旅游
// 业支持奖励, 二、22): 20 yuan for each overnight visitor above 3,000; or, for
// more than 1,000 retreat and study-group visitors, 20 yuan each up to
// 1,000 and 30 above — the higher of the two, not both. The counts carry
// their year (relief.reward.travel_agency).
func TravelAgencyReward(on rules.Date, f Firm, v Visitors) (TravelReward, error) {
	return std.TravelAgencyReward(on, f, v)
}

// TravelAgencyReward is the package's [TravelAgencyReward] over e's book.
func (e *Evaluator) TravelAgencyReward(on rules.Date, f Firm, v Visitors) (TravelReward, error) {
	vals := f.values(year(v.Year), rules.NumberValue(decimal.NewFromInt(int64(v.Overnight))), rules.NumberValue(decimal.NewFromInt(int64(v.Study))))
	res, err := e.travel.Eval(on, vals...)
	if err != nil {
		return TravelReward{}, err
	}
	return TravelReward{Benefit: benefitOf(res, "reward"), Overnight: numOut(res, "overnight_reward"),
		Study: numOut(res, "study_reward"), Basis: textOut(res, "basis")}, nil
}

// BookstoreRentSubsidy returns the rent subsidy of a 市区 physical bookstore
// (a firm whose industry is [Bookshop]) renting non-state property (实体书店
// 租金补助, 二、24): 20 yuan per m² of book-selling area per month for the 6
// months of Q1–Q2 (relief.subsidy.bookstore_rent).
func BookstoreRentSubsidy(on rules.Date, f Firm, b Bookstore) (Benefit, error) {
	return std.BookstoreRentSubsidy(on, f, b)
}

// BookstoreRentSubsidy is the package's [BookstoreRentSubsidy] over e's
// book.
func (e *Evaluator) BookstoreRentSubsidy(on rules.Date, f Firm, b Bookstore) (Benefit, error) {
	return benefit(e.bookstore.Eval(on, f.values(text(b.Landlord), rules.NumberValue(b.BookArea))...))("subsidy")
}

// CinemaSubsidy returns a cinema's subsidy (a firm whose industry is
// [Cinema]) (影院补助, 二、25): 25 yuan per seat per month for the 6 months of
// Q1–Q2. County cinemas are for the counties to follow by reference
// ([rules.ErrCaseByCase]) (relief.subsidy.cinema).
func CinemaSubsidy(on rules.Date, f Firm, seats int) (Benefit, error) {
	return std.CinemaSubsidy(on, f, seats)
}

// CinemaSubsidy is the package's [CinemaSubsidy] over e's book.
func (e *Evaluator) CinemaSubsidy(on rules.Date, f Firm, seats int) (Benefit, error) {
	return benefit(e.cinema.Eval(on, f.values(rules.NumberValue(decimal.NewFromInt(int64(seats))))...))("subsidy")
}

// PropertyManagementSubsidy returns a 市区 property-service firm's subsidy
// for extra epidemic spending (物业防疫物资、消杀支出补贴, 二、26) by managed
// floor area: below 1,000,000 m² 10,000; from 1,000,000 m² (included) to
// below 2,000,000 m² 20,000; from 2,000,000 m² 40,000. It may be paid
// beside [EpidemicPreventionSubsidy]: the notice does not make the two
// exclusive (relief.subsidy.property_management).
func PropertyManagementSubsidy(on rules.Date, f Firm, p PropertyPortfolio) (Benefit, error) {
	return std.PropertyManagementSubsidy(on, f, p)
}

// PropertyManagementSubsidy is the package's [PropertyManagementSubsidy]
// over e's book.
func (e *Evaluator) PropertyManagementSubsidy(on rules.Date, f Firm, p PropertyPortfolio) (Benefit, error) {
	return benefit(e.property.Eval(on, f.values(rules.NumberValue(p.ManagedArea), rules.BoolValue(p.ExtraSpending))...))("subsidy")
}

// HighwayTollDiscount returns the toll cut (高速差异化收费, 二、27): legally
// loaded standard-container trucks pay 65%; legally loaded freight vehicles
// with a Zhejiang ETC unit pay 85% on city- or county-owned sections; other
// trips pay the standard toll (relief.toll.highway_discount).
func HighwayTollDiscount(on rules.Date, t HighwayTrip) (FeeReduction, error) {
	return std.HighwayTollDiscount(on, t)
}

// HighwayTollDiscount is the package's [HighwayTollDiscount] over e's book.
func (e *Evaluator) HighwayTollDiscount(on rules.Date, t HighwayTrip) (FeeReduction, error) {
	return reduction(e.highway.Eval(on, text(t.Vehicle), rules.BoolValue(t.LegallyLoaded), rules.BoolValue(t.ZhejiangETC),
		rules.BoolValue(t.LocalStateSection), rules.NumberValue(t.Toll)))
}

// GreenChannelToll returns the toll waived for a whole-vehicle legal load of
// catalogue fresh produce (鲜活农产品运输“绿色通道”, 二、28)
// (relief.toll.green_channel).
func GreenChannelToll(on rules.Date, t ProduceTrip) (Benefit, error) {
	return std.GreenChannelToll(on, t)
}

// GreenChannelToll is the package's [GreenChannelToll] over e's book.
func (e *Evaluator) GreenChannelToll(on rules.Date, t ProduceTrip) (Benefit, error) {
	return benefit(e.green.Eval(on, rules.BoolValue(t.WholeVehicleLegalLoad), rules.BoolValue(t.ListedProduce), rules.NumberValue(t.Toll)))("waived")
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
