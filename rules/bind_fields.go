package rules

import (
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// The fields of a bound case and result: which Go types a field may have,
// where it lies in the struct, and how a value is read from it and
// written to it.

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
	fRate
	// fExact is an output held in an exact.Number, as the engine computes
	// it: a result of this module's own packages (nothing outside it can
	// name the type) that carries a figure on without making a decimal.
	fExact
)

type inField struct {
	slot     int
	off      uintptr
	typ      fieldType
	check    fieldCheck   // what of the input's validation the field's type leaves to do
	size     uintptr      // of an int
	elem     reflect.Type // of a pointer: what it points to
	in       *cinput
	omitzero bool
	path     string // the Go selector of the field, for generated code
}

// fieldCheck is what a value read from a field must still be checked for,
// beyond what its Go type guarantees: Bind has matched the type to the
// input's kind, so only a Value field's kind is in question; an int is
// whole and within the limits of a decimal; a bool is valid as it stands.
type fieldCheck uint8

const (
	checkNone   fieldCheck = iota
	checkNumber            // limits of a decimal, then the range and wholeness
	checkInt               // the range only
	checkText              // the allowed values
	checkDate              // the dates a case may hold
	checkAll               // a Value: its kind, then everything (cr.validate)
)

// checkOf returns what a value read from a field of type typ must still be
// checked for, as an input in.
func checkOf(typ fieldType, in *cinput) fieldCheck {
	switch typ {
	case fBool, fBoolPtr:
		return checkNone
	case fInt, fIntPtr:
		if !in.rng.loSet && !in.rng.hiSet {
			return checkNone
		}
		return checkInt
	case fDecimal, fDecimalPtr, fRate:
		return checkNumber
	case fText:
		return checkText
	case fDate, fDateTime:
		return checkDate
	}
	return checkAll
}

// valid reports whether v, read from the field, is valid as the input: a
// quick test of what cr.validate checks, which gives the error when it is
// not (or when the test cannot tell).
func (f *inField) valid(v *Value) bool {
	in := f.in
	switch f.check {
	case checkNone:
		return true
	case checkNumber:
		n := v.n
		if _, e, small := n.Small(); !small || e < -maxScale || e > maxScale {
			return false
		}
		return (!in.rng.loSet && !in.rng.hiSet || in.rng.contains(n)) && (!in.Whole || n.IsInteger())
	case checkInt:
		return in.rng.contains(v.n)
	case checkText:
		return in.enum.has(v.text)
	case checkDate:
		k := v.at.d.key()
		return k >= firstCaseDate.key() && k <= lastCaseDate.key()
	}
	return false
}

type outField struct {
	idx  int
	off  uintptr
	typ  fieldType
	size uintptr // of an int
	path string  // the Go selector of the field, for generated code
}

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
	case rateT:
		return fRate, KindNumber, true
	case exactT:
		return fExact, KindNumber, true
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

// taggedField is an exported field of a case or result struct tagged
// `rule:"…"`; its Offset is from the start of the outer struct.
type taggedField struct {
	reflect.StructField
	tag string
}

// taggedFields returns the struct's exported fields tagged `rule:"…"`,
// embedded ones included, reporting with add any reached through an
// embedded pointer, which an offset cannot reach.
func taggedFields(t reflect.Type, add func(field, format string, args ...any)) []taggedField {
	var out []taggedField
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
		sf.Offset = off
		out = append(out, taggedField{StructField: sf, tag: tag})
	}
	return out
}

func (bd *binder) bindInputs(t reflect.Type, add func(field, format string, args ...any)) {
	cr := bd.rule
	if t.Kind() != reflect.Struct {
		add("", "the case type %s is not a struct", t)
		return
	}
	bound := map[int]string{}
	for _, tf := range taggedFields(t, add) {
		sf, off := tf.StructField, tf.Offset
		name, opts, _ := strings.Cut(tf.tag, ",")
		typ, kind, okType := fieldTypeOf(sf.Type)
		okType = okType && typ != fExact // a result's type, not a case's
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
			default:
				if msg := rateMisfit(sf.Type, typ, bd.book.inputInPercent(name)); msg != "" {
					add(sf.Name, msg, "input", name)
				}
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
		if msg := rateMisfit(sf.Type, typ, cr.inputs[slot].Unit.IsPercent()); msg != "" {
			add(sf.Name, msg, "input", name)
			bound[slot] = sf.Name // given, in the wrong type: not also missing
			continue
		}
		bound[slot] = sf.Name
		f := inField{slot: slot, off: off, typ: typ, omitzero: opts == "omitzero", in: &cr.inputs[slot], path: goPath(t, sf.Index)}
		f.check = checkOf(typ, f.in)
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
		}
	}
	for _, tf := range taggedFields(t, add) {
		sf, off, tag := tf.StructField, tf.Offset, tf.tag
		if tag == ",eligible" {
			if sf.Type.Kind() != reflect.Bool {
				add(sf.Name, "the eligibility is a bool, not %s", sf.Type)
				continue
			}
			bd.eligible = int(off)
			bd.eligiblePath = goPath(t, sf.Index)
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
		okType := ok && (typ == fValue || kind == cr.outputs[idx].node.kind && (typ == fDecimal || typ == fInt || typ == fBool || typ == fText || typ == fDate || typ == fDateTime || typ == fRate || typ == fExact))
		if !okType {
			add(sf.Name, "a %s cannot hold output %s, a %s", sf.Type, tag, cr.outputs[idx].node.kind)
			continue
		}
		if msg := rateMisfit(sf.Type, typ, cr.outputs[idx].node.kind == KindNumber && cr.outputs[idx].Unit.IsPercent()); msg != "" {
			add(sf.Name, msg, "output", tag)
			continue
		}
		of := outField{idx: idx, off: sf.Offset, typ: typ, path: goPath(t, sf.Index)}
		if typ == fInt {
			of.size = sf.Type.Size()
		}
		bd.outs = append(bd.outs, of)
	}
}

