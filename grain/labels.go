package grain

import (
	"github.com/wzpolicy/wzpolicy/internal/places"
)

// English labels of the document's enumerated values, shown by English
// explanations in place of the Chinese word (see rules.ChoiceInput). Each
// English method returns "" for a value that is not one of its type's.

// English returns the level's English label.
func (l Level) English() string {
	switch l {
	case ParticularlySerious:
		return "particularly serious"
	case Serious:
		return "serious"
	case RelativelySerious:
		return "relatively serious"
	case General:
		return "general"
	}
	return ""
}

// English returns the extent's English label.
func (e Extent) English() string {
	switch e {
	case WholeProvince:
		return "the whole province"
	case LargePartOfProvince:
		return "a large part of the province"
	case CapitalAndCities:
		return "the provincial capital and other large and medium cities"
	case WithinWenzhou:
		return "within Wenzhou"
	}
	return ""
}

// English returns the judgement's English label.
func (j Judgement) English() string {
	switch j {
	case NotJudged:
		return "no decision"
	case JudgedNational:
		return "national level"
	case JudgedProvincial:
		return "provincial level"
	case JudgedCity:
		return "city level"
	case JudgedCounty:
		return "county level"
	}
	return ""
}

// English returns the locality's English name, "" for a value that is
// not one of Localities().
func (l Locality) English() string {
	return places.Of(l, Localities())
}

// English returns the cause's English label.
func (c Cause) English() string {
	switch c {
	case NaturalDisaster:
		return "severe natural disaster"
	case PublicHealthEvent:
		return "public health emergency"
	case OtherCause:
		return "other cause"
	}
	return ""
}

// English returns the grade's English label.
func (g Grade) English() string {
	switch g {
	case GradeI:
		return "grade I"
	case GradeII:
		return "grade II"
	case GradeIII:
		return "grade III"
	case GradeIV:
		return "grade IV"
	}
	return ""
}
