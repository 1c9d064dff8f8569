package productivity

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values. In JSON the zero value, not given,
// writes null, which reads back as the zero value.

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// MarshalJSON writes a Locality as its text, or null when it is not given.
func (x Locality) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a MujunClass, refusing one not in its list.
func (x *MujunClass) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, MujunClasses(), "亩均 class")
}

// MarshalJSON writes a MujunClass as its text, or null when it is not given.
func (x MujunClass) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a CreditStatus, refusing one not in its list.
func (x *CreditStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, CreditStatuses(), "credit status")
}

// MarshalJSON writes a CreditStatus as its text, or null when it is not given.
func (x CreditStatus) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Honour, refusing one not in its list.
func (x *Honour) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Honours(), "honour")
}

// MarshalJSON writes a Honour as its text, or null when it is not given.
func (x Honour) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Recognition, refusing one not in its list.
func (x *Recognition) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Recognitions(), "recognition")
}

// MarshalJSON writes a Recognition as its text, or null when it is not given.
func (x Recognition) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Trend, refusing one not in its list.
func (x *Trend) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, Trends(), "trend") }

// MarshalJSON writes a Trend as its text, or null when it is not given.
func (x Trend) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a TierStatus, refusing one not in its list.
func (x *TierStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, TierStatuses(), "tier status")
}

// MarshalJSON writes a TierStatus as its text, or null when it is not given.
func (x TierStatus) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a InstalmentStatus, refusing one not in its list.
func (x *InstalmentStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, instalmentStatuses, "instalment status")
}

// MarshalJSON writes an InstalmentStatus as its text, or null when it is not given.
func (x InstalmentStatus) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

var (
	instalmentStatuses = []InstalmentStatus{InstalmentDue, InstalmentPending, InstalmentForfeited}
)
