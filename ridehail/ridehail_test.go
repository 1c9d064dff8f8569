package ridehail_test

import (
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	firstDay = rules.MustDate(2022, 5, 1)  // （三十四）本实施细则自2022年5月1日起施行，有效期为10年
	lastDay  = rules.MustDate(2032, 4, 30) // 10 years from 2022-05-01, the first day counted
	dayIn    = rules.MustDate(2023, 6, 10)
)

const inForce = "（三十四）本实施细则自2022年5月1日起施行，有效期为10年"

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, ridehail.Book(), map[string]string{
		ridehail.Measures.Number: "../testdata/sources/5-ridehail.txt",
	})
}

func TestInForcePeriod(t *testing.T) {
	for _, id := range ridehail.Book().RuleIDs() {
		p, _ := ridehail.Book().InForce(id)
		if p.From != firstDay || p.To != lastDay {
			t.Errorf("%s in force %s; want 2022-05-01 – 2032-04-30 (%s)", id, p, inForce)
		}
	}
}

// with returns a copy of base with the given inputs replaced; a nil value
// removes the input.
func with(base rules.Inputs, kv ...any) rules.Inputs {
	out := maps.Clone(base)
	for i := 0; i < len(kv); i += 2 {
		k := kv[i].(string)
		if kv[i+1] == nil {
			delete(out, k)
			continue
		}
		out[k] = kv[i+1]
	}
	return out
}

// goodVehicle meets every item of clause (十): a Wenzhou-plated 5-seat
// new-energy passenger car registered for 预约出租客运, wheelbase 2,700 mm,
// first registered 2021-03-15, applying on 2023-06-01.
var goodVehicle = rules.Inputs{
	"wenzhou_plate": true, "ride_hailing_use": true, "vehicle_type": "乘用车", "seats": 5, "new_energy": true,
	"wheelbase": "2700", "taxable_price": "120000", "first_registration": "2021-03-15", "application_date": "2023-06-01",
	"safety_standards": true, "satellite_positioning": true, "emergency_alarm": true, "audio_video_monitoring": true,
}

