package main

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The facts of an assessment (welfare.Household, relief.Profile and the
// caller's tables) are Go structs, read from JSON by their Go field names
// (wzpolicy.DecodeCase). Their schemas are generated from the types by
// reflection, so that a field added to a struct is in the document at the
// next start, as a rule's input is.

var (
	decimalType = reflect.TypeFor[decimal.Decimal]()
	dateType    = reflect.TypeFor[rules.Date]()
	rateType    = reflect.TypeFor[rules.Rate]()
	textUnmarsh = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarsh = reflect.TypeFor[json.Unmarshaler]()
)

// enumLists are the lists of the documents' words the facts' types hold
// (a locality, a way of support, an industry): each package's own list of
// its type's values. A type of words not listed here is a string without
// an enum in the document (TestFactsWordsListed names it).
var enumLists = []any{
	welfare.AssistanceStatuses(),
	welfare.CareModes(),
	welfare.ChildCategories(),
	welfare.DisabilityKinds(),
	welfare.EmployerKinds(),
	welfare.FamilyPlanningCategories(),
	welfare.HukouOrigins(),
	welfare.IncomeKinds(),
	welfare.IncomeTreatments(),
	welfare.InsuranceSchemes(),
	welfare.KeyGroups(),
	welfare.LoanKinds(),
	welfare.Localities(),
	welfare.MigrantOrigins(),
	welfare.Occupations(),
	welfare.OutpatientKinds(),
	welfare.PriorityCategories(),
	welfare.RenovationProjects(),
	welfare.RiskClasses(),
	welfare.SelfCares(),
	welfare.SocialAssistanceKinds(),
	welfare.SpecialDiseases(),
	welfare.StudyGrantSchemes(),
	welfare.StudyLevels(),
	welfare.TekunSupports(),
	welfare.VisitKinds(),
	relief.ConsumerKinds(),
	relief.CreditStatuses(),
	relief.DepreciationLives(),
	relief.EntityTypes(),
	relief.Industries(),
	relief.InspectionServices(),
	relief.Landlords(),
	relief.Localities(),
	relief.MujunClasses(),
	relief.Ownerships(),
	relief.ProductLines(),
	relief.Sizes(),
	relief.TaxKinds(),
	relief.TaxPeriods(),
	relief.VATTaxpayers(),
	relief.Vehicles(),
}

// enums are the values of each type of words, by type; "" among them when
// the type reads it (a fact not given).
var enums = sync.OnceValue(func() map[reflect.Type][]string {
	out := map[reflect.Type][]string{}
	for _, list := range enumLists {
		v := reflect.ValueOf(list)
		t := v.Type().Elem()
		var words []string
		if u, ok := reflect.New(t).Interface().(encoding.TextUnmarshaler); ok && u.UnmarshalText(nil) == nil {
			words = append(words, "")
		}
		for i := range v.Len() {
			words = append(words, v.Index(i).String())
		}
		out[t] = words
	}
	return out
})

// factsSchemas are the schemas of the facts and tables an assessment
// takes, by component name.
func factsSchemas() obj {
	return obj{
		"Household":      goSchema(reflect.TypeFor[welfare.Household](), 0),
		"LocalStandards": goSchema(reflect.TypeFor[welfare.LocalStandards](), 0),
		"Profile":        goSchema(reflect.TypeFor[relief.Profile](), 0),
		"TierTable":      goSchema(reflect.TypeFor[relief.TierTable](), 0),
	}
}

// goSchema is the JSON Schema of what encoding/json reads into a value of
// type t: an object of the exported fields for a struct (no other key), a
// list for a slice, an object for a map; a decimal as a JSON number or a
// string holding one, a date as YYYY-MM-DD; a type with its own text form
// (an enum of the documents' words, a rate "15%") as a string; null for a
// pointer, a slice or a map, which encoding/json reads as nil, and for a
// date or an enum, which is then not given (as encoding/json writes their
// zero value). Go's type is named in x-go-type.
func goSchema(t reflect.Type, depth int) obj {
	if depth > 12 { // the facts are a few levels deep; a cycle is a defect
		return obj{}
	}
	switch t {
	case decimalType:
		return obj{"type": []string{"number", "string"}, "pattern": decimalPattern, "x-go-type": "decimal.Decimal"}
	case dateType:
		return obj{"type": []string{"string", "null"}, "format": "date", "pattern": datePattern, "x-go-type": "rules.Date"}
	case rateType:
		return obj{"type": []string{"string", "null"}, "pattern": `^(-?[0-9]+(\.[0-9]+)?%)?$`, "x-go-type": "rules.Rate",
			"description": `a percentage with its sign, "15%"; "" or null when not given`}
	}
	named := obj{}
	if t.Name() != "" && t.PkgPath() != "" {
		named["x-go-type"] = t.String()
	}
	if t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(textUnmarsh) || reflect.PointerTo(t).Implements(jsonUnmarsh)) {
		if t.Kind() == reflect.String {
			named["type"] = []string{"string", "null"}
			if words, ok := enums()[t]; ok {
				vals := make([]any, 0, len(words)+1)
				for _, w := range words {
					vals = append(vals, w)
				}
				named["enum"] = append(vals, nil) // null: not given
			}
		}
		return named
	}
	switch t.Kind() {
	case reflect.Pointer: // null reads as nil
		s := goSchema(t.Elem(), depth+1)
		return obj{"anyOf": []any{s, obj{"type": "null"}}}
	case reflect.String:
		named["type"] = "string"
	case reflect.Bool:
		named["type"] = "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		named["type"] = "integer"
	case reflect.Float32, reflect.Float64:
		named["type"] = "number"
	case reflect.Slice: // null reads as nil
		named["type"] = []string{"array", "null"}
		named["items"] = goSchema(t.Elem(), depth+1)
	case reflect.Array:
		named["type"] = "array"
		named["items"] = goSchema(t.Elem(), depth+1)
	case reflect.Map: // null reads as nil
		named["type"] = []string{"object", "null"}
		if words, ok := enums()[t.Key()]; ok {
			named["propertyNames"] = obj{"enum": words}
		}
		named["additionalProperties"] = goSchema(t.Elem(), depth+1)
	case reflect.Struct:
		props := obj{}
		addFields(t, props, depth)
		named["type"] = "object"
		named["properties"] = props
		named["additionalProperties"] = false
	}
	return named
}

// addFields adds a struct's exported fields, an embedded struct's as its
// own, under the names encoding/json reads them by.
func addFields(t reflect.Type, props obj, depth int) {
	for f := range t.Fields() {
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("json"); ok {
			n, _, _ := strings.Cut(tag, ",")
			if n == "-" {
				continue
			}
			if n != "" {
				name = n
			}
		}
		ft := f.Type
		if f.Anonymous && f.Tag.Get("json") == "" {
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				addFields(ft, props, depth+1)
				continue
			}
		}
		props[name] = goSchema(ft, depth+1)
	}
}
