package rules

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// Inputs are the values of a case, by input name. Numbers may be given as
// decimal.Decimal, Go integers, json.Number or strings ("12.50", "6%");
// floats are refused. Texts are strings, yes/no are bools, and dates are
// [Date], time.Time or "YYYY-MM-DD" strings; date-times [DateTime],
// time.Time or "YYYY-MM-DD HH:MM" strings. A [Value] is accepted for any
// kind. A name the rule does not declare is an error, so a misspelt field is
// never silently ignored.
type Inputs map[string]any

// frame is the state of one evaluation: the rule's slots and what has been
// computed. Frames are pooled per rule; the compiled rule is never written.
type frame struct {
	rule   *crule
	book   *Book // the book evaluated: its parameters
	date   Date
	vals   []Value       // inputs, then definitions
	have   []bool        // input given or defaulted
	dflt   []bool        // input defaulted
	done   []bool        // definition computed
	params []*paramValue // parameters in force on the date
	pbook  *Book         // the book and date params were resolved for
	pdate  Date
	looked []lookup // table entries and bracket bands read

	// What the evaluation found: whether the case meets every condition,
	// which failed and which did not apply (bit i: condition i), and the
	// outputs.
	eligible     bool
	failed       uint64
	inapplicable uint64
	undecided    uint64 // conditions that read a fact not given
	outs         []Value

	// sites keeps, for each table lookup of the rule, the entry it read
	// last; it outlives the evaluation, in the pooled frame.
	sites []siteCache

	// tracing is set when an evaluation is replayed for its explanation:
	// then read records which scalar parameters the evaluation read, and
	// condFacts the values each condition read, met or not.
	tracing   bool
	read      []bool
	condFacts [][]Figure
}

// lookup records one table entry or bracket band an evaluation read.
type lookup struct {
	param  int // index in the rule's parameters
	k1, k2 string
	band   int
	x      number // for a bracket: the quantity looked up
}

func newFrame(cr *crule) *frame {
	flags := make([]bool, 2*cr.nInputs+cr.nDefs)
	return &frame{
		rule:   cr,
		vals:   make([]Value, cr.nInputs+cr.nDefs),
		have:   flags[:cr.nInputs],
		dflt:   flags[cr.nInputs : 2*cr.nInputs],
		done:   flags[2*cr.nInputs:],
		params: make([]*paramValue, len(cr.params)),
		read:   make([]bool, len(cr.params)),
		outs:   make([]Value, len(cr.outputs)),
		sites:  make([]siteCache, cr.nSites),
	}
}

// siteCache is the entry a table lookup read last: of which parameter
// value, under which keys.
type siteCache struct {
	pv     *paramValue
	k1, k2 string
	v      Value
}

func (f *frame) reset(on Date) {
	clear(f.have[:cap(f.have)]) // have, dflt and done lie in one array
	f.looked = f.looked[:0]
	f.date = on
}

// getFrame takes a frame from the rule's pool, ready for a case on the date.
func (cr *crule) getFrame(on Date) *frame {
	f, _ := cr.pool.Get().(*frame)
	if f == nil {
		f = newFrame(cr)
	}
	f.reset(on)
	return f
}

// evalPanic carries an evaluation failure out of the closures.
type evalPanic struct{ msg Text }

// inputPanic carries the reading of an omitted input out of the closures.
type inputPanic struct{ field string }

func evalFailure(msg Text) evalPanic { return evalPanic{msg} }

// convert reads a caller's value for an input and validates it.
func (cr *crule) convert(in *cinput, x any) (Value, *Error) {
	fail := func(t Text) (Value, *Error) {
		return Value{}, inputErr(cr.ID, in.Name, t)
	}
	if in.Kind == KindNumber && !in.Unit.IsPercent() && isPercentText(x) {
		return fail(msgPercent.text(clip(fmt.Sprint(x)), unitText(in.Unit)))
	}
	v, err := valueOf(in.Kind, x)
	if err != nil {
		return fail(textOf(err))
	}
	if e := cr.validate(in, &v); e != nil {
		return Value{}, e
	}
	return v, nil
}

