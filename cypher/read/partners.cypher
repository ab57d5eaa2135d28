// Partners of each actor with the relations linking them, strongest first; one query per request level.
// The page (order, keyset, limit) is cut on counts and ids alone; names and relation maps are read only
// for the partners kept (building them for every partner of a hub cost 3x the db hits, BENCHMARKS.md).
// When the request asks for them, the same statement brings the evidence of those relations
// ($evidencePerFact of each, in the order of evidence-by-fact-keys; 0: none) and the articles it quotes
// ($withArticles), saving two round trips. Rejected relations are left out unless $includeRejected. The relation types are those between actors (see network).
UNWIND $ids AS key
CALL (key) {
  MATCH (a:Actor {id: key})-[r:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES]-(p:Actor)
  WHERE p <> a
    AND ($types IS NULL OR type(r) IN $types)
    AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
    AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
  WITH a, p, collect(r) AS rels
  // The sector condition depends on the partner only: tested once per partner, not per relation.
  WHERE $sector IS NULL
    OR EXISTS { MATCH (p)-[f:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) WHERE coalesce(f.review, '') <> 'REJECTED' }
    OR EXISTS { MATCH (a)-[:MADE|TO]-(pl:Pledge)-[:MADE|TO]-(p)
                WHERE coalesce(pl.review, '') <> 'REJECTED' AND EXISTS { MATCH (pl)-[:IN_SECTOR]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) } }
  WITH p, rels, size(rels) AS weight, p.id AS id
  WHERE $afterWeight IS NULL OR weight < $afterWeight OR (weight = $afterWeight AND id > $afterId)
  RETURN p, rels, weight ORDER BY weight DESC, id LIMIT $limit
}
CALL (rels) {
  UNWIND rels AS r
  WITH r ORDER BY type(r), r.key
  RETURN collect({type: type(r), key: r.key, from: startNode(r).id, to: endNode(r).id, role: r.role,
                  dates: r.dates, firstDate: r.firstDate, lastDate: r.lastDate, review: r.review, decision: r.decision,
                  // With no evidence asked for, the index is not even read; else in its order
                  // (cypher/schema/007): only the first $evidencePerFact are read.
                  evidence: COLLECT { WITH r WHERE $evidencePerFact > 0
                                      MATCH (e:Evidence {factKey: r.key}) USING INDEX e:Evidence(factKey, articleId, start)
                                      WHERE e.articleId IS NOT NULL AND e.start IS NOT NULL
                                      WITH e ORDER BY e.factKey, e.articleId, e.start LIMIT $evidencePerFact
                                      RETURN e {key: r.key, .id, .articleId, .quote, .start, .end, .rule, .confidence, .date} }}) AS relations
}
WITH key, collect({id: p.id, name: p.name, kind: p.kind, aliases: p.aliases, country: p.country,
                   weight: weight, relations: relations}) AS partners
CALL (partners) {
  UNWIND CASE WHEN $withArticles THEN partners ELSE [] END AS partner
  UNWIND partner.relations AS relation
  UNWIND relation.evidence AS evidence
  WITH DISTINCT evidence.articleId AS id
  MATCH (ar:Article {id: id})
  RETURN collect({id: ar.id, title: ar.title, published: ar.published, outlet: ar.outlet, url: ar.url,
                  language: ar.language, textLength: coalesce(ar.textLength, size(ar.text))}) AS articles
}
RETURN key, partners, articles
