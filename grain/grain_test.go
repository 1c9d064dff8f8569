package grain_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	firstDay  = rules.MustDate(2022, 3, 8) // 9.3 本预案自印发之日起实施; 温州市人民政府办公室2022年3月8日
	dayBefore = rules.MustDate(2022, 3, 7)
	dayIn     = rules.MustDate(2022, 6, 1)
	farDay    = rules.MustDate(2035, 12, 31) // no end date: still in force
)

const inForce = "9.3 本预案自印发之日起实施"

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, grain.Book(), map[string]string{
		grain.Plan.Number: "../testdata/sources/6-grain.txt",
	})
}

func TestEveryRuleHasCases(t *testing.T) {
	want := []string{grain.RuleEmergencyLevel, grain.RuleEmergencyResponse, grain.RuleReportDeadline,
		grain.RuleReserveAdequacy, grain.RuleSelfSufficiency, grain.RulePriceAlert, grain.RulePlanSchedule}
	if d := cmp.Diff(want, grain.Book().RuleIDs()); d != "" {
		t.Errorf("rule IDs of the book (-want +got):\n%s", d)
	}
}

func TestEmergencyLevel(t *testing.T) {
	type in = rules.Inputs
	level := func(l string) map[string]string { return map[string]string{"level": l} }
	failed := []string{"meets_a_level"}
	r := grain.RuleEmergencyLevel
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		// 1.5.1
		{Name: "whole province: particularly serious, first day in force", Clause: "1.5.1 全省范围（包括温州）内出现粮食应急状态", Rule: r, Date: firstDay,
			Inputs: in{"extent": "全省范围"}, Want: level("特别重大")},
		{Name: "beyond the province's capacity", Clause: "1.5.1 超过省政府处置能力", Rule: r, Date: dayIn,
			Inputs: in{"extent": "全省较大范围", "beyond_province_capacity": true}, Want: level("特别重大")},
		{Name: "the State Council treats it as national", Clause: "1.5.1 国务院认为需要按照国家级粮食应急状态来对待", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1, "townships": 3, "treated_as": "国家级"}, Want: level("特别重大")},
		// 1.5.2
		{Name: "a large part of the province: serious", Clause: "1.5.2 全省较大范围（包括温州）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "全省较大范围"}, Want: level("重大")},
		{Name: "the provincial capital and other cities: serious", Clause: "1.5.2 省会等大中城市（包括温州）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "省会等大中城市", "main_urban_area": true}, Want: level("重大")},
		{Name: "the province treats it as provincial", Clause: "1.5.2 省政府认为需要按照省级粮食应急状态来对待", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "treated_as": "省级"}, Want: level("重大")},
		// 1.5.3
		{Name: "Wenzhou's main urban area: relatively serious", Clause: "1.5.3 温州主城区……出现粮食应急状态", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "main_urban_area": true}, Want: level("较大")},
		{Name: "two county-level units: relatively serious (以上 includes two)", Clause: "1.5.3 两个以上县（市、区）出现粮食应急状态", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 2}, Want: level("较大")},
		{Name: "one county-level unit alone meets no level", Clause: "1.5.3 两个以上县（市、区）; 1.5.4 中心城区或两个以上乡镇（街道）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1}, Failed: failed},
		{Name: "the city treats it as city level", Clause: "1.5.3 市政府认为需要按照市级粮食应急状态来对待", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1, "treated_as": "市级"}, Want: level("较大")},
		{Name: "a county's decision does not lower a relatively serious case", Clause: "1.5.3 两个以上县（市、区）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 3, "treated_as": "县级"}, Want: level("较大")},
		// 1.5.4
		{Name: "two townships of one county: general (以上 includes two)", Clause: "1.5.4 县（市、区）行政区域内两个以上乡镇（街道）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1, "townships": 2}, Want: level("一般")},
		{Name: "one township meets no level", Clause: "1.5.4 两个以上乡镇（街道）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1, "townships": 1}, Failed: failed},
		{Name: "a county seat's central urban area: general", Clause: "1.5.4 县（市、区）政府所在中心城区", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1, "county_central_urban_area": true}, Want: level("一般")},
		{Name: "the county treats it as county level", Clause: "1.5.4 县（市、区）政府认为需要按照县级粮食应急状态来对待", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": 1, "townships": 1, "treated_as": "县级"}, Want: level("一般")},
		{Name: "the highest level met applies", Clause: "1.5 特别重大、重大、较大、一般四个等级", Rule: r, Date: dayIn,
			Inputs: in{"extent": "全省范围", "main_urban_area": true, "counties": 12, "townships": 9, "county_central_urban_area": true}, Want: level("特别重大")},
		{Name: "nothing has appeared", Clause: "1.5 事件分级", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内"}, Failed: failed},
		{Name: "still in force years later", Clause: inForce, Rule: r, Date: farDay,
			Inputs: in{"extent": "温州市内", "counties": 2}, Want: level("较大")},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore,
			Inputs: in{"extent": "全省范围"}, Err: rules.ErrNotInForce},
		{Name: "an extent the plan does not name", Clause: "1.5.1 全省范围", Rule: r, Date: dayIn,
			Inputs: in{"extent": "浙江省"}, Err: rules.ErrInvalidInput, Field: "extent"},
		{Name: "the extent is required", Clause: "1.5.1 全省范围（包括温州）", Rule: r, Date: dayIn,
			Inputs: in{"counties": 2}, Err: rules.ErrInvalidInput, Field: "extent"},
		{Name: "a negative count of counties", Clause: "1.5.3 两个以上县（市、区）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "counties": -1}, Err: rules.ErrInvalidInput, Field: "counties"},
		{Name: "a fraction of a township", Clause: "1.5.4 两个以上乡镇（街道）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "townships": "1.5"}, Err: rules.ErrInvalidInput, Field: "townships"},
		{Name: "a judgement the plan does not name", Clause: "1.5.1 国务院认为需要按照国家级粮食应急状态来对待", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "treated_as": "国务院"}, Err: rules.ErrInvalidInput, Field: "treated_as"},
		{Name: "a misspelt input", Clause: "1.5.3 两个以上县（市、区）", Rule: r, Date: dayIn,
			Inputs: in{"extent": "温州市内", "countys": 2}, Err: rules.ErrInvalidInput, Field: "countys"},
	})
}

func TestEmergencyResponse(t *testing.T) {
	in := func(l string) rules.Inputs { return rules.Inputs{"level": l} }
	want := func(grade, cmd, plan string) map[string]string {
		return map[string]string{"grade": grade, "command": cmd, "city_plan": plan}
	}
	r := grain.RuleEmergencyResponse
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		{Name: "general: grade IV, county plan and command", Clause: "5.2.1 启动县级预案和Ⅳ级应急响应; 5.1 县级指挥部成立", Rule: r, Date: firstDay,
			Inputs: in("一般"), Want: want("Ⅳ级", "县级指挥部", "false")},
		{Name: "relatively serious: grade III, this plan, city command", Clause: "5.3.1 启动本预案和Ⅲ级应急响应……市指挥部统一指挥", Rule: r, Date: dayIn,
			Inputs: in("较大"), Want: want("Ⅲ级", "市指挥部", "true")},
		{Name: "serious: grade II, the province commands", Clause: "5.4 启动Ⅱ级应急响应，指挥权交由省级指挥部", Rule: r, Date: dayIn,
			Inputs: in("重大"), Want: want("Ⅱ级", "省级指挥部", "true")},
		{Name: "particularly serious: grade I, the national command", Clause: "5.5 国家层面指挥部启动Ⅰ级应急响应，指挥具体工作", Rule: r, Date: farDay,
			Inputs: in("特别重大"), Want: want("Ⅰ级", "国家层面指挥部", "true")},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("较大"), Err: rules.ErrNotInForce},
		{Name: "a level the plan does not name", Clause: "1.5 特别重大、重大、较大、一般四个等级", Rule: r, Date: dayIn,
			Inputs: in("严重"), Err: rules.ErrInvalidInput, Field: "level"},
		{Name: "the level is required", Clause: "5.1 市指挥部确认事件等级", Rule: r, Date: dayIn,
			Inputs: rules.Inputs{}, Err: rules.ErrInvalidInput, Field: "level"},
	})
}

