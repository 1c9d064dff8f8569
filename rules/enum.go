package rules

import (
	"strings"
)

// ParseOneOf returns the value among valid that is written s — a district,
// a road class, a category, each a string type whose values are the
// document's words. Otherwise it returns an error matching
// [ErrInvalidInput] that names what was parsed and lists the valid values.
func ParseOneOf[T ~string](s string, valid []T, what string) (T, error) {
	for _, v := range valid {
		if string(v) == s {
			return v, nil
		}
	}
	var zero T
	return zero, (&Error{Code: CodeInvalidInput, Field: what}).with(msgNotOneOf.text(s, Text{Zh: strings.Join(Texts(valid), "、"), En: strings.Join(Texts(valid), ", ")}))
}

// Texts returns the values as strings: the allowed values of a
// [TextInput] made from a domain's string type.
func Texts[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// UnmarshalOneOf sets *dst to the value among valid that text writes, or
// returns the error of [ParseOneOf]: the UnmarshalText of the domains'
// string types, so that JSON, YAML and other text encodings refuse a value
// not in the list. The empty text is refused unless "" is in the list: a
// missing value is reported as missing, never read as one of the values.
func UnmarshalOneOf[T ~string](dst *T, text []byte, valid []T, what string) error {
	v, err := ParseOneOf(string(text), valid, what)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// MarshalOneOf writes a value of a domain's string type as JSON: the
// value as a string, and the zero value "" as null — the MarshalJSON of the
// domains' string types. null reads back as the zero value (encoding/json
// leaves the field as it is), while the text "" is refused when read
// ([UnmarshalOneOf]): a struct holding a value not given round-trips
// through encoding/json, and a value left empty is still reported, never
// read as one of the values.
func MarshalOneOf[T ~string](v T) ([]byte, error) { return textOrNull(v == "", string(v)), nil }
