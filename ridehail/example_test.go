package ridehail_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A 5-seat new-energy car on a Wenzhou plate, registered for ride-hailing,
// with a wheelbase of 2,700 mm (at least 2,600, （十）2), first registered on
// 2022-03-15 and so under 4 years old when its owner applies on 2023-06-02
// (（十）3), with the safety equipment of （十）4–5, meets every condition for
// the transport certificate; the certificate runs at most 8 years from the
// first registration (（十三）), to 2030-03-15.
func Example() {
	car := ridehail.Vehicle{
		WenzhouPlate:         true,
		RideHailingUse:       true,
		Type:                 ridehail.PassengerCar,
		Seats:                5,
		NewEnergy:            true,
		Wheelbase:            decimal.NewFromInt(2700),
		TaxablePrice:         decimal.NewFromInt(128000),
		FirstRegistration:    rules.MustDate(2022, 3, 15),
		SafetyStandards:      true,
		SatellitePositioning: true,
		EmergencyAlarm:       true,
		AudioVideoMonitoring: true,
	}
	on := rules.MustDate(2023, 6, 10) // the date the application is decided
	e, err := ridehail.Default().VehicleEligibility(on, ridehail.Application{Vehicle: car, Applied: rules.MustDate(2023, 6, 2)})
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := ridehail.Default().CertificateExpiry(on, car)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("eligible:", e.Eligible())
	fmt.Println("certificate expires at the latest on", c.LatestExpiry)
	// Output:
	// eligible: true
	// certificate expires at the latest on 2030-03-15
}

func ExampleEvaluator_VehicleEligibility() {
	// A 5-seat new-energy car first registered on 2019-06-01, with a
	// wheelbase of 2,550 mm, applying the day after its 4th anniversary.
	v := ridehail.Vehicle{
		WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 5, NewEnergy: true,
		Wheelbase: decimal.NewFromInt(2550), TaxablePrice: decimal.NewFromInt(128000),
		FirstRegistration: rules.MustDate(2019, 6, 1), SafetyStandards: true,
		SatellitePositioning: true, EmergencyAlarm: true, AudioVideoMonitoring: true,
	}
	e, err := ridehail.Default().VehicleEligibility(rules.MustDate(2023, 6, 10), ridehail.Application{Vehicle: v, Applied: rules.MustDate(2023, 6, 2)})
	if err != nil {
		panic(err)
	}
	fmt.Println("eligible:", e.Eligible())
	for _, f := range e.Failed() {
		fmt.Println(f.Cite.Ref(), f.In(rules.Chinese))
	}
	// Output:
	// eligible: false
	// 温政办〔2022〕17号 （十）2 未满足：车辆轴距≥2600mm；车辆购置的计税价格≥15万元的不受轴距限制（wheelbase = 2550 毫米, min_wheelbase = 2600 毫米, taxable_price = 128000.00 元, price_exemption = 150000.00 元）
	// 温政办〔2022〕17号 （十）3 未满足：初次注册日期至申请时未满4年（application_date = 2023年6月2日, age_last_day = 2023年6月1日）
}

func ExampleEvaluator_CertificateExpiry() {
	c, err := ridehail.Default().CertificateExpiry(rules.MustDate(2023, 6, 10), ridehail.Vehicle{FirstRegistration: rules.MustDate(2021, 3, 15)})
	if err != nil {
		panic(err)
	}
	fmt.Println("latest expiry:", c.LatestExpiry, "past term:", c.PastTerm)
	// Output:
	// latest expiry: 2029-03-15 past term: false
}