func TestVehicleEligibility(t *testing.T) {
	r := ridehail.RuleVehicleEligibility
	v := func(kv ...any) rules.Inputs { return with(goodVehicle, kv...) }
	yes := rulestest.Yes
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		{Name: "meets every item", Clause: "（十）1–5", Rule: r, Date: dayIn, Inputs: goodVehicle, Eligible: yes},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: v("application_date", "2022-04-20"), Eligible: yes},
		// registered 2029-01-01, applying 2032-04-20: 3 years and 3 months
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: v("first_registration", "2029-01-01", "application_date", "2032-04-20"), Eligible: yes},
		{Name: "the day before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: goodVehicle, Err: rules.ErrNotInForce},
		{Name: "the day after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: goodVehicle, Err: rules.ErrNotInForce},

		{Name: "plate from outside Wenzhou", Clause: "（十）1 本市号牌车辆", Rule: r, Date: dayIn, Inputs: v("wenzhou_plate", false), Failed: []string{"wenzhou_plate"}},
		{Name: "use not registered as 预约出租客运", Clause: "（十）1 登记车辆使用性质为“预约出租客运”", Rule: r, Date: dayIn, Inputs: v("ride_hailing_use", false), Failed: []string{"ride_hailing_use"}},
		{Name: "7 seats: 及以下 includes 7", Clause: "（十）1 7座及以下乘用车", Rule: r, Date: dayIn, Inputs: v("seats", 7), Eligible: yes},
		{Name: "8 seats", Clause: "（十）1 7座及以下乘用车", Rule: r, Date: dayIn, Inputs: v("seats", 8), Failed: []string{"seats"}},
		{Name: "a micro van is excluded", Clause: "（十）1 （微型面包车除外）", Rule: r, Date: dayIn, Inputs: v("vehicle_type", "微型面包车"), Failed: []string{"not_micro_van"}},
		{Name: "not a passenger car", Clause: "（十）1 乘用车", Rule: r, Date: dayIn, Inputs: v("vehicle_type", "非乘用车"), Failed: []string{"passenger_car"}},

		{Name: "new-energy at 2,600 mm: ≥ includes it", Clause: "（十）2 新能源车车辆轴距≥2600mm", Rule: r, Date: dayIn, Inputs: v("wheelbase", "2600"), Eligible: yes},
		{Name: "new-energy at 2,599.9 mm", Clause: "（十）2 新能源车车辆轴距≥2600mm", Rule: r, Date: dayIn, Inputs: v("wheelbase", "2599.9"), Failed: []string{"wheelbase"}},
		{Name: "petrol car under 150,000", Clause: "（十）2 新能源车", Rule: r, Date: dayIn, Inputs: v("new_energy", false, "taxable_price", "149999.99"), Failed: []string{"fuel_type"}},
		{Name: "petrol, short wheelbase, under 150,000: both fail", Clause: "（十）2", Rule: r, Date: dayIn, Inputs: v("new_energy", false, "wheelbase", "2500", "taxable_price", "149999.99"), Failed: []string{"fuel_type", "wheelbase"}},
		{Name: "petrol, short wheelbase, at 150,000: no limits", Clause: "（十）2 车辆购置的计税价格≥15万元的不受车辆轴距、燃料种类参数限制", Rule: r, Date: dayIn, Inputs: v("new_energy", false, "wheelbase", "2500", "taxable_price", "150000"), Eligible: yes},
		{Name: "new-energy, short wheelbase, at 150,000", Clause: "（十）2 不受车辆轴距……限制", Rule: r, Date: dayIn, Inputs: v("wheelbase", "2400", "taxable_price", "150000"), Eligible: yes},

		// registered 2019-06-01: the 4 years run 2019-06-02 … 2023-06-01 (Civil Code art. 201–202)
		{Name: "applying on the 4th anniversary: still under 4 years", Clause: "（十）3 初次注册日期至申请时未满4年", Rule: r, Date: dayIn, Inputs: v("first_registration", "2019-06-01", "application_date", "2023-06-01"), Eligible: yes},
		{Name: "applying the day after the 4th anniversary", Clause: "（十）3 初次注册日期至申请时未满4年", Rule: r, Date: dayIn, Inputs: v("first_registration", "2019-06-01", "application_date", "2023-06-02"), Failed: []string{"age"}},
		{Name: "applying on the day of first registration", Clause: "（十）3", Rule: r, Date: dayIn, Inputs: v("first_registration", "2023-06-01"), Eligible: yes},
		{Name: "technical condition not up to standard", Clause: "（十）4 车辆技术性能符合运营安全相关标准要求", Rule: r, Date: dayIn, Inputs: v("safety_standards", false), Failed: []string{"safety_standards"}},
		{Name: "no satellite positioning unit", Clause: "（十）5 具有行驶记录功能的车辆卫星定位装置", Rule: r, Date: dayIn, Inputs: v("satellite_positioning", false), Failed: []string{"satellite_positioning"}},
		{Name: "no emergency alarm", Clause: "（十）5 应急报警装置", Rule: r, Date: dayIn, Inputs: v("emergency_alarm", false), Failed: []string{"emergency_alarm"}},
		{Name: "no audio-video monitoring", Clause: "（十）5 音视频监控设备", Rule: r, Date: dayIn, Inputs: v("audio_video_monitoring", false), Failed: []string{"audio_video_monitoring"}},
		{Name: "fails everything: every condition listed", Clause: "（十）1–5", Rule: r, Date: dayIn,
			Inputs: v("wenzhou_plate", false, "ride_hailing_use", false, "vehicle_type", "非乘用车", "seats", 9, "new_energy", false,
				"wheelbase", "2000", "taxable_price", "80000", "first_registration", "2015-01-01", "safety_standards", false,
				"satellite_positioning", false, "emergency_alarm", false, "audio_video_monitoring", false),
			Failed: []string{"wenzhou_plate", "ride_hailing_use", "passenger_car", "seats", "fuel_type", "wheelbase", "age",
				"safety_standards", "satellite_positioning", "emergency_alarm", "audio_video_monitoring"}},

		{Name: "registered after the application", Clause: "（十）3 初次注册日期至申请时", Rule: r, Date: dayIn, Inputs: v("first_registration", "2023-06-02"), Err: rules.ErrInvalidInput, Field: "first_registration"},
		{Name: "unknown vehicle type", Clause: "（十）1 乘用车（微型面包车除外）", Rule: r, Date: dayIn, Inputs: v("vehicle_type", "轿车"), Err: rules.ErrInvalidInput, Field: "vehicle_type"},
		{Name: "half a seat", Clause: "（十）1 7座及以下", Rule: r, Date: dayIn, Inputs: v("seats", "5.5"), Err: rules.ErrInvalidInput, Field: "seats"},
		{Name: "no seats", Clause: "（十）1 7座及以下", Rule: r, Date: dayIn, Inputs: v("seats", 0), Err: rules.ErrInvalidInput, Field: "seats"},
		{Name: "wheelbase as a float", Clause: "（十）2 轴距≥2600mm", Rule: r, Date: dayIn, Inputs: v("wheelbase", 2600.0), Err: rules.ErrInvalidInput, Field: "wheelbase"},
		{Name: "no application date", Clause: "（十）3 至申请时", Rule: r, Date: dayIn, Inputs: v("application_date", nil), Err: rules.ErrInvalidInput, Field: "application_date"},
		{Name: "a date that does not exist", Clause: "（十）3 初次注册日期", Rule: r, Date: dayIn, Inputs: v("first_registration", "2021-02-29"), Err: rules.ErrInvalidInput, Field: "first_registration"},
		{Name: "misspelt input", Clause: "（十）2 轴距", Rule: r, Date: dayIn, Inputs: v("wheelbase", nil, "wheel_base", "2700"), Err: rules.ErrInvalidInput, Field: "wheel_base"},
	})
}

func TestCertificateExpiry(t *testing.T) {
	r := ridehail.RuleCertificateExpiry
	reg := func(d string) rules.Inputs { return rules.Inputs{"first_registration": d} }
	want := func(expiry string, past bool) map[string]string {
		p := "false"
		if past {
			p = "true"
		}
		return map[string]string{"latest_expiry": expiry, "past_term": p}
	}
	c := "（十三）自车辆行驶证载明的初次注册日期起，最长不超过8年"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		// 2021-03-15 + 8 years = 2029-03-15, the last day (registration day not counted)
		{Name: "registered 2021-03-15", Clause: c, Rule: r, Date: dayIn, Inputs: reg("2021-03-15"), Want: want("2029-03-15", false)},
		{Name: "on the 8th anniversary: still within", Clause: c, Rule: r, Date: rules.MustDate(2029, 3, 15), Inputs: reg("2021-03-15"), Want: want("2029-03-15", false)},
		{Name: "the day after the 8th anniversary", Clause: c, Rule: r, Date: rules.MustDate(2029, 3, 16), Inputs: reg("2021-03-15"), Want: want("2029-03-15", true)},
		{Name: "registered 2015-01-10, past the term", Clause: c, Rule: r, Date: dayIn, Inputs: reg("2015-01-10"), Want: want("2023-01-10", true)},
		// 2016-02-29 + 8 years = 2024-02-29, a leap year too
		{Name: "registered on 29 February", Clause: c, Rule: r, Date: dayIn, Inputs: reg("2016-02-29"), Want: want("2024-02-29", false)},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: reg("2014-05-01"), Want: want("2022-05-01", false)},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: reg("2024-04-30"), Want: want("2032-04-30", false)},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: reg("2021-03-15"), Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: reg("2021-03-15"), Err: rules.ErrNotInForce},
		{Name: "no registration date", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{}, Err: rules.ErrInvalidInput, Field: "first_registration"},
		{Name: "malformed date", Clause: c, Rule: r, Date: dayIn, Inputs: reg("2021/03/15"), Err: rules.ErrInvalidInput, Field: "first_registration"},
	})
}

