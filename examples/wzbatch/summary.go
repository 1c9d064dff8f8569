package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// summary counts a batch's outcomes.
type summary struct {
	// Cases is the number of lines of input read as cases (blank lines and
	// a CSV header are not).
	Cases int `json:"cases"`
	// Granted counts the cases granted (享受): a rule's eligible case, a
	// group with a member paid.
	Granted int `json:"granted"`
	// NotGranted counts the cases refused on a condition (不符合条件).
	NotGranted int `json:"not_granted"`
	// Assessed counts the household and firm assessments made.
	Assessed int `json:"assessed"`
	// Errors counts the lines with an error, ErrorsByCode by its code.
	Errors       int            `json:"errors"`
	ErrorsByCode map[string]int `json:"errors_by_code"`
	// Totals add up the granted amounts of money per rule and unit.
	Totals []total `json:"totals"`

	totals map[string]*total
}

// total is the sum of the figures granted under one rule (or group) in
// one unit, exact.
type total struct {
	Rule   string          `json:"rule"`
	Unit   rules.Unit      `json:"unit"`
	Amount decimal.Decimal `json:"-"`
	Cases  int             `json:"cases"`
}

// MarshalJSON writes the amount as a decimal string, exact, as the
// library writes numbers.
func (t total) MarshalJSON() ([]byte, error) {
	type plain total
	return json.Marshal(struct {
		plain
		Amount string `json:"amount"`
	}{plain(t), t.Amount.String()})
}

func newSummary() *summary {
	return &summary{ErrorsByCode: map[string]int{}, totals: map[string]*total{}}
}

// add counts one outcome.
func (s *summary) add(o outcome) {
	s.Cases++
	if o.err != nil {
		s.Errors++
		s.ErrorsByCode[o.err.Code]++
		return
	}
	switch o.status {
	case rules.Granted:
		s.Granted++
	case rules.NotGranted:
		s.NotGranted++
	case "":
		s.Assessed++
	}
	for _, a := range o.amounts {
		u, _ := a.unit.MarshalJSON()
		key := a.id + "\x00" + string(u)
		t := s.totals[key]
		if t == nil {
			t = &total{Rule: a.id, Unit: a.unit}
			s.totals[key] = t
		}
		t.Amount = t.Amount.Add(a.value)
		t.Cases++
	}
}

// finish sorts the totals: by rule, then unit.
func (s *summary) finish() {
	s.Totals = []total{} // a list, empty or not, never null
	for _, t := range s.totals {
		s.Totals = append(s.Totals, *t)
	}
	slices.SortFunc(s.Totals, func(a, b total) int {
		if c := strings.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return strings.Compare(a.Unit.String(), b.Unit.String())
	})
}

// JSON is the summary as JSON, indented, ending with a line end.
func (s *summary) JSON() []byte {
	s.finish()
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil { // numbers, strings and units only
		panic(err)
	}
	return append(b, '\n')
}

// write writes the summary for a person, in lang.
func (s *summary) write(w io.Writer, lang rules.Lang) {
	s.finish()
	codes := make([]string, 0, len(s.ErrorsByCode))
	for c := range s.ErrorsByCode {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	if lang == rules.English {
		fmt.Fprintf(w, "wzbatch: %s: %d granted, %d not granted, %d assessed, %d errors\n", cases(s.Cases), s.Granted, s.NotGranted, s.Assessed, s.Errors)
		if len(s.Totals) > 0 {
			fmt.Fprintln(w, "totals granted:")
		}
		for _, t := range s.Totals {
			fmt.Fprintf(w, "  %s: %s (%s)\n", t.Rule, withUnit(t.Amount, t.Unit, lang), cases(t.Cases))
		}
		if len(codes) > 0 {
			fmt.Fprintln(w, "errors by code:")
		}
		for _, c := range codes {
			fmt.Fprintf(w, "  %s: %d\n", c, s.ErrorsByCode[c])
		}
		return
	}
	fmt.Fprintf(w, "wzbatch：共%d件，享受%d件，不符合条件%d件，整户整企评估%d件，出错%d件\n", s.Cases, s.Granted, s.NotGranted, s.Assessed, s.Errors)
	if len(s.Totals) > 0 {
		fmt.Fprintln(w, "享受金额合计：")
	}
	for _, t := range s.Totals {
		fmt.Fprintf(w, "  %s：%s（%d件）\n", t.Rule, withUnit(t.Amount, t.Unit, lang), t.Cases)
	}
	if len(codes) > 0 {
		fmt.Fprintln(w, "出错（按代码）：")
	}
	for _, c := range codes {
		fmt.Fprintf(w, "  %s：%d件\n", c, s.ErrorsByCode[c])
	}
}

func cases(n int) string {
	if n == 1 {
		return "1 case"
	}
	return fmt.Sprintf("%d cases", n)
}

func withUnit(d decimal.Decimal, u rules.Unit, lang rules.Lang) string {
	if name := u.In(lang); name != "" {
		if lang == rules.English {
			return d.String() + " " + name
		}
		return d.String() + name
	}
	return d.String()
}
