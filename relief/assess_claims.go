package relief

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
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
	keyCode keyCode // the kind and label, for a screening's totals
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

// keyCode names a claim's key in a screening's totals but for the
// locality, in a number, so that a screening finds the key's total
// without hashing its strings ([Screening.AddTo]): the kind of claim and
// its label, 0 for none, i+1 for the i-th of labels or of taxKinds
// (byTaxKind until the label is looked up among them). It is 0 for a
// label not among them, whose key is looked up by its strings.
type keyCode uint16

// byTaxKind stands for the label of a claim of the six taxes, a tax kind.
const byTaxKind = 0xff

func keyCodeOf(k kind, label int) keyCode { return keyCode(k+1)<<8 | keyCode(label) }

// taxKinds are the tax kinds that label claims of the six taxes.
var taxKinds = TaxKinds()

// evaluated is what a claim's evaluation gives.
type evaluated struct {
	res      *rules.Result // the full result; nil in a screening
	eligible bool
	amount   decimal.Decimal // the result's Amount, when it has one; in an assessment
	figure   exact.Number    // the same, in a screening
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
				c.keyCode = keyCodeOf(k, byTaxKind) // found when added to totals
			case what != "" && n > 1:
				c.label = nth(k, i, n)
				if i < len(labels[k]) {
					c.keyCode = keyCodeOf(k, i+1)
				}
			default:
				c.keyCode = keyCodeOf(k, 0)
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
		return by(screen, e.eligibility, on, f)
	case kCreditRefund:
		return by(screen, e.creditRefund, on, f)
	case kTaxDeferral:
		return by(screen, e.deferral, on, &TaxDeferralCase{*f, p.TaxDeferrals[c.i]})
	case kSmallScale:
		return byAmount(screen, e.smallScale, e.figures.smallScale, on, &SmallScaleCase{*f, p.SmallScaleSales[c.i]}, func(r VATExemption) decimal.Decimal { return r.Amount })
	case kSixTaxes:
		return byAmount(screen, e.sixTaxes, e.figures.sixTaxes, on, &LocalTaxCase{*f, p.LocalTaxes[c.i]}, func(r SixTaxesReduction) decimal.Decimal { return r.Amount })
	case kSmallProfit:
		return by(screen, e.smallProfit, on, &IncomeCase{*f, *p.TaxableIncome})
	case kEquipment:
		return by(screen, e.equipment, on, &EquipmentCase{*f, p.Equipment[c.i]})
	case kRD:
		return by(screen, e.rd, on, &RDCase{*f, *p.RDExpense})
	case kAddDeduction:
		return byAmount(screen, e.addDeduction, e.figures.addDeduction, on, &ServiceVATCase{*f, p.ServiceVAT[c.i]}, func(r ServiceVATRelief) decimal.Decimal { return r.Amount })
	case kInspection:
		return byAmount(screen, e.inspection, e.figures.inspection, on, &InspectionCase{*f, p.Inspections[c.i]}, func(r InspectionReduction) decimal.Decimal { return r.Amount })
	case kUnion:
		return byAmount(screen, e.union, e.figures.union, on, &UnionFeeCase{*f, p.UnionFees[c.i]}, func(r UnionRefund) decimal.Decimal { return r.Amount })
	case kRent:
		return byAmount(screen, e.rent, e.figures.rent, on, &LeaseCase{*f, p.StateLeases[c.i]}, func(r RentWaiver) decimal.Decimal { return r.Amount })
	case kEpidemic:
		return byAmount(screen, e.epidemic, e.figures.epidemic, on, &EpidemicCase{*f, *p.EpidemicSpending, tiers[p.Size]}, func(r EpidemicSubsidy) decimal.Decimal { return r.Amount })
	case kImportedTesting:
		return by(screen, e.importedTesting, on, f)
	case kGuarantee:
		return by(screen, e.guarantee, on, &GuaranteeCase{Rate2021: p.GuaranteeRate2021})
	case kBridge:
		return byAmount(screen, e.bridge, e.figures.bridge, on, p.BridgeLoan, func(r BridgeLoanCost) decimal.Decimal { return r.Saving })
	case kUnemployment:
		return by(screen, e.unemployment, on, &UnemploymentCase{*f, p.UnemploymentDeferralFrom})
	case kEvent:
		return byAmount(screen, e.event, e.figures.event, on, &EventCase{*f, p.ConsumptionEvents[c.i]}, func(r EventSubsidy) decimal.Decimal { return r.Amount })
	case kTradeIn:
		unit := Consumer{Kind: UnitConsumer, Locality: f.Registration, Mujun: f.Mujun, Credit: f.Credit}
		return byAmount(screen, e.nev, e.figures.nev, on, &TradeInCase{unit, p.TradeIns[c.i]}, func(r TradeInSubsidy) decimal.Decimal { return r.Amount })
	case kExhibition:
		return byAmount(screen, e.exhibition, e.figures.exhibition, on, &ExhibitionCase{*f, p.CancelledExhibitions[c.i]}, func(r ExhibitionSubsidy) decimal.Decimal { return r.Amount })
	case kExhibitionTech:
		return byAmount(screen, e.exhibitionTech, e.figures.exhibitionTech, on, &ExhibitionTechCase{*f, p.ExhibitionTech[c.i]}, func(r ExhibitionTechSubsidy) decimal.Decimal { return r.Amount })
	case kTravel:
		return byAmount(screen, e.travel, e.figures.travel, on, &VisitorsCase{*f, *p.Visitors}, func(r TravelReward) decimal.Decimal { return r.Amount })
	case kBookstore:
		return byAmount(screen, e.bookstore, e.figures.bookstore, on, &BookstoreCase{*f, p.Bookstores[c.i]}, func(r BookstoreSubsidy) decimal.Decimal { return r.Amount })
	case kCinema:
		return byAmount(screen, e.cinema, e.figures.cinema, on, &CinemaCase{*f, p.CinemaSeats}, func(r CinemaSubsidy) decimal.Decimal { return r.Amount })
	case kProperty:
		return byAmount(screen, e.property, e.figures.property, on, &PropertyCase{*f, *p.Property}, func(r PropertySubsidy) decimal.Decimal { return r.Amount })
	case kHighway:
		return byAmount(screen, e.highway, e.figures.highway, on, &p.HighwayTrips[c.i], func(r TollReduction) decimal.Decimal { return r.Amount })
	case kGreen:
		return byAmount(screen, e.green, e.figures.green, on, &p.ProduceTrips[c.i], func(r TollWaiver) decimal.Decimal { return r.Amount })
	}
	// claims lists no other rule: a defect of this package.
	return evaluated{}, &rules.Error{Code: rules.CodeEvaluation, Rule: c.rule(), Msg: "no evaluation for this claim", MsgZh: "此项申报无计算"}
}

