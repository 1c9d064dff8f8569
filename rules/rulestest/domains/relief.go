package domains

import (
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Firm runs a case of a whole firm (relief.firm): its facts are profile: (a
// relief.Profile, by Go field names) and tiers: (the industry department's
// relief.TierTable for measure 13); the statement has one section, 企业, an
// entry keyed by its rule ID, with the claim's label in （） when the measure
// is claimed more than once.
func Firm(c *rulestest.AssessmentCase) (*rulestest.Statement, error) {
	if c.Assessment != "relief.firm" {
		return nil, fmt.Errorf("%s: assessment %q is not relief.firm", c.Source, c.Assessment)
	}
	var p relief.Profile
	var tiers relief.TierTable
	for _, k := range c.FactKeys() {
		var err error
		switch k {
		case "profile":
			_, err = c.Facts(k, &p)
		case "tiers":
			_, err = c.Facts(k, &tiers)
		default:
			err = fmt.Errorf("%s: unknown fact %q; a firm case gives the facts profile and tiers", c.Source, k)
		}
		if err != nil {
			return nil, err
		}
	}
	a, err := relief.Default().Assess(c.Date, p, tiers)
	if err != nil {
		return nil, err
	}
	v := firmView(a)
	v.English = a.Text(rules.English)
	v.Assessed = a
	return v, nil
}

// firmView is an assessment as the data cases compare it: one section
// 企业, entries keyed by rule and claim.
func firmView(a *relief.Assessment) *rulestest.Statement {
	sec := rulestest.Section{Key: "企业"}
	for _, it := range a.Items {
		sec.Entries = append(sec.Entries, itemView(it))
	}
	return &rulestest.Statement{Sections: []rulestest.Section{sec}, Text: a.String()}
}

// itemView is one item as an entry. A granted item shows the amount
// counted in the total ("6000.00 元"); one not counted shows its figures,
// "title value" joined by "；" (a deferral's amount, new due date and tax
// period), or 符合条件 when it has none. A claim not assessed shows the
// fact and why ("received_before：missing").
func itemView(it relief.Item) rulestest.Entry {
	v := rulestest.Entry{Key: it.Rule}
	if it.Claim != "" {
		v.Key += "（" + it.Claim + "）"
	}
	for _, c := range it.Conditions() {
		if c.Met {
			v.Met = append(v.Met, c.Name)
		}
	}
	switch it.Status {
	case rules.Granted:
		v.Outcome = rulestest.OutcomeGranted
		switch {
		case it.Counted:
			v.Detail = rules.NumberValue(it.Amount).Format(rules.Yuan, rules.Chinese)
		case len(it.Figures) == 0:
			v.Detail = "符合条件"
		default:
			parts := make([]string, len(it.Figures))
			for i, f := range it.Figures {
				parts[i] = f.Title.Zh + " " + f.Value.Format(f.Unit, rules.Chinese)
			}
			v.Detail = strings.Join(parts, "；")
		}
	case rules.NotGranted:
		v.Outcome = rulestest.OutcomeNotGranted
		for _, f := range it.Failed {
			v.Failed = append(v.Failed, f.Name)
		}
	case rules.NotPaid:
		v.Outcome, v.Detail = rulestest.OutcomeNotPaid, it.Note
	case rules.CaseByCase:
		v.Outcome = rulestest.OutcomeAssessedLocally
	case rules.NotAssessed:
		v.Outcome, v.Detail = rulestest.OutcomeNotAssessed, it.Field+"："+it.Note
	case rules.NotInForce:
		v.Outcome = rulestest.OutcomeNotInForce
	}
	return v
}
