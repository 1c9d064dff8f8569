package welfare_test

import (
	"sync"

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

// county is a county that pays more than the city's floors (附则2: 各地原有
// 各类补助…超本政策标准的，不降低标准，就高执行): a veteran supplement of 15% of
// the 低保 standard, a 特困 standard of 1.5 times the 低保 standard, 75% of
// living consumption for children, and a high-age allowance of 60, 250 and
// 600 yuan.
// county is built once: deriving a book compiles it again.
var county = sync.OnceValue(func() *welfare.Evaluator {
	notice := &rules.Document{Number: "某县帮扶政策（示例）", Title: "某县特殊群体帮扶政策", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	from := rules.MustDate(2022, 5, 1)
	n := decimal.RequireFromString
	b, err := welfare.Book().Derive(
		rules.Override{Param: "veteran_supplement_share", From: from, Value: "0.15", Cite: notice.Cite("一", "低保标准的15%")},
		rules.Override{Param: "tekun_dibao_multiple", From: from, Value: "1.5", Cite: notice.Cite("二", "低保标准的1.5倍")},
		rules.Override{Param: "child_living_share", From: from, Value: "0.75", Cite: notice.Cite("三", "人均生活消费支出的75%")},
	)
	if err != nil {
		panic(err)
	}
	b, err = b.Derive(welfare.CountyHighAgeAllowance(welfare.Wencheng, from, &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
		{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: n("60")},
		{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: n("250")},
		{Range: rules.Range{Lo: rules.Incl("100")}, Value: n("600")},
	}}, notice.Cite("四", "每人每月60元、250元、600元"))...)
	if err != nil {
		panic(err)
	}
	return welfare.MustEvaluator(b)
})

var patient = welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI, GuardianFulfils: true, CommunityManaged: true}}
