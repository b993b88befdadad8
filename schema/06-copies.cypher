// Near-copies of articles (syndicated wire stories, reposts): each article
// keeps the band hashes of its MinHash signature (package nearcopy), and a
// new article finds its candidate copies by one seek per band.
CREATE INDEX article_mh0 IF NOT EXISTS FOR (a:Article) ON (a.mh0);
CREATE INDEX article_mh1 IF NOT EXISTS FOR (a:Article) ON (a.mh1);
CREATE INDEX article_mh2 IF NOT EXISTS FOR (a:Article) ON (a.mh2);
CREATE INDEX article_mh3 IF NOT EXISTS FOR (a:Article) ON (a.mh3);
CREATE INDEX article_mh4 IF NOT EXISTS FOR (a:Article) ON (a.mh4);
CREATE INDEX article_mh5 IF NOT EXISTS FOR (a:Article) ON (a.mh5);
CREATE INDEX article_mh6 IF NOT EXISTS FOR (a:Article) ON (a.mh6);
CREATE INDEX article_mh7 IF NOT EXISTS FOR (a:Article) ON (a.mh7);
