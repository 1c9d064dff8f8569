package relief

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The claims of a firm's assessment and screening: one for each measure
// (or each claim of a measure) the profile has figures for. A claim is
// data, which rule and which of the profile's items, so that a screening
// lists a firm's claims in reused storage without a closure for each.

// claim is one evaluation of an assessment: the i-th of the profile's
// items of a kind.
type claim struct {
	label   string // which claim, for kinds claimed more than once
	i       int32
	kind    kind
	missing missing // a fact the profile lacks before any rule can be evaluated
}

// kind is a kind of claim: one rule, claimed once or per item of a list of
// the profile.
type kind uint8

const (
	kEligibility kind = iota
	kCreditRefund
	kTaxDeferral
	kSmallScale
	kSixTaxes
	kSmallProfit
	kEquipment
	kRD
	kAddDeduction
	kInspection
	kUnion
	kRent
	kEpidemic
	kImportedTesting
	kGuarantee
	kBridge
	kUnemployment
	kEvent
	kTradeIn
	kExhibition
	kExhibitionTech
	kTravel
	kBookstore
	kCinema
	kProperty
	kHighway
	kGreen
	nKinds
)

// kinds gives each kind of claim its rule, the label of its items
// ("销售1", "销售2"…; "" when claimed once or labelled otherwise) and
// whether the result's Amount enters the total; the order is the order in
// which Assess evaluates the claims.
var kinds = [nKinds]struct {
	rule, what string
	counted    bool
}{
	kEligibility:     {RuleEligibility, "", false},
	kCreditRefund:    {RuleVATCreditRefund, "", false},
	kTaxDeferral:     {RuleTaxDeferral, "申报", false},
	kSmallScale:      {RuleSmallScaleExemption, "销售", true},
	kSixTaxes:        {RuleSixTaxesTwoFees, "", true}, // labelled by the tax
	kSmallProfit:     {RuleSmallProfitCIT, "", false},
	kEquipment:       {RuleEquipmentDeduction, "设备", false},
	kRD:              {RuleRDSuperDeduction, "", false},
	kAddDeduction:    {RuleVATAdditionalDeduction, "所属期", true},
	kInspection:      {RuleInspectionDiscount, "检验检测", true},
	kUnion:           {RuleUnionRefund, "缴纳", true},
	kRent:            {RuleStateOwnedRentWaiver, "房屋", true},
	kEpidemic:        {RuleEpidemicPrevention, "", true},
	kImportedTesting: {RuleImportedGoodsTesting, "", false},
	kGuarantee:       {RuleGuaranteeFee, "", false},
	kBridge:          {RuleBridgeLoanFee, "", true},
	kUnemployment:    {RuleUnemploymentDeferral, "", false},
	kEvent:           {RuleConsumptionEvent, "活动", true},
	kTradeIn:         {RuleNEVTradeIn, "车辆", true},
	kExhibition:      {RuleExhibition, "展会", true},
	kExhibitionTech:  {RuleExhibitionTech, "技改", true},
	kTravel:          {RuleTravelAgency, "", true},
	kBookstore:       {RuleBookstoreRent, "书店", true},
	kCinema:          {RuleCinema, "", true},
	kProperty:        {RulePropertyManagement, "", true},
	kHighway:         {RuleHighwayDiscount, "通行", true},
	kGreen:           {RuleGreenChannel, "通行", true},
}

// allKinds is every kind, in the order of kinds.
var allKinds = func() (ks [nKinds]kind) {
	for k := range nKinds {
		ks[k] = k
	}
	return ks
}()

func (c *claim) rule() string  { return kinds[c.kind].rule }
func (c *claim) counted() bool { return kinds[c.kind].counted }

// missing is a fact the profile lacks for a claim before any rule can be
// evaluated.
type missing uint8

const (
	nothingMissing missing = iota
	missingSize            // the firm's size, which decides its tier
	missingTier            // the tier of the firm's size
)

// fact is the missing fact's name and why it is needed, for the
// assessment's note.
func (m missing) fact(size Size) (field, why string) {
	switch m {
	case missingSize:
		return "size", "missing: the firm's size decides its tier (按照企业规模分类、分档)"
	case missingTier:
		return "tier_rate", fmt.Sprintf("no tier for size %s: the industry department's tiers by size (分类、分档) are the caller's to give", size)
	}
	return "", ""
}

// nth labels the i-th of n claims of the kind k: "" when there is only
// one.
func nth(k kind, i, n int) string {
	if n == 1 {
		return ""
	}
	if i < len(labels[k]) {
		return labels[k][i]
	}
	return fmt.Sprintf("%s%d", kinds[k].what, i+1)
}

// labels are the first labels of each kind of claim, made once: a
// screening labels claims without formatting them.
var labels = func() (ls [nKinds][8]string) {
	for k := range nKinds {
		if what := kinds[k].what; what != "" {
			for i := range ls[k] {
				ls[k][i] = fmt.Sprintf("%s%d", what, i+1)
			}
		}
	}
	return ls
}()

// evaluated is what a claim's evaluation gives.
type evaluated struct {
	res      *rules.Result // the full result; nil in a screening
	eligible bool
	amount   decimal.Decimal // the result's Amount, when it has one
}

