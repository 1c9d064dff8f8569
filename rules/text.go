package rules

import "slices"

// Lang selects the language of explanations and condition texts.
type Lang int

const (
	Chinese Lang = iota // 中文, the language of the documents
	English
)

// Text is a phrase in Chinese and English. The Chinese is the
// authoritative wording; the English is a reading aid.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// T returns the Text with the given Chinese and English.
func T(zh, en string) Text { return Text{Zh: zh, En: en} }

// In returns the text in lang, falling back to Chinese when the English is
// missing.
func (t Text) In(lang Lang) string {
	if lang == English && t.En != "" {
		return t.En
	}
	return t.Zh
}

// String returns the Chinese text.
func (t Text) String() string { return t.Zh }

// textSet is the closed list of values a text input takes. The lists of the
// documents are short — districts, uses, kinds of firm — and a scan of a
// short list, comparing lengths first, costs less than hashing the text; a
// long list is hashed.
type textSet struct {
	list []string
	big  map[string]bool
}

const textSetScan = 16

func newTextSet(values []string) textSet {
	if len(values) <= textSetScan {
		return textSet{list: slices.Clone(values)}
	}
	m := make(map[string]bool, len(values))
	for _, v := range values {
		m[v] = true
	}
	return textSet{big: m}
}

func (t textSet) has(s string) bool {
	if t.big != nil {
		return t.big[s]
	}
	for _, v := range t.list {
		if v == s {
			return true
		}
	}
	return false
}
