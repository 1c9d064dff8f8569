package welfare

import (
	"github.com/wzpolicy/wzpolicy/internal/places"
	"github.com/wzpolicy/wzpolicy/rules"
)

// English labels of the documents' enumerated values, shown by English
// explanations in place of the Chinese word (see rules.ChoiceInput). Each
// English method returns "" for a value that is not one of its type's.

// English returns the locality's English name, "" for a value that is
// not one of Localities().
func (l Locality) English() string {
	return places.Of(l, Localities())
}

// English returns the status's English label.
func (s AssistanceStatus) English() string {
	switch s {
	case Dibao:
		return "minimum living allowance (dibao)"
	case Dibian:
		return "marginal-poverty (dibian)"
	case NotAssisted:
		return "none"
	}
	return ""
}

// English returns the form of support's English label.
func (s TekunSupport) English() string {
	switch s {
	case TekunGovernmentInstitution:
		return "centralised support in a government institution"
	case TekunSocialInstitution:
		return "centralised support in a social institution"
	case TekunDispersed:
		return "dispersed support"
	case NotTekun:
		return "not in extreme poverty (tekun)"
	}
	return ""
}

// English returns the capacity's English label.
func (s SelfCare) English() string {
	switch s {
	case FullyDependent:
		return "fully unable to care for oneself"
	case ModeratelyDependent:
		return "moderately unable to care for oneself"
	case MildlyDependent:
		return "mildly unable to care for oneself"
	case SelfCaring:
		return "able to care for oneself"
	}
	return ""
}

// English returns the kind of disability's English label.
func (k DisabilityKind) English() string {
	switch k {
	case Visual:
		return "visual"
	case Hearing:
		return "hearing"
	case Speech:
		return "speech"
	case Physical:
		return "physical"
	case Intellectual:
		return "intellectual"
	case Mental:
		return "mental"
	case Multiple:
		return "multiple"
	case NotDisabled:
		return "none"
	}
	return ""
}

// English returns the mode of care's English label.
func (m CareMode) English() string {
	switch m {
	case HomeCare:
		return "home-based care"
	case InstitutionalCare:
		return "institutional care"
	}
	return ""
}

// English returns the category's English label.
func (c ChildCategory) English() string {
	switch c {
	case InstitutionOrphan:
		return "orphan raised in a child welfare institution"
	case ScatteredOrphan:
		return "orphan living in the community"
	case HIVChild:
		return "child infected with HIV"
	case UnsupportedChild:
		return "child de facto without a carer"
	case ChildInDifficulty:
		return "child in difficulty"
	case NoChildCategory:
		return "none"
	}
	return ""
}

// English returns the category's English label.
func (c FamilyPlanningCategory) English() string {
	switch c {
	case FPSeriousIllness:
		return "family-planning hardship household with a serious illness"
	case FPOnlyChildLost:
		return "household whose only child died or is disabled"
	case FPSpecialHardship:
		return "family-planning household in special difficulty"
	case FPLeftBehind:
		return "left-behind member of a family-planning hardship household"
	case FPNone:
		return "none"
	}
	return ""
}

// English returns the risk class's English label.
func (c RiskClass) English() string {
	switch c {
	case RiskClassI:
		return "class I"
	case RiskClassII:
		return "class II"
	case NoRiskClass:
		return "none"
	}
	return ""
}

// English returns the kind of income's English label.
func (k IncomeKind) English() string {
	switch k {
	case WageIncome:
		return "employment income"
	case BusinessIncome:
		return "business income"
	case PublicPostSubsidy:
		return "public-welfare post subsidy"
	case GreenCropComp:
		return "green-crop compensation"
	case OutsourcedWork:
		return "outsourced processing income"
	case VeteranSupplementIncome:
		return "veterans' living supplement"
	case ShareholdingIncome:
		return "shareholding (equity-quantified) income"
	case OtherIncome:
		return "other income"
	}
	return ""
}

