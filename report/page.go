package report

// pageHTML is the page: inline style, the four pictures, the evidence.
const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; max-width: 1100px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; }
p.note { color: #555; margin-top: 2px; }
svg { background: #fff; border: 1px solid #ddd; }
svg text { font: 11px system-ui, sans-serif; fill: #222; }
svg a:hover rect, svg a:hover line { stroke: #000; stroke-width: 2; }
table { border-collapse: collapse; margin: 6px 0 14px; } td, th { border-bottom: 1px solid #eee; padding: 3px 6px; text-align: left; vertical-align: top; }
section.ev:target { background: #fff8d0; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="note">Window: {{.Window}}. Tension of a pair = the sum of the magnitudes of the Goldstein weights of the conflict reports between them (criticize 2, oppose 4, threaten 4.4, sanction 8, attack 10), both directions; alignment = an S-score of two actors' conflict/cooperation positions toward the same targets and each other (+1 alike, -1 opposed; docs/queries.md). Click a pair for its evidence.</p>

<h2>Tension timeline: {{.Timeline.A}} and {{.Timeline.B}}</h2>
{{.TimelineSVG}}

<h2>Tension among the top actors</h2>
{{.TensionSVG}}

<h2>Alignment among the top actors</h2>
{{.AlignmentSVG}}

<h2>Network of dyads (edge width: tension)</h2>
{{.NetworkSVG}}

<h2>Evidence</h2>
{{range .Pairs}}<section class="ev" id="{{.Anchor}}">
<h3>{{.A}} and {{.B}}</h3>
<table><tr><th>date</th><th>source</th><th>type</th><th>target</th><th>evidence</th></tr>
{{range .Reports}}<tr><td>{{.Date}}</td><td>{{.Source}}</td><td>{{.Type}}</td><td>{{.Target}}</td><td>{{.Evidence}}{{if .URL}} (<a href="{{.URL}}">{{if .Title}}{{.Title}}{{else}}article{{end}}</a>){{end}}</td></tr>
{{end}}</table>
</section>
{{else}}<p>No reports in the window.</p>
{{end}}
</body>
</html>
`
