package relief_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A small low-profit retailer registered and paying its revenue in 鹿城区
// owes 6,000 yuan of urban land use tax: measure 一、4 halves it (按照50%幅度
// 减征……城镇土地使用税, extended to 小型微利企业), 3,000 off and 3,000 to pay.
func Example() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	firm := relief.Firm{
		Entity:                 relief.Enterprise,
		IndependentLegalPerson: true,
		Size:                   relief.Small,
		Industry:               relief.Retail,
		Registration:           relief.Lucheng,
		FiscalRevenue:          relief.Lucheng,
		Ownership:              relief.NonState,
		Mujun:                  relief.MujunUnrated,
		Credit:                 relief.CreditNormal,
		SmallLowProfit:         true,
	}
	r, err := relief.Default().SixTaxesTwoFees(may16, relief.LocalTaxCase{
		Firm:     firm,
		LocalTax: relief.LocalTax{Kind: relief.LandUseTax, Amount: decimal.NewFromInt(6000)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("relief:", r.Amount.StringFixed(2), "to pay:", r.Payable.StringFixed(2))
	// Output: relief: 3000.00 to pay: 3000.00
}

func ExampleEvaluator_EnterpriseEligibility() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	f.Ownership, f.Mujun = relief.StateControlled, relief.MujunD
	e, err := relief.Default().EnterpriseEligibility(may16, f)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Eligible())
	for _, x := range e.Failed() {
		fmt.Println(x.In(rules.Chinese), x.Cite.Ref())
	}
	// Output:
	// false
	// 未满足：不是国有及国有控股企业（ownership = 国有控股） 温政发〔2022〕7号 附则1
	// 未满足：不是“亩均论英雄”综合评价C、D类企业（mujun_class = D类） 温政发〔2022〕7号 附则2
}

func ExampleEvaluator_VATCreditRefund() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A large private retailer registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Large, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	e, _ := relief.Default().VATCreditRefund(may16, f)
	f.Industry = relief.Software
	s, _ := relief.Default().VATCreditRefund(may16, f)
	fmt.Println(e.Eligible(), e.FailedNames(), s.Eligible())
	// Output: false [covered_firm] true
}

func ExampleEvaluator_TaxDeferral() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A medium private manufacturer registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Medium, Industry: relief.Manufacturing,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	// Q1 taxes of 80,000 due 2022-04-20, assessed as of 2022-05-16: a medium
	// firm defers half for 6 months.
	d, _ := relief.Default().TaxDeferral(may16, relief.TaxDeferralCase{Firm: f, TaxDeferralClaim: relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q1, Amount: decimal.RequireFromString("80000"), Due: rules.MustDate(2022, 4, 20)}})
	fmt.Println(d.TaxPeriod, d.Amount.StringFixed(2), d.Due)
	// Output: 2022年第一季度 40000.00 2022-10-20
}

func ExampleEvaluator_SmallScaleVATExemption() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区, a
	// small-scale VAT taxpayer.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true, SmallScaleTaxpayer: true}
	x, _ := relief.Default().SmallScaleVATExemption(may16, relief.SmallScaleCase{Firm: f, SmallScaleSales: relief.SmallScaleSales{SoldOn: rules.MustDate(2022, 4, 30), Sales: decimal.RequireFromString("250000"), PrepayBase: decimal.RequireFromString("40000")}})
	// March sales are before the exemption's period (自2022年4月1日).
	m, _ := relief.Default().SmallScaleVATExemption(may16, relief.SmallScaleCase{Firm: f, SmallScaleSales: relief.SmallScaleSales{SoldOn: rules.MustDate(2022, 3, 31), Sales: decimal.RequireFromString("250000")}})
	fmt.Println(x.Amount.StringFixed(2), x.PrepaymentSuspended.StringFixed(2), m.FailedNames())
	// Output: 7500.00 1200.00 [sold_in_period]
}

