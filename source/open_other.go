//go:build !unix

package source

import "os"

// openNonBlocking opens path read-only; outside Unix there are no FIFOs in
// the file system to block on.
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}
