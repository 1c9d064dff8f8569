package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
)

// Book is a compiled set of rules and the parameters they read: a domain's
// provisions, checked and ready to evaluate. A Book is immutable and safe
// for concurrent use by any number of goroutines. Compile it once — the
// domain packages do on first use (sync.OnceValue) — and evaluate many
// times.
type Book struct {
	spec   Spec
	docs   []Document
	params map[string]*param
	plist  []*param // the parameters in the spec's order: param.idx indexes it
	rules  map[string]*crule
	order  []string
	groups map[string]*Group
	gorder []string
	rdocs  []Document // the documents the rules and groups cite, shared with derived books
	// htext and hash are the canonical text of the book's content and its
	// hash, written when first asked for: every receipt needs the hash,
	// but a program that never evaluates pays for neither.
	htext func() *hashText
	hash  func() string
	// progs are expr's programs of the rules' expressions, compiled for
	// CrossCheck when first needed: rule ID and source → *vm.Program.
	progs sync.Map
}

type builder struct {
	problems  []*Error
	params    map[string]*param
	paramList []*param
}

// Compile checks and compiles a spec into a book, which keeps a copy of
// it: changing the spec afterwards does not change the book. It reports every problem
// at once as a [*CompileError]: rules, parameters or documents without
// citations, expressions that do not type-check (with the rule ID and the
// position), units that do not agree, brackets with gaps or overlaps, names
// used twice.
func Compile(spec Spec) (*Book, error) {
	spec = spec.clone() // the book owns what it is compiled from
	b := &builder{params: map[string]*param{}}
	book := &Book{spec: spec, params: b.params, rules: map[string]*crule{}, groups: map[string]*Group{}}

	book.rdocs = ruleDocs(spec)
	book.docs = mergeDocs(paramDocs(spec.Params), book.rdocs)
	for i := range book.docs {
		for _, msg := range book.docs[i].check() {
			b.problems = append(b.problems, &Error{Code: CodeCompile, Field: "document", Msg: msg})
		}
	}
	for _, p := range spec.Params {
		cp := compileParam(p, func(field, msg string) {
			b.problems = append(b.problems, &Error{Code: CodeCompile, Rule: "parameter " + p.Name, Field: field, Msg: msg})
		})
		if _, dup := b.params[p.Name]; dup {
			b.problems = append(b.problems, &Error{Code: CodeCompile, Rule: "parameter " + p.Name, Msg: "defined twice"})
			continue
		}
		cp.idx = len(b.paramList)
		b.params[p.Name] = cp
		b.paramList = append(b.paramList, cp)
	}
	book.plist = b.paramList
	for _, r := range spec.Rules {
		cr := b.compileRule(r)
		if _, dup := book.rules[r.ID]; dup {
			b.problems = append(b.problems, &Error{Code: CodeCompile, Rule: r.ID, Msg: "rule defined twice"})
			continue
		}
		book.rules[r.ID] = cr
		book.order = append(book.order, r.ID)
	}
	for i := range spec.Groups {
		g := &spec.Groups[i]
		b.checkGroup(book, g)
		if _, dup := book.groups[g.ID]; dup || book.rules[g.ID] != nil {
			b.problems = append(b.problems, &Error{Code: CodeCompile, Rule: g.ID, Msg: "group ID used twice"})
			continue
		}
		book.groups[g.ID] = g
		book.gorder = append(book.gorder, g.ID)
		for _, m := range g.Rules {
			if cr := book.rules[m]; cr != nil {
				cr.groupsOf = append(cr.groupsOf, g.ID)
			}
		}
	}
	if len(b.problems) > 0 {
		return nil, &CompileError{Problems: b.problems}
	}
	book.htext = sync.OnceValue(func() *hashText { return newHashText(spec, book.docs) })
	book.hash = sync.OnceValue(func() string { return book.htext().sum() })
	return book, nil
}

// MustCompile is [Compile] for a package's own rules, compiled into a
// package-level variable; it panics when they do not compile, which the
// package's tests catch.
func MustCompile(spec Spec) *Book {
	b, err := Compile(spec)
	if err != nil {
		panic(err)
	}
	return b
}

