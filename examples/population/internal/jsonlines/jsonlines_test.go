package jsonlines

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestDropEmpty(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a":"","b":1}`, `{"b":1}`},
		{`{"a":1,"b":""}`, `{"a":1}`},
		{`{"a":"","b":""}`, `{}`},
		{`{}`, `{}`},
		{`[]`, `[]`},
		{`{"a":["",{"x":"","y":"z"},null,true,-1.5e3],"b":{"c":""}}`, `{"a":["",{"y":"z"},null,true,-1.5e3],"b":{}}`},
		{`{"k\"\"":"v\\","e":"","q":"\"\""}`, `{"k\"\"":"v\\","q":"\"\""}`},
		{`{"a":"x"}` + "\n", `{"a":"x"}`},
		{`"s"`, `"s"`},
		{`12`, `12`},
	} {
		var b bytes.Buffer
		DropEmpty(&b, []byte(c.in))
		if b.String() != c.want {
			t.Errorf("DropEmpty(%s) = %s, want %s", c.in, b.String(), c.want)
		}
	}
}

// FuzzDropEmpty: what encoding/json writes, with the empty strings left
// out, is JSON, and reads as the value with those members absent.
func FuzzDropEmpty(f *testing.F) {
	f.Add(`{"a":"","b":[1,"",{"c":""}]}`)
	f.Add(`"x"`)
	f.Fuzz(func(t *testing.T, s string) {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			return
		}
		src, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		DropEmpty(&b, src)
		var got any
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("%s → %s: %v", src, b.Bytes(), err)
		}
		want, _ := json.Marshal(drop(v))
		back, _ := json.Marshal(got)
		if !bytes.Equal(want, back) {
			t.Fatalf("%s → %s, want %s", src, back, want)
		}
	})
}

func drop(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if e == "" {
				delete(x, k)
			} else {
				x[k] = drop(e)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = drop(e)
		}
	}
	return v
}
