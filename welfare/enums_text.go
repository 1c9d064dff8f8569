package welfare

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values.

// UnmarshalText reads a EmployerKind, refusing one not in its list.
func (x *EmployerKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, EmployerKinds(), "kind of employer")
}

// UnmarshalText reads a PriorityCategory, refusing one not in its list.
func (x *PriorityCategory) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, PriorityCategories(), "priority category")
}

// UnmarshalText reads a RenovationProject, refusing one not in its list.
func (x *RenovationProject) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, RenovationProjects(), "renovation project")
}

// UnmarshalText reads a VisitKind, refusing one not in its list.
func (x *VisitKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, VisitKinds(), "kind of care")
}

// UnmarshalText reads a StudyLevel, refusing one not in its list.
func (x *StudyLevel) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, StudyLevels(), "level of study")
}

// UnmarshalText reads a StudyGrantScheme, refusing one not in its list.
func (x *StudyGrantScheme) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, StudyGrantSchemes(), "study grant scheme")
}

// UnmarshalText reads a Occupation, refusing one not in its list.
func (x *Occupation) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Occupations(), "occupation")
}

// UnmarshalText reads a MigrantOrigin, refusing one not in its list.
func (x *MigrantOrigin) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, MigrantOrigins(), "migrant origin")
}

// UnmarshalText reads a HukouOrigin, refusing one not in its list.
func (x *HukouOrigin) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, HukouOrigins(), "registration origin")
}

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// UnmarshalText reads a AssistanceStatus, refusing one not in its list.
func (x *AssistanceStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, AssistanceStatuses(), "assistance status")
}

// UnmarshalText reads a TekunSupport, refusing one not in its list.
func (x *TekunSupport) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, TekunSupports(), "特困 support")
}

// UnmarshalText reads a SelfCare, refusing one not in its list.
func (x *SelfCare) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, SelfCares(), "self-care class")
}

// UnmarshalText reads a DisabilityKind, refusing one not in its list.
func (x *DisabilityKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, DisabilityKinds(), "disability kind")
}

// UnmarshalText reads a CareMode, refusing one not in its list.
func (x *CareMode) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, CareModes(), "care mode")
}

// UnmarshalText reads a ChildCategory, refusing one not in its list.
func (x *ChildCategory) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, ChildCategories(), "child category")
}

// UnmarshalText reads a FamilyPlanningCategory, refusing one not in its list.
func (x *FamilyPlanningCategory) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, FamilyPlanningCategories(), "family-planning category")
}

// UnmarshalText reads a IncomeKind, refusing one not in its list.
func (x *IncomeKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, IncomeKinds(), "income kind")
}

// UnmarshalText reads a IncomeTreatment, refusing one not in its list.
func (x *IncomeTreatment) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, IncomeTreatments(), "income treatment")
}

// UnmarshalText reads a LoanKind, refusing one not in its list.
func (x *LoanKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, LoanKinds(), "kind of loan")
}

// UnmarshalText reads a KeyGroup, refusing one not in its list.
func (x *KeyGroup) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, KeyGroups(), "key group")
}

// UnmarshalText reads a InsuranceScheme, refusing one not in its list.
func (x *InsuranceScheme) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, InsuranceSchemes(), "insurance scheme")
}

// UnmarshalText reads a OutpatientKind, refusing one not in its list.
func (x *OutpatientKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, OutpatientKinds(), "kind of outpatient care")
}

// UnmarshalText reads a SpecialDisease, refusing one not in its list.
func (x *SpecialDisease) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, SpecialDiseases(), "special disease")
}

// UnmarshalText reads a RiskClass, refusing one not in its list.
func (x *RiskClass) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, RiskClasses(), "risk class")
}
