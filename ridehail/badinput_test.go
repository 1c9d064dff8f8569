package ridehail_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every class of bad input, for every input of the measures' rules: each
// ends in an invalid-input error naming the input, never a figure, a panic
// or an evaluation failure.
func TestBadInput(t *testing.T) {
	on := rules.MustDate(2023, 6, 1)
	applied := rules.MustDate(2023, 5, 20)
	d := decimal.RequireFromString
	car := ridehail.Vehicle{WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 5, NewEnergy: true,
		Wheelbase: d("2700"), TaxablePrice: d("120000"), FirstRegistration: rules.MustDate(2021, 3, 15), SafetyStandards: true,
		SatellitePositioning: true, EmergencyAlarm: true, AudioVideoMonitoring: true}
	vehicle := func(change func(*ridehail.Vehicle)) func() error {
		v := car
		change(&v)
		return func() error {
			_, err := ridehail.Default().VehicleEligibility(on, ridehail.Application{Vehicle: v, Applied: applied})
			return err
		}
	}
	points := 3
	clean := ridehail.Driver{LicenceClass: true, Licensed: rules.MustDate(2015, 1, 1), TrafficAccidentCrime: ridehail.NoRecord,
		DangerousDrivingCrime: ridehail.NoRecord, DrugRecord: ridehail.NoRecord, DrinkDrivingRecord: ridehail.NoRecord,
		HighestCyclePoints: &points, ViolentCrime: ridehail.NoRecord}
	driver := func(change func(*ridehail.Driver)) func() error {
		dr := clean
		change(&dr)
		return func() error { _, err := ridehail.Default().DriverEligibility(on, dr); return err }
	}
	fee := d("25")
	ride := ridehail.CarpoolRide{PublishedInAdvance: new(true), Fee: &fee, Distance: d("20"), TaxiFarePerKm: d("2.5"), PaidRidesOfCar: 2,
		PaidRidesOfDriver: 2, VehicleLicence: new(true), AnnualInspection: new(true), ProviderReview: ridehail.ReviewPassed}
	carpool := func(change func(*ridehail.CarpoolRide)) func() error {
		r := ride
		change(&r)
		return func() error { _, err := ridehail.Default().CarpoolCompliance(on, r); return err }
	}
	retire := func(reg rules.Date, km decimal.Decimal) func() error {
		return func() error {
			_, err := ridehail.Default().Retirement(on, ridehail.InService{Vehicle: ridehail.Vehicle{FirstRegistration: reg}, Mileage: km})
			return err
		}
	}
	certificate := func(reg rules.Date) func() error {
		return func() error {
			_, err := ridehail.Default().CertificateExpiry(on, ridehail.Vehicle{FirstRegistration: reg})
			return err
		}
	}
	licence := func(issued rules.Date) func() error {
		return func() error {
			_, err := ridehail.Default().LicenceTerm(on, ridehail.PlatformLicence{Issued: issued})
			return err
		}
	}
	deadline := func(o ridehail.Obligation, from rules.Date) func() error {
		return func() error {
			_, err := ridehail.Default().PlatformDeadline(on, ridehail.Duty{Obligation: o, From: from})
			return err
		}
	}
	base := map[string]rules.Inputs{
		ridehail.RuleRetirement:  {"first_registration": "2018-01-01", "mileage": "100000"},
		ridehail.RuleDeadlines:   {"obligation": "公安备案", "event_date": "2023-03-31"},
		ridehail.RuleCrossArea:   {"origin_in_area": true, "destination_in_area": false},
		ridehail.RuleLicenceTerm: {"issue_date": "2022-06-01"},
		ridehail.RuleCarpool: {"published_in_advance": true, "fee": "25", "distance": "20", "taxi_fare_per_km": "2.5",
			"paid_rides_car": 2, "paid_rides_provider": 2, "vehicle_licence": true, "annual_inspection": true, "provider_review": "符合"},
		ridehail.RuleDriverEligibility: {"licence_class": true, "licence_date": "2015-01-01", "traffic_accident_crime": "无记录",
			"dangerous_driving_crime": "无记录", "drug_record": "无记录", "drink_driving_record": "无记录", "highest_cycle_points": 3,
			"violent_crime": "无记录"},
	}
	eval := func(id string, kv ...any) func() error {
		return typedtest.Eval(ridehail.Book(), id, on, typedtest.With(base[id], kv...))
	}
	minus := decimal.NewFromInt(-1)
	bad := typedtest.Bad

	typedtest.RunRows(t, []typedtest.Row{
		// Negative amounts and counts.
		bad("negative seats", "seats", vehicle(func(v *ridehail.Vehicle) { v.Seats = -5 })),
		bad("negative wheelbase", "wheelbase", vehicle(func(v *ridehail.Vehicle) { v.Wheelbase = minus })),
		bad("negative price", "taxable_price", vehicle(func(v *ridehail.Vehicle) { v.TaxablePrice = minus })),
		bad("negative mileage", "mileage", retire(rules.MustDate(2018, 1, 1), minus)),
		bad("negative points", "highest_cycle_points", driver(func(dr *ridehail.Driver) { dr.HighestCyclePoints = new(-1) })),
		bad("negative fee", "fee", carpool(func(r *ridehail.CarpoolRide) { r.Fee = &minus })),
		bad("negative distance", "distance", carpool(func(r *ridehail.CarpoolRide) { r.Distance = minus })),
		bad("negative fare", "taxi_fare_per_km", carpool(func(r *ridehail.CarpoolRide) { r.TaxiFarePerKm = minus })),
		bad("negative rides of the car", "paid_rides_car", carpool(func(r *ridehail.CarpoolRide) { r.PaidRidesOfCar = -1 })),
		bad("negative rides of the driver", "paid_rides_provider", carpool(func(r *ridehail.CarpoolRide) { r.PaidRidesOfDriver = -4 })),
		// Zero where it has no meaning: a car of no seats, a wheelbase or a
		// price of nothing, a ride of 0 km or of no fare, a paid ride that
		// is not among the day's paid rides.
		bad("zero seats", "seats", vehicle(func(v *ridehail.Vehicle) { v.Seats = 0 })),
		bad("zero wheelbase", "wheelbase", vehicle(func(v *ridehail.Vehicle) { v.Wheelbase = decimal.Decimal{} })),
		bad("zero price", "taxable_price", vehicle(func(v *ridehail.Vehicle) { v.TaxablePrice = decimal.Zero })),
		bad("zero distance", "distance", carpool(func(r *ridehail.CarpoolRide) { r.Distance = decimal.Zero })),
		bad("zero fare", "taxi_fare_per_km", carpool(func(r *ridehail.CarpoolRide) { r.TaxiFarePerKm = decimal.Zero })),
		bad("a paid ride that is not counted", "paid_rides_car", carpool(func(r *ridehail.CarpoolRide) { r.PaidRidesOfCar = 0 })),
		// Absurdly large.
		bad("typedtest.Huge wheelbase", "wheelbase", vehicle(func(v *ridehail.Vehicle) { v.Wheelbase = typedtest.Huge })),
		bad("typedtest.Huge price", "taxable_price", vehicle(func(v *ridehail.Vehicle) { v.TaxablePrice = typedtest.Huge })),
		bad("typedtest.Huge mileage", "mileage", retire(rules.MustDate(2018, 1, 1), typedtest.Huge)),
		bad("typedtest.Huge fee", "fee", carpool(func(r *ridehail.CarpoolRide) { r.Fee = &typedtest.Huge })),
		bad("typedtest.Huge distance", "distance", carpool(func(r *ridehail.CarpoolRide) { r.Distance = typedtest.Huge })),
		bad("typedtest.Huge points through the book", "highest_cycle_points", eval(ridehail.RuleDriverEligibility, "highest_cycle_points", typedtest.Huge)),
		// Over-precise.
		bad("over-precise wheelbase", "wheelbase", vehicle(func(v *ridehail.Vehicle) { v.Wheelbase = d("2600").Add(typedtest.OverPrecise) })),
		bad("over-precise mileage", "mileage", retire(rules.MustDate(2018, 1, 1), typedtest.OverPrecise)),
		bad("over-precise fare", "taxi_fare_per_km", carpool(func(r *ridehail.CarpoolRide) { r.TaxiFarePerKm = typedtest.OverPrecise })),
		bad("seats with decimals", "seats", eval(ridehail.RuleVehicleEligibility, "seats", "5.5")),
		// NaN-like texts through the book.
		bad("NaN mileage", "mileage", eval(ridehail.RuleRetirement, "mileage", "NaN")),
		bad("Inf fee", "fee", eval(ridehail.RuleCarpool, "fee", "Inf")),
		bad("1e999 distance", "distance", eval(ridehail.RuleCarpool, "distance", "1e999")),
		bad("-Inf points", "highest_cycle_points", eval(ridehail.RuleDriverEligibility, "highest_cycle_points", "-Inf")),
		// Impossible dates.
		bad("zero first registration", "first_registration", vehicle(func(v *ridehail.Vehicle) { v.FirstRegistration = rules.Date{} })),
		bad("zero application", "application_date", func() error {
			_, err := ridehail.Default().VehicleEligibility(on, ridehail.Application{Vehicle: car, Applied: rules.Date{}})
			return err
		}),
		bad("application after the evaluation date", "application_date", func() error {
			_, err := ridehail.Default().VehicleEligibility(on, ridehail.Application{Vehicle: car, Applied: on.AddDays(1)})
			return err
		}),
		bad("registration after the evaluation date", "first_registration", vehicle(func(v *ridehail.Vehicle) { v.FirstRegistration = on.AddDays(1) })),
		bad("zero registration, certificate", "first_registration", certificate(rules.Date{})),
		bad("registration after the evaluation date, certificate", "first_registration", certificate(on.AddDays(30))),
		bad("zero registration, retirement", "first_registration", retire(rules.Date{}, d("1000"))),
		bad("registration after the evaluation date, retirement", "first_registration", retire(on.AddDays(1), d("1000"))),
		bad("zero licence date", "licence_date", driver(func(dr *ridehail.Driver) { dr.Licensed = rules.Date{} })),
		bad("licence after the evaluation date", "licence_date", driver(func(dr *ridehail.Driver) { dr.Licensed = on.AddDays(1) })),
		bad("zero issue date", "issue_date", licence(rules.Date{})),
		bad("issue after the evaluation date", "issue_date", licence(on.AddDays(1))),
		bad("zero event date", "event_date", deadline(ridehail.StopReport, rules.Date{})),
		bad("zero time.Time issue date", "issue_date", eval(ridehail.RuleLicenceTerm, "issue_date", time.Time{})),
		bad("zero time.Time registration", "first_registration", eval(ridehail.RuleRetirement, "first_registration", time.Time{})),
		bad("month 13", "event_date", eval(ridehail.RuleDeadlines, "event_date", "2023-13-01")),
		bad("zero evaluation date", "date", func() error {
			_, err := ridehail.Default().CrossArea(rules.Date{}, ridehail.Trip{OriginInArea: new(true), DestinationInArea: new(false)})
			return err
		}),
		// Unknown enum values, "" where required.
		bad("unknown vehicle type", "vehicle_type", vehicle(func(v *ridehail.Vehicle) { v.Type = "SUV" })),
		bad("no vehicle type", "vehicle_type", vehicle(func(v *ridehail.Vehicle) { v.Type = "" })),
		bad("unknown record", "drug_record", driver(func(dr *ridehail.Driver) { dr.DrugRecord = "已销案" })),
		bad("no record", "violent_crime", driver(func(dr *ridehail.Driver) { dr.ViolentCrime = "" })),
		bad("no traffic-accident record", "traffic_accident_crime", driver(func(dr *ridehail.Driver) { dr.TrafficAccidentCrime = "" })),
		bad("unknown obligation", "obligation", deadline("年度报告", rules.MustDate(2023, 3, 1))),
		bad("no obligation", "obligation", deadline("", rules.MustDate(2023, 3, 1))),
		bad("unknown review", "provider_review", carpool(func(r *ridehail.CarpoolRide) { r.ProviderReview = "待审查" })),
		bad("no review", "provider_review", carpool(func(r *ridehail.CarpoolRide) { r.ProviderReview = "" })),
		// Missing fields.
		bad("missing points", "highest_cycle_points", driver(func(dr *ridehail.Driver) { dr.HighestCyclePoints = nil })),
		bad("missing fee", "fee", carpool(func(r *ridehail.CarpoolRide) { r.Fee = nil })),
		bad("missing publication in advance", "published_in_advance", carpool(func(r *ridehail.CarpoolRide) { r.PublishedInAdvance = nil })),
		bad("missing vehicle licence", "vehicle_licence", carpool(func(r *ridehail.CarpoolRide) { r.VehicleLicence = nil })),
		bad("missing annual inspection", "annual_inspection", carpool(func(r *ridehail.CarpoolRide) { r.AnnualInspection = nil })),
		bad("missing origin", "origin_in_area", func() error {
			_, err := ridehail.Default().CrossArea(on, ridehail.Trip{DestinationInArea: new(true)})
			return err
		}),
		bad("missing destination of a typed trip", "destination_in_area", func() error {
			_, err := ridehail.Default().CrossArea(on, ridehail.Trip{OriginInArea: new(false)})
			return err
		}),
		bad("missing mileage", "mileage", eval(ridehail.RuleRetirement, "mileage", nil)),
		bad("missing destination", "destination_in_area", eval(ridehail.RuleCrossArea, "destination_in_area", nil)),
		bad("missing record", "drink_driving_record", eval(ridehail.RuleDriverEligibility, "drink_driving_record", nil)),
		bad("misspelt input", "obligations", eval(ridehail.RuleDeadlines, "obligations", "公安备案")),
		// Wrong types through the book.
		bad("bool for mileage", "mileage", eval(ridehail.RuleRetirement, "mileage", false)),
		bad("text for a flag", "origin_in_area", eval(ridehail.RuleCrossArea, "origin_in_area", "true")),
		bad("float for a fee", "fee", eval(ridehail.RuleCarpool, "fee", 25.0)),
		bad("number for a date", "issue_date", eval(ridehail.RuleLicenceTerm, "issue_date", 20220601)),
		bad("bool for a record", "drug_record", eval(ridehail.RuleDriverEligibility, "drug_record", false)),
		bad("percentage for a distance", "distance", eval(ridehail.RuleCarpool, "distance", "20%")),
	})
}

