package speed

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
)

// roads.funding.routine_minimum — 温政办〔2022〕16号.
//
// The case: 永嘉县 (a mountain county) funds the routine maintenance of
// 120.5 km of county road, 340.2 km of township road and 860.75 km of
// village road for 2023, with 5,000,000 yuan from the province, assessed on
// 2023-06-01.
//
// Worked from the text, 三（六）: “从2022年起，省、市、县公共财政资金用于农村公路
// 日常养护的总额不得低于以下标准：每年每公里县道15000元、乡道7500元、村道4500元”
// — 15,000 × 120.5 + 7,500 × 340.2 + 4,500 × 860.75 = 1,807,500 + 2,551,500 +
// 3,873,375 = 8,232,375 yuan; “按每年每公里1000元的标准对五县的县道、乡道、村道进
// 行补助” (补助期限为2021年至2025年) — 1,000 × 1,321.45 km = 1,321,450 yuan;
// “省市补助外的不足部分由县（市、区）负责筹措落实” — 8,232,375 − 5,000,000 −
// 1,321,450 = 1,910,925 yuan for the county to raise.
var (
	roadsOn         = rules.MustDate(2023, 6, 1)
	roadsYear       = 2023
	roadsCounty     = dec("120.5")
	roadsTownship   = dec("340.2")
	roadsVillage    = dec("860.75")
	roadsProvincial = dec("5000000")
)

var roadsSink struct {
	shortfall, minimum, city decimal.Decimal
	eligible                 bool
}

