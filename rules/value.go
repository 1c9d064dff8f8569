package rules

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// Kind is the type of an input, a parameter or a value: a number (exact
// decimal with a [Unit]), a yes/no, a text (one of a closed list of values,
// such as a district), or a date.
type Kind uint8

const (
	KindInvalid  Kind = iota
	KindNumber        // decimal.Decimal
	KindBool          // bool
	KindText          // string
	KindDate          // Date
	KindDateTime      // DateTime
)

func (k Kind) String() string {
	switch k {
	case KindNumber:
		return "number"
	case KindBool:
		return "bool"
	case KindText:
		return "text"
	case KindDate:
		return "date"
	case KindDateTime:
		return "date-time"
	}
	return "invalid"
}

// Value is one value of any [Kind]. The zero Value is invalid; build values
// with [NumberValue], [BoolValue], [TextValue] and [DateValue].
type Value struct {
	n    number
	text string
	at   DateTime // dates use its day
	kind Kind
	b    bool
}

// NumberValue returns a number value.
func NumberValue(d decimal.Decimal) Value { return Value{kind: KindNumber, n: exact.Of(d)} }

func numberValue(n number) Value { return Value{kind: KindNumber, n: n} }

// BoolValue returns a yes/no value.
func BoolValue(b bool) Value { return Value{kind: KindBool, b: b} }

// TextValue returns a text value.
func TextValue(s string) Value { return Value{kind: KindText, text: s} }

// DateValue returns a date value.
func DateValue(d Date) Value { return Value{kind: KindDate, at: DateTime{d: d}} }

// DateTimeValue returns a date-time value.
func DateTimeValue(t DateTime) Value { return Value{kind: KindDateTime, at: t} }

// Kind returns the kind of the value.
func (v Value) Kind() Kind { return v.kind }

// Number returns the value of a number (zero for other kinds).
func (v Value) Number() decimal.Decimal {
	if v.kind != KindNumber {
		return decimal.Decimal{}
	}
	return v.n.Dec()
}

// Bool returns the value of a yes/no (false for other kinds).
func (v Value) Bool() bool { return v.b }

// Text returns the value of a text ("" for other kinds).
func (v Value) Text() string { return v.text }

// Date returns the value of a date, or the day of a date-time (the zero
// Date for other kinds).
func (v Value) Date() Date { return v.at.d }

// DateTime returns the value of a date-time (the zero DateTime for other
// kinds).
func (v Value) DateTime() DateTime {
	if v.kind != KindDateTime {
		return DateTime{}
	}
	return v.at
}

// Equal reports whether v and w are of the same kind and value; numbers
// compare by value, so 1.0 equals 1.00.
func (v Value) Equal(w Value) bool {
	if v.kind != w.kind {
		return false
	}
	switch v.kind {
	case KindNumber:
		return v.n.Cmp(w.n) == 0
	case KindBool:
		return v.b == w.b
	case KindText:
		return v.text == w.text
	case KindDate, KindDateTime:
		return v.at == w.at
	}
	return true
}

// String formats the value plainly: numbers as written (exact), yes/no as
// true/false, dates as YYYY-MM-DD.
func (v Value) String() string {
	switch v.kind {
	case KindNumber:
		return v.n.String()
	case KindBool:
		if v.b {
			return "true"
		}
		return "false"
	case KindText:
		return v.text
	case KindDate:
		return v.at.d.String()
	case KindDateTime:
		return v.at.String()
	}
	return "<invalid>"
}

// Format formats the value with its unit in lang: money to the fen
// ("54000.00 元"), percentages as percent ("50%"), yes/no as 是/否 or
// yes/no, a text as it is. [Figure.Format] and [Step.Format] show a text
// in English by its English label (see [Input.Labels]).
func (v Value) Format(u Unit, lang Lang) string {
	switch v.kind {
	case KindNumber:
		return formatNumber(v.n.Dec(), u, lang)
	case KindBool:
		switch {
		case lang == English && v.b:
			return "yes"
		case lang == English:
			return "no"
		case v.b:
			return "是"
		}
		return "否"
	case KindDate:
		if lang == English {
			return v.at.d.String()
		}
		return v.at.d.Chinese()
	case KindDateTime:
		if lang == English {
			return v.at.String()
		}
		return v.at.Chinese()
	}
	return v.String()
}

func formatNumber(d decimal.Decimal, u Unit, lang Lang) string {
	if exact.TooLongToWrite(d) {
		// A caller's decimal far beyond the numbers a rule takes: written
		// as coefficient and exponent, never expanded to its digits.
		return exact.Scientific(d) + " " + u.In(lang)
	}
	switch {
	case u.IsPercent():
		return d.Shift(2).String() + "%"
	case u.IsMoney():
		places := max(2, -d.Exponent())
		return d.StringFixed(places) + " " + u.In(lang)
	case u.IsNumber():
		return d.String()
	}
	if lang == English && u.def().plural != "" && !d.Equal(decimal.NewFromInt(1)) {
		return d.String() + " " + u.def().plural
	}
	return d.String() + " " + u.In(lang)
}

