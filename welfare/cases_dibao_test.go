package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Dates of the document: 附则3 "本政策自2022年5月1日起施行，有效期至2025年12月31日".
var (
	firstDay  = rules.MustDate(2022, 5, 1)
	lastDay   = rules.MustDate(2025, 12, 31)
	dayBefore = firstDay.AddDays(-1)
	dayAfter  = lastDay.AddDays(1)
	dayIn     = rules.MustDate(2023, 6, 1)
	inForce   = "附则3 本政策自2022年5月1日起施行，有效期至2025年12月31日"
)

// merge returns base with the given entries set (or, for a nil value,
// removed), leaving base unchanged.
func merge(base rules.Inputs, kv ...any) rules.Inputs {
	out := rules.Inputs{}
	for k, v := range base {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		if kv[i+1] == nil {
			delete(out, kv[i].(string))
			continue
		}
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func want(kv ...string) map[string]string {
	out := map[string]string{}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

func TestTargets2025(t *testing.T) {
	r := welfare.RuleTargets2025
	// 1085 × 12 = 13,020 ≥ 13,000; 13,000.01 > 13,000; 77,000 ≥ 77,000; 80% ≥ 80%.
	met := rules.Inputs{"lowest_dibao_standard": "1085", "lowest_rural_income": "13000.01", "resident_income": "77000", "middle_income_share": "80%"}
	allMet := want("all_met", "true", "dibao_standard_met", "true", "rural_income_met", "true", "resident_income_met", "true", "middle_share_met", "true")
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		{Name: "every target met, each at its bound", Clause: "一 到2025年…", Rule: r, Date: lastDay, Inputs: met, Want: allMet},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: met, Want: want("all_met", "true")},
		// 1083.33 × 12 = 12,999.96 < 13,000
		{Name: "yearly 低保 standard just below 13,000", Clause: "一 全市年低保标准1.3万元以上", Rule: r, Date: dayIn,
			Inputs: merge(met, "lowest_dibao_standard", "1083.33"), Want: want("all_met", "false", "dibao_standard_met", "false", "rural_income_met", "true")},
		// 1083.34 × 12 = 13,000.08
		{Name: "yearly 低保 standard just above 13,000", Clause: "一 全市年低保标准1.3万元以上", Rule: r, Date: dayIn,
			Inputs: merge(met, "lowest_dibao_standard", "1083.34"), Want: want("dibao_standard_met", "true")},
		{Name: "a rural household at exactly 13,000 is 1.3万元以下", Clause: "一 消除农村家庭人均年收入1.3万元以下现象", Rule: r, Date: dayIn,
			Inputs: merge(met, "lowest_rural_income", "13000"), Want: want("all_met", "false", "rural_income_met", "false")},
		{Name: "resident income one fen short of 77,000", Clause: "一 居民人均收入达到7.7万元", Rule: r, Date: dayIn,
			Inputs: merge(met, "resident_income", "76999.99"), Want: want("all_met", "false", "resident_income_met", "false")},
		{Name: "share of 79.99%", Clause: "一 家庭年可支配收入10－50万元的群体比例达到80%", Rule: r, Date: dayIn,
			Inputs: merge(met, "middle_income_share", "0.7999"), Want: want("all_met", "false", "middle_share_met", "false")},
		{Name: "nothing met", Clause: "一 到2025年…", Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"lowest_dibao_standard": "1000", "lowest_rural_income": "9000", "resident_income": "60000", "middle_income_share": "0.5"},
			Want:   want("all_met", "false", "dibao_standard_met", "false", "rural_income_met", "false", "resident_income_met", "false", "middle_share_met", "false")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: met, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: met, Err: rules.ErrNotInForce},
		{Name: "a share above 100%", Clause: "一 群体比例", Rule: r, Date: dayIn, Inputs: merge(met, "middle_income_share", "1.01"),
			Err: rules.ErrInvalidInput, Field: "middle_income_share"},
		{Name: "no resident income", Clause: "一 居民人均收入", Rule: r, Date: dayIn, Inputs: merge(met, "resident_income", nil),
			Err: rules.ErrInvalidInput, Field: "resident_income"},
	})
}

