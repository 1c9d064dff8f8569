package rules

import (
	"fmt"
	"reflect"
	"time"

	"github.com/expr-lang/expr"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// DivisionPlaces is the number of decimal places a quotient keeps inside an
// expression (a / b). It is a constant of the engine, not a mutable global:
// a rule that divides declares how its output is rounded, once, at the end.
const DivisionPlaces = 24

var decType = reflect.TypeOf(decimal.Decimal{})

// The functions an expression may call. Each is written once, typed; the
// compiler calls them from its closures, and expr's own machine (used to
// cross-check the compiler in tests) calls them through the wrappers below.
func decAdd(a, b decimal.Decimal) decimal.Decimal { return a.Add(b) }
func decSub(a, b decimal.Decimal) decimal.Decimal { return a.Sub(b) }
func decMul(a, b decimal.Decimal) decimal.Decimal { return a.Mul(b) }
func decNeg(a decimal.Decimal) decimal.Decimal    { return a.Neg() }
func decAbs(a decimal.Decimal) decimal.Decimal    { return a.Abs() }
func decFloor(a decimal.Decimal) decimal.Decimal  { return a.Floor() }
func decCeil(a decimal.Decimal) decimal.Decimal   { return a.Ceil() }

func decDiv(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		panic(evalFailure(msgDivByZero.text()))
	}
	return a.DivRound(b, DivisionPlaces)
}

func decRound(a, places decimal.Decimal) decimal.Decimal {
	return a.Round(int32(places.IntPart()))
}

func decMin(a decimal.Decimal, rest ...decimal.Decimal) decimal.Decimal {
	for _, b := range rest {
		if b.LessThan(a) {
			a = b
		}
	}
	return a
}

func decMax(a decimal.Decimal, rest ...decimal.Decimal) decimal.Decimal {
	for _, b := range rest {
		if b.GreaterThan(a) {
			a = b
		}
	}
	return a
}

func bracketLookup(b *Bracket, x decimal.Decimal) decimal.Decimal {
	v, ok := b.Lookup(x)
	if !ok {
		panic(evalFailure(msgNotCovered.text(x, bandsOf(b))))
	}
	return v
}

func bandsOf(b *Bracket) string {
	s := ""
	for i, band := range b.Bands {
		if i > 0 {
			s += " "
		}
		s += band.Range.String()
	}
	return s
}

func dateOf(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(evalFailure(textOf(err)))
	}
	return d
}

func addDays(d Date, n decimal.Decimal) Date   { return d.AddDays(whole(n)) }
func addMonths(d Date, n decimal.Decimal) Date { return d.AddMonths(whole(n)) }
func addYears(d Date, n decimal.Decimal) Date  { return d.AddYears(whole(n)) }
func addHours(t DateTime, h decimal.Decimal) DateTime {
	secs, ok := exact.Seconds(exact.Of(h), maxHours)
	if !ok {
		panic(evalFailure(msgHoursNotWhole.text(h)))
	}
	return t.Add(time.Duration(secs) * time.Second)
}

// maxHours is the most hours add_hours adds.
const maxHours = 1000000

func fullYears(from, on Date) decimal.Decimal { return decimal.NewFromInt(int64(from.FullYears(on))) }
func fullMonths(from, on Date) decimal.Decimal {
	return decimal.NewFromInt(int64(from.FullMonths(on)))
}
func daysBetween(from, to Date) decimal.Decimal {
	return decimal.NewFromInt(int64(from.DaysUntil(to)))
}

// maxCount is the largest count of days, months or years date arithmetic
// takes: 100,000 days already reach beyond the dates a case may hold.
const maxCount = 100000

// wholeCount converts a count of days, months or years to an int; a
// fraction or an absurd count is an evaluation error.
func wholeCount(n number) int {
	i, ok := n.Count(maxCount)
	if !ok {
		panic(evalFailure(msgNotWholeCount.text(n)))
	}
	return i
}

// whole converts a count of days, months or years to an int; a fraction or
// an absurd count is an evaluation error, not a silent truncation.
func whole(n decimal.Decimal) int {
	if !n.IsInteger() || n.Abs().GreaterThan(decimal.NewFromInt(maxCount)) {
		panic(evalFailure(msgNotWholeCount.text(n)))
	}
	return int(n.IntPart())
}

