package speed

import (
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
)

// ridehail.vehicle.eligibility — 温政办〔2022〕17号.
//
// The case: a 5-seat new-energy passenger car with a Wenzhou plate,
// registered for 预约出租客运, wheelbase 2,700 mm, taxable price 120,000
// yuan, first registered on 2021-03-15, with the safety standards met and
// all three devices installed; the application made on 2023-06-01 and
// assessed on 2023-06-10.
//
// Worked from the text, (十): 1 “本市号牌车辆，登记车辆使用性质为“预约出租客运”的7座
// 及以下乘用车（微型面包车除外）” — met; 2 “新能源车车辆轴距≥2600mm” — a new-energy
// car of 2,700 mm (the price exemption at 150,000 is not needed); 3 “车辆行驶
// 证载明的初次注册日期至申请时未满4年” — 2021-03-15 to 2023-06-01 is 2 years and
// 2½ months; 4 and 5 met; and (三十四) “本实施细则自2022年5月1日起施行，有效期为10
// 年” — the application is within. Eligible, no condition failed.
var (
	vehicleOn      = rules.MustDate(2023, 6, 10)
	vehicleApplied = rules.MustDate(2023, 6, 1)
	vehicleCase    = ridehail.Vehicle{
		WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 5, NewEnergy: true,
		Wheelbase: decimal.NewFromInt(2700), TaxablePrice: decimal.NewFromInt(120000),
		FirstRegistration: rules.MustDate(2021, 3, 15), SafetyStandards: true,
		SatellitePositioning: true, EmergencyAlarm: true, AudioVideoMonitoring: true,
	}
)

// The sink keeps whether the vehicle is eligible and the conditions failed:
// the hand-written version's names, or the library's failures (named when
// the figure is printed, outside the timed loop).
var vehicleSink struct {
	eligible bool
	failed   int
}

func vehicleTrio() Trio {
	book := ridehail.Book()
	v := vehicleCase
	inputs := func() rules.Inputs {
		return rules.Inputs{
			"wenzhou_plate": v.WenzhouPlate, "ride_hailing_use": v.RideHailingUse, "vehicle_type": string(v.Type), "seats": v.Seats,
			"new_energy": v.NewEnergy, "wheelbase": v.Wheelbase, "taxable_price": v.TaxablePrice,
			"first_registration": v.FirstRegistration, "application_date": vehicleApplied,
			"safety_standards": v.SafetyStandards, "satellite_positioning": v.SatellitePositioning,
			"emergency_alarm": v.EmergencyAlarm, "audio_video_monitoring": v.AudioVideoMonitoring,
		}
	}
	once := inputs()
	var lastFailed []string
	var lastFailures []rules.Failure
	fromBook := func(in rules.Inputs) error {
		res, err := book.Eval(ridehail.RuleVehicleEligibility, vehicleOn, in)
		if err != nil {
			return err
		}
		vehicleSink.eligible, vehicleSink.failed, lastFailures, lastFailed = res.Eligible, len(res.Failed), res.Failed, nil
		return nil
	}
	t := Trio{
		Rule: ridehail.RuleVehicleEligibility,
		Case: "5-seat new-energy car, 2 years old, all devices",
		Cite: "温政办〔2022〕17号 （十）1–5, （三十四）",
		Want: "eligible",
		figure: func() string {
			if vehicleSink.eligible && vehicleSink.failed == 0 {
				return "eligible"
			}
			names := lastFailed
			for _, f := range lastFailures {
				names = append(names, f.Name)
			}
			return "not eligible: " + strings.Join(names, ", ")
		},
		reset: func() { vehicleSink.eligible, vehicleSink.failed, lastFailed, lastFailures = false, 0, nil, nil },
	}
	t.run[Hand] = func() error {
		failed, err := handVehicle(vehicleOn, vehicleApplied, &v)
		vehicleSink.eligible, vehicleSink.failed, lastFailed, lastFailures = err == nil && len(failed) == 0, len(failed), failed, nil
		return err
	}
	t.run[Typed] = func() error {
		e, err := ridehail.Default().VehicleEligibility(vehicleOn, ridehail.Application{Vehicle: v, Applied: vehicleApplied})
		// FailedNames reads the failed conditions the evaluation kept,
		// without evaluating again; their values are not needed here.
		lastFailed = e.FailedNames()
		vehicleSink.eligible, vehicleSink.failed, lastFailures = e.Eligible(), len(lastFailed), nil
		return err
	}
	t.run[Book] = func() error { return fromBook(once) }
	t.run[BookMap] = func() error { return fromBook(inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	t.run[ShapeAlone] = func() error {
		r, err := shapeAlone(vehicleOn, ridehail.Application{Vehicle: v, Applied: vehicleApplied})
		shapeSink = r.eligible
		return err
	}
	return t
}

var (
	handRidehailFirst = rules.MustDate(2022, 5, 1)  // （三十四）本实施细则自2022年5月1日起施行
	handRidehailLast  = rules.MustDate(2032, 4, 30) // 有效期为10年
	handPriceExempt   = decimal.NewFromInt(150000)  // （十）2 车辆购置的计税价格≥15万元
	handMinWheelbase  = decimal.NewFromInt(2600)    // （十）2 轴距≥2600mm
)

// handVehicle is clause (十) written by hand: every condition checked, the
// names of those failed returned (none: eligible), for an application
// made while the measures are in force; the day assessed is "as of".
func handVehicle(on, applied rules.Date, v *ridehail.Vehicle) ([]string, error) {
	if on.Before(handRidehailFirst) {
		return nil, errNotInForce
	}
	switch {
	case v.Type != ridehail.PassengerCar && v.Type != ridehail.MicroVan && v.Type != ridehail.NotPassengerCar:
		return nil, invalid("vehicle_type")
	case v.Seats < 1:
		return nil, invalid("seats")
	case v.Wheelbase.Sign() <= 0:
		return nil, invalid("wheelbase")
	case v.TaxablePrice.Sign() <= 0:
		return nil, invalid("taxable_price")
	case v.FirstRegistration.IsZero():
		return nil, missing("first_registration")
	case applied.IsZero():
		return nil, missing("application_date")
	case applied.After(on):
		return nil, invalid("application_date")
	case v.FirstRegistration.After(on):
		return nil, invalid("first_registration")
	}
	var failed []string
	fail := func(ok bool, name string) {
		if !ok {
			failed = append(failed, name)
		}
	}
	exempt := !v.TaxablePrice.LessThan(handPriceExempt)
	fail(!applied.Before(handRidehailFirst) && !applied.After(handRidehailLast), "application_in_period")
	fail(v.WenzhouPlate, "wenzhou_plate")
	fail(v.RideHailingUse, "ride_hailing_use")
	fail(v.Type != ridehail.NotPassengerCar, "passenger_car")
	fail(v.Type != ridehail.MicroVan, "not_micro_van")
	fail(v.Seats <= 7, "seats")
	fail(v.NewEnergy || exempt, "fuel_type")
	fail(!v.Wheelbase.LessThan(handMinWheelbase) || exempt, "wheelbase")
	// 未满4年, under Civil Code art. 201–202: the registration day is not
	// counted and the 4th anniversary is the period's last day, so an
	// application on the anniversary is still within 4 years.
	fail(!applied.After(v.FirstRegistration.AddYears(4)), "age")
	fail(v.SafetyStandards, "safety_standards")
	fail(v.SatellitePositioning, "satellite_positioning")
	fail(v.EmergencyAlarm, "emergency_alarm")
	fail(v.AudioVideoMonitoring, "audio_video_monitoring")
	return failed, nil
}
