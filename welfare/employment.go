package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// EmployerKind is a kind of employer (用人单位) as 七、21 tells them apart.
type EmployerKind string

const (
	EnterpriseEmployer     EmployerKind = "企业等用人单位"
	GovernmentOrgan        EmployerKind = "党政机关"
	FullyFundedInstitution EmployerKind = "全额拨款事业单位"
)

// EmployerKinds returns the kinds.
func EmployerKinds() []EmployerKind {
	return []EmployerKind{EnterpriseEmployer, GovernmentOrgan, FullyFundedInstitution}
}

// ParseEmployerKind returns the kind with the given Chinese name.
func ParseEmployerKind(s string) (EmployerKind, error) {
	return rules.ParseOneOf(s, EmployerKinds(), "kind of employer")
}

// LoanKind is a kind of guaranteed start-up loan (创业担保贷款, 七、23).
type LoanKind string

const (
	IndividualBusinessLoan LoanKind = "新创办个体工商户"
	EnterpriseLoan         LoanKind = "新创办企业"
	SMEHiringLoan          LoanKind = "招用贷款重点人群的中小微企业"
)

// LoanKinds returns the kinds.
func LoanKinds() []LoanKind { return []LoanKind{IndividualBusinessLoan, EnterpriseLoan, SMEHiringLoan} }

// ParseLoanKind returns the kind with the given Chinese name.
func ParseLoanKind(s string) (LoanKind, error) {
	return rules.ParseOneOf(s, LoanKinds(), "kind of loan")
}

// KeyGroup is a key group for guaranteed loans (贷款重点人群, 附则1). The
// zero value means none (NoKeyGroup).
type KeyGroup string

const (
	CollegeStudent       KeyGroup = "在校大学生"
	RecentGraduate       KeyGroup = "毕业10年以内的高校毕业生"
	RegisteredUnemployed KeyGroup = "登记失业半年以上人员"
	HardToEmploy         KeyGroup = "就业困难人员"
	CertifiedDisabled    KeyGroup = "持证残疾人"
	TransferredOfficer   KeyGroup = "自主择业军转干部"
	SelfEmployedVeteran  KeyGroup = "自主就业退役士兵"
	NoKeyGroup           KeyGroup = "无"
)

// KeyGroups returns the groups in the order of 附则1.
func KeyGroups() []KeyGroup {
	return []KeyGroup{CollegeStudent, RecentGraduate, RegisteredUnemployed, HardToEmploy, CertifiedDisabled,
		TransferredOfficer, SelfEmployedVeteran, NoKeyGroup}
}

// ParseKeyGroup returns the group with the given Chinese name.
func ParseKeyGroup(s string) (KeyGroup, error) { return rules.ParseOneOf(s, KeyGroups(), "key group") }

// postCase is the part of welfare.employment.post_subsidy for a member on
// a public-welfare post.
type postCase struct {
	Part            postPart       `rule:"part"`
	PublicPost      bool           `rule:"public_post"`
	Graduate        bool           `rule:"graduate"`
	HardToEmploy    bool           `rule:"hard_to_employ"`
	Disability      DisabilityKind `rule:"disability"`
	Tekun           TekunSupport   `rule:"tekun_support"`
	Status          Status         `rule:"household_status"`
	LowIncomeFarmer bool           `rule:"low_income_farmer"`
	Insured         bool           `rule:"insured"`
}

// PostSubsidy is a public-welfare post's subsidies of a month (七、21).
type PostSubsidy struct {
	Amount    decimal.Decimal `rule:"monthly"`           // the total, 元/月; zero when not eligible
	Post      decimal.Decimal `rule:"post_subsidy"`      // the post subsidy
	Insurance decimal.Decimal `rule:"insurance_subsidy"` // the insurance subsidy
	rules.Outcome[postCase]
}

// PublicWelfarePostSubsidy returns the monthly subsidies of a member on a
// public-welfare post (公益性岗位补贴, 七、21) who is a college graduate, hard
// to employ, a certified disabled hardship person or of a low-income farm
// household: 600 yuan and 300 of insurance subsidy when the post pays
// social insurance, 700 when it does not.
func (e *Evaluator) PublicWelfarePostSubsidy(on rules.Date, h Household, m Member) (PostSubsidy, error) {
	return e.post.Eval(on, postCaseOf(h, m))
}

