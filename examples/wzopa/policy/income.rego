# 二、1 welfare.income.exemptions (also 二、4 and 七、23): the household's
# counted income, item by item, as welfare.Evaluator.CountedIncome counts
# it. The per-household limits (green-crop 50,000, outsourced processing
# 20,000) and a member's 低边 line (post subsidies, cost deduction) are
# shared by the items of a kind in their order, so each item reads what
# the earlier ones used. Rego has no recursion: the fold over the items is
# written out, for up to 16 items (more is a problem).
package wzpolicy.welfare

max_income_items := 16

income_items := xs if {
	xs := object.get(object.get(hh, "Income", {}), "Items", [])
	is_array(xs)
} else := []

period_months := object.get(object.get(hh, "Income", {}), "PeriodMonths", 0)

period_from := ymd(hh.Income.From)

period_to := ymd(hh.Income.To)

# income is the counted income in fen with the months of the period (0:
# not given). A household without items counts nothing over any period.
income := {"counted": 0, "months": period_months} if count(income_items) == 0

income := {"counted": folded.counted, "months": period_months} if {
	count(income_items) > 0
	period_months >= 1
	period_fits
	folded := fold_16
}

# The period is of whole months ending on or before the assessment date:
# each where given.
period_fits if {
	not period_to_late
	not period_misshapen
}

period_to_late if after(period_to, on)

period_misshapen if {
	period_from
	end := next_day(period_to)
	not whole_months(end)
}

whole_months(end) if {
	full_months(period_from, end) == period_months
	add_months(period_from, period_months) == end
}

fold_0 := {"excluded": {}, "line": {}, "counted": 0}

fold_1 := fold_0 if count(income_items) < 1

fold_1 := step(fold_0, income_items[0]) if count(income_items) >= 1

fold_2 := fold_1 if count(income_items) < 2

fold_2 := step(fold_1, income_items[1]) if count(income_items) >= 2

fold_3 := fold_2 if count(income_items) < 3

fold_3 := step(fold_2, income_items[2]) if count(income_items) >= 3

fold_4 := fold_3 if count(income_items) < 4

fold_4 := step(fold_3, income_items[3]) if count(income_items) >= 4

fold_5 := fold_4 if count(income_items) < 5

fold_5 := step(fold_4, income_items[4]) if count(income_items) >= 5

fold_6 := fold_5 if count(income_items) < 6

fold_6 := step(fold_5, income_items[5]) if count(income_items) >= 6

fold_7 := fold_6 if count(income_items) < 7

fold_7 := step(fold_6, income_items[6]) if count(income_items) >= 7

fold_8 := fold_7 if count(income_items) < 8

fold_8 := step(fold_7, income_items[7]) if count(income_items) >= 8

fold_9 := fold_8 if count(income_items) < 9

fold_9 := step(fold_8, income_items[8]) if count(income_items) >= 9

fold_10 := fold_9 if count(income_items) < 10

fold_10 := step(fold_9, income_items[9]) if count(income_items) >= 10

fold_11 := fold_10 if count(income_items) < 11

fold_11 := step(fold_10, income_items[10]) if count(income_items) >= 11

fold_12 := fold_11 if count(income_items) < 12

fold_12 := step(fold_11, income_items[11]) if count(income_items) >= 12

fold_13 := fold_12 if count(income_items) < 13

fold_13 := step(fold_12, income_items[12]) if count(income_items) >= 13

fold_14 := fold_13 if count(income_items) < 14

fold_14 := step(fold_13, income_items[13]) if count(income_items) >= 14

fold_15 := fold_14 if count(income_items) < 15

fold_15 := step(fold_14, income_items[14]) if count(income_items) >= 15

fold_16 := fold_15 if count(income_items) < 16

fold_16 := step(fold_15, income_items[15]) if count(income_items) >= 16

# step evaluates one item after the state of the earlier ones: what the
# household already has not counted of each kind, and what each member's
# items of a kind already used of the 低边 line.
step(st, it) := {
	"excluded": object.union(st.excluded, {it.Kind: object.get(st.excluded, it.Kind, 0) + r.excluded}),
	"line": object.union(st.line, {key: object.get(st.line, key, 0) + r.line_used}),
	"counted": st.counted + (amount - r.excluded),
} if {
	it.Kind in income_kinds
	amount := fen(it.Amount)
	amount >= 0
	j := it.Member
	j >= 0
	j < count(members)
	item_fits(it)
	key := sprintf("%d %s", [j, it.Kind]) # object.get reads an array key as a path
	r := exclusion(it, it.Kind, amount, object.get(st.excluded, it.Kind, 0), object.get(st.line, key, 0))
}

