package relief

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

// English returns the kind of entity's English label.
func (e EntityType) English() string {
	switch e {
	case Enterprise:
		return "enterprise"
	case IndividualBusiness:
		return "individual business"
	case PublicInstitution:
		return "administrative or public institution"
	}
	return ""
}

// English returns the size class's English label.
func (s Size) English() string {
	switch s {
	case Large:
		return "large"
	case Medium:
		return "medium"
	case Small:
		return "small"
	case Micro:
		return "micro"
	}
	return ""
}

// English returns the industry's English label.
func (i Industry) English() string {
	switch i {
	case Agriculture:
		return "agriculture, forestry, animal husbandry and fishery"
	case Mining:
		return "mining"
	case Manufacturing:
		return "manufacturing"
	case Utilities:
		return "production and supply of electricity, heat, gas and water"
	case Construction:
		return "construction"
	case Wholesale:
		return "wholesale"
	case Retail:
		return "retail"
	case Transport:
		return "transport, storage and postal services"
	case Lodging:
		return "accommodation"
	case Catering:
		return "catering"
	case Software:
		return "software and information technology services"
	case RealEstate:
		return "real estate"
	case PropertyService:
		return "property management services"
	case Leasing:
		return "leasing and business services"
	case Exhibitions:
		return "exhibition industry"
	case ExhibitionFirm:
		return "exhibition organiser"
	case Research:
		return "scientific research and technical services"
	case Ecology:
		return "ecological protection and environmental management"
	case TravelAgency:
		return "travel agency"
	case OtherTourism:
		return "other tourism"
	case Culture:
		return "culture, sports and entertainment"
	case Bookshop:
		return "physical bookstore"
	case Cinema:
		return "cinema"
	case OtherServices:
		return "other services"
	}
	return ""
}

// English returns the ownership's English label.
func (o Ownership) English() string {
	switch o {
	case NonState:
		return "non-state-owned"
	case StateOwned:
		return "state-owned"
	case StateControlled:
		return "state-controlled"
	}
	return ""
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

// English returns the landlord's English label.
func (l Landlord) English() string {
	switch l {
	case CitySOE:
		return "city-owned state enterprise"
	case DistrictSOE:
		return "district-owned state enterprise"
	case CityInstitution:
		return "city administrative or public institution"
	case DistrictInstitution:
		return "district administrative or public institution"
	case OtherStateLandlord:
		return "other state-owned entity"
	case NonStateLandlord:
		return "non-state entity or individual"
	case OwnPremises:
		return "own premises"
	}
	return ""
}

// English returns the tax's English label.
func (k TaxKind) English() string {
	switch k {
	case ResourceTax:
		return "resource tax"
	case UrbanMaintenanceTax:
		return "urban maintenance and construction tax"
	case PropertyTax:
		return "property tax"
	case LandUseTax:
		return "urban land use tax"
	case StampDuty:
		return "stamp duty"
	case SecuritiesStampDuty:
		return "stamp duty on securities transactions"
	case FarmlandOccupation:
		return "farmland occupation tax"
	case EducationSurcharge:
		return "education surcharge"
	case LocalEducationSurcharge:
		return "local education surcharge"
	}
	return ""
}

// English returns the life's English label.
func (l DepreciationLife) English() string {
	switch l {
	case Life3:
		return "3 years"
	case Life4:
		return "4 years"
	case Life5:
		return "5 years"
	case Life10:
		return "10 years"
	}
	return ""
}

// English returns the kind of taxpayer's English label.
func (k VATTaxpayer) English() string {
	switch k {
	case ProductiveService:
		return "productive services"
	case LifestyleService:
		return "lifestyle services"
	case PublicTransport:
		return "public transport services"
	case AirRailBranch:
		return "branch of an air or rail transport enterprise"
	case OtherTaxpayer:
		return "other taxpayer"
	}
	return ""
}

// English returns the service's English label.
func (s InspectionService) English() string {
	switch s {
	case CateringEquipmentInspection:
		return "inspection and testing of special equipment of catering and accommodation firms"
	case EquipmentManufacturingSupervision:
		return "supervisory inspection of special equipment manufacturing"
	case CraneBoilerInstallation:
		return "supervisory inspection of crane and boiler installation"
	case CraneBoilerPeriodic:
		return "periodic inspection of cranes and boilers"
	case ProductTesting:
		return "product testing of clothing, children's furniture, educational toys and similar firms"
	case ResidentialLiftPeriodic:
		return "periodic inspection of residential lifts"
	case LeadingFirmCalibration:
		return "metrological calibration and testing for leading and high-growth firms"
	case KeyInstrumentCalibration:
		return "the ten key measuring instruments of the \"5+5\" industries"
	case EpidemicInstrumentCalibration:
		return "calibration and verification of epidemic-control measuring instruments"
	}
	return ""
}

// English returns the vehicle's English label.
func (v Vehicle) English() string {
	switch v {
	case ContainerTruck:
		return "dedicated international standard container vehicle"
	case FreightVehicle:
		return "freight vehicle"
	}
	return ""
}

// English returns the kind of consumer's English label.
func (k ConsumerKind) English() string {
	switch k {
	case UnitConsumer:
		return "unit"
	case PersonConsumer:
		return "individual"
	}
	return ""
}

// English returns the period's English label.
func (p TaxPeriod) English() string {
	switch p {
	case TaxPeriod2021Q4:
		return "fourth quarter of 2021"
	case TaxPeriod2022Q1:
		return "first quarter of 2022"
	case TaxPeriod2022Q2:
		return "second quarter of 2022"
	}
	return ""
}

// English returns the product line's English label.
func (p ProductLine) English() string {
	switch p {
	case Clothing:
		return "clothing"
	case ChildrenFurniture:
		return "children's furniture"
	case Toys:
		return "educational toys"
	case OtherProducts:
		return "other"
	}
	return ""
}
