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
	Rule   string       `json:"rule"`
	Title  rules.Text   `json:"title"`
	Clause string       `json:"clause"`         // the clause of the benefit, "二、5"
	Part   string       `json:"part,omitempty"` // the part or scheme evaluated, "" for a rule of one part
	Status rules.Status `json:"status,omitempty"`
	// Amount and Unit are the main figure of a granted benefit that pays
	// money (or a quantity); zero otherwise. Outcome is the main figure of
	// a granted benefit that decides rather than pays ("依申请优先安排实物
	// 配租").
	Amount  decimal.Decimal `json:"amount"`
	Unit    rules.Unit      `json:"unit"`
	Outcome string          `json:"outcome,omitempty"`
	// Quantities are what a granted benefit gives in kind, each with its
	// unit: the free water (吨/户·年), gas (立方米/户·年) and electricity
	// (度/户·年) of 六、20. Such a benefit pays no money: its Amount is
	// zero and its Unit none, and Outcome says what it gives in words.
	Quantities []rules.Figure `json:"quantities,omitempty"`
	// Figures are the granted benefit's figures the statement shows.
	Figures []rules.Figure  `json:"figures,omitempty"`
	Failed  []rules.Failure `json:"failed,omitempty"`  // rules.NotGranted: each condition failed, with the values that decided it
	Missing []string        `json:"missing,omitempty"` // rules.NotAssessed: the facts or inputs the household data lacks
	// Invalid is, for rules.NotAssessed, a fact the household data gives that the
	// rule refuses: the fact and why ("Member.BirthDate: …"). The other
	// benefits are assessed all the same.
	Invalid string `json:"invalid,omitempty"`
	// Error is, when a rule refused the fact, its error: Error.Reason says
	// why in Chinese (as Invalid does) or English.
	Error *rules.Error `json:"error,omitempty"`
	// Problem is, when the fact was refused by [Household.Validate], that
	// problem; Invalid gives it in Chinese.
	Problem *Problem `json:"problem,omitempty"`
	// Reference is, for rules.CaseByCase, the document's figures the
	// locality sets its own by (参照执行): 市区's high-age allowance for a
	// county registration. They are not the amount due.
	Reference []rules.Figure `json:"reference,omitempty"`
	// PaidInstead is, for rules.NotPaid, the benefit of the group paid instead
	// (its Chinese title and part); Note is, for rules.CaseByCase, what the
	// document leaves to assessment, in its words.
	PaidInstead string `json:"paid_instead,omitempty"`
	Note        string `json:"note,omitempty"`
	// Payee is, for a granted benefit paid to someone other than the
	// member or household it is assessed for, that person: the guardian of
	// 二、9, named or not stated (Payee.Missing); nil otherwise.
	Payee *Payee `json:"payee,omitempty"`
	// Cite is the clause of the benefit; for rules.NotPaid, 附则2; for
	// rules.CaseByCase, the clause that leaves it to assessment.
	Cite   rules.Citation `json:"cite,omitzero"`
	Result *rules.Result  `json:"result,omitempty"` // nil unless evaluated to a result
}

// Section is the household's or one member's part of a statement.
type Section struct {
	Member int    `json:"member"` // index in Household.Members; -1 for the household
	Name   string `json:"name"`   // the member's name
	Age    int    `json:"age"`    // full years on the date; -1 without a date of birth
	// Entries are the benefits evaluated, in the order of the document.
	Entries []Entry `json:"entries,omitempty"`
	// NotAssessed are the benefits the household data does not allow to
	// evaluate, in the order of the document, each with the facts it lacks.
	NotAssessed []Entry `json:"not_assessed,omitempty"`
}

// Choice is a take-the-higher choice of 附则2: of several benefits of one
// group granted to the same person (or household), the one paid.
type Choice struct {
	Group  string          `json:"group"` // GroupHousing, or RuleStudyGrant for the schemes of 五、18
	Title  rules.Text      `json:"title"`
	Member int             `json:"member"` // -1 for the household
	Chosen string          `json:"chosen"` // the benefit paid: its title and part
	Amount decimal.Decimal `json:"amount"`
	Unit   rules.Unit      `json:"unit"`
	Others []string        `json:"others,omitempty"` // the benefits granted but not paid
	Cite   rules.Citation  `json:"cite,omitzero"`
	// Evaluation is the engine's evaluation of the group (GroupHousing);
	// nil for the study grants, which are one rule's schemes.
	Evaluation *rules.GroupResult `json:"evaluation,omitempty"`
}

// Statement is a household's assessment on a date: for the household and
// each member, the benefits granted with their figures and clauses, those
// not granted with the conditions that failed, those left to local
// assessment, those not assessed for lack of facts, and the take-the-higher
// choices made.
type Statement struct {
	Date      rules.Date       `json:"date,omitzero"`
	Locality  Locality         `json:"locality,omitempty"` // the household's registration
	Status    AssistanceStatus `json:"status,omitempty"`   // the household's assistance status; the zero value is none
	Household Section          `json:"household"`
	Members   []Section        `json:"members,omitempty"`
	Choices   []Choice         `json:"choices,omitempty"`
	// Problems are the household's facts [Household.Validate] refused
	// that do not stop the assessment: the benefits that read one are not
	// assessed, each naming it.
	Problems []Problem `json:"problems,omitempty"`
}

