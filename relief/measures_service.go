package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The typed functions of the service-sector measures (二、19 to 二、28).

// ConsumptionEventSubsidy returns the subsidy for the organiser of a
// “百场促消费” event stopped for epidemic control in Q1–Q2 (消费活动主办方
// 补贴, 二、19): 30% of the actual spending, at most 300,000, for a
// wholesale, retail, lodging or catering organiser. The event carries the
// day it was stopped (relief.subsidy.consumption_event).
func ConsumptionEventSubsidy(on rules.Date, f Firm, s StoppedEvent) (Benefit, error) {
	return std().ConsumptionEventSubsidy(on, f, s)
}

// ConsumptionEventSubsidy is the package's [ConsumptionEventSubsidy] over
// e's book.
func (e *Evaluator) ConsumptionEventSubsidy(on rules.Date, f Firm, s StoppedEvent) (Benefit, error) {
	vals := f.values(date(s.StoppedOn), flagValue(s.Campaign), flagValue(s.StoppedForEpidemic), rules.NumberValue(s.Spending))
	return benefit(e.event.Eval(on, vals...))("subsidy")
}

// NEVTradeInSubsidy returns the 2,000-yuan subsidy for scrapping an old car
// and buying a new-energy car in 2022 (新能源汽车以旧换新, 二、20): for units
// registered in 市区 and persons of 市区 or holding its residence permit,
// once per consumer, within the 2,000-car quota
// (relief.subsidy.nev_trade_in). The purchase carries its own day; whether
// the consumer had the subsidy before and the cars subsidised before must
// be stated (nil is reported missing).
func NEVTradeInSubsidy(on rules.Date, c Consumer, t TradeIn) (Benefit, error) {
	return std().NEVTradeInSubsidy(on, c, t)
}

// NEVTradeInSubsidy is the package's [NEVTradeInSubsidy] over e's book.
func (e *Evaluator) NEVTradeInSubsidy(on rules.Date, c Consumer, t TradeIn) (Benefit, error) {
	return benefit(e.nev.Eval(on, date(t.BoughtOn), text(c.Kind), text(c.Locality), rules.BoolValue(c.UrbanResidencePermit),
		flagValue(t.ScrappedOldCar), flagValue(t.BoughtNewEnergy), flagValue(t.ReceivedBefore),
		count(t.QuotaUsed), text(c.MuJun), text(c.Credit)))("subsidy")
}

// ExhibitionSubsidy returns the subsidy for an exhibition firm that
// organised a listed key exhibition cancelled for the epidemic in Q1–Q2
// (给予办展企业补助, 二、21): 30% of its actual cost, at most 300,000
// (relief.subsidy.exhibition). It is separate from the technology subsidy
// ([ExhibitionTechSubsidy]).
func ExhibitionSubsidy(on rules.Date, f Firm, x CancelledExhibition) (Benefit, error) {
	return std().ExhibitionSubsidy(on, f, x)
}

// ExhibitionSubsidy is the package's [ExhibitionSubsidy] over e's book.
func (e *Evaluator) ExhibitionSubsidy(on rules.Date, f Firm, x CancelledExhibition) (Benefit, error) {
	vals := f.values(date(x.CancelledOn), flagValue(x.Organiser), flagValue(x.Listed), flagValue(x.CancelledForEpidemic), rules.NumberValue(x.Cost))
	return benefit(e.exhibition.Eval(on, vals...))("subsidy")
}

// ExhibitionTechSubsidy returns the technology subsidy of a 市区 exhibition
// firm for a new app or an online-offline business (办展企业技改补助, 二、21):
// 10% of the investment above 500,000, at most 1,000,000, for an
// investment within the notice's period (relief.subsidy.exhibition_tech).
func ExhibitionTechSubsidy(on rules.Date, f Firm, x ExhibitionTech) (Benefit, error) {
	return std().ExhibitionTechSubsidy(on, f, x)
}

// ExhibitionTechSubsidy is the package's [ExhibitionTechSubsidy] over e's
// book.
func (e *Evaluator) ExhibitionTechSubsidy(on rules.Date, f Firm, x ExhibitionTech) (Benefit, error) {
	vals := f.values(date(x.InvestedOn), flagValue(x.OnlineOffline), rules.NumberValue(x.Investment))
	return benefit(e.exhibitionTech.Eval(on, vals...))("subsidy")
}

// TravelAgencyReward returns a local travel agency's reward for 2022 (旅游
// 业支持奖励, 二、22): 20 yuan for each overnight visitor above 3,000; or, for
// more than 1,000 retreat and study-group visitors, 20 yuan each up to
// 1,000 and 30 above — the higher of the two, not both. The counts carry
// their year (relief.reward.travel_agency).
func TravelAgencyReward(on rules.Date, f Firm, v Visitors) (TravelReward, error) {
	return std().TravelAgencyReward(on, f, v)
}

