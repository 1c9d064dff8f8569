// Package places names in English the places of Wenzhou the seven
// documents name, for every package's Locality: one table, so that the
// same place reads the same in every document's English explanations.
package places

import "slices"

// Of returns the English name of v, a value of a package's Locality, ""
// for one not among valid (the package's Localities()).
func Of[T ~string](v T, valid []T) string {
	if !slices.Contains(valid, v) {
		return ""
	}
	return English(string(v))
}

// English returns the English name of the place the documents write zh,
// "" for a name none of them writes.
func English(zh string) string {
	switch zh {
	case "市本级":
		return "city level"
	case "市区":
		return "urban districts"
	case "鹿城区":
		return "Lucheng District"
	case "龙湾区":
		return "Longwan District"
	case "瓯海区":
		return "Ouhai District"
	case "洞头区":
		return "Dongtou District"
	case "市级功能区":
		return "city-level functional zones"
	case "瓯江口产业集聚区":
		return "Oujiangkou Industrial Cluster"
	case "浙南产业集聚区":
		return "Zhenan Industrial Cluster"
	case "瑞安市":
		return "Rui'an City"
	case "乐清市":
		return "Yueqing City"
	case "龙港市":
		return "Longgang City"
	case "永嘉县":
		return "Yongjia County"
	case "平阳县":
		return "Pingyang County"
	case "苍南县":
		return "Cangnan County"
	case "文成县":
		return "Wencheng County"
	case "泰顺县":
		return "Taishun County"
	case "市外":
		return "outside Wenzhou"
	}
	return ""
}