func TestReportDeadline(t *testing.T) {
	in := func(l, at string) rules.Inputs { return rules.Inputs{"level": l, "received_at": at} }
	due := func(at string) map[string]string { return map[string]string{"deadline": at} }
	r := grain.RuleReportDeadline
	const clause = "5.3.1 立即向市政府上报有关情况（最迟不超过4个小时）"
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		// 09:00 + 4 h = 13:00
		{Name: "relatively serious, received in the morning", Clause: clause, Rule: r, Date: dayIn,
			Inputs: in("较大", "2022-06-01 09:00"), Want: due("2022-06-01 13:00:00")},
		// 21:30 + 4 h = 01:30 the next day
		{Name: "across midnight", Clause: clause, Rule: r, Date: dayIn,
			Inputs: in("较大", "2022-06-01 21:30"), Want: due("2022-06-02 01:30:00")},
		// 22:15:30 + 4 h = 02:15:30 on New Year's day
		{Name: "serious, across the year, to the second", Clause: clause + "; 5.4 在Ⅳ级、Ⅲ级应急响应基础上", Rule: r, Date: rules.MustDate(2022, 12, 31),
			Inputs: in("重大", "2022-12-31 22:15:30"), Want: due("2023-01-01 02:15:30")},
		// 23:00 on 29 February + 4 h = 03:00 on 1 March
		{Name: "particularly serious, on a leap day", Clause: clause + "; 5.5 在Ⅳ级、Ⅲ级、Ⅱ级应急响应的基础上", Rule: r, Date: rules.MustDate(2024, 2, 29),
			Inputs: in("特别重大", "2024-02-29 23:00"), Want: due("2024-03-01 03:00:00")},
		{Name: "first day in force, at midnight", Clause: clause, Rule: r, Date: firstDay,
			Inputs: in("较大", "2022-03-08 00:00"), Want: due("2022-03-08 04:00:00")},
		{Name: "a general emergency is started by the county", Clause: "5.1 出现粮食较大及以上应急状态时，启动本级预案; 5.2.1", Rule: r, Date: dayIn,
			Inputs: in("一般", "2022-06-01 09:00"), Failed: []string{"city_plan_level"}},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore,
			Inputs: in("较大", "2022-03-07 09:00"), Err: rules.ErrNotInForce},
		{Name: "the time of receipt is required", Clause: clause, Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"level": "较大"}, Err: rules.ErrInvalidInput, Field: "received_at"},
		{Name: "a day without a time is not a time of receipt", Clause: clause, Rule: r, Date: dayIn,
			Inputs: in("较大", "2022-06-01"), Err: rules.ErrInvalidInput, Field: "received_at"},
		{Name: "a level the plan does not name", Clause: "1.5 四个等级", Rule: r, Date: dayIn,
			Inputs: in("Ⅲ级", "2022-06-01 09:00"), Err: rules.ErrInvalidInput, Field: "level"},
	})
}

