package grain

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values.

// UnmarshalText reads a Level, refusing one not in its list.
func (x *Level) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Levels(), "level") }

// UnmarshalText reads a Extent, refusing one not in its list.
func (x *Extent) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Extents(), "extent")
}

// UnmarshalText reads a Judgement, refusing one not in its list.
func (x *Judgement) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Judgements(), "judgement")
}

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// UnmarshalText reads a Cause, refusing one not in its list.
func (x *Cause) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Causes(), "cause") }

// UnmarshalText reads a Grade, refusing one not in its list.
func (x *Grade) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, grades, "grade") }

var (
	grades = []Grade{GradeI, GradeII, GradeIII, GradeIV}
)
