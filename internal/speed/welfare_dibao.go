package speed

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// welfare.dibao.allowance — 温政发〔2022〕6号.
//
// The typed function ([welfare.Evaluator.DibaoAllowance]) takes the household's
// income item by item and applies the exemptions of 二、1
// (welfare.income.exemptions) before the allowance; so does every variant
// here. The book variants evaluate welfare.income.exemptions for each item
// and then welfare.dibao.allowance, as a caller holding only the book must.
//
// The case: a 鹿城区 低保 household of three, assessed on 2023-06-01 over the
// twelve months 2022-06-01 to 2023-05-31, with the local 低保 standard at
// 1,085 and the 低边 standard at 1,627.50 yuan a person a month (local
// figures the document does not state: inputs). Its income: 6,000 of other
// income; 18,000 of wages of a member whose first job began on 2022-12-15;
// 8,000 of green-crop compensation for land taken.
//
// Worked from the text, 二、1:
//   - the wages: “对低保低边成员首次就业或自主创业的，1年内不计家庭收入” — the
//     job began in the period's 7th month (2022-12-01 to 12-31); the 18,000
//     were earned in the 6 months from it to the period's end, all within the
//     year to 2023-12-15: none counted;
//   - the compensation: “被征地获得的不超过5万元青苗补偿费 … 不计家庭收入” —
//     8,000 is within 50,000: none counted;
//   - the other income counts in full: 6,000 counted.
//
// Then “按低保人均月收入低于当地最低生活保障标准的差额提供最低生活保障金”: per
// capita 6,000 ÷ 12 ÷ 3 = 166.67 a month (166.666…), below 1,085; the
// allowance is (1,085 − 166.666…) × 3 = 3,255 − 500 = 2,755.00 yuan a month.
var (
	dibaoOn       = rules.MustDate(2023, 6, 1)
	dibaoFrom     = rules.MustDate(2022, 6, 1)
	dibaoTo       = rules.MustDate(2023, 5, 31)
	dibaoStandard = dec("1085")
	dibianLine    = dec("1627.50")
	dibaoStarted  = rules.MustDate(2022, 12, 15)
)

var dibaoSink struct {
	amount, counted, perCapita decimal.Decimal
	eligible                   bool
}

func dibaoTrio() Trio {
	household := welfare.Household{
		Locality: welfare.Lucheng, Status: welfare.Dibao,
		Members: make([]welfare.Member, 3),
		Income: welfare.Income{PeriodMonths: 12, From: dibaoFrom, To: dibaoTo, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: dec("6000"), Member: 0},
			{Kind: welfare.WageIncome, Amount: dec("18000"), Member: 1, FirstEmployment: true, StartedOn: dibaoStarted},
			{Kind: welfare.GreenCropComp, Amount: dec("8000"), Member: 0},
		}},
	}
	standards := welfare.LocalStandards{Dibao: dibaoStandard, Dibian: dibianLine}
	hand := handHousehold{
		status: "低保", members: []handMember{{}, {}, {}}, months: 12, from: dibaoFrom, to: dibaoTo,
		items: []handIncomeItem{
			{kind: "其他收入", amount: dec("6000"), member: 0},
			{kind: "就业收入", amount: dec("18000"), member: 1, first: true, started: dibaoStarted},
			{kind: "青苗补偿费", amount: dec("8000"), member: 0},
		},
	}
	t := Trio{
		Rule: welfare.RuleDibaoAllowance,
		Case: "低保 household of 3, 3 income items (a first job, green-crop compensation)",
		Cite: "温政发〔2022〕6号 二、1, 附则3",
		Want: "2755.00 a month, counted income 6000.00, per capita 166.67",
		figure: func() string {
			if !dibaoSink.eligible {
				return "not eligible"
			}
			return fmt.Sprintf("%s a month, counted income %s, per capita %s", fen(dibaoSink.amount), fen(dibaoSink.counted), fen(dibaoSink.perCapita))
		},
		reset: func() {
			dibaoSink.amount, dibaoSink.counted, dibaoSink.perCapita, dibaoSink.eligible = decimal.Decimal{}, decimal.Decimal{}, decimal.Decimal{}, false
		},
	}
	t.run[Hand] = func() error {
		a, err := handDibaoAllowance(dibaoOn, &hand, dibaoStandard, dibianLine)
		dibaoSink.amount, dibaoSink.counted, dibaoSink.perCapita, dibaoSink.eligible = a.amount, a.counted, a.perCapita, a.eligible
		return err
	}
	t.run[Typed] = func() error {
		a, err := welfare.Default().DibaoAllowance(dibaoOn, welfare.HouseholdCase{Household: household, LocalStandards: standards})
		dibaoSink.amount, dibaoSink.counted, dibaoSink.perCapita, dibaoSink.eligible = a.Amount, a.Income.Counted, a.PerCapitaIncome, a.Eligible()
		return err
	}
	once := newDibaoBook(household, standards)
	t.run[Book] = once.eval
	t.run[BookMap] = func() error { return dibaoBookMaps(household, standards) }
	t.run[MapAlone] = func() error {
		for _, it := range household.Income.Items {
			mapSink = dibaoItemInputs(household, standards, it, decimal.Zero, decimal.Zero)
		}
		mapSink = rules.Inputs{"household_status": string(household.Status), "counted_income": decimal.Zero,
			"period_months": household.Income.PeriodMonths, "members": len(household.Members), "dibao_standard": standards.Dibao}
		return nil
	}
	return t
}

