package roads_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	firstDay = rules.MustDate(2022, 5, 1)  // 本意见自2022年5月1日起施行
	lastDay  = rules.MustDate(2027, 4, 30) // 有效期5年 (Civil Code art. 202)
	dayIn    = rules.MustDate(2023, 3, 1)
)

const inForce = "正文 本意见自2022年5月1日起施行。有效期5年"

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, roads.Book(), map[string]string{roads.Opinions.Number: "../testdata/sources/4-roads.txt"})
}

func network(county string, year int, c, tw, v string) rules.Inputs {
	return rules.Inputs{"county": county, "year": year, "county_road_km": c, "township_road_km": tw, "village_road_km": v}
}

func TestMaintenanceWorksSubsidy(t *testing.T) {
	r := roads.RuleMaintenanceWorks
	rulestest.Run(t, roads.Book(), []rulestest.Case{
		// 3,000 × (10 + 20.5 + 30) = 181,500
		{Name: "鹿城 district", Clause: "三（五） 每年每公里3000元……四区", Rule: r, Date: dayIn, Inputs: network("鹿城区", 2022, "10", "20.5", "30"),
			Want: map[string]string{"amount": "181500.00", "county_road": "30000.00", "township_road": "61500.00", "village_road": "90000.00"}, Eligible: rulestest.Yes},
		// 1,000 × (100 + 200 + 300) = 600,000
		{Name: "永嘉 mountain county", Clause: "三（五） 每年每公里1000元……五县", Rule: r, Date: dayIn, Inputs: network("永嘉县", 2022, "100", "200", "300"),
			Want: map[string]string{"amount": "600000.00", "county_road": "100000.00"}},
		{Name: "瑞安 gets no city subsidy", Clause: "三（五） 对四区……对五县", Rule: r, Date: dayIn, Inputs: network("瑞安市", 2022, "10", "20", "30"),
			Failed: []string{"four_districts_or_five_counties"}, Want: map[string]string{"amount": "0"}},
		// 3,000 × 1 = 3,000: the first subsidy year, evaluated on the first day in force
		{Name: "2021 is the first subsidy year", Clause: "三（五） 补助期限为2021年至2025年", Rule: r, Date: firstDay, Inputs: network("洞头区", 2021, "0", "0", "1"), Want: map[string]string{"amount": "3000.00"}},
		{Name: "2025 is the last subsidy year", Clause: "三（五） 补助期限为2021年至2025年", Rule: r, Date: lastDay, Inputs: network("洞头区", 2025, "0", "0", "1"), Want: map[string]string{"amount": "3000.00"}},
		{Name: "2020 is before the subsidy years", Clause: "三（五） 补助期限为2021年至2025年", Rule: r, Date: dayIn, Inputs: network("洞头区", 2020, "0", "0", "1"), Failed: []string{"subsidy_years"}},
		{Name: "2026 is after them", Clause: "三（五） 补助期限为2021年至2025年", Rule: r, Date: lastDay, Inputs: network("洞头区", 2026, "0", "0", "1"), Failed: []string{"subsidy_years"}},
		{Name: "neither district nor year", Clause: "三（五）", Rule: r, Date: dayIn, Inputs: network("龙港市", 2026, "1", "1", "1"), Failed: []string{"four_districts_or_five_counties", "subsidy_years"}},
		{Name: "the day before the opinions apply", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: network("鹿城区", 2022, "1", "1", "1"), Err: rules.ErrNotInForce},
		{Name: "the day after they expire", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: network("鹿城区", 2025, "1", "1", "1"), Err: rules.ErrNotInForce},
		{Name: "not a county of Wenzhou", Clause: "正文 各县（市、区）人民政府", Rule: r, Date: dayIn, Inputs: network("温州市", 2022, "1", "1", "1"), Err: rules.ErrInvalidInput, Field: "county"},
		{Name: "negative length", Clause: "三（五） 每年每公里", Rule: r, Date: dayIn, Inputs: network("鹿城区", 2022, "-1", "1", "1"), Err: rules.ErrInvalidInput, Field: "county_road_km"},
		// 3,000 × (1 + 1 + 1) = 9,000
		{Name: "one km of each class", Clause: "三（五） 每年每公里3000元", Rule: r, Date: dayIn, Inputs: network("鹿城区", 2022, "1", "1", "1"), Want: map[string]string{"amount": "9000.00"}},
		{Name: "a year must be whole", Clause: "三（五） 补助期限为2021年至2025年", Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"county": "鹿城区", "year": "2022.5", "county_road_km": "1"}, Err: rules.ErrInvalidInput, Field: "year"},
	})
}