// result is what a rule's typed result gives an assessment.
type result interface {
	Eligible() bool
	Result() *rules.Result
}

// by evaluates the case in through the binding b, as the rule's method
// does (each is b.EvalInto), for a rule whose figures no total counts:
// whether the firm is eligible and, unless screen, the full result, with
// its figures, failed conditions and trace. A screening keeps no copy of
// the case, its result stays on the stack, and it makes no decimal.
func by[In any, Out result](screen bool, b *rules.Binding[In, Out], on rules.Date, in *In) (evaluated, error) {
	if screen {
		var out Out
		eligible, err := b.ScreenOnly(on, in, &out, 0)
		if err != nil {
			return evaluated{}, err
		}
		return evaluated{eligible: eligible}, nil
	}
	return assessed(b, on, in, nil)
}

// byAmount is [by] for a rule whose amount counts: an assessment reads
// the amount from the result, and a screening evaluates the case through
// fb, the binding of its figure alone, which it takes exact, without a
// decimal made for it.
func byAmount[In any, Out result, F figure](screen bool, b *rules.Binding[In, Out], fb *rules.Binding[In, F], on rules.Date, in *In, amount func(Out) decimal.Decimal) (evaluated, error) {
	if screen {
		var f F
		eligible, err := fb.Screen(on, in, &f)
		if err != nil {
			return evaluated{}, err
		}
		return evaluated{eligible: eligible, figure: f.figure()}, nil
	}
	return assessed(b, on, in, amount)
}

// assessed evaluates the case in through b in full, and reads the amount
// from the result when amount is given.
func assessed[In any, Out result](b *rules.Binding[In, Out], on rules.Date, in *In, amount func(Out) decimal.Decimal) (evaluated, error) {
	var ev evaluated
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
