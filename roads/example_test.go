package roads_test

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
)

// 文成县, one of the five mountain counties, with 120 km of county road,
// 350 km of township road and 900 km of village road in 2023: the city pays
// 1,000 yuan a km a year towards maintenance works (（五）) and 1,000 a km a
// year towards routine maintenance (（六）), 1,000 × 1,370 = 1,370,000 each.
func Example() {
	march := rules.MustDate(2023, 3, 1) // the date the subsidies are worked out
	wencheng := roads.NetworkYear{
		Locality: roads.Wencheng,
		Year:     2023,
		Network: roads.Network{
			CountyRoad:   decimal.NewFromInt(120),
			TownshipRoad: decimal.NewFromInt(350),
			VillageRoad:  decimal.NewFromInt(900),
		},
	}
	works, err := roads.Default().MaintenanceWorksSubsidy(march, wencheng)
	if err != nil {
		fmt.Println(err)
		return
	}
	routine, err := roads.Default().RoutineMaintenanceSubsidy(march, wencheng)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("maintenance works:", works.Amount.StringFixed(2))
	fmt.Println("routine maintenance:", routine.Amount.StringFixed(2))
	// Output:
	// maintenance works: 1370000.00
	// routine maintenance: 1370000.00
}

func ExampleEvaluator_MaintenanceWorksSubsidy() {
	march := rules.MustDate(2023, 3, 1)
	// kilometres of county, township and village road
	network := roads.Network{CountyRoad: decimal.NewFromInt(120), TownshipRoad: decimal.NewFromInt(350), VillageRoad: decimal.NewFromInt(900)}
	s, _ := roads.Default().MaintenanceWorksSubsidy(march, roads.NetworkYear{Locality: roads.Lucheng, Year: 2023, Network: network})
	fmt.Println(s.Amount.StringFixed(2)) // 3,000 × 1,370 km
	s, _ = roads.Default().MaintenanceWorksSubsidy(march, roads.NetworkYear{Locality: roads.Yongjia, Year: 2023, Network: network})
	fmt.Println(s.Amount.StringFixed(2)) // 1,000 × 1,370
	s, _ = roads.Default().MaintenanceWorksSubsidy(march, roads.NetworkYear{Locality: roads.Ruian, Year: 2023, Network: network})
	fmt.Println(s.Eligible(), s.Failed()[0].In(rules.English))
	// Output:
	// 4110000.00
	// 1370000.00
	// false not met: one of the four districts or the five mountain counties (group = other)
}

func ExampleEvaluator_RoutineMaintenanceSubsidy() {
	march := rules.MustDate(2023, 3, 1)
	// kilometres of county, township and village road
	network := roads.Network{CountyRoad: decimal.NewFromInt(120), TownshipRoad: decimal.NewFromInt(350), VillageRoad: decimal.NewFromInt(900)}
	s, _ := roads.Default().RoutineMaintenanceSubsidy(march, roads.NetworkYear{Locality: roads.Longwan, Year: 2023, Network: network})
	// 4,000 × 120 + 2,000 × 350 + 2,000 × 900
	fmt.Println(s.Amount.StringFixed(2), s.CountyRoad.StringFixed(2), s.VillageRoad.StringFixed(2))
	s, _ = roads.Default().RoutineMaintenanceSubsidy(march, roads.NetworkYear{Locality: roads.Ouhai, Year: 2026, Network: network})
	fmt.Println(s.Eligible(), s.FailedNames()) // the city subsidy covers 2021–2025
	// Output:
	// 2980000.00 480000.00 1800000.00
	// false [subsidy_years]
}

func ExampleEvaluator_RoutineFunding() {
	march := rules.MustDate(2023, 3, 1)
	// kilometres of county, township and village road
	network := roads.Network{CountyRoad: decimal.NewFromInt(120), TownshipRoad: decimal.NewFromInt(350), VillageRoad: decimal.NewFromInt(900)}
	f, _ := roads.Default().RoutineFunding(march, roads.FundedNetwork{
		NetworkYear:       roads.NetworkYear{Locality: roads.Wencheng, Year: 2023, Network: network},
		ProvincialSubsidy: new(decimal.NewFromInt(2000000)),
	})
	// 15,000 × 120 + 7,500 × 350 + 4,500 × 900 = 8,475,000; city 1,000 × 1,370
	fmt.Println(f.Minimum.StringFixed(2), f.CitySubsidy.StringFixed(2), f.Shortfall.StringFixed(2))
	f, _ = roads.Default().RoutineFunding(march, roads.FundedNetwork{
		NetworkYear:       roads.NetworkYear{Locality: roads.Ruian, Year: 2023, Network: network},
		ProvincialSubsidy: new(decimal.NewFromInt(3000000)),
	})
	fmt.Println(f.CitySubsidy.StringFixed(2), f.Shortfall.StringFixed(2)) // 8,475,000 − 3,000,000
	// Output:
	// 8475000.00 1370000.00 5105000.00
	// 0.00 5475000.00
}

func ExampleEvaluator_CheckTargets2022() {
	march := rules.MustDate(2023, 3, 1)
	t, _ := roads.Default().CheckTargets2022(march, roads.Figures{
		MaintainedShare:          rules.Pct("100"),
		WorksShareCountyTownship: rules.Pct("6.2"),
		WorksShareVillage:        rules.Pct("4.8"),
		MediumOrBetterShare:      rules.Pct("86"),
	})
	fmt.Println(t.All, t.Maintained, t.WorksCountyTownship, t.WorksVillage, t.MediumOrBetter)
	// Every target met at its bound: “达到”“不低于” include the figure itself.
	t, _ = roads.Default().CheckTargets2022(march, roads.Figures{
		MaintainedShare: rules.Pct("100"), WorksShareCountyTownship: rules.Pct("6"),
		WorksShareVillage: rules.Pct("5"), MediumOrBetterShare: rules.Pct("85")})
	fmt.Println(t.All)
	// Output:
	// false true true false true
	// true
}

