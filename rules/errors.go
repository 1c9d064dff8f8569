package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
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
	Code Code
	Rule string // rule, group or parameter ID the error concerns
	// Field is what the error is about: the input, parameter or part of a
	// rule — for an input of a typed evaluation ([Bind]) the Go field of
	// the case that gives it ("DisabilityGrade"), and within an assessment
	// the field's path in the assessed case ("Members[0].DisabilityGrade").
	Field string
	// Input is, for an error about an input, the rule's name of it
	// ("disability_grade"), whatever Field says.
	Input string
	Msg   string   // what is wrong, in English
	MsgZh string   // what is wrong, in Chinese; Msg when empty
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

// Error returns the error in English, flat: the rule, then
// [Error.Message] — "welfare.disability.living_allowance:
// DisabilityGrade: 7 is outside the valid range [0, 4]".
func (e *Error) Error() string {
	if e.Rule == "" {
		return e.Message(English)
	}
	return e.Rule + ": " + e.Message(English)
}

// Message returns the error in lang, short: the field and what is wrong
// ("DisabilityGrade: 7 不在有效范围[0, 4]内"), or what is wrong when it
// concerns no field ("规则书中没有此编号的规则或规则组"). It names no
// package and nests nothing; the rule is in Rule.
func (e *Error) Message(lang Lang) string {
	if e.Field == "" {
		return e.Reason(lang)
	}
	sep := "："
	if lang == English {
		sep = ": "
	}
	field := e.Field
	if e.Line > 0 {
		if lang == English {
			field += fmt.Sprintf(" (line %d, column %d)", e.Line, e.Col)
		} else {
			field += fmt.Sprintf("（第%d行第%d列）", e.Line, e.Col)
		}
	}
	return field + sep + e.Reason(lang)
}

// Reason returns what is wrong in lang, without the field: "7不在有效范围[0,
// 4]内", "7 is outside the valid range [0, 4]", "未提供", "missing". A
// statement shows it beside the fact it names in its own words.
func (e *Error) Reason(lang Lang) string {
	var b strings.Builder
	sep := "："
	if lang == English {
		sep = ": "
	}
	msg := e.Msg
	if lang == Chinese && e.MsgZh != "" {
		msg = e.MsgZh
	} else if lang == Chinese && msg != "" {
		// A message written in English only (a book's own definition, an
		// adapter's error): the Chinese says which kind of error it is.
		msg = codeText(e.Code).Zh + "：" + msg
	}
	if msg == "" {
		msg = codeText(e.Code).In(lang)
	}
	b.WriteString(msg)
	if e.Err != nil {
		b.WriteString(sep)
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// with sets the error's message to t, in both languages.
func (e *Error) with(t Text) *Error {
	e.Msg, e.MsgZh = t.En, t.Zh
	return e
}

// inputErr returns an invalid-input error of the rule about the input.
func inputErr(rule, input string, t Text) *Error {
	return (&Error{Code: CodeInvalidInput, Rule: rule, Field: input, Input: input}).with(t)
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
	return e.text(English)
}

// Message returns every problem in lang, one a line.
func (e *CompileError) Message(lang Lang) string { return e.text(lang) }

func (e *CompileError) text(lang Lang) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Message(lang)
		if p.Rule != "" {
			lines[i] = p.Rule + ": " + lines[i]
		}
	}
	if lang == English {
		return fmt.Sprintf("%d problem(s):\n  %s", len(e.Problems), strings.Join(lines, "\n  "))
	}
	return fmt.Sprintf("%d处问题：\n  %s", len(e.Problems), strings.Join(lines, "\n  "))
}

