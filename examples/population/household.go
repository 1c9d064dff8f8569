package population

import (
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// This file draws a household: its composition first (sizes and ages by
// the kind of household), then each member's facts, then the household's
// own facts and its income. Every share is documented in doc.go, and
// every constant below is one of them.

// maxMembers is the largest household drawn.
const maxMembers = 6

// role is a member's place in the household, which decides the ages drawn
// and who is whose parent.
type role uint8

const (
	roleHead       role = iota // the head (户主)
	roleSpouse                 // the head's spouse
	roleChild                  // a child of the head and spouse
	roleElder                  // a parent of the head, living with them
	roleGrandchild             // a grandchild living with grandparents only (隔代家庭)
)

// Household-size tables (members 1–6): made up, with a mean of 2.64
// overall (2.26 for assisted households, 2.67 for others).
var (
	sizeAssisted = []weighted[int]{{35, 1}, {30, 2}, {18, 3}, {10, 4}, {5, 5}, {2, 6}}
	sizeOther    = []weighted[int]{{21, 1}, {31, 2}, {22, 3}, {15, 4}, {7.5, 5}, {3.5, 6}}
)

// Shares of the household's status among Wenzhou households, so that 4%
// of all households are 低保 and 4% 低边 (households registered outside
// Wenzhou are neither).
const (
	dibaoShare  = 0.04 / (1 - outsideShare)
	dibianShare = 0.04 / (1 - outsideShare)
)

// hh is the state of drawing one household.
type hh struct {
	s        source
	on       rules.Date
	place    int // index in places, -1 outside Wenzhou
	loc      welfare.Locality
	status   welfare.AssistanceStatus
	assisted bool // 低保 or 低边
	rural    bool
	tier     int // of the standards

	n       int
	ages    [maxMembers]int
	roles   [maxMembers]role
	working [maxMembers]bool // at work, and earning
	surname int
}

// Household returns household i of the population drawn with cfg: the same
// (cfg, i) always gives the same household, whatever order or process asks
// for it, so that shards of the population can be drawn apart. Ages, the
// income period and every other date are drawn relative to cfg.On. The
// household passes [welfare.Household.Validate] on cfg.On. An enumerated
// fact whose list has a value for none (NotAssisted, NotTekun, NotDisabled,
// NoChildCategory…) is stated with it rather than left at its zero value;
// self-care (Member.SelfCare) is given only where it is assessed (older,
// disabled and 特困 persons), and left zero, not assessed, for the others.
// It panics if i is negative or cfg.On is the zero Date: both are mistakes
// of the calling program.
func Household(cfg Config, i int) welfare.Household {
	if i < 0 {
		panic("population: Household with a negative index")
	}
	if cfg.On.IsZero() {
		panic("population: Config.On is the zero Date")
	}
	b := hh{s: newSource(cfg.Seed, streamHousehold, i), on: cfg.On}
	return b.household()
}

func (b *hh) household() welfare.Household {
	b.place = placeIndex(&b.s)
	h := welfare.Household{Status: welfare.NotAssisted, FamilyPlanning: welfare.FPNone}
	if b.place < 0 {
		b.loc = welfare.OutsideWenzhou
		h.Origin = pick(&b.s, originTable)
		b.rural = b.s.chance(0.3)
	} else {
		p := places[b.place]
		b.loc, b.tier = p.loc, p.tier
		h.Origin = welfare.WenzhouHukou
		b.rural = b.s.intn(1000) >= p.urban
		switch u := b.s.float(); {
		case u < dibaoShare:
			h.Status = welfare.Dibao
		case u < dibaoShare+dibianShare:
			h.Status = welfare.Dibian
		}
	}
	h.Locality = b.loc
	b.status, b.assisted = h.Status, h.Status != welfare.NotAssisted
	b.compose()
	h.Members = make([]welfare.Member, b.n)
	for k := range h.Members {
		b.person(&h.Members[k], k)
	}
	b.householdFacts(&h)
	for k := range h.Members {
		b.circumstances(&h, k)
	}
	b.housing(&h)
	b.income(&h)
	b.stated(&h)
	return h
}

// stated draws the yes-or-no facts of a household that the rules need
// stated, for the households whose records show them: the family's vehicle
// (七、22) where a member's work is known, and whether it is a poor family
// of a disabled person (七、22) where a member is disabled or a student
// graduates this year.
func (b *hh) stated(h *welfare.Household) {
	s := &b.s
	work, disabled, graduating := false, false, false
	for _, m := range h.Members {
		work = work || m.Employment != nil
		disabled = disabled || m.Disability != welfare.NotDisabled
		graduating = graduating || m.Student != nil && m.Student.GraduatingYear
	}
	if work {
		car := 0.45
		if b.assisted {
			car = 0.05
		}
		h.NonOperatingVehicle = new(s.chance(car))
	}
	if disabled || graduating {
		h.PoorDisabledFamily = new(disabled && (b.assisted || h.LowIncomeFarmer || s.chance(0.2)))
	}
}

var originTable = []weighted[welfare.HukouOrigin]{{30, welfare.ZhejiangHukou}, {70, welfare.OtherProvinceHukou}}

// compose draws the size and the members' ages and roles.
func (b *hh) compose() {
	s := &b.s
	b.surname = s.intn(len(surnames))
	if b.assisted {
		b.n = pick(s, sizeAssisted)
	} else {
		b.n = pick(s, sizeOther)
	}
	k := 0
	add := func(r role, age int) {
		b.roles[k], b.ages[k] = r, max(0, min(age, 104))
		k++
	}
	couple := func(age int) {
		add(roleHead, age)
		add(roleSpouse, max(18, age+s.between(-3, 3)))
	}
	// parents adds a couple with c children, the eldest of age eldest.
	parents := func(c, eldest int) {
		couple(eldest + s.between(23, 36))
		age := eldest
		for range c {
			add(roleChild, age)
			age = max(0, age-s.between(1, 6))
		}
	}
	elders := func(c int) {
		for range c {
			add(roleElder, b.ages[0]+s.between(21, 30))
		}
	}
	skip := func(grandparents int) {
		g := s.between(55, 80)
		add(roleHead, g)
		if grandparents == 2 {
			add(roleSpouse, g+s.between(-3, 3))
		}
		add(roleGrandchild, s.between(1, 17))
	}
	childAge := func() int { return s.between(0, 25) }
	switch b.n {
	case 1:
		add(roleHead, b.singleAge())
	case 2:
		switch u := s.float(); {
		case u < 0.62:
			couple(b.coupleAge())
		case u < 0.73: // a parent and a child under 18
			c := s.between(0, 17)
			add(roleHead, c+s.between(23, 36))
			add(roleChild, c)
		case u < 0.90: // an old parent and an adult child
			c := s.between(30, 58)
			add(roleHead, c)
			add(roleElder, c+s.between(20, 30))
		default:
			skip(1)
		}
	case 3:
		switch u := s.float(); {
		case u < 0.72:
			parents(1, childAge())
		case u < 0.84:
			couple(s.between(33, 58))
			elders(1)
		case u < 0.92: // a single parent and two children
			c := s.between(3, 20)
			add(roleHead, c+s.between(23, 36))
			add(roleChild, c)
			add(roleChild, max(0, c-s.between(1, 6)))
		default:
			skip(2)
		}
	case 4:
		if s.chance(0.58) {
			parents(2, childAge())
		} else {
			parents(1, childAge())
			elders(1)
		}
	case 5:
		switch u := s.float(); {
		case u < 0.50:
			parents(2, childAge())
			elders(1)
		case u < 0.85:
			parents(1, childAge())
			elders(2)
		default:
			parents(3, childAge())
		}
	default:
		if s.chance(0.7) {
			parents(2, childAge())
			elders(2)
		} else {
			parents(3, childAge())
			elders(1)
		}
	}
	b.n = k
}

// singleAge is the age of a person living alone.
func (b *hh) singleAge() int {
	t := singleAges
	if b.assisted {
		t = singleAgesAssisted
	}
	r := pick(&b.s, t)
	return b.s.between(r[0], r[1])
}

// coupleAge is the age of the head of a couple living alone.
func (b *hh) coupleAge() int {
	r := pick(&b.s, coupleAges)
	return b.s.between(r[0], r[1])
}

var (
	singleAges         = []weighted[[2]int]{{44, [2]int{18, 39}}, {26, [2]int{40, 59}}, {26, [2]int{60, 79}}, {4, [2]int{80, 100}}}
	singleAgesAssisted = []weighted[[2]int]{{10, [2]int{18, 39}}, {32, [2]int{40, 59}}, {44, [2]int{60, 79}}, {14, [2]int{80, 100}}}
	coupleAges         = []weighted[[2]int]{{28, [2]int{22, 34}}, {44, [2]int{35, 59}}, {25, [2]int{60, 79}}, {3, [2]int{80, 95}}}
)

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

// householdFacts draws the household's recognised categories.
func (b *hh) householdFacts(h *welfare.Household) {
	s := &b.s
	if b.place < 0 {
		return // registered elsewhere: none of Wenzhou's recognitions
	}
	scale := 1.0
	if b.assisted {
		scale = 5
	}
	if b.rural {
		lif := 0.05
		if b.assisted {
			lif = 0.30
		}
		h.LowIncomeFarmer = s.chance(lif)
	}
	fp := 0.015
	for k := range b.n {
		if b.roles[k] == roleChild && b.ages[k] >= 15 && b.ages[k] <= 22 {
			fp = 0.03 // a family with a child at high school or university
		}
	}
	if s.chance(fp * scale) {
		h.FamilyPlanning = pick(s, fpCategories)
	}
	h.HardshipWorker = s.chance(0.008 * scale)
	h.SpecialCare = s.chance(0.008)
	switch {
	case b.assisted && s.chance(0.4):
		h.SocialAssistance = []welfare.SocialAssistanceKind{pick(s, assistanceKinds)}
	case b.assisted:
		h.SocialAssistance = []welfare.SocialAssistanceKind{} // stated: none besides the status
	case s.chance(0.02):
		h.SocialAssistance = []welfare.SocialAssistanceKind{pick(s, assistanceKinds)}
	}
	if h.Members[0].Tekun != welfare.NotTekun {
		h.SocialAssistance = []welfare.SocialAssistanceKind{}
	}
}

var (
	fpCategories    = []weighted[welfare.FamilyPlanningCategory]{{25, welfare.FPSeriousIllness}, {30, welfare.FPOnlyChildLost}, {30, welfare.FPSpecialHardship}, {15, welfare.FPLeftBehind}}
	assistanceKinds = []weighted[welfare.SocialAssistanceKind]{{40, welfare.TemporaryAssistance}, {30, welfare.MedicalAssistanceAid}, {15, welfare.ExpenditureHardship}, {10, welfare.EducationAssistance}, {5, welfare.CaseByCaseAssistance}}
)

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

// housing draws the facts of the housing clauses and of a rural house
// project, for the households the housing department knows.
func (b *hh) housing(h *welfare.Household) {
	s := &b.s
	worker := false
	employed := false
	for k, m := range h.Members {
		if b.working[k] {
			employed = true
			worker = worker || m.Employment.Occupation != welfare.OtherOccupation
		}
	}
	p := 0.25
	switch {
	case b.assisted:
		p = 0.9
	case worker:
		p = 0.85
	case b.place < 0:
		p = 0.5
	}
	if s.chance(p) {
		own := 0.8
		switch {
		case b.assisted:
			own = 0.4
		case b.place < 0:
			own = 0.1
		}
		hs := &welfare.Housing{OwnsHome: new(s.chance(own)), Priority: welfare.NoPriority, FloorAreaPerCapita: decimal.Zero,
			ContractYears: new(decimal.Zero), InsuredMonths: new(0)} // without a job: no contract, no month insured
		if *hs.OwnsHome {
			area := s.between(20, 60)
			if b.assisted || s.chance(0.1) {
				area = s.between(8, 30)
			}
			hs.FloorAreaPerCapita = decimal.New(int64(area), 0)
		}
		rent := s.between(800, 2000)
		if b.place >= 0 && places[b.place].tier == 0 {
			rent = s.between(1200, 3200)
		}
		hs.MarketRent = decimal.New(int64(rent/10*10), 0)
		public := 0.01
		if b.assisted {
			public = 0.15
		}
		if !*hs.OwnsHome && s.chance(public) {
			hs.PublicRental = true
			hs.PublicRent = decimal.New(int64(s.between(15, 60))*10, 0)
		} else {
			hs.PublicRent = decimal.Zero
		}
		hs.InKindAllocated = new(hs.PublicRental)
		hs.OtherSupported = !b.assisted && s.chance(0.02)
		if worker {
			hs.SubsidyMonthsReceived = s.between(0, 36)
		}
		if s.chance(0.01) {
			hs.Priority = pick(s, priorities)
		}
		if employed {
			if s.chance(0.2) {
				hs.OpenEndedContract, hs.ContractYears = true, nil // no term to give
			} else {
				hs.ContractYears = new(decimal.New(int64(s.between(1, 5)), 0))
				if s.chance(0.15) {
					hs.ContractYears = new(decimal.New(int64(s.between(3, 9)), -1)) // under a year
				}
			}
			hs.InsuredMonths = new(s.between(1, 60))
		}
		h.Housing = hs
		if hs.PublicRental && h.SocialAssistance == nil {
			// The housing department knows what assistance a household in
			// public rental housing receives (三、11).
			h.SocialAssistance = []welfare.SocialAssistanceKind{}
		}
	}

	if b.place >= 0 && b.rural {
		p := 0.003
		switch {
		case b.assisted:
			p = 0.08
		case h.LowIncomeFarmer:
			p = 0.10
		}
		if s.chance(p) {
			h.Renovation = b.renovation(h)
		}
	}
}

var priorities = []weighted[welfare.PriorityCategory]{
	{30, welfare.LoneElderly}, {5, welfare.AdultOrphan}, {5, welfare.InjuredRescuer}, {5, welfare.HeroOrModel},
	{10, welfare.LabourModel}, {35, welfare.BreadwinnerLost}, {10, welfare.OtherPriority}}

// renovation draws a rural household's house project (三、12).
func (b *hh) renovation(h *welfare.Household) *welfare.Renovation {
	s := &b.s
	r := &welfare.Renovation{Rural: true, Qualified: s.chance(0.85), NewArea: decimal.Zero}
	if h.LowIncomeFarmer {
		r.Project = pick(s, farmerProjects)
	} else {
		r.Project = pick(s, hardshipProjects)
	}
	if r.Project != welfare.RepairDangerous {
		r.NewArea = decimal.New(int64(s.between(60, 130)), 0)
	}
	r.Year = b.on.Year() - s.intn(2)
	return r
}

var (
	farmerProjects   = []weighted[welfare.RenovationProject]{{20, welfare.RebuildDangerous}, {10, welfare.RepairDangerous}, {25, welfare.Relocation}, {25, welfare.SelfBuild}, {20, welfare.HousePurchase}}
	hardshipProjects = []weighted[welfare.RenovationProject]{{45, welfare.RebuildDangerous}, {45, welfare.RepairDangerous}, {10, welfare.SelfBuild}}
)

// income draws the household's income items over the 12 months before the
// month of the assessment. The incomes of a 低保 or 低边 household are held
// to a multiple of the 低保 standard drawn for the household: most 低保
// households below it, most 低边 ones between 1 and 1.5 times it.
func (b *hh) income(h *welfare.Household) {
	s := &b.s
	from := firstOfMonth(b.on).AddMonths(-12)
	h.Income = welfare.Income{PeriodMonths: 12, From: from, To: from.AddMonths(12).AddDays(-1)}
	var items [3*maxMembers + 3]welfare.IncomeItem
	var yuan [len(items)]int64
	n := 0
	add := func(kind welfare.IncomeKind, member int, amount int64) *welfare.IncomeItem {
		items[n] = welfare.IncomeItem{Kind: kind, Member: member}
		yuan[n] = max(amount, 1)
		n++
		return &items[n-1]
	}
	for k, m := range h.Members {
		age := b.ages[k]
		if e := m.Employment; b.working[k] {
			monthly := int64(s.between(3000, 9000))
			if b.place >= 0 && places[b.place].tier == 0 && s.chance(0.5) {
				monthly += int64(s.between(0, 8000))
			}
			kind := welfare.WageIncome
			switch {
			case e.PublicWelfarePost:
				kind, monthly = welfare.PublicPostSubsidy, 700
				if e.Insured {
					monthly = 600
				}
			case s.chance(0.12):
				kind = welfare.BusinessIncome
			}
			it := add(kind, k, 0)
			months := int64(12)
			if kind != welfare.PublicPostSubsidy {
				start := b.jobStart(m.BirthDate, age)
				it.StartedOn = start
				if start.After(from) {
					months = int64(max(1, start.FullMonths(h.Income.To.AddDays(1))+1))
					months = min(months, 12)
				}
				it.FirstEmployment = age < 30 && start.After(b.on.AddYears(-3)) && s.chance(0.7)
			}
			yuan[n-1] = monthly * months
		}
		if age >= 60 {
			monthly := int64(s.between(180, 600)) // the residents' basic pension
			if !b.rural && s.chance(0.6) || b.rural && s.chance(0.3) {
				monthly = int64(s.between(2500, 6000)) // an employee's pension
			}
			if m.Tekun == welfare.NotTekun {
				add(welfare.OtherIncome, k, monthly*12)
			}
		}
		if m.Veteran && b.status == welfare.Dibao {
			add(welfare.VeteranSupplementIncome, k, dibaoFen[b.tier]/10*12/100)
		}
	}
	if b.rural && b.place >= 0 {
		if s.chance(0.005) {
			add(welfare.GreenCropComp, 0, int64(s.between(5, 80))*1000)
		}
		if s.chance(0.02) {
			add(welfare.OutsourcedWork, 0, int64(s.between(2, 30))*1000)
		}
		if h.LowIncomeFarmer && s.chance(0.5) {
			add(welfare.ShareholdingIncome, 0, int64(s.between(5, 30))*100)
		}
	}
	if b.assisted && n == 0 && (b.status == welfare.Dibian || s.chance(0.6)) {
		add(welfare.OtherIncome, 0, 1) // help of relatives, odd jobs: held to the multiple below
	}
	if b.assisted && n > 0 {
		// Hold the household's income to its multiple of the standard.
		var per float64
		switch {
		case b.status == welfare.Dibao && s.chance(0.9):
			per = 0.1 + 0.85*s.float()
		case b.status == welfare.Dibao:
			per = 1 + 0.2*s.float()
		case s.chance(0.85):
			per = 1 + 0.5*s.float()
		default:
			per = 0.7 + 0.3*s.float()
		}
		target := int64(per * float64(dibaoFen[b.tier]) / 100 * float64(len(h.Members)) * 12)
		var total int64
		for j := range n {
			total += yuan[j]
		}
		for j := range n {
			yuan[j] = max(1, yuan[j]*target/total)
		}
	}
	if n == 0 {
		return
	}
	h.Income.Items = make([]welfare.IncomeItem, n)
	for j := range n {
		items[j].Amount = decimal.New(yuan[j], 0)
		h.Income.Items[j] = items[j]
	}
}

// jobStart draws the first day of a member's job or business: in the
// last 20 years, after the 16th birthday, and before the month of the
// assessment.
func (b *hh) jobStart(born rules.Date, age int) rules.Date {
	s := &b.s
	earliest := born.AddYears(16)
	if e := b.on.AddYears(-20); e.After(earliest) {
		earliest = e
	}
	latest := firstOfMonth(b.on).AddDays(-1)
	if age < 30 && s.chance(0.4) {
		// a recent first job
		if e := b.on.AddYears(-4); e.After(earliest) {
			earliest = e
		}
	}
	return s.dayBetween(earliest, latest)
}

// birthDate draws a day of birth on which a person is age on the day on.
func birthDate(s *source, on rules.Date, age int) rules.Date {
	return s.dayBetween(on.AddYears(-age-1).AddDays(1), on.AddYears(-age))
}

// firstOfMonth is the first day of the month of d.
func firstOfMonth(d rules.Date) rules.Date { return d.AddDays(1 - d.Day()) }
