// Package source reads news articles from files and turns them into
// actorgraph.Article values.
//
// Walk takes files or folders (folders are read recursively, in lexical
// order, skipping hidden entries, files of other types and .md files, which
// are read only when named) and yields one
// actorgraph.Item per article: either an Article or an *actorgraph.Error of kind
// KindInput that names the file, and the line for JSONL.
//
// Supported files:
//
//   - .txt and .md: an optional header, then a blank line, then the body:
//
//     Title: Ministers meet in Geneva
//     Date: 2024-03-05
//     URL: https://example.org/geneva
//     Source: Example Wire
//
//     The foreign ministers met on Tuesday ...
//
//     The header starts at the first line and only when that line is one of
//     the keys Title, Date, Published, URL or Source (any case); it runs to
//     the first blank line, and other "Key: value" lines in it are ignored.
//     Without a header, a first line that is followed by a blank line and
//     is at most 200 bytes long is the title (a Markdown "# " is dropped);
//     otherwise the title is empty and the whole file is the body.
//
//   - .json: one article object.
//
//   - .jsonl: one article object per line; blank lines are skipped, and a
//     broken line is reported with its number while the other lines are
//     still read.
//
//   - .html and .htm: a saved web page; the main text is pulled out of the
//     page (menus, footers and scripts left out), the title and publish date
//     come from its metadata, and an absolute canonical link is its URL (see
//     ParseHTML).
//
// Article objects have the string fields title, text (or body), date (or
// published), url and source; other fields are ignored.
//
// Dates are read in the common formats (2006-01-02, RFC 3339, RFC 1123,
// "January 2, 2006", "2 Jan 2006", ...; see ParseDate). A date that is
// absent or in no known format leaves Article.Published zero: it is not an
// error.
//
// Errors, each naming the input: unreadable, empty, binary (NUL bytes) or
// not UTF-8 files, files or lines larger than MaxArticleBytes, malformed
// JSON, fields of the wrong type, and articles with no text.
//
// From the web: a Fetcher is the HTTP client (timeouts, a size cap, retries
// with backoff, Retry-After, bounded concurrency per host and in all,
// conditional requests, pausing a host that keeps timing out); ReadFeed
// reads an RSS or Atom feed and the page of each entry, ReadURLs single
// pages, both with their main text pulled out by ParseHTML.
package source
