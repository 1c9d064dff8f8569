package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 四、14 and 四、15: outpatient prescriptions and reimbursement,
// medical assistance, and the medical aid of veterans.

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
func (e *Evaluator) ChronicPrescription(on rules.Date, weeks int) (res Prescription, err error) {
	in := prescriptionCase{Chronic: true, Weeks: weeks}
	err = e.prescription.EvalInto(on, &in, &res)
	return res, err
}

// OutpatientClaim is an outpatient cost to reimburse (四、14). The tags name
// the inputs of welfare.medical.reimbursement.
type OutpatientClaim struct {
	Insurance InsuranceScheme `rule:"insurance"`
	Kind      OutpatientKind  `rule:"kind"`
	Disease   SpecialDisease  `rule:"disease"` // for special-disease outpatient care; the zero value is none
	// BaseRate is the local reimbursement rate of chronic outpatient care
	// at primary institutions before the increase, rules.Pct("60") for
	// 60%; the zero Rate is not given, and a primary claim then fails naming
	// base_rate.
	BaseRate rules.Rate      `rule:"base_rate"`
	Cost     decimal.Decimal `rule:"cost"` // the in-policy cost, yuan
}

// Reimbursement is the rate and amount of an outpatient claim.
type Reimbursement struct {
	Rate       rules.Rate      `rule:"rate"`       // 50%
	Reimbursed decimal.Decimal `rule:"reimbursed"` // yuan
	Increase   rules.Rate      `rule:"increase"`   // how far 四、14 raised the rate, in percentage points
	rules.Outcome[OutpatientClaim]
}

// OutpatientReimbursement returns the reimbursement rate of an outpatient
// claim (门诊慢特病报销, 四、14): for residents' chronic-disease outpatient
// care at primary institutions the local rate plus 10 percentage points;
// for residents' hypertension and diabetes at secondary institutions 50%;
// for the special diseases, treated as inpatient care, at least 90%
// (employees) or 70% (residents) of in-policy costs.
func (e *Evaluator) OutpatientReimbursement(on rules.Date, c OutpatientClaim) (res Reimbursement, err error) {
	err = e.reimbursement.EvalInto(on, &c, &res)
	return res, err
}

// assistanceCase is the case of welfare.medical.assistance.
type assistanceCase struct {
	Tekun            TekunSupport     `rule:"tekun_support"`
	Status           AssistanceStatus `rule:"household_status"`
	CountyRecognised bool             `rule:"county_recognised"`
	CompliantCost    decimal.Decimal  `rule:"compliant_cost,omitzero"`
}

