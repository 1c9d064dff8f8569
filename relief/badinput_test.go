package relief_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// notAssessed runs an assessment and returns, for the first item of the
// rule, its status as an error: the invalid input naming the field of a
// claim not assessed, nil for any other status — so that a row of the
// table reads the same for Assess as for a typed function.
func notAssessed(on rules.Date, p relief.Profile, tiers relief.TierTable, rule string) func() error {
	return func() error {
		a, err := relief.Default().Assess(on, p, tiers)
		if err != nil {
			return err
		}
		it, ok := a.Item(rule)
		switch {
		case !ok:
			return fmt.Errorf("no item of %s", rule)
		case it.Status != rules.NotAssessed:
			return fmt.Errorf("%s: %s, not %s", rule, it.Status, rules.NotAssessed)
		}
		return &rules.Error{Code: rules.CodeInvalidInput, Rule: rule, Field: it.Field, Msg: it.Note}
	}
}

// Every class of bad input, for every input of the notice's rules, through
// the typed functions and through Assess: each ends in an invalid-input
// error naming the input (for Assess, a claim not assessed naming it),
// never a figure, a panic or an evaluation failure.
func TestBadInput(t *testing.T) {
	on := dayIn
	retail := privateFirm(relief.Small, relief.Retail, relief.Lucheng)
	retail.SmallScaleTaxpayer, retail.SmallLowProfit, retail.TechSME = true, true, true
	maker := privateFirm(relief.Medium, relief.Manufacturing, relief.Longwan)
	agency := privateFirm(relief.Small, relief.TravelAgency, relief.Lucheng)
	organiser := privateFirm(relief.Small, relief.ExhibitionFirm, relief.Lucheng)
	bookshop := privateFirm(relief.Small, relief.Bookshop, relief.Lucheng)
	cinema := privateFirm(relief.Small, relief.Cinema, relief.Lucheng)
	property := privateFirm(relief.Medium, relief.PropertyService, relief.Ouhai)
	firmWith := func(f relief.Firm, change func(*relief.Firm)) relief.Firm {
		change(&f)
		return f
	}
	minus := decimal.NewFromInt(-1)
	zero := decimal.Zero
	may := rules.MustDate(2022, 5, 1)
	future := on.AddDays(1)
	tier := relief.Tier{Rate: rules.Pct("40"), Cap: d("10000")}

	deferral := func(f relief.Firm, c relief.TaxDeferralClaim) func() error {
		return func() error {
			_, err := relief.Default().TaxDeferral(on, relief.TaxDeferralCase{Firm: f, TaxDeferralClaim: c})
			return err
		}
	}
	q2 := relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q2, Amount: d("80000"), Due: rules.MustDate(2022, 7, 15)}
	sales := func(s relief.SmallScaleSales) func() error {
		return func() error {
			_, err := relief.Default().SmallScaleVATExemption(on, relief.SmallScaleCase{Firm: retail, SmallScaleSales: s})
			return err
		}
	}
	six := func(f relief.Firm, x relief.LocalTax) func() error {
		return func() error {
			_, err := relief.Default().SixTaxesTwoFees(on, relief.LocalTaxCase{Firm: f, LocalTax: x})
			return err
		}
	}
	cit := func(income decimal.Decimal) func() error {
		return func() error {
			_, err := relief.Default().SmallProfitCIT(on, relief.IncomeCase{Firm: retail, TaxableIncome: income})
			return err
		}
	}
	equipment := func(q relief.Equipment) func() error {
		return func() error {
			_, err := relief.Default().EquipmentDeduction(on, relief.EquipmentCase{Firm: maker, Equipment: q})
			return err
		}
	}
	rd := func(x decimal.Decimal) func() error {
		return func() error {
			_, err := relief.Default().RDSuperDeduction(on, relief.RDCase{Firm: retail, RDExpense: x})
			return err
		}
	}
	serviceVAT := func(f relief.Firm, s relief.ServiceVAT) func() error {
		return func() error {
			_, err := relief.Default().VATAdditionalDeduction(on, relief.ServiceVATCase{Firm: f, ServiceVAT: s})
			return err
		}
	}
	service := relief.ServiceVAT{Period: rules.MustDate(2022, 4, 30), Taxpayer: relief.ProductiveService, CreditableInput: d("50000"), VATPayable: dp("4000")}
	inspection := func(f relief.Firm, i relief.Inspection) func() error {
		return func() error {
			_, err := relief.Default().InspectionFee(on, relief.InspectionCase{Firm: f, Inspection: i})
			return err
		}
	}
	union := func(p relief.UnionFeePayment) func() error {
		return func() error {
			_, err := relief.Default().UnionFeeRefund(on, relief.UnionFeeCase{Firm: maker, UnionFeePayment: p})
			return err
		}
	}
	rent := func(f relief.Firm, l relief.Lease) func() error {
		return func() error {
			_, err := relief.Default().StateOwnedRentWaiver(on, relief.LeaseCase{Firm: f, Lease: l})
			return err
		}
	}
	epidemic := func(s relief.EpidemicSpending, t relief.Tier) func() error {
		return func() error {
			_, err := relief.Default().EpidemicPreventionSubsidy(on, relief.EpidemicCase{Firm: retail, EpidemicSpending: s, Tier: t})
			return err
		}
	}
	guarantee := func(r decimal.Decimal) func() error {
		return func() error {
			_, err := relief.Default().GuaranteeFeeRate(on, relief.GuaranteeCase{Rate2021: rules.FractionRate(r)})
			return err
		}
	}
	bridge := func(l relief.BridgeLoan) func() error {
		return func() error { _, err := relief.Default().BridgeLoanFee(on, l); return err }
	}
	unemployment := func(f relief.Firm, from rules.Date) func() error {
		return func() error {
			_, err := relief.Default().UnemploymentInsuranceDeferral(on, relief.UnemploymentCase{Firm: f, From: from})
			return err
		}
	}
	event := func(s relief.StoppedEvent) func() error {
		return func() error {
			_, err := relief.Default().ConsumptionEventSubsidy(on, relief.EventCase{Firm: retail, StoppedEvent: s})
			return err
		}
	}
	person := relief.Consumer{Kind: relief.PersonConsumer, Locality: relief.Ouhai}
	used := 10
	tradeIn := relief.TradeIn{BoughtOn: may, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: &used}
	nev := func(c relief.Consumer, x relief.TradeIn) func() error {
		return func() error {
			_, err := relief.Default().NEVTradeInSubsidy(on, relief.TradeInCase{Consumer: c, TradeIn: x})
			return err
		}
	}
	exhibition := func(x relief.CancelledExhibition) func() error {
		return func() error {
			_, err := relief.Default().ExhibitionSubsidy(on, relief.ExhibitionCase{Firm: organiser, CancelledExhibition: x})
			return err
		}
	}
	tech := func(x relief.ExhibitionTech) func() error {
		return func() error {
			_, err := relief.Default().ExhibitionTechSubsidy(on, relief.ExhibitionTechCase{Firm: organiser, ExhibitionTech: x})
			return err
		}
	}
	travel := func(v relief.Visitors) func() error {
		return func() error {
			_, err := relief.Default().TravelAgencyReward(on, relief.VisitorsCase{Firm: agency, Visitors: v})
			return err
		}
	}
	bookstore := func(f relief.Firm, b relief.Bookstore) func() error {
		return func() error {
			_, err := relief.Default().BookstoreRentSubsidy(on, relief.BookstoreCase{Firm: f, Bookstore: b})
			return err
		}
	}
	seats := func(n int) func() error {
		return func() error {
			_, err := relief.Default().CinemaSubsidy(on, relief.CinemaCase{Firm: cinema, Seats: n})
			return err
		}
	}
	managed := func(p relief.PropertyPortfolio) func() error {
		return func() error {
			_, err := relief.Default().PropertyManagementSubsidy(on, relief.PropertyCase{Firm: property, PropertyPortfolio: p})
			return err
		}
	}
	highway := func(x relief.HighwayTrip) func() error {
		return func() error { _, err := relief.Default().HighwayTollDiscount(on, x); return err }
	}
	green := func(x relief.ProduceTrip) func() error {
		return func() error { _, err := relief.Default().GreenChannelToll(on, x); return err }
	}
	eligibility := func(f relief.Firm) func() error {
		return func() error { _, err := relief.Default().EnterpriseEligibility(on, f); return err }
	}
	eval := func(id string, kv ...any) func() error {
		return typedtest.Eval(relief.Book(), id, on, typedtest.With(nil, kv...))
	}
	firmIn := func(kv ...any) []any {
		return append([]any{"registration", "鹿城区", "fiscal_revenue", "鹿城区", "entity_type", "企业", "independent_legal_person", true,
			"industry", "物业服务业", "ownership", "非国有", "mujun_class", "A类", "credit", "未列入严重失信名单"}, kv...)
	}
	area := func(x any) func() error {
		return eval(relief.RulePropertyManagement, firmIn("managed_area", x, "extra_spending", true)...)
	}
	toll := func(x any) func() error {
		return eval(relief.RuleGreenChannel, "whole_vehicle_legal_load", true, "listed_produce", true, "toll", x)
	}
	bad := typedtest.Bad

	typedtest.RunRows(t, []typedtest.Row{
		// Negative amounts, areas and counts.
		bad("negative taxes deferred", "amount", deferral(maker, relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q1, Amount: minus, Due: rules.MustDate(2022, 4, 15)})),
		bad("negative sales", "sales", sales(relief.SmallScaleSales{SoldOn: may, Sales: minus})),
		bad("negative prepaid sales", "prepay_base", sales(relief.SmallScaleSales{SoldOn: may, Sales: d("1000"), PrepayBase: minus})),
		bad("negative local tax", "amount", six(retail, relief.LocalTax{Kind: relief.PropertyTax, Amount: minus})),
		bad("negative income", "taxable_income", cit(minus)),
		bad("negative unit value", "unit_value", equipment(relief.Equipment{BoughtOn: may, UnitValue: minus, Life: relief.Life3})),
		bad("negative R&D", "rd_expense", rd(minus)),
		bad("negative input VAT", "creditable_input", serviceVAT(retail, relief.ServiceVAT{Period: may, Taxpayer: relief.ProductiveService, CreditableInput: minus, VATPayable: dp("1")})),
		bad("negative VAT payable", "vat_payable", serviceVAT(retail, relief.ServiceVAT{Period: may, Taxpayer: relief.ProductiveService, CreditableInput: d("1"), VATPayable: &minus})),
		bad("negative standard fee", "standard_fee", inspection(retail, relief.Inspection{Service: relief.ResidentialLiftPeriodic, StandardFee: minus, BureauUnit: yes()})),
		bad("negative union fees", "fees_paid", union(relief.UnionFeePayment{PaidOn: rules.MustDate(2022, 3, 1), Amount: minus})),
		bad("negative rent", "monthly_rent", rent(agency, relief.Lease{Landlord: relief.CitySOE, MonthlyRent: minus, RiskLevelChanged: no()})),
		bad("negative spending", "spending", epidemic(relief.EpidemicSpending{Year: 2022, Amount: minus}, tier)),
		bad("negative tier rate", "tier_rate", epidemic(relief.EpidemicSpending{Year: 2022, Amount: d("1000")}, relief.Tier{Rate: rules.FractionRate(minus), Cap: d("1")})),
		bad("negative tier cap", "tier_cap", epidemic(relief.EpidemicSpending{Year: 2022, Amount: d("1000")}, relief.Tier{Rate: rules.Pct("10"), Cap: minus})),
		bad("negative 2021 rate", "rate_2021", guarantee(minus)),
		bad("negative loan", "amount", bridge(relief.BridgeLoan{Amount: minus, Months: d("1")})),
		bad("negative months", "months", bridge(relief.BridgeLoan{Amount: d("1000"), Months: minus})),
		bad("negative event spending", "spending", event(relief.StoppedEvent{StoppedOn: may, Campaign: yes(), StoppedForEpidemic: yes(), Spending: minus})),
		bad("negative quota used", "quota_used", nev(person, relief.TradeIn{BoughtOn: may, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: new(-1)})),
		bad("negative exhibition cost", "cancelled_cost", exhibition(relief.CancelledExhibition{CancelledOn: may, Organiser: yes(), Listed: yes(), CancelledForEpidemic: yes(), Cost: minus})),
		bad("negative investment", "tech_investment", tech(relief.ExhibitionTech{InvestedOn: may, OnlineOffline: yes(), Investment: minus})),
		bad("negative visitors", "overnight_visitors", travel(relief.Visitors{Year: 2022, Overnight: -3001})),
		bad("negative study visitors", "study_visitors", travel(relief.Visitors{Year: 2022, Overnight: 100, Study: -1})),
		bad("negative book area", "book_area", bookstore(bookshop, relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: minus})),
		bad("negative seats", "seats", seats(-120)),
		bad("negative managed area", "managed_area", managed(relief.PropertyPortfolio{ManagedArea: minus, ExtraSpending: yes()})),
		bad("negative highway toll", "toll", highway(relief.HighwayTrip{Vehicle: relief.ContainerTruck, LegallyLoaded: yes(), Toll: minus})),
		bad("negative produce toll", "toll", green(relief.ProduceTrip{WholeVehicleLegalLoad: yes(), ListedProduce: yes(), Toll: minus})),
		// Zero where it has no meaning: an area, seats or a unit value of
		// nothing, a 2021 rate of 0, a loan of nothing or for no time, a
		// payment, a spending, a cost, a rent, a fee or a toll of nothing.
		bad("zero unit value", "unit_value", equipment(relief.Equipment{BoughtOn: may, UnitValue: zero, Life: relief.Life3})),
		bad("zero book area", "book_area", bookstore(bookshop, relief.Bookstore{Landlord: relief.NonStateLandlord})),
		bad("zero seats", "seats", seats(0)),
		bad("zero managed area", "managed_area", managed(relief.PropertyPortfolio{ExtraSpending: yes()})),
		bad("zero 2021 rate", "rate_2021", guarantee(zero)),
		bad("a loan for no time", "months", bridge(relief.BridgeLoan{Amount: d("1000000")})),
		bad("no time for no loan", "amount", bridge(relief.BridgeLoan{Months: d("3")})),
		bad("zero union fees", "fees_paid", union(relief.UnionFeePayment{PaidOn: rules.MustDate(2022, 3, 1)})),
		bad("zero spending", "spending", epidemic(relief.EpidemicSpending{Year: 2022}, tier)),
		bad("zero event spending", "spending", event(relief.StoppedEvent{StoppedOn: may, Campaign: yes(), StoppedForEpidemic: yes()})),
		bad("zero exhibition cost", "cancelled_cost", exhibition(relief.CancelledExhibition{CancelledOn: may, Organiser: yes(), Listed: yes(), CancelledForEpidemic: yes()})),
		bad("zero rent", "monthly_rent", rent(agency, relief.Lease{Landlord: relief.CitySOE, RiskLevelChanged: no()})),
		bad("zero standard fee", "standard_fee", inspection(retail, relief.Inspection{Service: relief.ResidentialLiftPeriodic, BureauUnit: yes()})),
		bad("zero highway toll", "toll", highway(relief.HighwayTrip{Vehicle: relief.ContainerTruck, LegallyLoaded: yes()})),
		bad("zero produce toll", "toll", green(relief.ProduceTrip{WholeVehicleLegalLoad: yes(), ListedProduce: yes()})),
		// Parts that cannot exceed their whole, and rates the notice caps.
		bad("more study visitors than visitors", "study_visitors", travel(relief.Visitors{Year: 2022, Overnight: 1000, Study: 1001})),
		bad("a tier above 50%", "tier_rate", epidemic(relief.EpidemicSpending{Year: 2022, Amount: d("1000")}, relief.Tier{Rate: rules.Pct("51"), Cap: d("10000")})),
		bad("a tier above 30,000", "tier_cap", epidemic(relief.EpidemicSpending{Year: 2022, Amount: d("1000")}, relief.Tier{Rate: rules.Pct("50"), Cap: d("30000.01")})),
		bad("a 2021 rate above 100%", "rate_2021", guarantee(d("1.01"))),
		bad("a small low-profit income above 3,000,000", "taxable_income", cit(d("3000000.01"))),
		bad("a service taxpayer in manufacturing", "taxpayer", serviceVAT(maker, service)),
		// Absurdly large.
		bad("typedtest.Huge taxes deferred", "amount", deferral(maker, relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q1, Amount: typedtest.Huge, Due: rules.MustDate(2022, 4, 15)})),
		bad("typedtest.Huge sales", "sales", sales(relief.SmallScaleSales{SoldOn: may, Sales: typedtest.Huge})),
		bad("typedtest.Huge R&D", "rd_expense", rd(typedtest.Huge)),
		bad("typedtest.Huge input VAT", "creditable_input", serviceVAT(retail, relief.ServiceVAT{Period: may, Taxpayer: relief.LifestyleService, CreditableInput: typedtest.Huge, VATPayable: dp("1")})),
		bad("typedtest.Huge rent", "monthly_rent", rent(agency, relief.Lease{Landlord: relief.CitySOE, MonthlyRent: typedtest.Huge, RiskLevelChanged: no()})),
		bad("typedtest.Huge loan", "amount", bridge(relief.BridgeLoan{Amount: typedtest.Huge, Months: d("1")})),
		bad("typedtest.Huge investment", "tech_investment", tech(relief.ExhibitionTech{InvestedOn: may, OnlineOffline: yes(), Investment: typedtest.Huge})),
		bad("typedtest.Huge managed area", "managed_area", managed(relief.PropertyPortfolio{ManagedArea: typedtest.Huge, ExtraSpending: yes()})),
		bad("typedtest.Huge toll", "toll", highway(relief.HighwayTrip{Vehicle: relief.FreightVehicle, LegallyLoaded: yes(), ZhejiangETC: yes(), LocalStateSection: yes(), Toll: typedtest.Huge})),
		bad("typedtest.Huge seats through the book", "seats", eval(relief.RuleCinema, firmIn("industry", "影院", "seats", typedtest.Huge)...)),
		bad("typedtest.Huge area through the book", "managed_area", area(typedtest.Huge)),
		bad("the largest int as a year", "reward_year", travel(relief.Visitors{Year: math.MaxInt64, Overnight: 5000})),
		bad("a year of five digits", "spending_year", epidemic(relief.EpidemicSpending{Year: 20220, Amount: d("1000")}, tier)),
		// Over-precise.
		bad("over-precise unit value", "unit_value", equipment(relief.Equipment{BoughtOn: may, UnitValue: d("5000000").Add(typedtest.OverPrecise), Life: relief.Life4})),
		bad("over-precise income", "taxable_income", cit(typedtest.OverPrecise)),
		bad("over-precise tier rate", "tier_rate", epidemic(relief.EpidemicSpending{Year: 2022, Amount: d("1000")}, relief.Tier{Rate: rules.FractionRate(d("0.4").Add(typedtest.OverPrecise)), Cap: d("1")})),
		bad("over-precise months", "months", bridge(relief.BridgeLoan{Amount: d("1000"), Months: typedtest.OverPrecise})),
		bad("over-precise book area", "book_area", bookstore(bookshop, relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: typedtest.OverPrecise})),
		bad("seats with decimals", "seats", eval(relief.RuleCinema, firmIn("industry", "影院", "seats", "120.5")...)),
		// NaN-like texts through the book.
		bad("NaN area", "managed_area", area("NaN")),
		bad("Inf area", "managed_area", area("Inf")),
		bad("1e999 area", "managed_area", area("1e999")),
		bad("NaN toll", "toll", toll("NaN")),
		bad("-Inf income", "taxable_income", eval(relief.RuleSmallProfitCIT, "small_low_profit", true, "taxable_income", "-Inf")),
		bad("1e999 rate", "rate_2021", eval(relief.RuleGuaranteeFee, "rate_2021", "1e999")),
		// Impossible dates and years.
		bad("zero due date", "due_date", deferral(maker, relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q1, Amount: d("1000")})),
		bad("a due date before its tax period", "due_date", deferral(maker, relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q2, Amount: d("1000"), Due: rules.MustDate(2022, 3, 15)})),
		bad("a tax period not begun", "tax_period", func() error {
			_, err := relief.Default().TaxDeferral(rules.MustDate(2022, 3, 31), relief.TaxDeferralCase{Firm: maker, TaxDeferralClaim: q2})
			return err
		}),
		bad("zero sale date", "sold_on", sales(relief.SmallScaleSales{Sales: d("1000")})),
		bad("a sale after the evaluation date", "sold_on", sales(relief.SmallScaleSales{SoldOn: future, Sales: d("1000")})),
		bad("zero purchase", "bought_on", equipment(relief.Equipment{UnitValue: d("6000000"), Life: relief.Life3})),
		bad("a purchase after the evaluation date", "bought_on", equipment(relief.Equipment{BoughtOn: future, UnitValue: d("6000000"), Life: relief.Life3})),
		bad("zero tax period day", "period_date", serviceVAT(retail, relief.ServiceVAT{Taxpayer: relief.ProductiveService, CreditableInput: d("1"), VATPayable: dp("1")})),
		bad("a tax period after the evaluation date", "period_date", serviceVAT(retail, relief.ServiceVAT{Period: future, Taxpayer: relief.ProductiveService, CreditableInput: d("1"), VATPayable: dp("1")})),
		bad("zero payment date", "paid_on", union(relief.UnionFeePayment{Amount: d("1000")})),
		bad("a payment after the evaluation date", "paid_on", union(relief.UnionFeePayment{PaidOn: future, Amount: d("1000")})),
		bad("no year of spending", "spending_year", epidemic(relief.EpidemicSpending{Amount: d("1000")}, tier)),
		bad("spending of a year not begun", "spending_year", epidemic(relief.EpidemicSpending{Year: 2023, Amount: d("1000")}, tier)),
		bad("zero deferral start", "deferral_from", unemployment(agency, rules.Date{})),
		bad("zero stop date", "stopped_on", event(relief.StoppedEvent{Campaign: yes(), StoppedForEpidemic: yes(), Spending: d("1000")})),
		bad("an event stopped after the evaluation date", "stopped_on", event(relief.StoppedEvent{StoppedOn: future, Campaign: yes(), StoppedForEpidemic: yes(), Spending: d("1000")})),
		bad("zero purchase of a car", "bought_on", nev(person, relief.TradeIn{ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: &used})),
		bad("a car bought after the evaluation date", "bought_on", nev(person, relief.TradeIn{BoughtOn: future, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: &used})),
		bad("zero cancellation", "cancelled_on", exhibition(relief.CancelledExhibition{Organiser: yes(), Listed: yes(), CancelledForEpidemic: yes(), Cost: d("1000")})),
		bad("a cancellation after the evaluation date", "cancelled_on", exhibition(relief.CancelledExhibition{CancelledOn: future, Organiser: yes(), Listed: yes(), CancelledForEpidemic: yes(), Cost: d("1000")})),
		bad("zero investment date", "invested_on", tech(relief.ExhibitionTech{OnlineOffline: yes(), Investment: d("600000")})),
		bad("an investment after the evaluation date", "invested_on", tech(relief.ExhibitionTech{InvestedOn: future, OnlineOffline: yes(), Investment: d("600000")})),
		bad("no year of the counts", "reward_year", travel(relief.Visitors{Overnight: 5000})),
		bad("counts of a year not begun", "reward_year", travel(relief.Visitors{Year: 2023, Overnight: 5000})),
		bad("zero time.Time sale", "sold_on", eval(relief.RuleSmallScaleExemption, "small_scale", true, "sold_on", time.Time{}, "sales", "1")),
		bad("30 February", "paid_on", eval(relief.RuleUnionRefund, "entity_type", "企业", "size", "小型", "paid_on", "2022-02-30", "fees_paid", "1")),
		bad("zero evaluation date", "date", func() error { _, err := relief.Default().EnterpriseEligibility(rules.Date{}, retail); return err }),
		bad("evaluation date in year 1", "date", func() error {
			_, err := relief.Default().Assess(rules.MustDate(1, 1, 1), relief.Profile{Firm: retail}, nil)
			return err
		}),
		// Unknown localities and enum values, "" where required.
		bad("unknown registration", "registration", eligibility(firmWith(retail, func(f *relief.Firm) { f.Registration = "杭州市" }))),
		bad("no registration", "registration", eligibility(firmWith(retail, func(f *relief.Firm) { f.Registration = "" }))),
		bad("unknown fiscal revenue", "fiscal_revenue", eligibility(firmWith(retail, func(f *relief.Firm) { f.FiscalRevenue = "鹿城" }))),
		bad("unknown entity", "entity_type", eligibility(firmWith(retail, func(f *relief.Firm) { f.Entity = "合伙企业" }))),
		bad("no industry", "industry", eligibility(firmWith(retail, func(f *relief.Firm) { f.Industry = "" }))),
		bad("unknown ownership", "ownership", eligibility(firmWith(retail, func(f *relief.Firm) { f.Ownership = "集体" }))),
		bad("no 亩均 class", "mujun_class", eligibility(firmWith(retail, func(f *relief.Firm) { f.Mujun = "" }))),
		bad("no credit status", "credit", eligibility(firmWith(retail, func(f *relief.Firm) { f.Credit = "" }))),
		bad("unknown size", "size", deferral(firmWith(maker, func(f *relief.Firm) { f.Size = "特大型" }), relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q1, Amount: d("1"), Due: rules.MustDate(2022, 4, 15)})),
		bad("no tax period", "tax_period", deferral(maker, relief.TaxDeferralClaim{Amount: d("1"), Due: rules.MustDate(2022, 4, 15)})),
		bad("unknown tax kind", "tax_kind", six(retail, relief.LocalTax{Kind: "增值税", Amount: d("1")})),
		bad("unknown depreciation life", "min_life", equipment(relief.Equipment{BoughtOn: may, UnitValue: d("6000000"), Life: "7年"})),
		bad("no taxpayer kind", "taxpayer", serviceVAT(retail, relief.ServiceVAT{Period: may, CreditableInput: d("1"), VATPayable: dp("1")})),
		bad("unknown service", "service", inspection(retail, relief.Inspection{Service: "汽车年检", StandardFee: d("100"), BureauUnit: yes()})),
		bad("unknown product line", "product_line", inspection(retail, relief.Inspection{Service: relief.ProductTesting, ProductLine: "家电", StandardFee: d("100"), BureauUnit: yes()})),
		bad("no landlord", "landlord", rent(agency, relief.Lease{MonthlyRent: d("1000"), RiskLevelChanged: no()})),
		bad("unknown landlord", "landlord", bookstore(bookshop, relief.Bookstore{Landlord: "个人", BookArea: d("100")})),
		bad("unknown consumer", "consumer", nev(relief.Consumer{Kind: "家庭", Locality: relief.Ouhai}, tradeIn)),
		bad("no consumer locality", "locality", nev(relief.Consumer{Kind: relief.PersonConsumer}, tradeIn)),
		bad("unknown vehicle", "vehicle", highway(relief.HighwayTrip{Vehicle: "客车", LegallyLoaded: yes(), Toll: d("100")})),
		bad("a unit consumer without its class", "mujun_class", nev(relief.Consumer{Kind: relief.UnitConsumer, Locality: relief.Ouhai, Credit: relief.CreditNormal}, tradeIn)),
		// Missing fields.
		bad("missing VAT payable", "vat_payable", serviceVAT(retail, relief.ServiceVAT{Period: may, Taxpayer: relief.ProductiveService, CreditableInput: d("1")})),
		bad("missing bureau unit", "bureau_unit", inspection(retail, relief.Inspection{Service: relief.ResidentialLiftPeriodic, StandardFee: d("100")})),
		bad("missing listed firm", "listed_firm", inspection(maker, relief.Inspection{Service: relief.LeadingFirmCalibration, StandardFee: d("100"), BureauUnit: yes()})),
		bad("missing campaign", "campaign_event", event(relief.StoppedEvent{StoppedOn: may, StoppedForEpidemic: yes(), Spending: d("1")})),
		bad("missing quota used", "quota_used", nev(person, relief.TradeIn{BoughtOn: may, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no()})),
		bad("missing received before", "received_before", nev(person, relief.TradeIn{BoughtOn: may, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), QuotaUsed: &used})),
		bad("missing organiser", "organiser", exhibition(relief.CancelledExhibition{CancelledOn: may, Listed: yes(), CancelledForEpidemic: yes(), Cost: d("1")})),
		bad("missing cancelled for the epidemic", "cancelled_for_epidemic", exhibition(relief.CancelledExhibition{CancelledOn: may, Organiser: yes(), Listed: yes(), Cost: d("1")})),
		bad("missing extra spending", "extra_spending", managed(relief.PropertyPortfolio{ManagedArea: d("1000000")})),
		bad("missing residence permit of a person of a county", "urban_residence_permit", nev(relief.Consumer{Kind: relief.PersonConsumer, Locality: relief.Ruian}, tradeIn)),
		bad("missing risk level changed", "risk_level_changed", rent(agency, relief.Lease{Landlord: relief.CitySOE, MonthlyRent: d("8000")})),
		bad("missing legally loaded", "legally_loaded", highway(relief.HighwayTrip{Vehicle: relief.ContainerTruck, Toll: d("1000")})),
		bad("missing Zhejiang ETC for a freight vehicle", "zhejiang_etc", highway(relief.HighwayTrip{Vehicle: relief.FreightVehicle, LegallyLoaded: yes(), LocalStateSection: yes(), Toll: d("1000")})),
		bad("missing local section for a freight vehicle", "local_state_section", highway(relief.HighwayTrip{Vehicle: relief.FreightVehicle, LegallyLoaded: yes(), ZhejiangETC: yes(), Toll: d("1000")})),
		bad("missing whole-vehicle legal load", "whole_vehicle_legal_load", green(relief.ProduceTrip{ListedProduce: yes(), Toll: d("500")})),
		bad("missing listed produce", "listed_produce", green(relief.ProduceTrip{WholeVehicleLegalLoad: yes(), Toll: d("500")})),
		bad("missing online-offline", "online_offline_project", tech(relief.ExhibitionTech{InvestedOn: may, Investment: d("600000")})),
		bad("missing size for the tier", "size", notAssessed(on, relief.Profile{Firm: firmWith(retail, func(f *relief.Firm) { f.Size = "" }),
			EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("1000")}}, tiers, relief.RuleEpidemicPrevention)),
		bad("no tier for the size", "tier_rate", notAssessed(on, relief.Profile{Firm: retail,
			EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("1000")}}, relief.TierTable{}, relief.RuleEpidemicPrevention)),
		bad("missing toll through the book", "toll", eval(relief.RuleGreenChannel, "whole_vehicle_legal_load", true, "listed_produce", true)),
		bad("misspelt input", "tolls", eval(relief.RuleGreenChannel, "whole_vehicle_legal_load", true, "listed_produce", true, "tolls", "100")),
		// Wrong types through the book.
		bad("bool for an area", "managed_area", area(true)),
		bad("float for an area", "managed_area", area(1500000.0)),
		bad("text for a flag", "listed_produce", eval(relief.RuleGreenChannel, "whole_vehicle_legal_load", true, "listed_produce", "是", "toll", "1")),
		bad("number for a date", "sold_on", eval(relief.RuleSmallScaleExemption, "small_scale", true, "sold_on", 20220501, "sales", "1")),
		bad("number for a text", "tax_kind", eval(relief.RuleSixTaxesTwoFees, "tax_kind", 3, "amount", "1", "small_scale", true, "small_low_profit", true, "entity_type", "企业")),
		bad("percentage for a toll", "toll", toll("100%")),
		// The same facts through Assess: the claim is not assessed, naming
		// the field, and the firm's other claims are assessed all the same.
		bad("Assess: negative union fees", "fees_paid", notAssessed(on, relief.Profile{Firm: maker,
			UnionFees: []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 3, 1), Amount: minus}}}, nil, relief.RuleUnionRefund)),
		bad("Assess: zero book area", "book_area", notAssessed(on, relief.Profile{Firm: bookshop, Bookstores: []relief.Bookstore{{Landlord: relief.NonStateLandlord}}}, nil, relief.RuleBookstoreRent)),
		bad("Assess: typedtest.Huge sales", "sales", notAssessed(on, relief.Profile{Firm: retail,
			SmallScaleSales: []relief.SmallScaleSales{{SoldOn: may, Sales: typedtest.Huge}}}, nil, relief.RuleSmallScaleExemption)),
		bad("Assess: over-precise income", "taxable_income", notAssessed(on, relief.Profile{Firm: retail, TaxableIncome: &typedtest.OverPrecise}, nil, relief.RuleSmallProfitCIT)),
		bad("Assess: a purchase after the evaluation date", "bought_on", notAssessed(on, relief.Profile{Firm: maker,
			Equipment: []relief.Equipment{{BoughtOn: future, UnitValue: d("6000000"), Life: relief.Life3}}}, nil, relief.RuleEquipmentDeduction)),
		bad("Assess: unknown landlord", "landlord", notAssessed(on, relief.Profile{Firm: agency, StateLeases: []relief.Lease{{Landlord: "某公司", MonthlyRent: d("1"), RiskLevelChanged: no()}}}, nil, relief.RuleStateOwnedRentWaiver)),
		bad("Assess: missing quota used", "quota_used", notAssessed(on, relief.Profile{Firm: retail,
			TradeIns: []relief.TradeIn{{BoughtOn: may, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no()}}}, nil, relief.RuleNEVTradeIn)),
		bad("Assess: missing extra spending", "extra_spending", notAssessed(on, relief.Profile{Firm: property, Property: &relief.PropertyPortfolio{ManagedArea: d("1000000")}}, nil, relief.RulePropertyManagement)),
		bad("Assess: missing risk level changed", "risk_level_changed", notAssessed(on, relief.Profile{Firm: agency, StateLeases: []relief.Lease{{Landlord: relief.CitySOE, MonthlyRent: d("8000")}}}, nil, relief.RuleStateOwnedRentWaiver)),
		bad("Assess: missing Zhejiang ETC", "zhejiang_etc", notAssessed(on, relief.Profile{Firm: retail,
			HighwayTrips: []relief.HighwayTrip{{Vehicle: relief.FreightVehicle, LegallyLoaded: yes(), LocalStateSection: yes(), Toll: d("200")}}}, nil, relief.RuleHighwayDiscount)),
		bad("Assess: missing listed produce", "listed_produce", notAssessed(on, relief.Profile{Firm: retail,
			ProduceTrips: []relief.ProduceTrip{{WholeVehicleLegalLoad: yes(), Toll: d("500")}}}, nil, relief.RuleGreenChannel)),
		bad("Assess: a loan for no time", "months", notAssessed(on, relief.Profile{Firm: retail, BridgeLoan: &relief.BridgeLoan{Amount: d("1000")}}, nil, relief.RuleBridgeLoanFee)),
		bad("Assess: negative seats", "seats", notAssessed(on, relief.Profile{Firm: cinema, CinemaSeats: -1}, nil, relief.RuleCinema)),
		bad("Assess: no firm at all", "registration", notAssessed(on, relief.Profile{}, nil, relief.RuleEligibility)),
	})
}