func ExampleEvaluator_Retirement() {
	reg := rules.MustDate(2018, 7, 1)
	for _, on := range []rules.Date{rules.MustDate(2026, 7, 1), rules.MustDate(2026, 7, 2)} {
		s, err := ridehail.Default().Retirement(on, ridehail.InService{Vehicle: ridehail.Vehicle{FirstRegistration: reg}, Mileage: decimal.NewFromInt(300000)})
		if err != nil {
			panic(err)
		}
		fmt.Println(on, s.MustLeave, s.Disposition)
	}
	s, err := ridehail.Default().Retirement(rules.MustDate(2023, 6, 10), ridehail.InService{Vehicle: ridehail.Vehicle{FirstRegistration: rules.MustDate(2020, 1, 1)}, Mileage: decimal.NewFromInt(600000)})
	if err != nil {
		panic(err)
	}
	fmt.Println("600,000 km:", s.MustLeave, s.Disposition)
	for _, c := range s.Result().Citations() { // evaluated again, when asked
		fmt.Println(c)
	}
	// Output:
	// 2026-07-01 false 继续经营
	// 2026-07-02 true 退出网约车经营
	// 600,000 km: true 强制报废
	// 温政办〔2022〕17号 （三十三）：“网约车行驶里程达到60万千米时强制报废”
	// 温政办〔2022〕17号 （三十三）：“行驶里程未达到60万千米但使用年限达到8年时，退出网约车经营”
}

func ExampleEvaluator_DriverEligibility() {
	d := ridehail.Driver{LicenceClass: true, Licensed: rules.MustDate(2020, 6, 1),
		TrafficAccidentCrime: ridehail.NoRecord, DangerousDrivingCrime: ridehail.NoRecord, DrugRecord: ridehail.NoRecord,
		DrinkDrivingRecord: ridehail.NoRecord, HighestCyclePoints: new(12), ViolentCrime: ridehail.NoRecord}
	e, err := ridehail.Default().DriverEligibility(rules.MustDate(2023, 6, 1), d)
	if err != nil {
		panic(err)
	}
	fmt.Println("eligible:", e.Eligible())
	for _, f := range e.Failed() {
		fmt.Println(f.Cite.Clause, f.In(rules.English))
	}

	// A record nobody checked is not a clean record: a driver of 4 years
	// with no 12-point cycle, who meets every other condition, is not
	// cleared without it. (A driver refused on another condition is
	// refused whatever the record.)
	d.Licensed, d.HighestCyclePoints, d.DrinkDrivingRecord = rules.MustDate(2019, 6, 1), new(6), ""
	_, err = ridehail.Default().DriverEligibility(rules.MustDate(2023, 6, 1), d)
	fmt.Println(err)
	// Output:
	// eligible: false
	// （十五）1 not met: 3 years or more of driving experience (eval_date = 2023-06-01, experience_last_day = 2023-06-01)
	// （十五）2 not met: no scoring cycle with 12 points in the last 3 consecutive cycles (highest_cycle_points = 12 points, full_points = 12 points)
	// ridehail.driver.eligibility: DrinkDrivingRecord: missing
}

func ExampleEvaluator_LicenceTerm() {
	l, err := ridehail.Default().LicenceTerm(rules.MustDate(2026, 6, 16), ridehail.PlatformLicence{Issued: rules.MustDate(2022, 6, 15)})
	if err != nil {
		panic(err)
	}
	fmt.Println("last day:", l.LastDay, "in term:", l.InTerm)
	// Output:
	// last day: 2026-06-15 in term: false
}

func ExampleEvaluator_PlatformDeadline() {
	from := rules.MustDate(2023, 3, 1)
	for _, o := range ridehail.Obligations() {
		d, err := ridehail.Default().PlatformDeadline(rules.MustDate(2023, 1, 1), ridehail.Duty{Obligation: o, From: from})
		if err != nil {
			panic(err)
		}
		fmt.Println(o, d.Bound, d.Date)
	}
	// Output:
	// 公安备案 不晚于 2023-03-31
	// 暂停终止运营报告 不晚于 2023-01-30
	// 计价规则调整公布 不晚于 2023-02-14
	// 数据保存 不早于 2025-03-02
}

