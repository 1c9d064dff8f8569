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
	cs := e.claims(&p, tiers, &allKinds, nil)
	a := &Assessment{Date: on, Total: decimal.Zero}
	for i := range cs {
		it, err := e.assessOne(on, &p, tiers, &cs[i])
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

func (e *Evaluator) assessOne(on rules.Date, p *Profile, tiers TierTable, c *claim) (Item, error) {
	title, _, _ := e.book.Heading(c.rule())
	it := Item{Rule: c.rule(), Title: title, Claim: c.label, Counted: c.counted(), Amount: decimal.Zero}
	if c.missing != nothingMissing {
		it.Status = rules.NotAssessed
		it.Field, it.Note = c.missing.fact(p.Size)
		return it, nil
	}
	ev, err := e.eval(on, p, tiers, c, false)
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
		period, _ := e.book.InForce(c.rule())
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
