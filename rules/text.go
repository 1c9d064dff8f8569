package rules

// Lang selects the language of explanations and condition texts.
type Lang int

const (
	Chinese Lang = iota // 中文, the language of the documents
	English
)

// Text is a phrase in Chinese and English. The Chinese is the
// authoritative wording; the English is a reading aid.
type Text struct {
	Zh string
	En string
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
