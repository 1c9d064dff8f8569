package population

import (
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// A member's circumstances of sections 三 to 八: medical costs,
// rehabilitation, schooling, work and migration.

// circumstances draws member k's facts of sections 三 to 八: medical costs,
// rehabilitation, schooling, work and migration. They read the others'
// disabilities, so every member has been drawn.
func (b *hh) circumstances(h *welfare.Household, k int) {
	s := &b.s
	m := &h.Members[k]
	age := b.ages[k]

	// Medical costs of a claim this year (四、14, 四、15).
	pm := 0.03
	switch {
	case age >= 80:
		pm = 0.25
	case age >= 60:
		pm = 0.15
	case age >= 18:
		pm = 0.05
	}
	if b.assisted || m.Tekun != welfare.NotTekun {
		pm = min(0.5, pm*2.5)
		if m.Veteran {
			pm = 0.6
		}
	}
	if s.chance(pm) {
		m.Medical = b.medical()
		m.CountyRecognised = !b.assisted && b.place >= 0 && s.chance(0.03)
		if m.Tekun != welfare.NotTekun {
			// The medical assistance of a 特困 person pays the whole
			// compliant cost: nothing is left for other payers (四、15).
			m.Medical.OtherReimbursed = decimal.Zero
		}
	}

	// Rehabilitation of a disabled or autistic child (四、16).
	listed := m.Autism || m.Disability != welfare.NotDisabled && m.Disability != welfare.Mental
	if listed && age >= 1 && age <= 8 && s.chance(0.75) {
		m.Rehab = b.rehab(m, age)
	}

	if st := b.student(h, k); st != nil {
		m.Student = st
		return // students are not drawn at work
	}
	if age >= 18 && age <= 64 && m.Tekun == welfare.NotTekun {
		m.Employment, b.working[k] = b.employment(age, m)
	}
	if m.Employment != nil && age <= 59 {
		m.Migrant = b.migrant(h.Origin)
	}
}

// medical draws a claim's costs.
func (b *hh) medical() *welfare.MedicalCosts {
	s := &b.s
	cost := int64(pick(s, costBands))
	cost = cost/2 + int64(s.intn(int(cost)))
	mc := &welfare.MedicalCosts{CompliantCost: decimal.New(cost, 0), Visit: pick(s, visitKinds), Designated: s.chance(0.92),
		OtherReimbursed: decimal.Zero, VeteranAidPaidThisYear: decimal.Zero}
	if s.chance(0.3) {
		mc.OtherReimbursed = decimal.New(cost*int64(s.between(1, 10))/100, 0)
	}
	if s.chance(0.2) {
		mc.VeteranAidPaidThisYear = decimal.New(int64(s.between(100, 5000)), 0)
	}
	return mc
}

var (
	costBands  = []weighted[int]{{50, 2000}, {30, 10000}, {15, 40000}, {5, 120000}}
	visitKinds = []weighted[welfare.VisitKind]{{55, welfare.Inpatient}, {20, welfare.SpecialOutpatient}, {25, welfare.OtherOutpatient}}
)

// rehab draws the months of training claimed for a child aged 1–8: they
// begin at least a year after birth and, for the claim to be one the rules
// read, end before the birthday of the age limit that applies (7, or 9
// when schooling is deferred).
func (b *hh) rehab(m *welfare.Member, age int) *welfare.Rehabilitation {
	s := &b.s
	r := &welfare.Rehabilitation{Designated: s.chance(0.85), SchoolDeferred: age >= 6 && s.chance(0.7),
		SubsidyPaidThisYear: decimal.Zero, AllowancePaidThisYear: decimal.Zero}
	months := s.between(1, 6)
	first := firstOfMonth(b.on)
	from := first.AddMonths(-months)
	if from.Before(m.BirthDate) {
		from = firstOfMonth(m.BirthDate).AddMonths(1)
		months = max(1, from.FullMonths(first))
	}
	limit := 7
	if r.SchoolDeferred || from.Compare(m.BirthDate.AddYears(7)) >= 0 {
		limit = 9
	}
	end := m.BirthDate.AddYears(limit)
	for months > 1 && !from.AddMonths(months-1).Before(end) {
		months--
	}
	r.From, r.Months = from, months
	r.Fee = decimal.New(int64(months*s.between(1500, 4000)), 0)
	if s.chance(0.3) {
		r.SubsidyPaidThisYear = decimal.New(int64(s.between(500, 4000)), 0)
		r.AllowancePaidThisYear = decimal.New(int64(s.between(1, 5))*1000, 0)
	}
	return r
}

// student draws the schooling of member k, or nil when not in school.
func (b *hh) student(h *welfare.Household, k int) *welfare.Student {
	s := &b.s
	age := b.ages[k]
	var level welfare.StudyLevel
	switch {
	case age >= 6 && age <= 11:
		level = welfare.PrimarySchool
	case age >= 12 && age <= 14:
		level = welfare.JuniorHigh
	case age >= 15 && age <= 17 && s.chance(0.92):
		level = welfare.SeniorSecondary
	case age >= 18 && age <= 21 && s.chance(0.6):
		level = welfare.College
		if s.chance(0.55) {
			level = welfare.Bachelor
		}
	case age >= 22 && age <= 40 && s.chance(0.005):
		level = welfare.AdultExam
	default:
		return nil
	}
	// Compulsory schooling (primary and junior high) charges no tuition:
	// none paid, which is not the same as not given.
	st := &welfare.Student{Level: level, Tuition: new(decimal.Zero)}
	switch level {
	case welfare.PrimarySchool, welfare.JuniorHigh:
		aided := 0.08
		if b.assisted {
			aided = 0.7
		}
		st.Aided = s.chance(aided)
	case welfare.SeniorSecondary:
		st.Tuition = new(decimal.New(int64(s.between(15, 60))*100, 0))
	case welfare.College, welfare.Bachelor:
		st.Tuition = new(decimal.New(int64(s.between(40, 90))*100, 0))
		st.GraduatingYear = s.chance(0.3)
		loan := 0.1
		if b.assisted {
			loan = 0.4
		}
		st.StudentLoan = s.chance(loan)
	case welfare.AdultExam:
		st.Tuition = new(decimal.New(int64(s.between(10, 40))*100, 0))
	}
	st.NotIndependent = age >= 18
	if b.roles[k] == roleChild {
		for j := range b.n {
			if (b.roles[j] == roleHead || b.roles[j] == roleSpouse) && h.Members[j].Disability != welfare.NotDisabled {
				st.ParentDisabled = true
			}
		}
	}
	// A junior-high student registered outside Wenzhou, in the final year,
	// graduates in June of the assessment's year (八、27).
	if level == welfare.JuniorHigh && b.place < 0 {
		st.SchoolStatusInWenzhou = s.chance(0.9)
		if age == 14 || age == 15 {
			st.GraduatedOn = rules.MustDate(b.on.Year(), time.June, 28)
			st.JuniorYearsInWenzhou = 3
			if s.chance(0.2) {
				st.JuniorYearsInWenzhou = s.between(1, 2)
			}
			st.ParentPermitSince = b.on.AddDays(-s.between(200, 3650))
		}
	}
	return st
}

// employment draws a working-age member's work, and whether the member is
// at work: nil when neither work nor a registration as hard to employ is
// known.
func (b *hh) employment(age int, m *welfare.Member) (*welfare.Employment, bool) {
	s := &b.s
	p := 0.85
	switch {
	case age < 25:
		p = 0.70
	case age >= 60:
		p = 0.30
	case age >= 55:
		p = 0.60
	}
	if b.assisted || m.Disability != welfare.NotDisabled {
		p *= 0.55
	}
	hard := 0.015
	if b.assisted {
		hard = 0.3
	}
	hardToEmploy := s.chance(hard)
	living := hardToEmploy && (b.assisted || s.chance(0.5))
	working := s.chance(p)
	if !working && !hardToEmploy {
		return nil, false // not at work, and no registration known
	}
	e := &welfare.Employment{Occupation: welfare.OtherOccupation, HardToEmploy: hardToEmploy, LivingDifficulty: living}
	if !working {
		return e, false
	}
	switch u := s.float(); {
	case u < 0.004:
		e.Occupation = welfare.BusWorker
	case u < 0.010 || b.place < 0 && u < 0.02:
		e.Occupation = welfare.SanitationWorker
	}
	e.FrontLine = e.Occupation != welfare.OtherOccupation && s.chance(0.9) || s.chance(0.1)
	post := 0.003
	if e.HardToEmploy || b.assisted && m.Disability != welfare.NotDisabled {
		post = 0.12
	}
	e.PublicWelfarePost = s.chance(post)
	e.Insured = s.chance(0.7)
	e.Graduate = age >= 21 && age <= 30 && s.chance(0.4)
	flex := 0.08
	if b.assisted {
		flex = 0.25
	}
	if !e.PublicWelfarePost && age < 60 && s.chance(flex) {
		e.Flexible = b.flexible(age, m, e.Graduate)
	}
	return e, true
}

// flexible draws a member's flexible employment (七、22).
func (b *hh) flexible(age int, m *welfare.Member, graduate bool) *welfare.FlexibleEmployment {
	s := &b.s
	f := &welfare.FlexibleEmployment{InsuredIndividually: s.chance(0.6), Subscribed: decimal.Zero}
	adult := m.BirthDate.AddYears(18)
	f.ApprovedOn = s.dayBetween(b.on.AddDays(-4*365), b.on)
	if f.ApprovedOn.Before(adult) {
		f.ApprovedOn = adult
	}
	retire := 60
	if age < 50 && s.chance(0.5) {
		retire = 55
	}
	f.RetiresOn = m.BirthDate.AddYears(retire)
	f.PaidForUntil = firstOfMonth(b.on).AddDays(-1)
	months := s.between(1, 12)
	f.Contributions = decimal.New(int64(months*s.between(700, 1200)), 0)
	if graduate {
		f.LeftSchoolOn = rules.MustDate(b.on.Year()-s.between(0, 3), time.June, 30)
		if f.LeftSchoolOn.After(b.on) {
			f.LeftSchoolOn = f.LeftSchoolOn.AddYears(-1)
		}
	}
	if s.chance(0.05) {
		f.Subscribed = decimal.New(int64(s.between(1, 50))*10000, 0)
	}
	return f
}

// migrant draws a working member's residence as a migrant worker (八、25):
// every worker of a household registered outside Wenzhou, and some of
// Wenzhou's who work in another of its counties.
func (b *hh) migrant(origin welfare.HukouOrigin) *welfare.Migrant {
	s := &b.s
	mg := &welfare.Migrant{Worker: true}
	switch {
	case b.place >= 0 && s.chance(0.04):
		mg.From = welfare.WithinWenzhou
	case b.place >= 0:
		return nil
	case origin == welfare.ZhejiangHukou:
		mg.From = welfare.FromZhejiang
	default:
		mg.From = welfare.FromOtherProvince
	}
	mg.ZhejiangPermit = s.chance(0.5)
	mg.RegisteredMonths = s.between(1, 60)
	mg.RegisteredInWenzhou = s.chance(0.9)
	return mg
}
