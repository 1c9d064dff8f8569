package welfare

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Screening is what screening a household finds (九、30 免申直享, for a
// whole population): the benefits granted, each with its main figure, and
// how many of the others were not granted, not assessed or left to
// assessment. It holds no explanation: [Evaluator.Assess] gives the full
// statement of any one household, and the statement's
// [Statement.Screening] is this screening, entry for entry.
//
// A Screening is meant to be reused: [Evaluator.Screen] overwrites it and
// keeps the storage of its Grants.
type Screening struct {
	Date     rules.Date
	Locality Locality
	Members  int // the household's members
	// Grants are the benefits granted, and those of a take-the-higher
	// group not paid because another is (Status rules.NotPaid, Amount
	// zero): the household's, then each member's in household order, each
	// in the order of the document, as the statement lists them.
	Grants []Grant
	// NotGranted, NotAssessed and CaseByCase count the other benefits
	// evaluated for the household and its members.
	NotGranted, NotAssessed, CaseByCase int

	missing []string // the facts a claim lacks, reused
	// The household screened and its facts, during Screen.
	h Household
	s LocalStandards
	f facts
}

// forget drops the household screened, so that a screening kept does not
// keep the caller's household alive.
func (sc *Screening) forget() { sc.h, sc.s, sc.f = Household{}, LocalStandards{}, facts{} }

// Grant is one benefit a screening found granted: to the household (Member
// −1) or to a member (its index in Household.Members).
type Grant struct {
	Member int
	Rule   string
	Part   string       // the part or scheme, "" for a rule of one part
	Status rules.Status // rules.Granted, or rules.NotPaid
	// Amount and Unit are the main figure of a benefit that pays money (or
	// a quantity); zero otherwise. Outcome is the main figure of one that
	// decides rather than pays, in the statement's words.
	Amount  decimal.Decimal
	Unit    rules.Unit
	Outcome string
}

// mainOut is the main output of a claim's rule: the figure its entry
// grants, by name, with its unit and title.
type mainOut struct {
	name  string
	unit  rules.Unit
	title rules.Text
	want  rules.OutputSet // the main output alone: the one figure a screening makes
}

// mainsOf returns the main outputs of the claims, in their order.
func mainsOf(b *rules.Book, cs []claim) []mainOut {
	out := make([]mainOut, len(cs))
	for i, c := range cs {
		r, ok := b.Rule(c.rule)
		if !ok || len(r.Outputs) == 0 {
			continue // checkClaims reports it
		}
		o := r.Outputs[0]
		for _, x := range r.Outputs {
			if c.main != "" && x.Name == c.main {
				o = x
			}
		}
		want, _ := b.OutputSet(c.rule, o.Name) // the rule and output are the book's own
		out[i] = mainOut{name: o.Name, unit: o.Unit, title: o.Title, want: want}
	}
	return out
}

// Screen screens a household on a date against every benefit of the
// document for the household and its members, as [Evaluator.Assess] does,
// and writes what it finds into sc: the same benefits granted, with the
// same figures, the same take-the-higher choices, and the same counts of
// the others, without building a statement. Benefits whose facts the
// household data lacks are skipped before any rule runs; a benefit not
// granted builds nothing. sc's storage is reused.
//
// Its errors are Assess's: a household whose facts stop the assessment
// gives the same [*HouseholdError], and an assessment date the engine
// refuses the same error.
//
// Screening takes the typed evaluation of each rule (generated code for the
// document's own book) and reads only the main figure. A household with a
// fact the validation refuses, or granted two rent subsidies of the
// take-the-higher group of 三、11 and 八、27, is rare: it is assessed in
// full and its statement screened, so that the figures are Assess's by
// construction.
func (e *Evaluator) Screen(on rules.Date, h Household, s LocalStandards, sc *Screening) error {
	sc.Date, sc.Locality, sc.Members = on, h.Locality, len(h.Members)
	sc.Grants = sc.Grants[:0]
	sc.NotGranted, sc.NotAssessed, sc.CaseByCase = 0, 0, 0
	if problems := h.problems(on); len(problems) > 0 {
		return e.screenInFull(on, h, s, sc)
	}
	// The facts, kept in the screening: nothing of the call's escapes.
	sc.h, sc.s = h, s
	sc.f = facts{h: &sc.h, m: &noMember, s: &sc.s, hc: HouseholdCase{h, s}, mc: MemberCase{h, noMember, s}}
	f := &sc.f
	defer sc.forget()
	housing := 0
	for i := range householdClaims {
		c := &householdClaims[i]
		granted, err := e.screenClaim(sc, c, &e.householdMains[i], -1, on, f)
		if err != nil {
			return err
		}
		if granted && c.inGroup(e, GroupHousing) {
			housing++
		}
	}
	if housing >= 2 {
		return e.screenInFull(on, h, s, sc)
	}
	for mi, m := range h.Members {
		first := len(sc.Grants)
		f.member(mi)
		for i := range allMemberClaims {
			c := &allMemberClaims[i]
			if c.rule == RuleTekunBasicStandard && !isTekun(m) {
				continue
			}
			if _, err := e.screenClaim(sc, c, &e.memberMains[i], mi, on, f); err != nil {
				return err
			}
		}
		studyChosen(sc.Grants[first:])
	}
	return nil
}

// inGroup reports whether the claim's rule is one of the group's.
func (c *claim) inGroup(e *Evaluator, group string) bool {
	return slices.Contains(e.groupRules[group], c.rule)
}

// screenInFull screens the household's full statement.
func (e *Evaluator) screenInFull(on rules.Date, h Household, s LocalStandards, sc *Screening) error {
	st, err := e.Assess(on, h, s)
	if err != nil {
		return err
	}
	st.Screening(sc)
	return nil
}

// screenClaim is [Evaluator.claim] for a screening: the same decisions, in
// the same order, recording only a granted benefit's main figure.
func (e *Evaluator) screenClaim(sc *Screening, c *claim, main *mainOut, member int, on rules.Date, f *facts) (granted bool, err error) {
	h, m := f.h, f.m
	if c.needs != nil {
		sc.missing = c.needs(h, m, sc.missing[:0])
		if len(sc.missing) > 0 {
			sc.NotAssessed++
			return false, nil
		}
	}
	if c.refused != nil && c.refused(m) {
		sc.NotGranted++
		return false, nil
	}
	p, err := c.run(e, on, f, how{main: main.name, want: main.want})
	if err != nil {
		return false, sc.refused(err)
	}
	if !p.eligible {
		sc.NotGranted++
		return false, nil
	}
	if c.payee != nil {
		if _, err := c.payee(*h, *m); err != nil {
			return false, fmt.Errorf("welfare: assessing %s: %w", c.rule, err)
		}
	}
	g := Grant{Member: member, Rule: c.rule, Part: c.part, Status: rules.Granted}
	switch p.main.Kind() {
	case rules.KindNumber:
		g.Amount, g.Unit = p.main.Number(), main.unit
	case rules.KindText:
		g.Outcome = p.main.Text()
	case rules.KindBool:
		g.Outcome = main.title.Zh
	}
	sc.Grants = append(sc.Grants, g)
	return true, nil
}

// refused counts a benefit whose evaluation failed as Assess lists it, and
// returns the error that stops the screening: the date's, or a rule's.
func (sc *Screening) refused(err error) error {
	re, ok := err.(*rules.Error)
	if !ok && !errors.As(err, &re) {
		return err
	}
	switch {
	case errors.Is(err, rules.ErrInvalidInput) && re.Field == "date":
		return err
	case errors.Is(err, rules.ErrCaseByCase):
		sc.CaseByCase++
		return nil
	case errors.Is(err, rules.ErrInvalidInput):
		sc.NotAssessed++
		return nil
	}
	return err
}

// studyChosen applies the take-the-higher of the study grants of 五、18 to
// one member's grants, as [Evaluator.studyChoice] does to the statement.
func studyChosen(grants []Grant) {
	n := 0
	for _, g := range grants {
		if g.Rule == RuleStudyGrant {
			n++
		}
	}
	if n < 2 {
		return
	}
	var idx [8]int // the schemes of one member: StudyGrantSchemes
	k := 0
	for i, g := range grants {
		if g.Rule == RuleStudyGrant && k < len(idx) {
			idx[k] = i
			k++
		}
	}
	best := idx[higher(k, func(i int) (bool, decimal.Decimal) { return true, grants[idx[i]].Amount })]
	for _, i := range idx[:k] {
		if i != best {
			grants[i].Status, grants[i].Amount = rules.NotPaid, decimal.Zero
		}
	}
}

// Screening writes the statement's screening into sc: its granted and
// not-paid entries in order, and the counts of the others. It is what
// [Evaluator.Screen] finds for the same household.
func (st *Statement) Screening(sc *Screening) {
	sc.Date, sc.Locality, sc.Members = st.Date, st.Locality, len(st.Members)
	sc.Grants = sc.Grants[:0]
	sc.NotGranted, sc.NotAssessed, sc.CaseByCase = 0, 0, 0
	for _, sec := range append([]Section{st.Household}, st.Members...) {
		for _, en := range sec.Entries {
			switch en.Status {
			case rules.Granted, rules.NotPaid:
				sc.Grants = append(sc.Grants, Grant{Member: sec.Member, Rule: en.Rule, Part: en.Part, Status: en.Status,
					Amount: en.Amount, Unit: en.Unit, Outcome: en.Outcome})
			case rules.NotGranted:
				sc.NotGranted++
			case rules.CaseByCase:
				sc.CaseByCase++
			}
		}
		sc.NotAssessed += len(sec.NotAssessed)
	}
}

// AddTo adds the screening's granted benefits to t, each under its rule,
// part, the household's locality and its unit. Benefits not paid (another of the
// group is) are not added.
func (sc *Screening) AddTo(t *batch.Totals) {
	for i := range sc.Grants {
		g := &sc.Grants[i]
		if g.Status == rules.Granted {
			t.Add(batch.Key{Rule: g.Rule, Part: g.Part, Locality: string(sc.Locality), Unit: g.Unit.String()}, g.Amount)
		}
	}
}

// Change is how a household fares under a reform against a baseline
// ([Compare]).
type Change int

const (
	Unchanged Change = iota
	BetterOff        // granted a benefit it was not, or more of one, and nothing less
	WorseOff         // no longer granted a benefit, or less of one, and nothing more
	Mixed            // better off in one benefit and worse off in another
)

func (c Change) String() string {
	switch c {
	case BetterOff:
		return "better off"
	case WorseOff:
		return "worse off"
	case Mixed:
		return "better off in one benefit, worse off in another"
	}
	return "unchanged"
}

// Compare compares the screenings of one household under a baseline and
// under a reform (a book derived with other figures), benefit by benefit:
// each of the household's and each member's, by rule and part. A benefit
// paid under the reform and not the baseline, or paid with a higher
// figure, makes the household better off in it; the reverse, worse off. A
// benefit not paid because another of its group is counts as not paid.
// Figures are compared within one benefit only, never summed across
// benefits, whose units differ (元/月, 元/年, 元).
func Compare(base, reform *Screening) Change {
	better, worse := false, false
	paid := func(g *Grant) bool { return g.Status == rules.Granted }
	find := func(sc *Screening, g *Grant) *Grant {
		for i := range sc.Grants {
			x := &sc.Grants[i]
			if x.Member == g.Member && x.Rule == g.Rule && x.Part == g.Part && paid(x) {
				return x
			}
		}
		return nil
	}
	for i := range reform.Grants {
		r := &reform.Grants[i]
		if !paid(r) {
			continue
		}
		switch b := find(base, r); {
		case b == nil:
			better = true
		case r.Amount.GreaterThan(b.Amount):
			better = true
		case r.Amount.LessThan(b.Amount):
			worse = true
		}
	}
	for i := range base.Grants {
		if b := &base.Grants[i]; paid(b) && find(reform, b) == nil {
			worse = true
		}
	}
	switch {
	case better && worse:
		return Mixed
	case better:
		return BetterOff
	case worse:
		return WorseOff
	}
	return Unchanged
}
