package roads

import (
	"github.com/wzpolicy/wzpolicy/internal/places"
	"github.com/wzpolicy/wzpolicy/rules"
)

// English labels of the document's enumerated values, shown by English
// explanations in place of the Chinese word (see rules.ChoiceInput). Each
// English method returns "" for a value that is not one of its type's.

// English returns the locality's English name, "" for a value that is
// not one of Localities().
func (l Locality) English() string {
	return places.Of(l, Localities())
}

// English returns the road class's English label.
func (c RoadClass) English() string {
	switch c {
	case CountyRoad:
		return "county road"
	case TownshipRoad:
		return "township road"
	case VillageRoad:
		return "village road"
	}
	return ""
}

// wordLabels labels the words the subsidy rules read from their tables:
// the subsidy groups of the localities and the road classes of the keys.
func wordLabels() []rules.Text {
	return append([]rules.Text{
		rules.T(groupDistricts, "four districts"),
		rules.T(groupCounties, "five mountain counties"),
		rules.T(groupOther, "other"),
	}, rules.Choices(CountyRoad, TownshipRoad, VillageRoad)...)
}