// A 低保 household of 3 assessed over 12 months, in a locality whose 低保
// standard is 1,085 and 低边 standard 1,627.50 a person a month.
var phaseBase = rules.Inputs{"household_status": "低保", "counted_income": "39060.01", "period_months": 12, "members": 3,
	"dibao_standard": "1085", "dibian_standard": "1627.50", "found_on": "2023-03-15"}

func TestDibaoPhaseOut(t *testing.T) {
	r := welfare.RuleDibaoPhaseOut
	c := "二、1 对人均收入超过低保标准或低边标准…可给予一年渐退期"
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// 1085 × 3 × 12 = 39,060; 39,060.01 is over it. Found 2023-03-15: the
		// year runs from the next day and ends on 2024-03-15.
		{Name: "低保 household one fen over the standard", Clause: c, Rule: r, Date: rules.MustDate(2024, 3, 15), Inputs: phaseBase,
			Want: want("until", "2024-03-15", "in_phase_out", "true", "per_capita_income", "1085.00")},
		{Name: "the day after the phase-out ends", Clause: c, Rule: r, Date: rules.MustDate(2024, 3, 16), Inputs: phaseBase,
			Want: want("until", "2024-03-15", "in_phase_out", "false")},
		{Name: "income exactly at the standard is not over it", Clause: "二、1 人均收入超过低保标准", Rule: r, Date: dayIn,
			Inputs: merge(phaseBase, "counted_income", "39060"), Failed: []string{"over_standard"}, Want: want("per_capita_income", "1085.00", "in_phase_out", "false")},
		// 低边: 1627.50 × 3 × 12 = 58,590
		{Name: "低边 household over the 低保 but not the 低边 standard", Clause: "二、1 超过…低边标准…的低保低边", Rule: r, Date: dayIn,
			Inputs: merge(phaseBase, "household_status", "低边", "counted_income", "58590"), Failed: []string{"over_standard"}},
		{Name: "低边 household one fen over the 低边 standard", Clause: "二、1 超过…低边标准…的低保低边", Rule: r, Date: dayIn,
			Inputs: merge(phaseBase, "household_status", "低边", "counted_income", "58590.01"), Want: want("until", "2024-03-15", "in_phase_out", "true")},
		{Name: "over through a first enterprise subscription, income low", Clause: "二、1 因首次企业认缴超标的低保低边", Rule: r, Date: dayIn,
			Inputs: merge(phaseBase, "counted_income", "0", "by_subscription", true), Want: want("until", "2024-03-15", "per_capita_income", "0.00")},
		{Name: "a household neither 低保 nor 低边", Clause: "附则1 “低保”“低边”分别指…", Rule: r, Date: dayIn,
			Inputs: merge(phaseBase, "household_status", "无", "counted_income", "0"), Failed: []string{"dibao_or_dibian", "over_standard"}},
		// Civil Code art. 202: 2025 has no 29 February, so the year ends on the 28th.
		{Name: "found on 29 February", Clause: c, Rule: r, Date: rules.MustDate(2024, 3, 1),
			Inputs: merge(phaseBase, "found_on", "2024-02-29"), Want: want("until", "2025-02-28")},
		{Name: "found on the first day in force", Clause: inForce, Rule: r, Date: firstDay,
			Inputs: merge(phaseBase, "found_on", "2022-05-01"), Want: want("until", "2023-05-01", "in_phase_out", "true")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay,
			Inputs: merge(phaseBase, "found_on", "2025-06-30"), Want: want("until", "2026-06-30", "in_phase_out", "true")},
		{Name: "the day after the policy expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: phaseBase, Err: rules.ErrNotInForce},
		{Name: "the day before it takes effect", Clause: inForce, Rule: r, Date: dayBefore, Inputs: merge(phaseBase, "found_on", "2022-04-01"), Err: rules.ErrNotInForce},
		{Name: "found after the evaluation date", Clause: c, Rule: r, Date: dayIn, Inputs: merge(phaseBase, "found_on", "2023-06-02"),
			Err: rules.ErrInvalidInput, Field: "found_on"},
		{Name: "低边 standard below the 低保 standard", Clause: "二、2 低保边缘认定标准", Rule: r, Date: dayIn, Inputs: merge(phaseBase, "dibian_standard", "1000"),
			Err: rules.ErrInvalidInput, Field: "dibian_standard"},
		{Name: "a household of nobody", Clause: c, Rule: r, Date: dayIn, Inputs: merge(phaseBase, "members", 0), Err: rules.ErrInvalidInput, Field: "members"},
		{Name: "unknown status", Clause: "附则1 “低保”“低边”", Rule: r, Date: dayIn, Inputs: merge(phaseBase, "household_status", "特困"),
			Err: rules.ErrInvalidInput, Field: "household_status"},
	})
}

