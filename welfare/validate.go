package welfare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// This file checks a household's own facts before it is assessed: every
// problem at once, each named by its Go field path, members numbered as the
// statement numbers them (成员1 is Members[0]).

// Problem is one fact of a household that cannot be read as given.
type Problem struct {
	// Field is the fact's Go field path from the Household:
	// "Locality", "Members[0].DisabilityGrade", "Income.Items[1].Amount".
	Field string `json:"field"`
	// Member is the index in Household.Members of the member whose fact it
	// is (成员 Member+1), -1 for the household's own.
	Member int        `json:"member"`
	Msg    rules.Text `json:"msg"` // what is wrong, in Chinese and English

	// own are the rules' inputs the fact gives to its owner's benefits
	// (the household's, or the member's); gathered those it gives to the
	// other side's (a member's disability grade to the household's most
	// severe one, the household's status to each member's benefits).
	own, gathered []string
}

// Text renders the problem in lang: the field, the member as the
// statement numbers it, and what is wrong.
func (p Problem) Text(lang rules.Lang) string {
	if lang == rules.English {
		if p.Member >= 0 {
			return fmt.Sprintf("%s (member %d): %s", p.Field, p.Member+1, p.Msg.En)
		}
		return p.Field + ": " + p.Msg.En
	}
	if p.Member >= 0 {
		return fmt.Sprintf("%s（成员%d）：%s", p.Field, p.Member+1, p.Msg.Zh)
	}
	return p.Field + "：" + p.Msg.Zh
}

// stops reports whether the problem stops the assessment: the household's
// registration is its identity, which nearly every benefit reads and the
// statement is headed by.
func (p Problem) stops() bool { return p.Field == "Locality" }

// reads reports whether a benefit of the section (member, or -1 for the
// household) whose rule takes the inputs reads the problem's fact.
func (p Problem) reads(member int, inputs []rules.Input) bool {
	names := p.gathered
	if p.Member == member {
		names = p.own
	} else if p.Member >= 0 && member >= 0 {
		return false // another member's fact
	}
	return slices.ContainsFunc(inputs, func(in rules.Input) bool { return slices.Contains(names, in.Name) })
}

// HouseholdError is every problem of a household's facts, found at once. It
// matches [rules.ErrInvalidInput], and [errors.As] finds a [*rules.Error]
// naming each problem's field.
type HouseholdError struct {
	Problems []Problem
}

// Error gives every problem in English, as a [rules.Error] does; Message
// gives them in Chinese.
func (e *HouseholdError) Error() string { return e.Text(rules.English) }

// Message gives every problem in lang, each naming its field, as
// [rules.Error.Message] gives one.
func (e *HouseholdError) Message(lang rules.Lang) string { return e.Text(lang) }

// Text gives every problem in lang.
func (e *HouseholdError) Text(lang rules.Lang) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Text(lang)
	}
	if lang == rules.English {
		return fmt.Sprintf("%d problem(s) in the household's facts: %s", len(e.Problems), strings.Join(lines, "; "))
	}
	return fmt.Sprintf("家庭事实有%d处问题：%s", len(e.Problems), strings.Join(lines, "；"))
}

// Is reports whether target is [rules.ErrInvalidInput].
func (e *HouseholdError) Is(target error) bool { return target == rules.ErrInvalidInput }

// Unwrap returns each problem as an invalid-input [*rules.Error] naming its
// field.
func (e *HouseholdError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = &rules.Error{Code: rules.CodeInvalidInput, Field: p.Field, Msg: p.Msg.En, MsgZh: p.Msg.Zh}
	}
	return errs
}

// Validate checks the household's own facts as of the assessment date on,
// and returns every problem at once as a [*HouseholdError], or nil: a
// Locality not given or none of [Localities]; a value of an enumerated fact
// none of the document's (Status, FamilyPlanning, Origin, SocialAssistance, and each member's
// Tekun, SelfCare, Disability, CareMode, ChildCategory, Mental.RiskClass);
// a disability grade without a kind, a kind without a grade, or a grade
// outside 1–4; a date of birth after on; a negative period, and an income
// item of a kind none of the document's, a negative amount or a member not
// in the household. The facts of sections 三 to 八 (Housing, Member.Medical
// …) are checked by the rules that read them.
//
// [Evaluator.Assess] validates first; see there which problems stop it.
func (h Household) Validate(on rules.Date) error {
	if ps := h.problems(on); len(ps) > 0 {
		return &HouseholdError{Problems: ps}
	}
	return nil
}

