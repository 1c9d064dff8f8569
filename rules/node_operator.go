package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/ast"
)

// Operators: arithmetic, comparison, membership and negation, typed with
// units and compiled to closures.

func (c *nodeCompiler) operator(n *ast.CallNode, op string) *cnode {
	args := c.args(n)
	if op == "-" && len(args) == 1 {
		if !c.want(n.Arguments[0], args[0], KindNumber, "-") {
			return &cnode{}
		}
		a := args[0].num
		return &cnode{kind: KindNumber, unit: args[0].unit, num: func(f *frame) number { return a(f).Neg() }, gen: method(args[0], "Neg")}
	}
	if len(args) != 2 {
		return c.errorf(n, "operator %s takes two operands", op)
	}
	return c.binaryOn(n, op, args[0], args[1])
}

func (c *nodeCompiler) binary(n *ast.BinaryNode) *cnode {
	l := c.compile(n.Left)
	if n.Operator == "in" {
		return c.in(n, l)
	}
	return c.binaryOn(n, n.Operator, l, c.compile(n.Right))
}

func (c *nodeCompiler) binaryOn(n ast.Node, op string, l, r *cnode) *cnode {
	out := c.binaryClosure(n, op, l, r)
	if out.kind != KindInvalid {
		out.gen = binaryGen(op, l, r)
	}
	return out
}

// binaryGen writes a binary operator as Go: numbers through exact.Number's
// methods, dates and date-times through Compare, texts and yes/no with
// Go's operators.
func binaryGen(op string, l, r *cnode) func(g *emitter) string {
	switch op {
	case "and":
		op = "&&"
	case "or":
		op = "||"
	}
	return func(g *emitter) string {
		a, b := l.gen(g), r.gen(g)
		switch {
		case l.kind == KindNumber && (op == "+" || op == "-" || op == "*" || op == "/"):
			name := map[string]string{"+": "Add", "-": "Sub", "*": "Mul", "/": "Div"}[op]
			return fmt.Sprintf("%s.%s(%s)", a, name, b)
		case l.kind == KindNumber && r.konst != nil && r.konst.n.IsZero():
			return fmt.Sprintf("(%s.Sign() %s 0)", a, op) // x > 0: its sign
		case l.kind == KindNumber:
			return fmt.Sprintf("(%s.Cmp(%s) %s 0)", a, b, op)
		case l.kind == KindDate || l.kind == KindDateTime:
			return fmt.Sprintf("(%s.Compare(%s) %s 0)", a, b, op)
		}
		return fmt.Sprintf("(%s %s %s)", a, op, b)
	}
}

