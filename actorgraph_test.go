package actorgraph

import "testing"

func TestSlug(t *testing.T) {
	cases := map[string]string{
		"United States":          "united-states",
		"  Benjamin  Netanyahu ": "benjamin-netanyahu",
		"Côte d'Ivoire":          "cote-divoire",
		"Recep Tayyip Erdoğan":   "recep-tayyip-erdogan",
		"Kim Jong-un":            "kim-jong-un",
		"Kim Jong Un":            "kim-jong-un",
		"Łukasz Straße":          "lukasz-strasse",
		"Зеленский":              "зеленский",
		"2015 Iran nuclear deal": "2015-iran-nuclear-deal",
		"U.S.":                   "u-s",
		"":                       "",
	}
	for in, want := range cases {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestArticleIDPrefersURL(t *testing.T) {
	a := Article{Title: "t", Text: "x", URL: " https://example.org/a "}
	a.Finish()
	if a.ID != "https://example.org/a" {
		t.Fatalf("ID = %q", a.ID)
	}
	b := Article{Title: "t", Text: "x"}
	b.Finish()
	if b.ID != "sha256:"+ContentHash("t", "x") || len(b.ContentHash) != 64 {
		t.Fatalf("ID = %q hash %q", b.ID, b.ContentHash)
	}
	if ContentHash("t", "x") == ContentHash("tx", "") {
		t.Fatal("title and text must not run together in the hash")
	}
}

func TestRelTypes(t *testing.T) {
	if !NegotiatesWith.Symmetric() || Criticizes.Symmetric() {
		t.Fatal("symmetry table wrong")
	}
	if RelType("DROP_ALL").Valid() {
		t.Fatal("unknown type reported valid")
	}
	seen := map[RelType]bool{}
	for _, r := range RelTypes {
		if seen[r.Type] {
			t.Fatalf("duplicate %s", r.Type)
		}
		seen[r.Type] = true
		if r.Quad == Conflict && r.Goldstein >= 0 {
			t.Errorf("%s is conflict with weight %v", r.Type, r.Goldstein)
		}
	}
}