func ExampleEvaluator_SixTaxesTwoFees() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	r, _ := relief.Default().SixTaxesTwoFees(may16, relief.LocalTaxCase{Firm: firm, LocalTax: relief.LocalTax{Kind: relief.LandUseTax, Amount: decimal.RequireFromString("6000")}})
	s, _ := relief.Default().SixTaxesTwoFees(may16, relief.LocalTaxCase{Firm: firm, LocalTax: relief.LocalTax{Kind: relief.SecuritiesStampDuty, Amount: decimal.RequireFromString("6000")}})
	fmt.Println(r.Amount.StringFixed(2), r.Payable.StringFixed(2), s.FailedNames(), s.Payable.StringFixed(2))
	// Output: 3000.00 3000.00 [covered_tax] 6000.00
}

func ExampleEvaluator_SmallProfitCIT() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	c, _ := relief.Default().SmallProfitCIT(may16, relief.IncomeCase{Firm: firm, TaxableIncome: decimal.RequireFromString("1800000")})
	fmt.Println(c.Slice.StringFixed(2), c.Amount.StringFixed(2), c.EffectiveRate)
	// Output: 800000.00 40000.00 5%
}

func ExampleEvaluator_EquipmentDeduction() {
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	// Bought in September 2022, assessed at the annual settlement in 2023.
	d, _ := relief.Default().EquipmentDeduction(rules.MustDate(2023, 5, 31), relief.EquipmentCase{Firm: firm, Equipment: relief.Equipment{BoughtOn: rules.MustDate(2022, 9, 1), UnitValue: decimal.RequireFromString("7000000"), Life: relief.Life10}})
	fmt.Println(d.Amount.StringFixed(2), d.Rate)
	// Output: 3500000.00 50%
}

func ExampleEvaluator_RDSuperDeduction() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	f.TechSME = true
	d, _ := relief.Default().RDSuperDeduction(may16, relief.RDCase{Firm: f, RDExpense: decimal.RequireFromString("600000")})
	fmt.Println(d.Amount.StringFixed(2), d.Rate)
	// Output: 600000.00 100%
}

func ExampleEvaluator_VATAdditionalDeduction() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	// 40,000 × 15% = 6,000 against VAT payable of 5,000: 5,000 is offset.
	payable := decimal.RequireFromString("5000")
	v, _ := relief.Default().VATAdditionalDeduction(rules.MustDate(2022, 11, 30), relief.ServiceVATCase{Firm: firm, ServiceVAT: relief.ServiceVAT{Period: rules.MustDate(2022, 10, 31), Taxpayer: relief.LifestyleService, CreditableInput: decimal.RequireFromString("40000"), VATPayable: &payable}})
	b, _ := relief.Default().VATAdditionalDeduction(may16, relief.ServiceVATCase{Firm: firm, ServiceVAT: relief.ServiceVAT{Period: rules.MustDate(2022, 4, 30), Taxpayer: relief.PublicTransport}})
	fmt.Println(v.Amount.StringFixed(2), v.Additional.StringFixed(2), v.NotOffset.StringFixed(2), b.VATExempt)
	// Output: 5000.00 6000.00 1000.00 true
}

func ExampleEvaluator_InspectionFee() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	restaurant := firm
	restaurant.Industry = relief.Catering
	special := relief.Inspection{Service: relief.CateringEquipmentInspection, StandardFee: decimal.RequireFromString("1200"), BureauUnit: new(true)}
	r, _ := relief.Default().InspectionFee(may16, relief.InspectionCase{Firm: restaurant, Inspection: special})
	// A retailer is not a catering or lodging firm: it pays the standard fee.
	x, _ := relief.Default().InspectionFee(may16, relief.InspectionCase{Firm: firm, Inspection: special})
	fmt.Println(r.Amount.StringFixed(2), r.Payable.StringFixed(2))
	fmt.Println(x.Amount.StringFixed(2), x.Payable.StringFixed(2), x.FailedNames())
	// Output:
	// 600.00 600.00
	// 0.00 1200.00 [catering_lodging_firm]
}

