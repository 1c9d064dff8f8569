// Package relief encodes 温政发〔2022〕7号, the 30 measures of the Wenzhou
// municipal government to help market entities through the epidemic
// (关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施), in force from
// 2022-04-01 to 2022-06-30 except where a measure states its own period.
//
// The measures are tax and fee relief (一、1–10), rent, epidemic and
// finance support (一、11–17), service-sector support (二、18–28) and
// services (三、29–30, which yield no figure). Each computable measure is
// one rule of [Book] under its catalogue ID, with a method of [Evaluator]
// that evaluates it; [Evaluator.Assess] runs them all for a firm's
// [Profile], and [Evaluator.Screen] finds the same statuses and amounts for
// many firms without building a result for each.
//
// # Rules
//
//   - [RuleEligibility] relief.eligibility.enterprise — [Evaluator.EnterpriseEligibility]
//   - [RuleVATCreditRefund] relief.vat.credit_refund — [Evaluator.VATCreditRefund]
//   - [RuleTaxDeferral] relief.tax.deferral — [Evaluator.TaxDeferral]
//   - [RuleSmallScaleExemption] relief.vat.small_scale_exemption — [Evaluator.SmallScaleVATExemption]
//   - [RuleSixTaxesTwoFees] relief.tax.six_taxes_two_fees — [Evaluator.SixTaxesTwoFees]
//   - [RuleSmallProfitCIT] relief.tax.small_profit_cit — [Evaluator.SmallProfitCIT]
//   - [RuleEquipmentDeduction] relief.tax.equipment_deduction — [Evaluator.EquipmentDeduction]
//   - [RuleRDSuperDeduction] relief.tax.rd_super_deduction — [Evaluator.RDSuperDeduction]
//   - [RuleVATAdditionalDeduction] relief.vat.additional_deduction — [Evaluator.VATAdditionalDeduction]
//   - [RuleInspectionDiscount] relief.fee.inspection_discount — [Evaluator.InspectionFee]
//   - [RuleUnionRefund] relief.fee.union_refund — [Evaluator.UnionFeeRefund]
//   - [RuleStateOwnedRentWaiver] relief.rent.state_owned_waiver — [Evaluator.StateOwnedRentWaiver]
//   - [RuleEpidemicPrevention] relief.subsidy.epidemic_prevention — [Evaluator.EpidemicPreventionSubsidy]
//   - [RuleImportedGoodsTesting] relief.subsidy.imported_goods_testing — [Evaluator.ImportedGoodsTesting]
//   - [RuleGuaranteeFee] relief.finance.guarantee_fee — [Evaluator.GuaranteeFeeRate]
//   - [RuleBridgeLoanFee] relief.finance.bridge_loan_fee — [Evaluator.BridgeLoanFee]
//   - [RuleUnemploymentDeferral] relief.insurance.unemployment_deferral — [Evaluator.UnemploymentInsuranceDeferral]
//   - [RuleConsumptionEvent] relief.subsidy.consumption_event — [Evaluator.ConsumptionEventSubsidy]
//   - [RuleNEVTradeIn] relief.subsidy.nev_trade_in — [Evaluator.NEVTradeInSubsidy]
//   - [RuleExhibition] relief.subsidy.exhibition — [Evaluator.ExhibitionSubsidy]
//   - [RuleExhibitionTech] relief.subsidy.exhibition_tech — [Evaluator.ExhibitionTechSubsidy]
//   - [RuleTravelAgency] relief.reward.travel_agency — [Evaluator.TravelAgencyReward]
//   - [RuleBookstoreRent] relief.subsidy.bookstore_rent — [Evaluator.BookstoreRentSubsidy]
//   - [RuleCinema] relief.subsidy.cinema — [Evaluator.CinemaSubsidy]
//   - [RulePropertyManagement] relief.subsidy.property_management — [Evaluator.PropertyManagementSubsidy]
//   - [RuleHighwayDiscount] relief.toll.highway_discount — [Evaluator.HighwayTollDiscount]
//   - [RuleGreenChannel] relief.toll.green_channel — [Evaluator.GreenChannelToll]
//
// Measure 13 is two rules: the prevention-spending subsidy and the testing
// costs of industrial firms using imported goods
// ([RuleImportedGoodsTesting], [Evaluator.ImportedGoodsTesting]), which the
// health commission's scheme decides (so that rule gives no figure and does
// not carry the appendix's conditions). Measure 21 is two rules, one for each of
// its subsidies, so that one failing never touches the other.
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// notice's own book, [NewEvaluator] makes one over a book derived from it.
// A method takes the case as a struct whose fields are tagged with the
// rule's input names ([Firm], the claim structs, and the cases that embed
// both, such as [TaxDeferralCase]) and returns a result whose fields are
// tagged with its outputs, bound by name once, when the evaluator is made
// ([rules.Bind]). The result's [rules.Outcome] gives the failed
// conditions, citations and explanation when asked, by evaluating again; a
// caller who wants only the figure never pays for them. Callers that hold
// a case as data (an HTTP adapter, a batch job) can evaluate the book
// directly with the same inputs and get the same figure. A case that fails
// a condition is not an error: the result is not eligible, and its Outcome
// names each failed condition with the values that decided it. The
// package example works one measure for one firm; [Evaluator.Assess]'s
// example runs them all for a firm's profile.
//
// # Dates
//
// The evaluation date is the day "as of" which a case is assessed — for a
// subsidy, the day of application (附则1 “申报时”). A fact that has a date
// of its own carries it as an input, and the window the clause states for
// it is a named condition on that date, citing the clause:
//
//   - 2: the tax period of the taxes deferred (2021 Q4, 2022 Q1 or Q2).
//   - 3: the day of the taxable sales, 2022-04-01 to 2022-12-31
//     (sold_in_period).
//   - 5: the day equipment was bought, in 2022 (bought_in_2022).
//   - 6: a day of the tax period, in 2022 (period_in_2022).
//   - 10: the day union fees were paid, January–June 2022
//     (paid_jan_to_june).
//   - 13: the year of the spending, 2022 (spent_in_2022).
//   - 18: the first day of the deferral, within the notice's period
//     (deferral_in_period).
//   - 19: the day the event was stopped, Q1–Q2 (stopped_in_q1_q2).
//   - 20: the day the car was bought, in 2022 (bought_in_2022).
//   - 21: the day the exhibition was cancelled, Q1–Q2 (cancelled_in_q1_q2);
//     the day of the technology investment, within the notice's period
//     (invested_in_period).
//   - 22: the year of the visitor counts, 2022 (reward_year_2022).
//
// A dated fact after the evaluation date is an invalid input naming it (a
// case is assessed as of a day; a payment after it is not yet made). The
// notice sets no last day for applying (附则3 “具体申报指南另行制定”), so a
// rule whose facts carry their dates is in force from the first day of its
// window with no end, and an assessment after the window still reports on
// facts inside it: from 2021-10-01 (2), 2022-01-01 (5, 6, 10, 13, 19, 20,
// the cancelled exhibitions of 21, 22, and the appendix's eligibility),
// 2022-04-01 (3, 18, the technology part of 21). The Q1–Q2 subsidies of 24
// and 25 are for fixed months and are in force from 2022-01-01 likewise.
// Every other measure states no period and has no dated fact: it is in
// force for the notice's period, 2022-04-01 to 2022-06-30 (附则3), except
// the guarantee fees of 14, 2022-04-01 to 2022-06-30 as the clause states.
// Outside its period evaluation is an error matching [rules.ErrNotInForce].
//
// # Who gets the subsidies
//
// The appendix (附则1–2) limits the subsidies and rewards to independent
// legal persons registered, and paying their fiscal revenue, in 市区 (市本级,
// 鹿城区, 龙湾区, 瓯海区, 洞头区 and the city-level function zones), and
// excludes real-estate firms, state-owned and state-controlled firms,
// administrative and public institutions, firms in class C or D of the 亩均
// evaluation and firms on the serious-dishonesty list. Each exclusion is a
// condition of relief.eligibility.enterprise, and the subsidy rules (13's
// prevention subsidy, 19, both parts of 21, 22, 24, 25, 26) carry the same
// conditions under the same names
// ([CondNotStateOwned] and the others), so a firm sees on the measure itself
// which exclusion failed. Tax, fee, rent, toll, insurance and finance
// measures do not carry them. Measure 20 names unit and person consumers
// itself, so appendix 1's scope gives way ("除政策另有规定外"); appendix 2's
// exclusion of class C/D and seriously dishonest firms has no exception and
// binds its unit consumers.
//
// # Reading of the text
//
//   - Bounds are the text's: "超过3000人次" and "超过1000人次" exclude the
//     number; "500万元以上" includes it; 1,000,000 m² is in the middle tier of
//     measure 26 because the clause says "100万平方米（含）以上".
//   - The kinds of firm the text names are conditions: 实体书店 (24), 影院
//     (25), 办展企业 and, for cancelled exhibitions, 该会展项目主办方 (21),
//     旅行社 (22), 物业服务企业 (26), catering or lodging firms and clothing,
//     children's furniture or toy firms (9), enterprises (10, 18), 工业企业
//     (13's testing costs). [Industry] holds the kinds a measure names.
//   - A list ending in 等 closes the list (一、1, read as the six industries
//     the national announcement names): 19's 批发零售业、住宿和餐饮业等 and
//     9's 服装、儿童家具、教玩具等 are read the same way. A bookstore is a
//     retailer where a measure names retail (18, 19).
//   - Measure 22 pays the higher of the overnight-visitor reward and the
//     retreat and study-group reward, never both ("就高奖励、不重复享受").
//   - Measure 13's tiers by firm size (分类、分档) are not in the notice: the
//     caller gives the firm's tier (share and highest amount), which the rule
//     checks against the clause's 50% and 30,000; a tier above them is an
//     invalid input. [Evaluator.Assess] takes the department's [TierTable].
//   - Measures 13 and 26 are both paid. Appendix 2's "不重复享受、就高" is
//     about central, provincial and other existing city policies ("与中央、
//     省出台相关支持政策以及我市现有其他政策一致的"), not about two measures
//     of this notice, which does not make them exclusive either; the book has
//     no take-the-higher group.
//   - Measure 6's additional deduction offsets VAT payable (抵减增值税应纳
//     税额): what a firm gets in the period is the part up to its VAT
//     payable, and only that is counted.
//   - "下降20%" of fee rates (14, 15) is a relative cut: × 0.8.
//   - A fee, tax or toll cut not granted leaves the standard amount payable
//     (4, 9, 27).
//   - Subsidies for 6 months (24, 25) are not prorated; measure 11's "服务业"
//     qualifies individual businesses too, and "市属、区属" both SOEs and
//     institutions; measure 18 names catering, retail and tourism (not
//     lodging or wholesale); measure 10 speaks of enterprises only.
//     Individual businesses need state no size where the text grants them
//     whatever their size (1, 11).
//   - Property-service firms are not real-estate firms for the appendix.
//
// # Assessments
//
// [Evaluator.Assess] assesses a firm's [Profile] as of a day. Claims that can occur
// more than once are lists, each claim an item labelled ("申报1", "缴纳2")
// when there are more than one. A claim with a fact missing or invalid is
// an item [NotAssessed], naming the fact (Field) and why (Note); the firm's
// other claims are assessed all the same, and only a defect of a rule ends
// the assessment with an error. A yes/no fact or a count a caller may not
// know is a pointer in the claim structs, so an unstated one is reported
// missing, never read as false or zero.
//
// An [Assessment] marshals to JSON by its fields' tags — snake_case keys,
// amounts as decimal strings, each item's evaluation with its trace — and
// reads back; docs/json.md describes it. The package's string types
// (Locality, Industry…) refuse on decode a value not in their list.
//
// Each claim is assessed on its own figures, with one limit across claims
// that the notice states:
//
//   - 20: “同一消费者仅享受一次以旧换新补助”. The firm is one consumer, so of
//     its trade-ins one is paid. Each car is paid the same 2,000 (每辆2000
//     元), so the higher decides nothing; the one paid is the first bought
//     of those granted (of cars bought the same day, the first listed),
//     since at any later purchase the firm has had the subsidy already — the
//     case the rule's own condition once_per_consumer refuses. A car that
//     does not qualify, or is not assessed, does not use up the once. The
//     others granted are [rules.NotPaid], their Note naming the car paid
//     and their Cite the clause, with nothing counted.
//   - 11: three months' rent of each lease (“减免三个月租金”); 24: by each
//     store's book-selling area (“按图书经营面积……每平方米每月20元”); 21: 30%
//     of each exhibition's cost, at most 300,000 each (“该会展项目主办方实际
//     支出成本的30%、最高30万元”). The text sets no limit per firm, per year
//     or across claims for these, and none is applied. 21's technology
//     subsidy (“给予企业投入50万元以上……部分的10%、最高100万元”) is assessed
//     per claim, a claim being one new app or online-offline business with
//     its equipment, technology and software together; the text does not
//     say whether a firm with several such projects has one threshold and
//     one cap across them.
//
// Each rule's Reading (in its explanation) says the same for its clause.
// Values the notice does not state — taxes due, fees at the standard, rents,
// spending, counts, the 2021 guarantee fee rate, the department's tiers —
// are inputs; nothing is invented.
package relief
