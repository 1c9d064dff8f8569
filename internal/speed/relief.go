package speed

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

// relief.subsidy.bookstore_rent and relief.reward.travel_agency —
// 温政办〔2022〕11号, each behind the appendix's exclusions.
//
// 附则1 “本政策所指享受奖补的企业为申报时注册地和财政收入在市区范围内具有独立法人
// 资格的企业，不含房地产企业、国有及国有控股企业、行政事业单位，除政策另有规定外”;
// 附则2 “…“亩均论英雄”综合评价C、D类企业、列入严重失信名单…” (not rewarded).
// Both firms below are private enterprises of 鹿城区 with independent legal
// personality, unrated in the 亩均 evaluation and not on the list: they pass
// the eight conditions.

var (
	reliefOn = rules.MustDate(2023, 2, 15) // the year's counts are known after it ends

	bookstoreFirm = relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Bookshop,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState, Mujun: relief.MujunUnrated, Credit: relief.CreditNormal}
	bookstoreArea = dec("180")

	travelFirm = relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.TravelAgency,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState, Mujun: relief.MujunUnrated, Credit: relief.CreditNormal}
	travelVisitors = relief.Visitors{Year: 2022, Overnight: 4500, Study: 1800}
)

func firmInputs(f relief.Firm) rules.Inputs {
	return rules.Inputs{"registration": string(f.Registration), "fiscal_revenue": string(f.FiscalRevenue), "entity_type": string(f.Entity),
		"independent_legal_person": f.IndependentLegalPerson, "industry": string(f.Industry), "ownership": string(f.Ownership),
		"mujun_class": string(f.Mujun), "credit": string(f.Credit)}
}

var reliefSink struct {
	amount   decimal.Decimal
	eligible bool
}

func reliefFigure() string {
	if !reliefSink.eligible {
		return "not eligible"
	}
	return fen(reliefSink.amount)
}

func reliefReset() { reliefSink.amount, reliefSink.eligible = decimal.Decimal{}, false }

func reliefFromBook(id string, in rules.Inputs) error {
	res, err := relief.Book().Eval(id, reliefOn, in)
	if err != nil {
		return err
	}
	reliefSink.amount, reliefSink.eligible = res.Value.Number(), res.Eligible
	return nil
}

