package ridehail

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values. In JSON the zero value, not given,
// writes null, which reads back as the zero value.

// UnmarshalText reads a VehicleType, refusing one not in its list.
func (x *VehicleType) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, VehicleTypes(), "vehicle type")
}

// MarshalJSON writes a VehicleType as its text, or null when it is not given.
func (x VehicleType) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Obligation, refusing one not in its list.
func (x *Obligation) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Obligations(), "obligation")
}

// MarshalJSON writes an Obligation as its text, or null when it is not given.
func (x Obligation) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Disposition, refusing one not in its list.
func (x *Disposition) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Dispositions(), "outcome")
}

// MarshalJSON writes a Disposition as its text, or null when it is not given.
func (x Disposition) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Bound, refusing one not in its list.
func (x *Bound) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, bounds, "bound") }

// MarshalJSON writes a Bound as its text, or null when it is not given.
func (x Bound) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Record, refusing one not in its list.
func (x *Record) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Records(), "record")
}

// MarshalJSON writes a Record as its text, or null when it is not given.
func (x Record) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Review, refusing one not in its list.
func (x *Review) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Reviews(), "review")
}

// MarshalJSON writes a Review as its text, or null when it is not given.
func (x Review) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

var (
	bounds = []Bound{NoLaterThan, NoEarlierThan}
)
