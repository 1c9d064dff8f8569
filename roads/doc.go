// Package roads encodes 温政办〔2022〕16号, the implementing opinions of the
// Wenzhou municipal government office on deepening the reform of rural road
// management and maintenance (《关于深化农村公路管理养护体制改革的实施意见》),
// in force from 2022-05-01 for five years (through 2027-04-30).
//
// It computes the city's subsidies for rural road maintenance works and
// routine maintenance (三（五）、三（六）), the minimum public funding of
// routine maintenance and the part a county must raise (三（六）), checks the
// 2022 targets (二), and dates the next review of the standards (三（七）).
//
// # Rules
//
//   - [RuleMaintenanceWorks] roads.subsidy.maintenance_works — [Evaluator.MaintenanceWorksSubsidy]
//   - [RuleRoutineMaintenance] roads.subsidy.routine_maintenance — [Evaluator.RoutineMaintenanceSubsidy]
//   - [RuleRoutineMinimum] roads.funding.routine_minimum — [Evaluator.RoutineFunding]
//   - [RuleTargets2022] roads.targets.2022 — [Evaluator.CheckTargets2022]
//   - [RuleAdjustmentDue] roads.review.adjustment_due — [Evaluator.AdjustmentDue]
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// opinions' own book, [NewEvaluator] makes one over a book derived from it.
// A method takes the case as a struct whose fields are tagged with the
// rule's input names ([NetworkYear], [FundedNetwork], [Figures],
// [Standards]) and returns a result whose fields are tagged with its
// outputs, bound by name once, when the evaluator is made ([rules.Bind]).
// The result's [rules.Outcome] gives the failed conditions, citations and
// explanation when asked, by evaluating again; a caller who wants only the
// figure never pays for them. Callers that hold a case as data (an HTTP
// adapter, a batch job) can evaluate the book directly with the same inputs
// and get the same figure. The package example works both city subsidies of
// one mountain county's network.
//
// # Reading of the text
//
// The "four districts" (四区) are 鹿城区, 龙湾区, 瓯海区 and 洞头区; the "five
// mountain counties" (山区五县) are 永嘉县, 平阳县, 苍南县, 文成县 and 泰顺县.
// 瑞安市, 乐清市 and 龙港市 receive neither city subsidy under this document:
// their results are not eligible, with the condition that failed. The city
// subsidies cover the years 2021–2025 (补助期限为2021年至2025年), given as the
// year the subsidy is for; the funding minimum applies from 2022 (从2022年起)
// and, the opinions setting no end year for it, through 2027, the year their
// five years end. The provincial subsidy of a year must be stated (zero when
// none): an unknown one is a missing input, never zero, which would overstate
// the county's part. A last adjustment of the standards may not be after the
// date of evaluation.
// A county whose current routine funding is above the minimum keeps it
// (不得降低): derive a book overriding the minimum, which may only be raised.
// Shares in the targets are percentages: in [Figures] a rules.Rate,
// rules.Pct("6") for 6%; through the book's inputs map the fraction 0.06 or
// the text "6%".
package roads
