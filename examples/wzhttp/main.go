// Command wzhttp serves the wzpolicy rule books over HTTP with JSON, for
// systems written in other languages: they evaluate any rule by its
// catalogue ID and get the same figure, with its citations and explanation,
// as a Go caller of the library.
//
//	GET  /v1/rules              the rules: ID, titles, clause, in-force period
//	GET  /v1/rules/{id}         one rule and its inputs
//	POST /v1/eval               {"rule": …, "date": "2022-06-01", "inputs": {…}, "lang": "zh"|"en"}
//
// A case is read strictly: the body is sent as Content-Type
// application/json (else 415), is at most 64 KiB (else 413), and is one
// JSON object with exactly the fields rule, date, inputs and lang, spelt so
// — a field not in the list, spelt otherwise ("Rule") or given twice, and
// anything after the object, are refused. Numbers in inputs may be JSON
// numbers or strings; they are read exactly. Input values are strings,
// numbers or true/false.
//
// Every error, 404 and 405 included, answers
// {"error": {"code", "rule", "field", "message", "clause"}}; "code" is
// stable and one of:
//
//	bad_request             400  not a case: not JSON, not one object, a field unknown, misspelt, repeated or of the wrong type
//	invalid_input           400  the date missing or not a date;
//	                        422  an input missing, unknown, given twice, null, an object or list, of the wrong kind or out of range
//	unknown_rule            404  no rule with this ID (a take-the-higher group's ID included: evaluate its members)
//	not_found               404  no such path
//	method_not_allowed      405  the path takes other methods (see Allow)
//	timeout                 408  the body did not arrive within the read timeout
//	body_too_large          413  the body is over 64 KiB
//	unsupported_media_type  415  the body is not sent as application/json
//	not_in_force            422  the date is outside the rule's in-force period
//	case_by_case            422  the document leaves the case to assessment (按实评估)
//	evaluation, internal    500  a defect of the server or of a rule; the log has the detail
//	overloaded              503  the server holds as many connections as it takes; try again
//
// Messages are English, name no Go type, and quote what the caller wrote.
// Only requests net/http refuses before they reach the API — a malformed
// request line, headers over the limit (431) — are answered in plain text.
//
// The server bounds what one client can hold: the headers of a request must
// arrive within 5 s, the whole request within 10 s, the answer be written
// within 20 s, and a keep-alive connection is closed after 30 s idle. It
// serves at most 200 connections at once — below a descriptor limit of 256,
// with room for its own — and answers any connection beyond them at once
// with 503 and closes it (16 such answers at a time; a connection beyond
// those is closed unanswered). Flags change each limit; -h lists them.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/wzpolicy/wzpolicy/examples/internal/casejson"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run parses the flags and serves until interrupted; it returns the exit
// status.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("wzhttp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	cfg := defaultConfig()
	cfg.flags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "wzhttp: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if err := cfg.check(); err != nil {
		fmt.Fprintln(stderr, "wzhttp:", err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "wzhttp:", err)
		return 1
	}
	srv := newServer(cfg)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), cfg.writeTimeout)
		defer cancel()
		_ = srv.http.Shutdown(shut)
	}()
	log.Printf("wzhttp listening on %s", ln.Addr())
	if err := srv.serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "wzhttp:", err)
		return 1
	}
	return 0
}

// handler routes the API. Every answer, errors and 404 and 405 included, is
// JSON.
func handler(cfg config) http.Handler {
	a := &api{maxBody: cfg.maxBody}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/rules", listRules)
	mux.HandleFunc("/v1/rules", methodNotAllowed("GET, HEAD"))
	mux.HandleFunc("GET /v1/rules/{id}", showRule)
	mux.HandleFunc("/v1/rules/{id}", methodNotAllowed("GET, HEAD"))
	mux.HandleFunc("POST /v1/eval", a.eval)
	mux.HandleFunc("/v1/eval", methodNotAllowed("POST"))
	mux.HandleFunc("/", notFound)
	return recoverJSON(mux)
}

// api holds what the handlers need of the configuration.
type api struct {
	maxBody int64
}

func notFound(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusNotFound, errorJSON{Code: "not_found", Message: fmt.Sprintf("no such path %q; the paths are /v1/rules, /v1/rules/{id} and /v1/eval", r.URL.Path)})
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		fail(w, http.StatusMethodNotAllowed, errorJSON{Code: "method_not_allowed", Message: fmt.Sprintf("%s takes %s, not %q", r.URL.Path, allow, r.Method)})
	}
}

// recoverJSON answers a handler's panic with a JSON 500 rather than a
// dropped connection, and logs it.
func recoverJSON(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				log.Printf("wzhttp: panic serving %s %q: %v", r.Method, r.URL.Path, p)
				fail(w, http.StatusInternalServerError, errorJSON{Code: "internal", Message: "the server failed on this request; the log has the detail"})
			}
		}()
		h.ServeHTTP(w, r)
	})
}

