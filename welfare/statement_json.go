package welfare

import (
	"encoding/json"
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

// UnmarshalJSON reads a statement as json.Marshal writes it
// (docs/json.md). An amount beyond the numbers a rule takes is refused:
// no rule computes one, and it is not carried on into a rendering.
func (st *Statement) UnmarshalJSON(b []byte) error {
	type plain Statement // the same fields, without this method
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	for _, sec := range append([]Section{p.Household}, p.Members...) {
		for _, list := range [][]Entry{sec.Entries, sec.NotAssessed} {
			for _, en := range list {
				if err := rules.CheckNumber(en.Amount); err != nil {
					return fmt.Errorf("welfare: statement: %s amount: %w", en.Rule, err)
				}
			}
		}
	}
	for _, c := range p.Choices {
		if err := rules.CheckNumber(c.Amount); err != nil {
			return fmt.Errorf("welfare: statement: choice %s amount: %w", c.Group, err)
		}
	}
	*st = Statement(p)
	return nil
}