func TestReserveAdequacy(t *testing.T) {
	in := func(l, reserve, daily string) rules.Inputs {
		return rules.Inputs{"locality": l, "reserve": reserve, "daily_supply": daily}
	}
	want := func(days, ok, min, short string) map[string]string {
		return map[string]string{"days_covered": days, "adequate": ok, "min_days": min, "shortfall": short}
	}
	r := grain.RuleReserveAdequacy
	const city, county = "4.1 市区成品粮油储备达到15天以上市场供应量", "4.1 各县（市）达到10天以上市场供应量"
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		// 1500 ÷ 100 = 15 days ≥ 15: exactly at the minimum (以上 includes 15)
		{Name: "市区 at exactly 15 days", Clause: city, Rule: r, Date: firstDay, Inputs: in("市区", "1500", "100"), Want: want("15", "true", "15", "0")},
		// 1499 ÷ 100 = 14.99 < 15; 15 × 100 − 1499 = 1
		{Name: "市区 one tonne short", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "1499", "100"), Want: want("14.99", "false", "15", "1")},
		// 1499.99 ÷ 100 = 14.9999, shown rounded down as 14.99; short by 0.01 t
		{Name: "市区 short by 10 kg does not read as 15 days", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "1499.99", "100"), Want: want("14.99", "false", "15", "0.01")},
		// 1500.01 ÷ 100 = 15.0001 → 15.00
		{Name: "市区 just over 15 days", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "1500.01", "100"), Want: want("15", "true", "15", "0")},
		// 1200 ÷ 100 = 12 days: short of 市区's 15 by 15 × 100 − 1200 = 300 t
		{Name: "市区 at 12 days", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "1200", "100"), Want: want("12", "false", "15", "300")},
		// the same 12 days meet a county's 10
		{Name: "苍南县 at 12 days", Clause: county, Rule: r, Date: dayIn, Inputs: in("苍南县", "1200", "100"), Want: want("12", "true", "10", "0")},
		// 1000 ÷ 100 = 10 days ≥ 10
		{Name: "瑞安市 at exactly 10 days", Clause: county, Rule: r, Date: dayIn, Inputs: in("瑞安市", "1000", "100"), Want: want("10", "true", "10", "0")},
		// 999.9 ÷ 100 = 9.999 → 9.99 (down); 10 × 100 − 999.9 = 0.1
		{Name: "瑞安市 just short of 10 days", Clause: county, Rule: r, Date: dayIn, Inputs: in("瑞安市", "999.9", "100"), Want: want("9.99", "false", "10", "0.1")},
		// 2000 ÷ 133 = 15.0375… → 15.03; 15 × 133 = 1995 ≤ 2000
		{Name: "市区 with an uneven daily supply", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "2000", "133"), Want: want("15.03", "true", "15", "0")},
		// 15 × 66.67 = 1000.05 > 1000: short by 0.05; 1000 ÷ 66.67 = 14.9992… → 14.99
		{Name: "市区 short by a fraction of the daily supply", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "1000", "66.67"), Want: want("14.99", "false", "15", "0.05")},
		// 0 ÷ 80 = 0; 10 × 80 = 800 missing
		{Name: "泰顺县 with no reserve", Clause: county, Rule: r, Date: farDay, Inputs: in("泰顺县", "0", "80"), Want: want("0", "false", "10", "800")},
		{Name: "龙港市 is a county (市)", Clause: county, Rule: r, Date: dayIn, Inputs: in("龙港市", "800", "80"), Want: want("10", "true", "10", "0")},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("市区", "1500", "100"), Err: rules.ErrNotInForce},
		{Name: "a district is assessed within 市区", Clause: city, Rule: r, Date: dayIn, Inputs: in("鹿城区", "1500", "100"), Err: rules.ErrInvalidInput, Field: "locality"},
		{Name: "no daily supply", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "1500", "0"), Err: rules.ErrInvalidInput, Field: "daily_supply"},
		{Name: "a negative reserve", Clause: city, Rule: r, Date: dayIn, Inputs: in("市区", "-1", "100"), Err: rules.ErrInvalidInput, Field: "reserve"},
		{Name: "the daily supply is required", Clause: city, Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"locality": "市区", "reserve": "1500"}, Err: rules.ErrInvalidInput, Field: "daily_supply"},
		{Name: "a float quantity is refused", Clause: city, Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"locality": "市区", "reserve": 1500.5, "daily_supply": "100"}, Err: rules.ErrInvalidInput, Field: "reserve"},
	})
}

