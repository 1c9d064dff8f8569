// Package welfare encodes 温政发〔2022〕6号, the opinions of the Wenzhou
// municipal government on further helping special groups towards common
// prosperity (关于进一步帮扶特殊群体推进共同富裕的若干政策意见), in force from
// 2022-05-01 to 2025-12-31 (附则3). This part covers the targets for 2025
// (一) and living security (二、安心生活保障): the 低保 and 低边 households,
// 特困 persons, veterans, older persons, children, family-planning families,
// hardship workers and patients with severe mental disorders.
//
// # Rules
//
//   - [RuleTargets2025] welfare.indicators.targets_2025 — [Targets2025]
//   - [RuleDibaoPhaseOut] welfare.dibao.phase_out — [DibaoPhaseOut]
//   - [RuleIncomeExemptions] welfare.income.exemptions — [CountedIncome], once per income item
//   - [RuleDibaoAllowance] welfare.dibao.allowance — [DibaoAllowance]
//   - [RuleDibianStandard] welfare.dibian.standard — [DibianStandard]
//   - [RuleTekunBasicStandard] welfare.tekun.basic_standard — [TekunBasicStandard]
//   - [RuleTekunCareFee] welfare.tekun.care_fee — [TekunCareFee]
//   - [RuleVeteranSupplement] welfare.veteran.dibao_supplement — [VeteranSupplement]
//   - [RuleElderlyCareSubsidy] welfare.elderly.care_subsidy — [ElderlyCareSubsidy]
//   - [RuleHighAgeAllowance] welfare.elderly.high_age_allowance — [HighAgeAllowance]
//   - [RuleChildBasicLiving] welfare.child.basic_living — [ChildBasicLiving]
//   - [RuleFamilyPlanningGrant] welfare.family_planning.hardship_grant — [FamilyPlanningGrant]
//   - [RuleWorkerLivingAid] welfare.worker.living_aid — [WorkerLivingAid]
//   - [RuleMentalHealthSubsidy] welfare.mental.guardian_subsidy — [MentalGuardianSubsidy],
//     [MentalCareSubsidy], [MentalInjectionSubsidy] (the input "part" chooses)
//
// Each typed function evaluates the rule of the same ID in [Book]; callers
// that hold a case as data (an HTTP adapter, a batch job) can evaluate the
// book directly with the same inputs and get the same figure. An
// [Evaluator] does the same over a derived book.
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
// error naming the rule's input, never a silent zero.
//
// Localities are a typed enum; 市区 is 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区 and
// 市级功能区 (附则1), and the book's locality_area table is the one source of
// it ([Locality.Urban] reads it).
//
// # Income, item by item
//
// The engine's rules take no lists. A household's income is evaluated by
// [CountedIncome], which runs welfare.income.exemptions once per
// [IncomeItem] and adds up the counted and excluded amounts; the rule alone
// decides how much of an item counts and why ([IncomeTreatment]). Two sums
// are carried from item to item, and the rule reads them: what the household
// already has not counted of the same kind, for the per-household limits of
// green-crop compensation (50,000) and outsourced processing (20,000); and
// the part of the 低边 line a member's items of the same kind already used,
// so that one member's post subsidy or job income given month by month is
// held to one line. [DibaoAllowance] and [DibaoPhaseOut] then evaluate their
// rules on the counted income.
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
// includes 13,000.
//
// Periods count from the day after their start (Civil Code art. 201–202):
// a phase-out found on 2023-03-15 ends on 2024-03-15; a first job started
// on 2022-06-01 is not counted through 2023-06-01, and its cost is deducted
// through 2025-06-01; a start on 29 February ends on 28 February in a common
// year. The period the evaluation date falls in decides how a whole income
// item counts.
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
// Each rule's Reading states its choices in Chinese and English; the
// explanation of every result shows it.
package welfare
