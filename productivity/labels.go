package productivity

import (
	"github.com/wzpolicy/wzpolicy/internal/firmterms"
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

// English returns the class's English label, "" for a value that is not
// one of MujunClasses().
func (c MujunClass) English() string {
	return firmterms.Of(c, MujunClasses())
}

// English returns the credit status's English label, "" for a value that is not
// one of CreditStatuses().
func (c CreditStatus) English() string {
	return firmterms.Of(c, CreditStatuses())
}

// English returns the honour's English label.
func (h Honour) English() string {
	switch h {
	case FortuneGlobal500:
		return "Fortune Global 500"
	case ChinaTop500:
		return "China Top 500 Enterprises"
	case ChinaManufacturingTop500:
		return "China Top 500 Manufacturing Enterprises"
	case ChinaPrivateTop500:
		return "China Top 500 Private Enterprises"
	case ZhejiangTop100:
		return "Zhejiang Top 100 Enterprises"
	case ZhejiangManufacturingTop100:
		return "Zhejiang Top 100 Manufacturing Enterprises"
	case ZhejiangPrivateTop100:
		return "Zhejiang Top 100 Private Enterprises"
	case CityLeadingEnterprise:
		return "city-level leading enterprise"
	}
	return ""
}

// English returns the recognition's English label.
func (r Recognition) English() string {
	switch r {
	case FirstListing:
		return "first listing"
	case Recertified:
		return "re-certification"
	}
	return ""
}

// English returns the trend's English label.
func (t Trend) English() string {
	switch t {
	case Grew:
		return "grew"
	case DidNotGrow:
		return "did not grow"
	case TrendNotGiven:
		return "not given"
	}
	return ""
}

// English returns the status's English label.
func (s TierStatus) English() string {
	switch s {
	case TierKept:
		return "kept"
	case TierLost:
		return "not kept"
	case TierUnknown:
		return "not yet known"
	}
	return ""
}

// English returns the status's English label.
func (s InstalmentStatus) English() string {
	switch s {
	case InstalmentDue:
		return "payable"
	case InstalmentPending:
		return "to be confirmed"
	case InstalmentForfeited:
		return "not awarded"
	}
	return ""
}
