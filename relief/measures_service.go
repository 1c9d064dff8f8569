package relief

import "github.com/wzpolicy/wzpolicy/rules"

// The methods of the service-sector measures (二、19 to 二、28).

// ConsumptionEventSubsidy returns the subsidy for the organiser of a
// “百场促消费” event stopped for epidemic control in Q1–Q2 (消费活动主办方
// 补贴, 二、19): 30% of the actual spending, at most 300,000, for a
// wholesale, retail, lodging or catering organiser. The event carries the
// day it was stopped (relief.subsidy.consumption_event).
func (e *Evaluator) ConsumptionEventSubsidy(on rules.Date, c EventCase) (EventSubsidy, error) {
	return e.event.Eval(on, c)
}

// NEVTradeInSubsidy returns the 2,000-yuan subsidy for scrapping an old car
// and buying a new-energy car in 2022 (新能源汽车以旧换新, 二、20): for units
// registered in 市区 and persons of 市区 or holding its residence permit,
// once per consumer, within the 2,000-car quota
// (relief.subsidy.nev_trade_in). The purchase carries its own day; whether
// the consumer had the subsidy before and the cars subsidised before must
// be stated (nil is reported missing).
func (e *Evaluator) NEVTradeInSubsidy(on rules.Date, c TradeInCase) (TradeInSubsidy, error) {
	return e.nev.Eval(on, c)
}

// ExhibitionSubsidy returns the subsidy for an exhibition firm that
// organised a listed key exhibition cancelled for the epidemic in Q1–Q2
// (给予办展企业补助, 二、21): 30% of its actual cost, at most 300,000
// (relief.subsidy.exhibition). It is separate from the technology subsidy
// ([Evaluator.ExhibitionTechSubsidy]).
func (e *Evaluator) ExhibitionSubsidy(on rules.Date, c ExhibitionCase) (ExhibitionSubsidy, error) {
	return e.exhibition.Eval(on, c)
}

// ExhibitionTechSubsidy returns the technology subsidy of a 市区 exhibition
// firm for a new app or an online-offline business (办展企业技改补助, 二、21):
// 10% of the investment above 500,000, at most 1,000,000, for an
// investment within the notice's period (relief.subsidy.exhibition_tech).
func (e *Evaluator) ExhibitionTechSubsidy(on rules.Date, c ExhibitionTechCase) (ExhibitionTechSubsidy, error) {
	return e.exhibitionTech.Eval(on, c)
}

// TravelAgencyReward returns a local travel agency's reward for 2022 (旅游
// 业支持奖励, 二、22): 20 yuan for each overnight visitor above 3,000; or, for
// more than 1,000 retreat and study-group visitors, 20 yuan each up to
// 1,000 and 30 above — the higher of the two, not both. The counts carry
// their year (relief.reward.travel_agency).
func (e *Evaluator) TravelAgencyReward(on rules.Date, c VisitorsCase) (TravelReward, error) {
	return e.travel.Eval(on, c)
}

// BookstoreRentSubsidy returns the rent subsidy of a 市区 physical bookstore
// (a firm whose industry is [Bookshop]) renting non-state property (实体书店
// 租金补助, 二、24): 20 yuan per m² of book-selling area per month for the 6
// months of Q1–Q2 (relief.subsidy.bookstore_rent).
func (e *Evaluator) BookstoreRentSubsidy(on rules.Date, c BookstoreCase) (BookstoreSubsidy, error) {
	return e.bookstore.Eval(on, c)
}

// CinemaSubsidy returns a cinema's subsidy (a firm whose industry is
// [Cinema]) (影院补助, 二、25): 25 yuan per seat per month for the 6 months of
// Q1–Q2. County cinemas are for the counties to follow by reference
// ([rules.ErrCaseByCase]) (relief.subsidy.cinema).
func (e *Evaluator) CinemaSubsidy(on rules.Date, c CinemaCase) (CinemaSubsidy, error) {
	return e.cinema.Eval(on, c)
}

// PropertyManagementSubsidy returns a 市区 property-service firm's subsidy
// for extra epidemic spending (物业防疫物资、消杀支出补贴, 二、26) by managed
// floor area: below 1,000,000 m² 10,000; from 1,000,000 m² (included) to
// below 2,000,000 m² 20,000; from 2,000,000 m² 40,000. It may be paid
// beside [Evaluator.EpidemicPreventionSubsidy]: the notice does not make
// the two exclusive (relief.subsidy.property_management).
func (e *Evaluator) PropertyManagementSubsidy(on rules.Date, c PropertyCase) (PropertySubsidy, error) {
	return e.property.Eval(on, c)
}

// HighwayTollDiscount returns the toll cut (高速差异化收费, 二、27): legally
// loaded standard-container trucks pay 65%; legally loaded freight vehicles
// with a Zhejiang ETC unit pay 85% on city- or county-owned sections; other
// trips pay the standard toll (relief.toll.highway_discount).
func (e *Evaluator) HighwayTollDiscount(on rules.Date, t HighwayTrip) (TollReduction, error) {
	return e.highway.Eval(on, t)
}

// GreenChannelToll returns the toll waived for a whole-vehicle legal load of
// catalogue fresh produce (鲜活农产品运输“绿色通道”, 二、28)
// (relief.toll.green_channel).
func (e *Evaluator) GreenChannelToll(on rules.Date, t ProduceTrip) (TollWaiver, error) {
	return e.green.Eval(on, t)
}
