package wzopa_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// edgy makes households that stress the edges of the covered rules: ages a
// day either side of 18, 60, 65, 80, 90 and 100, every value of every
// enumerated fact (and none), income items whose windows start, end and
// straddle the period, amounts a fen either side of a line, standards
// missing or odd to the fen. It is not a population: see the population
// test for that.
type edgy struct {
	r  *rand.Rand
	on rules.Date
}

func (g edgy) pick(n int) int { return g.r.IntN(n) }

func (g edgy) chance(p float64) bool { return g.r.Float64() < p }

func pickOf[T any](g edgy, xs ...T) T { return xs[g.pick(len(xs))] }

// born returns a date of birth for an age near one of the rules' limits.
func (g edgy) born() rules.Date {
	age := pickOf(g, 0, 3, 5, 6, 7, 8, 9, 17, 18, 30, 45, 59, 60, 64, 65, 70, 79, 80, 85, 89, 90, 99, 100, 103)
	d := g.on.AddYears(-age).AddDays(g.pick(5) - 2)
	if age == 0 && g.chance(0.9) {
		d = g.on.AddDays(-g.pick(3)) // a few are born after the date: refused
	}
	if g.chance(0.05) {
		return rules.MustDate(2020, 2, 29).AddYears(-pickOf(g, 0, 16, 60, 80))
	}
	return d
}

// money returns an amount in fen near base yuan.
func (g edgy) money(base int) decimal.Decimal {
	return decimal.New(max(int64(base*100+g.pick(201)-100), 0), -2)
}

func (g edgy) standards() welfare.LocalStandards {
	opt := func(base int) decimal.Decimal {
		if g.chance(0.1) {
			return decimal.Zero // not given
		}
		return g.money(base)
	}
	dibao := g.money(1000 + g.pick(300))
	s := welfare.LocalStandards{
		Dibao: dibao, Dibian: dibao.Mul(decimal.New(15, -1)).Round(2), MinimumWage: opt(2100),
		UrbanConsumption: opt(30000 + g.pick(10000)), UrbanLivingConsumption: opt(28000 + g.pick(8000)),
		ResidentConsumption: opt(35000), PensionLowestTier: opt(100), MedicalContribution: opt(380),
		ProvincialMealStandard: opt(1000),
	}
	if g.chance(0.3) {
		s.LocalMealStandard = g.money(1600)
	}
	if g.chance(0.1) {
		s.Dibao = decimal.Zero
	}
	if g.chance(0.1) {
		s.Dibian = decimal.Zero
	}
	if g.chance(0.8) {
		s.TekunCareFee = map[welfare.SelfCare]decimal.Decimal{}
		for _, sc := range welfare.SelfCares() {
			if g.chance(0.9) {
				s.TekunCareFee[sc] = g.money(200 + g.pick(1600))
			}
		}
	}
	return s
}

