package welfare

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A household's statement: what Assess returns, and how it reads.

// Entry is one benefit (or one part or scheme of a benefit) of a
// statement.
type Entry struct {
	Rule   string
	Title  rules.Text
	Clause string // the clause of the benefit, "二、5"
	Part   string // the part or scheme evaluated, "" for a rule of one part
	Status rules.Status
	// Amount and Unit are the main figure of a granted benefit that pays
	// money (or a quantity); zero otherwise. Outcome is the main figure of
	// a granted benefit that decides rather than pays ("依申请优先安排实物
	// 配租").
	Amount  decimal.Decimal
	Unit    rules.Unit
	Outcome string
	// Quantities are what a granted benefit gives in kind, each with its
	// unit: the free water (吨/户·年), gas (立方米/户·年) and electricity
	// (度/户·年) of 六、20. Such a benefit pays no money: its Amount is
	// zero and its Unit none, and Outcome says what it gives in words.
	Quantities []rules.Figure
	// Figures are the granted benefit's figures the statement shows.
	Figures []rules.Figure
	Failed  []rules.Failure // rules.NotGranted: each condition failed, with the values that decided it
	Missing []string        // rules.NotAssessed: the facts or inputs the household data lacks
	// Invalid is, for rules.NotAssessed, a fact the household data gives that the
	// rule refuses: the fact and why ("Member.BirthDate: …"). The other
	// benefits are assessed all the same.
	Invalid string
	// Problem is, when the fact was refused by [Household.Validate], that
	// problem; Invalid gives it in Chinese.
	Problem *Problem
	// Reference is, for rules.CaseByCase, the document's figures the
	// locality sets its own by (参照执行): 市区's high-age allowance for a
	// county registration. They are not the amount due.
	Reference []rules.Figure
	// PaidInstead is, for rules.NotPaid, the benefit of the group paid instead
	// (its Chinese title and part); Note is, for rules.CaseByCase, what the
	// document leaves to assessment, in its words.
	PaidInstead string
	Note        string
	// Cite is the clause of the benefit; for rules.NotPaid, 附则2; for
	// rules.CaseByCase, the clause that leaves it to assessment.
	Cite   rules.Citation
	Result *rules.Result // nil unless evaluated to a result
}

// Section is the household's or one member's part of a statement.
type Section struct {
	Member int    // index in Household.Members; -1 for the household
	Name   string // the member's name
	Age    int    // full years on the date; -1 without a date of birth
	// Entries are the benefits evaluated, in the order of the document.
	Entries []Entry
	// rules.NotAssessed are the benefits the household data does not allow to
	// evaluate, in the order of the document, each with the facts it lacks.
	NotAssessed []Entry
}

// Choice is a take-the-higher choice of 附则2: of several benefits of one
// group granted to the same person (or household), the one paid.
type Choice struct {
	Group  string // GroupHousing, or RuleStudyGrant for the schemes of 五、18
	Title  rules.Text
	Member int    // -1 for the household
	Chosen string // the benefit paid: its title and part
	Amount decimal.Decimal
	Unit   rules.Unit
	Others []string // the benefits granted but not paid
	Cite   rules.Citation
	// Evaluation is the engine's evaluation of the group (GroupHousing);
	// nil for the study grants, which are one rule's schemes.
	Evaluation *rules.GroupResult
}

// Statement is a household's assessment on a date: for the household and
// each member, the benefits granted with their figures and clauses, those
// not granted with the conditions that failed, those left to local
// assessment, those not assessed for lack of facts, and the take-the-higher
// choices made.
type Statement struct {
	Date      rules.Date
	Locality  Locality         // the household's registration
	Status    AssistanceStatus // the household's assistance status; the zero value is none
	Household Section
	Members   []Section
	Choices   []Choice
	// Problems are the household's facts [Household.Validate] refused
	// that do not stop the assessment: the benefits that read one are not
	// assessed, each naming it.
	Problems []Problem
}

// rules.Granted returns the granted entries of the section.
func (s Section) Granted() []Entry {
	var out []Entry
	for _, en := range s.Entries {
		if en.Status == rules.Granted {
			out = append(out, en)
		}
	}
	return out
}

// Entry returns the section's first entry of the rule and part.
func (s Section) Entry(rule, part string) (Entry, bool) {
	for _, list := range [][]Entry{s.Entries, s.NotAssessed} {
		for _, en := range list {
			if en.Rule == rule && en.Part == part {
				return en, true
			}
		}
	}
	return Entry{}, false
}

// String renders the statement in Chinese; see [Statement.Text].
func (st *Statement) String() string { return st.Text(rules.Chinese) }

