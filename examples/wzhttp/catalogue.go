package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

// catalogue is what the service answers about the books, written once when
// the server starts (every book is compiled then): the listings, each rule
// and group described, the parameters, the documents and the OpenAPI
// document. Listing is then a copy of bytes.
type catalogue struct {
	rules     []byte
	rule      map[string][]byte
	groups    []byte
	group     map[string][]byte
	params    map[string][]byte // by domain; "" for all
	documents []byte
	openapi   []byte
	health    []byte
	hashes    map[string]string // each domain's book hash
	allHashes string            // domain=hash for every book, for a batch
}

// theCatalogue is built on first use and shared: the books do not change
// while the program runs.
var theCatalogue = sync.OnceValues(func() (*catalogue, error) { return buildCatalogue(wzpolicy.Domains()) })

// ruleJSON describes a rule: a summary in the listing, in full on its own.
type ruleJSON struct {
	ID          string          `json:"id"`
	Domain      string          `json:"domain"`
	Title       rules.Text      `json:"title"`
	Clause      string          `json:"clause"`
	InForce     rules.Period    `json:"in_force"`
	Cite        *rules.Citation `json:"cite,omitempty"`
	Inputs      []inputJSON     `json:"inputs,omitempty"`
	Outputs     []outputJSON    `json:"outputs,omitempty"`
	InputSchema obj             `json:"input_schema,omitempty"`
	Groups      []string        `json:"groups,omitempty"`
}

type inputJSON struct {
	Name     string      `json:"name"`
	Title    rules.Text  `json:"title"`
	Kind     string      `json:"kind"`
	Unit     *rules.Unit `json:"unit,omitempty"`
	Range    obj         `json:"range,omitempty"`
	Whole    bool        `json:"whole,omitempty"`
	OneOf    []string    `json:"one_of,omitempty"`
	Labels   []string    `json:"labels,omitempty"`
	Default  any         `json:"default,omitempty"`
	Required bool        `json:"required"`
	Schema   obj         `json:"schema"`
}

type outputJSON struct {
	Name  string     `json:"name"`
	Title rules.Text `json:"title"`
	Unit  rules.Unit `json:"unit"`
}

type groupJSON struct {
	ID      string          `json:"id"`
	Domain  string          `json:"domain"`
	Title   rules.Text      `json:"title"`
	Cite    *rules.Citation `json:"cite,omitempty"`
	Members []string        `json:"members"`
}

type paramJSON struct {
	Domain  string           `json:"domain"`
	Name    string           `json:"name"`
	Title   rules.Text       `json:"title"`
	Unit    rules.Unit       `json:"unit"`
	Floor   bool             `json:"floor,omitempty"`
	Cap     bool             `json:"cap,omitempty"`
	Range   obj              `json:"range,omitempty"`
	OneOf   []string         `json:"one_of,omitempty"`
	History []paramValueJSON `json:"history"`
}

type paramValueJSON struct {
	From  *rules.Date     `json:"from,omitempty"`
	Cite  *rules.Citation `json:"cite,omitempty"`
	Kind  string          `json:"kind"`
	Value string          `json:"value,omitempty"`
	Rows  []rowJSON       `json:"rows,omitempty"`
	Of    *rules.Unit     `json:"of,omitempty"`
	Bands []bandJSON      `json:"bands,omitempty"`
}

type rowJSON struct {
	Keys  []string        `json:"keys"`
	Value string          `json:"value"`
	Cite  *rules.Citation `json:"cite,omitempty"`
}

type bandJSON struct {
	Range obj         `json:"range"`
	Value json.Number `json:"value"`
}

type documentsJSON struct {
	Domain    string           `json:"domain"`
	Documents []rules.Document `json:"documents"`
}

