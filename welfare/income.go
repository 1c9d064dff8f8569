package welfare

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The engine's rules take no lists. A household's income is a list of
// items, so the functions here evaluate welfare.income.exemptions once per
// item and add up what it says: Go only loops and sums, the rule decides
// how much of each item counts and why. Two sums are carried from item to
// item, and the rule reads them: the amount the household already has not
// counted of the same kind, for the per-household limits (青苗补偿费 50,000,
// 来料加工 20,000), and the part of the 低边 line a member's items of the same
// kind already used (岗位补贴, 扣除就业创业成本), so that one member's income
// given as several items is held to one line.

// IncomeAssessment is a household's counted income (计入家庭收入) in an
// assessment period, item by item.
type IncomeAssessment struct {
	PeriodMonths int
	Counted      decimal.Decimal // yuan counted in the period, the sum of the items'
	Excluded     decimal.Decimal // yuan not counted, the sum of the items'
	Items        []IncomeItemResult
}

// exemptCase is one income item of a household, with the facts of the
// household and the earning member that welfare.income.exemptions reads,
// and what the household's earlier items already used of the limits.
type exemptCase struct {
	IncomeItem
	Income                     // the period: its months, first and last day
	Status     Status          `rule:"household_status"`
	Dibian     decimal.Decimal `rule:"dibian_standard,omitzero"`
	Disability DisabilityKind  `rule:"disability"` // of the member whose income it is
	Farmer     bool            `rule:"low_income_farmer"`
	Already    decimal.Decimal `rule:"already_excluded"`
	LineUsed   decimal.Decimal `rule:"line_already_used"`
}

// IncomeItemResult is how one income item counts. Its Outcome gives the
// evaluation of welfare.income.exemptions for the item when asked.
type IncomeItemResult struct {
	Item      IncomeItem
	Counted   decimal.Decimal `rule:"counted"`   // yuan
	Excluded  decimal.Decimal `rule:"excluded"`  // yuan
	Treatment IncomeTreatment `rule:"treatment"` // what was applied, or why nothing was
	// ExemptYears is the length of the exemption of employment or business
	// income (1 or 3 years), zero when none applies. ExemptUntil is its last
	// day and DeductionUntil the last day of the 2 years of cost deduction
	// that follow; both are zero when ExemptYears is.
	ExemptYears    int        `rule:"exempt_years"`
	ExemptUntil    rules.Date `rule:"exempt_until"`
	DeductionUntil rules.Date `rule:"deduction_until"`
	// LineUsed is what the item used of the member's 低边 line (岗位补贴,
	// 扣除就业创业成本), which the member's later items of the kind share.
	LineUsed decimal.Decimal `rule:"line_used"`
	rules.Outcome[exemptCase]
}

// CountedIncome applies the partial income exemptions (部分收入免计, 二、1;
// also 二、4 and 七、23) to each item of the household's income (with the
// local 低边 standard) and returns the income that counts, with what was
// excluded from each item and why. Errors name the item.
func (e *Evaluator) CountedIncome(on rules.Date, c HouseholdCase) (IncomeAssessment, error) {
	h := c.Household
	inc := h.Income
	out := IncomeAssessment{PeriodMonths: inc.PeriodMonths, Items: make([]IncomeItemResult, 0, len(inc.Items))}
	var used [8]decimal.Decimal                            // excluded so far, by kind (incomeKindIndex)
	lineUsed := make([][8]decimal.Decimal, len(h.Members)) // 低边 line used so far, by member and kind
	in := exemptCase{Income: inc, Status: h.Status, Dibian: c.Dibian, Farmer: h.LowIncomeFarmer}
	for i, it := range inc.Items {
		if it.Member < 0 || it.Member >= len(h.Members) {
			return IncomeAssessment{}, &rules.Error{Code: rules.CodeInvalidInput, Rule: RuleIncomeExemptions,
				Field: fmt.Sprintf("Income.Items[%d].Member", i),
				Msg:   fmt.Sprintf("member %d is not one of the household's %d members", it.Member, len(h.Members))}
		}
		k := incomeKindIndex[it.Kind] // an unknown kind is refused by the rule
		in.IncomeItem, in.Disability = it, h.Members[it.Member].Disability
		in.Already, in.LineUsed = used[k], lineUsed[it.Member][k]
		r, err := e.exempt.Eval(on, in)
		if err != nil {
			return IncomeAssessment{}, fmt.Errorf("welfare: income item %d (%s): %w", i, it.Kind, err)
		}
		r.Item = it
		if r.ExemptYears <= 0 {
			// The rule gives the evaluation date when no exemption applies.
			r.ExemptUntil, r.DeductionUntil = rules.Date{}, rules.Date{}
		}
		used[k] = used[k].Add(r.Excluded)
		lineUsed[it.Member][k] = lineUsed[it.Member][k].Add(r.LineUsed)
		out.Counted = out.Counted.Add(r.Counted)
		out.Excluded = out.Excluded.Add(r.Excluded)
		out.Items = append(out.Items, r)
	}
	return out, nil
}

