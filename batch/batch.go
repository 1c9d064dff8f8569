// Package batch runs the library over many records: a bounded pool of
// workers evaluating a stream of cases (households, firms, rows of a
// book's inputs), with the results handed back in input order ([Run]) or
// folded into aggregates worker by worker ([Fold]), and exact totals of
// granted amounts per rule and per locality ([Totals]).
//
// Run suits a caller that keeps or writes each result; Fold one that
// keeps only aggregates, which it computes on every worker at once
// instead of on the one goroutine that receives the results in order.
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
	// Chunk is how many consecutive records a worker takes at once; 0
	// means 64. Handing records over one at a time costs more than
	// screening a household.
	Chunk int
	// Ahead is how many chunks may be read ahead of the one emitted next,
	// the size of Run's ring of slots (for Fold, how many chunks may be read
	// and not yet evaluated); 0 means 4 per worker.
	Ahead int
}

// sizes are the options with their defaults: workers, slots and records
// in a slot.
func (opt Options) sizes() (workers, ahead, chunk int) {
	workers = opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ahead = opt.Ahead
	if ahead <= 0 {
		ahead = 4 * workers
	}
	ahead = max(ahead, workers)
	chunk = opt.Chunk
	if chunk <= 0 {
		chunk = 64
	}
	return workers, ahead, chunk
}

// Error is the error of one record: its place in the input (from 0) and
// what work or emit returned.
type Error struct {
	Seq int
	Err error
}

func (e *Error) Error() string { return fmt.Sprintf("batch: record %d: %v", e.Seq, e.Err) }
func (e *Error) Unwrap() error { return e.Err }

// slot is one chunk of records in flight with their results.
type slot[In, Out any] struct {
	seq  int   // of in[0]
	n    int   // records in the chunk
	in   []In  // Chunk records
	out  []Out // and their results
	err  error // of record errAt
	at   int
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
	workers, ahead, chunk := opt.sizes()
	slots := make([]slot[In, Out], ahead)
	free := make(chan int, ahead)    // slots ready for a record
	jobs := make(chan int, ahead)    // slots holding a record to evaluate
	pending := make(chan int, ahead) // slots in input order, to emit
	for i := range slots {
		slots[i].done = make(chan struct{}, 1)
		slots[i].in, slots[i].out = make([]In, chunk), make([]Out, chunk)
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
				s.err = nil
				for k := range s.n {
					if err := ctx.Err(); err != nil {
						s.err, s.at = err, k
						break
					}
					if err := work(w, &s.in[k], &s.out[k]); err != nil {
						s.err, s.at = err, k
						break
					}
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
		seq, i := 0, -1 // the slot being filled, -1 for none
		send := func() {
			jobs <- i
			pending <- i
			i = -1
		}
		for in, err := range src {
			if err != nil {
				readErr = &Error{Seq: seq, Err: err}
				break
			}
			if i < 0 {
				select {
				case i = <-free:
				case <-ctx.Done():
					return
				}
				slots[i].seq, slots[i].n = seq, 0
			}
			s := &slots[i]
			s.in[s.n] = in
			s.n++
			seq++
			if s.n == chunk {
				send()
			}
		}
		if i >= 0 {
			send() // the last chunk, and what was read before an error
		}
	}()

	var err error
	for i := range pending {
		s := &slots[i]
		<-s.done
		n := s.n
		if s.err != nil {
			n = s.at // the records before the error are emitted
		}
		for k := 0; k < n && err == nil; k++ {
			if e := emit(s.seq+k, &s.in[k], &s.out[k]); e != nil {
				err = &Error{Seq: s.seq + k, Err: e}
			}
		}
		if err == nil && s.err != nil {
			err = &Error{Seq: s.seq + s.at, Err: s.err}
		}
		if err != nil {
			cancel()
			for range pending { // let the reader and workers finish
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
