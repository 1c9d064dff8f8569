package rules

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"github.com/wzpolicy/wzpolicy/internal/fastpath"
)

// A Binding evaluates one rule of a book for cases given as a Go struct In,
// and returns the rule's outputs in a Go struct Out. Both are bound to the
// rule by name, once, when the binding is made — as encoding/json binds
// fields by tag and database/sql scanners check their columns: a field
// tagged with a name the rule does not declare, a field of a type that
// cannot hold the input or output, or an input the rule needs that no field
// gives, is an error from [Bind], never a wrong figure at evaluation.
//
// One struct of a document's facts can serve all its rules: a field tagged
// with an input of another rule of the book is left to that rule (it must
// still be of a type that holds that input), and fields of embedded structs
// are read where they lie. A tag no rule of the book knows is an error.
//
// In's fields are tagged `rule:"input_name"`, with ",omitzero" when the
// field's zero value means the fact was not given:
//
//	decimal.Decimal, int…     a number (an int for a whole count)
//	*decimal.Decimal, *int…   a number; nil is not given
//	bool                      yes/no
//	*bool                     yes/no; nil is not given
//	~string                   a text; "" is not given
//	Date, DateTime            a date; the zero value is not given
//	Value                     any kind; the zero Value is not given
//	Rate                      a percentage, and only a percentage
//	                          (an input in [Percent]); the zero Rate is
//	                          not given
//
// A number in [Percent] is held in a [Rate] and nowhere else: a
// decimal.Decimal or int field bound to a percentage, or a Rate bound to a
// number that is not one, is refused by Bind, so that no figure is read in
// the wrong convention.
//
// Out's fields are tagged `rule:"output_name"` (decimal.Decimal, bool,
// ~string, Date, DateTime or Value, as the output's kind; an int for a
// whole number; a Rate for a percentage, left the zero Rate when the
// output is not computed for a case that is not eligible), or
// `rule:",eligible"` for whether the case meets every condition. Out may
// embed an [Outcome] of In, which keeps the case so that the full
// [Result] — citations, explanation, receipt — and the failed conditions
// can be had when asked for, by evaluating again. The Outcome keeps its own
// copy of what the case's pointer fields point to, so a caller changing
// them afterwards does not change the explanation.
//
// Evaluation through a binding builds no Result and no explanation: it
// allocates nothing beyond the figures of Out (a decimal.Decimal holds its
// digits on the heap). A Binding is safe for concurrent use.
type Binding[In, Out any] struct {
	b *binder
	// fast is the rule's generated code for the book (gen.go), nil when
	// there is none: it answers the cases it takes, ok; names the
	// case-by-case clause that applies to a case (eligible, failed its
	// place, not ok); and declines the others (neither), which the
	// interpreter evaluates.
	fast func(on Date, in *In, out *Out, want uint64) (eligible bool, failed uint64, ok bool)
}

