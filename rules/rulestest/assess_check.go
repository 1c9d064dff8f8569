package rulestest

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"go.yaml.in/yaml/v3"
)

// CheckAssessment compares a statement with what the case expects and
// returns the differences, in English, one per line; "" when they agree.
// err is the assessment's error, compared with the case's expected error.
func CheckAssessment(c *AssessmentCase, got *Statement, err error) string {
	return compareAssessment(c, got, err).failure()
}

// CheckAssessmentCase runs an assessment case with assess (as
// [RunAssessments] does) and returns what it found. A statement that
// carries the domain's own (Statement.Assessed) is checked to round-trip
// through JSON: its bytes always, and with full, every exported field.
func CheckAssessmentCase(c *AssessmentCase, assess func(c *AssessmentCase) (*Statement, error), full bool) CaseOutcome {
	st, err := assess(c)
	if st == nil {
		st = &Statement{}
	}
	o := compareAssessment(c, st, err)
	if st.Assessed != nil {
		if err := jsonRoundTrip(st.Assessed, full); err != nil {
			o.Findings = append(o.Findings, Finding{Kind: FindingJSON, Got: plain(err.Error())})
		}
	}
	return o
}

// outcomeWords names an entry's outcome as a statement does.
func outcomeWords(o Outcome) rules.Text {
	for _, st := range rules.Statuses() {
		if outcomeKeys[string(st)] == o {
			return rules.T(string(st), st.English())
		}
	}
	return plain(string(o))
}

// compareAssessment compares a statement with what the case expects.
func compareAssessment(c *AssessmentCase, got *Statement, err error) CaseOutcome {
	o := CaseOutcome{Source: c.Source, Name: c.Name, Clause: c.Clause, Rule: c.Assessment, Title: assessmentTitles[c.Assessment], Assessment: true, Date: c.Date, Err: err}
	if err == nil {
		o.Statement = got
	}
	add := func(f Finding) { o.Findings = append(o.Findings, f) }
	if c.wantErr != nil {
		want := errorKind(c.wantErr)
		if c.field != "" {
			want = rules.T(want.Zh+"（涉及 "+c.field+"）", want.En+" (naming "+c.field+")")
		}
		switch {
		case err == nil:
			add(Finding{Kind: FindingError, Want: want, Got: rules.T("一份评估单", "a statement")})
		case !errors.Is(err, c.wantErr), c.field != "" && !strings.Contains(err.Error(), c.field):
			add(Finding{Kind: FindingError, Want: want, Got: errorWords(err)})
		}
		return o
	}
	if err != nil {
		add(Finding{Kind: FindingError, Want: rules.T("一份评估单", "a statement"), Got: errorWords(err)})
		return o
	}
	seen := map[string]bool{}
	for _, sec := range got.Sections {
		seen[sec.Key] = true
		lists, ok := c.expect[sec.Key]
		if !ok {
			add(Finding{Kind: FindingEntry, Name: sec.Key, Got: rules.T(
				fmt.Sprintf("评估单有此部分，案例的预期未列出：请列出每一部分（空的部分写作 `%s:`）", sec.Key),
				fmt.Sprintf("the statement has this section and the case's expect does not: list every section (an empty one as `%s:`)", sec.Key))})
			continue
		}
		want := map[string]wantEntry{}
		for _, oc := range sortedOutcomes(lists) {
			es, err := wantEntries(lists[oc], oc)
			if err != nil {
				add(Finding{Kind: FindingCase, Name: sec.Key, Got: plain(err.Error())})
				continue
			}
			for k, w := range es {
				if _, dup := want[k]; dup {
					add(Finding{Kind: FindingCase, Name: sec.Key + " " + k, Got: rules.T("此条目列在两种结果之下", "the entry is listed under two outcomes")})
				}
				want[k] = w
			}
		}
		met, err := wantMet(c.met[sec.Key])
		if err != nil {
			add(Finding{Kind: FindingCase, Name: sec.Key, Got: plain(err.Error())})
		}
		gotKeys := map[string]bool{}
		for _, en := range sec.Entries {
			gotKeys[en.Key] = true
			name := sec.Key + " " + en.Key
			if w, ok := met[en.Key]; ok && !slices.Equal(w.met, en.Met) {
				add(Finding{Kind: FindingEntry, Name: name, Want: metWords(w.met), Got: metWords(en.Met)})
			}
			w, listed := want[en.Key]
			if !listed {
				if en.Outcome == OutcomeGranted {
					add(Finding{Kind: FindingEntry, Name: name, Want: rules.T("未列为享受", "not listed as granted"), Got: entryWords(en)})
				}
				continue
			}
			if w.outcome != en.Outcome {
				add(Finding{Kind: FindingEntry, Name: name, Want: outcomeWords(w.outcome), Got: entryWords(en)})
				continue
			}
			if !w.hasWant {
				continue
			}
			if w.outcome == OutcomeNotGranted {
				if !slices.Equal(w.failed, en.Failed) {
					add(Finding{Kind: FindingEntry, Name: name, Want: failedWords(w.failed), Got: failedWords(en.Failed)})
				}
				continue
			}
			if !sameDetail(w.detail, en.Detail) {
				add(Finding{Kind: FindingEntry, Name: name, Want: plain(w.detail), Got: plain(en.Detail)})
			}
		}
		for _, k := range sortedKeys(met) {
			if !gotKeys[k] {
				add(Finding{Kind: FindingEntry, Name: sec.Key + " " + k, Want: rules.T(fmt.Sprintf("列出其满足的条件（第%d行）", met[k].line), fmt.Sprintf("the conditions it meets, listed (line %d)", met[k].line)), Got: rules.T("评估单没有此条目", "the statement has no such entry")})
			}
		}
		for _, k := range sortedKeys(want) {
			if !gotKeys[k] {
				w := outcomeWords(want[k].outcome)
				add(Finding{Kind: FindingEntry, Name: sec.Key + " " + k, Want: rules.T(fmt.Sprintf("%s（第%d行）", w.Zh, want[k].line), fmt.Sprintf("%s (line %d)", w.En, want[k].line)), Got: rules.T("评估单没有此条目", "the statement has no such entry")})
			}
		}
	}
	for _, k := range sortedKeys(c.expectLine) {
		if !seen[k] {
			add(Finding{Kind: FindingEntry, Name: k, Want: rules.T(fmt.Sprintf("此部分（第%d行）", c.expectLine[k]), fmt.Sprintf("this section (line %d)", c.expectLine[k])), Got: rules.T("评估单没有此部分", "the statement has no such section")})
		}
	}
	return o
}

