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
		i, d := s.slot, s.def
		j := i - c.rc.nInputs
		get := func(f *frame) *Value {
			if !f.done[j] {
				f.vals[i] = d.eval(f)
				f.done[j] = true
			}
			return &f.vals[i]
		}
		switch s.kind {
		case KindNumber:
			out.num = func(f *frame) number { return get(f).n }
		case KindBool:
			out.truth = func(f *frame) bool { return get(f).b }
		case KindText:
			out.text = func(f *frame) string { return get(f).text }
		case KindDate:
			out.date = func(f *frame) Date { return get(f).at.d }
		case KindDateTime:
			out.at = func(f *frame) DateTime { return get(f).at }
		}
	case srcParam:
		if s.par.shape.table > 0 || s.par.shape.bracket {
			return c.errorf(n, "%s is a %s: index it, or look it up with bracket()", s.name, s.par.shape)
		}
		k := s.pidx
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

func (c *nodeCompiler) args(n *ast.CallNode) []*cnode {
	out := make([]*cnode, len(n.Arguments))
	for i, a := range n.Arguments {
		out[i] = c.compile(a)
	}
	return out
}

func (c *nodeCompiler) call(n *ast.CallNode) *cnode {
	id, ok := n.Callee.(*ast.IdentifierNode)
	if !ok {
		return c.errorf(n, "only the engine's functions can be called")
	}
	name := id.Value
	if op, ok := operatorOf[name]; ok {
		return c.operator(n, op)
	}
	switch name {
	case "min", "max":
		args := c.args(n)
		fs := make([]func(*frame) number, len(args))
		for i, a := range args {
			if !c.want(n.Arguments[i], a, KindNumber, name+"()") {
				return &cnode{}
			}
			fs[i] = a.num
		}
		if len(fs) < 2 {
			return c.errorf(n, "%s() needs at least two numbers", name)
		}
		u, ok := c.sameUnit(n, name+"()", args...)
		if !ok {
			return &cnode{}
		}
		less := name == "min"
		return &cnode{kind: KindNumber, unit: u, num: pick(fs, less)}
	case "abs", "floor", "ceil":
		args := c.args(n)
		if len(args) != 1 || !c.want(n, args[0], KindNumber, name+"()") {
			return c.errorf(n, "%s() takes one number", name)
		}
		f, a := map[string]func(number) number{"abs": number.abs, "floor": number.floor, "ceil": number.ceil}[name], args[0].num
		return &cnode{kind: KindNumber, unit: args[0].unit, num: func(fr *frame) number { return f(a(fr)) }}
	case "round":
		args := c.args(n)
		if len(args) != 2 || !c.want(n, args[0], KindNumber, "round()") {
			return c.errorf(n, "round() takes a number and a count of decimal places")
		}
		p := args[1].konst
		pl, whole := int64(0), false
		if p != nil && p.kind == KindNumber {
			pl, whole = p.n.int()
		}
		if !whole || pl < -30 || pl > 30 {
			return c.errorf(n.Arguments[1], "round() needs its decimal places as a whole number written in the rule")
		}
		places, a := int32(pl), args[0].num
		return &cnode{kind: KindNumber, unit: args[0].unit, num: func(f *frame) number { return a(f).round(places, HalfAwayFromZero) }}
	case "bracket":
		return c.bracket(n)
	case "date":
		s, ok := n.Arguments[0].(*ast.StringNode)
		if len(n.Arguments) != 1 || !ok {
			return c.errorf(n, `date() takes a date written in the rule, date("2022-05-01")`)
		}
		d, err := ParseDate(s.Value)
		if err != nil {
			return c.errorf(n, "%v", err)
		}
		return dateConst(d)
	case "add_days", "add_months", "add_years":
		args := c.args(n)
		if len(args) != 2 || !c.want(n.Arguments[0], args[0], KindDate, name+"()") || !c.want(n.Arguments[1], args[1], KindNumber, name+"()") {
			return c.errorf(n, "%s() takes a date and a number", name)
		}
		unit := map[string]Unit{"add_days": Day, "add_months": Month, "add_years": Year}[name]
		if !args[1].unit.IsNumber() && !args[1].unit.Same(unit) {
			return c.errorf(n.Arguments[1], "%s() adds %s, got %s", name, unitName(unit), unitName(args[1].unit))
		}
		f := map[string]func(Date, int) Date{"add_days": Date.AddDays, "add_months": Date.AddMonths, "add_years": Date.AddYears}[name]
		d, k := args[0].date, args[1].num
		return &cnode{kind: KindDate, date: func(fr *frame) Date { return f(d(fr), wholeCount(k(fr))) }}
	case "given":
		var s *symbol
		if len(n.Arguments) == 1 {
			if id, ok := n.Arguments[0].(*ast.IdentifierNode); ok {
				s = c.rc.syms[id.Value]
			}
		}
		if s == nil || s.src != srcInput || !s.mayOmit {
			return c.errorf(n, "given() takes the name of an input that may be omitted")
		}
		i := s.slot
		return &cnode{kind: KindBool, truth: func(f *frame) bool { return f.have[i] }}
	case "datetime":
		s, ok := n.Arguments[0].(*ast.StringNode)
		if len(n.Arguments) != 1 || !ok {
			return c.errorf(n, `datetime() takes a date-time written in the rule, datetime("2022-05-01 09:00")`)
		}
		t, err := ParseDateTime(s.Value)
		if err != nil {
			return c.errorf(n, "%v", err)
		}
		k := DateTimeValue(t)
		return &cnode{kind: KindDateTime, at: func(*frame) DateTime { return t }, konst: &k}
	case "add_hours":
		args := c.args(n)
		if len(args) != 2 || !c.want(n.Arguments[0], args[0], KindDateTime, name+"()") || !c.want(n.Arguments[1], args[1], KindNumber, name+"()") {
			return c.errorf(n, "add_hours() takes a date-time and a number of hours")
		}
		if !args[1].unit.IsNumber() && !args[1].unit.Same(Hour) {
			return c.errorf(n.Arguments[1], "add_hours() adds %s, got %s", unitName(Hour), unitName(args[1].unit))
		}
		t, h := args[0].at, args[1].num
		return &cnode{kind: KindDateTime, at: func(fr *frame) DateTime { return addHours(t(fr), h(fr).dec()) }}
	case "day_of":
		args := c.args(n)
		if len(args) != 1 || !c.want(n.Arguments[0], args[0], KindDateTime, name+"()") {
			return c.errorf(n, "day_of() takes a date-time")
		}
		t := args[0].at
		return &cnode{kind: KindDate, date: func(fr *frame) Date { return t(fr).d }}
	case "full_years", "full_months", "days_between":
		args := c.args(n)
		if len(args) != 2 || !c.want(n.Arguments[0], args[0], KindDate, name+"()") || !c.want(n.Arguments[1], args[1], KindDate, name+"()") {
			return c.errorf(n, "%s() takes two dates", name)
		}
		f, unit := Date.FullYears, Year
		switch name {
		case "full_months":
			f, unit = Date.FullMonths, Month
		case "days_between":
			f, unit = Date.DaysUntil, Day
		}
		a, b := args[0].date, args[1].date
		return &cnode{kind: KindNumber, unit: unit, num: func(fr *frame) number { return numInt(int64(f(a(fr), b(fr)))) }}
	}
	return c.errorf(n, "unknown function %s()", name)
}

