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

func employmentOf(m Member) (Employment, bool) {
	if m.Employment == nil {
		return Employment{}, false
	}
	return *m.Employment, true
}

// PostSubsidy is a public-welfare post's subsidies of a month (七、21).
type PostSubsidy struct {
	Benefit                   // the total, 元/月
	Post      decimal.Decimal // the post subsidy
	Insurance decimal.Decimal // the insurance subsidy
}

// PublicWelfarePostSubsidy returns the monthly subsidies of a member on a
// public-welfare post (公益性岗位补贴, 七、21) who is a college graduate, hard
// to employ, a certified disabled hardship person or of a low-income farm
// household: 600 yuan and 300 of insurance subsidy when the post pays
// social insurance, 700 when it does not.
func PublicWelfarePostSubsidy(on rules.Date, h Household, m Member) (PostSubsidy, error) {
	return std().PublicWelfarePostSubsidy(on, h, m)
}

// PublicWelfarePostSubsidy is the package's [PublicWelfarePostSubsidy] over e's book.
func (e *Evaluator) PublicWelfarePostSubsidy(on rules.Date, h Household, m Member) (PostSubsidy, error) {
	w, _ := employmentOf(m)
	res, err := e.post.Eval(on, text(partPublicPost), flag(w.PublicWelfarePost), flag(w.Graduate), flag(w.HardToEmploy), text(m.Disability),
		text(m.Tekun), text(h.Status), flag(h.LowIncomeFarmer), flag(w.Insured),
		rules.Value{}, rules.Value{}, rules.Value{}, rules.Value{}, rules.Value{})
	b, err := benefit(res, err, "monthly")
	if err != nil {
		return PostSubsidy{}, err
	}
	p, _ := res.Figure("post_subsidy")
	i, _ := res.Figure("insurance_subsidy")
	return PostSubsidy{Benefit: b, Post: p.Value.Number(), Insurance: i.Value.Number()}, nil
}

// EmployerHiring is a firm's hiring for the insurance subsidy of 七、21: the
// persons whose subsidy began on one day. The 3 years run per person
// hired; a firm that hired on different days has one EmployerHiring per
// first day, each evaluated on its own, and the monthly figures add up.
type EmployerHiring struct {
	Hired int // persons in living difficulty hard to employ, or of low-income farm households, actually employed
	// The lowest employer contributions of the period, 元/人·月; zero is not
	// given, and the error names the input.
	PensionMin, MedicalMin, UnemploymentMin decimal.Decimal
	From                                    rules.Date // first day of the subsidy of these persons
}

// EmployerSubsidy is a firm's monthly insurance subsidy and its end.
type EmployerSubsidy struct {
	Benefit            // 元/月, for all the persons hired
	Until   rules.Date // the last day of the 3 years
}

// EmployerInsuranceSubsidy returns a firm's monthly insurance subsidy
// (企业社保补贴, 七、21) for hiring persons in living difficulty hard to
// employ or of low-income farm households: per person employed, the sum of
// the lowest employer contributions to pension, medical and unemployment
// insurance, for at most 3 years.
func EmployerInsuranceSubsidy(on rules.Date, f EmployerHiring) (EmployerSubsidy, error) {
	return std().EmployerInsuranceSubsidy(on, f)
}

// EmployerInsuranceSubsidy is the package's [EmployerInsuranceSubsidy] over e's book.
func (e *Evaluator) EmployerInsuranceSubsidy(on rules.Date, f EmployerHiring) (EmployerSubsidy, error) {
	res, err := e.post.Eval(on, text(partEmployer), rules.Value{}, rules.Value{}, rules.Value{}, rules.Value{}, rules.Value{},
		rules.Value{}, rules.Value{}, rules.Value{}, count(f.Hired), given(f.PensionMin), given(f.MedicalMin), given(f.UnemploymentMin), day(f.From))
	b, err := benefit(res, err, "monthly")
	if err != nil {
		return EmployerSubsidy{}, err
	}
	u, _ := res.Figure("until")
	return EmployerSubsidy{Benefit: b, Until: u.Value.Date()}, nil
}

// Employer is an employer's figures of last year for the subsidies of
// 七、21 for employing disabled persons.
type Employer struct {
	Kind  EmployerKind
	Staff int // employees (在职职工)
	// DisabledEmployees counts every disabled employee placed (安排残疾人),
	// for the 1.5% and 25% parts.
	DisabledEmployees int
	// QualifyingEmployees counts those of them insured 6 consecutive months
	// or more last year and paid at least 150% of the local monthly minimum
	// wage (HiringSubsidy gives both thresholds), for the 2 months a person;
	// nil is not given, and the error names qualifying_employees.
	QualifyingEmployees *int
	Concentrated        bool // a concentrated-employment firm (集中就业企业)
}