// claims lists the claims of the profile, kind by kind in the order
// given (allKinds is the order in which Assess evaluates them), appended
// to cs.
func (e *Evaluator) claims(p *Profile, tiers TierTable, order *[nKinds]kind, cs []claim) []claim {
	for _, k := range order {
		n := p.count(k)
		for i := range n {
			c := claim{kind: k, i: int32(i)}
			switch what := kinds[k].what; {
			case k == kSixTaxes:
				c.label = string(p.LocalTaxes[i].Kind)
			case what != "":
				c.label = nth(k, i, n)
			}
			if k == kEpidemic {
				if _, ok := tiers[p.Size]; p.Size == "" {
					c.missing = missingSize
				} else if !ok {
					c.missing = missingTier
				}
			}
			cs = append(cs, c)
		}
	}
	return cs
}

// count is how many claims of the kind k the profile makes.
func (p *Profile) count(k kind) int {
	one := func(claimed bool) int {
		if claimed {
			return 1
		}
		return 0
	}
	switch k {
	case kEligibility, kCreditRefund:
		return 1
	case kTaxDeferral:
		return len(p.TaxDeferrals)
	case kSmallScale:
		return len(p.SmallScaleSales)
	case kSixTaxes:
		return len(p.LocalTaxes)
	case kSmallProfit:
		return one(p.TaxableIncome != nil)
	case kEquipment:
		return len(p.Equipment)
	case kRD:
		return one(p.RDExpense != nil)
	case kAddDeduction:
		return len(p.ServiceVAT)
	case kInspection:
		return len(p.Inspections)
	case kUnion:
		return len(p.UnionFees)
	case kRent:
		return len(p.StateLeases)
	case kEpidemic:
		return one(p.EpidemicSpending != nil)
	case kImportedTesting:
		return one(p.ImportedGoodsTesting)
	case kGuarantee:
		return one(p.GuaranteeRate2021.Valid())
	case kBridge:
		return one(p.BridgeLoan != nil)
	case kUnemployment:
		return one(!p.UnemploymentDeferralFrom.IsZero())
	case kEvent:
		return len(p.ConsumptionEvents)
	case kTradeIn:
		return len(p.TradeIns)
	case kExhibition:
		return len(p.CancelledExhibitions)
	case kExhibitionTech:
		return len(p.ExhibitionTech)
	case kTravel:
		return one(p.Visitors != nil)
	case kBookstore:
		return len(p.Bookstores)
	case kCinema:
		return one(p.CinemaSeats != 0)
	case kProperty:
		return one(p.Property != nil)
	case kHighway:
		return len(p.HighwayTrips)
	case kGreen:
		return len(p.ProduceTrips)
	}
	return 0
}

