package welfare

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 二、1 and 二、2: the 低保 and 低边 households — phase-out, the
// income that counts, the allowance, the 低边 threshold.

const (
	quotePhaseOut      = "对人均收入超过低保标准或低边标准或因首次企业认缴超标的低保低边，可给予一年渐退期"
	quoteExemptPolicy  = "完善困难群众“部分收入免计”政策"
	quoteFirstJob      = "对低保低边成员首次就业或自主创业的，1年内不计家庭收入"
	quoteDisabledJob   = "对低保低边残疾人初次就业、再就业的，3年内不计家庭收入"
	quoteCostDeduction = "在不计家庭收入后的2年内，可按当地低边标准扣除其就业创业成本"
	quotePostSubsidy   = "对在公益性岗位、幸福岗位就业取得的岗位补贴低于低边标准的部分收入不计家庭收入"
	quoteGreenCrop     = "被征地获得的不超过5万元青苗补偿费"
	quoteOutsourced    = "从事来料加工取得的不超过2万元收入等不计家庭收入"
	quoteVeteranIncome = "生活补助（列“其他优抚支出”科目，不计入家庭收入）"
	quoteShareholding  = "收益在复核中不计入家庭收入范围"
	quoteAllowance     = "对认定最低生活保障对象，按低保人均月收入低于当地最低生活保障标准的差额提供最低生活保障金"
	quoteDibian        = "有条件的地方可将低保边缘认定标准放宽至低保标准的2倍，但不超过当地最低工资标准"
)

func dibaoSpec() ([]rules.Param, []rules.Rule) {
	params := []rules.Param{
		fixed("phase_out_years", rules.T("渐退期", "phase-out period"), rules.Year, "1", cite("二、1", quotePhaseOut)),
		fixed("first_job_exempt_years", rules.T("首次就业创业收入不计期", "first job or business: years income is not counted"),
			rules.Year, "1", cite("二、1", quoteFirstJob)),
		fixed("disabled_exempt_years", rules.T("残疾人初次就业、再就业收入不计期", "disabled member's job: years income is not counted"),
			rules.Year, "3", cite("二、1", quoteDisabledJob)),
		fixed("cost_deduction_years", rules.T("扣除就业创业成本期", "years the job or business cost is deducted"),
			rules.Year, "2", cite("二、1", quoteCostDeduction)),
		capped("green_crop_cap", rules.T("不计家庭收入的青苗补偿费限额", "green-crop compensation not counted, at most"),
			rules.Yuan, "50000", cite("二、1", quoteGreenCrop)),
		capped("outsourced_cap", rules.T("不计家庭收入的来料加工收入限额", "outsourced-processing income not counted, at most"),
			rules.Yuan, "20000", cite("二、1", quoteOutsourced)),
		{Name: "kind_treatment", Title: rules.T("按收入类别的计法", "how each kind of income is counted"),
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{string(PublicPostSubsidy)}, Value: string(TreatPostSubsidy), Cite: cite("二、1", quotePostSubsidy)},
				{Keys: []string{string(GreenCropComp)}, Value: string(TreatGreenCrop), Cite: cite("二、1", quoteGreenCrop)},
				{Keys: []string{string(OutsourcedWork)}, Value: string(TreatOutsourced), Cite: cite("二、1", quoteOutsourced)},
				{Keys: []string{string(VeteranSupplementIncome)}, Value: string(TreatVeteran), Cite: cite("二、4", quoteVeteranIncome)},
				{Keys: []string{string(ShareholdingIncome)}, Value: string(TreatShareholding), Cite: cite("七、23", quoteShareholding)},
				{Keys: []string{string(OtherIncome)}, Value: string(TreatCounted), Cite: cite("二、1", quoteExemptPolicy)},
			}}, Cite: cite("二、1", quoteExemptPolicy)}}},
		capped("dibian_max_factor", rules.T("低边认定标准相对低保标准的最高倍数", "highest multiple of the 低保 standard for the 低边 threshold"),
			rules.Number, "2", cite("二、2", quoteDibian)),
	}
	return params, []rules.Rule{phaseOutRule(), exemptionsRule(), allowanceRule(), dibianRule()}
}