func ExampleEvaluator_UnionFeeRefund() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	march := relief.UnionFeePayment{PaidOn: rules.MustDate(2022, 3, 10), Amount: decimal.RequireFromString("4800")}
	small, _ := relief.Default().UnionFeeRefund(may16, relief.UnionFeeCase{Firm: f, UnionFeePayment: march})
	f.Size = relief.Large
	large, _ := relief.Default().UnionFeeRefund(may16, relief.UnionFeeCase{Firm: f, UnionFeePayment: march})
	// Fees paid in December 2021 are not of 2022年1-6月.
	dec21, _ := relief.Default().UnionFeeRefund(may16, relief.UnionFeeCase{Firm: f, UnionFeePayment: relief.UnionFeePayment{PaidOn: rules.MustDate(2021, 12, 15), Amount: decimal.RequireFromString("4800")}})
	fmt.Println(small.Amount.StringFixed(2), large.Amount.StringFixed(2), dec21.FailedNames())
	// Output: 4800.00 2400.00 [paid_jan_to_june]
}

func ExampleEvaluator_StateOwnedRentWaiver() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	w, _ := relief.Default().StateOwnedRentWaiver(may16, relief.LeaseCase{Firm: firm, Lease: relief.Lease{Landlord: relief.DistrictSOE, MonthlyRent: decimal.RequireFromString("5500"), RiskLevelChanged: new(false)}})
	fmt.Println(w.Amount.StringFixed(2), w.Q1ApplicationDeadline)
	_, err := relief.Default().StateOwnedRentWaiver(may16, relief.LeaseCase{Firm: firm, Lease: relief.Lease{Landlord: relief.DistrictSOE, MonthlyRent: decimal.RequireFromString("5500"), RiskLevelChanged: new(true)}})
	fmt.Println(errors.Is(err, rules.ErrCaseByCase))
	// Output:
	// 16500.00 2022-04-30
	// true
}

func ExampleEvaluator_EpidemicPreventionSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	// The tier is the industry department's: here 40% up to 10,000 for a small firm.
	s, _ := relief.Default().EpidemicPreventionSubsidy(may16, relief.EpidemicCase{Firm: firm, EpidemicSpending: relief.EpidemicSpending{Year: 2022, Amount: decimal.RequireFromString("30000")}, Tier: relief.Tier{Rate: rules.Pct("40"), Cap: decimal.RequireFromString("10000")}})
	fmt.Println(s.Amount.StringFixed(2), s.Ceiling.StringFixed(2))
	_, err := relief.Default().EpidemicPreventionSubsidy(may16, relief.EpidemicCase{Firm: firm, EpidemicSpending: relief.EpidemicSpending{Year: 2022, Amount: decimal.RequireFromString("30000")}, Tier: relief.Tier{Rate: rules.Pct("60"), Cap: decimal.RequireFromString("10000")}})
	fmt.Println(err)
	// Output:
	// 10000.00 15000.00
	// relief.subsidy.epidemic_prevention: Rate: the tier's share is at most 50% (tier_rate = 60%, epidemic_rate_cap = 50%)
}

func ExampleEvaluator_ImportedGoodsTesting() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	maker := firm
	maker.Industry = relief.Manufacturing
	_, err := relief.Default().ImportedGoodsTesting(may16, maker)
	r, _ := relief.Default().ImportedGoodsTesting(may16, firm)
	fmt.Println(errors.Is(err, rules.ErrCaseByCase), r.FailedNames())
	// Output: true [industrial_firm]
}

func ExampleEvaluator_GuaranteeFeeRate() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	r, _ := relief.Default().GuaranteeFeeRate(may16, relief.GuaranteeCase{Rate2021: rules.Pct("1")})
	fmt.Println(r.Rate)
	// Output: 0.8%
}

func ExampleEvaluator_BridgeLoanFee() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	c, _ := relief.Default().BridgeLoanFee(may16, relief.BridgeLoan{Amount: decimal.RequireFromString("5000000"), Months: decimal.RequireFromString("1")})
	fmt.Println(c.MonthlyRate, c.Fee.StringFixed(2), c.Saving.StringFixed(2))
	// Output: 0.0036 18000.00 4500.00
}

