package welfare

import (
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// The caseworker's view of a statement: what is granted and why, what is
// near, what could not be assessed; the benefits refused on several
// conditions are counted, and listed in full by [Statement.Text].

// Conditions returns every condition of eligibility of the entry's rule,
// met or not, each with the values it read: why a benefit is granted as
// well as why it is not. It is nil for an entry not evaluated to a result
// (not assessed, left to assessment without a reference figure).
func (en Entry) Conditions() []rules.ConditionResult {
	if en.Result == nil {
		return nil
	}
	return en.Result.Conditions()
}

// Near reports whether the entry is not granted on exactly one condition:
// the one a caseworker checks first, since one fact changed or mistaken
// would grant it.
func (en Entry) Near() bool {
	return en.Status == rules.NotGranted && len(en.Failed) == 1
}

// Near returns the section's entries not granted on exactly one
// condition, in the order of the document.
func (s Section) Near() []Entry {
	var out []Entry
	for _, en := range s.Entries {
		if en.Near() {
			out = append(out, en)
		}
	}
	return out
}

// Brief renders the caseworker's view of the statement in lang: for the
// household and each member, the benefits granted with their figures and
// the conditions they meet; those not paid under 附则2 and those left to
// assessment; those near, refused on one condition only, with the values
// that decided it and the conditions met; those not assessed with the
// facts they lack; and how many more are refused on two conditions or
// more, which [Statement.Text] lists. The take-the-higher choices close
// it, as in Text.
func (st *Statement) Brief(lang rules.Lang) string {
	l := pick(lang)
	var b strings.Builder
	st.writeHead(&b, lang, l("（经办视图）", " — caseworker's view"))
	for _, sec := range st.sections() {
		st.writeSectionHead(&b, sec, lang)
		var granted, near []string
		refused := 0
		for _, en := range sec.Entries {
			switch {
			case en.Status == rules.Granted:
				granted = append(granted, entryLine(en, lang)+met(en, lang))
			case en.Near():
				near = append(near, entryLine(en, lang)+met(en, lang))
			case en.Status == rules.NotGranted:
				refused++
			}
		}
		writeGroup(&b, l("享受", "Granted"), granted)
		writeGroup(&b, l("就高不重复享受", "Not paid (the higher is paid)"), sec.lines(rules.NotPaid, lang))
		writeGroup(&b, l("按实评估", "Assessed locally"), sec.lines(rules.CaseByCase, lang))
		writeGroup(&b, l("接近（仅一项条件未满足）", "Near (one condition not met)"), near)
		writeGroup(&b, l("未评估（缺少事实）", "Not assessed (facts missing)"), sec.notAssessedLines(lang))
		if refused > 0 {
			fmt.Fprintf(&b, l("  另有%d项不符合条件（两项以上条件未满足），详见完整清单\n",
				"  %d more not eligible (two conditions or more not met): see the full statement\n"), refused)
		}
	}
	st.writeChoices(&b, lang)
	return b.String()
}

// met is the conditions an entry meets, as a line under it; "" when it
// meets none.
func met(en Entry, lang rules.Lang) string {
	var parts []string
	for _, c := range en.Conditions() {
		if c.Met {
			parts = append(parts, c.Requirement(lang))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	l := pick(lang)
	return "\n      " + l("已满足：", "met: ") + strings.Join(parts, l("；", "; "))
}

// pick returns a chooser of the Chinese or the English of a pair of texts.
func pick(lang rules.Lang) func(zh, en string) string {
	return func(zh, en string) string {
		if lang == rules.Chinese {
			return zh
		}
		return en
	}
}
