package rules

import (
	"fmt"

	"github.com/expr-lang/expr/ast"
)

// Names: inputs, definitions, parameters and the evaluation date.

func (c *nodeCompiler) identifier(n *ast.IdentifierNode) *cnode {
	s, ok := c.rc.syms[n.Value]
	if !ok {
		return c.errorf(n, "unknown name %q", n.Value)
	}
	c.ref(s)
	out := &cnode{kind: s.kind, unit: s.unit, enum: s.enum, name: s.name}
	switch s.src {
	case srcDate:
		out.date = func(f *frame) Date { return f.date }
		out.gen = func(*emitter) string { return "on" }
	case srcInput:
		i := s.slot
		out.gen = func(g *emitter) string { return g.input(i) }
		if s.mayOmit {
			return c.omittable(out, s)
		}
		out.input = i + 1
		switch s.kind {
		case KindNumber:
			out.num = func(f *frame) number { return f.vals[i].n }
		case KindBool:
			out.truth = func(f *frame) bool { return f.vals[i].b }
		case KindText:
			out.text = func(f *frame) string { return f.vals[i].text }
		case KindDate:
			out.date = func(f *frame) Date { return f.vals[i].at.d }
		case KindDateTime:
			out.at = func(f *frame) DateTime { return f.vals[i].at }
		}
	case srcDef:
		// A definition is computed the first time it is read, and kept in
		// its slot; each kind writes only its own part of the slot.
		i, d := s.slot, s.def
		j := i - c.rc.nInputs
		out.gen = func(g *emitter) string { return g.def(i) }
		switch s.kind {
		case KindNumber:
			out.num = func(f *frame) number {
				if !f.done[j] {
					f.vals[i].kind, f.vals[i].n, f.done[j] = KindNumber, d.num(f), true
				}
				return f.vals[i].n
			}
		case KindBool:
			out.truth = func(f *frame) bool {
				if !f.done[j] {
					f.vals[i].kind, f.vals[i].b, f.done[j] = KindBool, d.truth(f), true
				}
				return f.vals[i].b
			}
		case KindText:
			out.text = func(f *frame) string {
				if !f.done[j] {
					f.vals[i].kind, f.vals[i].text, f.done[j] = KindText, d.text(f), true
				}
				return f.vals[i].text
			}
		case KindDate:
			out.date = func(f *frame) Date {
				if !f.done[j] {
					f.vals[i] = DateValue(d.date(f))
					f.done[j] = true
				}
				return f.vals[i].at.d
			}
		case KindDateTime:
			out.at = func(f *frame) DateTime {
				if !f.done[j] {
					f.vals[i] = DateTimeValue(d.at(f))
					f.done[j] = true
				}
				return f.vals[i].at
			}
		}
	case srcParam:
		if s.par.shape.table > 0 || s.par.shape.bracket {
			return c.errorf(n, "%s is a %s: index it, or look it up with bracket()", s.name, s.par.shape)
		}
		k := s.pidx
		out.param = k + 1
		out.gen = func(g *emitter) string { return g.param(k) }
		switch s.kind {
		case KindNumber:
			out.num = func(f *frame) number {
				if f.tracing {
					f.read[k] = true
				}
				return f.params[k].scalar.n
			}
		case KindText:
			out.text = func(f *frame) string {
				if f.tracing {
					f.read[k] = true
				}
				return f.params[k].scalar.text
			}
		case KindDate:
			out.date = func(f *frame) Date {
				if f.tracing {
					f.read[k] = true
				}
				return f.params[k].scalar.at.d
			}
		}
	}
	return out
}

// omittable compiles the reading of an input the caller may leave out: when
// it is absent, the reading fails with an invalid-input error naming it, so
// a rule tests given(x) before it reads x.
func (c *nodeCompiler) omittable(out *cnode, s *symbol) *cnode {
	i, name := s.slot, s.name
	out.gen = func(g *emitter) string { return fmt.Sprintf("fastpath.Need(%s, have%d, &st)", g.input(i), i) }
	have := func(f *frame) {
		if !f.have[i] {
			panic(inputPanic{name})
		}
	}
	switch s.kind {
	case KindNumber:
		out.num = func(f *frame) number { have(f); return f.vals[i].n }
	case KindBool:
		out.truth = func(f *frame) bool { have(f); return f.vals[i].b }
	case KindText:
		out.text = func(f *frame) string { have(f); return f.vals[i].text }
	case KindDate:
		out.date = func(f *frame) Date { have(f); return f.vals[i].at.d }
	case KindDateTime:
		out.at = func(f *frame) DateTime { have(f); return f.vals[i].at }
	}
	return out
}
