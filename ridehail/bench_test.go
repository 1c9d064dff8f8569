package ridehail_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The main rules three ways: through the book by ID, through the typed
// function, and written by hand in Go without the library (no explanation,
// no citations, no list of failed conditions' values). Compare in one run.

var (
	benchOn      = rules.MustDate(2023, 6, 10)
	benchApplied = rules.MustDate(2023, 6, 1)
	benchVehicle = ridehail.Vehicle{
		WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 5, NewEnergy: true,
		Wheelbase: decimal.NewFromInt(2700), TaxablePrice: decimal.NewFromInt(120000),
		FirstRegistration: rules.MustDate(2021, 3, 15), SafetyStandards: true,
		SatellitePositioning: true, EmergencyAlarm: true, AudioVideoMonitoring: true,
	}
	benchRide = ridehail.CarpoolRide{
		PublishedInAdvance: new(true), Fee: new(decimal.NewFromInt(20)), Distance: decimal.RequireFromString("12.5"),
		TaxiFarePerKm: decimal.RequireFromString("3.3"), PaidRidesOfCar: 2, PaidRidesOfDriver: 2,
		VehicleLicence: new(true), AnnualInspection: new(true), ProviderReview: ridehail.ReviewPassed,
	}
	sinkBool bool
	sinkDate rules.Date
)

func BenchmarkVehicleEligibility(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := ridehail.Book()
		in := rules.Inputs{
			"wenzhou_plate": true, "ride_hailing_use": true, "vehicle_type": "乘用车", "seats": 5, "new_energy": true,
			"wheelbase": benchVehicle.Wheelbase, "taxable_price": benchVehicle.TaxablePrice,
			"first_registration": benchVehicle.FirstRegistration, "application_date": benchApplied,
			"safety_standards": true, "satellite_positioning": true, "emergency_alarm": true, "audio_video_monitoring": true,
		}
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(ridehail.RuleVehicleEligibility, benchOn, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = res.Eligible
		}
	})
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			e, err := ridehail.Default().VehicleEligibility(benchOn, ridehail.Application{Vehicle: benchVehicle, Applied: benchApplied})
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = e.Eligible()
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			failed, err := handVehicle(benchOn, benchApplied, benchVehicle)
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = len(failed) == 0
		}
	})
}

func BenchmarkCarpoolCompliance(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := ridehail.Book()
		in := rules.Inputs{
			"published_in_advance": true, "fee": benchRide.Fee, "distance": benchRide.Distance,
			"taxi_fare_per_km": benchRide.TaxiFarePerKm, "paid_rides_car": 2, "paid_rides_provider": 2,
			"vehicle_licence": true, "annual_inspection": true, "provider_review": "符合",
		}
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(ridehail.RuleCarpool, benchOn, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = res.Eligible
		}
	})
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c, err := ridehail.Default().CarpoolCompliance(benchOn, benchRide)
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = c.Eligible()
		}
	})
}

func BenchmarkPlatformDeadline(b *testing.B) {
	from := rules.MustDate(2023, 3, 1)
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d, err := ridehail.Default().PlatformDeadline(benchOn, ridehail.Duty{Obligation: ridehail.FareRuleNotice, From: from})
			if err != nil {
				b.Fatal(err)
			}
			sinkDate = d.Date
		}
	})
}

// handVehicle is clause (十) as a Go programmer would write it without the
// library: the same checks, the names of the failed conditions, nothing more.
func handVehicle(on, applied rules.Date, v ridehail.Vehicle) ([]string, error) {
	if on.Before(rules.MustDate(2022, 5, 1)) {
		return nil, errors.New("not in force")
	}
	if v.Seats < 1 || v.Wheelbase.Sign() <= 0 || v.TaxablePrice.Sign() <= 0 || applied.After(on) || v.FirstRegistration.After(on) {
		return nil, errors.New("invalid input")
	}
	var failed []string
	exempt := v.TaxablePrice.GreaterThanOrEqual(handPrice)
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"application_in_period", !applied.Before(rules.MustDate(2022, 5, 1)) && !applied.After(rules.MustDate(2032, 4, 30))},
		{"wenzhou_plate", v.WenzhouPlate},
		{"ride_hailing_use", v.RideHailingUse},
		{"passenger_car", v.Type != ridehail.NotPassengerCar},
		{"not_micro_van", v.Type != ridehail.MicroVan},
		{"seats", v.Seats <= 7},
		{"fuel_type", v.NewEnergy || exempt},
		{"wheelbase", v.Wheelbase.GreaterThanOrEqual(handWheelbase) || exempt},
		{"age", !applied.After(v.FirstRegistration.AddYears(4))},
		{"safety_standards", v.SafetyStandards},
		{"satellite_positioning", v.SatellitePositioning},
		{"emergency_alarm", v.EmergencyAlarm},
		{"audio_video_monitoring", v.AudioVideoMonitoring},
	} {
		if !c.ok {
			failed = append(failed, c.name)
		}
	}
	return failed, nil
}

var (
	handPrice     = decimal.NewFromInt(150000)
	handWheelbase = decimal.NewFromInt(2600)
)
