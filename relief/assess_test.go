package relief_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }
func dp(s string) *decimal.Decimal {
	v := d(s)
	return &v
}

// lines summarises an assessment: one line per item, "rule（claim） status
// amount [failed]", and the total.
func lines(a *relief.Assessment) []string {
	var out []string
	for _, it := range a.Items {
		s := it.Rule
		if it.Claim != "" {
			s += "（" + it.Claim + "）"
		}
		s += " " + string(it.Status)
		if it.Status == rules.Granted && it.Counted {
			s += " " + it.Amount.StringFixed(2)
		}
		if len(it.Failed) > 0 {
			names := make([]string, len(it.Failed))
			for i, f := range it.Failed {
				names[i] = f.Name
			}
			s += " [" + strings.Join(names, " ") + "]"
		}
		out = append(out, s)
	}
	return append(out, "合计 "+a.Total.StringFixed(2))
}

func assess(t *testing.T, on rules.Date, p relief.Profile, tiers relief.TierTable) *relief.Assessment {
	t.Helper()
	a, err := relief.Default().Assess(on, p, tiers)
	if err != nil {
		t.Fatal(err)
	}
	// Every firm a test assesses screens as it is assessed.
	screensAsAssessed(t, on, p, tiers)
	return a
}

func check(t *testing.T, a *relief.Assessment, want []string) {
	t.Helper()
	if diff := cmp.Diff(want, lines(a)); diff != "" {
		t.Errorf("assessment (-want +got):\n%s\n%s", diff, a)
	}
}

// The size tiers of measure 13 are the industry department's; these are
// an example table a caller supplies, within 50% and 30,000.
var tiers = relief.TierTable{
	relief.Medium: {Rate: rules.Pct("50"), Cap: d("30000")},
	relief.Small:  {Rate: rules.Pct("40"), Cap: d("10000")},
	relief.Micro:  {Rate: rules.Pct("30"), Cap: d("5000")},
}

func privateFirm(size relief.Size, industry relief.Industry, at relief.Locality) relief.Firm {
	return relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: size, Industry: industry,
		Registration: at, FiscalRevenue: at, Ownership: relief.NonState, Mujun: relief.MujunUnrated, Credit: relief.CreditNormal}
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

func bookstoreProfile() relief.Profile {
	f := privateFirm(relief.Small, relief.Bookshop, relief.Lucheng)
	f.SmallLowProfit = true
	return relief.Profile{
		Firm:                     f,
		Bookstores:               []relief.Bookstore{{Landlord: relief.NonStateLandlord, BookArea: d("300")}},
		CinemaSeats:              120,
		UnionFees:                []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 3, 31), Amount: d("6000")}},
		EpidemicSpending:         &relief.EpidemicSpending{Year: 2022, Amount: d("20000")},
		LocalTaxes:               []relief.LocalTax{{Kind: relief.PropertyTax, Amount: d("4000")}},
		UnemploymentDeferralFrom: rules.MustDate(2022, 5, 1),
		TaxableIncome:            dp("1200000"),
	}
}

// A 市区 bookstore that also claims for a cinema hall, in Q2. The cinema
// subsidy is for cinemas (二、25 影院按座位数予以…补助): a bookstore is not
// one. (The case once granted it to a retailer; the firm kind was not
// checked.)
func TestAssessBookstore(t *testing.T) {
	a := assess(t, dayIn, bookstoreProfile(), tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 享受",
		// 4,000 × 50% (一、4, small low-profit enterprise)
		"relief.tax.six_taxes_two_fees（房产税） 享受 2000.00",
		"relief.tax.small_profit_cit 享受",
		// 6,000 × 100% (一、10, small firm, paid 2022-03-31)
		"relief.fee.union_refund 享受 6000.00",
		// min(20,000 × 40%, 10,000) at the caller's small-firm tier (一、13)
		"relief.subsidy.epidemic_prevention 享受 8000.00",
		"relief.insurance.unemployment_deferral 享受",
		// 20 × 300 × 6 (二、24)
		"relief.subsidy.bookstore_rent 享受 36000.00",
		"relief.subsidy.cinema 不符合条件 [cinema]",
		"合计 52000.00",
	})
	// Listed, not counted: the tax on the slice (1,200,000 − 1,000,000) × 5% = 10,000 and the deferral's end.
	cit, _ := a.Item(relief.RuleSmallProfitCIT)
	ud, _ := a.Item(relief.RuleUnemploymentDeferral)
	got := []string{cit.Figures[0].Value.Number().StringFixed(2), ud.Figures[0].Value.String()}
	if diff := cmp.Diff([]string{"10000.00", "2023-05-01"}, got); diff != "" {
		t.Errorf("figures listed but not counted (-want +got):\n%s", diff)
	}
}

