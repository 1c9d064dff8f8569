package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/wzpolicy/wzpolicy/rules"
)

// A batch evaluates the records of a splitter on a pool of workers and
// hands the outcomes, in the order of the records, to one writer.
//
// The records in flight — read and not yet written — are bounded, so that
// memory is bounded whatever the size of the input: at most window records
// wait for a worker, one per worker is evaluated, at most window wait for
// those before them to be written, and the reader holds one. The reader
// waits when the window is full: a slow case holds back the writing of the
// records after it, and the reading of more than the window beyond it.
type batch struct {
	src     *splitter
	header  csvHeader // the CSV header; nil for JSON Lines
	workers int
	window  int
	lang    rules.Lang
	// format writes an outcome as its line of output.
	format func(outcome, rules.Lang) []byte
}

type job struct {
	rec  record
	done chan outcome // receives the outcome, once
}

// run reads, evaluates and writes every record: write is called with each
// outcome and its line of output, in the order of the records, from one
// goroutine. It returns the error of reading the input or the first error
// of write, which stops the batch.
func (b *batch) run(ctx context.Context, write func(outcome, []byte) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, b.window)
	order := make(chan job, b.window)
	var readErr error
	var wg sync.WaitGroup
	wg.Go(func() { // the reader
		defer close(order)
		defer close(jobs)
		for {
			rec, err := b.src.next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
			j := job{rec: rec, done: make(chan outcome, 1)}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			select { // its place in the order; a job the writer never waits for ends in its buffered done
			case order <- j:
			case <-ctx.Done():
				return
			}
		}
	})
	for range b.workers {
		wg.Go(func() {
			for j := range jobs {
				j.done <- b.process(j.rec)
			}
		})
	}
	var writeErr error
	for j := range order {
		o := <-j.done
		if writeErr != nil {
			continue // drain, so that the reader and the workers end
		}
		if err := write(o, b.format(o, b.lang)); err != nil {
			writeErr = err
			cancel()
		}
	}
	wg.Wait()
	if writeErr != nil {
		return writeErr
	}
	return readErr
}

// process evaluates one record. A panic — a defect, never an input — is
// the line's error, and the batch goes on.
func (b *batch) process(rec record) (o outcome) {
	defer func() {
		if p := recover(); p != nil {
			o = outcome{rec: rec, err: &lineError{Code: string(rules.CodeEvaluation),
				Message: fmt.Sprintf("the case could not be evaluated, a defect to report: %v", p)}}
		}
	}()
	if rec.tooLong {
		return outcome{rec: rec, err: &lineError{Code: "bad_request", Message: say(b.lang,
			fmt.Sprintf("the line is longer than %d KiB, more than any case: it is refused unread", b.src.max>>10),
			fmt.Sprintf("该行超过%d KiB，长于任何案例，未读取即拒绝", b.src.max>>10))}}
	}
	data := rec.data
	if b.header != nil {
		var le *lineError
		if data, le = b.header.caseJSON(data, b.lang); le != nil {
			return outcome{rec: rec, err: le}
		}
	}
	o = evaluate(data, b.lang)
	o.rec = rec
	return o
}

// say is a message in lang.
func say(lang rules.Lang, en, zh string) string {
	if lang == rules.English {
		return en
	}
	return zh
}