func routineMinimumTrio() Trio {
	book := roads.Book()
	inputs := func() rules.Inputs {
		return rules.Inputs{"county": "永嘉县", "year": roadsYear, "county_road_km": roadsCounty, "township_road_km": roadsTownship,
			"village_road_km": roadsVillage, "provincial_subsidy": roadsProvincial}
	}
	once := inputs()
	funded := roads.FundedNetwork{
		NetworkYear: roads.NetworkYear{Locality: roads.Yongjia, Year: roadsYear,
			Network: roads.Network{CountyRoad: roadsCounty, TownshipRoad: roadsTownship, VillageRoad: roadsVillage}},
		ProvincialSubsidy: &roadsProvincial,
	}
	fromBook := func(in rules.Inputs) error {
		res, err := book.Eval(roads.RuleRoutineMinimum, roadsOn, in)
		if err != nil {
			return err
		}
		minimum, _ := res.Figure("minimum")
		city, _ := res.Figure("city_subsidy")
		roadsSink.shortfall, roadsSink.minimum, roadsSink.city, roadsSink.eligible = res.Value.Number(), minimum.Value.Number(), city.Value.Number(), res.Eligible
		return nil
	}
	t := Trio{
		Rule: roads.RuleRoutineMinimum,
		Case: "永嘉县 2023, 1,321.45 km, 5,000,000 from the province",
		Cite: "温政办〔2022〕16号 三（六）, 正文",
		Want: "shortfall 1910925.00, minimum 8232375.00, city 1321450.00",
		figure: func() string {
			if !roadsSink.eligible {
				return "not eligible"
			}
			return fmt.Sprintf("shortfall %s, minimum %s, city %s", fen(roadsSink.shortfall), fen(roadsSink.minimum), fen(roadsSink.city))
		},
		reset: func() {
			roadsSink.shortfall, roadsSink.minimum, roadsSink.city, roadsSink.eligible = decimal.Decimal{}, decimal.Decimal{}, decimal.Decimal{}, false
		},
	}
	t.run[Hand] = func() error {
		f, err := handRoutineFunding(roadsOn, "永嘉县", roadsYear, roadsCounty, roadsTownship, roadsVillage, &roadsProvincial)
		roadsSink.shortfall, roadsSink.minimum, roadsSink.city, roadsSink.eligible = f.shortfall, f.minimum, f.city, f.eligible
		return err
	}
	t.run[Typed] = func() error {
		f, err := roads.Default().RoutineFunding(roadsOn, funded)
		roadsSink.shortfall, roadsSink.minimum, roadsSink.city, roadsSink.eligible = f.Shortfall, f.Minimum, f.CitySubsidy, f.Eligible()
		return err
	}
	t.run[Book] = func() error { return fromBook(once) }
	t.run[BookMap] = func() error { return fromBook(inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	return t
}

// The opinions are in force from 2022-05-01 for 5 years (正文 “本意见自2022年
// 5月1日起施行。有效期5年”): to 2027-04-30.
var (
	handRoadsFirst = rules.MustDate(2022, 5, 1)
	handRoadsLast  = rules.MustDate(2027, 4, 30)
)

// handRoadGroup is the subsidy group of each county-level unit: 四区 (鹿城、
// 龙湾、瓯海、洞头), 山区五县 (永嘉、平阳、苍南、文成、泰顺), others none.
var handRoadGroup = map[string]int{
	"鹿城区": 1, "龙湾区": 1, "瓯海区": 1, "洞头区": 1,
	"永嘉县": 2, "平阳县": 2, "苍南县": 2, "文成县": 2, "泰顺县": 2,
	"瑞安市": 0, "乐清市": 0, "龙港市": 0,
}

var (
	// 三（六）: 每年每公里县道15000元、乡道7500元、村道4500元.
	handMinCounty, handMinTownship, handMinVillage = decimal.NewFromInt(15000), decimal.NewFromInt(7500), decimal.NewFromInt(4500)
	// 三（六）: 市级财政按每年每公里县道4000元、乡道2000元、村道2000元对四区进行补助;
	// 按每年每公里1000元的标准对五县的县道、乡道、村道进行补助.
	handCityRates = [3][3]decimal.Decimal{
		{},
		{decimal.NewFromInt(4000), decimal.NewFromInt(2000), decimal.NewFromInt(2000)},
		{decimal.NewFromInt(1000), decimal.NewFromInt(1000), decimal.NewFromInt(1000)},
	}
)

type handFunding struct {
	shortfall, minimum, city decimal.Decimal
	eligible                 bool
}

// handRoutineFunding is the routine-maintenance minimum written by hand:
// the minimum public funding of the network, the city's subsidy (四区 and
// 山区五县, 2021–2025), and what the county raises beyond the provincial and
// city subsidies, for a year from 2022 to the year the opinions end (2027).
func handRoutineFunding(on rules.Date, county string, year int, countyKm, townshipKm, villageKm decimal.Decimal, provincial *decimal.Decimal) (handFunding, error) {
	if on.Before(handRoadsFirst) || on.After(handRoadsLast) {
		return handFunding{}, errNotInForce
	}
	group, ok := handRoadGroup[county]
	switch {
	case !ok:
		return handFunding{}, invalid("county")
	case year < 1900 || year > 2199:
		return handFunding{}, invalid("year")
	case countyKm.Sign() < 0:
		return handFunding{}, invalid("county_road_km")
	case townshipKm.Sign() < 0:
		return handFunding{}, invalid("township_road_km")
	case villageKm.Sign() < 0:
		return handFunding{}, invalid("village_road_km")
	case provincial == nil:
		return handFunding{}, missing("provincial_subsidy")
	case provincial.Sign() < 0:
		return handFunding{}, invalid("provincial_subsidy")
	case countyKm.Sign() == 0 && townshipKm.Sign() == 0 && villageKm.Sign() == 0:
		return handFunding{}, invalid("county_road_km") // no road at all is no network
	}
	if year < 2022 || year > 2027 { // 从2022年起; to the year the opinions end
		return handFunding{eligible: false}, nil
	}
	minimum := handMinCounty.Mul(countyKm).Add(handMinTownship.Mul(townshipKm)).Add(handMinVillage.Mul(villageKm))
	city := decimal.Zero
	if group != 0 && year >= 2021 && year <= 2025 { // 补助期限为2021年至2025年
		r := &handCityRates[group]
		city = r[0].Mul(countyKm).Add(r[1].Mul(townshipKm)).Add(r[2].Mul(villageKm))
	}
	shortfall := minimum.Sub(*provincial).Sub(city)
	if shortfall.Sign() < 0 {
		shortfall = decimal.Zero
	}
	return handFunding{shortfall: shortfall.Round(2), minimum: minimum.Round(2), city: city.Round(2), eligible: true}, nil
}
