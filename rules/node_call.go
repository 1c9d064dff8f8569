package rules

import (
	"fmt"

	"github.com/expr-lang/expr/ast"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// Calls of the built-in functions, typed with units and compiled to
// closures.

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
	if b := builtinNamed(name); b != nil {
		return b.compile(c, n, name)
	}
	return c.errorf(n, "unknown function %s()", name)
}

func compileMinMax(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
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
	return &cnode{kind: KindNumber, unit: u, num: pick(fs, less), gen: func(g *emitter) string {
		// As pick: the first of equals wins, each next one replaces the
		// best only when strictly less (greater).
		fn := map[bool]string{true: "exact.Min", false: "exact.Max"}[less]
		s := args[0].gen(g)
		for _, a := range args[1:] {
			s = fmt.Sprintf("%s(%s, %s)", fn, s, a.gen(g))
		}
		return s
	}}
}

// compileUnary compiles abs, floor or ceil, each f, the method of
// exact.Number named m.
func compileUnary(f func(number) number, m string) func(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
	return func(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
		args := c.args(n)
		if len(args) != 1 || !c.want(n, args[0], KindNumber, name+"()") {
			return c.errorf(n, "%s() takes one number", name)
		}
		a := args[0].num
		return &cnode{kind: KindNumber, unit: args[0].unit, num: func(fr *frame) number { return f(a(fr)) }, gen: method(args[0], m)}
	}
}

func compileRound(c *nodeCompiler, n *ast.CallNode, _ string) *cnode {
	args := c.args(n)
	if len(args) != 2 || !c.want(n, args[0], KindNumber, "round()") {
		return c.errorf(n, "round() takes a number and a count of decimal places")
	}
	p := args[1].konst
	pl, whole := int64(0), false
	if p != nil && p.kind == KindNumber {
		pl, whole = p.n.Int64()
	}
	if !whole || pl < -30 || pl > 30 {
		return c.errorf(n.Arguments[1], "round() needs its decimal places as a whole number written in the rule")
	}
	places, a := int32(pl), args[0].num
	return &cnode{kind: KindNumber, unit: args[0].unit, num: func(f *frame) number { return a(f).Round(places, exact.HalfAwayFromZero) }, gen: func(g *emitter) string {
		return fmt.Sprintf("%s.Round(%d, exact.HalfAwayFromZero)", args[0].gen(g), places)
	}}
}

func compileDate(c *nodeCompiler, n *ast.CallNode, _ string) *cnode {
	s, ok := n.Arguments[0].(*ast.StringNode)
	if len(n.Arguments) != 1 || !ok {
		return c.errorf(n, `date() takes a date written in the rule, date("2022-05-01")`)
	}
	d, err := ParseDate(s.Value)
	if err != nil {
		return c.errorf(n, "%v", err)
	}
	return dateConst(d)
}

// compileAddDate compiles add_days, add_months or add_years: add, the
// method of Date named m, counts units of the given unit.
func compileAddDate(add func(Date, int) Date, m string, unit Unit) func(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
	return func(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
		args := c.args(n)
		if len(args) != 2 || !c.want(n.Arguments[0], args[0], KindDate, name+"()") || !c.want(n.Arguments[1], args[1], KindNumber, name+"()") {
			return c.errorf(n, "%s() takes a date and a number", name)
		}
		if !args[1].unit.IsNumber() && !args[1].unit.Same(unit) {
			return c.errorf(n.Arguments[1], "%s() adds %s, got %s", name, unitName(unit), unitName(args[1].unit))
		}
		d, k := args[0].date, args[1].num
		return &cnode{kind: KindDate, date: func(fr *frame) Date { return add(d(fr), wholeCount(k(fr))) }, gen: func(g *emitter) string {
			return fmt.Sprintf("%s.%s(%s)", args[0].gen(g), m, g.count(args[1]))
		}}
	}
}

