// Package expropriation encodes 温政发〔2022〕8号, the notice of the Wenzhou
// municipal government publishing the temporary resettlement fee (临时安置费)
// and moving fee (搬迁费) standards for the expropriation of buildings on
// state-owned land in the city districts, in force 2022-03-05 to 2024-03-04.
//
// The notice publishes, for each district and industrial cluster (附件1–6),
// a range of monthly temporary resettlement rates by use of premises, within
// which each compensation plan (征收补偿方案) picks its figure, and a moving
// fee of 15 yuan per square metre with a floor of 1,000 yuan per residential
// household. Business premises and other uses are assessed case by case
// (按实评估): the functions return an error matching [rules.ErrCaseByCase],
// never a figure.
//
// # Rules
//
//   - [RuleResettlementRange] expropriation.temporary_resettlement.range — [Evaluator.ResettlementRange]
//   - [RuleResettlementFee] expropriation.temporary_resettlement.fee — [Evaluator.TemporaryResettlementFee]
//   - [RuleMovingFee] expropriation.moving.fee — [Evaluator.MovingFee]
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// notice's own book, [NewEvaluator] makes one over a book derived from it.
// A method takes the case as a struct whose fields are tagged with the
// rule's input names ([Premises], [Resettlement]) and returns a result
// whose fields are tagged with its outputs, bound by name once, when the
// evaluator is made ([rules.Bind]). The result's [rules.Outcome] gives the
// failed conditions, citations and explanation when asked, by evaluating
// again; a caller who wants only the figure never pays for them. Callers
// that hold a case as data (an HTTP adapter, a batch job) can evaluate the
// book directly with the same inputs and get the same figure. The package
// example works both fees of one home from start to end.
//
// # Reading of the text
//
// The chosen rate is the caller's (the plan's) figure; the library checks it
// lies in the published range, both ends included ("12-26"). Storage
// premises count as industrial ("工业用房（含仓储用房）"). Months may be
// fractional where a plan pays part of a month; the notice says nothing of
// how many moves a case pays for, so the moving fee is the standard applied
// once to the floor area.
//
// # Which plans, and "as of"
//
// "2022年3月5日至2024年3月4日临时安置费和搬迁费标准按照本通知规定执行" names the
// period of the standards, and the standards are chosen "在房屋征收与补偿方案中"
// — in each compensation plan. This library reads the period as that of the
// plans: the notice applies to a plan made (its rates set, announced with the
// expropriation decision) from 2022-03-05 to 2024-03-04, judged by the plan's
// date ([Premises].PlanDate, input plan_date), not by the day a fee is
// computed or paid. A temporary resettlement under such a plan may run past
// 2024-03-04 and is still paid at the plan's rate, so the fee rules are in
// force from 2022-03-05 with no end and the evaluation date is "as of"; a plan
// made before or after the period is not this notice's (the result does not
// apply: condition plan_in_period). The range rule answers for a plan made
// on its evaluation date, within the period.
package expropriation
