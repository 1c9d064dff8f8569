package relief

import (
	"slices"
	"sync"

	"github.com/wzpolicy/wzpolicy/internal/exact"
	"github.com/wzpolicy/wzpolicy/rules"
)

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
)

// Book returns the compiled rules of the notice. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) to override a
// figure, and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book() }

// Default returns the evaluator over the notice's own book, [Book].
func Default() *Evaluator { return std() }

// Evaluator evaluates the notice's rules with a given book: the notice's
// own ([Default]), or one derived from it with overrides ([NewEvaluator]).
// It is safe for concurrent use.
type Evaluator struct {
	book *rules.Book

	eligibility     *rules.Binding[Firm, Eligibility]
	creditRefund    *rules.Binding[Firm, Eligibility]
	deferral        *rules.Binding[TaxDeferralCase, Deferral]
	smallScale      *rules.Binding[SmallScaleCase, VATExemption]
	sixTaxes        *rules.Binding[LocalTaxCase, SixTaxesReduction]
	smallProfit     *rules.Binding[IncomeCase, CITSlice]
	equipment       *rules.Binding[EquipmentCase, EquipmentDeduction]
	rd              *rules.Binding[RDCase, SuperDeduction]
	addDeduction    *rules.Binding[ServiceVATCase, ServiceVATRelief]
	inspection      *rules.Binding[InspectionCase, InspectionReduction]
	union           *rules.Binding[UnionFeeCase, UnionRefund]
	rent            *rules.Binding[LeaseCase, RentWaiver]
	epidemic        *rules.Binding[EpidemicCase, EpidemicSubsidy]
	importedTesting *rules.Binding[Firm, Eligibility]
	guarantee       *rules.Binding[GuaranteeCase, Rate]
	bridge          *rules.Binding[BridgeLoan, BridgeLoanCost]
	unemployment    *rules.Binding[UnemploymentCase, InsuranceDeferral]
	event           *rules.Binding[EventCase, EventSubsidy]
	nev             *rules.Binding[TradeInCase, TradeInSubsidy]
	exhibition      *rules.Binding[ExhibitionCase, ExhibitionSubsidy]
	exhibitionTech  *rules.Binding[ExhibitionTechCase, ExhibitionTechSubsidy]
	travel          *rules.Binding[VisitorsCase, TravelReward]
	bookstore       *rules.Binding[BookstoreCase, BookstoreSubsidy]
	cinema          *rules.Binding[CinemaCase, CinemaSubsidy]
	property        *rules.Binding[PropertyCase, PropertySubsidy]
	highway         *rules.Binding[HighwayTrip, TollReduction]
	green           *rules.Binding[ProduceTrip, TollWaiver]

	figures figures // the bindings a screening reads each counted amount through

	order   map[string]int // the place of each rule in the book, the order of an assessment's items
	ranked  [nKinds]kind   // the kinds of claim in the order of their rules in the book
	groupOf [nKinds]string // the take-the-higher group of each kind of claim's rule, "" for none
}

// figures are the rules whose amounts count, each bound to its amount
// alone, held exact: what a screening reads of them.
type figures struct {
	smallScale     *rules.Binding[SmallScaleCase, vatExemptedFigure]
	sixTaxes       *rules.Binding[LocalTaxCase, reductionFigure]
	addDeduction   *rules.Binding[ServiceVATCase, offsetFigure]
	inspection     *rules.Binding[InspectionCase, reductionFigure]
	union          *rules.Binding[UnionFeeCase, refundFigure]
	rent           *rules.Binding[LeaseCase, waiverFigure]
	epidemic       *rules.Binding[EpidemicCase, subsidyFigure]
	bridge         *rules.Binding[BridgeLoan, savingFigure]
	event          *rules.Binding[EventCase, subsidyFigure]
	nev            *rules.Binding[TradeInCase, subsidyFigure]
	exhibition     *rules.Binding[ExhibitionCase, subsidyFigure]
	exhibitionTech *rules.Binding[ExhibitionTechCase, subsidyFigure]
	travel         *rules.Binding[VisitorsCase, rewardFigure]
	bookstore      *rules.Binding[BookstoreCase, subsidyFigure]
	cinema         *rules.Binding[CinemaCase, subsidyFigure]
	property       *rules.Binding[PropertyCase, subsidyFigure]
	highway        *rules.Binding[HighwayTrip, reductionFigure]
	green          *rules.Binding[ProduceTrip, waivedFigure]
}

