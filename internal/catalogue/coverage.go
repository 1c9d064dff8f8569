package catalogue

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Report is the coverage of the rules and take-the-higher groups (each
// domain's in the order of its document's clauses, as the catalogue lists
// them) by the data cases (each domain's testdata/*.yaml): how many cases each has, whether they exercise both
// ends of its in-force period and both sides of every bracket boundary it
// reads, and which catalogue IDs have no rule yet.
type Report struct {
	Rules   []RuleCoverage
	Missing []string // catalogue IDs with neither a rule, a group nor rules of its parts
}

// RuleCoverage is one rule's coverage.
type RuleCoverage struct {
	Domain, ID string
	Group      bool // a take-the-higher group: its members' rows cover their periods
	Cases      int
	In         rules.Period
	// Whether some case is dated on each edge of the in-force period.
	DayBefore, FirstDay, LastDay, DayAfter bool
	Boundaries                             []Boundary
}

// Boundary is the meeting point of two bands of a bracket a rule reads. It
// is exercised when a case looks up the boundary value itself and another
// case lands in the band on its other side.
type Boundary struct {
	Param                string
	Value                string
	Exact                bool // a case looked up the value itself
	Below, Above         bool // cases landed in the band below and the band above
	BelowBand, AboveBand string
}

// Exercised reports whether both sides of the boundary are covered.
func (b Boundary) Exercised() bool { return b.Exact && b.Below && b.Above }

// Complete reports whether the rule has cases, both ends of its period, and
// every bracket boundary exercised.
func (r RuleCoverage) Complete() bool {
	if r.Group {
		return r.Cases > 0
	}
	ok := r.Cases > 0 && r.FirstDay && r.DayBefore
	if !r.In.To.IsZero() {
		ok = ok && r.LastDay && r.DayAfter
	}
	for _, b := range r.Boundaries {
		ok = ok && b.Exercised()
	}
	return ok
}

var catalogueID = regexp.MustCompile(`(?m)^\| ([a-z_]+\.[a-z0-9_.]+) \|`)

// Measure evaluates every data case of the domains, found under root (the
// module's root) in <domain>/testdata/*.yaml, and reports coverage. The
// catalogue of provisions is read from root/testdata/PROVISIONS.md.
func Measure(root string, domains []wzpolicy.Domain) (*Report, error) {
	report := &Report{}
	known := map[string]bool{}
	for _, d := range domains {
		files, err := filepath.Glob(filepath.Join(root, d.Name, "testdata", "*.yaml"))
		if err != nil {
			return nil, err
		}
		var cases []rulestest.Case
		for _, f := range files {
			cs, err := rulestest.Load(f)
			if err != nil {
				return nil, err
			}
			cases = append(cases, cs...)
		}
		// In the catalogue's order: the document's clauses.
		for _, e := range entries(d.Book(), mainDocument(d.Book())) {
			known[e.id] = true
			report.Rules = append(report.Rules, measureRule(d, e.id, cases))
		}
	}
	provisions, err := os.ReadFile(filepath.Join(root, "testdata", "PROVISIONS.md"))
	if err != nil {
		return nil, err
	}
	for _, m := range catalogueID.FindAllStringSubmatch(string(provisions), -1) {
		if !known[m[1]] && !hasPart(known, m[1]) {
			report.Missing = append(report.Missing, m[1])
		}
	}
	sort.Strings(report.Missing)
	return report, nil
}

// hasPart reports whether a rule encodes a part of the provision id: a
// provision that grants several benefits is one rule per benefit, each
// named by the provision's ID and the part ("welfare.utilities.free_quota.
// transport").
func hasPart(known map[string]bool, id string) bool {
	for k := range known {
		if strings.HasPrefix(k, id+".") {
			return true
		}
	}
	return false
}

func measureRule(d wzpolicy.Domain, id string, cases []rulestest.Case) RuleCoverage {
	b := d.Book()
	rc := RuleCoverage{Domain: d.Name, ID: id}
	rc.In, _ = b.InForce(id)
	for _, g := range b.Groups() {
		if g.ID == id {
			rc.Group = true
		}
	}
	type band struct {
		param string
		i     int
	}
	hit := map[band]bool{}
	exact := map[string]bool{} // param + "=" + value
	for _, c := range cases {
		if c.Rule != id {
			continue
		}
		rc.Cases++
		switch c.Date {
		case rc.In.From:
			rc.FirstDay = true
		case rc.In.From.AddDays(-1):
			rc.DayBefore = true
		}
		if !rc.In.To.IsZero() && !rc.Group {
			switch c.Date {
			case rc.In.To:
				rc.LastDay = true
			case rc.In.To.AddDays(1):
				rc.DayAfter = true
			}
		}
		if c.Members != nil {
			continue // a group's case: its members' brackets are their own rules' coverage
		}
		res, err := b.Eval(id, c.Date, c.Inputs)
		if err != nil {
			continue
		}
		for _, s := range res.Trace() {
			if !s.Band {
				continue
			}
			par, _ := b.Param(s.Name)
			br := latestBracket(par)
			for i, bd := range br.Bands {
				if bd.Range.String() == s.Key {
					hit[band{s.Name, i}] = true
				}
			}
			exact[s.Name+"="+s.Lookup.String()] = true
		}
	}
	for _, name := range b.RuleParams(id) {
		par, _ := b.Param(name)
		br := latestBracket(par)
		if br == nil {
			continue
		}
		for i := 0; i+1 < len(br.Bands); i++ {
			if !br.Bands[i].Hi.Set {
				continue
			}
			v := br.Bands[i].Hi.Value
			rc.Boundaries = append(rc.Boundaries, Boundary{
				Param: name, Value: v.String(),
				Exact:     exact[name+"="+v.String()],
				Below:     hit[band{name, i}],
				Above:     hit[band{name, i + 1}],
				BelowBand: br.Bands[i].Range.String(), AboveBand: br.Bands[i+1].Range.String(),
			})
		}
	}
	return rc
}

func latestBracket(p rules.Param) *rules.Bracket {
	if len(p.History) == 0 {
		return nil
	}
	br, _ := p.History[len(p.History)-1].Value.(*rules.Bracket)
	return br
}

// Write writes the report as Markdown.
func (r *Report) Write(w io.Writer) error {
	p := &printer{w: w}
	total, complete, none := 0, 0, 0
	for _, rc := range r.Rules {
		total += rc.Cases
		if rc.Complete() {
			complete++
		}
		if rc.Cases == 0 {
			none++
		}
	}
	p.f("# Coverage of the data cases\n\n")
	p.f("Generated by `go generate ./...` from each domain's `testdata/*.yaml` — do not edit by hand.\n\n")
	p.f("%d data cases over %d rules and groups; %d have cases at both ends of their in-force period and on both\n", total, len(r.Rules), complete)
	p.f("sides of every bracket boundary they read; %d rules have no case. ✓ marks what a case exercises,\n", none)
	p.f("✗ what none does, — what does not apply (an open-ended period; a take-the-higher group, whose\n")
	p.f("members' own rows cover their periods).\n\n")
	p.f("| rule | cases | day before | first day | last day | day after | bracket boundaries |\n|---|---|---|---|---|---|---|\n")
	mark := func(b bool) string {
		if b {
			return "✓"
		}
		return "✗"
	}
	for _, rc := range r.Rules {
		before, first, last, after := mark(rc.DayBefore), mark(rc.FirstDay), mark(rc.LastDay), mark(rc.DayAfter)
		if rc.In.To.IsZero() {
			last, after = "—", "—"
		}
		if rc.Group {
			before, first, last, after = "—", "—", "—", "—"
		}
		var bs []string
		for _, b := range rc.Boundaries {
			s := fmt.Sprintf("%s %s %s", b.Param, b.Value, mark(b.Exercised()))
			if !b.Exercised() {
				var lack []string
				if !b.Exact {
					lack = append(lack, "no case at "+b.Value)
				}
				if !b.Below {
					lack = append(lack, "none in "+b.BelowBand)
				}
				if !b.Above {
					lack = append(lack, "none in "+b.AboveBand)
				}
				s += " (" + strings.Join(lack, ", ") + ")"
			}
			bs = append(bs, s)
		}
		p.f("| `%s` | %d | %s | %s | %s | %s | %s |\n", rc.ID, rc.Cases, before, first, last, after, cell(strings.Join(bs, "; ")))
	}
	p.f("\n## Catalogue IDs without a rule\n\n")
	if len(r.Missing) == 0 {
		p.f("None: every ID of the catalogue of provisions has its rule, its group or a rule for each of its parts.\n")
	}
	for _, id := range r.Missing {
		p.f("- `%s`\n", id)
	}
	return p.err
}