func postCaseOf(h Household, m Member) postCase {
	c := postCase{Part: partPublicPost, Disability: m.Disability, Tekun: m.Tekun, Status: h.Status, LowIncomeFarmer: h.LowIncomeFarmer}
	if w := m.Employment; w != nil {
		c.PublicPost, c.Graduate, c.HardToEmploy, c.Insured = w.PublicWelfarePost, w.Graduate, w.HardToEmploy, w.Insured
	}
	return c
}

// EmployerHiring is a firm's hiring for the insurance subsidy of 七、21: the
// persons whose subsidy began on one day. The 3 years run per person
// hired; a firm that hired on different days has one EmployerHiring per
// first day, each evaluated on its own, and the monthly figures add up.
// The tags name the inputs of welfare.employment.post_subsidy.
type EmployerHiring struct {
	Hired int `rule:"hired"` // persons in living difficulty hard to employ, or of low-income farm households, actually employed
	// The lowest employer contributions of the period, 元/人·月; zero is not
	// given, and the error names the input.
	PensionMin      decimal.Decimal `rule:"pension_min,omitzero"`
	MedicalMin      decimal.Decimal `rule:"medical_min,omitzero"`
	UnemploymentMin decimal.Decimal `rule:"unemployment_min,omitzero"`
	From            rules.Date      `rule:"subsidy_from"` // first day of the subsidy of these persons
}

// employerCase is the part of welfare.employment.post_subsidy for a firm.
type employerCase struct {
	Part postPart `rule:"part"`
	EmployerHiring
}

// EmployerSubsidy is a firm's monthly insurance subsidy and its end.
type EmployerSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/月, for all the persons hired; zero when not eligible
	Until  rules.Date      `rule:"until"`   // the last day of the 3 years
	rules.Outcome[employerCase]
}

// EmployerInsuranceSubsidy returns a firm's monthly insurance subsidy
// (企业社保补贴, 七、21) for hiring persons in living difficulty hard to
// employ or of low-income farm households: per person employed, the sum of
// the lowest employer contributions to pension, medical and unemployment
// insurance, for at most 3 years.
func (e *Evaluator) EmployerInsuranceSubsidy(on rules.Date, f EmployerHiring) (EmployerSubsidy, error) {
	return e.employer.Eval(on, employerCase{Part: partEmployer, EmployerHiring: f})
}

// Employer is an employer's figures of last year for the subsidies of
// 七、21 for employing disabled persons.
type Employer struct {
	Kind  EmployerKind `rule:"employer_kind"`
	Staff int          `rule:"staff"` // employees (在职职工)
	// DisabledEmployees counts every disabled employee placed (安排残疾人),
	// for the 1.5% and 25% parts.
	DisabledEmployees int `rule:"disabled_employees"`
	// QualifyingEmployees counts those of them insured 6 consecutive months
	// or more last year and paid at least 150% of the local monthly minimum
	// wage (HiringSubsidy gives both thresholds), for the 2 months a person;
	// nil is not given, and the error names qualifying_employees.
	QualifyingEmployees *int
	Concentrated        bool `rule:"concentrated"` // a concentrated-employment firm (集中就业企业)
}

// hiringCase is the case of welfare.employment.disabled_hiring: the
// employer's figures and the local minimum wage. The count of qualifying
// employees is held as a value, not the caller's pointer, so that keeping
// the case in the result copies nothing.
type hiringCase struct {
	Employer
	Qualifying  rules.Value     `rule:"qualifying_employees"`
	MinimumWage decimal.Decimal `rule:"minimum_wage,omitzero"`
}

