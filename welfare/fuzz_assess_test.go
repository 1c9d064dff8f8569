package welfare_test

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The fuzz targets build arbitrary cases from bytes with rulestest.Fill
// (see fill): texts are mostly the document's own values (so that cases get
// past validation), sometimes none or arbitrary bytes; numbers and dates
// mostly ordinary, sometimes zero, negative or beyond the engine's limits.

// fuzzEnums are the enums of the package, each with its values.
var fuzzEnums = map[reflect.Type][]string{
	reflect.TypeFor[welfare.Locality]():               rules.Texts(welfare.Localities()),
	reflect.TypeFor[welfare.AssistanceStatus]():       rules.Texts(welfare.AssistanceStatuses()),
	reflect.TypeFor[welfare.TekunSupport]():           rules.Texts(welfare.TekunSupports()),
	reflect.TypeFor[welfare.SelfCare]():               rules.Texts(welfare.SelfCares()),
	reflect.TypeFor[welfare.DisabilityKind]():         rules.Texts(welfare.DisabilityKinds()),
	reflect.TypeFor[welfare.CareMode]():               rules.Texts(welfare.CareModes()),
	reflect.TypeFor[welfare.ChildCategory]():          rules.Texts(welfare.ChildCategories()),
	reflect.TypeFor[welfare.FamilyPlanningCategory](): rules.Texts(welfare.FamilyPlanningCategories()),
	reflect.TypeFor[welfare.RiskClass]():              rules.Texts(welfare.RiskClasses()),
	reflect.TypeFor[welfare.IncomeKind]():             rules.Texts(welfare.IncomeKinds()),
	reflect.TypeFor[welfare.PriorityCategory]():       rules.Texts(welfare.PriorityCategories()),
	reflect.TypeFor[welfare.RenovationProject]():      rules.Texts(welfare.RenovationProjects()),
	reflect.TypeFor[welfare.VisitKind]():              rules.Texts(welfare.VisitKinds()),
	reflect.TypeFor[welfare.StudyLevel]():             rules.Texts(welfare.StudyLevels()),
	reflect.TypeFor[welfare.StudyGrantScheme]():       rules.Texts(welfare.StudyGrantSchemes()),
	reflect.TypeFor[welfare.Occupation]():             rules.Texts(welfare.Occupations()),
	reflect.TypeFor[welfare.MigrantOrigin]():          rules.Texts(welfare.MigrantOrigins()),
	reflect.TypeFor[welfare.HukouOrigin]():            rules.Texts(welfare.HukouOrigins()),
	reflect.TypeFor[welfare.InsuranceScheme]():        rules.Texts(welfare.InsuranceSchemes()),
	reflect.TypeFor[welfare.OutpatientKind]():         rules.Texts(welfare.OutpatientKinds()),
	reflect.TypeFor[welfare.SpecialDisease]():         rules.Texts(welfare.SpecialDiseases()),
	reflect.TypeFor[welfare.EmployerKind]():           rules.Texts(welfare.EmployerKinds()),
	reflect.TypeFor[welfare.LoanKind]():               rules.Texts(welfare.LoanKinds()),
	reflect.TypeFor[welfare.KeyGroup]():               rules.Texts(welfare.KeyGroups()),
}

