package watch

import (
	"context"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
)

// Schedule says when rounds start.
type Schedule interface {
	// Next returns the start of the round after one that started at t.
	Next(t time.Time) time.Time
}

type every time.Duration

func (e every) Next(t time.Time) time.Time { return t.Add(time.Duration(e)) }

// Every returns a Schedule that starts a round every d, counted from the
// start of the previous round.
func Every(d time.Duration) (Schedule, error) {
	if d <= 0 {
		return nil, fmt.Errorf("interval %s: must be positive", d)
	}
	return every(d), nil
}

// Cron returns the Schedule of a standard five-field cron expression
// ("*/15 * * * *") or a descriptor such as "@hourly", in local time.
func Cron(expr string) (Schedule, error) {
	s, err := cron.ParseStandard(expr)
	if err != nil {
		return nil, fmt.Errorf("cron expression %q: %w", expr, err)
	}
	return s, nil
}

// Options configure Run.
type Options struct {
	// Schedule says when rounds start; it is not used with Once.
	Schedule Schedule
	// Once runs a single round and returns.
	Once bool
	// Waiting, when set, is called before each wait with the start of the
	// next round.
	Waiting func(next time.Time)
	// Wake, when set, starts the next round early when it receives, e.g.
	// from NotifyDirs. A wake during a round starts the next one as soon
	// as it ends; rounds still never overlap.
	Wake <-chan struct{}
}

// Round runs round number n (1, 2, ...).
type Round func(ctx context.Context, n int) error

// Run runs round at once, then whenever the schedule says, until ctx is
// done or a round returns an error, which Run returns. Rounds never
// overlap: when one ends after the next was due, the rounds missed meanwhile
// are skipped; with Every the next starts at once, with Cron at the next
// time the expression names. Run returns ctx's error when it is cancelled.
func Run(ctx context.Context, opts Options, round Round) error {
	if !opts.Once && opts.Schedule == nil {
		return fmt.Errorf("watch: no schedule")
	}
	for n := 1; ; n++ {
		started := time.Now()
		if err := round(ctx, n); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if opts.Once {
			return nil
		}
		next := opts.Schedule.Next(started)
		if now := time.Now(); next.Before(now) {
			next = opts.Schedule.Next(now)
			if _, ok := opts.Schedule.(every); ok {
				next = now // an interval restarts at once after an overrun
			}
		}
		if opts.Waiting != nil {
			opts.Waiting(next)
		}
		if err := sleepUntil(ctx, next, opts.Wake); err != nil {
			return err
		}
	}
}

func sleepUntil(ctx context.Context, t time.Time, wake <-chan struct{}) error {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-wake:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
