package expropriation

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values.

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "district")
}

// UnmarshalText reads a Use, refusing one not in its list.
func (x *Use) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Uses(), "use") }