// HiringSubsidy is an employer's yearly subsidies for employing disabled
// persons.
type HiringSubsidy struct {
	Benefit                            // the total, 元/年
	Base               decimal.Decimal // per employee counted, at most (最高2个月)
	BeyondQuota        decimal.Decimal // 4 months per employee beyond the 1.5% quota
	BeyondConcentrated decimal.Decimal // 2 months per employee beyond 25%
	QuotaPersons       int             // the 1.5% quota in whole persons (a reading: rounded up)
	WageThreshold      decimal.Decimal // 150% of the minimum wage, 元/月
	InsuredMonthsMin   int             // 6
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
func DisabledHiringSubsidy(on rules.Date, f Employer, s LocalStandards) (HiringSubsidy, error) {
	return std().DisabledHiringSubsidy(on, f, s)
}

// DisabledHiringSubsidy is the package's [DisabledHiringSubsidy] over e's book.
func (e *Evaluator) DisabledHiringSubsidy(on rules.Date, f Employer, s LocalStandards) (HiringSubsidy, error) {
	qualifying := rules.Value{}
	if f.QualifyingEmployees != nil {
		qualifying = count(*f.QualifyingEmployees)
	}
	res, err := e.hiring.Eval(on, text(f.Kind), count(f.Staff), count(f.DisabledEmployees), qualifying, flag(f.Concentrated), given(s.MinimumWage))
	b, err := benefit(res, err, "subsidy")
	if err != nil {
		return HiringSubsidy{}, err
	}
	n := func(name string) decimal.Decimal { x, _ := res.Figure(name); return x.Value.Number() }
	return HiringSubsidy{Benefit: b, Base: n("base"), BeyondQuota: n("beyond_quota"), BeyondConcentrated: n("beyond_concentrated"),
		QuotaPersons: int(n("quota_persons").IntPart()), WageThreshold: n("wage_threshold"),
		InsuredMonthsMin: int(n("insured_months_min").IntPart())}, nil
}

// FlexibleSubsidy is a flexibly employed member's insurance subsidy.
type FlexibleSubsidy struct {
	Benefit             // yuan, of the contributions given
	Until    rules.Date // last day of the subsidy
	Extended bool       // to retirement
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
func FlexibleInsuranceSubsidy(on rules.Date, h Household, m Member) (FlexibleSubsidy, error) {
	return std().FlexibleInsuranceSubsidy(on, h, m)
}

// FlexibleInsuranceSubsidy is the package's [FlexibleInsuranceSubsidy] over e's book.
func (e *Evaluator) FlexibleInsuranceSubsidy(on rules.Date, h Household, m Member) (FlexibleSubsidy, error) {
	w, _ := employmentOf(m)
	fx, ok := FlexibleEmployment{}, w.Flexible != nil
	if ok {
		fx = *w.Flexible
	}
	res, err := e.flexible.Eval(on, flag(w.HardToEmploy), flag(w.LivingDifficulty), text(h.Status), flag(h.LowIncomeFarmer), day(fx.LeftSchoolOn), flag(ok),
		flag(fx.InsuredIndividually), opt(ok, given(fx.Contributions)), day(fx.ApprovedOn), day(fx.RetiresOn), day(fx.PaidForUntil),
		num(fx.Subscribed), flag(h.NonOperatingVehicle))
	b, err := benefit(res, err, "subsidy")
	if err != nil {
		return FlexibleSubsidy{}, err
	}
	u, _ := res.Figure("until")
	x, _ := res.Figure("extended")
	return FlexibleSubsidy{Benefit: b, Until: u.Value.Date(), Extended: x.Value.Bool()}, nil
}

// JobSeekingGrant returns the job-seeking and start-up grant (求职创业补贴,
// 七、22) of a college student in the year of graduation (Member.Student)
// who is of a 低保 or 低边 household, an orphan, disabled, a state student
// loan holder, of a low-income farm household or a poor disabled person's
// family (Household.PoorDisabledFamily), or 特困: 3,000 once. A graduate in
// none of the other groups needs Household.PoorDisabledFamily stated;
// without it the error names poor_disabled_family.
func JobSeekingGrant(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().JobSeekingGrant(on, h, m)
}

// JobSeekingGrant is the package's [JobSeekingGrant] over e's book.
func (e *Evaluator) JobSeekingGrant(on rules.Date, h Household, m Member) (Benefit, error) {
	st, _ := studentOf(m)
	poorDisabled := rules.Value{}
	if h.PoorDisabledFamily != nil {
		poorDisabled = flag(*h.PoorDisabledFamily)
	}
	res, err := e.jobSeeking.Eval(on, flag(st.GraduatingYear), text(h.Status), text(m.Tekun), text(m.ChildCategory), text(m.Disability),
		flag(st.StudentLoan), poorDisabled, flag(h.LowIncomeFarmer))
	return benefit(res, err, "grant")
}

// LoanApplication is an application for a guaranteed start-up loan
// (七、23).
type LoanApplication struct {
	Kind LoanKind
	// The borrower's key group (附则1), with the day of graduation or of
	// registration as unemployed where the group needs it.
	KeyGroup        KeyGroup
	GraduatedOn     rules.Date
	UnemployedSince rules.Date
	FoundedOn       rules.Date // the new business's founding day
	SME             bool       // a small, medium or micro enterprise
	Hired           int        // key-group persons it employs
	LoanFrom        rules.Date // the day the loan was made; zero: not yet
}

// Loan is the most a guaranteed loan may be and the end of its subsidies.
type Loan struct {
	Benefit                 // the ceiling, yuan
	SubsidyUntil rules.Date // last day of the loan, interest and fee subsidies (3 years)
}

// GuaranteedLoan returns the ceiling of a guaranteed start-up loan
// (创业担保贷款, 七、23): 500,000 for an individual business and 600,000 for
// an enterprise founded within 3 years by a key-group person; 200,000 per
// key-group person an SME employs, at most 5,000,000. The loan and its
// interest and fee subsidies last at most 3 years. Key group and new
// business are judged on the day of the loan (LoanFrom; without it, on the
// evaluation date), and an evaluation within the 3 years still grants it.
func GuaranteedLoan(on rules.Date, a LoanApplication) (Loan, error) {
	return std().GuaranteedLoan(on, a)
}

// GuaranteedLoan is the package's [GuaranteedLoan] over e's book.
func (e *Evaluator) GuaranteedLoan(on rules.Date, a LoanApplication) (Loan, error) {
	hired := rules.Value{}
	if a.Kind == SMEHiringLoan {
		hired = count(a.Hired)
	}
	res, err := e.loan.Eval(on, text(a.Kind), text(a.KeyGroup), day(a.GraduatedOn), day(a.UnemployedSince), day(a.FoundedOn),
		flag(a.SME), hired, day(a.LoanFrom), rules.Value{}, rules.Value{})
	b, err := benefit(res, err, "amount")
	if err != nil {
		return Loan{}, err
	}
	u, _ := res.Figure("subsidy_until")
	return Loan{Benefit: b, SubsidyUntil: u.Value.Date()}, nil
}

// ShareholdingFarmerIncome returns the least income low-income farm
// households receive of a shareholding project's income (折股量化帮扶, 七、23)
// when their share is at least 50%: income × 50%. A smaller share is not
// eligible.
func ShareholdingFarmerIncome(on rules.Date, income, share decimal.Decimal) (Benefit, error) {
	return std().ShareholdingFarmerIncome(on, income, share)
}

// ShareholdingFarmerIncome is the package's [ShareholdingFarmerIncome] over e's book.
func (e *Evaluator) ShareholdingFarmerIncome(on rules.Date, income, share decimal.Decimal) (Benefit, error) {
	res, err := e.loan.Eval(on, rules.TextValue(shareholdingKind), rules.Value{}, rules.Value{}, rules.Value{}, rules.Value{},
		rules.Value{}, rules.Value{}, rules.Value{}, num(income), num(share))
	return benefit(res, err, "amount")
}

// Arbitration is the deadline of a work-injury dispute.
type Arbitration struct {
	Eligible         bool
	Deadline         rules.Date // 30 days after the acceptance
	PreviousDeadline rules.Date // 60 days, as before
	OnTime           bool       // closed (or, while open, evaluated) on or before the deadline
	Failed           []rules.Failure
	Result           *rules.Result
}

// InjuryArbitration returns the deadline of a work-injury insurance
// dispute accepted on acceptedOn (工伤速裁, 七、24): 30 days, where it was 60;
// closedOn, when not zero, says whether the case was closed in time; a
// closing day after on is invalid.
func InjuryArbitration(on rules.Date, acceptedOn, closedOn rules.Date) (Arbitration, error) {
	return std().InjuryArbitration(on, acceptedOn, closedOn)
}

// InjuryArbitration is the package's [InjuryArbitration] over e's book.
func (e *Evaluator) InjuryArbitration(on rules.Date, acceptedOn, closedOn rules.Date) (Arbitration, error) {
	res, err := e.arbitration.Eval(on, flag(true), day(acceptedOn), day(closedOn))
	if err != nil {
		return Arbitration{}, err
	}
	f := func(name string) rules.Value { x, _ := res.Figure(name); return x.Value }
	return Arbitration{Eligible: res.Eligible, Deadline: f("deadline").Date(), PreviousDeadline: f("previous_deadline").Date(),
		OnTime: f("on_time").Bool(), Failed: res.Failed, Result: res}, nil
}