// Unwrap returns the problems.
func (e *CompileError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

// msgKey names a message of the table [messages].
type msgKey int

// The messages. All texts of errors are in the table below, in English and
// Chinese, so that they read alike.
const (
	msgUnknownRule msgKey = iota
	msgNotInForce
	msgNoDate
	msgNotIntOutput
	msgMissing
	msgUnknownField
	msgWrongKind
	msgWrongType
	msgFloat
	msgNotANumber
	msgTooLarge
	msgDecimalTooLarge
	msgDateRange
	msgTooLong
	msgPercent
	msgZeroDate
	msgNotOneOf
	msgOutOfRange
	msgNotWhole
	msgCaseByCase
	msgByReference
	msgDivByZero
	msgNoEntry
	msgNotCovered
	msgEvalPanic
	msgUnknownParam
	msgNoValueAt
	msgBelowFloor
	msgAboveCap
	msgOutsideWithin
	msgOverrideSign
	msgOverrideCount
	msgOverrideShape
	msgNoOverrideCite
	msgOverrideNoDate
	msgGroupNoMember
	msgGroupUnknownMbr
	msgPrepared
	msgCheckFailed
	msgCompile
	msgHoursNotWhole
	msgNotWholeCount
	msgNotADate
	msgNotADateTime
	msgRateNoPct
	msgRateNotNumber
	numMessages
)

// messages are the texts of the errors, each in English and Chinese, with
// the same verbs in the same order. An argument that is a [Text] is given
// in the language of the message.
var messages = [numMessages]struct{ en, zh string }{
	msgUnknownRule:     {"no rule or group with this ID in the book", "规则书中没有此编号的规则或规则组"},
	msgNotInForce:      {"evaluation date %s is outside the in-force period %s", "评估日期%s不在施行期间（%s）内"},
	msgNoDate:          {"no evaluation date given", "未给出评估日期"},
	msgNotIntOutput:    {"the output %s is not a whole number an int field holds", "输出%s不是整数字段能容纳的整数"},
	msgMissing:         {"missing", "未提供"},
	msgUnknownField:    {"unknown input; the rule's inputs are: %s", "不是本规则的输入项；本规则的输入项为：%s"},
	msgWrongKind:       {"expected a %s, got a %s value", "应为%s，实为%s"},
	msgWrongType:       {"expected a %s, got %s", "应为%s，实为%s"},
	msgFloat:           {"got the float %v; give amounts exactly, as a string, an integer, json.Number or decimal.Decimal", "得到浮点数%v；金额须精确给出，用字符串、整数、json.Number或decimal.Decimal"},
	msgNotANumber:      {"%q is not a decimal number", "“%s”不是十进制数"},
	msgNotADate:        {"%q is not a date of the form YYYY-MM-DD", "“%s”不是YYYY-MM-DD形式的日期"},
	msgRateNoPct:       {"rate %q has no %%: a rate is written as a percentage with its sign (\"15%%\" for the fraction 0.15), so that a bare number is never taken in the wrong convention", "比率“%s”缺少%%：比率须写成带百分号的百分数（分数0.15写作“15%%”），以免裸数按错误的约定读取"},
	msgRateNotNumber:   {"rate %q is not a number followed by %%", "比率“%s”不是数字加%%"},
	msgNotADateTime:    {"%q is not a date-time of the form YYYY-MM-DD HH:MM[:SS]", "“%s”不是YYYY-MM-DD HH:MM[:SS]形式的日期时间"},
	msgTooLarge:        {"%q is beyond the numbers a rule takes (at most 40 significant digits and 30 decimal places or powers of ten)", "“%s”超出规则可处理的数值（有效数字不超过40位，小数位数或十的幂次不超过30）"},
	msgDecimalTooLarge: {"a number of %d significant digits with exponent %d is beyond the numbers a rule takes (at most 40 digits and 30 decimal places or powers of ten)", "有效数字%d位、指数%d的数超出规则可处理的数值（有效数字不超过40位，小数位数或十的幂次不超过30）"},
	msgDateRange:       {"%s is outside the dates a case may hold (%s – %s)", "%s不在案件可用的日期范围（%s至%s）内"},
	msgTooLong:         {"%q is longer than a number a rule takes (%d characters)", "“%s”超过规则可处理的长度（%d个字符）"},
	msgPercent:         {"%q is written as a percentage, but the input is in %s, not a percentage", "“%s”写成了百分数，但该项的单位是%s，不是百分数"},
	msgZeroDate:        {"the zero date is not a date", "零值日期不是有效日期"},
	msgNotOneOf:        {"%q is not one of: %s", "“%s”不是以下之一：%s"},
	msgOutOfRange:      {"%s is outside the valid range %s", "%s不在有效范围%s内"},
	msgNotWhole:        {"%s is not a whole number", "%s不是整数"},
	msgCaseByCase:      {"assessed case by case (按实评估): %s", "按实评估：%s"},
	msgByReference:     {"the figure is set locally, by reference to the document's (参照执行): %s", "数额由当地参照文件标准确定（参照执行）：%s"},
	msgDivByZero:       {"division by zero", "除数为零"},
	msgNoEntry:         {"table %s has no entry for %s", "表%s中没有%s对应的项"},
	msgNotCovered:      {"%s is outside every band of bracket %s", "%s不在分档%s的任何一档内"},
	msgEvalPanic:       {"evaluation failed: %v", "计算失败：%v"},
	msgUnknownParam:    {"no parameter with this name in the book", "规则书中没有此名称的参数"},
	msgNoValueAt:       {"parameter has no value in force on %s", "参数在%s没有有效的值"},
	msgBelowFloor:      {"override %s is below the document's floor %s (不低于) in force on %s", "调整值%[1]s低于文件在%[3]s施行的下限%[2]s（不低于）"},
	msgAboveCap:        {"override %s is above the document's cap %s (不超过) in force on %s", "调整值%[1]s高于文件在%[3]s施行的上限%[2]s（不超过）"},
	msgOutsideWithin:   {"override %s is outside the range %s the document allows", "调整值%s不在文件允许的范围%s内"},
	msgOverrideSign:    {"override %s changes the sign of the document's figure %s; declare the parameter's range to allow it", "调整值%s改变了文件数值%s的正负；如需允许，应声明参数的范围"},
	msgOverrideCount:   {"override %s is not a whole count of %s up to %d", "调整值%s不是不超过%[3]d的%[2]s整数"},
	msgOverrideShape:   {"override must have the same shape as the document's value: %s", "调整值须与文件数值形式相同：%s"},
	msgNoOverrideCite:  {"an override needs a citation of the text that sets it", "调整值须引用设定它的文件条文"},
	msgOverrideNoDate:  {"an override needs the date from which it applies", "调整值须给出起始适用日期"},
	msgGroupNoMember:   {"no member of the group was given inputs; its members: %s", "规则组中没有任何规则给出输入；组内规则为：%s"},
	msgGroupUnknownMbr: {"%q is not a member of this group; members: %s", "“%s”不是本规则组的规则；组内规则为：%s"},
	msgPrepared:        {"prepared for %d values, given %d", "预备了%d个值，实给%d个"},
	msgCheckFailed:     {"%s (%s)", "%s（%s）"},
	msgCompile:         {"%s", "规则书有误：%s"},
	msgHoursNotWhole:   {"%s hours is not a whole number of seconds within reach", "%s小时不是可计算范围内的整秒数"},
	msgNotWholeCount:   {"%s is not a whole count of days, months or years", "%s不是整数的天数、月数或年数"},
}

// text returns the message with its arguments, in both languages.
func (k msgKey) text(args ...any) Text {
	m := messages[k]
	if len(args) == 0 {
		return Text{Zh: m.zh, En: m.en}
	}
	return Text{Zh: sprintfIn(Chinese, m.zh, args), En: sprintfIn(English, m.en, args)}
}

func sprintfIn(lang Lang, format string, args []any) string {
	in := make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(Text); ok {
			a = t.In(lang)
		}
		if s, ok := a.(string); ok && lang == Chinese {
			// The English quotes a caller's text with %q; the Chinese
			// between “ and ”, escaping only what would break the line.
			a = EscapeControl(s)
		}
		in[i] = a
	}
	return fmt.Sprintf(format, in...)
}