func ExampleEvaluator_AdjustmentDue() {
	march := rules.MustDate(2023, 3, 1)
	r, _ := roads.Default().AdjustmentDue(march, roads.Standards{LastAdjusted: rules.MustDate(2022, 5, 1)})
	fmt.Println(r.Due, r.Overdue)
	r, _ = roads.Default().AdjustmentDue(rules.MustDate(2026, 7, 1), roads.Standards{LastAdjusted: rules.MustDate(2021, 6, 30)})
	fmt.Println(r.Due, r.Overdue)
	// Output:
	// 2027-05-01 false
	// 2026-06-30 true
}

func ExampleDefault() {
	march := rules.MustDate(2023, 3, 1)
	// The opinions' own book: 洞头区 is one of the four districts.
	s, _ := roads.Default().MaintenanceWorksSubsidy(march, roads.NetworkYear{Locality: roads.Dongtou, Year: 2022,
		Network: roads.Network{CountyRoad: decimal.NewFromInt(10), VillageRoad: decimal.NewFromInt(5)}})
	fmt.Println(s.Amount.StringFixed(2), s.CountyRoad.StringFixed(2), s.VillageRoad.StringFixed(2)) // 3,000 × 15
	// Output: 45000.00 30000.00 15000.00
}

func ExampleLocalities() {
	fmt.Println(len(roads.Localities()), roads.Localities()[:4])
	// Output: 12 [鹿城区 龙湾区 瓯海区 洞头区]
}

func ExampleParseLocality() {
	c, _ := roads.ParseLocality("平阳县")
	fmt.Println(c.IsMountainCounty(), c.IsDistrict())
	// Output: true false
}

func ExampleLocality_IsDistrict() {
	fmt.Println(roads.Dongtou.IsDistrict(), roads.Yueqing.IsDistrict())
	// Output: true false
}

func ExampleLocality_IsMountainCounty() {
	fmt.Println(roads.Taishun.IsMountainCounty(), roads.Longgang.IsMountainCounty())
	// Output: true false
}

func ExampleBook() {
	res, _ := roads.Book().Eval(roads.RuleAdjustmentDue, rules.MustDate(2024, 3, 1), rules.Inputs{"last_adjusted": "2024-02-29"})
	fmt.Println(res.Value) // 5 years on: 2029 has no 29 February
	// Output: 2029-02-28
}

// 乐清 already spends 18,000 a km of county road on routine maintenance and
// keeps it (不得降低): it derives a book raising the minimum.
func ExampleNewEvaluator() {
	march := rules.MustDate(2023, 3, 1)
	own := &rules.Document{Number: "乐清市农村公路养护办法（示例）", Title: "乐清市农村公路管理养护实施办法", Issuer: "乐清市人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	book, err := roads.Book().Derive(rules.Override{Param: "routine_minimum", From: rules.MustDate(2022, 7, 1),
		Cite: own.Cite("三", "县道每年每公里18000元"),
		Value: rules.Table{Rows: []rules.Row{
			{Keys: []string{"县道"}, Value: decimal.NewFromInt(18000)},
			{Keys: []string{"乡道"}, Value: decimal.NewFromInt(7500)},
			{Keys: []string{"村道"}, Value: decimal.NewFromInt(4500)},
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, _ := roads.NewEvaluator(book)
	f, _ := ev.RoutineFunding(march, roads.FundedNetwork{
		NetworkYear:       roads.NetworkYear{Locality: roads.Yueqing, Year: 2023, Network: roads.Network{CountyRoad: decimal.NewFromInt(10)}},
		ProvincialSubsidy: new(decimal.Zero),
	})
	fmt.Println(f.Minimum.StringFixed(2))
	// Output: 180000.00
}

func ExampleMustEvaluator() {
	ev := roads.MustEvaluator(roads.Book())
	fmt.Println(ev.Book().Hash() == roads.Book().Hash())
	// Output: true
}

func ExampleEvaluator_Book() {
	fmt.Println(roads.Default().Book() == roads.Book(), len(roads.Default().Book().RuleIDs()))
	// Output: true 5
}

func ExampleOpinions() {
	doc := roads.Opinions() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政办〔2022〕16号 2022-05-01 – 2027-04-30
}

// A locality read from JSON is checked against the opinions' list; the empty
// one is refused, never taken as a default.
func ExampleLocality_UnmarshalText() {
	var l roads.Locality
	fmt.Println(json.Unmarshal([]byte(`"瑞安市"`), &l), l)
	fmt.Println(json.Unmarshal([]byte(`""`), &l))
	// Output:
	// <nil> 瑞安市
	// locality: "" is not one of: 鹿城区, 龙湾区, 瓯海区, 洞头区, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 瑞安市, 乐清市, 龙港市
}

// A locality not given writes null, which reads back as not
// given, so that a case round-trips through JSON; "" is refused when read.
func ExampleLocality_MarshalJSON() {
	for _, l := range []roads.Locality{roads.Ruian, ""} {
		b, _ := json.Marshal(l)
		var back roads.Locality
		fmt.Println(string(b), json.Unmarshal(b, &back), back == l)
	}
	// Output:
	// "瑞安市" <nil> true
	// null <nil> true
}
