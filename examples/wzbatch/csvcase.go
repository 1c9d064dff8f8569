package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// csvColumns are the columns a CSV file of cases may have: the keys of a
// case's JSON form, each cell the key's value — a text, or for inputs the
// inputs object written as JSON.
var csvColumns = []string{"rule", "group", "assessment", "date", "inputs", "lang"}

// csvHeader is the header row of a CSV file of cases: the column of each key.
type csvHeader []string

// parseHeader reads the header row. Every column must be one of csvColumns,
// at most once, and one of rule, group and assessment must be there.
func parseHeader(data []byte) (csvHeader, error) {
	cells, err := csvCells(data)
	if err != nil {
		return nil, fmt.Errorf("the header row: %v", err)
	}
	seen := map[string]bool{}
	for i, c := range cells {
		c = strings.TrimSpace(c)
		cells[i] = c
		if !slices.Contains(csvColumns, c) {
			return nil, fmt.Errorf("the header row: column %d is %q, not one of %s", i+1, shorten(c), strings.Join(csvColumns, ", "))
		}
		if seen[c] {
			return nil, fmt.Errorf("the header row: column %q is given twice", c)
		}
		seen[c] = true
	}
	if !seen["rule"] && !seen["group"] && !seen["assessment"] {
		return nil, errors.New("the header row names no column rule, group or assessment: a case names what to evaluate")
	}
	return csvHeader(cells), nil
}

// caseJSON turns a row into the JSON form of its case: each non-empty cell
// its column's key, inputs as the JSON the cell holds.
func (h csvHeader) caseJSON(data []byte, lang rules.Lang) ([]byte, *lineError) {
	cells, err := csvCells(data)
	if err != nil {
		return nil, &lineError{Code: "bad_request", Message: say(lang, "not a CSV row: "+err.Error(), "不是CSV行："+err.Error())}
	}
	if len(cells) != len(h) {
		return nil, &lineError{Code: "bad_request", Message: say(lang,
			fmt.Sprintf("the row has %d cells, the header %d columns", len(cells), len(h)),
			fmt.Sprintf("该行有%d格，表头有%d列", len(cells), len(h)))}
	}
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	for i, col := range h {
		cell := cells[i]
		if cell == "" {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		key, _ := json.Marshal(col)
		b.Write(key)
		b.WriteByte(':')
		if col == "inputs" {
			if !json.Valid([]byte(cell)) {
				return nil, &lineError{Code: "bad_request", Field: "inputs", Message: say(lang,
					`the cell is not JSON: it holds the inputs as a JSON object, {"name": value, …}`,
					`该格不是JSON：inputs一格以JSON对象写输入，如{"name": value, …}`)}
			}
			b.WriteString(cell)
			continue
		}
		v, _ := json.Marshal(cell)
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// csvCells parses one CSV record.
func csvCells(data []byte) ([]string, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	cells, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
	}
	if _, err := r.Read(); err == nil {
		return nil, errors.New("more than one record")
	}
	return cells, nil
}
