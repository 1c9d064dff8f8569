package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/welfare"
)

// The household assessment of 九、30 for the four-member family of
// assess_test.go: about 130 rule evaluations, the take-the-higher of the
// study grants, and no rendering.
func BenchmarkAssess(b *testing.B) {
	h := rehabFamily()
	b.ReportAllocs()
	for b.Loop() {
		st, err := welfare.Assess(benchOn, h, local2)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = st.Members[2].Entries[0].Amount
	}
}

// The assessment of a household of one, and its Chinese text: what a
// screening pass costs per person with a printed statement.
func BenchmarkAssessAndRender(b *testing.B) {
	h := widow()
	b.ReportAllocs()
	for b.Loop() {
		st, err := welfare.Assess(benchOn, h, local2)
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
		a, err := welfare.Default().VeteranMedicalAid(benchOn, h, m, local2)
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
		g, err := welfare.Default().StudyGrant(benchOn, h, m)
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
		s, err := welfare.Default().DisabledHiringSubsidy(benchOn, f, local2)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = s.Amount
	}
}

// The engine's take-the-higher group of the two rent subsidies.
func BenchmarkHousingSupport(b *testing.B) {
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian, Housing: &welfare.Housing{MarketRent: dec("600")},
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