func buildCatalogue(domains []wzpolicy.Domain) (*catalogue, error) {
	c := &catalogue{rule: map[string][]byte{}, group: map[string][]byte{}, params: map[string][]byte{},
		hashes: map[string]string{}}
	var list []ruleJSON
	var groups []groupJSON
	var allParams []paramJSON
	var docs []documentsJSON
	health := struct {
		Status string            `json:"status"`
		Books  map[string]string `json:"books"`
	}{"ok", map[string]string{}}
	for _, d := range domains {
		b := d.Book()
		c.hashes[d.Name] = b.Hash()
		health.Books[d.Name] = b.Hash()
		if c.allHashes != "" {
			c.allHashes += ","
		}
		c.allHashes += d.Name + "=" + b.Hash()
		memberOf := map[string][]string{}
		for _, g := range b.Groups() {
			gj := groupJSON{ID: g.ID, Domain: d.Name, Title: g.Title, Members: g.Rules}
			if !g.Cite.IsZero() {
				cite := g.Cite
				gj.Cite = &cite
			}
			groups = append(groups, gj)
			c.group[g.ID] = indented(gj)
			for _, id := range g.Rules {
				memberOf[id] = append(memberOf[id], g.ID)
			}
		}
		for _, id := range b.RuleIDs() {
			r, _ := b.Rule(id)
			p, _ := b.InForce(id)
			sum := ruleJSON{ID: id, Domain: d.Name, Title: r.Title, Clause: r.Cite.Ref(), InForce: p}
			list = append(list, sum)
			full := sum
			cite := r.Cite
			full.Cite = &cite
			full.InputSchema = inputsSchema(r)
			full.Groups = memberOf[id]
			for _, in := range r.Inputs {
				full.Inputs = append(full.Inputs, describeInput(in))
			}
			for _, o := range r.Outputs {
				full.Outputs = append(full.Outputs, outputJSON{Name: o.Name, Title: o.Title, Unit: o.Unit})
			}
			c.rule[id] = indented(full)
		}
		var ps []paramJSON
		for _, p := range b.Params() {
			pj, err := describeParam(d.Name, p)
			if err != nil {
				return nil, err
			}
			ps = append(ps, pj)
		}
		c.params[d.Name] = indented(ps)
		allParams = append(allParams, ps...)
		docs = append(docs, documentsJSON{Domain: d.Name, Documents: b.Documents()})
	}
	c.rules = indented(list)
	c.groups = indented(groups)
	c.params[""] = indented(allParams)
	c.documents = indented(docs)
	c.health = indented(health)
	doc, err := buildOpenAPI(domains)
	if err != nil {
		return nil, err
	}
	c.openapi = doc
	return c, nil
}

// hashOf is the hash of the book of a rule, group or assessment ID (the
// domain is its first part); "" for an ID of no domain.
func (c *catalogue) hashOf(id string) string {
	domain, _, _ := strings.Cut(id, ".")
	return c.hashes[domain]
}

func describeInput(in rules.Input) inputJSON {
	ij := inputJSON{Name: in.Name, Title: in.Title, Kind: in.Kind.String(), OneOf: in.OneOf, Labels: in.Labels,
		Default: in.Default, Required: inputRequired(in), Schema: inputSchema(in)}
	if in.Kind == rules.KindNumber {
		u := in.Unit
		ij.Unit = &u
		ij.Range = rangeJSON(in.Range)
		ij.Whole = in.Whole
	}
	return ij
}

// describeParam writes a parameter with its history as the book holds it:
// each value from its date, with its clause; a table's rows and a
// bracket's bands in the book's order, which is the document's.
func describeParam(domain string, p rules.Param) (paramJSON, error) {
	pj := paramJSON{Domain: domain, Name: p.Name, Title: p.Title, Unit: p.Unit, Floor: p.Floor, Cap: p.Cap, OneOf: p.OneOf}
	if !p.Range.IsZero() {
		pj.Range = rangeJSON(p.Range)
	}
	for _, h := range p.History {
		v := paramValueJSON{}
		if !h.From.IsZero() {
			from := h.From
			v.From = &from
		}
		if !h.Cite.IsZero() {
			cite := h.Cite
			v.Cite = &cite
		}
		switch x := h.Value.(type) {
		case decimal.Decimal:
			v.Kind, v.Value = "number", x.String()
		case string:
			v.Kind, v.Value = "text", x
		case rules.Date:
			v.Kind, v.Value = "date", x.String()
		case rules.Table:
			v.Kind = "table"
			for _, row := range x.Rows {
				rj := rowJSON{Keys: row.Keys, Value: fmt.Sprint(row.Value)}
				if !row.Cite.IsZero() {
					cite := row.Cite
					rj.Cite = &cite
				}
				v.Rows = append(v.Rows, rj)
			}
		case *rules.Bracket:
			v.Kind = "bracket"
			of := x.Of
			v.Of = &of
			for _, band := range x.Bands {
				v.Bands = append(v.Bands, bandJSON{Range: rangeJSON(band.Range), Value: number(band.Value)})
			}
		default:
			return pj, fmt.Errorf("parameter %s: a value of a kind this service does not know (%T)", p.Name, h.Value)
		}
		pj.History = append(pj.History, v)
	}
	return pj, nil
}

// indented is v as indented JSON, HTML characters as they are.
func indented(v any) []byte {
	var buf bytes.Buffer
	writeJSON(&buf, v)
	return buf.Bytes()
}
