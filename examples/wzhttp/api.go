package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// api serves the routes; it holds the catalogue and the limits.
type api struct {
	cat     *catalogue
	maxBody int64
	batch   batchLimits
	pool    *pool
}

// handler routes the API. Every answer, errors and 404 and 405 included, is
// JSON. It builds the catalogue (compiling every book) if no handler has
// yet.
func handler(cfg config) http.Handler {
	cat, err := theCatalogue()
	if err != nil {
		// The books are the library's and compile in its tests: a failure
		// here is a defect, not a condition to serve through.
		panic(err)
	}
	a := &api{cat: cat, maxBody: cfg.maxBody, batch: cfg.batch, pool: sharedPool()}
	mux := http.NewServeMux()
	get := func(path string, h http.HandlerFunc) {
		mux.HandleFunc("GET "+path, h)
		mux.HandleFunc(path, methodNotAllowed("GET, HEAD"))
	}
	post := func(path string, h http.HandlerFunc) {
		mux.HandleFunc("POST "+path, h)
		mux.HandleFunc(path, methodNotAllowed("POST"))
	}
	get("/v1/rules", a.static(func() []byte { return cat.rules }))
	get("/v1/rules/{id}", a.ruleInfo)
	get("/v1/groups", a.static(func() []byte { return cat.groups }))
	get("/v1/groups/{id}", a.groupInfo)
	get("/v1/params", a.params)
	get("/v1/documents", a.static(func() []byte { return cat.documents }))
	get("/healthz", a.static(func() []byte { return cat.health }))
	get("/openapi.json", a.static(func() []byte { return cat.openapi }))
	post("/v1/eval", a.eval(kindAny))
	post("/v1/groups/{id}/eval", a.eval(kindGroup))
	post("/v1/assess/welfare", a.eval(kindHousehold))
	post("/v1/assess/relief", a.eval(kindFirm))
	post("/v1/batch", a.batchEval)
	mux.HandleFunc("/", notFound)
	return recoverJSON(mux)
}

// static answers bytes written when the server started.
func (a *api) static(body func() []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		replyBytes(w, http.StatusOK, body())
	}
}

func (a *api) ruleInfo(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	body, ok := a.cat.rule[id]
	if !ok {
		fail(w, r, langOf(r), notFoundID("rule", id))
		return
	}
	replyBytes(w, http.StatusOK, body)
}

func (a *api) groupInfo(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	body, ok := a.cat.group[id]
	if !ok {
		fail(w, r, langOf(r), notFoundID("group", id))
		return
	}
	replyBytes(w, http.StatusOK, body)
}

func (a *api) params(w http.ResponseWriter, r *http.Request) {
	domain := r.URL.Query().Get("domain")
	body, ok := a.cat.params[domain]
	if !ok {
		fail(w, r, langOf(r), &apiError{status: http.StatusNotFound, code: "not_found", field: "domain",
			msg: rules.T(fmt.Sprintf("没有名为“%s”的领域；领域为 %s", shorten(domain), strings.Join(domainNames(), "、")),
				fmt.Sprintf("no domain %q; the domains are %s", shorten(domain), strings.Join(domainNames(), ", ")))})
		return
	}
	replyBytes(w, http.StatusOK, body)
}

// notFoundID is the error for an ID no book has.
func notFoundID(kind, id string) *apiError {
	zh := map[string]string{"rule": "规则", "group": "就高组"}[kind]
	return &apiError{status: http.StatusNotFound, code: string(rules.CodeUnknownRule), rule: id,
		msg: rules.T(fmt.Sprintf("本库没有%s“%s”", zh, shorten(id)), fmt.Sprintf("no %s %q in the books of this library", kind, shorten(id)))}
}

