package catalogue_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/internal/catalogue"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The committed catalogue is what the code would write, file by file, and
// holds no file the code no longer writes.
func TestCatalogueIsCurrent(t *testing.T) {
	files, err := catalogue.Files(wzpolicy.Domains())
	if err != nil {
		t.Fatal(err)
	}
	written := map[string]bool{}
	for _, f := range files {
		written[f.Path] = true
		current(t, "docs/"+f.Path, f.Data)
	}
	committed, err := filepath.Glob("../../docs/catalogue/*.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range committed {
		if name := "catalogue/" + filepath.Base(path); !written[name] {
			t.Errorf("docs/%s is no longer written: run `go generate ./...`, which removes it, and commit the result", name)
		}
	}
}

// Every rule has data cases; the committed coverage report is current. Run
// with -v to print the report.
func TestCoverage(t *testing.T) {
	report, err := catalogue.Measure("../..", wzpolicy.Domains())
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := report.Write(&got); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		fmt.Print(got.String())
	}
	for _, id := range report.Missing {
		t.Errorf("the catalogue's %s has no rule, group or rules of its parts", id)
	}
	for _, r := range report.Rules {
		if r.Cases == 0 {
			t.Errorf("%s has no data case in %s/testdata/*.yaml", r.ID, r.Domain)
		}
	}
	current(t, "docs/coverage.md", got.Bytes())
}

// current fails when the committed file at path (from the module's root)
// is not what the code writes: one line names the file and the command that
// rewrites it, then come the first lines that differ, as they read.
func current(t *testing.T, path string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join("../..", filepath.FromSlash(path)))
	if err != nil {
		t.Errorf("%s is missing: run `go generate ./...` and commit the result (%v)", path, err)
		return
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s is stale: run `go generate ./...` and commit the result\n%s", path, lineDiff(string(want), string(got), 4))
	}
}

// lineDiff shows where two texts first differ: the lines between their
// common beginning and their common end, at most max of each side, each
// line clipped around its first difference.
func lineDiff(committed, generated string, max int) string {
	a, b := strings.Split(committed, "\n"), strings.Split(generated, "\n")
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j := 0
	for j < len(a)-i && j < len(b)-i && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	da, db := a[i:len(a)-j], b[i:len(b)-j]
	var out strings.Builder
	fmt.Fprintf(&out, "line %d on (- committed, + generated):\n", i+1)
	show := func(sign string, lines, other []string) {
		for k, l := range lines {
			if k == max {
				fmt.Fprintf(&out, "%s … and %d more line(s)\n", sign, len(lines)-max)
				return
			}
			from := 0
			if k < len(other) && l != other[k] {
				from = commonRunes(l, other[k]) - 40
			}
			fmt.Fprintf(&out, "%s %s\n", sign, clip(l, from, 160))
		}
	}
	show("-", da, db)
	show("+", db, da)
	return strings.TrimSuffix(out.String(), "\n")
}

// commonRunes counts the runes two lines begin with alike.
func commonRunes(x, y string) int {
	n := 0
	for x != "" && y != "" {
		rx, sx := utf8.DecodeRuneInString(x)
		ry, sy := utf8.DecodeRuneInString(y)
		if rx != ry {
			break
		}
		x, y, n = x[sx:], y[sy:], n+1
	}
	return n
}

// clip returns at most width runes of line from the rune from, marking
// what it leaves out with "…".
func clip(line string, from, width int) string {
	rs := []rune(line)
	from = max(0, min(from, len(rs)))
	to := min(len(rs), from+width)
	s := string(rs[from:to])
	if from > 0 {
		s = "…" + s
	}
	if to < len(rs) {
		s += "…"
	}
	return s
}

func TestLineDiff(t *testing.T) {
	committed := "# 标题\n鹿城区 → 12\n洞头区 → 7\n尾\n"
	generated := "# 标题\n洞头区 → 7\n鹿城区 → 12\n尾\n"
	want := "line 2 on (- committed, + generated):\n- 鹿城区 → 12\n- 洞头区 → 7\n+ 洞头区 → 7\n+ 鹿城区 → 12"
	if got := lineDiff(committed, generated, 4); got != want {
		t.Errorf("lineDiff:\n%s\nwant:\n%s", got, want)
	}
	many := strings.Repeat("x\n", 10)
	got := lineDiff("a\n"+many, "b\n"+many+"y\n", 1)
	want = "line 1 on (- committed, + generated):\n- a\n- … and 10 more line(s)\n+ b\n+ … and 11 more line(s)"
	if got != want {
		t.Errorf("lineDiff limited to 1 line:\n%s\nwant:\n%s", got, want)
	}
	long := strings.Repeat("甲", 300)
	got = lineDiff(long+"乙\n", long+"丙\n", 4)
	if !strings.Contains(got, "- …"+strings.Repeat("甲", 40)+"乙\n+ …"+strings.Repeat("甲", 40)+"丙") {
		t.Errorf("a long line is not clipped around its difference:\n%s", got)
	}
}

var anchorRE = regexp.MustCompile(`<a id="([^"]+)"></a>`)

// order returns the IDs of a domain's file, in the order it lists them.
func order(t *testing.T, d wzpolicy.Domain) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := catalogue.WriteDomain(&buf, d); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range anchorRE.FindAllStringSubmatch(buf.String(), -1) {
		if m[1] != "parameters" {
			ids = append(ids, m[1])
		}
	}
	return ids
}

var space = regexp.MustCompile(`\s+`)

