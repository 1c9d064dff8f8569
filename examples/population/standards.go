package population

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// This file holds the localities with their weights and the synthetic
// standards of each. The weights are the resident population of the
// Wenzhou Statistics Bureau's bulletin (see the package doc); every money
// figure here is made up.

// place is a locality with what the generator draws by it.
type place struct {
	loc welfare.Locality
	// pop is the resident population at the end of 2021 in hundreds
	// (万人 × 100), from the bulletin; zero for the localities it does not
	// list.
	pop int
	// urban is the share living in towns (城镇化率) in per mille, from the
	// bulletin; a household is rural with the rest.
	urban int
	// tier is the band of the made-up standards: 0 市区 and the
	// county-level cities, 1 the counties of the coast and plains, 2 the
	// mountain counties.
	tier int
}

// places are Wenzhou's localities by the bulletin. 龙湾区's 73.29万 include
// the 浙南产业集聚区 (25.31万, urbanisation 99.7%), which stands for the
// city-level function zones (市级功能区); 市本级 has no residents of its own
// in the bulletin and is never drawn.
var places = [...]place{
	{welfare.Lucheng, 11895, 907, 0},
	{welfare.Longwan, 7329 - 2531, 999, 0},
	{welfare.CityZone, 2531, 997, 0},
	{welfare.Ouhai, 9782, 838, 0},
	{welfare.Dongtou, 1503, 543, 0},
	{welfare.Ruian, 15258, 672, 0},
	{welfare.Yueqing, 14640, 659, 0},
	{welfare.Longgang, 4677, 972, 0},
	{welfare.Yongjia, 8700, 565, 1},
	{welfare.Pingyang, 8659, 623, 1},
	{welfare.Cangnan, 8458, 687, 1},
	{welfare.Wencheng, 2885, 443, 2},
	{welfare.Taishun, 2664, 458, 2},
}

// outsideShare is the share of households registered outside Wenzhou
// (市外): made up.
const outsideShare = 0.10

// placeIndex draws a locality: 市外 with outsideShare, else a Wenzhou one by
// population. It returns -1 for 市外.
func placeIndex(s *source) int {
	if s.chance(outsideShare) {
		return -1
	}
	total := 0
	for _, p := range places {
		total += p.pop
	}
	u := s.intn(total)
	for i, p := range places {
		if u < p.pop {
			return i
		}
		u -= p.pop
	}
	return len(places) - 1
}

// The made-up standards by tier, in yuan (or fen where marked).
var (
	dibaoFen       = [3]int64{108500, 104000, 100000} // 最低生活保障标准, 元/人·月, in fen
	minimumWage    = [3]int64{2280, 2070, 1840}       // 月最低工资标准, 元/月
	urbanSpending  = [3]int64{42000, 36000, 30000}    // 城镇居民人均消费支出, 元/人·年
	residentSpends = [3]int64{38000, 32000, 26000}    // 居民人均消费支出, 元/人·年
)

// tierOf is the band of the standards of a locality: 市区's for a locality
// outside Wenzhou or not in the table (市本级).
func tierOf(loc welfare.Locality) int {
	for _, p := range places {
		if p.loc == loc {
			return p.tier
		}
	}
	return 0
}

// Standards returns the local standards of households registered in loc:
// the 低保 and 低边 standards, the minimum wage, last year's consumption
// figures, the lowest pension tier, the residents' medical contribution,
// the provincial meal standard and the 特困 care-fee standards (the minimum
// wage × 80%, 40%, 20% and 10% by self-care, as 二、3 reckons the care fee).
// The document states none of them, and these are made up, in three bands:
// 市区 and the county-level cities 瑞安, 乐清 and 龙港 (低保 1,085 a month,
// minimum wage 2,280); the counties 永嘉, 平阳 and 苍南 (1,040, 2,070); the
// mountain counties 文成 and 泰顺 (1,000, 1,840). 低边 is 1.5 times 低保. A
// locality outside Wenzhou, or 市本级, gets 市区's. Every standard [welfare.Evaluator.Assess] reads
// is above zero, so that no benefit is left not assessed for want of one;
// LocalMealStandard, which states a locality paying more than the
// province, is zero (none). The result is the caller's: its map is new on
// every call.
func Standards(loc welfare.Locality) welfare.LocalStandards {
	t := tierOf(loc)
	wage := decimal.New(minimumWage[t], 0)
	care := map[welfare.SelfCare]decimal.Decimal{ // 80%, 40%, 20%, 10% of the minimum wage, as 二、3 sets the care fee
		welfare.FullyDependent:      decimal.New(minimumWage[t]*80, -2),
		welfare.ModeratelyDependent: decimal.New(minimumWage[t]*40, -2),
		welfare.MildlyDependent:     decimal.New(minimumWage[t]*20, -2),
		welfare.SelfCaring:          decimal.New(minimumWage[t]*10, -2),
	}
	return welfare.LocalStandards{
		Dibao:                  decimal.New(dibaoFen[t], -2),
		Dibian:                 decimal.New(dibaoFen[t]*3/2, -2), // 1.5 times 低保, below the minimum wage (二、2 allows up to 2 times)
		MinimumWage:            wage,
		UrbanConsumption:       decimal.New(urbanSpending[t], 0),
		UrbanLivingConsumption: decimal.New(urbanSpending[t], 0),
		TekunCareFee:           care,
		ResidentConsumption:    decimal.New(residentSpends[t], 0),
		PensionLowestTier:      decimal.New(100, 0),
		MedicalContribution:    decimal.New(380, 0),
		ProvincialMealStandard: decimal.New(1000, 0),
	}
}

// Tiers returns the industry department's tiers of the epidemic-prevention
// subsidy by firm size (measure 13, 分类、分档), which the notice leaves to
// the department, for [relief.Evaluator.Assess] of the synthetic firms:
// made up, within the clause's 50% and 30,000. The table is new on every
// call.
func Tiers() relief.TierTable {
	return relief.TierTable{
		relief.Micro:  {Rate: ratePct(50), Cap: decimal.New(10000, 0)},
		relief.Small:  {Rate: ratePct(40), Cap: decimal.New(20000, 0)},
		relief.Medium: {Rate: ratePct(30), Cap: decimal.New(30000, 0)},
		relief.Large:  {Rate: ratePct(20), Cap: decimal.New(30000, 0)},
	}
}
