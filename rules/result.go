package rules

import (
	"slices"
	"sort"
	"sync"
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
	inBuf     [6]Value
	figBuf    [1]Figure
	once      sync.Once
	replay    *frame
	decoded   *decoded // a result read from JSON: its trace and citations
}

// traced replays the evaluation to recover what it computed, for the
// explanation. Evaluation is deterministic, so the replay computes exactly
// what the first run did; a caller who only wants the figure never pays
// for it.
func (r *Result) traced() *frame {
	if r.rule == nil {
		return nil
	}
	r.once.Do(func() {
		f := newFrame(r.rule)
		f.reset(r.Date)
		f.book = r.book
		f.tracing = true
		f.failFacts = make([][]Figure, len(r.rule.require))
		for i, v := range r.inputs {
			if v.kind != KindInvalid {
				f.vals[i], f.have[i], f.dflt[i] = v, true, r.defaulted&(1<<uint(i%64)) != 0
			}
		}
		replay := &Result{Rule: r.Rule, Date: r.Date, Eligible: true, book: r.book}
		if _, err := r.rule.complete(replay, f, -1); err == nil {
			r.replay = f
		}
	})
	return r.replay
}

// Figure is a named value with its unit: an output of a rule, or a value a
// condition read.
type Figure struct {
	Name  string
	Title Text
	Value Value
	Unit  Unit
}

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
func (f Failure) Facts() []Figure {
	if f.res == nil {
		return nil
	}
	if d := f.res.decoded; d != nil {
		return slices.Clone(d.facts)
	}
	t := f.res.traced()
	if t == nil || f.cond >= len(t.failFacts) {
		return nil
	}
	return t.failFacts[f.cond]
}

// In returns the failure as a sentence in lang: "未满足：年满80周岁（age = 78 年）".
func (f Failure) In(lang Lang) string {
	facts := factsText(f.Facts(), lang)
	if lang == English {
		s := "not met: " + f.Text.In(English)
		if facts != "" {
			s += " (" + facts + ")"
		}
		return s
	}
	s := "未满足：" + f.Text.Zh
	if facts != "" {
		s += "（" + facts + "）"
	}
	return s
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
	Date Date   `json:"date"`
}

// String formats the receipt as rule@date/book.
func (r Receipt) String() string {
	return r.Rule + "@" + r.Date.String() + "/" + r.Book
}
