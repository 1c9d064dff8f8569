package ridehail_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
)

type zzCase struct {
	WenzhouPlate         bool            `rule:"wenzhou_plate"`
	RideHailingUse       bool            `rule:"ride_hailing_use"`
	Type                 string          `rule:"vehicle_type"`
	Seats                int             `rule:"seats"`
	NewEnergy            bool            `rule:"new_energy"`
	Wheelbase            decimal.Decimal `rule:"wheelbase"`
	TaxablePrice         decimal.Decimal `rule:"taxable_price"`
	FirstRegistration    rules.Date      `rule:"first_registration"`
	Applied              rules.Date      `rule:"application_date"`
	SafetyStandards      bool            `rule:"safety_standards"`
	SatellitePositioning bool            `rule:"satellite_positioning"`
	EmergencyAlarm       bool            `rule:"emergency_alarm"`
	AudioVideoMonitoring bool            `rule:"audio_video_monitoring"`
}
type zzOut struct {
	OK bool `rule:",eligible"`
}

func BenchmarkZZBound(b *testing.B) {
	bd := rules.MustBind[zzCase, zzOut](ridehail.Book(), ridehail.RuleVehicleEligibility)
	v := benchVehicle
	c := zzCase{v.WenzhouPlate, v.RideHailingUse, string(v.Type), v.Seats, v.NewEnergy, v.Wheelbase, v.TaxablePrice, v.FirstRegistration, benchApplied, true, true, true, true}
	b.ReportAllocs()
	for b.Loop() {
		o, err := bd.Eval(benchOn, c)
		if err != nil || !o.OK {
			b.Fatal(err)
		}
	}
}
