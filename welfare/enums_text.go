package welfare

import "github.com/wzpolicy/wzpolicy/rules"

// The enums read from text (JSON, YAML, forms) refuse a value not in their
// list, the empty one included: a value left out is reported as missing,
// never read as one of the values. In JSON the zero value, not given,
// writes null, which reads back as the zero value.

// UnmarshalText reads a EmployerKind, refusing one not in its list.
func (x *EmployerKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, EmployerKinds(), "kind of employer")
}

// MarshalJSON writes an EmployerKind as its text, or null when it is not given.
func (x EmployerKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a PriorityCategory, refusing one not in its list.
func (x *PriorityCategory) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, PriorityCategories(), "priority category")
}

// MarshalJSON writes a PriorityCategory as its text, or null when it is not given.
func (x PriorityCategory) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a RenovationProject, refusing one not in its list.
func (x *RenovationProject) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, RenovationProjects(), "renovation project")
}

// MarshalJSON writes a RenovationProject as its text, or null when it is not given.
func (x RenovationProject) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a VisitKind, refusing one not in its list.
func (x *VisitKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, VisitKinds(), "kind of care")
}

// MarshalJSON writes a VisitKind as its text, or null when it is not given.
func (x VisitKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a StudyLevel, refusing one not in its list.
func (x *StudyLevel) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, StudyLevels(), "level of study")
}

// MarshalJSON writes a StudyLevel as its text, or null when it is not given.
func (x StudyLevel) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a StudyGrantScheme, refusing one not in its list.
func (x *StudyGrantScheme) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, StudyGrantSchemes(), "study grant scheme")
}

// MarshalJSON writes a StudyGrantScheme as its text, or null when it is not given.
func (x StudyGrantScheme) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Occupation, refusing one not in its list.
func (x *Occupation) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Occupations(), "occupation")
}

// MarshalJSON writes an Occupation as its text, or null when it is not given.
func (x Occupation) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a MigrantOrigin, refusing one not in its list.
func (x *MigrantOrigin) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, MigrantOrigins(), "migrant origin")
}

// MarshalJSON writes a MigrantOrigin as its text, or null when it is not given.
func (x MigrantOrigin) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a HukouOrigin, refusing one not in its list.
func (x *HukouOrigin) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, HukouOrigins(), "registration origin")
}

// MarshalJSON writes a HukouOrigin as its text, or null when it is not given.
func (x HukouOrigin) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a Locality, refusing one not in its list.
func (x *Locality) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, Localities(), "locality")
}

// MarshalJSON writes a Locality as its text, or null when it is not given.
func (x Locality) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a AssistanceStatus, refusing one not in its list.
func (x *AssistanceStatus) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, AssistanceStatuses(), "assistance status")
}

// MarshalJSON writes an AssistanceStatus as its text, or null when it is not given.
func (x AssistanceStatus) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a TekunSupport, refusing one not in its list.
func (x *TekunSupport) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, TekunSupports(), "特困 support")
}

// MarshalJSON writes a TekunSupport as its text, or null when it is not given.
func (x TekunSupport) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a SelfCare, refusing one not in its list.
func (x *SelfCare) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, SelfCares(), "self-care class")
}

// MarshalJSON writes a SelfCare as its text, or null when it is not given.
func (x SelfCare) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a DisabilityKind, refusing one not in its list.
func (x *DisabilityKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, DisabilityKinds(), "disability kind")
}

// MarshalJSON writes a DisabilityKind as its text, or null when it is not given.
func (x DisabilityKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a CareMode, refusing one not in its list.
func (x *CareMode) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, CareModes(), "care mode")
}

// MarshalJSON writes a CareMode as its text, or null when it is not given.
func (x CareMode) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a ChildCategory, refusing one not in its list.
func (x *ChildCategory) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, ChildCategories(), "child category")
}

// MarshalJSON writes a ChildCategory as its text, or null when it is not given.
func (x ChildCategory) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a FamilyPlanningCategory, refusing one not in its list.
func (x *FamilyPlanningCategory) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, FamilyPlanningCategories(), "family-planning category")
}

// MarshalJSON writes a FamilyPlanningCategory as its text, or null when it is not given.
func (x FamilyPlanningCategory) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a IncomeKind, refusing one not in its list.
func (x *IncomeKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, IncomeKinds(), "income kind")
}

// MarshalJSON writes an IncomeKind as its text, or null when it is not given.
func (x IncomeKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a IncomeTreatment, refusing one not in its list.
func (x *IncomeTreatment) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, IncomeTreatments(), "income treatment")
}

// MarshalJSON writes an IncomeTreatment as its text, or null when it is not given.
func (x IncomeTreatment) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a LoanKind, refusing one not in its list.
func (x *LoanKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, LoanKinds(), "kind of loan")
}

// MarshalJSON writes a LoanKind as its text, or null when it is not given.
func (x LoanKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a KeyGroup, refusing one not in its list.
func (x *KeyGroup) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, KeyGroups(), "key group")
}

// MarshalJSON writes a KeyGroup as its text, or null when it is not given.
func (x KeyGroup) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a InsuranceScheme, refusing one not in its list.
func (x *InsuranceScheme) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, InsuranceSchemes(), "insurance scheme")
}

// MarshalJSON writes an InsuranceScheme as its text, or null when it is not given.
func (x InsuranceScheme) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a OutpatientKind, refusing one not in its list.
func (x *OutpatientKind) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, OutpatientKinds(), "kind of outpatient care")
}

// MarshalJSON writes an OutpatientKind as its text, or null when it is not given.
func (x OutpatientKind) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a SpecialDisease, refusing one not in its list.
func (x *SpecialDisease) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, SpecialDiseases(), "special disease")
}

// MarshalJSON writes a SpecialDisease as its text, or null when it is not given.
func (x SpecialDisease) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }

// UnmarshalText reads a RiskClass, refusing one not in its list.
func (x *RiskClass) UnmarshalText(b []byte) error {
	return rules.UnmarshalOneOf(x, b, RiskClasses(), "risk class")
}

// MarshalJSON writes a RiskClass as its text, or null when it is not given.
func (x RiskClass) MarshalJSON() ([]byte, error) { return rules.MarshalOneOf(x) }