func ExampleEvaluator_CrossArea() {
	for _, t := range []ridehail.Trip{{OriginInArea: new(true), DestinationInArea: new(false)}, {OriginInArea: new(false), DestinationInArea: new(false)}} {
		e, err := ridehail.Default().CrossArea(rules.MustDate(2023, 6, 10), t)
		if err != nil {
			panic(err)
		}
		fmt.Println(*t.OriginInArea, *t.DestinationInArea, e.Eligible(), e.FailedNames())
	}
	// Output:
	// true false true []
	// false false false [one_end_in_area]
}

func ExampleEvaluator_CarpoolCompliance() {
	// 20 yuan for 12.5 km; the local taxi fare is 3.3 yuan per km.
	r := ridehail.CarpoolRide{
		PublishedInAdvance: new(true), Fee: new(decimal.NewFromInt(20)), Distance: decimal.RequireFromString("12.5"),
		TaxiFarePerKm: decimal.RequireFromString("3.3"), PaidRidesOfCar: 4, PaidRidesOfDriver: 4,
		VehicleLicence: new(true), AnnualInspection: new(true), ProviderReview: ridehail.ReviewPassed,
	}
	c, err := ridehail.Default().CarpoolCompliance(rules.MustDate(2023, 6, 10), r)
	if err != nil {
		panic(err)
	}
	fmt.Println("compliant:", c.Eligible(), "cap per km:", c.CapPerKm, "max fee:", c.MaxFee.StringFixed(2))
	for _, ct := range c.Result().Citations() {
		fmt.Println(ct)
	}
	// Output:
	// compliant: true cap per km: 1.65 max fee: 20.62
	// 温政办〔2022〕17号 （二十六）：“私人小客车合乘应当遵守以下规定”
	// 温政办〔2022〕17号 （二十六）1：“由合乘服务提供者通过合乘信息服务平台预先发布驾车出行信息”
	// 温政办〔2022〕17号 （二十六）2：“合乘服务提供者和合乘信息服务平台收到的每公里费用总额，不得超过巡游出租汽车每公里里程运价的50%”
	// 温政办〔2022〕17号 （二十六）3：“免费互助合乘的，合乘服务提供者每日提供合乘服务次数不受限制”
	// 温政办〔2022〕17号 （二十六）3：“每辆私人小客车或每个合乘服务提供者累计每日提供合乘服务不得超过4次”
	// 温政办〔2022〕17号 （二十六）4：“合乘信息服务平台应参照本实施细则第十五条规定的条件，对合乘服务提供者以及车辆相关信息进行审查”
	// 温政办〔2022〕17号 （二十六）4：“车辆应取得公安部门核发的《机动车行驶证》且年检合格”
}

func ExampleParseVehicleType() {
	t, err := ridehail.ParseVehicleType("微型面包车")
	fmt.Println(t == ridehail.MicroVan, err)
	_, err = ridehail.ParseVehicleType("轿车")
	fmt.Println(err)
	// Output:
	// true <nil>
	// vehicle type: "轿车" is not one of: 乘用车, 微型面包车, 非乘用车
}

func ExampleVehicleTypes() {
	fmt.Println(ridehail.VehicleTypes())
	// Output:
	// [乘用车 微型面包车 非乘用车]
}

func ExampleParseRecord() {
	r, err := ridehail.ParseRecord("无记录")
	fmt.Println(r == ridehail.NoRecord, err)
	_, err = ridehail.ParseRecord("否")
	fmt.Println(err)
	// Output:
	// true <nil>
	// record: "否" is not one of: 无记录, 有记录
}

func ExampleRecords() {
	fmt.Println(ridehail.Records())
	// Output:
	// [无记录 有记录]
}

func ExampleParseReview() {
	r, err := ridehail.ParseReview("不符合")
	fmt.Println(r == ridehail.ReviewFailed, err)
	// Output:
	// true <nil>
}

func ExampleReviews() {
	fmt.Println(ridehail.Reviews())
	// Output:
	// [符合 不符合]
}

func ExampleParseObligation() {
	o, err := ridehail.ParseObligation("计价规则调整公布")
	fmt.Println(o == ridehail.FareRuleNotice, err)
	// Output:
	// true <nil>
}