// The case: a 鹿城区 physical bookstore renting 180 m² of book-selling floor
// from a private landlord, applying on 2023-02-15.
//
// Worked from the text, 二、24: “对市区承租非国有物业的实体书店，按图书经营面积予以
// 6个月（一、二季度）补助，每平方米每月20元” — 20 × 180 × 6 = 21,600.00 yuan.
func bookstoreTrio() Trio {
	inputs := func() rules.Inputs {
		in := firmInputs(bookstoreFirm)
		in["landlord"], in["book_area"] = string(relief.NonStateLandlord), bookstoreArea
		return in
	}
	once := inputs()
	premises := relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: bookstoreArea}
	t := Trio{
		Rule: relief.RuleBookstoreRent, Case: "鹿城区 bookstore, 180 m² rented from a private landlord",
		Cite: "温政办〔2022〕11号 二、24, 附则1, 附则2", Want: "21600.00",
		figure: reliefFigure, reset: reliefReset,
	}
	t.run[Hand] = func() error {
		a, ok, err := handBookstoreRent(reliefOn, &bookstoreFirm, string(relief.NonStateLandlord), bookstoreArea)
		reliefSink.amount, reliefSink.eligible = a, ok
		return err
	}
	t.run[Typed] = func() error {
		b, err := relief.Default().BookstoreRentSubsidy(reliefOn, relief.BookstoreCase{Firm: bookstoreFirm, Bookstore: premises})
		reliefSink.amount, reliefSink.eligible = b.Amount, b.Eligible()
		return err
	}
	t.run[Book] = func() error { return reliefFromBook(relief.RuleBookstoreRent, once) }
	t.run[BookMap] = func() error { return reliefFromBook(relief.RuleBookstoreRent, inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	return t
}

// The case: a 鹿城区 travel agency that brought 4,500 overnight visitors
// from outside the city in 2022, 1,800 of them in retreat and study groups
// staying 3 nights or more; applying on 2023-02-15.
//
// Worked from the text, 二、22: “年招徕市外过夜游客…超过3000人次的，给予超出部分20
// 元/人的奖励” — (4,500 − 3,000) × 20 = 30,000; “疗休养、研学团队超过1000人次…给
// 予1000人次以内20元/人、1000人次以上部分30元/人的奖励” — 1,000 × 20 + 800 × 30 =
// 44,000; “接待人数计入旅行社招徕市外游客总人次，就高奖励、不重复享受” — the
// higher: 44,000.00 yuan.
func travelAgencyTrio() Trio {
	inputs := func() rules.Inputs {
		in := firmInputs(travelFirm)
		in["reward_year"], in["overnight_visitors"], in["study_visitors"] = travelVisitors.Year, travelVisitors.Overnight, travelVisitors.Study
		return in
	}
	once := inputs()
	t := Trio{
		Rule: relief.RuleTravelAgency, Case: "鹿城区 travel agency, 4,500 overnight visitors of which 1,800 study",
		Cite: "温政办〔2022〕11号 二、22, 附则1, 附则2", Want: "44000.00",
		figure: reliefFigure, reset: reliefReset,
	}
	t.run[Hand] = func() error {
		a, ok, err := handTravelReward(reliefOn, &travelFirm, travelVisitors)
		reliefSink.amount, reliefSink.eligible = a, ok
		return err
	}
	t.run[Typed] = func() error {
		r, err := relief.Default().TravelAgencyReward(reliefOn, relief.VisitorsCase{Firm: travelFirm, Visitors: travelVisitors})
		reliefSink.amount, reliefSink.eligible = r.Amount, r.Eligible()
		return err
	}
	t.run[Book] = func() error { return reliefFromBook(relief.RuleTravelAgency, once) }
	t.run[BookMap] = func() error { return reliefFromBook(relief.RuleTravelAgency, inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	return t
}

// The measures of 二、19–28 apply from 2022-01-01, as of the day a firm
// applies (the notice sets no last day for these).
var handReliefFrom = rules.MustDate(2022, 1, 1)

var (
	handReliefLocalities = map[relief.Locality]bool{ // true: 市区 (附则1)
		"市本级": true, "鹿城区": true, "龙湾区": true, "瓯海区": true, "洞头区": true, "市级功能区": true,
		"瑞安市": false, "乐清市": false, "龙港市": false, "永嘉县": false, "平阳县": false, "苍南县": false,
		"文成县": false, "泰顺县": false, "市外": false,
	}
	handReliefEntities  = setOf(relief.EntityTypes())
	handReliefIndustry  = setOf(relief.Industries())
	handReliefOwnership = setOf(relief.Ownerships())
	handReliefMujun     = setOf(relief.MujunClasses())
	handReliefCredit    = setOf(relief.CreditStatuses())
	handReliefLandlords = setOf(relief.Landlords())
)

func setOf[T comparable](xs []T) map[T]bool {
	m := make(map[T]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// handFirmValid checks the firm's facts are the notice's words.
func handFirmValid(f *relief.Firm) error {
	_, okReg := handReliefLocalities[f.Registration]
	_, okRev := handReliefLocalities[f.FiscalRevenue]
	switch {
	case !okReg:
		return invalid("registration")
	case !okRev:
		return invalid("fiscal_revenue")
	case !handReliefEntities[f.Entity]:
		return invalid("entity_type")
	case !handReliefIndustry[f.Industry]:
		return invalid("industry")
	case !handReliefOwnership[f.Ownership]:
		return invalid("ownership")
	case !handReliefMujun[f.Mujun]:
		return invalid("mujun_class")
	case !handReliefCredit[f.Credit]:
		return invalid("credit")
	}
	return nil
}

// handAppendix is the appendix's eligibility: registered and paying its
// fiscal revenue in 市区, an enterprise with independent legal personality,
// not real estate, not state-owned or state-controlled, not an
// administrative or public institution (附则1); not in class C or D of the
// 亩均 evaluation, not on the serious-dishonesty list (附则2).
func handAppendix(f *relief.Firm) bool {
	return handReliefLocalities[f.Registration] && handReliefLocalities[f.FiscalRevenue] &&
		f.Entity == relief.Enterprise && f.IndependentLegalPerson &&
		f.Industry != relief.RealEstate && f.Ownership == relief.NonState && f.Entity != relief.PublicInstitution &&
		f.Mujun != relief.MujunC && f.Mujun != relief.MujunD && f.Credit != relief.SeriouslyDishonest
}

var (
	handBookstoreRate   = decimal.NewFromInt(20) // 每平方米每月20元
	handBookstoreMonths = decimal.NewFromInt(6)  // 6个月（一、二季度）
)

// handBookstoreRent is the bookstore rent subsidy written by hand.
func handBookstoreRent(on rules.Date, f *relief.Firm, landlord string, area decimal.Decimal) (decimal.Decimal, bool, error) {
	if on.Before(handReliefFrom) {
		return decimal.Decimal{}, false, errNotInForce
	}
	if err := handFirmValid(f); err != nil {
		return decimal.Decimal{}, false, err
	}
	switch {
	case !handReliefLandlords[relief.Landlord(landlord)]:
		return decimal.Decimal{}, false, invalid("landlord")
	case area.Sign() <= 0:
		return decimal.Decimal{}, false, invalid("book_area")
	}
	if !handAppendix(f) || f.Industry != relief.Bookshop || landlord != string(relief.NonStateLandlord) {
		return decimal.Zero, false, nil
	}
	return handBookstoreRate.Mul(area).Mul(handBookstoreMonths).Round(2), true, nil
}

var (
	handOvernightOver = 3000                   // 超过3000人次
	handOvernightRate = decimal.NewFromInt(20) // 超出部分20元/人
	handStudyOver     = 1000                   // 超过1000人次
	handStudyWithin   = decimal.NewFromInt(20) // 1000人次以内20元/人
	handStudyAbove    = decimal.NewFromInt(30) // 1000人次以上部分30元/人
	handStudySplit    = decimal.NewFromInt(1000)
)

// handTravelReward is the travel-agency reward written by hand: the higher
// of the two rewards, for a local travel agency's 2022 counts; the year of
// the counts has begun by the day assessed, and the study visitors count
// in the overnight total.
func handTravelReward(on rules.Date, f *relief.Firm, v relief.Visitors) (decimal.Decimal, bool, error) {
	if on.Before(handReliefFrom) {
		return decimal.Decimal{}, false, errNotInForce
	}
	if err := handFirmValid(f); err != nil {
		return decimal.Decimal{}, false, err
	}
	switch {
	case v.Year == 0:
		return decimal.Decimal{}, false, missing("reward_year")
	case v.Year < 2000 || v.Year > 2100:
		return decimal.Decimal{}, false, invalid("reward_year")
	case v.Overnight < 0:
		return decimal.Decimal{}, false, invalid("overnight_visitors")
	case v.Study < 0:
		return decimal.Decimal{}, false, invalid("study_visitors")
	case v.Year > on.Year():
		return decimal.Decimal{}, false, invalid("reward_year") // the year has not begun
	case v.Study > v.Overnight:
		return decimal.Decimal{}, false, invalid("study_visitors")
	}
	if !handAppendix(f) || f.Industry != relief.TravelAgency || v.Year != 2022 || (v.Overnight <= handOvernightOver && v.Study <= handStudyOver) {
		return decimal.Zero, false, nil
	}
	overnight, study := decimal.Zero, decimal.Zero
	if v.Overnight > handOvernightOver {
		overnight = decimal.NewFromInt(int64(v.Overnight - handOvernightOver)).Mul(handOvernightRate)
	}
	if v.Study > handStudyOver {
		study = handStudySplit.Mul(handStudyWithin).Add(decimal.NewFromInt(int64(v.Study - handStudyOver)).Mul(handStudyAbove))
	}
	return decimal.Max(overnight, study).Round(2), true, nil
}