// dibaoBook evaluates the case through the book with Inputs maps built once:
// one for each income item and one for the allowance, whose counted income
// is set on each call from the items' results. (In this case no two items
// share a kind, so what earlier items excluded of a kind — already_excluded,
// line_already_used — is zero for each, and the items' maps stay as built.)
type dibaoBook struct {
	book      *rules.Book
	items     []rules.Inputs
	allowance rules.Inputs
}

func newDibaoBook(h welfare.Household, s welfare.LocalStandards) *dibaoBook {
	b := &dibaoBook{book: welfare.Book()}
	for _, it := range h.Income.Items {
		b.items = append(b.items, dibaoItemInputs(h, s, it, decimal.Zero, decimal.Zero))
	}
	b.allowance = rules.Inputs{"household_status": string(h.Status), "period_months": h.Income.PeriodMonths,
		"members": len(h.Members), "dibao_standard": s.Dibao}
	return b
}

func (b *dibaoBook) eval() error {
	counted := decimal.Zero
	for _, in := range b.items {
		res, err := b.book.Eval(welfare.RuleIncomeExemptions, dibaoOn, in)
		if err != nil {
			return err
		}
		c, _ := res.Figure("counted")
		counted = counted.Add(c.Value.Number())
	}
	b.allowance["counted_income"] = counted
	return dibaoFromAllowance(b.book, b.allowance, counted)
}

// dibaoBookMaps evaluates the case through the book building every Inputs
// map on the call, carrying what each kind of income has already excluded
// and used of the 低边 line from item to item, as welfare.Evaluator.CountedIncome does.
func dibaoBookMaps(h welfare.Household, s welfare.LocalStandards) error {
	book := welfare.Book()
	var used [8]decimal.Decimal
	lineUsed := make([][8]decimal.Decimal, len(h.Members))
	counted := decimal.Zero
	for _, it := range h.Income.Items {
		k := handIncomeKinds[string(it.Kind)]
		res, err := book.Eval(welfare.RuleIncomeExemptions, dibaoOn, dibaoItemInputs(h, s, it, used[k], lineUsed[it.Member][k]))
		if err != nil {
			return err
		}
		c, _ := res.Figure("counted")
		x, _ := res.Figure("excluded")
		line, _ := res.Figure("line_used")
		used[k] = used[k].Add(x.Value.Number())
		lineUsed[it.Member][k] = lineUsed[it.Member][k].Add(line.Value.Number())
		counted = counted.Add(c.Value.Number())
	}
	return dibaoFromAllowance(book, rules.Inputs{"household_status": string(h.Status), "counted_income": counted,
		"period_months": h.Income.PeriodMonths, "members": len(h.Members), "dibao_standard": s.Dibao}, counted)
}

