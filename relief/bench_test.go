package relief_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The travel-agency reward (two tiered rewards, the higher paid, behind
// the appendix's eight conditions) three ways: through the book by ID,
// through the typed function, and written by hand in Go with
// shopspring/decimal.

var (
	benchFirm = relief.Firm{Entity: relief.Enterprise, IndependentLegalPerson: true, Size: relief.Small, Industry: relief.TravelAgency,
		Registration: relief.Lucheng, FiscalRevenue: relief.Lucheng, Ownership: relief.NonState, Mujun: relief.MujunUnrated, Credit: relief.CreditNormal}
	benchVisitors = relief.Visitors{Year: 2022, Overnight: 4500, Study: 1800}
	sinkAmount    decimal.Decimal
)

func BenchmarkTravelAgencyReward(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := relief.Book()
		in := rules.Inputs{"registration": "鹿城区", "fiscal_revenue": "鹿城区", "entity_type": "企业", "independent_legal_person": true,
			"industry": "旅行社", "ownership": "非国有", "mujun_class": "未参评", "credit": "未列入严重失信名单",
			"reward_year": 2022, "overnight_visitors": 4500, "study_visitors": 1800}
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(relief.RuleTravelAgency, dayIn, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkAmount = res.Value.Number()
		}
	})
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := relief.Default().TravelAgencyReward(dayIn, relief.VisitorsCase{Firm: benchFirm, Visitors: benchVisitors})
			if err != nil {
				b.Fatal(err)
			}
			sinkAmount = r.Amount
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := handTravelReward(dayIn, benchFirm, benchVisitors)
			if err != nil {
				b.Fatal(err)
			}
			sinkAmount = r
		}
	})
}

// handTravelReward is the rule as a Go programmer would write it without
// the library: the same period, conditions and figures; no explanation,
// no citations.
func handTravelReward(on rules.Date, f relief.Firm, v relief.Visitors) (decimal.Decimal, error) {
	if on.Before(rules.MustDate(2022, 1, 1)) {
		return decimal.Decimal{}, errors.New("not in force")
	}
	if v.Year == 0 || v.Overnight < 0 || v.Study < 0 || v.Study > v.Overnight {
		return decimal.Decimal{}, errors.New("invalid input")
	}
	ok := f.Registration.IsUrban() && f.FiscalRevenue.IsUrban() && f.Entity == relief.Enterprise && f.IndependentLegalPerson &&
		f.Industry != relief.RealEstate && f.Ownership == relief.NonState && f.Mujun != relief.MujunC && f.Mujun != relief.MujunD &&
		f.Credit != relief.SeriouslyDishonest && f.Industry == relief.TravelAgency && v.Year == 2022 && (v.Overnight > 3000 || v.Study > 1000)
	if !ok {
		return decimal.Zero, nil
	}
	overnight, study := decimal.Zero, decimal.Zero
	if v.Overnight > 3000 {
		overnight = decimal.NewFromInt(int64(v.Overnight - 3000)).Mul(decimal.NewFromInt(20))
	}
	if v.Study > 1000 {
		study = decimal.NewFromInt(20000).Add(decimal.NewFromInt(int64(v.Study - 1000)).Mul(decimal.NewFromInt(30)))
	}
	return decimal.Max(overnight, study).Round(2), nil
}

func BenchmarkEnterpriseEligibility(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		e, err := relief.Default().EnterpriseEligibility(dayIn, benchFirm)
		if err != nil || !e.Eligible() {
			b.Fatal(err)
		}
	}
}

func BenchmarkEpidemicPreventionSubsidy(b *testing.B) {
	s := relief.EpidemicSpending{Year: 2022, Amount: decimal.NewFromInt(40000)}
	t := relief.Tier{Rate: rules.Pct("40"), Cap: decimal.NewFromInt(10000)}
	b.ReportAllocs()
	for b.Loop() {
		r, err := relief.Default().EpidemicPreventionSubsidy(dayIn, relief.EpidemicCase{Firm: benchFirm, EpidemicSpending: s, Tier: t})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = r.Amount
	}
}

func BenchmarkPropertyManagementSubsidy(b *testing.B) {
	f := benchFirm
	f.Industry = relief.PropertyService
	p := relief.PropertyPortfolio{ManagedArea: decimal.NewFromInt(1500000), ExtraSpending: yes()}
	b.ReportAllocs()
	for b.Loop() {
		r, err := relief.Default().PropertyManagementSubsidy(dayIn, relief.PropertyCase{Firm: f, PropertyPortfolio: p})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = r.Amount
	}
}

func BenchmarkTaxDeferral(b *testing.B) {
	f := benchFirm
	f.Industry = relief.Manufacturing
	c := relief.TaxDeferralClaim{Period: relief.TaxPeriod2022Q2, Amount: decimal.NewFromInt(80000), Due: rules.MustDate(2022, 7, 15)}
	b.ReportAllocs()
	for b.Loop() {
		r, err := relief.Default().TaxDeferral(dayIn, relief.TaxDeferralCase{Firm: f, TaxDeferralClaim: c})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = r.Amount
	}
}

// A whole firm assessed: the small manufacturer of the tests, twelve
// evaluations.
func BenchmarkAssess(b *testing.B) {
	p := manufacturerProfile()
	b.ReportAllocs()
	for b.Loop() {
		a, err := relief.Default().Assess(dayIn, p, tiers)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = a.Total
	}
}

// The firm of BenchmarkAssess screened, with one Screening reused.
func BenchmarkScreen(b *testing.B) {
	p := manufacturerProfile()
	var sc relief.Screening
	b.ReportAllocs()
	for b.Loop() {
		if err := relief.Default().Screen(dayIn, p, tiers, &sc); err != nil {
			b.Fatal(err)
		}
		sinkAmount = sc.Total()
	}
}
