// Package relief encodes 温政发〔2022〕7号, the 30 measures of the Wenzhou
// municipal government to help market entities through the epidemic
// (关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施), in force from
// 2022-04-01 to 2022-06-30 except where a measure states its own period.
//
// The measures are tax and fee relief (一、1–10), rent, epidemic and
// finance support (一、11–17), service-sector support (二、18–28) and
// services (三、29–30, which yield no figure). Each computable measure is
// one rule of [Book] under its catalogue ID, with a typed function that
// evaluates it; [Assess] runs them all for a firm's [Profile].
//
// # Rules
//
//   - [RuleEligibility] relief.eligibility.enterprise — [EnterpriseEligibility]
//   - [RuleVATCreditRefund] relief.vat.credit_refund — [VATCreditRefund]
//   - [RuleTaxDeferral] relief.tax.deferral — [TaxDeferral]
//   - [RuleSmallScaleExemption] relief.vat.small_scale_exemption — [SmallScaleVATExemption]
//   - [RuleSixTaxesTwoFees] relief.tax.six_taxes_two_fees — [SixTaxesTwoFees]
//   - [RuleSmallProfitCIT] relief.tax.small_profit_cit — [SmallProfitCIT]
//   - [RuleEquipmentDeduction] relief.tax.equipment_deduction — [EquipmentDeduction]
//   - [RuleRDSuperDeduction] relief.tax.rd_super_deduction — [RDSuperDeduction]
//   - [RuleVATAdditionalDeduction] relief.vat.additional_deduction — [VATAdditionalDeduction]
//   - [RuleInspectionDiscount] relief.fee.inspection_discount — [InspectionFee]
//   - [RuleUnionRefund] relief.fee.union_refund — [UnionFeeRefund]
//   - [RuleStateOwnedRentWaiver] relief.rent.state_owned_waiver — [StateOwnedRentWaiver]
//   - [RuleEpidemicPrevention] relief.subsidy.epidemic_prevention — [EpidemicPreventionSubsidy]
//   - [RuleGuaranteeFee] relief.finance.guarantee_fee — [GuaranteeFeeRate]
//   - [RuleBridgeLoanFee] relief.finance.bridge_loan_fee — [BridgeLoanFee]
//   - [RuleUnemploymentDeferral] relief.insurance.unemployment_deferral — [UnemploymentInsuranceDeferral]
//   - [RuleConsumptionEvent] relief.subsidy.consumption_event — [ConsumptionEventSubsidy]
//   - [RuleNEVTradeIn] relief.subsidy.nev_trade_in — [NEVTradeInSubsidy]
//   - [RuleExhibition] relief.subsidy.exhibition — [ExhibitionSubsidy]
//   - [RuleTravelAgency] relief.reward.travel_agency — [TravelAgencyReward]
//   - [RuleBookstoreRent] relief.subsidy.bookstore_rent — [BookstoreRentSubsidy]
//   - [RuleCinema] relief.subsidy.cinema — [CinemaSubsidy]
//   - [RulePropertyManagement] relief.subsidy.property_management — [PropertyManagementSubsidy]
//   - [RuleHighwayDiscount] relief.toll.highway_discount — [HighwayTollDiscount]
//   - [RuleGreenChannel] relief.toll.green_channel — [GreenChannelToll]
//
// The group [GroupEpidemicSpending] (relief.group.epidemic_spending) pays
// only the higher of measures 13 and 26; [Assess] applies it with
// [rules.Book.EvalGroup].
//
// Each typed function evaluates the rule of the same ID in [Book]; callers
// that hold a case as data can evaluate the book directly with the same
// inputs and get the same figure. A case that fails a condition is not an
// error: the result is not eligible and names each failed condition with
// the values that decided it.
//
// # Periods
//
// The evaluation date is the day of the fact a measure covers: the day of a
// taxable sale or a day of the tax period, the day fees were paid, the day
// of a purchase or of spending, the day an event was stopped or cancelled,
// any day of the months or year a subsidy is for. Each rule is in force for
// the span its clause states for those facts, and outside it evaluation is
// an error matching [rules.ErrNotInForce]:
//
//   - VAT exemption of small-scale taxpayers: 2022-04-01 to 2022-12-31.
//   - Additional VAT deduction and public-transport exemption, equipment
//     bought in 2022, epidemic-prevention spending of 2022, the new-energy
//     car trade-in and the 2022 travel-agency reward year: 2022-01-01 to
//     2022-12-31.
//   - Union fees paid January–June, and the Q1–Q2 subsidies (stopped
//     consumption events, cancelled exhibitions, bookstore rent, cinemas):
//     2022-01-01 to 2022-06-30.
//   - Tax deferral: the tax periods 2021 Q4 to 2022 Q2, 2021-10-01 to
//     2022-06-30; the evaluation date's quarter decides the deferral.
//   - Guarantee fees: 2022-04-01 to 2022-06-30, as the clause states.
//   - Every other measure: the notice's 2022-04-01 to 2022-06-30.
//   - The appendix's eligibility binds subsidies whose periods together
//     span 2022: 2022-01-01 to 2022-12-31.
//
// Measure 21 states Q1–Q2 for cancelled exhibitions only; its technology
// part has no period of its own, so a technology claim dated before
// 2022-04-01 fails the condition tech_part_in_force.
//
// # Who gets the subsidies
//
// The appendix (附则1–2) limits the subsidies and rewards to independent
// legal persons registered, and paying their fiscal revenue, in 市区 (市本级,
// 鹿城区, 龙湾区, 瓯海区, 洞头区 and the city-level function zones), and
// excludes real-estate firms, state-owned and state-controlled firms,
// administrative and public institutions, firms in class C or D of the 亩均
// evaluation and firms on the serious-dishonesty list. Each exclusion is a
// condition of relief.eligibility.enterprise, and the subsidy rules (13,
// 19, 21, 22, 24, 25, 26) carry the same conditions under the same names
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
//   - Measure 22 pays the higher of the overnight-visitor reward and the
//     retreat and study-group reward, never both ("就高奖励、不重复享受").
//   - Measure 13's tiers by firm size (分类、分档) are not in the notice: the
//     caller gives the firm's tier (share and highest amount), which the rule
//     checks against the clause's 50% and 30,000; a tier above them is an
//     invalid input. [Assess] takes the department's [TierTable].
//   - Measures 13 and 26 both pay for epidemic-prevention and disinfection
//     spending; under appendix 2 ("不重复享受、就高") a firm gets the higher.
//   - "下降20%" of fee rates (14, 15) is a relative cut: × 0.8.
//   - Subsidies for 6 months (24, 25) are not prorated; measure 11's "服务业"
//     qualifies individual businesses too, and "市属、区属" both SOEs and
//     institutions; measure 18 names catering, retail and tourism (not
//     lodging or wholesale); measure 10 speaks of enterprises only.
//   - Property-service firms are not real-estate firms for the appendix.
//
// Each rule's Reading (in its explanation) says the same for its clause.
// Values the notice does not state — taxes due, fees at the standard, rents,
// spending, counts, the 2021 guarantee fee rate, the department's tiers —
// are inputs; nothing is invented.
package relief
