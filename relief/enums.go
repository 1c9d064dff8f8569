package relief

import "github.com/wzpolicy/wzpolicy/rules"

// Locality is where a firm is registered, or where its fiscal revenue is
// paid (注册地、财政收入所在地). 市区 is 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区
// and the city-level function zones (市级功能区); the other units of Wenzhou
// are counties and county-level cities (县（市）).
type Locality string

const (
	CityLevel      Locality = "市本级"
	Lucheng        Locality = "鹿城区"
	Longwan        Locality = "龙湾区"
	Ouhai          Locality = "瓯海区"
	Dongtou        Locality = "洞头区"
	CityZone       Locality = "市级功能区"
	Ruian          Locality = "瑞安市"
	Yueqing        Locality = "乐清市"
	Longgang       Locality = "龙港市"
	Yongjia        Locality = "永嘉县"
	Pingyang       Locality = "平阳县"
	Cangnan        Locality = "苍南县"
	Wencheng       Locality = "文成县"
	Taishun        Locality = "泰顺县"
	OutsideWenzhou Locality = "市外" // outside Wenzhou
)

// Localities returns every locality: the six of 市区 first.
func Localities() []Locality {
	return []Locality{CityLevel, Lucheng, Longwan, Ouhai, Dongtou, CityZone,
		Ruian, Yueqing, Longgang, Yongjia, Pingyang, Cangnan, Wencheng, Taishun, OutsideWenzhou}
}

// UrbanLocalities returns the localities of 市区.
func UrbanLocalities() []Locality { return Localities()[:6] }

// IsUrban reports whether l is in 市区.
func (l Locality) IsUrban() bool {
	for _, u := range UrbanLocalities() {
		if l == u {
			return true
		}
	}
	return false
}

// ParseLocality returns the locality with the given Chinese name, or an
// error listing the valid names.
func ParseLocality(s string) (Locality, error) { return rules.ParseOneOf(s, Localities(), "locality") }

// EntityType is the kind of market entity (市场主体类型).
type EntityType string

const (
	Enterprise         EntityType = "企业"
	IndividualBusiness EntityType = "个体工商户"
	PublicInstitution  EntityType = "行政事业单位" // administrative and public institutions
)

// EntityTypes returns the kinds of entity the rules distinguish.
func EntityTypes() []EntityType {
	return []EntityType{Enterprise, IndividualBusiness, PublicInstitution}
}

// ParseEntityType returns the entity type with the given Chinese name, or
// an error listing the valid names.
func ParseEntityType(s string) (EntityType, error) {
	return rules.ParseOneOf(s, EntityTypes(), "entity type")
}

// Size is a firm's size class (企业规模) under the national classification
// of small and medium-sized enterprises; 小微企业 are the small and micro
// classes.
type Size string

const (
	Large  Size = "大型"
	Medium Size = "中型"
	Small  Size = "小型"
	Micro  Size = "微型"
)

// Sizes returns the size classes from large to micro.
func Sizes() []Size { return []Size{Large, Medium, Small, Micro} }

// ParseSize returns the size class with the given Chinese name, or an error
// listing the valid names.
func ParseSize(s string) (Size, error) { return rules.ParseOneOf(s, Sizes(), "size class") }

// Industry is the line of business (行业) in the words the measures use.
// 房地产业 is real-estate development and trading; property services
// (物业服务业) are listed apart, because measure 26 supports them while the
// appendix excludes real-estate firms.
//
// Some values name the kinds of firm a measure supports rather than a whole
// industry of the national classification: 旅行社 (measure 22), 物业服务业
// (26), 实体书店 (24), 影院 (25) and 办展企业 (21). A firm states the one that
// describes it. A 实体书店 is a retailer (图书零售) and counts as 零售业 where
// a measure names retail (18, 19); a 影院 is in 文化体育和娱乐业; a 办展企业
// organises exhibitions, while 会展业 is the rest of the exhibition trade
// (venues, exhibition services).
type Industry string

