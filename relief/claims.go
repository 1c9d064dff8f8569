package relief

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Claims and facts of single measures, used by the typed functions and by
// [Profile]. A fact with a date of its own carries it (a sale, a payment, a
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
		Period TaxPeriod       // 税款所属期
		Amount decimal.Decimal // the listed taxes of the period
		Due    rules.Date      // due date before the measure (2021 Q4: the date already deferred to)
	}
	// SmallScaleSales are a small-scale taxpayer's sales under measure 3.
	SmallScaleSales struct {
		SoldOn     rules.Date      // day of the sales; for a return's total, a day of its period
		Sales      decimal.Decimal // taxable sales at the 3% levy rate, VAT excluded
		PrepayBase decimal.Decimal // sales of items prepaid at the 3% rate
	}
	// LocalTax is one of the six taxes and two fees due (measure 4).
	LocalTax struct {
		Kind   TaxKind
		Amount decimal.Decimal
	}
	// Equipment is equipment bought (measure 5).
	Equipment struct {
		BoughtOn  rules.Date // day of purchase: 2022 for the measure
		UnitValue decimal.Decimal
		Life      DepreciationLife
	}
	// ServiceVAT is a taxpayer's kind and input VAT for a tax period
	// (measure 6).
	ServiceVAT struct {
		Period          rules.Date // a day of the tax period (当期): 2022 for the measure
		Taxpayer        VATTaxpayer
		CreditableInput decimal.Decimal
		VATPayable      *decimal.Decimal // the period's VAT payable before the offset; needed for service taxpayers
	}
	// Inspection is a testing or calibration service billed (measure 9).
	Inspection struct {
		Service     InspectionService
		ProductLine ProductLine // for product testing: the firm's line (服装、儿童家具、教玩具 or 其他)
		StandardFee decimal.Decimal
		BureauUnit  *bool // by a unit directly under the city market regulation bureau
		ListedFirm  *bool // on the 2021 list of leading or high-growth firms; needed for their calibration cut
	}
	// UnionFeePayment is union fees paid (measure 10).
	UnionFeePayment struct {
		PaidOn rules.Date // day of payment: January–June 2022 for the measure
		Amount decimal.Decimal
	}
	// Lease is premises a firm rents (measure 11).
	Lease struct {
		Landlord         Landlord
		MonthlyRent      decimal.Decimal
		RiskLevelChanged bool // the county-level area's epidemic risk level changed
	}
	// EpidemicSpending is audited prevention and disinfection spending
	// (measure 13).
	EpidemicSpending struct {
		Year   int // the year of the spending: 2022 for the measure; 0 is not stated
		Amount decimal.Decimal
	}
	// Tier is the subsidy share and highest amount the industry department
	// sets for a size class under measure 13 (at most 50% and 30,000).
	Tier struct {
		Rate decimal.Decimal
		Cap  decimal.Decimal
	}
	// TierTable is the industry department's table of tiers by size class
	// (分类、分档), which the notice does not state.
	TierTable map[Size]Tier
	// BridgeLoan is an emergency bridge loan (measure 15): its amount and
	// the months it is used, both above zero; both zero (the zero
	// BridgeLoan) asks for the rate alone, and one without the other is an
	// error matching [rules.ErrInvalidInput] naming the one missing.
	BridgeLoan struct {
		Amount decimal.Decimal
		Months decimal.Decimal
	}
	// StoppedEvent is a consumption event stopped for epidemic control
	// (measure 19).
	StoppedEvent struct {
		StoppedOn          rules.Date // day the event was stopped: Q1–Q2 2022 for the measure
		Campaign           *bool      // a “百场促消费” event
		StoppedForEpidemic *bool
		Spending           decimal.Decimal
	}
	// Consumer is a buyer under measure 20. MuJun and Credit are for unit
	// consumers; leave them empty for a person.
	Consumer struct {
		Kind                 ConsumerKind
		Locality             Locality // a unit's registration, a person's hukou
		UrbanResidencePermit bool
		MuJun                MuJunClass
		Credit               CreditStatus
	}
	// TradeIn is a new-energy car bought for an old one (measure 20).
	TradeIn struct {
		BoughtOn        rules.Date // day of purchase: 2022 for the measure
		ScrappedOldCar  *bool
		BoughtNewEnergy *bool
		ReceivedBefore  *bool // the consumer has had the subsidy before
		QuotaUsed       *int  // cars subsidised before this one
	}
	// CancelledExhibition is an exhibition cancelled for the epidemic, for
	// which its organiser claims under measure 21.
	CancelledExhibition struct {
		CancelledOn          rules.Date // Q1–Q2 2022 for the measure
		Organiser            *bool      // the firm organised it (该会展项目主办方)
		Listed               *bool      // on the list of key exhibitions
		CancelledForEpidemic *bool      // cancelled for the epidemic, unable to be postponed
		Cost                 decimal.Decimal
	}
	// ExhibitionTech is an exhibition firm's investment in a new app or an
	// online-offline business (measure 21's technology subsidy).
	ExhibitionTech struct {
		InvestedOn    rules.Date // within the notice's period for the measure
		OnlineOffline *bool      // a new app or an online-offline business
		Investment    decimal.Decimal
	}
	// Visitors are a travel agency's counts for a year (measure 22).
	Visitors struct {
		Year      int // the year of the counts: 2022 for the measure; 0 is not stated
		Overnight int // overnight visitors from outside the city, study groups included
		Study     int // retreat and study-group visitors staying 3 nights or more
	}
	// Bookstore is a physical bookstore's premises (measure 24).
	Bookstore struct {
		Landlord Landlord
		BookArea decimal.Decimal // m²
	}
	// PropertyPortfolio is what a property-service firm manages (measure 26).
	PropertyPortfolio struct {
		ManagedArea   decimal.Decimal // m²
		ExtraSpending bool            // extra spending on supplies or disinfection
	}
	// HighwayTrip is a toll of measure 27.
	HighwayTrip struct {
		Vehicle           Vehicle
		LegallyLoaded     bool
		ZhejiangETC       bool
		LocalStateSection bool
		Toll              decimal.Decimal
	}
	// ProduceTrip is a toll of measure 28.
	ProduceTrip struct {
		WholeVehicleLegalLoad bool
		ListedProduce         bool
		Toll                  decimal.Decimal
	}
)