// English returns the treatment's English label.
func (t IncomeTreatment) English() string {
	switch t {
	case TreatFirstJobExempt:
		return "not counted: within the exemption period of a first job or business"
	case TreatDisabledExempt:
		return "not counted: within the exemption period of a disabled person's employment"
	case TreatCostDeducted:
		return "counted less employment costs at the marginal-poverty (dibian) standard"
	case TreatPostSubsidy:
		return "post subsidy not counted up to the marginal-poverty (dibian) standard"
	case TreatGreenCrop:
		return "green-crop compensation not counted within the limit"
	case TreatOutsourced:
		return "outsourced processing income not counted within the limit"
	case TreatVeteran:
		return "veterans' living supplement not counted"
	case TreatShareholding:
		return "shareholding income of a low-income farming household not counted"
	case TreatCounted:
		return "counted in full"
	case TreatNotAssisted:
		return "counted in full (not a member of a dibao or dibian household)"
	case TreatNoExemption:
		return "counted in full (neither a first job or business, nor a disabled person's first or renewed employment)"
	case TreatWindowsOver:
		return "counted in full (exemption and deduction periods over)"
	case TreatByMonths:
		return "apportioned by month: not counted in the exemption period, less costs at the dibian standard in the deduction period, counted otherwise"
	case TreatNotLowIncomeFarmer:
		return "counted in full (not a low-income farming household)"
	}
	return ""
}

// English returns the ground for priority's English label.
func (c PriorityCategory) English() string {
	switch c {
	case LoneElderly:
		return "elderly person without family"
	case AdultOrphan:
		return "adult orphan"
	case InjuredRescuer:
		return "person disabled in an act of bravery"
	case HeroOrModel:
		return "hero or model"
	case LabourModel:
		return "model worker of city level or above"
	case BreadwinnerLost:
		return "household whose main earner has lost the capacity to work"
	case OtherPriority:
		return "other household entitled by law to priority"
	case NoPriority:
		return "none"
	}
	return ""
}

// English returns the project's English label.
func (p RenovationProject) English() string {
	switch p {
	case RebuildDangerous:
		return "dangerous old house demolished and rebuilt"
	case RepairDangerous:
		return "dangerous house repaired"
	case Relocation:
		return "relocation"
	case SelfBuild:
		return "self-built house"
	case HousePurchase:
		return "house purchase"
	}
	return ""
}

// English returns the kind of visit's English label.
func (k VisitKind) English() string {
	switch k {
	case Inpatient:
		return "inpatient"
	case SpecialOutpatient:
		return "special-disease outpatient"
	case OtherOutpatient:
		return "general outpatient"
	}
	return ""
}

// English returns the level's English label.
func (l StudyLevel) English() string {
	switch l {
	case PrimarySchool:
		return "primary school"
	case JuniorHigh:
		return "junior high school"
	case SeniorSecondary:
		return "secondary vocational school (senior high school)"
	case College:
		return "junior college"
	case Bachelor:
		return "bachelor's degree or above"
	case AdultExam:
		return "certificate of the adult college entrance or self-study examinations"
	}
	return ""
}

// English returns the scheme's English label.
func (s StudyGrantScheme) English() string {
	switch s {
	case FederationGrant:
		return "Disabled Persons' Federation study grant"
	case UnionAid:
		return "trade union study aid"
	case FamilyPlanningAid:
		return "family-planning study grant"
	}
	return ""
}

// English returns the occupation's English label.
func (o Occupation) English() string {
	switch o {
	case BusWorker:
		return "public bus worker"
	case SanitationWorker:
		return "sanitation worker"
	case OtherOccupation:
		return "other occupation"
	}
	return ""
}

// English returns the origin's English label.
func (o MigrantOrigin) English() string {
	switch o {
	case FromZhejiang:
		return "another city in Zhejiang"
	case WithinWenzhou:
		return "another county-level unit of Wenzhou"
	case FromOtherProvince:
		return "outside Zhejiang"
	}
	return ""
}

// English returns the registration's English label.
func (o HukouOrigin) English() string {
	switch o {
	case WenzhouHukou:
		return "Wenzhou hukou"
	case ZhejiangHukou:
		return "Zhejiang hukou outside Wenzhou"
	case OtherProvinceHukou:
		return "hukou outside Zhejiang"
	}
	return ""
}

// English returns the scheme's English label.
func (s InsuranceScheme) English() string {
	switch s {
	case EmployeeInsurance:
		return "employees' basic medical insurance"
	case ResidentInsurance:
		return "urban and rural residents' basic medical insurance"
	}
	return ""
}