// validate checks a value of the input's kind against its range, its
// allowed values and its wholeness.
func (cr *crule) validate(in *cinput, v *Value) *Error {
	var msg Text
	switch in.Kind {
	case KindNumber:
		if !numWithinLimits(v.n) {
			msg = msgDecimalTooLarge.text(v.n.Dec().NumDigits(), v.n.Dec().Exponent())
		} else if !in.rng.contains(v.n) {
			msg = msgOutOfRange.text(v.n, in.Range)
		} else if in.Whole && !v.n.IsInteger() {
			msg = msgNotWhole.text(v.n)
		}
	case KindText:
		if !in.enum.has(v.text) {
			msg = msgNotOneOf.text(clip(v.text), T(strings.Join(in.OneOf, "、"), strings.Join(in.OneOf, ", ")))
		}
	case KindDate, KindDateTime:
		msg = dateProblem(v.at.d)
	}
	if msg.En == "" {
		return nil
	}
	return inputErr(cr.ID, in.Name, msg)
}

// begin checks the date and prepares the result and a frame.
func (cr *crule) begin(b *Book, on Date) (*Result, *frame, *Error) {
	if on.IsZero() {
		return nil, nil, (&Error{Code: CodeInvalidInput, Rule: cr.ID, Field: "date"}).with(msgNoDate.text())
	}
	if msg := dateProblem(on); msg.En != "" {
		return nil, nil, (&Error{Code: CodeInvalidInput, Rule: cr.ID, Field: "date"}).with(msg)
	}
	if !cr.period.Contains(on) {
		return nil, nil, (&Error{Code: CodeNotInForce, Rule: cr.ID}).with(msgNotInForce.text(dateText(on), periodText(cr.period)))
	}
	res := &Result{Rule: cr.ID, Title: cr.Title, Date: on, Eligible: true,
		Receipt: Receipt{Book: b.hash(), Rule: cr.ID, Date: on}, rule: cr, book: b}
	f := cr.getFrame(on)
	f.book = b
	return res, f, nil
}

// finish runs the rule on a bound frame, keeps the bound inputs in the
// result for its explanation, and returns the frame to the pool.
func (cr *crule) finish(res *Result, f *frame, missing int) (*Result, error) {
	out, err := cr.complete(res, f, missing)
	keep := out
	if e, ok := err.(*Error); ok && e.Reference == res {
		keep = res // a reference result keeps its inputs, for its explanation
	}
	if keep != nil {
		if cr.nInputs <= len(res.inBuf) {
			res.inputs = res.inBuf[:cr.nInputs]
		} else {
			res.inputs = make([]Value, cr.nInputs)
		}
		for i := range res.inputs {
			if f.have[i] {
				res.inputs[i] = f.vals[i]
				if f.dflt[i] {
					res.defaulted |= 1 << uint(i%64)
				}
			}
		}
	}
	cr.pool.Put(f)
	return out, err
}

// absent fills an input the caller did not give with its default, and
// reports whether it has none.
func (cr *crule) absent(f *frame, i int) bool {
	ci := &cr.inputs[i]
	if !ci.hasDef {
		return !ci.MayOmit
	}
	f.vals[i], f.have[i], f.dflt[i] = ci.def, true, true
	return false
}

// evalInputs evaluates the rule for a case given by name.
func (cr *crule) evalInputs(b *Book, on Date, in Inputs) (*Result, error) {
	res, f, e := cr.begin(b, on)
	if e != nil {
		return nil, e
	}
	missing, matched := -1, 0
	for i := range cr.inputs {
		ci := &cr.inputs[i]
		x, ok := in[ci.Name]
		if !ok {
			if cr.absent(f, i) && missing < 0 {
				missing = i
			}
			continue
		}
		matched++
		v, e := cr.convert(ci, x)
		if e != nil {
			cr.pool.Put(f)
			return nil, e
		}
		f.vals[i], f.have[i] = v, true
	}
	if matched < len(in) {
		cr.pool.Put(f)
		return nil, cr.unknownInput(in)
	}
	return cr.finish(res, f, missing)
}