// EscapeControl writes the control characters of s (a newline, a tab, a
// line separator) as Go escapes, "\n", and leaves every other character as
// it is, so that a message quoting a caller's text stays one line and
// shows what the caller wrote.
func EscapeControl(s string) string {
	breaks := func(r rune) bool { return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' }
	if strings.IndexFunc(s, breaks) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if breaks(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// codeText names a code, for an error that gives no message.
func codeText(c Code) Text {
	switch c {
	case CodeUnknownRule:
		return T("未知规则", "unknown rule")
	case CodeNotInForce:
		return T("不在施行期间", "not in force")
	case CodeInvalidInput:
		return T("输入无效", "invalid input")
	case CodeCaseByCase:
		return T("按实评估", "case by case")
	case CodeInvalidOverride:
		return T("调整无效", "invalid override")
	case CodeCompile:
		return T("规则书有误", "the book does not compile")
	case CodeEvaluation:
		return T("计算失败", "evaluation failed")
	}
	return T(string(c), string(c))
}

// kindText names a kind of value in both languages.
func kindText(k Kind) Text {
	switch k {
	case KindNumber:
		return T("数值", "number")
	case KindBool:
		return T("是/否", "bool")
	case KindText:
		return T("文本", "text")
	case KindDate:
		return T("日期", "date")
	case KindDateTime:
		return T("日期时间", "date-time")
	}
	return T("无效值", "invalid")
}

// unitText names a unit in both languages.
func unitText(u Unit) Text {
	if u.IsNumber() {
		return T("纯数", "a pure number")
	}
	return T(u.In(Chinese), u.In(English))
}

// dateText gives a date in both languages.
func dateText(d Date) Text { return T(d.Chinese(), d.String()) }

// periodText gives a period in both languages.
func periodText(p Period) Text { return T(p.Chinese(), p.String()) }

// prefix returns u preceded by t, in each language.
func (t Text) prefix(u Text) Text { return Text{Zh: t.Zh + u.Zh, En: t.En + u.En} }

// untranslated gives problems of a book's own definition, which are in
// English, as texts: the Chinese says which kind of problem it is.
func untranslated(problems []string) []Text {
	out := make([]Text, len(problems))
	for i, p := range problems {
		out[i] = msgCompile.text(p)
	}
	return out
}

// textError is an error of the table from below the entry points, which
// return a plain error; the entry points give its text in both languages.
type textError struct{ t Text }

func (e *textError) Error() string { return e.t.En }

func errorf(k msgKey, args ...any) error { return &textError{k.text(args...)} }

// textOf returns the text of an error, in both languages when it has them.
func textOf(err error) Text {
	if t, ok := err.(*textError); ok {
		return t.t
	}
	if e, ok := err.(*Error); ok {
		return T(e.Message(Chinese), e.Message(English))
	}
	return T(err.Error(), err.Error())
}
