// Command wzhttp serves the wzpolicy rule books over HTTP with JSON, for
// systems written in other languages: they evaluate any rule by its
// catalogue ID and get the same figure, with its citations and explanation,
// as a Go caller of the library.
//
//	GET  /v1/rules              the rules: ID, titles, clause, in-force period
//	GET  /v1/rules/{id}         one rule and its inputs
//	POST /v1/eval               {"rule": …, "date": "2022-06-01", "inputs": {…}, "lang": "zh"|"en"}
//
// Numbers in inputs may be JSON numbers or strings; they are read exactly.
// A refused case answers 4xx with {"error": {"code", "rule", "field",
// "message"}}; the code is the library's stable error code.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"log"
	"net/http"
	"time"

	"github.com/wzpolicy/wzpolicy/internal/books"
	"github.com/wzpolicy/wzpolicy/rules"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	srv := &http.Server{Addr: *addr, Handler: handler(), ReadHeaderTimeout: 5 * time.Second}
	log.Printf("wzhttp listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}

// handler routes the API.
func handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/rules", listRules)
	mux.HandleFunc("GET /v1/rules/{id}", showRule)
	mux.HandleFunc("POST /v1/eval", eval)
	return mux
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
	for _, d := range books.All() {
		for _, id := range d.Book.RuleIDs() {
			list = append(list, describeRule(d.Name, d.Book, id, false))
		}
	}
	reply(w, http.StatusOK, list)
}

func showRule(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	for _, d := range books.All() {
		if _, ok := d.Book.Rule(id); ok {
			reply(w, http.StatusOK, describeRule(d.Name, d.Book, id, true))
			return
		}
	}
	fail(w, http.StatusNotFound, errorJSON{Code: string(rules.CodeUnknownRule), Rule: id, Message: "no rule with this ID"})
}

type request struct {
	Rule   string          `json:"rule"`
	Date   string          `json:"date"`
	Inputs json.RawMessage `json:"inputs"`
	Lang   string          `json:"lang"`
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

// maxBody bounds a request; a case is a few hundred bytes.
const maxBody = 1 << 16

func eval(w http.ResponseWriter, r *http.Request) {
	var req request
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		fail(w, http.StatusBadRequest, errorJSON{Code: "bad_request", Message: "not a case: " + err.Error()})
		return
	}
	on, err := rules.ParseDate(req.Date)
	if err != nil {
		fail(w, http.StatusBadRequest, errorJSON{Code: string(rules.CodeInvalidInput), Rule: req.Rule, Field: "date", Message: err.Error()})
		return
	}
	lang := rules.Chinese
	switch req.Lang {
	case "", "zh":
	case "en":
		lang = rules.English
	default:
		fail(w, http.StatusBadRequest, errorJSON{Code: "bad_request", Field: "lang", Message: `lang is "zh" or "en"`})
		return
	}
	in := rules.Inputs{}
	if len(req.Inputs) > 0 {
		d := json.NewDecoder(bytes.NewReader(req.Inputs))
		d.UseNumber()
		if err := d.Decode(&in); err != nil {
			fail(w, http.StatusBadRequest, errorJSON{Code: "bad_request", Field: "inputs", Message: "inputs must be an object of input values"})
			return
		}
	}
	book := books.Find(req.Rule)
	if book == nil {
		fail(w, http.StatusNotFound, errorJSON{Code: string(rules.CodeUnknownRule), Rule: req.Rule, Message: "no rule with this ID"})
		return
	}
	res, err := book.Eval(req.Rule, on, in)
	if err != nil {
		var re *rules.Error
		if !errors.As(err, &re) {
			fail(w, http.StatusInternalServerError, errorJSON{Code: "internal", Message: err.Error()})
			return
		}
		status := http.StatusUnprocessableEntity
		if re.Code == rules.CodeEvaluation {
			status = http.StatusInternalServerError
		}
		e := errorJSON{Code: string(re.Code), Rule: re.Rule, Field: re.Field, Message: re.Msg}
		if !re.Cite.IsZero() {
			e.Clause = re.Cite.String()
		}
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

func reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func fail(w http.ResponseWriter, status int, e errorJSON) {
	reply(w, status, map[string]errorJSON{"error": e})
}