func squeeze(s string) string { return space.ReplaceAllString(s, "") }

// source returns the text of a domain's document, whitespace removed.
func source(t *testing.T, name string) string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/sources/*-" + name + ".txt")
	if err != nil || len(paths) != 1 {
		t.Fatalf("the text of %s: %v %v", name, paths, err)
	}
	raw, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	return squeeze(string(raw))
}

func citeOf(b *rules.Book, id string) rules.Citation {
	if r, ok := b.Rule(id); ok {
		return r.Cite
	}
	for _, g := range b.Groups() {
		if g.ID == id {
			return g.Cite
		}
	}
	return rules.Citation{}
}

// followsText checks ids against the document's text: where the words a
// rule quotes stand in the text. Rules citing the same clause may come in
// any order among themselves, but every rule of a clause must come after
// the words quoted by the rules of every clause listed before it.
func followsText(b *rules.Book, text string, ids []string) error {
	prevMax, runMax := -1, -1
	prevClause := ""
	for i, id := range ids {
		c := citeOf(b, id)
		pos := strings.Index(text, squeeze(c.Quote))
		if c.IsZero() || pos < 0 {
			return fmt.Errorf("%s: its quote is not in the text: %q", id, c.Quote)
		}
		if i > 0 && c.Clause != prevClause {
			prevMax = max(prevMax, runMax)
			runMax = -1
		}
		if pos <= prevMax {
			return fmt.Errorf("%s (%s) is listed after a clause that the document puts after it", id, c.Clause)
		}
		runMax, prevClause = max(runMax, pos), c.Clause
	}
	return nil
}

// Every document's rules are listed in the order of its text: checked
// against where each rule's quote stands in the document, not against the
// order the catalogue computes from the clause numbers.
func TestRulesInDocumentOrder(t *testing.T) {
	for _, d := range wzpolicy.Domains() {
		b := d.Book()
		ids := order(t, d)
		want := len(b.RuleIDs()) + len(b.Groups())
		if len(ids) != want {
			t.Errorf("%s lists %d rules and groups, the book has %d", d.Name, len(ids), want)
		}
		if err := followsText(b, source(t, d.Name), ids); err != nil {
			t.Errorf("%s: %v", d.Name, err)
		}
	}
	// The check can fail: ridehail's IDs in code-point order put (二十六)
	// carpool before (十五) driver.
	d, _ := wzpolicy.DomainNamed("ridehail")
	ids := slices.Sorted(slices.Values(d.Book().RuleIDs()))
	if followsText(d.Book(), source(t, "ridehail"), ids) == nil {
		t.Error("ridehail's rules in ID order pass the order check")
	}
}

// A table's rows are in the order the document lists them: the temporary
// resettlement rates by district follow the annexes, 附件1 鹿城区 … 附件6
// 浙南产业集聚区, as the text of the notice numbers them (not code-point
// order, which puts 洞头区 before 鹿城区).
func TestTableRowsInAnnexOrder(t *testing.T) {
	text := source(t, "expropriation")
	annexes := regexp.MustCompile(`附件(\d)(\p{Han}+?)国有土地上房屋征收临时安置费`).FindAllStringSubmatch(text, -1)
	want := make([]string, 0, len(annexes))
	for i, m := range annexes {
		if m[1] != fmt.Sprint(i+1) {
			t.Fatalf("annex %s found in place %d", m[1], i+1)
		}
		want = append(want, m[2])
	}
	if len(want) != 6 || want[0] != "鹿城区" || want[3] != "洞头区" {
		t.Fatalf("annexes of the notice: %v", want)
	}
	d, _ := wzpolicy.DomainNamed("expropriation")
	var buf bytes.Buffer
	if err := catalogue.WriteDomain(&buf, d); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"resettlement_rate_min", "resettlement_rate_max", "moving_rate"} {
		var row string
		for _, line := range strings.Split(buf.String(), "\n") {
			if strings.HasPrefix(line, "| `"+name+"` |") {
				row = line
			}
		}
		cells := strings.Split(row, " | ")
		if len(cells) < 5 {
			t.Fatalf("no row of %s in the catalogue", name)
		}
		var got []string
		for _, part := range strings.Split(cells[4], "; ") {
			district, _, _ := strings.Cut(part, " → ")
			district, _, _ = strings.Cut(district, "/")
			if !slices.Contains(got, district) {
				got = append(got, district)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s lists the districts as %v, the annexes as %v", name, got, want)
		}
	}
}

// The 文号 is written once in a document's file, in its heading; the
// clauses below name only the clause. Quotes of the document's own words
// may name other documents.
func TestNumberOnce(t *testing.T) {
	quote := regexp.MustCompile(`“[^”]*”`)
	for _, d := range wzpolicy.Domains() {
		var buf bytes.Buffer
		if err := catalogue.WriteDomain(&buf, d); err != nil {
			t.Fatal(err)
		}
		main := d.Book().Documents()
		text := quote.ReplaceAllString(buf.String(), "")
		for _, doc := range main {
			n := strings.Count(text, doc.Number)
			heading, _, _ := strings.Cut(text, "\n")
			switch {
			case strings.Contains(heading, doc.Number) && n != 1:
				t.Errorf("%s: %s is written %d times, outside quotes", d.Name, doc.Number, n)
			case !strings.Contains(heading, doc.Number) && strings.Count(text, doc.Number+"《") != 1:
				t.Errorf("%s: the other document %s is not introduced once with its title", d.Name, doc.Number)
			}
		}
	}
}
