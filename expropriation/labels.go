package expropriation

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
	case Oujiangkou:
		return "Oujiangkou Industrial Cluster"
	case Zhenan:
		return "Zhenan Industrial Cluster"
	}
	return ""
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
