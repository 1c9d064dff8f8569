package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// record is one line of the population: a household and its id.
type record struct {
	ID        *int            `json:"id"`
	Household json.RawMessage `json:"household"`
}

// Result is a household's line of the results: its id, its registration
// and every benefit granted to it or its members, with the amount.
type Result struct {
	ID       int              `json:"id"`
	Locality welfare.Locality `json:"locality"`
	Grants   []GrantLine      `json:"grants"`
}

// GrantLine is one benefit granted: to the household (Member -1) or a
// member (its index in Household.Members), by rule and part, with its
// amount to the fen and its unit (none for a benefit given in kind or
// decided rather than paid, whose amount is 0).
type GrantLine struct {
	Member int    `json:"member"`
	Rule   string `json:"rule"`
	Part   string `json:"part,omitempty"`
	Amount string `json:"amount"`
	Unit   string `json:"unit,omitempty"`
	// Outcome is what a benefit that decides rather than pays grants, in
	// the library's words ("依申请优先安排实物配租").
	Outcome string `json:"outcome,omitempty"`
}

// Refused is a line of the population the pipeline did not screen: a line
// that is not a household record (its text, cut to 200 bytes), or a
// household whose facts the library refuses (its id), and why.
type Refused struct {
	ID    *int   `json:"id,omitempty"`
	Line  string `json:"line,omitempty"`
	Error string `json:"error"`
}

// decodeRecord reads a line of the population strictly: one object with
// an id and a household, no unknown key, nothing after it. It returns the
// id whenever the line has one, with any error of the household's facts.
func decodeRecord(line []byte) (*int, welfare.Household, error) {
	var r record
	if err := strict(line, &r); err != nil {
		return nil, welfare.Household{}, err
	}
	if r.ID == nil {
		return nil, welfare.Household{}, errors.New(`no "id"`)
	}
	var h welfare.Household
	if len(r.Household) == 0 || string(r.Household) == "null" {
		return r.ID, h, errors.New(`no "household"`)
	}
	if err := strict(r.Household, &h); err != nil {
		return r.ID, h, fmt.Errorf("household: %w", err)
	}
	return r.ID, h, nil
}

func strict(b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if _, err := d.Token(); err != io.EOF {
		return errors.New("more than one JSON value")
	}
	return nil
}

// resultOf is the results line of a screened household: the benefits
// granted, not those of a take-the-higher group another is paid instead of.
func resultOf(id int, sc *welfare.Screening) Result {
	r := Result{ID: id, Locality: sc.Locality, Grants: []GrantLine{}}
	for _, g := range sc.Grants {
		if g.Status == rules.Granted {
			r.Grants = append(r.Grants, GrantLine{Member: g.Member, Rule: g.Rule, Part: g.Part,
				Amount: fen(g.Amount), Unit: g.Unit.String(), Outcome: g.Outcome})
		}
	}
	return r
}

// isRefusal reports whether err is the library refusing a household's
// facts, which refuses that household only; any other error (a date the
// rules are not in force on, say) stops the pipeline.
func isRefusal(err error) bool {
	var he *welfare.HouseholdError
	return errors.As(err, &he)
}

// cut returns the first 200 bytes of a line, cut at a character.
func cut(line string) string {
	const n = 200
	if len(line) <= n {
		return line
	}
	i := n
	for i > 0 && !utf8.RuneStart(line[i]) {
		i--
	}
	return line[:i] + "…"
}

func refusal(id *int, line string, err error) Refused {
	r := Refused{ID: id, Error: err.Error()}
	if id == nil {
		r.Line = cut(line)
	}
	return r
}

func marshalLine(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("wzbeam: %w", err)
	}
	return string(b), nil
}
