// Package jsonlines writes values as JSON Lines the way the population's
// readers read them back: by encoding/json, one value a line, with every
// object member whose value is the empty string (a name not given) left
// out, to keep the lines short; left out, such a field reads back as the
// zero value it was. (The library's dates and enumerations not given write
// null, which reads back as not given.)
package jsonlines

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// Encoder writes JSON Lines to a buffered writer; Flush writes what is
// buffered. Not for concurrent use.
type Encoder struct {
	w         *bufio.Writer
	raw, line bytes.Buffer
	enc       *json.Encoder
}

// NewEncoder returns an encoder writing to w.
func NewEncoder(w io.Writer) *Encoder {
	e := &Encoder{w: bufio.NewWriter(w)}
	e.enc = json.NewEncoder(&e.raw)
	e.enc.SetEscapeHTML(false)
	return e
}

// Encode writes v as one line.
func (e *Encoder) Encode(v any) error {
	e.raw.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	e.line.Reset()
	DropEmpty(&e.line, e.raw.Bytes())
	e.line.WriteByte('\n')
	_, err := e.w.Write(e.line.Bytes())
	return err
}

// Flush writes what is buffered to the underlying writer.
func (e *Encoder) Flush() error { return e.w.Flush() }

// DropEmpty copies the JSON value src, as encoding/json writes it (no
// space between tokens, an optional newline after), to dst without the
// object members whose value is the empty string.
func DropEmpty(dst *bytes.Buffer, src []byte) {
	value(dst, src, 0)
}

// value copies the value at src[i:] and returns the index after it.
func value(dst *bytes.Buffer, src []byte, i int) int {
	switch src[i] {
	case '{':
		dst.WriteByte('{')
		i++
		first := true
		for src[i] != '}' {
			key := i
			i = skipString(src, i) + 1 // the key and its colon
			if src[i] == '"' && src[i+1] == '"' {
				i += 2 // the member "key":"", left out
			} else {
				if !first {
					dst.WriteByte(',')
				}
				first = false
				dst.Write(src[key:i])
				i = value(dst, src, i)
			}
			if src[i] == ',' {
				i++
			}
		}
		dst.WriteByte('}')
		return i + 1
	case '[':
		dst.WriteByte('[')
		i++
		for src[i] != ']' {
			i = value(dst, src, i)
			if src[i] == ',' {
				dst.WriteByte(',')
				i++
			}
		}
		dst.WriteByte(']')
		return i + 1
	case '"':
		end := skipString(src, i)
		dst.Write(src[i:end])
		return end
	}
	end := i // a number, true, false or null
	for end < len(src) && src[end] != ',' && src[end] != '}' && src[end] != ']' && src[end] != '\n' {
		end++
	}
	dst.Write(src[i:end])
	return end
}

// skipString returns the index after the JSON string at src[i:].
func skipString(src []byte, i int) int {
	for i++; src[i] != '"'; i++ {
		if src[i] == '\\' {
			i++
		}
	}
	return i + 1
}
