package rules

import (
	"fmt"
	"strings"
)

// Labelled is a domain's string type whose values are the document's words
// (a district, a category, a kind of firm), each with an English label: the
// type a [ChoiceInput] takes.
type Labelled interface {
	~string
	// English returns the value's English label, as an English
	// explanation shows it ("none" for 无, "Lucheng District" for 鹿城区).
	English() string
}

// ChoiceInput declares a text input that takes one of values, each labelled
// in English by its English method: an English explanation, a failure's
// facts and the steps of a trace show the label ("category = none"); Chinese
// output shows the document's word. The value the rule reads, compares and
// returns is always the Chinese word.
func ChoiceInput[T Labelled](name string, title Text, values ...T) Input {
	in := TextInput(name, title, Texts(values)...)
	in.Labels = make([]string, len(values))
	for i, v := range values {
		in.Labels[i] = v.English()
	}
	return in
}

// checkLabels reports what is wrong with the English labels of a text
// input: once any are given, each allowed value has one, not empty, and no
// two values share one.
func checkLabels(in Input) string {
	if len(in.Labels) == 0 {
		return ""
	}
	if in.Kind != KindText {
		return "only a text input has English labels (Labels)"
	}
	if len(in.Labels) != len(in.OneOf) {
		return fmt.Sprintf("has %d English labels (Labels) for %d values (OneOf): each value needs one", len(in.Labels), len(in.OneOf))
	}
	seen := make(map[string]string, len(in.Labels))
	for i, l := range in.Labels {
		if strings.TrimSpace(l) == "" {
			return fmt.Sprintf("value %q has an empty English label", in.OneOf[i])
		}
		if prev, ok := seen[l]; ok {
			return fmt.Sprintf("values %q and %q have the same English label %q", prev, in.OneOf[i], l)
		}
		seen[l] = in.OneOf[i]
	}
	return ""
}

// labelIndex records the English labels of the rule's labelled inputs and
// its own Labels, for the texts its definitions and outputs compute and the
// keys of the tables it reads: a word labelled two ways is left unlabelled
// there.
func (cr *crule) labelIndex() {
	var ambiguous map[string]bool
	note := func(w string, l *string) {
		if prev, ok := cr.labels[w]; ok && *prev != *l {
			if ambiguous == nil {
				ambiguous = map[string]bool{}
			}
			ambiguous[w] = true
			return
		}
		if cr.labels == nil {
			cr.labels = map[string]*string{}
		}
		cr.labels[w] = l
	}
	for i := range cr.Labels {
		note(cr.Labels[i].Zh, &cr.Labels[i].En)
	}
	for i := range cr.inputs {
		in := &cr.inputs[i]
		for j, w := range in.OneOf {
			if j >= len(in.Labels) {
				break
			}
			note(w, &in.Labels[j])
		}
	}
	for w := range ambiguous {
		delete(cr.labels, w)
	}
}

// inputLabel returns the English label of v, a value of the rule's i-th
// input, when the input has one; nil otherwise.
func (cr *crule) inputLabel(i int, v Value) *string {
	in := &cr.inputs[i]
	if v.kind != KindText || len(in.Labels) == 0 {
		return nil
	}
	for j, w := range in.OneOf {
		if w == v.text {
			return &in.Labels[j]
		}
	}
	return nil
}

// textLabel returns the English label the rule's inputs give the text v;
// nil when v is not a text or has none.
func (cr *crule) textLabel(v Value) *string {
	if v.kind != KindText {
		return nil
	}
	return cr.labels[v.text]
}

// labelled formats v with its unit in lang, a text in English by its
// label when it has one.
func labelled(v Value, u Unit, label *string, lang Lang) string {
	if lang == English && label != nil && v.kind == KindText {
		return *label
	}
	return v.Format(u, lang)
}

// keyIn returns the key of a table entry ("鹿城区/住宅用房") in lang, each
// part by its English label where the rule's inputs give one.
func (cr *crule) keyIn(key string, lang Lang) string {
	if lang != English || len(cr.labels) == 0 {
		return key
	}
	parts := strings.Split(key, "/")
	for i, p := range parts {
		if l, ok := cr.labels[p]; ok {
			parts[i] = *l
		}
	}
	return strings.Join(parts, "/")
}

// Choices returns the values with their English labels, as [Rule.Labels]
// takes them: the words a rule's outputs write, such as a disposition.
func Choices[T Labelled](values ...T) []Text {
	out := make([]Text, len(values))
	for i, v := range values {
		out[i] = Text{Zh: string(v), En: v.English()}
	}
	return out
}

// checkRuleLabels reports what is wrong with a rule's own labels: each has
// a word and a label, and a word has one label.
func checkRuleLabels(labels []Text) string {
	seen := make(map[string]string, len(labels))
	for _, l := range labels {
		if l.Zh == "" || strings.TrimSpace(l.En) == "" {
			return fmt.Sprintf("label %q needs a word and an English label", l.Zh+"|"+l.En)
		}
		if prev, ok := seen[l.Zh]; ok && prev != l.En {
			return fmt.Sprintf("word %q has two English labels, %q and %q", l.Zh, prev, l.En)
		}
		seen[l.Zh] = l.En
	}
	return ""
}