// Text renders the statement as text in lang: for the household and each
// member, the benefits granted with their figures and clauses, those not
// paid under 附则2, those left to assessment, those not granted with every
// failed condition, and those not assessed with the facts they lack; then
// the take-the-higher choices.
func (st *Statement) Text(lang rules.Lang) string {
	zh := lang == rules.Chinese
	l := func(z, e string) string {
		if zh {
			return z
		}
		return e
	}
	var b strings.Builder
	if zh {
		fmt.Fprintf(&b, "%s 帮扶事项评估（免申直享） %s\n", opinions.Number, st.Date.Chinese())
	} else {
		fmt.Fprintf(&b, "%s assessment of benefits (paid without application), %s\n", opinions.Number, st.Date)
	}
	sections := append([]Section{st.Household}, st.Members...)
	for _, sec := range sections {
		switch {
		case sec.Member < 0:
			status := st.Status
			if status == "" {
				status = NotAssisted
			}
			if zh {
				fmt.Fprintf(&b, "【家庭 %s，%s，%d人】\n", st.Locality, status, len(st.Members))
			} else {
				fmt.Fprintf(&b, "[Household, %s, %s, %d member(s)]\n", st.Locality.English(), status.English(), len(st.Members))
			}
		case sec.Age >= 0:
			fmt.Fprintf(&b, l("【成员%d %s，%d周岁】\n", "[Member %d %s, aged %d]\n"), sec.Member+1, sec.Name, sec.Age)
		default:
			fmt.Fprintf(&b, l("【成员%d %s】\n", "[Member %d %s]\n"), sec.Member+1, sec.Name)
		}
		groups := []struct {
			status rules.Status
			head   string
		}{
			{rules.Granted, l("享受", "Granted")},
			{rules.NotPaid, l("就高不重复享受", "Not paid (the higher is paid)")},
			{rules.CaseByCase, l("按实评估", "Assessed locally")},
			{rules.NotGranted, l("不符合条件", "Not eligible")},
		}
		for _, g := range groups {
			var lines []string
			for _, en := range sec.Entries {
				if en.Status == g.status {
					lines = append(lines, entryLine(en, lang))
				}
			}
			writeGroup(&b, g.head, lines)
		}
		var lines []string
		for _, en := range sec.NotAssessed {
			lines = append(lines, entryLine(en, lang))
		}
		writeGroup(&b, l("未评估（缺少事实）", "Not assessed (facts missing)"), lines)
	}
	if len(st.Choices) > 0 {
		b.WriteString(l("【就高执行】\n", "[Take the higher]\n"))
		for _, c := range st.Choices {
			who := l("家庭", "household")
			if c.Member >= 0 {
				who = fmt.Sprintf(l("成员%d", "member %d"), c.Member+1)
			}
			fmt.Fprintf(&b, l("  %s：享受%s %s，不享受%s（%s）\n", "  %s: %s %s paid, not %s (%s)\n"), who, c.Chosen,
				rules.NumberValue(c.Amount).Format(c.Unit, lang), strings.Join(c.Others, l("、", ", ")), c.Cite.Ref())
		}
	}
	return b.String()
}

func writeGroup(b *strings.Builder, head string, lines []string) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "  %s\n", head)
	for _, s := range lines {
		fmt.Fprintf(b, "    %s\n", s)
	}
}

// entryLine is one line of the text: clause, title and part, then what
// the status says.
func entryLine(en Entry, lang rules.Lang) string {
	zh := lang == rules.Chinese
	l := func(z, e string) string {
		if zh {
			return z
		}
		return e
	}
	name := en.Title.In(lang)
	if en.Part != "" {
		name += l("（", " (") + en.Part + l("）", ")")
	}
	s := en.Clause + " " + name + l("：", ": ")
	switch en.Status {
	case rules.Granted:
		var parts []string
		for _, f := range en.Figures {
			parts = append(parts, f.Title.In(lang)+" "+f.Value.Format(f.Unit, lang))
		}
		s += strings.Join(parts, l("；", "; "))
	case rules.NotGranted:
		var parts []string
		for _, f := range en.Failed {
			parts = append(parts, f.In(lang))
		}
		s += strings.Join(parts, l("；", "; "))
	case rules.NotPaid:
		s += l("就高执行，享受", "the higher is paid: ") + en.PaidInstead
	case rules.CaseByCase:
		s += l("", "assessed case by case: ") + en.Note
		if len(en.Reference) > 0 {
			var parts []string
			for _, f := range en.Reference {
				parts = append(parts, f.Title.In(lang)+" "+f.Value.Format(f.Unit, lang))
			}
			s += l("（参照：", " (for reference: ") + strings.Join(parts, l("；", "; ")) + l("）", ")")
		}
	case rules.NotAssessed:
		if en.Problem != nil {
			s += l("事实无效 ", "invalid fact ") + en.Problem.Text(lang)
			break
		}
		if en.Invalid != "" {
			s += l("事实无效 ", "invalid fact ") + en.Invalid
			break
		}
		s += l("缺少 ", "lacks ") + strings.Join(en.Missing, l("、", ", "))
	}
	return s
}
