package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestVersion(t *testing.T) {
	old := version
	version = "v9.9.9-test"
	defer func() { version = old }()
	code, out, _ := runCLI(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "ingest version v9.9.9-test") || !strings.Contains(out, "go1.") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// Every file of this repository that a command's help shows in an example
// exists, so that a user can paste the example as it is.
func TestHelpExamplesNameFilesThatExist(t *testing.T) {
	paths := regexp.MustCompile(`\bexamples/[\w./-]*`)
	var walk func(c *cobra.Command)
	n := 0
	walk = func(c *cobra.Command) {
		for _, p := range paths.FindAllString(c.Example+"\n"+c.Long, -1) {
			n++
			if _, err := os.Stat(filepath.Join("..", "..", p)); err != nil {
				t.Errorf("%s: the help names %s, which does not exist", c.CommandPath(), p)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCommand(&IO{}))
	if n < 3 {
		t.Errorf("found %d example paths; the pattern is wrong", n)
	}
}
