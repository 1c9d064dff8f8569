package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/wzpolicy/wzpolicy/rules"
)

// batchLimits bound a batch: POST /v1/batch.
type batchLimits struct {
	// maxCases bounds the cases of one batch, a JSON array's or an NDJSON
	// stream's.
	maxCases int
	// maxArrayBytes bounds a JSON array, which is read whole before its
	// first case is evaluated.
	maxArrayBytes int64
	// maxStreamBytes bounds an NDJSON stream, which is evaluated as it
	// arrives; each line is a case, of at most maxCaseBytes.
	maxStreamBytes int64
	// timeout bounds a whole batch, reading and answering: it replaces the
	// server's read and write timeouts for the request.
	timeout time.Duration
}

// defaultBatchLimits are 10,000 cases, 16 MiB of JSON array, 64 MiB of
// NDJSON and 2 minutes: a rule's case is a few hundred bytes and evaluates
// in tens of microseconds, so a full batch is answered in seconds, and a
// client with more cases sends several batches.
func defaultBatchLimits() batchLimits {
	return batchLimits{maxCases: 10000, maxArrayBytes: 16 << 20, maxStreamBytes: 64 << 20, timeout: 2 * time.Minute}
}

// maxBatchCases is the default bound, stated in the OpenAPI document.
const maxBatchCases = 10000

// pool evaluates the cases of every batch the server serves, on as many
// goroutines as there are cores: batches share the cores rather than each
// taking all of them.
type pool struct{ jobs chan func() }

var sharedPool = sync.OnceValue(func() *pool {
	p := &pool{jobs: make(chan func())}
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for f := range p.jobs {
				f()
			}
		}()
	}
	return p
})