// rateMisfit says why a field of type t cannot hold a number in percent,
// or a number not in percent, as a format of the input's or output's role
// and name; it is "" when the field fits. A percentage is held in a [Rate]
// and only there, so that no figure is read in the wrong convention.
func rateMisfit(t reflect.Type, typ fieldType, percent bool) string {
	switch {
	case percent && typ != fRate && typ != fValue:
		return "a " + t.String() + " cannot hold %s %s, a percentage: hold it in a rules.Rate (rules.Pct(\"15\") is 15%%, the fraction 0.15), which says which convention a figure follows"
	case !percent && typ == fRate:
		return "a rules.Rate cannot hold %s %s, which is not a percentage"
	}
	return ""
}

// inputInPercent reports whether some rule of the book takes an input of
// the given name in percent.
func (b *Book) inputInPercent(name string) bool {
	for _, id := range b.order {
		cr := b.rules[id]
		if slot, ok := cr.byName[name]; ok && slot < len(cr.inputs) && cr.inputs[slot].Kind == KindNumber && cr.inputs[slot].Unit.IsPercent() {
			return true
		}
	}
	return false
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
		if c, e, ok := exact.SmallDecimal(d); ok {
			if f.omitzero && c == 0 {
				return false
			}
			v.kind, v.n = KindNumber, exact.New(c, e)
			break
		}
		if f.omitzero && d.IsZero() {
			return false
		}
		v.kind, v.n = KindNumber, exact.Of(*d)
	case fDecimalPtr:
		d := *(**decimal.Decimal)(at)
		if d == nil {
			return false
		}
		if c, e, ok := exact.SmallDecimal(d); ok {
			v.kind, v.n = KindNumber, exact.New(c, e)
			break
		}
		v.kind, v.n = KindNumber, exact.Of(*d)
	case fInt:
		n := loadInt(at, f.size)
		if f.omitzero && n == 0 {
			return false
		}
		v.kind, v.n = KindNumber, exact.Int(n)
	case fIntPtr:
		q := *(*unsafe.Pointer)(at)
		if q == nil {
			return false
		}
		v.kind, v.n = KindNumber, exact.Int(loadInt(q, f.size))
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
	case fRate:
		r := (*Rate)(at)
		if !r.ok {
			return false
		}
		v.kind, v.n = KindNumber, exact.Of(r.f)
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
func (f *outField) store(p unsafe.Pointer, v *Value) *Error {
	at := unsafe.Add(p, f.off)
	switch f.typ {
	case fDecimal:
		if v.kind == KindNumber {
			*(*decimal.Decimal)(at) = v.n.Dec()
		}
	case fInt:
		if v.kind != KindNumber {
			break
		}
		n, ok := v.n.Int64()
		if !ok || !fitsInt(n, f.size) {
			return (&Error{Code: CodeEvaluation}).with(msgNotIntOutput.text(v.n))
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
		*(*Value)(at) = *v
	case fRate:
		if v.kind == KindNumber {
			*(*Rate)(at) = Rate{f: v.n.Dec(), ok: true}
		} else {
			*(*Rate)(at) = Rate{}
		}
	case fExact:
		if v.kind == KindNumber {
			*(*exact.Number)(at) = v.n
		}
	}
	return nil
}

// load reads back the value store wrote.
func (f *outField) load(p unsafe.Pointer) Value {
	at := unsafe.Add(p, f.off)
	switch f.typ {
	case fDecimal:
		return Value{kind: KindNumber, n: exact.Of(*(*decimal.Decimal)(at))}
	case fInt:
		return Value{kind: KindNumber, n: exact.Int(loadInt(at, f.size))}
	case fBool:
		return BoolValue(*(*bool)(at))
	case fText:
		return TextValue(*(*string)(at))
	case fDate:
		return DateValue(*(*Date)(at))
	case fDateTime:
		return DateTimeValue(*(*DateTime)(at))
	case fValue:
		return *(*Value)(at)
	case fRate:
		if r := (*Rate)(at); r.ok {
			return Value{kind: KindNumber, n: exact.Of(r.f)}
		}
	case fExact:
		return Value{kind: KindNumber, n: *(*exact.Number)(at)}
	}
	return Value{}
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

var (
	decimalT  = reflect.TypeFor[decimal.Decimal]()
	dateT     = reflect.TypeFor[Date]()
	dateTimeT = reflect.TypeFor[DateTime]()
	valueT    = reflect.TypeFor[Value]()
	rateT     = reflect.TypeFor[Rate]()
	exactT    = reflect.TypeFor[exact.Number]()
)
