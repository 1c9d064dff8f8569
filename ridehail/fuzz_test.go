package ridehail_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Any carpool ride either is refused with an invalid-input error naming a
// field, or gets a verdict that agrees with clause (二十六) worked
// independently: fee ≤ 50% × fare × distance, and free rides or at most 4
// paid rides a day per car and per driver.
func FuzzCarpoolCompliance(f *testing.F) {
	f.Add("25", "20", "2.5", 2, 2)
	f.Add("25.01", "20", "2.5", 4, 4)
	f.Add("0", "3", "2.4", 9, 0)
	f.Add("20", "12.5", "3.3", 5, 1)
	f.Add("-1", "0", "0", -1, 0)
	f.Add("1e30", "1e-30", "7", 1, 1)
	half := decimal.RequireFromString("0.5") // （二十六）2 每公里里程运价的50%
	f.Fuzz(func(t *testing.T, fee, dist, fare string, car, driver int) {
		fd, err1 := decimal.NewFromString(fee)
		dd, err2 := decimal.NewFromString(dist)
		rd, err3 := decimal.NewFromString(fare)
		if err1 != nil || err2 != nil || err3 != nil {
			t.Skip()
		}
		c, err := ridehail.Default().CarpoolCompliance(dayIn, ridehail.CarpoolRide{PublishedInAdvance: new(true), Fee: &fd, Distance: dd,
			TaxiFarePerKm: rd, PaidRidesOfCar: car, PaidRidesOfDriver: driver, VehicleLicence: new(true), AnnualInspection: new(true),
			ProviderReview: ridehail.ReviewPassed})
		if err != nil {
			var re *rules.Error
			if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) || re.Field == "" {
				t.Fatalf("want an invalid-input error naming a field, got %v", err)
			}
			return
		}
		free := fd.IsZero()
		want := fd.LessThanOrEqual(half.Mul(rd).Mul(dd)) && (free || car <= 4 && driver <= 4)
		if c.Eligible() != want {
			t.Fatalf("fee %s, %s km, fare %s, rides %d/%d: compliant %t, want %t\n%s", fee, dist, fare, car, driver,
				c.Eligible(), want, c.Result().Explain(rules.English))
		}
	})
}

// One book serves many goroutines at once (run with -race).
func TestConcurrentEvaluation(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seats := 7 + i%2 // 7 is within （十）1 “7座及以下”, 8 is not
			v := ridehail.Vehicle{WenzhouPlate: true, RideHailingUse: true, Type: ridehail.PassengerCar, Seats: seats,
				NewEnergy: true, Wheelbase: decimal.NewFromInt(2700), TaxablePrice: decimal.NewFromInt(120000),
				FirstRegistration: rules.MustDate(2021, 3, 15), SafetyStandards: true, SatellitePositioning: true,
				EmergencyAlarm: true, AudioVideoMonitoring: true}
			for range 50 {
				e, err := ridehail.Default().VehicleEligibility(dayIn, ridehail.Application{Vehicle: v, Applied: rules.MustDate(2023, 6, 1)})
				if err != nil {
					errs <- err
					return
				}
				if e.Eligible() != (seats == 7) {
					errs <- errors.New("seats " + e.Result().Explain(rules.English))
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
