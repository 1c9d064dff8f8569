package relief_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Each typed function evaluates the rule of its ID: the same case through
// the typed function and through Book().Eval gives the same figure, and
// the figure the text gives.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	small := privateFirm(relief.Small, relief.Retail, relief.Lucheng)
	small.SmallLowProfit, small.SmallScaleTaxpayer, small.TechSME = true, true, true
	maker := privateFirm(relief.Medium, relief.Manufacturing, relief.Longwan)
	agency := privateFirm(relief.Small, relief.TravelAgency, relief.Lucheng)
	property := privateFirm(relief.Medium, relief.PropertyService, relief.Ouhai)
	bookshop := privateFirm(relief.Small, relief.Bookshop, relief.Lucheng)
	cinema := privateFirm(relief.Small, relief.Cinema, relief.Lucheng)
	organiser := privateFirm(relief.Small, relief.ExhibitionFirm, relief.Lucheng)
	restaurant := privateFirm(relief.Small, relief.Catering, relief.Lucheng)
	money := func(d decimal.Decimal) string { return d.StringFixed(2) }
	firmIn := func(f relief.Firm, kv ...any) rules.Inputs {
		return set(rules.Inputs{"registration": string(f.Registration), "fiscal_revenue": string(f.FiscalRevenue), "entity_type": string(f.Entity),
			"independent_legal_person": f.IndependentLegalPerson, "industry": string(f.Industry), "ownership": string(f.Ownership),
			"mujun_class": string(f.Mujun), "credit": string(f.Credit)}, kv...)
	}

	cases := []struct {
		rule   string
		inputs rules.Inputs
		typed  func() (string, error)
		want   string // worked by hand
	}{
		{relief.RuleEligibility, firmIn(small),
			func() (string, error) {
				r, err := relief.Default().EnterpriseEligibility(dayIn, small)
				return fmt.Sprint(r.Eligible()), err
			}, "true"},
		{relief.RuleVATCreditRefund, rules.Inputs{"entity_type": "企业", "size": "中型", "industry": "制造业"},
			func() (string, error) {
				r, err := relief.Default().VATCreditRefund(dayIn, maker)
				return fmt.Sprint(r.Eligible()), err
			}, "true"},
		// 80,000 × 50%
		{relief.RuleTaxDeferral, rules.Inputs{"industry": "制造业", "size": "中型", "tax_period": "2022年第二季度", "amount": "80000", "due_date": "2022-07-15"},
			func() (string, error) {
				r, err := relief.Default().TaxDeferral(dayIn, relief.TaxDeferralCase{Firm: maker, TaxDeferralClaim: relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q2, Amount: d("80000"), Due: rules.MustDate(2022, 7, 15)}})
				return money(r.Amount), err
			}, "40000.00"},
		// 100,000 × 3%
		{relief.RuleSmallScaleExemption, rules.Inputs{"small_scale": true, "sold_on": "2022-05-01", "sales": "100000", "prepay_base": "0"},
			func() (string, error) {
				r, err := relief.Default().SmallScaleVATExemption(dayIn, relief.SmallScaleCase{Firm: small, SmallScaleSales: relief.SmallScaleSales{SoldOn: rules.MustDate(2022, 5, 1), Sales: d("100000")}})
				return money(r.Amount), err
			}, "3000.00"},
		{relief.RuleSixTaxesTwoFees, rules.Inputs{"tax_kind": "房产税", "amount": "4000", "small_scale": true, "small_low_profit": true, "entity_type": "企业"},
			func() (string, error) {
				r, err := relief.Default().SixTaxesTwoFees(dayIn, relief.LocalTaxCase{Firm: small, LocalTax: relief.LocalTax{Kind: relief.PropertyTax, Amount: d("4000")}})
				return money(r.Amount), err
			}, "2000.00"},
		{relief.RuleSmallProfitCIT, rules.Inputs{"small_low_profit": true, "taxable_income": "2000000"},
			func() (string, error) {
				r, err := relief.Default().SmallProfitCIT(dayIn, relief.IncomeCase{Firm: small, TaxableIncome: d("2000000")})
				return money(r.Amount), err
			}, "50000.00"},
		{relief.RuleEquipmentDeduction, rules.Inputs{"size": "中型", "bought_on": "2022-02-01", "unit_value": "6000000", "min_life": "5年"},
			func() (string, error) {
				r, err := relief.Default().EquipmentDeduction(dayIn, relief.EquipmentCase{Firm: maker, Equipment: relief.Equipment{BoughtOn: rules.MustDate(2022, 2, 1), UnitValue: d("6000000"), Life: relief.Life5}})
				return money(r.Amount), err
			}, "3000000.00"},
		{relief.RuleRDSuperDeduction, rules.Inputs{"tech_sme": true, "rd_expense": "400000"},
			func() (string, error) {
				r, err := relief.Default().RDSuperDeduction(dayIn, relief.RDCase{Firm: small, RDExpense: d("400000")})
				return money(r.Amount), err
			}, "400000.00"},
		// min(50,000 × 10%, 4,000): the offset is capped by the VAT payable
		{relief.RuleVATAdditionalDeduction, rules.Inputs{"industry": "零售业", "taxpayer": "生产性服务业", "period_date": "2022-04-30", "creditable_input": "50000", "vat_payable": "4000"},
			func() (string, error) {
				r, err := relief.Default().VATAdditionalDeduction(dayIn, relief.ServiceVATCase{Firm: small, ServiceVAT: relief.ServiceVAT{Period: rules.MustDate(2022, 4, 30), Taxpayer: relief.ProductiveService, CreditableInput: d("50000"), VATPayable: dp("4000")}})
				return money(r.Amount), err
			}, "4000.00"},
		{relief.RuleInspectionDiscount, rules.Inputs{"industry": "餐饮业", "service": "餐饮住宿企业特种设备检验检测", "standard_fee": "2000", "bureau_unit": true},
			func() (string, error) {
				r, err := relief.Default().InspectionFee(dayIn, relief.InspectionCase{Firm: restaurant, Inspection: relief.Inspection{Service: relief.CateringEquipmentInspection, StandardFee: d("2000"), BureauUnit: yes()}})
				return money(r.Amount), err
			}, "1000.00"},
		{relief.RuleUnionRefund, rules.Inputs{"entity_type": "企业", "size": "中型", "paid_on": "2022-03-01", "fees_paid": "10000"},
			func() (string, error) {
				r, err := relief.Default().UnionFeeRefund(dayIn, relief.UnionFeeCase{Firm: maker, UnionFeePayment: relief.UnionFeePayment{PaidOn: rules.MustDate(2022, 3, 1), Amount: d("10000")}})
				return money(r.Amount), err
			}, "5000.00"},
		{relief.RuleStateOwnedRentWaiver, rules.Inputs{"entity_type": "企业", "size": "小型", "industry": "旅行社", "landlord": "市属国有企业", "monthly_rent": "8000", "risk_level_changed": false},
			func() (string, error) {
				r, err := relief.Default().StateOwnedRentWaiver(dayIn, relief.LeaseCase{Firm: agency, Lease: relief.Lease{Landlord: relief.CitySOE, MonthlyRent: d("8000"), RiskLevelChanged: no()}})
				return money(r.Amount), err
			}, "24000.00"},
		{relief.RuleEpidemicPrevention, firmIn(small, "spending_year", 2022, "spending", "20000", "tier_rate", "0.4", "tier_cap", "10000"),
			func() (string, error) {
				r, err := relief.Default().EpidemicPreventionSubsidy(dayIn, relief.EpidemicCase{Firm: small, EpidemicSpending: relief.EpidemicSpending{Year: 2022, Amount: d("20000")}, Tier: relief.Tier{Rate: rules.Pct("40"), Cap: d("10000")}})
				return money(r.Amount), err
			}, "8000.00"},
		{relief.RuleImportedGoodsTesting, rules.Inputs{"industry": "零售业"},
			func() (string, error) {
				r, err := relief.Default().ImportedGoodsTesting(dayIn, small)
				return fmt.Sprint(r.Eligible()), err
			}, "false"},
		{relief.RuleGuaranteeFee, rules.Inputs{"rate_2021": "0.015"},
			func() (string, error) {
				r, err := relief.Default().GuaranteeFeeRate(dayIn, relief.GuaranteeCase{Rate2021: rules.Pct("1.5")})
				return r.Rate.Fraction().String(), err // the book's figure is the fraction
			}, "0.012"},
		{relief.RuleBridgeLoanFee, rules.Inputs{"amount": "3000000", "months": "1"},
			func() (string, error) {
				r, err := relief.Default().BridgeLoanFee(dayIn, relief.BridgeLoan{Amount: d("3000000"), Months: d("1")})
				return r.MonthlyRate.String(), err
			}, "0.0036"},
		{relief.RuleUnemploymentDeferral, rules.Inputs{"entity_type": "企业", "industry": "旅行社", "deferral_from": "2022-05-01"},
			func() (string, error) {
				r, err := relief.Default().UnemploymentInsuranceDeferral(dayIn, relief.UnemploymentCase{Firm: agency, From: rules.MustDate(2022, 5, 1)})
				return r.Until.String(), err
			}, "2023-05-01"},
		{relief.RuleConsumptionEvent, firmIn(small, "stopped_on", "2022-03-01", "campaign_event", true, "stopped_for_epidemic", true, "spending", "500000"),
			func() (string, error) {
				r, err := relief.Default().ConsumptionEventSubsidy(dayIn, relief.EventCase{Firm: small, StoppedEvent: relief.StoppedEvent{StoppedOn: rules.MustDate(2022, 3, 1), Campaign: yes(), StoppedForEpidemic: yes(), Spending: d("500000")}})
				return money(r.Amount), err
			}, "150000.00"},
		{relief.RuleNEVTradeIn, rules.Inputs{"bought_on": "2022-05-01", "consumer": "个人", "locality": "瓯海区", "scrapped_old_car": true, "bought_new_energy": true, "received_before": false, "quota_used": 10},
			func() (string, error) {
				used := 10
				r, err := relief.Default().NEVTradeInSubsidy(dayIn, relief.TradeInCase{Consumer: relief.Consumer{Kind: relief.PersonConsumer, Locality: relief.Ouhai}, TradeIn: relief.TradeIn{BoughtOn: rules.MustDate(2022, 5, 1), ScrappedOldCar: yes(), BoughtNewEnergy: yes(), ReceivedBefore: no(), QuotaUsed: &used}})
				return money(r.Amount), err
			}, "2000.00"},
		// 500,000 × 30%
		{relief.RuleExhibition, firmIn(organiser, "cancelled_on", "2022-03-01", "organiser", true, "listed_key_exhibition", true, "cancelled_for_epidemic", true, "cancelled_cost", "500000"),
			func() (string, error) {
				r, err := relief.Default().ExhibitionSubsidy(dayIn, relief.ExhibitionCase{Firm: organiser, CancelledExhibition: relief.CancelledExhibition{CancelledOn: rules.MustDate(2022, 3, 1), Organiser: yes(), Listed: yes(), CancelledForEpidemic: yes(), Cost: d("500000")}})
				return money(r.Amount), err
			}, "150000.00"},
		// (1,500,000 − 500,000) × 10%
		{relief.RuleExhibitionTech, firmIn(organiser, "invested_on", "2022-04-20", "tech_investment", "1500000", "online_offline_project", true),
			func() (string, error) {
				r, err := relief.Default().ExhibitionTechSubsidy(dayIn, relief.ExhibitionTechCase{Firm: organiser, ExhibitionTech: relief.ExhibitionTech{InvestedOn: rules.MustDate(2022, 4, 20), Investment: d("1500000"), OnlineOffline: yes()}})
				return money(r.Amount), err
			}, "100000.00"},
		{relief.RuleTravelAgency, firmIn(agency, "reward_year", 2022, "overnight_visitors", 4500, "study_visitors", 1800),
			func() (string, error) {
				r, err := relief.Default().TravelAgencyReward(dayIn, relief.VisitorsCase{Firm: agency, Visitors: relief.Visitors{Year: 2022, Overnight: 4500, Study: 1800}})
				return money(r.Amount), err
			}, "44000.00"},
		{relief.RuleBookstoreRent, firmIn(bookshop, "landlord", "非国有单位或个人", "book_area", "300"),
			func() (string, error) {
				r, err := relief.Default().BookstoreRentSubsidy(dayIn, relief.BookstoreCase{Firm: bookshop, Bookstore: relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: d("300")}})
				return money(r.Amount), err
			}, "36000.00"},
		{relief.RuleCinema, firmIn(cinema, "seats", 120),
			func() (string, error) {
				r, err := relief.Default().CinemaSubsidy(dayIn, relief.CinemaCase{Firm: cinema, Seats: 120})
				return money(r.Amount), err
			}, "18000.00"},
		{relief.RulePropertyManagement, firmIn(property, "managed_area", "1000000", "extra_spending", true),
			func() (string, error) {
				r, err := relief.Default().PropertyManagementSubsidy(dayIn, relief.PropertyCase{Firm: property, PropertyPortfolio: relief.PropertyPortfolio{ManagedArea: d("1000000"), ExtraSpending: yes()}})
				return money(r.Amount), err
			}, "20000.00"},
		{relief.RuleHighwayDiscount, rules.Inputs{"vehicle": "国际标准集装箱运输专用车辆", "legally_loaded": true, "toll": "1000"},
			func() (string, error) {
				r, err := relief.Default().HighwayTollDiscount(dayIn, relief.HighwayTrip{Vehicle: relief.ContainerTruck, LegallyLoaded: yes(), Toll: d("1000")})
				return money(r.Amount), err
			}, "350.00"},
		{relief.RuleGreenChannel, rules.Inputs{"whole_vehicle_legal_load": true, "listed_produce": true, "toll": "500"},
			func() (string, error) {
				r, err := relief.Default().GreenChannelToll(dayIn, relief.ProduceTrip{WholeVehicleLegalLoad: yes(), ListedProduce: yes(), Toll: d("500")})
				return money(r.Amount), err
			}, "500.00"},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.rule] = true
		typed, err := c.typed()
		if err != nil {
			t.Errorf("%s typed: %v", c.rule, err)
			continue
		}
		res, err := relief.Book().Eval(c.rule, dayIn, c.inputs)
		if err != nil {
			t.Errorf("%s book: %v", c.rule, err)
			continue
		}
		book := res.Value.String()
		if res.Unit.IsMoney() {
			book = res.Value.Number().StringFixed(2)
		}
		if c.rule == relief.RuleUnemploymentDeferral {
			f, _ := res.Figure("deferral_until")
			book = f.Value.String()
		}
		if typed != c.want || book != c.want {
			t.Errorf("%s: typed %s, book %s, want %s", c.rule, typed, book, c.want)
		}
	}
	for _, id := range relief.Book().RuleIDs() {
		if !seen[id] {
			t.Errorf("rule %s has no typed-vs-book case", id)
		}
	}
}

