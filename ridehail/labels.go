package ridehail

// English labels of the document's enumerated values, shown by English
// explanations in place of the Chinese word (see rules.ChoiceInput). Each
// English method returns "" for a value that is not one of its type's.

// English returns the vehicle type's English label.
func (v VehicleType) English() string {
	switch v {
	case PassengerCar:
		return "passenger car"
	case MicroVan:
		return "micro van"
	case NotPassengerCar:
		return "not a passenger car"
	}
	return ""
}

// English returns the obligation's English label.
func (o Obligation) English() string {
	switch o {
	case PublicSecurityFiling:
		return "filing with the public security authority"
	case StopReport:
		return "report on suspending or terminating operations"
	case FareRuleNotice:
		return "announcement of a change to the fare rules"
	case DataRetention:
		return "retention of data"
	}
	return ""
}

// English returns the disposition's English label.
func (d Disposition) English() string {
	switch d {
	case Scrap:
		return "compulsory scrapping"
	case Leave:
		return "withdrawal from ride-hailing operation"
	case Continue:
		return "continued operation"
	}
	return ""
}

// English returns the bound's English label.
func (b Bound) English() string {
	switch b {
	case NoLaterThan:
		return "no later than"
	case NoEarlierThan:
		return "no earlier than"
	}
	return ""
}

// English returns the record's English label.
func (r Record) English() string {
	switch r {
	case NoRecord:
		return "no record"
	case HasRecord:
		return "has a record"
	}
	return ""
}

// English returns the review's English label.
func (r Review) English() string {
	switch r {
	case ReviewPassed:
		return "meets the conditions"
	case ReviewFailed:
		return "does not meet the conditions"
	}
	return ""
}