func ExampleEvaluator_UnemploymentInsuranceDeferral() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	d, _ := relief.Default().UnemploymentInsuranceDeferral(may16, relief.UnemploymentCase{Firm: firm, From: rules.MustDate(2022, 6, 1)})
	fmt.Println(d.Eligible(), d.Until)
	// Output: true 2023-06-01
}

func ExampleEvaluator_ConsumptionEventSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	// Stopped on 2022-03-20, claimed on 2022-05-16.
	b, _ := relief.Default().ConsumptionEventSubsidy(may16, relief.EventCase{Firm: firm, StoppedEvent: relief.StoppedEvent{StoppedOn: rules.MustDate(2022, 3, 20), Campaign: new(true), StoppedForEpidemic: new(true), Spending: decimal.RequireFromString("1200000")}})
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 300000.00
}

func ExampleEvaluator_NEVTradeInSubsidy() {
	person := relief.Consumer{Kind: relief.PersonConsumer, Locality: relief.Ruian, UrbanResidencePermit: new(true)}
	used := 1200
	car := relief.TradeIn{BoughtOn: rules.MustDate(2022, 10, 8), ScrappedOldCar: new(true), BoughtNewEnergy: new(true), ReceivedBefore: new(false), QuotaUsed: &used}
	b, _ := relief.Default().NEVTradeInSubsidy(rules.MustDate(2022, 10, 8), relief.TradeInCase{Consumer: person, TradeIn: car})
	again := car
	again.ReceivedBefore = new(true)
	a, _ := relief.Default().NEVTradeInSubsidy(rules.MustDate(2022, 10, 8), relief.TradeInCase{Consumer: person, TradeIn: again})
	// Whether the consumer had the subsidy before is a fact to state, not a false.
	unknown := car
	unknown.ReceivedBefore = nil
	_, err := relief.Default().NEVTradeInSubsidy(rules.MustDate(2022, 10, 8), relief.TradeInCase{Consumer: person, TradeIn: unknown})
	fmt.Println(b.Amount.StringFixed(2), a.FailedNames())
	fmt.Println(err)
	// Output:
	// 2000.00 [once_per_consumer]
	// relief.subsidy.nev_trade_in: ReceivedBefore: missing
}

func ExampleEvaluator_ExhibitionSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private firm registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.ExhibitionFirm,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	g, _ := relief.Default().ExhibitionSubsidy(may16, relief.ExhibitionCase{Firm: f, CancelledExhibition: relief.CancelledExhibition{
		CancelledOn: rules.MustDate(2022, 3, 12), Organiser: new(true), Listed: new(true), CancelledForEpidemic: new(true), Cost: decimal.RequireFromString("400000"),
	}})
	fmt.Println(g.Amount.StringFixed(2))
	// Output: 120000.00
}

func ExampleEvaluator_ExhibitionTechSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private firm registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.ExhibitionFirm,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	g, _ := relief.Default().ExhibitionTechSubsidy(may16, relief.ExhibitionTechCase{Firm: f, ExhibitionTech: relief.ExhibitionTech{
		InvestedOn: rules.MustDate(2022, 5, 1), OnlineOffline: new(true), Investment: decimal.RequireFromString("2500000"),
	}})
	fmt.Println(g.Amount.StringFixed(2))
	// Output: 200000.00
}

func ExampleEvaluator_TravelAgencyReward() {
	// A small private travel agency registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.TravelAgency,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	r, _ := relief.Default().TravelAgencyReward(rules.MustDate(2023, 2, 1), relief.VisitorsCase{Firm: f, Visitors: relief.Visitors{Year: 2022, Overnight: 5000, Study: 1500}})
	fmt.Println(r.Overnight.StringFixed(2), r.Study.StringFixed(2), r.Amount.StringFixed(2), r.Basis)
	// Output: 40000.00 35000.00 40000.00 市外过夜游客奖励
}

func ExampleEvaluator_BookstoreRentSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	f := firm
	f.Industry = relief.Bookshop
	b, _ := relief.Default().BookstoreRentSubsidy(may16, relief.BookstoreCase{Firm: f, Bookstore: relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("180")}})
	// A retailer that is not a bookstore is refused by name.
	r, _ := relief.Default().BookstoreRentSubsidy(may16, relief.BookstoreCase{Firm: firm, Bookstore: relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("180")}})
	fmt.Println(b.Amount.StringFixed(2), r.FailedNames())
	// Output: 21600.00 [physical_bookstore]
}