// HiringSubsidy is an employer's yearly subsidies for employing disabled
// persons.
type HiringSubsidy struct {
	Amount             decimal.Decimal `rule:"subsidy"`             // the total, 元/年; zero when not eligible
	Base               decimal.Decimal `rule:"base"`                // per employee counted, at most (最高2个月)
	BeyondQuota        decimal.Decimal `rule:"beyond_quota"`        // 4 months per employee beyond the 1.5% quota
	BeyondConcentrated decimal.Decimal `rule:"beyond_concentrated"` // 2 months per employee beyond 25%
	QuotaPersons       int             `rule:"quota_persons"`       // the 1.5% quota in whole persons (a reading: rounded up)
	WageThreshold      decimal.Decimal `rule:"wage_threshold"`      // 150% of the minimum wage, 元/月
	InsuredMonthsMin   int             `rule:"insured_months_min"`  // 6
	rules.Outcome[hiringCase]
}

// DisabledHiringSubsidy returns an employer's yearly subsidies for
// employing disabled persons (按比例就业扶持, 七、21), in months of the local
// monthly minimum wage: up to 2 months per disabled employee insured 6
// months last year and paid 150% of the minimum wage
// (Employer.QualifyingEmployees); 4 months per disabled employee beyond the
// 1.5% quota; for a concentrated-employment firm, 2 months per disabled
// employee beyond 25% (both of Employer.DisabledEmployees). Party and
// government organs and fully funded institutions get none.
//
// The three parts add up, and the quotas are counted in whole persons,
// staff × 1.5% (or 25%) rounded up: both are the library's reading of the
// clause, not its words. The rounding is the book's parameter
// disabled_quota_rounding ("向上取整"); a book derived with "向下取整" rounds
// down.
func (e *Evaluator) DisabledHiringSubsidy(on rules.Date, f Employer, s LocalStandards) (HiringSubsidy, error) {
	c := hiringCase{Employer: f, MinimumWage: s.MinimumWage}
	if f.QualifyingEmployees != nil {
		c.Qualifying = rules.NumberValue(decimal.NewFromInt(int64(*f.QualifyingEmployees)))
	}
	return e.hiring.Eval(on, c)
}

// flexibleCase is the case of welfare.employment.flexible_insurance.
type flexibleCase struct {
	HardToEmploy        bool            `rule:"hard_to_employ"`
	LivingDifficulty    bool            `rule:"living_difficulty"`
	Status              Status          `rule:"household_status"`
	LowIncomeFarmer     bool            `rule:"low_income_farmer"`
	LeftSchoolOn        rules.Date      `rule:"left_school_on"`
	Flexible            bool            `rule:"flexible"`
	InsuredIndividually bool            `rule:"insured_individually"`
	Contributions       decimal.Decimal `rule:"contributions,omitzero"`
	ApprovedOn          rules.Date      `rule:"approved_on"`
	RetiresOn           rules.Date      `rule:"retires_on"`
	PaidForUntil        rules.Date      `rule:"paid_for_until"`
	Subscribed          decimal.Decimal `rule:"subscribed"`
	FamilyCar           bool            `rule:"family_car"`
}

// FlexibleSubsidy is a flexibly employed member's insurance subsidy.
type FlexibleSubsidy struct {
	Amount   decimal.Decimal `rule:"subsidy"`  // yuan, of the contributions given; zero when not eligible
	Until    rules.Date      `rule:"until"`    // last day of the subsidy
	Extended bool            `rule:"extended"` // to retirement
	rules.Outcome[flexibleCase]
}

// FlexibleInsuranceSubsidy returns the flexible-employment insurance
// subsidy (灵活就业社保补贴, 七、22) of a member hard to employ and in living
// difficulty (Employment.HardToEmploy and LivingDifficulty), a graduate
// within 2 years of leaving school, or of a low-income family, insured as
// an individual: two thirds of the contributions paid, for 3 years from the
// first approval, to retirement when that was less than 5 years away; none
// for a member who subscribed 200,000 or more in enterprises or whose
// household owns a vehicle not for hire (Household.NonOperatingVehicle).
// The contributions count by the months they pay for
// (FlexibleEmployment.PaidForUntil); past the 3 years the retirement date
// is needed, and zero contributions are not given: both are errors naming
// the input, never a refusal or a granted 0.
func (e *Evaluator) FlexibleInsuranceSubsidy(on rules.Date, h Household, m Member) (FlexibleSubsidy, error) {
	return e.flexible.Eval(on, flexibleCaseOf(h, m))
}