type ruleJSON struct {
	ID      string      `json:"id"`
	Domain  string      `json:"domain"`
	Title   rules.Text  `json:"title"`
	Clause  string      `json:"clause"`
	Quote   string      `json:"quote,omitempty"`
	From    rules.Date  `json:"in_force_from"`
	To      *rules.Date `json:"in_force_to,omitempty"`
	Inputs  []inputJSON `json:"inputs,omitempty"`
	Outputs []string    `json:"outputs,omitempty"`
}

type inputJSON struct {
	Name     string     `json:"name"`
	Title    rules.Text `json:"title"`
	Kind     string     `json:"kind"`
	Unit     string     `json:"unit,omitempty"`
	Range    string     `json:"range,omitempty"`
	OneOf    []string   `json:"one_of,omitempty"`
	Default  any        `json:"default,omitempty"`
	Optional bool       `json:"optional,omitempty"`
}

func describeRule(domain string, b *rules.Book, id string, full bool) ruleJSON {
	r, _ := b.Rule(id)
	p, _ := b.InForce(id)
	out := ruleJSON{ID: id, Domain: domain, Title: r.Title, Clause: r.Cite.Ref(), From: p.From}
	if !p.To.IsZero() {
		to := p.To
		out.To = &to
	}
	if !full {
		return out
	}
	out.Quote = r.Cite.Quote
	for _, in := range r.Inputs {
		ij := inputJSON{Name: in.Name, Title: in.Title, Kind: in.Kind.String(), OneOf: in.OneOf, Default: in.Default, Optional: in.MayOmit || in.Default != nil}
		if in.Kind == rules.KindNumber {
			ij.Unit = in.Unit.In(rules.Chinese)
			if !in.Range.IsZero() {
				ij.Range = in.Range.String()
			}
		}
		out.Inputs = append(out.Inputs, ij)
	}
	for _, o := range r.Outputs {
		out.Outputs = append(out.Outputs, o.Name)
	}
	return out
}

func listRules(w http.ResponseWriter, r *http.Request) {
	var list []ruleJSON
	for _, d := range wzpolicy.Domains() {
		for _, id := range d.Book().RuleIDs() {
			list = append(list, describeRule(d.Name, d.Book(), id, false))
		}
	}
	reply(w, http.StatusOK, list)
}

func showRule(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, ok := findRule(id)
	if !ok {
		fail(w, http.StatusNotFound, unknownRule(id))
		return
	}
	reply(w, http.StatusOK, describeRule(d.Name, d.Book(), id, true))
}

// findRule returns the domain of the rule with the given ID.
func findRule(id string) (wzpolicy.Domain, bool) {
	for _, d := range wzpolicy.Domains() {
		if _, ok := d.Book().Rule(id); ok {
			return d, true
		}
	}
	return wzpolicy.Domain{}, false
}

// unknownRule is the error for an ID that is not a rule's: the same for a
// take-the-higher group's ID, which names its members.
func unknownRule(id string) errorJSON {
	e := errorJSON{Code: string(rules.CodeUnknownRule), Rule: id, Message: "no rule with this ID"}
	for _, d := range wzpolicy.Domains() {
		for _, g := range d.Book().Groups() {
			if g.ID == id {
				e.Message = fmt.Sprintf("no rule with this ID: it is a take-the-higher group; evaluate its members, %s", strings.Join(g.Rules, ", "))
			}
		}
	}
	return e
}

type resultJSON struct {
	Rule        string        `json:"rule"`
	Date        rules.Date    `json:"date"`
	Value       rules.Value   `json:"value"`
	Unit        string        `json:"unit,omitempty"`
	Eligible    bool          `json:"eligible"`
	Failed      []failureJSON `json:"failed,omitempty"`
	Figures     []figureJSON  `json:"figures,omitempty"`
	Citations   []string      `json:"citations"`
	Explanation string        `json:"explanation"`
	Receipt     string        `json:"receipt"`
}

type failureJSON struct {
	Name   string `json:"name"`
	Text   string `json:"text"`
	Clause string `json:"clause"`
}

type figureJSON struct {
	Name  string      `json:"name"`
	Title rules.Text  `json:"title"`
	Value rules.Value `json:"value"`
	Unit  string      `json:"unit,omitempty"`
}

