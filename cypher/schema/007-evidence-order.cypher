// A fact's evidence is listed by article and place (evidence-by-fact-keys, partners): with this index a
// relation stated by thousands of articles hands over its first few in order instead of being sorted
// whole (50k articles: a hub's partners with 3 pieces of evidence each, 60 -> 12 ms). The factKey index
// (002) stays: lookups and counts by factKey alone use it.
CREATE INDEX evidence_fact_order IF NOT EXISTS FOR (n:Evidence) ON (n.factKey, n.articleId, n.start);
