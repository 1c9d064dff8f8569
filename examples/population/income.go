package population

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The household's income items, and when each job or business began (二、1).

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
