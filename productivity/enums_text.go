package productivity

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values.

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// UnmarshalText reads a MujunClass, refusing one not in its list.
func (x *MujunClass) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, MujunClasses(), "亩均 class")
}

// UnmarshalText reads a CreditStatus, refusing one not in its list.
func (x *CreditStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, CreditStatuses(), "credit status")
}

// UnmarshalText reads a Honour, refusing one not in its list.
func (x *Honour) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Honours(), "honour")
}

// UnmarshalText reads a Recognition, refusing one not in its list.
func (x *Recognition) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Recognitions(), "recognition")
}

// UnmarshalText reads a Trend, refusing one not in its list.
func (x *Trend) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Trends(), "trend") }

// UnmarshalText reads a TierStatus, refusing one not in its list.
func (x *TierStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, TierStatuses(), "tier status")
}

// UnmarshalText reads a InstalmentStatus, refusing one not in its list.
func (x *InstalmentStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, instalmentStatuses, "instalment status")
}

var (
	instalmentStatuses = []InstalmentStatus{InstalmentDue, InstalmentPending, InstalmentForfeited}
)