// incomeKindIndex numbers the kinds, to keep the running sums in an array.
var incomeKindIndex = map[IncomeKind]int{
	WageIncome: 0, BusinessIncome: 1, PublicPostSubsidy: 2, GreenCropComp: 3, OutsourcedWork: 4,
	VeteranSupplementIncome: 5, ShareholdingIncome: 6, OtherIncome: 7,
}

// allowanceCase is a household's case of 二、1's allowance: the household
// and its standards, with the income counted by [Evaluator.CountedIncome].
type allowanceCase struct {
	HouseholdCase
	Counted decimal.Decimal `rule:"counted_income"`
	Months  int             `rule:"period_months,omitzero"`
	Members int             `rule:"members"`
}

// Allowance is a household's monthly 低保 allowance with the income it rests
// on.
type Allowance struct {
	Amount          decimal.Decimal `rule:"allowance"` // the allowance, 元/月; zero when not eligible
	Unit            rules.Unit
	PerCapitaIncome decimal.Decimal `rule:"per_capita_income"` // counted per-capita monthly income, 元/人·月
	Income          IncomeAssessment
	rules.Outcome[allowanceCase]
}

// DibaoAllowance returns the monthly minimum living allowance (最低生活保障金,
// 二、1) of a 低保 household: the difference between the local 低保 standard
// and the household's per-capita monthly counted income, times its members.
// The income counted is [Evaluator.CountedIncome]'s; a household whose
// per-capita income is not below the standard is not eligible.
func (e *Evaluator) DibaoAllowance(on rules.Date, c HouseholdCase) (Allowance, error) {
	inc, err := e.CountedIncome(on, c)
	if err != nil {
		return Allowance{}, err
	}
	a, err := e.allowance.Eval(on, allowanceCase{HouseholdCase: c, Counted: inc.Counted, Months: inc.PeriodMonths, Members: len(c.Members)})
	if err != nil {
		return Allowance{}, err
	}
	a.Unit, a.Income = e.units.allowance, inc
	return a, nil
}

// PhaseOutCase is a 低保 or 低边 household found, on FoundOn, with a
// per-capita counted income above its standard, or over the limits through
// a first enterprise capital subscription (BySubscription), with the
// standards of its locality.
type PhaseOutCase struct {
	Household
	LocalStandards
	FoundOn        rules.Date `rule:"found_on"`        // the day of the finding
	BySubscription bool       `rule:"by_subscription"` // over the limits through a first capital subscription (首次企业认缴超标)
}

// phaseOutCase is a phase-out case with the income counted on the day of
// the finding.
type phaseOutCase struct {
	PhaseOutCase
	Counted decimal.Decimal `rule:"counted_income"`
	Months  int             `rule:"period_months,omitzero"`
	Members int             `rule:"members"`
	To      rules.Date      `rule:"period_to"`
}

// PhaseOut is the one-year phase-out (渐退期) of a 低保 or 低边 household.
type PhaseOut struct {
	Until           rules.Date      `rule:"until"`        // last day of the phase-out; zero when not eligible
	InPhaseOut      bool            `rule:"in_phase_out"` // the evaluation date is on or before Until
	PerCapitaIncome decimal.Decimal `rule:"per_capita_income"`
	Income          IncomeAssessment
	rules.Outcome[phaseOutCase]
}

// DibaoPhaseOut returns the phase-out (渐退期, 二、1) of a 低保 or 低边
// household found on c.FoundOn with a per-capita counted income above its
// standard, or over the limits through a first enterprise capital
// subscription (c.BySubscription): one year, ending on the corresponding
// day a year after FoundOn. The income is the household's counted income as
// it stood on FoundOn ([Evaluator.CountedIncome] on that day), of an
// assessment period that ended by then (Income.To, required); on is the day
// the phase-out is looked at (PhaseOut.InPhaseOut). A FoundOn not given,
// after on, or outside the document's period or the engine's calendar is an
// invalid input naming found_on.
func (e *Evaluator) DibaoPhaseOut(on rules.Date, c PhaseOutCase) (PhaseOut, error) {
	in := phaseOutCase{PhaseOutCase: c, Months: c.Income.PeriodMonths, Members: len(c.Members), To: c.Income.To}
	// The finding rests on the income as it stood on the day of the finding,
	// not on the day the phase-out is looked at.
	inc, err := e.CountedIncome(c.FoundOn, HouseholdCase{Household: c.Household, LocalStandards: c.LocalStandards})
	if err != nil {
		// The income rule refuses the day of the finding as its evaluation
		// date (not given, outside the engine's calendar or the document's
		// period): the phase-out rule says what is wrong with it, on
		// found_on, rather than an evaluation date the caller never gave.
		var re *rules.Error
		if errors.Is(err, rules.ErrNotInForce) || errors.As(err, &re) && re.Field == "date" {
			in.Counted = decimal.Zero
			if _, ferr := e.phaseOut.Eval(on, in); errors.Is(ferr, rules.ErrInvalidInput) {
				return PhaseOut{}, ferr
			}
		}
		return PhaseOut{}, err
	}
	in.Counted = inc.Counted
	p, err := e.phaseOut.Eval(on, in)
	if err != nil {
		return PhaseOut{}, err
	}
	p.Income = inc
	return p, nil
}
