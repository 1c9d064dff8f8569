package expropriation

import (
	"errors"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// District is an area the notice publishes standards for (区域): the four
// districts of the city and the two industrial clusters.
type District string

const (
	Lucheng    District = "鹿城区"      // 附件1
	Longwan    District = "龙湾区"      // 附件2
	Ouhai      District = "瓯海区"      // 附件3
	Dongtou    District = "洞头区"      // 附件4
	Oujiangkou District = "瓯江口产业集聚区" // 附件5
	Zhenan     District = "浙南产业集聚区"  // 附件6
)

// Districts returns the areas of the notice in the order of its annexes.
func Districts() []District {
	return []District{Lucheng, Longwan, Ouhai, Dongtou, Oujiangkou, Zhenan}
}

// ParseDistrict returns the district with the given Chinese name, or an
// error listing the valid names.
func ParseDistrict(s string) (District, error) {
	return rules.ParseOneOf(s, Districts(), "district")
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
// and the compensation plan they are expropriated under.
type Premises struct {
	District District
	Use      Use
	Area     decimal.Decimal // 建筑面积, square metres
	// PlanDate is the day the compensation plan (房屋征收与补偿方案) set
	// its rates, announced with the expropriation decision. The notice's
	// standards apply to plans made from 2022-03-05 to 2024-03-04; the zero
	// Date is not stated, and missing.
	PlanDate rules.Date
}

// RateRange is the range of monthly temporary resettlement rates the
// notice publishes for a district and use, both ends included, in yuan per
// square metre per month.
type RateRange struct {
	Min, Max decimal.Decimal
	Result   *rules.Result // the evaluation, with its citations and explanation
}

// Fee is an amount of yuan with the evaluation it came from.
type Fee struct {
	Amount decimal.Decimal // yuan, rounded to the fen; zero when the notice does not apply
	// Applies is false when the plan was made outside the notice's period
	// (2022-03-05 to 2024-03-04): the notice's standards do not apply, and
	// Result.Failed says so.
	Applies bool
	Result  *rules.Result // the evaluation, with its citations and explanation
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

// Evaluator evaluates the notice's rules with a given book: the notice's
// own, or one derived from it with overrides. It is safe for concurrent use.
type Evaluator struct {
	book                  *rules.Book
	rateRange, fee, moves *rules.Prepared
}

// NewEvaluator returns an evaluator over b, which must hold the notice's
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	batch := &rules.Preparer{Book: b}
	prep := batch.Prepare
	e.rateRange = prep(RuleResettlementRange, "district", "use")
	e.fee = prep(RuleResettlementFee, "district", "use", "area", "rate", "months", "plan_date")
	e.moves = prep(RuleMovingFee, "district", "use", "area", "plan_date")
	if batch.Err != nil {
		return nil, batch.Err
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
// 费标准) published for the district and use (附件1–6), for a compensation
// plan made on the date on (2022-03-05 to 2024-03-04). For business and
// other premises the error matches [rules.ErrCaseByCase].
func ResettlementRange(on rules.Date, d District, u Use) (RateRange, error) {
	return std().ResettlementRange(on, d, u)
}

// ResettlementRange is the package's [ResettlementRange] over e's book.
func (e *Evaluator) ResettlementRange(on rules.Date, d District, u Use) (RateRange, error) {
	res, err := e.rateRange.Eval(on, rules.TextValue(string(d)), rules.TextValue(string(u)))
	if err != nil {
		return RateRange{}, err
	}
	lo, _ := res.Figure("min")
	hi, _ := res.Figure("max")
	return RateRange{Min: lo.Value.Number(), Max: hi.Value.Number(), Result: res}, nil
}

// TemporaryResettlementFee returns the temporary resettlement fee (临时安置费)
// for the premises: the rate chosen by the compensation plan × floor area ×
// months, as of the date on. The notice applies to plans made from
// 2022-03-05 to 2024-03-04 (p.PlanDate; otherwise Applies is false); the
// fee may be computed later, for as long as the resettlement lasts. A rate
// outside the published range is an error matching [rules.ErrInvalidInput]
// on the field "rate"; business and other premises are assessed case by case
// ([rules.ErrCaseByCase]).
func TemporaryResettlementFee(on rules.Date, p Premises, rate, months decimal.Decimal) (Fee, error) {
	return std().TemporaryResettlementFee(on, p, rate, months)
}

// TemporaryResettlementFee is the package's [TemporaryResettlementFee] over
// e's book.
func (e *Evaluator) TemporaryResettlementFee(on rules.Date, p Premises, rate, months decimal.Decimal) (Fee, error) {
	return fee(e.fee.Eval(on, rules.TextValue(string(p.District)), rules.TextValue(string(p.Use)),
		rules.NumberValue(p.Area), rules.NumberValue(rate), rules.NumberValue(months), day(p.PlanDate)))
}

// MovingFee returns the moving fee (搬迁费) for the premises: 15 yuan per
// square metre for residential, office and business premises, and not less
// than 1,000 yuan for a residential household, under a plan made from
// 2022-03-05 to 2024-03-04 (otherwise Applies is false). Industrial,
// storage and other premises are assessed case by case ([rules.ErrCaseByCase]).
func MovingFee(on rules.Date, p Premises) (Fee, error) { return std().MovingFee(on, p) }

// MovingFee is the package's [MovingFee] over e's book.
func (e *Evaluator) MovingFee(on rules.Date, p Premises) (Fee, error) {
	return fee(e.moves.Eval(on, rules.TextValue(string(p.District)), rules.TextValue(string(p.Use)), rules.NumberValue(p.Area),
		day(p.PlanDate)))
}

// day passes a date; the zero Date is not stated: a missing input.
func day(d rules.Date) rules.Value {
	if d.IsZero() {
		return rules.Value{}
	}
	return rules.DateValue(d)
}

func fee(res *rules.Result, err error) (Fee, error) {
	if err != nil {
		return Fee{}, err
	}
	if res.Value.Kind() != rules.KindNumber {
		return Fee{}, errors.New("expropriation: rule yielded no amount")
	}
	return Fee{Amount: res.Value.Number(), Applies: res.Eligible, Result: res}, nil
}
