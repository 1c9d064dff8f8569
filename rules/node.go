package rules

import (
	"fmt"
	"strings"

	"github.com/expr-lang/expr/ast"
	"github.com/shopspring/decimal"
)

// This file turns expr's checked syntax tree into typed Go closures. expr
// parses, applies the operator overloads and checks types; this pass then
// types every node again — with units — so that nothing expr's checker lets
// through unexamined (an overloaded call it has already typed, say) reaches
// evaluation. Closures over typed slots cost a fraction of expr's machine,
// which boxes every intermediate value.

// cnode is a compiled expression node: exactly one of the functions is set,
// the one of its kind.
type cnode struct {
	kind Kind
	unit Unit
	zero bool // the literal 0, which fits any unit

	num   func(*frame) number
	truth func(*frame) bool
	text  func(*frame) string
	date  func(*frame) Date
	at    func(*frame) DateTime

	konst *Value   // the value, when the node is a constant
	enum  []string // for a text input: its allowed values
	name  string   // for an identifier: its name

	// input is 1 + the frame slot of an input read as it stands (not one
	// the caller may omit), 0 otherwise; param is 1 + the index of a scalar
	// parameter read, 0 otherwise. Operators read such leaves in place
	// rather than through their closures.
	input, param int
}

// symbol is a name an expression can use.
type symbol struct {
	name  string
	title Text
	kind  Kind
	unit  Unit
	src   symSource
	slot  int    // inputs and definitions: index in frame.vals
	pidx  int    // parameters: index in the rule's parameter list
	par   *param // parameters
	def   *cnode // definitions: the compiled expression
	enum  []string
	// defRefs are the symbols a definition reads.
	defRefs []*symbol
	mayOmit bool // an input the caller may leave out; reading it when absent fails
}

type symSource uint8

const (
	srcInput symSource = iota
	srcDef
	srcParam
	srcDate
)

// nodeCompiler compiles one expression of a rule.
type nodeCompiler struct {
	rc     *ruleCompiler
	field  string
	runes  []rune
	failed bool
	refs   []*symbol // symbols referenced, in order of first use
}

func (c *nodeCompiler) errorf(n ast.Node, format string, args ...any) *cnode {
	line, col := position(c.runes, n.Location().From)
	c.rc.problem(&Error{Code: CodeCompile, Field: c.field, Msg: fmt.Sprintf(format, args...), Line: line, Col: col})
	c.failed = true
	return &cnode{kind: KindInvalid}
}

