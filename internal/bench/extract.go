package bench

import (
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/corpusgen"
)

// Rate is a count of articles (and bytes, relations) done in a time.
type Rate struct {
	Articles  int
	Bytes     int64
	Relations int64
	Elapsed   time.Duration
	// CPU is the processor time (user and system) of this whole process
	// while it ran, when measured; on a shared machine it tells the work
	// done from the time spent waiting for a core.
	CPU time.Duration
}

// ArticlesPerCPUSec is articles per second of processor time, or 0 when CPU
// was not measured.
func (r Rate) ArticlesPerCPUSec() float64 {
	if r.CPU <= 0 {
		return 0
	}
	return float64(r.Articles) / r.CPU.Seconds()
}

// cpuTime returns the processor time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PerSecond returns n per second of r.Elapsed.
func (r Rate) PerSecond(n float64) float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return n / r.Elapsed.Seconds()
}

// ArticlesPerSec is articles per second.
func (r Rate) ArticlesPerSec() float64 { return r.PerSecond(float64(r.Articles)) }

// MBPerSec is megabytes (10^6) of article text per second.
func (r Rate) MBPerSec() float64 { return r.PerSecond(float64(r.Bytes)) / 1e6 }

// RelationsPerSec is relations per second.
func (r Rate) RelationsPerSec() float64 { return r.PerSecond(float64(r.Relations)) }

// Articles generates articles [0, n) of g in memory.
func Articles(g *corpusgen.Generator, n int) []actorgraph.Article {
	out := make([]actorgraph.Article, n)
	for i := range out {
		out[i] = g.Article(i).Article
	}
	return out
}

// Extraction runs ex over every article with the given number of workers
// (0: GOMAXPROCS) and measures the rate. Relations counts what ex found.
func Extraction(ex actorgraph.Extractor, arts []actorgraph.Article, workers int) Rate {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next, rels atomic.Int64
	var wg sync.WaitGroup
	start, cpu := time.Now(), cpuTime()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var found int64
			for {
				i := next.Add(1) - 1
				if i >= int64(len(arts)) {
					break
				}
				found += int64(len(ex.Extract(arts[i]).Relations))
			}
			rels.Add(found)
		}()
	}
	wg.Wait()
	r := Rate{Articles: len(arts), Relations: rels.Load(), Elapsed: time.Since(start), CPU: cpuTime() - cpu}
	for _, a := range arts {
		r.Bytes += int64(len(a.Text))
	}
	return r
}