func ExampleEvaluator_CinemaSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private cinema registered and paying its revenue in 鹿城区.
	cinema := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Cinema,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	b, err := relief.Default().CinemaSubsidy(may16, relief.CinemaCase{Firm: cinema, Seats: 200})
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Amount.StringFixed(2))
	for _, c := range b.Result().Citations() {
		fmt.Println(c)
	}
	// Output:
	// 30000.00
	// 温政发〔2022〕7号 二、25：“影院按座位数予以6个月（一、二季度）补助，每个座位每月25元”
	// 温政发〔2022〕7号 附则1：“不含房地产企业、国有及国有控股企业、行政事业单位，除政策另有规定外”
	// 温政发〔2022〕7号 附则1：“本政策所指享受奖补的企业为申报时注册地和财政收入在市区范围内具有独立法人资格的企业”
	// 温政发〔2022〕7号 附则2：““亩均论英雄”综合评价C、D类企业、列入严重失信名单企业均不享受资金奖补政策”
}

func ExampleEvaluator_PropertyManagementSubsidy() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private firm registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.PropertyService,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	for _, area := range []string{"999999", "1000000", "2000000"} {
		b, _ := relief.Default().PropertyManagementSubsidy(may16, relief.PropertyCase{Firm: f, PropertyPortfolio: relief.PropertyPortfolio{ManagedArea: decimal.RequireFromString(area), ExtraSpending: new(true)}})
		fmt.Println(area, b.Amount.StringFixed(2))
	}
	// Output:
	// 999999 10000.00
	// 1000000 20000.00
	// 2000000 40000.00
}

func ExampleEvaluator_HighwayTollDiscount() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	r, _ := relief.Default().HighwayTollDiscount(may16, relief.HighwayTrip{Vehicle: relief.FreightVehicle, LegallyLoaded: new(true), ZhejiangETC: new(true), LocalStateSection: new(true), Toll: decimal.RequireFromString("120")})
	fmt.Println(r.Amount.StringFixed(2), r.Payable.StringFixed(2))
	// Output: 18.00 102.00
}

func ExampleEvaluator_GreenChannelToll() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	b, _ := relief.Default().GreenChannelToll(may16, relief.ProduceTrip{WholeVehicleLegalLoad: new(true), ListedProduce: new(true), Toll: decimal.RequireFromString("86.50")})
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 86.50
}

func ExampleEvaluator_Assess() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private bookstore registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Bookshop,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	a, err := relief.Default().Assess(may16, relief.Profile{
		Firm:       f,
		Bookstores: []relief.Bookstore{{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("200")}},
		UnionFees: []relief.UnionFeePayment{
			{PaidOn: rules.MustDate(2021, 12, 20), Amount: decimal.RequireFromString("2000")},
			{PaidOn: rules.MustDate(2022, 3, 20), Amount: decimal.RequireFromString("2000")},
		},
		StateLeases:      []relief.Lease{{Landlord: relief.NonStateLandlord, MonthlyRent: decimal.RequireFromString("9000"), RiskLevelChanged: new(false)}},
		EpidemicSpending: &relief.EpidemicSpending{Year: 2022, Amount: decimal.RequireFromString("8000")},
	}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Print(a)
	// Output:
	// 评估日期 2022年5月16日
	// relief.eligibility.enterprise 享受奖补的企业条件：享受
	// relief.vat.credit_refund 增值税留抵退税范围：享受
	// relief.fee.union_refund 企业工会经费返还（缴纳1）：不符合条件（paid_jan_to_june）
	// relief.fee.union_refund 企业工会经费返还（缴纳2）：享受 2000.00 元
	// relief.rent.state_owned_waiver 减免国有房屋租金：不符合条件（state_owned_premises）
	// relief.subsidy.epidemic_prevention 防疫支出补助：未评估（tier_rate：no tier for size 小型: the industry department's tiers by size (分类、分档) are the caller's to give）
	// relief.subsidy.bookstore_rent 实体书店租金补助：享受 24000.00 元
	// 合计 26000.00 元
}

