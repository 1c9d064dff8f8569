package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Claims and facts of single measures, used by the methods and by
// [Profile]. Their tags name the rules' inputs. A fact with a date of its own carries it (a sale, a payment, a
// purchase, an event stopped, a tax period), and the measure's window is a
// condition on that date. A yes/no fact or a count that the caller may not
// know is a pointer: nil is "not stated", and the measure then reports the
// fact missing rather than deciding on a Go zero value. An amount that is
// itself the fact claimed — a payment, a spending, a cost, a rent, a fee or
// a toll billed, an area, a count of seats — is above zero: zero (a field
// left unset) is an error matching [rules.ErrInvalidInput] naming it, never
// a figure of 0 granted. A year (of a spending, of counts) has begun by the
// evaluation date, and a due date follows the start of its tax period.
type (
	// TaxDeferralClaim is a tax period's taxes to defer under measure 2.
	TaxDeferralClaim struct {
		Period TaxPeriod       `rule:"tax_period"` // 税款所属期
		Amount decimal.Decimal `rule:"amount"`     // the listed taxes of the period
		Due    rules.Date      `rule:"due_date"`   // due date before the measure (2021 Q4: the date already deferred to)
	}
	// SmallScaleSales are a small-scale taxpayer's sales under measure 3.
	SmallScaleSales struct {
		SoldOn     rules.Date      `rule:"sold_on"`     // day of the sales; for a return's total, a day of its period
		Sales      decimal.Decimal `rule:"sales"`       // taxable sales at the 3% levy rate, VAT excluded
		PrepayBase decimal.Decimal `rule:"prepay_base"` // sales of items prepaid at the 3% rate
	}
	// LocalTax is one of the six taxes and two fees due (measure 4).
	LocalTax struct {
		Kind   TaxKind         `rule:"tax_kind"`
		Amount decimal.Decimal `rule:"amount"`
	}
	// Equipment is equipment bought (measure 5).
	Equipment struct {
		BoughtOn  rules.Date       `rule:"bought_on"` // day of purchase: 2022 for the measure
		UnitValue decimal.Decimal  `rule:"unit_value"`
		Life      DepreciationLife `rule:"min_life"`
	}
	// ServiceVAT is a taxpayer's kind and input VAT for a tax period
	// (measure 6).
	ServiceVAT struct {
		Period          rules.Date       `rule:"period_date"` // a day of the tax period (当期): 2022 for the measure
		Taxpayer        VATTaxpayer      `rule:"taxpayer"`
		CreditableInput decimal.Decimal  `rule:"creditable_input"`
		VATPayable      *decimal.Decimal `rule:"vat_payable"` // the period's VAT payable before the offset; needed for service taxpayers
	}
	// Inspection is a testing or calibration service billed (measure 9).
	Inspection struct {
		Service     InspectionService `rule:"service"`
		ProductLine ProductLine       `rule:"product_line"` // for product testing: the firm's line (服装、儿童家具、教玩具 or 其他)
		StandardFee decimal.Decimal   `rule:"standard_fee"`
		BureauUnit  *bool             `rule:"bureau_unit"` // by a unit directly under the city market regulation bureau
		ListedFirm  *bool             `rule:"listed_firm"` // on the 2021 list of leading or high-growth firms; needed for their calibration cut
	}
	// UnionFeePayment is union fees paid (measure 10).
	UnionFeePayment struct {
		PaidOn rules.Date      `rule:"paid_on"` // day of payment: January–June 2022 for the measure
		Amount decimal.Decimal `rule:"fees_paid"`
	}
	// Lease is premises a firm rents (measure 11).
	Lease struct {
		Landlord         Landlord        `rule:"landlord"`
		MonthlyRent      decimal.Decimal `rule:"monthly_rent"`
		RiskLevelChanged *bool           `rule:"risk_level_changed"` // the county-level area's epidemic risk level changed; nil is not stated
	}
	// EpidemicSpending is audited prevention and disinfection spending
	// (measure 13).
	EpidemicSpending struct {
		Year   int             `rule:"spending_year,omitzero"` // the year of the spending: 2022 for the measure; 0 is not stated
		Amount decimal.Decimal `rule:"spending"`
	}
	// Tier is the subsidy share and highest amount the industry department
	// sets for a size class under measure 13 (at most 50% and 30,000):
	// Rate a percentage, rules.Pct("50") for 50%.
	Tier struct {
		Rate rules.Rate      `rule:"tier_rate"`
		Cap  decimal.Decimal `rule:"tier_cap"`
	}
	// TierTable is the industry department's table of tiers by size class
	// (分类、分档), which the notice does not state.
	TierTable map[Size]Tier
	// BridgeLoan is an emergency bridge loan (measure 15): its amount and
	// the months it is used, both above zero; both zero (the zero
	// BridgeLoan) asks for the rate alone, and one without the other is an
	// error matching [rules.ErrInvalidInput] naming the one missing.
	BridgeLoan struct {
		Amount decimal.Decimal `rule:"amount,omitzero"`
		Months decimal.Decimal `rule:"months,omitzero"`
	}
	// StoppedEvent is a consumption event stopped for epidemic control
	// (measure 19).
	StoppedEvent struct {
		StoppedOn          rules.Date      `rule:"stopped_on"`     // day the event was stopped: Q1–Q2 2022 for the measure
		Campaign           *bool           `rule:"campaign_event"` // a “百场促消费” event
		StoppedForEpidemic *bool           `rule:"stopped_for_epidemic"`
		Spending           decimal.Decimal `rule:"spending"`
	}
	// Consumer is a buyer under measure 20. Mujun and Credit are for unit
	// consumers; leave them empty for a person. UrbanResidencePermit is for
	// a person whose hukou is not in 市区, who must state it; nil is not
	// stated.
	Consumer struct {
		Kind                 ConsumerKind `rule:"consumer"`
		Locality             Locality     `rule:"locality"`               // a unit's registration, a person's hukou
		UrbanResidencePermit *bool        `rule:"urban_residence_permit"` // holds a 市区 residence permit
		Mujun                MujunClass   `rule:"mujun_class"`
		Credit               CreditStatus `rule:"credit"`
	}
	// TradeIn is a new-energy car bought for an old one (measure 20).
	TradeIn struct {
		BoughtOn        rules.Date `rule:"bought_on"` // day of purchase: 2022 for the measure
		ScrappedOldCar  *bool      `rule:"scrapped_old_car"`
		BoughtNewEnergy *bool      `rule:"bought_new_energy"`
		ReceivedBefore  *bool      `rule:"received_before"` // the consumer has had the subsidy before
		QuotaUsed       *int       `rule:"quota_used"`      // cars subsidised before this one
	}
	// CancelledExhibition is an exhibition cancelled for the epidemic, for
	// which its organiser claims under measure 21.
	CancelledExhibition struct {
		CancelledOn          rules.Date      `rule:"cancelled_on"`           // Q1–Q2 2022 for the measure
		Organiser            *bool           `rule:"organiser"`              // the firm organised it (该会展项目主办方)
		Listed               *bool           `rule:"listed_key_exhibition"`  // on the list of key exhibitions
		CancelledForEpidemic *bool           `rule:"cancelled_for_epidemic"` // cancelled for the epidemic, unable to be postponed
		Cost                 decimal.Decimal `rule:"cancelled_cost"`
	}
	// ExhibitionTech is an exhibition firm's investment in a new app or an
	// online-offline business (measure 21's technology subsidy).
	ExhibitionTech struct {
		InvestedOn    rules.Date      `rule:"invested_on"`            // within the notice's period for the measure
		OnlineOffline *bool           `rule:"online_offline_project"` // a new app or an online-offline business
		Investment    decimal.Decimal `rule:"tech_investment"`
	}
	// Visitors are a travel agency's counts for a year (measure 22).
	Visitors struct {
		Year      int `rule:"reward_year,omitzero"` // the year of the counts: 2022 for the measure; 0 is not stated
		Overnight int `rule:"overnight_visitors"`   // overnight visitors from outside the city, study groups included
		Study     int `rule:"study_visitors"`       // retreat and study-group visitors staying 3 nights or more
	}
	// Bookstore is a physical bookstore's premises (measure 24).
	Bookstore struct {
		Landlord Landlord        `rule:"landlord"`
		BookArea decimal.Decimal `rule:"book_area"` // m²
	}
	// PropertyPortfolio is what a property-service firm manages (measure 26).
	PropertyPortfolio struct {
		ManagedArea   decimal.Decimal `rule:"managed_area"`   // m²
		ExtraSpending *bool           `rule:"extra_spending"` // extra spending on supplies or disinfection; nil is not stated
	}
	// HighwayTrip is a toll of measure 27. LegallyLoaded is stated for
	// every trip; ZhejiangETC and LocalStateSection for a freight vehicle
	// (a container truck's discount needs neither): nil is not stated.
	HighwayTrip struct {
		Vehicle           Vehicle         `rule:"vehicle"`
		LegallyLoaded     *bool           `rule:"legally_loaded"`      // 合法装载
		ZhejiangETC       *bool           `rule:"zhejiang_etc"`        // uses an ETC unit issued in Zhejiang; needed for a freight vehicle
		LocalStateSection *bool           `rule:"local_state_section"` // a city- or county-owned section; needed for a freight vehicle
		Toll              decimal.Decimal `rule:"toll"`
	}
	// ProduceTrip is a toll of measure 28; nil is not stated.
	ProduceTrip struct {
		WholeVehicleLegalLoad *bool           `rule:"whole_vehicle_legal_load"` // 整车合法装载
		ListedProduce         *bool           `rule:"listed_produce"`           // produce of the national catalogue
		Toll                  decimal.Decimal `rule:"toll"`
	}
)

