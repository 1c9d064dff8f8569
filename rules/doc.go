// Package rules is the engine of wzpolicy: it turns the computable clauses
// of policy documents into rules that every caller evaluates the same way,
// with exact decimal money, the clause each figure comes from, and an
// explanation a caseworker can read. It knows no domain; the domain packages
// (welfare, relief, expropriation, roads, ridehail, grain, productivity)
// describe their documents with it. The package example turns one clause
// into a rule, compiles it into a book and evaluates a case.
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
// # Generated code
//
// [Bind] binds a rule to Go structs of a case and a result. The domain
// packages of this module also carry each rule they bind as generated Go
// (their fast_gen.go, written by go generate): it reads the case's fields,
// computes with the interpreter's own exact arithmetic, and writes the
// result's fields, with no frame, closure or map between. A binding uses it
// only for the book whose content hash it was generated from — a derived or
// edited book is always interpreted — and only for the cases it takes:
// every input valid, none left to assessment, no check failed, no
// reference to another authority's figures. Every other case it declines,
// and the interpreter evaluates it, giving the error or result it always
// gave. Each domain package's tests evaluate every typed case, every fuzzed
// case and every worked case of its testdata both ways and fail on any
// difference, and fail while the generated file is not what its bindings
// generate.
//
// # Results and errors
//
// A [Result] holds the figure and its unit, whether the case is eligible and
// every condition it failed with the values that decided it
// ([Result.Conditions]: every condition, met, failed, not applicable or
// undecided), all outputs,
// the citations used ([Result.Citations]), the steps of the evaluation
// ([Result.Trace]) rendered as Chinese or English text ([Result.Explain]),
// and a [Receipt]: the book's content hash and the date, so the figure can
// be reproduced. A text input declared with [ChoiceInput] (or given
// [Input.Labels]) carries an English label for each of the document's words;
// English text shows the label ("category = none"), Chinese the word, and
// the rule itself only ever reads the word.
//
// A fact is asked for only when it could change the outcome. A fact that a
// check, a case-by-case or a by-reference condition reads is asked for
// first; one only conditions of eligibility read, once every other
// condition holds (a case another condition refuses is refused whatever
// the fact, and the condition that reads it is undecided); one only the
// outputs read — a standard, a wage — once the conditions grant the case.
// A condition with [Condition.When] concerns only the cases it names (one
// route of application, one scheme, one kind of claim): for the others it
// is neither met nor failed, and the facts only it reads are not asked for.
//
// A Result marshals to JSON ([Result.MarshalJSON]) with its citations and
// trace, numbers as decimal strings and units as their labels, and reads
// back ([Result.UnmarshalJSON]); docs/json.md describes the shapes and
// what may change. The domains' string types read themselves with
// [UnmarshalOneOf], refusing a value not in their list.
//
// Errors are [*Error] values with a stable [Code], the rule ID and the field,
// matching the sentinels [ErrUnknownRule], [ErrNotInForce], [ErrInvalidInput],
// [ErrCaseByCase] (按实评估: the document gives no figure, and the library
// never makes one up), [ErrInvalidOverride], [ErrCompile] and [ErrEvaluation]
// with [errors.Is].
//
// An error reads short and flat, in Chinese or English:
// [Error.Message](lang) gives the field and what is wrong —
// "DisabilityGrade：7不在有效范围[0, 4]内", "DisabilityGrade: 7 is outside
// the valid range [0, 4]" — and Error() the rule, then the English message.
// The field is the rule's input for [Book.Eval] (disability_grade); for a
// typed evaluation ([Bind]) it is the Go field of the case that gives the
// input (DisabilityGrade), the input itself in Error.Input; within a domain
// package's assessment, the field's path in the assessed case
// (Members[0].DisabilityGrade). Values appear as given, ranges in interval
// notation ([0, 4] includes both ends, (0, ∞) excludes 0), dates in Chinese
// as the documents write them (2022年1月1日). A [*CompileError] lists a
// book's problems, one a line; the problems of a book's own definition are
// for its authors and say what is wrong in English.
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
//
// # Percentages
//
// A percentage has one convention everywhere, and a type that says which:
//
//   - In Go, a percentage is a [Rate]: made with [Pct]("15") from the
//     percentage or [FractionRate] from the fraction 0.15, read with
//     [Rate.Fraction] or [Rate.Percent], written and read as text "15%"
//     (a bare number is refused). A case or result field bound to an input
//     or output in [Percent] must be a Rate, and a Rate binds to nothing
//     else: [Bind] refuses a decimal.Decimal or int there, naming the field.
//     The zero Rate is not given, never 0%.
//   - In a book's [Inputs] map, an input in [Percent] takes a number as its
//     fraction (0.06) or a text with its sign as a percentage ("6%"); an
//     input in any other unit refuses "6%". [Rule.Inputs] says which inputs
//     are in Percent, and so does each rule's entry in the catalogue.
//   - A parameter in Percent holds its fraction ("0.5"), and an override
//     may give "50%".
//   - An output in Percent holds its fraction, and is shown ×100 with "%":
//     a [Result]'s figure 0.05 reads "5%" in an explanation.
package rules