const (
	Agriculture     Industry = "农林牧渔业"
	Mining          Industry = "采矿业"
	Manufacturing   Industry = "制造业"
	Utilities       Industry = "电力热力燃气及水生产和供应业"
	Construction    Industry = "建筑业"
	Wholesale       Industry = "批发业"
	Retail          Industry = "零售业"
	Transport       Industry = "交通运输仓储邮政业"
	Lodging         Industry = "住宿业"
	Catering        Industry = "餐饮业"
	Software        Industry = "软件和信息技术服务业"
	RealEstate      Industry = "房地产业"
	PropertyService Industry = "物业服务业"
	Leasing         Industry = "租赁和商务服务业"
	Exhibitions     Industry = "会展业" // exhibition venues and services; an organiser is 办展企业
	ExhibitionFirm  Industry = "办展企业"
	Research        Industry = "科学研究和技术服务业"
	Ecology         Industry = "生态保护和环境治理业"
	TravelAgency    Industry = "旅行社"
	OtherTourism    Industry = "其他旅游业" // scenic areas and other tourism firms
	Culture         Industry = "文化体育和娱乐业"
	Bookshop        Industry = "实体书店" // a physical bookstore: retail
	Cinema          Industry = "影院"
	OtherServices   Industry = "其他服务业"
)

// Industries returns the industries the rules distinguish.
func Industries() []Industry {
	return []Industry{Agriculture, Mining, Manufacturing, Utilities, Construction, Wholesale, Retail,
		Transport, Lodging, Catering, Software, RealEstate, PropertyService, Leasing, Exhibitions, ExhibitionFirm,
		Research, Ecology, TravelAgency, OtherTourism, Culture, Bookshop, Cinema, OtherServices}
}

// ParseIndustry returns the industry with the given Chinese name, or an
// error listing the valid names.
func ParseIndustry(s string) (Industry, error) { return rules.ParseOneOf(s, Industries(), "industry") }

// Ownership says whether a firm is state-owned (国有) or state-controlled
// (国有控股).
type Ownership string

const (
	NonState        Ownership = "非国有"
	StateOwned      Ownership = "国有"
	StateControlled Ownership = "国有控股"
)

// Ownerships returns the ownership classes.
func Ownerships() []Ownership { return []Ownership{NonState, StateOwned, StateControlled} }

// ParseOwnership returns the ownership class with the given Chinese name,
// or an error listing the valid names.
func ParseOwnership(s string) (Ownership, error) {
	return rules.ParseOneOf(s, Ownerships(), "ownership")
}

// MujunClass is a firm's class in the “亩均论英雄” comprehensive evaluation
// (output per mu of land); firms not evaluated are 未参评.
type MujunClass string

const (
	MujunA       MujunClass = "A类"
	MujunB       MujunClass = "B类"
	MujunC       MujunClass = "C类"
	MujunD       MujunClass = "D类"
	MujunUnrated MujunClass = "未参评"
)

// MujunClasses returns the classes of the evaluation.
func MujunClasses() []MujunClass { return []MujunClass{MujunA, MujunB, MujunC, MujunD, MujunUnrated} }

// ParseMujunClass returns the class with the given name, or an error listing
// the valid names.
func ParseMujunClass(s string) (MujunClass, error) {
	return rules.ParseOneOf(s, MujunClasses(), "亩均 class")
}

// CreditStatus says whether a firm is on the serious-dishonesty list
// (严重失信名单).
type CreditStatus string

const (
	CreditNormal       CreditStatus = "未列入严重失信名单"
	SeriouslyDishonest CreditStatus = "列入严重失信名单"
)

// CreditStatuses returns the credit statuses.
func CreditStatuses() []CreditStatus { return []CreditStatus{CreditNormal, SeriouslyDishonest} }

// ParseCreditStatus returns the credit status with the given Chinese name,
// or an error listing the valid names.
func ParseCreditStatus(s string) (CreditStatus, error) {
	return rules.ParseOneOf(s, CreditStatuses(), "credit status")
}

// Landlord is who owns premises a firm rents (出租方), as measures 11 and 24
// distinguish them; 自有房产 means the firm does not rent.
type Landlord string

const (
	CitySOE             Landlord = "市属国有企业" // incl. wholly owned, controlled and actually controlled firms
	DistrictSOE         Landlord = "区属国有企业"
	CityInstitution     Landlord = "市属行政事业单位"
	DistrictInstitution Landlord = "区属行政事业单位"
	OtherStateLandlord  Landlord = "其他国有单位" // e.g. county-owned or central SOEs
	NonStateLandlord    Landlord = "非国有单位或个人"
	OwnPremises         Landlord = "自有房产"
)