func (b *builder) checkGroup(book *Book, g *Group) {
	add := func(format string, args ...any) {
		b.problems = append(b.problems, &Error{Code: CodeCompile, Rule: g.ID, Msg: fmt.Sprintf(format, args...)})
	}
	if !ruleIDPattern.MatchString(g.ID) {
		add("group ID %q is not of the form domain.part.part", g.ID)
	}
	if g.Title.Zh == "" || g.Title.En == "" {
		add("group needs a Chinese and an English title")
	}
	if msg := g.Cite.check(); msg != "" {
		add("group %s", msg)
	}
	if len(g.Rules) < 2 {
		add("a group has at least two rules")
	}
	var unit *Unit
	for _, id := range g.Rules {
		cr := book.rules[id]
		if cr == nil {
			add("member %s is not a rule of the book", id)
			continue
		}
		if len(cr.outputs) == 0 || cr.outputs[0].node.kind != KindNumber {
			add("member %s has no number as its main output", id)
			continue
		}
		u := cr.outputs[0].Unit
		if unit != nil && !unit.Same(u) {
			add("members yield %s and %s; the higher of two figures needs one unit", unitName(*unit), unitName(u))
		}
		unit = &u
	}
}

// paramDocs are the documents the parameters' citations name, in order of
// first appearance.
func paramDocs(params []Param) []Document {
	var docs []Document
	add := func(c Citation) {
		if c.hasDoc() && !slices.Contains(docs, c.Doc) {
			docs = append(docs, c.Doc)
		}
	}
	for _, p := range params {
		for _, h := range p.History {
			add(h.Cite)
			if t, ok := h.Value.(Table); ok {
				for _, r := range t.Rows {
					add(r.Cite)
				}
			}
		}
	}
	return docs
}

// ruleDocs are the documents the rules' and groups' citations name, in
// order of first appearance. A derived book has its parent's.
func ruleDocs(spec Spec) []Document {
	var docs []Document
	add := func(c Citation) {
		if c.hasDoc() && !slices.Contains(docs, c.Doc) {
			docs = append(docs, c.Doc)
		}
	}
	for _, r := range spec.Rules {
		add(r.Cite)
		for _, c := range r.CaseByCase {
			add(c.Cite)
		}
		for _, c := range r.Require {
			add(c.Cite)
		}
		for _, o := range r.Outputs {
			add(o.Cite)
		}
		for _, c := range r.ByReference {
			add(c.Cite)
		}
	}
	for _, g := range spec.Groups {
		add(g.Cite)
	}
	return docs
}

// mergeDocs appends to a the documents of b it does not hold.
func mergeDocs(a, b []Document) []Document {
	for _, d := range b {
		if !slices.Contains(a, d) {
			a = append(a, d)
		}
	}
	return a
}

// Eval evaluates the rule with the given ID for a case on the date on.
//
// It returns an error matching [ErrUnknownRule] for an ID the book does not
// hold; [ErrNotInForce] when on is outside the rule's in-force period;
// [ErrInvalidInput] for an input missing, of the wrong type, out of range,
// not one of the allowed values, or not declared by the rule, naming the
// field; [ErrCaseByCase] when the document leaves the case to assessment;
// and [ErrEvaluation] when the rule itself fails (a defect to report). A
// case that does not meet a condition is not an error: the result says it
// is not eligible and why.
func (b *Book) Eval(id string, on Date, in Inputs) (*Result, error) {
	cr, ok := b.rules[id]
	if !ok {
		return nil, (&Error{Code: CodeUnknownRule, Rule: id}).with(msgUnknownRule.text())
	}
	return cr.evalInputs(b, on, in)
}

// Hash returns the content hash of the book, "sha256:…": its documents,
// parameters (with every dated value and override), rules and groups. Two
// books with the same hash give the same figures.
func (b *Book) Hash() string { return b.hash() }

// RuleIDs returns the IDs of the book's rules in the order they were
// written.
func (b *Book) RuleIDs() []string { return append([]string(nil), b.order...) }

// Rule returns a copy of the definition of the rule with the given ID.
func (b *Book) Rule(id string) (Rule, bool) {
	cr, ok := b.rules[id]
	if !ok {
		return Rule{}, false
	}
	return cr.Rule.clone(), true
}

// Heading returns the title and citation of the rule with the given ID:
// what a statement shows of a rule, without the copy of its whole
// definition that [Book.Rule] makes.
func (b *Book) Heading(id string) (title Text, cite Citation, ok bool) {
	cr, ok := b.rules[id]
	if !ok {
		return Text{}, Citation{}, false
	}
	return cr.Title, cr.Cite, true
}

