package relief

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Profile is a firm with the figures of the measures it claims. A measure
// whose figures are not given (a nil pointer, an empty list, a zero date or
// count, a false ImportedGoodsTesting) is not claimed and not assessed; the
// appendix's eligibility and the VAT credit refund, which need only the
// firm, always are. Claims that can occur more than once are lists, each
// claim an item of its own, labelled ("申报1", "缴纳2"…) when there are
// more than one: a lease of state-owned premises, a bookstore, a cancelled
// exhibition and a car traded in are each one claim, and a bad fact in one
// leaves only that claim not assessed. Facts with dates of their own carry
// them (a tax period, a sale, a payment, a purchase, an event stopped), so
// the assessment date is only the day "as of" which the firm is assessed.
// The firm is a unit consumer for the new-energy car trade-in, registered
// where it is registered, and one consumer: of its TradeIns only one is
// paid (二、20 “同一消费者仅享受一次以旧换新补助”), the first bought of those
// granted, and the others are listed as [rules.NotPaid] naming it. A
// trade-in's ReceivedBefore says whether the firm had the subsidy before,
// outside the trade-ins listed.
type Profile struct {
	Firm

	TaxDeferrals             []TaxDeferralClaim // 申报N
	SmallScaleSales          []SmallScaleSales  // 销售N
	LocalTaxes               []LocalTax         // labelled by the tax
	TaxableIncome            *decimal.Decimal
	Equipment                []Equipment // 设备N
	RDExpense                *decimal.Decimal
	ServiceVAT               []ServiceVAT      // 所属期N
	Inspections              []Inspection      // 检验检测N
	UnionFees                []UnionFeePayment // 缴纳N
	StateLeases              []Lease           // 房屋N
	EpidemicSpending         *EpidemicSpending
	ImportedGoodsTesting     bool       // claims the testing costs of a firm using imported goods (一、13)
	GuaranteeRate2021        rules.Rate // the zero Rate: not claimed
	BridgeLoan               *BridgeLoan
	UnemploymentDeferralFrom rules.Date
	ConsumptionEvents        []StoppedEvent        // 活动N
	TradeIns                 []TradeIn             // 车辆N: paid once (二、20 同一消费者仅享受一次)
	CancelledExhibitions     []CancelledExhibition // 展会N
	ExhibitionTech           []ExhibitionTech      // 技改N
	Visitors                 *Visitors
	Bookstores               []Bookstore // 书店N
	CinemaSeats              int
	Property                 *PropertyPortfolio
	HighwayTrips             []HighwayTrip // 通行N
	ProduceTrips             []ProduceTrip // 通行N
}

// Item is one measure (or one claim of a measure, such as one piece of
// equipment) of an [Assessment].
type Item struct {
	Rule   string       `json:"rule"`
	Title  rules.Text   `json:"title"`
	Claim  string       `json:"claim,omitempty"`  // which claim, for measures claimed more than once ("设备2"); "" otherwise
	Status rules.Status `json:"status,omitempty"` // Failed for rules.NotGranted; Field and Note for rules.NotAssessed

	// Counted says whether the measure's figure is money the firm receives
	// or no longer pays (a subsidy, reward, refund, waiver, tax or fee cut)
	// and so enters the total. Deferrals, deductions from taxable income,
	// the tax on a slice, rates, dates and eligibility-only measures are
	// listed with their figures but not counted.
	Counted bool `json:"counted"`
	// Amount is the counted figure when the status is rules.Granted; zero
	// otherwise.
	Amount decimal.Decimal `json:"amount"`

	Figures []rules.Figure  `json:"figures,omitempty"` // all the rule's outputs
	Failed  []rules.Failure `json:"failed,omitempty"`  // for rules.NotGranted
	Group   string          `json:"group,omitempty"`   // for rules.NotPaid: the take-the-higher group; "" for a trade-in paid once per consumer
	Field   string          `json:"field,omitempty"`   // for rules.NotAssessed: the input missing or invalid
	Note    string          `json:"note,omitempty"`    // for rules.NotPaid, rules.CaseByCase, rules.NotInForce and rules.NotAssessed: why, in Chinese
	// Error is, for rules.NotAssessed, the rule's error: Error.Reason says
	// why in Chinese (as Note does) or English.
	Error   *rules.Error   `json:"error,omitempty"`
	Cite    rules.Citation `json:"cite,omitzero"`     // for rules.NotPaid and rules.CaseByCase: the clause that says so
	InForce rules.Period   `json:"in_force,omitzero"` // for rules.NotInForce: the measure's period
	Result  *rules.Result  `json:"result,omitempty"`  // nil for rules.NotInForce and rules.CaseByCase
}

