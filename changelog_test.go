package wzpolicy_test

import (
	"os"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy"
)

// Every book's content hash is recorded in CHANGELOG.md, so that a change
// to a book — a figure, a condition, a citation — cannot land without an
// entry saying what it does to the figures (docs/versioning.md).
func TestBookHashesInChangelog(t *testing.T) {
	log, err := os.ReadFile("CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range wzpolicy.Domains() {
		if h := d.Book().Hash(); !strings.Contains(string(log), h) {
			t.Errorf("the %s book's hash %s is not in CHANGELOG.md: record it in the Unreleased table and say what the change does to the figures (docs/versioning.md)", d.Name, h)
		}
	}
}