// MarshalJSON writes numbers as JSON strings (exact, never a float), and
// other kinds as their natural JSON form.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case KindBool:
		return json.Marshal(v.b)
	case KindInvalid:
		return []byte("null"), nil
	case KindDate, KindDateTime:
		if v.String() == "" { // no date: an output a case not eligible leaves unset
			return []byte("null"), nil
		}
	}
	return json.Marshal(v.String())
}

// valueOf converts a caller's value to the kind k, the way inputs, overrides
// and data test cases are read. Numbers are accepted as decimal.Decimal,
// Go integers, json.Number and strings ("12.50", "6%" meaning 0.06) —
// never float64, which cannot hold an amount exactly. Dates are accepted as
// Date, time.Time or "YYYY-MM-DD"; date-times as DateTime, time.Time or
// "YYYY-MM-DD HH:MM[:SS]".
func valueOf(k Kind, x any) (Value, error) {
	if v, ok := x.(Value); ok {
		if v.kind != k {
			return Value{}, errorf(msgWrongKind, kindText(k), kindText(v.kind))
		}
		return v, nil
	}
	switch k {
	case KindNumber:
		d, err := decimalOf(x)
		if err != nil {
			return Value{}, err
		}
		return NumberValue(d), nil
	case KindBool:
		if b, ok := x.(bool); ok {
			return BoolValue(b), nil
		}
	case KindText:
		if s, ok := x.(string); ok {
			return TextValue(s), nil
		}
		if s, ok := x.(fmt.Stringer); ok {
			return TextValue(s.String()), nil
		}
	case KindDate:
		var d Date
		switch t := x.(type) {
		case Date:
			d = t
		case time.Time:
			if t.IsZero() {
				return Value{}, errorf(msgZeroDate)
			}
			d = DateOf(t)
		case string:
			if len(t) > maxText {
				return Value{}, errorf(msgTooLong, clip(t), maxText)
			}
			var err error
			if d, err = ParseDate(t); err != nil {
				return Value{}, errorf(msgNotADate, clip(t))
			}
		default:
			return Value{}, errorf(msgWrongType, kindText(k), describe(x))
		}
		if msg := dateProblem(d); msg.En != "" {
			return Value{}, &textError{msg}
		}
		return DateValue(d), nil
	case KindDateTime:
		var dt DateTime
		switch t := x.(type) {
		case DateTime:
			dt = t
		case time.Time:
			if t.IsZero() {
				return Value{}, errorf(msgZeroDate)
			}
			dt = DateTimeOf(t)
		case string:
			if len(t) > maxText {
				return Value{}, errorf(msgTooLong, clip(t), maxText)
			}
			var err error
			if dt, err = ParseDateTime(t); err != nil {
				return Value{}, errorf(msgNotADateTime, clip(t))
			}
		default:
			return Value{}, errorf(msgWrongType, kindText(k), describe(x))
		}
		if msg := dateProblem(dt.d); msg.En != "" {
			return Value{}, &textError{msg}
		}
		return DateTimeValue(dt), nil
	}
	return Value{}, errorf(msgWrongType, kindText(k), describe(x))
}

func decimalOf(x any) (decimal.Decimal, error) {
	switch n := x.(type) {
	case decimal.Decimal:
		return checkDecimal(n, "")
	case *decimal.Decimal:
		if n != nil {
			return checkDecimal(*n, "")
		}
	case int:
		return decimal.NewFromInt(int64(n)), nil
	case int8:
		return decimal.NewFromInt(int64(n)), nil
	case int16:
		return decimal.NewFromInt(int64(n)), nil
	case int32:
		return decimal.NewFromInt(int64(n)), nil
	case int64:
		return decimal.NewFromInt(n), nil
	case uint8:
		return decimal.NewFromInt(int64(n)), nil
	case uint16:
		return decimal.NewFromInt(int64(n)), nil
	case uint32:
		return decimal.NewFromInt(int64(n)), nil
	case uint:
		return decimal.NewFromBigInt(new(big.Int).SetUint64(uint64(n)), 0), nil
	case uint64:
		return decimal.NewFromBigInt(new(big.Int).SetUint64(n), 0), nil
	case json.Number:
		return parseDecimal(string(n))
	case string:
		return parseDecimal(n)
	case float32, float64:
		return decimal.Decimal{}, errorf(msgFloat, n)
	}
	return decimal.Decimal{}, errorf(msgWrongType, kindText(KindNumber), describe(x))
}