// fuzzTexts are the values of every enum of the package (rules.Texts of
// each list), in a fixed order.
var fuzzTexts = func() []string {
	var out []string
	for _, vs := range fuzzEnums {
		out = append(out, vs...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}()

// fill builds v from the fuzz bytes with rulestest.Fill, then moves every
// enum field holding another enum's value to a value of its own (by the
// text's place in fuzzTexts), and every income item's member to one of the
// household's or the one past them: so that most cases get past the check
// of their values and reach the rules' conditions. Values none of any enum
// ("" and arbitrary bytes) and negative members are kept, and refused.
func fill(data []byte, v any) {
	rulestest.Fill(data, v, fuzzTexts)
	repair(reflect.ValueOf(v).Elem())
}

func repair(v reflect.Value) {
	if own, ok := fuzzEnums[v.Type()]; ok {
		s := v.String()
		if i, found := slices.BinarySearch(fuzzTexts, s); found && !slices.Contains(own, s) {
			v.SetString(own[i%len(own)])
		}
		return
	}
	if h, ok := v.Addr().Interface().(*welfare.Household); ok {
		for i := range h.Income.Items {
			if m := &h.Income.Items[i].Member; *m > len(h.Members) {
				*m %= len(h.Members) + 1
			}
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			repair(v.Elem())
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[decimal.Decimal]() || v.Type() == reflect.TypeFor[rules.Date]() {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				repair(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			repair(v.Index(i))
		}
	case reflect.Map:
		// Keys and values of a map are not addressable: build it anew.
		if v.Len() == 0 {
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), v.Len())
		for _, k := range v.MapKeys() {
			k2 := reflect.New(k.Type()).Elem()
			k2.Set(k)
			x := reflect.New(v.Type().Elem()).Elem()
			x.Set(v.MapIndex(k))
			repair(k2)
			repair(x)
			m.SetMapIndex(k2, x)
		}
		v.Set(m)
	}
}

// fuzzFirstDay is the first day of the document; a case's date is this
// day plus its Day, most of them within the document's period.
var fuzzFirstDay = rules.MustDate(2022, 5, 1)

func fuzzDay(n int) rules.Date {
	return fuzzFirstDay.AddDays(((n % 1400) + 1400) % 1400)
}

// assessFuzz is what FuzzAssess fills: a household and its standards, on a
// day of the document.
type assessFuzz struct {
	Day int
	H   welfare.Household
	S   welfare.LocalStandards
}

// checkErr fails unless err is (or wraps) a *rules.Error with a known code
// other than CodeEvaluation: a rule that fails while evaluating is a defect
// of the rule, whatever the input.
func checkErr(t *testing.T, what string, err error) {
	t.Helper()
	var re *rules.Error
	switch {
	case err == nil:
	case !errors.As(err, &re):
		t.Fatalf("%s: an error that is no *rules.Error: %v", what, err)
	case re.Code == rules.CodeEvaluation:
		t.Fatalf("%s: a rule failed while evaluating: %v", what, err)
	case re.Code != rules.CodeInvalidInput && re.Code != rules.CodeNotInForce && re.Code != rules.CodeCaseByCase:
		t.Fatalf("%s: an error of code %q: %v", what, re.Code, err)
	}
}

// holdsInvariants holds a statement to its invariants: every benefit not
// assessed names what is missing or invalid; every one not granted names a
// failed condition; every granted one has a result that explains itself;
// the statement renders in both languages.
func holdsInvariants(t *testing.T, st *welfare.Statement) {
	t.Helper()
	for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
		for _, en := range sec.NotAssessed {
			if en.Status != rules.NotAssessed || len(en.Missing) == 0 && en.Invalid == "" {
				t.Fatalf("%s (%s): not assessed without saying why: %+v", en.Rule, en.Part, en)
			}
		}
		for _, en := range sec.Entries {
			switch en.Status {
			case rules.Granted, rules.NotPaid:
				if en.Result == nil || en.Result.Explain(rules.Chinese) == "" || en.Result.Explain(rules.English) == "" ||
					len(en.Result.Citations()) == 0 || len(en.Figures) == 0 {
					t.Fatalf("%s (%s): granted without a result that explains itself", en.Rule, en.Part)
				}
				if en.Amount.IsNegative() {
					t.Fatalf("%s (%s): granted a negative amount %s", en.Rule, en.Part, en.Amount)
				}
			case rules.NotGranted:
				if len(en.Failed) == 0 || en.Result == nil {
					t.Fatalf("%s (%s): not granted without a failed condition", en.Rule, en.Part)
				}
			case rules.CaseByCase:
				if en.Note == "" || en.Cite.IsZero() {
					t.Fatalf("%s (%s): assessed locally without the clause that says so", en.Rule, en.Part)
				}
			default:
				t.Fatalf("%s (%s): an entry of status %q", en.Rule, en.Part, en.Status)
			}
		}
	}
	if st.Text(rules.Chinese) == "" || st.Text(rules.English) == "" {
		t.Fatal("a statement that does not render")
	}
}

// FuzzAssess assesses arbitrary households: never a panic, never a rule
// failing in evaluation; a statement that holds its invariants, or an
// error of a known code. Seeded with the worked household cases.
func FuzzAssess(f *testing.F) {
	for _, seed := range assessSeeds(f) {
		f.Add(seed)
	}
	for _, seed := range noiseSeeds(16, 400) {
		f.Add(seed)
	}
	f.Add([]byte{})
	f.Add([]byte("welfare"))
	f.Add(make([]byte, 64))
	f.Add([]byte(strings.Repeat("\xff\x01\xe6\x80", 32)))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c assessFuzz
		fill(data, &c)
		st, err := welfare.Default().Assess(fuzzDay(c.Day), c.H, c.S)
		checkErr(t, "Assess", err)
		if err == nil {
			holdsInvariants(t, st)
		}
		screensAsAssessed(t, fuzzDay(c.Day), c.H, c.S, st, err)
	})
}