// complete runs the rule once its inputs are bound and writes what it
// found into the result.
func (cr *crule) complete(res *Result, f *frame, missing int) (*Result, error) {
	ref, err := cr.execute(f, missing)
	if err != nil {
		return nil, err
	}
	res.Eligible, res.inapplicable, res.undecided = f.eligible, f.inapplicable, f.undecided
	for i := range cr.require {
		if f.failed&(1<<uint(i)) == 0 {
			continue
		}
		c := &cr.require[i]
		cite := c.Cite
		if cite.IsZero() {
			cite = cr.Cite
		}
		res.Failed = append(res.Failed, Failure{Name: c.Name, Text: c.Text, Cite: cite, res: res, cond: i})
	}
	if len(cr.outputs) <= len(res.figBuf) {
		res.Figures = res.figBuf[:len(cr.outputs)]
	} else {
		res.Figures = make([]Figure, len(cr.outputs))
	}
	for i := range cr.outputs {
		o := &cr.outputs[i]
		res.Figures[i] = Figure{Name: o.Name, Title: o.Title, Unit: o.Unit, Value: f.outs[i]}
	}
	if len(res.Figures) > 0 {
		res.Value, res.Unit = res.Figures[0].Value, res.Figures[0].Unit
	} else {
		res.Value = BoolValue(res.Eligible)
	}
	if ref >= 0 {
		c := &cr.byRef[ref]
		cite := c.Cite
		if cite.IsZero() {
			cite = cr.Cite
		}
		return nil, (&Error{Code: CodeCaseByCase, Rule: cr.ID, Cite: cite, Reference: res}).with(msgByReference.text(c.Text.Zh))
	}
	return res, nil
}

// caseByCase is the error of a case the i-th case-by-case clause of the
// rule applies to.
func (cr *crule) caseByCase(i int) *Error {
	c := &cr.cbc[i]
	cite := c.Cite
	if cite.IsZero() {
		cite = cr.Cite
	}
	return (&Error{Code: CodeCaseByCase, Rule: cr.ID, Cite: cite}).with(msgCaseByCase.text(c.Text.Zh))
}