// English returns the kind of outpatient care's English label.
func (k OutpatientKind) English() string {
	switch k {
	case PrimaryChronic:
		return "chronic-disease outpatient at a primary medical institution"
	case SecondaryHypertensionDiabetes:
		return "hypertension and diabetes outpatient at a secondary medical institution"
	case SpecialDiseaseOutpatient:
		return "special-disease outpatient"
	}
	return ""
}

// English returns the disease's English label.
func (d SpecialDisease) English() string {
	switch d {
	case MalignantTumour:
		return "malignant tumour treatment"
	case TransplantRejection:
		return "anti-rejection treatment after an organ transplant"
	case PeritonealDialysis:
		return "peritoneal dialysis for renal failure"
	case Haemodialysis:
		return "haemodialysis"
	case Lupus:
		return "systemic lupus erythematosus"
	case AplasticAnaemia:
		return "aplastic anaemia"
	case Haemophilia:
		return "haemophilia"
	case DiabetesInsulin:
		return "insulin treatment of diabetes"
	case SevereMentalIllness:
		return "maintenance drug treatment of severe mental illness"
	case TuberculosisAdjuvant:
		return "adjuvant treatment of pulmonary tuberculosis"
	case ChildAutism:
		return "childhood autism"
	case NoSpecialDisease:
		return "none"
	}
	return ""
}

// English returns the kind of employer's English label.
func (k EmployerKind) English() string {
	switch k {
	case EnterpriseEmployer:
		return "enterprise or other employer"
	case GovernmentOrgan:
		return "Party or government organ"
	case FullyFundedInstitution:
		return "fully state-funded public institution"
	}
	return ""
}

// English returns the kind of loan's English label.
func (k LoanKind) English() string {
	switch k {
	case IndividualBusinessLoan:
		return "newly founded individual business"
	case EnterpriseLoan:
		return "newly founded enterprise"
	case SMEHiringLoan:
		return "small, medium or micro enterprise hiring the key groups"
	}
	return ""
}

// English returns the group's English label.
func (g KeyGroup) English() string {
	switch g {
	case CollegeStudent:
		return "college student"
	case RecentGraduate:
		return "college graduate within 10 years of graduation"
	case RegisteredUnemployed:
		return "registered unemployed for over six months"
	case HardToEmploy:
		return "person with employment difficulties"
	case CertifiedDisabled:
		return "certified disabled person"
	case TransferredOfficer:
		return "military officer transferred to civilian life choosing own employment"
	case SelfEmployedVeteran:
		return "discharged soldier choosing own employment"
	case NoKeyGroup:
		return "none"
	}
	return ""
}

// English returns the route's English label.
func (t rentalTrack) English() string {
	switch t {
	case trackPriority:
		return "priority allocation of rental housing in kind"
	case trackNewCitizen:
		return "affordable rental housing for new citizens"
	}
	return ""
}

// shareholdingKindEnglish labels shareholdingKind, the kind the loans' rule
// takes besides the LoanKinds.
const shareholdingKindEnglish = "income of a shareholding assistance project"

// withChoice returns the text input with one more value and its English
// label.
func withChoice(in rules.Input, value, english string) rules.Input {
	in.OneOf = append(append([]string(nil), in.OneOf...), value)
	in.Labels = append(append([]string(nil), in.Labels...), english)
	return in
}

// wordLabels labels the words of the parameters the rules read (the area
// of a registration, whose figures the high-age allowance pays, how the
// disabled quota is rounded), for every rule of the book.
func wordLabels() []rules.Text {
	return []rules.Text{
		rules.T(areaUrban, "urban districts"),
		rules.T(areaCounty, "counties (county-level cities)"),
		rules.T(areaOutside, OutsideWenzhou.English()),
		rules.T(highAgeCityFigures, "urban-district figures"),
		rules.T(highAgeByReference, "county follows by reference"),
		rules.T(highAgeOwnFigures, "local figures (derived book)"),
		rules.T(highAgeNotCovered, "not applicable"),
		rules.T(quotaRoundUp, "round up"),
		rules.T(quotaRoundDown, "round down"),
	}
}
