package relief

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The claims of a firm's assessment and screening: one for each measure
// (or each claim of a measure) the profile has figures for, evaluated for
// the full result or for a screening.

// claim is one evaluation of an assessment.
type claim struct {
	rule    string
	label   string
	counted bool // whether the result's Amount enters the total
	// eval evaluates the claim through its method: whether the firm is
	// eligible and the result's Amount, with the full result unless the
	// evaluation is a screening's.
	eval func() (evaluated, error)
	// missing, when set, is the fact the profile lacks for this claim
	// before any rule can be evaluated, and why.
	field, why string
}

// nth labels the i-th of n claims of a kind: "" when there is only one.
func nth(what string, i, n int) string {
	if n == 1 {
		return ""
	}
	if ls, ok := labels[what]; ok && i < len(ls) {
		return ls[i]
	}
	return fmt.Sprintf("%s%d", what, i+1)
}

// labels are the first labels of each kind of claim, made once: a
// screening labels claims without formatting them.
var labels = func() map[string][8]string {
	m := map[string][8]string{}
	for _, what := range []string{"书店", "展会", "房屋", "所属期", "技改", "检验检测", "活动", "申报", "缴纳", "设备", "车辆", "通行", "销售"} {
		var ls [8]string
		for i := range ls {
			ls[i] = fmt.Sprintf("%s%d", what, i+1)
		}
		m[what] = ls
	}
	return m
}()

// evaluated is what a claim's evaluation gives.
type evaluated struct {
	res      *rules.Result // the full result; nil in a screening
	eligible bool
	amount   decimal.Decimal // the result's Amount, when it has one
}

// full is a method's result as an assessment reads it, from the result's
// Outcome o and its Amount: whether the firm is eligible and the amount,
// and, unless screen, the full evaluation, with its figures, failed
// conditions and trace.
func full[In any](screen bool, o *rules.Outcome[In], amount decimal.Decimal, err error) (evaluated, error) {
	if err != nil {
		return evaluated{}, err
	}
	ev := evaluated{eligible: o.Eligible(), amount: amount}
	if screen {
		return ev, nil
	}
	if ev.res = o.Result(); ev.res == nil {
		// The case evaluated once and not again: a defect of the engine.
		return evaluated{}, &rules.Error{Code: rules.CodeEvaluation, Msg: "the evaluation gave no result when asked again", MsgZh: "再次计算未得出结果"}
	}
	return ev, nil
}

