package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// InsuranceScheme is a basic medical insurance scheme (四、14).
type InsuranceScheme string

const (
	EmployeeInsurance InsuranceScheme = "职工医保"   // 职工基本医疗保险
	ResidentInsurance InsuranceScheme = "城乡居民医保" // 城乡居民基本医疗保险
)

// InsuranceSchemes returns the schemes.
func InsuranceSchemes() []InsuranceScheme {
	return []InsuranceScheme{EmployeeInsurance, ResidentInsurance}
}

// ParseInsuranceScheme returns the scheme with the given Chinese name.
func ParseInsuranceScheme(s string) (InsuranceScheme, error) {
	return rules.ParseOneOf(s, InsuranceSchemes(), "insurance scheme")
}

// OutpatientKind is the kind of outpatient care whose reimbursement 四、14
// raises.
type OutpatientKind string

const (
	PrimaryChronic                OutpatientKind = "基层医疗机构慢性病门诊"
	SecondaryHypertensionDiabetes OutpatientKind = "二级医疗机构高血压糖尿病门诊"
	SpecialDiseaseOutpatient      OutpatientKind = "特殊病种门诊"
)

// OutpatientKinds returns the kinds.
func OutpatientKinds() []OutpatientKind {
	return []OutpatientKind{PrimaryChronic, SecondaryHypertensionDiabetes, SpecialDiseaseOutpatient}
}

// ParseOutpatientKind returns the kind with the given Chinese name.
func ParseOutpatientKind(s string) (OutpatientKind, error) {
	return rules.ParseOneOf(s, OutpatientKinds(), "kind of outpatient care")
}

// SpecialDisease is one of the special diseases of 四、14 whose outpatient
// care counts as inpatient care. The text lists eleven treatments and
// calls them ten diseases: the library reads the two dialyses of renal
// failure as one disease. The zero value means none (NoSpecialDisease).
type SpecialDisease string

const (
	MalignantTumour      SpecialDisease = "恶性肿瘤治疗"
	TransplantRejection  SpecialDisease = "器官移植后的抗排异治疗"
	PeritonealDialysis   SpecialDisease = "肾功能衰竭的腹膜透析治疗"
	Haemodialysis        SpecialDisease = "血液透析"
	Lupus                SpecialDisease = "系统性红斑狼疮"
	AplasticAnaemia      SpecialDisease = "再生障碍性贫血"
	Haemophilia          SpecialDisease = "血友病"
	DiabetesInsulin      SpecialDisease = "糖尿病胰岛素治疗"
	SevereMentalIllness  SpecialDisease = "重性精神病药物维持治疗"
	TuberculosisAdjuvant SpecialDisease = "肺结核病辅助治疗"
	ChildAutism          SpecialDisease = "儿童孤独症"
	NoSpecialDisease     SpecialDisease = "无"
)

// SpecialDiseases returns the special diseases in the order of 四、14.
func SpecialDiseases() []SpecialDisease {
	return []SpecialDisease{MalignantTumour, TransplantRejection, PeritonealDialysis, Haemodialysis, Lupus, AplasticAnaemia,
		Haemophilia, DiabetesInsulin, SevereMentalIllness, TuberculosisAdjuvant, ChildAutism, NoSpecialDisease}
}

// ParseSpecialDisease returns the disease with the given Chinese name.
func ParseSpecialDisease(s string) (SpecialDisease, error) {
	return rules.ParseOneOf(s, SpecialDiseases(), "special disease")
}

// prescriptionCase is the case of welfare.medical.chronic_prescription: a
// chronic-disease prescription of some weeks.
type prescriptionCase struct {
	Chronic bool `rule:"chronic"`
	Weeks   int  `rule:"weeks"`
}

// Prescription says whether a chronic-disease outpatient prescription is
// within the weeks 四、14 allows. Its Outcome gives the failed condition,
// citations and explanation when asked.
type Prescription struct {
	MaxWeeks int  `rule:"max_weeks"` // 12
	Extended bool `rule:"extended"`  // beyond the former 4 weeks
	rules.Outcome[prescriptionCase]
}

// ChronicPrescription checks a chronic-disease outpatient prescription of
// the given weeks (慢性病门诊长处方, 四、14): one prescription may cover up to
// 12 weeks, where it was 4, as the illness requires.
func (e *Evaluator) ChronicPrescription(on rules.Date, weeks int) (Prescription, error) {
	return e.prescription.Eval(on, prescriptionCase{Chronic: true, Weeks: weeks})
}

// OutpatientClaim is an outpatient cost to reimburse (四、14). The tags name
// the inputs of welfare.medical.reimbursement.
type OutpatientClaim struct {
	Insurance InsuranceScheme `rule:"insurance"`
	Kind      OutpatientKind  `rule:"kind"`
	Disease   SpecialDisease  `rule:"disease"` // for special-disease outpatient care; the zero value is none
	// BaseRate is the local reimbursement rate of chronic outpatient care
	// at primary institutions before the increase, 0.6 for 60%; zero is not
	// given, and a primary claim then fails naming base_rate.
	BaseRate decimal.Decimal `rule:"base_rate,omitzero"`
	Cost     decimal.Decimal `rule:"cost"` // the in-policy cost, yuan
}

// Reimbursement is the rate and amount of an outpatient claim.
type Reimbursement struct {
	Rate       decimal.Decimal `rule:"rate"`       // 0.5 for 50%
	Reimbursed decimal.Decimal `rule:"reimbursed"` // yuan
	Increase   decimal.Decimal `rule:"increase"`   // how far 四、14 raised the rate
	rules.Outcome[OutpatientClaim]
}