// Granted returns the granted entries of the section.
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
// the take-the-higher choices. [Statement.Brief] is the caseworker's
// shorter view.
func (st *Statement) Text(lang rules.Lang) string {
	l := pick(lang)
	var b strings.Builder
	st.writeHead(&b, lang, "")
	for _, sec := range st.sections() {
		st.writeSectionHead(&b, sec, lang)
		writeGroup(&b, l("享受", "Granted"), sec.lines(rules.Granted, lang))
		writeGroup(&b, l("就高不重复享受", "Not paid (the higher is paid)"), sec.lines(rules.NotPaid, lang))
		writeGroup(&b, l("按实评估", "Assessed locally"), sec.lines(rules.CaseByCase, lang))
		writeGroup(&b, l("不符合条件", "Not eligible"), sec.lines(rules.NotGranted, lang))
		writeGroup(&b, l("未评估（缺少事实）", "Not assessed (facts missing)"), sec.notAssessedLines(lang))
	}
	st.writeChoices(&b, lang)
	return b.String()
}

// writeHead writes the statement's first line: the document, the date,
// and what view it is.
func (st *Statement) writeHead(b *strings.Builder, lang rules.Lang, view string) {
	if lang == rules.Chinese {
		fmt.Fprintf(b, "%s 帮扶事项评估（免申直享）%s %s\n", opinions.Number, view, st.Date.Chinese())
		return
	}
	fmt.Fprintf(b, "%s assessment of benefits (paid without application)%s, %s\n", opinions.Number, view, st.Date)
}

// sections returns the household's section, then each member's.
func (st *Statement) sections() []Section {
	return append([]Section{st.Household}, st.Members...)
}

// writeSectionHead writes the heading of the household's or a member's
// section.
func (st *Statement) writeSectionHead(b *strings.Builder, sec Section, lang rules.Lang) {
	l := pick(lang)
	switch {
	case sec.Member < 0:
		status := st.Status
		if status == "" {
			status = NotAssisted
		}
		if lang == rules.Chinese {
			fmt.Fprintf(b, "【家庭 %s，%s，%d人】\n", st.Locality, status, len(st.Members))
		} else {
			fmt.Fprintf(b, "[Household, %s, %s, %d member(s)]\n", st.Locality.English(), status.English(), len(st.Members))
		}
	case sec.Age >= 0:
		fmt.Fprintf(b, l("【成员%d %s，%d周岁】\n", "[Member %d %s, aged %d]\n"), sec.Member+1, sec.Name, sec.Age)
	default:
		fmt.Fprintf(b, l("【成员%d %s】\n", "[Member %d %s]\n"), sec.Member+1, sec.Name)
	}
}

// lines returns a line for each of the section's entries of the status.
func (s Section) lines(status rules.Status, lang rules.Lang) []string {
	var lines []string
	for _, en := range s.Entries {
		if en.Status == status {
			lines = append(lines, entryLine(en, lang))
		}
	}
	return lines
}

// notAssessedLines returns a line for each benefit not assessed.
func (s Section) notAssessedLines(lang rules.Lang) []string {
	var lines []string
	for _, en := range s.NotAssessed {
		lines = append(lines, entryLine(en, lang))
	}
	return lines
}

// writeChoices writes the take-the-higher choices made, if any.
func (st *Statement) writeChoices(b *strings.Builder, lang rules.Lang) {
	if len(st.Choices) == 0 {
		return
	}
	l := pick(lang)
	b.WriteString(l("【就高执行】\n", "[Take the higher]\n"))
	for _, c := range st.Choices {
		who := l("家庭", "household")
		if c.Member >= 0 {
			who = fmt.Sprintf(l("成员%d", "member %d"), c.Member+1)
		}
		fmt.Fprintf(b, l("  %s：享受%s %s，不享受%s（%s）\n", "  %s: %s %s paid, not %s (%s)\n"), who, c.Chosen,
			rules.NumberValue(c.Amount).Format(c.Unit, lang), strings.Join(c.Others, l("、", ", ")), c.Cite.Ref())
	}
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
	l := pick(lang)
	name := en.Title.In(lang)
	if en.Part != "" {
		name += l("（", " (") + en.Part + l("）", ")")
	}
	s := en.Clause + " " + name + l("：", ": ")
	switch en.Status {
	case rules.Granted:
		var parts []string
		for _, f := range en.Figures {
			parts = append(parts, f.Title.In(lang)+" "+f.Format(lang))
		}
		if en.Payee != nil {
			parts = append(parts, l("付给", "paid to ")+en.Payee.Text(lang))
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
				parts = append(parts, f.Title.In(lang)+" "+f.Format(lang))
			}
			s += l("（参照：", " (for reference: ") + strings.Join(parts, l("；", "; ")) + l("）", ")")
		}
	case rules.NotAssessed:
		if en.Problem != nil {
			s += l("事实无效 ", "invalid fact ") + en.Problem.Text(lang)
			break
		}
		if en.Error != nil && lang == rules.English {
			s += "invalid fact " + inputFact(inputOf(en.Error)) + ": " + en.Error.Reason(rules.English)
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