// texts are the values of the measures' enums, for Fill.
func texts() []string {
	var tx []string
	tx = append(tx, rules.Texts(ridehail.VehicleTypes())...)
	tx = append(tx, rules.Texts(ridehail.Obligations())...)
	tx = append(tx, rules.Texts(ridehail.Records())...)
	return append(tx, rules.Texts(ridehail.Reviews())...)
}

// typedCase is what FuzzTyped builds from its bytes.
type typedCase struct {
	Fn         int
	On         rules.Date
	Applied    rules.Date
	Vehicle    ridehail.Vehicle
	Date       rules.Date // a first registration, an issue, an event
	Mileage    decimal.Decimal
	Driver     ridehail.Driver
	Obligation ridehail.Obligation
	Trip       ridehail.Trip
	Ride       ridehail.CarpoolRide
}

// FuzzTyped calls the measures' typed functions with arbitrary values,
// seeded with the worked cases: never a panic; a result that explains
// itself, or an error the engine knows, naming its field when the input is
// invalid — never a rule failing in evaluation.
func FuzzTyped(f *testing.F) {
	tx := texts()
	d := decimal.RequireFromString
	on := rules.MustDate(2023, 6, 1)
	points := 3
	fee := d("25")
	for _, c := range []typedCase{
		// （十） a new-energy car of 2,700 mm registered 2021-03-15, applying 2023-05-20
		{Fn: 0, On: on, Applied: rules.MustDate(2023, 5, 20), Vehicle: ridehail.Vehicle{WenzhouPlate: true, RideHailingUse: true,
			Type: ridehail.PassengerCar, Seats: 5, NewEnergy: true, Wheelbase: d("2700"), TaxablePrice: d("120000"),
			FirstRegistration: rules.MustDate(2021, 3, 15), SafetyStandards: true, SatellitePositioning: true, EmergencyAlarm: true,
			AudioVideoMonitoring: true}},
		// （十三） registered 2020-02-29: 8 years on, 2028-02-28
		{Fn: 1, On: on, Date: rules.MustDate(2020, 2, 29)},
		// （三十三） 600,000 km: scrapped
		{Fn: 2, On: on, Date: rules.MustDate(2019, 1, 10), Mileage: d("600000")},
		// （十五） licensed 2015, clean records, 3 points
		{Fn: 3, On: on, Driver: ridehail.Driver{LicenceClass: true, Licensed: rules.MustDate(2015, 1, 1),
			TrafficAccidentCrime: ridehail.NoRecord, DangerousDrivingCrime: ridehail.NoRecord, DrugRecord: ridehail.NoRecord,
			DrinkDrivingRecord: ridehail.NoRecord, HighestCyclePoints: &points, ViolentCrime: ridehail.NoRecord}},
		// （七） issued 2022-06-01: 4 years, to 2026-06-01
		{Fn: 4, On: on, Date: rules.MustDate(2022, 6, 1)},
		// （八） online 2023-03-31: file by 2023-04-30
		{Fn: 5, On: on, Obligation: ridehail.PublicSecurityFiling, Date: rules.MustDate(2023, 3, 31)},
		// （十九） one end inside
		{Fn: 6, On: on, Trip: ridehail.Trip{OriginInArea: new(true), DestinationInArea: new(false)}},
		// （二十六） 25 for 20 km at 2.5/km: the cap 25.00
		{Fn: 7, On: on, Ride: ridehail.CarpoolRide{PublishedInAdvance: new(true), Fee: &fee, Distance: d("20"), TaxiFarePerKm: d("2.5"),
			PaidRidesOfCar: 2, PaidRidesOfDriver: 2, VehicleLicence: new(true), AnnualInspection: new(true), ProviderReview: ridehail.ReviewPassed}},
	} {
		f.Add(typedtest.Seed(c, tx))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedCase
		rulestest.Fill(data, &c, tx)
		var res *rules.Result
		var err error
		typedtest.Timed(t, func() {
			switch (c.Fn%8 + 8) % 8 {
			case 0:
				var r ridehail.VehicleEligibility
				r, err = ridehail.Default().VehicleEligibility(c.On, ridehail.Application{Vehicle: c.Vehicle, Applied: c.Applied})
				res = r.Result()
			case 1:
				var r ridehail.CertificateTerm
				r, err = ridehail.Default().CertificateExpiry(c.On, ridehail.Vehicle{FirstRegistration: c.Date})
				res = r.Result()
			case 2:
				var r ridehail.RetirementStatus
				r, err = ridehail.Default().Retirement(c.On, ridehail.InService{Vehicle: ridehail.Vehicle{FirstRegistration: c.Date}, Mileage: c.Mileage})
				res = r.Result()
			case 3:
				var r ridehail.DriverEligibility
				r, err = ridehail.Default().DriverEligibility(c.On, c.Driver)
				res = r.Result()
			case 4:
				var r ridehail.LicencePeriod
				r, err = ridehail.Default().LicenceTerm(c.On, ridehail.PlatformLicence{Issued: c.Date})
				res = r.Result()
			case 5:
				var r ridehail.Deadline
				r, err = ridehail.Default().PlatformDeadline(c.On, ridehail.Duty{Obligation: c.Obligation, From: c.Date})
				res = r.Result()
			case 6:
				var r ridehail.CrossAreaCheck
				r, err = ridehail.Default().CrossArea(c.On, c.Trip)
				res = r.Result()
			case 7:
				var r ridehail.CarpoolCheck
				r, err = ridehail.Default().CarpoolCompliance(c.On, c.Ride)
				res = r.Result()
			}
		})
		if typedtest.CheckErr(t, err) {
			typedtest.Explains(t, res)
		}
	})
}
