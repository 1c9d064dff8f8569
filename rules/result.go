package rules

import (
	"slices"
	"sort"
	"sync/atomic"
)

// Result is what evaluating a rule yields: the figure, whether the case is
// eligible and why not, the citations it rests on, an explanation, and a
// receipt to reproduce it.
type Result struct {
	Rule  string // the rule's catalogue ID
	Title Text
	Date  Date // the evaluation date

	// Value is the main figure (the rule's first output), or, for a rule
	// without outputs, whether the case is eligible. Unit is its unit.
	Value Value
	Unit  Unit

	// Eligible is false when a condition of the rule failed; Failed lists
	// each, with the values that decided it. The outputs of a case that is
	// not eligible are zero.
	Eligible bool
	Failed   []Failure

	// Figures are all the rule's outputs, the main one first.
	Figures []Figure

	Receipt Receipt

	rule      *crule
	book      *Book   // the book evaluated: its parameters, for the replay
	inputs    []Value // the case's inputs as bound (the zero Value: absent), to replay the evaluation
	defaulted uint64  // inputs that took their default, by index mod 64
	// inapplicable marks the conditions whose When did not hold (bit i:
	// condition i).
	inapplicable uint64
	// undecided marks the conditions left undecided for want of a fact,
	// in a case another condition refuses (bit i: condition i).
	undecided uint64
	inBuf     [6]Value
	figBuf    [1]Figure
	// replay is the evaluation replayed for its explanation, made when
	// first asked for (two callers asking at once may both replay: the
	// replay is deterministic, and one is kept).
	replay  atomic.Pointer[frame]
	decoded *decoded // a result read from JSON: its trace and citations
}

// traced replays the evaluation to recover what it computed, for the
// explanation. Evaluation is deterministic, so the replay computes exactly
// what the first run did; a caller who only wants the figure never pays
// for it.
func (r *Result) traced() *frame {
	if r.rule == nil {
		return nil
	}
	if f := r.replay.Load(); f != nil {
		return f
	}
	f := newFrame(r.rule)
	f.reset(r.Date)
	f.book = r.book
	f.tracing = true
	f.condFacts = make([][]Figure, len(r.rule.require))
	missing := -1
	for i, v := range r.inputs {
		if v.kind != KindInvalid {
			f.vals[i], f.have[i], f.dflt[i] = v, true, r.defaulted&(1<<uint(i%64)) != 0
		} else if missing < 0 && !r.rule.inputs[i].MayOmit {
			missing = i
		}
	}
	replay := &Result{Rule: r.Rule, Date: r.Date, Eligible: true, book: r.book}
	if _, err := r.rule.complete(replay, f, missing); err != nil {
		return nil
	}
	r.replay.CompareAndSwap(nil, f)
	return r.replay.Load()
}

// Figure is a named value with its unit: an output of a rule, or a value a
// condition read.
type Figure struct {
	Name  string
	Title Text
	Value Value
	Unit  Unit
	label *string // a text's English label, for a figure an explanation read
}

// Format formats the figure's value with its unit in lang: as
// [Value.Format] does, and in English a text of a labelled input (see
// [Input.Labels]) by its English label.
func (f Figure) Format(lang Lang) string { return labelled(f.Value, f.Unit, f.label, lang) }

// String formats the figure as "name = value unit", in Chinese.
func (f Figure) String() string { return f.Name + " = " + f.Value.Format(f.Unit, Chinese) }

// Failure is a condition of eligibility that a case does not meet.
type Failure struct {
	Name string   // the condition's name
	Text Text     // the requirement, as the document puts it
	Cite Citation // where the document says so

	res  *Result // the evaluation, replayed for the facts when asked
	cond int     // the condition's place among the rule's conditions
}

// Facts returns the values the condition read, as they stood when it
// failed. They are recovered by replaying the evaluation the first time
// the result is explained, so an evaluation that is never explained never
// builds them.
//
// The facts of a failure read from JSON are those read.
func (f Failure) Facts() []Figure { return condFacts(f.res, f.cond) }

// In returns the failure as a sentence in lang: "未满足：年满80周岁（age = 78 年）".
func (f Failure) In(lang Lang) string { return conditionText(false, f.Text, f.Facts(), lang) }

// ConditionResult is one condition of eligibility as an evaluation
// decided it: met or not, with the values it read.
type ConditionResult struct {
	Name string   // the condition's name
	Text Text     // the requirement, as the document puts it
	Cite Citation // where the document says so
	// Applies is false for a condition whose [Condition.When] does not
	// hold for the case: it is then neither met nor failed.
	Applies bool
	Met     bool
	// Unknown is true for a condition that reads a fact the case does not
	// give, in a case another condition refuses: the case is refused
	// whatever the fact, so it was not asked for, and the condition is
	// neither met nor failed.
	Unknown bool

	res  *Result
	cond int
}

