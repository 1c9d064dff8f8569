package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, welfare.Book(), map[string]string{
		welfare.Opinions.Number: "../testdata/sources/1-welfare.txt",
	})
}
