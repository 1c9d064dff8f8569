package population

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/wzpolicy/wzpolicy/examples/population/internal/jsonlines"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Record is one line of the JSON Lines form of a population: the
// household's index and the household, {"id":i,"household":{…}}. The
// household is written by encoding/json as welfare.Household is — its
// fields by their Go names, dates as "2006-01-02" text, amounts as decimal
// strings, enumerated facts as their Chinese values, a date or an
// enumerated fact not given as null — except that a field whose value
// would be the empty string (a name not given) is left out, and reads back
// as the zero value it was. Any encoding/json reader of welfare.Household
// reads the lines.
type Record struct {
	ID        int               `json:"id"`
	Household welfare.Household `json:"household"`
}

// WriteJSONL writes households 0 to n-1 of the population to w as JSON
// Lines, one [Record] a line, in order. It returns the first error of
// writing, or an error for a zero cfg.On or a negative n, before writing
// anything.
func WriteJSONL(w io.Writer, cfg Config, n int) error {
	switch {
	case cfg.On.IsZero():
		return errors.New("population: Config.On is the zero Date; give the assessment date")
	case n < 0:
		return fmt.Errorf("population: %d households is negative", n)
	}
	enc := jsonlines.NewEncoder(w)
	for i, h := range Households(cfg, n) {
		if err := enc.Encode(Record{ID: i, Household: h}); err != nil {
			return fmt.Errorf("population: household %d: %w", i, err)
		}
	}
	return enc.Flush()
}

// ReadJSONL reads JSON Lines of [Record] from r, yielding each record in
// the order read. Blank lines are skipped. A line that is not one record —
// not JSON, a field the record does not have, a value its field refuses
// (an enumerated fact none of the document's values), or anything after
// the object — yields the zero Record with an error naming the line, and
// reading stops; so does an error of r.
func ReadJSONL(r io.Reader) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		br := bufio.NewReader(r)
		for line := 1; ; line++ {
			b, err := br.ReadBytes('\n')
			if len(bytes.TrimSpace(b)) > 0 {
				rec, derr := decodeRecord(b)
				if derr != nil {
					yield(Record{}, fmt.Errorf("population: line %d: %w", line, derr))
					return
				}
				if !yield(rec, nil) {
					return
				}
			}
			switch {
			case err == io.EOF:
				return
			case err != nil:
				yield(Record{}, fmt.Errorf("population: line %d: %w", line, err))
				return
			}
		}
	}
}

// decodeRecord reads one line as a Record: both fields given, no field
// the record or the household does not have, nothing after the object.
func decodeRecord(b []byte) (Record, error) {
	var line struct {
		ID        *int            `json:"id"`
		Household json.RawMessage `json:"household"`
	}
	if err := strict(b, &line); err != nil {
		return Record{}, err
	}
	switch {
	case line.ID == nil:
		return Record{}, errors.New(`"id" is missing`)
	case len(line.Household) == 0 || string(line.Household) == "null":
		return Record{}, errors.New(`"household" is missing`)
	}
	rec := Record{ID: *line.ID}
	if err := strict(line.Household, &rec.Household); err != nil {
		return Record{}, fmt.Errorf("household: %w", err)
	}
	return rec, nil
}

// strict decodes b into v, refusing unknown fields and anything after the
// value.
func strict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("more than one JSON value")
	}
	return nil
}