// An income item of a 低保 household, assessed over 12 months, with a
// 低边 standard of 1,600 a month: the 低边 line over the period is
// 1600 × 12 = 19,200.
var itemBase = rules.Inputs{"kind": "就业收入", "amount": "24000", "period_months": 12, "household_status": "低保",
	"dibian_standard": "1600", "first_employment": true, "started_on": "2022-06-01"}

func TestIncomeExemptions(t *testing.T) {
	r := welfare.RuleIncomeExemptions
	first := "二、1 对低保低边成员首次就业或自主创业的，1年内不计家庭收入"
	disabled := "二、1 对低保低边残疾人初次就业、再就业的，3年内不计家庭收入"
	deduct := "二、1 在不计家庭收入后的2年内，可按当地低边标准扣除其就业创业成本"
	item := func(kind, amount string) rules.Inputs {
		return rules.Inputs{"kind": kind, "amount": amount, "period_months": 12, "household_status": "低保", "dibian_standard": "1600"}
	}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// Started 2022-06-01: the first year ends on 2023-06-01, the 2 years
		// of cost deduction on 2025-06-01.
		{Name: "first job: last day of the year not counted", Clause: first, Rule: r, Date: rules.MustDate(2023, 6, 1), Inputs: itemBase,
			Want: want("excluded", "24000", "counted", "0", "treatment", string(welfare.TreatFirstJobExempt), "exempt_years", "1",
				"exempt_until", "2023-06-01", "deduction_until", "2025-06-01")},
		{Name: "first job: the day it starts counts as within the year", Clause: first, Rule: r, Date: rules.MustDate(2022, 6, 1), Inputs: itemBase,
			Want: want("excluded", "24000", "counted", "0")},
		// 24,000 − 19,200 = 4,800
		{Name: "first job: first day of cost deduction", Clause: deduct, Rule: r, Date: rules.MustDate(2023, 6, 2), Inputs: itemBase,
			Want: want("excluded", "19200", "counted", "4800", "treatment", string(welfare.TreatCostDeducted))},
		{Name: "first job: last day of cost deduction", Clause: deduct, Rule: r, Date: rules.MustDate(2025, 6, 1), Inputs: itemBase,
			Want: want("excluded", "19200", "counted", "4800")},
		{Name: "first job: counted in full after the deduction", Clause: deduct, Rule: r, Date: rules.MustDate(2025, 6, 2), Inputs: itemBase,
			Want: want("excluded", "0", "counted", "24000", "treatment", string(welfare.TreatWindowsOver))},
		{Name: "cost deduction is at most the income", Clause: deduct, Rule: r, Date: rules.MustDate(2024, 1, 1), Inputs: merge(itemBase, "amount", "15000"),
			Want: want("excluded", "15000", "counted", "0", "line_used", "15000")},
		// one month: 1,700 − 1,600 = 100
		{Name: "cost deduction over a one-month period", Clause: deduct, Rule: r, Date: rules.MustDate(2024, 1, 1),
			Inputs: merge(itemBase, "amount", "1700", "period_months", 1), Want: want("excluded", "1600", "counted", "100")},
		{Name: "first own business, 低边 household", Clause: first, Rule: r, Date: rules.MustDate(2023, 5, 31),
			Inputs: merge(itemBase, "kind", "经营收入", "household_status", "低边"), Want: want("excluded", "24000", "treatment", string(welfare.TreatFirstJobExempt))},
		// Started 2022-05-10: 3 years end on 2025-05-10.
		{Name: "disabled member re-employed: last day of the 3 years", Clause: disabled, Rule: r, Date: rules.MustDate(2025, 5, 10),
			Inputs: merge(itemBase, "first_employment", false, "disability", "肢体", "started_on", "2022-05-10"),
			Want:   want("excluded", "24000", "treatment", string(welfare.TreatDisabledExempt), "exempt_years", "3", "exempt_until", "2025-05-10", "deduction_until", "2027-05-10")},
		{Name: "disabled member re-employed: the day after the 3 years", Clause: deduct, Rule: r, Date: rules.MustDate(2025, 5, 11),
			Inputs: merge(itemBase, "first_employment", false, "disability", "肢体", "started_on", "2022-05-10"),
			Want:   want("excluded", "19200", "counted", "4800", "treatment", string(welfare.TreatCostDeducted))},
		{Name: "disabled member's first job: 3 years, not 1", Clause: disabled, Rule: r, Date: rules.MustDate(2023, 6, 2),
			Inputs: merge(itemBase, "disability", "听力"), Want: want("excluded", "24000", "exempt_years", "3", "exempt_until", "2025-06-01")},
		{Name: "disabled member's own business, not the first: counted", Clause: disabled, Rule: r, Date: dayIn,
			Inputs: merge(itemBase, "kind", "经营收入", "first_employment", false, "disability", "肢体"),
			Want:   want("excluded", "0", "counted", "24000", "treatment", string(welfare.TreatNoExemption), "exempt_years", "0")},
		{Name: "disabled member's first own business: the 1-year rule", Clause: first, Rule: r, Date: dayIn,
			Inputs: merge(itemBase, "kind", "经营收入", "disability", "肢体"), Want: want("exempt_years", "1", "exempt_until", "2023-06-01")},
		{Name: "a job that is not the first, member not disabled", Clause: first, Rule: r, Date: dayIn, Inputs: merge(itemBase, "first_employment", false),
			Want: want("excluded", "0", "counted", "24000", "treatment", string(welfare.TreatNoExemption))},
		{Name: "first job in a household neither 低保 nor 低边", Clause: first, Rule: r, Date: dayIn, Inputs: merge(itemBase, "household_status", "无"),
			Want: want("excluded", "0", "counted", "24000", "treatment", string(welfare.TreatNotAssisted))},
		// 2025 has no 29 February: the year from 2024-02-29 ends on 2025-02-28.
		{Name: "first job started on 29 February: last day", Clause: first, Rule: r, Date: rules.MustDate(2025, 2, 28),
			Inputs: merge(itemBase, "started_on", "2024-02-29"), Want: want("excluded", "24000", "exempt_until", "2025-02-28")},
		{Name: "first job started on 29 February: the next day", Clause: deduct, Rule: r, Date: rules.MustDate(2025, 3, 1),
			Inputs: merge(itemBase, "started_on", "2024-02-29"), Want: want("excluded", "19200", "treatment", string(welfare.TreatCostDeducted))},
		// 600 × 12 = 7,200 is below the line of 19,200.
		{Name: "post subsidy below the 低边 standard", Clause: "二、1 岗位补贴低于低边标准的部分收入不计家庭收入", Rule: r, Date: dayIn,
			Inputs: item("公益性岗位补贴", "7200"), Want: want("excluded", "7200", "counted", "0", "treatment", string(welfare.TreatPostSubsidy))},
		{Name: "post subsidy at the 低边 standard", Clause: "二、1 岗位补贴低于低边标准的部分收入不计家庭收入", Rule: r, Date: dayIn,
			Inputs: item("公益性岗位补贴", "19200"), Want: want("excluded", "19200", "counted", "0")},
		{Name: "post subsidy a fen above the 低边 standard", Clause: "二、1 岗位补贴低于低边标准的部分收入不计家庭收入", Rule: r, Date: dayIn,
			Inputs: item("公益性岗位补贴", "19200.01"), Want: want("excluded", "19200", "counted", "0.01")},
		// 19,200 − 15,000 already used = 4,200 of the line left
		{Name: "post subsidy after the member's earlier items used most of the line", Clause: "二、1 岗位补贴低于低边标准的部分收入不计家庭收入", Rule: r, Date: dayIn,
			Inputs: merge(item("公益性岗位补贴", "10000"), "line_already_used", "15000"), Want: want("excluded", "4200", "counted", "5800", "line_used", "4200")},
		{Name: "post subsidy uses the line it excludes", Clause: "二、1 岗位补贴低于低边标准的部分收入不计家庭收入", Rule: r, Date: dayIn,
			Inputs: item("公益性岗位补贴", "7200"), Want: want("line_used", "7200")},
		{Name: "cost deduction with the line used up", Clause: deduct, Rule: r, Date: rules.MustDate(2024, 1, 1),
			Inputs: merge(itemBase, "line_already_used", "19200"), Want: want("excluded", "0", "counted", "24000", "line_used", "0")},
		{Name: "an exempt job uses no line", Clause: first, Rule: r, Date: rules.MustDate(2023, 1, 1), Inputs: itemBase,
			Want: want("excluded", "24000", "line_used", "0")},
		{Name: "green-crop compensation uses no line", Clause: "二、1 被征地获得的不超过5万元青苗补偿费", Rule: r, Date: dayIn,
			Inputs: item("青苗补偿费", "1000"), Want: want("excluded", "1000", "line_used", "0")},
		{Name: "post subsidy of a household not assisted", Clause: "二、1 岗位补贴低于低边标准的部分收入不计家庭收入", Rule: r, Date: dayIn,
			Inputs: merge(item("公益性岗位补贴", "8400"), "household_status", "无"), Want: want("excluded", "8400", "counted", "0")},
		{Name: "green-crop compensation at 50,000", Clause: "二、1 被征地获得的不超过5万元青苗补偿费", Rule: r, Date: dayIn,
			Inputs: item("青苗补偿费", "50000"), Want: want("excluded", "50000", "counted", "0", "treatment", string(welfare.TreatGreenCrop))},
		{Name: "green-crop compensation a fen above 50,000", Clause: "二、1 被征地获得的不超过5万元青苗补偿费", Rule: r, Date: dayIn,
			Inputs: item("青苗补偿费", "50000.01"), Want: want("excluded", "50000", "counted", "0.01")},
		// 50,000 − 30,000 already used = 20,000 left of a 30,000 item
		{Name: "green-crop compensation after 30,000 of the limit is used", Clause: "二、1 被征地获得的不超过5万元青苗补偿费", Rule: r, Date: dayIn,
			Inputs: merge(item("青苗补偿费", "30000"), "already_excluded", "30000"), Want: want("excluded", "20000", "counted", "10000")},
		{Name: "green-crop compensation with the limit used up", Clause: "二、1 被征地获得的不超过5万元青苗补偿费", Rule: r, Date: dayIn,
			Inputs: merge(item("青苗补偿费", "1000"), "already_excluded", "50000"), Want: want("excluded", "0", "counted", "1000")},
		{Name: "outsourced processing at 20,000", Clause: "二、1 从事来料加工取得的不超过2万元收入等不计家庭收入", Rule: r, Date: dayIn,
			Inputs: item("来料加工收入", "20000"), Want: want("excluded", "20000", "counted", "0", "treatment", string(welfare.TreatOutsourced))},
		{Name: "outsourced processing a fen above 20,000", Clause: "二、1 从事来料加工取得的不超过2万元收入等不计家庭收入", Rule: r, Date: dayIn,
			Inputs: item("来料加工收入", "20000.01"), Want: want("excluded", "20000", "counted", "0.01")},
		{Name: "veteran supplement", Clause: "二、4 生活补助（列“其他优抚支出”科目，不计入家庭收入）", Rule: r, Date: dayIn,
			Inputs: item("退役军人生活补助", "1302"), Want: want("excluded", "1302", "counted", "0", "treatment", string(welfare.TreatVeteran))},
		{Name: "shareholding income of a low-income farm household", Clause: "七、23 收益在复核中不计入家庭收入范围", Rule: r, Date: dayIn,
			Inputs: merge(item("折股量化收益", "3000"), "low_income_farmer", true), Want: want("excluded", "3000", "counted", "0", "treatment", string(welfare.TreatShareholding))},
		{Name: "shareholding income of another household", Clause: "七、23 低收入农户收益…不计入家庭收入范围", Rule: r, Date: dayIn,
			Inputs: item("折股量化收益", "3000"), Want: want("excluded", "0", "counted", "3000", "treatment", string(welfare.TreatNotLowIncomeFarmer))},
		{Name: "other income counts in full", Clause: "二、1 完善困难群众“部分收入免计”政策", Rule: r, Date: dayIn,
			Inputs: item("其他收入", "5000"), Want: want("excluded", "0", "counted", "5000", "treatment", string(welfare.TreatCounted))},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: merge(itemBase, "started_on", "2022-01-15"),
			Want: want("excluded", "24000", "exempt_until", "2023-01-15")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: merge(itemBase, "started_on", "2025-01-01"),
			Want: want("excluded", "24000", "exempt_until", "2026-01-01")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: merge(itemBase, "started_on", "2022-01-15"), Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: itemBase, Err: rules.ErrNotInForce},
		{Name: "a job without its first day", Clause: first, Rule: r, Date: dayIn, Inputs: merge(itemBase, "started_on", nil),
			Err: rules.ErrInvalidInput, Field: "started_on"},
		{Name: "a job that starts after the evaluation date", Clause: first, Rule: r, Date: dayIn, Inputs: merge(itemBase, "started_on", "2023-06-02"),
			Err: rules.ErrInvalidInput, Field: "started_on"},
		{Name: "an unknown kind of income", Clause: "二、1 部分收入免计", Rule: r, Date: dayIn, Inputs: merge(itemBase, "kind", "工资"),
			Err: rules.ErrInvalidInput, Field: "kind"},
		{Name: "a negative amount", Clause: "二、1 部分收入免计", Rule: r, Date: dayIn, Inputs: merge(itemBase, "amount", "-1"),
			Err: rules.ErrInvalidInput, Field: "amount"},
		{Name: "a period of no months", Clause: "二、1 部分收入免计", Rule: r, Date: dayIn, Inputs: merge(itemBase, "period_months", 0),
			Err: rules.ErrInvalidInput, Field: "period_months"},
		{Name: "no 低边 standard", Clause: deduct, Rule: r, Date: dayIn, Inputs: merge(itemBase, "dibian_standard", nil),
			Err: rules.ErrInvalidInput, Field: "dibian_standard"},
		{Name: "a misspelt field", Clause: "二、1 部分收入免计", Rule: r, Date: dayIn, Inputs: merge(itemBase, "amout", "1"),
			Err: rules.ErrInvalidInput, Field: "amout"},
		{Name: "a float amount", Clause: "二、1 部分收入免计", Rule: r, Date: dayIn, Inputs: merge(itemBase, "amount", 24000.5),
			Err: rules.ErrInvalidInput, Field: "amount"},
	})
}