// screensAsAssessed checks that Screen finds what the statement says (st,
// err from Assess): the same grants, figures and counts, or the same error.
func screensAsAssessed(t *testing.T, on rules.Date, h welfare.Household, s welfare.LocalStandards, st *welfare.Statement, err error) {
	t.Helper()
	var got welfare.Screening
	gotErr := welfare.Default().Screen(on, h, s, &got)
	if (err == nil) != (gotErr == nil) || err != nil && err.Error() != gotErr.Error() {
		t.Fatalf("Screen's error %v, Assess's %v", gotErr, err)
	}
	if err != nil {
		return
	}
	var want welfare.Screening
	st.Screening(&want)
	if d := cmp.Diff(want, got, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }), cmpopts.IgnoreUnexported(welfare.Screening{}), cmpopts.EquateComparable(rules.Date{}, rules.Unit{})); d != "" {
		t.Fatalf("Screen differs from Assess's statement (-Assess +Screen):\n%s", d)
	}
}

// typedFuzz is what FuzzTyped fills: the arguments of the typed functions
// a statement does not call.
type typedFuzz struct {
	Day            int
	H              welfare.Household
	S              welfare.LocalStandards
	M              welfare.Member
	FoundOn        rules.Date
	BySubscription bool
	Factor         decimal.Decimal
	Targets        welfare.TargetFigures
	Claim          welfare.OutpatientClaim
	Weeks          int
	Hiring         welfare.EmployerHiring
	Employer       welfare.Employer
	Loan           welfare.LoanApplication
	Income         decimal.Decimal
	Share          rules.Rate
	AcceptedOn     rules.Date
	ClosedOn       rules.Date
	Standardized   bool
	Grant          decimal.Decimal
	TrainingMonths int
	Scheme         welfare.StudyGrantScheme
}