// position converts a character offset into a line and column, from 1.
func position(runes []rune, at int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < at && i < len(runes); i++ {
		if runes[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

func (c *nodeCompiler) ref(s *symbol) {
	if s.src == srcParam && s.pidx < 0 {
		s.pidx = len(c.rc.params)
		c.rc.params = append(c.rc.params, s.par)
	}
	for _, r := range c.refs {
		if r == s {
			return
		}
	}
	c.refs = append(c.refs, s)
}

func (c *nodeCompiler) compile(n ast.Node) *cnode {
	switch n := n.(type) {
	case *ast.ConstantNode:
		switch v := n.Value.(type) {
		case decimal.Decimal:
			return numConst(numOf(v), v.IsZero())
		case Date:
			return dateConst(v)
		}
		return c.errorf(n, "constant of type %T is not a value rules know", n.Value)
	case *ast.StringNode:
		s := n.Value
		k := TextValue(s)
		return &cnode{kind: KindText, text: func(*frame) string { return s }, konst: &k}
	case *ast.BoolNode:
		b := n.Value
		k := BoolValue(b)
		return &cnode{kind: KindBool, truth: func(*frame) bool { return b }, konst: &k}
	case *ast.IdentifierNode:
		return c.identifier(n)
	case *ast.CallNode:
		return c.call(n)
	case *ast.BinaryNode:
		return c.binary(n)
	case *ast.UnaryNode:
		return c.unary(n)
	case *ast.ConditionalNode:
		return c.conditional(n)
	case *ast.MemberNode:
		return c.member(n)
	case *ast.IntegerNode, *ast.FloatNode:
		return c.errorf(n, "number literal was not read as a decimal")
	case *ast.NilNode:
		return c.errorf(n, "nil is not a value in rules")
	}
	return c.errorf(n, "%s is not supported in rules", describeNode(n))
}

func describeNode(n ast.Node) string {
	name := fmt.Sprintf("%T", n)
	name = strings.TrimPrefix(name, "*ast.")
	return strings.TrimSuffix(name, "Node") + " expression"
}

func numConst(v number, zero bool) *cnode {
	k := numberValue(v)
	return &cnode{kind: KindNumber, zero: zero, num: func(*frame) number { return v }, konst: &k}
}

func dateConst(d Date) *cnode {
	k := DateValue(d)
	return &cnode{kind: KindDate, date: func(*frame) Date { return d }, konst: &k}
}

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
	case srcInput:
		i := s.slot
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

// eval computes the node as a Value.
func (n *cnode) eval(f *frame) Value {
	switch n.kind {
	case KindNumber:
		return numberValue(n.num(f))
	case KindBool:
		return BoolValue(n.truth(f))
	case KindText:
		return TextValue(n.text(f))
	case KindDate:
		return DateValue(n.date(f))
	case KindDateTime:
		return DateTimeValue(n.at(f))
	}
	return Value{}
}

// sameUnit returns the common unit of operands that must agree (added,
// compared, chosen between), or reports the mismatch.
func (c *nodeCompiler) sameUnit(at ast.Node, what string, ns ...*cnode) (Unit, bool) {
	var u *Unit
	for _, n := range ns {
		if n.zero {
			continue
		}
		if u == nil {
			uu := n.unit
			u = &uu
			continue
		}
		if !u.Same(n.unit) {
			c.errorf(at, "%s mixes units: %s and %s", what, unitName(*u), unitName(n.unit))
			return Unit{}, false
		}
	}
	if u == nil {
		return Number, true
	}
	return *u, true
}

func unitName(u Unit) string {
	if u.IsNumber() {
		return "a pure number"
	}
	return u.In(Chinese) + " (" + u.In(English) + ")"
}

func (c *nodeCompiler) want(n ast.Node, cn *cnode, k Kind, what string) bool {
	if cn.kind == KindInvalid {
		return false
	}
	if cn.kind != k {
		c.errorf(n, "%s needs a %s, got a %s", what, k, cn.kind)
		return false
	}
	return true
}

func (c *nodeCompiler) conditional(n *ast.ConditionalNode) *cnode {
	cond, a, b := c.compile(n.Cond), c.compile(n.Exp1), c.compile(n.Exp2)
	if !c.want(n.Cond, cond, KindBool, "the condition of ?:") || a.kind == KindInvalid || b.kind == KindInvalid {
		return &cnode{}
	}
	if a.kind != b.kind {
		return c.errorf(n, "the branches of ?: are a %s and a %s", a.kind, b.kind)
	}
	t := cond.truth
	out := &cnode{kind: a.kind}
	switch a.kind {
	case KindNumber:
		u, ok := c.sameUnit(n, "the branches of ?:", a, b)
		if !ok {
			return &cnode{}
		}
		out.unit, out.zero = u, a.zero && b.zero
		x, y := a.num, b.num
		out.num = func(f *frame) number {
			if t(f) {
				return x(f)
			}
			return y(f)
		}
	case KindBool:
		x, y := a.truth, b.truth
		out.truth = func(f *frame) bool {
			if t(f) {
				return x(f)
			}
			return y(f)
		}
	case KindText:
		x, y := a.text, b.text
		out.text = func(f *frame) string {
			if t(f) {
				return x(f)
			}
			return y(f)
		}
	case KindDate:
		x, y := a.date, b.date
		out.date = func(f *frame) Date {
			if t(f) {
				return x(f)
			}
			return y(f)
		}
	case KindDateTime:
		x, y := a.at, b.at
		out.at = func(f *frame) DateTime {
			if t(f) {
				return x(f)
			}
			return y(f)
		}
	}
	return out
}

// member compiles a table lookup: rate_min[district][use].
func (c *nodeCompiler) member(n *ast.MemberNode) *cnode {
	var keys []ast.Node
	var cur ast.Node = n
	for {
		m, ok := cur.(*ast.MemberNode)
		if !ok {
			break
		}
		if m.Optional || m.Method {
			return c.errorf(m, "only table lookups t[key] are supported")
		}
		keys = append([]ast.Node{m.Property}, keys...)
		cur = m.Node
	}
	id, ok := cur.(*ast.IdentifierNode)
	var s *symbol
	if ok {
		s = c.rc.syms[id.Value]
	}
	if s == nil || s.src != srcParam || s.par.shape.table == 0 {
		return c.errorf(n, "only table parameters can be indexed")
	}
	c.ref(s)
	if len(keys) != s.par.shape.table {
		return c.errorf(n, "table %s has %d key(s), indexed with %d", s.name, s.par.shape.table, len(keys))
	}
	fs := make([]func(*frame) string, len(keys))
	for i, k := range keys {
		kn := c.compile(k)
		if !c.want(k, kn, KindText, "a table key") {
			return &cnode{}
		}
		fs[i] = kn.text
	}
	k, name := s.pidx, s.name
	// Each lookup site keeps, in the frame, the last entry it read: a rule
	// evaluated again for the same district reads it without hashing.
	site := c.rc.sites
	c.rc.sites++
	var get func(f *frame) *Value
	if len(fs) == 1 {
		a := fs[0]
		get = func(f *frame) *Value {
			key, pv, e := a(f), f.params[k], &f.sites[site]
			if e.pv != pv || e.k1 != key {
				v, ok := pv.table.lookup1(key)
				if !ok {
					panic(evalFailure(fmt.Sprintf(msgNoEntry, name, strconvQuote(key))))
				}
				*e = siteCache{pv: pv, k1: key, v: v}
			}
			if f.tracing {
				f.looked = append(f.looked, lookup{param: k, k1: key})
			}
			return &e.v
		}
	} else {
		a, b := fs[0], fs[1]
		get = func(f *frame) *Value {
			k1, k2 := a(f), b(f)
			pv, e := f.params[k], &f.sites[site]
			if e.pv != pv || e.k1 != k1 || e.k2 != k2 {
				v, ok := pv.table.lookup2(k1, k2)
				if !ok {
					panic(evalFailure(fmt.Sprintf(msgNoEntry, name, strconvQuote(k1)+"/"+strconvQuote(k2))))
				}
				*e = siteCache{pv: pv, k1: k1, k2: k2, v: v}
			}
			if f.tracing {
				f.looked = append(f.looked, lookup{param: k, k1: k1, k2: k2})
			}
			return &e.v
		}
	}
	out := &cnode{kind: s.par.shape.kind, unit: s.unit}
	switch out.kind {
	case KindNumber:
		out.num = func(f *frame) number { return get(f).n }
	case KindText:
		out.text = func(f *frame) string { return get(f).text }
	}
	return out
}

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }
