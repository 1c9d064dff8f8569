// Package rules is the engine of wzpolicy: it turns the computable clauses
// of policy documents into rules that every caller evaluates the same way,
// with exact decimal money, the clause each figure comes from, and an
// explanation a caseworker can read. It knows no domain; the domain packages
// (welfare, relief, expropriation, roads, ridehail, grain, productivity)
// describe their documents with it.
//
// # Documents, citations and parameters
//
// A [Document] is a policy document: its 文号, title, issuer, issue date and
// in-force [Period]. A [Citation] points at a clause of it and quotes the
// words a rule rests on. A [Param] is a figure the document sets — a
// number, a [Table] keyed by district or class, or a [Bracket] of tiers —
// with its history of dated values, each cited. A parameter that is a floor
// (不低于) or a cap (不超过) says so, and overrides respect it.
//
// # Rules
//
// A [Rule] is one provision under its catalogue ID: its inputs (typed, with
// units, valid ranges and allowed values), its definitions, the cases the
// document leaves to assessment (按实评估), checks among inputs, conditions
// of eligibility, and outputs. Each is an expression in the expr language
// (github.com/expr-lang/expr) over the rule's inputs, the book's parameters
// and the rule's definitions:
//
//	rate * area * months
//	use == "住宅用房" ? max(by_area, moving_min[district]) : by_area
//	full_years(birth_date, eval_date) >= high_age_min
//	bracket(scale_up_reward, output) - bracket(scale_up_reward, previous_output)
//
// Numbers are exact decimals (shopspring/decimal) from literal to result:
// 0.1 is a tenth, never a float. The expression language offers + - * / on
// numbers (a quotient keeps [DivisionPlaces] places), comparisons on numbers,
// dates and date-times, && || ! and ?:, "x in [...]" on texts, table lookups
// t[k] and t[k1][k2], and these functions:
//
//	min(a, b, …), max(a, b, …)   the least or greatest
//	abs(x), floor(x), ceil(x)
//	round(x, places)             half away from zero (四舍五入)
//	bracket(b, x)                the value of the band of bracket b holding x
//	date("2022-05-01")           a date written in the rule
//	datetime("2022-05-01 09:00") a date-time written in the rule
//	add_days(d, n), add_months(d, n), add_years(d, n)
//	                             the corresponding day (Civil Code art. 202)
//	add_hours(t, n)              a date-time n hours later
//	day_of(t)                    the day of a date-time
//	full_years(birth, on)        age in full years (周岁)
//	full_months(from, on)        whole months from one day to another
//	days_between(a, b)           days from a to b
//	given(x)                     whether the caller gave x, an input that may be omitted
//	eval_date                    the evaluation date
//
// The compiler types every expression, with units: adding yuan per month to
// yuan per year, or comparing an area with an amount, does not compile. The
// literal 0 fits any unit; other literals are pure numbers, so every figure
// the document states enters as a cited parameter. A text compared with a
// value its input can never take (a misspelt district) does not compile.
//
// # Books
//
// [Compile] checks a [Spec] — parameters, rules, groups — and returns an
// immutable [Book], safe for concurrent use, or a [*CompileError] listing
// every problem at once with the rule ID and the position in the
// expression. [Book.Eval] evaluates a rule by ID for a date and [Inputs];
// [Book.Prepare] binds a rule to an order of inputs for typed callers.
// [Book.EvalGroup] pays the highest of a take-the-higher [Group]
// (就高执行、不重复享受). [Book.Derive] returns a new book with overridden
// parameters — a district's chosen figure, a county that pays more, a
// reform — validated and compiled like the original.
//
// # Results and errors
//
// A [Result] holds the figure and its unit, whether the case is eligible and
// every condition it failed with the values that decided it, all outputs,
// the citations used ([Result.Citations]), the steps of the evaluation
// ([Result.Trace]) rendered as Chinese or English text ([Result.Explain]),
// and a [Receipt]: the book's content hash and the date, so the figure can
// be reproduced. A text input declared with [ChoiceInput] (or given
// [Input.Labels]) carries an English label for each of the document's words;
// English text shows the label ("category = none"), Chinese the word, and
// the rule itself only ever reads the word.
//
// Errors are [*Error] values with a stable [Code], the rule ID and the field,
// matching the sentinels [ErrUnknownRule], [ErrNotInForce], [ErrInvalidInput],
// [ErrCaseByCase] (按实评估: the document gives no figure, and the library
// never makes one up), [ErrInvalidOverride], [ErrCompile] and [ErrEvaluation]
// with [errors.Is].
//
// # Reading conventions
//
// Bounds are explicit ([Incl], [Excl]): 以上, 以下, 不低于, 不超过 include the
// number; 超过, 不满, 低于 exclude it. Ages are full years on the evaluation
// date. Periods follow Civil Code art. 201–202: [Date.AddMonths] and
// [Date.AddYears] land on the corresponding day or the month's last day;
// [YearsFrom] gives "valid for N years from" periods. Money is rounded once,
// at the end, to the fen, half away from zero, unless an output says
// otherwise ([Rounding]). Nothing reads the clock: the evaluation date is
// always an argument.
package rules
