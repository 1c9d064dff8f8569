package relief

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values.

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// UnmarshalText reads a EntityType, refusing one not in its list.
func (x *EntityType) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, EntityTypes(), "entity type")
}

// UnmarshalText reads a Size, refusing one not in its list.
func (x *Size) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Sizes(), "size class")
}

// UnmarshalText reads a Industry, refusing one not in its list.
func (x *Industry) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Industries(), "industry")
}

// UnmarshalText reads a Ownership, refusing one not in its list.
func (x *Ownership) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Ownerships(), "ownership")
}

// UnmarshalText reads a MujunClass, refusing one not in its list.
func (x *MujunClass) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, MujunClasses(), "亩均 class")
}

// UnmarshalText reads a CreditStatus, refusing one not in its list.
func (x *CreditStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, CreditStatuses(), "credit status")
}

// UnmarshalText reads a Landlord, refusing one not in its list.
func (x *Landlord) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Landlords(), "landlord")
}

// UnmarshalText reads a TaxKind, refusing one not in its list.
func (x *TaxKind) UnmarshalText(b []byte) error { return rules.UnmarshalOneOf(x, b, TaxKinds(), "tax") }

// UnmarshalText reads a DepreciationLife, refusing one not in its list.
func (x *DepreciationLife) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, DepreciationLives(), "depreciation life")
}

// UnmarshalText reads a VATTaxpayer, refusing one not in its list.
func (x *VATTaxpayer) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, VATTaxpayers(), "VAT taxpayer")
}

// UnmarshalText reads a InspectionService, refusing one not in its list.
func (x *InspectionService) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, InspectionServices(), "inspection service")
}

// UnmarshalText reads a Vehicle, refusing one not in its list.
func (x *Vehicle) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Vehicles(), "vehicle")
}

// UnmarshalText reads a ConsumerKind, refusing one not in its list.
func (x *ConsumerKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, ConsumerKinds(), "consumer")
}

// UnmarshalText reads a TaxPeriod, refusing one not in its list.
func (x *TaxPeriod) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, TaxPeriods(), "tax period")
}

// UnmarshalText reads a ProductLine, refusing one not in its list.
func (x *ProductLine) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, ProductLines(), "product line")
}
