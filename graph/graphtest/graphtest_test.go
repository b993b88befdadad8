package graphtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDotenvPassword(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"go.mod": "module x\n",
		".env":   "OTHER=1\nNEO4J_PASSWORD=\"first\"\n# comment\nNEO4J_PASSWORD=s3cond-value\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(sub)
	if got := dotenvPassword(); got != "s3cond-value" {
		t.Errorf("dotenvPassword() = %q, want the last NEO4J_PASSWORD", got)
	}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", "")
	t.Setenv("ACTORGRAPH_NEO4J_URI", "")
	if c := Config(); c.Password != "s3cond-value" || c.URI != DefaultURI || c.User != "neo4j" || c.Database != "neo4j" {
		t.Errorf("Config() = %v (password from .env: %v)", c, c.Password == "s3cond-value")
	}
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", "from-env")
	if c := Config(); c.Password != "from-env" {
		t.Errorf("ACTORGRAPH_NEO4J_PASSWORD not preferred over .env")
	}
}

func TestDotenvPasswordWithoutFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if got := dotenvPassword(); got != "" {
		t.Errorf("dotenvPassword() = %q without a .env", got)
	}
}

// TestLockTwiceFailsFast runs a nested Open-style lock in a subtest of a
// test that holds it: the subtest must fail at once, not hang.
func TestLockTwiceFailsFast(t *testing.T) {
	name := "test://lock-twice/" + t.Name()
	lock(t, name)
	inner := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { _ = recover() }() // recorder.Fatalf panics to stop
		lock(inner, name)
	}()
	<-done
	if !inner.failed {
		t.Error("second lock in the same process did not fail")
	}
}

// recorder is a testing.TB whose Fatalf records the failure and stops the
// goroutine, so that a failing path can be tested.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = true
	panic("fatal")
}