// execute runs the rule on a bound frame: the parameters in force, the
// cases left to assessment, the inputs it lacks, its checks, its
// conditions (f.eligible, f.failed) and its outputs (f.outs, rounded). It
// returns an error for a case the rule refuses, and the place of a
// by-reference condition that holds for an eligible case (-1 for none).
// It builds nothing for an explanation: a replay (f.tracing) records that.
func (cr *crule) execute(f *frame, missing int) (ref int, err error) {
	if f.pbook != f.book || f.pdate != f.date {
		for k, p := range cr.params {
			// The value of the evaluating book: a derived book shares the
			// compiled rule and holds its own parameters at the same places.
			pv, ok := f.book.plist[p.idx].at(f.date)
			if !ok {
				f.pbook = nil
				return -1, (&Error{Code: CodeEvaluation, Rule: cr.ID, Field: p.Name}).with(msgNoValueAt.text(dateText(f.date)))
			}
			f.params[k] = pv
		}
		// A pooled frame keeps them for the next evaluation of the same
		// book on the same date: a batch resolves them once.
		f.pbook, f.pdate = f.book, f.date
	}
	defer func() {
		if r := recover(); r != nil {
			ref = -1
			if p, ok := r.(inputPanic); ok {
				err = inputErr(cr.ID, p.field, msgMissing.text())
				return
			}
			msg := msgEvalPanic.text(r)
			if p, ok := r.(evalPanic); ok {
				msg = p.msg
			} else if r == exact.ErrDivByZero {
				msg = msgDivByZero.text()
			}
			err = (&Error{Code: CodeEvaluation, Rule: cr.ID}).with(msg)
		}
	}()

	for i := range cr.cbc {
		c := &cr.cbc[i]
		if c.when != nil {
			if e := cr.need(f, c.when.deps); e != nil {
				return -1, e
			}
			if !c.applies(f) {
				continue
			}
		}
		if e := cr.need(f, c.deps); e != nil {
			return -1, e
		}
		if c.node.truth(f) {
			return -1, cr.caseByCase(i)
		}
	}
	if missing >= 0 {
		// Eligibility before the figures only the eligible need: when
		// every missing input is such a figure, the conditions decide
		// first, and a case they refuse is not asked for it.
		// So are the facts only conditions of eligibility read: a case
		// another condition refuses is refused whatever they are.
		for i := missing; i < len(cr.inputs); i++ {
			if !f.have[i] && !cr.inputs[i].MayOmit && !cr.figure[i] && !cr.condOnly[i] {
				return -1, inputErr(cr.ID, cr.inputs[i].Name, msgMissing.text())
			}
		}
	}
	for i := range cr.checks {
		c := &cr.checks[i]
		if !c.node.truth(f) {
			facts := cr.facts(f, c.refs)
			if len(facts) == 0 { // a check of which inputs were given: no values to show
				return -1, inputErr(cr.ID, c.Field, c.Text)
			}
			return -1, inputErr(cr.ID, c.Field, msgCheckFailed.text(c.Text, T(factsText(facts, Chinese), factsText(facts, English))))
		}
	}
	f.eligible, f.failed, f.inapplicable, f.undecided = true, 0, 0, 0
	lacking := -1 // the first input an undecided condition lacks
	if missing < 0 && cr.plainConds && !f.tracing {
		// Every fact given, and no condition that may not apply or may
		// find an omittable input absent: each condition is decided.
		for i := range cr.require {
			if !cr.require[i].node.truth(f) {
				f.eligible = false
				f.failed |= 1 << uint(i)
			}
		}
	} else {
		lacking = cr.decideConditions(f, missing)
	}
	if f.eligible && lacking >= 0 {
		// Every condition decided holds: the facts the others lack decide.
		return -1, inputErr(cr.ID, cr.inputs[lacking].Name, msgMissing.text())
	}
	if missing >= 0 && f.eligible {
		// An eligible case needs the facts its figures are computed from;
		// a fact only a condition that does not apply reads, it does not.
		for i := range cr.outputs {
			lacking = firstOf(lacking, cr.lacks(f, cr.outputs[i].deps))
		}
		if lacking >= 0 {
			return -1, inputErr(cr.ID, cr.inputs[lacking].Name, msgMissing.text())
		}
	}
	for i := range cr.outputs {
		o := &cr.outputs[i]
		if !f.eligible && (!o.Always || missing >= 0 && cr.need(f, o.deps) != nil) {
			f.outs[i] = Value{kind: o.node.kind}
			continue
		}
		v := o.node.eval(f)
		if v.kind == KindNumber {
			v.n = o.Round.apply(v.n, o.Unit)
		}
		f.outs[i] = v
	}
	if f.eligible && !f.tracing {
		for i := range cr.byRef {
			if cr.byRef[i].applies(f) && cr.byRef[i].node.truth(f) {
				return i, nil
			}
		}
	}
	return -1, nil
}

