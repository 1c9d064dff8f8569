package welfare

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// This file is the household assessment of 九、30 (免申直享: benefits paid
// without an application): every benefit of the document a household and
// its members qualify for, and why not the others. Go here only chooses
// which rules a household's facts allow to evaluate, runs them, and applies
// the take-the-higher choices of 附则2; every figure and every condition is
// a rule's.

// Assess assesses a household on a date against every benefit of the
// document for the household and each of its members (九、30: 免申直享), with
// the caller's local standards, and returns the statement.
//
// A benefit is evaluated only when the household data carries the facts it
// needs: a benefit that needs Household.Housing, Member.Medical,
// Member.Rehab, Member.Student, Member.Employment or Member.Migrant, or a
// local standard, that the data lacks is listed as not assessed with the
// fact it lacks, never guessed. The basic standard of 特困 persons (二、3)
// is listed for 特困 members only; the rules for employers, institutions,
// loans, insurance claims and disputes (七、21 employers, 七、23, 七、24,
// 四、14 prescriptions and reimbursement, 四、16 institutions) are not a
// household's benefits and are not in the statement; the phase-out (二、1)
// is decided when a status is reviewed ([Evaluator.DibaoPhaseOut]).
//
// Where a person (or household) is granted more than one benefit of a
// take-the-higher group of 附则2 in the year — the study grants of 五、18,
// the rent subsidies of 三、11 and 八、27 — only the highest is paid and the
// others are listed as not paid (see [Evaluator.StudyGrant] and
// [Evaluator.HousingSupport]).
//
// The household's own facts are checked first ([Household.Validate]). A
// household whose Locality is not given or none of [Localities] is not
// assessed: the registration is the household's identity, which nearly
// every benefit reads (附则1) and the statement is headed by, so Assess
// returns a [*HouseholdError] matching [rules.ErrInvalidInput] that lists
// that and every other problem of the facts at once. Any other problem
// does not stop it: the benefits whose rules read the fact are not assessed,
// each naming it by its field path (Entry.Problem), the statement lists
// them all (Statement.Problems), and every other benefit is assessed — a
// grade of disability without a kind is neither disabled nor not.
//
// The statement is deterministic: the household's benefits, then each
// member's in household order, each in the order of the document. A fact
// a rule refuses — a negative amount, a value none of the document's, a
// date after the assessment date — leaves the benefits that read it not
// assessed, each naming the fact and why (Entry.Invalid), and every other
// benefit assessed. An assessment date the engine refuses (the zero Date,
// one outside its calendar) is an error matching [rules.ErrInvalidInput]
// naming "date"; a date outside the document's period is an error
// matching [rules.ErrNotInForce].
func (e *Evaluator) Assess(on rules.Date, h Household, s LocalStandards) (*Statement, error) {
	problems := h.problems(on)
	if slices.ContainsFunc(problems, Problem.stops) {
		return nil, &HouseholdError{Problems: problems}
	}
	st := &Statement{Date: on, Locality: h.Locality, Status: h.Status, Household: Section{Member: -1, Age: -1}, Problems: problems}
	f := householdFacts(&h, &s)
	for _, c := range householdClaims {
		if err := e.claim(&st.Household, c, on, f, problems); err != nil {
			return nil, err
		}
	}
	if err := e.housingChoice(st, on); err != nil {
		return nil, err
	}
	for i, m := range h.Members {
		sec := Section{Member: i, Name: m.Name, Age: -1}
		if !m.BirthDate.IsZero() && !m.BirthDate.After(on) {
			sec.Age = m.BirthDate.FullYears(on)
		}
		f.member(i)
		for _, c := range allMemberClaims {
			if c.rule == RuleTekunBasicStandard && !isTekun(m) {
				continue
			}
			if err := e.claim(&sec, c, on, f, problems); err != nil {
				return nil, err // the date's or the rule's, no member's fact
			}
		}
		e.studyChoice(st, &sec)
		st.Members = append(st.Members, sec)
	}
	return st, nil
}

