// Command wzbatch evaluates a file of cases against the wzpolicy rule books,
// on every core, and writes one result per case, in the order of the input.
//
// Usage:
//
//	wzbatch [-in FILE] [-out FILE] [-format jsonl|csv] [-out-format jsonl|csv]
//	        [-lang zh|en] [-summary FILE] [-workers N] [-no-progress]
//
// The input is JSON Lines — one case a line, in the JSON form of a case
// (wzpolicy.DecodeCase: a rule, a take-the-higher group, or a household's
// or firm's assessment):
//
//	{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "60", "plan_date": "2022-05-20"}}
//	{"group": "productivity.reward.choice", "date": "2023-06-01", "inputs": {"productivity.reward.headquarters": {…}, "productivity.reward.scale_up": {…}}}
//	{"assessment": "welfare.household", "date": "2023-06-01", "inputs": {"household": {…}, "standards": {…}}}
//
// or CSV with a header row whose columns are the keys of that form (rule,
// group, assessment, date, inputs, lang, in any order, each at most once);
// a cell holds the key's value, the inputs cell the inputs object as JSON,
// and an empty cell leaves its key out:
//
//	rule,date,inputs
//	expropriation.moving.fee,2022-06-01,"{""district"": ""鹿城区"", ""use"": ""住宅用房"", ""area"": ""60"", ""plan_date"": ""2022-05-20""}"
//
// The input format is -format, or else CSV for a file named *.csv and JSON
// Lines otherwise. Blank lines are skipped. The input is read as a stream,
// never whole: a batch of any size holds only the cases in flight. A line
// longer than the largest case (1 MiB, an assessment's) is refused unread,
// on its own line of output.
//
// Each case gives one line of output, in the order of the input, whatever
// the number of workers: in JSON Lines, its line number and the answer as
// the library writes it (docs/json.md: a result, a group's result, a
// household's statement or a firm's assessment), or its line number and an error
// object with a stable code (bad_request for a line that is not a case;
// the library's codes otherwise: unknown_rule, invalid_input, not_in_force,
// case_by_case for 按实评估 …), the field it concerns ("rule", "date",
// "inputs.<name>") and a message in -lang (or the case's own lang):
//
//	{"line":1,"result":{"rule":"expropriation.moving.fee",…}}
//	{"line":2,"error":{"code":"invalid_input","field":"inputs.area","message":"…","rule":"expropriation.moving.fee"}}
//
// With -out-format csv (or an -out file named *.csv), the output is CSV
// with the columns line, id, status, amount, unit, error_code, error_field
// and error. A line in error never stops the batch.
//
// At the end, a summary goes to standard error — cases, granted, not
// granted, errors; the granted figures added up per rule and unit, exactly;
// the errors by code — and, with -summary FILE, to FILE as JSON. While the
// batch runs, a progress bar is shown on standard error when it is a
// terminal, unless -no-progress.
//
// Exit status: 0 when every line was read and answered (lines in error
// included: the summary counts them), 1 when the batch could not be read
// or written to the end, 2 for a wrong use.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/wzpolicy/wzpolicy/rules"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second interrupt ends the command at once
	}()
	os.Exit(run(ctx, os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, isTerminal: isTerminal}))
}

// env is what the command reads and writes besides its files.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// isTerminal says whether a writer is a terminal, where a progress bar
	// is shown.
	isTerminal func(io.Writer) bool
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// maxWorkers bounds -workers: each worker holds up to five cases in
// flight, and more workers than this gain nothing on any machine the
// command is for.
const maxWorkers = 1024

// options are the command's flags.
type options struct {
	in, out, format, outFormat, lang, summary string
	workers                                   int
	noProgress                                bool
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("wzbatch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "-", "the file of cases; - for standard input")
	fs.StringVar(&o.out, "out", "-", "the file of results, created or truncated; - for standard output")
	fs.StringVar(&o.format, "format", "", "the input's format, jsonl or csv (default: csv for a file named *.csv, jsonl otherwise)")
	fs.StringVar(&o.outFormat, "out-format", "", "the output's format, jsonl or csv (default: csv for a file named *.csv, jsonl otherwise)")
	fs.StringVar(&o.lang, "lang", "zh", "the language of messages and of the summary, zh or en (a case's own lang wins for its messages)")
	fs.StringVar(&o.summary, "summary", "", "also write the summary as JSON to this file")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "cases evaluated at once")
	fs.BoolVar(&o.noProgress, "no-progress", false, "show no progress bar, even on a terminal")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: wzbatch [-in FILE] [-out FILE] [-format jsonl|csv] [-out-format jsonl|csv] [-lang zh|en] [-summary FILE] [-workers N] [-no-progress]")
		fmt.Fprintln(fs.Output(), "Evaluates a file of cases (JSON Lines, or CSV with the columns rule, group, assessment, date, inputs, lang) and writes one result per case, in input order.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q: name the input with -in", fs.Arg(0))
	}
	var err error
	if o.format, err = formatOf(o.format, o.in, "-format"); err != nil {
		return o, err
	}
	if o.outFormat, err = formatOf(o.outFormat, o.out, "-out-format"); err != nil {
		return o, err
	}
	if o.lang != "zh" && o.lang != "en" {
		return o, fmt.Errorf("-lang %q: zh or en", o.lang)
	}
	if o.workers < 1 || o.workers > maxWorkers {
		return o, fmt.Errorf("-workers %d: from 1 to %d", o.workers, maxWorkers)
	}
	return o, nil
}