func TestSelfSufficiency(t *testing.T) {
	in := func(prod, cons string) rules.Inputs { return rules.Inputs{"production": prod, "consumption": cons} }
	want := func(ratio, gap string) map[string]string { return map[string]string{"ratio": ratio, "gap": gap} }
	r := grain.RuleSelfSufficiency
	const clause = "2.1 2021年……总产量68.45万吨……粮食总消费量215万吨左右"
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		// 684,500 ÷ 2,150,000 = 0.318372… → 0.3184 (31.84%); 2,150,000 − 684,500 = 1,465,500
		{Name: "Wenzhou 2021", Clause: clause, Rule: r, Date: firstDay, Inputs: in("684500", "2150000"), Want: want("0.3184", "1465500")},
		// 318,350 ÷ 1,000,000 = 0.31835 exactly: half rounds away from zero to 0.3184
		{Name: "a half at the fourth place rounds up", Clause: "2.1 粮食自给率", Rule: r, Date: dayIn, Inputs: in("318350", "1000000"), Want: want("0.3184", "681650")},
		// 318,349 ÷ 1,000,000 = 0.318349 → 0.3183
		{Name: "just below the half rounds down", Clause: "2.1 粮食自给率", Rule: r, Date: dayIn, Inputs: in("318349", "1000000"), Want: want("0.3183", "681651")},
		// 1,200 ÷ 1,000 = 1.2; 1,000 − 1,200 = −200: a surplus
		{Name: "production above consumption", Clause: "2.1 粮食产需缺口", Rule: r, Date: dayIn, Inputs: in("1200", "1000"), Want: want("1.2", "-200")},
		{Name: "production equal to consumption", Clause: "2.1 粮食产需缺口", Rule: r, Date: dayIn, Inputs: in("1000", "1000"), Want: want("1", "0")},
		{Name: "no production", Clause: "2.1 粮食产需缺口", Rule: r, Date: farDay, Inputs: in("0", "2150000"), Want: want("0", "2150000")},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("684500", "2150000"), Err: rules.ErrNotInForce},
		{Name: "no consumption", Clause: "2.1 粮食总消费量", Rule: r, Date: dayIn, Inputs: in("684500", "0"), Err: rules.ErrInvalidInput, Field: "consumption"},
		{Name: "negative production", Clause: "2.1 总产量", Rule: r, Date: dayIn, Inputs: in("-1", "2150000"), Err: rules.ErrInvalidInput, Field: "production"},
		{Name: "consumption is required", Clause: "2.1 粮食总消费量", Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"production": "684500"}, Err: rules.ErrInvalidInput, Field: "consumption"},
		{Name: "the catalogue's word 'output' is not an input", Clause: "2.1 总产量", Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"output": "684500", "consumption": "2150000"}, Err: rules.ErrInvalidInput},
	})
}

func TestPriceAlert(t *testing.T) {
	type in = rules.Inputs
	market := func(price string, extra in) in {
		m := in{"price": price, "warning_line": "3.00", "approach_margin": "0.10"}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	grounds := func(report, disaster, health, price, other string) map[string]string {
		return map[string]string{"report_required": report, "by_disaster": disaster, "by_health_event": health, "by_price": price, "by_other_swing": other}
	}
	none := grounds("false", "false", "false", "false", "false")
	r := grain.RulePriceAlert
	const price = "4.3（3）粮食价格波动逼近或超过“安全警戒线”"
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		// line 3.00 − margin 0.10 = 2.90: 2.89 is below
		{Name: "price below the approach band", Clause: price, Rule: r, Date: firstDay, Inputs: market("2.89", nil), Want: none},
		{Name: "price entering the approach band", Clause: price, Rule: r, Date: dayIn, Inputs: market("2.90", nil), Want: grounds("true", "false", "false", "true", "false")},
		{Name: "price at the line", Clause: price, Rule: r, Date: dayIn, Inputs: market("3.00", nil), Want: grounds("true", "false", "false", "true", "false")},
		{Name: "price above the line", Clause: price, Rule: r, Date: dayIn, Inputs: market("3.01", nil), Want: grounds("true", "false", "false", "true", "false")},
		{Name: "no approach band: just below the line", Clause: price, Rule: r, Date: dayIn,
			Inputs: in{"price": "2.99", "warning_line": "3.00", "approach_margin": "0"}, Want: none},
		{Name: "no approach band: at the line", Clause: price, Rule: r, Date: dayIn,
			Inputs: in{"price": "3.00", "warning_line": "3.00", "approach_margin": "0"}, Want: grounds("true", "false", "false", "true", "false")},
		{Name: "a typhoon with an abnormal swing", Clause: "4.3（1）台风……造成粮食市场异常波动的", Rule: r, Date: dayIn,
			Inputs: market("2.50", in{"cause": "严重自然灾害", "abnormal_swing": true}), Want: grounds("true", "true", "false", "false", "false")},
		{Name: "a typhoon without a swing", Clause: "4.3（1）造成粮食市场异常波动的", Rule: r, Date: dayIn,
			Inputs: market("2.50", in{"cause": "严重自然灾害"}), Want: none},
		{Name: "an epidemic with panic and a swing", Clause: "4.3（2）引发公众恐慌，造成粮食市场异常波动的", Rule: r, Date: dayIn,
			Inputs: market("2.50", in{"cause": "突发公共卫生事件", "public_panic": true, "abnormal_swing": true}), Want: grounds("true", "false", "true", "false", "false")},
		{Name: "an epidemic with a swing but no panic is ground (4)", Clause: "4.3（4）其他引发粮食市场异常波动的情况", Rule: r, Date: dayIn,
			Inputs: market("2.50", in{"cause": "突发公共卫生事件", "abnormal_swing": true}), Want: grounds("true", "false", "false", "false", "true")},
		{Name: "an epidemic with panic but no swing", Clause: "4.3（2）造成粮食市场异常波动的", Rule: r, Date: dayIn,
			Inputs: market("2.50", in{"cause": "突发公共卫生事件", "public_panic": true}), Want: none},
		{Name: "any other swing", Clause: "4.3（4）其他引发粮食市场异常波动的情况", Rule: r, Date: farDay,
			Inputs: market("2.50", in{"abnormal_swing": true}), Want: grounds("true", "false", "false", "false", "true")},
		{Name: "a disaster swing with the price over the line: two grounds", Clause: "4.3 有下列情形之一的", Rule: r, Date: dayIn,
			Inputs: market("3.20", in{"cause": "严重自然灾害", "abnormal_swing": true}), Want: grounds("true", "true", "false", "true", "false")},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore, Inputs: market("3.20", nil), Err: rules.ErrNotInForce},
		{Name: "an approach band as wide as the line", Clause: price, Rule: r, Date: dayIn,
			Inputs: in{"price": "2.00", "warning_line": "3.00", "approach_margin": "3.00"}, Err: rules.ErrInvalidInput, Field: "approach_margin"},
		{Name: "an approach band just inside the line", Clause: price, Rule: r, Date: dayIn,
			Inputs: in{"price": "0.01", "warning_line": "3.00", "approach_margin": "2.99"}, Want: grounds("true", "false", "false", "true", "false")},
		{Name: "no warning line", Clause: "4.2 设立粮食价格“安全警戒线”", Rule: r, Date: dayIn,
			Inputs: in{"price": "2.00", "warning_line": "0", "approach_margin": "0"}, Err: rules.ErrInvalidInput, Field: "warning_line"},
		{Name: "the approach band is required", Clause: price, Rule: r, Date: dayIn,
			Inputs: in{"price": "2.00", "warning_line": "3.00"}, Err: rules.ErrInvalidInput, Field: "approach_margin"},
		{Name: "a cause the plan does not name", Clause: "4.3（1）洪涝、地震、干旱、台风、雨雪冰冻以及其他严重自然灾害", Rule: r, Date: dayIn,
			Inputs: market("2.50", in{"cause": "台风"}), Err: rules.ErrInvalidInput, Field: "cause"},
		{Name: "a misspelt input", Clause: price, Rule: r, Date: dayIn,
			Inputs: in{"price": "2.00", "warningline": "3.00", "approach_margin": "0"}, Err: rules.ErrInvalidInput, Field: "warningline"},
	})
}

