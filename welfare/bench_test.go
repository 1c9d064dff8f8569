package welfare_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The household of welfare_test.go: three members, five income items (a
// disabled member's job, the veteran supplement, two green-crop items,
// other income). Each function compiles nothing in the loop: the book is
// compiled once, on its first use.

var (
	benchOn    = rules.MustDate(2023, 6, 1)
	sinkAmount decimal.Decimal
	sinkDate   rules.Date
)

func BenchmarkCountedIncome(b *testing.B) {
	h := household()
	b.ReportAllocs()
	for b.Loop() {
		inc, err := welfare.Default().CountedIncome(benchOn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = inc.Counted
	}
}

// The allowance of a household: five item evaluations and the allowance.
func BenchmarkDibaoAllowance(b *testing.B) {
	h := household()
	b.ReportAllocs()
	for b.Loop() {
		a, err := welfare.Default().DibaoAllowance(benchOn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = a.Amount
	}
}

func BenchmarkDibaoPhaseOut(b *testing.B) {
	h := household()
	found := rules.MustDate(2023, 6, 1) // the period of household() ended on 2023-05-31
	b.ReportAllocs()
	for b.Loop() {
		p, err := welfare.Default().DibaoPhaseOut(benchOn, welfare.PhaseOutCase{Household: h, LocalStandards: standards, FoundOn: found, BySubscription: true})
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = p.Until
	}
}

// Every member-level benefit of part 1 for every member of the household:
// what a screening (免申直享) pass costs per household.
func BenchmarkMemberBenefits(b *testing.B) {
	h := household()
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range h.Members {
			for _, f := range []func() (decimal.Decimal, error){
				func() (decimal.Decimal, error) {
					r, err := welfare.Default().TekunCareFee(benchOn, welfare.MemberCase{Member: m, LocalStandards: standards})
					return r.Amount, err
				},
				func() (decimal.Decimal, error) {
					r, err := welfare.Default().VeteranSupplement(benchOn, welfare.MemberCase{Household: h, Member: m, LocalStandards: standards})
					return r.Amount, err
				},
				func() (decimal.Decimal, error) {
					r, err := welfare.Default().ElderlyCareSubsidy(benchOn, welfare.MemberCase{Household: h, Member: m, LocalStandards: standards})
					return r.Amount, err
				},
				func() (decimal.Decimal, error) {
					r, err := welfare.Default().HighAgeAllowance(benchOn, welfare.MemberCase{Household: h, Member: m})
					return r.Amount, err
				},
				func() (decimal.Decimal, error) {
					r, err := welfare.Default().ChildBasicLiving(benchOn, welfare.MemberCase{Household: h, Member: m, LocalStandards: standards})
					return r.Amount, err
				},
				func() (decimal.Decimal, error) {
					r, err := welfare.Default().MentalGuardianSubsidy(benchOn, welfare.MemberCase{Household: h, Member: m})
					return r.Amount, err
				},
			} {
				r, err := f()
				if err != nil {
					b.Fatal(err)
				}
				sinkAmount = r
			}
		}
	}
}

// The allowance rule alone, three ways: the book by ID, the typed path
// (through CountedIncome of a one-item household, so it includes one item
// evaluation), and by hand in Go with shopspring/decimal, without
// exemptions, explanation or citations.
func BenchmarkAllowanceRule(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := welfare.Book()
		in := rules.Inputs{"household_status": "低保", "counted_income": "10000", "period_months": 12, "members": 3, "dibao_standard": "1085"}
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(welfare.RuleDibaoAllowance, benchOn, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkAmount = res.Value.Number()
		}
	})
	b.Run("typed", func(b *testing.B) {
		h := welfare.Household{Status: welfare.Dibao, Members: make([]welfare.Member, 3),
			Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{{Kind: welfare.OtherIncome, Amount: dec("10000")}}}}
		b.ReportAllocs()
		for b.Loop() {
			a, err := welfare.Default().DibaoAllowance(benchOn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
			if err != nil {
				b.Fatal(err)
			}
			sinkAmount = a.Amount
		}
	})
	b.Run("hand", func(b *testing.B) {
		income, months, members, std := dec("10000"), decimal.NewFromInt(12), decimal.NewFromInt(3), dec("1085")
		b.ReportAllocs()
		for b.Loop() {
			a, err := handAllowance(benchOn, "低保", income, months, members, std)
			if err != nil {
				b.Fatal(err)
			}
			sinkAmount = a
		}
	})
}

