package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// hashText is the canonical text a book's content hash is taken over, in
// sections: its documents, each parameter, its rules and its groups, in the
// order written. A derived book shares its parent's rules and groups, and
// their text: only the documents and the parameters it overrides are
// written again.
type hashText struct {
	docs   []byte
	params [][]byte // in the order of the spec's parameters
	rules  []byte
	groups []byte
}

// sum returns the content hash, "sha256:…": a SHA-256 over the sections
// in order. Anything that can change a figure or its explanation changes
// it.
func (t *hashText) sum() string {
	h := sha256.New()
	h.Write(t.docs)
	for _, p := range t.params {
		h.Write(p)
	}
	h.Write(t.rules)
	h.Write(t.groups)
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// newHashText writes the canonical text of a spec.
func newHashText(spec Spec, docs []Document) *hashText {
	t := &hashText{docs: docsText(docs), params: make([][]byte, len(spec.Params))}
	for i, p := range spec.Params {
		t.params[i] = paramText(p)
	}
	var rb, gb bytes.Buffer
	{
		h := &rb
		w := func(format string, args ...any) { fmt.Fprintf(h, format, args...) }
		for _, r := range spec.Rules {
			w("rule %q %q %q %s\n", r.ID, r.Title.Zh, r.Title.En, r.InForce)
			writeCite(h, r.Cite)
			w(" reading %q %q\n", r.Reading.Zh, r.Reading.En)
			for _, in := range r.Inputs {
				w(" input %q %q %q %s %s whole=%t %q default=%v omit=%t\n", in.Name, in.Title.Zh, in.Title.En, in.Kind, in.Range, in.Whole, in.OneOf, in.Default, in.MayOmit)
				writeUnit(h, in.Unit)
			}
			for _, d := range r.Defs {
				w(" def %q %q %q %q\n", d.Name, d.Title.Zh, d.Title.En, d.Expr)
				if d.Unit != nil {
					writeUnit(h, *d.Unit)
				}
			}
			for _, c := range r.CaseByCase {
				w(" casebycase %q %q %q %q\n", c.Name, c.Text.Zh, c.Text.En, c.Expr)
				if c.When != "" {
					w(" when %q\n", c.When)
				}
				writeCite(h, c.Cite)
			}
			for _, c := range r.Checks {
				w(" check %q %q %q %q\n", c.Field, c.Text.Zh, c.Text.En, c.Expr)
			}
			for _, c := range r.Require {
				w(" require %q %q %q %q\n", c.Name, c.Text.Zh, c.Text.En, c.Expr)
				if c.When != "" {
					w(" when %q\n", c.When)
				}
				writeCite(h, c.Cite)
			}
			for _, o := range r.Outputs {
				w(" output %q %q %q %q round=%s always=%t\n", o.Name, o.Title.Zh, o.Title.En, o.Expr, o.Round, o.Always)
				writeUnit(h, o.Unit)
				writeCite(h, o.Cite)
			}
			for _, c := range r.ByReference {
				w(" byreference %q %q %q %q\n", c.Name, c.Text.Zh, c.Text.En, c.Expr)
				if c.When != "" {
					w(" when %q\n", c.When)
				}
				writeCite(h, c.Cite)
			}
		}
	}
	{
		h := &gb
		w := func(format string, args ...any) { fmt.Fprintf(h, format, args...) }
		for _, g := range spec.Groups {
			w("group %q %q %q %q\n", g.ID, g.Title.Zh, g.Title.En, g.Rules)
			writeCite(h, g.Cite)
		}
	}
	t.rules, t.groups = rb.Bytes(), gb.Bytes()
	return t
}

func docsText(docs []Document) []byte {
	var b bytes.Buffer
	for _, d := range docs {
		fmt.Fprintf(&b, "doc %q %q %q %s %s %q\n", d.Number, d.Title, d.Issuer, d.Issued, d.InForce, d.Clauses)
	}
	return b.Bytes()
}

func paramText(p Param) []byte {
	var b bytes.Buffer
	h := &b
	w := func(format string, args ...any) { fmt.Fprintf(h, format, args...) }
	w("param %q %q %q floor=%t cap=%t range=%s\n", p.Name, p.Title.Zh, p.Title.En, p.Floor, p.Cap, p.Range)
	if len(p.OneOf) > 0 {
		w(" oneof %q\n", p.OneOf)
	}
	writeUnit(h, p.Unit)
	for _, d := range p.History {
		w(" from %s ", d.From)
		writeCite(h, d.Cite)
		writeValue(h, d.Value)
	}
	return b.Bytes()
}

func writeUnit(w io.Writer, u Unit) {
	d := u.def()
	fmt.Fprintf(w, " unit %q %q %q %t\n", d.key, d.zh, d.en, d.pct)
}

func writeCite(w io.Writer, c Citation) {
	doc := ""
	if c.hasDoc() {
		doc = c.Doc.Number
	}
	fmt.Fprintf(w, " cite %q %q %q\n", doc, c.Clause, c.Quote)
}

func writeValue(w io.Writer, x any) {
	switch v := x.(type) {
	case decimal.Decimal:
		fmt.Fprintf(w, " number %s\n", v)
	case string:
		fmt.Fprintf(w, " text %q\n", v)
	case Table:
		for _, r := range v.Rows {
			fmt.Fprintf(w, " row %q ", strings.Join(r.Keys, "\x00"))
			writeValue(w, r.Value)
			writeCite(w, r.Cite)
		}
	case *Bracket:
		fmt.Fprintf(w, " bracket of %q\n", v.Of.def().key)
		for _, b := range v.Bands {
			fmt.Fprintf(w, "  band %s %s\n", b.Range, b.Value)
		}
	case Bracket:
		writeValue(w, &v)
	default:
		fmt.Fprintf(w, " %T %v\n", x, x)
	}
}
