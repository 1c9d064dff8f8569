package expropriation

import (
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Locality is an area the notice publishes standards for (区域): the four
// districts of the city and the two industrial clusters. Every package of
// the module calls a place a Locality, with the same constant for the same
// place; each lists the places its document names.
type Locality string

const (
	Lucheng    Locality = "鹿城区"      // 附件1
	Longwan    Locality = "龙湾区"      // 附件2
	Ouhai      Locality = "瓯海区"      // 附件3
	Dongtou    Locality = "洞头区"      // 附件4
	Oujiangkou Locality = "瓯江口产业集聚区" // 附件5
	Zhenan     Locality = "浙南产业集聚区"  // 附件6
)

// Localities returns the areas of the notice in the order of its annexes.
func Localities() []Locality {
	return []Locality{Lucheng, Longwan, Ouhai, Dongtou, Oujiangkou, Zhenan}
}

// ParseLocality returns the area with the given Chinese name, or an
// error listing the valid names.
func ParseLocality(s string) (Locality, error) {
	return rules.ParseOneOf(s, Localities(), "district")
}

// Use is the use of the premises expropriated (房屋用途).
type Use string

const (
	Residential Use = "住宅用房" // residential
	Office      Use = "办公用房" // office
	Industrial  Use = "工业用房" // industrial
	Storage     Use = "仓储用房" // storage, counted with industrial (工业用房（含仓储用房）)
	Business    Use = "营业用房" // business premises: assessed case by case for resettlement
	OtherUse    Use = "其他用房" // other uses ("等"): assessed case by case
)

// Uses returns the uses of premises the notice distinguishes.
func Uses() []Use {
	return []Use{Residential, Office, Industrial, Storage, Business, OtherUse}
}

// ParseUse returns the use with the given Chinese name, or an error listing
// the valid names.
func ParseUse(s string) (Use, error) { return rules.ParseOneOf(s, Uses(), "use") }

// Premises are the premises expropriated: where, for what use, how large,
// and the compensation plan they are expropriated under. The tags name the
// rules' inputs.
type Premises struct {
	Locality Locality        `rule:"district"`
	Use      Use             `rule:"use"`
	Area     decimal.Decimal `rule:"area"` // 建筑面积, square metres
	// PlanDate is the day the compensation plan (房屋征收与补偿方案) set
	// its rates, announced with the expropriation decision. The notice's
	// standards apply to plans made from 2022-03-05 to 2024-03-04; the zero
	// Date is not stated, and missing.
	PlanDate rules.Date `rule:"plan_date"`
}

// Resettlement is a temporary resettlement (临时安置): the premises, the
// monthly rate the compensation plan chose, and how long it lasts.
type Resettlement struct {
	Premises
	Rate   decimal.Decimal `rule:"rate"`   // yuan per m² per month, chosen by the plan
	Months decimal.Decimal `rule:"months"` // months of resettlement; a part of a month as a fraction
}

// RateRange is the range of monthly temporary resettlement rates the
// notice publishes for a district and use, both ends included, in yuan per
// square metre per month. Its Outcome gives the evaluation's citations and
// explanation when asked.
type RateRange struct {
	Min decimal.Decimal `rule:"min"`
	Max decimal.Decimal `rule:"max"`
	rules.Outcome[Premises]
}

// ResettlementFee is the temporary resettlement fee of a resettlement.
type ResettlementFee struct {
	Amount decimal.Decimal `rule:"fee"` // yuan, rounded to the fen; zero when the notice does not apply
	// The Outcome is not eligible when the plan was made outside the
	// notice's period (2022-03-05 to 2024-03-04): the notice's standards do
	// not apply, and its failed condition says so.
	rules.Outcome[Resettlement]
}

// MovingFee is the moving fee of the premises.
type MovingFee struct {
	Amount decimal.Decimal `rule:"fee"` // yuan, rounded to the fen; zero when the notice does not apply
	// The Outcome is not eligible as for [ResettlementFee].
	rules.Outcome[Premises]
}

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
	book      *rules.Book
	rateRange *rules.Binding[Premises, RateRange]
	fee       *rules.Binding[Resettlement, ResettlementFee]
	moves     *rules.Binding[Premises, MovingFee]
}

// NewEvaluator returns an evaluator over b, which must hold the notice's
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:      b,
		rateRange: rules.BindWith[Premises, RateRange](p, RuleResettlementRange),
		fee:       rules.BindWith[Resettlement, ResettlementFee](p, RuleResettlementFee),
		moves:     rules.BindWith[Premises, MovingFee](p, RuleMovingFee),
	}
	if p.Err != nil {
		return nil, p.Err
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

// ResettlementRange returns the temporary resettlement rate range (临时安置
// 费标准) published for the district and use of the premises (附件1–6), for a
// compensation plan made on the date on (2022-03-05 to 2024-03-04); the
// area and plan date are not read. For business and other premises the
// error matches [rules.ErrCaseByCase].
func (e *Evaluator) ResettlementRange(on rules.Date, p Premises) (res RateRange, err error) {
	err = e.rateRange.EvalInto(on, &p, &res)
	return res, err
}

// TemporaryResettlementFee returns the temporary resettlement fee (临时安置费):
// the rate chosen by the compensation plan × floor area × months, as of the
// date on. The notice applies to plans made from 2022-03-05 to 2024-03-04
// (PlanDate; otherwise the result is not eligible); the fee may be computed later, for
// as long as the resettlement lasts. A rate outside the published range is
// an error matching [rules.ErrInvalidInput] on the field "rate"; business
// and other premises are assessed case by case ([rules.ErrCaseByCase]).
func (e *Evaluator) TemporaryResettlementFee(on rules.Date, r Resettlement) (res ResettlementFee, err error) {
	err = e.fee.EvalInto(on, &r, &res)
	return res, err
}

// MovingFee returns the moving fee (搬迁费) for the premises: 15 yuan per
// square metre for residential, office and business premises, and not less
// than 1,000 yuan for a residential household, under a plan made from
// 2022-03-05 to 2024-03-04 (otherwise the result is not eligible). Industrial,
// storage and other premises are assessed case by case ([rules.ErrCaseByCase]).
func (e *Evaluator) MovingFee(on rules.Date, p Premises) (res MovingFee, err error) {
	err = e.moves.EvalInto(on, &p, &res)
	return res, err
}