// TravelAgencyReward is the package's [TravelAgencyReward] over e's book.
func (e *Evaluator) TravelAgencyReward(on rules.Date, f Firm, v Visitors) (TravelReward, error) {
	vals := f.values(year(v.Year), rules.NumberValue(decimal.NewFromInt(int64(v.Overnight))), rules.NumberValue(decimal.NewFromInt(int64(v.Study))))
	res, err := e.travel.Eval(on, vals...)
	if err != nil {
		return TravelReward{}, err
	}
	return TravelReward{Benefit: benefitOf(res, "reward"), Overnight: numOut(res, "overnight_reward"),
		Study: numOut(res, "study_reward"), Basis: textOut(res, "basis")}, nil
}

// BookstoreRentSubsidy returns the rent subsidy of a 市区 physical bookstore
// (a firm whose industry is [Bookshop]) renting non-state property (实体书店
// 租金补助, 二、24): 20 yuan per m² of book-selling area per month for the 6
// months of Q1–Q2 (relief.subsidy.bookstore_rent).
func BookstoreRentSubsidy(on rules.Date, f Firm, b Bookstore) (Benefit, error) {
	return std().BookstoreRentSubsidy(on, f, b)
}

// BookstoreRentSubsidy is the package's [BookstoreRentSubsidy] over e's
// book.
func (e *Evaluator) BookstoreRentSubsidy(on rules.Date, f Firm, b Bookstore) (Benefit, error) {
	return benefit(e.bookstore.Eval(on, f.values(text(b.Landlord), rules.NumberValue(b.BookArea))...))("subsidy")
}

// CinemaSubsidy returns a cinema's subsidy (a firm whose industry is
// [Cinema]) (影院补助, 二、25): 25 yuan per seat per month for the 6 months of
// Q1–Q2. County cinemas are for the counties to follow by reference
// ([rules.ErrCaseByCase]) (relief.subsidy.cinema).
func CinemaSubsidy(on rules.Date, f Firm, seats int) (Benefit, error) {
	return std().CinemaSubsidy(on, f, seats)
}

// CinemaSubsidy is the package's [CinemaSubsidy] over e's book.
func (e *Evaluator) CinemaSubsidy(on rules.Date, f Firm, seats int) (Benefit, error) {
	return benefit(e.cinema.Eval(on, f.values(rules.NumberValue(decimal.NewFromInt(int64(seats))))...))("subsidy")
}

// PropertyManagementSubsidy returns a 市区 property-service firm's subsidy
// for extra epidemic spending (物业防疫物资、消杀支出补贴, 二、26) by managed
// floor area: below 1,000,000 m² 10,000; from 1,000,000 m² (included) to
// below 2,000,000 m² 20,000; from 2,000,000 m² 40,000. It may be paid
// beside [EpidemicPreventionSubsidy]: the notice does not make the two
// exclusive (relief.subsidy.property_management).
func PropertyManagementSubsidy(on rules.Date, f Firm, p PropertyPortfolio) (Benefit, error) {
	return std().PropertyManagementSubsidy(on, f, p)
}

// PropertyManagementSubsidy is the package's [PropertyManagementSubsidy]
// over e's book.
func (e *Evaluator) PropertyManagementSubsidy(on rules.Date, f Firm, p PropertyPortfolio) (Benefit, error) {
	return benefit(e.property.Eval(on, f.values(rules.NumberValue(p.ManagedArea), rules.BoolValue(p.ExtraSpending))...))("subsidy")
}

// HighwayTollDiscount returns the toll cut (高速差异化收费, 二、27): legally
// loaded standard-container trucks pay 65%; legally loaded freight vehicles
// with a Zhejiang ETC unit pay 85% on city- or county-owned sections; other
// trips pay the standard toll (relief.toll.highway_discount).
func HighwayTollDiscount(on rules.Date, t HighwayTrip) (FeeReduction, error) {
	return std().HighwayTollDiscount(on, t)
}

// HighwayTollDiscount is the package's [HighwayTollDiscount] over e's book.
func (e *Evaluator) HighwayTollDiscount(on rules.Date, t HighwayTrip) (FeeReduction, error) {
	return reduction(e.highway.Eval(on, text(t.Vehicle), rules.BoolValue(t.LegallyLoaded), rules.BoolValue(t.ZhejiangETC),
		rules.BoolValue(t.LocalStateSection), rules.NumberValue(t.Toll)))
}

// GreenChannelToll returns the toll waived for a whole-vehicle legal load of
// catalogue fresh produce (鲜活农产品运输“绿色通道”, 二、28)
// (relief.toll.green_channel).
func GreenChannelToll(on rules.Date, t ProduceTrip) (Benefit, error) {
	return std().GreenChannelToll(on, t)
}

// GreenChannelToll is the package's [GreenChannelToll] over e's book.
func (e *Evaluator) GreenChannelToll(on rules.Date, t ProduceTrip) (Benefit, error) {
	return benefit(e.green.Eval(on, rules.BoolValue(t.WholeVehicleLegalLoad), rules.BoolValue(t.ListedProduce), rules.NumberValue(t.Toll)))("waived")
}