func dibaoItemInputs(h welfare.Household, s welfare.LocalStandards, it welfare.IncomeItem, already, line decimal.Decimal) rules.Inputs {
	in := rules.Inputs{"kind": string(it.Kind), "amount": it.Amount, "period_months": h.Income.PeriodMonths,
		"household_status": string(h.Status), "dibian_standard": s.Dibian, "first_employment": it.FirstEmployment,
		"low_income_farmer": h.LowIncomeFarmer, "already_excluded": already, "line_already_used": line,
		"period_from": h.Income.From, "period_to": h.Income.To}
	if d := h.Members[it.Member].Disability; d != "" {
		in["disability"] = string(d)
	}
	if !it.StartedOn.IsZero() {
		in["started_on"] = it.StartedOn
	}
	return in
}

func dibaoFromAllowance(book *rules.Book, in rules.Inputs, counted decimal.Decimal) error {
	res, err := book.Eval(welfare.RuleDibaoAllowance, dibaoOn, in)
	if err != nil {
		return err
	}
	pc, _ := res.Figure("per_capita_income")
	dibaoSink.amount, dibaoSink.counted, dibaoSink.perCapita, dibaoSink.eligible = res.Value.Number(), counted, pc.Value.Number(), res.Eligible
	return nil
}

// The hand-written household: its status (低保, 低边, 无; "" is 无), whether
// it is a low-income farm household, its members' disabilities, and its
// income in an assessment period of whole months.
type handHousehold struct {
	status   string
	farmer   bool
	members  []handMember
	months   int
	from, to rules.Date
	items    []handIncomeItem
}

type handMember struct {
	disability string // a certified disability's kind; "" or 无 for none
}

type handIncomeItem struct {
	kind    string
	amount  decimal.Decimal
	member  int
	first   bool       // 首次就业或自主创业
	started rules.Date // first day of the job or business
}

type handAllowanceResult struct {
	amount, counted, perCapita decimal.Decimal
	eligible                   bool
}

// handIncomeKinds number the kinds of income, to keep running sums in an
// array.
var handIncomeKinds = map[string]int{
	"就业收入": 0, "经营收入": 1, "公益性岗位补贴": 2, "青苗补偿费": 3, "来料加工收入": 4,
	"退役军人生活补助": 5, "折股量化收益": 6, "其他收入": 7,
}

var handDisabilities = map[string]bool{
	"": true, "无": true, "视力": true, "听力": true, "言语": true, "肢体": true, "智力": true, "精神": true, "多重": true,
}

var (
	handGreenCropCap  = decimal.NewFromInt(50000) // “不超过5万元青苗补偿费”
	handOutsourcedCap = decimal.NewFromInt(20000) // “不超过2万元收入”
)

