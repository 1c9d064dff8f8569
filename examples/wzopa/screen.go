package wzopa

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

//go:embed policy/*.rego
var policy embed.FS

// Query is the Rego query a Screener evaluates.
const Query = "data.wzpolicy.welfare.screening"

// Grant is one benefit the policy grants: to a member (by index in
// Household.Members) or, with Member -1, to the household. Amount and Unit
// are its main figure, as welfare.Entry's; a benefit that decides rather
// than pays (free transport, accident insurance cover, the utility quotas)
// has a zero Amount, an empty Unit, and Outcome says what it gives, with
// Quantities for what it gives in kind.
type Grant struct {
	Member     int             `json:"member"`
	Rule       string          `json:"rule"`
	Part       string          `json:"part"`
	Amount     decimal.Decimal `json:"amount"`
	Unit       string          `json:"unit"`
	Outcome    string          `json:"outcome"`
	Quantities []Quantity      `json:"quantities"`
}

// Quantity is what a benefit gives in kind: 60 吨/户·年 of water.
type Quantity struct {
	Name   string          `json:"name"`
	Amount decimal.Decimal `json:"amount"`
	Unit   string          `json:"unit"`
}

// ErrRefused matches the error of a household the policy refuses to screen
// (see [ProblemsError]).
var ErrRefused = errors.New("wzopa: household refused")

// ProblemsError lists the facts of a household the policy cannot read as
// given: a value none of the document's, a date of birth after the
// assessment date, an amount not given to the fen… The library assesses
// every benefit that does not read such a fact; the policy screens no
// benefit of the household.
type ProblemsError struct {
	Problems []string
}

func (e *ProblemsError) Error() string {
	return fmt.Sprintf("wzopa: %d problem(s) in the household's facts: %s", len(e.Problems), strings.Join(e.Problems, "; "))
}

// Is reports whether target is [ErrRefused].
func (e *ProblemsError) Is(target error) bool { return target == ErrRefused }

// Screener evaluates the policy with a query prepared once. It is safe for
// concurrent use.
type Screener struct {
	pq rego.PreparedEvalQuery
}

// New parses and compiles the embedded policy and prepares its query.
func New(ctx context.Context) (*Screener, error) {
	opts := []func(*rego.Rego){rego.Query(Query)}
	files, err := fs.Glob(policy, "policy/*.rego")
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		src, err := policy.ReadFile(name)
		if err != nil {
			return nil, err
		}
		opts = append(opts, rego.Module(name, string(src)))
	}
	pq, err := rego.New(opts...).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("wzopa: preparing the policy: %w", err)
	}
	return &Screener{pq: pq}, nil
}

// Policy returns the Rego source of the policy, file by file.
func Policy() (map[string]string, error) {
	out := map[string]string{}
	err := fs.WalkDir(policy, "policy", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := policy.ReadFile(path)
		out[path] = string(b)
		return err
	})
	return out, err
}

// Screen returns the benefits the policy grants a household on a date
// with its locality's standards, household first, then each member's in
// household order, each in the order of the document. The household is a
// welfare.Household (or a pointer to one), or its JSON as json.Marshal
// writes a welfare.Household ([]byte or json.RawMessage). A household with
// facts the policy cannot read is refused with a [*ProblemsError].
func (s *Screener) Screen(ctx context.Context, household any, standards welfare.LocalStandards, on rules.Date) ([]Grant, error) {
	var hv ast.Value
	var err error
	switch h := household.(type) {
	case welfare.Household:
		hv, err = HouseholdValue(h)
	case *welfare.Household:
		hv, err = HouseholdValue(*h)
	case json.RawMessage:
		hv, err = ast.ValueFromReader(bytes.NewReader(h))
	case []byte:
		hv, err = ast.ValueFromReader(bytes.NewReader(h))
	default:
		return nil, fmt.Errorf("wzopa: a household is a welfare.Household or its JSON, not %T", household)
	}
	if err != nil {
		return nil, fmt.Errorf("wzopa: reading the household: %w", err)
	}
	sv, err := StandardsValue(standards)
	if err != nil {
		return nil, err
	}
	return s.ScreenInput(ctx, InputValue(hv, sv, on))
}

// ScreenInput screens a prepared input ([Input], [InputValue]).
func (s *Screener) ScreenInput(ctx context.Context, input ast.Value) ([]Grant, error) {
	rs, err := s.pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return nil, fmt.Errorf("wzopa: evaluating the policy: %w", err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, fmt.Errorf("wzopa: the policy gave %d results for %s, not one", len(rs), Query)
	}
	return decode(rs[0].Expressions[0].Value)
}

// result is the shape of the policy's screening.
type result struct {
	Grants []struct {
		Member     int    `json:"member"`
		Rule       string `json:"rule"`
		Part       string `json:"part"`
		Amount     string `json:"amount"`
		Unit       string `json:"unit"`
		Outcome    string `json:"outcome"`
		Quantities []struct {
			Name   string `json:"name"`
			Amount string `json:"amount"`
			Unit   string `json:"unit"`
		} `json:"quantities"`
	} `json:"grants"`
	Problems []string `json:"problems"`
}

func decode(v any) ([]Grant, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var r result
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("wzopa: the policy's result: %w", err)
	}
	if len(r.Problems) > 0 {
		return nil, &ProblemsError{Problems: r.Problems}
	}
	out := make([]Grant, 0, len(r.Grants))
	for _, g := range r.Grants {
		x := Grant{Member: g.Member, Rule: g.Rule, Part: g.Part, Unit: g.Unit, Outcome: g.Outcome}
		if g.Amount != "" {
			if x.Amount, err = decimal.NewFromString(g.Amount); err != nil {
				return nil, fmt.Errorf("wzopa: %s: amount %q: %w", g.Rule, g.Amount, err)
			}
		}
		for _, q := range g.Quantities {
			a, err := decimal.NewFromString(q.Amount)
			if err != nil {
				return nil, fmt.Errorf("wzopa: %s: %s %q: %w", g.Rule, q.Name, q.Amount, err)
			}
			x.Quantities = append(x.Quantities, Quantity{Name: q.Name, Amount: a, Unit: q.Unit})
		}
		out = append(out, x)
	}
	SortGrants(out)
	return out, nil
}

// SortGrants orders grants as a statement lists them: the household's
// first, then each member's in household order, each in the order of the
// document (the order of [Covered]).
func SortGrants(gs []Grant) {
	slices.SortStableFunc(gs, func(a, b Grant) int {
		if a.Member != b.Member {
			return a.Member - b.Member
		}
		if d := slices.Index(covered, a.Rule) - slices.Index(covered, b.Rule); d != 0 {
			return d
		}
		return strings.Compare(a.Part, b.Part)
	})
}