// The same firm assessed as of August. The measures whose facts carry
// their dates report on them still (fees paid in March, spending of 2022,
// a deferral from May, the Q1–Q2 bookstore months); those that take the
// notice's own period (一、1, 4, 5) are no longer in force.
func TestAssessAfterTheNoticeEnds(t *testing.T) {
	a := assess(t, rules.MustDate(2022, 8, 1), bookstoreProfile(), tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 不在适用期间",
		"relief.tax.six_taxes_two_fees（房产税） 不在适用期间",
		"relief.tax.small_profit_cit 不在适用期间",
		"relief.fee.union_refund 享受 6000.00",
		"relief.subsidy.epidemic_prevention 享受 8000.00",
		"relief.insurance.unemployment_deferral 享受",
		"relief.subsidy.bookstore_rent 享受 36000.00",
		"relief.subsidy.cinema 不符合条件 [cinema]",
		"合计 50000.00",
	})
	it, _ := a.Item(relief.RuleVATCreditRefund)
	if it.Note != "适用期间为2022年4月1日至2022年6月30日" {
		t.Errorf("note of a measure not in force: %q", it.Note)
	}
}

// A state-owned property firm: every subsidy fails the appendix's
// not_state_owned; the union refund and the fee cut do not carry it.
func TestAssessStateOwnedPropertyFirm(t *testing.T) {
	f := privateFirm(relief.Medium, relief.PropertyService, relief.Ouhai)
	f.Ownership = relief.StateOwned
	a := assess(t, dayIn, relief.Profile{
		Firm:             f,
		Property:         &relief.PropertyPortfolio{ManagedArea: d("1500000"), ExtraSpending: yes()},
		EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("50000")},
		UnionFees:        []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 4, 15), Amount: d("10000")}},
		StateLeases:      []relief.Lease{{Landlord: relief.DistrictSOE, MonthlyRent: d("10000"), RiskLevelChanged: no()}},
		LocalTaxes:       []relief.LocalTax{{Kind: relief.LandUseTax, Amount: d("8000")}},
		Inspections:      []relief.Inspection{{Service: relief.ResidentialLiftPeriodic, StandardFee: d("2000"), BureauUnit: yes()}},
	}, tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 不符合条件 [not_state_owned]",
		"relief.vat.credit_refund 不符合条件 [covered_firm]",
		"relief.tax.six_taxes_two_fees（城镇土地使用税） 不符合条件 [covered_taxpayer]",
		// 2,000 × 30% (一、9)
		"relief.fee.inspection_discount 享受 600.00",
		// 10,000 × 50% (一、10, a medium firm)
		"relief.fee.union_refund 享受 5000.00",
		"relief.rent.state_owned_waiver 不符合条件 [small_micro_or_individual]",
		"relief.subsidy.epidemic_prevention 不符合条件 [not_state_owned]",
		"relief.subsidy.property_management 不符合条件 [not_state_owned]",
		"合计 5600.00",
	})
	// A tax not reduced is due in full (一、4): 8,000, not 0.
	lt, _ := a.Item(relief.RuleSixTaxesTwoFees)
	if got := lt.Figures[1].Value.Number().StringFixed(2); got != "8000.00" {
		t.Errorf("tax due when not reduced: %s, want 8000.00", got)
	}
}

func manufacturerProfile() relief.Profile {
	f := privateFirm(relief.Small, relief.Manufacturing, relief.Longwan)
	f.Mujun, f.SmallLowProfit, f.TechSME = relief.MujunB, true, true
	return relief.Profile{
		Firm:          f,
		TaxDeferrals:  []relief.TaxDeferralClaim{{Period: relief.TaxPeriod2022Q2, Amount: d("80000"), Due: rules.MustDate(2022, 7, 15)}},
		LocalTaxes:    []relief.LocalTax{{Kind: relief.UrbanMaintenanceTax, Amount: d("3000.50")}},
		TaxableIncome: dp("2000000"),
		Equipment: []relief.Equipment{
			{BoughtOn: rules.MustDate(2022, 3, 1), UnitValue: d("6000000"), Life: relief.Life4},
			{BoughtOn: rules.MustDate(2022, 4, 1), UnitValue: d("800000"), Life: relief.Life3},
		},
		RDExpense:        dp("1000000"),
		UnionFees:        []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 4, 15), Amount: d("12000")}},
		EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("40000")},
		Inspections:      []relief.Inspection{{Service: relief.EquipmentManufacturingSupervision, StandardFee: d("8000"), BureauUnit: yes()}},
		HighwayTrips:     []relief.HighwayTrip{{Vehicle: relief.FreightVehicle, LegallyLoaded: yes(), ZhejiangETC: yes(), LocalStateSection: yes(), Toll: d("200")}},
	}
}

