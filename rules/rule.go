package rules

// Rule is one computable provision: a row of the catalogue, under its
// stable ID. It declares the inputs it takes, the conditions under which it
// applies, and the figures it yields, each as an expression over its inputs,
// the book's parameters and its own definitions.
//
// Evaluation runs in this order: the in-force period, the inputs (type,
// range, allowed values), CaseByCase, Checks, Require, Outputs, then
// ByReference.
// Definitions are computed when first used.
type Rule struct {
	ID    string // the catalogue ID, e.g. "expropriation.moving.fee"
	Title Text
	Cite  Citation

	// InForce is the period the clause applies; the zero Period means the
	// cited document's period.
	InForce Period

	Inputs []Input
	Defs   []Def

	// CaseByCase lists the cases the document leaves to assessment (按实评估,
	// 由各地确定): when one holds, evaluation returns an error matching
	// [ErrCaseByCase] that cites it, never a figure.
	CaseByCase []Condition

	// Checks are conditions among inputs that make a case invalid, such as
	// a chosen rate outside the range for its district; a failing check is
	// an [ErrInvalidInput] naming its Field.
	Checks []Check

	// Require lists the conditions of eligibility. When any fails the result
	// is not eligible, lists every failed condition with the values that
	// decided it, and its outputs are zero.
	Require []Condition

	// Outputs are the figures the rule yields; the first is the main one. A
	// rule without outputs yields whether it is eligible.
	Outputs []Output

	// ByReference lists the cases for which the document's figures are only
	// a reference and another authority sets its own (各县（市）参照执行): when
	// one holds for a case that meets every condition, evaluation returns an
	// error matching [ErrCaseByCase] that cites it and carries the figures
	// computed as the reference ([Error.Reference]), never as the figure
	// paid. A case that fails a condition is not eligible, as for any other.
	ByReference []Condition

	// Reading explains how the library reads the clause where the text
	// leaves room (a bound's inclusion, what a count means); shown in the
	// catalogue and the explanation.
	Reading Text

	// Labels are the English labels of the words the rule's outputs and
	// definitions write themselves (强制报废, 应付), shown by English
	// explanations as an input's labels are ([Choices] makes them). The
	// words of labelled inputs need none here. Labels do not enter the
	// receipt.
	Labels []Text
}

// Input declares one input of a rule.
type Input struct {
	Name  string
	Title Text
	Kind  Kind
	Unit  Unit     // for numbers
	Range Range    // for numbers: the valid range
	Whole bool     // for numbers: whole numbers only (persons, months of a count)
	OneOf []string // for texts: the allowed values
	// Labels are the English labels of the allowed values, in the order of
	// OneOf, shown by English explanations in place of the Chinese word
	// ([ChoiceInput] sets them). Once any are given every value needs one,
	// and no two the same. Labels are for reading only: they do not enter
	// the receipt.
	Labels []string
	// Default is the value used when the caller gives none; nil makes the
	// input required. It is read like a caller's value ("0", true, "2022-05-01").
	Default any
	// MayOmit lets the caller leave the input out without a default: the
	// rule tests given(name) before reading it, and reading it when it was
	// left out is an invalid-input error naming it.
	MayOmit bool
}

// NumberInput declares a number input.
func NumberInput(name string, title Text, unit Unit, valid Range) Input {
	return Input{Name: name, Title: title, Kind: KindNumber, Unit: unit, Range: valid}
}

// CountInput declares a whole-number input (persons, vehicles, days of a count).
func CountInput(name string, title Text, unit Unit, valid Range) Input {
	return Input{Name: name, Title: title, Kind: KindNumber, Unit: unit, Range: valid, Whole: true}
}

// TextInput declares a text input that takes one of the given values.
func TextInput(name string, title Text, values ...string) Input {
	return Input{Name: name, Title: title, Kind: KindText, OneOf: values}
}

// FlagInput declares a yes/no input.
func FlagInput(name string, title Text) Input {
	return Input{Name: name, Title: title, Kind: KindBool}
}

// DateInput declares a date input.
func DateInput(name string, title Text) Input {
	return Input{Name: name, Title: title, Kind: KindDate}
}

// DateTimeInput declares a date-time input.
func DateTimeInput(name string, title Text) Input {
	return Input{Name: name, Title: title, Kind: KindDateTime}
}

// Optional returns the input with a default value, making it optional.
func (in Input) Optional(def any) Input {
	in.Default = def
	return in
}

// Omittable returns the input marked as one the caller may leave out, with
// no default: the rule tests given(name) before it reads the value.
func (in Input) Omittable() Input {
	in.MayOmit = true
	return in
}

// Def is a named intermediate value of a rule, shown in its explanation.
type Def struct {
	Name  string
	Title Text
	Expr  string
	Unit  *Unit // when set, the compiler checks the expression has this unit
}

// Condition is a yes/no expression with the words of the requirement it
// encodes, so a failure reads as "not eligible: aged 80 or over (age = 78)".
type Condition struct {
	Name string // short identifier, stable across versions
	Text Text   // the requirement, as the document puts it
	Expr string
	Cite Citation // the clause, when not the rule's own
	// When, if set, is the case the condition concerns — one route of
	// application, one scheme, one kind of claim: a yes/no expression,
	// and when it is false the condition does not apply to the case. It
	// is then neither met nor failed ([ConditionResult.Applies]), so a
	// statement does not show a new citizen's requirement as met by a
	// household that applied by another route. For eligibility it is the
	// same as "!(When) || (Expr)".
	When string
}

// OnlyWhen returns the condition with [Condition.When] set to when: the
// condition concerns only the cases for which when holds.
func (c Condition) OnlyWhen(when string) Condition {
	c.When = when
	return c
}

// Check is a condition a valid case must meet; a failure is an invalid
// input naming Field.
type Check struct {
	Field string // the input the failure is reported on
	Text  Text   // the requirement
	Expr  string
}

// Output is one figure a rule yields.
type Output struct {
	Name  string
	Title Text
	Expr  string
	Unit  Unit // for numbers; the compiler checks the expression has it
	// Round says how a number is rounded, once, at the end. The zero
	// Rounding means: money to the fen, half away from zero (四舍五入);
	// other numbers not at all. Use [Exact] to keep money unrounded.
	Round Rounding
	Cite  Citation // the clause, when not the rule's own
	// Always computes the output even when the case is not eligible: a
	// limit, a date or a figure the caller needs either way. Other outputs
	// of a case that is not eligible are zero.
	Always bool
}

// Group is a set of rules of which a person or firm receives only the
// highest: "就高执行、不重复享受". Every member's main output is a number
// in the same unit.
type Group struct {
	ID    string
	Title Text
	Cite  Citation
	Rules []string
}

// Spec is everything a book is compiled from: a domain's parameters, rules
// and groups. The documents are those its citations name.
type Spec struct {
	Params []Param
	Rules  []Rule
	Groups []Group
}
