// Package firmterms names in English the words about a firm that the relief
// notice (附则2) and the productivity policy share — the classes of the 亩均
// evaluation and the serious-dishonesty list — so that both read alike.
package firmterms

import "slices"

// Of returns the English label of v, a value of a package's MujunClass or
// CreditStatus, "" for one not among valid (the package's list of them).
func Of[T ~string](v T, valid []T) string {
	if !slices.Contains(valid, v) {
		return ""
	}
	return English(string(v))
}

// English returns the English label of a firm's 亩均 class or credit
// status as the documents write it, "" for another word.
func English(zh string) string {
	switch zh {
	case "A类":
		return "class A"
	case "B类":
		return "class B"
	case "C类":
		return "class C"
	case "D类":
		return "class D"
	case "未参评":
		return "not evaluated"
	case "未列入严重失信名单":
		return "not on the list of seriously dishonest entities"
	case "列入严重失信名单":
		return "on the list of seriously dishonest entities"
	}
	return ""
}
