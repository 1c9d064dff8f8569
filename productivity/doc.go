// Package productivity encodes 温政办〔2022〕22号, the ten measures of the
// Wenzhou municipal government office on the all-staff labour productivity
// (全员劳动生产率) of industrial enterprises above designated size (规上工业
// 企业), in force 2022-04-30 to 2024-12-31.
//
// Productivity is value added per person-year in 万元/人年, its own unit
// ([ProductivityUnit]); the city's 2024 targets are 23 (标线) and 25 (高线).
// The measures list firms far below their industry's average (一), add a
// bonus to intelligent tech-upgrade subsidies (二), set productivity
// thresholds for new projects (三) and new land (四), and reward
// headquarters firms' honours (五) and firms whose output enters a higher
// tier (六). A firm qualifying under 五 and 六 is paid the higher only;
// firms in class C or D of the 亩均 evaluation and seriously dishonest
// firms get none of the funds (末段).
//
// # Rules
//
//   - [RuleLabourRatio] productivity.labour.ratio — [Evaluator.LabourProductivity]
//   - [RuleLowEfficiency] productivity.low_efficiency.flag — [Evaluator.LowEfficiencyFlag]
//   - [RuleTechUpgradeBonus] productivity.tech_upgrade.bonus — [Evaluator.TechUpgradeBonus]
//   - [RuleProjectEntry] productivity.project.entry_threshold — [Evaluator.ProjectEntryThreshold]
//   - [RuleLandSupply] productivity.land.supply_threshold — [Evaluator.LandSupplyThreshold]
//   - [RuleHeadquartersReward] productivity.reward.headquarters — [Evaluator.HeadquartersReward]
//   - [RuleScaleUpReward] productivity.reward.scale_up — [Evaluator.ScaleUpReward]
//   - [RuleRewardChoice] productivity.reward.choice — [Evaluator.RewardChoice] (a group: [rules.Book.EvalGroup])
//   - [RuleEnterpriseEligibility] productivity.eligibility.enterprise — [Evaluator.EnterpriseEligibility]
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// measures' own book, [NewEvaluator] makes one over a book derived from it.
// A method takes the case as a struct whose fields are tagged with the
// rule's input names ([Firm] and the claims that embed it, [Labour],
// [FirmProductivity], [Project], [Expansion]) and returns a result whose
// fields are tagged with its outputs, bound by name once, when the
// evaluator is made ([rules.Bind]). The result's [rules.Outcome] gives the
// failed conditions, citations and explanation when asked, by evaluating
// again; a caller who wants only the figure never pays for them. The
// take-the-higher choice between measures 五 and 六 is the book's group,
// evaluated in full ([Choice]). Callers that hold a case as data (an HTTP
// adapter, a batch job) can evaluate the book directly with the same inputs
// and get the same figure. The package example decides one headquarters
// reward (五).
//
// # Reading of the text
//
// Bounds follow the document: "以上" and "不低于" include the number, "超过"
// and "超" exclude it. "低于上年度全市同行业平均30%" is read as 30% or more
// below the average, at most 70% of it; "高于…平均水平10%以上" (15%) as at
// least 110% (115%) of the average. Productivity is not rounded: the
// comparisons use the exact quotient.
//
// The document does not say what the 5%, 7% and 10% of measure 二 are a
// percentage of: the caller supplies that base. The 3,000,000 cap is on the
// total bonus; bonus already granted under it is the caller's input.
//
// Measure 六 pays the difference between the tier entered and the tier the
// firm already had — the tier of its highest output in any earlier year —
// over three years: 40% in year 1, 30% in years 2 and 3, the later
// instalments only while the firm keeps the tier. The caller says, year by
// year, whether it did ([TierStatus]); the schedule marks an unknown year
// as pending. Instalments may fall after 2024: the measure sets its own
// time ("措施已经明确时间的，从其规定").
//
// # Dates: the event, and "as of"
//
// The policy is in force 2022-04-30 to 2024-12-31. For its rewards, that
// period limits the event the reward is for, which the caller dates: the
// day a tech-upgrade project went into production (二), the day a firm was
// listed or re-certified (五), the year whose output first exceeds a tier
// (六, the years 2022 to 2024). The evaluation date is "as of": a bonus
// whose growth is known only in 2025, a listing of late 2024 decided in
// 2025, and the instalments of 2025 and 2026 are all evaluated after the
// period, so the rules of 二, 五, 六 and the exclusions are in force from
// 2022-04-30 with no end. Year 1 of a schedule is the caller's (the
// implementing rules set it), not before the year of the output and begun by
// the evaluation date; whether the firm kept its tier in year 2 or 3 can be
// stated only once that year has begun, so a later instalment is confirmed by
// evaluating again in its year. The other measures (一, 三, 四, the 2024
// targets) keep the policy's period.
//
// # Facts not stated
//
// A fact the caller did not state is reported missing ([rules.ErrInvalidInput]
// naming the input), never read in the firm's favour: the credit status is a
// [CreditStatus] whose zero value is not stated; the 亩均 class likewise; the
// highest earlier output of 六 and the base and the bonus already granted of
// 二 are *decimal.Decimal (zero is a stated zero, nil is not stated); dates
// and years left zero are missing.
//
// The funds follow the city districts' (市区) rules; counties and
// county-level cities make their own documents with reference to this one
// (各县（市）应参照本政策制定相应的政策文件), so the rewards of measures 二,
// 五 and 六 for a firm there are an error matching [rules.ErrCaseByCase],
// never this document's figure.
package productivity
