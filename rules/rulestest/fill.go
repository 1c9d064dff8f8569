package rulestest

import (
	"encoding/binary"
	"reflect"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Fill sets the value v points to — a domain's case struct, such as a
// household or a firm's profile — from the bytes of a fuzz input, so that a
// fuzz target reaches the typed functions with arbitrary struct values:
// booleans, counts from zero to the extremes of int, decimals from zero to
// beyond the engine's limits, dates from the zero Date to year 9999,
// absent and present pointers, short lists and maps. Texts are taken from
// texts (a domain's enum values, so that cases get past validation) or
// from the bytes themselves. The same bytes always give the same value.
func Fill(data []byte, v any, texts []string) {
	f := &filler{data: data, texts: texts}
	f.fill(reflect.ValueOf(v).Elem(), 0)
}

type filler struct {
	data  []byte
	texts []string
}

func (f *filler) byte() byte {
	if len(f.data) == 0 {
		return 0
	}
	b := f.data[0]
	f.data = f.data[1:]
	return b
}

func (f *filler) uint64() uint64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = f.byte()
	}
	return binary.LittleEndian.Uint64(buf[:])
}

var (
	decimalType  = reflect.TypeFor[decimal.Decimal]()
	dateType     = reflect.TypeFor[rules.Date]()
	dateTimeType = reflect.TypeFor[rules.DateTime]()
	rateType     = reflect.TypeFor[rules.Rate]()
)

func (f *filler) fill(v reflect.Value, depth int) {
	switch v.Type() {
	case decimalType:
		v.Set(reflect.ValueOf(f.decimal()))
		return
	case dateType:
		v.Set(reflect.ValueOf(f.date()))
		return
	case dateTimeType:
		d := f.date()
		t, err := rules.NewDateTime(d, int(f.byte()%24), int(f.byte()%60), 0)
		if err != nil {
			t = rules.DateTime{}
		}
		v.Set(reflect.ValueOf(t))
		return
	case rateType:
		// Not given, a percentage of 0–255% to a tenth, or any decimal
		// as a fraction.
		var r rules.Rate
		switch b := f.byte(); {
		case b < 24:
		case b < 200:
			r = rules.PctOf(decimal.New(int64(f.byte()), -int32(f.byte()%2)))
		default:
			r = rules.FractionRate(f.decimal())
		}
		v.Set(reflect.ValueOf(r))
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(f.byte()&1 == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		switch b := f.byte(); {
		case b < 200:
			v.SetInt(int64(b % 40))
		case b < 230:
			v.SetInt(-int64(b % 10))
		default:
			if x := int64(f.uint64()); !v.OverflowInt(x) {
				v.SetInt(x)
			}
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if b := f.byte(); b < 230 {
			v.SetUint(uint64(b % 40))
		} else if x := f.uint64(); !v.OverflowUint(x) {
			v.SetUint(x)
		}
	case reflect.String:
		b := f.byte()
		switch {
		case b < 32:
			v.SetString("")
		case len(f.texts) > 0 && b < 240:
			v.SetString(f.texts[int(f.byte())%len(f.texts)])
		default:
			n := int(f.byte() % 16)
			s := make([]byte, 0, n)
			for range n {
				s = append(s, f.byte())
			}
			v.SetString(string(s))
		}
	case reflect.Pointer:
		if depth > 6 || f.byte()&1 == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		f.fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				f.fill(v.Field(i), depth+1)
			}
		}
	case reflect.Slice:
		if depth > 6 {
			return
		}
		n := int(f.byte() % 4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			f.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Map:
		if depth > 6 {
			return
		}
		n := int(f.byte() % 3)
		m := reflect.MakeMapWithSize(v.Type(), n)
		for range n {
			k := reflect.New(v.Type().Key()).Elem()
			x := reflect.New(v.Type().Elem()).Elem()
			f.fill(k, depth+1)
			f.fill(x, depth+1)
			m.SetMapIndex(k, x)
		}
		v.Set(m)
	}
}

// decimal returns mostly ordinary amounts, and sometimes numbers at and
// beyond the engine's limits.
func (f *filler) decimal() decimal.Decimal {
	switch b := f.byte(); {
	case b < 16:
		return decimal.Decimal{}
	case b < 160:
		return decimal.New(int64(f.byte())<<8|int64(f.byte()), -int32(f.byte()%3))
	case b < 200:
		return decimal.New(-int64(f.byte()), 0)
	case b < 240:
		return decimal.New(int64(f.uint64()>>1), int32(int8(f.byte())))
	default:
		return decimal.New(1+int64(f.byte()), int32(f.uint64()))
	}
}

// date returns mostly dates around the documents' years, and sometimes the
// zero Date or dates far outside.
func (f *filler) date() rules.Date {
	switch b := f.byte(); {
	case b < 16:
		return rules.Date{}
	case b < 230:
		days := int(f.byte())<<8 | int(f.byte()) // 1900-01-01 to 2079-06-06
		return rules.DateOf(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days))
	default:
		d, err := rules.NewDate(1+int(f.uint64()%9999), time.Month(1+f.byte()%12), 1+int(f.byte()%28))
		if err != nil {
			return rules.Date{}
		}
		return d
	}
}