func TestRoutineMaintenanceSubsidy(t *testing.T) {
	r := roads.RuleRoutineMaintenance
	rulestest.Run(t, roads.Book(), []rulestest.Case{
		// 4,000 × 10 + 2,000 × 20 + 2,000 × 30 = 140,000
		{Name: "龙湾 district", Clause: "三（六） 县道4000元、乡道2000元、村道2000元对四区", Rule: r, Date: dayIn, Inputs: network("龙湾区", 2023, "10", "20", "30"),
			Want: map[string]string{"amount": "140000.00", "county_road": "40000.00", "township_road": "40000.00", "village_road": "60000.00"}},
		// 1,000 × (50 + 100 + 150) = 300,000
		{Name: "泰顺 mountain county", Clause: "三（六） 按每年每公里1000元的标准对五县", Rule: r, Date: dayIn, Inputs: network("泰顺县", 2024, "50", "100", "150"),
			Want: map[string]string{"amount": "300000.00", "village_road": "150000.00"}},
		{Name: "乐清 gets no city subsidy", Clause: "三（六） 对四区……对五县", Rule: r, Date: dayIn, Inputs: network("乐清市", 2023, "10", "20", "30"), Failed: []string{"four_districts_or_five_counties"}},
		{Name: "2025 is the last subsidy year", Clause: "三（六） 补助期限为2021年至2025年", Rule: r, Date: dayIn, Inputs: network("瓯海区", 2025, "1", "0", "0"), Want: map[string]string{"amount": "4000.00"}},
		{Name: "2026 is not covered", Clause: "三（六） 补助期限为2021年至2025年", Rule: r, Date: dayIn, Inputs: network("瓯海区", 2026, "1", "0", "0"), Failed: []string{"subsidy_years"}},
		// 0.5 km of county road: 4,000 × 0.5 = 2,000; lengths not given count as 0
		{Name: "lengths may be fractional and default to zero", Clause: "三（六） 每年每公里县道4000元", Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"county": "鹿城区", "year": 2023, "county_road_km": "0.5"}, Want: map[string]string{"amount": "2000.00"}},
		{Name: "the day before the opinions apply", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: network("鹿城区", 2022, "1", "1", "1"), Err: rules.ErrNotInForce},
		{Name: "year zero", Clause: "三（六） 补助期限为2021年至2025年", Rule: r, Date: dayIn, Inputs: network("鹿城区", 0, "1", "1", "1"), Err: rules.ErrInvalidInput, Field: "year"},
	})
}