// Landlords returns the kinds of landlord.
func Landlords() []Landlord {
	return []Landlord{CitySOE, DistrictSOE, CityInstitution, DistrictInstitution, OtherStateLandlord, NonStateLandlord, OwnPremises}
}

// ParseLandlord returns the landlord kind with the given Chinese name, or an
// error listing the valid names.
func ParseLandlord(s string) (Landlord, error) { return rules.ParseOneOf(s, Landlords(), "landlord") }

// TaxKind is a tax or fee of measure 4 (“六税两费”), with securities stamp
// duty, which the measure leaves out.
type TaxKind string

const (
	ResourceTax             TaxKind = "资源税"
	UrbanMaintenanceTax     TaxKind = "城市维护建设税"
	PropertyTax             TaxKind = "房产税"
	LandUseTax              TaxKind = "城镇土地使用税"
	StampDuty               TaxKind = "印花税"
	SecuritiesStampDuty     TaxKind = "证券交易印花税"
	FarmlandOccupation      TaxKind = "耕地占用税"
	EducationSurcharge      TaxKind = "教育费附加"
	LocalEducationSurcharge TaxKind = "地方教育附加"
)

// TaxKinds returns the taxes and fees of measure 4.
func TaxKinds() []TaxKind {
	return []TaxKind{ResourceTax, UrbanMaintenanceTax, PropertyTax, LandUseTax, StampDuty, SecuritiesStampDuty,
		FarmlandOccupation, EducationSurcharge, LocalEducationSurcharge}
}

// ParseTaxKind returns the tax with the given Chinese name, or an error
// listing the valid names.
func ParseTaxKind(s string) (TaxKind, error) { return rules.ParseOneOf(s, TaxKinds(), "tax") }

// DepreciationLife is the minimum depreciation life of equipment (最低折旧
// 年限) that measure 5 distinguishes.
type DepreciationLife string

const (
	Life3  DepreciationLife = "3年"
	Life4  DepreciationLife = "4年"
	Life5  DepreciationLife = "5年"
	Life10 DepreciationLife = "10年"
)

// DepreciationLives returns the lives of measure 5.
func DepreciationLives() []DepreciationLife { return []DepreciationLife{Life3, Life4, Life5, Life10} }

// ParseDepreciationLife returns the life with the given name ("4年"), or an
// error listing the valid names.
func ParseDepreciationLife(s string) (DepreciationLife, error) {
	return rules.ParseOneOf(s, DepreciationLives(), "depreciation life")
}

// VATTaxpayer is the kind of VAT taxpayer measure 6 distinguishes.
type VATTaxpayer string

const (
	ProductiveService VATTaxpayer = "生产性服务业"
	LifestyleService  VATTaxpayer = "生活性服务业"
	PublicTransport   VATTaxpayer = "公共交通运输服务" // bus, coach, ferry, taxi, light rail
	AirRailBranch     VATTaxpayer = "航空和铁路运输企业分支机构"
	OtherTaxpayer     VATTaxpayer = "其他纳税人"
)

// VATTaxpayers returns the kinds of taxpayer of measure 6.
func VATTaxpayers() []VATTaxpayer {
	return []VATTaxpayer{ProductiveService, LifestyleService, PublicTransport, AirRailBranch, OtherTaxpayer}
}

// ParseVATTaxpayer returns the kind with the given Chinese name, or an error
// listing the valid names.
func ParseVATTaxpayer(s string) (VATTaxpayer, error) {
	return rules.ParseOneOf(s, VATTaxpayers(), "VAT taxpayer")
}

// InspectionService is a testing or calibration service of the city market
// regulation bureau's units whose fee measure 9 lowers.
type InspectionService string