var allowanceBase = rules.Inputs{"household_status": "低保", "counted_income": "10000", "period_months": 12, "members": 3, "dibao_standard": "1085"}

func TestDibaoAllowance(t *testing.T) {
	r := welfare.RuleDibaoAllowance
	c := "二、1 按低保人均月收入低于当地最低生活保障标准的差额提供最低生活保障金"
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// (1085 − 10000/12/3) × 3 = 3255 − 833.333… = 2421.666… → 2421.67
		{Name: "three members, 10,000 counted over 12 months", Clause: c, Rule: r, Date: dayIn, Inputs: allowanceBase,
			Want: want("allowance", "2421.67", "per_capita_income", "277.78")},
		{Name: "no counted income: the full standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "counted_income", "0"),
			Want: want("allowance", "3255.00", "per_capita_income", "0.00")},
		// 1085 − 500 = 585
		{Name: "one member, one month", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "counted_income", "500", "period_months", 1, "members", 1),
			Want: want("allowance", "585.00")},
		// 39,059.88 / 12 = 3,254.99; 3,255 − 3,254.99 = 0.01
		{Name: "a fen below the standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "counted_income", "39059.88"),
			Want: want("allowance", "0.01", "per_capita_income", "1085.00")},
		// 1085 × 3 × 12 = 39,060: no difference
		// 39,060 / 12 / 3 = 1,085: shown though not eligible
		{Name: "income at the standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "counted_income", "39060"),
			Failed: []string{"below_standard"}, Want: want("allowance", "0", "per_capita_income", "1085.00")},
		{Name: "a 低边 household", Clause: "二、1 对认定最低生活保障对象", Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "household_status", "低边"),
			Failed: []string{"dibao"}},
		{Name: "neither recognised nor poor", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "household_status", nil, "counted_income", "50000"),
			Failed: []string{"dibao", "below_standard"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: allowanceBase, Want: want("allowance", "2421.67")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: allowanceBase, Want: want("allowance", "2421.67")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: allowanceBase, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: allowanceBase, Err: rules.ErrNotInForce},
		{Name: "no standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "dibao_standard", nil), Err: rules.ErrInvalidInput, Field: "dibao_standard"},
		{Name: "half a member", Clause: c, Rule: r, Date: dayIn, Inputs: merge(allowanceBase, "members", "2.5"), Err: rules.ErrInvalidInput, Field: "members"},
	})
}

