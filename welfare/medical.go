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

// Prescription says whether a chronic-disease outpatient prescription is
// within the weeks 四、14 allows.
type Prescription struct {
	Allowed  bool
	MaxWeeks int  // 12
	Extended bool // beyond the former 4 weeks
	Failed   []rules.Failure
	Result   *rules.Result
}

// ChronicPrescription checks a chronic-disease outpatient prescription of
// the given weeks (慢性病门诊长处方, 四、14): one prescription may cover up to
// 12 weeks, where it was 4, as the illness requires.
func ChronicPrescription(on rules.Date, weeks int) (Prescription, error) {
	return std().ChronicPrescription(on, weeks)
}

// ChronicPrescription is the package's [ChronicPrescription] over e's book.
func (e *Evaluator) ChronicPrescription(on rules.Date, weeks int) (Prescription, error) {
	res, err := e.prescription.Eval(on, flag(true), count(weeks))
	if err != nil {
		return Prescription{}, err
	}
	m, _ := res.Figure("max_weeks")
	x, _ := res.Figure("extended")
	return Prescription{Allowed: res.Eligible, MaxWeeks: int(m.Value.Number().IntPart()), Extended: x.Value.Bool(),
		Failed: res.Failed, Result: res}, nil
}

// OutpatientClaim is an outpatient cost to reimburse (四、14).
type OutpatientClaim struct {
	Insurance InsuranceScheme
	Kind      OutpatientKind
	Disease   SpecialDisease // for special-disease outpatient care; the zero value is none
	// BaseRate is the local reimbursement rate of chronic outpatient care
	// at primary institutions before the increase, 0.6 for 60%; zero is not
	// given, and a primary claim then fails naming base_rate.
	BaseRate decimal.Decimal
	Cost     decimal.Decimal // the in-policy cost, yuan
}

// Reimbursement is the rate and amount of an outpatient claim.
type Reimbursement struct {
	Eligible   bool
	Rate       decimal.Decimal // 0.5 for 50%
	Reimbursed decimal.Decimal // yuan
	Increase   decimal.Decimal // how far 四、14 raised the rate
	Failed     []rules.Failure
	Result     *rules.Result
}

// OutpatientReimbursement returns the reimbursement rate of an outpatient
// claim (门诊慢特病报销, 四、14): for residents' chronic-disease outpatient
// care at primary institutions the local rate plus 10 percentage points;
// for residents' hypertension and diabetes at secondary institutions 50%;
// for the special diseases, treated as inpatient care, at least 90%
// (employees) or 70% (residents) of in-policy costs.
func OutpatientReimbursement(on rules.Date, c OutpatientClaim) (Reimbursement, error) {
	return std().OutpatientReimbursement(on, c)
}

// OutpatientReimbursement is the package's [OutpatientReimbursement] over e's book.
func (e *Evaluator) OutpatientReimbursement(on rules.Date, c OutpatientClaim) (Reimbursement, error) {
	res, err := e.reimbursement.Eval(on, text(c.Insurance), text(c.Kind), text(c.Disease), given(c.BaseRate), num(c.Cost))
	if err != nil {
		return Reimbursement{}, err
	}
	f := func(name string) decimal.Decimal { x, _ := res.Figure(name); return x.Value.Number() }
	return Reimbursement{Eligible: res.Eligible, Rate: f("rate"), Reimbursed: f("reimbursed"), Increase: f("increase"),
		Failed: res.Failed, Result: res}, nil
}

// medicalOf returns the member's medical costs, or the zero costs and
// false.
func medicalOf(m Member) (MedicalCosts, bool) {
	if m.Medical == nil {
		return MedicalCosts{}, false
	}
	return *m.Medical, true
}

// MedicalAssistance returns the medical assistance (医疗救助, 四、14) of a
// member's compliant cost left after the basic and critical-illness
// insurance (Member.Medical.CompliantCost): all of it for a 特困 person, 80%
// for a 低保 or 低边 member or one the county recognises.
func MedicalAssistance(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().MedicalAssistance(on, h, m)
}

// MedicalAssistance is the package's [MedicalAssistance] over e's book.
func (e *Evaluator) MedicalAssistance(on rules.Date, h Household, m Member) (Benefit, error) {
	mc, ok := medicalOf(m)
	res, err := e.assistance.Eval(on, text(m.Tekun), text(h.Status), flag(m.CountyRecognised), opt(ok, given(mc.CompliantCost)))
	return benefit(res, err, "assistance")
}

// VeteranAid is a veteran's medical aid with the figures of its cap.
type VeteranAid struct {
	Benefit                    // the aid, yuan
	Assistance decimal.Decimal // the medical assistance deducted first
	Remaining  decimal.Decimal // the self-paid compliant cost left after every other payer
	YearlyCap  decimal.Decimal // 50% of last year's per-capita consumption
	CapLeft    decimal.Decimal // the cap less the aid already paid this year, before this aid
	// CapLeftAfter is what is left of the cap after this aid.
	CapLeftAfter decimal.Decimal
	Capped       bool // the cap held the aid down
}

// VeteranMedicalAid returns the medical aid (医疗援助, 四、15) of a veteran
// in a 低保 or 低边 household for inpatient or special-disease outpatient
// costs at a designated institution: 50% of the self-paid compliant cost
// left after every other payer, with no deductible, and never more than the
// yearly cap of 50% of last year's local per-capita consumption
// (LocalStandards.ResidentConsumption) less the aid already paid this year
// (Member.Medical.VeteranAidPaidThisYear). The earlier payers are the
// member's medical assistance, as [MedicalAssistance] computes it, and
// Member.Medical.OtherReimbursed.
func VeteranMedicalAid(on rules.Date, h Household, m Member, s LocalStandards) (VeteranAid, error) {
	return std().VeteranMedicalAid(on, h, m, s)
}

// VeteranMedicalAid is the package's [VeteranMedicalAid] over e's book.
func (e *Evaluator) VeteranMedicalAid(on rules.Date, h Household, m Member, s LocalStandards) (VeteranAid, error) {
	mc, ok := medicalOf(m)
	assistance := decimal.Zero
	if ok {
		a, err := e.MedicalAssistance(on, h, m)
		if err != nil {
			return VeteranAid{}, err
		}
		if a.Eligible {
			assistance = a.Amount
		}
	}
	res, err := e.veteranAid.Eval(on, flag(m.Veteran), text(h.Status), opt(ok, text(mc.Visit)), flag(mc.Designated),
		opt(ok, given(mc.CompliantCost)), num(assistance), num(mc.OtherReimbursed), num(mc.VeteranAidPaidThisYear),
		given(s.ResidentConsumption))
	b, err := benefit(res, err, "aid")
	if err != nil {
		return VeteranAid{}, err
	}
	f := func(name string) rules.Value { x, _ := res.Figure(name); return x.Value }
	return VeteranAid{Benefit: b, Assistance: assistance, Remaining: f("remaining").Number(), YearlyCap: f("yearly_cap").Number(),
		CapLeft: f("cap_left").Number(), CapLeftAfter: f("cap_left_after").Number(), Capped: f("capped").Bool()}, nil
}
