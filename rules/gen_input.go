package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// Generated code (gen.go): reading and validating a case's inputs.

// inputs writes the reading of every input into i<slot>: from its field,
// validated as the binding validates it, or its default when the field
// says it is not given; a case without an input that has no default is
// declined.
func (g *emitter) inputs(w func(string, ...any)) {
	bd, cr := g.bd, g.cr
	byslot := map[int]*inField{}
	for i := range bd.ins {
		byslot[bd.ins[i].slot] = &bd.ins[i]
	}
	for slot := range cr.inputs {
		ci := &cr.inputs[slot]
		v := g.input(slot)
		fb := byslot[slot]
		if fb == nil {
			switch {
			case ci.hasDef:
				w("%s := %s // %s: its default", v, g.value(ci.def), ci.Name)
			case ci.MayOmit:
				w("var %s %s // %s: never given\nhave%d := false\n_, _ = %s, have%d", v, goType(ci.Kind), ci.Name, slot, v, slot)
			default:
				g.fail("input %s has no field", ci.Name)
				return
			}
			continue
		}
		fld := "in." + fb.path
		absent := decline
		switch {
		case ci.hasDef:
			absent = fmt.Sprintf("%s = %s // its default", v, g.value(ci.def))
		case ci.MayOmit:
			absent = fmt.Sprintf("have%d = false", slot)
		}
		w("var %s %s // %s", v, goType(ci.Kind), ci.Name)
		if ci.MayOmit {
			w("have%d := true\n_ = have%d", slot, slot)
		}
		switch fb.typ {
		case fDecimal, fDecimalPtr:
			ref := "&" + fld
			if fb.typ == fDecimalPtr {
				ref = fld
				w("if %s == nil {\n%s\n} else {", fld, absent)
			} else {
				w("{")
			}
			w("c, e, small := exact.SmallDecimal(%s)", ref)
			w("if !small || e < %d || e > %d {\n%s\n}", -maxScale, maxScale, decline)
			if fb.omitzero && fb.typ == fDecimal {
				w("if c == 0 {\n%s\n} else {", absent)
				w("%s = exact.New(c, e)\n%s\n}", v, g.validNumber(v, ci))
			} else {
				w("%s = exact.New(c, e)\n%s", v, g.validNumber(v, ci))
			}
			w("}")
		case fInt, fIntPtr:
			x := fld
			if fb.typ == fIntPtr {
				x = "*" + fld
				w("if %s == nil {\n%s\n} else {", fld, absent)
			} else if fb.omitzero {
				w("if %s == 0 {\n%s\n} else {", fld, absent)
			} else {
				w("{")
			}
			w("%s = exact.Int(int64(%s))", v, x)
			if fb.check == checkInt {
				w("if !(%s) {\n%s\n}", g.inRange(v, &ci.rng), decline)
			}
			w("}")
		case fBool:
			if fb.omitzero {
				w("if !%s {\n%s\n} else {\n%s = true\n}", fld, absent, v)
			} else {
				w("%s = bool(%s)", v, fld)
			}
		case fBoolPtr:
			w("if %s == nil {\n%s\n} else {\n%s = bool(*%s)\n}", fld, absent, v, fld)
		case fText:
			w("if %s == \"\" {\n%s\n} else {\n%s = string(%s)", fld, absent, v, fld)
			if len(ci.OneOf) == 0 {
				g.fail("text input %s has no list of values", ci.Name)
				return
			}
			w("%s", g.oneOf(v, ci.OneOf))
			w("}")
		case fDate:
			w("if %s.IsZero() {\n%s\n} else {\n%s = %s", fld, absent, v, fld)
			w("if %s.Before(%s) || %s.After(%s) {\n%s\n}\n}", v, g.date(firstCaseDate), v, g.date(lastCaseDate), decline)
		case fDateTime:
			w("if %s.IsZero() {\n%s\n} else {\n%s = %s", fld, absent, v, fld)
			w("if d := %s.Date(); d.Before(%s) || d.After(%s) {\n%s\n}\n}", v, g.date(firstCaseDate), g.date(lastCaseDate), decline)
		case fRate:
			w("if !%s.Valid() {\n%s\n} else {", fld, absent)
			w("f := %s.Fraction()\nc, e, small := exact.SmallDecimal(&f)", fld)
			w("if !small || e < %d || e > %d {\n%s\n}", -maxScale, maxScale, decline)
			w("%s = exact.New(c, e)\n%s\n}", v, g.validNumber(v, ci))
		case fValue:
			w("if %s.Kind() == rules.KindInvalid {\n%s\n} else if %s.Kind() != rules.%s {\n%s // of another kind: the interpreter says so\n} else {", fld, absent, fld, kindConst(ci.Kind), decline)
			switch ci.Kind {
			case KindNumber:
				w("d := %s.Number()\nc, e, small := exact.SmallDecimal(&d)", fld)
				w("if !small || e < %d || e > %d {\n%s\n}", -maxScale, maxScale, decline)
				w("%s = exact.New(c, e)\n%s", v, g.validNumber(v, ci))
			case KindBool:
				w("%s = %s.Bool()", v, fld)
			case KindText:
				w("%s = %s.Text()", v, fld)
				if len(ci.OneOf) == 0 {
					g.fail("text input %s has no list of values", ci.Name)
					return
				}
				w("%s", g.oneOf(v, ci.OneOf))
			case KindDate:
				w("%s = %s.Date()\nif %s.Before(%s) || %s.After(%s) {\n%s\n}", v, fld, v, g.date(firstCaseDate), v, g.date(lastCaseDate), decline)
			case KindDateTime:
				w("%s = %s.DateTime()\nif d := %s.Date(); d.Before(%s) || d.After(%s) {\n%s\n}", v, fld, v, g.date(firstCaseDate), g.date(lastCaseDate), decline)
			default:
				g.fail("input %s is of kind %s", ci.Name, ci.Kind)
				return
			}
			w("}")
		default:
			g.fail("input %s is held in a field of type %v", ci.Name, fb.typ)
			return
		}
		w("_ = %s", v)
	}
}

// oneOf writes the check that the text v is one of the values.
func (g *emitter) oneOf(v string, values []string) string {
	quoted := make([]string, len(values))
	for i, s := range values {
		quoted[i] = strconv.Quote(s)
	}
	return fmt.Sprintf("switch %s {\ncase %s:\ndefault:\n%s\n}", v, strings.Join(quoted, ", "), decline)
}

func kindConst(k Kind) string {
	return map[Kind]string{KindNumber: "KindNumber", KindBool: "KindBool", KindText: "KindText", KindDate: "KindDate", KindDateTime: "KindDateTime"}[k]
}

// validNumber writes the check of a number read against the input's range
// and wholeness.
func (g *emitter) validNumber(v string, ci *cinput) string {
	cond := g.inRange(v, &ci.rng)
	if ci.Whole {
		cond = fmt.Sprintf("(%s) && %s.IsInteger()", cond, v)
	}
	if cond == "true" {
		return ""
	}
	return fmt.Sprintf("if !(%s) {\n%s\n}", cond, decline)
}
