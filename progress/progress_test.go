package progress

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/pipeline"
)

func TestBarShowsRateAndCount(t *testing.T) {
	var buf bytes.Buffer
	r := NewBar(&buf)
	r.Start("round 1", -1)
	r.AddTotal(-1) // a source that cannot count
	r.AddTotal(25)
	r.AddTotal(15)
	for i := 0; i < 20; i++ {
		r.Event(pipeline.Event{})
		time.Sleep(6 * time.Millisecond)
	}
	out := buf.String()
	for _, want := range []string{"round 1", "/40, ", "articles/s", "%"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q:\n%q", want, out)
		}
	}
	r.Finish()
}

func TestLogLinesWithoutTerminal(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	r := NewLog(log, 20*time.Millisecond)
	r.Start("dir:news", 10)
	for i := 0; i < 5; i++ {
		r.Event(pipeline.Event{})
		time.Sleep(25 * time.Millisecond)
	}
	r.Finish()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) < 3 {
		t.Fatalf("%d log lines, want one per interval:\n%s", len(lines), buf.String())
	}
	last := lines[len(lines)-1]
	for _, want := range []string{"msg=progress", "source=dir:news", "done=5", "total=10", "articles_per_s=", "eta="} {
		if !strings.Contains(last, want) {
			t.Errorf("last line lacks %q: %s", want, last)
		}
	}
	if strings.ContainsRune(buf.String(), '\r') || strings.Contains(buf.String(), "\x1b[") {
		t.Errorf("log output has terminal control characters: %q", buf.String())
	}
}

func TestIsTerminal(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
}
