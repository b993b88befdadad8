package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCountFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt")
	write("b.md")
	write("notes.csv")
	if got := countFiles(dir); got != 1 {
		t.Fatalf("countFiles = %d, want 1 (csv is not an article format; .md is read only when named)", got)
	}
	write("c.jsonl")
	if got := countFiles(dir); got != -1 {
		t.Fatalf("countFiles with a .jsonl = %d, want -1 (unknown)", got)
	}
	if got := countFiles(t.TempDir()); got != -1 {
		t.Fatalf("countFiles of an empty folder = %d, want -1", got)
	}
}
