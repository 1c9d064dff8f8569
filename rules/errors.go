package rules

import (
	"fmt"
	"strings"
)

// Code is the stable name of a kind of error; adapters may show it to
// callers and switch on it.
type Code string

const (
	CodeUnknownRule     Code = "unknown_rule"     // no rule or group with that ID
	CodeNotInForce      Code = "not_in_force"     // evaluation date outside the rule's in-force period
	CodeInvalidInput    Code = "invalid_input"    // an input missing, of the wrong type, out of range or unknown
	CodeCaseByCase      Code = "case_by_case"     // 按实评估: the document gives no figure for this case
	CodeInvalidOverride Code = "invalid_override" // an override the book refuses
	CodeCompile         Code = "compile"          // a rule, parameter or document that does not compile
	CodeEvaluation      Code = "evaluation"       // a rule failed while evaluating (a defect of the rule)
)

// Sentinel errors for [errors.Is]. Every error the package returns is an
// [*Error] (or a [*CompileError] holding them) that matches the sentinel of
// its code.
var (
	ErrUnknownRule     = &Error{Code: CodeUnknownRule}
	ErrNotInForce      = &Error{Code: CodeNotInForce}
	ErrInvalidInput    = &Error{Code: CodeInvalidInput}
	ErrCaseByCase      = &Error{Code: CodeCaseByCase}
	ErrInvalidOverride = &Error{Code: CodeInvalidOverride}
	ErrCompile         = &Error{Code: CodeCompile}
	ErrEvaluation      = &Error{Code: CodeEvaluation}
)

// Error is the one error type of the package. It names the rule and, where
// there is one, the input field or parameter concerned.
type Error struct {
	Code  Code
	Rule  string   // rule, group or parameter ID the error concerns
	Field string   // input field, parameter or part of a rule
	Msg   string   // what is wrong, in English
	Line  int      // for compile errors: position in the expression, from 1
	Col   int      // column, in characters, from 1
	Cite  Citation // for case-by-case: the clause that says so
	Err   error    // underlying error, if any

	// Reference is, for a case the document leaves to another authority's
	// own figures (a rule's ByReference), the evaluation with the
	// document's figures, which that authority refers to (参照); nil
	// otherwise. Its figures are a reference, not the amount due.
	Reference *Result
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("rules: ")
	if e.Rule != "" {
		b.WriteString(e.Rule)
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Line > 0 {
			fmt.Fprintf(&b, " (line %d, column %d)", e.Line, e.Col)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if e.Msg == "" {
		b.WriteString(string(e.Code))
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is the sentinel of e's code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Rule == "" && t.Field == "" && t.Msg == "" && t.Code == e.Code
}

// CompileError lists every problem found while compiling a book, so that
// one run shows them all. It matches [ErrCompile] (or [ErrInvalidOverride]
// when an override was at fault) with [errors.Is], and [errors.As] finds
// each [*Error] in it.
type CompileError struct {
	Problems []*Error
}

func (e *CompileError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	return fmt.Sprintf("rules: %d problem(s):\n  %s", len(e.Problems), strings.Join(lines, "\n  "))
}

// Unwrap returns the problems.
func (e *CompileError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

// Messages. All texts of errors are here, so that they read alike.
const (
	msgUnknownRule     = "no rule or group with this ID in the book"
	msgNotInForce      = "evaluation date %s is outside the in-force period %s"
	msgNoDate          = "no evaluation date given"
	msgNotIntOutput    = "the output %s is not a whole number an int field holds"
	msgMissing         = "missing"
	msgUnknownField    = "unknown input; the rule's inputs are: %s"
	msgWrongKind       = "expected a %s, got a %s value"
	msgWrongType       = "expected a %s, got %s"
	msgFloat           = "got the float %v; give amounts exactly, as a string, an integer, json.Number or decimal.Decimal"
	msgNotANumber      = "%q is not a decimal number"
	msgTooLarge        = "%q is beyond the numbers a rule takes (at most 40 significant digits and 30 decimal places or powers of ten)"
	msgDecimalTooLarge = "a number of %d significant digits with exponent %d is beyond the numbers a rule takes (at most 40 digits and 30 decimal places or powers of ten)"
	msgDateRange       = "%s is outside the dates a case may hold (%s – %s)"
	msgTooLong         = "%q is longer than a number a rule takes (%d characters)"
	msgPercent         = "%q is written as a percentage, but the input is in %s, not a percentage"
	msgZeroDate        = "the zero date is not a date"
	msgNotOneOf        = "%q is not one of: %s"
	msgOutOfRange      = "%s is outside the valid range %s"
	msgNotWhole        = "%s is not a whole number"
	msgCaseByCase      = "assessed case by case (按实评估): %s"
	msgByReference     = "the figure is set locally, by reference to the document's (参照执行): %s"
	msgDivByZero       = "division by zero"
	msgNoEntry         = "table %s has no entry for %s"
	msgNotCovered      = "%s is outside every band of bracket %s"
	msgEvalPanic       = "evaluation failed: %v"
	msgUnknownParam    = "no parameter with this name in the book"
	msgNoValueAt       = "parameter has no value in force on %s"
	msgBelowFloor      = "override %s is below the document's floor %s (不低于) in force on %s"
	msgAboveCap        = "override %s is above the document's cap %s (不超过) in force on %s"
	msgOutsideWithin   = "override %s is outside the range %s the document allows"
	msgOverrideSign    = "override %s changes the sign of the document's figure %s; declare the parameter's range to allow it"
	msgOverrideCount   = "override %s is not a whole count of %s up to %d"
	msgOverrideShape   = "override must have the same shape as the document's value: %s"
	msgNoOverrideCite  = "an override needs a citation of the text that sets it"
	msgOverrideNoDate  = "an override needs the date from which it applies"
	msgGroupNoMember   = "no member of the group was given inputs; its members: %s"
	msgGroupUnknownMbr = "%q is not a member of this group; members: %s"
)
