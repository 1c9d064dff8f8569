// The JSON form of a case, read strictly. This file is the same in
// examples/wzhttp (a request body of POST /v1/eval) and examples/wzcase (a
// case file); a test of wzcase checks that the two copies agree.

// Package casejson reads and writes a case as JSON — a rule, a date and its
// inputs — strictly, for the example commands that take cases from callers
// (wzcase, wzhttp): exact field names, no unknown or repeated field, no
// trailing data, a bounded size, and errors that name the field and no Go
// type.
package casejson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/wzpolicy/wzpolicy/rules"
)

// MaxBytes bounds a case: a request body of wzhttp, a file of wzcase. A
// case is a few hundred bytes (the rule with the most inputs takes about
// twenty); 64 KiB leaves room for any hand-written case and none for a
// mistake or an attack.
const MaxBytes = 64 << 10

// Fields are the fields of a case, spelt exactly so.
var Fields = []string{"rule", "date", "inputs", "lang"}

// Case is a case read from its JSON form.
type Case struct {
	Rule string
	Date rules.Date
	// Inputs hold only strings, json.Numbers and bools: the values a JSON
	// case can give an input.
	Inputs rules.Inputs
	Lang   string // "", "zh" or "en"
}

// Error is a case that cannot be read. Its message names no Go type
// and quotes what the caller wrote, so that it is one line.
type Error struct {
	Code  string // "bad_request" or "invalid_input"
	Field string // a field of the case ("rule", "date", "inputs", "lang"), or an input's name
	Input bool   // Field names an input: the value given for it is wrong
	Msg   string
}

func (e *Error) Error() string {
	switch {
	case e.Input:
		return fmt.Sprintf("inputs.%s: %s", QuoteName(e.Field), e.Msg)
	case e.Field != "":
		return fmt.Sprintf("field %q: %s", e.Field, e.Msg)
	}
	return e.Msg
}

// QuoteName writes an input's name as it is when it is a plain word, and
// quoted otherwise, so that no name can break a line or pass for another.
func QuoteName(name string) string {
	for _, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return fmt.Sprintf("%q", name)
		}
	}
	if name == "" {
		return `""`
	}
	return name
}

func badCase(field, format string, args ...any) *Error {
	return &Error{Code: "bad_request", Field: field, Msg: fmt.Sprintf(format, args...)}
}

func badInput(name, format string, args ...any) *Error {
	return &Error{Code: string(rules.CodeInvalidInput), Field: name, Input: true, Msg: fmt.Sprintf(format, args...)}
}

// Decode reads a case: one JSON object with the fields rule (required),
// date (required, YYYY-MM-DD), inputs (an object of strings, numbers and
// booleans) and lang ("zh" or "en"). Field names are exact (encoding/json
// alone would take "RULE" for "rule"); a field not in the list, a field or
// an input given twice, anything after the object, and text that is not
// UTF-8 are refused.
func Decode(body []byte) (Case, *Error) {
	var c Case
	if !utf8.Valid(body) {
		return c, badCase("", "the case is not UTF-8 text")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return c, badCase("", `the case is empty; a case is a JSON object {"rule": …, "date": …, "inputs": {…}}`)
		}
		return c, syntaxError(err)
	}
	if tok != json.Delim('{') {
		return c, badCase("", `a case is a JSON object {"rule": …, "date": …, "inputs": {…}}, not %s`, describeToken(tok))
	}
	seen := map[string]bool{}
	var date string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return c, syntaxError(err)
		}
		key, _ := tok.(string) // a key is always a string inside an object
		if !slices.Contains(Fields, key) {
			return c, badCase(key, "not a field of a case; the fields are %s", strings.Join(Fields, ", "))
		}
		if seen[key] {
			return c, badCase(key, "given twice")
		}
		seen[key] = true
		if key == "inputs" {
			in, e := decodeInputs(dec)
			if e != nil {
				return c, e
			}
			c.Inputs = in
			continue
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return c, syntaxError(err)
		}
		s, ok := v.(string)
		if !ok {
			return c, badCase(key, "must be a string, not %s", describeJSON(v))
		}
		switch key {
		case "rule":
			c.Rule = s
		case "date":
			date = s
		case "lang":
			c.Lang = s
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return c, syntaxError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return c, badCase("", "not a case: more follows the object; a case is one JSON object and nothing else")
	}
	if c.Rule == "" {
		return c, badCase("rule", "missing: the ID of the rule to evaluate")
	}
	if !seen["date"] {
		return c, &Error{Code: string(rules.CodeInvalidInput), Field: "date", Msg: "missing: the evaluation date, YYYY-MM-DD"}
	}
	on, err := rules.ParseDate(date)
	if err != nil {
		return c, &Error{Code: string(rules.CodeInvalidInput), Field: "date", Msg: fmt.Sprintf("%q is not a date of the form YYYY-MM-DD", date)}
	}
	c.Date = on
	if c.Lang != "" && c.Lang != "zh" && c.Lang != "en" {
		return c, badCase("lang", `%q is not "zh" or "en"`, c.Lang)
	}
	if c.Inputs == nil {
		c.Inputs = rules.Inputs{}
	}
	return c, nil
}