// A small manufacturing firm.
func TestAssessSmallManufacturer(t *testing.T) {
	a := assess(t, dayIn, manufacturerProfile(), tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 享受",
		"relief.tax.deferral 享受",
		// 3,000.50 × 50% = 1,500.25
		"relief.tax.six_taxes_two_fees（城市维护建设税） 享受 1500.25",
		"relief.tax.small_profit_cit 享受",
		"relief.tax.equipment_deduction（设备1） 享受",
		"relief.tax.equipment_deduction（设备2） 不符合条件 [unit_value_floor]",
		"relief.tax.rd_super_deduction 享受",
		// 8,000 × 25%
		"relief.fee.inspection_discount 享受 2000.00",
		"relief.fee.union_refund 享受 12000.00",
		// min(40,000 × 40%, 10,000)
		"relief.subsidy.epidemic_prevention 享受 10000.00",
		// 200 × 15%
		"relief.toll.highway_discount 享受 30.00",
		"合计 25530.25",
	})
	// Listed, not counted: 80,000 deferred to 2023-01-15; 50,000 tax on the slice;
	// 6,000,000 × 50% deducted; 1,000,000 super-deduction.
	var got []string
	for _, id := range []string{relief.RuleTaxDeferral, relief.RuleSmallProfitCIT, relief.RuleEquipmentDeduction, relief.RuleRDSuperDeduction} {
		it, _ := a.Item(id)
		got = append(got, it.Figures[0].Value.Number().StringFixed(2))
	}
	def, _ := a.Item(relief.RuleTaxDeferral)
	got = append(got, def.Figures[1].Value.String())
	if diff := cmp.Diff([]string{"80000.00", "50000.00", "3000000.00", "1000000.00", "2023-01-15"}, got); diff != "" {
		t.Errorf("figures listed but not counted (-want +got):\n%s", diff)
	}
}

// The same manufacturer rated D and on the dishonesty list: the subsidy
// goes, the tax and fee measures stay.
func TestAssessManufacturerRatedD(t *testing.T) {
	p := manufacturerProfile()
	p.Mujun, p.Credit = relief.MujunD, relief.SeriouslyDishonest
	a := assess(t, dayIn, p, tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 不符合条件 [not_mujun_cd not_seriously_dishonest]",
		"relief.vat.credit_refund 享受",
		"relief.tax.deferral 享受",
		"relief.tax.six_taxes_two_fees（城市维护建设税） 享受 1500.25",
		"relief.tax.small_profit_cit 享受",
		"relief.tax.equipment_deduction（设备1） 享受",
		"relief.tax.equipment_deduction（设备2） 不符合条件 [unit_value_floor]",
		"relief.tax.rd_super_deduction 享受",
		"relief.fee.inspection_discount 享受 2000.00",
		"relief.fee.union_refund 享受 12000.00",
		"relief.subsidy.epidemic_prevention 不符合条件 [not_mujun_cd not_seriously_dishonest]",
		"relief.toll.highway_discount 享受 30.00",
		"合计 15530.25",
	})
}

// A travel agency with study tours, renting its office from a city SOE.
func TestAssessTravelAgency(t *testing.T) {
	a := assess(t, dayIn, relief.Profile{
		Firm:                     privateFirm(relief.Small, relief.TravelAgency, relief.Lucheng),
		Visitors:                 &relief.Visitors{Year: 2022, Overnight: 4500, Study: 1800},
		StateLeases:              []relief.Lease{{Landlord: relief.CitySOE, MonthlyRent: d("8000"), RiskLevelChanged: no()}},
		UnionFees:                []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 1, 20), Amount: d("3000")}},
		UnemploymentDeferralFrom: rules.MustDate(2022, 4, 1),
		ServiceVAT: []relief.ServiceVAT{{Period: rules.MustDate(2022, 4, 30), Taxpayer: relief.LifestyleService,
			CreditableInput: d("20000"), VATPayable: dp("50000")}},
	}, tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 享受",
		// 20,000 × 15% = 3,000, below the period's VAT payable of 50,000
		"relief.vat.additional_deduction 享受 3000.00",
		"relief.fee.union_refund 享受 3000.00",
		// 8,000 × 3
		"relief.rent.state_owned_waiver 享受 24000.00",
		"relief.insurance.unemployment_deferral 享受",
		// the higher of (4,500 − 3,000) × 20 = 30,000 and 1,000 × 20 + 800 × 30 = 44,000
		"relief.reward.travel_agency 享受 44000.00",
		"合计 74000.00",
	})
	it, _ := a.Item(relief.RuleTravelAgency)
	if basis := it.Result.Figures[3].Value.Text(); basis != "疗休养、研学团队奖励" {
		t.Errorf("reward paid: %q", basis)
	}
}