// handDibaoAllowance is the monthly 低保 allowance written by hand: the
// household's income counted after the exemptions of 二、1, then “按低保人均
// 月收入低于当地最低生活保障标准的差额提供最低生活保障金”, computed as (standard ×
// members × months − counted income) ÷ months, divided once and rounded once
// to the fen; a per-capita income equal to the standard leaves no
// difference (“低于”).
func handDibaoAllowance(on rules.Date, h *handHousehold, dibao, dibian decimal.Decimal) (handAllowanceResult, error) {
	if on.Before(handWelfareFirst) || on.After(handWelfareLast) {
		return handAllowanceResult{}, errNotInForce
	}
	counted, err := handCountedIncome(on, h, dibian)
	if err != nil {
		return handAllowanceResult{}, err
	}
	switch {
	case h.status != "" && h.status != "低保" && h.status != "低边" && h.status != "无":
		return handAllowanceResult{}, invalid("household_status")
	case h.months == 0:
		return handAllowanceResult{}, missing("period_months")
	case h.months < 1:
		return handAllowanceResult{}, invalid("period_months")
	case len(h.members) < 1:
		return handAllowanceResult{}, invalid("members")
	case dibao.IsZero():
		return handAllowanceResult{}, missing("dibao_standard")
	case dibao.Sign() < 0:
		return handAllowanceResult{}, invalid("dibao_standard")
	}
	months, members := decimal.NewFromInt(int64(h.months)), decimal.NewFromInt(int64(len(h.members)))
	out := handAllowanceResult{counted: counted, perCapita: counted.DivRound(months.Mul(members), 2)}
	total := dibao.Mul(members).Mul(months)
	if h.status != "低保" || !counted.LessThan(total) {
		return out, nil
	}
	out.amount, out.eligible = total.Sub(counted).DivRound(months, 2), true
	return out, nil
}

// handCountedIncome counts the household's income item by item (二、1), the
// limits of a kind shared by the household's items of that kind and the
// 低边 line by a member's items of a kind.
func handCountedIncome(on rules.Date, h *handHousehold, dibian decimal.Decimal) (decimal.Decimal, error) {
	var used [8]decimal.Decimal
	lineUsed := make([][8]decimal.Decimal, len(h.members))
	counted := decimal.Zero
	for i := range h.items {
		it := &h.items[i]
		if it.member < 0 || it.member >= len(h.members) {
			return decimal.Decimal{}, invalid(fmt.Sprintf("Income.Items[%d].Member", i))
		}
		k, ok := handIncomeKinds[it.kind]
		if !ok {
			return decimal.Decimal{}, invalid("kind")
		}
		excluded, line, err := handExempt(on, h, it, dibian, used[k], lineUsed[it.member][k])
		if err != nil {
			return decimal.Decimal{}, err
		}
		used[k] = used[k].Add(excluded)
		lineUsed[it.member][k] = lineUsed[it.member][k].Add(line)
		counted = counted.Add(it.amount.Sub(excluded))
	}
	return counted, nil
}