func TestRetirement(t *testing.T) {
	r := ridehail.RuleRetirement
	in := func(reg, km string) rules.Inputs { return rules.Inputs{"first_registration": reg, "mileage": km} }
	want := func(leave bool, outcome, last string) map[string]string {
		l := "false"
		if leave {
			l = "true"
		}
		return map[string]string{"must_leave": l, "outcome": outcome, "service_last_day": last}
	}
	km, age := "（三十三）网约车行驶里程达到60万千米时强制报废", "（三十三）使用年限达到8年时，退出网约车经营"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		// registered 2018-07-01: 8 years of use run 2018-07-02 … 2026-07-01
		{Name: "on the 8th anniversary: may still operate", Clause: age, Rule: r, Date: rules.MustDate(2026, 7, 1), Inputs: in("2018-07-01", "300000"), Want: want(false, "继续经营", "2026-07-01")},
		{Name: "the day after: 8 years reached", Clause: age, Rule: r, Date: rules.MustDate(2026, 7, 2), Inputs: in("2018-07-01", "300000"), Want: want(true, "退出网约车经营", "2026-07-01")},
		{Name: "599,999.9 km", Clause: km, Rule: r, Date: dayIn, Inputs: in("2020-01-01", "599999.9"), Want: want(false, "继续经营", "2028-01-01")},
		{Name: "600,000 km: 达到 includes it", Clause: km, Rule: r, Date: dayIn, Inputs: in("2020-01-01", "600000"), Want: want(true, "强制报废", "2028-01-01")},
		{Name: "both reached: scrapping comes first", Clause: "（三十三）行驶里程未达到60万千米但使用年限达到8年时", Rule: r, Date: dayIn, Inputs: in("2014-01-01", "650000"), Want: want(true, "强制报废", "2022-01-01")},
		{Name: "a new car with no mileage", Clause: km, Rule: r, Date: dayIn, Inputs: in("2023-06-10", "0"), Want: want(false, "继续经营", "2031-06-10")},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("2014-05-01", "100"), Want: want(false, "继续经营", "2022-05-01")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("2024-04-29", "100"), Want: want(true, "退出网约车经营", "2032-04-29")},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: in("2018-07-01", "100"), Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: in("2018-07-01", "100"), Err: rules.ErrNotInForce},
		{Name: "negative mileage", Clause: km, Rule: r, Date: dayIn, Inputs: in("2018-07-01", "-1"), Err: rules.ErrInvalidInput, Field: "mileage"},
		{Name: "registered after the evaluation date", Clause: age, Rule: r, Date: dayIn, Inputs: in("2023-06-11", "0"), Err: rules.ErrInvalidInput, Field: "first_registration"},
		{Name: "no mileage", Clause: km, Rule: r, Date: dayIn, Inputs: rules.Inputs{"first_registration": "2018-07-01"}, Err: rules.ErrInvalidInput, Field: "mileage"},
	})
}

// goodDriver meets clause (十五): licensed 2018-04-10, no records, at most 6
// points in a cycle.
var goodDriver = rules.Inputs{
	"licence_class": true, "licence_date": "2018-04-10", "traffic_accident_crime": false, "dangerous_driving_crime": false,
	"drug_record": false, "drink_driving_record": false, "highest_cycle_points": 6, "violent_crime": false,
}