// texts are the values of the notice's enums, for Fill.
func texts() []string {
	var tx []string
	tx = append(tx, rules.Texts(relief.Localities())...)
	tx = append(tx, rules.Texts(relief.EntityTypes())...)
	tx = append(tx, rules.Texts(relief.Sizes())...)
	tx = append(tx, rules.Texts(relief.Industries())...)
	tx = append(tx, rules.Texts(relief.Ownerships())...)
	tx = append(tx, rules.Texts(relief.MujunClasses())...)
	tx = append(tx, rules.Texts(relief.CreditStatuses())...)
	tx = append(tx, rules.Texts(relief.Landlords())...)
	tx = append(tx, rules.Texts(relief.TaxKinds())...)
	tx = append(tx, rules.Texts(relief.DepreciationLives())...)
	tx = append(tx, rules.Texts(relief.VATTaxpayers())...)
	tx = append(tx, rules.Texts(relief.InspectionServices())...)
	tx = append(tx, rules.Texts(relief.Vehicles())...)
	tx = append(tx, rules.Texts(relief.ConsumerKinds())...)
	tx = append(tx, rules.Texts(relief.TaxPeriods())...)
	return append(tx, rules.Texts(relief.ProductLines())...)
}

// typedCase is what FuzzTyped builds from its bytes: which function, the
// evaluation date, a firm, one claim of each kind, and a whole profile with
// the tiers of measure 13 for Assess.
type typedCase struct {
	Fn          int
	On          rules.Date
	Firm        relief.Firm
	Deferral    relief.TaxDeferralClaim
	Sales       relief.SmallScaleSales
	Tax         relief.LocalTax
	Amount      decimal.Decimal // a taxable income, an R&D expense, a 2021 rate
	Equipment   relief.Equipment
	ServiceVAT  relief.ServiceVAT
	Inspection  relief.Inspection
	Union       relief.UnionFeePayment
	Lease       relief.Lease
	Spending    relief.EpidemicSpending
	Tier        relief.Tier
	Loan        relief.BridgeLoan
	From        rules.Date
	Event       relief.StoppedEvent
	Consumer    relief.Consumer
	TradeIn     relief.TradeIn
	Exhibition  relief.CancelledExhibition
	Tech        relief.ExhibitionTech
	Visitors    relief.Visitors
	Bookstore   relief.Bookstore
	Seats       int
	Property    relief.PropertyPortfolio
	HighwayTrip relief.HighwayTrip
	ProduceTrip relief.ProduceTrip
	Profile     relief.Profile
	Tiers       relief.TierTable
}