func pick(fs []func(*frame) number, less bool) func(*frame) number {
	if len(fs) == 2 {
		a, b := fs[0], fs[1]
		if less {
			return func(f *frame) number {
				x, y := a(f), b(f)
				if y.cmp(x) < 0 {
					return y
				}
				return x
			}
		}
		return func(f *frame) number {
			x, y := a(f), b(f)
			if y.cmp(x) > 0 {
				return y
			}
			return x
		}
	}
	return func(f *frame) number {
		best := fs[0](f)
		for _, g := range fs[1:] {
			v := g(f)
			if c := v.cmp(best); less && c < 0 || !less && c > 0 {
				best = v
			}
		}
		return best
	}
}

func (c *nodeCompiler) bracket(n *ast.CallNode) *cnode {
	if len(n.Arguments) != 2 {
		return c.errorf(n, "bracket() takes a bracket parameter and a number")
	}
	var s *symbol
	if id, ok := n.Arguments[0].(*ast.IdentifierNode); ok {
		s = c.rc.syms[id.Value]
	}
	if s == nil || s.src != srcParam || !s.par.shape.bracket {
		return c.errorf(n.Arguments[0], "bracket() looks up a bracket parameter by name")
	}
	c.ref(s)
	x := c.compile(n.Arguments[1])
	if !c.want(n.Arguments[1], x, KindNumber, "bracket()") {
		return &cnode{}
	}
	of := s.par.history[0].bracket.Of
	if !x.zero && !x.unit.Same(of) {
		return c.errorf(n.Arguments[1], "bracket %s is by %s, got %s", s.name, unitName(of), unitName(x.unit))
	}
	k, get := s.pidx, x.num
	return &cnode{kind: KindNumber, unit: s.unit, num: func(f *frame) number {
		pv, v := f.params[k], get(f)
		i := pv.cbr.band(v)
		if i < 0 {
			bracketLookup(pv.bracket, v.dec()) // reports the miss
		}
		f.looked = append(f.looked, lookup{param: k, band: i, x: v})
		return pv.cbr.values[i]
	}}
}

