package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/ast"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// This file turns expr's checked syntax tree into typed Go closures. expr
// parses, applies the operator overloads and checks types; this pass then
// types every node again — with units — so that nothing expr's checker lets
// through unexamined (an overloaded call it has already typed, say) reaches
// evaluation. Closures over typed slots cost a fraction of expr's machine,
// which boxes every intermediate value.
//
// This file holds the node, the dispatch by construct and what all
// constructs share (units, kinds, conditionals); each construct has its
// file: names in node_ident.go, operators in node_operator.go, calls of the
// built-in functions in node_call.go (listed in builtin.go), table and
// bracket lookups in node_table.go.

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

	// gen writes the node as a Go expression for generated code (gen.go):
	// of type exact.Number, bool, string, rules.Date or rules.DateTime as
	// the node's kind. It calls g.fail for a construct generated code does
	// not take, and then the rule is left to the interpreter.
	gen func(g *emitter) string
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
			return numConst(exact.Of(v), v.IsZero())
		case Date:
			return dateConst(v)
		}
		return c.errorf(n, "constant of type %T is not a value rules know", n.Value)
	case *ast.StringNode:
		s := n.Value
		k := TextValue(s)
		return &cnode{kind: KindText, text: func(*frame) string { return s }, konst: &k, gen: func(*emitter) string { return strconv.Quote(s) }}
	case *ast.BoolNode:
		b := n.Value
		k := BoolValue(b)
		return &cnode{kind: KindBool, truth: func(*frame) bool { return b }, konst: &k, gen: func(*emitter) string { return strconv.FormatBool(b) }}
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
	return &cnode{kind: KindNumber, zero: zero, num: func(*frame) number { return v }, konst: &k, gen: func(g *emitter) string { return g.number(v) }}
}

func dateConst(d Date) *cnode {
	k := DateValue(d)
	return &cnode{kind: KindDate, date: func(*frame) Date { return d }, konst: &k, gen: func(g *emitter) string { return g.date(d) }}
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
	out := &cnode{kind: a.kind, gen: func(g *emitter) string {
		return fmt.Sprintf("func() %s { if %s { return %s }; return %s }()", goType(a.kind), cond.gen(g), a.gen(g), b.gen(g))
	}}
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