// The figure a screening reads of a rule whose amount counts, under the
// name of the rule's output.
type (
	vatExemptedFigure struct {
		N exact.Number `rule:"vat_exempted"`
	}
	reductionFigure struct {
		N exact.Number `rule:"reduction"`
	}
	offsetFigure struct {
		N exact.Number `rule:"offset"`
	}
	refundFigure struct {
		N exact.Number `rule:"refund"`
	}
	waiverFigure struct {
		N exact.Number `rule:"waiver"`
	}
	subsidyFigure struct {
		N exact.Number `rule:"subsidy"`
	}
	savingFigure struct {
		N exact.Number `rule:"saving"`
	}
	rewardFigure struct {
		N exact.Number `rule:"reward"`
	}
	waivedFigure struct {
		N exact.Number `rule:"waived"`
	}
)

// figure is one of those.
type figure interface{ figure() exact.Number }

func (f vatExemptedFigure) figure() exact.Number { return f.N }
func (f reductionFigure) figure() exact.Number   { return f.N }
func (f offsetFigure) figure() exact.Number      { return f.N }
func (f refundFigure) figure() exact.Number      { return f.N }
func (f waiverFigure) figure() exact.Number      { return f.N }
func (f subsidyFigure) figure() exact.Number     { return f.N }
func (f savingFigure) figure() exact.Number      { return f.N }
func (f rewardFigure) figure() exact.Number      { return f.N }
func (f waivedFigure) figure() exact.Number      { return f.N }

