package population

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The household's housing and rural house project (三、10 to 三、12, 八、27).

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