// claim evaluates one benefit into the section.
func (e *Evaluator) claim(sec *Section, c claim, on rules.Date, f *facts, problems []Problem) error {
	h, m := f.h, f.m
	title, cite, _ := e.book.Heading(c.rule)
	entry := Entry{Rule: c.rule, Title: title, Clause: cite.Clause, Part: c.part, Cite: cite}
	var inputs []rules.Input
	if len(problems) > 0 {
		r, _ := e.book.Rule(c.rule)
		inputs = r.Inputs
		for _, name := range c.reads {
			inputs = append(inputs, rules.Input{Name: name})
		}
	}
	for _, p := range problems {
		if p.reads(sec.Member, inputs) {
			// A fact the validation refused leaves the benefits that read it
			// not assessed, never read as another value.
			entry.Status, entry.Invalid, entry.Problem = rules.NotAssessed, p.Text(rules.Chinese), &p
			sec.NotAssessed = append(sec.NotAssessed, entry)
			return nil
		}
	}
	if c.needs != nil {
		if missing := c.needs(h, m, nil); len(missing) > 0 {
			entry.Status, entry.Missing = rules.NotAssessed, missing
			sec.NotAssessed = append(sec.NotAssessed, entry)
			return nil
		}
	}
	p, err := c.run(e, on, f, how{full: true})
	res := p.res
	var re *rules.Error
	switch {
	case errors.Is(err, rules.ErrInvalidInput) && errors.As(err, &re) && re.Field == "date":
		// The evaluation date is the caller's, not a fact of the household:
		// one the engine refuses (not given, outside its calendar) is the
		// statement's error, not every benefit's.
		return err
	case errors.Is(err, rules.ErrCaseByCase) && errors.As(err, &re):
		entry.Status, entry.Cite = rules.CaseByCase, re.Cite
		entry.Note = re.Msg
		if _, text, ok := strings.Cut(re.Msg, "): "); ok {
			entry.Note = text
		}
		if ref := re.Reference; ref != nil {
			entry.Result = ref
			entry.Reference = shown(c, ref)
		}
		sec.Entries = append(sec.Entries, entry)
		return nil
	case errors.Is(err, rules.ErrInvalidInput) && errors.As(err, &re) && re.Msg == "missing":
		entry.Status, entry.Missing = rules.NotAssessed, []string{inputFact(inputOf(re))}
		sec.NotAssessed = append(sec.NotAssessed, entry)
		return nil
	case errors.Is(err, rules.ErrInvalidInput) && errors.As(err, &re):
		// One fact the rule refuses leaves this benefit not assessed; the
		// household's other benefits are assessed all the same.
		entry.Status, entry.Invalid, entry.Error = rules.NotAssessed, inputFact(inputOf(re))+"："+re.Reason(rules.Chinese), re
		sec.NotAssessed = append(sec.NotAssessed, entry)
		return nil
	case err != nil:
		return err // it names the rule
	}
	entry.Result, entry.Failed = res, res.Failed
	if !res.Eligible {
		entry.Status = rules.NotGranted
		sec.Entries = append(sec.Entries, entry)
		return nil
	}
	entry.Status = rules.Granted
	main := res.Figures[0]
	if c.main != "" {
		main, _ = res.Figure(c.main)
	}
	switch main.Value.Kind() {
	case rules.KindNumber:
		entry.Amount, entry.Unit = main.Value.Number(), main.Unit
	case rules.KindText:
		entry.Outcome = main.Value.Text()
	case rules.KindBool:
		entry.Outcome = main.Title.Zh
	}
	entry.Figures = shown(c, res)
	if c.payee != nil {
		p, err := c.payee(*h, *m)
		if err != nil {
			return fmt.Errorf("welfare: assessing %s: %w", c.rule, err)
		}
		entry.Payee = p
	}
	for _, name := range c.inKind {
		if f, ok := res.Figure(name); ok {
			entry.Quantities = append(entry.Quantities, f)
		}
	}
	sec.Entries = append(sec.Entries, entry)
	return nil
}