func notFound(w http.ResponseWriter, r *http.Request) {
	const paths = "/v1/rules, /v1/rules/{id}, /v1/groups, /v1/groups/{id}, /v1/groups/{id}/eval, /v1/params, /v1/documents, /v1/eval, /v1/assess/welfare, /v1/assess/relief, /v1/batch, /healthz, /openapi.json"
	fail(w, r, langOf(r), &apiError{status: http.StatusNotFound, code: "not_found",
		msg: rules.T(fmt.Sprintf("没有路径“%s”；路径为 %s", shorten(r.URL.Path), paths),
			fmt.Sprintf("no such path %q; the paths are %s", shorten(r.URL.Path), paths))})
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		fail(w, r, langOf(r), &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
			msg: rules.T(fmt.Sprintf("%s 只接受 %s，不接受“%s”", r.URL.Path, allow, shorten(r.Method)),
				fmt.Sprintf("%s takes %s, not %q", r.URL.Path, allow, shorten(r.Method)))})
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
				fail(w, r, langOf(r), internalError())
			}
		}()
		h.ServeHTTP(w, r)
	})
}

func internalError() *apiError {
	return &apiError{status: http.StatusInternalServerError, code: "internal",
		msg: rules.T("服务器处理此请求时出错；详情见日志", "the server failed on this request; the log has the detail")}
}

// apiError is a request or case refused: its status, its stable code, what
// it is about, and its message in both languages; the answer shows one.
type apiError struct {
	status                   int
	code, rule, field, input string
	clause                   string
	msg                      rules.Text
	reference                *rules.Result
}

func (e *apiError) Error() string { return e.msg.En }

// errorJSON is an error as the API writes it, inside {"error": …}.
type errorJSON struct {
	Code      string        `json:"code"`
	Rule      string        `json:"rule,omitempty"`
	Field     string        `json:"field,omitempty"`
	Input     string        `json:"input,omitempty"`
	Message   string        `json:"message"`
	Clause    string        `json:"clause,omitempty"`
	Reference *rules.Result `json:"reference,omitempty"`
}

func (e *apiError) json(lang rules.Lang) errorJSON {
	return errorJSON{Code: e.code, Rule: e.rule, Field: e.field, Input: e.input, Message: rules.EscapeControl(e.msg.In(lang)),
		Clause: e.clause, Reference: e.reference}
}

// ruleError is the answer to a case the rules refuse. An evaluation that
// fails is a defect of the rule: its detail goes to the log, not to the
// caller.
func ruleError(err error) *apiError {
	var re *rules.Error
	if !errors.As(err, &re) {
		log.Printf("wzhttp: evaluation: %v", err)
		return internalError()
	}
	// A date input that does not parse carries the date parser's own
	// "rules: " in its message (rules.Error.Message): the caller is told
	// what is wrong, not which package said so.
	clean := func(l rules.Lang) string { return strings.Replace(re.Message(l), "rules: ", "", 1) }
	e := &apiError{code: string(re.Code), rule: re.Rule, field: re.Field, input: re.Input,
		msg: rules.T(clean(rules.Chinese), clean(rules.English)), reference: re.Reference}
	if !re.Cite.IsZero() {
		e.clause = re.Cite.Ref()
	}
	switch re.Code {
	case rules.CodeUnknownRule:
		e.status = http.StatusNotFound
		return e
	case rules.CodeInvalidInput, rules.CodeNotInForce, rules.CodeCaseByCase:
		e.status = http.StatusUnprocessableEntity
		return e
	}
	log.Printf("wzhttp: evaluation: %v", err)
	return &apiError{status: http.StatusInternalServerError, code: string(rules.CodeEvaluation), rule: re.Rule,
		msg: rules.T("规则计算此案例时出错：这是规则的缺陷；详情见日志",
			"the rule failed to evaluate this case: a defect of the rule; the log has the detail")}
}

// readBody reads a request's body of at most limit bytes, sent with one of
// the media types given.
func readBody(w http.ResponseWriter, r *http.Request, limit int64, types ...string) ([]byte, string, *apiError) {
	mt, ok := mediaType(r.Header.Get("Content-Type"), types...)
	if !ok {
		return nil, "", unsupportedMedia(r, types...)
	}
	tooLarge := &apiError{status: http.StatusRequestEntityTooLarge, code: "body_too_large",
		msg: rules.T(fmt.Sprintf("请求体超过%d字节", limit), fmt.Sprintf("the body is over %d bytes", limit))}
	if r.ContentLength > limit {
		return nil, mt, tooLarge
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return nil, mt, bodyError(err, tooLarge)
	}
	return body, mt, nil
}

