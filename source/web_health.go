package source

import (
	"fmt"
	"sync"
	"time"
)

// hostError is a failure of the host rather than of one page: a timeout or
// a connection that could not be made. Enough of them in a row pause the
// host (see health).
type hostError struct {
	msg string
	err error
}

func (e *hostError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *hostError) Unwrap() error { return e.err }

// health pauses a host after BreakAfter requests to it in a row failed with
// a hostError, for BreakFor: the requests to it during the pause fail at
// once instead of each waiting for its own timeout, so a dead or hanging
// site costs a round one wave of timeouts, not one per page.
type health struct {
	after int
	pause time.Duration

	mu    sync.Mutex
	hosts map[string]*hostHealth
}

type hostHealth struct {
	fails int       // consecutive host failures
	until time.Time // paused until
}

func newHealth(after int, pause time.Duration) *health {
	return &health{after: after, pause: pause, hosts: map[string]*hostHealth{}}
}

// check returns an error when host is paused.
func (h *health) check(host string, now time.Time) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s := h.hosts[host]; s != nil && now.Before(s.until) {
		return fmt.Errorf("%w: %d requests to %s in a row timed out or could not connect; trying it again after %s",
			errPaused, s.fails, host, s.until.Format(time.TimeOnly))
	}
	return nil
}

// record notes the outcome of a request to host: down says it failed with
// a hostError.
func (h *health) record(host string, down bool, now time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := h.hosts[host]
	if !down {
		delete(h.hosts, host)
		return
	}
	if s == nil {
		s = &hostHealth{}
		h.hosts[host] = s
	}
	s.fails++
	if s.fails >= h.after {
		s.until = now.Add(h.pause)
	}
}