// Conditions returns every condition of eligibility of the rule, in the
// rule's order, each met or not: the ones that passed as well as the
// [Result.Failed]. A rule without conditions has none. Like
// [Failure.Facts], their facts are recovered by replaying the evaluation
// when first asked for. Those of a result read from JSON are those read.
func (r *Result) Conditions() []ConditionResult {
	if r.decoded != nil {
		return slices.Clone(r.decoded.conds)
	}
	if r.rule == nil {
		return nil
	}
	out := make([]ConditionResult, len(r.rule.require))
	for i := range r.rule.require {
		c := &r.rule.require[i]
		cite := c.Cite
		if cite.IsZero() {
			cite = r.rule.Cite
		}
		applies := r.inapplicable&(1<<uint(i)) == 0
		unknown := r.undecided&(1<<uint(i)) != 0
		out[i] = ConditionResult{Name: c.Name, Text: c.Text, Cite: cite, Applies: applies, Met: applies && !unknown, Unknown: unknown, res: r, cond: i}
	}
	for _, f := range r.Failed {
		out[f.cond].Met = false
	}
	return out
}

// Facts returns the values the condition read, as they stood when it was
// decided.
func (c ConditionResult) Facts() []Figure { return condFacts(c.res, c.cond) }

// In returns the condition as a sentence in lang: "满足：年满80周岁（age = 82 年）"
// or "未满足：…".
func (c ConditionResult) In(lang Lang) string {
	switch {
	case c.Unknown && lang == English:
		return "not decided (a fact it reads is not given): " + c.Text.In(English)
	case c.Unknown:
		return "未判断（缺少所需事实）：" + c.Text.Zh
	case !c.Applies && lang == English:
		return "not applicable: " + c.Text.In(English)
	case !c.Applies:
		return "不适用：" + c.Text.Zh
	}
	return conditionText(c.Met, c.Text, c.Facts(), lang)
}

// Requirement returns the requirement with the values it read, in lang,
// without saying whether it was met: "年满80周岁（age = 82 年）".
func (c ConditionResult) Requirement(lang Lang) string {
	return requirementText(c.Text, c.Facts(), lang)
}

func condFacts(res *Result, cond int) []Figure {
	if res == nil {
		return nil
	}
	if d := res.decoded; d != nil {
		return slices.Clone(d.facts)
	}
	t := res.traced()
	if t == nil || cond >= len(t.condFacts) {
		return nil
	}
	return t.condFacts[cond]
}

func conditionText(met bool, text Text, facts []Figure, lang Lang) string {
	switch {
	case lang == English && met:
		return "met: " + requirementText(text, facts, lang)
	case lang == English:
		return "not met: " + requirementText(text, facts, lang)
	case met:
		return "满足：" + requirementText(text, facts, lang)
	}
	return "未满足：" + requirementText(text, facts, lang)
}

func requirementText(text Text, facts []Figure, lang Lang) string {
	s := factsText(facts, lang)
	if lang == English {
		if s != "" {
			s = " (" + s + ")"
		}
		return text.In(English) + s
	}
	if s != "" {
		s = "（" + s + "）"
	}
	return text.Zh + s
}

// Figure returns the output with the given name.
func (r *Result) Figure(name string) (Figure, bool) {
	for _, f := range r.Figures {
		if f.Name == name {
			return f, true
		}
	}
	return Figure{}, false
}

// Citations returns every clause the result rests on: the rule's, those of
// the conditions and outputs it used, and those of the parameter values in
// force on the evaluation date. They are sorted and without repeats.
//
// The citations of a result read from JSON are those read.
func (r *Result) Citations() []Citation {
	if r.decoded != nil {
		return slices.Clone(r.decoded.cites)
	}
	t := r.traced()
	if t == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []Citation
	add := func(c Citation) {
		if c.IsZero() {
			return
		}
		k := c.String()
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	add(t.rule.Cite)
	for _, c := range t.rule.require {
		add(c.Cite)
	}
	for _, o := range t.rule.outputs {
		add(o.Cite)
	}
	for _, s := range t.paramSteps() {
		add(s.Cite)
	}
	first := out[0]
	rest := out[1:]
	sort.Slice(rest, func(i, j int) bool { return rest[i].String() < rest[j].String() })
	return append([]Citation{first}, rest...)
}

// Receipt identifies how a figure was obtained: the content hash of the rule
// book (its documents, parameters and rules, overrides included), the rule
// and the evaluation date. The same receipt and inputs give the same figure.
type Receipt struct {
	Book string `json:"book"` // "sha256:…" of the book's canonical content
	Rule string `json:"rule"`
	Date Date   `json:"date,omitzero"`
}

// String formats the receipt as rule@date/book.
func (r Receipt) String() string {
	return r.Rule + "@" + r.Date.String() + "/" + r.Book
}