// unsupportedMedia is the answer to a body sent as none of types.
func unsupportedMedia(r *http.Request, types ...string) *apiError {
	want := strings.Join(types, " or ")
	ct := shorten(r.Header.Get("Content-Type"))
	return &apiError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type",
		msg: rules.T(fmt.Sprintf("请以 Content-Type %s 发送，而不是“%s”", want, ct),
			fmt.Sprintf("send the body as Content-Type %s, not %q", want, ct))}
}

// bodyError is the answer to a body that could not be read.
func bodyError(err error, tooLarge *apiError) *apiError {
	var mb *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mb):
		return tooLarge
	case errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return &apiError{status: http.StatusRequestTimeout, code: "timeout",
			msg: rules.T("请求体未在读取时限内送达", "the body did not arrive within the read timeout")}
	}
	return &apiError{status: http.StatusBadRequest, code: "bad_request",
		msg: rules.T("无法读取请求体", "the body could not be read")}
}

// mediaType returns which of types a Content-Type is, with no parameter
// but charset=utf-8.
func mediaType(ct string, types ...string) (string, bool) {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", false
	}
	for k, v := range params {
		if k != "charset" || !strings.EqualFold(v, "utf-8") {
			return "", false
		}
	}
	for _, t := range types {
		if mt == t {
			return mt, true
		}
	}
	return "", false
}

// langOf is the language of a request's messages: the best of zh and en by
// its Accept-Language, Chinese — the documents' language — when it names
// neither.
func langOf(r *http.Request) rules.Lang {
	return negotiate(r.Header.Values("Accept-Language"))
}

// negotiate picks zh or en from Accept-Language values (RFC 9110 §12.5.4):
// the language with the highest q-value, the first listed on a tie; a
// range "zh-CN" or "zh-Hant" counts as zh, "en-GB" as en, "*" as any
// language not named, and q=0 refuses a language. An entry whose q-value
// does not parse is ignored. Chinese, the documents' language, when
// neither is acceptable or the header is absent — and English when only
// Chinese is refused.
func negotiate(values []string) rules.Lang {
	q := map[string]float64{} // "zh", "en", "*": the highest q-value given
	var order []string        // the order they were first named
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			tag, params, hasParams := strings.Cut(strings.TrimSpace(part), ";")
			primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
			if primary != "zh" && primary != "en" && primary != "*" {
				continue
			}
			weight := 1.0
			if hasParams {
				k, val, ok := strings.Cut(strings.TrimSpace(params), "=")
				f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
				if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") || err != nil || f < 0 || f > 1 {
					continue
				}
				weight = f
			}
			if old, seen := q[primary]; !seen || weight > old {
				if !seen {
					order = append(order, primary)
				}
				q[primary] = weight
			}
		}
	}
	of := func(lang string) (float64, int) {
		for _, l := range []string{lang, "*"} {
			if w, ok := q[l]; ok {
				return w, slices.Index(order, l)
			}
		}
		return -1, len(order) // not named: neither acceptable nor refused
	}
	zq, zi := of("zh")
	eq, ei := of("en")
	switch {
	case eq > 0 && (eq > zq || eq == zq && ei < zi):
		return rules.English
	case zq == 0 && eq != 0:
		return rules.English
	}
	return rules.Chinese
}

func langName(l rules.Lang) string {
	if l == rules.English {
		return "en"
	}
	return "zh"
}

// replyBytes answers a JSON body already written.
func replyBytes(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeJSON writes v as indented JSON, HTML characters as they are.
func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// fail answers an error in lang.
func fail(w http.ResponseWriter, r *http.Request, lang rules.Lang, e *apiError) {
	w.Header().Set("Content-Language", langName(lang))
	replyBytes(w, e.status, indented(map[string]errorJSON{"error": e.json(lang)}))
}

// shorten cuts a value the caller wrote to a length a message can quote.
func shorten(s string) string {
	const most = 64
	r := []rune(s)
	if len(r) <= most {
		return s
	}
	return string(r[:most]) + "…"
}