// FuzzTyped calls the typed functions a statement does not call — the
// phase-out, the income of a household, the 低边 threshold, the targets,
// employers, loans, claims and disputes, the take-the-higher choices — and
// the member functions, with arbitrary arguments: never a panic, never a
// rule failing in evaluation, every error of a known code.
func FuzzTyped(f *testing.F) {
	for _, seed := range typedSeeds(f) {
		f.Add(seed)
	}
	for _, seed := range noiseSeeds(16, 600) {
		f.Add(seed)
	}
	f.Add([]byte{})
	f.Add([]byte("typed"))
	f.Add([]byte(strings.Repeat("\x10\xa0\x03\x01", 48)))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedFuzz
		fill(data, &c)
		on := fuzzDay(c.Day)
		h, m, s := c.H, c.M, c.S
		calls := []struct {
			name string
			err  error
		}{
			{"DibaoPhaseOut", errOf(welfare.Default().DibaoPhaseOut(on, welfare.PhaseOutCase{Household: h, LocalStandards: s, FoundOn: c.FoundOn, BySubscription: c.BySubscription}))},
			{"DibaoAllowance", errOf(welfare.Default().DibaoAllowance(on, welfare.HouseholdCase{Household: h, LocalStandards: s}))},
			{"DibianStandard", errOf(welfare.Default().DibianStandard(on, welfare.DibianWidening{LocalStandards: s, Factor: c.Factor}))},
			{"Targets2025", errOf(welfare.Default().Targets2025(on, c.Targets))},
			{"OutpatientReimbursement", errOf(welfare.Default().OutpatientReimbursement(on, c.Claim))},
			{"ChronicPrescription", errOf(welfare.Default().ChronicPrescription(on, c.Weeks))},
			{"EmployerInsuranceSubsidy", errOf(welfare.Default().EmployerInsuranceSubsidy(on, c.Hiring))},
			{"DisabledHiringSubsidy", errOf(welfare.Default().DisabledHiringSubsidy(on, welfare.EmployerCase{Employer: c.Employer, LocalStandards: s}))},
			{"GuaranteedLoan", errOf(welfare.Default().GuaranteedLoan(on, c.Loan))},
			{"ShareholdingFarmerIncome", errOf(welfare.Default().ShareholdingFarmerIncome(on, welfare.ShareholdingProject{Income: c.Income, Share: c.Share}))},
			{"InjuryArbitration", errOf(welfare.Default().InjuryArbitration(on, welfare.InjuryDispute{AcceptedOn: c.AcceptedOn, ClosedOn: c.ClosedOn}))},
			{"DisabledHomeGrant", errOf(welfare.Default().DisabledHomeGrant(on, welfare.DisabledHome{Standardized: c.Standardized, Grant: c.Grant}))},
			{"RehabOperatingGrant", errOf(welfare.Default().RehabOperatingGrant(on, welfare.RehabTraining{PrivateDesignated: c.Standardized, TrainingMonths: c.TrainingMonths}))},
			{"HousingSupport", errOf(welfare.Default().HousingSupport(on, h))},
			{"PriorityRental", errOf(welfare.Default().PriorityRental(on, h))},
			{"NewCitizenRental", errOf(welfare.Default().NewCitizenRental(on, h))},
			{"StudyGrant", errOf(welfare.Default().StudyGrant(on, welfare.MemberCase{Household: h, Member: m}))},
			{"StudyGrantOf", errOf(welfare.Default().StudyGrantOf(on, welfare.SchemeClaim{MemberCase: welfare.MemberCase{Household: h, Member: m}, Scheme: c.Scheme}))},
			{"MentalGuardianSubsidy", errOf(welfare.Default().MentalGuardianSubsidy(on, welfare.MemberCase{Household: h, Member: m}))},
			{"MentalCareSubsidy", errOf(welfare.Default().MentalCareSubsidy(on, welfare.MemberCase{Household: h, Member: m}))},
			{"MentalInjectionSubsidy", errOf(welfare.Default().MentalInjectionSubsidy(on, welfare.MemberCase{Household: h, Member: m}))},
			{"ResidentPensionSubsidy", errOf(welfare.Default().ResidentPensionSubsidy(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: s}))},
			{"ResidentMedicalSubsidy", errOf(welfare.Default().ResidentMedicalSubsidy(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: s}))},
			{"SupplementaryInsurance", errOf(welfare.Default().SupplementaryInsurance(on, welfare.MemberCase{Household: h, Member: m}))},
			{"FreePublicTransport", errOf(welfare.Default().FreePublicTransport(on, welfare.MemberCase{Household: h, Member: m}))},
			{"PublicWelfarePostSubsidy", errOf(welfare.Default().PublicWelfarePostSubsidy(on, welfare.MemberCase{Household: h, Member: m}))},
			{"FlexibleInsuranceSubsidy", errOf(welfare.Default().FlexibleInsuranceSubsidy(on, welfare.MemberCase{Household: h, Member: m}))},
			{"JobSeekingGrant", errOf(welfare.Default().JobSeekingGrant(on, welfare.MemberCase{Household: h, Member: m}))},
			{"ResidencePermit", errOf(welfare.Default().ResidencePermit(on, m))},
			{"HighSchoolParity", errOf(welfare.Default().HighSchoolParity(on, welfare.MemberCase{Household: h, Member: m}))},
			{"VeteranMedicalAid", errOf(welfare.Default().VeteranMedicalAid(on, welfare.MemberCase{Household: h, Member: m, LocalStandards: s}))},
			{"RehabSubsidy", errOf(welfare.Default().RehabSubsidy(on, m))},
			{"RehabLivingAllowance", errOf(welfare.Default().RehabLivingAllowance(on, m))},
		}
		for _, call := range calls {
			checkErr(t, call.name, call.err)
		}
	})
}

// The seeds are the worked household cases, written as the bytes Fill reads
// back into the same household (those it cannot hold — more than 3
// members, long names — are left out).

func assessSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, c := range workedHouseholds(t) {
		v := assessFuzz{Day: fuzzFirstDay.DaysUntil(c.on), H: c.h, S: c.s}
		if b, ok := fillBytes(&v); ok {
			out = append(out, b)
		}
	}
	if len(out) < 10 {
		t.Fatalf("only %d worked households can seed the fuzzing", len(out))
	}
	return out
}

func typedSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for i, c := range workedHouseholds(t) {
		v := typedFuzz{Day: fuzzFirstDay.DaysUntil(c.on), H: c.h, S: c.s, FoundOn: c.on, Factor: dec("1.5"),
			Targets: welfare.TargetFigures{LowestDibaoStandard: dec("1085"), LowestRuralIncome: new(dec("13000.01")),
				ResidentIncome: dec("77000"), MiddleIncomeShare: rules.Pct("80")},
			Claim: welfare.OutpatientClaim{Insurance: welfare.ResidentInsurance, Kind: welfare.PrimaryChronic, BaseRate: rules.Pct("60"), Cost: dec("1000")},
			Weeks: 12, Hiring: welfare.EmployerHiring{Hired: 2, PensionMin: dec("500"), MedicalMin: dec("300"), UnemploymentMin: dec("20"), From: rules.MustDate(2022, 6, 1)},
			Employer: welfare.Employer{Kind: welfare.EnterpriseEmployer, Staff: 100, DisabledEmployees: 3, QualifyingEmployees: new(2)},
			Loan:     welfare.LoanApplication{Kind: welfare.EnterpriseLoan, KeyGroup: welfare.CertifiedDisabled, FoundedOn: rules.MustDate(2022, 6, 1)},
			Income:   dec("100000"), Share: rules.Pct("50"), AcceptedOn: c.on, Standardized: true, Grant: dec("200000"), TrainingMonths: 6,
			Scheme: welfare.StudyGrantSchemes()[i%3]}
		if len(c.h.Members) > 0 {
			v.M = c.h.Members[0]
		}
		if b, ok := fillBytes(&v); ok {
			out = append(out, b)
		}
	}
	return out
}

// noiseSeeds are n fixed strings of pseudo-random bytes: households far
// from the worked ones, with large counts, odd dates and texts of no enum,
// for the fuzzer to start from as well.
func noiseSeeds(n, size int) [][]byte {
	r := rand.New(rand.NewPCG(2022, 6))
	out := make([][]byte, n)
	for i := range out {
		out[i] = make([]byte, size)
		for j := range out[i] {
			out[i][j] = byte(r.Uint32())
		}
	}
	return out
}

type workedHousehold struct {
	on rules.Date
	h  welfare.Household
	s  welfare.LocalStandards
}

func workedHouseholds(t testing.TB) []workedHousehold {
	files, _ := filepath.Glob("testdata/assessments/*.yaml")
	var out []workedHousehold
	for _, path := range files {
		cases, err := rulestest.LoadAssessments(path)
		if err != nil {
			continue // the assessment test reports a file that does not load, once
		}
		for _, c := range cases {
			w := workedHousehold{on: c.Date}
			if _, err := c.Facts("household", &w.h); err != nil {
				continue // and a case whose facts do not read
			}
			if _, err := c.Facts("standards", &w.s); err != nil {
				continue
			}
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		t.Fatal("no worked household reads: the seeds would be empty")
	}
	return out
}

// fillBytes writes v (a pointer) as the bytes rulestest.Fill reads back into
// the same value, and reports whether it could: Fill's bytes hold up to 3
// items of a list, 2 of a map, texts of fuzzTexts or up to 15 bytes, and
// most dates and decimals. The round trip, through this package's fill, is
// checked.
func fillBytes(v any) ([]byte, bool) {
	b, ok := typedtest.TrySeed(reflect.ValueOf(v).Elem().Interface(), fuzzTexts)
	if !ok {
		return nil, false
	}
	back := reflect.New(reflect.TypeOf(v).Elem())
	fill(b, back.Interface())
	same := cmp.Equal(v, back.Interface(), cmpopts.EquateEmpty(), cmpopts.EquateComparable(rules.Date{}),
		cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }))
	return b, same
}