func (cr *crule) unknownInput(in Inputs) *Error {
	var unknown []string
	for name := range in {
		if _, ok := cr.byName[name]; !ok {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	field := clip(unknown[0])
	if field == "" {
		field = `""` // an input given with an empty name
	}
	return inputErr(cr.ID, field, msgUnknownField.text(T(strings.Join(cr.inputNames(), "、"), strings.Join(cr.inputNames(), ", "))))
}

func (cr *crule) inputNames() []string {
	names := make([]string, len(cr.inputs))
	for i, ci := range cr.inputs {
		names[i] = ci.Name
	}
	return names
}

// facts returns the values of the symbols an expression read, as computed
// in the frame.
func (cr *crule) facts(f *frame, refs []*symbol) []Figure {
	var out []Figure
	for _, s := range refs {
		fig := Figure{Name: s.name, Title: s.title, Unit: s.unit}
		switch s.src {
		case srcInput:
			if !f.have[s.slot] {
				continue
			}
			fig.Value = f.vals[s.slot]
			fig.label = cr.inputLabel(s.slot, fig.Value)
		case srcDef:
			if !f.done[s.slot-cr.nInputs] {
				continue
			}
			fig.Value = f.vals[s.slot]
			fig.label = cr.textLabel(fig.Value)
		case srcParam:
			if s.par.shape.table > 0 || s.par.shape.bracket {
				continue
			}
			fig.Value = f.params[s.pidx].scalar
			fig.label = cr.textLabel(fig.Value)
		case srcDate:
			fig.Value = DateValue(f.date)
		}
		out = append(out, fig)
	}
	return out
}

func factsText(facts []Figure, lang Lang) string {
	parts := make([]string, len(facts))
	for i, x := range facts {
		parts[i] = x.Name + " = " + x.Format(lang)
	}
	return strings.Join(parts, ", ")
}

// Prepared is a rule bound to an order of its inputs, for callers that
// evaluate it many times with typed values — the typed functions of the
// domain packages. It skips the map of [Inputs]; everything else, checks
// and results included, is the same as [Book.Eval].
type Prepared struct {
	book  *Book
	rule  *crule
	slots []int
}

// Prepare binds the rule with the given ID to an order of input names:
// [Prepared.Eval] then takes their values in that order. Every name must be
// an input of the rule; inputs left out take their defaults.
func (b *Book) Prepare(id string, names ...string) (*Prepared, error) {
	cr, ok := b.rules[id]
	if !ok {
		return nil, (&Error{Code: CodeUnknownRule, Rule: id}).with(msgUnknownRule.text())
	}
	p := &Prepared{book: b, rule: cr, slots: make([]int, len(names))}
	seen := map[string]bool{}
	for i, n := range names {
		slot, ok := cr.byName[n]
		if !ok || seen[n] {
			return nil, inputErr(id, n, msgUnknownField.text(T(strings.Join(cr.inputNames(), "、"), strings.Join(cr.inputNames(), ", "))))
		}
		seen[n] = true
		p.slots[i] = slot
	}
	return p, nil
}

// MustPrepare is [Book.Prepare] for a package's own rules; it panics on a
// name the rule does not declare.
func (b *Book) MustPrepare(id string, names ...string) *Prepared {
	p, err := b.Prepare(id, names...)
	if err != nil {
		panic(err)
	}
	return p
}

// Eval evaluates the rule with values in the prepared order. A zero
// [Value] means the value is not given: the input's default applies, or the
// input is missing.
func (p *Prepared) Eval(on Date, vals ...Value) (*Result, error) {
	cr := p.rule
	if len(vals) != len(p.slots) {
		return nil, (&Error{Code: CodeInvalidInput, Rule: cr.ID}).with(msgPrepared.text(len(p.slots), len(vals)))
	}
	res, f, e := cr.begin(p.book, on)
	if e != nil {
		return nil, e
	}
	for j, slot := range p.slots {
		v := vals[j]
		if v.kind == KindInvalid {
			continue
		}
		ci := &cr.inputs[slot]
		if v.kind != ci.Kind {
			cr.pool.Put(f)
			return nil, inputErr(cr.ID, ci.Name, msgWrongKind.text(kindText(ci.Kind), kindText(v.kind)))
		}
		if e := cr.validate(ci, &v); e != nil {
			cr.pool.Put(f)
			return nil, e
		}
		f.vals[slot], f.have[slot] = v, true
	}
	missing := -1
	for i := range cr.inputs {
		if !f.have[i] && cr.absent(f, i) && missing < 0 {
			missing = i
		}
	}
	return cr.finish(res, f, missing)
}

// Preparer prepares or binds ([BindWith]) several rules of one book and
// keeps their errors, so that a domain package's evaluator can prepare all
// its rules and check once, at the end.
type Preparer struct {
	Book *Book
	Err  error // the errors of Prepare and BindWith, joined
}

// Prepare is [Book.Prepare]; it adds the error to p.Err and then returns
// nil.
func (p *Preparer) Prepare(id string, names ...string) *Prepared {
	prepared, err := p.Book.Prepare(id, names...)
	if err != nil {
		p.Err = errors.Join(p.Err, err)
	}
	return prepared
}