const (
	CateringEquipmentInspection       InspectionService = "餐饮住宿企业特种设备检验检测"
	EquipmentManufacturingSupervision InspectionService = "特种设备制造过程监督检验"
	CraneBoilerInstallation           InspectionService = "起重机械和锅炉安装监督检验"
	CraneBoilerPeriodic               InspectionService = "起重机械和锅炉定期检验"
	ProductTesting                    InspectionService = "服装、儿童家具、教玩具等行业企业产品检测"
	ResidentialLiftPeriodic           InspectionService = "住宅电梯定期检验"
	LeadingFirmCalibration            InspectionService = "领军型和高成长型企业计量校准、测试服务"
	KeyInstrumentCalibration          InspectionService = "“5+5”产业十大计量器具"
	EpidemicInstrumentCalibration     InspectionService = "疫情防控计量器具校准、检定"
)

// InspectionServices returns the services of measure 9.
func InspectionServices() []InspectionService {
	return []InspectionService{CateringEquipmentInspection, EquipmentManufacturingSupervision, CraneBoilerInstallation,
		CraneBoilerPeriodic, ProductTesting, ResidentialLiftPeriodic, LeadingFirmCalibration, KeyInstrumentCalibration,
		EpidemicInstrumentCalibration}
}

// ParseInspectionService returns the service with the given Chinese name,
// or an error listing the valid names.
func ParseInspectionService(s string) (InspectionService, error) {
	return rules.ParseOneOf(s, InspectionServices(), "inspection service")
}

// Vehicle is the kind of vehicle measure 27 discounts.
type Vehicle string

const (
	ContainerTruck Vehicle = "国际标准集装箱运输专用车辆"
	FreightVehicle Vehicle = "货运车辆"
)

// Vehicles returns the kinds of vehicle of measure 27.
func Vehicles() []Vehicle { return []Vehicle{ContainerTruck, FreightVehicle} }

// ParseVehicle returns the vehicle kind with the given Chinese name, or an
// error listing the valid names.
func ParseVehicle(s string) (Vehicle, error) { return rules.ParseOneOf(s, Vehicles(), "vehicle") }

// ConsumerKind says whether a buyer under measure 20 is a unit (单位消费者)
// or a person (个人消费者).
type ConsumerKind string

const (
	UnitConsumer   ConsumerKind = "单位"
	PersonConsumer ConsumerKind = "个人"
)

// ConsumerKinds returns the kinds of consumer of measure 20.
func ConsumerKinds() []ConsumerKind { return []ConsumerKind{UnitConsumer, PersonConsumer} }

// ParseConsumerKind returns the consumer kind with the given Chinese name,
// or an error listing the valid names.
func ParseConsumerKind(s string) (ConsumerKind, error) {
	return rules.ParseOneOf(s, ConsumerKinds(), "consumer")
}

// TaxPeriod is the tax period (税款所属期) of the taxes a manufacturing SME
// defers under measure 2.
type TaxPeriod string

const (
	TaxPeriod2021Q4 TaxPeriod = "2021年第四季度"
	TaxPeriod2022Q1 TaxPeriod = "2022年第一季度"
	TaxPeriod2022Q2 TaxPeriod = "2022年第二季度"
)

// TaxPeriods returns the tax periods of measure 2.
func TaxPeriods() []TaxPeriod { return []TaxPeriod{TaxPeriod2021Q4, TaxPeriod2022Q1, TaxPeriod2022Q2} }

// ParseTaxPeriod returns the tax period with the given Chinese name
// ("2022年第一季度"), or an error listing the valid names.
func ParseTaxPeriod(s string) (TaxPeriod, error) {
	return rules.ParseOneOf(s, TaxPeriods(), "tax period")
}

// ProductLine is the line of products of a firm whose products are tested
// under measure 9 (服装、儿童家具、教玩具等行业企业); 其他 is any other line.
type ProductLine string

const (
	Clothing          ProductLine = "服装"
	ChildrenFurniture ProductLine = "儿童家具"
	Toys              ProductLine = "教玩具"
	OtherProducts     ProductLine = "其他"
)

// ProductLines returns the product lines of measure 9.
func ProductLines() []ProductLine {
	return []ProductLine{Clothing, ChildrenFurniture, Toys, OtherProducts}
}

// ParseProductLine returns the product line with the given Chinese name, or
// an error listing the valid names.
func ParseProductLine(s string) (ProductLine, error) {
	return rules.ParseOneOf(s, ProductLines(), "product line")
}
