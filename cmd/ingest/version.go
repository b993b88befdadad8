package main

import (
	"runtime"
	"runtime/debug"
)

// version is the release of the binary, set at build time with
// -ldflags "-X main.version=v1.2.0"; empty otherwise, and the module's
// version or "devel" is shown instead.
var version string

// versionString is what `ingest --version` prints after "ingest version":
// the release, the commit the binary was built from (with "+dirty" for
// uncommitted changes) and its date, and the Go version.
func versionString() string {
	v, rev, date, dirty := version, "", "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	if rev != "" {
		v += " (commit " + rev
		if date != "" {
			v += ", " + date
		}
		v += ")"
	}
	return v + " " + runtime.Version()
}
