package wzpolicy_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy"
)

// Every rule and group of every book is found by its ID, in its own
// domain; a name that is no rule's or group's, or whose first part is no
// domain's, is not.
func TestFind(t *testing.T) {
	for _, d := range wzpolicy.Domains() {
		ids := d.Book().RuleIDs()
		for _, g := range d.Book().Groups() {
			ids = append(ids, g.ID)
		}
		if len(ids) == 0 {
			t.Errorf("%s: no rules", d.Name)
		}
		for _, id := range ids {
			got, ok := wzpolicy.Find(id)
			if !ok || got.Name != d.Name {
				t.Errorf("Find(%q) = %q, %v; want %q", id, got.Name, ok, d.Name)
			}
		}
	}
	for _, id := range []string{"", "welfare", "welfare.", "welfare.no_such_rule", "tax.income.rate", ".dibao"} {
		if d, ok := wzpolicy.Find(id); ok {
			t.Errorf("Find(%q) = %q, want not found", id, d.Name)
		}
	}
	if _, ok := wzpolicy.DomainNamed("welfare"); !ok {
		t.Error(`DomainNamed("welfare") not found`)
	}
	if _, ok := wzpolicy.DomainNamed("Welfare"); ok {
		t.Error(`DomainNamed("Welfare") found; names are the package names`)
	}
}
