// Package batch runs the library over many records: a bounded pool of
// workers evaluating a stream of cases (households, firms, rows of a
// book's inputs), with the results handed back in input order, and exact
// totals of granted amounts per rule and per locality.
//
// Run keeps a fixed ring of slots, each holding one record and its result,
// and reuses them: a slot's result is written by a worker, handed to the
// caller's emit in input order, and then written again for a later record.
// A work function that evaluates into the slot's result (an assessment's
// screening storage, a binding's EvalInto) therefore allocates nothing per
// record beyond what it keeps.
package batch

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"
)

// Options configure Run.
type Options struct {
	// Workers is the number of goroutines evaluating records; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Ahead is how many records may be read ahead of the one emitted
	// next, the size of the ring of slots; 0 means 4 per worker.
	Ahead int
}

// Error is the error of one record: its place in the input (from 0) and
// what work or emit returned.
type Error struct {
	Seq int
	Err error
}

func (e *Error) Error() string { return fmt.Sprintf("batch: record %d: %v", e.Seq, e.Err) }
func (e *Error) Unwrap() error { return e.Err }

// slot is one record in flight with its result.
type slot[In, Out any] struct {
	seq  int
	in   In
	out  Out
	err  error
	done chan struct{} // a worker has written out and err
}

// Run reads records from src, evaluates each with work in one of the
// workers, and calls emit with each record and its result in input order,
// from the goroutine that called Run. work receives the worker's number
// (from 0 to Workers−1, for state kept per worker) and the slot's record
// and result; the result holds whatever the slot's previous record left,
// so work must set every field it means to emit. emit must not keep the
// pointers it is given: the slot is reused once emit returns.
//
// Run stops at the first error — from src, work or emit — or when ctx is
// done, and returns it; the error of a record is an [*Error] naming its
// place. A record that cannot be assessed (a household whose facts are
// refused) is an outcome, not an error: record it in Out and return nil,
// and the run goes on.
func Run[In, Out any](ctx context.Context, src iter.Seq2[In, error], opt Options, work func(worker int, in *In, out *Out) error, emit func(seq int, in *In, out *Out) error) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ahead := opt.Ahead
	if ahead <= 0 {
		ahead = 4 * workers
	}
	ahead = max(ahead, workers)
	slots := make([]slot[In, Out], ahead)
	free := make(chan int, ahead)    // slots ready for a record
	jobs := make(chan int, ahead)    // slots holding a record to evaluate
	pending := make(chan int, ahead) // slots in input order, to emit
	for i := range slots {
		slots[i].done = make(chan struct{}, 1)
		free <- i
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range jobs {
				s := &slots[i]
				if ctx.Err() == nil {
					s.err = work(w, &s.in, &s.out)
				} else {
					s.err = ctx.Err()
				}
				s.done <- struct{}{}
			}
		})
	}
	// The reader feeds the workers and records the input order.
	var readErr error
	go func() {
		defer close(pending)
		defer close(jobs)
		seq := 0
		for in, err := range src {
			if err != nil {
				readErr = &Error{Seq: seq, Err: err}
				return
			}
			var i int
			select {
			case i = <-free:
			case <-ctx.Done():
				return
			}
			s := &slots[i]
			s.seq, s.in = seq, in
			jobs <- i
			pending <- i
			seq++
		}
	}()

	var err error
	for i := range pending {
		s := &slots[i]
		<-s.done
		if err == nil {
			switch {
			case s.err != nil:
				err = &Error{Seq: s.seq, Err: s.err}
			default:
				if e := emit(s.seq, &s.in, &s.out); e != nil {
					err = &Error{Seq: s.seq, Err: e}
				}
			}
			if err != nil {
				cancel()
			}
		}
		free <- i
	}
	wg.Wait()
	if err == nil {
		err = readErr
	}
	if err == nil {
		err = parent.Err() // the caller's cancellation, if it stopped the reader
	}
	return err
}

// Values adapts a sequence that cannot fail to Run's source.
func Values[In any](seq iter.Seq[In]) iter.Seq2[In, error] {
	return func(yield func(In, error) bool) {
		for in := range seq {
			if !yield(in, nil) {
				return
			}
		}
	}
}