func TestPlanSchedule(t *testing.T) {
	in := func(drill string) rules.Inputs { return rules.Inputs{"last_drill": drill} }
	r := grain.RulePlanSchedule
	const drill, revision = "8.1 至少每2年开展1次应急演练或培训", "8.2 原则上每3年牵头组织修订和完善"
	d := rules.MustDate
	rulestest.Run(t, grain.Book(), []rulestest.Case{
		// 2022-06-15 + 2 years = 2024-06-15; revision from the issue 2022-03-08 + 3 years = 2025-03-08
		{Name: "after a drill in June 2022", Clause: drill + "; " + revision, Rule: r, Date: d(2023, 1, 1), Inputs: in("2022-06-15"),
			Want: map[string]string{"next_drill_due": "2024-06-15", "next_revision_due": "2025-03-08", "drill_overdue": "false", "revision_overdue": "false"}},
		{Name: "on the day the drill falls due", Clause: drill, Rule: r, Date: d(2024, 6, 15), Inputs: in("2022-06-15"),
			Want: map[string]string{"next_drill_due": "2024-06-15", "drill_overdue": "false"}},
		{Name: "the day after the drill fell due", Clause: drill, Rule: r, Date: d(2024, 6, 16), Inputs: in("2022-06-15"),
			Want: map[string]string{"next_drill_due": "2024-06-15", "drill_overdue": "true"}},
		// 2024-02-29 + 2 years: 2026 has no 29 February, so the last day of February (Civil Code art. 202)
		{Name: "a drill on a leap day", Clause: drill, Rule: r, Date: d(2026, 2, 28), Inputs: in("2024-02-29"),
			Want: map[string]string{"next_drill_due": "2026-02-28", "drill_overdue": "false"}},
		{Name: "a drill on a leap day, a day late", Clause: drill, Rule: r, Date: d(2026, 3, 1), Inputs: in("2024-02-29"),
			Want: map[string]string{"next_drill_due": "2026-02-28", "drill_overdue": "true"}},
		// a drill under the previous plan still starts the 2 years: 2021-11-10 + 2 = 2023-11-10
		{Name: "first day in force, after a drill under the previous plan", Clause: drill, Rule: r, Date: firstDay, Inputs: in("2021-11-10"),
			Want: map[string]string{"next_drill_due": "2023-11-10", "drill_overdue": "false", "next_revision_due": "2025-03-08"}},
		{Name: "the revision falls due 3 years after issue", Clause: revision, Rule: r, Date: d(2025, 3, 8), Inputs: in("2024-05-20"),
			Want: map[string]string{"next_revision_due": "2025-03-08", "revision_overdue": "false", "next_drill_due": "2026-05-20"}},
		{Name: "the day after the revision fell due", Clause: revision, Rule: r, Date: d(2025, 3, 9), Inputs: in("2024-05-20"),
			Want: map[string]string{"next_revision_due": "2025-03-08", "revision_overdue": "true"}},
		// revised 2025-01-20: next by 2028-01-20
		{Name: "after a revision", Clause: revision, Rule: r, Date: d(2025, 3, 9),
			Inputs: rules.Inputs{"last_drill": "2024-05-20", "last_revision": "2025-01-20"},
			Want:   map[string]string{"next_revision_due": "2028-01-20", "revision_overdue": "false"}},
		{Name: "the day before the plan", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("2021-11-10"), Err: rules.ErrNotInForce},
		{Name: "a drill after the evaluation date", Clause: drill, Rule: r, Date: dayIn, Inputs: in("2022-06-02"), Err: rules.ErrInvalidInput, Field: "last_drill"},
		{Name: "a drill on the evaluation date", Clause: drill, Rule: r, Date: dayIn, Inputs: in("2022-06-01"),
			Want: map[string]string{"next_drill_due": "2024-06-01", "drill_overdue": "false"}},
		{Name: "a revision after the evaluation date", Clause: revision, Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"last_drill": "2022-05-01", "last_revision": "2023-01-01"}, Err: rules.ErrInvalidInput, Field: "last_revision"},
		{Name: "the last drill is required", Clause: drill, Rule: r, Date: dayIn, Inputs: rules.Inputs{}, Err: rules.ErrInvalidInput, Field: "last_drill"},
		{Name: "a day that does not exist", Clause: drill, Rule: r, Date: dayIn, Inputs: in("2022-02-30"), Err: rules.ErrInvalidInput, Field: "last_drill"},
	})
}

