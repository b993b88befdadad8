package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/graph"
)

// resultWriter prints a query result in one format.
type resultWriter func(w io.Writer, res *graph.Result) error

func newResultWriter(format string) (resultWriter, error) {
	switch format {
	case "table", "":
		return writeTable, nil
	case "csv":
		return writeCSV, nil
	case "json":
		return writeJSON, nil
	case "jsonl":
		return writeJSONL, nil
	}
	return nil, usageError("--format %q: want table, csv, json or jsonl", format)
}

// writeTable prints an aligned table with a header line.
func writeTable(w io.Writer, res *graph.Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(res.Columns, "\t")))
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = printable(strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(cell(v)))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// writeCSV prints RFC 4180 CSV with a header line; lists are joined with
// "; ".
func writeCSV(w io.Writer, res *graph.Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(res.Columns); err != nil {
		return err
	}
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = cell(v)
			switch v.(type) {
			case int64, float64: // numbers keep their sign
			default:
				cells[i] = csvCell(cells[i])
			}
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON prints a JSON array with one object per row, keys in column
// order, values typed (numbers, strings, lists, null).
func writeJSON(w io.Writer, res *graph.Result) error {
	var b strings.Builder
	b.WriteString("[")
	for i, row := range res.Rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for j, col := range res.Columns {
			if j > 0 {
				b.WriteString(", ")
			}
			k, _ := json.Marshal(col)
			v, err := json.Marshal(row[j])
			if err != nil {
				return fmt.Errorf("encode %s: %w", col, err)
			}
			b.Write(k)
			b.WriteString(": ")
			b.Write(v)
		}
		b.WriteString("}")
	}
	if len(res.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// cell is the text of one value in a table or CSV: empty for null, floats
// without trailing zeros, lists joined with "; ", maps as JSON.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e)
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		b, err := json.Marshal(x)
		if err != nil {
			return fmt.Sprint(x)
		}
		return string(b)
	}
	return fmt.Sprint(v)
}
