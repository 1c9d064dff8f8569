package rules

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"
)

// A unit in JSON: its labels in Chinese and English, with its dimensions
// unless it is a base unit ([Unit.MarshalJSON]), rebuilt when read from
// the base dimensions [NewUnit] made (docs/json.md).

// Equal reports whether u and v are the same unit: the same dimensions and
// the same labels. Two units of the same dimensions and different labels
// (yuan per year and yuan per person per year) are [Unit.Same], not Equal.
func (u Unit) Equal(v Unit) bool {
	a, b := u.def(), v.def()
	return a.key == b.key && a.zh == b.zh && a.en == b.en && a.plural == b.plural && a.pct == b.pct
}

// baseUnits holds the base dimensions made with [NewUnit], by their names,
// for decoding: a unit in JSON is rebuilt from its dimensions, and a
// dimension no NewUnit made is refused. It keeps at most maxBaseUnits, so
// that units made up by callers cannot grow it without end; the library's
// own are made when their packages are loaded, long before.
var (
	baseMu    sync.Mutex
	baseUnits = map[[2]string]Unit{}
)

const maxBaseUnits = 256

// maxDims bounds the dimensions of a unit read from JSON: the documents'
// have at most three (元/平方米·月), and rebuilding one costs time in their
// number.
const maxDims = 8

func registerBase(u Unit) {
	baseMu.Lock()
	defer baseMu.Unlock()
	k := [2]string{u.p.zh, u.p.en}
	if _, ok := baseUnits[k]; !ok && len(baseUnits) < maxBaseUnits {
		baseUnits[k] = u // the first made: plural() sets its English plural on it
	}
}

// pluralBase records p, base unit u with its English plural, as the base
// unit of u's names, so that JSON names it by its labels and reads it back
// with its plural.
func pluralBase(u, p Unit) {
	if u.p == nil {
		return
	}
	baseMu.Lock()
	defer baseMu.Unlock()
	k := [2]string{u.p.zh, u.p.en}
	if b, ok := baseUnits[k]; ok && b.def().key == p.def().key {
		baseUnits[k] = p
	}
}

func baseUnit(zh, en string) (Unit, bool) {
	baseMu.Lock()
	defer baseMu.Unlock()
	u, ok := baseUnits[[2]string{zh, en}]
	return u, ok
}

type jsonDim struct {
	Zh  string `json:"zh"`
	En  string `json:"en"`
	Exp int    `json:"exp"`
}

type jsonUnit struct {
	Zh      string    `json:"zh"`
	En      string    `json:"en"`
	Dims    []jsonDim `json:"dims,omitempty"`
	Percent bool      `json:"percent,omitempty"`
}

// MarshalJSON writes the unit as its labels, {"zh":"元","en":"yuan"} for
// a base unit made with [NewUnit], and with its dimensions for another:
// {"zh":"元/月","en":"yuan per month","dims":[{"zh":"元","en":"yuan","exp":1},{"zh":"月","en":"month","exp":-1}]};
// a percentage has "percent": true; a pure number is null.
func (u Unit) MarshalJSON() ([]byte, error) {
	d := u.def()
	if d.key == "" && d.zh == "" && d.en == "" && !d.pct {
		return []byte("null"), nil
	}
	j := jsonUnit{Zh: d.zh, En: d.en, Percent: d.pct}
	if base, ok := baseUnit(d.zh, d.en); ok && base.Equal(u) {
		return json.Marshal(j) // a base unit: its labels name it
	}
	for _, x := range d.dims() {
		j.Dims = append(j.Dims, jsonDim{Zh: x.zh, En: x.en, Exp: x.exp})
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a unit written by [Unit.MarshalJSON]. Each dimension
// must be a base unit made with [NewUnit] in this program (the library's
// packages make theirs when loaded); another is refused.
func (u *Unit) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*u = Unit{}
		return nil
	}
	var j jsonUnit
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: unit: %w", err)
	}
	if len(j.Dims) > maxDims {
		return fmt.Errorf("rules: unit %s: %d dimensions, more than any unit of the documents (%d)", clip(j.Zh), len(j.Dims), maxDims)
	}
	out := Number
	if j.Percent {
		if len(j.Dims) > 0 {
			return fmt.Errorf("rules: unit %q: a percentage has no dimensions", j.Zh)
		}
		out = Percent
	}
	if len(j.Dims) == 0 && !j.Percent {
		base, ok := baseUnit(j.Zh, j.En)
		if !ok {
			return fmt.Errorf("rules: unknown unit %s (%s)", j.Zh, j.En)
		}
		*u = base
		return nil
	}
	// A unit written with its dimensions is not a base unit as made (a
	// product that reduces to months, a relabelled yuan): it is rebuilt as
	// the product, which, like the original, has no English plural.
	for _, d := range j.Dims {
		base, ok := baseUnit(d.Zh, d.En)
		if !ok {
			return fmt.Errorf("rules: unknown unit %s (%s)", d.Zh, d.En)
		}
		if d.Exp == 0 || d.Exp > 16 || d.Exp < -16 {
			return fmt.Errorf("rules: unit %s: exponent %d of %s", j.Zh, d.Exp, d.Zh)
		}
		for range abs(d.Exp) {
			if d.Exp > 0 {
				out = out.Times(base)
			} else {
				out = out.Per(base)
			}
		}
	}
	if got := out.def(); got.zh != j.Zh || got.en != j.En {
		out = out.Label(j.Zh, j.En)
	}
	var dims []jsonDim
	for _, x := range out.def().dims() {
		dims = append(dims, jsonDim{Zh: x.zh, En: x.en, Exp: x.exp})
	}
	if !slices.Equal(dims, j.Dims) {
		return fmt.Errorf("rules: unit %s: dimensions not in their canonical order or repeated", j.Zh)
	}
	*u = out
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
