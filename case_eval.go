package wzpolicy

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Answer is what a case comes to: exactly one of its results is set, the
// kind the case asked for.
type Answer struct {
	Result     *rules.Result      // a rule's
	Group      *rules.GroupResult // a group's
	Statement  *welfare.Statement // a household's (AssessHousehold)
	Assessment *relief.Assessment // a firm's (AssessFirm)
	// Hash is the content hash of the book that answered (rules.Book.Hash):
	// the same hash and case give the same answer.
	Hash string
}

// MarshalJSON writes the result that is set as its own MarshalJSON does
// (docs/json.md).
func (a *Answer) MarshalJSON() ([]byte, error) {
	switch {
	case a.Result != nil:
		return json.Marshal(a.Result)
	case a.Group != nil:
		return json.Marshal(a.Group)
	case a.Statement != nil:
		return json.Marshal(a.Statement)
	case a.Assessment != nil:
		return json.Marshal(a.Assessment)
	}
	return []byte("null"), nil
}

// Language is the case's language of explanations: English for "en", Chinese
// otherwise.
func (c Case) Language() rules.Lang {
	if c.Lang == "en" {
		return rules.English
	}
	return rules.Chinese
}

// Eval answers the case with the document's own book (each domain's
// Default evaluator). Its errors are the rules package's: a *rules.Error
// matching rules.ErrUnknownRule for an ID no book has, rules.ErrInvalidInput
// for an input given as JSON of the wrong kind or refused by the rule,
// rules.ErrCaseByCase for a case the document leaves to assessment, and so
// on (see rules.Code). A case is not changed.
func (c Case) Eval() (*Answer, error) {
	switch {
	case c.Rule != "":
		_, b, err := bookOf(c.Rule, false)
		if err != nil {
			return nil, err
		}
		r, _ := b.Rule(c.Rule)
		if err := checkKinds(r, c.Inputs, ""); err != nil {
			return nil, err
		}
		res, err := b.Eval(c.Rule, c.Date, c.Inputs)
		if err != nil {
			return nil, err
		}
		return &Answer{Result: res, Hash: b.Hash()}, nil
	case c.Group != "":
		_, b, err := bookOf(c.Group, true)
		if err != nil {
			return nil, err
		}
		for id, in := range c.Members {
			if r, ok := b.Rule(id); ok {
				if err := checkKinds(r, in, id+"."); err != nil {
					return nil, err
				}
			}
		}
		g, err := b.EvalGroup(c.Group, c.Date, c.Members)
		if err != nil {
			return nil, err
		}
		return &Answer{Group: g, Hash: b.Hash()}, nil
	case c.Assessment == AssessHousehold:
		if c.Household == nil {
			return nil, missingFacts(c.Assessment, "household")
		}
		st, err := welfare.Default().Assess(c.Date, *c.Household, c.Standards)
		if err != nil {
			return nil, err
		}
		return &Answer{Statement: st, Hash: welfare.Book().Hash()}, nil
	case c.Assessment == AssessFirm:
		if c.Firm == nil {
			return nil, missingFacts(c.Assessment, "firm")
		}
		a, err := relief.Default().Assess(c.Date, *c.Firm, c.Tiers)
		if err != nil {
			return nil, err
		}
		return &Answer{Assessment: a, Hash: relief.Book().Hash()}, nil
	}
	return nil, &rules.Error{Code: rules.CodeUnknownRule, Rule: c.ID(),
		Msg:   fmt.Sprintf("%q is no rule, group or assessment of this library", Shorten(c.ID())),
		MsgZh: "本库没有规则、组或评估" + zhQuote(c.ID())}
}

func missingFacts(assessment, field string) error {
	return &rules.Error{Code: rules.CodeInvalidInput, Rule: assessment, Field: field, Input: field,
		Msg: "missing: the facts to assess", MsgZh: "缺少：要评估的事实"}
}

// bookOf finds the book of a rule's or, when group is set, a group's ID; an
// ID of the other kind is named as such.
func bookOf(id string, group bool) (Domain, *rules.Book, error) {
	d, ok := Find(id)
	if ok {
		b := d.Book()
		if _, _, isRule := b.Heading(id); isRule != group {
			return d, b, nil
		}
		if group {
			return d, nil, &rules.Error{Code: rules.CodeUnknownRule, Rule: id,
				Msg:   fmt.Sprintf("%q is a rule, not a take-the-higher group; give it as rule", id),
				MsgZh: fmt.Sprintf("“%s”是规则而不是就高组，应以rule给出", id)}
		}
		for _, g := range b.Groups() {
			if g.ID == id {
				return d, nil, &rules.Error{Code: rules.CodeUnknownRule, Rule: id,
					Msg:   fmt.Sprintf("%q is a take-the-higher group, not a rule; give it as group, with its members' inputs (%s)", id, strings.Join(g.Rules, ", ")),
					MsgZh: fmt.Sprintf("“%s”是就高组而不是规则，应以group给出，并给出其成员规则（%s）的输入", id, strings.Join(g.Rules, "、"))}
			}
		}
	}
	kind, kindZh := "rule", "规则"
	if group {
		kind, kindZh = "take-the-higher group", "就高组"
	}
	return Domain{}, nil, &rules.Error{Code: rules.CodeUnknownRule, Rule: id,
		Msg:   fmt.Sprintf("no %s %q in the books of this library", kind, Shorten(id)),
		MsgZh: "本库没有" + kindZh + zhQuote(id)}
}

// checkKinds checks that each input the rule declares is given as JSON of
// its kind, so that the rule's own message for a value of the wrong type —
// which names Go types — never reaches the caller. Inputs the rule does not
// declare are left to the rule, which names them.
func checkKinds(r rules.Rule, in rules.Inputs, prefix string) error {
	for _, decl := range r.Inputs {
		v, ok := in[decl.Name]
		if !ok {
			continue
		}
		var want words
		_, isStr := v.(string)
		switch decl.Kind {
		case rules.KindNumber:
			if _, isNum := v.(json.Number); !isStr && !isNum {
				want = words{`a number (a JSON number, or a string such as "12.50" or "6%")`, `数字（JSON数字，或“12.50”“6%”这样的字符串）`}
			}
		case rules.KindBool:
			if _, isBool := v.(bool); !isBool {
				want = words{"true or false", "true或false"}
			}
		case rules.KindText:
			if !isStr {
				want = words{"a string", "字符串"}
			}
		case rules.KindDate:
			if !isStr {
				want = words{`a date, written "YYYY-MM-DD"`, "日期，写作“YYYY-MM-DD”"}
			}
		case rules.KindDateTime:
			if !isStr {
				want = words{`a date and time, written "YYYY-MM-DD HH:MM[:SS]"`, "日期和时间，写作“YYYY-MM-DD HH:MM[:SS]”"}
			}
		}
		if want.en != "" {
			got := describeJSON(v)
			return &rules.Error{Code: rules.CodeInvalidInput, Rule: r.ID, Field: prefix + decl.Name, Input: decl.Name,
				Msg: fmt.Sprintf("expected %s, got %s", want.en, got.en), MsgZh: fmt.Sprintf("应为%s，给出的是%s", want.zh, got.zh)}
		}
	}
	return nil
}
