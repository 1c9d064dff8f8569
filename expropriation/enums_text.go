package expropriation

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values. In JSON the zero value, not given,
// writes null, which reads back as the zero value.

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "district")
}

// MarshalJSON writes a Locality as its text, or null when it is not given.
func (x Locality) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Use, refusing one not in its list.
func (x *Use) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Uses(), "use") }

// MarshalJSON writes an Use as its text, or null when it is not given.
func (x Use) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }
