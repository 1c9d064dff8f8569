package wzpolicy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/wzpolicy/wzpolicy/rules"
)

// eachMember calls f with each name and value of a JSON object, in order.
func eachMember(raw json.RawMessage, field string, f func(name string, v json.RawMessage) *CaseError) *CaseError {
	d := json.NewDecoder(bytes.NewReader(raw))
	tok, err := d.Token()
	if err != nil {
		return syntaxError(err)
	}
	if tok != json.Delim('{') {
		what := describeToken(tok)
		if field == "" {
			field = "inputs"
		}
		return badCase(field, "must be an object, not "+what.en, "应为对象，而不是"+what.zh)
	}
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			return syntaxError(err)
		}
		name, _ := tok.(string)
		var v json.RawMessage
		if err := d.Decode(&v); err != nil {
			return syntaxError(err)
		}
		if e := f(name, v); e != nil {
			return e
		}
	}
	return nil
}

// decodeScalars reads an object of a rule's inputs: each value a string, a
// number or a boolean. prefix is put before each input's name in errors
// (a group's member rule).
func decodeScalars(raw json.RawMessage, prefix string) (rules.Inputs, *CaseError) {
	in := rules.Inputs{}
	field := "inputs"
	if prefix != "" {
		field = "inputs." + strings.TrimSuffix(prefix, ".")
	}
	e := eachMember(raw, field, func(name string, v json.RawMessage) *CaseError {
		if _, dup := in[name]; dup {
			return badInput(prefix+name, "given twice", "重复给出")
		}
		d := json.NewDecoder(bytes.NewReader(v))
		d.UseNumber()
		var x any
		if err := d.Decode(&x); err != nil {
			return syntaxError(err)
		}
		switch x.(type) {
		case string, json.Number, bool:
		case nil:
			return badInput(prefix+name, "null is not a value; leave out an input that is not known", "null不是值；未知的输入请不要给出")
		default:
			what := describeJSON(x)
			return badInput(prefix+name, "must be a string, a number or true or false, not "+what.en, "应为字符串、数字或true、false，而不是"+what.zh)
		}
		in[name] = x
		return nil
	})
	return in, e
}

// strictStruct reads a household's or firm's facts into v, refusing a
// field v does not have, and describes what it refuses in JSON's terms
// with the field's path, never a Go type.
func strictStruct(raw json.RawMessage, name string, v any) *CaseError {
	if plain, err := unmarshalAny(raw); err == nil {
		if e := checkKeys(plain, reflect.TypeOf(v), name); e != nil {
			return e
		}
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.DisallowUnknownFields()
	err := d.Decode(v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		path := name
		if te.Field != "" {
			path += "." + te.Field
		}
		want := goKindInJSON(te.Type.Kind().String(), te.Type.String())
		return badInput(path, fmt.Sprintf("expected %s, got a JSON %s", want, te.Value),
			fmt.Sprintf("应为%s，给出的是JSON %s", wantZh(want), te.Value))
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		f = strings.Trim(f, `"`)
		return badInput(name+"."+f, "not a field of "+name, "不是"+name+"的字段")
	}
	var se *json.SyntaxError
	if errors.As(err, &se) || err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return syntaxError(err)
	}
	// A value a field's own reader refuses (a date, a decimal, a rate).
	msg = strings.TrimPrefix(msg, "json: ")
	return badInput(name, Shorten(msg), Shorten(msg))
}

// goKindInJSON names, in JSON's terms, what a Go type takes.
func goKindInJSON(kind, typ string) string {
	switch {
	case strings.HasSuffix(typ, "Decimal"), strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"), strings.HasPrefix(kind, "float"):
		return "number"
	case kind == "bool":
		return "true or false"
	case kind == "string":
		return "string"
	case kind == "slice" || kind == "array":
		return "list"
	case kind == "map" || kind == "struct" || kind == "ptr":
		return "object"
	}
	return "value of another kind"
}

// Encode writes the case as JSON; DecodeCase reads it back as the same
// case.
func (c Case) Encode() []byte {
	out := struct {
		Rule       string `json:"rule,omitempty"`
		Group      string `json:"group,omitempty"`
		Assessment string `json:"assessment,omitempty"`
		Date       string `json:"date"`
		Inputs     any    `json:"inputs"`
		Lang       string `json:"lang,omitempty"`
	}{Rule: c.Rule, Group: c.Group, Assessment: c.Assessment, Date: c.Date.String(), Lang: c.Lang}
	switch {
	case c.Rule != "":
		out.Inputs = c.Inputs
	case c.Group != "":
		out.Inputs = c.Members
	case c.Assessment == AssessHousehold:
		out.Inputs = map[string]any{"household": pruned(reflect.ValueOf(c.Household)), "standards": pruned(reflect.ValueOf(c.Standards))}
	default:
		out.Inputs = map[string]any{"firm": pruned(reflect.ValueOf(c.Firm)), "tiers": pruned(reflect.ValueOf(c.Tiers))}
	}
	b, err := json.Marshal(out)
	if err != nil { // inputs hold only strings, json.Numbers and bools; facts marshal
		panic(err)
	}
	return b
}

// syntaxError describes JSON that does not parse, without encoding/json's
// prefix.
func syntaxError(err error) *CaseError {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return badCase("", fmt.Sprintf("not a case: invalid JSON at byte %d: %s", se.Offset, se.Error()),
			fmt.Sprintf("不是一个案例：第%d字节处JSON无效：%s", se.Offset, se.Error()))
	case err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
		return badCase("", "not a case: the JSON ends before the object does", "不是一个案例：JSON在对象结束前中断")
	}
	return badCase("", "not a case: invalid JSON", "不是一个案例：JSON无效")
}

// words is a phrase in both languages.
type words struct{ en, zh string }

// describeToken names the JSON value a token begins, for messages.
func describeToken(tok json.Token) words {
	switch tok {
	case json.Delim('{'):
		return words{"an object", "对象"}
	case json.Delim('['):
		return words{"a list", "列表"}
	}
	return describeJSON(tok)
}

// describeJSON names a JSON value for messages, in JSON's terms.
func describeJSON(v any) words {
	switch t := v.(type) {
	case nil:
		return words{"null", "null"}
	case bool:
		return words{fmt.Sprint(t), fmt.Sprint(t)}
	case json.Number:
		return words{"the number " + Shorten(t.String()), "数字" + rules.EscapeControl(Shorten(t.String()))}
	case float64:
		return words{fmt.Sprint("the number ", t), fmt.Sprint("数字", t)}
	case string:
		return words{fmt.Sprintf("the string %q", Shorten(t)), "字符串" + zhQuote(t)}
	case map[string]any:
		return words{"an object", "对象"}
	case []any:
		return words{"a list", "列表"}
	}
	return words{"a value of another kind", "其他类型的值"}
}

// Shorten cuts a value the caller wrote to a length a message can quote.
func Shorten(s string) string {
	const max = 64
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

// zhQuote quotes a caller's text for a Chinese message, between “ and ”,
// shortened, with the characters that would break the line escaped; the
// English messages quote with %q.
func zhQuote(s string) string { return "“" + rules.EscapeControl(Shorten(s)) + "”" }
