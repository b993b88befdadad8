package watch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestNotifyDirsWakesOnNewFiles(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wake, err := NotifyDirs(ctx, []string{dir}, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	expectWake := func(what string) {
		t.Helper()
		select {
		case <-wake:
		case <-time.After(3 * time.Second):
			t.Fatalf("no wake after %s", what)
		}
	}
	// Several files written close together make one wake.
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	expectWake("three new files")
	select {
	case <-wake:
		t.Error("a burst of changes woke the watcher twice")
	case <-time.After(300 * time.Millisecond):
	}
	// A folder created later is watched too.
	sub := filepath.Join(dir, "2031", "06")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	expectWake("a new folder")
	time.Sleep(100 * time.Millisecond)
	if err := os.WriteFile(filepath.Join(sub, "d.txt"), []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	expectWake("a file in the new folder")
}

func TestNotifyDirsMissingFolder(t *testing.T) {
	if _, err := NotifyDirs(context.Background(), []string{filepath.Join(t.TempDir(), "nope")}, time.Second); err == nil {
		t.Error("no error for a missing folder")
	}
}

// A wake starts the next round long before the schedule would.
func TestRunWakesEarly(t *testing.T) {
	sched, _ := Every(time.Hour)
	wake := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()
	err := Run(ctx, Options{Schedule: sched, Wake: wake, Waiting: func(time.Time) { wake <- struct{}{} }},
		func(_ context.Context, n int) error {
			if n == 3 {
				cancel()
			}
			return nil
		})
	if err != context.Canceled || time.Since(start) > time.Second {
		t.Errorf("err %v after %s, want three rounds at once", err, time.Since(start))
	}
}