# The rule's checks of an item: employment and business income give the
# day the job or business started, on or before the assessment date and
# the period's last day.
item_fits(it) if {
	not it.Kind in {"就业收入", "经营收入"}
	not started_late(it)
}

item_fits(it) if {
	it.Kind in {"就业收入", "经营收入"}
	ymd(it.StartedOn)
	not started_late(it)
}

started_late(it) if after(ymd(it.StartedOn), on)

started_late(it) if after(ymd(it.StartedOn), period_to)

# exclusion(it, kind, amount, already, line_used) is what of the item is
# not counted (excluded) and what it used of the member's 低边 line.
exclusion(_, "退役军人生活补助", amount, _, _) := {"excluded": amount, "line_used": 0}

exclusion(_, "折股量化收益", amount, _, _) := {"excluded": amount, "line_used": 0} if low_income_farmer

exclusion(_, "折股量化收益", _, _, _) := {"excluded": 0, "line_used": 0} if not low_income_farmer

exclusion(_, "公益性岗位补贴", amount, _, line_used) := {"excluded": x, "line_used": x} if {
	line := standard("Dibian") * period_months
	x := min([amount, max([line - line_used, 0])])
}

exclusion(_, "青苗补偿费", amount, already, _) := {"excluded": min([amount, max([green_crop_cap - already, 0])]), "line_used": 0}

exclusion(_, "来料加工收入", amount, already, _) := {"excluded": min([amount, max([outsourced_cap - already, 0])]), "line_used": 0}

exclusion(it, kind, amount, _, line_used) := windowed(it, exempt_years(it, kind), amount, line_used) if {
	kind in {"就业收入", "经营收入", "其他收入"}
}

# exempt_years is 3 for a disabled member's wage employment in a 低保 or
# 低边 household, 1 for a member's first job or own business there, and 0
# otherwise; where both fit, 3.
exempt_years(it, kind) := disabled_exempt_years if {
	assisted
	kind == "就业收入"
	disabled(members[it.Member])
} else := first_job_exempt_years if {
	assisted
	it.FirstEmployment == true
	kind in {"就业收入", "经营收入"}
} else := 0

windowed(_, 0, _, _) := {"excluded": 0, "line_used": 0}

# The item is spread evenly over the months of the period from the month
# the job or business started; months ended by the last day not counted
# are not counted, months ended by the last day of cost deduction have the
# cost deducted at the 低边 standard × those months (at most their share of
# the income), the rest counts. Shares are rounded to the fen; the share
# of the cost-deduction months is at most what the share not counted leaves
# of the item.
windowed(it, years, amount, line_used) := {"excluded": exempt_part + cost, "line_used": cost} if {
	years > 0
	started := ymd(it.StartedOn)
	exempt_until := add_months(started, 12 * years)
	deduction_until := add_months(exempt_until, 12 * cost_deduction_years)
	before_start := months_by(started)
	to_exempt_end := months_by(next_day(exempt_until))
	to_deduction_end := months_by(next_day(deduction_until))
	earning := period_months - before_start
	exempt_months := max([to_exempt_end - before_start, 0])
	deduction_months := to_deduction_end - max([to_exempt_end, before_start])
	exempt_part := div_half(amount * exempt_months, earning)
	cost := cost_deducted(amount, exempt_part, deduction_months, earning, line_used)
}

cost_deducted(_, _, 0, _, _) := 0

cost_deducted(amount, exempt_part, months, earning, line_used) := min([div_half(amount * months, earning), amount - exempt_part, max([(standard("Dibian") * months) - line_used, 0])]) if months > 0

# months_by(x) is the number of months of the period that end before x.
months_by(x) := 0 if full_months(period_from, x) <= 0

months_by(x) := period_months if {
	full_months(period_from, x) > 0
	after(x, period_to)
}

months_by(x) := full_months(period_from, x) if {
	full_months(period_from, x) > 0
	not after(x, period_to)
}