// formatOf is the format a flag gives, or the one a file's name implies.
func formatOf(flagValue, file, name string) (string, error) {
	switch flagValue {
	case "jsonl", "csv":
		return flagValue, nil
	case "":
		if strings.EqualFold(filepath.Ext(file), ".csv") {
			return "csv", nil
		}
		return "jsonl", nil
	}
	return "", fmt.Errorf("%s %q: jsonl or csv", name, flagValue)
}

// run is the command; it returns the exit status.
func run(ctx context.Context, args []string, e env) int {
	o, err := parseFlags(args, e.stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "wzbatch:", err)
		return 2
	}
	lang := rules.Chinese
	if o.lang == "en" {
		lang = rules.English
	}
	in, size, closeIn, err := openInput(o.in, e.stdin)
	if err != nil {
		fmt.Fprintln(e.stderr, "wzbatch:", err)
		return 1
	}
	defer closeIn()

	b := &batch{src: newSplitter(in, maxLine, o.format == "csv"), workers: o.workers, window: 4 * o.workers, lang: lang, format: jsonLine}
	if o.format == "csv" {
		if b.header, err = readHeader(b.src); err != nil {
			fmt.Fprintf(e.stderr, "wzbatch: %s: %v\n", name(o.in), err)
			return 1
		}
	}
	if sameFile(o.in, o.out) {
		fmt.Fprintf(e.stderr, "wzbatch: -in and -out are the same file, %q: the results would overwrite the cases\n", o.out)
		return 2
	}
	out, closeOut, err := openOutput(o.out, e.stdout)
	if err != nil {
		fmt.Fprintln(e.stderr, "wzbatch:", err)
		return 1
	}
	w := bufio.NewWriterSize(out, 64<<10)
	if o.outFormat == "csv" {
		b.format = csvLine
		w.Write(csvRow(csvOutColumns))
	}

	var bar *progressbar.ProgressBar
	if !o.noProgress && e.isTerminal(e.stderr) {
		bar = newBar(e.stderr, size, lang)
	}
	sum := newSummary()
	runErr := b.run(ctx, func(oc outcome, line []byte) error {
		sum.add(oc)
		if bar != nil {
			bar.Add64(oc.rec.size)
		}
		_, err := w.Write(line)
		return err
	})
	if bar != nil {
		bar.Finish()
	}
	if err := w.Flush(); err != nil && runErr == nil {
		runErr = fmt.Errorf("%s: %v", name(o.out), err)
	}
	if err := closeOut(); err != nil && runErr == nil {
		runErr = fmt.Errorf("%s: %v", name(o.out), err)
	}
	if runErr == nil && ctx.Err() != nil {
		runErr = errors.New("interrupted")
	}
	sum.write(e.stderr, lang)
	if o.summary != "" {
		if err := os.WriteFile(o.summary, sum.JSON(), 0o644); err != nil && runErr == nil {
			runErr = fmt.Errorf("the summary: %v", err)
		}
	}
	if runErr != nil {
		fmt.Fprintln(e.stderr, "wzbatch:", runErr)
		return 1
	}
	return 0
}

// readHeader reads the header row of CSV input; empty input has none, and
// no cases.
func readHeader(s *splitter) (csvHeader, error) {
	rec, err := s.next()
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if rec.tooLong {
		return nil, fmt.Errorf("the header row is longer than %d bytes", s.max)
	}
	s.seq = 0 // the header is no case
	return parseHeader(rec.data)
}

func name(file string) string {
	if file == "-" {
		return "standard input/output"
	}
	return fmt.Sprintf("%q", file)
}

// openInput opens the input, and gives its size when it is a regular file
// (-1 otherwise), for the progress bar.
func openInput(file string, stdin io.Reader) (io.Reader, int64, func(), error) {
	if file == "-" {
		return stdin, -1, func() {}, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, 0, nil, err
	}
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			f.Close()
			return nil, 0, nil, fmt.Errorf("%q is a directory: give a file of cases", file)
		}
		if fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	return f, size, func() { f.Close() }, nil
}

// sameFile says whether two flags name the same existing file.
func sameFile(in, out string) bool {
	if in == "-" || out == "-" {
		return false
	}
	a, err1 := os.Stat(in)
	b, err2 := os.Stat(out)
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

func openOutput(file string, stdout io.Writer) (io.Writer, func() error, error) {
	if file == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// newBar is the progress bar: the bytes of input done out of its size, or
// a spinner with the bytes done when the size is not known (a pipe).
func newBar(w io.Writer, size int64, lang rules.Lang) *progressbar.ProgressBar {
	desc := "评估中"
	if lang == rules.English {
		desc = "evaluating"
	}
	return progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
}