// A private property firm claims both subsidies of its epidemic spending.
// Appendix 2's 不重复享受、就高 concerns central, provincial and other city
// policies, not two measures of this notice: both are paid. (The case once
// paid only the higher, a reading the text does not support.)
func TestAssessPaysBothEpidemicSubsidies(t *testing.T) {
	p := relief.Profile{
		Firm:             privateFirm(relief.Medium, relief.PropertyService, relief.Lucheng),
		Property:         &relief.PropertyPortfolio{ManagedArea: d("1000000"), ExtraSpending: yes()},
		EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("100000")},
	}
	a := assess(t, dayIn, p, tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 不符合条件 [covered_firm]",
		// min(100,000 × 50%, 30,000) (一、13)
		"relief.subsidy.epidemic_prevention 享受 30000.00",
		// 1,000,000 m²: 100万平方米（含）以上、200万平方米以下 (二、26)
		"relief.subsidy.property_management 享受 20000.00",
		"合计 50000.00",
	})
	if gs := relief.Book().Groups(); len(gs) != 0 {
		t.Errorf("the book has take-the-higher groups %v; the notice states none among its measures", gs)
	}
}

func TestAssessCaseByCaseAndNotAssessed(t *testing.T) {
	county := privateFirm(relief.Small, relief.Cinema, relief.Ruian)
	a := assess(t, dayIn, relief.Profile{Firm: county, CinemaSeats: 80}, tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 不符合条件 [registered_in_urban revenue_in_urban]",
		"relief.vat.credit_refund 享受",
		"relief.subsidy.cinema 按实评估",
		"合计 0.00",
	})
	it, _ := a.Item(relief.RuleCinema)
	if it.Cite.Quote != "各县（市）参照执行" {
		t.Errorf("case-by-case cite: %s", it.Cite)
	}

	// A fact one claim lacks or gives wrong leaves that claim not assessed,
	// naming the fact; the other claims are assessed.
	f := privateFirm(relief.Small, relief.Bookshop, relief.Lucheng)
	a = assess(t, dayIn, relief.Profile{Firm: f,
		EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("100")},
		Bookstores:       []relief.Bookstore{{Landlord: relief.NonStateLandlord, BookArea: d("-3")}},
		UnionFees:        []relief.UnionFeePayment{{PaidOn: rules.MustDate(2022, 2, 1), Amount: d("1000")}},
	}, nil)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 享受",
		"relief.fee.union_refund 享受 1000.00",
		"relief.subsidy.epidemic_prevention 未评估",
		"relief.subsidy.bookstore_rent 未评估",
		"合计 1000.00",
	})
	for rule, field := range map[string]string{relief.RuleEpidemicPrevention: "tier_rate", relief.RuleBookstoreRent: "book_area"} {
		if it, _ := a.Item(rule); it.Field != field || it.Note == "" {
			t.Errorf("%s: not assessed on %q (%q), want %s and a reason", rule, it.Field, it.Note, field)
		}
	}
	// A tier above the clause's caps is refused, naming the field.
	a = assess(t, dayIn, relief.Profile{Firm: f, EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: d("100")}},
		relief.TierTable{relief.Small: {Rate: rules.Pct("60"), Cap: d("10000")}})
	if it, _ := a.Item(relief.RuleEpidemicPrevention); it.Status != rules.NotAssessed || it.Field != "tier_rate" {
		t.Errorf("tier above 50%%: want not assessed on tier_rate, got %s on %q", it.Status, it.Field)
	}
	// An empty firm: every claim not assessed, none an error.
	a = assess(t, dayIn, relief.Profile{Firm: relief.Firm{}}, nil)
	for _, it := range a.Items {
		if it.Status != rules.NotAssessed {
			t.Errorf("empty firm: %s is %s, want not assessed", it.Rule, it.Status)
		}
	}
}

