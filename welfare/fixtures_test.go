package welfare_test

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The cases the package's tests share. The examples do not use them: each
// example declares its own case, as the package documentation shows an
// example's body alone.

// The standards of a locality: its monthly 低保 standard, 低边 standard and
// minimum wage, and last year's urban per-capita consumption figures. The
// document states none of them; the caller does.
var local = welfare.LocalStandards{
	Dibao:                  decimal.RequireFromString("1085"),
	Dibian:                 decimal.RequireFromString("1627.50"),
	MinimumWage:            decimal.RequireFromString("2280"),
	UrbanConsumption:       decimal.RequireFromString("36000"),
	UrbanLivingConsumption: decimal.RequireFromString("30000"),
}

var on = rules.MustDate(2023, 6, 1)

// local2ex are the example locality's standards with those part 2 reads:
// last year's per-capita consumption of all residents, the lowest pension
// tier, the residents' medical contribution and the provincial meal
// standard.
var local2ex = func() welfare.LocalStandards {
	s := local
	s.ResidentConsumption = decimal.RequireFromString("40000")
	s.PensionLowestTier = decimal.RequireFromString("100")
	s.MedicalContribution = decimal.RequireFromString("380")
	s.ProvincialMealStandard = decimal.RequireFromString("1000")
	return s
}()
