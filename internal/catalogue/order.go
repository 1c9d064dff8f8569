package catalogue

import (
	"cmp"
	"slices"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// The parts of a document, in the order they are printed: a clause's place
// is its part, then its numbers.
const (
	partPreamble   = iota // 序言; 通知, the cover notice a plan is issued with
	partBody              // 正文 and every numbered clause of it
	partClosing           // 末段: the body's closing paragraph, after its numbered clauses
	partSupplement        // 附则: the supplementary provisions after the body
	partAnnex             // 附件: the annexes, in their number order
)

// place is where a clause stands in its document: its part, then the
// numbers of its headings from the outermost in. "二、9" is the body's
// [2 9]; "三（五）" [3 5]; "（三十三）" [33]; "5.3.1" [5 3 1]; "附件2" the
// annexes' [2]. A clause that names a range ("5.2–5.5") stands where the
// range begins.
type place struct {
	part int
	nums []int
}

func placeOf(clause string) place {
	p := place{part: partBody}
	rs := []rune(clause)
	for i := 0; i < len(rs); {
		rest := string(rs[i:])
		switch {
		case strings.HasPrefix(rest, "序言"), strings.HasPrefix(rest, "通知"):
			p.part = partPreamble
			i += 2
			continue
		case strings.HasPrefix(rest, "末段"):
			p.part = partClosing
			i += 2
			continue
		case strings.HasPrefix(rest, "附则"):
			p.part = partSupplement
			i += 2
			continue
		case strings.HasPrefix(rest, "附件"):
			p.part = partAnnex
			i += 2
			continue
		}
		r := rs[i]
		switch {
		case r >= '0' && r <= '9':
			n := 0
			for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
				n = n*10 + int(rs[i]-'0')
			}
			p.nums = append(p.nums, n)
		case chineseDigit(r) >= 0:
			j := i
			for j < len(rs) && chineseDigit(rs[j]) >= 0 {
				j++
			}
			p.nums = append(p.nums, chineseNumber(rs[i:j]))
			i = j
		case r == '–', r == '—', r == '-', r == '~', r == '至':
			return p // a range: where it begins
		default:
			i++
		}
	}
	return p
}

// chineseDigit returns the value of a Chinese numeral character: 0–9 for
// the digits, 10 and 100 for 十 and 百, -1 for any other character.
func chineseDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	case '百':
		return 100
	}
	return -1
}

// chineseNumber reads a Chinese numeral up to the hundreds: 十 10, 十五
// 15, 二十六 26, 三十三 33, 一百零二 102.
func chineseNumber(rs []rune) int {
	total, digit := 0, 0
	for _, r := range rs {
		switch v := chineseDigit(r); v {
		case 10, 100:
			if digit == 0 {
				digit = 1
			}
			total += digit * v
			digit = 0
		default:
			digit = v
		}
	}
	return total + digit
}

func comparePlaces(a, b place) int {
	if c := cmp.Compare(a.part, b.part); c != 0 {
		return c
	}
	return slices.Compare(a.nums, b.nums)
}

// compareClauses orders two clauses of one document as the document
// prints them.
func compareClauses(a, b string) int { return comparePlaces(placeOf(a), placeOf(b)) }

// entry is one item of a document's catalogue: a rule or a take-the-higher
// group, under the citation it rests on.
type entry struct {
	id    string
	group *rules.Group
	cite  rules.Citation
}

// entries returns the rules and groups of the book in the order of the
// clauses they cite: the main document's first, in its order, then those
// of any other document; entries citing the same clause keep the book's
// order.
func entries(b *rules.Book, main rules.Document) []entry {
	var out []entry
	for _, id := range b.RuleIDs() {
		r, _ := b.Rule(id)
		out = append(out, entry{id: id, cite: r.Cite})
	}
	for _, g := range b.Groups() {
		out = append(out, entry{id: g.ID, group: &g, cite: g.Cite})
	}
	docs := b.Documents()
	slices.SortStableFunc(out, func(x, y entry) int { return compareCites(docs, main, x.cite, y.cite) })
	return out
}

// compareCites orders two citations: those of the main document first, by
// clause, then those of the other documents in the book's order.
func compareCites(docs []rules.Document, main rules.Document, x, y rules.Citation) int {
	if c := cmp.Compare(docRank(docs, main, x.Doc), docRank(docs, main, y.Doc)); c != 0 {
		return c
	}
	return compareClauses(x.Clause, y.Clause)
}

func docRank(docs []rules.Document, main, d rules.Document) int {
	if d.Number == main.Number {
		return 0
	}
	for i, o := range docs {
		if o.Number == d.Number {
			return 1 + i
		}
	}
	return 1 + len(docs)
}

// mainDocument returns the document the book's rules cite most: the one
// the catalogue file is of (the first cited on a tie).
func mainDocument(b *rules.Book) rules.Document {
	count := map[string]int{}
	var best rules.Document
	for _, id := range b.RuleIDs() {
		r, _ := b.Rule(id)
		n := r.Cite.Doc.Number
		count[n]++
		if best.Number == "" || count[n] > count[best.Number] {
			best = r.Cite.Doc
		}
	}
	return best
}
