// Package welfare encodes 温政发〔2022〕6号, the opinions of the Wenzhou
// municipal government on further helping special groups towards common
// prosperity (关于进一步帮扶特殊群体推进共同富裕的若干政策意见), in force from
// 2022-05-01 to 2025-12-31 (附则3): the targets for 2025 (一); living
// security (二): the 低保 and 低边 households, 特困 persons, veterans, older
// persons, children, family-planning families, hardship workers and
// patients with severe mental disorders; housing (三), medical care and
// rehabilitation (四), education (五), insurance contributions and utilities
// (六), employment and start-ups (七), and public services where people live
// (八); and the household assessment of 九、30 (免申直享), [Evaluator.Assess],
// with its screening of a whole population, [Evaluator.Screen], which
// finds the same grants without building a statement.
//
// # Rules
//
//   - [RuleTargets2025] welfare.indicators.targets_2025 — [Evaluator.Targets2025]
//   - [RuleDibaoPhaseOut] welfare.dibao.phase_out — [Evaluator.DibaoPhaseOut]
//   - [RuleIncomeExemptions] welfare.income.exemptions — [Evaluator.CountedIncome], once per income item
//   - [RuleDibaoAllowance] welfare.dibao.allowance — [Evaluator.DibaoAllowance]
//   - [RuleDibianStandard] welfare.dibian.standard — [Evaluator.DibianStandard]
//   - [RuleTekunBasicStandard] welfare.tekun.basic_standard — [Evaluator.TekunBasicStandard]
//   - [RuleTekunCareFee] welfare.tekun.care_fee — [Evaluator.TekunCareFee]
//   - [RuleVeteranSupplement] welfare.veteran.dibao_supplement — [Evaluator.VeteranSupplement]
//   - [RuleElderlyCareSubsidy] welfare.elderly.care_subsidy — [Evaluator.ElderlyCareSubsidy]
//   - [RuleHighAgeAllowance] welfare.elderly.high_age_allowance — [Evaluator.HighAgeAllowance]
//   - [RuleChildBasicLiving] welfare.child.basic_living — [Evaluator.ChildBasicLiving]
//   - [RuleFamilyPlanningGrant] welfare.family_planning.hardship_grant — [Evaluator.FamilyPlanningGrant]
//   - [RuleWorkerLivingAid] welfare.worker.living_aid — [Evaluator.WorkerLivingAid]
//   - [RuleMentalGuardianSubsidy] welfare.mental.guardian_subsidy.guardian — [Evaluator.MentalGuardianSubsidy]
//   - [RuleMentalCareSubsidy] welfare.mental.guardian_subsidy.community — [Evaluator.MentalCareSubsidy]
//   - [RuleMentalInjectionSubsidy] welfare.mental.guardian_subsidy.injection — [Evaluator.MentalInjectionSubsidy]
//   - [RuleRentalEligibility] welfare.housing.rental_eligibility — [Evaluator.PriorityRental], [Evaluator.NewCitizenRental]
//   - [RuleRentSubsidy] welfare.housing.rent_subsidy — [Evaluator.RentSubsidy]; with the next but one,
//     the take-the-higher group [GroupHousing] — [Evaluator.HousingSupport]
//   - [RuleRuralRenovation] welfare.housing.rural_renovation — [Evaluator.RuralRenovationGrant]
//   - [RuleChronicPrescription] welfare.medical.chronic_prescription — [Evaluator.ChronicPrescription]
//   - [RuleReimbursement] welfare.medical.reimbursement — [Evaluator.OutpatientReimbursement]
//   - [RuleMedicalAssistance] welfare.medical.assistance — [Evaluator.MedicalAssistance]
//   - [RuleVeteranMedicalAid] welfare.veteran.medical_aid — [Evaluator.VeteranMedicalAid]
//   - [RuleRehabSubsidy] welfare.disability.rehab_subsidy — [Evaluator.RehabSubsidy]
//   - [RuleRehabLivingAllowance] welfare.disability.rehab_living_allowance — [Evaluator.RehabLivingAllowance]
//   - [RuleDisabledHomeGrant] welfare.disability.institution_grants.disabled_home — [Evaluator.DisabledHomeGrant]
//   - [RuleRehabOperatingGrant] welfare.disability.institution_grants.rehab_operating — [Evaluator.RehabOperatingGrant]
//   - [RuleAccidentInsurance] welfare.disability.institution_grants.accident_insurance — [Evaluator.AccidentInsurance]
//   - [RuleNutritionMeal] welfare.education.nutrition_meal — [Evaluator.NutritionMeal]
//   - [RuleStudyGrant] welfare.education.study_grant — [Evaluator.StudyGrant] (the highest scheme),
//     [Evaluator.StudyGrantOf] (one scheme)
//   - [RuleResidentPensionSubsidy] welfare.insurance.premium_subsidy.pension — [Evaluator.ResidentPensionSubsidy]
//   - [RuleResidentMedicalSubsidy] welfare.insurance.premium_subsidy.medical — [Evaluator.ResidentMedicalSubsidy]
//   - [RuleSupplementaryInsurance] welfare.insurance.premium_subsidy.supplementary — [Evaluator.SupplementaryInsurance]
//   - [RuleUtilityQuota] welfare.utilities.free_quota.utilities — [Evaluator.UtilityQuota]
//   - [RuleFreeTransport] welfare.utilities.free_quota.transport — [Evaluator.FreePublicTransport]
//   - [RulePublicWelfarePostSubsidy] welfare.employment.post_subsidy.public_post — [Evaluator.PublicWelfarePostSubsidy]
//   - [RuleEmployerInsuranceSubsidy] welfare.employment.post_subsidy.employer_insurance — [Evaluator.EmployerInsuranceSubsidy]
//   - [RuleDisabledHiring] welfare.employment.disabled_hiring — [Evaluator.DisabledHiringSubsidy]
//   - [RuleFlexibleInsurance] welfare.employment.flexible_insurance — [Evaluator.FlexibleInsuranceSubsidy]
//   - [RuleJobSeekingGrant] welfare.employment.job_seeking_grant — [Evaluator.JobSeekingGrant]
//   - [RuleGuaranteedLoan] welfare.business.guaranteed_loan — [Evaluator.GuaranteedLoan],
//     [Evaluator.ShareholdingFarmerIncome]
//   - [RuleInjuryArbitration] welfare.labour.injury_arbitration — [Evaluator.InjuryArbitration]
//   - [RuleResidencePermit] welfare.residence.permit — [Evaluator.ResidencePermit]
//   - [RuleSanitationWorkerSubsidy] welfare.housing.sanitation_worker_subsidy — [Evaluator.SanitationWorkerSubsidy]
//   - [RuleHighSchoolParity] welfare.education.high_school_parity — [Evaluator.HighSchoolParity]
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// document's own book, [NewEvaluator] makes one over a book derived from it
// (a locality that pays more). A method takes the case as a struct whose
// fields are tagged with the rule's input names ([Household], [Member],
// [LocalStandards], or a case joining them such as [MemberCase]) and
// returns a result whose fields are tagged with its outputs, bound by name
// once, when the evaluator is made ([rules.Bind]). Where the rule reads a
// figure Go gathers from the household (the most severe disability grade,
// the counted income, the number of members), the method gathers it and
// fills the case itself. The result's [rules.Outcome] says whether the case
// is eligible and gives the failed conditions, citations and explanation
// when asked, by evaluating again; a caller who wants only the figure never
// pays for them. Callers that hold a case as data (an HTTP adapter, a batch
// job) can evaluate the book directly with the same inputs and get the same
// figure. The package example works one member's high-age allowance;
// [Evaluator.Assess]'s example assesses a whole household.
//
// # Households, members and local standards
//
// A case is described by plain data ([Household], [Member], [Income],
// [LocalStandards]) that the functions only read: every decision is in the
// rules. The zero value of a field means "none" (not 特困, not disabled, no
// category…), and the rule's default applies. The local standards — the
// monthly 低保 and 低边 standards, the monthly minimum wage, last year's urban
// per-capita consumption figures — are the caller's: the document refers to
// them and states none. A standard a rule needs that is left zero is an
// error naming the rule's input, never a silent zero. Facts that are
// assessed rather than absent are not "none" when left out: a member's
// self-care class ([Member.SelfCare]; [SelfCaring] states "able") and
// dementia ([Member.Dementia], nil when not stated) are reported missing by
// the rules that need them — the 特困 care fee and the care subsidy of 二、5
// — never read as able or not demented.
//
// The facts of sections 三 to 八 are optional structures ([Housing], [Renovation],
// [MedicalCosts], [Rehabilitation], [Student], [Employment], [Migrant]): a
// nil fact is one the caller did not give. The methods read a nil
// fact as none (no employment: not on a public-welfare post); [Evaluator.Assess] does
// not evaluate a benefit whose fact is nil and lists it as not assessed.
//
// Localities are a typed enum; 市区 is 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区 and
// 市级功能区 (附则1), and the book's locality_area table is the one source of
// it ([Locality.Urban] reads it).
//
// # Income, item by item
//
// The engine's rules take no lists. A household's income is evaluated by
// [Evaluator.CountedIncome], which runs welfare.income.exemptions once per
// [IncomeItem] and adds up the counted and excluded amounts; the rule alone
// decides how much of an item counts and why ([IncomeTreatment]). Two sums
// are carried from item to item, and the rule reads them: what the household
// already has not counted of the same kind, for the per-household limits of
// green-crop compensation (50,000) and outsourced processing (20,000); and
// the part of the 低边 line a member's items of the same kind already used,
// so that one member's post subsidy or job income given month by month is
// held to one line. [Evaluator.DibaoAllowance] and [Evaluator.DibaoPhaseOut] then evaluate their
// rules on the counted income; the phase-out counts it as of the day of the
// finding.
//
// # Floors and localities
//
// Figures the document sets as minimums — "不低于" (the 100-year high-age
// allowance, the veteran supplement, the 特困 and children's standards) and
// every subsidy amount, which 附则2 keeps from being lowered where a
// locality already pays more (各地原有各类补助…超本政策标准的，不降低标准，
// 就高执行) — are parameters with Floor set: a locality derives its own book
// with higher figures ([rules.Book.Derive]) and an override below the floor
// is refused. Caps ("不超过": the 低边 multiple of 2, the exemption limits)
// can only be lowered. Minimums computed by a rule are rounded up to the
// fen, so that they never fall below the text's floor; other money is
// rounded half away from zero, once, at the end.
//
// # Reading of the text
//
// Bounds follow 附则1 ("以上"均包含本数) and the Civil Code: 80周岁至89周岁
// is 80 ≤ age < 90 in full years on the evaluation date; "超过" and "低于"
// exclude the figure, so a per-capita income equal to the standard is
// neither over it (no phase-out) nor below it (no allowance); "1.3万元以下"
// includes 13,000. The 2025 target "全市年低保标准1.3万元以上" is yearly: the
// lowest standard is given yearly as stated ([TargetFigures].LowestDibaoYearly,
// so exactly 13,000 can be posed and meets it) or monthly, read × 12, never
// both.
//
// A rule asks only for the facts its reading of the case needs. The 低边
// standard ([LocalStandards].Dibian) is read by an income item only where
// its reading uses the 低边 line — a public-welfare post subsidy, the months
// of cost deduction after an exemption — not by a pension or other income
// or by months within an exemption; the phase-out reads the 低保 standard
// for a 低保 household and the 低边 standard for a 低边 one. A 低保 household
// with a pension is assessed without the 低边 standard; a case that needs
// it still names it missing.
//
// 二、9 pays the guardian subsidy to the guardian (对…患者的监护人…给予…补助):
// the statement names the payee ([Entry].Payee), the guardian the household
// gives ([MentalHealth].Guardian: a member, by index, or a person outside
// it, by name). Who the guardian is decides neither the subsidy nor its
// figure, which rest on the risk class and the guardian's fulfilling the
// duty: a guardian not stated leaves the subsidy granted with its payee not
// stated (Payee.Missing), not the subsidy unassessed.
//
// Periods count from the day after their start (Civil Code art. 201–202):
// a phase-out found on 2023-03-15 ends on 2024-03-15; a first job started
// on 2022-06-01 is not counted through 2023-06-01, and its cost is deducted
// through 2025-06-01; a start on 29 February ends on 28 February in a common
// year. "1年内不计家庭收入" and "在不计家庭收入后的2年内" are when the income
// was earned, not the evaluation date: the assessment period has its first
// and last day ([Income].From and To), and a job's income is spread evenly
// over the period's months from the month the job started; the months that
// end within the exemption are not counted, those that end within the 2
// years after have the 低边 standard deducted for each, the others count in
// full (a month across the end of a window falls in the later one, so a
// 1-year exemption is 12 whole months). The phase-out rests on the income
// as it stood on the day the household was found over the standard, of a
// period that had ended by then.
//
// "高龄" in the care subsidy is 80 or over, as the clause itself says
// ("80周岁以上的高龄老年人"). The three care tiers of 二、5 (生活完全、基本、部分
// 不能自理) are read as the full, moderate and mild loss of self-care of 二、3.
// 低边 elders at home, 特困 persons in government-run institutions and
// demented elders assessed as able and under 80 are left to local
// assessment: the error matches [rules.ErrCaseByCase]. "残疾人初次就业、再就业"
// is a disabled member's wage employment (3 years); an own business falls
// under the first-job rule (1 year). A child is under 18, the age of the Law
// on the Protection of Minors, as the document sets none. The high-age
// allowance applies the city's figures to every Wenzhou registration, the
// counties following them (各县（市）参照执行). The hardship workers' aid is
// at most one person's 低保 standard for a year (12 months).
//
// Registration. 附则1 holds the policy to Wenzhou registrations (温州户籍)
// "除政策另有规定外". 八、26 says otherwise for social assistance (将符合条件的
// 新市民纳入救助范围，分层分类实施社会救助): the 低保 allowance, income and
// phase-out of 二、1 and the 特困 standard and care fee of 二、3 ask for no
// registration, the status recognised by civil affairs being the condition
// met. The veteran supplement (二、4, a special-care expenditure), the care
// subsidy of 二、5, the children's standard (二、6), the hardship workers'
// aid (二、8, the union's register being a recognition, not a provision of
// the policy) and the three subsidies of 二、9 say nothing otherwise and ask
// for a Wenzhou registration (condition wenzhou_hukou).
//
// Part 2. "新市民" (三、10) is read as a person not registered in 市区; "低保
// 低边无房户" binds "无房" to 低保 and 低边 households only; "计生特殊困难家庭"
// is 二、7's families whose only child died or is disabled and those in
// special hardship. A rent subsidy is a share of the market rent the caller
// gives for the household (元/户·月), for 市区 households ("在市区无房"); a
// household in public rental housing anywhere in the city (全市范围) has its
// rent waived instead. "社会救助群体", beside 低保 and 低边, is a
// household receiving other social assistance: a 特困 member's support, or
// a kind of [Household].SocialAssistance (临时救助, 支出型困难救助, 医疗救助,
// the “一事一议” of 二、2…), not housing assistance, which public rental
// housing itself is. Not stated (nil), it is a missing fact for a household
// in public rental housing of none of the other classes, never read as no.
// A rural new build above 100 m² ("原则上") leaves the province's 15,000 to
// assessment, not the city's 30,000; the provincial
// grant is paid the year after the renovation. The text lists eleven
// special-disease treatments as "10种": the two dialyses of renal failure
// are one disease. Medical assistance works on the compliant cost left
// after basic and critical-illness insurance; veterans' medical aid on what
// is left after that assistance and other payers, up to a yearly cap of 50%
// of the per-capita consumption of all residents, less what was paid this
// year. The rehabilitation limits are per calendar year, less what was
// paid; "等" closes the list of disabilities; the living allowance runs
// while a child unfit for school is in training, under 9. A child's age is
// hers in the months trained (Rehabilitation.From), not on the day the
// claim is assessed; the months claimed and the fee are required. A yearly
// limit used up grants nothing more (not a benefit of 0), and a payment
// above it is refused as invalid. Accident insurance is cover bought for a
// disabled person, not money paid. The study grants: "低保低边" qualifies
// both disabled students and disabled persons' children; 大学 is 大专 and
// 本科以上, 高中 includes 中专. An orphan or child in difficulty of 六、19 is
// under 18. The disabled-employment subsidies add up; the 2 months a person
// count only employees insured 6 months and paid 150% of the minimum wage,
// the 1.5% and 25% parts every disabled employee placed; the quotas are
// rounded up to whole persons — a reading, kept as the parameter
// disabled_quota_rounding. A public-welfare post takes any 就业困难人员; the
// flexible subsidy only one also 生活困难 (Employment.HardToEmploy,
// Employment.LivingDifficulty). Flexible employment: "距退休年龄不足5年" at
// approval runs the subsidy to retirement; 20万元以上 includes 200,000;
// contributions count by the months they pay for, and past the 3 years the
// retirement date must be given. A recognised 贫困残疾人家庭 is a fact the
// caller states (Household.PoorDisabledFamily). A guaranteed loan's key
// group and new business are judged on the day of the loan. The high-school
// permit years go by the year of junior-high graduation and are counted on
// the day of graduation; 应届 is the year of graduation.
//
// # Take the higher (附则2)
//
// "同一人同一年度享受同级财政同类助学补助、住房租赁保障时，不重复享受，就高执行."
// Housing: the rent subsidy (or waiver) of 三、11 and the bus and sanitation
// workers' subsidy of 八、27 are one group, [GroupHousing], evaluated by the
// engine ([rules.Book.EvalGroup]); the text does not say they come from
// different fiscal levels. As the rent subsidy is 市区's and the workers'
// subsidy for households not registered there, the two meet through the
// city-wide public-rental waiver (a county family's rent waived and the
// workers' subsidy paid in the same year). In-kind rental is not in it: a flat has no figure
// to compare, and 八、27 itself gives the subsidy only to those without one.
// Study grants: only the federation's grant is said to come from the city's
// finance (由市级给予); the union's aid and the family-planning grant are
// paid "under the fiscal system or through the original channel" (附则2),
// which does not say another level, so the three schemes are one group.
// They are one catalogue rule, which the engine's groups cannot hold, so
// [Evaluator.StudyGrant] and [Evaluator.Assess] choose as the engine does: the highest eligible
// figure, the first in the order of 五、18 on a tie.
//
// # The household assessment
//
// [Evaluator.Assess] evaluates every benefit of a household and of each member, in the
// order of the document, and returns a [Statement]: for each, granted with
// its figure and clause, not granted with every failed condition and the
// values that decided it, left to local assessment, not paid under 附则2,
// or not assessed for lack of a fact. [Statement.Text] renders it in Chinese
// or English; [Statement.Brief] is the caseworker's view of it — granted
// with the conditions met, near (refused on one condition only, with the
// values that decided it), not assessed, and a count of the rest; and
// [Entry.Conditions] lists every condition of an entry, met or not. Rules for employers, institutions, loans, insurance claims and
// disputes are not a household's benefits and are not in it.
//
// A Statement marshals to JSON by its fields' tags — snake_case keys,
// amounts as decimal strings, each entry's evaluation with its trace — and
// reads back; docs/json.md describes it. The package's string types
// (Locality, AssistanceStatus…) refuse on decode a value not in their list.
//
// # Bad input
//
// Nothing a caller passes hangs, panics or changes the shared book. Every
// bad input — a negative amount or count, a zero the text gives no meaning
// (a compliant cost, a floor area, a local rate to raise), a number beyond
// the engine's limits or more precise than it takes, a date outside its
// calendar or in the wrong order (born after the evaluation date, a job
// started after its period, a loan before its business), a part above its
// whole (payments above a yearly limit, more months paid than 3 years, more
// of an exemption limit used than it holds), a value none of the
// document's, a fact not given — is an error matching
// [rules.ErrInvalidInput] that names the field; in a [Statement] it leaves
// the benefits that read it not assessed (Entry.Invalid, Entry.Missing).
// [Household.Validate] checks a household's own facts all at once, by Go
// field path (Members[0].DisabilityGrade is 成员1's); [Evaluator.Assess]
// runs it first and refuses only a household without a valid Locality.
// A value none of the document's is never read as another: an unknown way
// of support is not 特困, an unknown locality not 市外, an unknown
// disability not none.
//
// Each rule's Reading states its choices in Chinese and English; the
// explanation of every result shows it.
package welfare