func (c *nodeCompiler) operator(n *ast.CallNode, op string) *cnode {
	args := c.args(n)
	if op == "-" && len(args) == 1 {
		if !c.want(n.Arguments[0], args[0], KindNumber, "-") {
			return &cnode{}
		}
		a := args[0].num
		return &cnode{kind: KindNumber, unit: args[0].unit, num: func(f *frame) number { return a(f).neg() }}
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
				return &cnode{kind: KindNumber, unit: u, num: func(f *frame) number { return a(f).add(b(f)) }}
			}
			return &cnode{kind: KindNumber, unit: u, num: func(f *frame) number { return a(f).sub(b(f)) }}
		case "*":
			return &cnode{kind: KindNumber, unit: l.unit.Times(r.unit), num: func(f *frame) number { return a(f).mul(b(f)) }}
		case "/":
			return &cnode{kind: KindNumber, unit: l.unit.Per(r.unit), num: func(f *frame) number { return a(f).div(b(f)) }}
		case "<", "<=", ">", ">=", "==", "!=":
			if _, ok := c.sameUnit(n, "comparison "+op, l, r); !ok {
				return &cnode{}
			}
			test := compareTest(op)
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return test(a(f).cmp(b(f))) }}
		}
	case KindDate:
		if test := compareTest(op); test != nil {
			a, b := l.date, r.date
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return test(a(f).Compare(b(f))) }}
		}
	case KindDateTime:
		if test := compareTest(op); test != nil {
			a, b := l.at, r.at
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return test(a(f).Compare(b(f))) }}
		}
	case KindText:
		if op == "==" || op == "!=" {
			c.checkEnum(n, l, r)
			c.checkEnum(n, r, l)
			a, b, eq := l.text, r.text, op == "=="
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return (a(f) == b(f)) == eq }}
		}
	case KindBool:
		a, b := l.truth, r.truth
		switch op {
		case "&&", "and":
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) && b(f) }}
		case "||", "or":
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) || b(f) }}
		case "==":
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) == b(f) }}
		case "!=":
			return &cnode{kind: KindBool, truth: func(f *frame) bool { return a(f) != b(f) }}
		}
	}
	return c.errorf(n, "operator %s is not defined on %ss", op, l.kind)
}

func compareTest(op string) func(int) bool {
	switch op {
	case "<":
		return func(c int) bool { return c < 0 }
	case "<=":
		return func(c int) bool { return c <= 0 }
	case ">":
		return func(c int) bool { return c > 0 }
	case ">=":
		return func(c int) bool { return c >= 0 }
	case "==":
		return func(c int) bool { return c == 0 }
	case "!=":
		return func(c int) bool { return c != 0 }
	}
	return nil
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
	set := map[string]bool{}
	for _, e := range arr.Nodes {
		s, ok := e.(*ast.StringNode)
		if !ok {
			return c.errorf(e, `the list after "in" holds texts written in the rule`)
		}
		k := TextValue(s.Value)
		c.checkEnum(e, l, &cnode{kind: KindText, konst: &k})
		set[s.Value] = true
	}
	get := l.text
	return &cnode{kind: KindBool, truth: func(f *frame) bool { return set[get(f)] }}
}

func (c *nodeCompiler) unary(n *ast.UnaryNode) *cnode {
	x := c.compile(n.Node)
	switch n.Operator {
	case "!", "not":
		if !c.want(n, x, KindBool, "not") {
			return &cnode{}
		}
		a := x.truth
		return &cnode{kind: KindBool, truth: func(f *frame) bool { return !a(f) }}
	case "-":
		if !c.want(n, x, KindNumber, "-") {
			return &cnode{}
		}
		if x.konst != nil {
			return numConst(x.konst.n.neg(), x.zero)
		}
		a := x.num
		return &cnode{kind: KindNumber, unit: x.unit, num: func(f *frame) number { return a(f).neg() }}
	}
	return c.errorf(n, "unary operator %s is not supported", n.Operator)
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
	var get func(f *frame) Value
	if len(fs) == 1 {
		a := fs[0]
		get = func(f *frame) Value {
			key := a(f)
			v, ok := f.params[k].table.lookup1(key)
			if !ok {
				panic(evalFailure(fmt.Sprintf(msgNoEntry, name, strconvQuote(key))))
			}
			f.looked = append(f.looked, lookup{param: k, k1: key})
			return v
		}
	} else {
		a, b := fs[0], fs[1]
		get = func(f *frame) Value {
			k1, k2 := a(f), b(f)
			v, ok := f.params[k].table.lookup2(k1, k2)
			if !ok {
				panic(evalFailure(fmt.Sprintf(msgNoEntry, name, strconvQuote(k1)+"/"+strconvQuote(k2))))
			}
			f.looked = append(f.looked, lookup{param: k, k1: k1, k2: k2})
			return v
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