// sortedOutcomes returns the outcomes of a section's lists in a fixed order.
func sortedOutcomes(lists map[Outcome]*yaml.Node) []Outcome {
	out := make([]Outcome, 0, len(lists))
	for o := range lists {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// entryWords is an entry as the statement shows it: its outcome, and its
// figure, the conditions it failed, or what it shows.
func entryWords(en Entry) rules.Text {
	t := outcomeWords(en.Outcome)
	switch {
	case len(en.Failed) > 0:
		return rules.T(t.Zh+"（未满足："+strings.Join(en.Failed, "、")+"）", t.En+" (failed: "+strings.Join(en.Failed, ", ")+")")
	case en.Detail != "":
		return rules.T(t.Zh+"："+en.Detail, t.En+": "+en.Detail)
	}
	return t
}

// failedWords lists the conditions an entry failed.
func failedWords(names []string) rules.Text {
	if len(names) == 0 {
		return rules.T("未满足：无", "failed: none")
	}
	return rules.T("未满足："+strings.Join(names, "、"), "failed: "+strings.Join(names, ", "))
}

// metWords lists the conditions an entry meets.
func metWords(names []string) rules.Text {
	if len(names) == 0 {
		return rules.T("满足：无", "met: none")
	}
	return rules.T("满足："+strings.Join(names, "、"), "met: "+strings.Join(names, ", "))
}

// sameDetail compares what an entry shows: a figure compares by value, its
// unit as written ("10000 元/人·年" is "10000.00 元/人·年"); other text
// exactly.
func sameDetail(want, got string) bool {
	if want == got {
		return true
	}
	wn, wu, _ := strings.Cut(want, " ")
	gn, gu, _ := strings.Cut(got, " ")
	w, err1 := decimal.NewFromString(wn)
	g, err2 := decimal.NewFromString(gn)
	return err1 == nil && err2 == nil && w.Equal(g) && wu == gu
}