// A typed function over a book derived with an override uses the
// override; the notice's book is unchanged, and a cap cannot be raised.
func TestDerivedBook(t *testing.T) {
	plan := &rules.Document{Number: "示例区〔2022〕1号", Title: "某区物业服务企业防疫补贴实施细则（示例）", Issuer: "示例区人民政府",
		Issued: rules.MustDate(2022, 5, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	derived, err := relief.Book().Derive(rules.Override{Param: "cinema_rate", From: rules.MustDate(2022, 5, 1),
		Value: "30", Cite: plan.Cite("二", "每个座位每月30元")})
	if err != nil {
		t.Fatal(err)
	}
	ev := relief.MustEvaluator(derived)
	f := privateFirm(relief.Small, relief.Cinema, relief.Lucheng)
	got, err := ev.CinemaSubsidy(dayIn, relief.CinemaCase{Firm: f, Seats: 100})
	if err != nil {
		t.Fatal(err)
	}
	orig, err := relief.Default().CinemaSubsidy(dayIn, relief.CinemaCase{Firm: f, Seats: 100})
	if err != nil {
		t.Fatal(err)
	}
	// 30 × 100 × 6 = 18,000 under the override; 25 × 100 × 6 = 15,000 in the notice
	if got.Amount.StringFixed(2) != "18000.00" || orig.Amount.StringFixed(2) != "15000.00" {
		t.Errorf("derived %s, original %s; want 18000.00 and 15000.00", got.Amount, orig.Amount)
	}
	_, err = relief.Book().Derive(rules.Override{Param: "event_subsidy_cap", From: rules.MustDate(2022, 5, 1),
		Value: "400000", Cite: plan.Cite("三", "最高40万元")})
	if !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("raising the 300,000 cap (最高30万元): want ErrInvalidOverride, got %v", err)
	}
}

func TestNewEvaluatorRefusesAnotherBook(t *testing.T) {
	other := rules.MustCompile(rules.Spec{Rules: []rules.Rule{{ID: "other.rule.x", Title: rules.T("其他", "other"),
		Cite: relief.Notice().Cite("附则3", "本政策自2022年4月1日起生效"), Outputs: []rules.Output{{Name: "x", Title: rules.T("x", "x"), Expr: "true"}}}}})
	if _, err := relief.NewEvaluator(other); !errors.Is(err, rules.ErrUnknownRule) {
		t.Errorf("a book without the notice's rules: want ErrUnknownRule, got %v", err)
	}
}

func TestParse(t *testing.T) {
	type parsed struct {
		got any
		err error
	}
	p := func(v any, err error) parsed { return parsed{v, err} }
	good := []parsed{
		p(relief.ParseLocality("洞头区")), p(relief.ParseEntityType("个体工商户")), p(relief.ParseSize("微型")),
		p(relief.ParseIndustry("物业服务业")), p(relief.ParseOwnership("国有控股")), p(relief.ParseMujunClass("C类")),
		p(relief.ParseCreditStatus("列入严重失信名单")), p(relief.ParseLandlord("区属国有企业")), p(relief.ParseTaxKind("印花税")),
		p(relief.ParseDepreciationLife("10年")), p(relief.ParseVATTaxpayer("生活性服务业")),
		p(relief.ParseInspectionService("住宅电梯定期检验")), p(relief.ParseVehicle("货运车辆")), p(relief.ParseConsumerKind("单位")),
		p(relief.ParseIndustry("实体书店")), p(relief.ParseIndustry("影院")), p(relief.ParseIndustry("办展企业")),
		p(relief.ParseTaxPeriod("2021年第四季度")), p(relief.ParseProductLine("服装")),
	}
	want := []any{relief.Dongtou, relief.IndividualBusiness, relief.Micro, relief.PropertyService, relief.StateControlled, relief.MujunC,
		relief.SeriouslyDishonest, relief.DistrictSOE, relief.StampDuty, relief.Life10, relief.LifestyleService,
		relief.ResidentialLiftPeriodic, relief.FreightVehicle, relief.UnitConsumer,
		relief.Bookshop, relief.Cinema, relief.ExhibitionFirm, relief.TaxPeriod2021Q4, relief.Clothing}
	for i, g := range good {
		if g.err != nil || g.got != want[i] {
			t.Errorf("parse %d: got %v, %v; want %v", i, g.got, g.err, want[i])
		}
	}
	bad := []error{
		second(relief.ParseLocality("温州")), second(relief.ParseEntityType("公司")), second(relief.ParseSize("小微")),
		second(relief.ParseIndustry("房地产")), second(relief.ParseOwnership("民营")), second(relief.ParseMujunClass("C")),
		second(relief.ParseCreditStatus("失信")), second(relief.ParseLandlord("国企")), second(relief.ParseTaxKind("增值税")),
		second(relief.ParseDepreciationLife("6年")), second(relief.ParseVATTaxpayer("服务业")),
		second(relief.ParseInspectionService("食品检测")), second(relief.ParseVehicle("客车")), second(relief.ParseConsumerKind("企业")),
		second(relief.ParseTaxPeriod("2022年第三季度")), second(relief.ParseProductLine("鞋")),
	}
	for i, err := range bad {
		if err == nil {
			t.Errorf("bad parse %d: want an error listing the valid values", i)
		}
	}
	if !relief.Lucheng.IsUrban() || relief.Ruian.IsUrban() || relief.OutsideWenzhou.IsUrban() {
		t.Error("IsUrban: 鹿城区 is in 市区, 瑞安市 and 市外 are not")
	}
}

func second[T any](_ T, err error) error { return err }
