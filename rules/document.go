package rules

import (
	"fmt"
	"regexp"
	"sync"
)

// Document is a policy document: its 文号, title, issuer, issue date and the
// period it is in force. Rules and parameters cite it clause by clause.
type Document struct {
	Number  string `json:"number"`            // 文号, e.g. 温政发〔2022〕8号
	Title   string `json:"title"`             // the title as issued, in Chinese
	Issuer  string `json:"issuer"`            // 发文机关, e.g. 温州市人民政府
	Issued  Date   `json:"issued,omitzero"`   // 成文日期, the date on the document
	InForce Period `json:"in_force,omitzero"` // first and last day in force (the last may be open)

	// Clauses describes how the document numbers its clauses, as a regular
	// expression that every citation's clause must match in full, for
	// example `附件[1-6]` or `[一二三四五六七八九十]+、\d+`. Empty accepts any
	// non-empty clause. It is how a book checks the citations it is
	// given, not part of a citation, and JSON leaves it out.
	Clauses string `json:"-"`
}

// Cite returns a citation of the clause, with the words of the document the
// rule or parameter rests on.
func (d Document) Cite(clause, quote string) Citation {
	return Citation{Doc: d, Clause: clause, Quote: quote}
}

// String returns the 文号 and title.
func (d Document) String() string { return d.Number + "《" + d.Title + "》" }

func (d *Document) check() []string {
	var problems []string
	if d.Number == "" {
		problems = append(problems, "document has no number (文号)")
	}
	if d.Title == "" {
		problems = append(problems, fmt.Sprintf("document %s has no title", d.Number))
	}
	if d.Issuer == "" {
		problems = append(problems, fmt.Sprintf("document %s has no issuer", d.Number))
	}
	if d.Issued.IsZero() {
		problems = append(problems, fmt.Sprintf("document %s has no issue date", d.Number))
	}
	if d.InForce.From.IsZero() {
		problems = append(problems, fmt.Sprintf("document %s has no first day in force", d.Number))
	} else if !d.InForce.To.IsZero() && d.InForce.To.Before(d.InForce.From) {
		problems = append(problems, fmt.Sprintf("document %s: in-force period %s ends before it starts", d.Number, d.InForce))
	}
	if d.Clauses != "" {
		if _, err := regexp.Compile(d.Clauses); err != nil {
			problems = append(problems, fmt.Sprintf("document %s: clause pattern: %v", d.Number, err))
		}
	}
	return problems
}

// Citation points at a clause of a document and quotes the words a rule or
// parameter rests on. Every rule and parameter carries one; a book does not
// compile without it.
type Citation struct {
	// Doc is the document cited, held by value: a citation shares nothing
	// with the document it was made from, so no one can change a book's
	// citations through it.
	Doc    Document `json:"document"`
	Clause string   `json:"clause"` // e.g. "二、5", "（十）", "5.3.1", "附件1"
	Quote  string   `json:"quote"`  // the document's own words, in Chinese
}

// hasDoc reports whether c names a document.
func (c Citation) hasDoc() bool { return c.Doc != Document{} }

// IsZero reports whether c cites nothing.
func (c Citation) IsZero() bool { return c == Citation{} }

// String returns the citation as 温政发〔2022〕8号 附件1：“…”.
func (c Citation) String() string {
	if !c.hasDoc() {
		return c.Clause
	}
	return c.Doc.Number + " " + c.Clause + "：“" + c.Quote + "”"
}

// Ref returns the short reference without the quote: 温政发〔2022〕8号 附件1.
func (c Citation) Ref() string {
	if !c.hasDoc() {
		return c.Clause
	}
	return c.Doc.Number + " " + c.Clause
}

// check reports what is missing or malformed in the citation.
func (c Citation) check() string {
	switch {
	case !c.hasDoc():
		return "has no citation (document, clause and quote)"
	case c.Clause == "":
		return "cites " + c.Doc.Number + " without a clause"
	case c.Quote == "":
		return "cites " + c.Doc.Number + " " + c.Clause + " without quoting it"
	case c.Doc.Clauses != "":
		re, err := clausePattern(c.Doc.Clauses)
		if err == nil && !re.MatchString(c.Clause) {
			return fmt.Sprintf("cites clause %q, which is not of the form %s uses (%s)", c.Clause, c.Doc.Number, c.Doc.Clauses)
		}
	}
	return ""
}

// clausePatterns holds the compiled clause patterns of the documents seen:
// a book checks every citation against its document's pattern, and a few
// documents serve thousands of citations. It keeps at most maxPatterns, so
// that documents made up by callers cannot grow it without end.
var (
	clauseMu       sync.Mutex
	clausePatterns = map[string]*regexp.Regexp{}
)

const maxPatterns = 64

func clausePattern(p string) (*regexp.Regexp, error) {
	clauseMu.Lock()
	re, ok := clausePatterns[p]
	clauseMu.Unlock()
	if ok {
		return re, nil
	}
	re, err := regexp.Compile(`^(?:` + p + `)$`)
	if err != nil {
		return nil, err
	}
	clauseMu.Lock()
	if len(clausePatterns) < maxPatterns {
		clausePatterns[p] = re
	}
	clauseMu.Unlock()
	return re, nil
}
