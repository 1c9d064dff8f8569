package relief

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

// UnmarshalText reads a EntityType, refusing one not in its list.
func (x *EntityType) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, EntityTypes(), "entity type")
}

// MarshalJSON writes an EntityType as its text, or null when it is not given.
func (x EntityType) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Size, refusing one not in its list.
func (x *Size) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Sizes(), "size class")
}

// MarshalJSON writes a Size as its text, or null when it is not given.
func (x Size) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Industry, refusing one not in its list.
func (x *Industry) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Industries(), "industry")
}

// MarshalJSON writes an Industry as its text, or null when it is not given.
func (x Industry) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Ownership, refusing one not in its list.
func (x *Ownership) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Ownerships(), "ownership")
}

// MarshalJSON writes an Ownership as its text, or null when it is not given.
func (x Ownership) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

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

// UnmarshalText reads a Landlord, refusing one not in its list.
func (x *Landlord) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Landlords(), "landlord")
}

// MarshalJSON writes a Landlord as its text, or null when it is not given.
func (x Landlord) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a TaxKind, refusing one not in its list.
func (x *TaxKind) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, TaxKinds(), "tax") }

// MarshalJSON writes a TaxKind as its text, or null when it is not given.
func (x TaxKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a DepreciationLife, refusing one not in its list.
func (x *DepreciationLife) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, DepreciationLives(), "depreciation life")
}

// MarshalJSON writes a DepreciationLife as its text, or null when it is not given.
func (x DepreciationLife) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a VATTaxpayer, refusing one not in its list.
func (x *VATTaxpayer) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, VATTaxpayers(), "VAT taxpayer")
}

// MarshalJSON writes a VATTaxpayer as its text, or null when it is not given.
func (x VATTaxpayer) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a InspectionService, refusing one not in its list.
func (x *InspectionService) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, InspectionServices(), "inspection service")
}

// MarshalJSON writes an InspectionService as its text, or null when it is not given.
func (x InspectionService) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Vehicle, refusing one not in its list.
func (x *Vehicle) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Vehicles(), "vehicle")
}

// MarshalJSON writes a Vehicle as its text, or null when it is not given.
func (x Vehicle) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a ConsumerKind, refusing one not in its list.
func (x *ConsumerKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, ConsumerKinds(), "consumer")
}

// MarshalJSON writes a ConsumerKind as its text, or null when it is not given.
func (x ConsumerKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a TaxPeriod, refusing one not in its list.
func (x *TaxPeriod) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, TaxPeriods(), "tax period")
}

// MarshalJSON writes a TaxPeriod as its text, or null when it is not given.
func (x TaxPeriod) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a ProductLine, refusing one not in its list.
func (x *ProductLine) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, ProductLines(), "product line")
}

// MarshalJSON writes a ProductLine as its text, or null when it is not given.
func (x ProductLine) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }
