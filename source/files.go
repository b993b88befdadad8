package source

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// MaxArticleBytes bounds the size of one .txt, .md or .json file and of one
// JSONL line; larger inputs are reported as errors rather than read.
const MaxArticleBytes = 16 << 20

// Supported reports whether the file name has an extension Walk reads.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".json", ".jsonl", ".html", ".htm":
		return true
	}
	return false
}

// InFolder reports whether Walk reads a file of this name when it finds it
// in a folder: a supported file other than Markdown. A .md file is read
// only when named explicitly, so that `ingest run .` in a checkout does not
// take its README for news.
func InFolder(name string) bool {
	return Supported(name) && !strings.EqualFold(filepath.Ext(name), ".md")
}

// Walk reads the files and folders in paths, in the order given, and calls
// fn with every article or per-input error. Folders are read recursively in
// lexical order; hidden entries, Markdown and unsupported files in them are
// skipped (InFolder),
// while an unsupported file named explicitly is an error Item. Walk stops
// and returns the error when fn returns one or ctx is done.
func Walk(ctx context.Context, paths []string, fn func(actorgraph.Item) error) error {
	for _, p := range paths {
		if err := walkPath(ctx, p, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkPath(ctx context.Context, root string, fn func(actorgraph.Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	info, err := os.Stat(root)
	if err != nil {
		return fn(actorgraph.Item{Err: inputError(root, "cannot read", unwrapPath(err))})
	}
	src := sourceName(root)
	if !info.IsDir() {
		if !Supported(root) {
			return fn(actorgraph.Item{Err: actorgraph.Errorf(actorgraph.KindInput, root,
				"unsupported file type %q (want .txt, .md, .json, .jsonl or .html)", filepath.Ext(root))})
		}
		return readFile(ctx, root, src, fn)
	}
	files, err := listDir(root)
	if err != nil {
		return fn(actorgraph.Item{Err: inputError(root, "cannot read folder", unwrapPath(err))})
	}
	for _, f := range files {
		if err := readFile(ctx, f, src, fn); err != nil {
			return err
		}
	}
	return nil
}

// listDir returns the files under dir that InFolder accepts, sorted,
// skipping hidden entries. Unreadable sub-folders are returned as paths so that readFile
// reports them.
func listDir(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			files = append(files, p) // reported when read
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && InFolder(p) || d.Type()&fs.ModeSymlink != 0 && InFolder(p) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// readFile reads one file and calls fn for each article in it.
func readFile(ctx context.Context, path, src string, fn func(actorgraph.Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		f, err := openRegular(path)
		if err != nil {
			return fn(actorgraph.Item{Err: err})
		}
		defer f.Close()
		return readJSONL(ctx, f, path, src, fn)
	}
	data, err := readLimited(path)
	if err != nil {
		return fn(actorgraph.Item{Err: err})
	}
	var a actorgraph.Article
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case ext == ".json":
		a, err = ParseJSON(path, data)
	case ext == ".html" || ext == ".htm":
		a, err = ParseHTMLFile(path, data)
	default:
		a, err = ParseText(path, data)
	}
	if err != nil {
		return fn(actorgraph.Item{Err: err})
	}
	finish(&a, path, 0, src)
	return fn(actorgraph.Item{Article: a})
}

// readLimited reads a whole file of at most MaxArticleBytes.
func readLimited(path string) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return nil, inputError(path, "cannot read", unwrapPath(err))
	}
	if len(data) > MaxArticleBytes {
		return nil, actorgraph.Errorf(actorgraph.KindInput, path,
			"file too large (more than %d MiB)", MaxArticleBytes>>20)
	}
	return data, nil
}

// finish sets the fields every source sets, then ID and ContentHash.
func finish(a *actorgraph.Article, path string, line int, src string) {
	a.Path = path
	a.Line = line
	if a.Source == "" {
		a.Source = src
	}
	a.URL = strings.TrimSpace(a.URL)
	a.Finish()
}

// sourceName names the input an article came from: the folder or file
// argument as given, without a trailing separator.
func sourceName(root string) string {
	if s := strings.TrimRight(filepath.ToSlash(root), "/"); s != "" {
		return s
	}
	return root
}

func inputError(input, msg string, err error) *actorgraph.Error {
	return &actorgraph.Error{Kind: actorgraph.KindInput, Input: input, Msg: msg, Err: err}
}

// unwrapPath drops the path from an *fs.PathError: the Error already names
// the input.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Paths returns a reader of the files and folders in paths with Walk, in
// the shape pipeline.Run takes as its source.
func Paths(paths ...string) func(ctx context.Context, fn func(actorgraph.Item) error) error {
	return func(ctx context.Context, fn func(actorgraph.Item) error) error {
		return Walk(ctx, paths, fn)
	}
}
