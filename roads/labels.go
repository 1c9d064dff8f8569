package roads

import "github.com/wzpolicy/wzpolicy/rules"

// English labels of the document's enumerated values, shown by English
// explanations in place of the Chinese word (see rules.ChoiceInput). Each
// English method returns "" for a value that is not one of its type's.

// English returns the locality's English name.
func (l Locality) English() string {
	switch l {
	case Lucheng:
		return "Lucheng District"
	case Longwan:
		return "Longwan District"
	case Ouhai:
		return "Ouhai District"
	case Dongtou:
		return "Dongtou District"
	case Yongjia:
		return "Yongjia County"
	case Pingyang:
		return "Pingyang County"
	case Cangnan:
		return "Cangnan County"
	case Wencheng:
		return "Wencheng County"
	case Taishun:
		return "Taishun County"
	case Ruian:
		return "Rui'an City"
	case Yueqing:
		return "Yueqing City"
	case Longgang:
		return "Longgang City"
	}
	return ""
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