// FuzzTyped calls the notice's typed functions and Assess with arbitrary
// values, seeded with the worked cases: never a panic; a result that
// explains itself, or an error the engine knows, naming its field when the
// input is invalid — never a rule failing in evaluation; an assessment
// whose every item has a status, a claim not assessed naming its field.
func FuzzTyped(f *testing.F) {
	tx := texts()
	on := dayIn
	may := rules.MustDate(2022, 5, 1)
	small := privateFirm(relief.Small, relief.Retail, relief.Lucheng)
	small.SmallLowProfit, small.SmallScaleTaxpayer, small.TechSME = true, true, true
	maker := privateFirm(relief.Medium, relief.Manufacturing, relief.Longwan)
	agency := privateFirm(relief.Small, relief.TravelAgency, relief.Lucheng)
	organiser := privateFirm(relief.Small, relief.ExhibitionFirm, relief.Lucheng)
	used := 10
	seeds := []typedCase{
		{Fn: 0, On: on, Firm: small},
		{Fn: 1, On: on, Firm: maker},
		// 一、2 80,000 × 50%
		{Fn: 2, On: on, Firm: maker, Deferral: relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q2, Amount: d("80000"), Due: rules.MustDate(2022, 7, 15)}},
		// 一、3 100,000 × 3%
		{Fn: 3, On: on, Firm: small, Sales: relief.SmallScaleSales{SoldOn: may, Sales: d("100000")}},
		// 一、4 4,000 × 50%
		{Fn: 4, On: on, Firm: small, Tax: relief.LocalTax{Kind: relief.PropertyTax, Amount: d("4000")}},
		// 一、5 (2,000,000 − 1,000,000) × 25% × 20%
		{Fn: 5, On: on, Firm: small, Amount: d("2000000")},
		// 一、5 6,000,000 × 50%
		{Fn: 6, On: on, Firm: maker, Equipment: relief.Equipment{BoughtOn: rules.MustDate(2022, 2, 1), UnitValue: d("6000000"), Life: relief.Life5}},
		// 一、5 400,000 × 100%
		{Fn: 7, On: on, Firm: small, Amount: d("400000")},
		// 一、6 min(50,000 × 10%, 4,000)
		{Fn: 8, On: on, Firm: small, ServiceVAT: relief.ServiceVAT{Period: rules.MustDate(2022, 4, 30), Taxpayer: relief.ProductiveService,
			CreditableInput: d("50000"), VATPayable: dp("4000")}},
		// 一、9 2,000 × 50% for a restaurant
		{Fn: 9, On: on, Firm: privateFirm(relief.Small, relief.Catering, relief.Lucheng), Inspection: relief.Inspection{
			Service: relief.CateringEquipmentInspection, StandardFee: d("2000"), BureauUnit: yes()}},
		// 一、10 10,000 × 50%
		{Fn: 10, On: on, Firm: maker, Union: relief.UnionFeePayment{PaidOn: rules.MustDate(2022, 3, 1), Amount: d("10000")}},
		// 一、11 8,000 × 3
		{Fn: 11, On: on, Firm: agency, Lease: relief.Lease{Landlord: relief.CitySOE, MonthlyRent: d("8000"), RiskLevelChanged: no()}},
		// 一、13 min(20,000 × 40%, 10,000)
		{Fn: 12, On: on, Firm: small, Spending: relief.EpidemicSpending{Year: 2022, Amount: d("20000")}, Tier: relief.Tier{Rate: rules.Pct("40"), Cap: d("10000")}},
		{Fn: 13, On: on, Firm: maker},
		// 一、14 1.5% × 0.8
		{Fn: 14, On: on, Amount: d("0.015")},
		// 一、15 3,000,000 × 3.6‰
		{Fn: 15, On: on, Loan: relief.BridgeLoan{Amount: d("3000000"), Months: d("1")}},
		// 二、18 from 2022-05-01, to 2023-05-01
		{Fn: 16, On: on, Firm: agency, From: may},
		// 二、19 min(500,000 × 30%, 300,000)
		{Fn: 17, On: on, Firm: small, Event: relief.StoppedEvent{StoppedOn: rules.MustDate(2022, 3, 1), Campaign: yes(), StoppedForEpidemic: yes(), Spending: d("500000")}},
		// 二、20 2,000 a car
		{Fn: 18, On: on, Consumer: relief.Consumer{Kind: relief.PersonConsumer, Locality: relief.Ouhai},
			TradeIn: relief.TradeIn{BoughtOn: may, ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: &used}},
		// 二、21 min(500,000 × 30%, 300,000)
		{Fn: 19, On: on, Firm: organiser, Exhibition: relief.CancelledExhibition{CancelledOn: rules.MustDate(2022, 3, 1), Organiser: yes(), Listed: yes(),
			CancelledForEpidemic: yes(), Cost: d("500000")}},
		// 二、21 (1,500,000 − 500,000) × 10%
		{Fn: 20, On: on, Firm: organiser, Tech: relief.ExhibitionTech{InvestedOn: rules.MustDate(2022, 4, 20), OnlineOffline: yes(), Investment: d("1500000")}},
		// 二、22 max(1,500 × 20, 1,000 × 20 + 800 × 30)
		{Fn: 21, On: on, Firm: agency, Visitors: relief.Visitors{Year: 2022, Overnight: 4500, Study: 1800}},
		// 二、24 20 × 300 × 6
		{Fn: 22, On: on, Firm: privateFirm(relief.Small, relief.Bookshop, relief.Lucheng), Bookstore: relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: d("300")}},
		// 二、25 25 × 120 × 6
		{Fn: 23, On: on, Firm: privateFirm(relief.Small, relief.Cinema, relief.Lucheng), Seats: 120},
		// 二、26 1,000,000 m²: 20,000
		{Fn: 24, On: on, Firm: privateFirm(relief.Medium, relief.PropertyService, relief.Ouhai), Property: relief.PropertyPortfolio{ManagedArea: d("1000000"), ExtraSpending: yes()}},
		// 二、27 1,000 × 35%
		{Fn: 25, On: on, HighwayTrip: relief.HighwayTrip{Vehicle: relief.ContainerTruck, LegallyLoaded: yes(), Toll: d("1000")}},
		// 二、28 500 waived
		{Fn: 26, On: on, ProduceTrip: relief.ProduceTrip{WholeVehicleLegalLoad: yes(), ListedProduce: yes(), Toll: d("500")}},
		// A bookstore's whole statement (assess_test.go).
		{Fn: 27, On: on, Profile: bookstoreProfile(), Tiers: relief.TierTable{relief.Small: {Rate: rules.Pct("40"), Cap: d("10000")}}},
	}
	for _, c := range seeds {
		f.Add(typedtest.Seed(c, tx))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedCase
		rulestest.Fill(data, &c, tx)
		var res *rules.Result
		var err error
		typedtest.Timed(t, func() { res, err = callTyped(c) })
		if typedtest.CheckErr(t, err) && res != nil {
			typedtest.Explains(t, res)
		}
	})
}