func TestDriverEligibility(t *testing.T) {
	r := ridehail.RuleDriverEligibility
	d := func(kv ...any) rules.Inputs { return with(goodDriver, kv...) }
	yes := rulestest.Yes
	exp := "（十五）1 具有3年以上驾驶经历"
	rec := "（十五）2 无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		{Name: "meets every condition", Clause: "（十五）1–3", Rule: r, Date: dayIn, Inputs: goodDriver, Eligible: yes},
		// licensed 2020-06-01: the 3 years run 2020-06-02 … 2023-06-01
		{Name: "on the 3rd anniversary of the licence: not yet 3 years", Clause: exp, Rule: r, Date: rules.MustDate(2023, 6, 1), Inputs: d("licence_date", "2020-06-01"), Failed: []string{"driving_experience"}},
		{Name: "the day after: 3 years (以上 includes 3)", Clause: exp, Rule: r, Date: rules.MustDate(2023, 6, 2), Inputs: d("licence_date", "2020-06-01"), Eligible: yes},
		// licensed 2020-02-29: the anniversary in 2023 is 28 February (Civil Code art. 202)
		{Name: "licensed 29 February: 28 February 2023 is the last short day", Clause: exp, Rule: r, Date: rules.MustDate(2023, 2, 28), Inputs: d("licence_date", "2020-02-29"), Failed: []string{"driving_experience"}},
		{Name: "licensed 29 February: 3 years from 1 March 2023", Clause: exp, Rule: r, Date: rules.MustDate(2023, 3, 1), Inputs: d("licence_date", "2020-02-29"), Eligible: yes},
		{Name: "licensed the same day", Clause: exp, Rule: r, Date: dayIn, Inputs: d("licence_date", "2023-06-10"), Failed: []string{"driving_experience"}},
		{Name: "no licence of the class", Clause: "（十五）1 取得相应准驾车型机动车驾驶证", Rule: r, Date: dayIn, Inputs: d("licence_class", false), Failed: []string{"licence_class"}},
		{Name: "traffic-accident crime", Clause: rec, Rule: r, Date: dayIn, Inputs: d("traffic_accident_crime", true), Failed: []string{"no_traffic_accident_crime"}},
		{Name: "dangerous-driving crime", Clause: rec, Rule: r, Date: dayIn, Inputs: d("dangerous_driving_crime", true), Failed: []string{"no_dangerous_driving_crime"}},
		{Name: "drug record", Clause: rec, Rule: r, Date: dayIn, Inputs: d("drug_record", true), Failed: []string{"no_drug_record"}},
		{Name: "drink-driving record", Clause: rec, Rule: r, Date: dayIn, Inputs: d("drink_driving_record", true), Failed: []string{"no_drink_driving_record"}},
		{Name: "11 points in a cycle", Clause: "（十五）2 最近连续3个记分周期内没有记满12分记录", Rule: r, Date: dayIn, Inputs: d("highest_cycle_points", 11), Eligible: yes},
		{Name: "12 points in a cycle: 记满", Clause: "（十五）2 最近连续3个记分周期内没有记满12分记录", Rule: r, Date: dayIn, Inputs: d("highest_cycle_points", 12), Failed: []string{"points"}},
		{Name: "violent crime", Clause: "（十五）3 无暴力犯罪记录", Rule: r, Date: dayIn, Inputs: d("violent_crime", true), Failed: []string{"no_violent_crime"}},
		{Name: "fails everything: every condition listed", Clause: "（十五）1–3", Rule: r, Date: dayIn,
			Inputs: d("licence_class", false, "licence_date", "2022-01-01", "traffic_accident_crime", true, "dangerous_driving_crime", true,
				"drug_record", true, "drink_driving_record", true, "highest_cycle_points", 24, "violent_crime", true),
			Failed: []string{"licence_class", "driving_experience", "no_traffic_accident_crime", "no_dangerous_driving_crime",
				"no_drug_record", "no_drink_driving_record", "points", "no_violent_crime"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: goodDriver, Eligible: yes},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: goodDriver, Eligible: yes},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: goodDriver, Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: goodDriver, Err: rules.ErrNotInForce},
		{Name: "licensed after the evaluation date", Clause: exp, Rule: r, Date: dayIn, Inputs: d("licence_date", "2023-06-11"), Err: rules.ErrInvalidInput, Field: "licence_date"},
		{Name: "negative points", Clause: "（十五）2 记满12分", Rule: r, Date: dayIn, Inputs: d("highest_cycle_points", -1), Err: rules.ErrInvalidInput, Field: "highest_cycle_points"},
		{Name: "half a point", Clause: "（十五）2 记满12分", Rule: r, Date: dayIn, Inputs: d("highest_cycle_points", "1.5"), Err: rules.ErrInvalidInput, Field: "highest_cycle_points"},
		{Name: "a record left out is not assumed clean", Clause: "（十五）3 无暴力犯罪记录", Rule: r, Date: dayIn, Inputs: d("violent_crime", nil), Err: rules.ErrInvalidInput, Field: "violent_crime"},
		{Name: "a record given as text", Clause: "（十五）3 无暴力犯罪记录", Rule: r, Date: dayIn, Inputs: d("violent_crime", "否"), Err: rules.ErrInvalidInput, Field: "violent_crime"},
	})
}

func TestLicenceTerm(t *testing.T) {
	r := ridehail.RuleLicenceTerm
	issued := func(d string) rules.Inputs { return rules.Inputs{"issue_date": d} }
	want := func(last string, in bool) map[string]string {
		s := "false"
		if in {
			s = "true"
		}
		return map[string]string{"last_day": last, "in_term": s}
	}
	c := "（七）本市《网络预约出租汽车经营许可证》的经营期限为四年"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		// issued 2022-06-15: the 4 years run 2022-06-16 … 2026-06-15
		{Name: "issued 2022-06-15", Clause: c, Rule: r, Date: dayIn, Inputs: issued("2022-06-15"), Want: want("2026-06-15", true)},
		{Name: "on the last day of the term", Clause: c, Rule: r, Date: rules.MustDate(2026, 6, 15), Inputs: issued("2022-06-15"), Want: want("2026-06-15", true)},
		{Name: "the day after the term", Clause: c, Rule: r, Date: rules.MustDate(2026, 6, 16), Inputs: issued("2022-06-15"), Want: want("2026-06-15", false)},
		{Name: "on the day of issue", Clause: c, Rule: r, Date: rules.MustDate(2023, 1, 10), Inputs: issued("2023-01-10"), Want: want("2027-01-10", true)},
		{Name: "the day before issue", Clause: c, Rule: r, Date: rules.MustDate(2023, 1, 9), Inputs: issued("2023-01-10"), Want: want("2027-01-10", false)},
		{Name: "issued 29 February 2024", Clause: c, Rule: r, Date: dayIn, Inputs: issued("2024-02-29"), Want: want("2028-02-29", false)},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: issued("2022-05-01"), Want: want("2026-05-01", true)},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: issued("2028-04-30"), Want: want("2032-04-30", true)},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: issued("2022-04-01"), Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: issued("2028-04-30"), Err: rules.ErrNotInForce},
		{Name: "no issue date", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{}, Err: rules.ErrInvalidInput, Field: "issue_date"},
		{Name: "misspelt input", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"issued": "2022-06-15"}, Err: rules.ErrInvalidInput, Field: "issued"},
	})
}