// NewEvaluator returns an evaluator over b, which must hold the notice's
// rules with their inputs and the outputs the results read (the book of
// [Book], or one derived from it). The error lists every misfit at once.
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:            b,
		eligibility:     rules.BindWith[Firm, Eligibility](p, RuleEligibility),
		creditRefund:    rules.BindWith[Firm, Eligibility](p, RuleVATCreditRefund),
		deferral:        rules.BindWith[TaxDeferralCase, Deferral](p, RuleTaxDeferral),
		smallScale:      rules.BindWith[SmallScaleCase, VATExemption](p, RuleSmallScaleExemption),
		sixTaxes:        rules.BindWith[LocalTaxCase, SixTaxesReduction](p, RuleSixTaxesTwoFees),
		smallProfit:     rules.BindWith[IncomeCase, CITSlice](p, RuleSmallProfitCIT),
		equipment:       rules.BindWith[EquipmentCase, EquipmentDeduction](p, RuleEquipmentDeduction),
		rd:              rules.BindWith[RDCase, SuperDeduction](p, RuleRDSuperDeduction),
		addDeduction:    rules.BindWith[ServiceVATCase, ServiceVATRelief](p, RuleVATAdditionalDeduction),
		inspection:      rules.BindWith[InspectionCase, InspectionReduction](p, RuleInspectionDiscount),
		union:           rules.BindWith[UnionFeeCase, UnionRefund](p, RuleUnionRefund),
		rent:            rules.BindWith[LeaseCase, RentWaiver](p, RuleStateOwnedRentWaiver),
		epidemic:        rules.BindWith[EpidemicCase, EpidemicSubsidy](p, RuleEpidemicPrevention),
		importedTesting: rules.BindWith[Firm, Eligibility](p, RuleImportedGoodsTesting),
		guarantee:       rules.BindWith[GuaranteeCase, Rate](p, RuleGuaranteeFee),
		bridge:          rules.BindWith[BridgeLoan, BridgeLoanCost](p, RuleBridgeLoanFee),
		unemployment:    rules.BindWith[UnemploymentCase, InsuranceDeferral](p, RuleUnemploymentDeferral),
		event:           rules.BindWith[EventCase, EventSubsidy](p, RuleConsumptionEvent),
		nev:             rules.BindWith[TradeInCase, TradeInSubsidy](p, RuleNEVTradeIn),
		exhibition:      rules.BindWith[ExhibitionCase, ExhibitionSubsidy](p, RuleExhibition),
		exhibitionTech:  rules.BindWith[ExhibitionTechCase, ExhibitionTechSubsidy](p, RuleExhibitionTech),
		travel:          rules.BindWith[VisitorsCase, TravelReward](p, RuleTravelAgency),
		bookstore:       rules.BindWith[BookstoreCase, BookstoreSubsidy](p, RuleBookstoreRent),
		cinema:          rules.BindWith[CinemaCase, CinemaSubsidy](p, RuleCinema),
		property:        rules.BindWith[PropertyCase, PropertySubsidy](p, RulePropertyManagement),
		highway:         rules.BindWith[HighwayTrip, TollReduction](p, RuleHighwayDiscount),
		green:           rules.BindWith[ProduceTrip, TollWaiver](p, RuleGreenChannel),
		figures: figures{
			smallScale:     rules.BindWith[SmallScaleCase, vatExemptedFigure](p, RuleSmallScaleExemption),
			sixTaxes:       rules.BindWith[LocalTaxCase, reductionFigure](p, RuleSixTaxesTwoFees),
			addDeduction:   rules.BindWith[ServiceVATCase, offsetFigure](p, RuleVATAdditionalDeduction),
			inspection:     rules.BindWith[InspectionCase, reductionFigure](p, RuleInspectionDiscount),
			union:          rules.BindWith[UnionFeeCase, refundFigure](p, RuleUnionRefund),
			rent:           rules.BindWith[LeaseCase, waiverFigure](p, RuleStateOwnedRentWaiver),
			epidemic:       rules.BindWith[EpidemicCase, subsidyFigure](p, RuleEpidemicPrevention),
			bridge:         rules.BindWith[BridgeLoan, savingFigure](p, RuleBridgeLoanFee),
			event:          rules.BindWith[EventCase, subsidyFigure](p, RuleConsumptionEvent),
			nev:            rules.BindWith[TradeInCase, subsidyFigure](p, RuleNEVTradeIn),
			exhibition:     rules.BindWith[ExhibitionCase, subsidyFigure](p, RuleExhibition),
			exhibitionTech: rules.BindWith[ExhibitionTechCase, subsidyFigure](p, RuleExhibitionTech),
			travel:         rules.BindWith[VisitorsCase, rewardFigure](p, RuleTravelAgency),
			bookstore:      rules.BindWith[BookstoreCase, subsidyFigure](p, RuleBookstoreRent),
			cinema:         rules.BindWith[CinemaCase, subsidyFigure](p, RuleCinema),
			property:       rules.BindWith[PropertyCase, subsidyFigure](p, RulePropertyManagement),
			highway:        rules.BindWith[HighwayTrip, reductionFigure](p, RuleHighwayDiscount),
			green:          rules.BindWith[ProduceTrip, waivedFigure](p, RuleGreenChannel),
		},
	}
	if p.Err != nil {
		return nil, p.Err
	}
	e.order = map[string]int{}
	for i, id := range b.RuleIDs() {
		e.order[id] = i
	}
	e.ranked = allKinds
	slices.SortStableFunc(e.ranked[:], func(a, b kind) int { return e.order[kinds[a].rule] - e.order[kinds[b].rule] })
	for _, g := range b.Groups() {
		for k := range nKinds {
			if slices.Contains(g.Rules, kinds[k].rule) {
				e.groupOf[k] = g.ID
			}
		}
	}
	return e, nil
}

// MustEvaluator is [NewEvaluator] for books known to hold the rules; it
// panics otherwise.
func MustEvaluator(b *rules.Book) *Evaluator {
	e, err := NewEvaluator(b)
	if err != nil {
		panic(err)
	}
	return e
}

// Book returns the book the evaluator uses.
func (e *Evaluator) Book() *rules.Book { return e.book }

// EnterpriseEligibility says whether a firm may receive the notice's
// subsidies and rewards (享受奖补的企业条件, 附则1–2): registered, and paying
// fiscal revenue, in 市区; an enterprise with independent legal
// personality; not a real-estate firm; not state-owned or state-controlled;
// not an administrative or public institution; not in class C or D of the
// 亩均 evaluation; not on the serious-dishonesty list. Each exclusion is a
// condition of its own, named by the Outcome's failed conditions when it
// fails (relief.eligibility.enterprise).
func (e *Evaluator) EnterpriseEligibility(on rules.Date, f Firm) (res Eligibility, err error) {
	err = e.eligibility.EvalInto(on, &f, &res)
	return res, err
}
