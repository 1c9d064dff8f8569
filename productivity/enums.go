package productivity

import "github.com/wzpolicy/wzpolicy/rules"

// The measures' words for localities, classes, honours and statuses.

// Locality is the county-level unit a firm is in (所在县（市、区）). The
// policy's funds follow the city-district (市区) rules; the counties and
// county-level cities make their own documents with reference to it
// (末段), so a reward for a firm there is not this document's figure.
type Locality string

const (
	Lucheng  Locality = "鹿城区"
	Longwan  Locality = "龙湾区"
	Ouhai    Locality = "瓯海区"
	Dongtou  Locality = "洞头区"
	CityZone Locality = "市级功能区" // city-level functional zones, part of 市区
	Ruian    Locality = "瑞安市"
	Yueqing  Locality = "乐清市"
	Longgang Locality = "龙港市"
	Yongjia  Locality = "永嘉县"
	Pingyang Locality = "平阳县"
	Cangnan  Locality = "苍南县"
	Wencheng Locality = "文成县"
	Taishun  Locality = "泰顺县"
)

// Localities returns the localities: the city districts (市区) first, then
// the counties and county-level cities.
func Localities() []Locality {
	return []Locality{Lucheng, Longwan, Ouhai, Dongtou, CityZone, Ruian, Yueqing, Longgang, Yongjia, Pingyang, Cangnan, Wencheng, Taishun}
}

// ParseLocality returns the locality with the given Chinese name, or an
// error listing the valid names.
func ParseLocality(s string) (Locality, error) { return rules.ParseOneOf(s, Localities(), "locality") }

// MujunClass is a firm's class in the “亩均论英雄” comprehensive evaluation
// (output and tax per mu of land). Classes C and D get none of the policy's
// funds (末段).
type MujunClass string

const (
	MujunA       MujunClass = "A类"
	MujunB       MujunClass = "B类"
	MujunC       MujunClass = "C类"
	MujunD       MujunClass = "D类"
	MujunUnrated MujunClass = "未参评" // not (yet) evaluated: not excluded
)

// MujunClasses returns the classes of the 亩均 evaluation.
func MujunClasses() []MujunClass {
	return []MujunClass{MujunA, MujunB, MujunC, MujunD, MujunUnrated}
}

// ParseMujunClass returns the class with the given Chinese name, or an
// error listing the valid names.
func ParseMujunClass(s string) (MujunClass, error) {
	return rules.ParseOneOf(s, MujunClasses(), "亩均 class")
}

// CreditStatus says whether a firm is on the list of seriously dishonest
// entities (严重失信名单), which excludes it from the policy's funds (末段).
// The zero CreditStatus is not stated: the rule reports it as missing,
// never reads it as "not on the list".
type CreditStatus string

const (
	CreditNormal       CreditStatus = "未列入严重失信名单" // not on the list
	SeriouslyDishonest CreditStatus = "列入严重失信名单"  // on the list: excluded
)

// CreditStatuses returns the credit statuses.
func CreditStatuses() []CreditStatus { return []CreditStatus{CreditNormal, SeriouslyDishonest} }

// ParseCreditStatus returns the credit status with the given Chinese name,
// or an error listing the valid names.
func ParseCreditStatus(s string) (CreditStatus, error) {
	return rules.ParseOneOf(s, CreditStatuses(), "credit status")
}

// Honour is a ranking or title measure 五 rewards (荣誉).
type Honour string

const (
	FortuneGlobal500            Honour = "世界500强"
	ChinaTop500                 Honour = "中国企业500强"
	ChinaManufacturingTop500    Honour = "中国制造业企业500强"
	ChinaPrivateTop500          Honour = "中国民营企业500强"
	ZhejiangTop100              Honour = "浙江企业100强"
	ZhejiangManufacturingTop100 Honour = "浙江制造业企业100强"
	ZhejiangPrivateTop100       Honour = "浙江民营企业100强"
	CityLeadingEnterprise       Honour = "市级领军企业"
)

// Honours returns the honours of measure 五, highest reward first.
func Honours() []Honour {
	return []Honour{FortuneGlobal500, ChinaTop500, ChinaManufacturingTop500, ChinaPrivateTop500,
		ZhejiangTop100, ZhejiangManufacturingTop100, ZhejiangPrivateTop100, CityLeadingEnterprise}
}

// ParseHonour returns the honour with the given Chinese name, or an error
// listing the valid names.
func ParseHonour(s string) (Honour, error) { return rules.ParseOneOf(s, Honours(), "honour") }

// Recognition says whether a firm is listed for the first time (首次入选)
// or re-certified (重新通过认定).
type Recognition string

const (
	FirstListing Recognition = "首次入选"
	Recertified  Recognition = "重新通过认定"
)

// Recognitions returns the kinds of recognition.
func Recognitions() []Recognition { return []Recognition{FirstListing, Recertified} }

// ParseRecognition returns the recognition with the given Chinese name, or
// an error listing the valid names.
func ParseRecognition(s string) (Recognition, error) {
	return rules.ParseOneOf(s, Recognitions(), "recognition")
}

// Trend says whether a figure grew (增长). The zero Trend is "not given"
// (未提供), which a re-certification does not accept.
type Trend string

const (
	Grew          Trend = "增长"  // rose above the year before
	DidNotGrow    Trend = "未增长" // flat or fell
	TrendNotGiven Trend = "未提供" // not given; the zero Trend means the same
)

// Trends returns the values of a trend.
func Trends() []Trend { return []Trend{Grew, DidNotGrow, TrendNotGiven} }

// ParseTrend returns the trend with the given Chinese name, or an error
// listing the valid names.
func ParseTrend(s string) (Trend, error) { return rules.ParseOneOf(s, Trends(), "trend") }

// TierStatus says whether a firm kept its output tier (保持该规模梯队) in a
// later year of a scale-up reward. The zero TierStatus is unknown (未知).
type TierStatus string

const (
	TierKept    TierStatus = "保持"
	TierLost    TierStatus = "未保持"
	TierUnknown TierStatus = "未知" // not yet known; the zero TierStatus means the same
)

// TierStatuses returns the values of a tier status.
func TierStatuses() []TierStatus { return []TierStatus{TierKept, TierLost, TierUnknown} }

// ParseTierStatus returns the status with the given Chinese name, or an
// error listing the valid names.
func ParseTierStatus(s string) (TierStatus, error) {
	return rules.ParseOneOf(s, TierStatuses(), "tier status")
}

// InstalmentStatus says whether an instalment of a scale-up reward is paid.
type InstalmentStatus string

const (
	InstalmentDue       InstalmentStatus = "应付"   // payable
	InstalmentPending   InstalmentStatus = "待确认"  // payable if the firm keeps its tier
	InstalmentForfeited InstalmentStatus = "不予奖励" // the firm did not keep its tier
)