func TestPlatformDeadlines(t *testing.T) {
	r := ridehail.RuleDeadlines
	in := func(o, d string) rules.Inputs { return rules.Inputs{"obligation": o, "event_date": d} }
	want := func(date, bound string) map[string]string { return map[string]string{"date": date, "bound": bound} }
	filing, stop := "（八）自网络正式联通之日起30日内", "（九）应当提前30日向市交通运输主管部门书面报告"
	fare, keep := "（十八）4 计价规则调整时，应当提前15天在网约车平台上向社会公布", "（二十二）保存期限不少于2年"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		// online 2023-03-10: day 1 is 03-11, day 30 is 04-09 (21 days of March + 9 of April)
		{Name: "filing: 30 days after going online", Clause: filing, Rule: r, Date: dayIn, Inputs: in("公安备案", "2023-03-10"), Want: want("2023-04-09", "不晚于")},
		// online 2022-12-15: 16 days of December + 14 of January
		{Name: "filing across the year end", Clause: filing, Rule: r, Date: dayIn, Inputs: in("公安备案", "2022-12-15"), Want: want("2023-01-14", "不晚于")},
		// stop 2023-07-01: 30 days before is 06-01 (June has 30 days)
		{Name: "stop report: 30 days before stopping", Clause: stop, Rule: r, Date: dayIn, Inputs: in("暂停终止运营报告", "2023-07-01"), Want: want("2023-06-01", "不晚于")},
		// stop 2024-03-15: 15 days of March back to 02-29, then 15 more to 02-14 (2024 is a leap year)
		{Name: "stop report across a leap February", Clause: stop, Rule: r, Date: dayIn, Inputs: in("暂停终止运营报告", "2024-03-15"), Want: want("2024-02-14", "不晚于")},
		// new fares from 2023-03-01: 15 days before is 02-14 (February 2023 has 28 days)
		{Name: "fare rules: 15 days before they take effect", Clause: fare, Rule: r, Date: dayIn, Inputs: in("计价规则调整公布", "2023-03-01"), Want: want("2023-02-14", "不晚于")},
		// collected 2022-06-30: kept through 2024-06-30, deletable from 2024-07-01
		{Name: "data: deletable the day after 2 years", Clause: keep, Rule: r, Date: dayIn, Inputs: in("数据保存", "2022-06-30"), Want: want("2024-07-01", "不早于")},
		// collected 2024-02-29: the 2nd anniversary is 2026-02-28, deletable from 2026-03-01
		{Name: "data collected on 29 February", Clause: keep, Rule: r, Date: dayIn, Inputs: in("数据保存", "2024-02-29"), Want: want("2026-03-01", "不早于")},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("公安备案", "2022-05-01"), Want: want("2022-05-31", "不晚于")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("计价规则调整公布", "2032-05-15"), Want: want("2032-04-30", "不晚于")},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: in("公安备案", "2022-04-01"), Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: in("公安备案", "2032-05-01"), Err: rules.ErrNotInForce},
		{Name: "an obligation the measures do not set", Clause: "（八）（九）（十八）（二十二）", Rule: r, Date: dayIn, Inputs: in("年度报告", "2023-03-10"), Err: rules.ErrInvalidInput, Field: "obligation"},
		{Name: "no start date", Clause: filing, Rule: r, Date: dayIn, Inputs: rules.Inputs{"obligation": "公安备案"}, Err: rules.ErrInvalidInput, Field: "event_date"},
	})
}

func TestCrossArea(t *testing.T) {
	r := ridehail.RuleCrossArea
	in := func(o, d bool) rules.Inputs { return rules.Inputs{"origin_in_area": o, "destination_in_area": d} }
	c := "（十九）超出许可的经营区域的，起讫点一端应当在许可的经营区域内"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		{Name: "both ends inside", Clause: "（十九）网约车应当在许可的经营区域内从事经营活动", Rule: r, Date: dayIn, Inputs: in(true, true), Eligible: rulestest.Yes},
		{Name: "leaving the area", Clause: c, Rule: r, Date: dayIn, Inputs: in(true, false), Eligible: rulestest.Yes},
		{Name: "entering the area", Clause: c, Rule: r, Date: dayIn, Inputs: in(false, true), Eligible: rulestest.Yes},
		{Name: "both ends outside", Clause: c, Rule: r, Date: dayIn, Inputs: in(false, false), Failed: []string{"one_end_in_area"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in(false, false), Failed: []string{"one_end_in_area"}},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in(true, false), Eligible: rulestest.Yes},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: in(true, true), Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: in(true, true), Err: rules.ErrNotInForce},
		{Name: "destination not given", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"origin_in_area": false}, Err: rules.ErrInvalidInput, Field: "destination_in_area"},
	})
}

// goodRide is a cost-shared ride within clause (二十六): 25 yuan for 20 km
// against a taxi fare of 2.5 yuan per km (cap 1.25 × 20 = 25), the car's and
// the driver's 2nd paid ride of the day.
var goodRide = rules.Inputs{
	"published_in_advance": true, "fee": "25", "distance": "20", "taxi_fare_per_km": "2.5",
	"paid_rides_car": 2, "paid_rides_provider": 2, "vehicle_licence": true, "annual_inspection": true,
}