// Screening the bookstore of the Assess example: the same statuses and
// counted amounts, and the same total, with no result built. One
// Screening serves firm after firm.
func ExampleEvaluator_Screen() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Bookshop,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	var sc relief.Screening
	err := relief.Default().Screen(may16, relief.Profile{
		Firm:       f,
		Bookstores: []relief.Bookstore{{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("200")}},
		UnionFees: []relief.UnionFeePayment{
			{PaidOn: rules.MustDate(2021, 12, 20), Amount: decimal.RequireFromString("2000")},
			{PaidOn: rules.MustDate(2022, 3, 20), Amount: decimal.RequireFromString("2000")},
		},
	}, nil, &sc)
	if err != nil {
		panic(err)
	}
	for _, it := range sc.Items {
		fmt.Println(it.Rule, it.Claim, it.Status, it.Amount().StringFixed(2))
	}
	fmt.Println("total", sc.Total().StringFixed(2))
	// Output:
	// relief.eligibility.enterprise  享受 0.00
	// relief.vat.credit_refund  享受 0.00
	// relief.fee.union_refund 缴纳1 不符合条件 0.00
	// relief.fee.union_refund 缴纳2 享受 2000.00
	// relief.subsidy.bookstore_rent  享受 24000.00
	// total 26000.00
}

func ExampleBook() {
	p, _ := relief.Book().InForce(relief.RuleSmallScaleExemption)
	q, _ := relief.Book().InForce(relief.RuleCinema)
	r, _ := relief.Book().InForce(relief.RulePropertyManagement)
	fmt.Println(len(relief.Book().RuleIDs()))
	fmt.Println(p)
	fmt.Println(q)
	fmt.Println(r)
	// Output:
	// 27
	// 2022-04-01 –
	// 2022-01-01 –
	// 2022-04-01 – 2022-06-30
}

func ExampleNewEvaluator() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private retailer registered and paying its revenue in 鹿城区.
	firm := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Retail,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	// A district that pays bookstores 25 yuan per m² a month from May.
	plan := &rules.Document{Number: "示例区〔2022〕2号", Title: "实体书店租金补助实施细则（示例）", Issuer: "示例区人民政府",
		Issued: rules.MustDate(2022, 5, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	b, err := relief.Book().Derive(rules.Override{Param: "bookstore_rate", From: rules.MustDate(2022, 5, 1), Value: "25",
		Cite: plan.Cite("二", "每平方米每月25元")})
	if err != nil {
		panic(err)
	}
	ev, err := relief.NewEvaluator(b)
	if err != nil {
		panic(err)
	}
	store := relief.Bookstore{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("100")}
	f := firm
	f.Industry = relief.Bookshop
	before, _ := ev.BookstoreRentSubsidy(rules.MustDate(2022, 4, 30), relief.BookstoreCase{Firm: f, Bookstore: store})
	after, _ := ev.BookstoreRentSubsidy(may16, relief.BookstoreCase{Firm: f, Bookstore: store})
	fmt.Println(before.Amount.StringFixed(2), after.Amount.StringFixed(2))
	// Output: 12000.00 15000.00
}

func ExampleMustEvaluator() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private cinema registered and paying its revenue in 鹿城区.
	cinema := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Cinema,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	ev := relief.MustEvaluator(relief.Book())
	b, _ := ev.CinemaSubsidy(may16, relief.CinemaCase{Firm: cinema, Seats: 10})
	fmt.Println(b.Amount.StringFixed(2))
	// Output: 1500.00
}

func ExampleDefault() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// The notice's own book. A state-controlled cinema is outside the
	// appendix (附则1 “不含……国有及国有控股企业”): the figure is zero, and
	// the Outcome names the failed condition without building the
	// explanation.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Cinema,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.StateControlled,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	b, err := relief.Default().CinemaSubsidy(may16, relief.CinemaCase{Firm: f, Seats: 10})
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Amount.StringFixed(2), b.Eligible(), b.FailedNames())
	// Output: 0.00 false [not_state_owned]
}