// exprOptions registers the functions and operator overloads with expr, for
// type checking and for expr's machine.
func exprOptions() []expr.Option {
	d2 := func(f func(a, b decimal.Decimal) decimal.Decimal) func(...any) (any, error) {
		return func(p ...any) (any, error) { return f(p[0].(decimal.Decimal), p[1].(decimal.Decimal)), nil }
	}
	d1 := func(f func(a decimal.Decimal) decimal.Decimal) func(...any) (any, error) {
		return func(p ...any) (any, error) { return f(p[0].(decimal.Decimal)), nil }
	}
	cmp := func(test func(int) bool) func(...any) (any, error) {
		return func(p ...any) (any, error) {
			switch a := p[0].(type) {
			case decimal.Decimal:
				return test(a.Cmp(p[1].(decimal.Decimal))), nil
			case Date:
				return test(a.Compare(p[1].(Date))), nil
			case DateTime:
				return test(a.Compare(p[1].(DateTime))), nil
			}
			return nil, fmt.Errorf("cannot compare %T", p[0])
		}
	}
	arith := new(func(decimal.Decimal, decimal.Decimal) decimal.Decimal)
	unary := new(func(decimal.Decimal) decimal.Decimal)
	cmpDec := new(func(decimal.Decimal, decimal.Decimal) bool)
	cmpDate := new(func(Date, Date) bool)
	cmpTime := new(func(DateTime, DateTime) bool)
	opts := []expr.Option{
		expr.DisableAllBuiltins(),
		expr.Optimize(false),
		expr.Function(fnAdd, d2(decAdd), arith),
		expr.Function(fnSub, d2(decSub), arith),
		expr.Function(fnMul, d2(decMul), arith),
		expr.Function(fnDiv, d2(decDiv), arith),
		expr.Function(fnNeg, d1(decNeg), unary),
		expr.Function(fnLT, cmp(func(c int) bool { return c < 0 }), cmpDec, cmpDate, cmpTime),
		expr.Function(fnLE, cmp(func(c int) bool { return c <= 0 }), cmpDec, cmpDate, cmpTime),
		expr.Function(fnGT, cmp(func(c int) bool { return c > 0 }), cmpDec, cmpDate, cmpTime),
		expr.Function(fnGE, cmp(func(c int) bool { return c >= 0 }), cmpDec, cmpDate, cmpTime),
		expr.Function(fnEQ, cmp(func(c int) bool { return c == 0 }), cmpDec, cmpDate, cmpTime),
		expr.Function(fnNE, cmp(func(c int) bool { return c != 0 }), cmpDec, cmpDate, cmpTime),
		expr.Operator("+", fnAdd),
		expr.Operator("-", fnSub),
		expr.Operator("*", fnMul),
		expr.Operator("/", fnDiv),
		expr.Operator("<", fnLT),
		expr.Operator("<=", fnLE),
		expr.Operator(">", fnGT),
		expr.Operator(">=", fnGE),
		expr.Operator("==", fnEQ),
		expr.Operator("!=", fnNE),
	}
	for i := range builtins {
		b := &builtins[i]
		opts = append(opts, expr.Function(b.name, b.run, b.types...))
	}
	return opts
}

// Names of the functions operators are rewritten to.
const (
	fnAdd = "__add"
	fnSub = "__sub"
	fnMul = "__mul"
	fnDiv = "__div"
	fnNeg = "__neg"
	fnLT  = "__lt"
	fnLE  = "__le"
	fnGT  = "__gt"
	fnGE  = "__ge"
	fnEQ  = "__eq"
	fnNE  = "__ne"
)

// operatorOf names the operator a rewritten function stands for, for
// messages and explanations.
var operatorOf = map[string]string{
	fnAdd: "+", fnSub: "-", fnMul: "*", fnDiv: "/", fnNeg: "-",
	fnLT: "<", fnLE: "<=", fnGT: ">", fnGE: ">=", fnEQ: "==", fnNE: "!=",
}