func TestCarpoolCompliance(t *testing.T) {
	r := ridehail.RuleCarpool
	ride := func(kv ...any) rules.Inputs { return with(goodRide, kv...) }
	want := func(maxFee, perKm string, free bool) map[string]string {
		f := "false"
		if free {
			f = "true"
		}
		return map[string]string{"max_fee": maxFee, "cap_per_km": perKm, "free": f}
	}
	share := "（二十六）2 不得超过巡游出租汽车每公里里程运价的50%"
	four := "（二十六）3 累计每日提供合乘服务不得超过4次"
	freeC := "（二十六）3 免费互助合乘的，合乘服务提供者每日提供合乘服务次数不受限制"
	rulestest.Run(t, ridehail.Book(), []rulestest.Case{
		// 50% × 2.5 = 1.25 per km; × 20 km = 25.00: a fee of 25 is at the cap, included
		{Name: "fee at the cap", Clause: share, Rule: r, Date: dayIn, Inputs: goodRide, Eligible: rulestest.Yes, Want: want("25.00", "1.25", false)},
		{Name: "a fen above the cap", Clause: share, Rule: r, Date: dayIn, Inputs: ride("fee", "25.01"), Failed: []string{"fee_within_share"}},
		// 1.25 × 20.003 = 25.00375: 25.003 is within, 25.004 is not; the cap in fen rounds down to 25.00
		{Name: "fee just under an uneven cap", Clause: share, Rule: r, Date: dayIn, Inputs: ride("distance", "20.003", "fee", "25.003"), Eligible: rulestest.Yes, Want: want("25.00", "1.25", false)},
		{Name: "fee just over an uneven cap", Clause: share, Rule: r, Date: dayIn, Inputs: ride("distance", "20.003", "fee", "25.004"), Failed: []string{"fee_within_share"}},
		// 50% × 3.3 = 1.65 per km; × 12.5 km = 20.625 → 20.62 rounded down
		{Name: "cap rounded down to the fen", Clause: share, Rule: r, Date: dayIn, Inputs: ride("taxi_fare_per_km", "3.3", "distance", "12.5", "fee", "20"), Eligible: rulestest.Yes, Want: want("20.62", "1.65", false)},
		{Name: "the 4th paid ride of the car and the driver", Clause: four, Rule: r, Date: dayIn, Inputs: ride("paid_rides_car", 4, "paid_rides_provider", 4), Eligible: rulestest.Yes},
		{Name: "the car's 5th paid ride", Clause: four, Rule: r, Date: dayIn, Inputs: ride("paid_rides_car", 5), Failed: []string{"car_daily_rides"}},
		{Name: "the driver's 5th paid ride (in another car)", Clause: "（二十六）3 每个合乘服务提供者累计每日提供合乘服务不得超过4次", Rule: r, Date: dayIn, Inputs: ride("paid_rides_provider", 5), Failed: []string{"provider_daily_rides"}},
		// nothing received: free, whatever the day's count
		{Name: "free ride after 9 paid rides", Clause: freeC, Rule: r, Date: dayIn, Inputs: ride("fee", "0", "paid_rides_car", 9, "paid_rides_provider", 12), Eligible: rulestest.Yes, Want: want("25.00", "1.25", true)},
		{Name: "free ride, no paid ride that day", Clause: freeC, Rule: r, Date: dayIn, Inputs: ride("fee", "0", "paid_rides_car", 0, "paid_rides_provider", 0), Eligible: rulestest.Yes, Want: want("25.00", "1.25", true)},
		{Name: "not published in advance", Clause: "（二十六）1 由合乘服务提供者通过合乘信息服务平台预先发布驾车出行信息", Rule: r, Date: dayIn, Inputs: ride("published_in_advance", false), Failed: []string{"published_in_advance"}},
		{Name: "no vehicle licence", Clause: "（二十六）4 车辆应取得公安部门核发的《机动车行驶证》", Rule: r, Date: dayIn, Inputs: ride("vehicle_licence", false), Failed: []string{"vehicle_licence"}},
		{Name: "annual inspection failed", Clause: "（二十六）4 且年检合格", Rule: r, Date: dayIn, Inputs: ride("annual_inspection", false), Failed: []string{"annual_inspection"}},
		{Name: "fails everything: every condition listed", Clause: "（二十六）1–4", Rule: r, Date: dayIn,
			Inputs: ride("published_in_advance", false, "fee", "30", "paid_rides_car", 5, "paid_rides_provider", 6, "vehicle_licence", false, "annual_inspection", false),
			Failed: []string{"published_in_advance", "fee_within_share", "car_daily_rides", "provider_daily_rides", "vehicle_licence", "annual_inspection"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: goodRide, Eligible: rulestest.Yes},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: goodRide, Eligible: rulestest.Yes},
		{Name: "before it applies", Clause: inForce, Rule: r, Date: firstDay.AddDays(-1), Inputs: goodRide, Err: rules.ErrNotInForce},
		{Name: "after it ends", Clause: inForce, Rule: r, Date: lastDay.AddDays(1), Inputs: goodRide, Err: rules.ErrNotInForce},
		{Name: "a paid ride counted as none of the day's rides", Clause: four, Rule: r, Date: dayIn, Inputs: ride("paid_rides_car", 0), Err: rules.ErrInvalidInput, Field: "paid_rides_car"},
		{Name: "the taxi fare is never assumed", Clause: "（二十六）2 巡游出租汽车每公里里程运价", Rule: r, Date: dayIn, Inputs: ride("taxi_fare_per_km", nil), Err: rules.ErrInvalidInput, Field: "taxi_fare_per_km"},
		{Name: "a taxi fare of 0", Clause: "（二十六）2 巡游出租汽车每公里里程运价", Rule: r, Date: dayIn, Inputs: ride("taxi_fare_per_km", "0"), Err: rules.ErrInvalidInput, Field: "taxi_fare_per_km"},
		{Name: "no distance", Clause: "（二十六）2 每公里费用总额", Rule: r, Date: dayIn, Inputs: ride("distance", "0"), Err: rules.ErrInvalidInput, Field: "distance"},
		{Name: "a negative fee", Clause: "（二十六）2 每公里费用总额", Rule: r, Date: dayIn, Inputs: ride("fee", "-1"), Err: rules.ErrInvalidInput, Field: "fee"},
		{Name: "rides as a fraction", Clause: four, Rule: r, Date: dayIn, Inputs: ride("paid_rides_provider", "2.5"), Err: rules.ErrInvalidInput, Field: "paid_rides_provider"},
	})
}

// A failed condition carries its own item of the clause and the values
// that decided it.
func TestFailuresCiteTheirItems(t *testing.T) {
	res, err := ridehail.Book().Eval(ridehail.RuleVehicleEligibility, dayIn,
		with(goodVehicle, "first_registration", "2019-06-01", "application_date", "2023-06-02", "seats", 8))
	if err != nil {
		t.Fatal(err)
	}
	type failure struct{ Name, Clause, Facts string }
	var got []failure
	for _, f := range res.Failed {
		var facts []string
		for _, x := range f.Facts {
			facts = append(facts, x.String())
		}
		got = append(got, failure{f.Name, f.Cite.Clause, strings.Join(facts, "; ")})
	}
	// 2019-06-01 + 4 years = 2023-06-01, the last day under 4 years
	want := []failure{
		{"seats", "（十）1", "seats = 8 座; max_seats = 7 座"},
		{"age", "（十）3", "application_date = 2023年6月2日; age_last_day = 2023年6月1日"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("failures (-want +got):\n%s", d)
	}
	if s := res.Failed[1].In(rules.Chinese); s != "未满足：初次注册日期至申请时未满4年（application_date = 2023年6月2日, age_last_day = 2023年6月1日）" {
		t.Errorf("failure in Chinese: %s", s)
	}
}

// A deadline cites the clause of its own obligation, not the others'.
func TestDeadlineCitesItsOwnClause(t *testing.T) {
	cases := map[ridehail.Obligation][]string{
		ridehail.PublicSecurityFiling: {"（八）"},
		ridehail.StopReport:           {"（八）", "（九）"},
		ridehail.FareRuleNotice:       {"（八）", "（十八）4"},
		ridehail.DataRetention:        {"（八）", "（二十二）"},
	}
	for o, want := range cases {
		d, err := ridehail.PlatformDeadline(dayIn, o, rules.MustDate(2023, 3, 1))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Result.Citations() {
			got = append(got, c.Clause)
		}
		// （八） is the rule's own clause and always comes first.
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s citations (-want +got):\n%s", o, diff)
		}
	}
}