// Cases: what a method reads, where a measure reads the firm and a claim
// (or a figure) of its own. Each embeds both, so the two are named where
// the case is written and a claim cannot be passed for another.
type (
	// TaxDeferralCase is a firm's tax deferral claim (measure 2).
	TaxDeferralCase struct {
		Firm
		TaxDeferralClaim
	}
	// SmallScaleCase is a small-scale taxpayer's sales (measure 3).
	SmallScaleCase struct {
		Firm
		SmallScaleSales
	}
	// LocalTaxCase is a firm's tax or fee due (measure 4).
	LocalTaxCase struct {
		Firm
		LocalTax
	}
	// IncomeCase is a firm's annual taxable income (measure 5's income tax).
	IncomeCase struct {
		Firm
		TaxableIncome decimal.Decimal `rule:"taxable_income"`
	}
	// EquipmentCase is equipment a firm bought (measure 5).
	EquipmentCase struct {
		Firm
		Equipment
	}
	// RDCase is a firm's R&D expenses (measure 5's super-deduction).
	RDCase struct {
		Firm
		RDExpense decimal.Decimal `rule:"rd_expense"`
	}
	// ServiceVATCase is a firm's input VAT for a tax period (measure 6).
	ServiceVATCase struct {
		Firm
		ServiceVAT
	}
	// InspectionCase is a testing or calibration service billed to a firm
	// (measure 9).
	InspectionCase struct {
		Firm
		Inspection
	}
	// UnionFeeCase is union fees a firm paid (measure 10).
	UnionFeeCase struct {
		Firm
		UnionFeePayment
	}
	// LeaseCase is premises a firm rents (measure 11).
	LeaseCase struct {
		Firm
		Lease
	}
	// EpidemicCase is a firm's prevention spending with the tier the
	// industry department sets for its size (measure 13).
	EpidemicCase struct {
		Firm
		EpidemicSpending
		Tier
	}
	// GuaranteeCase is the 2021 average guarantee fee rate (measure 14),
	// a percentage: rules.Pct("1.5") for 1.5%.
	GuaranteeCase struct {
		Rate2021 rules.Rate `rule:"rate_2021"`
	}
	// UnemploymentCase is a firm's unemployment-insurance deferral from a
	// day (measure 18).
	UnemploymentCase struct {
		Firm
		From rules.Date `rule:"deferral_from"` // the first day of the deferral; the zero Date is not stated
	}
	// EventCase is a firm's consumption event stopped (measure 19).
	EventCase struct {
		Firm
		StoppedEvent
	}
	// TradeInCase is a consumer's car trade-in (measure 20).
	TradeInCase struct {
		Consumer
		TradeIn
	}
	// ExhibitionCase is an exhibition a firm organised, cancelled
	// (measure 21).
	ExhibitionCase struct {
		Firm
		CancelledExhibition
	}
	// ExhibitionTechCase is an exhibition firm's technology investment
	// (measure 21).
	ExhibitionTechCase struct {
		Firm
		ExhibitionTech
	}
	// VisitorsCase is a travel agency's visitor counts (measure 22).
	VisitorsCase struct {
		Firm
		Visitors
	}
	// BookstoreCase is a bookstore's premises (measure 24).
	BookstoreCase struct {
		Firm
		Bookstore
	}
	// CinemaCase is a cinema's seats (measure 25).
	CinemaCase struct {
		Firm
		Seats int `rule:"seats"`
	}
	// PropertyCase is what a property-service firm manages (measure 26).
	PropertyCase struct {
		Firm
		PropertyPortfolio
	}
)