// batchItem is one case's answer in a batch: its index (from 0, in the
// order sent) and its result or its error.
type batchItem struct {
	Index  int             `json:"index"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *errorJSON      `json:"error,omitempty"`
}

func itemBytes(index int, result json.RawMessage, e *apiError, lang rules.Lang) []byte {
	it := batchItem{Index: index, Result: result}
	if e != nil {
		ej := e.json(lang)
		it.Error = &ej
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(it) // a RawMessage the library wrote and strings: it cannot fail
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// batchEval serves POST /v1/batch: a JSON array of cases answered by a JSON
// array of items, or NDJSON (one case a line) answered by NDJSON (one item
// a line), evaluated as it arrives. Items are in the order of the cases;
// a case refused is its own item's error and the others go on.
func (a *api) batchEval(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	lim := a.batch
	rc := http.NewResponseController(w)
	deadline := time.Now().Add(lim.timeout)
	_ = rc.SetReadDeadline(deadline)
	_ = rc.SetWriteDeadline(deadline.Add(time.Second))
	mt, ok := mediaType(r.Header.Get("Content-Type"), "application/json", "application/x-ndjson")
	if !ok {
		fail(w, r, lang, unsupportedMedia(r, "application/json", "application/x-ndjson"))
		return
	}
	if mt == "application/json" {
		a.batchArray(w, r, lang)
		return
	}
	a.batchStream(w, r, rc, lang)
}

func tooManyCases(n int) *apiError {
	return &apiError{status: http.StatusRequestEntityTooLarge, code: "too_many_cases",
		msg: rules.T(fmt.Sprintf("一批至多%d个案例；请分批发送", n), fmt.Sprintf("a batch is at most %d cases; send several batches", n))}
}

// batchArray reads a JSON array of cases whole, then answers it.
func (a *api) batchArray(w http.ResponseWriter, r *http.Request, lang rules.Lang) {
	body, _, e := readBody(w, r, a.batch.maxArrayBytes, "application/json")
	if e != nil {
		fail(w, r, lang, e)
		return
	}
	cases, e := splitArray(body, a.batch.maxCases)
	if e != nil {
		fail(w, r, lang, e)
		return
	}
	setBatchHeaders(w, a.cat, lang, "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriter(w)
	_, _ = bw.WriteString("[")
	i := 0
	next := func() ([]byte, *apiError, bool) {
		if i == len(cases) {
			return nil, nil, false
		}
		i++
		return cases[i-1], nil, true
	}
	first := true
	a.run(r.Context(), next, lang, func(item []byte) error {
		if !first {
			_, _ = bw.WriteString(",")
		}
		first = false
		_, _ = bw.WriteString("\n")
		_, err := bw.Write(item)
		return err
	})
	_, _ = bw.WriteString("\n]\n")
	_ = bw.Flush()
}

// splitArray reads a JSON array into its elements, unparsed.
func splitArray(body []byte, most int) ([]json.RawMessage, *apiError) {
	bad := func(en, zh string) *apiError {
		return &apiError{status: http.StatusBadRequest, code: "bad_request", msg: rules.T(zh, en)}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, bad("a batch is a JSON array of cases, or NDJSON sent as application/x-ndjson",
			"一批案例应是JSON数组，或以 application/x-ndjson 发送的NDJSON")
	}
	var out []json.RawMessage
	for dec.More() {
		if len(out) == most {
			return nil, tooManyCases(most)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, bad(fmt.Sprintf("the array is not valid JSON after its case %d", len(out)),
				fmt.Sprintf("数组在第%d个案例之后不是有效的JSON", len(out)))
		}
		out = append(out, raw)
	}
	if _, err := dec.Token(); err != nil {
		return nil, bad("the array does not end", "数组没有结束")
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, bad("more follows the array; a batch is one array", "数组之后还有内容；一批案例是一个数组")
	}
	return out, nil
}

// batchStream answers NDJSON as it arrives: each line a case, each answer
// a line, written as soon as it and those before it are ready.
func (a *api) batchStream(w http.ResponseWriter, r *http.Request, rc *http.ResponseController, lang rules.Lang) {
	// Answer while the request is still arriving: the client reads its
	// first answers while it sends its last cases.
	_ = rc.EnableFullDuplex()
	lim := a.batch
	in := bufio.NewReaderSize(http.MaxBytesReader(w, r.Body, lim.maxStreamBytes), 64<<10)
	n := 0
	done := false
	next := func() ([]byte, *apiError, bool) {
		if done {
			return nil, nil, false
		}
		line, err := readLine(in, maxCaseBytes)
		if err == io.EOF && line == nil {
			return nil, nil, false
		}
		if n == lim.maxCases {
			done = true
			return nil, tooManyCases(lim.maxCases), true
		}
		n++
		switch {
		case errors.Is(err, errLineTooLong):
			return nil, &apiError{status: http.StatusRequestEntityTooLarge, code: "body_too_large",
				msg: rules.T(fmt.Sprintf("此行超过%d字节", maxCaseBytes), fmt.Sprintf("the line is over %d bytes", maxCaseBytes))}, true
		case err != nil && err != io.EOF:
			done = true
			return nil, bodyError(err, &apiError{status: http.StatusRequestEntityTooLarge, code: "body_too_large",
				msg: rules.T(fmt.Sprintf("数据流超过%d字节；其余案例未读", lim.maxStreamBytes),
					fmt.Sprintf("the stream is over %d bytes; the cases after this one were not read", lim.maxStreamBytes))}), true
		case len(bytes.TrimSpace(line)) == 0:
			return nil, &apiError{status: http.StatusBadRequest, code: "bad_request",
				msg: rules.T("空行：每行一个案例", "an empty line: one case a line")}, true
		}
		return line, nil, true
	}
	setBatchHeaders(w, a.cat, lang, "application/x-ndjson; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriter(w)
	a.run(r.Context(), next, lang, func(item []byte) error {
		_, _ = bw.Write(item)
		_ = bw.WriteByte('\n')
		if err := bw.Flush(); err != nil {
			return err
		}
		return rc.Flush()
	})
	_ = bw.Flush()
}

func setBatchHeaders(w http.ResponseWriter, cat *catalogue, lang rules.Lang, ct string) {
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Language", langName(lang))
	w.Header().Set("Wzpolicy-Book-Hash", cat.allHashes)
	w.Header().Set("X-Content-Type-Options", "nosniff")
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its end ("\n" or "\r\n"). A line over
// most bytes is read to its end and dropped, with errLineTooLong. At the
// end of the input it returns io.EOF, with the last line if it has no end.
func readLine(r *bufio.Reader, most int) ([]byte, error) {
	var line []byte
	long := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			if len(line)+len(chunk) > most+2 { // the line's end is not the case's
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(line) == 0 && !long:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		if long {
			return nil, errLineTooLong
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > most {
			return nil, errLineTooLong
		}
		return line, nil
	}
}

// evalItem evaluates one case of a batch into its item. A panic is a
// defect: it is logged and answered as the case's error, and the pool's
// goroutine lives on.
func evalItem(i int, raw []byte, lang rules.Lang) (item []byte) {
	defer func() {
		if p := recover(); p != nil {
			log.Printf("wzhttp: panic evaluating case %d of a batch: %v", i, p)
			item = itemBytes(i, nil, internalError(), lang)
		}
	}()
	out, _, caseLang, e := evaluate(raw, kindAny, "")
	if caseLang != nil {
		lang = *caseLang
	}
	return itemBytes(i, out, e, lang)
}

// run evaluates the cases next gives on the shared pool and passes each
// case's item to emit in the order of the cases. At most a few cases per
// core wait to be written: a slow reader holds the stream back, not the
// memory. It stops early when emit fails or ctx ends.
func (a *api) run(ctx context.Context, next func() ([]byte, *apiError, bool), lang rules.Lang, emit func([]byte) error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := make(chan chan []byte, 4*runtime.GOMAXPROCS(0))
	go func() {
		defer close(window)
		for i := 0; ; i++ {
			raw, pre, ok := next()
			if !ok {
				return
			}
			fut := make(chan []byte, 1)
			select {
			case window <- fut:
			case <-ctx.Done():
				return
			}
			if pre != nil {
				fut <- itemBytes(i, nil, pre, lang)
				continue
			}
			job := func() { fut <- evalItem(i, raw, lang) }
			select {
			case a.pool.jobs <- job:
			case <-ctx.Done():
				fut <- nil
				return
			}
		}
	}()
	failed := false
	for fut := range window {
		item := <-fut
		if failed || item == nil {
			continue
		}
		if err := emit(item); err != nil {
			failed = true
			cancel()
		}
	}
}
