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

// IncomeItemResult is how one income item counts.
type IncomeItemResult struct {
	Item      IncomeItem
	Counted   decimal.Decimal // yuan
	Excluded  decimal.Decimal // yuan
	Treatment IncomeTreatment // what was applied, or why nothing was
	// ExemptYears is the length of the exemption of employment or business
	// income (1 or 3 years), zero when none applies. ExemptUntil is its last
	// day and DeductionUntil the last day of the 2 years of cost deduction
	// that follow; both are zero when ExemptYears is (the rule then gives
	// the evaluation date).
	ExemptYears    int
	ExemptUntil    rules.Date
	DeductionUntil rules.Date
	Result         *rules.Result // the evaluation of welfare.income.exemptions for this item
}

// CountedIncome applies the partial income exemptions (部分收入免计, 二、1;
// also 二、4 and 七、23) to each item of the household's income and returns
// the income that counts, with what was excluded from each item and why.
// Errors name the item.
func CountedIncome(on rules.Date, h Household, s LocalStandards) (IncomeAssessment, error) {
	return std().CountedIncome(on, h, s)
}

// CountedIncome is the package's [CountedIncome] over e's book.
func (e *Evaluator) CountedIncome(on rules.Date, h Household, s LocalStandards) (IncomeAssessment, error) {
	inc := h.Income
	out := IncomeAssessment{PeriodMonths: inc.PeriodMonths, Items: make([]IncomeItemResult, 0, len(inc.Items))}
	var used [8]decimal.Decimal                            // excluded so far, by kind (incomeKindIndex)
	lineUsed := make([][8]decimal.Decimal, len(h.Members)) // 低边 line used so far, by member and kind
	months, status, dibian, farmer := period(inc.PeriodMonths), text(h.Status), given(s.Dibian), flag(h.LowIncomeFarmer)
	from, to := day(inc.From), day(inc.To)
	for i, it := range inc.Items {
		if it.Member < 0 || it.Member >= len(h.Members) {
			return IncomeAssessment{}, &rules.Error{Code: rules.CodeInvalidInput, Rule: RuleIncomeExemptions,
				Field: fmt.Sprintf("Income.Items[%d].Member", i),
				Msg:   fmt.Sprintf("member %d is not one of the household's %d members", it.Member, len(h.Members))}
		}
		k := incomeKindIndex[it.Kind] // an unknown kind is refused by the rule
		res, err := e.exempt.Eval(on, text(it.Kind), num(it.Amount), months, status, dibian,
			text(h.Members[it.Member].Disability), flag(it.FirstEmployment), day(it.StartedOn), farmer,
			num(used[k]), num(lineUsed[it.Member][k]), from, to)
		if err != nil {
			return IncomeAssessment{}, fmt.Errorf("welfare: income item %d (%s): %w", i, it.Kind, err)
		}
		r := itemResult(it, res)
		line, _ := res.Figure("line_used")
		used[k] = used[k].Add(r.Excluded)
		lineUsed[it.Member][k] = lineUsed[it.Member][k].Add(line.Value.Number())
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

func period(months int) rules.Value {
	if months == 0 {
		return rules.Value{}
	}
	return count(months)
}

func itemResult(it IncomeItem, res *rules.Result) IncomeItemResult {
	fig := func(name string) rules.Value { f, _ := res.Figure(name); return f.Value }
	r := IncomeItemResult{Item: it, Counted: fig("counted").Number(), Excluded: fig("excluded").Number(),
		Treatment: IncomeTreatment(fig("treatment").Text()), ExemptYears: int(fig("exempt_years").Number().IntPart()), Result: res}
	if r.ExemptYears > 0 {
		r.ExemptUntil, r.DeductionUntil = fig("exempt_until").Date(), fig("deduction_until").Date()
	}
	return r
}

// Allowance is a household's monthly 低保 allowance with the income it rests
// on.
type Allowance struct {
	Benefit                         // the allowance, 元/月
	PerCapitaIncome decimal.Decimal // counted per-capita monthly income, 元/人·月
	Income          IncomeAssessment
}

// DibaoAllowance returns the monthly minimum living allowance (最低生活保障金,
// 二、1) of a 低保 household: the difference between the local 低保 standard
// and the household's per-capita monthly counted income, times its members.
// The income counted is [CountedIncome]'s; a household whose per-capita
// income is not below the standard is not eligible.
func DibaoAllowance(on rules.Date, h Household, s LocalStandards) (Allowance, error) {
	return std().DibaoAllowance(on, h, s)
}

// DibaoAllowance is the package's [DibaoAllowance] over e's book.
func (e *Evaluator) DibaoAllowance(on rules.Date, h Household, s LocalStandards) (Allowance, error) {
	inc, err := e.CountedIncome(on, h, s)
	if err != nil {
		return Allowance{}, err
	}
	res, err := e.allowance.Eval(on, text(h.Status), num(inc.Counted), period(inc.PeriodMonths), count(len(h.Members)), given(s.Dibao))
	b, err := benefit(res, err, "allowance")
	if err != nil {
		return Allowance{}, err
	}
	pc, _ := res.Figure("per_capita_income")
	return Allowance{Benefit: b, PerCapitaIncome: pc.Value.Number(), Income: inc}, nil
}

// PhaseOut is the one-year phase-out (渐退期) of a 低保 or 低边 household.
type PhaseOut struct {
	Eligible        bool
	Failed          []rules.Failure
	Until           rules.Date // last day of the phase-out; zero when not eligible
	InPhaseOut      bool       // the evaluation date is on or before Until
	PerCapitaIncome decimal.Decimal
	Income          IncomeAssessment
	Result          *rules.Result
}

// DibaoPhaseOut returns the phase-out (渐退期, 二、1) of a 低保 or 低边
// household found on foundOn with a per-capita counted income above its
// standard, or over the limits through a first enterprise capital
// subscription (bySubscription): one year, ending on the corresponding day a
// year after foundOn. The income is the household's counted income as it
// stood on foundOn ([CountedIncome] on that day), of an assessment period
// that ended by then (Income.To, required); on is the day the phase-out is
// looked at (PhaseOut.InPhaseOut). A foundOn not given, after on, or
// outside the document's period or the engine's calendar is an invalid
// input naming found_on.
func DibaoPhaseOut(on rules.Date, h Household, s LocalStandards, foundOn rules.Date, bySubscription bool) (PhaseOut, error) {
	return std().DibaoPhaseOut(on, h, s, foundOn, bySubscription)
}

// DibaoPhaseOut is the package's [DibaoPhaseOut] over e's book.
func (e *Evaluator) DibaoPhaseOut(on rules.Date, h Household, s LocalStandards, foundOn rules.Date, bySubscription bool) (PhaseOut, error) {
	eval := func(counted decimal.Decimal) (*rules.Result, error) {
		return e.phaseOut.Eval(on, text(h.Status), num(counted), period(h.Income.PeriodMonths), count(len(h.Members)),
			given(s.Dibao), given(s.Dibian), day(foundOn), flag(bySubscription), day(h.Income.To))
	}
	// The finding rests on the income as it stood on the day of the finding,
	// not on the day the phase-out is looked at.
	inc, err := e.CountedIncome(foundOn, h, s)
	if err != nil {
		// The income rule refuses the day of the finding as its evaluation
		// date (not given, outside the engine's calendar or the document's
		// period): the phase-out rule says what is wrong with it, on
		// found_on, rather than an evaluation date the caller never gave.
		var re *rules.Error
		if errors.Is(err, rules.ErrNotInForce) || errors.As(err, &re) && re.Field == "date" {
			if _, ferr := eval(decimal.Zero); errors.Is(ferr, rules.ErrInvalidInput) {
				return PhaseOut{}, ferr
			}
		}
		return PhaseOut{}, err
	}
	res, err := eval(inc.Counted)
	if err != nil {
		return PhaseOut{}, err
	}
	fig := func(name string) rules.Value { f, _ := res.Figure(name); return f.Value }
	return PhaseOut{Eligible: res.Eligible, Failed: res.Failed, Until: fig("until").Date(), InPhaseOut: fig("in_phase_out").Bool(),
		PerCapitaIncome: fig("per_capita_income").Number(), Income: inc, Result: res}, nil
}