// callTyped calls the function c.Fn picks and returns its result: for
// Assess, the result of its first granted item, after checking every item.
func callTyped(c typedCase) (*rules.Result, error) {
	on, fi := c.On, c.Firm
	pick := func(r *rules.Result, err error) (*rules.Result, error) {
		if err == nil && r == nil {
			return nil, fmt.Errorf("relief: no error and no result")
		}
		return r, err
	}
	switch (c.Fn%28 + 28) % 28 {
	case 0:
		r, err := relief.Default().EnterpriseEligibility(on, fi)
		return pick(r.Result(), err)
	case 1:
		r, err := relief.Default().VATCreditRefund(on, fi)
		return pick(r.Result(), err)
	case 2:
		r, err := relief.Default().TaxDeferral(on, relief.TaxDeferralCase{Firm: fi, TaxDeferralClaim: c.Deferral})
		return pick(r.Result(), err)
	case 3:
		r, err := relief.Default().SmallScaleVATExemption(on, relief.SmallScaleCase{Firm: fi, SmallScaleSales: c.Sales})
		return pick(r.Result(), err)
	case 4:
		r, err := relief.Default().SixTaxesTwoFees(on, relief.LocalTaxCase{Firm: fi, LocalTax: c.Tax})
		return pick(r.Result(), err)
	case 5:
		r, err := relief.Default().SmallProfitCIT(on, relief.IncomeCase{Firm: fi, TaxableIncome: c.Amount})
		return pick(r.Result(), err)
	case 6:
		r, err := relief.Default().EquipmentDeduction(on, relief.EquipmentCase{Firm: fi, Equipment: c.Equipment})
		return pick(r.Result(), err)
	case 7:
		r, err := relief.Default().RDSuperDeduction(on, relief.RDCase{Firm: fi, RDExpense: c.Amount})
		return pick(r.Result(), err)
	case 8:
		r, err := relief.Default().VATAdditionalDeduction(on, relief.ServiceVATCase{Firm: fi, ServiceVAT: c.ServiceVAT})
		return pick(r.Result(), err)
	case 9:
		r, err := relief.Default().InspectionFee(on, relief.InspectionCase{Firm: fi, Inspection: c.Inspection})
		return pick(r.Result(), err)
	case 10:
		r, err := relief.Default().UnionFeeRefund(on, relief.UnionFeeCase{Firm: fi, UnionFeePayment: c.Union})
		return pick(r.Result(), err)
	case 11:
		r, err := relief.Default().StateOwnedRentWaiver(on, relief.LeaseCase{Firm: fi, Lease: c.Lease})
		return pick(r.Result(), err)
	case 12:
		r, err := relief.Default().EpidemicPreventionSubsidy(on, relief.EpidemicCase{Firm: fi, EpidemicSpending: c.Spending, Tier: c.Tier})
		return pick(r.Result(), err)
	case 13:
		r, err := relief.Default().ImportedGoodsTesting(on, fi)
		return pick(r.Result(), err)
	case 14:
		r, err := relief.Default().GuaranteeFeeRate(on, relief.GuaranteeCase{Rate2021: rules.FractionRate(c.Amount)})
		return pick(r.Result(), err)
	case 15:
		r, err := relief.Default().BridgeLoanFee(on, c.Loan)
		return pick(r.Result(), err)
	case 16:
		r, err := relief.Default().UnemploymentInsuranceDeferral(on, relief.UnemploymentCase{Firm: fi, From: c.From})
		return pick(r.Result(), err)
	case 17:
		r, err := relief.Default().ConsumptionEventSubsidy(on, relief.EventCase{Firm: fi, StoppedEvent: c.Event})
		return pick(r.Result(), err)
	case 18:
		r, err := relief.Default().NEVTradeInSubsidy(on, relief.TradeInCase{Consumer: c.Consumer, TradeIn: c.TradeIn})
		return pick(r.Result(), err)
	case 19:
		r, err := relief.Default().ExhibitionSubsidy(on, relief.ExhibitionCase{Firm: fi, CancelledExhibition: c.Exhibition})
		return pick(r.Result(), err)
	case 20:
		r, err := relief.Default().ExhibitionTechSubsidy(on, relief.ExhibitionTechCase{Firm: fi, ExhibitionTech: c.Tech})
		return pick(r.Result(), err)
	case 21:
		r, err := relief.Default().TravelAgencyReward(on, relief.VisitorsCase{Firm: fi, Visitors: c.Visitors})
		return pick(r.Result(), err)
	case 22:
		r, err := relief.Default().BookstoreRentSubsidy(on, relief.BookstoreCase{Firm: fi, Bookstore: c.Bookstore})
		return pick(r.Result(), err)
	case 23:
		r, err := relief.Default().CinemaSubsidy(on, relief.CinemaCase{Firm: fi, Seats: c.Seats})
		return pick(r.Result(), err)
	case 24:
		r, err := relief.Default().PropertyManagementSubsidy(on, relief.PropertyCase{Firm: fi, PropertyPortfolio: c.Property})
		return pick(r.Result(), err)
	case 25:
		r, err := relief.Default().HighwayTollDiscount(on, c.HighwayTrip)
		return pick(r.Result(), err)
	case 26:
		r, err := relief.Default().GreenChannelToll(on, c.ProduceTrip)
		return pick(r.Result(), err)
	}
	a, err := relief.Default().Assess(on, c.Profile, c.Tiers)
	if err != nil {
		return nil, err
	}
	return assessed(a)
}