func (h Household) problems(on rules.Date) []Problem {
	var ps []Problem
	add := func(field string, member int, msg rules.Text, own, gathered []string) {
		ps = append(ps, Problem{Field: field, Member: member, Msg: msg, own: own, gathered: gathered})
	}
	switch {
	case h.Locality == "":
		add("Locality", -1, rules.T("户籍所在地未给出（"+strings.Join(rules.Texts(Localities()), "、")+"）",
			"not given; one of: "+strings.Join(rules.Texts(Localities()), ", ")), []string{"hukou"}, []string{"hukou"})
	default:
		if _, err := ParseLocality(string(h.Locality)); err != nil {
			add("Locality", -1, notOneOf(h.Locality, Localities()), []string{"hukou"}, []string{"hukou"})
		}
	}
	if err := known("", "", h.Status, AssistanceStatuses()); err != nil {
		add("Status", -1, notOneOf(h.Status, AssistanceStatuses()), []string{"household_status"}, []string{"household_status"})
	}
	if err := known("", "", h.FamilyPlanning, FamilyPlanningCategories()); err != nil {
		add("FamilyPlanning", -1, notOneOf(h.FamilyPlanning, FamilyPlanningCategories()), []string{"category"}, []string{"family_planning"})
	}
	if err := known("", "", h.Origin, HukouOrigins()); err != nil {
		add("Origin", -1, notOneOf(h.Origin, HukouOrigins()), []string{"origin"}, []string{"origin"})
	}
	for j, k := range h.SocialAssistance {
		if known("", "", k, SocialAssistanceKinds()) != nil || k == "" {
			add(fmt.Sprintf("SocialAssistance[%d]", j), -1, notOneOf(k, SocialAssistanceKinds()), []string{"social_assistance"}, nil)
		}
	}
	for i, m := range h.Members {
		f := func(name string) string { return fmt.Sprintf("Members[%d].%s", i, name) }
		if !on.IsZero() && m.BirthDate.After(on) {
			add(f("BirthDate"), i, rules.T(fmt.Sprintf("出生日期%s晚于评估日期%s", m.BirthDate.Chinese(), on.Chinese()),
				fmt.Sprintf("born on %s, after the assessment date %s", m.BirthDate, on)), []string{"birth_date"}, []string{"orphan_birth_date"})
		}
		if known("", "", m.Tekun, TekunSupports()) != nil {
			tekun := []string{"tekun_support", "tekun"}
			add(f("Tekun"), i, notOneOf(m.Tekun, TekunSupports()), tekun, tekun)
		}
		if known("", "", m.SelfCare, SelfCares()) != nil {
			add(f("SelfCare"), i, notOneOf(m.SelfCare, SelfCares()), []string{"self_care"}, nil)
		}
		if d := disabilityFaultOf(m); d != nil {
			add(f(d.field), i, d.msg, d.inputs, []string{"disability_grade"})
		}
		if known("", "", m.CareMode, CareModes()) != nil {
			add(f("CareMode"), i, notOneOf(m.CareMode, CareModes()), []string{"care_mode"}, nil)
		}
		if known("", "", m.ChildCategory, ChildCategories()) != nil {
			add(f("ChildCategory"), i, notOneOf(m.ChildCategory, ChildCategories()), []string{"category", "child_category"}, []string{"scattered_orphan"})
		}
		if m.Mental != nil && known("", "", m.Mental.RiskClass, RiskClasses()) != nil {
			add(f("Mental.RiskClass"), i, notOneOf(m.Mental.RiskClass, RiskClasses()), []string{"risk_class"}, nil)
		}
		if m.Mental != nil && m.Mental.Guardian != nil {
			if field, msg := guardianFault(h, i, *m.Mental.Guardian); msg != nil {
				add(f("Mental.Guardian"+field), i, *msg, []string{inputGuardian}, nil)
			}
		}
	}
	// The inputs a fault of the income leaves unknown; read-only, as every
	// Problem's lists are.
	income := incomeInputs
	if h.Income.PeriodMonths < 0 {
		add("Income.PeriodMonths", -1, rules.T(fmt.Sprintf("核算期月数%d为负数", h.Income.PeriodMonths),
			fmt.Sprintf("%d months is negative", h.Income.PeriodMonths)), income, nil)
	}
	for j, it := range h.Income.Items {
		f := func(name string) string { return fmt.Sprintf("Income.Items[%d].%s", j, name) }
		if known("", "", it.Kind, IncomeKinds()) != nil || it.Kind == "" {
			add(f("Kind"), -1, notOneOf(it.Kind, IncomeKinds()), income, nil)
		}
		if it.Amount.IsNegative() {
			add(f("Amount"), -1, rules.T(fmt.Sprintf("金额%s元为负数", it.Amount), fmt.Sprintf("%s yuan is negative", it.Amount)), income, nil)
		}
		if it.Member < 0 || it.Member >= len(h.Members) {
			add(f("Member"), -1, rules.T(fmt.Sprintf("成员序号%d不在家庭的%d名成员之内（0为成员1）", it.Member, len(h.Members)),
				fmt.Sprintf("member %d is not one of the household's %d members (0 is member 1)", it.Member, len(h.Members))), income, nil)
		}
	}
	return ps
}

