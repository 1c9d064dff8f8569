package rules

import (
	"github.com/expr-lang/expr/ast"
	"github.com/shopspring/decimal"
)

// builtin is a function an expression may call. One entry serves all that
// knows of it: expr's checker and machine (types and run, for parsing and
// the cross-check), the compiler (compile, which types the call with units
// and builds its closure), and the documentation ([Functions]).
type builtin struct {
	name    string
	usage   string // how a call reads
	doc     Text   // what it gives
	types   []any  // the Go signatures expr checks calls against
	run     func(...any) (any, error)
	compile func(c *nodeCompiler, n *ast.CallNode, name string) *cnode
}

// builtins are the functions of the expression language, in the order the
// documentation lists them. (They are set in init: compiling a call refers
// back to the table.)
var builtins []builtin

func init() {
	builtins = []builtin{
		{name: "min", usage: "min(a, b, …)", doc: T("最小者", "the least"),
			types: []any{new(func(decimal.Decimal, ...decimal.Decimal) decimal.Decimal)}, run: runVariadic(decMin), compile: compileMinMax},
		{name: "max", usage: "max(a, b, …)", doc: T("最大者", "the greatest"),
			types: []any{new(func(decimal.Decimal, ...decimal.Decimal) decimal.Decimal)}, run: runVariadic(decMax), compile: compileMinMax},
		{name: "abs", usage: "abs(x)", doc: T("绝对值", "the absolute value"),
			types: []any{new(func(decimal.Decimal) decimal.Decimal)}, run: runD1(decAbs), compile: compileUnary(number.Abs, "Abs")},
		{name: "floor", usage: "floor(x)", doc: T("向下取整", "the greatest whole number not above x"),
			types: []any{new(func(decimal.Decimal) decimal.Decimal)}, run: runD1(decFloor), compile: compileUnary(number.Floor, "Floor")},
		{name: "ceil", usage: "ceil(x)", doc: T("向上取整", "the least whole number not below x"),
			types: []any{new(func(decimal.Decimal) decimal.Decimal)}, run: runD1(decCeil), compile: compileUnary(number.Ceil, "Ceil")},
		{name: "round", usage: "round(x, places)", doc: T("四舍五入到places位小数", "x rounded half away from zero (四舍五入) to places decimals"),
			types: []any{new(func(decimal.Decimal, decimal.Decimal) decimal.Decimal)}, run: runD2(decRound), compile: compileRound},
		{name: "bracket", usage: "bracket(b, x)", doc: T("分档表b中x所在档的值", "the value of the band of bracket b holding x"),
			types: []any{new(func(*Bracket, decimal.Decimal) decimal.Decimal)},
			run:   func(p ...any) (any, error) { return bracketLookup(p[0].(*Bracket), p[1].(decimal.Decimal)), nil }, compile: compileBracket},
		{name: "date", usage: `date("2022-05-01")`, doc: T("规则中写明的日期", "a date written in the rule"),
			types: []any{new(func(string) Date)},
			run:   func(p ...any) (any, error) { return dateOf(p[0].(string)), nil }, compile: compileDate},
		{name: "datetime", usage: `datetime("2022-05-01 09:00")`, doc: T("规则中写明的日期时间", "a date-time written in the rule"),
			types: []any{new(func(string) DateTime)},
			run:   func(p ...any) (any, error) { return ParseDateTime(p[0].(string)) }, compile: compileDateTime},
		{name: "add_days", usage: "add_days(d, n)", doc: T("d之后第n日", "the day n days after d"),
			types: []any{new(func(Date, decimal.Decimal) Date)}, run: runDateCount(addDays), compile: compileAddDate(Date.AddDays, "AddDays", Day)},
		{name: "add_months", usage: "add_months(d, n)", doc: T("n个月后的对应日（民法典第二百零二条）", "the corresponding day n months later (Civil Code art. 202)"),
			types: []any{new(func(Date, decimal.Decimal) Date)}, run: runDateCount(addMonths), compile: compileAddDate(Date.AddMonths, "AddMonths", Month)},
		{name: "add_years", usage: "add_years(d, n)", doc: T("n年后的对应日（民法典第二百零二条）", "the corresponding day n years later (Civil Code art. 202)"),
			types: []any{new(func(Date, decimal.Decimal) Date)}, run: runDateCount(addYears), compile: compileAddDate(Date.AddYears, "AddYears", Year)},
		{name: "add_hours", usage: "add_hours(t, n)", doc: T("t之后n小时", "the date-time n hours after t"),
			types: []any{new(func(DateTime, decimal.Decimal) DateTime)},
			run:   func(p ...any) (any, error) { return addHours(p[0].(DateTime), p[1].(decimal.Decimal)), nil }, compile: compileAddHours},
		{name: "day_of", usage: "day_of(t)", doc: T("日期时间所在的日期", "the day of a date-time"),
			types: []any{new(func(DateTime) Date)},
			run:   func(p ...any) (any, error) { return p[0].(DateTime).d, nil }, compile: compileDayOf},
		{name: "full_years", usage: "full_years(birth, on)", doc: T("周岁", "age in full years (周岁)"),
			types: []any{new(func(Date, Date) decimal.Decimal)}, run: runDates(fullYears), compile: compileSpan(Date.FullYears, "FullYears", Year)},
		{name: "full_months", usage: "full_months(from, on)", doc: T("整月数", "whole months from one day to another"),
			types: []any{new(func(Date, Date) decimal.Decimal)}, run: runDates(fullMonths), compile: compileSpan(Date.FullMonths, "FullMonths", Month)},
		{name: "days_between", usage: "days_between(a, b)", doc: T("a至b的天数", "days from a to b"),
			types: []any{new(func(Date, Date) decimal.Decimal)}, run: runDates(daysBetween), compile: compileSpan(Date.DaysUntil, "DaysUntil", Day)},
		{name: "given", usage: "given(x)", doc: T("调用方是否给出了可省略的输入x", "whether the caller gave x, an input that may be omitted"),
			types: []any{new(func(any) bool)},
			run:   func(p ...any) (any, error) { return p[0] != nil, nil }, compile: compileGiven},
	}
}