func TestRoutineFunding(t *testing.T) {
	r := roads.RuleRoutineMinimum
	with := func(in rules.Inputs, provincial string) rules.Inputs {
		in["provincial_subsidy"] = provincial
		return in
	}
	rulestest.Run(t, roads.Book(), []rulestest.Case{
		// minimum 15,000×10 + 7,500×20 + 4,500×30 = 435,000; city 140,000; county 435,000 − 100,000 − 140,000 = 195,000
		{Name: "瓯海 district in 2022", Clause: "三（六） 县道15000元、乡道7500元、村道4500元；省市补助外的不足部分由县（市、区）负责筹措落实", Rule: r, Date: dayIn,
			Inputs: with(network("瓯海区", 2022, "10", "20", "30"), "100000"),
			Want:   map[string]string{"minimum": "435000.00", "city_subsidy": "140000.00", "shortfall": "195000.00"}},
		// 瑞安 has no city subsidy: 435,000 − 100,000 = 335,000
		{Name: "瑞安 raises all but the provincial part", Clause: "三（六） 总额不得低于以下标准", Rule: r, Date: dayIn,
			Inputs: with(network("瑞安市", 2022, "10", "20", "30"), "100000"),
			Want:   map[string]string{"minimum": "435000.00", "city_subsidy": "0", "shortfall": "335000.00"}},
		// 文成 in 2026: the minimum still holds, the city subsidy years have ended: 1,000 × 60 would not apply
		{Name: "文成 after the city subsidy years", Clause: "三（六） 补助期限为2021年至2025年", Rule: r, Date: rules.MustDate(2026, 6, 1),
			Inputs: network("文成县", 2026, "10", "20", "30"),
			Want:   map[string]string{"minimum": "435000.00", "city_subsidy": "0", "shortfall": "435000.00"}},
		// 文成 in 2025: city 1,000 × 60 = 60,000; county 435,000 − 60,000 = 375,000
		{Name: "文成 in the last subsidy year", Clause: "三（六） 按每年每公里1000元的标准对五县", Rule: r, Date: dayIn,
			Inputs: network("文成县", 2025, "10", "20", "30"),
			Want:   map[string]string{"minimum": "435000.00", "city_subsidy": "60000.00", "shortfall": "375000.00"}},
		// minimum 4,500; city 2,000; the provincial 10,000 already covers it: 0, never negative
		{Name: "covered by the province", Clause: "三（六） 省市补助外的不足部分", Rule: r, Date: dayIn,
			Inputs: with(network("鹿城区", 2022, "0", "0", "1"), "10000"),
			Want:   map[string]string{"minimum": "4500.00", "city_subsidy": "2000.00", "shortfall": "0"}},
		{Name: "2021 is before the minimum applies", Clause: "三（六） 从2022年起", Rule: r, Date: dayIn, Inputs: network("鹿城区", 2021, "1", "1", "1"), Failed: []string{"from_2022"}},
		{Name: "2022 is the first year of the minimum", Clause: "三（六） 从2022年起", Rule: r, Date: firstDay, Inputs: network("鹿城区", 2022, "1", "0", "0"),
			Want: map[string]string{"minimum": "15000.00", "city_subsidy": "4000.00", "shortfall": "11000.00"}},
		{Name: "after the opinions expire", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: network("鹿城区", 2027, "1", "0", "0"), Err: rules.ErrNotInForce},
		{Name: "negative provincial subsidy", Clause: "三（六）", Rule: r, Date: dayIn, Inputs: with(network("鹿城区", 2022, "1", "0", "0"), "-1"), Err: rules.ErrInvalidInput, Field: "provincial_subsidy"},
	})
}

func TestTargets2022(t *testing.T) {
	r := roads.RuleTargets2022
	in := func(a, b, c, d string) rules.Inputs {
		return rules.Inputs{"maintained_share": a, "works_share_county_township": b, "works_share_village": c, "medium_or_better_share": d}
	}
	all := func(v string) map[string]string {
		return map[string]string{"all_met": v, "maintained": v, "works_county_township": v, "works_village": v, "medium_or_better": v}
	}
	rulestest.Run(t, roads.Book(), []rulestest.Case{
		{Name: "exactly on every target", Clause: "二 列养率达到100%，县乡道不低于6%、村道不低于5%，中等以上不低于85%", Rule: r, Date: dayIn, Inputs: in("1", "0.06", "0.05", "0.85"), Want: all("true")},
		{Name: "just below every target", Clause: "二 列养率达到100%，县乡道不低于6%、村道不低于5%，中等以上不低于85%", Rule: r, Date: dayIn, Inputs: in("0.999", "0.0599", "0.0499", "0.8499"), Want: all("false")},
		{Name: "shares written as percentages", Clause: "二 不低于6%", Rule: r, Date: firstDay, Inputs: in("100%", "6%", "5%", "85%"), Want: all("true")},
		{Name: "one target missed", Clause: "二 中等以上农村公路占比不低于85%", Rule: r, Date: lastDay, Inputs: in("1", "0.1", "0.08", "0.84"),
			Want: map[string]string{"all_met": "false", "maintained": "true", "works_county_township": "true", "works_village": "true", "medium_or_better": "false"}},
		{Name: "a share above 100%", Clause: "二 列养率达到100%", Rule: r, Date: dayIn, Inputs: in("1.01", "0.06", "0.05", "0.85"), Err: rules.ErrInvalidInput, Field: "maintained_share"},
		{Name: "before the opinions apply", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: in("1", "0.06", "0.05", "0.85"), Err: rules.ErrNotInForce},
	})
}

