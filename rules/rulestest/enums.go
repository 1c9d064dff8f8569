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
	// The zero value, a value not given, writes null and reads back as the
	// zero value; each value writes its text.
	var zero T
	if b, err := json.Marshal(zero); err != nil || string(b) != "null" {
		t.Errorf("%T: the zero value writes %s, %v; want null", zero, b, err)
	}
	got := valid[0]
	if err := json.Unmarshal([]byte("null"), &got); err != nil || got != valid[0] {
		t.Errorf("%T: null read into %q gives %q, %v; want it left as it is", got, valid[0], got, err)
	}
	for _, v := range valid {
		want, _ := json.Marshal(string(v))
		if b, err := json.Marshal(v); err != nil || string(b) != string(want) {
			t.Errorf("%T: %q writes %s, %v; want %s", v, v, b, err, want)
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