// eval evaluates the claim c of the profile p through its rule's
// binding, as the rule's method does: whether the firm is eligible and the
// result's Amount, and, unless screen, the full result.
func (e *Evaluator) eval(on rules.Date, p *Profile, tiers TierTable, c *claim, screen bool) (evaluated, error) {
	f := &p.Firm
	switch c.kind {
	case kEligibility:
		return by(screen, e.amounts[c.kind], e.eligibility, on, f, nil)
	case kCreditRefund:
		return by(screen, e.amounts[c.kind], e.creditRefund, on, f, nil)
	case kTaxDeferral:
		return by(screen, e.amounts[c.kind], e.deferral, on, &TaxDeferralCase{*f, p.TaxDeferrals[c.i]}, nil)
	case kSmallScale:
		return by(screen, e.amounts[c.kind], e.smallScale, on, &SmallScaleCase{*f, p.SmallScaleSales[c.i]}, func(r VATExemption) decimal.Decimal { return r.Amount })
	case kSixTaxes:
		return by(screen, e.amounts[c.kind], e.sixTaxes, on, &LocalTaxCase{*f, p.LocalTaxes[c.i]}, func(r SixTaxesReduction) decimal.Decimal { return r.Amount })
	case kSmallProfit:
		return by(screen, e.amounts[c.kind], e.smallProfit, on, &IncomeCase{*f, *p.TaxableIncome}, nil)
	case kEquipment:
		return by(screen, e.amounts[c.kind], e.equipment, on, &EquipmentCase{*f, p.Equipment[c.i]}, nil)
	case kRD:
		return by(screen, e.amounts[c.kind], e.rd, on, &RDCase{*f, *p.RDExpense}, nil)
	case kAddDeduction:
		return by(screen, e.amounts[c.kind], e.addDeduction, on, &ServiceVATCase{*f, p.ServiceVAT[c.i]}, func(r ServiceVATRelief) decimal.Decimal { return r.Amount })
	case kInspection:
		return by(screen, e.amounts[c.kind], e.inspection, on, &InspectionCase{*f, p.Inspections[c.i]}, func(r InspectionReduction) decimal.Decimal { return r.Amount })
	case kUnion:
		return by(screen, e.amounts[c.kind], e.union, on, &UnionFeeCase{*f, p.UnionFees[c.i]}, func(r UnionRefund) decimal.Decimal { return r.Amount })
	case kRent:
		return by(screen, e.amounts[c.kind], e.rent, on, &LeaseCase{*f, p.StateLeases[c.i]}, func(r RentWaiver) decimal.Decimal { return r.Amount })
	case kEpidemic:
		return by(screen, e.amounts[c.kind], e.epidemic, on, &EpidemicCase{*f, *p.EpidemicSpending, tiers[p.Size]}, func(r EpidemicSubsidy) decimal.Decimal { return r.Amount })
	case kImportedTesting:
		return by(screen, e.amounts[c.kind], e.importedTesting, on, f, nil)
	case kGuarantee:
		return by(screen, e.amounts[c.kind], e.guarantee, on, &GuaranteeCase{Rate2021: p.GuaranteeRate2021}, nil)
	case kBridge:
		return by(screen, e.amounts[c.kind], e.bridge, on, p.BridgeLoan, func(r BridgeLoanCost) decimal.Decimal { return r.Saving })
	case kUnemployment:
		return by(screen, e.amounts[c.kind], e.unemployment, on, &UnemploymentCase{*f, p.UnemploymentDeferralFrom}, nil)
	case kEvent:
		return by(screen, e.amounts[c.kind], e.event, on, &EventCase{*f, p.ConsumptionEvents[c.i]}, func(r EventSubsidy) decimal.Decimal { return r.Amount })
	case kTradeIn:
		unit := Consumer{Kind: UnitConsumer, Locality: f.Registration, Mujun: f.Mujun, Credit: f.Credit}
		return by(screen, e.amounts[c.kind], e.nev, on, &TradeInCase{unit, p.TradeIns[c.i]}, func(r TradeInSubsidy) decimal.Decimal { return r.Amount })
	case kExhibition:
		return by(screen, e.amounts[c.kind], e.exhibition, on, &ExhibitionCase{*f, p.CancelledExhibitions[c.i]}, func(r ExhibitionSubsidy) decimal.Decimal { return r.Amount })
	case kExhibitionTech:
		return by(screen, e.amounts[c.kind], e.exhibitionTech, on, &ExhibitionTechCase{*f, p.ExhibitionTech[c.i]}, func(r ExhibitionTechSubsidy) decimal.Decimal { return r.Amount })
	case kTravel:
		return by(screen, e.amounts[c.kind], e.travel, on, &VisitorsCase{*f, *p.Visitors}, func(r TravelReward) decimal.Decimal { return r.Amount })
	case kBookstore:
		return by(screen, e.amounts[c.kind], e.bookstore, on, &BookstoreCase{*f, p.Bookstores[c.i]}, func(r BookstoreSubsidy) decimal.Decimal { return r.Amount })
	case kCinema:
		return by(screen, e.amounts[c.kind], e.cinema, on, &CinemaCase{*f, p.CinemaSeats}, func(r CinemaSubsidy) decimal.Decimal { return r.Amount })
	case kProperty:
		return by(screen, e.amounts[c.kind], e.property, on, &PropertyCase{*f, *p.Property}, func(r PropertySubsidy) decimal.Decimal { return r.Amount })
	case kHighway:
		return by(screen, e.amounts[c.kind], e.highway, on, &p.HighwayTrips[c.i], func(r TollReduction) decimal.Decimal { return r.Amount })
	case kGreen:
		return by(screen, e.amounts[c.kind], e.green, on, &p.ProduceTrips[c.i], func(r TollWaiver) decimal.Decimal { return r.Amount })
	}
	// claims lists no other rule: a defect of this package.
	return evaluated{}, &rules.Error{Code: rules.CodeEvaluation, Rule: c.rule(), Msg: "no evaluation for this claim", MsgZh: "此项申报无计算"}
}

// by evaluates the case in through the binding b, as the rule's method
// does (each is b.EvalInto): whether the firm is eligible and, when amount
// is given, the figure it reads from the result; unless screen, the full
// result, with its figures, failed conditions and trace. A screening keeps
// no copy of the case, its result stays on the stack, and it makes only
// the decimals of the outputs in want (the amount's).
func by[In any, Out interface {
	Eligible() bool
	Result() *rules.Result
}](screen bool, want rules.OutputSet, b *rules.Binding[In, Out], on rules.Date, in *In, amount func(Out) decimal.Decimal) (evaluated, error) {
	var ev evaluated
	if screen {
		var out Out
		eligible, err := b.ScreenOnly(on, in, &out, want)
		if err != nil {
			return evaluated{}, err
		}
		ev.eligible = eligible
		if amount != nil {
			ev.amount = amount(out)
		}
		return ev, nil
	}
	out := new(Out)
	if err := b.EvalInto(on, in, out); err != nil {
		return evaluated{}, err
	}
	if ev.res = (*out).Result(); ev.res == nil {
		// The case evaluated once and not again: a defect of the engine.
		return evaluated{}, &rules.Error{Code: rules.CodeEvaluation, Msg: "the evaluation gave no result when asked again", MsgZh: "再次计算未得出结果"}
	}
	ev.eligible = (*out).Eligible()
	if amount != nil {
		ev.amount = amount(*out)
	}
	return ev, nil
}
