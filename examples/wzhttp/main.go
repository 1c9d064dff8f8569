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
