// Package domains gives [rulestest] every domain of the library: the book
// that holds a rule or group, and the assessments a data file of whole
// households or firms names (welfare.household, relief.firm). The domains'
// own tests and a command that runs the data files for people who do not
// write Go both check cases with it, so they cannot disagree.
package domains

import (
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Checker checks data files of every domain: a rule or group case against
// the book that holds its ID, an assessment case with [Assess].
func Checker() rulestest.Checker {
	return rulestest.Checker{Book: Book, Assess: Assess}
}

// Book returns the book that holds the rule or group with the given ID; for
// an ID no book holds, the book of the domain its first part names (which
// then finds no such rule), or nil.
func Book(id string) *rules.Book {
	if d, ok := wzpolicy.Find(id); ok {
		return d.Book()
	}
	name, _, _ := strings.Cut(id, ".")
	if d, ok := wzpolicy.DomainNamed(name); ok {
		return d.Book()
	}
	return nil
}

// Assess runs an assessment case by the assessment its file names:
// welfare.household ([Household]) or relief.firm ([Firm]).
func Assess(c *rulestest.AssessmentCase) (*rulestest.Statement, error) {
	switch c.Assessment {
	case "welfare.household":
		return Household(c)
	case "relief.firm":
		return Firm(c)
	}
	return nil, fmt.Errorf("%s: assessment %q is neither welfare.household nor relief.firm", c.Source, c.Assessment)
}
