package source

import (
	"io/fs"
	"os"

	"github.com/actorgraph/actorgraph"
)

// openRegular opens path for reading and refuses anything that is not a
// regular file once symlinks are followed. It never blocks: a named pipe,
// a device or a socket (reached directly or through a symlink) is opened
// without waiting for a writer and then refused, so a FIFO dropped into a
// folder cannot hang a run or a watcher.
func openRegular(path string) (*os.File, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, inputError(path, "cannot read", unwrapPath(err))
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, inputError(path, "cannot read", unwrapPath(err))
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, actorgraph.Errorf(actorgraph.KindInput, path, "not a regular file (%s)", modeName(info.Mode()))
	}
	return f, nil
}

// modeName says in words what kind of file a non-regular mode is.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "mode " + m.String()
}
