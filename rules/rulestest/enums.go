package rulestest

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
)

// EnumText checks that the string type T reads each of its valid values
// from JSON as itself, and refuses on decode, with an error matching
// [rules.ErrInvalidInput], the empty value, a value not in the list and
// a valid value with a space around it.
func EnumText[T ~string, P interface {
	*T
	encoding.TextUnmarshaler
}](t testing.TB, valid []T) {
	t.Helper()
	if len(valid) == 0 {
		t.Fatalf("%T: no valid values to check", *new(T))
	}
	for _, v := range valid {
		var got T
		b, _ := json.Marshal(string(v))
		if err := json.Unmarshal(b, &got); err != nil || got != v {
			t.Errorf("%T: %s read as %q, %v", got, b, got, err)
		}
	}
	for _, bad := range []string{"", "不是其中之一", " " + string(valid[0]), string(valid[0]) + " "} {
		var got T
		err := P(&got).UnmarshalText([]byte(bad))
		if !errors.Is(err, rules.ErrInvalidInput) || got != "" {
			t.Errorf("%T: UnmarshalText(%q) = %q, %v; want it refused as invalid input", got, bad, got, err)
		}
		b, _ := json.Marshal(bad)
		if err := json.Unmarshal(b, &got); err == nil {
			t.Errorf("%T: JSON %s accepted", got, b)
		}
	}
}
