// Package catalogue writes the library's catalogue of rules — every rule
// with its clause, quote, period, inputs, expressions and parameters — and
// its coverage report, as Markdown for the people who own the clauses.
//
// Both files are generated: run go generate ./... after changing a rule, a
// parameter or a data case; the tests fail while the committed files differ
// from what the code would write.
package catalogue

//go:generate go run ./gen -dir ../../docs

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Write writes the catalogue of the domains' books.
func Write(w io.Writer, domains []wzpolicy.Domain) error {
	p := &printer{w: w}
	p.f("# Catalogue of rules\n\n")
	p.f("Generated from the rule books by `go generate ./...` — do not edit by hand. Each rule is listed under its\n")
	p.f("catalogue ID with the clause and words it rests on, the period it applies, what it takes, how it computes\n")
	p.f("(in the expr language, over exact decimals), and every figure of the document it reads, with each dated\n")
	p.f("value and its clause. Bounds are written as intervals: `[80, 90)` includes 80 and excludes 90.\n\n")
	for _, d := range domains {
		p.f("- [%s](#%s): %d rules\n", d.Name, d.Name, len(d.Book().RuleIDs()))
	}
	for _, d := range domains {
		p.domain(d)
	}
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) domain(d wzpolicy.Domain) {
	b := d.Book()
	p.f("\n## %s\n\n", d.Name)
	for _, doc := range b.Documents() {
		p.f("%s《%s》, %s, %s; in force %s.\n\n", doc.Number, doc.Title, doc.Issuer, doc.Issued, period(doc.InForce))
	}
	for _, id := range b.RuleIDs() {
		p.rule(b, id)
	}
	for _, g := range b.Groups() {
		p.f("### %s — %s / %s\n\n", g.ID, g.Title.Zh, g.Title.En)
		p.f("Take the higher, not both (就高执行、不重复享受): %s.\n\n", codes(g.Rules))
		p.f("- Clause: %s\n\n", cite(g.Cite))
	}
	params := b.Params()
	if len(params) == 0 {
		return
	}
	p.f("### Parameters of %s\n\n", d.Name)
	p.f("| name | title | unit | from | value | clause | override |\n|---|---|---|---|---|---|---|\n")
	for _, par := range params {
		for i, h := range par.History {
			name, title, unit, limit := "", "", "", ""
			if i == 0 {
				name, title, unit, limit = "`"+par.Name+"`", par.Title.Zh+" / "+par.Title.En, par.Unit.In(rules.Chinese), override(par)
			}
			from := "the start"
			if !h.From.IsZero() {
				from = h.From.String()
			}
			p.f("| %s | %s | %s | %s | %s | %s | %s |\n", name, title, unit, from, value(h.Value), cell(cite(h.Cite)), limit)
		}
	}
	p.f("\n")
}

