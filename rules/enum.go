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
