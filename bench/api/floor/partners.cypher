// Partners of one actor, most relations first, each relation with up to 3 pieces of evidence.
MATCH (a:Actor {id: $id})-[r]-(p:Actor)
WITH p, collect(r) AS rels
ORDER BY size(rels) DESC, p.id
LIMIT $first
RETURN p.id AS id, p.name AS name, p.kind AS kind,
       [r IN rels | {type: type(r), key: r.key, dates: r.dates,
                     evidence: COLLECT { MATCH (e:Evidence {factKey: r.key}) RETURN e {.quote, .articleId, .start, .end} LIMIT 3 }}] AS relations