func (g edgy) member(i, n int) welfare.Member {
	m := welfare.Member{Name: fmt.Sprintf("成员%d", i+1), BirthDate: g.born()}
	if g.chance(0.03) {
		m.BirthDate = rules.Date{}
	}
	if g.chance(0.3) {
		m.Tekun = pickOf(g, welfare.TekunSupports()...)
	}
	if g.chance(0.7) {
		m.SelfCare = pickOf(g, welfare.SelfCares()...)
	}
	if g.chance(0.5) {
		d := g.chance(0.5)
		m.Dementia = &d
	}
	if g.chance(0.35) {
		m.Disability = pickOf(g, welfare.DisabilityKinds()...)
		if m.Disability != welfare.NotDisabled {
			m.DisabilityGrade = 1 + g.pick(4)
		}
	}
	m.Veteran = g.chance(0.2)
	if g.chance(0.3) {
		m.CareMode = pickOf(g, welfare.CareModes()...)
	}
	m.CareApproved = g.chance(0.5)
	if g.chance(0.35) {
		m.ChildCategory = pickOf(g, welfare.ChildCategories()...)
	}
	if g.chance(0.15) {
		x := &welfare.MentalHealth{RiskClass: pickOf(g, welfare.RiskClasses()...),
			CommunityManaged: g.chance(0.5), Schizophrenia: g.chance(0.6), PoorCompliance: g.chance(0.7),
			IncidentRisk: g.chance(0.7), InjectionApproved: g.chance(0.7)}
		if g.chance(0.6) {
			x.GuardianFulfils = true
		} else {
			x.WeakGuardianship = g.chance(0.8)
		}
		if g.chance(0.5) && n > 1 {
			j := (i + 1) % n
			x.Guardian = &welfare.Guardian{Member: &j}
		}
		m.Mental = x
	}
	m.ResidentPension = g.chance(0.5)
	m.ResidentMedical = g.chance(0.5)
	m.CountyRecognised = g.chance(0.2)
	if g.chance(0.3) {
		w := &welfare.Employment{Occupation: pickOf(g, welfare.Occupations()...), FrontLine: g.chance(0.7),
			PublicWelfarePost: g.chance(0.4), Insured: g.chance(0.5), Graduate: g.chance(0.3), HardToEmploy: g.chance(0.3),
			LivingDifficulty: g.chance(0.5)}
		if g.chance(0.5) {
			approved := g.on.AddYears(-pickOf(g, 0, 1, 3, 4)).AddDays(g.pick(5) - 2)
			x := &welfare.FlexibleEmployment{InsuredIndividually: g.chance(0.8), ApprovedOn: approved,
				Contributions: pickOf(g, decimal.Zero, decimal.New(1, -2), g.money(4000)),
				Subscribed:    pickOf(g, decimal.Zero, decimal.New(19999999, -2), decimal.New(200000, 0))}
			if g.chance(0.5) {
				x.RetiresOn = approved.AddYears(pickOf(g, 2, 5, 6)).AddDays(g.pick(3) - 1)
			}
			if g.chance(0.4) {
				x.LeftSchoolOn = approved.AddYears(-pickOf(g, 0, 2, 3)).AddDays(g.pick(3) - 1)
			}
			if g.chance(0.5) {
				x.PaidForUntil = approved.AddYears(pickOf(g, 0, 1, 3)).AddDays(g.pick(3) - 1)
			}
			w.Flexible = x
		}
		m.Employment = w
	}
	if g.chance(0.3) {
		m.Medical = &welfare.MedicalCosts{CompliantCost: pickOf(g, decimal.Zero, decimal.New(1, -2), decimal.New(5, -2), g.money(3000), g.money(40000)),
			OtherReimbursed: pickOf(g, decimal.Zero, g.money(100)), Visit: pickOf(g, append(welfare.VisitKinds(), "")...),
			Designated: g.chance(0.7), VeteranAidPaidThisYear: pickOf(g, decimal.Zero, g.money(5000), g.money(15000), g.money(20000))}
	}
	if g.chance(0.2) {
		x := &welfare.Rehabilitation{Designated: g.chance(0.8), SchoolDeferred: g.chance(0.4),
			Fee: pickOf(g, decimal.Zero, g.money(400), g.money(3000), g.money(20000)), Months: pickOf(g, 0, 1, 3, 12, 13),
			SubsidyPaidThisYear:   pickOf(g, decimal.Zero, decimal.New(4900, 0), decimal.New(5000, 0), decimal.New(23000, 0)),
			AllowancePaidThisYear: pickOf(g, decimal.Zero, decimal.New(9500, 0), decimal.New(10000, 0))}
		if g.chance(0.6) && !m.BirthDate.IsZero() {
			x.From = m.BirthDate.AddYears(pickOf(g, 3, 6, 7, 8, 9)).AddMonths(-g.pick(4)).AddDays(g.pick(3) - 1)
		}
		m.Rehab = x
		m.Autism = g.chance(0.3)
	}
	if g.chance(0.3) {
		m.Student = &welfare.Student{Level: pickOf(g, append(welfare.StudyLevels(), "", welfare.JuniorHigh, welfare.JuniorHigh, welfare.JuniorHigh)...), Aided: g.chance(0.6),
			GraduatingYear: g.chance(0.5), StudentLoan: g.chance(0.2), ParentDisabled: g.chance(0.3), NotIndependent: g.chance(0.3),
			Tuition:               pickOf(g, nil, new(decimal.Zero), new(g.money(5000)), new(g.money(9999)), new(g.money(12000))),
			SchoolStatusInWenzhou: g.chance(0.7), JuniorYearsInWenzhou: pickOf(g, 0, 2, 3)}
		if g.chance(0.7) {
			m.Student.GraduatedOn = rules.MustDate(g.on.Year()-pickOf(g, 0, 0, 1, 2), 6, 30)
			if g.chance(0.3) {
				m.Student.GraduationYear = m.Student.GraduatedOn.Year() + pickOf(g, 0, 0, 1)
			}
		}
		if g.chance(0.7) {
			m.Student.ParentPermitSince = g.on.AddYears(-pickOf(g, 0, 1, 2, 3, 4)).AddMonths(-pickOf(g, 0, 11, 12))
		}
	}
	if g.chance(0.3) {
		m.Migrant = &welfare.Migrant{Worker: g.chance(0.8), From: pickOf(g, welfare.MigrantOrigins()...),
			ZhejiangPermit: g.chance(0.4), RegisteredMonths: pickOf(g, 0, 5, 6, 7), RegisteredInWenzhou: g.chance(0.6)}
	}
	return m
}