// InForce returns the period the rule with the given ID applies: its own,
// or its document's.
func (b *Book) InForce(id string) (Period, bool) {
	cr, ok := b.rules[id]
	if !ok {
		return Period{}, false
	}
	return cr.period, true
}

// Params returns copies of the book's parameters, sorted by name.
func (b *Book) Params() []Param {
	out := make([]Param, 0, len(b.params))
	for _, p := range b.params {
		out = append(out, p.Param.clone())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Param returns a copy of the parameter with the given name.
func (b *Book) Param(name string) (Param, bool) {
	p, ok := b.params[name]
	if !ok {
		return Param{}, false
	}
	return p.Param.clone(), true
}

// Documents returns copies of the documents the book's citations name.
func (b *Book) Documents() []Document { return append([]Document(nil), b.docs...) }

// Groups returns copies of the book's take-the-higher groups.
func (b *Book) Groups() []Group {
	out := make([]Group, len(b.gorder))
	for i, id := range b.gorder {
		out[i] = b.groups[id].clone()
	}
	return out
}

// GroupResult is the outcome of a take-the-higher group (就高执行、不重复
// 享受): every member evaluated, and the one paid.
type GroupResult struct {
	Group string
	Title Text
	Date  Date
	// Chosen is the ID of the member paid: the eligible member with the
	// highest figure, the first listed on a tie. It is "" when no member
	// is eligible, and then Value is zero.
	Chosen  string
	Value   Value
	Unit    Unit
	Members []*Result // the members given inputs, in the group's order
	Cite    Citation
}

// EvalGroup evaluates the members of a take-the-higher group, each with its
// own inputs (by rule ID), and chooses the one paid. Members not given
// inputs are not evaluated; errors of members are returned as they are.
func (b *Book) EvalGroup(id string, on Date, in map[string]Inputs) (*GroupResult, error) {
	g, ok := b.groups[id]
	if !ok {
		return nil, (&Error{Code: CodeUnknownRule, Rule: id}).with(msgUnknownRule.text())
	}
	for rid := range in {
		if !slices.Contains(g.Rules, rid) {
			return nil, (&Error{Code: CodeInvalidInput, Rule: id, Field: rid}).with(msgGroupUnknownMbr.text(rid, T(strings.Join(g.Rules, "、"), strings.Join(g.Rules, ", "))))
		}
	}
	gr := &GroupResult{Group: g.ID, Title: g.Title, Date: on, Cite: g.Cite}
	for _, rid := range g.Rules {
		mi, ok := in[rid]
		if !ok {
			continue
		}
		res, err := b.Eval(rid, on, mi)
		if err != nil {
			return nil, err
		}
		gr.Members = append(gr.Members, res)
		gr.Unit = res.Unit
		if !res.Eligible {
			continue
		}
		if gr.Chosen == "" || res.Value.n.Cmp(gr.Value.n) > 0 {
			gr.Chosen, gr.Value = rid, res.Value
		}
	}
	if len(gr.Members) == 0 {
		return nil, (&Error{Code: CodeInvalidInput, Rule: id, Field: "members"}).with(msgGroupNoMember.text(T(strings.Join(g.Rules, "、"), strings.Join(g.Rules, ", "))))
	}
	if gr.Chosen == "" {
		gr.Value = NumberValue(decimal.Zero)
	}
	return gr, nil
}

// RuleParams returns the names of the parameters the rule with the given ID
// reads, in the order its expressions first read them.
func (b *Book) RuleParams(id string) []string {
	cr, ok := b.rules[id]
	if !ok {
		return nil
	}
	names := make([]string, len(cr.params))
	for i, p := range cr.params {
		names[i] = p.Name
	}
	return names
}

// inputKinds returns the kinds the rules of the book take an input of the
// given name as, in the book's order, each once.
func (b *Book) inputKinds(name string) []Kind {
	var kinds []Kind
	for _, id := range b.order {
		cr := b.rules[id]
		if slot, ok := cr.byName[name]; ok && slot < len(cr.inputs) && !slices.Contains(kinds, cr.inputs[slot].Kind) {
			kinds = append(kinds, cr.inputs[slot].Kind)
		}
	}
	return kinds
}