func TestAdjustmentDue(t *testing.T) {
	r := roads.RuleAdjustmentDue
	last := func(d string) rules.Inputs { return rules.Inputs{"last_adjusted": d} }
	rulestest.Run(t, roads.Book(), []rulestest.Case{
		// 2022-05-01 + 5 years = 2027-05-01
		{Name: "standards set when the opinions took effect", Clause: "三（七） 原则上5年内至少调整一次", Rule: r, Date: lastDay, Inputs: last("2022-05-01"),
			Want: map[string]string{"due": "2027-05-01", "overdue": "false"}},
		// 2024-02-29 + 5 years: 2029 has no 29 February, so 2029-02-28 (Civil Code art. 202)
		{Name: "adjusted on a 29 February", Clause: "三（七） 原则上5年内至少调整一次", Rule: r, Date: dayIn, Inputs: last("2024-02-29"), Want: map[string]string{"due": "2029-02-28"}},
		// 2021-06-30 + 5 years = 2026-06-30: due that day, overdue the day after
		{Name: "on the due date", Clause: "三（七） 5年内", Rule: r, Date: rules.MustDate(2026, 6, 30), Inputs: last("2021-06-30"), Want: map[string]string{"due": "2026-06-30", "overdue": "false"}},
		{Name: "the day after the due date", Clause: "三（七） 5年内", Rule: r, Date: rules.MustDate(2026, 7, 1), Inputs: last("2021-06-30"), Want: map[string]string{"due": "2026-06-30", "overdue": "true"}},
		{Name: "not a date", Clause: "三（七）", Rule: r, Date: dayIn, Inputs: last("2021-02-30"), Err: rules.ErrInvalidInput, Field: "last_adjusted"},
		{Name: "after the opinions expire", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: last("2022-05-01"), Err: rules.ErrNotInForce},
	})
}

