package grain

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values. In JSON the zero value, not given,
// writes null, which reads back as the zero value.

// UnmarshalText reads a Level, refusing one not in its list.
func (x *Level) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Levels(), "level") }

// MarshalJSON writes a Level as its text, or null when it is not given.
func (x Level) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Extent, refusing one not in its list.
func (x *Extent) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Extents(), "extent")
}

// MarshalJSON writes an Extent as its text, or null when it is not given.
func (x Extent) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Judgement, refusing one not in its list.
func (x *Judgement) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Judgements(), "judgement")
}

// MarshalJSON writes a Judgement as its text, or null when it is not given.
func (x Judgement) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// MarshalJSON writes a Locality as its text, or null when it is not given.
func (x Locality) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Cause, refusing one not in its list.
func (x *Cause) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Causes(), "cause") }

// MarshalJSON writes a Cause as its text, or null when it is not given.
func (x Cause) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Grade, refusing one not in its list.
func (x *Grade) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, grades, "grade") }

// MarshalJSON writes a Grade as its text, or null when it is not given.
func (x Grade) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

var (
	grades = []Grade{GradeI, GradeII, GradeIII, GradeIV}
)
