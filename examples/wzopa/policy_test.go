package wzopa_test

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/format"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
)

// The policy's files are as OPA's formatter (opa fmt) writes them.
func TestPolicyFormatted(t *testing.T) {
	files, err := wzopa.Policy()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no policy files embedded")
	}
	for name, src := range files {
		got, err := format.Source(name, []byte(src))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if string(got) != src {
			t.Errorf("%s is not formatted as opa fmt writes it", name)
		}
	}
}