func ExampleEvaluator_Book() {
	fmt.Println(relief.Default().Book() == relief.Book())
	// Output: true
}

func ExampleParseLocality() {
	l, err := relief.ParseLocality("洞头区")
	fmt.Println(l, l.IsUrban(), err)
	_, err = relief.ParseLocality("温州")
	fmt.Println(err)
	// Output:
	// 洞头区 true <nil>
	// locality: "温州" is not one of: 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区, 市级功能区, 瑞安市, 乐清市, 龙港市, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 市外
}

func ExampleLocalities() {
	fmt.Println(len(relief.Localities()), relief.UrbanLocalities())
	// Output: 15 [市本级 鹿城区 龙湾区 瓯海区 洞头区 市级功能区]
}

func ExampleUrbanLocalities() {
	for _, l := range relief.UrbanLocalities() {
		fmt.Print(l.IsUrban(), " ")
	}
	fmt.Println(relief.Yueqing.IsUrban())
	// Output: true true true true true true false
}

func ExampleParseEntityType() {
	e, _ := relief.ParseEntityType("个体工商户")
	_, err := relief.ParseEntityType("公司")
	fmt.Println(e, err)
	// Output: 个体工商户 entity type: "公司" is not one of: 企业, 个体工商户, 行政事业单位
}

func ExampleEntityTypes() {
	fmt.Println(relief.EntityTypes())
	// Output: [企业 个体工商户 行政事业单位]
}

func ExampleParseSize() {
	s, _ := relief.ParseSize("微型")
	_, err := relief.ParseSize("小微")
	fmt.Println(s, err)
	// Output: 微型 size class: "小微" is not one of: 大型, 中型, 小型, 微型
}

func ExampleSizes() {
	fmt.Println(relief.Sizes())
	// Output: [大型 中型 小型 微型]
}

func ExampleParseIndustry() {
	i, err := relief.ParseIndustry("旅行社")
	fmt.Println(i, err)
	// Output: 旅行社 <nil>
}

func ExampleIndustries() {
	fmt.Println(len(relief.Industries()), relief.Industries()[:3])
	// Output: 24 [农林牧渔业 采矿业 制造业]
}

func ExampleParseOwnership() {
	o, _ := relief.ParseOwnership("国有控股")
	_, err := relief.ParseOwnership("民营")
	fmt.Println(o, err)
	// Output: 国有控股 ownership: "民营" is not one of: 非国有, 国有, 国有控股
}

func ExampleOwnerships() {
	fmt.Println(relief.Ownerships())
	// Output: [非国有 国有 国有控股]
}

func ExampleParseMujunClass() {
	c, _ := relief.ParseMujunClass("D类")
	fmt.Println(c)
	// Output: D类
}

func ExampleMujunClasses() {
	fmt.Println(relief.MujunClasses())
	// Output: [A类 B类 C类 D类 未参评]
}

func ExampleParseCreditStatus() {
	c, _ := relief.ParseCreditStatus("列入严重失信名单")
	fmt.Println(c == relief.SeriouslyDishonest)
	// Output: true
}

func ExampleCreditStatuses() {
	fmt.Println(relief.CreditStatuses())
	// Output: [未列入严重失信名单 列入严重失信名单]
}

func ExampleParseLandlord() {
	l, _ := relief.ParseLandlord("市属国有企业")
	fmt.Println(l == relief.CitySOE)
	// Output: true
}

func ExampleLandlords() {
	fmt.Println(len(relief.Landlords()), relief.Landlords()[6])
	// Output: 7 自有房产
}

func ExampleParseTaxKind() {
	_, err := relief.ParseTaxKind("增值税")
	fmt.Println(err != nil)
	// Output: true
}

func ExampleTaxKinds() {
	fmt.Println(relief.TaxKinds()[:3])
	// Output: [资源税 城市维护建设税 房产税]
}

