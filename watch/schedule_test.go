package watch

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunOnce(t *testing.T) {
	calls := 0
	err := Run(context.Background(), Options{Once: true}, func(_ context.Context, n int) error {
		calls++
		if n != 1 {
			t.Errorf("round %d", n)
		}
		return nil
	})
	if err != nil || calls != 1 {
		t.Errorf("err %v, %d calls", err, calls)
	}
}

// Rounds slower than the interval run back to back, never two at once.
func TestRunNeverOverlaps(t *testing.T) {
	sched, err := Every(10 * time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	var running, most atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rounds := 0
	var starts []time.Time
	err = Run(ctx, Options{Schedule: sched}, func(_ context.Context, n int) error {
		if r := running.Add(1); r > most.Load() {
			most.Store(r)
		}
		defer running.Add(-1)
		starts = append(starts, time.Now())
		time.Sleep(30 * time.Millisecond) // three intervals
		if rounds++; rounds == 4 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if most.Load() != 1 || rounds != 4 {
		t.Errorf("%d rounds, at most %d at once", rounds, most.Load())
	}
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < 30*time.Millisecond || gap > 200*time.Millisecond {
			t.Errorf("round %d started %s after the previous one", i+1, gap)
		}
	}
}

func TestRunWaitsForInterval(t *testing.T) {
	sched, _ := Every(80 * time.Millisecond)
	var starts []time.Time
	var waits []time.Time
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	err := Run(ctx, Options{Schedule: sched, Waiting: func(next time.Time) { waits = append(waits, next) }},
		func(_ context.Context, n int) error {
			starts = append(starts, time.Now())
			if n == 3 {
				return errors.New("stop here")
			}
			return nil
		})
	if err == nil || err.Error() != "stop here" {
		t.Fatalf("err = %v: a round's error must end Run", err)
	}
	if len(starts) != 3 || len(waits) != 2 {
		t.Fatalf("%d rounds, %d waits", len(starts), len(waits))
	}
	for i := 1; i < 3; i++ {
		gap := starts[i].Sub(starts[i-1])
		if gap < 75*time.Millisecond || gap > 300*time.Millisecond {
			t.Errorf("gap %d = %s, want about 80ms", i, gap)
		}
		if d := starts[i].Sub(waits[i-1]); d < -5*time.Millisecond || d > 100*time.Millisecond {
			t.Errorf("round %d started %s after the announced time", i+1, d)
		}
	}
}

func TestRunCancelWhileWaiting(t *testing.T) {
	sched, _ := Every(time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	start := time.Now()
	err := Run(ctx, Options{Schedule: sched, Waiting: func(time.Time) { cancel() }},
		func(context.Context, int) error { return nil })
	if !errors.Is(err, context.Canceled) || time.Since(start) > time.Second {
		t.Errorf("err = %v after %s", err, time.Since(start))
	}
}

func TestSchedules(t *testing.T) {
	c, err := Cron("*/15 * * * *")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2031, 4, 5, 10, 7, 30, 0, time.Local)
	if got := c.Next(at); !got.Equal(time.Date(2031, 4, 5, 10, 15, 0, 0, time.Local)) {
		t.Errorf("cron next = %s", got)
	}
	if _, err := Cron("every now and then"); err == nil {
		t.Error("bad cron expression accepted")
	}
	if _, err := Every(0); err == nil {
		t.Error("zero interval accepted")
	}
	if err := Run(context.Background(), Options{}, nil); err == nil {
		t.Error("Run without a schedule or Once accepted")
	}
}