// MedicalAssistance is a member's medical assistance of 四、14.
type MedicalAssistance struct {
	Amount decimal.Decimal `rule:"assistance"` // yuan; zero when not eligible
	Share  rules.Rate      `rule:"share"`      // of the compliant cost, 80%; the zero Rate when not eligible
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
func (e *Evaluator) MedicalAssistance(on rules.Date, mc MemberCase) (MedicalAssistance, error) {
	h, m := mc.Household, mc.Member
	return e.assistance.Eval(on, assistanceCaseOf(h, m))
}

// veteranAidCase is the case of welfare.veteran.medical_aid; the medical
// assistance paid first is evaluated in Go.
type veteranAidCase struct {
	Veteran             bool             `rule:"veteran"`
	Status              AssistanceStatus `rule:"household_status"`
	Visit               VisitKind        `rule:"visit"`
	Designated          bool             `rule:"designated"`
	CompliantCost       decimal.Decimal  `rule:"compliant_cost,omitzero"`
	AssistancePaid      decimal.Decimal  `rule:"assistance_paid"`
	OtherPaid           decimal.Decimal  `rule:"other_paid"`
	PaidThisYear        decimal.Decimal  `rule:"paid_this_year"`
	ResidentConsumption decimal.Decimal  `rule:"resident_consumption,omitzero"`
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
		a, err := e.MedicalAssistance(on, MemberCase{Household: h, Member: m})
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
func (e *Evaluator) VeteranMedicalAid(on rules.Date, mc MemberCase) (VeteranAid, error) {
	h, m, s := mc.Household, mc.Member, mc.LocalStandards
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

const (
	quotePrescription   = "放宽慢性病门诊配药时限,一次处方医保用药量可根据病情需要从4周延长到12周"
	quoteChronicRate    = "城乡居民基层医疗机构慢性病门诊报销比例提高10个百分点，其中高血压、糖尿病参保患者在二级医疗机构报销比例从35%提高至50%"
	quoteSpecialDisease = "对罹患基本医保规定的各类恶性肿瘤治疗、器官移植后的抗排异治疗、肾功能衰竭的腹膜透析治疗、血液透析、系统性红斑狼疮、再生障碍性贫血、血友病、糖尿病胰岛素治疗、重性精神病药物维持治疗、肺结核病辅助治疗、儿童孤独症等10种特殊病种参保患者"
	quoteSpecialRate    = "其门诊待遇标准视同住院，其中政策范围内医疗费用职工报销比例不低于90%，城乡居民报销比例不低于70%"
	quoteAssistance     = "对符合条件的困难群众实行医疗救助，经基本医保、大病保险报销后的合规医疗费用，特困人员全额救助，低保低边及县级人民政府认定的其他特殊困难人员按80%救助"
	quoteVeteranAid     = "对低保低边退役军人，在定点医疗机构发生的符合医保开支范围内的住院和特殊病种门诊医疗费用，扣除基本医保、大病保险和医疗救助、其他补充医疗保险等各类报销、补助后，按剩余自负合规医疗费用的50%给予医疗援助"
	quoteVeteranAidCap  = "医疗援助不设起付线，一个医保年度内援助金额封顶线为上年度当地居民人均消费支出的50%"
)

func medicalSpec() ([]rules.Param, []rules.Rule) {
	rate := func(k InsuranceScheme, v string) rules.Row { return rules.Row{Keys: []string{string(k)}, Value: d(v)} }
	params := []rules.Param{
		capped("prescription_max_weeks", rules.T("慢性病门诊一次处方医保用药量上限", "chronic outpatient prescription: most weeks"),
			Week, "12", cite("四、14", quotePrescription)),
		fixed("prescription_previous_weeks", rules.T("慢性病门诊一次处方原用药量上限", "chronic outpatient prescription: most weeks before"),
			Week, "4", cite("四、14", quotePrescription)),
		floor("chronic_rate_increase", rules.T("城乡居民基层医疗机构慢性病门诊报销比例提高", "residents' chronic outpatient rate at primary institutions: increase"),
			rules.Percent, "0.1", cite("四、14", quoteChronicRate)),
		fixed("hd_previous_rate", rules.T("高血压、糖尿病二级医疗机构门诊原报销比例", "hypertension and diabetes at secondary institutions: former rate"),
			rules.Percent, "0.35", cite("四、14", quoteChronicRate)),
		floor("hd_secondary_rate", rules.T("高血压、糖尿病二级医疗机构门诊报销比例", "hypertension and diabetes at secondary institutions: rate"),
			rules.Percent, "0.5", cite("四、14", quoteChronicRate)),
		{Name: "special_outpatient_rate", Title: rules.T("特殊病种门诊政策范围内报销比例（不低于）", "special-disease outpatient rate of in-policy costs, at least"),
			Unit: rules.Percent, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				rate(EmployeeInsurance, "0.9"), rate(ResidentInsurance, "0.7"),
			}}, Cite: cite("四、14", quoteSpecialRate)}}},
		floor("assistance_tekun_share", rules.T("特困人员医疗救助比例（全额）", "medical assistance of 特困 persons (in full)"),
			rules.Percent, "1", cite("四、14", quoteAssistance)),
		floor("assistance_share", rules.T("低保低边等医疗救助比例", "medical assistance of 低保, 低边 and other hardship persons"),
			rules.Percent, "0.8", cite("四、14", quoteAssistance)),
		floor("veteran_aid_share", rules.T("退役军人医疗援助比例", "veterans' medical aid: share of the remaining cost"),
			rules.Percent, "0.5", cite("四、15", quoteVeteranAid)),
		capped("veteran_aid_cap_share", rules.T("退役军人医疗援助年度封顶线占上年度当地居民人均消费支出的比例", "veterans' medical aid: yearly cap as a share of last year's per-capita consumption"),
			rules.Percent, "0.5", cite("四、15", quoteVeteranAidCap)),
		fixed("medical_year", rules.T("医保年度", "medical-insurance year"), rules.Year, "1", cite("四、15", quoteVeteranAidCap)),
	}
	return params, []rules.Rule{prescriptionRule(), reimbursementRule(), assistanceRule(), veteranAidRule()}
}