func ExampleParseDepreciationLife() {
	l, _ := relief.ParseDepreciationLife("4年")
	fmt.Println(l == relief.Life4)
	// Output: true
}

func ExampleDepreciationLives() {
	fmt.Println(relief.DepreciationLives())
	// Output: [3年 4年 5年 10年]
}

func ExampleParseVATTaxpayer() {
	k, _ := relief.ParseVATTaxpayer("生产性服务业")
	fmt.Println(k == relief.ProductiveService)
	// Output: true
}

func ExampleVATTaxpayers() {
	fmt.Println(relief.VATTaxpayers())
	// Output: [生产性服务业 生活性服务业 公共交通运输服务 航空和铁路运输企业分支机构 其他纳税人]
}

func ExampleParseInspectionService() {
	s, _ := relief.ParseInspectionService("住宅电梯定期检验")
	fmt.Println(s == relief.ResidentialLiftPeriodic)
	// Output: true
}

func ExampleInspectionServices() {
	fmt.Println(len(relief.InspectionServices()))
	// Output: 9
}

func ExampleParseVehicle() {
	v, _ := relief.ParseVehicle("国际标准集装箱运输专用车辆")
	fmt.Println(v == relief.ContainerTruck)
	// Output: true
}

func ExampleVehicles() {
	fmt.Println(relief.Vehicles())
	// Output: [国际标准集装箱运输专用车辆 货运车辆]
}

func ExampleParseConsumerKind() {
	k, _ := relief.ParseConsumerKind("个人")
	fmt.Println(k == relief.PersonConsumer)
	// Output: true
}

func ExampleConsumerKinds() {
	fmt.Println(relief.ConsumerKinds())
	// Output: [单位 个人]
}

func ExampleParseTaxPeriod() {
	p, _ := relief.ParseTaxPeriod("2022年第一季度")
	_, err := relief.ParseTaxPeriod("2022年第三季度")
	fmt.Println(p == relief.TaxPeriod2022Q1, err)
	// Output: true tax period: "2022年第三季度" is not one of: 2021年第四季度, 2022年第一季度, 2022年第二季度
}

func ExampleTaxPeriods() {
	fmt.Println(relief.TaxPeriods())
	// Output: [2021年第四季度 2022年第一季度 2022年第二季度]
}

func ExampleParseProductLine() {
	l, _ := relief.ParseProductLine("教玩具")
	fmt.Println(l == relief.Toys)
	// Output: true
}

func ExampleProductLines() {
	fmt.Println(relief.ProductLines())
	// Output: [服装 儿童家具 教玩具 其他]
}

func ExampleNotice() {
	doc := relief.Notice() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政发〔2022〕7号 2022-04-01 – 2022-06-30
}

// The same assessment as [relief.Evaluator.Assess]'s example, in English.
func ExampleAssessment_Text() {
	may16 := rules.MustDate(2022, 5, 16) // the date of the case
	// A small private bookstore registered and paying its revenue in 鹿城区.
	f := relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.Bookshop,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal, SmallLowProfit: true}
	a, err := relief.Default().Assess(may16, relief.Profile{
		Firm:       f,
		Bookstores: []relief.Bookstore{{Landlord: relief.NonStateLandlord, BookArea: decimal.RequireFromString("200")}},
		UnionFees: []relief.UnionFeePayment{
			{PaidOn: rules.MustDate(2021, 12, 20), Amount: decimal.RequireFromString("2000")},
			{PaidOn: rules.MustDate(2022, 3, 20), Amount: decimal.RequireFromString("2000")},
		},
	}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Print(a.Text(rules.English))
	// Output:
	// Assessed on 2022-05-16
	// relief.eligibility.enterprise which firms may receive the subsidies: granted
	// relief.vat.credit_refund who gets VAT credit refunds: granted
	// relief.fee.union_refund refund of union fees (缴纳1): not granted (paid_jan_to_june)
	// relief.fee.union_refund refund of union fees (缴纳2): granted 2000.00 yuan
	// relief.subsidy.bookstore_rent rent subsidy for physical bookstores: granted 24000.00 yuan
	// Total 26000.00 yuan
}