// The typed functions evaluate the same rules as the book: same results.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	dec := decimal.RequireFromString
	d := rules.MustDate
	b := ridehail.Book()
	eval := func(id string, in rules.Inputs) *rules.Result {
		t.Helper()
		res, err := b.Eval(id, dayIn, in)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	names := func(fs []rules.Failure) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return out
	}

	veh := ridehail.Vehicle{WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 8,
		NewEnergy: true, Wheelbase: dec("2700"), TaxablePrice: dec("120000"), FirstRegistration: d(2019, 6, 1),
		SafetyStandards: true, SatellitePositioning: true, EmergencyAlarm: true, AudioVideoMonitoring: true}
	ve, err := ridehail.VehicleEligibility(dayIn, d(2023, 6, 2), veh)
	if err != nil {
		t.Fatal(err)
	}
	vb := eval(ridehail.RuleVehicleEligibility, with(goodVehicle, "seats", 8, "first_registration", "2019-06-01", "application_date", "2023-06-02"))

	drv := ridehail.Driver{LicenceClass: true, Licensed: d(2020, 6, 1), HighestCyclePoints: 12}
	de, err := ridehail.DriverEligibility(dayIn, drv)
	if err != nil {
		t.Fatal(err)
	}
	db := eval(ridehail.RuleDriverEligibility, with(goodDriver, "licence_date", "2020-06-01", "highest_cycle_points", 12))

	ct, err := ridehail.CertificateExpiry(dayIn, d(2015, 1, 10))
	if err != nil {
		t.Fatal(err)
	}
	cb := eval(ridehail.RuleCertificateExpiry, rules.Inputs{"first_registration": "2015-01-10"})

	rt, err := ridehail.Retirement(dayIn, d(2014, 1, 1), dec("599999.9"))
	if err != nil {
		t.Fatal(err)
	}
	rb := eval(ridehail.RuleRetirement, rules.Inputs{"first_registration": "2014-01-01", "mileage": "599999.9"})

	lt, err := ridehail.LicenceTerm(dayIn, d(2022, 6, 15))
	if err != nil {
		t.Fatal(err)
	}
	lb := eval(ridehail.RuleLicenceTerm, rules.Inputs{"issue_date": "2022-06-15"})

	dl, err := ridehail.PlatformDeadline(dayIn, ridehail.DataRetention, d(2022, 6, 30))
	if err != nil {
		t.Fatal(err)
	}
	dlb := eval(ridehail.RuleDeadlines, rules.Inputs{"obligation": "数据保存", "event_date": "2022-06-30"})

	ca, err := ridehail.CrossArea(dayIn, ridehail.Trip{})
	if err != nil {
		t.Fatal(err)
	}
	cab := eval(ridehail.RuleCrossArea, rules.Inputs{"origin_in_area": false, "destination_in_area": false})

	cp, err := ridehail.CarpoolCompliance(dayIn, ridehail.CarpoolRide{PublishedInAdvance: true, Fee: dec("20"),
		Distance: dec("12.5"), TaxiFarePerKm: dec("3.3"), PaidRidesOfCar: 4, PaidRidesOfDriver: 4, VehicleLicence: true, AnnualInspection: true})
	if err != nil {
		t.Fatal(err)
	}
	cpb := eval(ridehail.RuleCarpool, with(goodRide, "taxi_fare_per_km", "3.3", "distance", "12.5", "fee", "20", "paid_rides_car", 4, "paid_rides_provider", 4))

	got := map[string]any{
		"vehicle":     []any{ve.Eligible, ve.FailedNames()},
		"driver":      []any{de.Eligible, de.FailedNames()},
		"certificate": []any{ct.LatestExpiry.String(), ct.PastTerm},
		"retirement":  []any{rt.MustLeave, string(rt.Outcome), rt.ServiceLastDay.String()},
		"licence":     []any{lt.LastDay.String(), lt.InTerm},
		"deadline":    []any{dl.Date.String(), string(dl.Bound)},
		"cross_area":  []any{ca.Eligible, ca.FailedNames()},
		"carpool":     []any{cp.Compliant, cp.Free, cp.MaxFee.StringFixed(2), cp.CapPerKm.String()},
	}
	fig := func(r *rules.Result, n string) string { f, _ := r.Figure(n); return f.Value.String() }
	book := map[string]any{
		"vehicle":     []any{vb.Eligible, names(vb.Failed)},
		"driver":      []any{db.Eligible, names(db.Failed)},
		"certificate": []any{fig(cb, "latest_expiry"), fig(cb, "past_term") == "true"},
		"retirement":  []any{fig(rb, "must_leave") == "true", fig(rb, "outcome"), fig(rb, "service_last_day")},
		"licence":     []any{fig(lb, "last_day"), fig(lb, "in_term") == "true"},
		"deadline":    []any{fig(dlb, "date"), fig(dlb, "bound")},
		"cross_area":  []any{cab.Eligible, names(cab.Failed)},
		"carpool":     []any{cpb.Eligible, fig(cpb, "free") == "true", cpb.Value.Number().StringFixed(2), fig(cpb, "cap_per_km")},
	}
	// Worked by hand: seats 8 > 7 and 2023-06-02 is past 2019-06-01 + 4 years;
	// 2020-06-01 + 3 years = 2023-06-01, passed by 2023-06-10, but 12 points fill a cycle;
	// 2015-01-10 + 8 = 2023-01-10, past; 2014-01-01 + 8 = 2022-01-01, past, under 600,000 km;
	// 2022-06-15 + 4 = 2026-06-15; 2022-06-30 + 2 years + 1 day = 2024-07-01;
	// both ends outside; 1.65 × 12.5 = 20.625 → 20.62.
	want := map[string]any{
		"vehicle":     []any{false, []string{"seats", "age"}},
		"driver":      []any{false, []string{"points"}},
		"certificate": []any{"2023-01-10", true},
		"retirement":  []any{true, "退出网约车经营", "2022-01-01"},
		"licence":     []any{"2026-06-15", true},
		"deadline":    []any{"2024-07-01", "不早于"},
		"cross_area":  []any{false, []string{"one_end_in_area"}},
		"carpool":     []any{true, false, "20.62", "1.65"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("typed functions (-want +got):\n%s", d)
	}
	if d := cmp.Diff(want, book); d != "" {
		t.Errorf("book (-want +got):\n%s", d)
	}
}

