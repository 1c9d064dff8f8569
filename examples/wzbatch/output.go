package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// jsonLine writes an outcome as a line of JSON Lines:
//
//	{"line": 3, "result": {…the answer as the library writes it…}}
//	{"line": 4, "error": {"code": "invalid_input", "field": "inputs.area", "message": "…"}}
func jsonLine(o outcome, _ rules.Lang) []byte {
	var b bytes.Buffer
	b.WriteString(`{"line":`)
	b.WriteString(strconv.Itoa(o.rec.line))
	if o.err != nil {
		b.WriteString(`,"error":`)
		e, _ := json.Marshal(o.err) // strings only
		b.Write(e)
	} else {
		b.WriteString(`,"result":`)
		b.Write(o.answer)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// csvOutColumns are the columns of CSV output.
var csvOutColumns = []string{"line", "id", "status", "amount", "unit", "error_code", "error_field", "error"}

// csvLine writes an outcome as a CSV row of csvOutColumns: the input's
// line, the rule, group or assessment, the status of a rule's or group's
// case (享受, 不符合条件, 按实评估…), the main figure of a granted case as
// JSON writes it and its unit in lang (left empty for a case not granted,
// whose figures are zero; a firm's total; nothing for a household, whose
// members each have theirs), and the error.
func csvLine(o outcome, lang rules.Lang) []byte {
	row := make([]string, len(csvOutColumns))
	row[0] = strconv.Itoa(o.rec.line)
	row[1] = inert(o.id)
	row[2] = string(o.status)
	if o.err != nil {
		if o.id == "" {
			row[1] = inert(o.err.Rule)
		}
		row[5], row[6], row[7] = o.err.Code, inert(o.err.Field), inert(o.err.Message)
	} else if (o.status == rules.Granted || o.status == "") && o.value.Kind() != rules.KindInvalid {
		row[3] = o.value.String()
		switch {
		case o.unitText != (rules.Text{}):
			row[4] = o.unitText.In(lang)
		case o.value.Kind() == rules.KindNumber:
			row[4] = o.unit.In(lang)
		}
	}
	return csvRow(row)
}

// inert keeps a cell that may quote the input — an ID, a field, a
// message — from being read as a formula by a spreadsheet: a cell that
// begins with =, +, -, @, a tab or a carriage return is written after an
// apostrophe, which a spreadsheet shows as text and does not display.
func inert(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

func csvRow(row []string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(row) // to a buffer: no error
	w.Flush()
	return b.Bytes()
}
