package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// A record is one input of the batch: a line of JSON Lines, or a CSV record
// (which may span lines inside a quoted cell).
type record struct {
	seq  int    // its place among the records, from 0
	line int    // the line of the file it starts on, from 1
	data []byte // its bytes, without the line end; nil when too long
	// tooLong is set when the record exceeds the limit: its bytes were
	// skipped, never held, and data is nil.
	tooLong bool
	size    int64 // the bytes it took in the file, line ends included
}

// splitter reads records one at a time from a stream, holding at most one
// record of at most max bytes: a record longer than that is skipped to its
// end and returned marked tooLong, so that no input, however long a line,
// makes the command hold more than the limit.
type splitter struct {
	r    *bufio.Reader
	max  int
	csv  bool // a record ends at a line end outside quotes
	line int  // the line the next record starts on
	seq  int
	bom  bool // the byte order mark at the start has been dealt with
}

func newSplitter(r io.Reader, max int, csv bool) *splitter {
	return &splitter{r: bufio.NewReaderSize(r, 64<<10), max: max, csv: csv, line: 1}
}

// next returns the next record, skipping blank lines (whitespace only) of
// JSON Lines and empty lines of CSV; io.EOF at the end of the stream.
func (s *splitter) next() (record, error) {
	if !s.bom {
		s.bom = true
		if b, err := s.r.Peek(3); err == nil && bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
			s.r.Discard(3) // a spreadsheet's byte order mark is not part of the first record
		}
	}
	for {
		rec, err := s.read()
		if err != nil {
			return rec, err
		}
		if !rec.tooLong && len(bytes.TrimSpace(rec.data)) == 0 {
			continue
		}
		rec.seq = s.seq
		s.seq++
		return rec, nil
	}
}

// read reads one record, blank or not.
func (s *splitter) read() (record, error) {
	rec := record{line: s.line}
	var buf []byte
	quoted := false // inside a quoted CSV cell
	started := false
	for {
		chunk, err := s.r.ReadSlice('\n')
		if len(chunk) > 0 {
			started = true
		}
		rec.size += int64(len(chunk))
		if s.csv {
			quoted = quoted != (bytes.Count(chunk, []byte{'"'})%2 == 1)
		}
		end := err == nil && !quoted // a line end that ends the record
		if !rec.tooLong {
			if len(buf)+len(chunk) > s.max+2 { // room for the line end, trimmed below
				rec.tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == nil {
			s.line++
		}
		switch {
		case err == nil && !end:
			continue
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			if !started {
				return rec, io.EOF
			}
		case err != nil:
			return rec, err
		}
		break
	}
	if !rec.tooLong {
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if len(buf) > s.max {
			rec.tooLong, buf = true, nil
		}
	}
	rec.data = buf
	return rec, nil
}