// The order of the items is the book's, then the order of the claims; it
// does not depend on anything else.
func TestAssessIsDeterministic(t *testing.T) {
	p := manufacturerProfile()
	first := fmt.Sprint(lines(assess(t, dayIn, p, tiers)))
	for range 20 {
		if got := fmt.Sprint(lines(assess(t, dayIn, p, tiers))); got != first {
			t.Fatalf("assessment changed between runs:\n%s\n%s", first, got)
		}
	}
}

// 二、20 “同一消费者仅享受一次以旧换新补助”: of a firm's several cars, the
// first bought of those granted is paid; the others keep their figures,
// are not counted, and say which car was paid and why, citing the clause.
func TestAssessPaysOneTradeInPerFirm(t *testing.T) {
	car := func(y int, m time.Month, day, quota int) relief.TradeIn {
		return relief.TradeIn{BoughtOn: rules.MustDate(y, m, day), ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: &quota}
	}
	p := relief.Profile{
		Firm:     privateFirm(relief.Small, relief.Retail, relief.Lucheng),
		TradeIns: []relief.TradeIn{car(2022, 4, 10, 120), car(2022, 2, 20, 35), car(2022, 3, 1, 60)},
	}
	a := assess(t, dayIn, p, tiers)
	check(t, a, []string{
		"relief.eligibility.enterprise 享受",
		"relief.vat.credit_refund 享受",
		"relief.subsidy.nev_trade_in（车辆1） 就高不重复享受",
		"relief.subsidy.nev_trade_in（车辆2） 享受 2000.00",
		"relief.subsidy.nev_trade_in（车辆3） 就高不重复享受",
		"合计 2000.00",
	})
	for _, it := range a.Items {
		if it.Rule != relief.RuleNEVTradeIn || it.Status != rules.NotPaid {
			continue
		}
		if it.Note != "同一消费者仅享受一次以旧换新补助：享受车辆2" || it.Cite.Clause != "二、20" ||
			!strings.Contains(it.Cite.Quote, "同一消费者仅享受一次以旧换新补助") {
			t.Errorf("%s: note %q, cite %s", it.Claim, it.Note, it.Cite)
		}
		if !it.Amount.IsZero() || len(it.Figures) == 0 || it.Result == nil {
			t.Errorf("%s: amount %s, figures %v: want nothing counted and the figures kept", it.Claim, it.Amount, it.Figures)
		}
	}
	// One car alone is paid, unlabelled, as before.
	a = assess(t, dayIn, relief.Profile{Firm: p.Firm, TradeIns: p.TradeIns[:1]}, tiers)
	if it, _ := a.Item(relief.RuleNEVTradeIn); it.Status != rules.Granted || it.Claim != "" || !a.Total.Equal(d("2000")) {
		t.Errorf("one car: %s %q, total %s", it.Status, it.Claim, a.Total)
	}
}

// String is the Chinese text; an item out of its period says the period in
// either language.
func TestAssessmentTextInBothLanguages(t *testing.T) {
	a := &relief.Assessment{Date: rules.MustDate(2022, 8, 1), Items: []relief.Item{{
		Rule: relief.RuleCinema, Title: rules.T("影院补助", "cinema subsidy"), Status: rules.NotInForce,
		Note: "适用期间为2022年1月1日至2022年6月30日", InForce: rules.Between(rules.MustDate(2022, 1, 1), rules.MustDate(2022, 6, 30)),
	}}}
	if a.String() != a.Text(rules.Chinese) {
		t.Errorf("String is not the Chinese text:\n%s\n%s", a.String(), a.Text(rules.Chinese))
	}
	for _, want := range []string{"影院补助：不在适用期间（适用期间为2022年1月1日至2022年6月30日）", "合计 0.00 元"} {
		if !strings.Contains(a.Text(rules.Chinese), want) {
			t.Errorf("Chinese text lacks %q:\n%s", want, a.Text(rules.Chinese))
		}
	}
	for _, want := range []string{"Assessed on 2022-08-01", "cinema subsidy: not in force (in force 2022-01-01 – 2022-06-30)", "Total 0.00 yuan"} {
		if !strings.Contains(a.Text(rules.English), want) {
			t.Errorf("English text lacks %q:\n%s", want, a.Text(rules.English))
		}
	}
}
