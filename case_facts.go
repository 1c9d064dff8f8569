package wzpolicy

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonMarshaler   = reflect.TypeFor[json.Marshaler]()
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
)

// readsItself says whether values of t are read by their own method, not
// field by field.
func readsItself(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t.Implements(jsonUnmarshaler) || p.Implements(jsonUnmarshaler) || t.Implements(textUnmarshaler) || p.Implements(textUnmarshaler)
}

// jsonFields lists the fields encoding/json reads of a struct type by
// their exact names, an embedded struct's fields among its own.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && !readsItself(ft) {
				for n, typ := range jsonFields(ft) {
					if _, shadowed := out[n]; !shadowed {
						out[n] = typ
					}
				}
				continue
			}
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

// checkKeys checks that every key of a JSON object v is, exactly, a field
// of the Go type it is read into, down to the values each type reads by its
// own method, and that each such value reads; it names the first that does
// not by its path ("household.Members[0].Nmae"). encoding/json alone would
// read "locality" as Locality, and name neither the member nor the index of
// a field it does not know or a word a field refuses.
func checkKeys(v any, t reflect.Type, path string) *CaseError {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if readsItself(t) {
		return checkValue(v, t, path)
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return nil // a kind mismatch: the decoder names it
		}
		fields := jsonFields(t)
		for _, k := range sortedKeys(obj) {
			ft, ok := fields[k]
			if !ok {
				root, _, _ := strings.Cut(path, ".")
				root, _, _ = strings.Cut(root, "[")
				return badInput(path+"."+k, fmt.Sprintf("not a field of %s; field names are spelt as the Go fields are, with capitals", root),
					fmt.Sprintf("不是%s的字段；字段名与程序中的字段名一致，区分大小写", root))
			}
			if e := checkKeys(obj[k], ft, path+"."+k); e != nil {
				return e
			}
		}
	case reflect.Slice, reflect.Array:
		list, _ := v.([]any)
		for i, x := range list {
			if e := checkKeys(x, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); e != nil {
				return e
			}
		}
	case reflect.Map:
		obj, _ := v.(map[string]any)
		for _, k := range sortedKeys(obj) {
			if e := checkKeys(obj[k], t.Elem(), fmt.Sprintf("%s[%s]", path, k)); e != nil {
				return e
			}
		}
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		want := goKindInJSON(t.Kind().String(), t.String())
		var ok bool
		switch v.(type) {
		case string:
			ok = t.Kind() == reflect.String
		case bool:
			ok = t.Kind() == reflect.Bool
		case json.Number:
			ok = t.Kind() != reflect.String && t.Kind() != reflect.Bool
		case nil:
			ok = true // null leaves the field as it is
		}
		if !ok {
			got := describeJSON(v)
			return badInput(path, fmt.Sprintf("expected %s, got %s", want, got.en), fmt.Sprintf("应为%s，给出的是%s", wantZh(want), got.zh))
		}
	}
	return nil
}

// wantZh is goKindInJSON's word in Chinese.
func wantZh(want string) string {
	switch want {
	case "number":
		return "数字"
	case "true or false":
		return "true或false"
	case "string":
		return "字符串"
	case "list":
		return "列表"
	case "object":
		return "对象"
	}
	return "其他类型的值"
}

// checkValue reads a value of a type that reads itself (a date, an amount,
// one of the documents' words) and says, by the value's path and in both
// languages, why it does not read.
func checkValue(v any, t reflect.Type, path string) *CaseError {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	err = json.Unmarshal(b, reflect.New(t).Interface())
	var re *rules.Error
	var te *json.UnmarshalTypeError
	switch {
	case err == nil, errors.As(err, &te):
		return nil // a kind mismatch: the decoder names it
	case errors.As(err, &re):
		return badInput(path, re.Reason(rules.English), re.Reason(rules.Chinese))
	}
	if t == reflect.TypeFor[decimal.Decimal]() {
		text := strings.Trim(string(b), `"`)
		return badInput(path, fmt.Sprintf("%q is not a decimal number", Shorten(text)), zhQuote(text)+"不是十进制数")
	}
	msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "json: "), "rules: ")
	return badInput(path, Shorten(msg), rules.EscapeControl(Shorten(msg)))
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// unmarshalAny reads JSON into plain values, numbers kept as written.
func unmarshalAny(raw []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	return v, err
}

// pruned is v as encoding/json would write it, less every field whose value
// is its type's zero value (a nil pointer or list, "", 0, false, a zero
// date): what a reader takes as not given anyway. A household's enums
// refuse "" when read, so a statement of the facts must leave them out; a
// pointer to a zero amount or an empty list, which state something, stay.
func pruned(v reflect.Value) any {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		if v.Type().Implements(jsonMarshaler) || v.Type().Implements(textMarshaler) {
			return v.Interface()
		}
		v = v.Elem()
	}
	t := v.Type()
	if t.Implements(jsonMarshaler) || t.Implements(textMarshaler) {
		return v.Interface()
	}
	switch v.Kind() {
	case reflect.Struct:
		out := map[string]any{}
		prunedFields(v, out)
		return out
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = pruned(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := map[string]any{}
		for it := v.MapRange(); it.Next(); {
			k := it.Key()
			var name string
			if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
				b, _ := tm.MarshalText()
				name = string(b)
			} else {
				name = k.String()
			}
			out[name] = pruned(it.Value())
		}
		return out
	}
	return v.Interface()
}

// prunedFields puts a struct's fields that are not zero into out, an
// embedded struct's among its own.
func prunedFields(v reflect.Value, out map[string]any) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		fv := v.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		if f.Anonymous && name == "" && fv.Kind() == reflect.Struct && !readsItself(fv.Type()) {
			prunedFields(fv, out)
			continue
		}
		if fv.IsZero() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = pruned(fv)
	}
}