// decodeInputs reads the object of inputs: each value a string, a number or
// a boolean.
func decodeInputs(dec *json.Decoder) (rules.Inputs, *Error) {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, syntaxError(err)
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	tok, err := d.Token()
	if err != nil {
		return nil, syntaxError(err)
	}
	if tok != json.Delim('{') {
		return nil, badCase("inputs", "must be an object of input values, not %s", describeToken(tok))
	}
	in := rules.Inputs{}
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			return nil, syntaxError(err)
		}
		name, _ := tok.(string)
		if _, dup := in[name]; dup {
			return nil, badInput(name, "given twice")
		}
		var v any
		if err := d.Decode(&v); err != nil {
			return nil, syntaxError(err)
		}
		switch v.(type) {
		case string, json.Number, bool:
		case nil:
			return nil, badInput(name, "null is not a value; leave out an input that is not known")
		default:
			return nil, badInput(name, "must be a string, a number or true or false, not %s", describeJSON(v))
		}
		in[name] = v
	}
	return in, nil
}

// CheckKinds checks that each input the rule declares is given as JSON of
// its kind, so that the rule's own message for a value of the wrong type —
// which names Go types — never reaches the caller. Inputs the rule does not
// declare are left to the rule, which names them.
func CheckKinds(r rules.Rule, in rules.Inputs) *Error {
	for _, decl := range r.Inputs {
		v, ok := in[decl.Name]
		if !ok {
			continue
		}
		want := ""
		switch decl.Kind {
		case rules.KindNumber:
			if _, isStr := v.(string); !isStr {
				if _, isNum := v.(json.Number); !isNum {
					want = `a number (a JSON number, or a string such as "12.50" or "6%")`
				}
			}
		case rules.KindBool:
			if _, isBool := v.(bool); !isBool {
				want = "true or false"
			}
		case rules.KindText:
			if _, isStr := v.(string); !isStr {
				want = "a string"
			}
		case rules.KindDate:
			if _, isStr := v.(string); !isStr {
				want = `a date, written "YYYY-MM-DD"`
			}
		case rules.KindDateTime:
			if _, isStr := v.(string); !isStr {
				want = `a date and time, written "YYYY-MM-DD HH:MM[:SS]"`
			}
		}
		if want != "" {
			return badInput(decl.Name, "expected %s, got %s", want, describeJSON(v))
		}
	}
	return nil
}

// encode writes the case back as JSON; Decode reads it as the same case.
func (c Case) Encode() []byte {
	out := struct {
		Rule   string       `json:"rule"`
		Date   string       `json:"date"`
		Inputs rules.Inputs `json:"inputs"`
		Lang   string       `json:"lang,omitempty"`
	}{c.Rule, c.Date.String(), c.Inputs, c.Lang}
	b, err := json.Marshal(out)
	if err != nil { // inputs hold only strings, json.Numbers and bools
		panic(err)
	}
	return b
}

// syntaxError describes JSON that does not parse, without encoding/json's
// prefix.
func syntaxError(err error) *Error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return badCase("", "not a case: invalid JSON at byte %d: %s", se.Offset, se.Error())
	case err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
		return badCase("", "not a case: the JSON ends before the object does")
	}
	return badCase("", "not a case: invalid JSON")
}

// describeToken names the JSON value a token begins, for messages.
func describeToken(tok json.Token) string {
	switch tok {
	case json.Delim('{'):
		return "an object"
	case json.Delim('['):
		return "a list"
	}
	return describeJSON(tok)
}

// describeJSON names a JSON value for messages, in JSON's terms.
func describeJSON(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprint(t)
	case json.Number:
		return "the number " + Shorten(t.String())
	case string:
		return fmt.Sprintf("the string %q", Shorten(t))
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	}
	return "a value of another kind"
}

// Shorten cuts a value the caller wrote to a length a message can quote.
func Shorten(s string) string {
	const max = 64
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}
