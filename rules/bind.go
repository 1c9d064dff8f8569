package rules

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"github.com/shopspring/decimal"
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
//
// Out's fields are tagged `rule:"output_name"` (decimal.Decimal, bool,
// ~string, Date, DateTime or Value, as the output's kind; an int for a
// whole number), or
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
}

// Bind binds the rule with the given ID of book b to In and Out. The error
// lists every field that does not fit, naming it.
func Bind[In, Out any](b *Book, id string) (*Binding[In, Out], error) {
	cr, ok := b.rules[id]
	if !ok {
		return nil, &Error{Code: CodeUnknownRule, Rule: id, Msg: msgUnknownRule}
	}
	bd := &binder{book: b, rule: cr, outcome: -1, eligible: -1}
	var problems []*Error
	add := func(field, format string, args ...any) {
		problems = append(problems, &Error{Code: CodeCompile, Rule: id, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	bd.bindInputs(reflect.TypeFor[In](), add)
	bd.bindOutputs(reflect.TypeFor[Out](), reflect.TypeFor[Outcome[In]](), add)
	if len(problems) > 0 {
		return nil, &CompileError{Problems: problems}
	}
	return &Binding[In, Out]{b: bd}, nil
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
// those of [Book.Eval], an invalid input naming the rule's input; a case
// that does not meet a condition is not an error: Out's eligibility (and
// its Outcome) say so.
func (bd *Binding[In, Out]) Eval(on Date, in In) (Out, error) {
	var out Out
	c := bd.b
	eligible, failed, err := c.run(on, unsafe.Pointer(&in), unsafe.Pointer(&out))
	if err != nil {
		return out, err
	}
	if c.outcome >= 0 {
		o := (*Outcome[In])(unsafe.Add(unsafe.Pointer(&out), c.outcome))
		*o = Outcome[In]{eligible: eligible, failed: failed, b: c, on: on, in: in}
		c.own(unsafe.Pointer(&o.in))
	}
	return out, nil
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
	return bd.b.result(on, unsafe.Pointer(&in))
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
	ins      []inField
	outs     []outField
	eligible int  // offset of Out's eligibility field, -1 for none
	outcome  int  // offset of Out's Outcome, -1 for none
	pointers bool // some input is read through a pointer
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

// The Go types a field may have.
type fieldType uint8

const (
	fDecimal fieldType = iota
	fDecimalPtr
	fInt
	fIntPtr
	fBool
	fBoolPtr
	fText
	fDate
	fDateTime
	fValue
)

type inField struct {
	slot     int
	off      uintptr
	typ      fieldType
	size     uintptr      // of an int
	elem     reflect.Type // of a pointer: what it points to
	omitzero bool
}

type outField struct {
	idx  int
	off  uintptr
	typ  fieldType
	size uintptr // of an int
}

var (
	decimalT  = reflect.TypeFor[decimal.Decimal]()
	dateT     = reflect.TypeFor[Date]()
	dateTimeT = reflect.TypeFor[DateTime]()
	valueT    = reflect.TypeFor[Value]()
)

// fieldTypeOf returns how a Go type holds a value, and the kind it holds.
func fieldTypeOf(t reflect.Type) (fieldType, Kind, bool) {
	switch t {
	case decimalT:
		return fDecimal, KindNumber, true
	case dateT:
		return fDate, KindDate, true
	case dateTimeT:
		return fDateTime, KindDateTime, true
	case valueT:
		return fValue, KindInvalid, true
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fInt, KindNumber, true
	case reflect.Bool:
		return fBool, KindBool, true
	case reflect.String:
		return fText, KindText, true
	case reflect.Pointer:
		switch e := t.Elem(); {
		case e == decimalT:
			return fDecimalPtr, KindNumber, true
		case e.Kind() == reflect.Bool:
			return fBoolPtr, KindBool, true
		case e.Kind() >= reflect.Int && e.Kind() <= reflect.Int64:
			return fIntPtr, KindNumber, true
		}
	}
	return 0, KindInvalid, false
}

func (bd *binder) bindInputs(t reflect.Type, add func(field, format string, args ...any)) {
	cr := bd.rule
	if t.Kind() != reflect.Struct {
		add("", "the case type %s is not a struct", t)
		return
	}
	bound := map[int]string{}
	for _, sf := range reflect.VisibleFields(t) {
		tag, ok := sf.Tag.Lookup("rule")
		if !ok || !sf.IsExported() {
			continue
		}
		off, ok := offsetOf(t, sf.Index)
		if !ok {
			add(sf.Name, "is reached through an embedded pointer; embed the struct itself")
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		typ, kind, okType := fieldTypeOf(sf.Type)
		slot, ok := cr.byName[name]
		if !ok {
			// A fact of the document that another rule reads: a struct of
			// facts serves every rule of its book, each reading its own.
			kinds := bd.book.inputKinds(name)
			switch {
			case len(kinds) == 0:
				add(sf.Name, "tagged %q, which is an input of no rule of the book; this rule's inputs are: %s", name, strings.Join(cr.inputNames(), ", "))
			case !okType || typ != fValue && !slices.Contains(kinds, kind):
				add(sf.Name, "a %s cannot hold input %s, a %s", sf.Type, name, kinds[0])
			}
			continue
		}
		if prev, dup := bound[slot]; dup {
			add(sf.Name, "input %s is bound by %s already", name, prev)
			continue
		}
		if !okType || typ != fValue && kind != cr.inputs[slot].Kind {
			add(sf.Name, "a %s cannot hold input %s, a %s", sf.Type, name, cr.inputs[slot].Kind)
			continue
		}
		bound[slot] = sf.Name
		f := inField{slot: slot, off: off, typ: typ, omitzero: opts == "omitzero"}
		switch typ {
		case fInt:
			f.size = sf.Type.Size()
		case fIntPtr:
			f.size = sf.Type.Elem().Size()
		}
		if sf.Type.Kind() == reflect.Pointer {
			f.elem = sf.Type.Elem()
			bd.pointers = true
		}
		bd.ins = append(bd.ins, f)
	}
	for i, in := range cr.inputs {
		if _, ok := bound[i]; !ok && in.Default == nil && !in.MayOmit {
			add(in.Name, "no field of %s gives input %s, which the rule needs", t, in.Name)
		}
	}
}

func (bd *binder) bindOutputs(t, outcomeT reflect.Type, add func(field, format string, args ...any)) {
	cr := bd.rule
	if t.Kind() != reflect.Struct {
		add("", "the result type %s is not a struct", t)
		return
	}
	for _, sf := range reflect.VisibleFields(t) {
		if sf.Type == outcomeT && len(sf.Index) == 1 {
			bd.outcome = int(sf.Offset)
			continue
		}
		tag, ok := sf.Tag.Lookup("rule")
		if !ok || !sf.IsExported() {
			continue
		}
		off, ok := offsetOf(t, sf.Index)
		if !ok {
			add(sf.Name, "is reached through an embedded pointer; embed the struct itself")
			continue
		}
		sf.Offset = off
		if tag == ",eligible" {
			if sf.Type.Kind() != reflect.Bool {
				add(sf.Name, "the eligibility is a bool, not %s", sf.Type)
				continue
			}
			bd.eligible = int(off)
			continue
		}
		idx := -1
		for i, o := range cr.outputs {
			if o.Name == tag {
				idx = i
			}
		}
		if idx < 0 {
			names := make([]string, len(cr.outputs))
			for i, o := range cr.outputs {
				names[i] = o.Name
			}
			add(sf.Name, "tagged %q, which is not an output of the rule; its outputs are: %s", tag, strings.Join(names, ", "))
			continue
		}
		typ, kind, ok := fieldTypeOf(sf.Type)
		okType := ok && (typ == fValue || kind == cr.outputs[idx].node.kind && (typ == fDecimal || typ == fInt || typ == fBool || typ == fText || typ == fDate || typ == fDateTime))
		if !okType {
			add(sf.Name, "a %s cannot hold output %s, a %s", sf.Type, tag, cr.outputs[idx].node.kind)
			continue
		}
		of := outField{idx: idx, off: sf.Offset, typ: typ}
		if typ == fInt {
			of.size = sf.Type.Size()
		}
		bd.outs = append(bd.outs, of)
	}
}

// offsetOf returns the offset in t of the field at index, a path through
// embedded structs; it reports false for a path through a pointer.
func offsetOf(t reflect.Type, index []int) (uintptr, bool) {
	var off uintptr
	for i, x := range index {
		if t.Kind() != reflect.Struct {
			return 0, false
		}
		f := t.Field(x)
		off += f.Offset
		t = f.Type
		if i < len(index)-1 && t.Kind() == reflect.Pointer {
			return 0, false
		}
	}
	return off, true
}

// load reads an input's value from the case into v; it reports false,
// leaving v as it was, when the field says the fact was not given.
func (f *inField) load(p unsafe.Pointer, v *Value) bool {
	at := unsafe.Add(p, f.off)
	switch f.typ {
	case fDecimal:
		d := (*decimal.Decimal)(at)
		if f.omitzero && d.IsZero() {
			return false
		}
		v.kind, v.n = KindNumber, numOf(*d)
	case fDecimalPtr:
		d := *(**decimal.Decimal)(at)
		if d == nil {
			return false
		}
		v.kind, v.n = KindNumber, numOf(*d)
	case fInt:
		n := loadInt(at, f.size)
		if f.omitzero && n == 0 {
			return false
		}
		v.kind, v.n = KindNumber, numInt(n)
	case fIntPtr:
		q := *(*unsafe.Pointer)(at)
		if q == nil {
			return false
		}
		v.kind, v.n = KindNumber, numInt(loadInt(q, f.size))
	case fBool:
		b := *(*bool)(at)
		if f.omitzero && !b {
			return false
		}
		v.kind, v.b = KindBool, b
	case fBoolPtr:
		b := *(**bool)(at)
		if b == nil {
			return false
		}
		v.kind, v.b = KindBool, *b
	case fText:
		s := *(*string)(at)
		if s == "" {
			return false
		}
		v.kind, v.text = KindText, s
	case fDate:
		d := *(*Date)(at)
		if d.IsZero() {
			return false
		}
		v.kind, v.at = KindDate, DateTime{d: d}
	case fDateTime:
		t := *(*DateTime)(at)
		if t.IsZero() {
			return false
		}
		v.kind, v.at = KindDateTime, t
	case fValue:
		x := (*Value)(at)
		if x.kind == KindInvalid {
			return false
		}
		*v = *x
	default:
		return false
	}
	return true
}

func loadInt(p unsafe.Pointer, size uintptr) int64 {
	switch size {
	case 1:
		return int64(*(*int8)(p))
	case 2:
		return int64(*(*int16)(p))
	case 4:
		return int64(*(*int32)(p))
	}
	return *(*int64)(p)
}

// store writes an output's value into the result. An int field takes a
// whole number that fits it; any other number is an error.
func (f *outField) store(p unsafe.Pointer, v Value) *Error {
	at := unsafe.Add(p, f.off)
	switch f.typ {
	case fDecimal:
		if v.kind == KindNumber {
			*(*decimal.Decimal)(at) = v.n.dec()
		}
	case fInt:
		if v.kind != KindNumber {
			break
		}
		n, ok := v.n.int()
		if !ok || !fitsInt(n, f.size) {
			return &Error{Code: CodeEvaluation, Msg: fmt.Sprintf(msgNotIntOutput, v.n)}
		}
		storeInt(at, f.size, n)
	case fBool:
		*(*bool)(at) = v.b
	case fText:
		*(*string)(at) = v.text
	case fDate:
		*(*Date)(at) = v.at.d
	case fDateTime:
		*(*DateTime)(at) = v.at
	case fValue:
		*(*Value)(at) = v
	}
	return nil
}

func fitsInt(n int64, size uintptr) bool {
	if size >= 8 {
		return true
	}
	bits := 8 * size
	return n >= -(1<<(bits-1)) && n < 1<<(bits-1)
}

func storeInt(p unsafe.Pointer, size uintptr, n int64) {
	switch size {
	case 1:
		*(*int8)(p) = int8(n)
	case 2:
		*(*int16)(p) = int16(n)
	case 4:
		*(*int32)(p) = int32(n)
	default:
		*(*int64)(p) = n
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
		if fb.typ != fBool && fb.typ != fBoolPtr {
			// A yes/no of a bool field is valid as it stands; anything
			// else is checked as Book.Eval checks it.
			ci := &cr.inputs[fb.slot]
			if v.kind != ci.Kind {
				return -1, &Error{Code: CodeInvalidInput, Rule: cr.ID, Field: ci.Name, Msg: fmt.Sprintf(msgWrongKind, ci.Kind, v.kind)}
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
		return false, 0, &Error{Code: CodeInvalidInput, Rule: cr.ID, Field: "date", Msg: msgNoDate}
	}
	if msg := dateProblem(on); msg != "" {
		return false, 0, &Error{Code: CodeInvalidInput, Rule: cr.ID, Field: "date", Msg: msg}
	}
	if !cr.period.Contains(on) {
		return false, 0, &Error{Code: CodeNotInForce, Rule: cr.ID, Msg: fmt.Sprintf(msgNotInForce, on, cr.period)}
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
		if e := bd.outs[i].store(out, f.outs[bd.outs[i].idx]); e != nil {
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
