package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/actorgraph/actorgraph/graph"
)

// outputOptions say how and where a query's answer is written.
type outputOptions struct {
	format string // table, csv, json or jsonl
	output string // a file; "" or "-": stdout
}

// addOutputFlags declares --format and -o on fs.
func addOutputFlags(fs *pflag.FlagSet, o *outputOptions) {
	fs.StringVar(&o.format, "format", "table", "output format: table, csv, json or jsonl (one JSON object per line)")
	fs.StringVarP(&o.output, "output", "o", "", "write the answer to this file instead of stdout")
}

// outputFlags reads --format and -o as set on cmd or its parents.
func outputFlags(cmd *cobra.Command) outputOptions {
	format, _ := cmd.Flags().GetString("format")
	output, _ := cmd.Flags().GetString("output")
	return outputOptions{format: format, output: output}
}

// writeResult writes res with w to the file of -o, or to stdout.
func writeResult(iox *IO, o outputOptions, w resultWriter, res *graph.Result) error {
	return writeOutput(iox, o.output, func(out io.Writer) error { return w(out, res) })
}

// writeOutput calls write with stdout when path is "" or "-", else with
// the file at path. A file is written whole or not at all: to a temporary
// name, renamed at the end, and its name is said on stderr.
func writeOutput(iox *IO, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(iox.Out)
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("-o: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(iox.Err, "wrote %s\n", path)
	return nil
}

// writeJSONL prints one JSON object per row and line, keys in column
// order, values typed as in writeJSON.
func writeJSONL(w io.Writer, res *graph.Result) error {
	for _, row := range res.Rows {
		b := []byte{'{'}
		for j, col := range res.Columns {
			if j > 0 {
				b = append(b, ',')
			}
			k, _ := json.Marshal(col)
			v, err := json.Marshal(row[j])
			if err != nil {
				return fmt.Errorf("encode %s: %w", col, err)
			}
			b = append(append(append(b, k...), ':'), v...)
		}
		if _, err := w.Write(append(b, '}', '\n')); err != nil {
			return err
		}
	}
	return nil
}
