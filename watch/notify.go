package watch

import (
	"context"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// NotifyDirs watches dirs and their sub-folders for files being created,
// written or moved in, and sends on the returned channel once the folders
// have been quiet for quiet after a change, so that a round starts early
// (see Options.Wake) instead of at the next scheduled time. It stops when
// ctx is done. Folders created later are watched too.
func NotifyDirs(ctx context.Context, dirs []string, quiet time.Duration) (<-chan struct{}, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if err := addTree(w, d); err != nil {
			w.Close()
			return nil, err
		}
	}
	wake := make(chan struct{}, 1)
	go notifyLoop(ctx, w, quiet, wake)
	return wake, nil
}

// addTree watches dir and every folder under it, skipping hidden ones.
func addTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && len(d.Name()) > 0 && d.Name()[0] == '.' {
			return fs.SkipDir
		}
		return w.Add(p)
	})
}

func notifyLoop(ctx context.Context, w *fsnotify.Watcher, quiet time.Duration, wake chan<- struct{}) {
	defer w.Close()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if !ev.Has(fsnotify.Create) && !ev.Has(fsnotify.Write) && !ev.Has(fsnotify.Rename) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				_ = addTree(w, ev.Name) // a new folder; a file makes it fail harmlessly
			}
			timer.Reset(quiet)
		case _, ok := <-w.Errors:
			if !ok {
				return
			}
		case <-timer.C:
			select {
			case wake <- struct{}{}:
			default: // a wake is already pending
			}
		}
	}
}