// binaryClosure compiles a binary operator to its closure.
func (c *nodeCompiler) binaryClosure(n ast.Node, op string, l, r *cnode) *cnode {
	if l.kind == KindInvalid || r.kind == KindInvalid {
		return &cnode{}
	}
	if l.kind != r.kind {
		return c.errorf(n, "operator %s between a %s and a %s", op, l.kind, r.kind)
	}
	switch l.kind {
	case KindNumber:
		a, b := l.num, r.num
		switch op {
		case "+", "-":
			u, ok := c.sameUnit(n, "operator "+op, l, r)
			if !ok {
				return &cnode{}
			}
			if op == "+" {
				return &cnode{kind: KindNumber, unit: u, num: func(f *frame) number { return a(f).Add(b(f)) }}
			}
			return &cnode{kind: KindNumber, unit: u, num: func(f *frame) number { return a(f).Sub(b(f)) }}
		case "*":
			return &cnode{kind: KindNumber, unit: l.unit.Times(r.unit), num: func(f *frame) number { return a(f).Mul(b(f)) }}
		case "/":
			return &cnode{kind: KindNumber, unit: l.unit.Per(r.unit), num: func(f *frame) number { return a(f).Div(b(f)) }}
		case "<", "<=", ">", ">=", "==", "!=":
			if _, ok := c.sameUnit(n, "comparison "+op, l, r); !ok {
				return &cnode{}
			}
			return &cnode{kind: KindBool, truth: compareNumbers(compareOp(op), l, r)}
		}
	case KindDate:
		if t := compareOp(op); t != 0 {
			return &cnode{kind: KindBool, truth: compareDates(t, l, r)}
		}
	case KindDateTime:
		if t := compareOp(op); t != 0 {
			a, b := l.at, r.at
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return t.holds(a(f).Compare(b(f))) }}
		}
	case KindText:
		if op == "==" || op == "!=" {
			c.checkEnum(n, l, r)
			c.checkEnum(n, r, l)
			return &cnode{kind: KindBool, truth: compareTexts(op == "==", l, r)}
		}
	case KindBool:
		a, b := l.truth, r.truth
		switch op {
		case "&&", "and":
			if l.input > 0 {
				i := l.input - 1
				return &cnode{kind: KindBool, truth: func(f *frame) bool { return f.vals[i].b && b(f) }}
			}
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) && b(f) }}
		case "||", "or":
			if l.input > 0 {
				i := l.input - 1
				return &cnode{kind: KindBool, truth: func(f *frame) bool { return f.vals[i].b || b(f) }}
			}
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) || b(f) }}
		case "==":
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) == b(f) }}
		case "!=":
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) != b(f) }}
		}
	}
	return c.errorf(n, "operator %s is not defined on %ss", op, l.kind)
}

// cmpOp is a comparison operator; holds tests a comparison's result.
type cmpOp uint8

const (
	opLT cmpOp = iota + 1
	opLE
	opGT
	opGE
	opEQ
	opNE
)

func compareOp(op string) cmpOp {
	switch op {
	case "<":
		return opLT
	case "<=":
		return opLE
	case ">":
		return opGT
	case ">=":
		return opGE
	case "==":
		return opEQ
	case "!=":
		return opNE
	}
	return 0
}

func (t cmpOp) holds(c int) bool {
	switch t {
	case opLT:
		return c < 0
	case opLE:
		return c <= 0
	case opGT:
		return c > 0
	case opGE:
		return c >= 0
	case opEQ:
		return c == 0
	}
	return c != 0
}

// compareNumbers compiles a comparison of numbers. An input, a constant or
// a scalar parameter on either side is read in place: a condition such as
// seats <= max_seats is one call, not three.
func compareNumbers(t cmpOp, l, r *cnode) func(*frame) bool {
	a, b := l.num, r.num
	switch {
	case l.input > 0 && r.konst != nil:
		i, k := l.input-1, r.konst.n
		return func(f *frame) bool { return t.holds(f.vals[i].n.Cmp(k)) }
	case l.input > 0 && r.param > 0:
		i, k := l.input-1, r.param-1
		return func(f *frame) bool {
			if f.tracing {
				f.read[k] = true
			}
			return t.holds(f.vals[i].n.Cmp(f.params[k].scalar.n))
		}
	case l.input > 0 && r.input > 0:
		i, j := l.input-1, r.input-1
		return func(f *frame) bool { return t.holds(f.vals[i].n.Cmp(f.vals[j].n)) }
	case r.konst != nil:
		k := r.konst.n
		return func(f *frame) bool { return t.holds(a(f).Cmp(k)) }
	}
	return func(f *frame) bool { return t.holds(a(f).Cmp(b(f))) }
}

