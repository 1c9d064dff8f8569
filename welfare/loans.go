package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 七、23 and 七、24: guaranteed start-up loans (with the low-income
// farmers' share of a project's income) and the arbitration of work-injury
// disputes.

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
	Share  rules.Rate      `rule:"farmer_share"`   // the farm households' share, rules.Pct("50") for 50%
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
func (e *Evaluator) ShareholdingFarmerIncome(on rules.Date, p ShareholdingProject) (res FarmerShareIncome, err error) {
	in := shareholdingCase{Kind: shareholdingKind, ShareholdingProject: p}
	err = e.shareholding.EvalInto(on, &in, &res)
	return res, err
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
func (e *Evaluator) InjuryArbitration(on rules.Date, d InjuryDispute) (res Arbitration, err error) {
	in := arbitrationCase{Dispute: true, InjuryDispute: d}
	err = e.arbitration.EvalInto(on, &in, &res)
	return res, err
}

// shareholdingKind is the kind of welfare.business.guaranteed_loan that
// gives the low-income farm households' share of a shareholding project
// (折股量化帮扶, 七、23), which the catalogue files with the loans.
const shareholdingKind = "折股量化帮扶收益"

func loanRule() rules.Rule {
	founder := quoted(string(IndividualBusinessLoan), string(EnterpriseLoan))
	// Each kind of loan has its own conditions.
	k := func(kinds string) string { return fmt.Sprintf("kind in %s", kinds) }
	return rules.Rule{
		ID:    RuleGuaranteedLoan,
		Title: rules.T("创业担保贷款额度", "guaranteed start-up loans"),
		Cite:  cite("七、23", quoteLoanGroups),
		Inputs: []rules.Input{
			withChoice(rules.ChoiceInput("kind", rules.T("贷款类别", "kind of loan"), LoanKinds()...), shareholdingKind, shareholdingKindEnglish),
			rules.ChoiceInput("key_group", rules.T("贷款重点人群类别", "key group of the borrower"), KeyGroups()...).Optional(string(NoKeyGroup)),
			rules.DateInput("graduated_on", rules.T("高校毕业之日", "day of graduation")).Omittable(),
			rules.DateInput("unemployed_since", rules.T("登记失业之日", "registered unemployed since")).Omittable(),
			rules.DateInput("founded_on", rules.T("企业或个体工商户创办之日", "day the business was founded")).Omittable(),
			rules.FlagInput("sme", rules.T("中小微企业", "a small, medium or micro enterprise")).Optional(false),
			rules.CountInput("hired", rules.T("吸纳就业的贷款重点人群人数", "key-group persons employed"), rules.Number, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.DateInput("loan_from", rules.T("贷款发放之日", "day the loan was made")).Omittable(),
			rules.NumberInput("project_income", rules.T("折股量化帮扶资金收益", "income of the shareholding project"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.NumberInput("farmer_share", rules.T("低收入农户收益占比", "low-income farm households' share"), rules.Percent, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("1")}).Omittable(),
		},
		Defs: []rules.Def{
			{Name: "at", Title: rules.T("资格认定之日（贷款发放之日；未发放的，为评估日期）", "day eligibility is judged (the loan's day; without a loan, the evaluation date)"),
				Expr: "given(loan_from) ? loan_from : eval_date"},
			{Name: "key_ok", Title: rules.T("属贷款重点人群", "in a key group"),
				Expr: fmt.Sprintf("key_group != %q && (key_group != %q || graduated_on <= at && at <= add_years(graduated_on, key_graduate_years)) && (key_group != %q || at >= add_months(unemployed_since, key_unemployed_months))",
					NoKeyGroup, RecentGraduate, RegisteredUnemployed)},
		},
		Checks: []rules.Check{
			{Field: "founded_on", Text: rules.T("创办之日不晚于评估日期", "founded on or before the evaluation date"),
				Expr: "!given(founded_on) || founded_on <= eval_date"},
			{Field: "loan_from", Text: rules.T("贷款发放之日不晚于评估日期", "the loan was made on or before the evaluation date"),
				Expr: "!given(loan_from) || loan_from <= eval_date"},
			{Field: "loan_from", Text: rules.T("贷款发放之日不早于创办之日", "the loan was made on or after the founding"),
				Expr: "!given(loan_from) || !given(founded_on) || loan_from >= founded_on"},
			{Field: "graduated_on", Text: rules.T("毕业之日不晚于评估日期", "graduated on or before the evaluation date"),
				Expr: "!given(graduated_on) || graduated_on <= eval_date"},
			{Field: "unemployed_since", Text: rules.T("登记失业之日不晚于评估日期", "registered unemployed on or before the evaluation date"),
				Expr: "!given(unemployed_since) || unemployed_since <= eval_date"},
		},
		Require: []rules.Condition{
			{Name: "key_group", Text: rules.T("贷款重点人群（在校大学生和毕业10年以内的高校毕业生、登记失业半年以上人员、就业困难人员、持证残疾人、自主择业军转干部和自主就业退役士兵）",
				"in a key group (students, graduates within 10 years, registered unemployed for half a year or more, hard to employ, certified disabled, self-employed transferred officers, self-employed veterans)"),
				When: k(founder), Expr: "key_ok", Cite: cite("附则1", quoteLoanKeyGroups)},
			{Name: "new_business", Text: rules.T("新创办3年以内的企业和个体工商户", "a business founded within 3 years"),
				When: k(founder), Expr: "at <= add_years(founded_on, new_business_years)"},
			{Name: "sme", Text: rules.T("中小微企业", "a small, medium or micro enterprise"), When: k(quoted(SMEHiringLoan)), Expr: "sme", Cite: cite("七、23", quoteLoanSME)},
			{Name: "hired", Text: rules.T("招用“贷款重点人群”", "employs key-group persons"), When: k(quoted(SMEHiringLoan)), Expr: "hired > 0", Cite: cite("七、23", quoteLoanSME)},
			{Name: "farmer_share", Text: rules.T("低收入农户收益占比不低于50%", "the low-income farm households' share is 50% or more"),
				When: fmt.Sprintf("kind == %q", shareholdingKind), Expr: "farmer_share >= farmer_share_min", Cite: cite("七、23", quoteFarmerShare)},
			{Name: "loan_term", Text: rules.T("创业担保贷款、贴息和手续费补贴期限不超过3年", "the loan, interest and fee subsidies last 3 years at most"),
				Expr: "!given(loan_from) || eval_date <= add_years(loan_from, loan_subsidy_years)", Cite: cite("七、23", quoteLoanTerm)},
		},
		Outputs: []rules.Output{
			{Name: "amount", Title: rules.T("贷款额度上限（折股量化：低收入农户最低收益）", "most the loan may be (shareholding: the farm households' least income)"), Unit: rules.Yuan,
				Expr: fmt.Sprintf("kind == %q ? individual_loan_max : (kind == %q ? enterprise_loan_max : (kind == %q ? min(hired * loan_per_hire, sme_loan_max) : project_income * farmer_share_min))",
					IndividualBusinessLoan, EnterpriseLoan, SMEHiringLoan)},
			{Name: "subsidy_until", Title: rules.T("贷款、贴息和手续费补贴期限届满之日（未给出发放日的，为评估日期）", "last day of the loan and its subsidies (the evaluation date without a loan date)"),
				Expr: "given(loan_from) ? add_years(loan_from, loan_subsidy_years) : eval_date", Cite: cite("七、23", quoteLoanTerm), Always: true},
		},
		Reading: rules.T(
			"借款人（个体工商户、企业的创办者）须属附则1的贷款重点人群，“毕业10年以内”“半年以上”含本数；“新创办3年以内”自创办之日起3年（届满日含）。"+
				"重点人群和新创办的资格按贷款发放之日认定（未给出发放日的，按评估日期）；贷款发放后3年内（届满日含）评估仍予确认，期满后不再享受；发放日不得早于创办之日、晚于评估日期，毕业、登记失业之日不得晚于评估日期。中小微企业按吸纳的重点人群人数×20万元，最高500万元；"+
				"贴息标准参照市有关规定执行，本规则不计。折股量化帮扶收益中低收入农户占比不低于50%，本规则给出其最低收益（kind 为“折股量化帮扶收益”）。",
			"the borrower (the founder of an individual business or enterprise) must be in a key group of 附则1; “within 10 years” "+
				"and “half a year or more” include the figure; “founded within 3 years” runs 3 years from the founding (the last "+
				"day included). Key group and new business are judged on the day the loan is made (without a loan day, on the "+
				"evaluation date); an evaluation within the 3 years from the loan (the last day included) still grants it, a later "+
				"one does not; a loan may not predate the founding nor postdate the evaluation, and a graduation or registration as "+
				"unemployed may not postdate the evaluation. An SME may borrow 200,000 per key-group person employed, at most 5,000,000; the interest subsidy "+
				"follows the city's rules and is not computed. Of a shareholding project's income, low-income farm households get "+
				"at least 50%: the rule gives that least income (kind “折股量化帮扶收益”)."),
	}
}

func arbitrationRule() rules.Rule {
	return rules.Rule{
		ID:    RuleInjuryArbitration,
		Title: rules.T("工伤保险待遇纠纷速裁期限", "fast-track deadline of work-injury disputes"),
		Cite:  cite("七、24", quoteArbitration),
		Inputs: []rules.Input{
			rules.FlagInput("injury_dispute", rules.T("工伤保险待遇纠纷", "a work-injury insurance dispute")).Optional(false),
			rules.DateInput("accepted_on", rules.T("立案之日", "day the case was accepted")),
			rules.DateInput("closed_on", rules.T("结案之日", "day the case was closed")).Omittable(),
		},
		Defs: []rules.Def{{Name: "deadline", Title: rules.T("办案期限届满之日", "last day to decide"), Expr: "add_days(accepted_on, arbitration_days)"}},
		Checks: []rules.Check{
			{Field: "accepted_on", Text: rules.T("立案之日不晚于评估日期", "accepted on or before the evaluation date"), Expr: "accepted_on <= eval_date"},
			{Field: "closed_on", Text: rules.T("结案之日不早于立案之日", "closed on or after the acceptance"), Expr: "!given(closed_on) || closed_on >= accepted_on"},
			{Field: "closed_on", Text: rules.T("结案之日不晚于评估日期", "closed on or before the evaluation date"), Expr: "!given(closed_on) || closed_on <= eval_date"},
		},
		Require: []rules.Condition{{Name: "injury_dispute", Text: rules.T("工伤保险待遇纠纷", "a work-injury insurance dispute"), Expr: "injury_dispute", Cite: cite("七、24", quoteFastTrack)}},
		Outputs: []rules.Output{
			{Name: "deadline", Title: rules.T("办案期限届满之日（30日）", "last day to decide (30 days)"), Expr: "deadline"},
			{Name: "previous_deadline", Title: rules.T("以往办案期限届满之日（60日）", "former last day (60 days)"), Expr: "add_days(accepted_on, arbitration_previous_days)"},
			{Name: "on_time", Title: rules.T("在期限内（已结案的按结案之日，未结案的按评估日期）", "within the deadline (closed: by the closing day; open: by the evaluation date)"),
				Expr: "given(closed_on) ? closed_on <= deadline : eval_date <= deadline"},
		},
		Reading: rules.T("“30日内”自立案之日起算，起算日不计入，届满于立案之日后第30日（民法典第201条）；“努力压缩至”为工作目标，本规则给出期限及是否在期限内。",
			"“within 30 days” counts from the acceptance, that day not counted, and ends on the 30th day after it (Civil Code "+
				"art. 201); “strive to shorten to” is a target: the rule gives the deadline and whether a case is within it."),
	}
}