// Inputs of the household's counted income, shared by the phase-out and the
// allowance.
var (
	inCountedIncome = rules.NumberInput("counted_income", rules.T("核算期内计入的家庭收入", "household income counted in the assessment period"),
		rules.Yuan, rules.Range{Lo: rules.Incl("0")})
	inPeriodMonths = rules.CountInput("period_months", rules.T("收入核算期月数", "months of the assessment period"),
		rules.Month, rules.Range{Lo: rules.Incl("1")})
	inMembers = rules.CountInput("members", rules.T("家庭成员人数", "household members"),
		rules.Number, rules.Range{Lo: rules.Incl("1")})
	defPerCapita = rules.Def{Name: "per_capita", Title: rules.T("家庭人均月收入", "per-capita monthly income"),
		Expr: "counted_income / (period_months * members)", Unit: &YuanPerPersonMonth}
	outPerCapita = rules.Output{Name: "per_capita_income", Title: rules.T("家庭人均月收入", "per-capita monthly income"),
		Unit: YuanPerPersonMonth, Expr: "per_capita", Always: true}
)

func phaseOutRule() rules.Rule {
	return rules.Rule{
		ID:    RuleDibaoPhaseOut,
		Title: rules.T("低保低边渐退期", "phase-out period of a 低保 or 低边 household"),
		Cite:  cite("二、1", quotePhaseOut),
		// Each standard is read only by the household it is the line of: a
		// 低保 household's phase-out never reads the 低边 standard, a 低边
		// household's never the 低保 one, and one over through a first
		// capital subscription neither.
		Inputs: []rules.Input{inStatus, inCountedIncome, inPeriodMonths, inMembers, inDibaoStandard.Omittable(), inDibianStandard.Omittable(),
			rules.DateInput("found_on", rules.T("核定超标之日", "day the household was found over the standard")),
			rules.FlagInput("by_subscription", rules.T("因首次企业认缴超标", "over the standard through a first enterprise capital subscription")).Optional(false),
			rules.DateInput("period_to", rules.T("收入核算期末日", "last day of the assessment period")),
		},
		Defs: []rules.Def{defPerCapita,
			{Name: "dibao_total", Title: rules.T("核算期低保标准总额（标准×人数×月数）", "低保 standard × members × months"),
				Expr: "dibao_standard * members * period_months"},
			{Name: "dibian_total", Title: rules.T("核算期低边标准总额（标准×人数×月数）", "低边 standard × members × months"),
				Expr: "dibian_standard * members * period_months"},
			{Name: "phase_out_until", Title: rules.T("渐退期届满之日", "last day of the phase-out"),
				Expr: "add_years(found_on, phase_out_years)"},
		},
		Checks: []rules.Check{checkStandards, {Field: "found_on",
			Text: rules.T("核定超标之日不晚于评估日期", "the household was found over the standard on or before the evaluation date"),
			Expr: "found_on <= eval_date"}, {Field: "found_on",
			Text: rules.T("核定超标所依据的收入核算期在核定之日或之前结束", "the assessment period the finding rests on ended on or before the day of the finding"),
			Expr: "period_to <= found_on"}},
		Require: []rules.Condition{
			{Name: "dibao_or_dibian", Text: rules.T("低保低边家庭", "a 低保 or 低边 household"),
				Expr: fmt.Sprintf("household_status in %s", quoted(Dibao, Dibian)), Cite: cite("附则1", quoteStatus)},
			{Name: "over_standard", Text: rules.T("人均收入超过低保标准（低保家庭）或低边标准（低边家庭），或因首次企业认缴超标",
				"per-capita income above the 低保 standard (低保 household) or the 低边 standard (低边 household), or over through a first enterprise subscription"),
				Expr: fmt.Sprintf("by_subscription || household_status == %q && counted_income > dibao_total || household_status == %q && counted_income > dibian_total",
					Dibao, Dibian)},
		},
		Outputs: []rules.Output{
			{Name: "until", Title: rules.T("渐退期届满之日", "last day of the phase-out"), Expr: "phase_out_until"},
			{Name: "in_phase_out", Title: rules.T("评估日期在渐退期内", "the evaluation date is within the phase-out"),
				Expr: "eval_date <= phase_out_until"},
			outPerCapita,
		},
		Reading: rules.T(
			"“可给予”读作给予；“一年渐退期”自核定超标之日起算，起算日不计入，至次年对应日届满（民法典第201–202条）；"+
				"“超过”不含本数：人均收入等于标准的不属超标。收入为核算期计入的家庭收入（已适用部分收入免计），按核定超标之日的情况计算，"+
				"核算期须在核定之日或之前结束；评估日期只定是否仍在渐退期内。"+
				"低保家庭以低保标准、低边家庭以低边标准衡量，只需给出本家庭的标准（因首次企业认缴超标的，两者均不需）；两者均给出的，低边标准不得低于低保标准。",
			"“可给予” is read as given; the one-year phase-out counts from the day the household was found over the "+
				"standard, that day not counted, and ends on the corresponding day a year later (Civil Code art. 201–202); "+
				"“超过” excludes the figure: income equal to the standard is not over it. The income is the counted income "+
				"of the assessment period, after the exemptions, as it stood on the day of the finding, and that period ended "+
				"by then; the evaluation date only says whether the phase-out still runs. A 低保 household is measured by "+
				"the 低保 standard and a 低边 household by the 低边 one: only the household's own standard is needed (neither "+
				"for one over through a first subscription); where both are given, the 低边 one is not below the 低保 one."),
	}
}

