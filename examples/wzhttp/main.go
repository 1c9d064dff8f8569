// Command wzhttp serves the wzpolicy rule books over HTTP with JSON, for
// systems written in other languages: they evaluate a rule, a
// take-the-higher group, a household's or a firm's assessment and get the
// same result as a Go caller of the library, with its structured trace and
// citations (docs/json.md of the library).
//
//	GET  /v1/rules               every rule: ID, domain, titles, clause, period in force
//	GET  /v1/rules/{id}          one rule: its inputs with their JSON Schema, outputs, groups
//	GET  /v1/groups              the take-the-higher groups
//	GET  /v1/groups/{id}         one group and its members
//	GET  /v1/params[?domain=…]   each book's parameters, with their history and clauses
//	GET  /v1/documents           the documents each book cites
//	POST /v1/eval                a case: {"rule"|"group"|"assessment": …, "date": …, "inputs": {…}, "lang": "zh"|"en"}
//	POST /v1/groups/{id}/eval    a group's case
//	POST /v1/assess/welfare      a household's case (assessment welfare.household)
//	POST /v1/assess/relief       a firm's case (assessment relief.firm)
//	POST /v1/batch               a JSON array of cases, or NDJSON (one case a line)
//	GET  /openapi.json           OpenAPI 3.1, generated from the books at start
//	GET  /healthz                200 once every book is compiled, with their hashes
//
// A case is the library's case form (wzpolicy.Case), read strictly by
// wzpolicy.DecodeCase: sent as Content-Type application/json (else 415),
// at most 1 MiB (else 413; a rule's or group's case at most 64 KiB, else
// 400), one JSON object with the fields rule, group or assessment, date,
// inputs and lang, spelt so. Numbers may be JSON numbers or strings; they
// are read exactly, and answered as strings.
//
// Every evaluation's answer carries Wzpolicy-Book-Hash, the content hash of
// the book that answered (a batch's: domain=hash of every book), and so
// does a case the book refuses (422).
//
// Messages are Chinese or English: the case's "lang" if it gives one,
// else the better of zh and en by Accept-Language (q-values as RFC 9110
// has them), else Chinese — the documents' language. Content-Language says
// which.
//
// Every error, 404 and 405 included, answers
// {"error": {"code", "rule", "field", "input", "message", "clause", "reference"}};
// "code" is stable and one of:
//
//	bad_request             400  not a case: not JSON, not one object, a field unknown, misspelt, repeated or of the wrong type; the date missing or not a date; a case of another kind than the path's
//	invalid_input           422  an input missing, unknown, null, of the wrong kind or out of range; a fact refused
//	unknown_rule            404  no rule or group of this ID
//	not_found               404  no such path, or no such domain
//	method_not_allowed      405  the path takes other methods (see Allow)
//	timeout                 408  the body did not arrive within the read timeout
//	body_too_large          413  the body is over its bound
//	too_many_cases          413  a batch of more cases than it takes
//	unsupported_media_type  415  the body is not sent as application/json (or application/x-ndjson to /v1/batch)
//	not_in_force            422  the date is outside the rule's in-force period
//	case_by_case            422  the document leaves the case to assessment (按实评估); "reference" has the document's figures where a locality sets its own by them
//	evaluation, internal    500  a defect of the server or of a rule; the log has the detail
//	overloaded              503  the server holds as many connections as it takes; try again
//
// A batch answers each case with an item {"index", "result"} or
// {"index", "error"}, in the order of the cases: a JSON array for a JSON
// array, NDJSON for NDJSON, which is answered as it arrives. One bad case
// never stops the others. A batch is at most 10,000 cases, a JSON array
// at most 16 MiB, an NDJSON stream at most 64 MiB (a line at most 1 MiB),
// and takes at most 2 minutes; its cases are evaluated on as many
// goroutines as there are cores, shared by every batch.
//
// The server bounds what one client can hold: the headers of a request must
// arrive within 5 s, the whole request within 10 s, the answer be written
// within 20 s, and a keep-alive connection is closed after 30 s idle. It
// serves at most 200 connections at once — below a descriptor limit of 256,
// with room for its own — and answers any connection beyond them at once
// with 503 and closes it (16 such answers at a time; a connection beyond
// those is closed unanswered). On SIGINT or SIGTERM it stops accepting and
// gives the requests under way 20 s to finish. Flags change each limit; -h
// lists them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run parses the flags and serves until SIGINT or SIGTERM; it returns the
// exit status.
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
	// Compile every book and write the catalogue before listening: a
	// defect of a book stops the start, not a request, and /healthz
	// answers only once everything is ready.
	if _, err := theCatalogue(); err != nil {
		fmt.Fprintln(stderr, "wzhttp:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "wzhttp:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stderr, "wzhttp: listening on %s\n", ln.Addr())
	if err := serveUntil(ctx, newServer(cfg), ln, cfg.shutdownTimeout); err != nil {
		fmt.Fprintln(stderr, "wzhttp:", err)
		return 1
	}
	fmt.Fprintln(stderr, "wzhttp: stopped")
	return 0
}

// serveUntil serves ln until ctx ends, then shuts the server down
// gracefully: it stops accepting, lets the requests under way finish for at
// most grace, and closes what is left after it.
func serveUntil(ctx context.Context, srv *server, ln net.Listener, grace time.Duration) error {
	served := make(chan error, 1)
	go func() { served <- srv.serve(ln) }()
	select {
	case err := <-served: // the listener failed
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.http.Shutdown(shut)
	if errors.Is(err, context.DeadlineExceeded) {
		log.Printf("wzhttp: requests still under way after %v were cut off", grace)
		err = srv.http.Close()
	}
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	return err
}