// compareDates compiles a comparison of dates, reading inputs, and
// constants and scalar parameters compared with an input, in place.
func compareDates(t cmpOp, l, r *cnode) func(*frame) bool {
	a, b := l.date, r.date
	switch {
	case l.input > 0 && r.input > 0:
		i, j := l.input-1, r.input-1
		return func(f *frame) bool { return t.holds(f.vals[i].at.d.Compare(f.vals[j].at.d)) }
	case l.input > 0 && r.konst != nil:
		i, k := l.input-1, r.konst.at.d
		return func(f *frame) bool { return t.holds(f.vals[i].at.d.Compare(k)) }
	case l.input > 0 && r.param > 0:
		i, k := l.input-1, r.param-1
		return func(f *frame) bool {
			if f.tracing {
				f.read[k] = true
			}
			return t.holds(f.vals[i].at.d.Compare(f.params[k].scalar.at.d))
		}
	case l.input > 0:
		i := l.input - 1
		return func(f *frame) bool { return t.holds(f.vals[i].at.d.Compare(b(f))) }
	case r.input > 0:
		j := r.input - 1
		return func(f *frame) bool { return t.holds(a(f).Compare(f.vals[j].at.d)) }
	}
	return func(f *frame) bool { return t.holds(a(f).Compare(b(f))) }
}

// compareTexts compiles == (eq) or != of texts, reading an input compared
// with a text written in the rule in place.
func compareTexts(eq bool, l, r *cnode) func(*frame) bool {
	if r.input > 0 && l.konst != nil {
		l, r = r, l
	}
	a, b := l.text, r.text
	if l.input > 0 && r.konst != nil {
		i, k := l.input-1, r.konst.text
		return func(f *frame) bool { return (f.vals[i].text == k) == eq }
	}
	return func(f *frame) bool { return (a(f) == b(f)) == eq }
}

// checkEnum rejects comparing a text input with a value it can never take,
// such as a misspelt district.
func (c *nodeCompiler) checkEnum(at ast.Node, v, k *cnode) {
	if len(v.enum) == 0 || k.konst == nil || k.konst.kind != KindText {
		return
	}
	for _, e := range v.enum {
		if e == k.konst.text {
			return
		}
	}
	c.errorf(at, "%s is never %q; its values are: %s", v.name, k.konst.text, strings.Join(v.enum, ", "))
}

func (c *nodeCompiler) in(n *ast.BinaryNode, l *cnode) *cnode {
	arr, ok := n.Right.(*ast.ArrayNode)
	if !ok || l.kind != KindText {
		return c.errorf(n, `"in" tests a text against a list written in the rule: use in ["营业用房", "其他"]`)
	}
	var list []string
	for _, e := range arr.Nodes {
		s, ok := e.(*ast.StringNode)
		if !ok {
			return c.errorf(e, `the list after "in" holds texts written in the rule`)
		}
		k := TextValue(s.Value)
		c.checkEnum(e, l, &cnode{kind: KindText, konst: &k})
		list = append(list, s.Value)
	}
	set, get := newTextSet(list), l.text
	return &cnode{kind: KindBool, truth: func(f *frame) bool { return set.has(get(f)) }, gen: func(g *emitter) string {
		quoted := make([]string, len(list))
		for i, s := range list {
			quoted[i] = strconv.Quote(s)
		}
		return fmt.Sprintf("func() bool { switch %s { case %s: return true }; return false }()", l.gen(g), strings.Join(quoted, ", "))
	}}
}

func (c *nodeCompiler) unary(n *ast.UnaryNode) *cnode {
	x := c.compile(n.Node)
	switch n.Operator {
	case "!", "not":
		if !c.want(n, x, KindBool, "not") {
			return &cnode{}
		}
		gen := func(g *emitter) string { return not(x.gen(g)) }
		if x.input > 0 {
			i := x.input - 1
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return !f.vals[i].b }, gen: gen}
		}
		a := x.truth
		return &cnode{kind: KindBool, truth: func(f *frame) bool { return !a(f) }, gen: gen}
	case "-":
		if !c.want(n, x, KindNumber, "-") {
			return &cnode{}
		}
		if x.konst != nil {
			return numConst(x.konst.n.Neg(), x.zero)
		}
		a := x.num
		return &cnode{kind: KindNumber, unit: x.unit, num: func(f *frame) number { return a(f).Neg() }, gen: method(x, "Neg")}
	}
	return c.errorf(n, "unary operator %s is not supported", n.Operator)
}
