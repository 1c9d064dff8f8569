package welfare

import (
	"fmt"
	"slices"

	"github.com/wzpolicy/wzpolicy/rules"
)

// Facts of a household that several rules read as one figure. Go only
// gathers them from the members; the rules decide what they mean.

// severestGrade is the most severe disability grade among the members (1
// the most severe), 0 when none is disabled. A member's disability the
// rule cannot read — a kind none of the document's, a grade outside 1–4,
// a kind without a grade or a grade without a kind — is an invalid input
// of rule naming disability_grade, never read as no disability.
func severestGrade(rule string, h Household) (int, error) {
	g := 0
	for i, m := range h.Members {
		if d := disabilityFaultOf(m); d != nil {
			e := invalidFact(rule, "disability_grade", d.msg)
			e.Field = fmt.Sprintf("Members[%d].%s", i, d.field)
			return 0, e
		}
		if m.Disability != "" && m.Disability != NotDisabled && (g == 0 || m.DisabilityGrade < g) {
			g = m.DisabilityGrade
		}
	}
	return g, nil
}

// isTekun reports whether the member is a 特困 person (or is given a way of
// support that is none of the document's, which the rules refuse).
func isTekun(m Member) bool { return m.Tekun != "" && m.Tekun != NotTekun }

// householdTekun is the way of support of the household's 特困 member, a
// member in dispersed support first; not given when none is 特困. A way of
// support none of the document's is given as it is, for the rule to
// refuse.
func householdTekun(h Household) TekunSupport {
	var found TekunSupport
	for _, m := range h.Members {
		if m.Tekun != "" && !slices.Contains(TekunSupports(), m.Tekun) {
			return m.Tekun
		}
	}
	for _, m := range h.Members {
		if m.Tekun == TekunDispersed {
			return TekunDispersed
		}
		if isTekun(m) && found == "" {
			found = m.Tekun
		}
	}
	return found
}

// anyTekun reports whether a member is a 特困 person, for the rules that
// read it as one fact of the household (field). A way of support none of
// the document's is an invalid input of rule, never read as 特困.
func anyTekun(rule, field string, h Household) (bool, error) {
	found := false
	for i, m := range h.Members {
		if err := known(rule, field, m.Tekun, TekunSupports()); err != nil {
			err.Field = fmt.Sprintf("Members[%d].Tekun", i)
			return false, err
		}
		found = found || isTekun(m)
	}
	return found, nil
}

// known returns nil when v is not given ("") or one of the values, and
// otherwise an invalid-input error of rule naming field, listing them.
func known[T ~string](rule, field string, v T, values []T) *rules.Error {
	if v == "" || slices.Contains(values, v) {
		return nil
	}
	return invalidFact(rule, field, notOneOf(v, values))
}

// clipped quotes at most a short prefix of a caller's text in a message.
func clipped(s string) string {
	const most = 40
	if r := []rune(s); len(r) > most {
		return string(r[:most]) + fmt.Sprintf("…(%d characters)", len(r))
	}
	return s
}

// invalidFact is an invalid-input error of rule about its input, for a fact
// Go gathers from the household before the rule reads it; the caller may
// name the household's field instead (Members[0].Tekun).
func invalidFact(rule, input string, msg rules.Text) *rules.Error {
	return &rules.Error{Code: rules.CodeInvalidInput, Rule: rule, Field: input, Input: input, Msg: msg.En, MsgZh: msg.Zh}
}

// scatteredOrphan reports whether a member is a recognised scattered
// orphan, with the date of birth of the youngest: the rule decides whether
// that one is still a child. A scattered orphan without a date of birth
// gives none, and the rule reports it missing.
func scatteredOrphan(h Household) (bool, rules.Date) {
	found, youngest := false, rules.Date{}
	for _, m := range h.Members {
		switch {
		case m.ChildCategory != ScatteredOrphan:
			continue
		case m.BirthDate.IsZero():
			return true, rules.Date{}
		case !found || m.BirthDate.After(youngest):
			youngest = m.BirthDate
		}
		found = true
	}
	return found, youngest
}

// worker is the member whose work 八、27 reads: the first bus or
// sanitation worker, else the first member with an employment; ok is false
// when no member has one.
func worker(h Household) (Employment, bool) {
	var first *Employment
	for _, m := range h.Members {
		if m.Employment == nil {
			continue
		}
		if m.Employment.Occupation == BusWorker || m.Employment.Occupation == SanitationWorker {
			return *m.Employment, true
		}
		if first == nil {
			first = m.Employment
		}
	}
	if first == nil {
		return Employment{}, false
	}
	return *first, true
}