// income returns a period of whole months ending on or before on, and
// items whose jobs started in and around the windows of 二、1.
func (g edgy) income(n int) welfare.Income {
	if g.chance(0.3) {
		if g.chance(0.5) {
			return welfare.Income{PeriodMonths: 12}
		}
		return welfare.Income{}
	}
	months := pickOf(g, 1, 3, 6, 12)
	to := g.on.AddDays(-g.pick(60))
	from := to.AddDays(1).AddMonths(-months)
	inc := welfare.Income{PeriodMonths: months, From: from, To: to}
	if g.chance(0.1) {
		inc.From, inc.To = rules.Date{}, rules.Date{}
	}
	for range g.pick(6) {
		it := welfare.IncomeItem{Kind: pickOf(g, welfare.IncomeKinds()...), Member: g.pick(n),
			Amount: g.money(pickOf(g, 0, 300, 5000, 19000, 20000, 30000, 50000))}
		it.FirstEmployment = g.chance(0.5)
		if it.Kind == welfare.WageIncome || it.Kind == welfare.BusinessIncome || g.chance(0.1) {
			// Around the ends of a 1- or 3-year exemption and the 2 years after.
			back := pickOf(g, 0, 1, 3, 5)
			it.StartedOn = from.AddYears(-back).AddMonths(g.pick(months + 1)).AddDays(g.pick(5) - 2)
			if it.StartedOn.After(to) {
				it.StartedOn = to
			}
			if g.chance(0.03) {
				it.StartedOn = rules.Date{}
			}
		}
		inc.Items = append(inc.Items, it)
	}
	return inc
}