// claims lists the claims of the profile, in the order Assess evaluates
// them: for the full results, or for a screening (screen) only whether
// each is granted and its amount.
func (e *Evaluator) claims(on rules.Date, p Profile, tiers TierTable, screen bool, cs []claim) []claim {
	f := p.Firm
	add := func(rule, label string, counted bool, eval func() (evaluated, error)) {
		cs = append(cs, claim{rule: rule, label: label, counted: counted, eval: eval})
	}

	add(RuleEligibility, "", false, func() (evaluated, error) {
		r, err := e.EnterpriseEligibility(on, f)
		return full(screen, &r.Outcome, decimal.Decimal{}, err)
	})
	add(RuleVATCreditRefund, "", false, func() (evaluated, error) {
		r, err := e.VATCreditRefund(on, f)
		return full(screen, &r.Outcome, decimal.Decimal{}, err)
	})
	for i, c := range p.TaxDeferrals {
		add(RuleTaxDeferral, nth("申报", i, len(p.TaxDeferrals)), false, func() (evaluated, error) {
			r, err := e.TaxDeferral(on, TaxDeferralCase{f, c})
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	for i, s := range p.SmallScaleSales {
		add(RuleSmallScaleExemption, nth("销售", i, len(p.SmallScaleSales)), true, func() (evaluated, error) {
			r, err := e.SmallScaleVATExemption(on, SmallScaleCase{f, s})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for _, t := range p.LocalTaxes {
		add(RuleSixTaxesTwoFees, string(t.Kind), true, func() (evaluated, error) {
			r, err := e.SixTaxesTwoFees(on, LocalTaxCase{f, t})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	if x := p.TaxableIncome; x != nil {
		add(RuleSmallProfitCIT, "", false, func() (evaluated, error) {
			r, err := e.SmallProfitCIT(on, IncomeCase{f, *x})
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	for i, q := range p.Equipment {
		add(RuleEquipmentDeduction, nth("设备", i, len(p.Equipment)), false, func() (evaluated, error) {
			r, err := e.EquipmentDeduction(on, EquipmentCase{f, q})
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	if x := p.RDExpense; x != nil {
		add(RuleRDSuperDeduction, "", false, func() (evaluated, error) {
			r, err := e.RDSuperDeduction(on, RDCase{f, *x})
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	for i, s := range p.ServiceVAT {
		add(RuleVATAdditionalDeduction, nth("所属期", i, len(p.ServiceVAT)), true, func() (evaluated, error) {
			r, err := e.VATAdditionalDeduction(on, ServiceVATCase{f, s})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, in := range p.Inspections {
		add(RuleInspectionDiscount, nth("检验检测", i, len(p.Inspections)), true, func() (evaluated, error) {
			r, err := e.InspectionFee(on, InspectionCase{f, in})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, x := range p.UnionFees {
		add(RuleUnionRefund, nth("缴纳", i, len(p.UnionFees)), true, func() (evaluated, error) {
			r, err := e.UnionFeeRefund(on, UnionFeeCase{f, x})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, l := range p.StateLeases {
		add(RuleStateOwnedRentWaiver, nth("房屋", i, len(p.StateLeases)), true, func() (evaluated, error) {
			r, err := e.StateOwnedRentWaiver(on, LeaseCase{f, l})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	if s := p.EpidemicSpending; s != nil {
		tier, ok := tiers[f.Size]
		c := claim{rule: RuleEpidemicPrevention, counted: true, eval: func() (evaluated, error) {
			r, err := e.EpidemicPreventionSubsidy(on, EpidemicCase{f, *s, tier})
			return full(screen, &r.Outcome, r.Amount, err)
		}}
		switch {
		case f.Size == "":
			c.field, c.why = "size", "missing: the firm's size decides its tier (按照企业规模分类、分档)"
		case !ok:
			c.field, c.why = "tier_rate", fmt.Sprintf("no tier for size %s: the industry department's tiers by size (分类、分档) are the caller's to give", f.Size)
		}
		cs = append(cs, c)
	}
	if p.ImportedGoodsTesting {
		add(RuleImportedGoodsTesting, "", false, func() (evaluated, error) {
			r, err := e.ImportedGoodsTesting(on, f)
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	if x := p.GuaranteeRate2021; x.Valid() {
		add(RuleGuaranteeFee, "", false, func() (evaluated, error) {
			r, err := e.GuaranteeFeeRate(on, GuaranteeCase{Rate2021: x})
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	if l := p.BridgeLoan; l != nil {
		add(RuleBridgeLoanFee, "", true, func() (evaluated, error) {
			r, err := e.BridgeLoanFee(on, *l)
			return full(screen, &r.Outcome, r.Saving, err)
		})
	}
	if from := p.UnemploymentDeferralFrom; !from.IsZero() {
		add(RuleUnemploymentDeferral, "", false, func() (evaluated, error) {
			r, err := e.UnemploymentInsuranceDeferral(on, UnemploymentCase{f, from})
			return full(screen, &r.Outcome, decimal.Decimal{}, err)
		})
	}
	for i, s := range p.ConsumptionEvents {
		add(RuleConsumptionEvent, nth("活动", i, len(p.ConsumptionEvents)), true, func() (evaluated, error) {
			r, err := e.ConsumptionEventSubsidy(on, EventCase{f, s})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	unit := Consumer{Kind: UnitConsumer, Locality: f.Registration, Mujun: f.Mujun, Credit: f.Credit}
	for i, t := range p.TradeIns {
		add(RuleNEVTradeIn, nth("车辆", i, len(p.TradeIns)), true, func() (evaluated, error) {
			r, err := e.NEVTradeInSubsidy(on, TradeInCase{unit, t})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, x := range p.CancelledExhibitions {
		add(RuleExhibition, nth("展会", i, len(p.CancelledExhibitions)), true, func() (evaluated, error) {
			r, err := e.ExhibitionSubsidy(on, ExhibitionCase{f, x})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, x := range p.ExhibitionTech {
		add(RuleExhibitionTech, nth("技改", i, len(p.ExhibitionTech)), true, func() (evaluated, error) {
			r, err := e.ExhibitionTechSubsidy(on, ExhibitionTechCase{f, x})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	if v := p.Visitors; v != nil {
		add(RuleTravelAgency, "", true, func() (evaluated, error) {
			r, err := e.TravelAgencyReward(on, VisitorsCase{f, *v})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, b := range p.Bookstores {
		add(RuleBookstoreRent, nth("书店", i, len(p.Bookstores)), true, func() (evaluated, error) {
			r, err := e.BookstoreRentSubsidy(on, BookstoreCase{f, b})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	if n := p.CinemaSeats; n != 0 {
		add(RuleCinema, "", true, func() (evaluated, error) {
			r, err := e.CinemaSubsidy(on, CinemaCase{f, n})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	if x := p.Property; x != nil {
		add(RulePropertyManagement, "", true, func() (evaluated, error) {
			r, err := e.PropertyManagementSubsidy(on, PropertyCase{f, *x})
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, t := range p.HighwayTrips {
		add(RuleHighwayDiscount, nth("通行", i, len(p.HighwayTrips)), true, func() (evaluated, error) {
			r, err := e.HighwayTollDiscount(on, t)
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}
	for i, t := range p.ProduceTrips {
		add(RuleGreenChannel, nth("通行", i, len(p.ProduceTrips)), true, func() (evaluated, error) {
			r, err := e.GreenChannelToll(on, t)
			return full(screen, &r.Outcome, r.Amount, err)
		})
	}

	return cs
}
