package population

import "github.com/wzpolicy/wzpolicy/welfare"

// A member's own facts: birth, abilities, disability, categories, 特困
// support and mental health (household.go draws the composition).

// person draws member k's own facts: birth, name, abilities, disability,
// categories, veteran, 特困 support and mental health.
func (b *hh) person(m *welfare.Member, k int) {
	s := &b.s
	age := b.ages[k]
	m.BirthDate = birthDate(s, b.on, age)
	m.Name = nameOf(s, b.surname, b.roles[k])
	m.Tekun, m.Disability, m.CareMode, m.ChildCategory = welfare.NotTekun, welfare.NotDisabled, welfare.HomeCare, welfare.NoChildCategory

	// Disability (持证残疾人): a share rising with age, four times as
	// high in an assisted household.
	p := 0.015
	switch {
	case age >= 80:
		p = 0.09
	case age >= 60:
		p = 0.05
	case age >= 18:
		p = 0.02
	}
	if b.assisted {
		p *= 4
	}
	if s.chance(p) {
		m.Disability = pick(s, disabilityKinds)
		m.DisabilityGrade = pick(s, disabilityGrades)
	}
	if age < 9 && s.chance(0.01) {
		m.Autism = true
	}

	// Self-care (生活自理能力) is assessed for older and disabled adults,
	// and dementia (失智) stated for older persons; for the others neither
	// is known.
	switch {
	case age >= 80:
		m.SelfCare = pick(s, selfCare80)
		m.Dementia = new(s.chance(0.10))
	case age >= 60:
		m.SelfCare = pick(s, selfCare60)
		m.Dementia = new(s.chance(0.02))
	case age >= 16 && m.Disability != welfare.NotDisabled:
		m.SelfCare = welfare.SelfCaring
	}
	if m.Disability != welfare.NotDisabled && m.DisabilityGrade <= 2 && age >= 16 && m.SelfCare == welfare.SelfCaring && s.chance(0.5) {
		m.SelfCare = pick(s, selfCareDependent)
	}

	if age >= 35 && age <= 95 {
		pv := 0.03
		if b.assisted {
			pv = 0.08
		}
		m.Veteran = s.chance(pv)
	}

	// 特困 persons live alone: older persons, and disabled persons unable
	// to work, of Wenzhou households that are neither 低保 nor 低边.
	if b.n == 1 && b.place >= 0 && !b.assisted && age >= 18 {
		pt := 0.0
		switch {
		case age >= 60:
			pt = 0.05
		case m.Disability != welfare.NotDisabled:
			pt = 0.15
		}
		if s.chance(pt) {
			m.Tekun = pick(s, tekunSupports)
			if m.SelfCare == "" {
				m.SelfCare = welfare.SelfCaring
			}
			if m.Tekun != welfare.TekunDispersed {
				m.CareMode = welfare.InstitutionalCare
			}
		}
	}
	// 低保 elders the county placed in an institution (二、5).
	if b.status == welfare.Dibao && age >= 70 && m.SelfCare != welfare.SelfCaring && s.chance(0.15) {
		m.CareMode, m.CareApproved = welfare.InstitutionalCare, true
	}

	if age < 18 {
		m.ChildCategory = b.childCategory(k)
	}

	// Severe mental disorders under management (二、9).
	pm := 0.0045
	if b.assisted {
		pm = 0.03
	}
	if age >= 16 && s.chance(pm) {
		m.Mental = b.mental()
	}

	m.ResidentMedical = s.chance(residentMedical(age, b.assisted))
	if age >= 16 {
		m.ResidentPension = s.chance(residentPension(age, b.assisted, b.rural))
	}
}

var (
	disabilityKinds = []weighted[welfare.DisabilityKind]{
		{45, welfare.Physical}, {13, welfare.Visual}, {14, welfare.Hearing}, {1, welfare.Speech},
		{8, welfare.Intellectual}, {12, welfare.Mental}, {7, welfare.Multiple}}
	disabilityGrades  = []weighted[int]{{12, 1}, {20, 2}, {28, 3}, {40, 4}}
	selfCare60        = []weighted[welfare.SelfCare]{{88, welfare.SelfCaring}, {7, welfare.MildlyDependent}, {3, welfare.ModeratelyDependent}, {2, welfare.FullyDependent}}
	selfCare80        = []weighted[welfare.SelfCare]{{62, welfare.SelfCaring}, {20, welfare.MildlyDependent}, {10, welfare.ModeratelyDependent}, {8, welfare.FullyDependent}}
	selfCareDependent = []weighted[welfare.SelfCare]{{40, welfare.MildlyDependent}, {35, welfare.ModeratelyDependent}, {25, welfare.FullyDependent}}
	tekunSupports     = []weighted[welfare.TekunSupport]{{65, welfare.TekunDispersed}, {25, welfare.TekunGovernmentInstitution}, {10, welfare.TekunSocialInstitution}}
	riskClasses       = []weighted[welfare.RiskClass]{{55, welfare.NoRiskClass}, {30, welfare.RiskClassI}, {15, welfare.RiskClassII}}
)

func residentMedical(age int, assisted bool) float64 {
	switch {
	case assisted:
		return 0.95
	case age < 18:
		return 0.90
	case age >= 60:
		return 0.55
	}
	return 0.35
}

func residentPension(age int, assisted, rural bool) float64 {
	switch {
	case assisted:
		return 0.80
	case age >= 60 && rural:
		return 0.70
	case rural:
		return 0.40
	}
	return 0.20
}

// childCategory draws the recognised category of a child (二、6).
func (b *hh) childCategory(k int) welfare.ChildCategory {
	s := &b.s
	switch {
	case b.roles[k] == roleGrandchild && s.chance(0.16):
		if s.chance(0.5) {
			return welfare.ScatteredOrphan
		}
		return welfare.UnsupportedChild
	case s.chance(0.0001):
		return welfare.HIVChild
	case b.assisted && s.chance(0.15):
		return welfare.ChildInDifficulty
	case s.chance(0.001):
		return welfare.ChildInDifficulty
	}
	return welfare.NoChildCategory
}

// mental draws a patient's record (二、9). A weak guardianship and a
// guardian who fulfils the duty exclude each other.
func (b *hh) mental() *welfare.MentalHealth {
	s := &b.s
	mh := &welfare.MentalHealth{RiskClass: pick(s, riskClasses), CommunityManaged: s.chance(0.9)}
	mh.WeakGuardianship = s.chance(0.2)
	mh.GuardianFulfils = !mh.WeakGuardianship && s.chance(0.85)
	if mh.WeakGuardianship {
		mh.Schizophrenia, mh.PoorCompliance, mh.IncidentRisk = s.chance(0.7), s.chance(0.8), s.chance(0.8)
	} else {
		mh.Schizophrenia, mh.PoorCompliance, mh.IncidentRisk = s.chance(0.5), s.chance(0.35), s.chance(0.2)
	}
	if mh.Schizophrenia && mh.PoorCompliance && mh.WeakGuardianship && mh.IncidentRisk {
		mh.InjectionApproved = s.chance(0.8)
	} else {
		mh.InjectionApproved = s.chance(0.03)
	}
	return mh
}
