// Package article holds what the stages of extraction pass each other:
// the sentences of one article with their tokens and actor mentions, and
// the hits (relations found in a sentence) that the frames of package
// rules return.
//
// The types are plain data; each stage keeps its own state elsewhere.
package article