// The typed functions evaluate the same rules as the book: same results.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	dec := decimal.RequireFromString
	book := grain.Book()
	eval := func(id string, in rules.Inputs) *rules.Result {
		t.Helper()
		res, err := book.Eval(id, dayIn, in)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		return res
	}
	fig := func(res *rules.Result, name string) string {
		f, _ := res.Figure(name)
		return f.Value.String()
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	type pair struct{ typed, book string }
	var got []pair

	c, err := grain.EmergencyLevel(dayIn, grain.Scope{Extent: grain.WithinWenzhou, Counties: 1, Townships: 2})
	must(err)
	b := eval(grain.RuleEmergencyLevel, rules.Inputs{"extent": "温州市内", "counties": 1, "townships": 2})
	got = append(got, pair{string(c.Level), fig(b, "level")})

	resp, err := grain.EmergencyResponse(dayIn, grain.RelativelySerious)
	must(err)
	b = eval(grain.RuleEmergencyResponse, rules.Inputs{"level": "较大"})
	got = append(got, pair{string(resp.Grade), fig(b, "grade")}, pair{resp.Command, fig(b, "command")},
		pair{boolText(resp.CityPlan), fig(b, "city_plan")})

	at, _ := rules.ParseDateTime("2022-06-01 21:30")
	dl, err := grain.ReportDeadline(dayIn, grain.Serious, at)
	must(err)
	b = eval(grain.RuleReportDeadline, rules.Inputs{"level": "重大", "received_at": "2022-06-01 21:30"})
	got = append(got, pair{dl.At.String(), fig(b, "deadline")})

	rs, err := grain.ReserveAdequacy(dayIn, grain.UrbanDistricts, dec("1499.99"), dec("100"))
	must(err)
	b = eval(grain.RuleReserveAdequacy, rules.Inputs{"locality": "市区", "reserve": "1499.99", "daily_supply": "100"})
	got = append(got, pair{rs.DaysCovered.String(), fig(b, "days_covered")}, pair{boolText(rs.Adequate), fig(b, "adequate")},
		pair{rs.MinDays.String(), fig(b, "min_days")}, pair{rs.Shortfall.String(), fig(b, "shortfall")})

	s, err := grain.SelfSufficiency(dayIn, dec("684500"), dec("2150000"))
	must(err)
	b = eval(grain.RuleSelfSufficiency, rules.Inputs{"production": "684500", "consumption": "2150000"})
	got = append(got, pair{s.Ratio.String(), fig(b, "ratio")}, pair{s.Gap.String(), fig(b, "gap")})

	a, err := grain.PriceAlert(dayIn, grain.Market{Price: dec("3.20"), WarningLine: dec("3.00"), ApproachMargin: dec("0.10"),
		Cause: grain.PublicHealthEvent, AbnormalSwing: true})
	must(err)
	b = eval(grain.RulePriceAlert, rules.Inputs{"price": "3.20", "warning_line": "3.00", "approach_margin": "0.10",
		"cause": "突发公共卫生事件", "abnormal_swing": true})
	got = append(got, pair{boolText(a.ReportRequired), fig(b, "report_required")}, pair{boolText(a.ByDisaster), fig(b, "by_disaster")},
		pair{boolText(a.ByHealthEvent), fig(b, "by_health_event")}, pair{boolText(a.ByPrice), fig(b, "by_price")},
		pair{boolText(a.ByOtherSwing), fig(b, "by_other_swing")})

	sc, err := grain.PlanSchedule(dayIn, rules.MustDate(2021, 11, 10), rules.Date{})
	must(err)
	b = eval(grain.RulePlanSchedule, rules.Inputs{"last_drill": "2021-11-10"})
	got = append(got, pair{sc.NextDrill.String(), fig(b, "next_drill_due")}, pair{sc.NextRevision.String(), fig(b, "next_revision_due")},
		pair{boolText(sc.DrillOverdue), fig(b, "drill_overdue")}, pair{boolText(sc.RevisionOverdue), fig(b, "revision_overdue")})

	for i, p := range got {
		if p.typed != p.book {
			t.Errorf("figure %d: typed %q, book %q", i, p.typed, p.book)
		}
	}
	// The figures themselves, worked by hand from the text (see the cases above).
	var typed []string
	for _, p := range got {
		typed = append(typed, p.typed)
	}
	want := []string{
		"一般",                 // 1.5.4 two townships
		"Ⅲ级", "市指挥部", "true", // 5.3.1
		"2022-06-02 01:30:00",          // 5.3.1 21:30 + 4 h
		"14.99", "false", "15", "0.01", // 4.1 1499.99 ÷ 100
		"0.3184", "1465500", // 2.1
		"true", "false", "false", "true", "true", // 4.3 price over the line; epidemic swing without panic is ground (4)
		"2023-11-10", "2025-03-08", "false", "false", // 8.1, 8.2
	}
	if d := cmp.Diff(want, typed); d != "" {
		t.Errorf("typed figures (-want +got):\n%s", d)
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// The typed API reports what the rules report: a scope that meets no level,
// a general emergency outside the 4-hour report, and invalid input naming
// the field.
func TestTypedOutcomes(t *testing.T) {
	c, err := grain.EmergencyLevel(dayIn, grain.Scope{Extent: grain.WithinWenzhou, Counties: 1, Townships: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c.Level != "" || c.Result.Eligible || len(c.Result.Failed) != 1 || c.Result.Failed[0].Name != "meets_a_level" {
		t.Errorf("one township (1.5.4 两个以上乡镇): want no level and the failed condition meets_a_level, got %q, %+v", c.Level, c.Result.Failed)
	}
	at, _ := rules.ParseDateTime("2022-06-01 09:00")
	dl, err := grain.ReportDeadline(dayIn, grain.General, at)
	if err != nil {
		t.Fatal(err)
	}
	if dl.Applies || !dl.At.IsZero() {
		t.Errorf("general emergency (5.2.1 县级预案): want no 4-hour deadline, got %v at %s", dl.Applies, dl.At)
	}
	invalid := func(what string, err error, field string) {
		t.Helper()
		var re *rules.Error
		if !errors.Is(err, rules.ErrInvalidInput) || !errors.As(err, &re) || re.Field != field {
			t.Errorf("%s: want an invalid-input error on %s, got %v", what, field, err)
		}
	}
	_, err = grain.EmergencyLevel(dayIn, grain.Scope{Counties: 2})
	invalid("scope without an extent", err, "extent")
	_, err = grain.ReportDeadline(dayIn, grain.RelativelySerious, rules.DateTime{})
	invalid("no time of receipt", err, "received_at")
	_, err = grain.PlanSchedule(dayIn, rules.Date{}, rules.Date{})
	invalid("no last drill", err, "last_drill")
	_, err = grain.ReserveAdequacy(dayIn, "鹿城区", decimal.NewFromInt(1500), decimal.NewFromInt(100))
	invalid("a district instead of 市区", err, "locality")
	_, err = grain.EmergencyResponse(dayBefore, grain.General)
	if !errors.Is(err, rules.ErrNotInForce) {
		t.Errorf("the day before the plan (9.3): want ErrNotInForce, got %v", err)
	}
}

func TestParse(t *testing.T) {
	if l, err := grain.ParseLevel("较大"); err != nil || l != grain.RelativelySerious {
		t.Errorf("ParseLevel(较大) = %q, %v", l, err)
	}
	if _, err := grain.ParseLevel("严重"); err == nil {
		t.Error("ParseLevel(严重): want an error listing the levels")
	}
	if e, err := grain.ParseExtent("全省范围"); err != nil || e != grain.WholeProvince {
		t.Errorf("ParseExtent(全省范围) = %q, %v", e, err)
	}
	if _, err := grain.ParseExtent("全国"); err == nil {
		t.Error("ParseExtent(全国): want an error")
	}
	if j, err := grain.ParseJudgement("市级"); err != nil || j != grain.JudgedCity {
		t.Errorf("ParseJudgement(市级) = %q, %v", j, err)
	}
	if _, err := grain.ParseJudgement("国务院"); err == nil {
		t.Error("ParseJudgement(国务院): want an error")
	}
	if l, err := grain.ParseLocality("龙港市"); err != nil || l != grain.Longgang {
		t.Errorf("ParseLocality(龙港市) = %q, %v", l, err)
	}
	if _, err := grain.ParseLocality("瓯海区"); err == nil {
		t.Error("ParseLocality(瓯海区): want an error (瓯海区 is within 市区)")
	}
	if c, err := grain.ParseCause("突发公共卫生事件"); err != nil || c != grain.PublicHealthEvent {
		t.Errorf("ParseCause(突发公共卫生事件) = %q, %v", c, err)
	}
	if _, err := grain.ParseCause("台风"); err == nil {
		t.Error("ParseCause(台风): want an error")
	}
}

// A county that keeps a larger reserve, or a bureau that drills every year,
// derives a new book; the plan's figures are floors (以上) and caps (至少每2年),
// so a derived book may not lower the reserve or lengthen the interval.
func TestDerivedBook(t *testing.T) {
	county := &rules.Document{Number: "乐清市粮食应急预案（示例）", Title: "乐清市粮食应急预案", Issuer: "乐清市人民政府",
		Issued: rules.MustDate(2022, 7, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	from := rules.MustDate(2022, 7, 1)
	minDays := func(yueqing string) rules.Override {
		var rows []rules.Row
		for _, l := range grain.Localities() {
			v := "10"
			switch l {
			case grain.UrbanDistricts:
				v = "15"
			case grain.Yueqing:
				v = yueqing
			}
			rows = append(rows, rules.Row{Keys: []string{string(l)}, Value: decimal.RequireFromString(v)})
		}
		return rules.Override{Param: "reserve_min_days", From: from, Value: rules.Table{Rows: rows},
			Cite: county.Cite("4.1", "成品粮油储备达到"+yueqing+"天以上市场供应量")}
	}
	derived, err := grain.Book().Derive(minDays("15"))
	if err != nil {
		t.Fatal(err)
	}
	ev := grain.MustEvaluator(derived)
	twelve := func(e *grain.Evaluator, on rules.Date) grain.Reserve {
		t.Helper()
		r, err := e.ReserveAdequacy(on, grain.Yueqing, decimal.NewFromInt(1200), decimal.NewFromInt(100))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	// 12 days: short of the county's own 15 from 2022-07-01, enough for the plan's 10 before it and in the plan's book.
	after, before, orig := twelve(ev, rules.MustDate(2022, 7, 1)), twelve(ev, rules.MustDate(2022, 6, 30)), twelve(grain.MustEvaluator(grain.Book()), dayIn)
	if after.Adequate || !after.MinDays.Equal(decimal.NewFromInt(15)) || !after.Shortfall.Equal(decimal.NewFromInt(300)) {
		t.Errorf("derived book from 2022-07-01: want 15 days required, short by 300 t; got %+v", after)
	}
	if !before.Adequate || !orig.Adequate || !orig.MinDays.Equal(decimal.NewFromInt(10)) {
		t.Errorf("before the county's plan and in the plan's book: want 10 days required and met; got %+v, %+v", before, orig)
	}
	if derived.Hash() == grain.Book().Hash() {
		t.Error("a derived book must have its own hash")
	}
	if _, err := grain.Book().Derive(minDays("7")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("a county below 10 days (各县（市）达到10天以上): want ErrInvalidOverride, got %v", err)
	}
	longer := rules.Override{Param: "drill_interval", From: from, Value: "3", Cite: county.Cite("8.1", "每3年开展1次应急演练")}
	if _, err := grain.Book().Derive(longer); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("drilling every 3 years (至少每2年): want ErrInvalidOverride, got %v", err)
	}
	yearly := rules.Override{Param: "drill_interval", From: from, Value: "1", Cite: county.Cite("8.1", "每年开展1次应急演练")}
	b, err := grain.Book().Derive(yearly)
	if err != nil {
		t.Fatal(err)
	}
	s, err := grain.MustEvaluator(b).PlanSchedule(rules.MustDate(2022, 8, 1), rules.MustDate(2022, 7, 15), rules.Date{})
	if err != nil {
		t.Fatal(err)
	}
	// 2022-07-15 + 1 year = 2023-07-15
	if s.NextDrill != rules.MustDate(2023, 7, 15) {
		t.Errorf("yearly drills: want next by 2023-07-15, got %s", s.NextDrill)
	}
}

// Every result cites the clause it rests on, with the parameters' clauses.
func TestCitations(t *testing.T) {
	r, err := grain.ReserveAdequacy(dayIn, grain.Ruian, decimal.NewFromInt(1000), decimal.NewFromInt(100))
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, c := range r.Result.Citations() {
		refs = append(refs, c.String())
	}
	want := []string{
		"温政办〔2022〕19号 4.1：“市区成品粮油储备达到15天以上市场供应量，各县（市）达到10天以上市场供应量”",
		"温政办〔2022〕19号 4.1：“各县（市）达到10天以上市场供应量”",
	}
	if d := cmp.Diff(want, refs); d != "" {
		t.Errorf("citations (-want +got):\n%s", d)
	}
}

// For any reserve and supply, the typed result keeps the rule of 4.1:
// adequate exactly when reserve ≥ days × supply, the days shown never above
// the exact quotient nor a hundredth below it, and the shortfall what is
// missing. The expectations are computed here with shopspring/decimal.
func FuzzReserveAdequacy(f *testing.F) {
	f.Add("1500", "100", true)
	f.Add("1499.99", "100", true)
	f.Add("999.9", "100", false)
	f.Add("0", "0.01", false)
	f.Add("123456789.123", "7.77", true)
	f.Fuzz(func(t *testing.T, reserve, supply string, city bool) {
		r, err1 := decimal.NewFromString(reserve)
		s, err2 := decimal.NewFromString(supply)
		if err1 != nil || err2 != nil || r.Sign() < 0 || s.Sign() <= 0 || len(reserve) > 20 || len(supply) > 20 {
			return
		}
		loc, days := grain.Ruian, decimal.NewFromInt(10)
		if city {
			loc, days = grain.UrbanDistricts, decimal.NewFromInt(15)
		}
		got, err := grain.ReserveAdequacy(dayIn, loc, r, s)
		if err != nil {
			return // beyond the numbers a rule takes
		}
		need := days.Mul(s)
		if got.Adequate != r.GreaterThanOrEqual(need) {
			t.Errorf("%s t at %s t/day in %s: adequate %v, but %s × %s = %s", r, s, loc, got.Adequate, days, s, need)
		}
		exact := r.DivRound(s, 30)
		if got.DaysCovered.GreaterThan(exact) || exact.Sub(got.DaysCovered).GreaterThanOrEqual(decimal.RequireFromString("0.01")) {
			t.Errorf("%s ÷ %s: days covered %s, exact %s", r, s, got.DaysCovered, exact)
		}
		short := decimal.Max(need.Sub(r), decimal.Zero)
		if !got.Shortfall.Equal(short) {
			t.Errorf("%s t at %s t/day in %s: shortfall %s, want %s", r, s, loc, got.Shortfall, short)
		}
	})
}

// One book serves many goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	done := make(chan string)
	for i := range 8 {
		go func() {
			reserve := decimal.NewFromInt(int64(1400 + 20*i)) // 14.0 … 15.4 days
			r, err := grain.ReserveAdequacy(dayIn, grain.UrbanDistricts, reserve, decimal.NewFromInt(100))
			if err != nil {
				done <- err.Error()
				return
			}
			if r.Adequate != (i >= 5) { // 1400 + 20 × 5 = 1500 = 15 × 100
				done <- "reserve " + reserve.String() + ": wrong adequacy"
				return
			}
			done <- ""
		}()
	}
	for range 8 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