var (
	handFirst = rules.MustDate(2022, 5, 1)
	handLast  = rules.MustDate(2025, 12, 31)
)

func handAllowance(on rules.Date, status string, income, months, members, std decimal.Decimal) (decimal.Decimal, error) {
	if on.Before(handFirst) || on.After(handLast) {
		return decimal.Decimal{}, errors.New("not in force")
	}
	if months.Sign() <= 0 || members.Sign() <= 0 || std.Sign() <= 0 || income.Sign() < 0 {
		return decimal.Decimal{}, errors.New("invalid input")
	}
	if status != "低保" || !income.LessThan(std.Mul(members).Mul(months)) {
		return decimal.Zero, nil
	}
	return std.Mul(members).Sub(income.DivRound(months, 24)).Round(2), nil
}

// The household assessment of 九、30 for the four-member family of
// assess_test.go: about 130 rule evaluations, the take-the-higher of the
// study grants, and no rendering.
func BenchmarkAssess(b *testing.B) {
	h := rehabFamily()
	b.ReportAllocs()
	for b.Loop() {
		st, err := welfare.Default().Assess(benchOn, h, local2)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = st.Members[2].Entries[0].Amount
	}
}

// BenchmarkScreen screens the household of BenchmarkAssess: what a
// screening of a whole population costs per household, with one
// Screening reused.
func BenchmarkScreen(b *testing.B) {
	h := rehabFamily()
	var sc welfare.Screening
	b.ReportAllocs()
	for b.Loop() {
		if err := welfare.Default().Screen(benchOn, h, local2, &sc); err != nil {
			b.Fatal(err)
		}
		sinkAmount = sc.Grants[0].Amount
	}
}

// The assessment of a household of one, and its Chinese text: what a
// screening pass costs per person with a printed statement.
func BenchmarkAssessAndRender(b *testing.B) {
	h := widow()
	b.ReportAllocs()
	for b.Loop() {
		st, err := welfare.Default().Assess(benchOn, h, local2)
		if err != nil {
			b.Fatal(err)
		}
		if len(st.String()) == 0 {
			b.Fatal("empty statement")
		}
	}
}

func BenchmarkVeteranMedicalAid(b *testing.B) {
	h := welfare.Household{Status: welfare.Dibao}
	m := welfare.Member{Veteran: true, Medical: &welfare.MedicalCosts{CompliantCost: dec("10000"), Visit: welfare.Inpatient,
		Designated: true, VeteranAidPaidThisYear: dec("15000")}}
	b.ReportAllocs()
	for b.Loop() {
		a, err := welfare.Default().VeteranMedicalAid(benchOn, welfare.MemberCase{Household: h, Member: m, LocalStandards: local2})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = a.Amount
	}
}

func BenchmarkRehabSubsidy(b *testing.B) {
	m := rehabFamily().Members[3]
	b.ReportAllocs()
	for b.Loop() {
		r, err := welfare.Default().RehabSubsidy(benchOn, m)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = r.Amount
	}
}

// Three schemes and the choice of the highest.
func BenchmarkStudyGrant(b *testing.B) {
	h := rehabFamily()
	m := h.Members[2]
	b.ReportAllocs()
	for b.Loop() {
		g, err := welfare.Default().StudyGrant(benchOn, welfare.MemberCase{Household: h, Member: m})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = g.Amount
	}
}

func BenchmarkDisabledHiringSubsidy(b *testing.B) {
	f := welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 30, QualifyingEmployees: intp(30), Concentrated: true}
	b.ReportAllocs()
	for b.Loop() {
		s, err := welfare.Default().DisabledHiringSubsidy(benchOn, welfare.EmployerCase{Employer: f, LocalStandards: local2})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = s.Amount
	}
}

// The engine's take-the-higher group of the two rent subsidies.
func BenchmarkHousingSupport(b *testing.B) {
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian, Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: dec("600")},
		Members: []welfare.Member{{Employment: &welfare.Employment{Occupation: welfare.BusWorker, FrontLine: true}}, {}}}
	b.ReportAllocs()
	for b.Loop() {
		c, err := welfare.Default().HousingSupport(benchOn, h)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = c.Amount
	}
}
