// Package progress shows how an ingestion run advances: on a terminal, a
// progress bar with the count, articles per second and an ETA
// (github.com/schollz/progressbar); elsewhere (a service, a log file),
// structured log/slog lines at a fixed interval instead of a bar.
package progress
