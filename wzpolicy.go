// Package wzpolicy lists the library's seven documents and their rule books,
// for programs that work across all of them: an HTTP service, a batch job, a
// catalogue or a test that must reach every rule without naming each domain
// package.
//
// Each domain package (welfare, relief, expropriation, roads, ridehail,
// grain, productivity) compiles its book on first use; listing the domains
// compiles nothing, and Find compiles only the book the ID names.
//
//	for _, d := range wzpolicy.Domains() {
//		for _, id := range d.Book().RuleIDs() { … }
//	}
//	d, ok := wzpolicy.Find("expropriation.moving.fee")
//	res, err := d.Book().Eval("expropriation.moving.fee", on, inputs)
//
// It also reads a case as data, the form the adapters under examples/ take
// from callers (HTTP, batch files, a command): a rule, a take-the-higher
// group, or a household's or firm's assessment, on a date, with its inputs
// (Case, DecodeCase; docs/json.md). Case.Eval answers it with the document's
// own book and Answer writes the result as the library's JSON:
//
//	c, err := wzpolicy.DecodeCase(body) // *CaseError names the field, in Chinese and English
//	a, err := c.Eval()                  // *rules.Error, with its code
//	out, err := json.Marshal(a)
package wzpolicy

import (
	"strings"

	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Domain is one document's package: its name, which is also the first part
// of every rule and group ID in its book, and the book.
type Domain struct {
	// Name is the package name: "welfare", "relief", "expropriation",
	// "roads", "ridehail", "grain" or "productivity".
	Name string
	book func() *rules.Book
}

// Book returns the domain's book, compiled on the first call of any
// program and shared afterwards. It is immutable and safe for concurrent
// use.
func (d Domain) Book() *rules.Book { return d.book() }

// Domains returns every domain, in the order of the catalogue of
// provisions. The slice is the caller's own.
func Domains() []Domain {
	return []Domain{
		{"welfare", welfare.Book},
		{"relief", relief.Book},
		{"expropriation", expropriation.Book},
		{"roads", roads.Book},
		{"ridehail", ridehail.Book},
		{"grain", grain.Book},
		{"productivity", productivity.Book},
	}
}

// DomainNamed returns the domain with the given package name.
func DomainNamed(name string) (Domain, bool) {
	for _, d := range Domains() {
		if d.Name == name {
			return d, true
		}
	}
	return Domain{}, false
}

// Find returns the domain whose book holds the rule or group with the given
// ID. Only that domain's book is compiled.
func Find(id string) (Domain, bool) {
	name, _, ok := strings.Cut(id, ".")
	if !ok {
		return Domain{}, false
	}
	d, ok := DomainNamed(name)
	if !ok {
		return Domain{}, false
	}
	b := d.Book()
	if _, _, ok := b.Heading(id); ok {
		return d, true
	}
	for _, g := range b.Groups() {
		if g.ID == id {
			return d, true
		}
	}
	return Domain{}, false
}