func compileGiven(c *nodeCompiler, n *ast.CallNode, _ string) *cnode {
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
	// Generated code takes only cases that give every input that may be
	// omitted: given() holds there.
	return &cnode{kind: KindBool, truth: func(f *frame) bool { return f.have[i] }, gen: func(g *emitter) string { return fmt.Sprintf("have%d", i) }}
}

func compileDateTime(c *nodeCompiler, n *ast.CallNode, _ string) *cnode {
	s, ok := n.Arguments[0].(*ast.StringNode)
	if len(n.Arguments) != 1 || !ok {
		return c.errorf(n, `datetime() takes a date-time written in the rule, datetime("2022-05-01 09:00")`)
	}
	t, err := ParseDateTime(s.Value)
	if err != nil {
		return c.errorf(n, "%v", err)
	}
	k := DateTimeValue(t)
	return &cnode{kind: KindDateTime, at: func(*frame) DateTime { return t }, konst: &k, gen: func(g *emitter) string { return g.dateTime(t) }}
}

func compileAddHours(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
	args := c.args(n)
	if len(args) != 2 || !c.want(n.Arguments[0], args[0], KindDateTime, name+"()") || !c.want(n.Arguments[1], args[1], KindNumber, name+"()") {
		return c.errorf(n, "add_hours() takes a date-time and a number of hours")
	}
	if !args[1].unit.IsNumber() && !args[1].unit.Same(Hour) {
		return c.errorf(n.Arguments[1], "add_hours() adds %s, got %s", unitName(Hour), unitName(args[1].unit))
	}
	t, h := args[0].at, args[1].num
	return &cnode{kind: KindDateTime, at: func(fr *frame) DateTime { return addHours(t(fr), h(fr).Dec()) }, gen: func(g *emitter) string {
		return fmt.Sprintf("%s.Add(time.Duration(fastpath.Seconds(%s, %d)) * time.Second)", args[0].gen(g), args[1].gen(g), maxHours)
	}}
}

func compileDayOf(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
	args := c.args(n)
	if len(args) != 1 || !c.want(n.Arguments[0], args[0], KindDateTime, name+"()") {
		return c.errorf(n, "day_of() takes a date-time")
	}
	t := args[0].at
	return &cnode{kind: KindDate, date: func(fr *frame) Date { return t(fr).d }, gen: func(g *emitter) string { return args[0].gen(g) + ".Date()" }}
}

// compileSpan compiles full_years, full_months or days_between: count, the
// method of Date named m, counts units of the given unit from one date to
// another.
func compileSpan(count func(Date, Date) int, m string, unit Unit) func(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
	return func(c *nodeCompiler, n *ast.CallNode, name string) *cnode {
		args := c.args(n)
		if len(args) != 2 || !c.want(n.Arguments[0], args[0], KindDate, name+"()") || !c.want(n.Arguments[1], args[1], KindDate, name+"()") {
			return c.errorf(n, "%s() takes two dates", name)
		}
		a, b := args[0].date, args[1].date
		return &cnode{kind: KindNumber, unit: unit, num: func(fr *frame) number { return exact.Int(int64(count(a(fr), b(fr)))) }, gen: func(g *emitter) string {
			return fmt.Sprintf("exact.Int(int64(%s.%s(%s)))", args[0].gen(g), m, args[1].gen(g))
		}}
	}
}

func pick(fs []func(*frame) number, less bool) func(*frame) number {
	if len(fs) == 2 {
		a, b := fs[0], fs[1]
		if less {
			return func(f *frame) number {
				x, y := a(f), b(f)
				if y.Cmp(x) < 0 {
					return y
				}
				return x
			}
		}
		return func(f *frame) number {
			x, y := a(f), b(f)
			if y.Cmp(x) > 0 {
				return y
			}
			return x
		}
	}
	return func(f *frame) number {
		best := fs[0](f)
		for _, g := range fs[1:] {
			v := g(f)
			if c := v.Cmp(best); less && c < 0 || !less && c > 0 {
				best = v
			}
		}
		return best
	}
}