// shown returns the figures of a result the entry of a claim shows.
func shown(c claim, res *rules.Result) []rules.Figure {
	show := c.show
	if show == nil && len(res.Figures) > 0 {
		show = []string{res.Figures[0].Name}
	}
	var out []rules.Figure
	for _, name := range show {
		if f, ok := res.Figure(name); ok {
			out = append(out, f)
		}
	}
	return out
}

// inputFact names an input the household data left out by the field the
// caller fills.
// inputOf returns the rule's name of the input an error is about: a typed
// evaluation's error names the Go field of its case, the input aside.
func inputOf(re *rules.Error) string {
	if re.Input != "" {
		return re.Input
	}
	return re.Field
}

func inputFact(input string) string {
	if f, ok := standardFields[input]; ok {
		return input + "（" + f + "）"
	}
	return input
}

// standardFields are the inputs the assessment fills from LocalStandards
// and the household's income.
var standardFields = map[string]string{
	"dibao_standard":            "LocalStandards.Dibao",
	"dibian_standard":           "LocalStandards.Dibian",
	"minimum_wage":              "LocalStandards.MinimumWage",
	"urban_consumption":         "LocalStandards.UrbanConsumption",
	"living_consumption":        "LocalStandards.UrbanLivingConsumption",
	"institution_care_standard": "LocalStandards.TekunCareFee",
	"resident_consumption":      "LocalStandards.ResidentConsumption",
	"pension_lowest_tier":       "LocalStandards.PensionLowestTier",
	"medical_contribution":      "LocalStandards.MedicalContribution",
	"provincial_standard":       "LocalStandards.ProvincialMealStandard",
	"period_months":             "Household.Income.PeriodMonths",
	"period_from":               "Household.Income.From",
	"period_to":                 "Household.Income.To",
	"birth_date":                "Member.BirthDate",
	"hukou":                     "Household.Locality",
	"visit":                     "Member.Medical.Visit",
	"level":                     "Member.Student.Level",
	"owns_home":                 "Household.Housing.OwnsHome",
	"in_kind":                   "Household.Housing.InKindAllocated",
	"family_car":                "Household.NonOperatingVehicle",
	"market_rent":               "Household.Housing.MarketRent",
	"public_rent":               "Household.Housing.PublicRent",
	"floor_area_per_capita":     "Household.Housing.FloorAreaPerCapita",
	"contract_years":            "Household.Housing.ContractYears",
	"insured_months":            "Household.Housing.InsuredMonths",
	"project":                   "Household.Renovation.Project",
	"new_area":                  "Household.Renovation.NewArea",
	"renovated_in":              "Household.Renovation.Year",
	"fee":                       "Member.Rehab.Fee",
	"months":                    "Member.Rehab.Months",
	"trained_from":              "Member.Rehab.From",
	"tuition":                   "Member.Student.Tuition",
	"graduation_year":           "Member.Student.GraduationYear",
	"origin":                    "Household.Origin / Member.Migrant.From",
	"registered_months":         "Member.Migrant.RegisteredMonths",
	"junior_years":              "Member.Student.JuniorYearsInWenzhou",
	"graduated_on":              "Member.Student.GraduatedOn",
	"parent_permit_since":       "Member.Student.ParentPermitSince",
	"contributions":             "Member.Employment.Flexible.Contributions",
	"poor_disabled_family":      "Household.PoorDisabledFamily",
	"approved_on":               "Member.Employment.Flexible.ApprovedOn",
	"retires_on":                "Member.Employment.Flexible.RetiresOn",
	"left_school_on":            "Member.Employment.Flexible.LeftSchoolOn",
	"paid_for_until":            "Member.Employment.Flexible.PaidForUntil",
	"compliant_cost":            "Member.Medical.CompliantCost",
	"orphan_birth_date":         "Member.BirthDate（社会散居孤儿）",
	"weak_guardianship":         "Member.Mental.WeakGuardianship",
	"guardian":                  "Member.Mental.Guardian",
	"self_care":                 "Member.SelfCare",
	"dementia":                  "Member.Dementia",
	"tekun_support":             "Member.Tekun",
	"tekun":                     "Member.Tekun",
	"disability_grade":          "Member.DisabilityGrade",
	"months_received":           "Household.Housing.SubsidyMonthsReceived",
	"social_assistance":         "Household.SocialAssistance",
}

