package rulestest

import (
	"encoding"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Decoding the facts of an assessment case into the domain's Go types: the
// keys are the Go field names exactly as the package documents them
// (BirthDate, Members, TaxDeferrals), so a case reads like the code a
// caller writes, and a misspelt key is an error with its line, never a
// field silently left at its zero value.
//
// Values are read from their source text: a type that reads text
// (encoding.TextUnmarshaler: decimal.Decimal, rules.Date, enums that
// validate themselves) gets the text as written, so 90.50 keeps its digits
// (and an enum value not in its list is refused unless tagged !unchecked);
// other strings take the text; integers and booleans must be written as
// such; floats are refused, since money is never a float.

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// uncheckedTag marks a value of a string type set as written, without its
// UnmarshalText: a Locality of "杭州市", the way a Go caller can set one,
// for cases that check the assessment's own refusal of such a value.
const uncheckedTag = "!unchecked"

// decodeNode decodes n into v, which must be settable. what names the value
// in errors ("household.Members[0].BirthDate").
func decodeNode(n *yaml.Node, v reflect.Value, what string) error {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return fmt.Errorf("line %d: %s has no value; leave it out instead", n.Line, what)
	}
	if n.Kind == yaml.ScalarNode && n.Tag == uncheckedTag {
		if v.Kind() != reflect.String {
			return fmt.Errorf("line %d: %s: %s applies to a text value only", n.Line, what, uncheckedTag)
		}
		v.SetString(n.Value)
		return nil
	}
	if v.Kind() != reflect.Pointer && reflect.PointerTo(v.Type()).Implements(textUnmarshaler) {
		if n.Kind != yaml.ScalarNode {
			return fmt.Errorf("line %d: %s must be a single value", n.Line, what)
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			return fmt.Errorf("line %d: %s: %v", n.Line, what, err)
		}
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if err := decodeNode(n, p.Elem(), what); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.Struct:
		return decodeStruct(n, v, what)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return fmt.Errorf("line %d: %s must be a list", n.Line, what)
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, x := range n.Content {
			if err := decodeNode(x, s.Index(i), fmt.Sprintf("%s[%d]", what, i)); err != nil {
				return err
			}
		}
		v.Set(s)
		return nil
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return fmt.Errorf("line %d: %s must be a mapping", n.Line, what)
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := reflect.New(v.Type().Key()).Elem()
			if err := decodeNode(n.Content[i], k, what+" key"); err != nil {
				return err
			}
			if m.MapIndex(k).IsValid() {
				return fmt.Errorf("line %d: %s: key %s given twice", n.Content[i].Line, what, n.Content[i].Value)
			}
			x := reflect.New(v.Type().Elem()).Elem()
			if err := decodeNode(n.Content[i+1], x, fmt.Sprintf("%s[%s]", what, n.Content[i].Value)); err != nil {
				return err
			}
			m.SetMapIndex(k, x)
		}
		v.Set(m)
		return nil
	}
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: %s must be a single value", n.Line, what)
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(n.Value)
	case reflect.Bool:
		if n.ShortTag() != "!!bool" {
			return fmt.Errorf("line %d: %s must be true or false, not %q", n.Line, what, n.Value)
		}
		b, _ := strconv.ParseBool(strings.ToLower(n.Value))
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(n.Value, 10, v.Type().Bits())
		if err != nil || n.ShortTag() != "!!int" {
			return fmt.Errorf("line %d: %s must be a whole number, not %q", n.Line, what, n.Value)
		}
		v.SetInt(i)
	default:
		return fmt.Errorf("line %d: %s: a case cannot give a value of Go type %s", n.Line, what, v.Type())
	}
	return nil
}

// decodeStruct decodes a mapping into a struct by Go field names, the
// fields of embedded structs included.
func decodeStruct(n *yaml.Node, v reflect.Value, what string) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: %s must be a mapping of field names to values", n.Line, what)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		f, ok := exportedField(v, k.Value)
		if !ok {
			return fmt.Errorf("line %d: %s has no field %q; the fields are: %s", k.Line, what, k.Value, strings.Join(fieldNames(v.Type()), ", "))
		}
		if seen[k.Value] {
			return fmt.Errorf("line %d: %s: field %s given twice", k.Line, what, k.Value)
		}
		seen[k.Value] = true
		if err := decodeNode(n.Content[i+1], f, what+"."+k.Value); err != nil {
			return err
		}
	}
	return nil
}

// exportedField returns the exported field of the struct v with the
// given name, looking into embedded structs as Go's selectors do.
func exportedField(v reflect.Value, name string) (reflect.Value, bool) {
	sf, ok := v.Type().FieldByName(name)
	if !ok || !sf.IsExported() {
		return reflect.Value{}, false
	}
	return v.FieldByIndex(sf.Index), true
}

// fieldNames lists the exported fields a mapping may give, embedded
// structs' fields in place of the embedded field.
func fieldNames(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		switch {
		case !f.IsExported():
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			out = append(out, fieldNames(f.Type)...)
		default:
			out = append(out, f.Name)
		}
	}
	return out
}
