package expropriation

import (
	"github.com/wzpolicy/wzpolicy/internal/places"
)

// English labels of the document's enumerated values, shown by English
// explanations in place of the Chinese word (see rules.ChoiceInput). Each
// English method returns "" for a value that is not one of its type's.

// English returns the locality's English name, "" for a value that is
// not one of Localities().
func (l Locality) English() string {
	return places.Of(l, Localities())
}

// English returns the use's English label.
func (u Use) English() string {
	switch u {
	case Residential:
		return "residential premises"
	case Office:
		return "office premises"
	case Industrial:
		return "industrial premises"
	case Storage:
		return "storage premises"
	case Business:
		return "business premises"
	case OtherUse:
		return "other premises"
	}
	return ""
}
