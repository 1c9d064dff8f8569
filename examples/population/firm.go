package population

import (
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

// This file draws a firm and the claims it makes of 温政发〔2022〕7号: the
// firm by its kind, size and industry, then each measure's claims by the
// kinds of firm the measure names, with the dated facts in the measure's
// window (or as near to it as the assessment date allows). Every share is
// made up (see the package doc).

// fb is the state of drawing one firm.
type fb struct {
	s  source
	on rules.Date
}

// Firm returns firm i of a synthetic population of market entities with
// the claims each makes of the relief measures, for
// [relief.Evaluator.Assess] (with [Tiers] for measure 13): the same
// (cfg, i) always gives the same firm. The dated facts (a sale, a payment,
// a purchase, an event stopped) fall in their measure's window in 2022 and
// never after cfg.On; when cfg.On is before a window, the fact is dated in
// the weeks before cfg.On, outside it. It panics if i is negative or
// cfg.On is the zero Date.
func Firm(cfg Config, i int) relief.Profile {
	if i < 0 {
		panic("population: Firm with a negative index")
	}
	if cfg.On.IsZero() {
		panic("population: Config.On is the zero Date")
	}
	b := fb{s: newSource(cfg.Seed, streamFirm, i), on: cfg.On}
	return b.profile()
}

var (
	entities = []weighted[relief.EntityType]{{70, relief.Enterprise}, {29, relief.IndividualBusiness}, {1, relief.PublicInstitution}}
	sizes    = []weighted[relief.Size]{{62, relief.Micro}, {27, relief.Small}, {8, relief.Medium}, {3, relief.Large}}
	// industries: the kinds of firm the measures name are given weights
	// large enough for 2,000 firms to hold some of each.
	industries = []weighted[relief.Industry]{
		{3, relief.Agriculture}, {0.3, relief.Mining}, {18, relief.Manufacturing}, {0.5, relief.Utilities}, {4, relief.Construction},
		{13, relief.Wholesale}, {19, relief.Retail}, {5, relief.Transport}, {2, relief.Lodging}, {9, relief.Catering},
		{3, relief.Software}, {1.5, relief.RealEstate}, {1.5, relief.PropertyService}, {7, relief.Leasing}, {0.5, relief.Exhibitions},
		{1.5, relief.ExhibitionFirm}, {2, relief.Research}, {0.4, relief.Ecology}, {1, relief.TravelAgency}, {0.6, relief.OtherTourism},
		{1.5, relief.Culture}, {0.8, relief.Bookshop}, {0.5, relief.Cinema}, {4, relief.OtherServices}}
	mujunIndustrial = []weighted[relief.MujunClass]{{20, relief.MujunA}, {40, relief.MujunB}, {25, relief.MujunC}, {5, relief.MujunD}, {10, relief.MujunUnrated}}
	taxKinds        = []weighted[relief.TaxKind]{{10, relief.UrbanMaintenanceTax}, {10, relief.EducationSurcharge}, {10, relief.LocalEducationSurcharge},
		{8, relief.StampDuty}, {5, relief.PropertyTax}, {5, relief.LandUseTax}, {1, relief.ResourceTax}, {1, relief.FarmlandOccupation},
		{0.5, relief.SecuritiesStampDuty}}
	factoryInspections = []weighted[relief.InspectionService]{{20, relief.EquipmentManufacturingSupervision}, {15, relief.CraneBoilerInstallation},
		{15, relief.CraneBoilerPeriodic}, {30, relief.ProductTesting}, {10, relief.LeadingFirmCalibration}, {10, relief.KeyInstrumentCalibration}}
	productLines = []weighted[relief.ProductLine]{{25, relief.Clothing}, {10, relief.ChildrenFurniture}, {10, relief.Toys}, {55, relief.OtherProducts}}
	lives        = []weighted[relief.DepreciationLife]{{30, relief.Life3}, {20, relief.Life4}, {30, relief.Life5}, {20, relief.Life10}}
	landlords    = []weighted[relief.Landlord]{{25, relief.CitySOE}, {25, relief.DistrictSOE}, {10, relief.CityInstitution},
		{10, relief.DistrictInstitution}, {10, relief.OtherStateLandlord}, {20, relief.NonStateLandlord}}
)

func (b *fb) profile() relief.Profile {
	s := &b.s
	f := relief.Firm{Entity: pick(s, entities), Industry: pick(s, industries), Ownership: relief.NonState,
		Mujun: relief.MujunUnrated, Credit: relief.CreditNormal}
	switch f.Entity {
	case relief.Enterprise:
		f.Size = pick(s, sizes)
		f.IndependentLegalPerson = s.chance(0.95)
		switch u := s.float(); {
		case u < 0.02:
			f.Ownership = relief.StateOwned
		case u < 0.04:
			f.Ownership = relief.StateControlled
		}
	case relief.IndividualBusiness:
		f.Size = relief.Micro
	default:
		f.Size, f.Ownership = relief.Medium, relief.StateOwned
	}
	if industrial(f.Industry) && f.Entity == relief.Enterprise {
		f.Mujun = pick(s, mujunIndustrial)
	} else if s.chance(0.1) {
		f.Mujun = relief.MujunB
	}
	if s.chance(0.01) {
		f.Credit = relief.SeriouslyDishonest
	}
	f.Registration = b.locality()
	f.FiscalRevenue = f.Registration
	if s.chance(0.05) {
		f.FiscalRevenue = b.locality()
	}
	switch f.Size {
	case relief.Micro:
		f.SmallScaleTaxpayer = s.chance(0.8)
	case relief.Small:
		f.SmallScaleTaxpayer = s.chance(0.4)
	case relief.Medium:
		f.SmallScaleTaxpayer = s.chance(0.05)
	}
	f.SmallLowProfit = f.Entity == relief.Enterprise && (f.Size == relief.Micro || f.Size == relief.Small) && s.chance(0.55)
	tech := 0.01
	switch f.Industry {
	case relief.Manufacturing, relief.Software, relief.Research:
		tech = 0.15
	}
	f.TechSME = f.Entity == relief.Enterprise && f.Size != relief.Large && s.chance(tech)

	p := relief.Profile{Firm: f}
	b.taxes(&p)
	b.fees(&p)
	b.services(&p)
	return p
}

// locality draws a firm's registration: by the population of the bulletin,
// and outside Wenzhou for 2%.
func (b *fb) locality() relief.Locality {
	if b.s.chance(0.02) {
		return relief.OutsideWenzhou
	}
	i := placeIndex(&b.s)
	if i < 0 {
		i = 0 // 市外 is drawn above for firms
	}
	return relief.Locality(places[i].loc)
}

func industrial(in relief.Industry) bool {
	return in == relief.Manufacturing || in == relief.Mining || in == relief.Utilities
}

// serviceSector reports whether the industry is a service one (measure 6
// and 11: not agriculture, industry or construction).
func serviceSector(in relief.Industry) bool {
	switch in {
	case relief.Agriculture, relief.Mining, relief.Manufacturing, relief.Utilities, relief.Construction:
		return false
	}
	return true
}

// day draws a day in [from, to] not after the assessment date; when the
// assessment date is before from, a day in the 60 days before it.
func (b *fb) day(from, to rules.Date) rules.Date {
	if to.After(b.on) {
		to = b.on
	}
	if to.Before(from) {
		return b.s.dayBetween(b.on.AddDays(-60), b.on)
	}
	return b.s.dayBetween(from, to)
}

// year2022 is the year of a spending or of counts: 2022, or the
// assessment's year when it is earlier (a year that has begun).
func (b *fb) year2022() int { return min(2022, b.on.Year()) }

func date(y int, m time.Month, d int) rules.Date { return rules.MustDate(y, m, d) }

// money draws an amount in [lo, hi] yuan, in steps of step.
func (b *fb) money(lo, hi, step int) decimal.Decimal {
	return decimal.New(int64(b.s.between(lo/step, hi/step)*step), 0)
}

func ratePct(p int64) rules.Rate { return rules.PctOf(decimal.New(p, 0)) }

// taxes draws the claims of the tax measures (一、2 to 一、6).
func (b *fb) taxes(p *relief.Profile) {
	s := &b.s
	f := p.Firm
	// 一、2: a manufacturing SME defers the taxes of each period begun.
	if f.Industry == relief.Manufacturing && f.Size != relief.Large && s.chance(0.7) || s.chance(0.02) {
		p.TaxDeferrals = make([]relief.TaxDeferralClaim, 0, 3)
		type period struct {
			p          relief.TaxPeriod
			start, due rules.Date
		}
		for _, x := range [...]period{
			{relief.TaxPeriod2021Q4, date(2021, 10, 1), date(2022, 4, 15)},
			{relief.TaxPeriod2022Q1, date(2022, 1, 1), date(2022, 4, 20)},
			{relief.TaxPeriod2022Q2, date(2022, 4, 1), date(2022, 7, 15)},
		} {
			if x.start.After(b.on) {
				break
			}
			p.TaxDeferrals = append(p.TaxDeferrals, relief.TaxDeferralClaim{Period: x.p, Amount: b.money(5000, 500000, 100), Due: x.due})
		}
	}
	// 一、3: a small-scale taxpayer's returns.
	if f.SmallScaleTaxpayer && s.chance(0.8) {
		n := s.between(1, 3)
		p.SmallScaleSales = make([]relief.SmallScaleSales, n)
		for k := range p.SmallScaleSales {
			from := date(2022, 4, 1)
			if s.chance(0.1) {
				from = date(2022, 1, 1) // before the window
			}
			p.SmallScaleSales[k] = relief.SmallScaleSales{SoldOn: b.day(from, date(2022, 12, 31)), Sales: b.money(10000, 300000, 100), PrepayBase: decimal.Zero}
			if s.chance(0.1) {
				p.SmallScaleSales[k].PrepayBase = b.money(1000, 50000, 100)
			}
		}
	}
	// 一、4: the six taxes and two fees.
	if s.chance(0.6) {
		n := s.between(1, 3)
		p.LocalTaxes = make([]relief.LocalTax, n)
		for k := range p.LocalTaxes {
			p.LocalTaxes[k] = relief.LocalTax{Kind: pick(s, taxKinds), Amount: b.money(100, 60000, 10)}
		}
	}
	// 一、5: income tax, equipment, R&D.
	if f.SmallLowProfit && s.chance(0.5) {
		x := b.money(50000, 3000000, 1000)
		p.TaxableIncome = &x
	}
	if (industrial(f.Industry) || f.Industry == relief.Transport) && s.chance(0.1) {
		n := s.between(1, 2)
		p.Equipment = make([]relief.Equipment, n)
		for k := range p.Equipment {
			p.Equipment[k] = relief.Equipment{BoughtOn: b.day(date(2022, 1, 1), date(2022, 12, 31)),
				UnitValue: b.money(1000000, 20000000, 10000), Life: pick(s, lives)}
		}
	}
	if f.TechSME && s.chance(0.8) {
		x := b.money(100000, 5000000, 1000)
		p.RDExpense = &x
	}
	// 一、6: input VAT of a tax period of 2022.
	if s.chance(0.3) {
		tp := taxpayerOf(s, f.Industry)
		n := s.between(1, 2)
		p.ServiceVAT = make([]relief.ServiceVAT, n)
		for k := range p.ServiceVAT {
			v := relief.ServiceVAT{Period: b.day(date(2022, 1, 1), date(2022, 12, 31)), Taxpayer: tp, CreditableInput: b.money(1000, 100000, 10)}
			if tp == relief.ProductiveService || tp == relief.LifestyleService {
				x := b.money(0, 200000, 10)
				v.VATPayable = &x
			}
			p.ServiceVAT[k] = v
		}
	}
}

// taxpayerOf is the kind of VAT taxpayer of an industry (一、6).
func taxpayerOf(s *source, in relief.Industry) relief.VATTaxpayer {
	switch in {
	case relief.Transport:
		switch u := s.float(); {
		case u < 0.3:
			return relief.PublicTransport
		case u < 0.35:
			return relief.AirRailBranch
		}
		return relief.ProductiveService
	case relief.Software, relief.Research, relief.Leasing, relief.Ecology, relief.Exhibitions, relief.ExhibitionFirm, relief.PropertyService:
		return relief.ProductiveService
	case relief.Lodging, relief.Catering, relief.Culture, relief.TravelAgency, relief.OtherTourism, relief.Cinema, relief.OtherServices:
		return relief.LifestyleService
	}
	return relief.OtherTaxpayer
}

// fees draws the claims of the fee, rent, epidemic, finance and insurance
// measures (一、9 to 二、18).
func (b *fb) fees(p *relief.Profile) {
	s := &b.s
	f := p.Firm
	// 一、9: a testing or calibration service billed.
	if s.chance(0.08) {
		in := relief.Inspection{ProductLine: relief.OtherProducts, StandardFee: b.money(500, 50000, 10), BureauUnit: new(s.chance(0.8))}
		switch {
		case f.Industry == relief.Catering || f.Industry == relief.Lodging:
			in.Service = relief.CateringEquipmentInspection
		case f.Industry == relief.PropertyService:
			in.Service = relief.ResidentialLiftPeriodic
		case f.Industry == relief.Manufacturing:
			in.Service = pick(s, factoryInspections)
			in.ProductLine = pick(s, productLines)
			if in.Service == relief.LeadingFirmCalibration {
				in.ListedFirm = new(s.chance(0.3))
			}
		default:
			in.Service = relief.EpidemicInstrumentCalibration
		}
		p.Inspections = []relief.Inspection{in}
	}
	// 一、10: union fees paid in the first half of 2022.
	if f.Entity == relief.Enterprise && s.chance(0.4) || s.chance(0.02) {
		n := s.between(1, 2)
		p.UnionFees = make([]relief.UnionFeePayment, n)
		for k := range p.UnionFees {
			p.UnionFees[k] = relief.UnionFeePayment{PaidOn: b.day(date(2022, 1, 1), date(2022, 6, 30)), Amount: b.money(1000, 100000, 10)}
		}
	}
	// 一、11: state-owned premises rented by service firms.
	if serviceSector(f.Industry) && s.chance(0.06) || s.chance(0.01) {
		p.StateLeases = []relief.Lease{{Landlord: pick(s, landlords), MonthlyRent: b.money(2000, 50000, 100), RiskLevelChanged: new(s.chance(0.3))}}
	}
	// 一、13: prevention spending, and the testing of imported goods.
	if s.chance(0.1) {
		p.EpidemicSpending = &relief.EpidemicSpending{Year: b.year2022(), Amount: b.money(5000, 200000, 100)}
	}
	p.ImportedGoodsTesting = industrial(f.Industry) && s.chance(0.03)
	// 一、14 and 一、15: guarantees and bridge loans.
	if s.chance(0.04) {
		p.GuaranteeRate2021 = rules.PctOf(decimal.New(int64(s.between(50, 200)), -2))
	}
	if s.chance(0.03) {
		p.BridgeLoan = &relief.BridgeLoan{Amount: b.money(1000000, 20000000, 100000), Months: decimal.New(int64(s.between(5, 30)), -1)}
	}
	// 二、18: unemployment insurance deferred by catering, retail and
	// tourism firms.
	switch f.Industry {
	case relief.Catering, relief.Retail, relief.TravelAgency, relief.OtherTourism, relief.Bookshop:
		if s.chance(0.3) {
			p.UnemploymentDeferralFrom = b.day(date(2022, 4, 1), date(2022, 6, 30))
		}
	}
}

// services draws the claims of the service-sector measures (二、19 to
// 二、28).
func (b *fb) services(p *relief.Profile) {
	s := &b.s
	f := p.Firm
	switch f.Industry {
	case relief.Wholesale, relief.Retail, relief.Lodging, relief.Catering, relief.Bookshop:
		if s.chance(0.03) {
			p.ConsumptionEvents = []relief.StoppedEvent{{StoppedOn: b.day(date(2022, 1, 1), date(2022, 6, 30)),
				Campaign: new(s.chance(0.8)), StoppedForEpidemic: new(s.chance(0.85)), Spending: b.money(10000, 1500000, 100)}}
		}
	case relief.ExhibitionFirm:
		if s.chance(0.7) {
			p.CancelledExhibitions = []relief.CancelledExhibition{{CancelledOn: b.day(date(2022, 1, 1), date(2022, 6, 30)),
				Organiser: new(s.chance(0.8)), Listed: new(s.chance(0.7)), CancelledForEpidemic: new(s.chance(0.9)), Cost: b.money(50000, 2000000, 1000)}}
		}
		if s.chance(0.5) {
			p.ExhibitionTech = []relief.ExhibitionTech{{InvestedOn: b.day(date(2022, 4, 1), date(2022, 6, 30)),
				OnlineOffline: new(s.chance(0.8)), Investment: b.money(100000, 5000000, 1000)}}
		}
	case relief.TravelAgency:
		if s.chance(0.8) {
			over := s.between(500, 20000)
			p.Visitors = &relief.Visitors{Year: b.year2022(), Overnight: over, Study: s.between(0, min(over, 3000))}
		}
	case relief.Cinema:
		if s.chance(0.95) {
			p.CinemaSeats = s.between(100, 2000)
		}
	case relief.PropertyService:
		if s.chance(0.8) {
			p.Property = &relief.PropertyPortfolio{ManagedArea: b.money(10000, 3000000, 100), ExtraSpending: new(s.chance(0.85))}
		}
	case relief.Transport:
		if s.chance(0.4) {
			n := s.between(1, 3)
			p.HighwayTrips = make([]relief.HighwayTrip, n)
			for k := range p.HighwayTrips {
				t := relief.HighwayTrip{Vehicle: relief.FreightVehicle, LegallyLoaded: new(s.chance(0.95)), Toll: b.money(50, 3000, 1)}
				if s.chance(0.3) {
					t.Vehicle = relief.ContainerTruck
				} else {
					t.ZhejiangETC, t.LocalStateSection = new(s.chance(0.85)), new(s.chance(0.4))
				}
				p.HighwayTrips[k] = t
			}
		}
	}
	if f.Industry == relief.Bookshop && s.chance(0.9) {
		n := s.between(1, 2)
		p.Bookstores = make([]relief.Bookstore, n)
		for k := range p.Bookstores {
			l := relief.NonStateLandlord
			if s.chance(0.2) {
				l = pick(s, landlords)
			}
			p.Bookstores[k] = relief.Bookstore{Landlord: l, BookArea: b.money(50, 2000, 1)}
		}
	}
	// 二、20: a new-energy car bought for an old one.
	if s.chance(0.02) {
		n := s.between(1, 2)
		p.TradeIns = make([]relief.TradeIn, n)
		for k := range p.TradeIns {
			p.TradeIns[k] = relief.TradeIn{BoughtOn: b.day(date(2022, 1, 1), date(2022, 12, 31)), ScrappedOldCar: new(s.chance(0.85)),
				BoughtNewEnergy: new(s.chance(0.9)), ReceivedBefore: new(s.chance(0.05)), QuotaUsed: new(s.between(0, 2100))}
		}
	}
	// 二、28: fresh produce on the green channel.
	switch f.Industry {
	case relief.Agriculture, relief.Transport, relief.Wholesale:
		if s.chance(0.15) {
			n := s.between(1, 2)
			p.ProduceTrips = make([]relief.ProduceTrip, n)
			for k := range p.ProduceTrips {
				p.ProduceTrips[k] = relief.ProduceTrip{WholeVehicleLegalLoad: new(s.chance(0.9)), ListedProduce: new(s.chance(0.85)), Toll: b.money(50, 2000, 1)}
			}
		}
	}
}