func prescriptionRule() rules.Rule {
	return rules.Rule{
		ID:    RuleChronicPrescription,
		Title: rules.T("慢性病门诊长处方", "long prescriptions for chronic outpatients"),
		Cite:  cite("四、14", quotePrescription),
		Inputs: []rules.Input{
			rules.FlagInput("chronic", rules.T("慢性病门诊配药", "a chronic-disease outpatient prescription")).Optional(false),
			rules.CountInput("weeks", rules.T("一次处方医保用药量", "weeks of medicine on one prescription"), Week, rules.Range{Lo: rules.Incl("1")}),
		},
		Require: []rules.Condition{
			{Name: "chronic", Text: rules.T("慢性病门诊配药", "a chronic-disease outpatient prescription"), Expr: "chronic"},
			{Name: "within_max", Text: rules.T("一次处方医保用药量不超过12周", "at most 12 weeks on one prescription"), Expr: "weeks <= prescription_max_weeks"},
		},
		Outputs: []rules.Output{
			{Name: "max_weeks", Title: rules.T("一次处方医保用药量上限", "most weeks on one prescription"), Unit: Week, Expr: "prescription_max_weeks", Always: true},
			{Name: "extended", Title: rules.T("超过原4周上限（使用放宽后的时限）", "beyond the former 4 weeks (uses the extension)"), Expr: "weeks > prescription_previous_weeks"},
		},
		Reading: rules.T("“可根据病情需要”由医师判断；本规则判断处方周数是否在12周（含）以内。",
			"“according to need” is the doctor's judgement; the rule says whether a prescription's weeks are within 12 (included)."),
	}
}