// Limits on numbers read from callers: amounts in the documents have a few
// digits; a number beyond these is a mistake (or an attack), not a case.
// They apply to every number a caller gives — text, integer or
// decimal.Decimal, input or override — before any arithmetic, so that no
// number can make an evaluation slow, overflow an exponent or escape
// rounding.
const (
	maxScale  = 30 // decimal places, and powers of ten
	maxDigits = 40 // significant digits
	maxText   = 64 // characters of a number written as text
)

// checkDecimal applies the limits to a decimal; written is the text it was
// read from, quoted in the error ("" for a decimal.Decimal given as such).
func checkDecimal(d decimal.Decimal, written string) (decimal.Decimal, error) {
	if !withinLimits(d) {
		if written == "" {
			return decimal.Decimal{}, errorf(msgDecimalTooLarge, d.NumDigits(), d.Exponent())
		}
		return decimal.Decimal{}, errorf(msgTooLarge, clip(written))
	}
	return d, nil
}

// withinLimits reports whether d has at most maxDigits significant digits
// and an exponent within ±maxScale. It does no arithmetic on d.

// CheckNumber reports an error matching [ErrInvalidInput] when d is beyond
// the numbers a rule takes (more than 40 significant digits, or more than
// 30 decimal places or powers of ten): a figure read from outside —
// JSON of a statement, a file — is checked before it is used. (Formatting
// writes such a number as coefficient and exponent, never in full, which
// for 1e999999999 would take a gigabyte.)
func CheckNumber(d decimal.Decimal) error {
	if withinLimits(d) {
		return nil
	}
	return (&Error{Code: CodeInvalidInput}).with(msgDecimalTooLarge.text(d.NumDigits(), d.Exponent()))
}

func withinLimits(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -maxScale && e <= maxScale && d.NumDigits() <= maxDigits
}

// withinLimits is the same test for a number of the engine.
func numWithinLimits(a number) bool {
	_, e, small := a.Small()
	if !small {
		return withinLimits(*a.Big())
	}
	return e >= -maxScale && e <= maxScale
}

// parseDecimal reads an exact decimal; a trailing "%" divides by 100 (for
// inputs in percent only: see [isPercentText]).
func parseDecimal(s string) (decimal.Decimal, error) {
	if len(s) > maxText {
		return decimal.Decimal{}, errorf(msgTooLong, clip(s), maxText)
	}
	t := strings.TrimSpace(s)
	pct := strings.HasSuffix(t, "%")
	t = strings.TrimSuffix(t, "%")
	d, err := decimal.NewFromString(t)
	if err != nil || t == "" || strings.ContainsAny(t, "_ ") {
		return decimal.Decimal{}, errorf(msgNotANumber, clip(s))
	}
	if d, err = checkDecimal(d, s); err != nil {
		return decimal.Decimal{}, err
	}
	if pct {
		d = d.Shift(-2)
	}
	return d, nil
}

// isPercentText reports whether x is a number written with a "%", which
// only an input or parameter in percent may take: "9000%" is not 90 m².
func isPercentText(x any) bool {
	var s string
	switch v := x.(type) {
	case string:
		s = v
	case json.Number:
		s = string(v)
	default:
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(s), "%")
}

// clip quotes at most a short prefix of a caller's text in a message, so an
// error never repeats a megabyte of input.
func clip(s string) string {
	const most = 40
	r := []rune(s)
	if len(r) <= most {
		return s
	}
	return string(r[:most]) + fmt.Sprintf("…(%d characters)", len(r))
}

// describe names a caller's value in a message, in words a caller of any
// language reads (never a Go type name), showing the value itself only when
// printing it is cheap and short (printing a decimal of any exponent is not).
func describe(x any) Text {
	switch v := x.(type) {
	case nil:
		return T("空值（null）", "nothing (null)")
	case string:
		return T(fmt.Sprintf("文本“%s”", clip(v)), fmt.Sprintf("the text %q", clip(v)))
	case bool:
		return T(fmt.Sprintf("是/否（%t）", v), fmt.Sprintf("yes/no (%t)", v))
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return T(fmt.Sprintf("整数%d", v), fmt.Sprintf("the whole number %d", v))
	case float32, float64:
		return T("浮点数", "a floating-point number")
	case decimal.Decimal, *decimal.Decimal, json.Number:
		return T("数值", "a number")
	case Date, DateTime, time.Time:
		return T("日期", "a date")
	case Value:
		return T(kindText(v.kind).Zh+"值", "a "+v.kind.String()+" value")
	}
	switch reflect.ValueOf(x).Kind() {
	case reflect.Map, reflect.Struct:
		return T("结构化的值", "a structured value")
	case reflect.Slice, reflect.Array:
		return T("列表", "a list")
	}
	return T("其他类型的值", "a value of another kind")
}
