package relief

import (
	"encoding/json"
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

// UnmarshalJSON reads an assessment as json.Marshal writes it
// (docs/json.md). An amount or total beyond the numbers a rule takes is
// refused: no rule computes one, and it is not carried on into a
// rendering.
func (a *Assessment) UnmarshalJSON(b []byte) error {
	type plain Assessment // the same fields, without this method
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if err := rules.CheckNumber(p.Total); err != nil {
		return fmt.Errorf("relief: assessment total: %w", err)
	}
	for _, it := range p.Items {
		if err := rules.CheckNumber(it.Amount); err != nil {
			return fmt.Errorf("relief: assessment: %s amount: %w", it.Rule, err)
		}
	}
	*a = Assessment(p)
	return nil
}
