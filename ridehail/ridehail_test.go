package ridehail_test

import (
	"errors"
	"maps"
	"slices"
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
		ridehail.Measures().Number: "../testdata/sources/5-ridehail.txt",
	})
}

func TestInForcePeriod(t *testing.T) {
	for _, id := range ridehail.Book().RuleIDs() {
		p, _ := ridehail.Book().InForce(id)
		want := lastDay
		if id == ridehail.RuleVehicleEligibility {
			// An application made within the measures is judged under them
			// whenever it is decided: the application date is checked
			// against the period (application_in_period), and the
			// evaluation date is "as of".
			want = rules.Date{}
		}
		if p.From != firstDay || p.To != want {
			t.Errorf("%s in force %s; want from 2022-05-01 to %s (%s)", id, p, want, inForce)
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

// goodDriver meets clause (十五): licensed 2018-04-10, no records, at most 6
// points in a cycle.
var goodDriver = rules.Inputs{
	"licence_class": true, "licence_date": "2018-04-10", "traffic_accident_crime": "无记录", "dangerous_driving_crime": "无记录",
	"drug_record": "无记录", "drink_driving_record": "无记录", "highest_cycle_points": 6, "violent_crime": "无记录",
}

// cleanDriver is the typed driver with every record stated as none.
func cleanDriver(licensed rules.Date, points int) ridehail.Driver {
	return ridehail.Driver{LicenceClass: true, Licensed: licensed,
		TrafficAccidentCrime: ridehail.NoRecord, DangerousDrivingCrime: ridehail.NoRecord, DrugRecord: ridehail.NoRecord,
		DrinkDrivingRecord: ridehail.NoRecord, HighestCyclePoints: &points, ViolentCrime: ridehail.NoRecord}
}

// goodRide is a cost-shared ride within clause (二十六): 25 yuan for 20 km
// against a taxi fare of 2.5 yuan per km (cap 1.25 × 20 = 25), the car's and
// the driver's 2nd paid ride of the day.
var goodRide = rules.Inputs{
	"published_in_advance": true, "fee": "25", "distance": "20", "taxi_fare_per_km": "2.5",
	"paid_rides_car": 2, "paid_rides_provider": 2, "vehicle_licence": true, "annual_inspection": true, "provider_review": "符合",
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
		for _, x := range f.Facts() {
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
		d, err := ridehail.Default().PlatformDeadline(dayIn, ridehail.Duty{Obligation: o, From: rules.MustDate(2023, 3, 1)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Result().Citations() {
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
	veh := ridehail.Vehicle{WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: 8,
		NewEnergy: true, Wheelbase: dec("2700"), TaxablePrice: dec("120000"), FirstRegistration: d(2019, 6, 1),
		SafetyStandards: true, SatellitePositioning: true, EmergencyAlarm: true, AudioVideoMonitoring: true}
	ve, err := ridehail.Default().VehicleEligibility(dayIn, ridehail.Application{Vehicle: veh, Applied: d(2023, 6, 2)})
	if err != nil {
		t.Fatal(err)
	}
	vb := eval(ridehail.RuleVehicleEligibility, with(goodVehicle, "seats", 8, "first_registration", "2019-06-01", "application_date", "2023-06-02"))

	drv := cleanDriver(d(2020, 6, 1), 12)
	de, err := ridehail.Default().DriverEligibility(dayIn, drv)
	if err != nil {
		t.Fatal(err)
	}
	db := eval(ridehail.RuleDriverEligibility, with(goodDriver, "licence_date", "2020-06-01", "highest_cycle_points", 12))

	ct, err := ridehail.Default().CertificateExpiry(dayIn, ridehail.Vehicle{FirstRegistration: d(2015, 1, 10)})
	if err != nil {
		t.Fatal(err)
	}
	cb := eval(ridehail.RuleCertificateExpiry, rules.Inputs{"first_registration": "2015-01-10"})

	rt, err := ridehail.Default().Retirement(dayIn, ridehail.InService{Vehicle: ridehail.Vehicle{FirstRegistration: d(2014, 1, 1)}, Mileage: dec("599999.9")})
	if err != nil {
		t.Fatal(err)
	}
	rb := eval(ridehail.RuleRetirement, rules.Inputs{"first_registration": "2014-01-01", "mileage": "599999.9"})

	lt, err := ridehail.Default().LicenceTerm(dayIn, ridehail.PlatformLicence{Issued: d(2022, 6, 15)})
	if err != nil {
		t.Fatal(err)
	}
	lb := eval(ridehail.RuleLicenceTerm, rules.Inputs{"issue_date": "2022-06-15"})

	dl, err := ridehail.Default().PlatformDeadline(dayIn, ridehail.Duty{Obligation: ridehail.DataRetention, From: d(2022, 6, 30)})
	if err != nil {
		t.Fatal(err)
	}
	dlb := eval(ridehail.RuleDeadlines, rules.Inputs{"obligation": "数据保存", "event_date": "2022-06-30"})

	ca, err := ridehail.Default().CrossArea(dayIn, ridehail.Trip{OriginInArea: new(false), DestinationInArea: new(false)})
	if err != nil {
		t.Fatal(err)
	}
	cab := eval(ridehail.RuleCrossArea, rules.Inputs{"origin_in_area": false, "destination_in_area": false})

	cp, err := ridehail.Default().CarpoolCompliance(dayIn, ridehail.CarpoolRide{PublishedInAdvance: new(true), Fee: new(dec("20")),
		Distance: dec("12.5"), TaxiFarePerKm: dec("3.3"), PaidRidesOfCar: 4, PaidRidesOfDriver: 4, VehicleLicence: new(true), AnnualInspection: new(true),
		ProviderReview: ridehail.ReviewPassed})
	if err != nil {
		t.Fatal(err)
	}
	cpb := eval(ridehail.RuleCarpool, with(goodRide, "taxi_fare_per_km", "3.3", "distance", "12.5", "fee", "20", "paid_rides_car", 4, "paid_rides_provider", 4))

	got := map[string]any{
		"vehicle":     []any{ve.Eligible(), ve.FailedNames()},
		"driver":      []any{de.Eligible(), de.FailedNames()},
		"certificate": []any{ct.LatestExpiry.String(), ct.PastTerm},
		"retirement":  []any{rt.MustLeave, string(rt.Disposition), rt.ServiceLastDay.String()},
		"licence":     []any{lt.LastDay.String(), lt.InTerm},
		"deadline":    []any{dl.Date.String(), string(dl.Bound)},
		"cross_area":  []any{ca.Eligible(), ca.FailedNames()},
		"carpool":     []any{cp.Eligible(), cp.Free, cp.MaxFee.StringFixed(2), cp.CapPerKm.String()},
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
		return re.Input
	}
	_, err := ridehail.Default().VehicleEligibility(dayIn, ridehail.Application{Vehicle: ridehail.Vehicle{}, Applied: dayIn})
	_, err2 := ridehail.Default().DriverEligibility(dayIn, ridehail.Driver{HighestCyclePoints: new(0)})
	_, err3 := ridehail.Default().CarpoolCompliance(dayIn, ridehail.CarpoolRide{Fee: new(decimal.NewFromInt(10)), Distance: decimal.NewFromInt(5)})
	_, err4 := ridehail.Default().PlatformDeadline(dayIn, ridehail.Duty{Obligation: "", From: dayIn})
	got := []string{field(err), field(err2), field(err3), field(err4)}
	want := []string{"seats", "licence_date", "taxi_fare_per_km", "obligation"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("fields named (-want +got):\n%s", d)
	}
}

// A record, the points, a carpool fee, the platform's review, the trip's
// publication or the car's licence or inspection, or an end of a trip that
// the caller did not state is reported missing, never read as clean, as
// zero points, as a free ride, as a passed review, or as "no" (audit F1,
// F4). Before the
// fix, Driver{LicenceClass, Licensed} alone was eligible, and a ride with no
// fee was "free" and exempt from the fee cap and the 4-a-day limit.
func TestTypedUnstatedFactsAreMissing(t *testing.T) {
	field := func(err error) string {
		var re *rules.Error
		if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) {
			return "not an invalid-input error: " + errorText(err)
		}
		return re.Input
	}
	licensed := rules.MustDate(2015, 1, 1)
	noRecords := ridehail.Driver{LicenceClass: true, Licensed: licensed}
	noDrink := cleanDriver(licensed, 0)
	noDrink.DrinkDrivingRecord = ""
	noPoints := cleanDriver(licensed, 0)
	noPoints.HighestCyclePoints = nil
	ride := ridehail.CarpoolRide{PublishedInAdvance: new(true), Distance: decimal.NewFromInt(20), TaxiFarePerKm: decimal.RequireFromString("2.5"),
		PaidRidesOfCar: 9, PaidRidesOfDriver: 9, VehicleLicence: new(true), AnnualInspection: new(true), ProviderReview: ridehail.ReviewPassed}
	unreviewed := ride
	unreviewed.Fee, unreviewed.PaidRidesOfCar, unreviewed.PaidRidesOfDriver, unreviewed.ProviderReview = new(decimal.NewFromInt(10)), 1, 1, ""

	var got []string
	for _, d := range []ridehail.Driver{noRecords, noDrink, noPoints} {
		_, err := ridehail.Default().DriverEligibility(dayIn, d)
		got = append(got, field(err))
	}
	// The trip's publication and the car's papers ((二十六)1, 4): each left
	// out of a ride otherwise within the clause.
	unpublished, unlicensed, uninspected := ride, ride, ride
	unpublished.Fee, unlicensed.Fee, uninspected.Fee = unreviewed.Fee, unreviewed.Fee, unreviewed.Fee
	unpublished.PaidRidesOfCar, unpublished.PaidRidesOfDriver = 1, 1
	unlicensed.PaidRidesOfCar, unlicensed.PaidRidesOfDriver = 1, 1
	uninspected.PaidRidesOfCar, uninspected.PaidRidesOfDriver = 1, 1
	unpublished.PublishedInAdvance, unlicensed.VehicleLicence, uninspected.AnnualInspection = nil, nil, nil
	for _, r := range []ridehail.CarpoolRide{ride, unreviewed, unpublished, unlicensed, uninspected} {
		_, err := ridehail.Default().CarpoolCompliance(dayIn, r)
		got = append(got, field(err))
	}
	// The trip's ends ((十九)): the zero Trip once read as both ends
	// outside, refused.
	for _, tr := range []ridehail.Trip{{DestinationInArea: new(false)}, {OriginInArea: new(false)}} {
		_, err := ridehail.Default().CrossArea(dayIn, tr)
		got = append(got, field(err))
	}
	want := []string{"traffic_accident_crime", "drink_driving_record", "highest_cycle_points", "fee", "provider_review",
		"published_in_advance", "vehicle_licence", "annual_inspection", "origin_in_area", "destination_in_area"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("fields named (-want +got):\n%s", d)
	}

	// Stated, the same driver is eligible: licensed 2015-01-01, 3 years by
	// 2018-01-02; no records; 0 points (（十五）1–3).
	e, err := ridehail.Default().DriverEligibility(dayIn, cleanDriver(licensed, 0))
	if err != nil || !e.Eligible() {
		t.Errorf("driver with every record stated as none: %v %v", e.FailedNames(), err)
	}
	// A free ride (fee 0, stated) is unlimited; the provider who fails the
	// (十五) review is not compliant ((二十六)3–4).
	free := ride
	free.Fee = new(decimal.Zero)
	c, err := ridehail.Default().CarpoolCompliance(dayIn, free)
	if err != nil || !c.Eligible() || !c.Free {
		t.Errorf("free ride after 9 paid rides: compliant %t free %t %v", c.Eligible(), c.Free, err)
	}
	free.ProviderReview = ridehail.ReviewFailed
	c, err = ridehail.Default().CarpoolCompliance(dayIn, free)
	if err != nil || c.Eligible() || !slices.Equal(names(c.Failed()), []string{"provider_meets_15"}) {
		t.Errorf("provider failing the (十五) review: compliant %t %v %v", c.Eligible(), names(c.Failed()), err)
	}
}

func names(fs []rules.Failure) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
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
	if o, err := ridehail.ParseDisposition("强制报废"); err != nil || o != ridehail.Scrap {
		t.Errorf("ParseOutcome(强制报废) = %q, %v", o, err)
	}
	if _, err := ridehail.ParseDisposition("报废"); err == nil {
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
	after, err := ev.VehicleEligibility(on, ridehail.Application{Vehicle: veh, Applied: on})
	if err != nil {
		t.Fatal(err)
	}
	before, err := ev.VehicleEligibility(rules.MustDate(2023, 12, 31), ridehail.Application{Vehicle: veh, Applied: rules.MustDate(2023, 12, 31)})
	if err != nil {
		t.Fatal(err)
	}
	orig, err := ridehail.Default().VehicleEligibility(on, ridehail.Application{Vehicle: veh, Applied: on})
	if err != nil {
		t.Fatal(err)
	}
	// 2,650 mm: below the reform's 2,700 from 2024-01-01, above the measures' 2,600.
	got := []any{after.FailedNames(), before.Eligible(), orig.Eligible()}
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

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator")
}