// Zero values of the typed inputs are refused, naming the field, never read
// as a case.
func TestTypedZeroValuesAreRefused(t *testing.T) {
	field := func(err error) string {
		var re *rules.Error
		if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) {
			return "not an invalid-input error: " + errorText(err)
		}
		return re.Field
	}
	_, err := ridehail.VehicleEligibility(dayIn, dayIn, ridehail.Vehicle{})
	_, err2 := ridehail.DriverEligibility(dayIn, ridehail.Driver{HighestCyclePoints: 0})
	_, err3 := ridehail.CarpoolCompliance(dayIn, ridehail.CarpoolRide{Fee: decimal.NewFromInt(10), Distance: decimal.NewFromInt(5)})
	_, err4 := ridehail.PlatformDeadline(dayIn, "", dayIn)
	got := []string{field(err), field(err2), field(err3), field(err4)}
	want := []string{"vehicle_type", "licence_date", "taxi_fare_per_km", "obligation"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("fields named (-want +got):\n%s", d)
	}
}

func errorText(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

func TestParse(t *testing.T) {
	if v, err := ridehail.ParseVehicleType("微型面包车"); err != nil || v != ridehail.MicroVan {
		t.Errorf("ParseVehicleType(微型面包车) = %q, %v", v, err)
	}
	if _, err := ridehail.ParseVehicleType("轿车"); err == nil || !strings.Contains(err.Error(), "乘用车, 微型面包车, 非乘用车") {
		t.Errorf("ParseVehicleType(轿车): want an error listing the types, got %v", err)
	}
	if o, err := ridehail.ParseObligation("数据保存"); err != nil || o != ridehail.DataRetention {
		t.Errorf("ParseObligation(数据保存) = %q, %v", o, err)
	}
	if _, err := ridehail.ParseObligation("备案"); err == nil {
		t.Error("ParseObligation(备案): want an error")
	}
	if o, err := ridehail.ParseOutcome("强制报废"); err != nil || o != ridehail.Scrap {
		t.Errorf("ParseOutcome(强制报废) = %q, %v", o, err)
	}
	if _, err := ridehail.ParseOutcome("报废"); err == nil {
		t.Error("ParseOutcome(报废): want an error")
	}
}

// A reform derives a new book: limits may be tightened, never loosened
// beyond the measures (floors only rise, caps only fall).
func TestDerivedBook(t *testing.T) {
	reform := &rules.Document{Number: "改革测算（示例）", Title: "网约车车辆标准调整测算", Issuer: "温州市交通运输局",
		Issued: rules.MustDate(2024, 1, 1), InForce: rules.Since(rules.MustDate(2024, 1, 1))}
	from := rules.MustDate(2024, 1, 1)
	o := func(param, v string) rules.Override {
		return rules.Override{Param: param, From: from, Value: v, Cite: reform.Cite("一", "调整为"+v)}
	}
	derived, err := ridehail.Book().Derive(o("min_wheelbase", "2700"), o("carpool_daily_rides", "3"))
	if err != nil {
		t.Fatal(err)
	}
	ev := ridehail.MustEvaluator(derived)
	veh := ridehail.Vehicle{WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 5,
		NewEnergy: true, Wheelbase: decimal.NewFromInt(2650), TaxablePrice: decimal.NewFromInt(120000),
		FirstRegistration: rules.MustDate(2023, 6, 1), SafetyStandards: true, SatellitePositioning: true,
		EmergencyAlarm: true, AudioVideoMonitoring: true}
	on := rules.MustDate(2024, 3, 1)
	after, err := ev.VehicleEligibility(on, on, veh)
	if err != nil {
		t.Fatal(err)
	}
	before, err := ev.VehicleEligibility(rules.MustDate(2023, 12, 31), rules.MustDate(2023, 12, 31), veh)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := ridehail.VehicleEligibility(on, on, veh)
	if err != nil {
		t.Fatal(err)
	}
	// 2,650 mm: below the reform's 2,700 from 2024-01-01, above the measures' 2,600.
	got := []any{after.FailedNames(), before.Eligible, orig.Eligible}
	want := []any{[]string{"wheelbase"}, true, true}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("derived book (-want +got):\n%s", d)
	}
	if _, err := ridehail.Book().Derive(o("min_wheelbase", "2500")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("wheelbase below the measures' 2600 (≥2600mm): want ErrInvalidOverride, got %v", err)
	}
	if _, err := ridehail.Book().Derive(o("carpool_fare_share", "0.6")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("carpool share above 50%% (不得超过): want ErrInvalidOverride, got %v", err)
	}
}