// housingChoice applies the take-the-higher group of the household's rent
// subsidies (GroupHousing).
func (e *Evaluator) housingChoice(st *Statement, on rules.Date) error {
	g := e.groupOf(GroupHousing)
	granted := map[string]int{}
	in := map[string]rules.Inputs{}
	for i, en := range st.Household.Entries {
		if en.Status == rules.Granted && slices.Contains(g.Rules, en.Rule) {
			granted[en.Rule] = i
			in[en.Rule] = inputsOf(en.Result)
		}
	}
	if len(granted) < 2 {
		return nil
	}
	gr, err := e.book.EvalGroup(GroupHousing, on, in)
	if err != nil {
		return err // it names the group
	}
	chosen := &st.Household.Entries[granted[gr.Chosen]]
	ch := Choice{Group: g.ID, Title: g.Title, Member: -1, Chosen: entryName(*chosen), Amount: gr.Value.Number(), Unit: gr.Unit, Cite: g.Cite, Evaluation: gr}
	for _, id := range g.Rules {
		i, ok := granted[id]
		if !ok || id == gr.Chosen {
			continue
		}
		en := &st.Household.Entries[i]
		ch.Others = append(ch.Others, entryName(*en))
		notPaid(en, g.Cite, *chosen)
	}
	st.Choices = append(st.Choices, ch)
	return nil
}

// studyChoice applies the take-the-higher of the study grants of 五、18 to
// a member: the engine's rule for groups over the schemes of one rule (see
// [Evaluator.StudyGrant]).
func (e *Evaluator) studyChoice(st *Statement, sec *Section) {
	var idx []int
	for i, en := range sec.Entries {
		if en.Rule == RuleStudyGrant && en.Status == rules.Granted {
			idx = append(idx, i)
		}
	}
	if len(idx) < 2 {
		return
	}
	best := idx[higher(len(idx), func(i int) (bool, decimal.Decimal) { return true, sec.Entries[idx[i]].Amount })]
	chosen := sec.Entries[best]
	c := cite("附则2", quoteNoDouble)
	title, _, _ := e.book.Heading(RuleStudyGrant)
	ch := Choice{Group: RuleStudyGrant, Title: rules.T(title.Zh+"（同一人同一年度就高执行、不重复享受）", title.En+" (the higher in a year, not both)"),
		Member: sec.Member, Chosen: entryName(chosen), Amount: chosen.Amount, Unit: chosen.Unit, Cite: c}
	for _, i := range idx {
		if i == best {
			continue
		}
		ch.Others = append(ch.Others, entryName(sec.Entries[i]))
		notPaid(&sec.Entries[i], c, chosen)
	}
	st.Choices = append(st.Choices, ch)
}

func notPaid(en *Entry, c rules.Citation, chosen Entry) {
	en.Status, en.Cite, en.PaidInstead, en.Amount = rules.NotPaid, c, entryName(chosen), decimal.Zero
}

func (e *Evaluator) groupOf(id string) rules.Group {
	for _, g := range e.book.Groups() {
		if g.ID == id {
			return g
		}
	}
	return rules.Group{ID: id}
}

func entryName(en Entry) string {
	if en.Part == "" {
		return en.Title.Zh
	}
	return en.Title.Zh + "（" + en.Part + "）"
}
