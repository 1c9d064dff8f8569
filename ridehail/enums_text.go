package ridehail

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values.

// UnmarshalText reads a VehicleType, refusing one not in its list.
func (x *VehicleType) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, VehicleTypes(), "vehicle type")
}

// UnmarshalText reads a Obligation, refusing one not in its list.
func (x *Obligation) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Obligations(), "obligation")
}

// UnmarshalText reads a Disposition, refusing one not in its list.
func (x *Disposition) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Dispositions(), "outcome")
}

// UnmarshalText reads a Bound, refusing one not in its list.
func (x *Bound) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, bounds, "bound") }

// UnmarshalText reads a Record, refusing one not in its list.
func (x *Record) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Records(), "record")
}

// UnmarshalText reads a Review, refusing one not in its list.
func (x *Review) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Reviews(), "review")
}

var (
	bounds = []Bound{NoLaterThan, NoEarlierThan}
)