func flexibleCaseOf(h Household, m Member) flexibleCase {
	c := flexibleCase{Status: h.Status, LowIncomeFarmer: h.LowIncomeFarmer, FamilyCar: h.NonOperatingVehicle}
	if w := m.Employment; w != nil {
		c.HardToEmploy, c.LivingDifficulty = w.HardToEmploy, w.LivingDifficulty
		if fx := w.Flexible; fx != nil {
			c.Flexible, c.LeftSchoolOn, c.InsuredIndividually, c.Contributions = true, fx.LeftSchoolOn, fx.InsuredIndividually, fx.Contributions
			c.ApprovedOn, c.RetiresOn, c.PaidForUntil, c.Subscribed = fx.ApprovedOn, fx.RetiresOn, fx.PaidForUntil, fx.Subscribed
		}
	}
	return c
}

// jobSeekingCase is the case of welfare.employment.job_seeking_grant.
type jobSeekingCase struct {
	Graduating         bool           `rule:"graduating"`
	Status             Status         `rule:"household_status"`
	Tekun              TekunSupport   `rule:"tekun_support"`
	ChildCategory      ChildCategory  `rule:"child_category"`
	Disability         DisabilityKind `rule:"disability"`
	StudentLoan        bool           `rule:"student_loan"`
	PoorDisabledFamily rules.Value    `rule:"poor_disabled_family"` // not given when the household does not state it
	LowIncomeFarmer    bool           `rule:"low_income_farmer"`
}

// JobSeekingGrant is a graduating student's job-seeking and start-up grant
// (七、22).
type JobSeekingGrant struct {
	Amount decimal.Decimal `rule:"grant"` // 元/人, once; zero when not eligible
	rules.Outcome[jobSeekingCase]
}

// JobSeekingGrant returns the job-seeking and start-up grant (求职创业补贴,
// 七、22) of a college student in the year of graduation (Member.Student)
// who is of a 低保 or 低边 household, an orphan, disabled, a state student
// loan holder, of a low-income farm household or a poor disabled person's
// family (Household.PoorDisabledFamily), or 特困: 3,000 once. A graduate in
// none of the other groups needs Household.PoorDisabledFamily stated;
// without it the error names poor_disabled_family.
func (e *Evaluator) JobSeekingGrant(on rules.Date, h Household, m Member) (JobSeekingGrant, error) {
	return e.jobSeeking.Eval(on, jobSeekingCaseOf(h, m))
}

func jobSeekingCaseOf(h Household, m Member) jobSeekingCase {
	c := jobSeekingCase{Status: h.Status, Tekun: m.Tekun, ChildCategory: m.ChildCategory, Disability: m.Disability,
		LowIncomeFarmer: h.LowIncomeFarmer}
	if st := m.Student; st != nil {
		c.Graduating, c.StudentLoan = st.GraduatingYear, st.StudentLoan
	}
	if h.PoorDisabledFamily != nil {
		c.PoorDisabledFamily = rules.BoolValue(*h.PoorDisabledFamily)
	}
	return c
}

// LoanApplication is an application for a guaranteed start-up loan
// (七、23). The tags name the inputs of welfare.business.guaranteed_loan.
type LoanApplication struct {
	Kind LoanKind `rule:"kind"`
	// The borrower's key group (附则1), with the day of graduation or of
	// registration as unemployed where the group needs it.
	KeyGroup        KeyGroup   `rule:"key_group"`
	GraduatedOn     rules.Date `rule:"graduated_on"`
	UnemployedSince rules.Date `rule:"unemployed_since"`
	FoundedOn       rules.Date `rule:"founded_on"` // the new business's founding day
	SME             bool       `rule:"sme"`        // a small, medium or micro enterprise
	// Hired counts the key-group persons an SME employs; it is read for an
	// SME's loan (SMEHiringLoan) only.
	Hired    int
	LoanFrom rules.Date `rule:"loan_from"` // the day the loan was made; zero: not yet
}

