package domains

import (
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Household runs a case of a whole household (welfare.household): its facts
// are household: (a welfare.Household, by Go field names) and standards: (the
// locality's welfare.LocalStandards); the statement has the sections 家庭
// and 成员1…, an entry keyed by its rule, with its part in （） when the rule
// has several. A granted entry shows its figure with its unit, a benefit
// in kind its quantities, a payee after ，付给; one not assessed the facts
// missing or invalid.
func Household(c *rulestest.AssessmentCase) (*rulestest.Statement, error) {
	if c.Assessment != "welfare.household" {
		return nil, fmt.Errorf("%s: assessment %q is not welfare.household", c.Source, c.Assessment)
	}
	var h welfare.Household
	var s welfare.LocalStandards
	for _, k := range c.FactKeys() {
		var err error
		switch k {
		case "household":
			_, err = c.Facts(k, &h)
		case "standards":
			_, err = c.Facts(k, &s)
		default:
			err = fmt.Errorf("%s: unknown fact %q; a household case gives the facts household and standards", c.Source, k)
		}
		if err != nil {
			return nil, err
		}
	}
	st, err := welfare.Default().Assess(c.Date, h, s)
	if err != nil {
		return nil, err
	}
	v := householdView(st)
	v.English = st.Text(rules.English)
	v.Assessed = st
	return v, nil
}

// householdView is a statement as the data cases compare it: sections
// 家庭 and 成员1…, entries keyed by rule and part.
func householdView(st *welfare.Statement) *rulestest.Statement {
	out := &rulestest.Statement{Text: st.String()}
	for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
		key := "家庭"
		if sec.Member >= 0 {
			key = fmt.Sprintf("成员%d", sec.Member+1)
		}
		vs := rulestest.Section{Key: key}
		for _, en := range append(append([]welfare.Entry(nil), sec.Entries...), sec.NotAssessed...) {
			vs.Entries = append(vs.Entries, entryView(en))
		}
		out.Sections = append(out.Sections, vs)
	}
	return out
}

func entryView(en welfare.Entry) rulestest.Entry {
	v := rulestest.Entry{Key: en.Rule}
	if en.Part != "" {
		v.Key += "（" + en.Part + "）"
	}
	for _, c := range en.Conditions() {
		if c.Met {
			v.Met = append(v.Met, c.Name)
		}
	}
	switch en.Status {
	case rules.Granted:
		v.Outcome = rulestest.OutcomeGranted
		v.Detail = en.Outcome
		if len(en.Quantities) > 0 {
			// A benefit in kind shows its quantities with their units.
			var qs []string
			for _, q := range en.Quantities {
				qs = append(qs, q.Title.Zh+" "+q.Value.Format(q.Unit, rules.Chinese))
			}
			v.Detail = strings.Join(qs, "；")
		}
		if v.Detail == "" {
			v.Detail = rules.NumberValue(en.Amount).Format(en.Unit, rules.Chinese)
		}
		if en.Payee != nil {
			// A benefit paid to someone else names the payee.
			v.Detail += "，付给" + en.Payee.String()
		}
	case rules.NotGranted:
		v.Outcome = rulestest.OutcomeNotGranted
		for _, f := range en.Failed {
			v.Failed = append(v.Failed, f.Name)
		}
	case rules.NotPaid:
		v.Outcome, v.Detail = rulestest.OutcomeNotPaid, en.PaidInstead
	case rules.CaseByCase:
		v.Outcome = rulestest.OutcomeAssessedLocally
		if len(en.Reference) > 0 {
			v.Detail = en.Reference[0].Value.Format(en.Reference[0].Unit, rules.Chinese)
		}
	case rules.NotAssessed:
		v.Outcome = rulestest.OutcomeNotAssessed
		v.Detail = strings.Join(en.Missing, "、")
		if en.Invalid != "" {
			v.Detail = en.Invalid
		}
	}
	return v
}
