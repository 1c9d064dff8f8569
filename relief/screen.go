package relief

import (
	"encoding/json"
	"errors"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/internal/exact"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Screening is what screening a firm finds: each of its claims with its
// status and counted amount, and the total, without results, figures or
// explanations. [Evaluator.Assess] gives the full assessment of any one
// firm, and the assessment's [Assessment.Screening] is this screening,
// item for item.
//
// A Screening is meant to be reused: [Evaluator.Screen] overwrites it and
// keeps the storage of its Items. It holds its amounts as the rules
// compute them, exact, and makes a decimal.Decimal of one only when asked
// ([Screened.Amount], [Screening.Total]): a screening whose amounts go
// into totals ([Screening.AddTo]) makes none.
type Screening struct {
	Date         rules.Date
	Registration Locality // where the firm is registered
	Items        []Screened

	total  exact.Number // the counted amounts granted
	claims []claim      // reused
}

// Screened is one claim of a screening, as the assessment's [Item] has it.
type Screened struct {
	Rule    string
	Claim   string // which claim, for measures claimed more than once ("设备2"); "" otherwise
	Status  rules.Status
	Counted bool // the measure's figure is money the firm receives or no longer pays

	amount  exact.Number // the counted figure when granted; zero otherwise
	keyCode keyCode      // the claim's key but for the locality, for AddTo
}

// Amount is the claim's counted figure when granted, and zero otherwise:
// the assessment's [Item.Amount].
func (s Screened) Amount() decimal.Decimal { return s.amount.Dec() }

// Equal reports whether s and o are the same claim with the same status
// and equal amounts (go-cmp compares Screened values with it).
func (s Screened) Equal(o Screened) bool {
	return s.Rule == o.Rule && s.Claim == o.Claim && s.Status == o.Status && s.Counted == o.Counted && s.amount.Cmp(o.amount) == 0
}

// MarshalJSON writes the item's fields and its amount, a decimal string.
func (s Screened) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Rule    string
		Claim   string
		Status  rules.Status
		Counted bool
		Amount  decimal.Decimal
	}{s.Rule, s.Claim, s.Status, s.Counted, s.Amount()})
}

// Total is the sum of the counted amounts granted: the assessment's
// [Assessment.Total].
func (sc *Screening) Total() decimal.Decimal { return sc.total.Dec() }

// MarshalJSON writes the screening with its items and total.
func (sc Screening) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Date         rules.Date
		Registration Locality
		Items        []Screened
		Total        decimal.Decimal
	}{sc.Date, sc.Registration, sc.Items, sc.Total()})
}

// Screen screens a firm's profile as of a date, as [Evaluator.Assess]
// assesses it, and writes what it finds into sc: the same items with the
// same statuses and counted amounts, in the same order, and the same
// total, without building a result for any. Its errors are Assess's. sc's
// storage is reused.
//
// A firm granted more than one trade-in subsidy, or more than one measure
// of a take-the-higher group, is rare: it is assessed in full and its
// assessment screened, so that the choice is Assess's by construction.
func (e *Evaluator) Screen(on rules.Date, p Profile, tiers TierTable, sc *Screening) error {
	sc.Date, sc.Registration, sc.Items, sc.total = on, p.Registration, sc.Items[:0], exact.Number{}
	if !on.CaseDate() {
		// As Assess: a date that is no date ends the screening, with the
		// error the engine gives for it.
		var none Firm
		var el Eligibility
		if _, err := e.eligibility.Screen(on, &none, &el); err != nil {
			if re, ok := err.(*rules.Error); ok && re.Code == rules.CodeInvalidInput && re.Field == "date" {
				return err
			}
		}
	}
	// The claims in the order of the assessment's items, so that the items
	// need no sorting: the claims of one rule keep their order.
	sc.claims = e.claims(&p, tiers, &e.ranked, sc.claims[:0])
	trades := 0
	for i := range sc.claims {
		c := &sc.claims[i]
		sc.Items = append(sc.Items, Screened{})
		it := &sc.Items[len(sc.Items)-1]
		if err := e.screenOne(on, &p, tiers, c, it); err != nil {
			// Which error Assess gives, of claims evaluated in another
			// order, is Assess's to say.
			return e.screenInFull(on, p, tiers, sc)
		}
		if it.Status == rules.Granted {
			if c.kind == kTradeIn {
				trades++
			}
			if g := e.groupOf[c.kind]; g != "" {
				for j := range i {
					if sc.Items[j].Status == rules.Granted && e.groupOf[sc.claims[j].kind] == g {
						// Two of one group granted: Assess chooses.
						return e.screenInFull(on, p, tiers, sc)
					}
				}
			}
		}
	}
	if trades >= 2 {
		return e.screenInFull(on, p, tiers, sc)
	}
	for i := range sc.Items {
		if it := &sc.Items[i]; it.Status == rules.Granted && it.Counted {
			sc.total = sc.total.Add(it.amount)
		}
	}
	return nil
}