type errorJSON struct {
	Code    string `json:"code"`
	Rule    string `json:"rule,omitempty"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	Clause  string `json:"clause,omitempty"`
}

// readCase reads and decodes the body of POST /v1/eval.
func (a *api) readCase(w http.ResponseWriter, r *http.Request) (casejson.Case, int, *errorJSON) {
	if ct := r.Header.Get("Content-Type"); !isJSON(ct) {
		return casejson.Case{}, http.StatusUnsupportedMediaType, &errorJSON{Code: "unsupported_media_type",
			Message: fmt.Sprintf("send the case as Content-Type application/json, not %q", casejson.Shorten(ct))}
	}
	tooLarge := &errorJSON{Code: "body_too_large", Message: fmt.Sprintf("the body is over %d bytes; a case is a few hundred", a.maxBody)}
	if r.ContentLength > a.maxBody {
		return casejson.Case{}, http.StatusRequestEntityTooLarge, tooLarge
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.maxBody))
	if err != nil {
		var mb *http.MaxBytesError
		var ne net.Error
		switch {
		case errors.As(err, &mb):
			return casejson.Case{}, http.StatusRequestEntityTooLarge, tooLarge
		case errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
			return casejson.Case{}, http.StatusRequestTimeout, &errorJSON{Code: "timeout", Message: "the body did not arrive within the read timeout"}
		}
		return casejson.Case{}, http.StatusBadRequest, &errorJSON{Code: "bad_request", Message: "the body could not be read"}
	}
	c, ce := casejson.Decode(body)
	if ce != nil {
		e := caseErrorJSON(c.Rule, ce)
		return c, caseErrorStatus(ce), &e
	}
	return c, http.StatusOK, nil
}

// isJSON reports whether a Content-Type is application/json, with no
// parameter but charset=utf-8.
func isJSON(ct string) bool {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return false
	}
	for k, v := range params {
		if k != "charset" || !strings.EqualFold(v, "utf-8") {
			return false
		}
	}
	return true
}

// caseErrorStatus is the status of a case that cannot be read: 422 for the
// value of an input, 400 for the rest.
func caseErrorStatus(e *casejson.Error) int {
	if e.Input {
		return http.StatusUnprocessableEntity
	}
	return http.StatusBadRequest
}

func caseErrorJSON(rule string, e *casejson.Error) errorJSON {
	out := errorJSON{Code: e.Code, Field: e.Field, Message: e.Msg}
	if e.Input {
		out.Rule = rule
	}
	return out
}

func (a *api) eval(w http.ResponseWriter, r *http.Request) {
	c, status, e := a.readCase(w, r)
	if e != nil {
		fail(w, status, *e)
		return
	}
	d, ok := findRule(c.Rule)
	if !ok {
		fail(w, http.StatusNotFound, unknownRule(c.Rule))
		return
	}
	rule, _ := d.Book().Rule(c.Rule)
	if ce := casejson.CheckKinds(rule, c.Inputs); ce != nil {
		fail(w, caseErrorStatus(ce), caseErrorJSON(c.Rule, ce))
		return
	}
	lang := rules.Chinese
	if c.Lang == "en" {
		lang = rules.English
	}
	res, err := d.Book().Eval(c.Rule, c.Date, c.Inputs)
	if err != nil {
		status, e := ruleError(err)
		fail(w, status, e)
		return
	}
	out := resultJSON{Rule: res.Rule, Date: res.Date, Value: res.Value, Eligible: res.Eligible,
		Explanation: res.Explain(lang), Receipt: res.Receipt.String()}
	if res.Value.Kind() == rules.KindNumber {
		out.Unit = res.Unit.In(lang)
	}
	for _, f := range res.Failed {
		out.Failed = append(out.Failed, failureJSON{Name: f.Name, Text: f.In(lang), Clause: f.Cite.Ref()})
	}
	for _, f := range res.Figures {
		fj := figureJSON{Name: f.Name, Title: f.Title, Value: f.Value}
		if f.Value.Kind() == rules.KindNumber {
			fj.Unit = f.Unit.In(lang)
		}
		out.Figures = append(out.Figures, fj)
	}
	for _, c := range res.Citations() {
		out.Citations = append(out.Citations, c.String())
	}
	reply(w, http.StatusOK, out)
}

// ruleError is the answer to a case the rule refuses. An evaluation that
// fails is a defect of the rule: its detail goes to the log, not to the
// caller.
func ruleError(err error) (int, errorJSON) {
	var re *rules.Error
	if !errors.As(err, &re) {
		log.Printf("wzhttp: evaluation: %v", err)
		return http.StatusInternalServerError, errorJSON{Code: "internal", Message: "the server failed on this case; the log has the detail"}
	}
	e := errorJSON{Code: string(re.Code), Rule: re.Rule, Field: re.Field, Message: strings.TrimPrefix(re.Msg, "rules: ")}
	if !re.Cite.IsZero() {
		e.Clause = re.Cite.String()
	}
	switch re.Code {
	case rules.CodeUnknownRule:
		return http.StatusNotFound, unknownRule(re.Rule)
	case rules.CodeInvalidInput, rules.CodeNotInForce, rules.CodeCaseByCase:
		return http.StatusUnprocessableEntity, e
	}
	log.Printf("wzhttp: evaluation: %v", err)
	e.Code = string(rules.CodeEvaluation)
	e.Field = ""
	e.Message = "the rule failed to evaluate this case: a defect of the rule; the log has the detail"
	return http.StatusInternalServerError, e
}

func reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	writeJSON(w, v)
}

// writeJSON writes v as indented JSON, HTML characters as they are.
func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func fail(w http.ResponseWriter, status int, e errorJSON) {
	reply(w, status, map[string]errorJSON{"error": e})
}