// notOneOf says that v is none of the values, in Chinese and English.
func notOneOf[T ~string](v T, values []T) rules.Text {
	if v == "" {
		return rules.T("未给出（"+strings.Join(rules.Texts(values), "、")+"）", "not given; one of: "+strings.Join(rules.Texts(values), ", "))
	}
	return rules.T(fmt.Sprintf("“%s”不是以下之一：%s", clipped(string(v)), strings.Join(rules.Texts(values), "、")),
		fmt.Sprintf("%q is not one of: %s", clipped(string(v)), strings.Join(rules.Texts(values), ", ")))
}

// disabilityFault is what is wrong with a member's disability: the field at
// fault, why, and the inputs it leaves unknown.
type disabilityFault struct {
	field  string
	msg    rules.Text
	inputs []string
	en     string // severestGrade's message
}

// incomeInputs are the inputs a fault of the household's income leaves
// unknown.
var incomeInputs = []string{"counted_income", "period_months"}

// disabilityFaultOf returns what is wrong with the member's disability, or
// nil. A kind none of the document's, or a grade without a kind, leaves
// unknown whether the member is disabled at all (disability and
// disability_grade); a kind without a grade, or a grade outside 1–4, only
// the grade.
func disabilityFaultOf(m Member) *disabilityFault {
	disabled := m.Disability != "" && m.Disability != NotDisabled
	if !disabled && m.DisabilityGrade == 0 || disabled && m.DisabilityGrade >= 1 && m.DisabilityGrade <= 4 && slices.Contains(DisabilityKinds(), m.Disability) {
		return nil // the everyday cases, checked without building a message
	}
	kinds := rules.Texts(DisabilityKinds())
	both := []string{"disability", "disability_grade"}
	mismatch := fmt.Sprintf("a disabled member has a grade from 1 to 4, others grade 0 (disability = %q, grade %d)", clipped(string(m.Disability)), m.DisabilityGrade)
	switch {
	case disabled && !slices.Contains(DisabilityKinds(), m.Disability):
		return &disabilityFault{field: "Disability", inputs: both,
			msg: rules.T(fmt.Sprintf("“%s”不是残疾类别（%s）", clipped(string(m.Disability)), strings.Join(kinds, "、")),
				fmt.Sprintf("%q is not a kind of disability (%s)", clipped(string(m.Disability)), strings.Join(kinds, ", "))),
			en: fmt.Sprintf("%q is not a kind of disability (%s)", clipped(string(m.Disability)), strings.Join(kinds, ", "))}
	case !disabled && m.DisabilityGrade != 0:
		return &disabilityFault{field: "DisabilityGrade", inputs: both, en: mismatch,
			msg: rules.T(fmt.Sprintf("给出残疾等级%d但未给出残疾类别（Disability）：是否残疾无从判断", m.DisabilityGrade),
				fmt.Sprintf("grade %d is given without a kind of disability (Disability): whether the member is disabled is not known", m.DisabilityGrade))}
	case disabled && m.DisabilityGrade == 0:
		return &disabilityFault{field: "DisabilityGrade", inputs: []string{"disability_grade"}, en: mismatch,
			msg: rules.T(fmt.Sprintf("%s残疾未给出残疾等级（1至4级）", m.Disability),
				fmt.Sprintf("a %s disability is given without its grade (1 to 4)", m.Disability))}
	case disabled && (m.DisabilityGrade < 0 || m.DisabilityGrade > 4):
		return &disabilityFault{field: "DisabilityGrade", inputs: []string{"disability_grade"}, en: mismatch,
			msg: rules.T(fmt.Sprintf("残疾等级%d不在1至4级之内", m.DisabilityGrade),
				fmt.Sprintf("grade %d is outside 1 to 4", m.DisabilityGrade))}
	}
	return nil
}

// guardianFault returns what is wrong with the guardian of member i, with
// the field at fault under Mental.Guardian, or a nil message.
func guardianFault(h Household, i int, g Guardian) (string, *rules.Text) {
	fault := func(field string, t rules.Text) (string, *rules.Text) { return field, &t }
	switch {
	case g.Member == nil && g.Name == "":
		return fault("", rules.T("监护人既非家庭成员（Member）亦未给出姓名（Name）", "the guardian is neither a member (Member) nor named (Name)"))
	case g.Member == nil:
		return "", nil
	case *g.Member < 0 || *g.Member >= len(h.Members):
		return fault(".Member", rules.T(fmt.Sprintf("成员序号%d不在家庭的%d名成员之内（0为成员1）", *g.Member, len(h.Members)),
			fmt.Sprintf("member %d is not one of the household's %d members (0 is member 1)", *g.Member, len(h.Members))))
	case *g.Member == i:
		return fault(".Member", rules.T("患者不是自己的监护人", "a patient is not their own guardian"))
	case g.Name != "" && g.Name != h.Members[*g.Member].Name:
		return fault(".Name", rules.T(fmt.Sprintf("姓名“%s”不是成员%d的姓名“%s”", clipped(g.Name), *g.Member+1, clipped(h.Members[*g.Member].Name)),
			fmt.Sprintf("%q is not the name of member %d (%q)", clipped(g.Name), *g.Member+1, clipped(h.Members[*g.Member].Name))))
	}
	return "", nil
}
