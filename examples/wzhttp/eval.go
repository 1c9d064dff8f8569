package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/wzpolicy/wzpolicy/rules"
)

// The kinds of case an evaluation endpoint takes.
const (
	kindAny       = ""          // POST /v1/eval: any case
	kindGroup     = "group"     // POST /v1/groups/{id}/eval
	kindHousehold = "household" // POST /v1/assess/welfare
	kindFirm      = "firm"      // POST /v1/assess/relief
)

// eval serves an evaluation endpoint: it reads one case, checks that it is
// of the endpoint's kind, evaluates it and answers its result, with the
// hash of the book that answered in Wzpolicy-Book-Hash.
func (a *api) eval(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		lang := langOf(r)
		body, _, e := readBody(w, r, a.maxBody, "application/json")
		if e != nil {
			fail(w, r, lang, e)
			return
		}
		out, hash, caseLang, e := evaluate(body, kind, r.PathValue("id"))
		if caseLang != nil {
			lang = *caseLang
		}
		if e != nil {
			// A case the book refuses names the book too: the same hash
			// and case are refused the same way.
			if h := a.cat.hashOf(e.rule); h != "" && e.status == http.StatusUnprocessableEntity {
				w.Header().Set("Wzpolicy-Book-Hash", h)
			}
			fail(w, r, lang, e)
			return
		}
		w.Header().Set("Wzpolicy-Book-Hash", hash)
		w.Header().Set("Content-Language", langName(lang))
		var buf bytes.Buffer
		if err := json.Indent(&buf, out, "", "  "); err != nil {
			fail(w, r, lang, internalError())
			return
		}
		buf.WriteByte('\n')
		replyBytes(w, http.StatusOK, buf.Bytes())
	}
}

// evaluate reads and evaluates one case of the kind (kindAny for any; for
// kindGroup, of the group id). It returns the result as the library
// writes it, the hash of the book that answered, and the case's own
// language if it gives one.
func evaluate(body []byte, kind, id string) (json.RawMessage, string, *rules.Lang, *apiError) {
	c, e := decodeCase(body)
	if e != nil {
		return nil, "", nil, e
	}
	lang := c.lang()
	if e := c.checkKind(kind, id); e != nil {
		return nil, "", lang, e
	}
	out, hash, e := c.eval()
	return out, hash, lang, e
}

// checkKind refuses a case of another kind than its endpoint's.
func (c theCase) checkKind(kind, id string) *apiError {
	var ok bool
	var want rules.Text
	switch kind {
	case kindAny:
		return nil
	case kindGroup:
		ok = c.Group == id
		want = rules.T(fmt.Sprintf("此路径评估就高组“%s”：案例应为 {\"group\": \"%s\", …}", shorten(id), shorten(id)),
			fmt.Sprintf("this path evaluates the group %q: the case is {\"group\": %q, …}", shorten(id), shorten(id)))
	case kindHousehold:
		ok = c.Assessment == assessHousehold
		want = rules.T(`此路径评估家庭：案例应为 {"assessment": "welfare.household", …}`,
			`this path assesses a household: the case is {"assessment": "welfare.household", …}`)
	case kindFirm:
		ok = c.Assessment == assessFirm
		want = rules.T(`此路径评估企业：案例应为 {"assessment": "relief.firm", …}`,
			`this path assesses a firm: the case is {"assessment": "relief.firm", …}`)
	}
	if ok {
		return nil
	}
	return &apiError{status: http.StatusBadRequest, code: "bad_request", field: c.kindField(), msg: want}
}
