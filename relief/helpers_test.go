package relief_test

import (
	"github.com/wzpolicy/wzpolicy/rules"
)

// Dates of the notice (附则3: 自2022年4月1日起生效……有效期至2022年6月30日).
var (
	dayIn = rules.MustDate(2022, 5, 16)
)

// set returns a copy of in with the given name/value pairs set.
func set(in rules.Inputs, kv ...any) rules.Inputs {
	out := rules.Inputs{}
	for k, v := range in {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}
