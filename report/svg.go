package report

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// esc escapes text for SVG inside HTML.
func esc(s string) string { return html.EscapeString(s) }

// timelineSVG draws tension (red) and cooperation (green) per period as
// paired bars, with the period's start under every few bars.
func timelineSVG(t Timeline) string {
	const w, h, left, bottom = 900, 240, 50, 40
	if len(t.Periods) == 0 {
		return `<p>No reports between the pair in the window.</p>`
	}
	top := 1.0
	for _, p := range t.Periods {
		top = math.Max(top, math.Max(p.Tension, p.Cooperation))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="tension timeline">`, w, h)
	fmt.Fprintf(&b, `<a href="#%s">`, anchor(Key(t.A, t.B)))
	slot := math.Min(60, float64(w-left-10)/float64(len(t.Periods)))
	plot := float64(h - bottom - 10)
	every := int(math.Ceil(float64(len(t.Periods)) / 12))
	for i, p := range t.Periods {
		x := float64(left) + float64(i)*slot
		for j, v := range []float64{p.Tension, p.Cooperation} {
			bh := plot * v / top
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %.2f</title></rect>`,
				x+slot*0.1+float64(j)*slot*0.4, float64(h-bottom)-bh, slot*0.4, bh, []string{"#c0392b", "#27ae60"}[j],
				esc(p.Start), []string{"tension", "cooperation"}[j], v)
		}
		if i%every == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`, x, h-bottom+14, esc(p.Start))
		}
	}
	fmt.Fprintf(&b, `</a><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#999"/>`, left, h-bottom, w-10, h-bottom)
	fmt.Fprintf(&b, `<text x="4" y="16">%.1f</text><text x="4" y="%d">0</text>`, top, h-bottom)
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#c0392b">tension</text><text x="%d" y="%d">cooperation</text></svg>`,
		left, h-6, left+70, h-6)
	return b.String()
}

// matrixSVG draws a score per pair of actors as coloured cells: red for
// tension (darker is higher), or red to green for alignment (-1 to +1).
func matrixSVG(actors []string, scores map[Pair]float64, signed bool) string {
	const cell, label = 34, 150
	n := len(actors)
	if n == 0 || len(scores) == 0 {
		return `<p>No scores among the actors in the window.</p>`
	}
	top := 0.0
	for _, v := range scores {
		top = math.Max(top, math.Abs(v))
	}
	size := label + n*cell + 10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="matrix">`, size, size)
	for i, a := range actors {
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, label-6, label+i*cell+cell/2+4, esc(a))
		fmt.Fprintf(&b, `<text transform="translate(%d,%d) rotate(-60)">%s</text>`, label+i*cell+cell/2, label-6, esc(a))
	}
	for i, a := range actors {
		for j, c := range actors {
			v, ok := scores[Key(a, c)]
			if i == j || !ok {
				continue
			}
			fmt.Fprintf(&b, `<a href="#%s"><rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#fff"><title>%s / %s: %.2f</title></rect></a>`,
				anchor(Key(a, c)), label+j*cell, label+i*cell, cell, cell, color(v, top, signed), esc(a), esc(c), v)
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// color is a cell's colour: white to red by v/top, or, signed, red
// (negative) to white to green (positive) by v in -1..1.
func color(v, top float64, signed bool) string {
	if !signed {
		f := 0.0
		if top > 0 {
			f = v / top
		}
		return fmt.Sprintf("rgb(255,%d,%d)", 235-int(200*f), 235-int(200*f))
	}
	f := math.Max(-1, math.Min(1, v))
	if f < 0 {
		return fmt.Sprintf("rgb(230,%d,%d)", 230+int(180*f), 230+int(180*f))
	}
	return fmt.Sprintf("rgb(%d,200,%d)", 230-int(180*f), 230-int(180*f))
}

// networkSVG draws the actors on a circle and a red edge for each pair
// with tension, its width growing with the tension.
func networkSVG(actors []string, tension map[Pair]float64) string {
	const size, r = 560, 200
	if len(actors) == 0 || len(tension) == 0 {
		return `<p>No dyads in the window.</p>`
	}
	pos := map[string][2]float64{}
	for i, a := range actors {
		t := 2*math.Pi*float64(i)/float64(len(actors)) - math.Pi/2
		pos[a] = [2]float64{size/2 + r*math.Cos(t), size/2 + r*math.Sin(t)}
	}
	top := 0.0
	for _, v := range tension {
		top = math.Max(top, v)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="network">`, size+200, size)
	for i, a := range actors {
		for _, c := range actors[i+1:] {
			v, ok := tension[Key(a, c)]
			if !ok || v <= 0 {
				continue
			}
			p, q := pos[a], pos[c]
			fmt.Fprintf(&b, `<a href="#%s"><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#c0392b" stroke-opacity="0.7" stroke-width="%.1f"><title>%s / %s: %.2f</title></line></a>`,
				anchor(Key(a, c)), p[0], p[1], q[0], q[1], 1+7*v/top, esc(a), esc(c), v)
		}
	}
	for _, a := range actors {
		p := pos[a]
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="6" fill="#2c3e50"/><text x="%.1f" y="%.1f">%s</text>`, p[0], p[1], p[0]+9, p[1]+4, esc(a))
	}
	b.WriteString(`</svg>`)
	return b.String()
}