func TestDibianStandard(t *testing.T) {
	r := welfare.RuleDibianStandard
	c := "二、2 有条件的地方可将低保边缘认定标准放宽至低保标准的2倍，但不超过当地最低工资标准"
	base := rules.Inputs{"dibao_standard": "1085", "factor": "1.5", "minimum_wage": "2280"}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// 1.5 × 1085 = 1627.5
		{Name: "one and a half times", Clause: c, Rule: r, Date: dayIn, Inputs: base, Want: want("threshold", "1627.50", "capped_by_wage", "false")},
		// 2 × 1085 = 2170 < 2280
		{Name: "twice, below the minimum wage", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "factor", "2"), Want: want("threshold", "2170.00")},
		{Name: "more than twice", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "factor", "2.01"), Err: rules.ErrInvalidInput, Field: "factor"},
		// 2 × 1200 = 2400 > 2280
		{Name: "twice, held down to the minimum wage", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "factor", "2", "dibao_standard", "1200"),
			Want: want("threshold", "2280.00", "capped_by_wage", "true")},
		// 2 × 1140 = 2280 = the minimum wage
		{Name: "twice, exactly the minimum wage", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "factor", "2", "dibao_standard", "1140"),
			Want: want("threshold", "2280.00", "capped_by_wage", "false")},
		// 1.01 × 1085 = 1095.85
		{Name: "barely above the 低保 standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "factor", "1.01"), Want: want("threshold", "1095.85")},
		{Name: "a multiple of 1 is no widening", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "factor", "1"), Err: rules.ErrInvalidInput, Field: "factor"},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: base, Want: want("threshold", "1627.50")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: base, Want: want("threshold", "1627.50")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "no minimum wage", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "minimum_wage", nil), Err: rules.ErrInvalidInput, Field: "minimum_wage"},
	})
}