func TestTypedFunctionsMatchTheBook(t *testing.T) {
	d := decimal.RequireFromString
	n := roads.Network{CountyRoad: d("10"), TownshipRoad: d("20"), VillageRoad: d("30")}
	works, err := roads.MaintenanceWorksSubsidy(dayIn, roads.Ouhai, 2022, n)
	if err != nil {
		t.Fatal(err)
	}
	routine, err := roads.RoutineMaintenanceSubsidy(dayIn, roads.Ouhai, 2022, n)
	if err != nil {
		t.Fatal(err)
	}
	funding, err := roads.RoutineFunding(dayIn, roads.Ouhai, 2022, n, d("100000"))
	if err != nil {
		t.Fatal(err)
	}
	targets, err := roads.CheckTargets2022(dayIn, roads.Figures{MaintainedShare: d("1"), WorksShareCountyTownship: d("0.06"), WorksShareVillage: d("0.04"), MediumOrBetterShare: d("0.9")})
	if err != nil {
		t.Fatal(err)
	}
	review, err := roads.AdjustmentDue(dayIn, rules.MustDate(2022, 5, 1))
	if err != nil {
		t.Fatal(err)
	}
	book, err := roads.Book().Eval(roads.RuleRoutineMinimum, dayIn, rules.Inputs{"county": "瓯海区", "year": 2022,
		"county_road_km": "10", "township_road_km": "20", "village_road_km": "30", "provincial_subsidy": "100000"})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{works.Amount.StringFixed(2), routine.Amount.StringFixed(2), funding.Minimum.StringFixed(2), funding.CitySubsidy.StringFixed(2),
		funding.Shortfall.StringFixed(2), book.Value.Number().StringFixed(2), boolText(targets.All), boolText(targets.WorksVillage), review.Due.String()}
	// 三（五）: 3,000 × 60; 三（六）: 140,000 city, 435,000 minimum, 195,000 county; 二: 4% < 5%; 三（七）: +5 years.
	want := []string{"180000.00", "140000.00", "435000.00", "140000.00", "195000.00", "195000.00", "false", "false", "2027-05-01"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("typed functions (-want +got):\n%s", diff)
	}
	ruian, err := roads.MaintenanceWorksSubsidy(dayIn, roads.Ruian, 2022, n)
	if err != nil || ruian.Eligible || !ruian.Amount.IsZero() {
		t.Errorf("瑞安 works subsidy: want not eligible and 0 (三（五） names only 四区 and 五县), got %v, %v", ruian, err)
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestParseCounty(t *testing.T) {
	if c, err := roads.ParseCounty("文成县"); err != nil || c != roads.Wencheng || !c.IsMountainCounty() {
		t.Errorf("ParseCounty(文成县) = %q, %v", c, err)
	}
	if _, err := roads.ParseCounty("温州"); err == nil {
		t.Error("ParseCounty(温州): want an error listing the counties")
	}
	var districts, mountain int
	for _, c := range roads.Counties() {
		if c.IsDistrict() {
			districts++
		}
		if c.IsMountainCounty() {
			mountain++
		}
	}
	if districts != 4 || mountain != 5 || len(roads.Counties()) != 12 {
		t.Errorf("%d districts, %d mountain counties of %d; want 4 (四区), 5 (山区五县) of 12", districts, mountain, len(roads.Counties()))
	}
}

// A county funding more than the minimum keeps its level (不得降低): it
// derives a book that raises the minimum; lowering it is refused.
func TestCountyKeepsHigherStandard(t *testing.T) {
	notice := &rules.Document{Number: "乐清市农村公路管理养护实施办法（示例）", Title: "乐清市农村公路管理养护实施办法", Issuer: "乐清市人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	minimum := func(county string) rules.Override {
		return rules.Override{Param: "routine_minimum", From: rules.MustDate(2022, 7, 1), Cite: notice.Cite("三", "县道每年每公里"+county+"元"),
			Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{"县道"}, Value: decimal.RequireFromString(county)},
				{Keys: []string{"乡道"}, Value: decimal.RequireFromString("7500")},
				{Keys: []string{"村道"}, Value: decimal.RequireFromString("4500")},
			}}}
	}
	yueqing, err := roads.Book().Derive(minimum("18000"))
	if err != nil {
		t.Fatal(err)
	}
	n := roads.Network{CountyRoad: decimal.NewFromInt(10)}
	got, err := roads.MustEvaluator(yueqing).RoutineFunding(dayIn, roads.Yueqing, 2023, n, decimal.Zero)
	if err != nil {
		t.Fatal(err)
	}
	// 18,000 × 10 = 180,000, none of it from the city (乐清 is neither district nor mountain county)
	if got.Minimum.StringFixed(2) != "180000.00" || got.Shortfall.StringFixed(2) != "180000.00" {
		t.Errorf("乐清 with its own 18,000: minimum %s, shortfall %s; want 180000.00 each", got.Minimum, got.Shortfall)
	}
	if _, err := roads.Book().Derive(minimum("14000")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("lowering the minimum below 15,000 (不得低于): want ErrInvalidOverride, got %v", err)
	}
}

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator", "County")
}