// handExempt is what of one item is not counted (二、1), and how much of the
// member's 低边 line it used:
//   - “对低保低边成员首次就业或自主创业的，1年内不计家庭收入；对低保低边残疾人初次
//     就业、再就业的，3年内不计家庭收入；在不计家庭收入后的2年内，可按当地低边标准
//     扣除其就业创业成本” — by the months of the period the income was earned
//     in, spread evenly from the month the job began (that month whole); a
//     disabled member's job is wage employment;
//   - “对在公益性岗位、幸福岗位就业取得的岗位补贴低于低边标准的部分收入不计家庭收
//     入” — up to the 低边 standard × months;
//   - “被征地获得的不超过5万元青苗补偿费、从事来料加工取得的不超过2万元收入等不计
//     家庭收入” — per household and period;
//   - the veteran supplement (二、4) and a low-income farm household's
//     shareholding income (七、23) are not counted at all.
func handExempt(on rules.Date, h *handHousehold, it *handIncomeItem, dibian, already, lineAlready decimal.Decimal) (excluded, line decimal.Decimal, err error) {
	m := h.members[it.member]
	switch {
	case it.amount.Sign() < 0:
		return excluded, line, invalid("amount")
	case h.months == 0:
		return excluded, line, missing("period_months")
	case h.months < 1:
		return excluded, line, invalid("period_months")
	case h.status != "" && h.status != "低保" && h.status != "低边" && h.status != "无":
		return excluded, line, invalid("household_status")
	case dibian.IsZero():
		return excluded, line, missing("dibian_standard")
	case dibian.Sign() < 0:
		return excluded, line, invalid("dibian_standard")
	case !handDisabilities[m.disability]:
		return excluded, line, invalid("disability")
	}
	employment := it.kind == "就业收入" || it.kind == "经营收入"
	switch {
	case employment && it.started.IsZero():
		return excluded, line, invalid("started_on")
	case !it.started.IsZero() && it.started.After(on):
		return excluded, line, invalid("started_on")
	}
	if !h.from.IsZero() && !h.to.IsZero() {
		end := h.to.AddDays(1)
		if h.from.FullMonths(end) != h.months || h.from.AddMonths(h.months) != end {
			return excluded, line, invalid("period_to") // not whole months
		}
	}
	switch {
	case !h.to.IsZero() && h.to.After(on):
		return excluded, line, invalid("period_to")
	case !it.started.IsZero() && !h.to.IsZero() && it.started.After(h.to):
		return excluded, line, invalid("started_on")
	case it.kind == "青苗补偿费" && already.GreaterThan(handGreenCropCap),
		it.kind == "来料加工收入" && already.GreaterThan(handOutsourcedCap):
		return excluded, line, invalid("already_excluded")
	}
	months := decimal.NewFromInt(int64(h.months))
	lineMax := dibian.Mul(months)
	if lineAlready.GreaterThan(lineMax) {
		return excluded, line, invalid("line_already_used")
	}

	switch it.kind {
	case "退役军人生活补助":
		return it.amount, decimal.Zero, nil
	case "折股量化收益":
		if h.farmer {
			return it.amount, decimal.Zero, nil
		}
		return decimal.Zero, decimal.Zero, nil
	case "公益性岗位补贴":
		x := decimal.Min(it.amount, decimal.Max(lineMax.Sub(lineAlready), decimal.Zero))
		return x, x, nil
	case "青苗补偿费":
		return decimal.Min(it.amount, decimal.Max(handGreenCropCap.Sub(already), decimal.Zero)), decimal.Zero, nil
	case "来料加工收入":
		return decimal.Min(it.amount, decimal.Max(handOutsourcedCap.Sub(already), decimal.Zero)), decimal.Zero, nil
	case "其他收入":
		return decimal.Zero, decimal.Zero, nil
	}

	// Wages or a business.
	assisted := h.status == "低保" || h.status == "低边"
	years := 0
	switch {
	case assisted && m.disability != "" && m.disability != "无" && it.kind == "就业收入":
		years = 3
	case assisted && it.first:
		years = 1
	}
	if years == 0 {
		return decimal.Zero, decimal.Zero, nil
	}
	switch {
	case h.from.IsZero():
		return excluded, line, missing("period_from")
	case h.to.IsZero():
		return excluded, line, missing("period_to")
	}
	exemptUntil := it.started.AddYears(years)
	deductionUntil := exemptUntil.AddYears(2)
	before := handMonthsBy(h, it.started)
	toExempt := handMonthsBy(h, exemptUntil.AddDays(1))
	toDeduction := handMonthsBy(h, deductionUntil.AddDays(1))
	earning := decimal.NewFromInt(int64(h.months - before))
	exemptMonths := max(toExempt-before, 0)
	deductionMonths := toDeduction - max(toExempt, before)
	exemptPart := it.amount.Mul(decimal.NewFromInt(int64(exemptMonths))).DivRound(earning, 2)
	deductionPart := it.amount.Mul(decimal.NewFromInt(int64(deductionMonths))).DivRound(earning, 2)
	deductionLine := dibian.Mul(decimal.NewFromInt(int64(deductionMonths)))
	cost := decimal.Min(deductionPart, decimal.Max(deductionLine.Sub(lineAlready), decimal.Zero))
	return exemptPart.Add(cost), cost, nil
}

// handMonthsBy is the number of the period's months that ended before day:
// none when day is in the first month or before, all when it is after the
// period.
func handMonthsBy(h *handHousehold, day rules.Date) int {
	n := h.from.FullMonths(day)
	switch {
	case n <= 0:
		return 0
	case day.After(h.to):
		return h.months
	}
	return n
}
