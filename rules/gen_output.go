package rules

import (
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// Generated code (gen.go): rounding the outputs and writing the result.

// intern declares the decimals of the numbers output i may take as they
// stand, and returns the name of their list ("" for none).
func (g *emitter) intern(i int, consts []number) string {
	if len(consts) == 0 {
		return ""
	}
	args := make([]string, len(consts))
	for j, n := range consts {
		c, e, _ := n.Small()
		args[j] = fmt.Sprintf("exact.New(%d, %d)", c, e)
	}
	name := fmt.Sprintf("%s_o%d", g.fn, i)
	return g.file.declare(name, fmt.Sprintf("var %s = exact.Intern(%s)", name, strings.Join(args, ", ")))
}

// rounded writes the rounding of an output as the rule declares it.
func (g *emitter) rounded(v string, o *coutput) string {
	r := o.Round
	if !r.set {
		if !o.Unit.IsMoney() {
			return v
		}
		r = Fen
	}
	if r.exact {
		return v
	}
	return fmt.Sprintf("%s.Round(%d, %d)", v, r.Places, exact.Mode(r.Mode))
}

// results writes the outputs and the eligibility into the result's
// fields, as the binding writes them, once every figure is computed.
func (g *emitter) results(w func(string, ...any), interned []string) {
	bd, cr := g.bd, g.cr
	for i := range bd.outs {
		of := &bd.outs[i]
		if of.typ == fInt {
			w("if n, ok := o%d.Int64(); !ok || !fastpath.Fits(&out.%s, n) {\n%s\n}", of.idx, of.path, decline)
		}
	}
	for i := range bd.outs {
		of := &bd.outs[i]
		o := &cr.outputs[of.idx]
		v, fld := fmt.Sprintf("o%d", of.idx), "out."+of.path
		// A decimal is made only when asked for (want, Binding.ScreenOnly):
		// the figure is computed all the same.
		asked := func(stmt string) string {
			if outputBit(of.idx) == 0 {
				return stmt
			}
			return fmt.Sprintf("if want&(1<<%d) != 0 {\n%s\n}", of.idx, stmt)
		}
		switch of.typ {
		case fDecimal:
			if interned[of.idx] != "" {
				w("%s", asked(fmt.Sprintf("%s = %s.DecIn(%s)", fld, v, interned[of.idx])))
			} else {
				w("%s", asked(fmt.Sprintf("%s = %s.Dec()", fld, v)))
			}
		case fInt:
			w("n%d, _ := %s.Int64()\nfastpath.SetInt(&%s, n%d)", i, v, fld, i)
		case fBool:
			w("fastpath.SetBool(&%s, %s)", fld, v)
		case fText:
			w("fastpath.SetText(&%s, %s)", fld, v)
		case fDate, fDateTime, fExact:
			w("%s = %s", fld, v)
		case fRate:
			if o.Always {
				w("%s", asked(fmt.Sprintf("%s = rules.FractionRate(%s.Dec())", fld, v)))
			} else {
				w("%s", asked(fmt.Sprintf("if eligible {\n%s = rules.FractionRate(%s.Dec())\n} else {\n%s = rules.Rate{}\n}", fld, v, fld)))
			}
		default:
			g.fail("output %s is held in a field of type %v", o.Name, of.typ)
		}
	}
	if bd.eligible >= 0 {
		w("fastpath.SetBool(&out.%s, eligible)", bd.eligiblePath)
	}
}
