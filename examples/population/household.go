package population

import (
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// This file draws a household: its composition first (sizes and ages by
// the kind of household), then each member's facts (member.go), their
// circumstances of sections 三 to 八 (circumstances.go), the household's
// own recognised categories, its housing (housing.go) and its income
// (income.go). Every share is documented in doc.go, and every constant of
// these files is one of them.

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

// birthDate draws a day of birth on which a person is age on the day on.
func birthDate(s *source, on rules.Date, age int) rules.Date {
	return s.dayBetween(on.AddYears(-age-1).AddDays(1), on.AddYears(-age))
}

// firstOfMonth is the first day of the month of d.
func firstOfMonth(d rules.Date) rules.Date { return d.AddDays(1 - d.Day()) }