func (p *printer) rule(b *rules.Book, id string) {
	r, _ := b.Rule(id)
	inForce, _ := b.InForce(id)
	p.f("### %s — %s / %s\n\n", r.ID, r.Title.Zh, r.Title.En)
	p.f("- Clause: %s\n", cite(r.Cite))
	p.f("- In force: %s\n", period(inForce))
	if r.Reading.Zh != "" {
		p.f("- Reading: %s / %s\n", r.Reading.Zh, r.Reading.En)
	}
	if ps := b.RuleParams(id); len(ps) > 0 {
		p.f("- Parameters read: %s\n", codes(ps))
	}
	p.f("\n| input | title | kind | unit | valid | default |\n|---|---|---|---|---|---|\n")
	for _, in := range r.Inputs {
		valid := ""
		switch {
		case in.Kind == rules.KindText:
			valid = strings.Join(in.OneOf, ", ")
		case in.Kind == rules.KindNumber:
			valid = in.Range.String()
			if in.Whole {
				valid += ", whole"
			}
		}
		def := ""
		switch {
		case in.Default != nil:
			def = fmt.Sprint(in.Default)
		case in.MayOmit:
			def = "may be omitted"
		}
		p.f("| `%s` | %s / %s | %s | %s | %s | %s |\n", in.Name, in.Title.Zh, in.Title.En, in.Kind, unit(in.Unit), cell(valid), cell(def))
	}
	p.f("\n")
	for _, d := range r.Defs {
		p.f("- Definition `%s` %s / %s = `%s`\n", d.Name, d.Title.Zh, d.Title.En, code(d.Expr))
	}
	for _, c := range r.CaseByCase {
		p.f("- Assessed case by case (按实评估) when `%s`: %s / %s%s\n", code(c.Expr), c.Text.Zh, c.Text.En, alsoCite(c.Cite))
	}
	for _, c := range r.Checks {
		p.f("- Check on `%s`: `%s` — %s / %s\n", c.Field, code(c.Expr), c.Text.Zh, c.Text.En)
	}
	for _, c := range r.Require {
		when := ""
		if c.When != "" {
			when = fmt.Sprintf(" (only when `%s`)", code(c.When))
		}
		p.f("- Condition `%s`%s: `%s` — %s / %s%s\n", c.Name, when, code(c.Expr), c.Text.Zh, c.Text.En, alsoCite(c.Cite))
	}
	for _, o := range r.Outputs {
		extra := ""
		if o.Always {
			extra = "; computed even when not eligible"
		}
		p.f("- Output `%s` %s / %s (%s; rounding: %s%s) = `%s`%s\n", o.Name, o.Title.Zh, o.Title.En, unit(o.Unit), o.Round, extra, code(o.Expr), alsoCite(o.Cite))
	}
	for _, c := range r.ByReference {
		p.f("- Figures set locally, the outputs above only a reference (参照执行), when `%s`: %s / %s%s\n", code(c.Expr), c.Text.Zh, c.Text.En, alsoCite(c.Cite))
	}
	p.f("\n")
}

func cite(c rules.Citation) string {
	if c.IsZero() {
		return ""
	}
	return c.Doc.Number + " " + c.Clause + " “" + c.Quote + "”"
}

func alsoCite(c rules.Citation) string {
	if c.IsZero() {
		return ""
	}
	return " — " + cite(c)
}

func period(p rules.Period) string {
	if p.To.IsZero() {
		return "from " + p.From.String()
	}
	return p.From.String() + " – " + p.To.String()
}

func unit(u rules.Unit) string {
	if u.IsNumber() && !u.IsPercent() {
		return "—"
	}
	return u.In(rules.Chinese) + " (" + u.In(rules.English) + ")"
}

func override(p rules.Param) string {
	var parts []string
	if p.Floor {
		parts = append(parts, "floor (不低于): may only be raised")
	}
	if p.Cap {
		parts = append(parts, "cap (不超过): may only be lowered")
	}
	if !p.Range.IsZero() {
		parts = append(parts, "within "+p.Range.String())
	}
	return strings.Join(parts, "; ")
}

func value(x any) string {
	switch v := x.(type) {
	case decimal.Decimal:
		return v.String()
	case string:
		return v
	case *rules.Bracket:
		parts := make([]string, len(v.Bands))
		for i, b := range v.Bands {
			parts[i] = b.Range.String() + " → " + b.Value.String()
		}
		return cell("by " + v.Of.In(rules.Chinese) + ": " + strings.Join(parts, "; "))
	case rules.Table:
		rows := append([]rules.Row(nil), v.Rows...)
		sort.SliceStable(rows, func(i, j int) bool { return strings.Join(rows[i].Keys, "/") < strings.Join(rows[j].Keys, "/") })
		parts := make([]string, len(rows))
		for i, r := range rows {
			parts[i] = strings.Join(r.Keys, "/") + " → " + value(r.Value)
			if !r.Cite.IsZero() {
				parts[i] += " (" + r.Cite.Ref() + ")"
			}
		}
		return cell(strings.Join(parts, "; "))
	}
	return fmt.Sprint(x)
}

func code(s string) string { return strings.ReplaceAll(s, "`", "'") }

func codes(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "`" + n + "`"
	}
	return strings.Join(out, ", ")
}

// cell makes text safe inside a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