func (g edgy) household() welfare.Household {
	n := 1 + g.pick(5)
	h := welfare.Household{
		Locality:        pickOf(g, append(welfare.Localities(), welfare.OutsideWenzhou, welfare.OutsideWenzhou)...),
		Origin:          pickOf(g, append(welfare.HukouOrigins(), "")...),
		LowIncomeFarmer: g.chance(0.15),
		HardshipWorker:  g.chance(0.1),
	}
	if g.chance(0.7) {
		h.Status = pickOf(g, welfare.AssistanceStatuses()...)
	}
	if g.chance(0.2) {
		h.FamilyPlanning = pickOf(g, welfare.FamilyPlanningCategories()...)
	}
	for i := range n {
		h.Members = append(h.Members, g.member(i, n))
	}
	h.Income = g.income(n)
	h.SpecialCare = g.chance(0.15)
	if g.chance(0.7) {
		h.NonOperatingVehicle = new(g.chance(0.3))
	}
	if g.chance(0.7) {
		h.PoorDisabledFamily = new(g.chance(0.3))
	}
	if g.chance(0.8) {
		h.SocialAssistance = []welfare.SocialAssistanceKind{}
		if g.chance(0.3) {
			h.SocialAssistance = append(h.SocialAssistance, pickOf(g, welfare.SocialAssistanceKinds()...))
		}
	}
	if g.chance(0.6) {
		x := &welfare.Housing{OtherSupported: g.chance(0.3), PublicRental: g.chance(0.3),
			SubsidyMonthsReceived: pickOf(g, 0, 0, 12, 35, 36), Priority: pickOf(g, "", welfare.NoPriority, welfare.LoneElderly, welfare.BreadwinnerLost),
			OpenEndedContract: g.chance(0.3), InsuredMonths: pickOf(g, nil, new(0), new(2), new(3), new(12))}
		if g.chance(0.8) {
			x.OwnsHome = new(g.chance(0.4))
		}
		if g.chance(0.8) {
			x.InKindAllocated = new(g.chance(0.3))
		}
		if g.chance(0.7) {
			x.FloorAreaPerCapita = pickOf(g, decimal.New(1499, -2), decimal.New(15, 0), decimal.New(1501, -2), decimal.New(40, 0))
		}
		if g.chance(0.8) {
			x.MarketRent = g.money(pickOf(g, 300, 400, 1200))
		}
		if g.chance(0.8) {
			x.PublicRent = g.money(pickOf(g, 300, 400, 600))
		}
		if g.chance(0.7) {
			x.ContractYears = pickOf(g, new(decimal.Zero), new(decimal.New(99, -2)), new(decimal.New(1, 0)), new(decimal.New(3, 0)))
		}
		h.Housing = x
	}
	if g.chance(0.2) {
		h.Renovation = &welfare.Renovation{Rural: g.chance(0.7), Project: pickOf(g, welfare.RenovationProjects()...),
			Qualified: g.chance(0.7), NewArea: pickOf(g, decimal.Zero, decimal.New(100, 0), decimal.New(10001, -2)),
			Year: pickOf(g, 0, g.on.AddYears(-1).Year(), g.on.Year())}
	}
	return h
}

// TestAgreeEdges compares the two on households made at the edges of the
// covered rules, on dates across the document's period.
func TestAgreeEdges(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	households, grants, refused := 0, 0, 0
	byRule := map[string]int{}
	choices := 0 // take-the-higher choices of the housing group
	for i := range n {
		day := pickOf(edgy{r: rand.New(rand.NewPCG(7, uint64(i)))}, on, rules.MustDate(2022, 5, 1), rules.MustDate(2024, 2, 29), rules.MustDate(2025, 12, 31))
		g := edgy{r: rand.New(rand.NewPCG(1, uint64(i))), on: day}
		h, s := g.household(), g.standards()
		st, err := welfare.Default().Assess(day, h, s)
		if err != nil {
			t.Fatalf("household %d: library: %v", i, err)
		}
		got, err := newScreener(t).Screen(t.Context(), h, s, day)
		if errors.Is(err, wzopa.ErrRefused) && len(st.Problems) > 0 {
			if testing.Verbose() && refused < 5 {
				t.Log(err)
			}
			refused++ // the library assesses what the problems leave; the policy refuses
			continue
		}
		if err != nil {
			t.Fatalf("household %d: OPA: %v (library's problems: %v)", i, err, st.Problems)
		}
		if len(st.Problems) > 0 {
			t.Errorf("household %d: the library finds problems the policy does not: %v", i, st.Problems)
		}
		lib := libraryGrants(st)
		for _, c := range st.Choices {
			if c.Group == welfare.GroupHousing {
				choices++
			}
		}
		for _, g := range lib {
			byRule[g.Rule]++
		}
		if d := diff(lib, got); d != "" {
			t.Errorf("household %d on %s: the grants differ:\n%s", i, day, d)
			if t.Failed() && households > 20 {
				t.FailNow()
			}
		}
		if d := diff(lib, typedGrants(welfare.Default(), day, h, s, nil)); d != "" {
			t.Errorf("household %d on %s: the typed functions differ from Assess:\n%s", i, day, d)
		}
		households++
		grants += len(lib)
	}
	t.Logf("%d households, %d grants compared, %d refused; %d take-the-higher choices between the rent subsidies", households, grants, refused, choices)
	for _, r := range wzopa.Covered() {
		t.Logf("  %6d %s", byRule[r], r)
	}
}