// monthsBy is the expression of the number of months of the assessment
// period that end before the date x: the months of the period run from
// period_from, each to the day before the corresponding day of the next, so
// the months before x are the whole months from period_from to x.
func monthsBy(x string) string {
	return fmt.Sprintf("full_months(period_from, %[1]s) <= 0 ? 0 : (%[1]s > period_to ? period_months : full_months(period_from, %[1]s))", x)
}

func exemptionsRule() rules.Rule {
	employment := quoted(WageIncome, BusinessIncome)
	k := func(x IncomeKind) string { return fmt.Sprintf("kind == %q", x) }
	t := func(x IncomeTreatment) string { return fmt.Sprintf("%q", x) }
	excluded := fmt.Sprintf(`%s ? amount : (%s ? (low_income_farmer ? amount : 0) : (%s ? min(amount, line_left) : (%s ? min(amount, max(green_crop_cap - already_excluded, 0)) : (%s ? min(amount, max(outsourced_cap - already_excluded, 0)) : (exempt_years > 0 ? exempt_part + cost_deducted : 0)))))`,
		k(VeteranSupplementIncome), k(ShareholdingIncome), k(PublicPostSubsidy), k(GreenCropComp), k(OutsourcedWork))
	treatment := fmt.Sprintf(`kind in %s ? (!assisted ? %s : (exempt_years == 0 ? %s : (exempt_months == earning_months ? (disabled_rule ? %s : %s) : (deduction_months == earning_months ? %s : (exempt_months == 0 && deduction_months == 0 ? %s : %s))))) : (%s && !low_income_farmer ? %s : kind_treatment[kind])`,
		employment, t(TreatNotAssisted), t(TreatNoExemption),
		t(TreatDisabledExempt), t(TreatFirstJobExempt),
		t(TreatCostDeducted), t(TreatWindowsOver), t(TreatByMonths),
		k(ShareholdingIncome), t(TreatNotLowIncomeFarmer))
	windowed := func(x string) string { return "exempt_years > 0 ? " + x + " : 0" }
	month := rules.Month
	return rules.Rule{
		ID:    RuleIncomeExemptions,
		Title: rules.T("部分收入免计", "income not counted as household income"),
		Cite:  cite("二、1", quoteExemptPolicy),
		Inputs: []rules.Input{
			rules.ChoiceInput("kind", rules.T("收入类别", "kind of income"), IncomeKinds()...),
			rules.NumberInput("amount", rules.T("核算期内该项收入", "amount received in the assessment period"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}),
			inPeriodMonths,
			inStatus,
			// Only the items whose reading uses the 低边 line read the
			// standard: a pension or other income of a 低保 household does
			// not, and is assessed without it.
			inDibianStandard.Omittable(),
			rules.ChoiceInput("disability", rules.T("取得收入的成员的残疾类别（持证残疾人）", "kind of disability of the earning member (certified)"),
				DisabilityKinds()...).Optional(string(NotDisabled)),
			rules.FlagInput("first_employment", rules.T("首次就业或自主创业", "the member's first job or first own business")).Optional(false),
			rules.DateInput("started_on", rules.T("开始就业或创业之日", "first day of the job or business")).Omittable(),
			rules.FlagInput("low_income_farmer", rules.T("低收入农户", "low-income farm household")).Optional(false),
			rules.NumberInput("already_excluded", rules.T("本核算期本户同类收入已不计的金额", "amount of the same kind the household already has not counted in the period"),
				rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.NumberInput("line_already_used", rules.T("本核算期该成员同类收入已用的低边标准额度", "part of the 低边 line the member's items of the same kind already used in the period"),
				rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.DateInput("period_from", rules.T("收入核算期首日", "first day of the assessment period")).Omittable(),
			rules.DateInput("period_to", rules.T("收入核算期末日", "last day of the assessment period")).Omittable(),
		},
		Defs: []rules.Def{
			{Name: "assisted", Title: rules.T("低保低边家庭成员", "member of a 低保 or 低边 household"),
				Expr: fmt.Sprintf("household_status in %s", quoted(Dibao, Dibian))},
			{Name: "disabled_rule", Title: rules.T("低保低边残疾人初次就业、再就业", "disabled member of a 低保 or 低边 household in a job"),
				Expr: fmt.Sprintf("assisted && disability != %q && %s", NotDisabled, k(WageIncome))},
			{Name: "first_rule", Title: rules.T("低保低边成员首次就业或自主创业", "first job or business of a 低保 or 低边 member"),
				Expr: fmt.Sprintf("assisted && first_employment && kind in %s", employment)},
			{Name: "exempt_years", Title: rules.T("不计家庭收入的年数", "years the income is not counted"), Unit: &rules.Year,
				Expr: "disabled_rule ? disabled_exempt_years : (first_rule ? first_job_exempt_years : 0)"},
			{Name: "exempt_until", Title: rules.T("不计家庭收入期届满之日", "last day the income is not counted"),
				Expr: "add_years(started_on, exempt_years)"},
			{Name: "deduction_until", Title: rules.T("扣除就业创业成本期届满之日", "last day the job or business cost is deducted"),
				Expr: "add_years(exempt_until, cost_deduction_years)"},
			{Name: "after_exempt", Title: rules.T("不计期届满之日的次日", "the day after the last day not counted"), Expr: "add_days(exempt_until, 1)"},
			{Name: "after_deduction", Title: rules.T("扣除期届满之日的次日", "the day after the last day of cost deduction"), Expr: "add_days(deduction_until, 1)"},
			{Name: "months_before_start", Title: rules.T("核算期内开始就业创业前已结束的月数", "months of the period that ended before the job or business started"), Unit: &month,
				Expr: monthsBy("started_on")},
			{Name: "months_to_exempt_end", Title: rules.T("核算期内至不计期届满之日已结束的月数", "months of the period that ended by the last day not counted"), Unit: &month,
				Expr: monthsBy("after_exempt")},
			{Name: "months_to_deduction_end", Title: rules.T("核算期内至扣除期届满之日已结束的月数", "months of the period that ended by the last day of cost deduction"), Unit: &month,
				Expr: monthsBy("after_deduction")},
			{Name: "earning_months", Title: rules.T("核算期内有该项收入的月数（自开始就业创业之月起）", "months of the period with this income (from the month the job or business started)"),
				Expr: "period_months - months_before_start"},
			{Name: "exempt_months", Title: rules.T("其中在不计家庭收入期内的月数", "of which, months within the period not counted"),
				Expr: "max(months_to_exempt_end - months_before_start, 0)"},
			{Name: "deduction_months", Title: rules.T("其中在扣除就业创业成本期内的月数", "of which, months within the cost-deduction period"),
				Expr: "months_to_deduction_end - max(months_to_exempt_end, months_before_start)"},
			{Name: "exempt_part", Title: rules.T("按月分摊到不计家庭收入期的收入", "the income apportioned to the months not counted"),
				Expr: "round(amount * exempt_months / earning_months, 2)"},
			// Each share is rounded to the fen; the second is what is left of
			// the item at most, so that the two never add up to more than it
			// (20,000.34 over 7 and 5 months: 11,666.87 and 8,333.47, not
			// 8,333.48).
			{Name: "deduction_part", Title: rules.T("按月分摊到扣除期的收入（与不计部分合计不超过该项收入）", "the income apportioned to the cost-deduction months (with the part not counted, at most the item)"),
				Expr: "min(round(amount * deduction_months / earning_months, 2), amount - exempt_part)"},
			{Name: "deduction_line", Title: rules.T("扣除期月数的低边标准（标准×月数）", "the 低边 standard over the cost-deduction months (standard × months)"),
				Expr: "dibian_standard * deduction_months"},
			{Name: "cost_deducted", Title: rules.T("按低边标准扣除的就业创业成本", "job or business cost deducted at the 低边 standard"),
				Expr: "deduction_months == 0 ? 0 : min(deduction_part, max(deduction_line - line_already_used, 0))"},
			{Name: "dibian_line", Title: rules.T("核算期内的低边标准（标准×月数）", "the 低边 standard over the period (standard × months)"),
				Expr: "dibian_standard * period_months"},
			{Name: "line_left", Title: rules.T("该成员尚可用的低边标准额度", "part of the 低边 line left for the member"),
				Expr: "max(dibian_line - line_already_used, 0)"},
			{Name: "not_counted", Title: rules.T("不计家庭收入的金额", "amount not counted"), Expr: excluded},
		},
		Checks: []rules.Check{
			{Field: "started_on", Text: rules.T("就业、经营收入须给出开始就业或创业之日", "employment and business income need the first day of the job or business"),
				Expr: fmt.Sprintf("!(kind in %s) || given(started_on)", employment)},
			{Field: "started_on", Text: rules.T("开始就业或创业之日不晚于评估日期", "the job or business started on or before the evaluation date"),
				Expr: "!given(started_on) || started_on <= eval_date"},
			{Field: "period_to", Text: rules.T("核算期由整月组成：末日为首日加月数的前一日", "the period is of whole months: its last day is the day before its first day plus its months"),
				// full_months first: it holds whenever the period is of whole
				// months, and it keeps an absurd count of months out of
				// add_months (an evaluation failure, not an invalid case).
				Expr: "!given(period_from) || !given(period_to) || full_months(period_from, add_days(period_to, 1)) == period_months && add_months(period_from, period_months) == add_days(period_to, 1)"},
			{Field: "period_to", Text: rules.T("核算期末日不晚于评估日期", "the period ended on or before the evaluation date"),
				Expr: "!given(period_to) || period_to <= eval_date"},
			{Field: "started_on", Text: rules.T("开始就业或创业之日不晚于核算期末日", "the job or business started on or before the last day of the period"),
				Expr: "!given(started_on) || !given(period_to) || started_on <= period_to"},
			// What earlier items used of a limit is a part of it: more than the
			// whole cannot have been used.
			{Field: "already_excluded", Text: rules.T("同类收入已不计的金额不超过该类限额（青苗补偿费5万元、来料加工2万元）",
				"the amount of the kind already not counted is within the kind's limit (green-crop 50,000, outsourced processing 20,000)"),
				Expr: fmt.Sprintf("(%s ? already_excluded <= green_crop_cap : true) && (%s ? already_excluded <= outsourced_cap : true)", k(GreenCropComp), k(OutsourcedWork))},
			{Field: "line_already_used", Text: rules.T("已用的低边标准额度不超过核算期内的低边标准（标准×月数）",
				"the part of the 低边 line already used is within the line over the period (standard × months)"),
				// Nothing used of the line needs no standard to be within it.
				Expr: "line_already_used == 0 || line_already_used <= dibian_standard * period_months"},
		},
		Labels: rules.Choices(IncomeTreatments()...),
		Outputs: []rules.Output{
			{Name: "excluded", Title: rules.T("不计家庭收入的金额", "amount not counted"), Unit: rules.Yuan, Expr: "not_counted"},
			{Name: "counted", Title: rules.T("计入家庭收入的金额", "amount counted"), Unit: rules.Yuan, Expr: "amount - not_counted"},
			{Name: "treatment", Title: rules.T("计算方式", "how the item is counted"), Expr: treatment},
			{Name: "line_used", Title: rules.T("本项使用的低边标准额度", "part of the 低边 line this item used"), Unit: rules.Yuan,
				Expr: fmt.Sprintf("%s ? not_counted : (%s)", k(PublicPostSubsidy), windowed("cost_deducted"))},
			{Name: "exempt_years", Title: rules.T("不计家庭收入的年数", "years the income is not counted"), Unit: rules.Year, Expr: "exempt_years"},
			{Name: "exempt_until", Title: rules.T("不计家庭收入期届满之日（无不计期的，为评估日期）", "last day the income is not counted (the evaluation date where there is none)"),
				Expr: "exempt_years > 0 ? exempt_until : eval_date"},
			{Name: "deduction_until", Title: rules.T("扣除就业创业成本期届满之日（无不计期的，为评估日期）", "last day the job or business cost is deducted (the evaluation date where there is none)"),
				Expr: "exempt_years > 0 ? deduction_until : eval_date"},
			{Name: "earning_months", Title: rules.T("核算期内有该项收入的月数（有不计期的就业创业收入）", "months of the period with this income (employment income with an exemption)"),
				Unit: rules.Month, Expr: windowed("earning_months")},
			{Name: "exempt_months", Title: rules.T("其中在不计家庭收入期内的月数", "of which, months not counted"), Unit: rules.Month, Expr: windowed("exempt_months")},
			{Name: "deduction_months", Title: rules.T("其中在扣除就业创业成本期内的月数", "of which, months of cost deduction"), Unit: rules.Month, Expr: windowed("deduction_months")},
			{Name: "cost_deducted", Title: rules.T("按低边标准扣除的就业创业成本", "job or business cost deducted at the 低边 standard"), Unit: rules.Yuan, Expr: windowed("cost_deducted")},
		},
		Reading: rules.T(
			"逐项评估；不计期自开始就业或创业之日起算，起算日不计入，届满于对应日（民法典第201–202条）。"+
				"“1年内”“3年内”“在不计家庭收入后的2年内”指收入取得的时间，不指评估日期：核算期按首日起逐月划分，该项收入按月平均分摊到"+
				"开始就业创业之月起的各月（开始之月计为一个整月）；在不计期届满之日或之前结束的月份不计家庭收入，此后至扣除期届满之日或之前结束的月份"+
				"按当地低边标准×月数扣除就业创业成本（以分摊到这些月份的收入为限），其余月份全额计入；跨届满之日的月份归入后一期间，"+
				"故1年不计期恰为12个整月。分摊额四舍五入到分。核算期须给出首日和末日（由整月组成，不晚于评估日期）；"+
				"工作在核算期内结束的，调用方只列其实际取得的收入。"+
				"“残疾人初次就业、再就业”指低保低边家庭持证残疾成员的受雇就业（不含自主创业，自主创业按首次就业创业1年计）；两项均符合的按3年。"+
				"公益性岗位、幸福岗位补贴中不超过低边标准×月数的部分不计。同一成员同类收入分列多项的，共用一份低边标准额度。"+
				"青苗补偿费5万元、来料加工收入2万元为每户每核算期限额，已用额度由同类收入此前各项累计；已用额度超过限额、已用低边额度超过低边标准×月数的为无效输入。"+
				"退役军人生活补助全额不计（二、4）；低收入农户的折股量化收益全额不计（七、23）。"+
				"低边标准只在该项的读法用到低边额度时才需给出（岗位补贴，扣除就业创业成本的月份）；养老金等其他收入、不计期内的月份不读低边标准。",
			"Each item is evaluated on its own. An exemption counts from the first day of the job or business, that day "+
				"not counted, and ends on the corresponding day (Civil Code art. 201–202). “1年内”, “3年内” and “在不计家庭收入后的2年内” "+
				"are when the income was earned, not the evaluation date: the assessment period is divided into months from its "+
				"first day, and the item is spread evenly over its months from the month the job or business started (that "+
				"month counting as a whole one). Months that end on or before the last day not counted are not counted; months "+
				"that end after it and on or before the last day of cost deduction have the cost deducted at the local 低边 "+
				"standard × those months (at most the income spread over them); the other months count in full. A month "+
				"straddling the end of a window falls in the later one, so that a 1-year exemption is exactly 12 whole months. "+
				"Shares are rounded to the fen. The period needs its first and last day (whole months, ended on or before the "+
				"evaluation date); for a job that ended within the period the caller gives only the income it earned. "+
				"“残疾人初次就业、再就业” is a disabled member's wage employment "+
				"in a 低保 or 低边 household (own business falls under the first-job rule, 1 year); where both rules fit, 3 years. "+
				"Of a public-welfare or 幸福 post subsidy, the part up to the 低边 standard × months is not "+
				"counted. A member's items of one kind share one 低边 line. The 50,000 green-crop and 20,000 outsourced-processing limits are per household and period; the "+
				"amount already used comes from the earlier items of the same kind; more used than a limit, or more of the 低边 line "+
				"than the standard × months, is an invalid input. The veteran supplement (二、4) and a "+
				"low-income farm household's shareholding income (七、23) are not counted at all. The 低边 standard is needed "+
				"only by an item whose reading uses the 低边 line (a post subsidy, months of cost deduction): a pension or other "+
				"income, or months within the exemption, are read without it."),
	}
}

func allowanceRule() rules.Rule {
	return rules.Rule{
		ID:    RuleDibaoAllowance,
		Title: rules.T("最低生活保障金", "minimum living allowance (低保金)"),
		Cite:  cite("二、1", quoteAllowance),
		// A household with no income counted has a per-capita monthly
		// income of 0 over any period: the period divides the income and
		// decides nothing else, so it may be left out when nothing is
		// counted, and the allowance is then the standard × members.
		Inputs: []rules.Input{inStatus, inCountedIncome, inPeriodMonths.Omittable(), inMembers, inDibaoStandard},
		Defs: []rules.Def{
			{Name: "months", Title: rules.T("收入核算期月数（无计入收入时可不给出，记为0）", "months of the assessment period (may be left out when nothing is counted: 0)"),
				Expr: "given(period_months) ? period_months : 0", Unit: &rules.Month},
			{Name: "per_capita", Title: defPerCapita.Title, Expr: "months == 0 ? 0 : counted_income / (months * members)", Unit: &YuanPerPersonMonth},
			{Name: "dibao_total", Title: rules.T("核算期低保标准总额（标准×人数×月数）", "低保 standard × members × months"),
				Expr: "dibao_standard * members * months"},
		},
		Checks: []rules.Check{{Field: "period_months",
			Text: rules.T("计入收入的家庭给出收入核算期月数", "a household with income counted gives the months of its assessment period"),
			Expr: "given(period_months) || counted_income == 0"}},
		Require: []rules.Condition{
			{Name: "dibao", Text: rules.T("认定最低生活保障对象（低保家庭）", "a recognised 低保 household"),
				Expr: fmt.Sprintf("household_status == %q", Dibao)},
			{Name: "below_standard", Text: rules.T("低保人均月收入低于当地最低生活保障标准", "per-capita monthly income below the local 低保 standard"),
				Expr: "months == 0 ? per_capita < dibao_standard : counted_income < dibao_total"},
		},
		Outputs: []rules.Output{
			{Name: "allowance", Title: rules.T("每月最低生活保障金", "monthly 低保 allowance"), Unit: YuanPerMonth,
				Expr: "months == 0 ? dibao_standard * members : (dibao_total - counted_income) / months"},
			outPerCapita,
		},
		Reading: rules.T(
			"保障金＝（低保标准－人均月收入）×家庭人数，人均月收入＝核算期计入收入÷月数÷人数；按等价的"+
				"“（低保标准×人数×月数－核算期计入收入）÷月数”计算，只除一次、只在最后取整到分；"+
				"“低于”不含本数：人均收入等于标准的无差额可补。"+
				"无计入收入的家庭，任一核算期的人均月收入均为0，保障金为低保标准×人数，无须给出核算期。"+
				"不设温州户籍条件：附则1的户籍原则“除政策另有规定外”，八、26“将符合条件的新市民纳入救助范围，分层分类实施社会救助”即另有规定；"+
				"低保为社会救助，经民政部门认定（附则1）即为符合条件，市外户籍的低保家庭为纳入救助范围的新市民。",
			"allowance = (低保 standard − per-capita monthly income) × members, per-capita income = counted income ÷ "+
				"months ÷ members; computed as the equal “(standard × members × months − counted income) ÷ months”, with "+
				"one division and one rounding, to the fen; “低于” excludes the figure: income equal to the standard leaves "+
				"no difference. A household with no income counted has a per-capita monthly income of 0 over any period: its "+
				"allowance is the standard × members, and it need not give a period. No Wenzhou-registration condition: 附则1's rule of Wenzhou registrations holds “除政策另有规定外”, "+
				"and 八、26 (将符合条件的新市民纳入救助范围，分层分类实施社会救助) provides otherwise for social assistance; 低保 is "+
				"social assistance, its recognition by civil affairs (附则1) is the meeting of the conditions, and a 低保 household "+
				"registered outside Wenzhou is a new citizen brought into assistance."),
	}
}

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
// itemError returns the error of income item i naming its field by its
// path in the household: Income.Items[i].Amount, Income.PeriodMonths.
func itemError(err error, i int) error {
	var re *rules.Error
	if !errors.As(err, &re) || re.Input == "" {
		return err
	}
	c := *re
	if _, ok := reflect.TypeFor[IncomeItem]().FieldByName(re.Field); ok {
		c.Field = fmt.Sprintf("Income.Items[%d].%s", i, re.Field)
	} else if _, ok := reflect.TypeFor[Income]().FieldByName(re.Field); ok {
		c.Field = "Income." + re.Field
	}
	return &c
}

type exemptCase struct {
	IncomeItem
	Income                      // the period: its months, first and last day
	Status     AssistanceStatus `rule:"household_status"`
	Dibian     decimal.Decimal  `rule:"dibian_standard,omitzero"`
	Disability DisabilityKind   `rule:"disability"` // of the member whose income it is
	Farmer     bool             `rule:"low_income_farmer"`
	Already    decimal.Decimal  `rule:"already_excluded"`
	LineUsed   decimal.Decimal  `rule:"line_already_used"`
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
	out := IncomeAssessment{PeriodMonths: c.Income.PeriodMonths, Items: make([]IncomeItemResult, 0, len(c.Income.Items))}
	var err error
	out.Counted, out.Excluded, err = e.countIncome(on, &c, &out.Items)
	if err != nil {
		return IncomeAssessment{}, err
	}
	return out, nil
}

// countIncome applies the exemptions to each income item and returns the
// income counted and excluded. With items, each item's result is
// appended to *items, with its Outcome; without, the items are evaluated
// for their figures alone, as a screening wants them.
func (e *Evaluator) countIncome(on rules.Date, c *HouseholdCase, items *[]IncomeItemResult) (counted, excluded decimal.Decimal, err error) {
	h := &c.Household
	inc := h.Income
	// The running sums are exact.Numbers, the engine's own arithmetic: the
	// same sums as decimal.Decimal's, without an allocation for each.
	var used [8]exact.Number // excluded so far, by kind (incomeKindIndex)
	// The 低边 line used so far, by member and kind: on the stack for a
	// household of up to six.
	var small [6][8]exact.Number
	lineUsed := small[:]
	if len(h.Members) > len(small) {
		lineUsed = make([][8]exact.Number, len(h.Members))
	}
	var sumCounted, sumExcluded exact.Number
	in := exemptCase{Income: inc, Status: h.Status, Dibian: c.Dibian, Farmer: h.LowIncomeFarmer}
	var one IncomeItemResult // an item's result, when the items are not kept
	for i, it := range inc.Items {
		if it.Member < 0 || it.Member >= len(h.Members) {
			return counted, excluded, &rules.Error{Code: rules.CodeInvalidInput, Rule: RuleIncomeExemptions,
				Field: fmt.Sprintf("Income.Items[%d].Member", i),
				Msg:   fmt.Sprintf("member %d is not one of the household's %d members", it.Member, len(h.Members)),
				MsgZh: fmt.Sprintf("成员序号%d不是本家庭%d名成员之一", it.Member, len(h.Members))}
		}
		k := incomeKindIndex[it.Kind] // an unknown kind is refused by the rule
		in.IncomeItem, in.Disability = it, h.Members[it.Member].Disability
		in.Already, in.LineUsed = used[k].Dec(), lineUsed[it.Member][k].Dec()
		r := &one
		if items != nil {
			// Evaluated into its place in the list: the result, which keeps
			// a copy of the case, is not copied again.
			*items = append(*items, IncomeItemResult{})
			r = &(*items)[len(*items)-1]
			err = e.exempt.EvalInto(on, &in, r)
		} else {
			_, err = e.exempt.Screen(on, &in, r)
		}
		if err != nil {
			return counted, excluded, itemError(err, i)
		}
		r.Item = it
		if r.ExemptYears <= 0 {
			// The rule gives the evaluation date when no exemption applies.
			r.ExemptUntil, r.DeductionUntil = rules.Date{}, rules.Date{}
		}
		x := exact.Of(r.Excluded)
		used[k] = used[k].Add(x)
		lineUsed[it.Member][k] = lineUsed[it.Member][k].Add(exact.Of(r.LineUsed))
		sumCounted = sumCounted.Add(exact.Of(r.Counted))
		sumExcluded = sumExcluded.Add(x)
	}
	return sumCounted.Dec(), sumExcluded.Dec(), nil
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
