// Package books lists the rule books of the library's domain packages, in
// the order of the catalogue, for the programs and tests that work across
// all of them: the catalogue generator, the coverage report and the
// command-line example.
package books

import (
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Domain is a domain package and its book.
type Domain struct {
	Name string // the package name, which is also the first part of its rule IDs
	Book *rules.Book
}

// All returns every domain, in the order of the catalogue of provisions.
func All() []Domain {
	return []Domain{
		{"welfare", welfare.Book()},
		{"relief", relief.Book()},
		{"expropriation", expropriation.Book()},
		{"roads", roads.Book()},
		{"ridehail", ridehail.Book()},
		{"grain", grain.Book()},
		{"productivity", productivity.Book()},
	}
}

// Find returns the book holding the rule or group with the given ID.
func Find(id string) *rules.Book {
	for _, d := range All() {
		if _, ok := d.Book.Rule(id); ok {
			return d.Book
		}
		for _, g := range d.Book.Groups() {
			if g.ID == id {
				return d.Book
			}
		}
	}
	return nil
}