// OutpatientReimbursement returns the reimbursement rate of an outpatient
// claim (门诊慢特病报销, 四、14): for residents' chronic-disease outpatient
// care at primary institutions the local rate plus 10 percentage points;
// for residents' hypertension and diabetes at secondary institutions 50%;
// for the special diseases, treated as inpatient care, at least 90%
// (employees) or 70% (residents) of in-policy costs.
func (e *Evaluator) OutpatientReimbursement(on rules.Date, c OutpatientClaim) (Reimbursement, error) {
	return e.reimbursement.Eval(on, c)
}

// assistanceCase is the case of welfare.medical.assistance.
type assistanceCase struct {
	Tekun            TekunSupport    `rule:"tekun_support"`
	Status           Status          `rule:"household_status"`
	CountyRecognised bool            `rule:"county_recognised"`
	CompliantCost    decimal.Decimal `rule:"compliant_cost,omitzero"`
}

// MedicalAssistance is a member's medical assistance of 四、14.
type MedicalAssistance struct {
	Amount decimal.Decimal `rule:"assistance"` // yuan; zero when not eligible
	Share  decimal.Decimal `rule:"share"`      // of the compliant cost, 0.8 for 80%
	rules.Outcome[assistanceCase]
}

func assistanceCaseOf(h Household, m Member) assistanceCase {
	c := assistanceCase{Tekun: m.Tekun, Status: h.Status, CountyRecognised: m.CountyRecognised}
	if m.Medical != nil {
		c.CompliantCost = m.Medical.CompliantCost
	}
	return c
}

// MedicalAssistance returns the medical assistance (医疗救助, 四、14) of a
// member's compliant cost left after the basic and critical-illness
// insurance (Member.Medical.CompliantCost): all of it for a 特困 person, 80%
// for a 低保 or 低边 member or one the county recognises.
func (e *Evaluator) MedicalAssistance(on rules.Date, h Household, m Member) (MedicalAssistance, error) {
	return e.assistance.Eval(on, assistanceCaseOf(h, m))
}

// veteranAidCase is the case of welfare.veteran.medical_aid; the medical
// assistance paid first is evaluated in Go.
type veteranAidCase struct {
	Veteran             bool            `rule:"veteran"`
	Status              Status          `rule:"household_status"`
	Visit               VisitKind       `rule:"visit"`
	Designated          bool            `rule:"designated"`
	CompliantCost       decimal.Decimal `rule:"compliant_cost,omitzero"`
	AssistancePaid      decimal.Decimal `rule:"assistance_paid"`
	OtherPaid           decimal.Decimal `rule:"other_paid"`
	PaidThisYear        decimal.Decimal `rule:"paid_this_year"`
	ResidentConsumption decimal.Decimal `rule:"resident_consumption,omitzero"`
}

// VeteranAid is a veteran's medical aid with the figures of its cap.
type VeteranAid struct {
	Amount     decimal.Decimal `rule:"aid"` // the aid, yuan; zero when not eligible
	Assistance decimal.Decimal // the medical assistance deducted first
	Remaining  decimal.Decimal `rule:"remaining"`  // the self-paid compliant cost left after every other payer
	YearlyCap  decimal.Decimal `rule:"yearly_cap"` // 50% of last year's per-capita consumption
	CapLeft    decimal.Decimal `rule:"cap_left"`   // the cap less the aid already paid this year, before this aid
	// CapLeftAfter is what is left of the cap after this aid.
	CapLeftAfter decimal.Decimal `rule:"cap_left_after"`
	Capped       bool            `rule:"capped"` // the cap held the aid down
	rules.Outcome[veteranAidCase]
}

func (e *Evaluator) veteranAidCaseOf(on rules.Date, h Household, m Member, s LocalStandards) (veteranAidCase, error) {
	mc, ok := m.Medical, m.Medical != nil
	if !ok {
		mc = &MedicalCosts{}
	}
	assistance := decimal.Zero
	if ok {
		a, err := e.MedicalAssistance(on, h, m)
		if err != nil {
			return veteranAidCase{}, err
		}
		if a.Eligible() {
			assistance = a.Amount
		}
	}
	return veteranAidCase{Veteran: m.Veteran, Status: h.Status, Visit: mc.Visit, Designated: mc.Designated, CompliantCost: mc.CompliantCost,
		AssistancePaid: assistance, OtherPaid: mc.OtherReimbursed, PaidThisYear: mc.VeteranAidPaidThisYear,
		ResidentConsumption: s.ResidentConsumption}, nil
}

// VeteranMedicalAid returns the medical aid (医疗援助, 四、15) of a veteran
// in a 低保 or 低边 household for inpatient or special-disease outpatient
// costs at a designated institution: 50% of the self-paid compliant cost
// left after every other payer, with no deductible, and never more than the
// yearly cap of 50% of last year's local per-capita consumption
// (LocalStandards.ResidentConsumption) less the aid already paid this year
// (Member.Medical.VeteranAidPaidThisYear). The earlier payers are the
// member's medical assistance, as [Evaluator.MedicalAssistance] computes
// it, and Member.Medical.OtherReimbursed.
func (e *Evaluator) VeteranMedicalAid(on rules.Date, h Household, m Member, s LocalStandards) (VeteranAid, error) {
	c, err := e.veteranAidCaseOf(on, h, m, s)
	if err != nil {
		return VeteranAid{}, err
	}
	a, err := e.veteranAid.Eval(on, c)
	if err != nil {
		return VeteranAid{}, err
	}
	a.Assistance = c.AssistancePaid
	return a, nil
}