func ExampleObligations() {
	fmt.Println(ridehail.Obligations())
	// Output:
	// [公安备案 暂停终止运营报告 计价规则调整公布 数据保存]
}

func ExampleParseDisposition() {
	o, err := ridehail.ParseDisposition("强制报废")
	fmt.Println(o == ridehail.Scrap, err)
	// Output:
	// true <nil>
}

func ExampleDispositions() {
	fmt.Println(ridehail.Dispositions())
	// Output:
	// [强制报废 退出网约车经营 继续经营]
}

func ExampleBook() {
	for _, id := range ridehail.Book().RuleIDs() {
		p, _ := ridehail.Book().InForce(id)
		fmt.Println(id, p)
	}
	// Output:
	// ridehail.vehicle.eligibility 2022-05-01 –
	// ridehail.vehicle.certificate_expiry 2022-05-01 – 2032-04-30
	// ridehail.vehicle.retirement 2022-05-01 – 2032-04-30
	// ridehail.driver.eligibility 2022-05-01 – 2032-04-30
	// ridehail.platform.license_term 2022-05-01 – 2032-04-30
	// ridehail.platform.deadlines 2022-05-01 – 2032-04-30
	// ridehail.operation.cross_area 2022-05-01 – 2032-04-30
	// ridehail.carpool.compliance 2022-05-01 – 2032-04-30
}

// A reform that would cap paid carpool rides at 3 a day, tried on a derived
// book; the measures' own book is unchanged.
func ExampleNewEvaluator() {
	reform := &rules.Document{Number: "测算稿", Title: "私人小客车合乘次数调整测算", Issuer: "温州市交通运输局",
		Issued: rules.MustDate(2024, 1, 1), InForce: rules.Since(rules.MustDate(2024, 1, 1))}
	derived, err := ridehail.Book().Derive(rules.Override{Param: "carpool_daily_rides", From: rules.MustDate(2024, 1, 1),
		Value: "3", Cite: reform.Cite("一", "每日不得超过3次")})
	if err != nil {
		panic(err)
	}
	ev, err := ridehail.NewEvaluator(derived)
	if err != nil {
		panic(err)
	}
	r := ridehail.CarpoolRide{PublishedInAdvance: new(true), Fee: new(decimal.NewFromInt(10)), Distance: decimal.NewFromInt(10),
		TaxiFarePerKm: decimal.NewFromInt(3), PaidRidesOfCar: 4, PaidRidesOfDriver: 4, VehicleLicence: new(true), AnnualInspection: new(true),
		ProviderReview: ridehail.ReviewPassed}
	on := rules.MustDate(2024, 3, 1)
	reformed, _ := ev.CarpoolCompliance(on, r)
	measures, _ := ridehail.Default().CarpoolCompliance(on, r)
	fmt.Println("reform:", reformed.Eligible(), "measures:", measures.Eligible())
	// Output:
	// reform: false measures: true
}

func ExampleDefault() {
	// The measures' own book: a trip that starts inside the licensed area
	// may end outside it (十九).
	e, err := ridehail.Default().CrossArea(rules.MustDate(2023, 6, 10), ridehail.Trip{OriginInArea: new(true), DestinationInArea: new(false)})
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Eligible())
	// Output: true
}

func ExampleEvaluator_Book() {
	fmt.Println(ridehail.Default().Book() == ridehail.Book())
	// Output: true
}

func ExampleMustEvaluator() {
	ev := ridehail.MustEvaluator(ridehail.Book())
	d, err := ev.PlatformDeadline(rules.MustDate(2023, 6, 10), ridehail.Duty{Obligation: ridehail.PublicSecurityFiling, From: rules.MustDate(2023, 3, 10)})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Bound, d.Date, ev.Book() == ridehail.Book())
	// Output:
	// 不晚于 2023-04-09 true
}

func ExampleMeasures() {
	doc := ridehail.Measures() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政办〔2022〕17号 2022-05-01 – 2032-04-30
}