// Bind binds the rule with the given ID of book b to In and Out. The error
// lists every field that does not fit, naming it.
func Bind[In, Out any](b *Book, id string) (*Binding[In, Out], error) {
	cr, ok := b.rules[id]
	if !ok {
		return nil, (&Error{Code: CodeUnknownRule, Rule: id}).with(msgUnknownRule.text())
	}
	bd := &binder{book: b, rule: cr, outcome: -1, eligible: -1, inT: reflect.TypeFor[In](), outT: reflect.TypeFor[Out]()}
	var problems []*Error
	add := func(field, format string, args ...any) {
		problems = append(problems, &Error{Code: CodeCompile, Rule: id, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	bd.bindInputs(reflect.TypeFor[In](), add)
	bd.goFields(reflect.TypeFor[In]())
	bd.bindOutputs(reflect.TypeFor[Out](), reflect.TypeFor[Outcome[In]](), add)
	if len(problems) > 0 {
		return nil, &CompileError{Problems: problems}
	}
	fastpath.Record(b.Hash(), bd)
	out := &Binding[In, Out]{b: bd}
	for _, fn := range fastpath.Lookup(b.Hash(), id) {
		if f, ok := fn.(func(Date, *In, *Out, uint64) (bool, uint64, bool)); ok {
			out.fast = f
		}
	}
	return out, nil
}

// MustBind is [Bind] for a package's own rules and types; it panics when
// they do not fit, which the package's tests catch.
func MustBind[In, Out any](b *Book, id string) *Binding[In, Out] {
	bd, err := Bind[In, Out](b, id)
	if err != nil {
		panic(err)
	}
	return bd
}

// Eval evaluates the rule for the case in on the date on. Its errors are
// those of [Book.Eval], an invalid input naming the Go field of In that
// gives it (Error.Field), and the rule's input (Error.Input); a case
// that does not meet a condition is not an error: Out's eligibility (and
// its Outcome) say so.
func (bd *Binding[In, Out]) Eval(on Date, in In) (out Out, err error) {
	err = bd.EvalInto(on, &in, &out)
	return out, err
}

// EvalInto is [Binding.Eval] for a caller that holds the case and the
// result in its own variables: it reads *in and writes the rule's outputs,
// the eligibility and the [Outcome] into *out, copying neither on the way.
// Fields of Out not bound to the rule are left as they are; so is *out when
// the evaluation fails.
func (bd *Binding[In, Out]) EvalInto(on Date, in *In, out *Out) error {
	c := bd.b
	// evalFields written out here: a call more costs a typed rule of a few
	// nanoseconds a noticeable share.
	var eligible, ok bool
	var failed uint64
	if bd.fast != nil {
		eligible, failed, ok = bd.fast(on, noEscape(in), noEscape(out), allOutputs)
		if fastpath.CrossCheck.Load() {
			bd.crossCheck(on, in, out, eligible, failed, ok)
		}
		if !ok && eligible {
			return c.named(c.rule.caseByCase(int(failed)))
		}
	}
	if !ok {
		var err error
		if eligible, failed, err = c.run(on, unsafe.Pointer(in), unsafe.Pointer(out)); err != nil {
			return c.named(err)
		}
	}
	if c.outcome >= 0 {
		// Field by field: the case, which may be large, is copied once.
		o := (*Outcome[In])(unsafe.Add(unsafe.Pointer(out), c.outcome))
		o.eligible, o.failed, o.b, o.on = eligible, failed, c, on
		o.in = *in
		c.own(unsafe.Pointer(&o.in))
	}
	return nil
}

// Screen is [Binding.EvalInto] for a caller screening many cases, who
// asks for no explanation: it writes the rule's outputs and the
// eligibility field into *out and reports whether the case is eligible,
// and leaves Out's [Outcome] as it is, keeping no copy of the case. Its
// errors are EvalInto's.
func (bd *Binding[In, Out]) Screen(on Date, in *In, out *Out) (eligible bool, err error) {
	eligible, _, err = bd.evalFields(on, in, out, allOutputs)
	return eligible, err
}

// ScreenOnly is [Binding.Screen] for a caller who reads only some of the
// rule's figures: of the outputs held in decimal.Decimal (or Rate) fields,
// those not in want may be left as they were, which spares making each
// decimal. Every output is still computed, so that a case the rule
// refuses is refused as Screen refuses it; the eligibility and the other
// fields are written as Screen writes them.
func (bd *Binding[In, Out]) ScreenOnly(on Date, in *In, out *Out, want OutputSet) (eligible bool, err error) {
	eligible, _, err = bd.evalFields(on, in, out, uint64(want))
	return eligible, err
}

// OutputSet is a set of a rule's outputs, made by [Binding.Outputs] or
// [Book.OutputSet], for [Binding.ScreenOnly].
type OutputSet uint64

// allOutputs asks generated code for every output.
const allOutputs = ^uint64(0)

// Outputs returns the set of the named outputs of the binding's rule, for
// [Binding.ScreenOnly]. Naming an output the binding does not write into
// a field of Out is an error.
func (bd *Binding[In, Out]) Outputs(names ...string) (OutputSet, error) {
	c := bd.b
	for _, name := range names {
		if !slices.ContainsFunc(c.outs, func(f outField) bool { return c.rule.outputs[f.idx].Name == name }) {
			return 0, fmt.Errorf("rules: %s: no field of %T holds the output %q", c.rule.ID, *new(Out), name)
		}
	}
	return c.rule.outputSet(names)
}

// OutputSet returns the set of the named outputs of the rule with the
// given ID, for [Binding.ScreenOnly] on any binding of it (one that holds
// none of them in a field writes none). An unknown rule or output is an
// error.
func (b *Book) OutputSet(rule string, names ...string) (OutputSet, error) {
	cr, ok := b.rules[rule]
	if !ok {
		return 0, (&Error{Code: CodeUnknownRule, Rule: rule}).with(msgUnknownRule.text())
	}
	return cr.outputSet(names)
}

func (cr *crule) outputSet(names []string) (OutputSet, error) {
	var set OutputSet
	for _, name := range names {
		i := slices.IndexFunc(cr.outputs, func(o coutput) bool { return o.Name == name })
		if i < 0 {
			return 0, fmt.Errorf("rules: %s has no output %q", cr.ID, name)
		}
		set |= outputBit(i)
	}
	return set, nil
}

// outputBit is the bit of the rule's i-th output in an OutputSet: the
// 64th output and those after it are always written.
func outputBit(i int) OutputSet {
	if i >= 64 {
		return 0
	}
	return 1 << i
}

// evalFields evaluates the case into Out's fields, through the generated
// code when it takes the case, else the interpreter.
func (bd *Binding[In, Out]) evalFields(on Date, in *In, out *Out, want uint64) (eligible bool, failed uint64, err error) {
	c := bd.b
	var ok bool
	if bd.fast != nil {
		eligible, failed, ok = bd.fast(on, noEscape(in), noEscape(out), want)
		if fastpath.CrossCheck.Load() {
			bd.crossCheckSome(on, in, out, want, eligible, failed, ok)
		}
		if !ok && eligible {
			return false, 0, c.named(c.rule.caseByCase(int(failed)))
		}
	}
	if !ok {
		eligible, failed, err = c.run(on, unsafe.Pointer(in), unsafe.Pointer(out))
		if err != nil {
			return false, 0, c.named(err)
		}
	}
	return eligible, failed, nil
}

// BindWith is [Bind] for a domain package's evaluator, which binds all its
// rules and checks once, at the end: it adds the error to p.Err and then
// returns nil.
func BindWith[In, Out any](p *Preparer, id string) *Binding[In, Out] {
	bd, err := Bind[In, Out](p.Book, id)
	if err != nil {
		p.Err = errors.Join(p.Err, err)
	}
	return bd
}

// Result evaluates the rule for the case as [Book.Eval] does: the result
// with its citations, explanation and receipt.
func (bd *Binding[In, Out]) Result(on Date, in In) (*Result, error) {
	res, err := bd.b.result(on, unsafe.Pointer(&in))
	return res, bd.b.named(err)
}

// Output returns the value of the rule's output name as out holds it after
// an evaluation: the field of Out bound to it, read back as a [Value] (a
// Rate left unset, and a Value field left unset, give the zero Value). ok
// is false when no field of Out is bound to that output. A caller that
// wants one figure of many rules — the main figure of each benefit a
// screening grants — reads it by the output's name, as the rule declares
// it, without knowing each result type's field.
func (bd *Binding[In, Out]) Output(out *Out, name string) (v Value, ok bool) {
	c := bd.b
	for i := range c.outs {
		f := &c.outs[i]
		if c.rule.outputs[f.idx].Name == name {
			return f.load(unsafe.Pointer(out)), true
		}
	}
	return Value{}, false
}

// Book returns the book the binding evaluates.
func (bd *Binding[In, Out]) Book() *Book { return bd.b.book }

// Outcome is what a binding's evaluation found beyond the figures, kept in
// the caller's result: whether the case meets every condition, which it
// failed, and the case itself, so that the full [Result] can be had when
// asked for. Embed it in a binding's Out. The zero Outcome is of no
// evaluation.
type Outcome[In any] struct {
	eligible bool
	failed   uint64
	b        *binder
	on       Date
	in       In
}

// Eligible reports whether the case meets every condition of the rule.
func (o Outcome[In]) Eligible() bool { return o.eligible }

// FailedNames returns the names of the conditions the case failed, in the
// rule's order.
func (o Outcome[In]) FailedNames() []string {
	if o.b == nil || o.failed == 0 {
		return nil
	}
	var out []string
	for i, c := range o.b.rule.require {
		if o.failed&(1<<uint(i)) != 0 {
			out = append(out, c.Name)
		}
	}
	return out
}

// Result evaluates the case again, as [Book.Eval] does, for the result with
// its failed conditions and their facts, citations, explanation and
// receipt. It is nil for the zero Outcome.
func (o Outcome[In]) Result() *Result {
	if o.b == nil {
		return nil
	}
	res, err := o.b.result(o.on, unsafe.Pointer(&o.in))
	if err != nil {
		var re *Error
		if asError(err, &re) && re.Reference != nil {
			return re.Reference
		}
		return nil
	}
	return res
}

// Failed returns the conditions the case failed, with the values that
// decided them (see [Outcome.Result]).
func (o Outcome[In]) Failed() []Failure {
	if o.failed == 0 {
		return nil
	}
	if res := o.Result(); res != nil {
		return res.Failed
	}
	return nil
}

func asError(err error, target **Error) bool {
	e, ok := err.(*Error)
	if ok {
		*target = e
	}
	return ok
}

// binder is a Binding without its types: where each field is and how it
// is read or written.
type binder struct {
	book     *Book
	rule     *crule
	inT      reflect.Type
	outT     reflect.Type
	ins      []inField
	outs     []outField
	eligible int  // offset of Out's eligibility field, -1 for none
	outcome  int  // offset of Out's Outcome, -1 for none
	pointers bool // some input is read through a pointer
	// fields are the Go fields of In by the inputs they give, which the
	// errors of an evaluation name.
	fields map[string]string
	// eligiblePath is the Go selector of Out's eligibility field.
	eligiblePath string
}

// goFields records the Go field of t that gives each input of the rule.
func (bd *binder) goFields(t reflect.Type) {
	if t.Kind() != reflect.Struct {
		return
	}
	bd.fields = map[string]string{}
	for _, sf := range reflect.VisibleFields(t) {
		tag, ok := sf.Tag.Lookup("rule")
		if !ok || !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if _, ok := bd.rule.byName[name]; ok {
			bd.fields[name] = sf.Name
		}
	}
}

// named returns err naming, for an input, the Go field of the case that
// gives it (Field), the rule's name of it staying in Input.
func (bd *binder) named(err error) error {
	e, ok := err.(*Error)
	if !ok || e.Input == "" || e.Field != e.Input {
		return err
	}
	f, ok := bd.fields[e.Input]
	if !ok {
		return err
	}
	c := *e
	c.Field = f
	return &c
}

// own gives the copy of a case kept in an Outcome its own copies of what
// its pointer fields point to.
func (bd *binder) own(in unsafe.Pointer) {
	if !bd.pointers {
		return
	}
	for i := range bd.ins {
		f := &bd.ins[i]
		if f.elem == nil {
			continue
		}
		at := (*unsafe.Pointer)(unsafe.Add(in, f.off))
		if *at == nil {
			continue
		}
		c := reflect.New(f.elem)
		c.Elem().Set(reflect.NewAt(f.elem, *at).Elem())
		*at = c.UnsafePointer()
	}
}

// bindCase binds the case's fields to a frame's inputs, validated as
// [Prepared.Eval] validates them, and reports the first input missing.
func (bd *binder) bindCase(f *frame, in unsafe.Pointer) (int, *Error) {
	cr := bd.rule
	given := 0
	for i := range bd.ins {
		fb := &bd.ins[i]
		v := &f.vals[fb.slot]
		if !fb.load(in, v) {
			continue
		}
		if !fb.valid(v) {
			// Checked as Book.Eval checks it, for the error: a field's
			// type leaves only some of it to check (fb.check).
			ci := fb.in
			if v.kind != ci.Kind {
				return -1, inputErr(cr.ID, ci.Name, msgWrongKind.text(kindText(ci.Kind), kindText(v.kind)))
			}
			if e := cr.validate(ci, v); e != nil {
				return -1, e
			}
		}
		f.have[fb.slot] = true
		given++
	}
	if given == len(cr.inputs) {
		return -1, nil
	}
	missing := -1
	for i := range cr.inputs {
		if !f.have[i] && cr.absent(f, i) && missing < 0 {
			missing = i
		}
	}
	return missing, nil
}

// run evaluates the case in into the result out, building no Result.
func (bd *binder) run(on Date, in, out unsafe.Pointer) (eligible bool, failed uint64, err error) {
	cr := bd.rule
	if on.IsZero() {
		return false, 0, (&Error{Code: CodeInvalidInput, Rule: cr.ID, Field: "date"}).with(msgNoDate.text())
	}
	if msg := dateProblem(on); msg.En != "" {
		return false, 0, (&Error{Code: CodeInvalidInput, Rule: cr.ID, Field: "date"}).with(msg)
	}
	if !cr.period.Contains(on) {
		return false, 0, (&Error{Code: CodeNotInForce, Rule: cr.ID}).with(msgNotInForce.text(dateText(on), periodText(cr.period)))
	}
	f := cr.getFrame(on)
	f.book = bd.book
	missing, e := bd.bindCase(f, in)
	if e != nil {
		cr.pool.Put(f)
		return false, 0, e
	}
	ref, err := cr.execute(f, missing)
	if err != nil {
		cr.pool.Put(f)
		return false, 0, err
	}
	if ref >= 0 {
		// Another authority's figures (参照执行): the error carries the
		// reference result, which the full evaluation builds.
		cr.pool.Put(f)
		_, err := bd.result(on, in)
		return false, 0, err
	}
	for i := range bd.outs {
		if o := &cr.outputs[bd.outs[i].idx]; bd.outs[i].typ == fRate && !f.eligible && (!o.Always || missing >= 0 && cr.need(f, o.deps) != nil) {
			// An output not computed is zero; a Rate says not given.
			*(*Rate)(unsafe.Add(out, bd.outs[i].off)) = Rate{}
			continue
		}
		if e := bd.outs[i].store(out, &f.outs[bd.outs[i].idx]); e != nil {
			cr.pool.Put(f)
			e.Rule, e.Field = cr.ID, cr.outputs[bd.outs[i].idx].Name
			return false, 0, e
		}
	}
	if bd.eligible >= 0 {
		*(*bool)(unsafe.Add(out, bd.eligible)) = f.eligible
	}
	eligible, failed = f.eligible, f.failed
	cr.pool.Put(f)
	return eligible, failed, nil
}

// result evaluates the case in as Book.Eval does.
func (bd *binder) result(on Date, in unsafe.Pointer) (*Result, error) {
	cr := bd.rule
	res, f, e := cr.begin(bd.book, on)
	if e != nil {
		return nil, e
	}
	missing, e := bd.bindCase(f, in)
	if e != nil {
		cr.pool.Put(f)
		return nil, e
	}
	return cr.finish(res, f, missing)
}

// noEscape returns p, hidden from escape analysis: the case and result of
// an evaluation stay on the stack although generated code is called
// through a function value, which the compiler cannot see does not keep
// them (it does not; a pointer it is given it never stores).
func noEscape[T any](p *T) *T {
	x := uintptr(unsafe.Pointer(p))
	return *(**T)(unsafe.Pointer(&x))
}

// crossCheckSome is crossCheck for an evaluation that asked for the
// outputs in want: the generated code is run again for every output, that
// evaluation checked against the interpreter, and the fields asked for
// against it.
func (bd *Binding[In, Out]) crossCheckSome(on Date, in *In, out *Out, want uint64, eligible bool, failed uint64, ok bool) {
	if want == allOutputs {
		bd.crossCheck(on, in, out, eligible, failed, ok)
		return
	}
	var all Out
	ae, af, aok := bd.fast(on, noEscape(in), &all, allOutputs)
	bd.crossCheck(on, in, &all, ae, af, aok)
	if ae != eligible || af != failed || aok != ok {
		panic(fmt.Sprintf("rules: generated code for %s answers differently when asked for some outputs: %v %b %v, all: %v %b %v", bd.b.rule.ID, eligible, failed, ok, ae, af, aok))
	}
	if !ok {
		return
	}
	for _, f := range bd.b.outs {
		if want&uint64(outputBit(f.idx)) == 0 && outputBit(f.idx) != 0 && (f.typ == fDecimal || f.typ == fRate) {
			continue
		}
		if got, full := f.load(unsafe.Pointer(out)), f.load(unsafe.Pointer(&all)); !reflect.DeepEqual(got, full) {
			panic(fmt.Sprintf("rules: generated code for %s writes %s as %v when asked for some outputs, %v when asked for all", bd.b.rule.ID, bd.b.rule.outputs[f.idx].Name, got, full))
		}
	}
}

// crossCheck evaluates a case the generated code answered (ok) with the
// interpreter too, and panics when they differ in anything a caller sees:
// the result's fields, the eligibility, the conditions failed. It runs
// only while fastpath.CrossCheck is set, as the tests set it.
func (bd *Binding[In, Out]) crossCheck(on Date, in *In, out *Out, eligible bool, failed uint64, ok bool) {
	if !ok && !eligible {
		fastpath.Declined.Add(1)
		return
	}
	fastpath.Taken.Add(1)
	var want Out
	we, wf, err := bd.b.run(on, unsafe.Pointer(in), unsafe.Pointer(&want))
	if !ok {
		// Named case by case: the interpreter gives that clause's error.
		if re, isRe := err.(*Error); !isRe || failed >= uint64(len(bd.b.rule.cbc)) || !reflect.DeepEqual(re, bd.b.rule.caseByCase(int(failed))) {
			panic(fmt.Sprintf("rules: generated code for %s names case-by-case clause %d, the interpreter gives %v: %+v", bd.b.rule.ID, failed, err, *in))
		}
		return
	}
	switch {
	case err != nil:
		panic(fmt.Sprintf("rules: generated code for %s answered a case the interpreter refuses (%v): %+v", bd.b.rule.ID, err, *in))
	case we != eligible || wf != failed || !reflect.DeepEqual(want, *out):
		panic(fmt.Sprintf("rules: generated code for %s disagrees with the interpreter on %+v:\n generated %v %b %+v\n interpreter %v %b %+v", bd.b.rule.ID, *in, eligible, failed, *out, we, wf, want))
	}
}
