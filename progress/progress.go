package progress

import (
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/actorgraph/actorgraph/pipeline"
)

// DefaultInterval is how often a Reporter without a terminal logs.
const DefaultInterval = 10 * time.Second

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// Reporter shows the progress of one run (a round of several sources, or
// one source). Its methods are safe for concurrent use: sources add to the
// total while pipelines report events.
type Reporter struct {
	w        io.Writer
	log      *slog.Logger // nil: draw a bar on w
	interval time.Duration

	mu      sync.Mutex
	bar     *progressbar.ProgressBar
	label   string
	total   int // < 0: unknown
	done    int
	started time.Time
	logged  time.Time
}

// NewBar returns a Reporter that draws a progress bar on the terminal w.
func NewBar(w io.Writer) *Reporter {
	return &Reporter{w: w}
}

// NewLog returns a Reporter that logs a progress line to log every
// interval (DefaultInterval when 0) while a source is read.
func NewLog(log *slog.Logger, interval time.Duration) *Reporter {
	if interval <= 0 {
		interval = DefaultInterval
	}
	return &Reporter{log: log, interval: interval}
}

// Start begins a run named label with total articles (< 0 when not known
// yet); it finishes the previous one.
func (r *Reporter) Start(label string, total int) {
	r.Finish()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.label, r.total, r.done = label, total, 0
	r.started, r.logged = time.Now(), time.Now()
	if r.log == nil {
		r.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(r.w),
			progressbar.OptionSetDescription(label),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetWidth(30),
		)
	}
}

// AddTotal adds n articles to the total once a source knows how many it
// has; n < 0 (not known) is ignored.
func (r *Reporter) AddTotal(n int) {
	if n < 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.total < 0 {
		r.total = 0
	}
	r.total += n
	if r.bar != nil {
		r.bar.ChangeMax(r.total)
	}
}

// Event counts one input of the current run; it is a
// pipeline.Options.Progress function.
func (r *Reporter) Event(pipeline.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done++
	if r.bar != nil {
		_ = r.bar.Add(1)
		return
	}
	if r.log != nil && time.Since(r.logged) >= r.interval {
		r.logged = time.Now()
		r.log.Info("progress", r.attrs()...)
	}
}

// attrs describes the progress so far: count, rate and ETA when known.
func (r *Reporter) attrs() []any {
	elapsed := time.Since(r.started)
	rate := float64(r.done) / elapsed.Seconds()
	a := []any{"source", r.label, "done", r.done}
	if r.total >= 0 {
		a = append(a, "total", r.total)
	}
	a = append(a, "articles_per_s", float64(int(rate*10))/10)
	if r.total > r.done && rate > 0 {
		eta := time.Duration(float64(r.total-r.done) / rate * float64(time.Second))
		a = append(a, "eta", eta.Round(time.Second).String())
	}
	return a
}

// Finish ends the current run: the bar is cleared from the terminal.
func (r *Reporter) Finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		_ = r.bar.Finish()
		_ = r.bar.Clear()
		r.bar = nil
	}
}