// screenInFull screens the firm's full assessment.
func (e *Evaluator) screenInFull(on rules.Date, p Profile, tiers TierTable, sc *Screening) error {
	a, err := e.Assess(on, p, tiers)
	if err != nil {
		return err
	}
	a.Screening(sc)
	sc.Registration = p.Registration
	return nil
}

// screenOne is [Evaluator.assessOne] for a screening, written into it:
// the same status and counted amount, the same errors.
func (e *Evaluator) screenOne(on rules.Date, p *Profile, tiers TierTable, c *claim, it *Screened) error {
	*it = Screened{Rule: c.rule(), Claim: c.label, Counted: c.counted(), keyCode: c.keyCode}
	if c.missing != nothingMissing {
		it.Status = rules.NotAssessed
		return nil
	}
	ev, err := e.eval(on, p, tiers, c, true)
	status, defect := rules.StatusOf(err == nil && ev.eligible, err)
	if defect != nil {
		return claimError(defect, c.label)
	}
	if _, ok := err.(*rules.Error); err != nil && !ok && !errors.As(err, new(*rules.Error)) {
		return err
	}
	it.Status = status
	if status == rules.Granted && it.Counted {
		it.amount = ev.figure
	}
	return nil
}

// Screening writes the assessment's screening into sc: its items' rules,
// claims, statuses and counted amounts, in order, and its total. It is
// what [Evaluator.Screen] finds for the same firm (whose Registration the
// assessment does not keep: sc's is left as it is).
func (a *Assessment) Screening(sc *Screening) {
	sc.Date, sc.Items, sc.total = a.Date, sc.Items[:0], exact.Of(a.Total)
	for _, it := range a.Items {
		sc.Items = append(sc.Items, Screened{Rule: it.Rule, Claim: it.Claim, Status: it.Status, Counted: it.Counted, amount: exact.Of(it.Amount)})
	}
}

// AddTo adds the screening's counted amounts granted to t, each under its
// rule, claim and the firm's registration, in 元. It hints each key
// ([batch.Totals.TallyHint]) by the kind of claim, its label and the
// locality, so that t finds the key's total without hashing its strings.
func (sc *Screening) AddTo(t *batch.Totals) {
	loc, known := localityCodes[sc.Registration]
	for i := range sc.Items {
		it := &sc.Items[i]
		if it.Status != rules.Granted || !it.Counted {
			continue
		}
		k := batch.Key{Rule: it.Rule, Part: it.Claim, Locality: string(sc.Registration), Unit: rules.Yuan.String()}
		code := it.keyCode
		if code&0xff == byTaxKind {
			code = 0
			if j := slices.Index(taxKinds, TaxKind(it.Claim)); j >= 0 {
				code = keyCodeOf(kSixTaxes, j+1)
			}
		}
		var c batch.Tally
		if code != 0 && known {
			c = t.TallyHint(uint64(code)<<8|uint64(loc), k)
		} else {
			c = t.Tally(k)
		}
		if n, e, ok := it.amount.Small(); ok {
			c.AddScaled(n, e)
		} else {
			c.Add(it.amount.Dec())
		}
	}
}

// localityCodes number the localities, for a screening's tallies.
var localityCodes = func() map[Locality]uint8 {
	m := map[Locality]uint8{}
	for i, l := range Localities() {
		m[l] = uint8(i)
	}
	return m
}()