// loanCase is the case of welfare.business.guaranteed_loan for a loan: the
// application, with the persons hired given for an SME's loan only.
type loanCase struct {
	LoanApplication
	SMEHired rules.Value `rule:"hired"`
}

// Loan is the most a guaranteed loan may be and the end of its subsidies.
type Loan struct {
	Amount       decimal.Decimal `rule:"amount"`        // the ceiling, yuan; zero when not eligible
	SubsidyUntil rules.Date      `rule:"subsidy_until"` // last day of the loan, interest and fee subsidies (3 years)
	rules.Outcome[loanCase]
}

// GuaranteedLoan returns the ceiling of a guaranteed start-up loan
// (创业担保贷款, 七、23): 500,000 for an individual business and 600,000 for
// an enterprise founded within 3 years by a key-group person; 200,000 per
// key-group person an SME employs, at most 5,000,000. The loan and its
// interest and fee subsidies last at most 3 years. Key group and new
// business are judged on the day of the loan (LoanFrom; without it, on the
// evaluation date), and an evaluation within the 3 years still grants it.
func (e *Evaluator) GuaranteedLoan(on rules.Date, a LoanApplication) (Loan, error) {
	c := loanCase{LoanApplication: a}
	if a.Kind == SMEHiringLoan {
		c.SMEHired = rules.NumberValue(decimal.NewFromInt(int64(a.Hired)))
	}
	return e.loan.Eval(on, c)
}

// ShareholdingProject is a shareholding project's income and the share of
// it low-income farm households hold (折股量化帮扶, 七、23).
type ShareholdingProject struct {
	Income decimal.Decimal `rule:"project_income"` // the project's income, yuan
	Share  decimal.Decimal `rule:"farmer_share"`   // the farm households' share, 0.5 for 50%
}

// shareholdingCase is the kind of welfare.business.guaranteed_loan that
// gives the farm households' share of a project.
type shareholdingCase struct {
	Kind string `rule:"kind"`
	ShareholdingProject
}

// FarmerShareIncome is the least income low-income farm households
// receive of a shareholding project.
type FarmerShareIncome struct {
	Amount decimal.Decimal `rule:"amount"` // yuan; zero when not eligible
	rules.Outcome[shareholdingCase]
}

// ShareholdingFarmerIncome returns the least income low-income farm
// households receive of a shareholding project's income (折股量化帮扶, 七、23)
// when their share is at least 50%: income × 50%. A smaller share is not
// eligible.
func (e *Evaluator) ShareholdingFarmerIncome(on rules.Date, p ShareholdingProject) (FarmerShareIncome, error) {
	return e.shareholding.Eval(on, shareholdingCase{Kind: shareholdingKind, ShareholdingProject: p})
}

// InjuryDispute is a work-injury insurance dispute before the arbitration
// committee (工伤保险待遇纠纷, 七、24).
type InjuryDispute struct {
	AcceptedOn rules.Date `rule:"accepted_on"` // the day the case was accepted
	// ClosedOn is the day the case was closed; zero while it is open. A
	// closing day after the evaluation date is invalid.
	ClosedOn rules.Date `rule:"closed_on"`
}

// arbitrationCase is the case of welfare.labour.injury_arbitration.
type arbitrationCase struct {
	Dispute bool `rule:"injury_dispute"`
	InjuryDispute
}

// Arbitration is the deadline of a work-injury dispute.
type Arbitration struct {
	Deadline         rules.Date `rule:"deadline"`          // 30 days after the acceptance
	PreviousDeadline rules.Date `rule:"previous_deadline"` // 60 days, as before
	OnTime           bool       `rule:"on_time"`           // closed (or, while open, evaluated) on or before the deadline
	rules.Outcome[arbitrationCase]
}

// InjuryArbitration returns the deadline of a work-injury insurance
// dispute (工伤速裁, 七、24): 30 days from its acceptance, where it was 60;
// the closing day, when given, says whether the case was closed in time.
func (e *Evaluator) InjuryArbitration(on rules.Date, d InjuryDispute) (Arbitration, error) {
	return e.arbitration.Eval(on, arbitrationCase{Dispute: true, InjuryDispute: d})
}
