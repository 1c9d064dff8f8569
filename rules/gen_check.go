package rules

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/wzpolicy/wzpolicy/internal/fastpath"
)

// Checking generated code on worked cases, which are written by input
// name: each is put into the binding's Go struct, as a caller holding the
// case in that struct would, and evaluated through the generated code and
// through the interpreter from the same struct.

func init() { fastpath.Compare = compareFast }

// compareFast evaluates a case of the rule through the binding's generated
// code and through the interpreter, when the binding is of that rule. It
// reports whether the generated code took the case, and how the two differ
// ("" when they agree, or when it declined); applies is false for a binding
// of another rule, or one without generated code.
func compareFast(b any, rule string, date any, inputs map[string]any) (applies, taken bool, diff string) {
	bd, ok := b.(*binder)
	on, isDate := date.(Date)
	if !ok || !isDate {
		return false, false, fmt.Sprintf("%T, %T: not a binding and a date", b, date)
	}
	if bd.rule.ID != rule {
		return false, false, ""
	}
	var fn reflect.Value
	want := reflect.FuncOf([]reflect.Type{reflect.TypeFor[Date](), reflect.PointerTo(bd.inT), reflect.PointerTo(bd.outT), reflect.TypeFor[uint64]()},
		[]reflect.Type{reflect.TypeFor[bool](), reflect.TypeFor[uint64](), reflect.TypeFor[bool]()}, false)
	for _, f := range fastpath.Lookup(bd.book.Hash(), bd.rule.ID) {
		if v := reflect.ValueOf(f); v.Type() == want {
			fn = v
		}
	}
	if !fn.IsValid() {
		return false, false, "" // no generated code for the binding
	}
	in := reflect.New(bd.inT)
	for i := range bd.ins {
		fb := &bd.ins[i]
		x, given := inputs[fb.in.Name]
		if !given {
			continue
		}
		v, err := valueOf(fb.in.Kind, x) // not validated: generated code must decline what is not valid
		if err != nil {
			continue
		}
		setField(in.Elem(), fb, v)
	}
	out, ref := reflect.New(bd.outT), reflect.New(bd.outT)
	res := fn.Call([]reflect.Value{reflect.ValueOf(on), in, out, reflect.ValueOf(allOutputs)})
	eligible, failed := res[0].Bool(), res[1].Uint()
	if !res[2].Bool() && !eligible {
		return true, false, ""
	}
	we, wf, err := bd.run(on, in.UnsafePointer(), ref.UnsafePointer())
	switch {
	case !res[2].Bool():
		// Named case by case: the interpreter gives that clause's error.
		if re, ok := err.(*Error); !ok || failed >= uint64(len(bd.rule.cbc)) || !reflect.DeepEqual(re, bd.rule.caseByCase(int(failed))) {
			return true, true, fmt.Sprintf("generated code names case-by-case clause %d; the interpreter: %v", failed, err)
		}
	case err != nil:
		return true, true, fmt.Sprintf("generated code answers a case the interpreter refuses: %v", err)
	case we != eligible || wf != failed:
		return true, true, fmt.Sprintf("eligible %v, failed %b; the interpreter: %v, %b", eligible, failed, we, wf)
	case !reflect.DeepEqual(out.Elem().Interface(), ref.Elem().Interface()):
		return true, true, fmt.Sprintf("result %+v; the interpreter: %+v", out.Elem().Interface(), ref.Elem().Interface())
	}
	return true, true, ""
}

// setField writes v into the field of the case that gives the input, as
// a caller would hold it there.
func setField(s reflect.Value, fb *inField, v Value) {
	f := s
	for _, name := range strings.Split(fb.path, ".") {
		f = f.FieldByName(name)
	}
	ft := f.Type()
	switch fb.typ {
	case fDecimal:
		f.Set(reflect.ValueOf(v.n.Dec()))
	case fDecimalPtr:
		d := v.n.Dec()
		f.Set(reflect.ValueOf(&d))
	case fInt, fIntPtr:
		n, ok := v.n.Int64()
		if !ok {
			return
		}
		if fb.typ == fIntPtr {
			if reflect.Zero(ft.Elem()).OverflowInt(n) {
				return
			}
			p := reflect.New(ft.Elem())
			p.Elem().SetInt(n)
			f.Set(p)
			return
		}
		if !f.OverflowInt(n) {
			f.SetInt(n)
		}
	case fBool:
		f.SetBool(v.b)
	case fBoolPtr:
		p := reflect.New(ft.Elem())
		p.Elem().SetBool(v.b)
		f.Set(p)
	case fText:
		f.SetString(v.text)
	case fDate:
		f.Set(reflect.ValueOf(v.at.d))
	case fDateTime:
		f.Set(reflect.ValueOf(v.at))
	case fValue:
		f.Set(reflect.ValueOf(v))
	case fRate:
		f.Set(reflect.ValueOf(FractionRate(v.n.Dec())))
	}
}
