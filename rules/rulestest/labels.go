package rulestest

import (
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
)

// Labels checks that each of values, every value of a domain's enumerated
// type, has an English label that is not empty, and not the label of
// another value of the type.
func Labels[T rules.Labelled](t testing.TB, values []T) {
	t.Helper()
	if len(values) == 0 {
		t.Errorf("no values to check")
	}
	seen := map[string]T{}
	for _, v := range values {
		l := v.English()
		if strings.TrimSpace(l) == "" {
			t.Errorf("%T %q has no English label", v, string(v))
			continue
		}
		if prev, ok := seen[l]; ok {
			t.Errorf("%T %q and %q have the same English label %q", v, string(prev), string(v), l)
		}
		seen[l] = v
	}
}