// statuses are the statuses an item of an assessment may have.
var statuses = map[rules.Status]bool{rules.Granted: true, rules.NotGranted: true, rules.NotPaid: true,
	rules.CaseByCase: true, rules.NotInForce: true, rules.NotAssessed: true}

// assessed checks every item of an assessment — a known status, a field
// for a claim not assessed, a result for one evaluated — and returns the
// first evaluated item's result, or an error for the first item that
// breaks the invariants (never a *rules.Error, so that the test fails).
func assessed(a *relief.Assessment) (*rules.Result, error) {
	if a == nil || len(a.Items) < 2 {
		return nil, fmt.Errorf("relief: an assessment without the firm's items")
	}
	var first *rules.Result
	total := decimal.Zero
	for _, it := range a.Items {
		switch {
		case !statuses[it.Status]:
			return nil, fmt.Errorf("relief: %s: unknown status %q", it.Rule, it.Status)
		case it.Status == rules.NotAssessed && it.Field == "":
			return nil, fmt.Errorf("relief: %s: not assessed, naming no field", it.Rule)
		case (it.Status == rules.Granted || it.Status == rules.NotGranted) && it.Result == nil:
			return nil, fmt.Errorf("relief: %s: %s without its result", it.Rule, it.Status)
		}
		if it.Status == rules.Granted && it.Counted {
			total = total.Add(it.Amount)
		}
		if first == nil && it.Result != nil {
			first = it.Result
		}
	}
	if !total.Equal(a.Total) {
		return nil, fmt.Errorf("relief: total %s, the items add up to %s", a.Total, total)
	}
	_ = a.String()
	return first, nil
}