func reimbursementRule() rules.Rule {
	return rules.Rule{
		ID:    RuleReimbursement,
		Title: rules.T("门诊慢特病报销比例", "outpatient reimbursement of chronic and special diseases"),
		Cite:  cite("四、14", quoteChronicRate),
		Inputs: []rules.Input{
			rules.ChoiceInput("insurance", rules.T("参保险种", "insurance scheme"), InsuranceSchemes()...),
			rules.ChoiceInput("kind", rules.T("门诊类别", "kind of outpatient care"), OutpatientKinds()...),
			rules.ChoiceInput("disease", rules.T("特殊病种", "special disease"), SpecialDiseases()...).Optional(string(NoSpecialDisease)),
			rules.NumberInput("base_rate", rules.T("当地基层医疗机构慢性病门诊现行报销比例", "the local primary chronic outpatient rate before the increase"),
				// 提高10个百分点 raises a rate in force: zero is none to raise.
				rules.Percent, rules.Range{Lo: rules.Excl("0"), Hi: rules.Incl("1")}).Omittable(),
			rules.NumberInput("cost", rules.T("政策范围内医疗费用", "in-policy medical cost"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
		},
		Defs: []rules.Def{{Name: "rate", Title: rules.T("报销比例", "reimbursement rate"),
			Expr: fmt.Sprintf("kind == %q ? base_rate + chronic_rate_increase : (kind == %q ? hd_secondary_rate : special_outpatient_rate[insurance])", PrimaryChronic, SecondaryHypertensionDiabetes)}},
		Checks: []rules.Check{{Field: "base_rate", Text: rules.T("提高后的报销比例不超过100%", "the raised rate is at most 100%"),
			Expr: fmt.Sprintf("kind != %q || !given(base_rate) || base_rate + chronic_rate_increase <= 1", PrimaryChronic)}},
		Require: []rules.Condition{
			{Name: "residents", Text: rules.T("城乡居民医保参保患者（慢性病门诊）", "insured under the residents' scheme (chronic outpatient care)"),
				When: fmt.Sprintf("kind != %q", SpecialDiseaseOutpatient), Expr: fmt.Sprintf("insurance == %q", ResidentInsurance)},
			{Name: "special_disease", Text: rules.T("罹患所列10种特殊病种", "one of the 10 special diseases listed"),
				When: fmt.Sprintf("kind == %q", SpecialDiseaseOutpatient), Expr: fmt.Sprintf("disease != %q", NoSpecialDisease), Cite: cite("四、14", quoteSpecialDisease)},
		},
		Outputs: []rules.Output{
			{Name: "rate", Title: rules.T("报销比例", "reimbursement rate"), Unit: rules.Percent, Expr: "rate"},
			{Name: "reimbursed", Title: rules.T("报销金额", "amount reimbursed"), Unit: rules.Yuan, Expr: "cost * rate"},
			{Name: "increase", Title: rules.T("提高的比例", "increase of the rate"), Unit: rules.Percent,
				Expr: fmt.Sprintf("kind == %q ? chronic_rate_increase : (kind == %q ? hd_secondary_rate - hd_previous_rate : 0)", PrimaryChronic, SecondaryHypertensionDiabetes)},
		},
		Reading: rules.T(
			"基层医疗机构慢性病门诊：当地现行比例（调用方给出，须大于零）加10个百分点；高血压、糖尿病在二级医疗机构门诊：50%（原35%）；两者为城乡居民医保待遇（“其中”）。"+
				"特殊病种门诊视同住院，政策范围内费用职工不低于90%、城乡居民不低于70%（比例为下限）。原文列举11项治疗而称“10种”，本库读作“肾功能衰竭的腹膜透析治疗、血液透析”同属肾功能衰竭一种病种。",
			"chronic outpatient care at primary institutions: the local rate (the caller's, above zero) plus 10 percentage points; hypertension and "+
				"diabetes at secondary institutions: 50% (was 35%); both are residents' benefits (“其中”). Special-disease outpatient care "+
				"counts as inpatient care: at least 90% for employees and 70% for residents of in-policy costs (floors). The text lists 11 "+
				"treatments and says “10 diseases”; the library reads peritoneal dialysis and haemodialysis of renal failure as one disease."),
	}
}

func assistanceRule() rules.Rule {
	return rules.Rule{
		ID:    RuleMedicalAssistance,
		Title: rules.T("困难群众医疗救助", "medical assistance of hardship persons"),
		Cite:  cite("四、14", quoteAssistance),
		Inputs: []rules.Input{inTekun, inStatus,
			rules.FlagInput("county_recognised", rules.T("县级人民政府认定的其他特殊困难人员", "recognised by the county government as in special hardship")).Optional(false),
			// A claim is of a cost left to pay: zero is no claim, never a
			// benefit of 0.
			rules.NumberInput("compliant_cost", rules.T("经基本医保、大病保险报销后的合规医疗费用", "compliant cost after basic and critical-illness insurance"),
				rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
		},
		Defs: []rules.Def{{Name: "share", Title: rules.T("救助比例", "share assisted"),
			Expr: fmt.Sprintf("tekun_support != %q ? assistance_tekun_share : assistance_share", NotTekun)}},
		Require: []rules.Condition{{Name: "hardship",
			Text: rules.T("特困人员、低保低边或县级人民政府认定的其他特殊困难人员", "a 特困 person, a 低保 or 低边 member, or recognised by the county government"),
			Expr: fmt.Sprintf("tekun_support != %q || household_status in %s || county_recognised", NotTekun, quoted(Dibao, Dibian))}},
		Outputs: []rules.Output{
			{Name: "assistance", Title: rules.T("医疗救助金额", "medical assistance"), Unit: rules.Yuan, Expr: "compliant_cost * share"},
			{Name: "share", Title: rules.T("救助比例", "share assisted"), Unit: rules.Percent, Expr: "share"},
		},
		Reading: rules.T(
			"特困人员全额（100%），低保低边及县级人民政府认定的其他特殊困难人员80%，按经基本医保、大病保险报销后的合规医疗费用（调用方给出，须大于零：无费用即无可救助，不作“享受0元”）计算；本款未设年度限额。"+
				"低收入农户属“困难群众”，但未列入救助比例，非低保低边的低收入农户须经县级认定。",
			"特困 persons in full (100%), 低保 and 低边 members and persons the county recognises 80%, of the compliant cost left "+
				"after basic and critical-illness insurance (the caller's figure, above zero: no cost is no claim, not a grant of 0); "+
				"the clause sets no yearly limit. Low-income farm "+
				"households are hardship persons but have no share of their own: those not 低保 or 低边 need the county's recognition."),
	}
}

func veteranAidRule() rules.Rule {
	return rules.Rule{
		ID:    RuleVeteranMedicalAid,
		Title: rules.T("低保低边退役军人医疗援助", "medical aid of veterans in 低保 and 低边 households"),
		Cite:  cite("四、15", quoteVeteranAid),
		Inputs: []rules.Input{
			rules.FlagInput("veteran", rules.T("退役军人", "veteran")).Optional(false),
			inStatus,
			rules.ChoiceInput("visit", rules.T("就医类别", "kind of care"), VisitKinds()...),
			rules.FlagInput("designated", rules.T("在定点医疗机构发生", "at a designated medical institution")).Optional(false),
			// A claim is of a cost left to pay: zero is no claim, never a
			// benefit of 0.
			rules.NumberInput("compliant_cost", rules.T("经基本医保、大病保险报销后的合规医疗费用", "compliant cost after basic and critical-illness insurance"),
				rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("assistance_paid", rules.T("医疗救助金额", "medical assistance paid"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.NumberInput("other_paid", rules.T("其他补充医疗保险等各类报销、补助", "other supplementary insurance and aid paid"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.NumberInput("paid_this_year", rules.T("本医保年度已援助金额", "aid already paid this medical-insurance year"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.NumberInput("resident_consumption", rules.T("上年度当地居民人均消费支出", "last year's local per-capita consumption expenditure"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}),
		},
		Defs: []rules.Def{
			{Name: "remaining", Title: rules.T("剩余自负合规医疗费用", "remaining self-paid compliant cost"), Expr: "compliant_cost - assistance_paid - other_paid"},
			{Name: "by_share", Title: rules.T("剩余自负费用×50%", "remaining cost × 50%"), Expr: "remaining * veteran_aid_share"},
			{Name: "yearly_cap", Title: rules.T("年度封顶线", "yearly cap"), Expr: "resident_consumption * veteran_aid_cap_share * medical_year"},
			{Name: "cap_left", Title: rules.T("本年度封顶线余额", "cap left this year"), Expr: "max(yearly_cap - paid_this_year, 0)"},
		},
		Checks: []rules.Check{{Field: "other_paid", Text: rules.T("医疗救助与其他报销、补助合计不超过合规医疗费用", "assistance and other payments do not exceed the compliant cost"),
			Expr: "assistance_paid + other_paid <= compliant_cost"},
			{Field: "paid_this_year", Text: rules.T("本医保年度已援助金额不超过年度封顶线", "the aid already paid this year is within the yearly cap"),
				Expr: "paid_this_year <= yearly_cap"}},
		Require: []rules.Condition{
			{Name: "veteran", Text: rules.T("退役军人", "a veteran"), Expr: "veteran"},
			{Name: "dibao_or_dibian", Text: rules.T("低保低边", "in a 低保 or 低边 household"), Expr: fmt.Sprintf("household_status in %s", quoted(Dibao, Dibian))},
			{Name: "covered_care", Text: rules.T("住院和特殊病种门诊医疗费用", "inpatient or special-disease outpatient costs"),
				Expr: fmt.Sprintf("visit in %s", quoted(Inpatient, SpecialOutpatient))},
			{Name: "designated", Text: rules.T("在定点医疗机构发生", "at a designated medical institution"), Expr: "designated"},
			{Name: "within_yearly_cap", Text: rules.T("本医保年度援助未达封顶线", "this medical-insurance year's aid is below the cap"),
				Expr: "cap_left > 0", Cite: cite("四、15", quoteVeteranAidCap)},
		},
		Outputs: []rules.Output{
			{Name: "aid", Title: rules.T("医疗援助金额", "medical aid"), Unit: rules.Yuan, Expr: "min(by_share, cap_left)"},
			{Name: "remaining", Title: rules.T("剩余自负合规医疗费用", "remaining self-paid compliant cost"), Unit: rules.Yuan, Expr: "remaining", Always: true},
			{Name: "yearly_cap", Title: rules.T("年度封顶线", "yearly cap"), Unit: rules.Yuan, Expr: "yearly_cap", Always: true, Cite: cite("四、15", quoteVeteranAidCap)},
			{Name: "cap_left", Title: rules.T("本年度封顶线余额（援助前）", "cap left this year, before this aid"), Unit: rules.Yuan, Expr: "cap_left", Always: true},
			{Name: "cap_left_after", Title: rules.T("本年度封顶线余额（本次援助后）", "cap left this year, after this aid"), Unit: rules.Yuan,
				Expr: "cap_left - min(by_share, cap_left)"},
			{Name: "capped", Title: rules.T("受年度封顶线限制", "held down by the yearly cap"), Expr: "by_share > cap_left"},
		},
		Reading: rules.T(
			"援助＝min（剩余自负合规医疗费用×50%，年度封顶线－本医保年度已援助金额），剩余自负费用＝经基本医保、大病保险报销后的合规费用－医疗救助－其他补充医疗保险等报销补助；不设起付线；合规费用须大于零；"+
				"封顶线＝上年度当地居民人均消费支出×50%（全体居民，非二、3的城镇居民口径），本年度已援助金额由调用方给出，不得超过封顶线，援助累计不超过封顶线；封顶线已用完的，本年度不再援助（不作“享受0元”）。",
			"aid = min(remaining self-paid compliant cost × 50%, yearly cap − aid already paid this medical-insurance year); the remaining "+
				"cost is the compliant cost after basic and critical-illness insurance less medical assistance and other "+
				"supplementary payments, the compliant cost being above zero; there is no deductible; the cap is 50% of last year's local per-capita consumption of all "+
				"residents (not the urban figure of 二、3); the caller gives the aid already paid, never above the cap, and the total "+
				"never exceeds it; once the cap is used up no more aid is granted this year (not a grant of 0)."),
	}
}