// Assessment lists, for a firm on a date, the measures that apply with
// their figures, those that do not and why, and the total of the counted
// amounts.
type Assessment struct {
	Date  rules.Date      `json:"date,omitzero"`
	Items []Item          `json:"items,omitempty"` // the appendix's eligibility first, then the measures in the notice's order
	Total decimal.Decimal `json:"total"`
}

// Item returns the first item of the rule with the given ID.
func (a *Assessment) Item(rule string) (Item, bool) {
	for _, it := range a.Items {
		if it.Rule == rule {
			return it, true
		}
	}
	return Item{}, false
}

// Conditions returns every condition of eligibility of the item's rule,
// met or not, each with the values it read: why a measure applies as well
// as why it does not. It is nil for an item not evaluated to a result.
func (it Item) Conditions() []rules.ConditionResult {
	if it.Result == nil {
		return nil
	}
	return it.Result.Conditions()
}

// String renders the assessment in Chinese: [Assessment.Text] with
// [rules.Chinese].
func (a *Assessment) String() string { return a.Text(rules.Chinese) }

// Text renders the assessment as a table in lang: one line per item with
// its status, counted amount or main figure and, for the items not
// granted, the reason, then the total. Reasons the engine or the notice
// gives in one language only (a rule's note, a clause's words) are shown
// as they are.
func (a *Assessment) Text(lang rules.Lang) string {
	en := lang == rules.English
	l := func(zh, en string) string {
		if lang == rules.English {
			return en
		}
		return zh
	}
	var b strings.Builder
	if en {
		fmt.Fprintf(&b, "Assessed on %s\n", a.Date)
	} else {
		fmt.Fprintf(&b, "评估日期 %s\n", a.Date.Chinese())
	}
	for _, it := range a.Items {
		name, status := it.Title.Zh, string(it.Status)
		if it.Claim != "" {
			name += "（" + it.Claim + "）"
		}
		if en {
			name, status = it.Title.En, it.Status.English()
			if it.Claim != "" {
				name += " (" + it.Claim + ")"
			}
		}
		fmt.Fprintf(&b, "%s %s%s%s", it.Rule, name, l("：", ": "), status)
		switch {
		case it.Status == rules.Granted && it.Counted:
			fmt.Fprintf(&b, " %s %s", it.Amount.StringFixed(2), rules.Yuan.In(lang))
		case it.Status == rules.Granted && len(it.Figures) > 0:
			f := it.Figures[0]
			fmt.Fprintf(&b, l("（%s %s，不计入合计）", " (%s %s, not in the total)"), f.Title.In(lang), f.Format(lang))
		case it.Status == rules.NotGranted:
			names := make([]string, len(it.Failed))
			for i, f := range it.Failed {
				names[i] = f.Name
			}
			fmt.Fprintf(&b, l("（%s）", " (%s)"), strings.Join(names, ", "))
		case it.Status == rules.NotAssessed && en && it.Error != nil:
			fmt.Fprintf(&b, " (%s: %s)", it.Field, it.Error.Reason(rules.English))
		case it.Status == rules.NotAssessed:
			fmt.Fprintf(&b, l("（%s：%s）", " (%s: %s)"), it.Field, it.Note)
		case it.Status == rules.NotInForce && en:
			fmt.Fprintf(&b, " (in force %s)", it.InForce)
		case it.Note != "":
			fmt.Fprintf(&b, l("（%s）", " (%s)"), it.Note)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, l("合计 %s 元\n", "Total %s yuan\n"), a.Total.StringFixed(2))
	return b.String()
}

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

// Assess assesses a firm's profile as of a date against every measure it
// has figures for ([Profile]). Epidemic-prevention spending (measure 13)
// needs the industry department's tier for the firm's size from tiers,
// which the notice does not state. Measures not in force on the date, or
// left to another scheme, are listed as such. A claim with a fact missing
// or invalid is listed as not assessed, naming the fact and why, and every
// other claim is assessed all the same; only an evaluation date that is no
// date (the zero Date, or one outside the dates a case may hold: an error
// matching [rules.ErrInvalidInput] naming "date") and a defect of a rule (an
// error matching [rules.ErrEvaluation]) end the assessment with an error.
func (e *Evaluator) Assess(on rules.Date, p Profile, tiers TierTable) (*Assessment, error) {
	// The evaluation date is no claim's fact: a date that is no date ends
	// the assessment, rather than leaving every claim not assessed. The
	// engine checks it before anything else.
	var re *rules.Error
	if _, err := e.eligibility.Eval(on, Firm{}); errors.As(err, &re) &&
		re.Code == rules.CodeInvalidInput && re.Field == "date" {
		return nil, err
	}
	cs := e.claims(on, p, tiers, false, nil)
	a := &Assessment{Date: on, Total: decimal.Zero}
	for _, c := range cs {
		it, err := e.assessOne(c)
		if err != nil {
			return nil, err
		}
		a.Items = append(a.Items, it)
	}
	oncePerConsumer(a, p.TradeIns)
	if err := e.takeTheHigher(on, a); err != nil {
		return nil, err
	}
	sort.SliceStable(a.Items, func(i, j int) bool { return e.order[a.Items[i].Rule] < e.order[a.Items[j].Rule] })
	for _, it := range a.Items {
		if it.Status == rules.Granted && it.Counted {
			a.Total = a.Total.Add(it.Amount)
		}
	}
	return a, nil
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

func (e *Evaluator) assessOne(c claim) (Item, error) {
	title, _, _ := e.book.Heading(c.rule)
	it := Item{Rule: c.rule, Title: title, Claim: c.label, Counted: c.counted, Amount: decimal.Zero}
	if c.field != "" {
		it.Status, it.Field, it.Note = rules.NotAssessed, c.field, c.why
		return it, nil
	}
	ev, err := c.eval()
	res, amount := ev.res, ev.amount
	status, defect := rules.StatusOf(err == nil && ev.eligible, err)
	if defect != nil {
		// The error names the rule; the claim it was assessed for is its
		// field, as the assessment labels it.
		return Item{}, claimError(defect, c.label)
	}
	it.Status = status
	var re *rules.Error
	if err != nil && !errors.As(err, &re) {
		return Item{}, err
	}
	switch status {
	case rules.NotInForce:
		period, _ := e.book.InForce(c.rule)
		it.Note, it.InForce = fmt.Sprintf("适用期间为%s", period.Chinese()), period
		return it, nil
	case rules.CaseByCase:
		it.Note, it.Cite = re.Reason(rules.Chinese), re.Cite
		return it, nil
	case rules.NotAssessed:
		// A fact of this claim is missing or refused: the claim is not
		// assessed, and the firm's other claims are assessed all the same.
		it.Field, it.Note, it.Error = re.Field, re.Reason(rules.Chinese), re
		if re.Input != "" {
			it.Field = re.Input // the rule's name of the fact, as the items' fields are written
		}
		return it, nil
	}
	it.Result, it.Figures, it.Failed = res, res.Figures, res.Failed
	if status == rules.Granted && it.Counted {
		it.Amount = amount
	}
	return it, nil
}

// oncePerConsumer applies 二、20 “同一消费者仅享受一次以旧换新补助” to the
// firm's own trade-ins, items of a in the order of trades (before a is
// sorted): the firm, one consumer, is paid one subsidy. Every car is paid
// the same 2,000 (每辆2000元), so the higher decides nothing; the one paid is
// the first bought of those granted, since at any later purchase the firm
// has had the subsidy already (the case the rule's once_per_consumer
// refuses), and of cars bought the same day the first listed. A car that
// does not qualify, or is not assessed, does not use up the once. The
// others granted are listed as not paid, naming the one paid and citing
// the clause, with their figures kept and nothing counted.
func oncePerConsumer(a *Assessment, trades []TradeIn) {
	var items []int // a.Items of the trade-ins, in the order of trades
	for i, it := range a.Items {
		if it.Rule == RuleNEVTradeIn {
			items = append(items, i)
		}
	}
	if len(items) != len(trades) {
		return // one item per trade-in is how Assess builds them
	}
	paid := -1
	for k, i := range items {
		if a.Items[i].Status != rules.Granted {
			continue
		}
		if paid < 0 || trades[k].BoughtOn.Before(trades[paid].BoughtOn) {
			paid = k
		}
	}
	if paid < 0 {
		return
	}
	chosen := a.Items[items[paid]].Claim
	for k, i := range items {
		it := &a.Items[i]
		if k == paid || it.Status != rules.Granted {
			continue
		}
		it.Status, it.Amount, it.Cite = rules.NotPaid, decimal.Zero, cite("二、20", quoteNEVQuota)
		it.Note = "同一消费者仅享受一次以旧换新补助：享受" + chosen
	}
}

// takeTheHigher applies the book's take-the-higher groups (就高执行、不重复
// 享受): where more than one member of a group is granted, the book's
// [rules.Book.EvalGroup] chooses the one paid, with the members' own
// inputs, and the others are listed as not paid.
func (e *Evaluator) takeTheHigher(on rules.Date, a *Assessment) error {
	for _, g := range e.book.Groups() {
		granted := map[string]int{}
		in := map[string]rules.Inputs{}
		for i, it := range a.Items {
			if it.Status != rules.Granted || !slices.Contains(g.Rules, it.Rule) {
				continue
			}
			if _, dup := granted[it.Rule]; dup {
				return &rules.Error{Code: rules.CodeInvalidInput, Rule: g.ID, Field: it.Rule,
					Msg: "claimed more than once; claim it once", MsgZh: "重复申报；只能申报一次"}
			}
			granted[it.Rule] = i
			in[it.Rule] = inputsOf(it.Result)
		}
		if len(granted) < 2 {
			continue
		}
		gr, err := e.book.EvalGroup(g.ID, on, in)
		if err != nil {
			return err
		}
		chosen, _, _ := e.book.Heading(gr.Chosen)
		for id, i := range granted {
			if id == gr.Chosen {
				continue
			}
			it := &a.Items[i]
			it.Status, it.Amount, it.Group, it.Cite = rules.NotPaid, decimal.Zero, g.ID, g.Cite
			it.Note = "就高执行、不重复享受：享受" + chosen.Zh
		}
	}
	return nil
}

// inputsOf returns the inputs an evaluation bound, given or defaulted.
func inputsOf(res *rules.Result) rules.Inputs {
	in := rules.Inputs{}
	for _, s := range res.Trace() {
		if s.Kind == rules.StepInput {
			in[s.Name] = s.Value
		}
	}
	return in
}

// claimError returns the error of a claim's rule, its field naming the
// claim as the assessment labels it (销售2) when the rule's error names
// none.
func claimError(err error, label string) error {
	var re *rules.Error
	if label == "" || !errors.As(err, &re) || re.Field != "" {
		return err
	}
	c := *re
	c.Field = label
	return &c
}