func builtinNamed(name string) *builtin {
	for i := range builtins {
		if builtins[i].name == name {
			return &builtins[i]
		}
	}
	return nil
}

// Function describes a function of the expression language.
type Function struct {
	Name  string // as called
	Usage string // how a call reads: add_years(d, n)
	Doc   Text   // what it gives
}

// Functions returns the functions an expression may call, in the order of
// the package documentation.
func Functions() []Function {
	out := make([]Function, len(builtins))
	for i, b := range builtins {
		out[i] = Function{Name: b.name, Usage: b.usage, Doc: b.doc}
	}
	return out
}

// Adapters from the typed functions to expr's calling convention.

func runD1(f func(decimal.Decimal) decimal.Decimal) func(...any) (any, error) {
	return func(p ...any) (any, error) { return f(p[0].(decimal.Decimal)), nil }
}

func runD2(f func(a, b decimal.Decimal) decimal.Decimal) func(...any) (any, error) {
	return func(p ...any) (any, error) { return f(p[0].(decimal.Decimal), p[1].(decimal.Decimal)), nil }
}

func runVariadic(f func(decimal.Decimal, ...decimal.Decimal) decimal.Decimal) func(...any) (any, error) {
	return func(p ...any) (any, error) {
		rest := make([]decimal.Decimal, len(p)-1)
		for i := range rest {
			rest[i] = p[i+1].(decimal.Decimal)
		}
		return f(p[0].(decimal.Decimal), rest...), nil
	}
}

func runDateCount(f func(Date, decimal.Decimal) Date) func(...any) (any, error) {
	return func(p ...any) (any, error) { return f(p[0].(Date), p[1].(decimal.Decimal)), nil }
}

func runDates(f func(a, b Date) decimal.Decimal) func(...any) (any, error) {
	return func(p ...any) (any, error) { return f(p[0].(Date), p[1].(Date)), nil }
}
