// Package grain encodes 温政办〔2022〕19号, the Wenzhou grain emergency plan
// (《温州市粮食应急预案》) published by the general office of the Wenzhou
// municipal government, in force from its issue on 2022-03-08 with no end
// date. Grain (粮食) means raw grain, finished grain, edible oil and grain
// products (9.1.1).
//
// The plan classes a grain emergency into four levels by where it has
// appeared (1.5), sets the response and the command for each level (5.2–5.5)
// and the 4 hours within which the city command office reports to the city
// government (5.3.1), sizes the finished grain and oil reserves of the city
// districts and the counties (4.1), records Wenzhou's self-sufficiency
// (2.1), lists the market events that must be reported (4.3), and fixes how
// often the plan is drilled and revised (8.1, 8.2).
//
// # Rules
//
//   - [RuleEmergencyLevel] grain.emergency.level — [Evaluator.EmergencyLevel]
//   - [RuleEmergencyResponse] grain.emergency.response — [Evaluator.EmergencyResponse]
//   - [RuleReportDeadline] grain.emergency.report_deadline — [Evaluator.ReportDeadline]
//   - [RuleReserveAdequacy] grain.reserve.adequacy — [Evaluator.ReserveAdequacy]
//   - [RuleSelfSufficiency] grain.supply.self_sufficiency — [Evaluator.SelfSufficiency]
//   - [RulePriceAlert] grain.warning.price_alert — [Evaluator.PriceAlert]
//   - [RulePlanSchedule] grain.plan.schedule — [Evaluator.PlanSchedule]
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// plan's own book, [NewEvaluator] makes one over a book derived from it.
// A method takes the case as a struct whose fields are tagged with the
// rule's input names ([Scope], [Emergency], [Report], [Stock], [Supply],
// [Market], [Upkeep]) and returns a result whose fields are tagged with its
// outputs, bound by name once, when the evaluator is made ([rules.Bind]).
// The result's [rules.Outcome] gives the failed conditions, citations and
// explanation when asked, by evaluating again; a caller who wants only the
// figure never pays for them. Callers that hold a case as data (an HTTP
// adapter, a batch job) can evaluate the book directly with the same inputs
// and get the same result. Nothing reads the clock: the evaluation date,
// and every date or time a deadline runs from, is an argument. The package
// example checks one reserve against the days of supply it must cover.
//
// # Reading of the text
//
// Levels are tested from the highest down; the highest the scope meets
// applies. "两个以上" (two or more) includes two. A government's decision to
// treat a case at a level ("……认为需要按照……级粮食应急状态来对待") makes it at
// least that level. "省会等大中城市（包括温州）" is read as several large and
// medium cities including Wenzhou: an emergency within Wenzhou alone is
// classed by 1.5.3 and 1.5.4, which would otherwise never apply. The plan
// does not count Wenzhou's county-level units: the number of them in an
// emergency state is the caller's, with no upper bound.
//
// The 4-hour report of 5.3.1 applies at relatively serious and above: the
// plan is started at those levels (5.1) and, at serious and particularly
// serious, the city acts on top of its grade III measures (5.4, 5.5). The
// deadline is the moment 4 hours after receipt; a report at that moment is
// in time. A report received before the plan took effect (2022-03-08, 9.3 本
// 预案自印发之日起实施) falls under the former plan, which it repealed: the
// deadline does not apply. The receipt may not be after the evaluation date.
//
// Reserves are adequate when they are at least the required days × the
// average daily market supply, compared exactly; the days covered are shown
// rounded down to 2 places, so a short reserve never reads as adequate. 市区
// (the city proper and the 鹿城, 龙湾, 瓯海 and 洞头 districts) is assessed as
// one.
//
// Self-sufficiency is rounded half away from zero to 0.01%. The plan's 2021
// figures — production 68.45万吨, consumption about 215万吨 — give 31.84% and
// a gap of 1,465,500 t, which the plan itself rounds to "30%" and "近150万吨".
//
// The price "safety warning line" is set by the city (4.2) and its value is
// not in the plan; nor is how close "approaching" (逼近) is. Both are inputs,
// and both must be above zero, as must the price: approaching is a ground
// of its own beside exceeding, which a band of zero would erase.
// An abnormal market swing of any cause is reportable (ground 4, "其他引发粮食
// 市场异常波动的情况"), so the cause only decides which ground applies.
//
// Drills are due at the latest on the corresponding day 2 years after the
// last drill or training, revisions 3 years after the last revision (Civil
// Code art. 201–202); the revision interval is "in principle" (原则上).
package grain
